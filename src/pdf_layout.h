// Stage 1, part of load: a PDF page's words, placed on the page, back into paragraphs.
//
//   std::vector<PdfPage> pages = ...;   // from pdf_text.cc, one PdfWord per word
//   PdfParagraphs(pages) == "Poutine à Pyongyang\n\nLe président russe est arrivé ...\n";
//
// A PDF holds glyphs at positions, not paragraphs: a paragraph is a run of lines, each cut
// where the column ends, and sometimes a word is cut too ("gouverne-" / "ment"). Read line
// by line, every wrapped line would be a fragment, and a line that opens on a name would
// look like a new sentence. The layout is read back instead: words on one baseline make a
// line, a page split by a gutter is read a column at a time, lines close together in the
// same type size make a paragraph, and what is printed smaller than the body text
// (footnotes, captions, credits, superscript note markers) or repeated at the top or
// bottom of most pages (running heads, page numbers) is left out.
// Pure functions of their input, separate from poppler so that they can be tested on
// words placed by hand.
#ifndef PRECIS_SRC_PDF_LAYOUT_H_
#define PRECIS_SRC_PDF_LAYOUT_H_

#include <string>
#include <vector>

namespace precis {

// One word as the PDF's text layer places it, in the reading order poppler gives.
// Coordinates are in points, y growing down the page.
struct PdfWord {
  std::string text;  // UTF-8
  double x = 0;      // left
  double y = 0;      // top
  double width = 0;
  double height = 0;
  double font_size = 0;
  bool space_after = false;  // a space follows it on its line
};

struct PdfPage {
  double height = 0;  // of the page, in points
  std::vector<PdfWord> words;
};

// The text of `pages`: paragraphs separated by a blank line, ending with "\n" unless
// empty. A paragraph goes on across a page or column break when its last line does not
// end a sentence and the next line starts in lower case. A word cut by a hyphen at a line
// end is joined again, without the hyphen when the document writes the joined word
// elsewhere ("gouverne-" / "ment" with "gouvernement"), with it otherwise ("porte-" /
// "parole"). Linear in the number of words, but for the sort of the font sizes.
std::string PdfParagraphs(const std::vector<PdfPage>& pages);

}  // namespace precis

#endif  // PRECIS_SRC_PDF_LAYOUT_H_
