// ASCII case folding and white space in UTF-8 text, for matching against ASCII lists and
// patterns (HTML tag names, stopwords, literals). Every byte of a multi-byte UTF-8
// sequence is 0x80 or above, so lowering A-Z alone never touches one.
#ifndef PRECIS_SRC_ASCII_H_
#define PRECIS_SRC_ASCII_H_

#include <string>
#include <string_view>

namespace precis {

inline char LowerAscii(char c) {
  return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

inline void LowerAscii(std::string* text) {
  for (char& c : *text) c = LowerAscii(c);
}

inline std::string AsciiLowered(std::string_view text) {
  std::string lowered(text);
  LowerAscii(&lowered);
  return lowered;
}

inline bool IsAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
inline bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }
inline bool IsAsciiAlnum(char c) { return IsAsciiLetter(c) || IsAsciiDigit(c); }
// The value of a hexadecimal digit, either case; -1 for any other character.
inline int HexDigitValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}
inline bool IsAsciiPunctuation(char c) {
  return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') ||
         (c >= '{' && c <= '~');
}

// White space as HTML defines it (and most formats): no vertical tab, nothing beyond
// ASCII (U+00A0 is French typography's, not a separator to collapse).
inline bool IsAsciiSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

// Spaces, tabs and line breaks: what may stand between two sentences of a paragraph for
// the rules that cut asides and notes to editors out of one. Unlike IsAsciiSpace, no form
// feed: one left inside a paragraph is a page break of converted text, not spacing.
inline bool IsAsciiBlankOrBreak(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// Spaces and tabs trimmed: the blanks that line-based formats (Markdown) strip.
inline std::string_view TrimBlanksLeft(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  return s;
}
inline std::string_view TrimBlanksRight(std::string_view s) {
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}
inline std::string_view TrimBlanks(std::string_view s) {
  return TrimBlanksRight(TrimBlanksLeft(s));
}

}  // namespace precis

#endif  // PRECIS_SRC_ASCII_H_
