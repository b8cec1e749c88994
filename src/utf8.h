// Appending a code point to UTF-8 text, where ICU's macros want a buffer and a length;
// telling where a code point starts; and how much of a text those macros can index.
#ifndef PRECIS_SRC_UTF8_H_
#define PRECIS_SRC_UTF8_H_

#include <unicode/utf8.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <string>
#include <string_view>

namespace precis {

// Whether `byte` continues a UTF-8 sequence (10xxxxxx) rather than starting a code point:
// where a cut of UTF-8 text must not fall.
inline bool IsUtf8ContinuationByte(char byte) {
  return (static_cast<unsigned char>(byte) & 0xC0) == 0x80;
}

// `c` must be a Unicode scalar value (not a surrogate, at most U+10FFFF).
inline void AppendUtf8(UChar32 c, std::string* out) {
  char buffer[U8_MAX_LENGTH];
  int32_t length = 0;
  U8_APPEND_UNSAFE(buffer, length, c);
  out->append(buffer, static_cast<std::size_t>(length));
}

// The length of `text` as ICU's macros index it, with int32_t: all of it, or its first
// 2 GiB, where a walk over a longer text stops.
inline int32_t IcuLength(std::string_view text) {
  return static_cast<int32_t>(
      std::min<std::size_t>(text.size(), std::numeric_limits<int32_t>::max()));
}

}  // namespace precis

#endif  // PRECIS_SRC_UTF8_H_
