// Stage 1, part of load: the text of a PDF, from its text layer.
//
//   PdfText read = ReadPdfText(bytes_of_a_pdf);
//   read.text == "Poutine à Pyongyang\n\nLe président russe est arrivé mardi...\n";
//
// Press releases, agency dispatches and printed pages reach a reader as PDF. Poppler
// (poppler-cpp) gives each page's words with their places and sizes; pdf_layout.h puts
// them back into paragraphs and leaves out the small print, running heads and page
// numbers. A scanned PDF has no text layer: it is refused, since reading it would take
// OCR.
#ifndef PRECIS_SRC_PDF_TEXT_H_
#define PRECIS_SRC_PDF_TEXT_H_

#include <string>
#include <string_view>

namespace precis {

// Whether `bytes` are a PDF, by the "%PDF-" a PDF opens with.
bool LooksLikePdf(std::string_view bytes);

struct PdfText {
  // The text: paragraphs separated by a blank line, ending with "\n". Valid UTF-8.
  std::string text;
  // Why the PDF could not be read, empty when it was:
  //   "damaged PDF"
  //   "password-protected PDF"
  //   "PDF without pages (its page tree is empty or damaged)"
  //   "PDF without a text layer (a scan? precis does no OCR)"
  //   "PDF whose text is glyph codes, not letters (its fonts have no ToUnicode map)"
  std::string error;
  // What was left out of a PDF that was read, empty when nothing was:
  //   "a page repeating an earlier one word for word, read once"
  std::string note;
};

// Reads the text layer of every page of `bytes`. Never throws on bad input and never
// prints: poppler's own messages are silenced. Documents are read one at a time (a
// process-wide lock), since poppler's global state is not known to be safe to share
// between threads. Time linear in the size of the PDF's pages' contents.
PdfText ReadPdfText(std::string_view bytes);

}  // namespace precis

#endif  // PRECIS_SRC_PDF_TEXT_H_
