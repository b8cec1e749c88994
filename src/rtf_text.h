// Stage 1, part of load: the text of an RTF document.
//
//   std::string text = ReadRtfText("{\\rtf1\\ansi\\ansicpg1252 Le pr\\'e9sident...\\par}");
//   text == "Le président...\n";
//
// RTF is what TextEdit saves by default, what Word and LibreOffice export for exchange, and
// how some agencies deliver copy. It is text, but its control words would reach the
// summary if it were read as such. The reader follows the RTF 1.9.1 specification: groups
// and their character state, the document's code page (\ansicpg) for bytes and \'hh, or
// the font's where the font table gives it one (\fcharset, \cpg: older documents write
// Cyrillic, Greek or Central European text so), \uN with its fallback characters skipped (\ucN), \binN data stepped over. A paragraph,
// a table cell or row, a section or page break ends a paragraph; \line is a line break.
// What a reader of the page does not see is left out: the font, color and style tables,
// document information, pictures and objects, headers and footers, footnotes, comments,
// text boxes, field instructions (a field's result is kept), list numbers, deleted
// revisions, hidden text, and every destination marked ignorable (\*).
#ifndef PRECIS_SRC_RTF_TEXT_H_
#define PRECIS_SRC_RTF_TEXT_H_

#include <string>
#include <string_view>

namespace precis {

// Whether `bytes` open with "{\rtf", as every RTF document does.
bool LooksLikeRtf(std::string_view bytes);

// The document's text: paragraphs separated by a blank line, a line break as "\n", a tab
// as a space, ending with "\n" unless empty. Valid UTF-8. RTF readers are lenient, and
// so is this one: unbalanced braces end the document or are ignored, an unknown control
// word is skipped, an unknown code page reads as Windows-1252. Never throws on bad input;
// time linear in the size of the document, with no recursion however deep its groups.
// Reentrant. With `raw_utf8` (RTF source that was Unicode text, a Python str), bytes past
// ASCII outside any control word are UTF-8 and read as such, not in the code page.
std::string ReadRtfText(std::string_view bytes, bool raw_utf8 = false);

}  // namespace precis

#endif  // PRECIS_SRC_RTF_TEXT_H_
