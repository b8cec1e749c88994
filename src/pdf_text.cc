#include "pdf_text.h"

#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-page.h>
#include <poppler/cpp/poppler-rectangle.h>

#include <climits>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_set>
#include <utility>
#include <vector>

#include "affix.h"
#include "fork_safe_mutex.h"
#include "named_note.h"
#include "pdf_layout.h"
#include "utf8.h"

namespace precis {
namespace {

// Poppler reports syntax errors of damaged files on stderr unless told otherwise; a
// library must not print.
void Silent(const std::string&, void*) {}

PdfPage PageOf(const poppler::page& page) {
  PdfPage read;
  read.height = page.page_rect().height();
  for (const poppler::text_box& box : page.text_list(poppler::page::text_list_include_font)) {
    // Text set sideways (a margin note, a vertical credit) is not the running text.
    if (box.rotation() != 0) continue;
    const poppler::byte_array utf8 = box.text().to_utf8();
    const poppler::rectf place = box.bbox();
    PdfWord word;
    word.text.assign(utf8.begin(), utf8.end());
    word.x = place.x();
    word.y = place.y();
    word.width = place.width();
    word.height = place.height();
    word.font_size = box.has_font_info() ? box.get_font_size() : place.height();
    word.space_after = box.has_space_after();
    read.words.push_back(std::move(word));
  }
  return read;
}

// A page's words and their places, as one string: two pages alike in it are one page
// shown twice.
std::string PageKey(const PdfPage& page) {
  std::string key = std::to_string(page.height);
  for (const PdfWord& word : page.words) {
    key += '\0' + word.text + '\0' + std::to_string(word.x) + ',' + std::to_string(word.y) + ',' +
           std::to_string(word.font_size);
  }
  return key;
}

// Whether `text` is a font's glyph numbers rather than letters: a font embedded without a
// map to Unicode (no ToUnicode, an Identity encoding) gives poppler its glyph ids as
// character codes, small numbers that read as control characters among ASCII noise
// ("\x03B?\n\x1D\x03\x03:"). No text has one control character in ten of its signs.
bool IsGlyphCodes(std::string_view text) {
  std::size_t signs = 0;
  std::size_t controls = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if (IsUtf8ContinuationByte(text[i]) || byte == ' ' || byte == '\n' || byte == '\t' ||
        byte == '\r') {
      continue;
    }
    ++signs;
    // C0 controls, and C1's (U+0080 to U+009F, "\xC2\x80" to "\xC2\x9F" in UTF-8).
    const bool c1 =
        byte == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) < 0xA0;
    if (byte < 0x20 || byte == 0x7F || c1) ++controls;
  }
  return controls >= 8 && controls * 10 >= signs;
}

}  // namespace

bool LooksLikePdf(std::string_view bytes) { return StartsWith(bytes, "%PDF-"); }

PdfText ReadPdfText(std::string_view bytes) {
  static ForkSafeMutex& mutex = *new ForkSafeMutex;  // never destroyed, as it asks
  const std::lock_guard<ForkSafeMutex> lock(mutex);
  static const bool silenced = (poppler::set_debug_error_function(Silent, nullptr), true);
  (void)silenced;
  PdfText read;
  if (bytes.size() > static_cast<std::size_t>(INT_MAX)) {
    read.error = "PDF over 2 GiB";
    return read;
  }
  const std::unique_ptr<poppler::document> document(
      poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
  if (document == nullptr) {
    read.error = "damaged PDF";
    return read;
  }
  if (document->is_locked()) {
    read.error = "password-protected PDF";
    return read;
  }
  // A page whose words are an earlier page's, word for word and place for place, is read
  // once: a page tree that lists one page twice (its /Kids) or a copied page object
  // would otherwise make every line of it repeat on every page, and PdfParagraphs would
  // leave them all out as running heads, calling a PDF with text one without.
  std::vector<PdfPage> pages;
  std::unordered_set<std::string> seen;
  std::size_t repeated = 0;
  std::size_t opened = 0;
  for (int i = 0; i < document->pages(); ++i) {
    const std::unique_ptr<poppler::page> page(document->create_page(i));
    if (page == nullptr) continue;
    ++opened;
    PdfPage read_page = PageOf(*page);
    if (!read_page.words.empty() && !seen.insert(PageKey(read_page)).second) {
      ++repeated;
      continue;
    }
    pages.push_back(std::move(read_page));
  }
  if (repeated > 0) {
    read.note = Counted(repeated, "page") + " repeating an earlier one word for word, read once";
  }
  // Poppler gives no page for a page tree that is empty or loops back on itself: that
  // is no scan, and calling it one would send the user looking for an OCR tool.
  if (opened == 0) {
    read.error = "PDF without pages (its page tree is empty or damaged)";
    return read;
  }
  read.text = PdfParagraphs(pages);
  if (read.text.empty()) {
    read.error = "PDF without a text layer (a scan? precis does no OCR)";
  } else if (IsGlyphCodes(read.text)) {
    read.text.clear();
    read.error = "PDF whose text is glyph codes, not letters (its fonts have no ToUnicode map)";
  }
  return read;
}

}  // namespace precis
