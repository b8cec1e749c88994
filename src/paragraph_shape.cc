#include "paragraph_shape.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <array>
#include <cstdint>

#include "decoration.h"
#include "utf8.h"

namespace precis::clean_rules {

bool IsSpace(UChar32 c) { return u_isUWhiteSpace(c) || c == 0x200B || c == 0x2060 || c == 0xFEFF; }

bool IsOpening(UChar32 c) {
  return c == 0x00AB || c == '"' || c == 0x201C || c == 0x201E || c == '\'' || c == 0x2018 ||
         c == '(' || c == '[' || c == 0x2039 || c == '-' || c == 0x2013 || c == 0x2014;
}

std::vector<UChar32> CodePoints(std::string_view s) {
  std::vector<UChar32> out;
  out.reserve(s.size());
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  const auto n = static_cast<int32_t>(s.size());
  for (int32_t i = 0; i < n;) {
    UChar32 c;
    U8_NEXT(p, i, n, c);
    out.push_back(c < 0 ? 0xFFFD : c);
  }
  return out;
}

std::string ToUtf8(const std::vector<UChar32>& cps) {
  std::string out;
  for (UChar32 c : cps) AppendUtf8(c, &out);
  return out;
}

namespace {

bool IsClosing(UChar32 c) {
  return c == 0x00BB || c == '"' || c == 0x201D || c == 0x2019 || c == '\'' || c == ')' ||
         c == ']' || c == '}' || c == 0x203A;
}
bool IsQuote(UChar32 c) {
  return c == 0x00AB || c == 0x00BB || c == '"' || c == 0x201C || c == 0x201D || c == 0x201E;
}

// The properties MeasureShape and MatchKey ask of ASCII code points, read once from ICU
// so that the table lookup of the hot loops cannot disagree with the ICU calls used for
// the rest of Unicode.
enum AsciiBit : uint8_t {
  kSpaceBit = 1,
  kAlnumBit = 2,
  kLowerBit = 4,
  kUpperOrTitleBit = 8,
  kAlphaBit = 16,
  kQuoteBit = 32,
  kClosingBit = 64,
};
struct AsciiTable {
  std::array<uint8_t, 0x80> bits{};
  std::array<char, 0x80> folded{};
};
const AsciiTable& Ascii() {
  static const AsciiTable table = [] {
    AsciiTable t;
    for (UChar32 c = 0; c < 0x80; ++c) {
      uint8_t b = 0;
      if (IsSpace(c)) b |= kSpaceBit;
      if (u_isalnum(c)) b |= kAlnumBit;
      if (u_islower(c)) b |= kLowerBit;
      if (u_isupper(c) || u_istitle(c)) b |= kUpperOrTitleBit;
      if (u_isalpha(c)) b |= kAlphaBit;
      if (IsQuote(c)) b |= kQuoteBit;
      if (IsClosing(c)) b |= kClosingBit;
      t.bits[static_cast<std::size_t>(c)] = b;
      // Simple case folding keeps ASCII within ASCII (Unicode stability policy).
      t.folded[static_cast<std::size_t>(c)] = static_cast<char>(u_foldCase(c, U_FOLD_CASE_DEFAULT));
    }
    return t;
  }();
  return table;
}

}  // namespace

// Decodes on the fly rather than into a vector of code points: this runs on every
// paragraph of every document.
Shape MeasureShape(std::string_view text) {
  const AsciiTable& ascii = Ascii();
  Shape shape;
  bool in_word = false;
  bool seen_letter = false;
  bool seen_alnum = false;
  UChar32 last = -1;  // the last code point that is neither white space nor closing
  const auto* p = reinterpret_cast<const uint8_t*>(text.data());
  const auto n = static_cast<int32_t>(text.size());
  for (int32_t i = 0; i < n;) {
    const bool first = i == 0;
    UChar32 c;
    U8_NEXT(p, i, n, c);
    if (c < 0) c = 0xFFFD;
    const bool is_ascii = c < 0x80;
    const uint8_t bits = is_ascii ? ascii.bits[static_cast<std::size_t>(c)] : 0;
    if (first) shape.first_lower = is_ascii ? (bits & kLowerBit) != 0 : u_islower(c);
    if (is_ascii ? (bits & kSpaceBit) != 0 : IsSpace(c)) {
      in_word = false;
      continue;
    }
    if (!(is_ascii ? (bits & kClosingBit) != 0 : IsClosing(c) || IsDecoration(c))) last = c;
    if (!in_word) ++shape.words;
    in_word = true;
    if (is_ascii) {
      if (!seen_alnum && (bits & kAlnumBit)) {
        seen_alnum = true;
        shape.first_digit = (bits & kAlphaBit) == 0;
      }
      if (bits & kAlnumBit) shape.has_letter = true;
      if (bits & kLowerBit) shape.has_lower = true;
      if (bits & kQuoteBit) shape.has_quote = true;
      if (!seen_letter && (bits & kAlphaBit)) {
        seen_letter = true;
        shape.first_upper = (bits & kUpperOrTitleBit) != 0;
      }
      continue;
    }
    if (!seen_alnum && u_isalnum(c)) {
      seen_alnum = true;
      shape.first_digit = !u_isalpha(c);
    }
    if (u_isalnum(c)) shape.has_letter = true;
    if (u_islower(c)) shape.has_lower = true;
    if (IsQuote(c)) shape.has_quote = true;
    if (!seen_letter && u_isalpha(c)) {
      seen_letter = true;
      shape.first_upper = u_isupper(c) || u_istitle(c);
    }
  }
  if (last >= 0) {
    shape.ends_sentence = last == '.' || last == '!' || last == '?' || last == 0x2026;
    shape.ends_colon = last == ':';
    shape.ends_comma = last == ',' || last == ';';
  }
  return shape;
}

TextSpan TrimSpan(std::string_view text, TextSpan span) {
  const auto* p = reinterpret_cast<const uint8_t*>(text.data());
  auto begin = static_cast<int32_t>(span.begin);
  auto end = static_cast<int32_t>(span.end);
  while (begin < end) {
    int32_t next = begin;
    UChar32 c;
    U8_NEXT(p, next, end, c);
    if (c < 0 || !IsSpace(c)) break;
    begin = next;
  }
  while (end > begin) {
    int32_t prev = end;
    UChar32 c;
    U8_PREV(p, begin, prev, c);
    if (c < 0 || !IsSpace(c)) break;
    end = prev;
  }
  return {static_cast<std::size_t>(begin), static_cast<std::size_t>(end)};
}

std::string MatchKey(std::string_view text) {
  const AsciiTable& ascii = Ascii();
  std::string out;
  out.reserve(text.size());
  bool gap = false;
  const auto* p = reinterpret_cast<const uint8_t*>(text.data());
  const auto n = static_cast<int32_t>(text.size());
  for (int32_t i = 0; i < n;) {
    UChar32 c;
    U8_NEXT(p, i, n, c);
    if (c < 0) c = 0xFFFD;
    if (c < 0x80) {
      if (!(ascii.bits[static_cast<std::size_t>(c)] & kAlnumBit)) {
        gap = true;
        continue;
      }
      if (gap && !out.empty()) out.push_back(' ');
      gap = false;
      out.push_back(ascii.folded[static_cast<std::size_t>(c)]);
      continue;
    }
    if (!u_isalnum(c)) {
      gap = true;
      continue;
    }
    if (gap && !out.empty()) out.push_back(' ');
    gap = false;
    AppendUtf8(u_foldCase(c, U_FOLD_CASE_DEFAULT), &out);
  }
  return out;
}

}  // namespace precis::clean_rules
