#include "mhtml_text.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "affix.h"
#include "ascii.h"
#include "mime_headers.h"
#include "next_line.h"

namespace precis {
namespace {

// A web archive's headers are a few hundred bytes; past this, a text that merely opens
// with "From:" is no message.
constexpr std::size_t kMaxHeaderBytes = 16 * 1024;

// How deep parts may nest (multipart/related > multipart/alternative > message/rfc822...):
// mail clients nest three or four levels; a crafted message must not exhaust the stack.
constexpr int kMaxDepth = 16;

// The parts of a multipart body, each from past its delimiter line to the line break
// before the next (RFC 2046: that break belongs to the delimiter); a delimiter counts
// only at a line's start.
std::vector<std::string_view> Parts(std::string_view body, const std::string& boundary) {
  const std::string delimiter = "--" + boundary;
  const auto next_delimiter = [&](std::size_t from) {
    std::size_t at = body.find(delimiter, from);
    while (at != std::string_view::npos && at > 0 && body[at - 1] != '\n') {
      at = body.find(delimiter, at + 1);
    }
    return at;
  };
  std::vector<std::string_view> parts;
  for (std::size_t at = next_delimiter(0); at != std::string_view::npos;) {
    if (body.substr(at + delimiter.size(), 2) == "--") break;  // the closing delimiter
    const std::size_t line_end = body.find('\n', at);
    if (line_end == std::string_view::npos) break;
    const std::size_t next = next_delimiter(line_end + 1);
    std::string_view part = body.substr(
        line_end + 1, (next == std::string_view::npos ? body.size() : next) - (line_end + 1));
    if (EndsWith(part, "\n")) part.remove_suffix(1);
    if (EndsWith(part, "\r")) part.remove_suffix(1);
    parts.push_back(part);
    at = next;
  }
  return parts;
}

// A part's headers and its body, still in their transfer encoding.
struct Entity {
  std::string_view headers;
  std::string_view body;
};

struct Bodies {
  std::optional<Entity> html;
  std::optional<Entity> plain;
};

// Finds the first text/html and the first text/plain body in the entity, looking into
// multiparts and attached messages, but not into attachments.
void FindBodies(const Entity& entity, int depth, Bodies* found) {
  if (depth > kMaxDepth) return;
  const std::string type = HeaderValue(entity.headers, "content-type").value_or("text/plain");
  const std::string media = MediaType(type);
  const std::string disposition =
      MediaType(HeaderValue(entity.headers, "content-disposition").value_or(""));
  if (StartsWith(media, "multipart/")) {
    const std::string boundary = Parameter(type, "boundary");
    if (boundary.empty()) return;
    for (const std::string_view part : Parts(entity.body, boundary)) {
      const std::optional<HeaderBlock> block = HeadersAt(part, 0, kMaxHeaderBytes);
      if (!block) continue;
      FindBodies({block->headers, part.substr(block->body)}, depth + 1, found);
    }
  } else if (media == "message/rfc822") {
    if (const std::optional<HeaderBlock> block = HeadersAt(entity.body, 0, kMaxHeaderBytes)) {
      FindBodies({block->headers, entity.body.substr(block->body)}, depth + 1, found);
    }
  } else if (disposition == "attachment") {
    return;
  } else if (media == "text/html" && !found->html) {
    found->html = entity;
  } else if (media == "text/plain" && !found->plain) {
    found->plain = entity;
  }
}

std::string Decoded(const Entity& entity) {
  const std::string encoding =
      AsciiLowered(HeaderValue(entity.headers, "content-transfer-encoding").value_or(""));
  if (encoding == "quoted-printable") return FromQuotedPrintable(entity.body);
  if (encoding == "base64") return FromBase64(entity.body);
  return std::string(entity.body);
}

// Whether the headers are a mail's, not a browser's save of a page.
bool IsMail(std::string_view headers) {
  const std::optional<std::string> from = HeaderValue(headers, "from");
  if (from && StartsWith(*from, "<Saved by")) return false;
  if (HeaderValue(headers, "snapshot-content-location")) return false;
  return from || HeaderValue(headers, "to") || HeaderValue(headers, "subject") ||
         HeaderValue(headers, "date");
}

// The message that opens `bytes` (past an mbox's "From " line): its headers and body;
// nullopt for bytes that are no message precis reads as one: no header line first, no end
// to the headers within kMaxHeaderBytes, or neither a web archive (multipart/related with
// a boundary) nor a MIME mail (MIME-Version or a mail's headers, and a Content-Type that
// is a multipart with a boundary or a text).
std::optional<Entity> MessageOf(std::string_view bytes) {
  if (StartsWith(bytes, "From ")) {
    const std::size_t line_end = bytes.find('\n');
    if (line_end == std::string_view::npos) return std::nullopt;
    bytes.remove_prefix(line_end + 1);
  }
  // A message opens with a header line: a name, a colon.
  const std::size_t colon = bytes.find(':');
  if (colon == std::string_view::npos || colon == 0 || colon > 64) return std::nullopt;
  for (std::size_t i = 0; i < colon; ++i) {
    if (!IsAsciiAlnum(bytes[i]) && bytes[i] != '-') return std::nullopt;
  }
  const std::optional<HeaderBlock> block = HeadersAt(bytes, 0, kMaxHeaderBytes);
  if (!block) return std::nullopt;
  const std::optional<std::string> type = HeaderValue(block->headers, "content-type");
  if (!type) return std::nullopt;
  const std::string media = MediaType(*type);
  const bool multipart = StartsWith(media, "multipart/") && !Parameter(*type, "boundary").empty();
  const bool archive = media == "multipart/related" && multipart;
  const bool mime = HeaderValue(block->headers, "mime-version") || IsMail(block->headers);
  const bool text = media == "text/html" || media == "text/plain";
  if (!archive && !(mime && (multipart || text))) return std::nullopt;
  return Entity{block->headers, bytes.substr(block->body)};
}

}  // namespace

std::optional<MhtmlPage> ReadMhtmlPage(std::string_view bytes) {
  const std::optional<Entity> message = MessageOf(bytes);
  if (!message) return std::nullopt;
  Bodies bodies;
  FindBodies(*message, 0, &bodies);
  MhtmlPage page;
  const std::optional<Entity>& body = bodies.html ? bodies.html : bodies.plain;
  if (!body) {
    page.error = IsMail(message->headers) ? "e-mail message without a text part"
                                          : "web archive (MHTML) without an HTML page";
    return page;
  }
  page.plain = !bodies.html;
  page.charset =
      AsciiLowered(Parameter(HeaderValue(body->headers, "content-type").value_or(""), "charset"));
  page.html = Decoded(*body);
  return page;
}

}  // namespace precis
