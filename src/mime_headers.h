// MIME's building blocks (RFC 2045, RFC 5322), shared by the readers of messages: a web
// archive or a mail (mhtml_text.h) and a page saved with its HTTP response (http_head.h).
//
//   HeaderValue("Content-Type: text/html;\r\n charset=utf-8", "content-type")
//       == "text/html; charset=utf-8"
//   Parameter("text/html; charset=\"utf-8\"", "charset") == "utf-8"
//   FromQuotedPrintable("pr=C3=A9fet") == "pr\xC3\xA9fet"
#ifndef PRECIS_SRC_MIME_HEADERS_H_
#define PRECIS_SRC_MIME_HEADERS_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace precis {

// A block of header lines and where the body after its blank line starts.
struct HeaderBlock {
  std::string_view headers;
  std::size_t body = 0;  // offset in the text
};

// The header block that opens `text` at `from`, ended by a blank line ("\n\n" or
// "\r\n\r\n"); nullopt when there is none within `limit` bytes.
std::optional<HeaderBlock> HeadersAt(std::string_view text, std::size_t from, std::size_t limit);

// The value of header `name` (lower case, without the colon) in `headers`, its folded
// lines unfolded; nullopt when it is absent.
std::optional<std::string> HeaderValue(std::string_view headers, std::string_view name);

// The parameter `name` of a header value ('multipart/related; boundary="--abc"'), its
// quotes removed; empty when absent.
std::string Parameter(std::string_view value, std::string_view name);

// The media type of a Content-Type value, lower case: "text/html".
std::string MediaType(std::string_view value);

// Quoted-printable (RFC 2045): "=XX" is a byte, "=" at a line's end joins the lines; an
// "=" that is neither stays, as mail readers leave it.
std::string FromQuotedPrintable(std::string_view text);

// Base64 (RFC 2045): white space and other letters are skipped, as mail readers do; a
// text cut short gives the bytes its whole groups hold.
std::string FromBase64(std::string_view text);

}  // namespace precis

#endif  // PRECIS_SRC_MIME_HEADERS_H_
