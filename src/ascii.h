// ASCII case folding of UTF-8 text, for matching against ASCII lists and patterns (HTML
// tag names, stopwords, literals). Every byte of a multi-byte UTF-8 sequence is 0x80 or
// above, so lowering A-Z alone never touches one.
#ifndef PRECIS_SRC_ASCII_H_
#define PRECIS_SRC_ASCII_H_

#include <string>

namespace precis {

inline char LowerAscii(char c) {
  return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

inline void LowerAscii(std::string* text) {
  for (char& c : *text) c = LowerAscii(c);
}

}  // namespace precis

#endif  // PRECIS_SRC_ASCII_H_
