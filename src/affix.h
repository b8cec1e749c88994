// Prefix and suffix tests on byte strings: C++20's starts_with and ends_with, for C++17.
#ifndef PRECIS_SRC_AFFIX_H_
#define PRECIS_SRC_AFFIX_H_

#include <cstddef>
#include <initializer_list>
#include <string_view>

namespace precis {

inline bool StartsWith(std::string_view s, std::string_view prefix) {
  return s.substr(0, prefix.size()) == prefix;
}

inline bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

inline bool EndsWithAny(std::string_view s, std::initializer_list<std::string_view> suffixes) {
  for (std::string_view suffix : suffixes) {
    if (EndsWith(s, suffix)) return true;
  }
  return false;
}

// The bytes of the elided article that opens `word`, "l'" or "l’" ("l’envoyée", "l'œuvre"),
// or 0: French writes its apostrophe both ways, and word lists hold the word without it.
inline std::size_t ElidedArticleSize(std::string_view word) {
  for (std::string_view elided : {std::string_view("l'"), std::string_view("l\xE2\x80\x99")}) {
    if (StartsWith(word, elided)) return elided.size();
  }
  return 0;
}

}  // namespace precis

#endif  // PRECIS_SRC_AFFIX_H_
