#include "markup_escape.h"

#include <cstddef>
#include <utility>

namespace precis {
namespace {

constexpr char32_t kInvalid = 0xFFFFFFFF;

// The code point at text[i] and its length in bytes; kInvalid and length 1 for a byte
// that does not start a well-formed UTF-8 sequence (overlong forms and surrogates are
// not well formed), so that each bad byte becomes one U+FFFD.
std::pair<char32_t, std::size_t> DecodeAt(std::string_view text, std::size_t i) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
  const unsigned char lead = byte(i);
  if (lead < 0x80) return {lead, 1};
  std::size_t length = 0;
  unsigned char low = 0x80;
  unsigned char high = 0xBF;
  char32_t cp = 0;
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2;
    cp = lead & 0x1F;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3;
    cp = lead & 0x0F;
    if (lead == 0xE0) low = 0xA0;
    if (lead == 0xED) high = 0x9F;
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4;
    cp = lead & 0x07;
    if (lead == 0xF0) low = 0x90;
    if (lead == 0xF4) high = 0x8F;
  } else {
    return {kInvalid, 1};
  }
  if (i + length > text.size()) return {kInvalid, 1};
  for (std::size_t k = 1; k < length; ++k) {
    const unsigned char c = byte(i + k);
    if (c < (k == 1 ? low : 0x80) || c > (k == 1 ? high : 0xBF)) return {kInvalid, 1};
    cp = (cp << 6) | (c & 0x3F);
  }
  return {cp, length};
}

}  // namespace

std::string EscapeMarkup(std::string_view text, bool (*forbidden)(char32_t cp),
                         const char* apostrophe) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  for (std::size_t i = 0; i < text.size();) {
    const auto [cp, length] = DecodeAt(text, i);
    if (cp == kInvalid || forbidden(cp)) {
      out += "\uFFFD";
    } else {
      switch (cp) {
        case '&':
          out += "&amp;";
          break;
        case '<':
          out += "&lt;";
          break;
        case '>':
          out += "&gt;";
          break;
        case '"':
          out += "&quot;";
          break;
        case '\'':
          out += apostrophe;
          break;
        default:
          out.append(text.substr(i, length));
      }
    }
    i += length;
  }
  return out;
}

std::string WellFormedUtf8(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const auto [cp, length] = DecodeAt(text, i);
    if (cp == kInvalid) {
      out += "\uFFFD";
    } else {
      out.append(text, i, length);
    }
    i += length;
  }
  return out;
}

}  // namespace precis
