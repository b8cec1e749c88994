// Stage 1, part of load: the text of a Word 97-2003 document (.doc).
//
//   DocText read = ReadDocText(bytes_of_a_doc);
//   read.word && read.error.empty();
//   read.text == "Poutine à Pyongyang\n\nLe président russe est arrivé mardi.\n";
//
// Archives of articles and newsrooms' older files are .doc: Word's binary format
// ([MS-DOC]) in a compound file (compound_file.h). The main document's text is read
// through its piece table, as Word itself reads it, so a fast-saved file gives its
// latest text. What a reader of the page does not see is left out: deleted tracked
// changes and hidden text (by the character properties), field instructions (the
// result of a field is kept), pictures' anchors, and the other parts of the document,
// which Word stores after the main text: footnotes, comments, headers, footers and text
// boxes. A table's cells become paragraphs.
#ifndef PRECIS_SRC_DOC_TEXT_H_
#define PRECIS_SRC_DOC_TEXT_H_

#include <string>
#include <string_view>

namespace precis {

struct DocText {
  // Whether the bytes are a Word document in a compound file (or a compound file too
  // damaged to tell); false, with nothing else set, for anything else, an Excel
  // workbook included.
  bool word = false;
  // The main document's text: paragraphs separated by a blank line, a line break as
  // "\n", a tab as a space, ending with "\n" unless empty. Valid UTF-8.
  std::string text;
  // Why the document could not be read, empty when it was:
  //   "damaged Word 97-2003 document (its piece table is damaged)"
  //   "damaged compound file (its directory is damaged)"
  //   "password-protected Word 97-2003 document"
  //   "password-protected Office document" (a DOCX that Word encrypted)
  //   "Word 6 or Word 95 document (save it as DOCX, ODT or plain text)"
  std::string error;
};

// Whether ReadDocText takes `bytes` as its own (DocText::word), from the compound file's
// directory alone.
bool IsWordDocument(std::string_view bytes);

// Reads the main text of the Word document `bytes`. Never throws on bad input: every
// offset is checked against its stream. Time and memory linear in the size of the file.
// Reentrant.
DocText ReadDocText(std::string_view bytes);

}  // namespace precis

#endif  // PRECIS_SRC_DOC_TEXT_H_
