#include "html_sniff.h"

#include <algorithm>
#include <array>
#include <cstddef>
#include <string>
#include <string_view>

#include "ascii.h"
#include "contains.h"

namespace precis {
namespace {

// How far LooksLikeHtml reads: an XML declaration and a doctype fit easily.
constexpr std::size_t kSniffBytes = 1024;

// Elements that open a page or a fragment of one; a text that starts with "<p>" or
// "<meta" is markup, while "<3" or "<Nom>" is someone's prose.
constexpr std::array<std::string_view, 56> kOpeningElements = {
    "a",    "abbr",   "article", "aside", "b",    "base",     "blockquote", "body",
    "br",   "center", "dd",      "div",   "dl",   "dt",       "em",         "figure",
    "font", "footer", "form",    "h1",    "h2",   "h3",       "h4",         "h5",
    "h6",   "head",   "header",  "hr",    "html", "i",        "iframe",     "img",
    "li",   "link",   "main",    "meta",  "nav",  "noscript", "ol",         "p",
    "pre",  "script", "section", "small", "span", "strong",   "style",      "sub",
    "sup",  "table",  "time",    "title", "u",    "ul",       "svg",        "picture"};

// The first kSniffBytes of `text`, ASCII lowered: what the sniffers read.
std::string LowerHead(std::string_view text) { return AsciiLowered(text.substr(0, kSniffBytes)); }

}  // namespace

bool LooksLikeHtml(std::string_view text) {
  std::size_t start = 0;
  while (start < text.size() && IsAsciiSpace(text[start])) ++start;
  if (start == text.size() || text[start] != '<') return false;
  const std::string head = LowerHead(text.substr(start));
  const auto starts_with = [&head](std::string_view prefix) {
    return head.compare(0, prefix.size(), prefix) == 0;
  };
  if (starts_with("<!--") || starts_with("<!doctype html")) return true;
  if (starts_with("<?xml")) return head.find("<html") != std::string::npos;
  std::size_t end = 1;
  while (end < head.size() && IsAsciiAlnum(head[end])) {
    ++end;
  }
  if (end == head.size()) return false;
  const char after = head[end];
  if (after != '>' && after != '/' && !IsAsciiSpace(after)) return false;
  return Contains(kOpeningElements, std::string_view(head).substr(1, end - 1)) &&
         head.find('>', end) != std::string::npos;
}

std::string DeclaredCharset(std::string_view page) {
  const std::string head = LowerHead(page);
  const auto is_name = [](char c) {
    return IsAsciiAlnum(c) || c == '-' || c == '_' || c == ':' || c == '.';
  };
  for (std::size_t meta = head.find("<meta"); meta != std::string::npos;
       meta = head.find("<meta", meta + 1)) {
    const std::size_t end = std::min(head.find('>', meta), head.size());
    // "charset" then "=": the word alone may be in another attribute's value.
    for (std::size_t at = head.find("charset", meta); at < end; at = head.find("charset", at + 1)) {
      std::size_t i = at + 7;
      while (i < end && IsAsciiSpace(head[i])) ++i;
      if (i == end || head[i] != '=') continue;
      ++i;
      while (i < end && (IsAsciiSpace(head[i]) || head[i] == '"' || head[i] == '\'')) ++i;
      std::size_t j = i;
      while (j < end && is_name(head[j])) ++j;
      if (j > i) return head.substr(i, j - i);
    }
  }
  return "";
}

}  // namespace precis
