#include "mime_headers.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "ascii.h"
#include "next_line.h"

namespace precis {

std::optional<HeaderBlock> HeadersAt(std::string_view text, std::size_t from, std::size_t limit) {
  for (std::size_t at = from; at < text.size() && at - from <= limit;) {
    const std::size_t line = at;
    const bool blank = NextLine(text, &at).empty();
    if (at > text.size()) return std::nullopt;  // the text ends inside the headers
    if (blank) return HeaderBlock{text.substr(from, line - from), at};
  }
  return std::nullopt;
}

std::optional<std::string> HeaderValue(std::string_view headers, std::string_view name) {
  std::optional<std::string> value;
  for (std::size_t at = 0; at < headers.size();) {
    const std::string_view content = NextLine(headers, &at);
    const bool folded = !content.empty() && (content[0] == ' ' || content[0] == '\t');
    if (folded) {
      if (value) *value += " " + std::string(TrimBlanks(content));
      continue;
    }
    if (value) return value;  // the header's folded lines are over
    const std::size_t colon = content.find(':');
    if (colon != std::string_view::npos && AsciiLowered(content.substr(0, colon)) == name) {
      value = std::string(TrimBlanks(content.substr(colon + 1)));
    }
  }
  return value;
}

std::string Parameter(std::string_view value, std::string_view name) {
  const std::string lowered = AsciiLowered(value);
  std::size_t at = 0;
  while ((at = lowered.find(name, at)) != std::string::npos) {
    const bool starts = at > 0 && (lowered[at - 1] == ';' || IsAsciiSpace(lowered[at - 1]));
    std::size_t equals = at + name.size();
    while (equals < lowered.size() && IsAsciiSpace(lowered[equals])) ++equals;
    if (!starts || equals >= lowered.size() || lowered[equals] != '=') {
      at += name.size();
      continue;
    }
    std::size_t begin = equals + 1;
    while (begin < value.size() && IsAsciiSpace(value[begin])) ++begin;
    if (begin < value.size() && value[begin] == '"') {
      const std::size_t close = value.find('"', begin + 1);
      if (close == std::string_view::npos) return "";
      return std::string(value.substr(begin + 1, close - begin - 1));
    }
    std::size_t end = begin;
    while (end < value.size() && value[end] != ';' && !IsAsciiSpace(value[end])) ++end;
    return std::string(value.substr(begin, end - begin));
  }
  return "";
}

std::string MediaType(std::string_view value) {
  return AsciiLowered(TrimBlanks(value.substr(0, value.find(';'))));
}

std::string FromQuotedPrintable(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '=') {
      out += text[i];
      continue;
    }
    std::size_t after = i + 1;
    while (after < text.size() && (text[after] == ' ' || text[after] == '\t')) ++after;
    if (after < text.size() && (text[after] == '\n' || text[after] == '\r')) {
      if (text[after] == '\r' && after + 1 < text.size() && text[after + 1] == '\n') ++after;
      i = after;  // a soft line break
      continue;
    }
    const int high = i + 1 < text.size() ? HexDigitValue(text[i + 1]) : -1;
    const int low = i + 2 < text.size() ? HexDigitValue(text[i + 2]) : -1;
    if (high < 0 || low < 0) {
      out += '=';
      continue;
    }
    out += static_cast<char>(high * 16 + low);
    i += 2;
  }
  return out;
}

std::string FromBase64(std::string_view text) {
  std::string out;
  out.reserve(text.size() / 4 * 3);
  unsigned bits = 0;
  int count = 0;
  for (const char c : text) {
    int value = -1;
    if (c >= 'A' && c <= 'Z') value = c - 'A';
    if (c >= 'a' && c <= 'z') value = c - 'a' + 26;
    if (c >= '0' && c <= '9') value = c - '0' + 52;
    if (c == '+') value = 62;
    if (c == '/') value = 63;
    if (c == '=') break;
    if (value < 0) continue;
    bits = (bits << 6) | static_cast<unsigned>(value);
    count += 6;
    if (count >= 8) {
      count -= 8;
      out += static_cast<char>((bits >> count) & 0xFF);
    }
  }
  return out;
}

}  // namespace precis
