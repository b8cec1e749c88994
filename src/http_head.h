// Stage 1, part of load: a page saved with its HTTP response ahead of it.
//
//   std::optional<HttpBody> body = HttpBodyOf("HTTP/1.1 200 OK\r\nContent-Type: text/html;"
//                                             " charset=utf-8\r\n\r\n<!DOCTYPE html>...");
//   body->offset == 61;  body->charset == "utf-8";
//
// `curl -i URL > a.html` and `wget --save-headers` write the status line and the headers
// before the page. Read as text, the file is no page: every tag a line of its own.
#ifndef PRECIS_SRC_HTTP_HEAD_H_
#define PRECIS_SRC_HTTP_HEAD_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace precis {

struct HttpBody {
  std::size_t offset = 0;  // where the body starts in the bytes
  std::string charset;     // the last response's Content-Type charset, lower case, or empty
};

// Where the body of the response `bytes` start, when they open with a status line
// ("HTTP/1.1 200 OK", "HTTP/2 200") and headers that end with a blank line within 16 KiB;
// past every response before it (curl -iL keeps a redirect's, "HTTP/1.1 100 Continue").
// nullopt for any other bytes. Reads the headers only.
std::optional<HttpBody> HttpBodyOf(std::string_view bytes);

}  // namespace precis

#endif  // PRECIS_SRC_HTTP_HEAD_H_
