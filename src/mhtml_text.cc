#include "mhtml_text.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "affix.h"
#include "ascii.h"
#include "next_line.h"

namespace precis {
namespace {

// A web archive's headers are a few hundred bytes; past this, a text that merely opens
// with "From:" is no message.
constexpr std::size_t kMaxHeaderBytes = 16 * 1024;

// The end of the header block that opens `text` at `from`: the position of the blank line
// ("\n\n" or "\r\n\r\n"), and where the body after it starts; nullopt when there is none
// within `limit` bytes.
struct HeaderBlock {
  std::string_view headers;
  std::size_t body = 0;  // offset in the text
};
std::optional<HeaderBlock> HeadersAt(std::string_view text, std::size_t from, std::size_t limit) {
  for (std::size_t at = from; at < text.size() && at - from <= limit;) {
    const std::size_t line = at;
    const bool blank = NextLine(text, &at).empty();
    if (at > text.size()) return std::nullopt;  // the text ends inside the headers
    if (blank) return HeaderBlock{text.substr(from, line - from), at};
  }
  return std::nullopt;
}

// The value of header `name` (lower case, without the colon) in `headers`, its folded
// lines unfolded; nullopt when it is absent.
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

// The parameter `name` of a header value ('multipart/related; boundary="--abc"'), its
// quotes removed; empty when absent.
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

// The media type of a Content-Type value, lower case: "text/html".
std::string MediaType(std::string_view value) {
  return AsciiLowered(TrimBlanks(value.substr(0, value.find(';'))));
}

// Quoted-printable (RFC 2045): "=XX" is a byte, "=" at a line's end joins the lines; an
// "=" that is neither stays, as mail readers leave it.
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

// Base64 (RFC 2045): white space and other letters are skipped, as mail readers do.
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

// The boundary between the parts of the web archive `bytes` and where its body starts;
// nullopt for bytes that are no web archive: no header line first, no end to the headers
// within kMaxHeaderBytes, or no Content-Type multipart/related with a boundary.
struct ArchiveStart {
  std::string boundary;
  std::size_t body = 0;
};
std::optional<ArchiveStart> ArchiveStartOf(std::string_view bytes) {
  // A message opens with a header line: a name, a colon.
  const std::size_t colon = bytes.find(':');
  if (colon == std::string_view::npos || colon == 0 || colon > 64) return std::nullopt;
  for (std::size_t i = 0; i < colon; ++i) {
    if (!IsAsciiAlnum(bytes[i]) && bytes[i] != '-') return std::nullopt;
  }
  const std::optional<HeaderBlock> block = HeadersAt(bytes, 0, kMaxHeaderBytes);
  if (!block) return std::nullopt;
  const std::optional<std::string> type = HeaderValue(block->headers, "content-type");
  if (!type || MediaType(*type) != "multipart/related") return std::nullopt;
  std::string boundary = Parameter(*type, "boundary");
  if (boundary.empty()) return std::nullopt;
  return ArchiveStart{std::move(boundary), block->body};
}

}  // namespace

std::optional<MhtmlPage> ReadMhtmlPage(std::string_view bytes) {
  const std::optional<ArchiveStart> archive = ArchiveStartOf(bytes);
  if (!archive) return std::nullopt;
  MhtmlPage page;
  const std::string delimiter = "--" + archive->boundary;
  // Each part starts past a line that opens with the delimiter, and ends at the next one.
  std::size_t at = bytes.find(delimiter, archive->body);
  while (at != std::string_view::npos) {
    const std::size_t line_end = bytes.find('\n', at);
    if (line_end == std::string_view::npos) break;
    if (bytes.substr(at + delimiter.size(), 2) == "--") break;  // the closing delimiter
    const std::optional<HeaderBlock> part = HeadersAt(bytes, line_end + 1, kMaxHeaderBytes);
    if (!part) break;
    std::size_t next = bytes.find(delimiter, part->body);
    while (next != std::string_view::npos && next > 0 && bytes[next - 1] != '\n') {
      next = bytes.find(delimiter, next + 1);
    }
    const std::size_t end = next == std::string_view::npos ? bytes.size() : next;
    const std::optional<std::string> part_type = HeaderValue(part->headers, "content-type");
    if (part_type && MediaType(*part_type) == "text/html") {
      // The line break before the delimiter belongs to it (RFC 2046).
      std::string_view content = bytes.substr(part->body, end - part->body);
      if (EndsWith(content, "\n")) content.remove_suffix(1);
      if (EndsWith(content, "\r")) content.remove_suffix(1);
      const std::string encoding =
          AsciiLowered(HeaderValue(part->headers, "content-transfer-encoding").value_or(""));
      if (encoding == "quoted-printable") {
        page.html = FromQuotedPrintable(content);
      } else if (encoding == "base64") {
        page.html = FromBase64(content);
      } else {
        page.html = std::string(content);
      }
      return page;
    }
    at = next;
  }
  page.error = "web archive (MHTML) without an HTML page";
  return page;
}

}  // namespace precis
