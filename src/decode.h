// Stage 0, decode: from the bytes of a file of unknown origin to UTF-8, or to a
// refusal when they are not text at all.
//
//   Decoded d = Decode("a.txt", "Cr\xE9" "dit...", "");   // a Windows-1252 file
//   d.kind == Decoded::kConverted;  d.encoding == "windows-1252";
//   d.note == "a.txt: read as windows-1252 (detected)";
//
// Load calls it before anything else; ReadInputs uses UnreadableKind and IsBlank to
// skip files that cannot be a document.
#ifndef PRECIS_SRC_DECODE_H_
#define PRECIS_SRC_DECODE_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace precis {

struct Decoded {
  enum Kind {
    kUtf8,        // the bytes are (mostly) UTF-8: use them as given; Load repairs the rest
    kConverted,   // `text` holds the bytes converted to UTF-8
    kUnreadable,  // not text (an image, an archive, NUL bytes)
  };
  Kind kind = kUtf8;
  std::string text;      // kConverted only
  std::string encoding;  // the ICU name of the encoding read (kConverted only)
  // One line for the caller's warnings, empty when there is nothing to say:
  //   "a.txt: read as windows-1252 (detected)"
  //   "a.txt: read as UTF-16LE (byte order mark)"
  //   "a.png: binary file (PNG image), skipped"
  std::string note;
};

// Fewer ill-formed UTF-8 sequences than this are repaired as UTF-8 (one U+FFFD
// each, see load.h) whatever the detector says: a few stray bytes in a UTF-8
// file are damage, not another encoding, and short snippets give the detector
// too little to go on. At or above it, the bytes are read in another encoding
// when the ill-formed sequences outnumber the well-formed multi-byte ones (a
// Latin-1 French article has one per accented letter and none well-formed). Below it,
// text without a well-formed multi-byte sequence, whose ill-formed bytes are all letters or
// signs in windows-1252 and do not end the text, is read as windows-1252.
inline constexpr std::size_t kMinInvalidForOtherEncoding = 8;

// The length of the well-formed UTF-8 sequence that starts `s` (`size` > 0),
// or 0 when it is ill-formed; then `*subpart` is the length of its maximal
// subpart, the bytes that one U+FFFD replaces (Unicode 15, section 3.9, "U+FFFD
// Substitution of Maximal Subparts"; the byte ranges are those of table 3-7,
// which exclude overlongs, surrogates and code points past U+10FFFF).
std::size_t WellFormedUtf8Length(const unsigned char* s, std::size_t size, std::size_t* subpart);

// What the bytes are, if precis cannot read them as a document: a format known by its
// magic number ("PNG image", "ZIP archive", "gzip file"...) or "NUL bytes" (NUL bytes
// that are not laid out as UTF-16 or UTF-32 text). Empty for text, and for the PDF, DOCX, ODT and
// DOC files that Load reads (pdf_text.h, office_text.h, doc_text.h). Scans for NUL
// bytes: linear; a ZIP archive's or compound file's directory is read to tell a
// document from other archives.
std::string UnreadableKind(std::string_view bytes);

// The warning for a document skipped as `kind` (from UnreadableKind):
// "a.png: binary file (PNG image), skipped".
std::string SkippedNote(const std::string& name, const std::string& kind);

// True when `bytes` hold only ASCII white space (or nothing): a file that can
// hold no sentence, whatever its encoding claims.
bool IsBlank(std::string_view bytes);

// "UTF-16LE", "UTF-16BE", "UTF-32LE" or "UTF-32BE" when `bytes` open with that
// encoding's byte order mark (2 or 4 bytes), empty otherwise, for a UTF-8 mark too.
// Needs the first 4 bytes to tell UTF-32LE's mark from UTF-16LE's followed by U+0000.
std::string ByteOrderMarkEncoding(std::string_view bytes);

// "UTF-16LE", "UTF-16BE", "UTF-32LE" or "UTF-32BE" when `bytes` open with that
// encoding's byte order mark or lay their NUL bytes out as its Latin text does; empty
// otherwise. For the warning when an explicit encoding does not fit.
std::string UnicodeEncodingOf(std::string_view bytes);

// Decodes a document's bytes. `encoding` is the caller's choice (an ICU
// converter name or alias, "windows-1252", "latin1", "UTF-16"...); empty means
// detect: a UTF-32 or UTF-16 byte order mark or NUL layout, binary signatures, and for
// bytes that are not UTF-8, ICU's charset detector (windows-1252 when it has
// no Latin answer). With an explicit encoding, nothing is detected and nothing
// is refused as binary. With `html`, bytes that are not UTF-8 and are an HTML page
// (html_sniff.h) declaring a charset ICU knows are read in that charset, before any
// detection: "a.html: read as windows-1252 (declared by the page)"; as browsers do
// (WHATWG Encoding Standard), a page that says ISO-8859-1 or ASCII is read as
// windows-1252, its superset. Throws Error(kInvalidOptions, "encoding") for an
// encoding ICU does not know, Error(kInternal) if ICU fails. An explicit encoding that
// the bytes' byte order mark or NUL layout contradicts is obeyed with a warning:
// "a.txt: its bytes look like UTF-16LE, not UTF-8". Linear in the size
// of the input; a conversion holds the input and its UTF-8 form.
Decoded Decode(const std::string& name, std::string_view bytes, const std::string& encoding,
               bool html = false);

}  // namespace precis

#endif  // PRECIS_SRC_DECODE_H_
