// One code point of UTF-8 text at a byte offset, with the bytes to step over: for the
// stages that walk a document by hand (segment, page_aside) rather than through ICU's
// int32_t-indexed macros, which would cap a text at 2 GiB.
#ifndef PRECIS_SRC_CODE_POINT_H_
#define PRECIS_SRC_CODE_POINT_H_

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace precis {

struct CodePoint {
  UChar32 c;
  std::size_t size;
};

// The code point that starts at text[i], i < text.size(). An ill-formed sequence (a
// stray trailing byte, an overlong form, a surrogate, one cut short by the end of
// `text`) reads as U+FFFD of size 1, so that a caller stepping by `size` always makes
// progress. Load repairs every document, so in the pipeline this only keeps callers safe;
// a caller that must not look past a span passes the text up to the span's end.
inline CodePoint CodePointAt(std::string_view text, std::size_t i) {
  const auto lead = static_cast<unsigned char>(text[i]);
  if (lead < 0x80) return {lead, 1};
  const auto length = static_cast<int32_t>(std::min<std::size_t>(text.size() - i, U8_MAX_LENGTH));
  int32_t size = 0;
  UChar32 c;
  U8_NEXT(text.data() + i, size, length, c);
  if (c < 0) return {0xFFFD, 1};
  return {c, static_cast<std::size_t>(size)};
}

// Whether `c` goes on with the character before it rather than starting one: a combining
// mark ("e" + U+0301), a spacing mark, a joiner (Grapheme_Cluster_Break Extend,
// SpacingMark, ZWJ). Text cut before one splits a letter from its accent.
inline bool ExtendsCharacter(UChar32 c) {
  const auto kind =
      static_cast<UGraphemeClusterBreak>(u_getIntPropertyValue(c, UCHAR_GRAPHEME_CLUSTER_BREAK));
  return kind == U_GCB_EXTEND || kind == U_GCB_SPACING_MARK || kind == U_GCB_ZWJ;
}

}  // namespace precis

#endif  // PRECIS_SRC_CODE_POINT_H_
