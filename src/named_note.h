// The form of every warning about a document: its name, then what happened to it.
#ifndef PRECIS_SRC_NAMED_NOTE_H_
#define PRECIS_SRC_NAMED_NOTE_H_

#include <string>

namespace precis {

// "a.txt: read as windows-1252 (detected)", or the note alone for a document without a
// name (a library caller's).
inline std::string NamedNote(const std::string& name, const std::string& note) {
  return name.empty() ? note : name + ": " + note;
}

}  // namespace precis

#endif  // PRECIS_SRC_NAMED_NOTE_H_
