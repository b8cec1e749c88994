// Stage 1, part of load (markdown_text.h): the text of one Markdown block's inline
// content (a paragraph, a heading, a table cell).
//
//   MarkdownInlineText("Il est **arrivé** [mardi](https://x.fr/a) ![](a.jpg)", {})
//       == "Il est arrivé mardi"
//
// Code spans are read as they are; backslash escapes and character references give their
// character; emphasis, strong emphasis and strikethrough lose their delimiters when they
// pair (a lone "*" stays); a link keeps its text and loses its destination or reference,
// an image goes whole; raw HTML tags, comments and autolinks go. White space collapses to
// one space, as a browser lays out the rendered page, so that what was left out leaves
// no run of spaces behind; a "\n" (a hard line break) stays.
#ifndef PRECIS_SRC_MARKDOWN_INLINE_H_
#define PRECIS_SRC_MARKDOWN_INLINE_H_

#include <string>
#include <string_view>
#include <unordered_set>

namespace precis {

// `labels` are the document's link reference definitions, lower-cased: "[texte][1]" and
// "[TASS]" are links only when defined. Linear in the size of `text`: every construct is
// looked for once, however many stay unclosed.
std::string MarkdownInlineText(std::string_view text,
                               const std::unordered_set<std::string>& labels);

}  // namespace precis

#endif  // PRECIS_SRC_MARKDOWN_INLINE_H_
