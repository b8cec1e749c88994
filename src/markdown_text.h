// Stage 1, part of load: the text of an article saved as Markdown.
//
//   LooksLikeMarkdown("# Poutine à Pyongyang\n\nIl est **arrivé** mardi.\n")    == true
//   LooksLikeMarkdown("Il est arrivé mardi, à 10 h 30 * heure locale.\n")      == false
//   MarkdownText("# Poutine à Pyongyang\n\n![Photo](a.jpg)\n\n"
//                "Il est **arrivé** [mardi](https://x.fr/a).\n")
//       == "Poutine à Pyongyang\n\nIl est arrivé mardi.\n"
//
// Read-later apps, web clippers and scrapers save articles as Markdown. Read as plain text,
// its syntax reaches the summary ("**Vladimir Poutine**", "# Le 19 juin...") and its
// images become headlines; read as Markdown, each block (paragraph, heading, list item,
// quotation, table cell) becomes a paragraph of its text, so that a heading is a line
// without final punctuation, as the cleaner expects of a title. Left out, as html_text.h
// leaves out what a reader never sees as text: images, link targets, reference
// definitions, inline HTML tags and comments, and a leading YAML front matter block or
// reader service's header (Jina Reader's), whose title stands first when the body has no
// heading of its own.
//
// The reading follows CommonMark's blocks and inlines (markdown_inline.h) where they decide
// what the text is (escapes, code spans, emphasis delimiters, links, entities), not every
// rule of its layout: indented code is read as text, lazy continuation lines join their
// paragraph.
// Written for this job rather than taken from cmark, whose inline parser is quadratic on
// some inputs (240 KB of "![[]()" take 4 s in Debian's 0.30.2): every step here is
// linear in the size of the document.
#ifndef PRECIS_SRC_MARKDOWN_TEXT_H_
#define PRECIS_SRC_MARKDOWN_TEXT_H_

#include <string>
#include <string_view>

namespace precis {

// Whether `text` (UTF-8) is Markdown: it opens with a YAML front matter block ("---",
// "title: ...", "---") or a reader service's header ("Title: ...", "URL Source: ...",
// "Markdown Content:"), its first line that is not blank is an ATX heading ("# Titre"),
// or it holds at least two marks that prose does not: ATX headings, links or images
// ("[texte](url)", "![](url)"), reference definitions ("[1]: https://..."), code fences,
// and strong emphasis closed on its line ("**mot**"). Links and emphasis alone do not
// make Markdown of a text of several lines with no blank line between any two: written
// one paragraph a line, it would have its lines joined. Reads at most the first 64 KiB.
bool LooksLikeMarkdown(std::string_view text);

// The text a reader of the rendered document sees: blocks separated by a blank line, a
// hard line break as a line break, soft line breaks inside a paragraph as spaces,
// character references decoded, ending with "\n" unless empty. Linear in the size of
// the document; reentrant.
std::string MarkdownText(std::string_view markdown);

}  // namespace precis

#endif  // PRECIS_SRC_MARKDOWN_TEXT_H_
