// Appending a code point to UTF-8 text, where ICU's macros want a buffer and a length.
#ifndef PRECIS_SRC_UTF8_H_
#define PRECIS_SRC_UTF8_H_

#include <unicode/utf8.h>

#include <cstddef>
#include <cstdint>
#include <string>

namespace precis {

// `c` must be a Unicode scalar value (not a surrogate, at most U+10FFFF).
inline void AppendUtf8(UChar32 c, std::string* out) {
  char buffer[U8_MAX_LENGTH];
  int32_t length = 0;
  U8_APPEND_UNSAFE(buffer, length, c);
  out->append(buffer, static_cast<std::size_t>(length));
}

}  // namespace precis

#endif  // PRECIS_SRC_UTF8_H_
