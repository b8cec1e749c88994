// Prefix and suffix tests on byte strings: C++20's starts_with and ends_with, for C++17.
#ifndef PRECIS_SRC_AFFIX_H_
#define PRECIS_SRC_AFFIX_H_

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

}  // namespace precis

#endif  // PRECIS_SRC_AFFIX_H_
