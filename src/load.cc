#include "load.h"

#include <unicode/bytestream.h>
#include <unicode/edits.h>
#include <unicode/normalizer2.h>
#include <unicode/stringpiece.h>

#include <algorithm>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "ascii.h"
#include "c1_controls.h"
#include "character_references.h"
#include "converter.h"
#include "data_sniff.h"
#include "decode.h"
#include "doc_text.h"
#include "feed_text.h"
#include "html_sniff.h"
#include "html_text.h"
#include "http_head.h"
#include "hyphen_join.h"
#include "icu_status.h"
#include "markdown_text.h"
#include "mhtml_text.h"
#include "named_note.h"
#include "office_text.h"
#include "pdf_text.h"
#include "rtf_text.h"
#include "subtitle_text.h"
#include "utf8.h"

namespace precis {
namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";
constexpr std::string_view kReplacementCharacter = "\xEF\xBF\xBD";  // U+FFFD
constexpr std::string_view kSoftHyphen = "\u00AD";

// The length of the invisible format character that starts text[i], or 0: the zero-width
// space (U+200B), the word joiner (U+2060), the byte order mark as a zero-width no-break
// space (U+FEFF), the direction marks, embeddings and isolates (U+200E, U+200F, U+202A
// to U+202E, U+2066 to U+2069), and a soft hyphen (U+00AD) but at a line's end.
// Web pages scatter them in their text, and between a period and the next sentence one
// kept the two as one sentence. The joiners U+200C and U+200D are left, which shape
// emoji and some scripts' letters, and so is a soft hyphen before a line break, where
// the stages join the word it cuts (JoinCutWords).
std::size_t InvisibleAt(std::string_view text, std::size_t i) {
  if (i + 2 > text.size()) return 0;
  const auto b0 = static_cast<unsigned char>(text[i]);
  const auto b1 = static_cast<unsigned char>(text[i + 1]);
  if (b0 == 0xC2 && b1 == 0xAD) {
    const bool line_end = i + 2 < text.size() && (text[i + 2] == '\n' || text[i + 2] == '\r');
    return line_end ? 0 : 2;
  }
  if (i + 3 > text.size()) return 0;
  const auto b2 = static_cast<unsigned char>(text[i + 2]);
  if (b0 == 0xEF) return b1 == 0xBB && b2 == 0xBF ? 3 : 0;
  if (b0 != 0xE2) return 0;
  if (b1 == 0x80) {
    return b2 == 0x8B || b2 == 0x8E || b2 == 0x8F || (b2 >= 0xAA && b2 <= 0xAE) ? 3 : 0;
  }
  if (b1 == 0x81) return b2 == 0xA0 || (b2 >= 0xA6 && b2 <= 0xA9) ? 3 : 0;
  return 0;
}

// The offset of the next invisible format character (InvisibleAt) at or after `from`, or
// the text's size.
std::size_t NextInvisible(std::string_view text, std::size_t from) {
  for (std::size_t i = from; i < text.size(); ++i) {
    if (InvisibleAt(text, i) != 0) return i;
  }
  return text.size();
}

// NFC runs over chunks of about this many bytes, each cut where NFC cannot join
// the two sides, so that ICU's int32 indexes and its edit records stay small
// whatever the size of the document. Large enough that the per-call cost of ICU
// is noise.
constexpr std::size_t kChunkBytes = 64 * 1024;

struct Repair {
  std::size_t count = 0;       // U+FFFD inserted
  std::size_t first_byte = 0;  // offset of the first in the caller's input
};

// `input` with each maximal ill-formed subpart replaced by U+FFFD. Copies once
// when the input is valid, which is the common case. `input_offset` is where
// `input` starts in the caller's bytes, for the report.
std::string RepairUtf8(std::string_view input, std::size_t input_offset, Repair* repair) {
  const auto* s = reinterpret_cast<const unsigned char*>(input.data());
  const std::size_t size = input.size();
  std::string repaired;
  // input[copied, i) is valid and not yet in `repaired`.
  std::size_t copied = 0;
  std::size_t i = 0;
  while (i < size) {
    if (s[i] < 0x80) {
      ++i;
      continue;
    }
    std::size_t subpart = 0;
    const std::size_t length = WellFormedUtf8Length(s + i, size - i, &subpart);
    if (length != 0) {
      i += length;
      continue;
    }
    if (repair->count == 0) {
      repaired.reserve(size + kReplacementCharacter.size());
      repair->first_byte = input_offset + i;
    }
    ++repair->count;
    repaired.append(input.data() + copied, i - copied);
    repaired.append(kReplacementCharacter);
    i += subpart;
    copied = i;
  }
  if (repair->count == 0) return std::string(input);
  repaired.append(input.data() + copied, size - copied);
  return repaired;
}

// The code point that starts `s` (well-formed UTF-8) and its length.
UChar32 DecodeValid(const unsigned char* s, std::size_t* length) {
  if (s[0] < 0x80) {
    *length = 1;
    return s[0];
  }
  if (s[0] < 0xE0) {
    *length = 2;
    return ((s[0] & 0x1F) << 6) | (s[1] & 0x3F);
  }
  if (s[0] < 0xF0) {
    *length = 3;
    return ((s[0] & 0x0F) << 12) | ((s[1] & 0x3F) << 6) | (s[2] & 0x3F);
  }
  *length = 4;
  return ((s[0] & 0x07) << 18) | ((s[1] & 0x3F) << 12) | ((s[2] & 0x3F) << 6) | (s[3] & 0x3F);
}

// Where the chunk that starts at `begin` ends: at the next CR, or at the first
// point after `begin + kChunkBytes` where NFC cannot combine across.
std::size_t ChunkEnd(std::string_view text, std::size_t begin, const icu::Normalizer2& nfc) {
  const std::size_t size = text.size();
  const std::size_t limit = std::min(size, begin + kChunkBytes);
  if (const void* cr = std::memchr(text.data() + begin, '\r', limit - begin)) {
    return static_cast<std::size_t>(static_cast<const char*>(cr) - text.data());
  }
  if (limit == size) return size;
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  std::size_t i = limit;
  while (i < size && IsUtf8ContinuationByte(text[i])) ++i;  // to a code point start
  while (i < size) {
    std::size_t length = 0;
    const UChar32 c = DecodeValid(s + i, &length);
    if (c == '\r' || nfc.hasBoundaryBefore(c)) return i;
    i += length;
  }
  return size;
}

// Appends to `text` the NFC form of `original` with CRLF and lone CR turned
// into LF, the ASCII hyphens at the `soft` offsets (in order) written U+00AD and the
// invisible format characters (InvisibleAt) left out, and records in `map` where each
// piece came from. ICU's edit records give the pieces
// that changed; the map does not store the rest.
void Normalize(std::string_view original, const std::vector<std::size_t>& soft, std::string* text,
               OffsetMap* map) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  CheckIcu(status, "getNFCInstance");
  text->reserve(original.size());
  icu::StringByteSink<std::string> sink(text);
  icu::Edits edits;
  std::size_t begin = 0;
  auto next_soft = soft.begin();
  std::size_t next_invisible = NextInvisible(original, 0);
  while (begin < original.size()) {
    if (begin == next_invisible) {
      const std::size_t size = InvisibleAt(original, begin);
      map->Append(text->size(), 0, begin, size);
      begin += size;
      next_invisible = NextInvisible(original, begin);
      continue;
    }
    if (next_soft != soft.end() && *next_soft == begin) {
      map->Append(text->size(), kSoftHyphen.size(), begin, 1);
      text->append(kSoftHyphen);
      ++begin;
      ++next_soft;
      continue;
    }
    if (original[begin] == '\r') {
      const bool crlf = begin + 1 < original.size() && original[begin + 1] == '\n';
      map->Append(text->size(), 1, begin, crlf ? 2 : 1);
      text->push_back('\n');
      begin += crlf ? 2 : 1;
      continue;
    }
    const std::size_t limit =
        std::min(next_invisible, next_soft != soft.end() ? *next_soft : original.size());
    const std::size_t end = ChunkEnd(original.substr(0, limit), begin, *nfc);
    const std::size_t text_begin = text->size();
    nfc->normalizeUTF8(0,
                       icu::StringPiece(original.data() + begin, static_cast<int32_t>(end - begin)),
                       sink, &edits, status);
    CheckIcu(status, "normalizeUTF8");
    for (icu::Edits::Iterator it = edits.getFineIterator(); it.next(status);) {
      map->Append(text_begin + static_cast<std::size_t>(it.destinationIndex()),
                  static_cast<std::size_t>(it.newLength()),
                  begin + static_cast<std::size_t>(it.sourceIndex()),
                  static_cast<std::size_t>(it.oldLength()));
    }
    CheckIcu(status, "Edits::Iterator");
    begin = end;
  }
}

std::string InvalidUtf8Warning(const std::string& name, const Repair& repair) {
  if (repair.count == 1) {
    return NamedNote(
        name, "invalid UTF-8 at byte " + std::to_string(repair.first_byte) + " replaced by U+FFFD");
  }
  return NamedNote(name, "invalid UTF-8 replaced by U+FFFD (" + std::to_string(repair.count) +
                             " places, first at byte " + std::to_string(repair.first_byte) + ")");
}

// The notes for the documents read as `markup`, named `one` for a document and `many`
// for several.
void NoteOneMarkup(const std::vector<LoadedDocument>& documents, LoadedDocument::Markup markup,
                   const std::string& one, const std::string& many,
                   std::vector<std::string>* warnings) {
  std::vector<const std::string*> names;
  for (const LoadedDocument& d : documents) {
    if (d.markup == markup) names.push_back(&d.name);
  }
  if (names.size() > kMaxMarkupNotes) {
    warnings->push_back(std::to_string(names.size()) + " documents read as " + many +
                        " (first: " + *names.front() + "); --plain-text reads them as text");
    return;
  }
  for (const std::string* name : names) {
    warnings->push_back(NamedNote(*name, "read as " + one + " (--plain-text reads it as text)"));
  }
}

// The document's text from its original: C1 controls read as windows-1252 in the
// original itself, since output quotes the original; then NFC and LF line ends.
void NormalizeOriginal(LoadedDocument* loaded) {
  if (const C1Repair repair = ReadC1AsWindows1252(&loaded->original); repair.count != 0) {
    loaded->warnings.push_back(C1Warning(loaded->name, repair));
  }
  Normalize(loaded->original, {}, &loaded->text, &loaded->to_original);
}

// A word that a hyphen cuts at a line end ("gouverne-" / "ment") is read whole, as a
// reader reads it. The stages read the cut's hyphen as the soft hyphen it stands for
// (U+00AD, which the tokenizer joins across a line break; a soft hyphen takes the same
// one column, so that the lines keep the widths that clean's wrap test measures), and
// output leaves the hyphen and the line break out (`cuts`), the original itself staying
// as given. The cuts are found in the normalized text, whose words (NFC, LF) are the ones
// to compare; normalization then runs again, only for a document that ends a line on a
// cut word.
void JoinCutWords(LoadedDocument* loaded) {
  const std::vector<ByteRange> cuts = DroppedHyphens(loaded->text);
  if (cuts.empty()) return;
  std::vector<std::size_t> soft;
  for (const ByteRange& cut : cuts) {
    const ByteRange original = {loaded->to_original.ToOriginal(cut.begin),
                                loaded->to_original.ToOriginal(cut.end)};
    loaded->cuts.push_back(original);
    if (loaded->original[original.begin] == '-') soft.push_back(original.begin);
  }
  if (soft.empty()) return;
  loaded->text.clear();
  loaded->to_original = OffsetMap();
  Normalize(loaded->original, soft, &loaded->text, &loaded->to_original);
}

// A document whose text was extracted from a file format (office_text.h, doc_text.h,
// pdf_text.h, rtf_text.h): `text` normalized, or `error` as a warning and no text.
LoadedDocument LoadExtracted(LoadedDocument loaded, std::string text, const std::string& error) {
  if (!error.empty()) {
    loaded.warnings.push_back(NamedNote(loaded.name, error + ", skipped"));
    loaded.skipped = true;
    return loaded;
  }
  loaded.original = std::move(text);
  NormalizeOriginal(&loaded);
  return loaded;
}

// `text` without its NUL characters, said in a warning. A str or a JSON string may hold
// them, and a file's bytes read in the encoding the caller forced (where detection would
// have refused them as binary): a stray one, common in scraped text, must not cost the
// article, and none may reach a summary, where it ends a C string. Called only for a text
// that holds one: the others are read as they are, without a copy.
void DropNuls(const std::string& name, std::string* text, std::vector<std::string>* warnings) {
  const auto nul = std::remove(text->begin(), text->end(), '\0');
  const auto dropped = static_cast<std::size_t>(text->end() - nul);
  text->erase(nul, text->end());
  warnings->push_back(NamedNote(name, Counted(dropped, "NUL character") + " dropped"));
}

// "a.txt: 2 character references (&#39;) read as the characters they stand for
// (--plain-text keeps them)", naming the references the text held, so that a search of
// the file finds them.
std::string ReferencesWarning(const std::string& name, const ReferencesRead& read) {
  std::string examples;
  for (const std::string& example : read.examples) {
    examples += (examples.empty() ? "" : ", ") + example;
  }
  if (read.more_kinds) examples += "...";
  const bool one = read.count == 1;
  return NamedNote(name,
                   Counted(read.count, "character reference") + " (" + examples + ") read as " +
                       (one ? "the character it stands for" : "the characters they stand for") +
                       " (--plain-text keeps " + (one ? "it" : "them") + ")");
}

// A document that is text in some encoding: plain, subtitles, an HTML page or Markdown.
LoadedDocument LoadText(const Document& document, const LoadOptions& options) {
  LoadedDocument loaded;
  loaded.name = document.name;
  Decoded decoded = Decode(document.name, document.text, options.encoding, options.markup);
  if (!decoded.note.empty()) loaded.warnings.push_back(std::move(decoded.note));
  if (decoded.kind == Decoded::kUnreadable) {
    loaded.skipped = true;
    return loaded;
  }
  std::string_view input =
      decoded.kind == Decoded::kConverted ? decoded.text : std::string_view(document.text);
  std::size_t input_offset = 0;
  if (input.substr(0, kBom.size()) == kBom) {
    input.remove_prefix(kBom.size());
    input_offset = kBom.size();
  }
  Repair repair;
  loaded.original = RepairUtf8(input, input_offset, &repair);
  if (repair.count != 0) {
    loaded.warnings.push_back(InvalidUtf8Warning(loaded.name, repair));
  }
  if (loaded.original.find('\0') != std::string::npos) {
    DropNuls(loaded.name, &loaded.original, &loaded.warnings);
  }
  // Data is no article, and read as text its keys and fields become sentences.
  // --plain-text asks for the text as written.
  if (options.markup) {
    if (const std::string data = DataKind(loaded.original); !data.empty()) {
      loaded.warnings.push_back(NamedNote(loaded.name, data + ", not an article; skipped"));
      loaded.original.clear();
      loaded.skipped = true;
      return loaded;
    }
  }
  if (options.markup && LooksLikeSubtitles(loaded.original)) {
    loaded.original = SubtitleText(loaded.original);
    loaded.markup = LoadedDocument::Markup::kSubtitles;
  } else if (options.markup && LooksLikeHtml(loaded.original)) {
    loaded.original = HtmlText(loaded.original);
    loaded.markup = LoadedDocument::Markup::kHtml;
  } else if (options.markup && LooksLikeMarkdown(loaded.original)) {
    loaded.original = MarkdownText(loaded.original);
    loaded.markup = LoadedDocument::Markup::kMarkdown;
  } else if (options.markup) {
    // Text escaped for a page on its way ("Standard &AMP; Poor's"), as a reader would see
    // it; --plain-text asks for the text as written.
    if (const ReferencesRead read = ReadCharacterReferences(&loaded.original); read.count != 0) {
      loaded.warnings.push_back(ReferencesWarning(loaded.name, read));
    }
  }
  NormalizeOriginal(&loaded);
  // An HTML page's lines are its markup's, which a browser lays out anew: a hyphen at the
  // end of one of its source lines is no cut a reader sees.
  if (loaded.markup != LoadedDocument::Markup::kHtml) JoinCutWords(&loaded);
  return loaded;
}

// A feed (feed_text.h) given as one document, as the library's callers and batch lines
// give it: its items' text, each opening on its title; ReadInputs gives each item alone.
LoadedDocument LoadFeed(LoadedDocument loaded, const Feed& feed) {
  if (!feed.error.empty()) return LoadExtracted(std::move(loaded), "", feed.error);
  std::string text;
  for (const FeedItem& item : feed.items) {
    if (!text.empty()) text += "\n\n";
    std::string item_text = HtmlText(FeedItemPage(item));
    while (!item_text.empty() && IsAsciiBlankOrBreak(item_text.back())) item_text.pop_back();
    text += item_text;
  }
  loaded.markup = LoadedDocument::Markup::kHtml;
  return LoadExtracted(std::move(loaded), std::move(text), "");
}

LoadedDocument LoadBytes(const Document& document, const LoadOptions& options) {
  // A page saved with its HTTP response (curl -i) is its body, in the charset the
  // response gave unless the caller chose one.
  if (const std::optional<HttpBody> body = HttpBodyOf(document.text)) {
    LoadOptions response = options;
    if (response.encoding.empty() && !body->charset.empty() && TryOpenConverter(body->charset)) {
      response.encoding = body->charset;
    }
    return LoadBytes({document.name, document.text.substr(body->offset), false}, response);
  }
  LoadedDocument loaded;
  loaded.name = document.name;
  // A word processor's file is an archive or Word's binary format, not text in some
  // encoding: read its body before any decoding is tried.
  if (OfficeText read = ReadOfficeText(document.text); read.format != OfficeFormat::kNone) {
    if (!read.note.empty()) loaded.warnings.push_back(NamedNote(loaded.name, read.note));
    return LoadExtracted(std::move(loaded), std::move(read.text), read.error);
  }
  if (DocText read = ReadDocText(document.text); read.word) {
    return LoadExtracted(std::move(loaded), std::move(read.text), read.error);
  }
  if (LooksLikePdf(document.text)) {
    PdfText read = ReadPdfText(document.text);
    if (!read.note.empty()) loaded.warnings.push_back(NamedNote(loaded.name, read.note));
    return LoadExtracted(std::move(loaded), std::move(read.text), read.error);
  }
  // RTF is text, but its control words ("pr\'e9sident") are not the text a reader sees.
  if (LooksLikeRtf(document.text)) {
    return LoadExtracted(std::move(loaded), ReadRtfText(document.text), "");
  }
  if (std::optional<Feed> feed = options.markup ? ReadFeed(document.text) : std::nullopt) {
    return LoadFeed(std::move(loaded), *feed);
  }
  // A saved web archive is its page, encoded as mail encodes it: read as text, its words
  // are cut every 76th column and its accents are codes. --plain-text reads it as it is.
  if (std::optional<MhtmlPage> page =
          options.markup ? ReadMhtmlPage(document.text) : std::nullopt) {
    if (!page->error.empty()) return LoadExtracted(std::move(loaded), "", page->error);
    // The part's own charset, as a mail reader takes it, unless the caller chose one.
    LoadOptions part = options;
    if (part.encoding.empty() && !page->charset.empty() && TryOpenConverter(page->charset)) {
      part.encoding = page->charset;
    }
    return LoadText({document.name, std::move(page->html), false}, part);
  }
  return LoadText(document, options);
}

}  // namespace

LoadedDocument Load(const Document& document, const LoadOptions& options) {
  if (document.unicode) {
    // Unicode already: no encoding, no binary format to find in its bytes.
    std::vector<std::string> nul_note;
    Document without_nuls;
    const Document* text = &document;
    if (document.text.find('\0') != std::string::npos) {
      without_nuls = {document.name, document.text, false};
      DropNuls(document.name, &without_nuls.text, &nul_note);
      text = &without_nuls;
    }
    LoadedDocument read;
    read.name = document.name;
    if (std::optional<Feed> feed = options.markup ? ReadFeed(text->text) : std::nullopt) {
      read = LoadFeed(std::move(read), *feed);
    } else if (LooksLikeRtf(text->text)) {
      read.name = document.name;
      read = LoadExtracted(std::move(read), ReadRtfText(text->text, true), "");
    } else {
      LoadOptions utf8 = options;
      utf8.encoding = "UTF-8";
      read = LoadText(*text, utf8);
    }
    read.warnings.insert(read.warnings.begin(), nul_note.begin(), nul_note.end());
    return read;
  }
  return LoadBytes(document, options);
}

void NoteMarkup(const std::vector<LoadedDocument>& documents, std::vector<std::string>* warnings) {
  NoteOneMarkup(documents, LoadedDocument::Markup::kHtml, "an HTML page", "HTML pages", warnings);
  NoteOneMarkup(documents, LoadedDocument::Markup::kMarkdown, "Markdown", "Markdown", warnings);
  NoteOneMarkup(documents, LoadedDocument::Markup::kSubtitles, "subtitles", "subtitles", warnings);
}

std::string QuoteOriginal(const LoadedDocument& loaded, std::string_view original,
                          std::size_t begin, std::size_t end) {
  const std::size_t original_begin = loaded.to_original.ToOriginal(begin);
  const std::size_t original_end = loaded.to_original.ToOriginal(end);
  std::string quoted;
  std::size_t from = original_begin;
  auto cut = std::lower_bound(
      loaded.cuts.begin(), loaded.cuts.end(), original_begin,
      [](const ByteRange& range, std::size_t offset) { return range.begin < offset; });
  for (; cut != loaded.cuts.end() && cut->end <= original_end; ++cut) {
    quoted.append(original.substr(from, cut->begin - from));
    from = cut->end;
  }
  quoted.append(original.substr(from, original_end - from));
  return quoted;
}

std::vector<std::string_view> TextsOf(const std::vector<LoadedDocument>& documents) {
  std::vector<std::string_view> texts;
  texts.reserve(documents.size());
  for (const LoadedDocument& d : documents) texts.emplace_back(d.text);
  return texts;
}

}  // namespace precis
