#include "text_measure.h"

#include <unicode/uchar.h>

#include <cstdint>

#include "affix.h"
#include "code_point.h"

namespace precis {
namespace {

bool IsSpace(char32_t cp) {
  switch (cp) {
    case ' ': case '\t': case '\n': case '\r': case '\v': case '\f':
    case 0x00A0: case 0x1680: case 0x2028: case 0x2029: case 0x202F: case 0x205F:
    case 0x3000:
      return true;
    default:
      return cp >= 0x2000 && cp <= 0x200A;
  }
}

bool IsAsciiSpace(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

}  // namespace

namespace {

// Whether the text before `end` closes on a hyphen that ends a word: '-' after a letter or
// digit ("nord-", "1939-"; a lone dash "dit -" or "--" ends none), U+2010 HYPHEN, or a
// soft hyphen U+00AD, which marks where a word was cut. A token that opens on a hyphen
// too is a mark between hyphens, not a word cut: "-30-", which ends a Québec press release.
bool EndsOnWordHyphen(std::string_view utf8, std::size_t end) {
  if (end >= 2 && utf8[end - 1] == '-') {
    const char before = utf8[end - 2];
    if (IsAsciiSpace(before) || before == '-') return false;
    std::size_t token = end - 2;
    while (token > 0 && !IsAsciiSpace(utf8[token - 1])) --token;
    return utf8[token] != '-';
  }
  return EndsWithAny(utf8.substr(0, end), {"\u2010", "\u00AD"});
}

bool IsHorizontalSpace(char c) { return c == ' ' || c == '\t'; }

// The bytes of the line break at `i`: LF, CR, and what editors and readers also break a
// line at, a form feed, a vertical tab, U+2028 LINE SEPARATOR and U+2029 PARAGRAPH
// SEPARATOR; 0 for anything else. A sentence printed on one line must hold none.
std::size_t BreakBytesAt(std::string_view utf8, std::size_t i) {
  const char c = utf8[i];
  if (c == '\n' || c == '\r' || c == '\v' || c == '\f') return 1;
  if (c == '\xE2' && utf8.substr(i, 3) == "\u2028") return 3;
  if (c == '\xE2' && utf8.substr(i, 3) == "\u2029") return 3;
  return 0;
}

}  // namespace

std::size_t LineBreakRunBytes(std::string_view utf8, std::size_t i) {
  std::size_t end = i;
  while (end < utf8.size() && IsHorizontalSpace(utf8[end])) ++end;
  bool has_break = false;
  // After a break, a mail's quote marks ("\n> > ") belong to the break.
  while (end < utf8.size()) {
    if (const std::size_t bytes = BreakBytesAt(utf8, end); bytes != 0) {
      has_break = true;
      end += bytes;
    } else if (IsHorizontalSpace(utf8[end]) || (has_break && utf8[end] == '>')) {
      ++end;
    } else {
      break;
    }
  }
  return has_break ? end - i : 0;
}

std::size_t InWordBreakBytes(std::string_view utf8, std::size_t i) {
  if (i >= utf8.size() || (utf8[i] != '\n' && utf8[i] != '\r')) return 0;
  if (!EndsOnWordHyphen(utf8, i)) return 0;
  const std::size_t bytes = LineBreakRunBytes(utf8, i);
  if (i + bytes >= utf8.size()) return 0;
  // A blank line ends a paragraph: no word goes on across it, and the text on either side
  // must never be glued ("-30-" / "" / "Le ministère..." once printed "-30-Le ministère").
  for (std::size_t k = i + (utf8.compare(i, 2, "\r\n") == 0 ? 2 : 1); k < i + bytes; ++k) {
    if (BreakBytesAt(utf8, k) != 0) return 0;
  }
  return u_isalnum(CodePointAt(utf8, i + bytes).c) ? bytes : 0;
}

std::size_t CountWords(std::string_view utf8) {
  std::size_t words = 0;
  bool in_word = false;
  for (std::size_t i = 0; i < utf8.size();) {
    // Runs once per sentence of the cluster: ASCII, most of the text, skips decoding.
    const auto byte = static_cast<std::uint8_t>(utf8[i]);
    bool space;
    if (byte < 0x80) {
      if (const std::size_t bytes = InWordBreakBytes(utf8, i); bytes != 0) {
        i += bytes;
        continue;
      }
      if (byte == '\n' || byte == '\r') {  // with a mail's quote marks after it
        i += LineBreakRunBytes(utf8, i);
        in_word = false;
        continue;
      }
      space = IsAsciiSpace(static_cast<char>(byte));
      ++i;
    } else {
      const CodePoint cp = CodePointAt(utf8, i);
      space = IsSpace(static_cast<char32_t>(cp.c));
      i += cp.size;
    }
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

std::size_t SpaceBytesAt(std::string_view utf8) {
  if (utf8.empty()) return 0;
  const CodePoint cp = CodePointAt(utf8, 0);
  return IsSpace(static_cast<char32_t>(cp.c)) ? cp.size : 0;
}

std::size_t CountCodePoints(std::string_view utf8) {
  std::size_t count = 0;
  for (std::size_t i = 0; i < utf8.size(); ++count) {
    if (const std::size_t bytes = InWordBreakBytes(utf8, i); bytes != 0) {
      i += bytes;
      --count;
    } else if (IsHorizontalSpace(utf8[i]) || BreakBytesAt(utf8, i) != 0) {
      // White space around a line break prints as one space (OneLine); other runs of
      // spaces count as written.
      const std::size_t run = LineBreakRunBytes(utf8, i);
      i += run != 0 ? run : 1;
    } else if (static_cast<std::uint8_t>(utf8[i]) < 0x80) {
      ++i;
    } else {
      const CodePoint cp = CodePointAt(utf8, i);
      i += cp.size;
      // A soft hyphen shows only where a line breaks, and output has none: a word cut at
      // a line end is quoted whole.
      if (cp.c == 0x00AD) --count;
    }
  }
  return count;
}

}  // namespace precis
