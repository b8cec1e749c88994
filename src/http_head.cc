#include "http_head.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "affix.h"
#include "ascii.h"
#include "mime_headers.h"

namespace precis {
namespace {

constexpr std::size_t kMaxHeaderBytes = 16 * 1024;

// Whether `bytes` open with a status line: "HTTP/", a version, a space, three digits.
bool OpensWithStatusLine(std::string_view bytes) {
  if (!StartsWith(bytes, "HTTP/")) return false;
  const std::size_t space = bytes.find(' ');
  if (space == std::string_view::npos || space > 10 || bytes.size() < space + 4) return false;
  return IsAsciiDigit(bytes[space + 1]) && IsAsciiDigit(bytes[space + 2]) &&
         IsAsciiDigit(bytes[space + 3]);
}

}  // namespace

std::optional<HttpBody> HttpBodyOf(std::string_view bytes) {
  std::optional<HttpBody> body;
  std::size_t at = 0;
  while (OpensWithStatusLine(bytes.substr(at))) {
    const std::optional<HeaderBlock> block = HeadersAt(bytes, at, kMaxHeaderBytes);
    if (!block) break;
    body = HttpBody{block->body,
                    AsciiLowered(Parameter(HeaderValue(block->headers, "content-type").value_or(""),
                                           "charset"))};
    at = block->body;
  }
  return body;
}

}  // namespace precis
