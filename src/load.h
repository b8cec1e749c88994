// Stage 1, load: from a caller's bytes to the text every later stage reads.
//
//   LoadedDocument doc = Load({"a.txt", "\uFEFFCafe\u0301\r\n"});
//   doc.original == "Cafe\u0301\r\n";     // BOM gone, otherwise as given
//   doc.text == "Caf\u00E9\n";            // NFC, LF
//   doc.to_original.ToOriginal(5) == 6;  // after "Café" -> after U+0301
#ifndef PRECIS_SRC_LOAD_H_
#define PRECIS_SRC_LOAD_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "hyphen_join.h"
#include "offset_map.h"
#include "precis/document.h"
#include "precis/options.h"

namespace precis {

struct LoadedDocument {
  std::string name;
  // The source text as given, except that a leading UTF-8 BOM is removed and
  // each maximal ill-formed UTF-8 subsequence (Unicode section 3.9: overlongs,
  // surrogates, code points past U+10FFFF, stray or missing trailing bytes) is
  // replaced by one U+FFFD: what output quotes.
  std::string original;
  // `original` in NFC, with CRLF and lone CR turned into LF: what the
  // stages read.
  std::string text;
  OffsetMap to_original;  // offsets in `text` -> offsets in `original`
  // The words cut by a hyphen at a line end ("gouverne-" / "ment", hyphen_join.h): in
  // `original`, in order, each cut's hyphen and the line break after it, which output
  // leaves out (QuoteOriginal). `text` writes an ASCII hyphen of theirs U+00AD, which the
  // stages read as a cut, as they read a soft hyphen the source wrote there.
  std::vector<ByteRange> cuts;
  // One line per problem met, byte offsets counted in the caller's input
  // (BOM included; after conversion when the input was in another encoding):
  //   "a.txt: invalid UTF-8 at byte 1234 replaced by U+FFFD"
  //   "a.txt: invalid UTF-8 replaced by U+FFFD (7 places, first at byte 1234)"
  std::vector<std::string> warnings;
  // What the document was read as, when it was not plain text: NoteMarkup says so,
  // once for many documents.
  enum class Markup { kNone, kHtml, kMarkdown, kSubtitles };
  Markup markup = Markup::kNone;
  // Load could not read it (binary, a damaged DOCX or PDF...): `warnings` says why,
  // and nothing more needs saying about its empty text.
  bool skipped = false;
};

// Decodes (decode.h), validates, repairs, reads subtitles (subtitle_text.h), an HTML page
// (html_text.h) or Markdown (markdown_text.h) as its text (when options.markup; then `markup` says
// which) and normalizes one document; in plain text and Markdown, finds the words cut at a line end
// (`cuts`). A DOCX or ODT file is read as its body's text (office_text.h),
// a DOC file likewise (doc_text.h), an RTF document as its text (rtf_text.h) and a PDF as
// its text layer (pdf_text.h), whatever the options. Never throws on bad text: text in
// another encoding is converted with a note in `warnings` ("a.txt: read as windows-1252
// (detected)"), invalid bytes are replaced and reported, and a binary or damaged
// document loads as empty text with a warning ("a.png: binary file (PNG image), skipped",
// "a.docx: damaged Word document (CRC error), skipped"). Throws Error(kInvalidOptions) for
// an unknown options.encoding, Error(kInternal) only if ICU itself fails. Linear in the
// size of the text; memory is the two copies of the text plus a few words per place that
// normalization changed (three with a conversion).
LoadedDocument Load(const Document& document, const LoadOptions& options = {});

// The bytes output quotes for text [begin, end) of `loaded`: `original`'s bytes behind
// them (LoadedDocument::original, or the caller's bytes when it was dropped as equal to
// them), without the hyphens and line breaks of the cut words they hold (`cuts`):
// "gouverne-\r\nment" is quoted "gouvernement". O(log cuts + the bytes quoted).
std::string QuoteOriginal(const LoadedDocument& loaded, std::string_view original,
                          std::size_t begin, std::size_t end);

// Up to this many documents of one markup get a note each; more get one line for the
// cluster.
inline constexpr std::size_t kMaxMarkupNotes = 3;

// Appends to `warnings` which documents were read as HTML pages, then which as Markdown,
// then which as subtitles:
//   "a.html: read as an HTML page (--plain-text reads it as text)"
//   "a.md: read as Markdown (--plain-text reads it as text)"
//   "a.srt: read as subtitles (--plain-text reads it as text)"
// one line each, or, for more than kMaxMarkupNotes of one kind, one line for them all:
//   "250 documents read as HTML pages (first: a.html); --plain-text reads them as text"
// since a folder of saved pages is one choice, not 250 surprises.
void NoteMarkup(const std::vector<LoadedDocument>& documents, std::vector<std::string>* warnings);

// Each document's `text`, as the stages that also take the caller's bytes read it
// (Clean, WarnOtherLanguages). The views last as long as `documents`.
std::vector<std::string_view> TextsOf(const std::vector<LoadedDocument>& documents);

}  // namespace precis

#endif  // PRECIS_SRC_LOAD_H_
