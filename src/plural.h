// Messages count things in English: "1 sentence", "3 sentences".
#ifndef PRECIS_SRC_PLURAL_H_
#define PRECIS_SRC_PLURAL_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace precis {

// `count` and `noun`, with the regular plural every noun these messages count takes.
inline std::string CountOf(std::size_t count, std::string_view noun) {
  std::string text = std::to_string(count) + " ";
  text += noun;
  if (count != 1) text += 's';
  return text;
}

}  // namespace precis

#endif  // PRECIS_SRC_PLURAL_H_
