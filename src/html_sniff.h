// Stage 1, part of load: whether a document is an HTML page, and the charset it declares,
// read off its first bytes before any parsing (html_text.h reads the page itself).
//
//   LooksLikeHtml("<!DOCTYPE html><html>...")                      == true
//   LooksLikeHtml("<3 Une phrase qui commence par un chevron.")    == false
//   DeclaredCharset("<html><head><meta charset=\"Windows-1252\">") == "windows-1252"
#ifndef PRECIS_SRC_HTML_SNIFF_H_
#define PRECIS_SRC_HTML_SNIFF_H_

#include <string>
#include <string_view>

namespace precis {

// Whether `text` (UTF-8, BOM removed) is an HTML page or fragment: after white space, it
// opens with a comment, a doctype, an XML declaration followed by an <html> element, or a
// tag whose name is an HTML element's (<html>, <p>, <div>, <meta>...). Prose that
// happens to start with '<' ("<3", "<Nom>") is not. Reads the leading white space and at
// most 1 KiB after it.
bool LooksLikeHtml(std::string_view text);

// The charset `page` declares in its first 1 KiB, where HTML requires the declaration:
// <meta charset="..."> or <meta http-equiv="Content-Type" content="...; charset=...">,
// lower-cased ("windows-1252"); empty when it declares none. Whether the name is known is
// the caller's question.
std::string DeclaredCharset(std::string_view page);

}  // namespace precis

#endif  // PRECIS_SRC_HTML_SNIFF_H_
