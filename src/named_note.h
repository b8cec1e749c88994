// The form of every warning about a document: its name, then what happened to it.
#ifndef PRECIS_SRC_NAMED_NOTE_H_
#define PRECIS_SRC_NAMED_NOTE_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace precis {

// `name` (a file's path, an archive member's) fit for a line of its own: each control
// character a path may hold (a line break, a tab) written '?', as `ls` shows it.
inline std::string PrintableName(std::string_view name) {
  std::string out(name);
  for (char& c : out) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte < 0x20 || byte == 0x7F) c = '?';
  }
  return out;
}

// "a.txt: read as windows-1252 (detected)", or the note alone for a document without a
// name (a library caller's). One line, whatever the name holds.
inline std::string NamedNote(const std::string& name, const std::string& note) {
  return name.empty() ? note : PrintableName(name) + ": " + note;
}

// The note on `path`, a file read already as `first` (the same file by device and inode:
// a link, a hard link, the name given twice), which is skipped: "b.txt: read already, as
// a.txt, skipped", or "a.txt: given twice, read once".
inline std::string ReadAlreadyNote(const std::string& path, const std::string& first) {
  return NamedNote(path, first == path ? "given twice, read once"
                                       : "read already, as " + PrintableName(first) + ", skipped");
}

// How many of `noun` a note counts, as people say it: "a NUL character", "3 NUL
// characters" (a regular plural).
inline std::string Counted(std::size_t count, const std::string& noun) {
  return count == 1 ? "a " + noun : std::to_string(count) + " " + noun + "s";
}

}  // namespace precis

#endif  // PRECIS_SRC_NAMED_NOTE_H_
