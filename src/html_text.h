// Stage 1, part of load: the text of a news page saved as HTML.
//
//   HtmlText("<h1>Poutine à Pyongyang</h1><p>Il est arrivé&nbsp;mardi.<script>x()</script></p>")
//       == "Poutine à Pyongyang\n\nIl est arrivé\u00A0mardi.\n"
//
// Articles come from the web, and a folder of them is often a folder of saved pages. Read
// as plain text, their markup becomes sentences ("<p>Le président...") and their scripts
// become words; read as a page, each block (p, h1, li, td...) becomes a paragraph of its
// text, so that a heading is a line without final punctuation, as the cleaner expects of a
// title. What a reader never sees is left out: scripts, styles, forms, navigation, asides
// (related-article boxes), page footers, figure captions, and what the page itself marks
// hidden (`hidden`, aria-hidden="true") or as furniture by its ARIA role (navigation,
// banner, contentinfo, complementary, search, dialog: cookie prompts are dialogs). Class
// names are not read: each site names its boxes its own way. Where the page names its
// story, by a single top-level <article> or else by <main> (or role="main"), holding at
// least half of its visible text, only that element is read, so that a newsletter box
// or a "most read" list beside it stays out of the summary. The page's first <h1> stands
// first when the story's element leaves it out; the head's <title> only when there is no
// <h1>, since it usually repeats the h1 with the site's name added.
//
// Parsing is libxml2's HTML parser, which recovers from the broken markup real pages
// carry (unclosed tags, stray entities) as browsers do. Whether a document is a page at
// all is html_sniff.h's question.
#ifndef PRECIS_SRC_HTML_TEXT_H_
#define PRECIS_SRC_HTML_TEXT_H_

#include <string>
#include <string_view>

namespace precis {

// The visible text of the page `html` (UTF-8; any charset its <meta> declares is
// ignored, since load has decoded it already): blocks separated by a blank line, <br> as
// a line break, runs of ASCII white space collapsed to one space outside <pre> (U+00A0
// and U+202F are kept: French typography puts them before « » : ; ? !), character
// references decoded, ending with "\n" unless empty. Never throws on bad markup; an
// input over 2 GiB, which libxml2 cannot take in one piece, is returned as it is.
// Linear in the size of the page; reentrant.
std::string HtmlText(std::string_view html);

}  // namespace precis

#endif  // PRECIS_SRC_HTML_TEXT_H_
