#include "feed_text.h"

#include <libxml/parser.h>
#include <libxml/tree.h>

#include <climits>
#include <cstring>
#include <memory>
#include <new>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "affix.h"
#include "ascii.h"
#include "libxml_init.h"

namespace precis {
namespace {

// Where a feed's root element must stand: after an XML declaration, a comment or two and
// a doctype, which take a few hundred bytes.
constexpr std::size_t kSniffBytes = 4096;

constexpr std::string_view kBom = "\xEF\xBB\xBF";

struct DocDeleter {
  void operator()(xmlDoc* doc) const { xmlFreeDoc(doc); }
};
struct ContextDeleter {
  void operator()(xmlParserCtxt* context) const { xmlFreeParserCtxt(context); }
};
struct BufferDeleter {
  void operator()(xmlBuffer* buffer) const { xmlBufferFree(buffer); }
};

// The name of the first element in `head`, past the declaration, comments, processing
// instructions and doctype; empty when something else comes first (text: prose that
// quotes a tag).
std::string_view RootName(std::string_view head) {
  std::size_t at = 0;
  while (true) {
    while (at < head.size() && IsAsciiSpace(head[at])) ++at;
    if (at >= head.size() || head[at] != '<') return {};
    const std::string_view rest = head.substr(at);
    std::string_view close;
    if (StartsWith(rest, "<?")) {
      close = "?>";
    } else if (StartsWith(rest, "<!--")) {
      close = "-->";
    } else if (StartsWith(rest, "<!")) {
      close = ">";  // a doctype without an internal subset: feeds have none
    } else {
      std::size_t end = 1;
      while (end < rest.size() && (IsAsciiAlnum(rest[end]) || rest[end] == ':' ||
                                   rest[end] == '-' || rest[end] == '_')) {
        ++end;
      }
      return rest.substr(1, end - 1);
    }
    const std::size_t found = rest.find(close);
    if (found == std::string_view::npos) return {};
    at += found + close.size();
  }
}

bool Named(const xmlNode* node, const char* name) {
  return node->type == XML_ELEMENT_NODE &&
         std::strcmp(reinterpret_cast<const char*>(node->name), name) == 0;
}

// The namespace prefix of `node`'s name as written, empty without one.
std::string_view PrefixOf(const xmlNode* node) {
  if (node->ns == nullptr || node->ns->prefix == nullptr) return {};
  return reinterpret_cast<const char*>(node->ns->prefix);
}

// The text and CDATA under `node`. Entity references are left out rather than expanded:
// a feed's own DTD could otherwise make a billion bytes of a few (the "billion laughs").
void AppendText(const xmlNode* node, std::string* out) {
  for (const xmlNode* child = node->children; child != nullptr; child = child->next) {
    if (child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE) {
      if (child->content != nullptr) *out += reinterpret_cast<const char*>(child->content);
    } else if (child->type == XML_ELEMENT_NODE) {
      AppendText(child, out);
    }
  }
}

std::string TextOf(const xmlNode* node) {
  std::string text;
  AppendText(node, &text);
  return text;
}

std::string Attribute(const xmlNode* node, const char* name) {
  for (const xmlAttr* attribute = node->properties; attribute != nullptr;
       attribute = attribute->next) {
    if (std::strcmp(reinterpret_cast<const char*>(attribute->name), name) == 0 &&
        attribute->children != nullptr && attribute->children->content != nullptr) {
      return AsciiLowered(reinterpret_cast<const char*>(attribute->children->content));
    }
  }
  return "";
}

std::string EscapedText(std::string_view text) {
  std::string escaped;
  escaped.reserve(text.size());
  for (const char c : text) {
    if (c == '&') {
      escaped += "&amp;";
    } else if (c == '<') {
      escaped += "&lt;";
    } else if (c == '>') {
      escaped += "&gt;";
    } else {
      escaped += c;
    }
  }
  return escaped;
}

// Plain text as HTML: its blank-line-separated paragraphs as <p> elements.
std::string TextAsHtml(std::string_view text) {
  std::string html;
  std::size_t at = 0;
  while (at < text.size()) {
    std::size_t end = text.find("\n\n", at);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view paragraph = TrimBlanks(text.substr(at, end - at));
    if (!paragraph.empty()) html += "<p>" + EscapedText(paragraph) + "</p>\n";
    at = end + 2;
  }
  return html;
}

// An Atom text construct (RFC 4287, section 3.1) as HTML: type "html" is escaped HTML,
// "xhtml" a <div> of XHTML, "text" (the default) plain text.
std::string AtomHtml(xmlDoc* doc, const xmlNode* node) {
  const std::string type = Attribute(node, "type");
  if (type == "html" || type == "text/html") return TextOf(node);
  if (type == "xhtml" || type == "application/xhtml+xml") {
    std::unique_ptr<xmlBuffer, BufferDeleter> buffer(xmlBufferCreate());
    if (buffer == nullptr) throw std::bad_alloc();
    for (xmlNode* child = node->children; child != nullptr; child = child->next) {
      xmlNodeDump(buffer.get(), doc, child, 0, 0);
    }
    return std::string(reinterpret_cast<const char*>(xmlBufferContent(buffer.get())),
                       static_cast<std::size_t>(xmlBufferLength(buffer.get())));
  }
  return TextAsHtml(TextOf(node));
}

// One item, entry or note: its title and the fullest of its texts.
FeedItem ReadItem(xmlDoc* doc, const xmlNode* item, bool atom) {
  FeedItem read;
  std::string full;     // content:encoded, Atom's content, Evernote's content
  std::string summary;  // description, Atom's summary
  for (const xmlNode* child = item->children; child != nullptr; child = child->next) {
    if (child->type != XML_ELEMENT_NODE) continue;
    if (Named(child, "title") && read.title.empty()) {
      read.title = std::string(TrimBlanks(TextOf(child)));
    } else if (Named(child, "encoded") && PrefixOf(child) == "content") {
      full = TextOf(child);
    } else if (Named(child, "content") && full.empty()) {
      // Atom's content with a src attribute is elsewhere, and has no text here.
      full = atom ? AtomHtml(doc, child) : TextOf(child);
    } else if ((Named(child, "description") || Named(child, "summary")) && summary.empty()) {
      summary = atom ? AtomHtml(doc, child) : TextOf(child);
    }
  }
  read.html = TrimBlanks(full).empty() ? std::move(summary) : std::move(full);
  return read;
}

// Appends the items under `node` named `name`, at any depth (RSS 2.0 holds them in its
// <channel>, RSS 1.0 beside it), not looking inside an item.
void CollectItems(xmlDoc* doc, const xmlNode* node, const char* name, bool atom, Feed* feed) {
  for (const xmlNode* child = node->children; child != nullptr; child = child->next) {
    if (child->type != XML_ELEMENT_NODE) continue;
    if (Named(child, name)) {
      FeedItem item = ReadItem(doc, child, atom);
      if (!item.title.empty() || !TrimBlanks(item.html).empty()) {
        feed->items.push_back(std::move(item));
      }
    } else {
      CollectItems(doc, child, name, atom, feed);
    }
  }
}

}  // namespace

namespace {

// The feed's root element's name ("rss", "feed", "rdf:RDF", "en-export"), or empty when
// `bytes` are no feed.
std::string_view FeedRoot(std::string_view bytes) {
  if (StartsWith(bytes, kBom)) bytes.remove_prefix(kBom.size());
  const std::string_view root = RootName(bytes.substr(0, kSniffBytes));
  const bool feed = root == "rss" || root == "feed" || root == "rdf:RDF" || root == "en-export";
  return feed ? root : std::string_view();
}

}  // namespace

bool LooksLikeFeed(std::string_view bytes) { return !FeedRoot(bytes).empty(); }

std::optional<Feed> ReadFeed(std::string_view bytes) {
  const std::string_view root_name = FeedRoot(bytes);
  if (root_name.empty()) return std::nullopt;
  Feed feed;
  feed.kind = root_name == "feed"        ? "Atom feed"
              : root_name == "en-export" ? "Evernote export"
                                         : "RSS feed";
  if (bytes.size() > static_cast<std::size_t>(INT_MAX)) {
    feed.error = feed.kind + " over 2 GiB";
    return feed;
  }
  InitLibxml2();
  std::unique_ptr<xmlParserCtxt, ContextDeleter> context(xmlNewParserCtxt());
  if (context == nullptr) throw std::bad_alloc();
  // Recovered as feed readers recover (a stray "&" is common); silent, as a library must
  // be; nothing fetched; entities kept as references (AppendText leaves them out).
  const int options = XML_PARSE_RECOVER | XML_PARSE_NOERROR | XML_PARSE_NOWARNING |
                      XML_PARSE_NONET | XML_PARSE_NOCDATA;
  std::unique_ptr<xmlDoc, DocDeleter> doc(xmlCtxtReadMemory(
      context.get(), bytes.data(), static_cast<int>(bytes.size()), nullptr, nullptr, options));
  const xmlNode* root = doc == nullptr ? nullptr : xmlDocGetRootElement(doc.get());
  if (root == nullptr) {
    feed.error = "damaged " + feed.kind + " (XML that cannot be read)";
    return feed;
  }
  if (root_name == "feed") {
    CollectItems(doc.get(), root, "entry", true, &feed);
  } else if (root_name == "en-export") {
    CollectItems(doc.get(), root, "note", false, &feed);
  } else {
    CollectItems(doc.get(), root, "item", false, &feed);
  }
  if (feed.items.empty()) {
    feed.error =
        feed.kind + " without an article" + (context->wellFormed ? "" : " (its XML is damaged)");
  }
  return feed;
}

std::string FeedItemPage(const FeedItem& item) {
  std::string page = "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"></head><body>\n";
  if (!item.title.empty()) page += "<h1>" + EscapedText(item.title) + "</h1>\n";
  page += item.html;
  page += "\n</body></html>\n";
  return page;
}

}  // namespace precis
