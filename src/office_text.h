// Stage 1, part of load: the text of a word-processor document (DOCX, ODT).
//
//   OfficeText read = ReadOfficeText(bytes_of_a_docx);
//   read.format == OfficeFormat::kDocx;
//   read.text == "Poutine à Pyongyang\n\nLe président russe est arrivé mardi.\n";
//
// Articles reach a newsroom or a researcher as Word or LibreOffice files as often as pages.
// Both formats are ZIP archives holding the body as XML: Office Open XML (ECMA-376) in
// the part the package's relationships name (word/document.xml, or word/document2.xml as
// Word Online writes it), OpenDocument (ISO/IEC 26300) in content.xml. Each paragraph or
// heading becomes a paragraph of its text, so that a heading is a line without final
// punctuation, as the cleaner expects of a title. What is not the body's running text is
// left out, as a reader of the printed page would skip it: footnotes and endnotes (other
// parts in DOCX, text:note in ODT), comments, deleted tracked changes, text boxes and
// frames (pull quotes, captions), headers and footers, ODT's tables of contents and
// indexes, which repeat the headings, and hidden text: DOCX's <w:vanish/> on a run or on
// its character style (not that of a paragraph style, which is not read), ODT's
// text:display="none" in a paragraph's or a span's style or one it inherits from. Table cells are
// read, one paragraph each.
//
// The ZIP archive is read by libzip, the XML by libxml2's streaming reader: no entity is
// expanded and nothing is fetched from the network.
#ifndef PRECIS_SRC_OFFICE_TEXT_H_
#define PRECIS_SRC_OFFICE_TEXT_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace precis {

enum class OfficeFormat {
  kNone,  // not a word-processor document precis reads
  kDocx,  // Office Open XML: a ZIP archive whose main part is a Word body
  kOdt,   // OpenDocument text: a ZIP archive whose "mimetype" is ...opendocument.text
  kFodt,  // flat OpenDocument text: the same XML in one file, .fodt
};

// A body part larger than this once uncompressed is refused: a 300-page novel's
// document.xml is about 20 MiB, and a ZIP bomb would otherwise fill memory.
inline constexpr std::size_t kMaxOfficeXmlBytes = std::size_t{256} << 20;

// What `bytes` are: kDocx or kOdt by the archive's directory, kFodt by the
// office:mimetype in the first 4 KiB of an XML file, or kNone for anything else (text, a
// spreadsheet, an e-book, a damaged directory). Reads the directory, for DOCX the
// package's relationships and content types (to find its body, and to tell it from a
// workbook's), and for ODT the few bytes of "mimetype"; no body part. Reentrant.
OfficeFormat SniffOfficeFormat(std::string_view bytes);

// The format's name for messages: "Word document", "OpenDocument text" (ODT and FODT).
const char* OfficeFormatName(OfficeFormat format);

struct OfficeText {
  // What the bytes are; kNone, with nothing else set, for anything but a DOCX or ODT.
  OfficeFormat format = OfficeFormat::kNone;
  // The body's text: paragraphs separated by a blank line, a line break as "\n", a tab as
  // a space, ending with "\n" unless empty. Valid UTF-8.
  std::string text;
  // Why the document could not be read, empty when it was:
  //   "damaged Word document (CRC error)"
  //   "damaged OpenDocument text (its XML is not well-formed)"
  //   "Word document whose XML is nested over 256 levels deep" (libxml2's limit)
  //   "Word document whose XML holds a run of text over 10 MB, libxml2's limit"
  //   "password-protected OpenDocument text"
  //   "Word document over 256 MiB once uncompressed"
  std::string error;
  // What a reader should know about a document that was read, empty when nothing:
  //   "2 parts named word/document.xml, the first read"
  std::string note;
};

// Tells what `bytes` are, as SniffOfficeFormat does, and reads the body of a DOCX or ODT,
// opening its archive once. Never throws on bad input: a CRC mismatch, malformed XML or
// a body part over `max_xml_bytes` uncompressed gives `error`, with no text. Time and
// memory linear in the size of the body part. Reentrant.
OfficeText ReadOfficeText(std::string_view bytes, std::size_t max_xml_bytes = kMaxOfficeXmlBytes);

}  // namespace precis

#endif  // PRECIS_SRC_OFFICE_TEXT_H_
