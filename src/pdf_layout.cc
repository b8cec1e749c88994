#include "pdf_layout.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "affix.h"
#include "ascii.h"
#include "hyphen_join.h"

namespace precis {
namespace {

// Print smaller than this share of the body's size is not the article: footnotes,
// captions, credits. Body text varies by a point or so between a lead and the rest;
// small print is 20% smaller or more.
constexpr double kSmallPrint = 0.85;
// Two words share a line when their vertical centres are closer than this share of the
// smaller height (a superscript sits higher, a subscript lower, by less).
constexpr double kSameLine = 0.5;
// A horizontal gap wider than this share of the height separates two words whatever the
// text layer says (a space is a quarter to a third of the type size).
constexpr double kWordGap = 0.15;
// Lines belong to one paragraph when the gap between them exceeds the document's usual
// gap between lines by less than this share of the line's height. Paragraph spacing is
// half a line or more; the usual gap is what the leading leaves, measured rather than
// assumed, since it runs from nothing to a whole line (double spacing).
constexpr double kParagraphGap = 0.3;
// A line whose size differs from the previous one's by more than this share starts a new
// paragraph (a heading, a standfirst).
constexpr double kSizeChange = 0.1;
// A line that starts this many heights right of the previous one is a first-line indent.
constexpr double kIndent = 1.0;
// Where running heads and folios are looked for: a page's first and last lines, and the
// lines in its top and bottom 8% (A4's 2 cm and more of margin above and below the text
// hold them).
constexpr std::size_t kMarginLines = 2;
constexpr double kMarginShare = 0.08;

struct Line {
  std::string text;
  double left = 0;
  double right = 0;
  double top = 0;
  double bottom = 0;
  double size = 0;  // font size, weighted by characters
  std::size_t page = 0;
  bool margin = false;  // where a running head or folio could be
};

bool EndsSentence(std::string_view text) {
  return EndsWithAny(text, {".", "!", "?", "\u2026", "\u00BB", "\"", "\u201D", ":"});
}

bool StartsLower(std::string_view text) {
  if (text.empty()) return false;
  int32_t i = 0;
  UChar32 c = 0;
  U8_NEXT(text.data(), i, static_cast<int32_t>(std::min<std::size_t>(text.size(), 8)), c);
  return c >= 0 && u_islower(c);
}

// The usual gap between two lines of a paragraph, as a share of the line's height: the
// median over pairs of lines one under the other, in the same type size, on one page,
// the first of which stops short of a sentence's end, so that it surely wraps. 0 when
// there are none.
double UsualGap(const std::vector<Line>& lines) {
  std::vector<double> gaps;
  for (std::size_t i = 1; i < lines.size(); ++i) {
    const Line& before = lines[i - 1];
    const Line& line = lines[i];
    const double height = before.bottom - before.top;
    if (line.page != before.page || line.top < before.top || height <= 0) continue;
    if (std::abs(line.size - before.size) > kSizeChange * before.size) continue;
    if (EndsSentence(before.text)) continue;
    gaps.push_back(std::max(0.0, line.top - before.bottom) / height);
  }
  if (gaps.empty()) return 0;
  std::nth_element(gaps.begin(), gaps.begin() + (gaps.size() - 1) / 2, gaps.end());
  return gaps[(gaps.size() - 1) / 2];
}

bool IsDigits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return IsAsciiDigit(c); });
}

// The font size most of the characters are printed in (rounded to half a point): the
// body text's. Ties go to the smaller size.
double BodySize(const std::vector<PdfPage>& pages) {
  std::map<long, std::size_t> chars;
  for (const PdfPage& page : pages) {
    for (const PdfWord& word : page.words)
      chars[std::lround(word.font_size * 2)] += word.text.size();
  }
  long best = 0;
  std::size_t most = 0;
  for (const auto& [size, count] : chars) {
    if (count > most) {
      best = size;
      most = count;
    }
  }
  return static_cast<double>(best) / 2;
}

// The page's words as lines, in reading order. A note marker (digits in small print glued
// to the word before, "Pyongyang¹") is dropped; other small glued text ("Mme" printed
// M + superscript "me", "1er") is kept.
std::vector<Line> LinesOf(const PdfPage& page, std::size_t page_index, double body_size) {
  std::vector<Line> lines;
  double chars = 0;
  double weighted_size = 0;
  const PdfWord* previous = nullptr;
  auto finish = [&] {
    if (!lines.empty() && chars > 0) lines.back().size = weighted_size / chars;
    chars = 0;
    weighted_size = 0;
  };
  for (const PdfWord& word : page.words) {
    if (word.text.empty()) continue;
    const double centre = word.y + word.height / 2;
    bool new_line = previous == nullptr;
    if (!new_line) {
      const double previous_centre = previous->y + previous->height / 2;
      new_line = std::abs(centre - previous_centre) >
                     kSameLine * std::min(word.height, previous->height) ||
                 word.x + 0.5 < previous->x;
    }
    // Poppler's word boundaries miss some spaces ("READ  La" once gave "READ" + "La" with
    // no space after): a visible gap is a space too.
    const bool glued = !new_line && !previous->space_after &&
                       word.x - (previous->x + previous->width) < kWordGap * word.height;
    if (glued && word.font_size < kSmallPrint * body_size && IsDigits(word.text)) {
      previous = &word;  // whether a space follows is the marker's to say
      continue;
    }
    if (new_line) {
      finish();
      lines.push_back({});
      Line& line = lines.back();
      line.left = word.x;
      line.top = word.y;
      line.bottom = word.y + word.height;
      line.page = page_index;
    } else if (!glued) {
      lines.back().text += ' ';
    }
    Line& line = lines.back();
    line.text += word.text;
    line.right = std::max(line.right, word.x + word.width);
    line.top = std::min(line.top, word.y);
    line.bottom = std::max(line.bottom, word.y + word.height);
    chars += static_cast<double>(word.text.size());
    weighted_size += word.font_size * static_cast<double>(word.text.size());
    previous = &word;
  }
  finish();
  // By order, and by place: in a page of two columns, the folio may come out between them.
  for (std::size_t i = 0; i < lines.size(); ++i) {
    lines[i].margin = i < kMarginLines || i + kMarginLines >= lines.size() ||
                      lines[i].top < kMarginShare * page.height ||
                      lines[i].bottom > (1 - kMarginShare) * page.height;
  }
  return lines;
}

// A line as a running head or folio is compared across pages: its place on the page
// (to 4 points) and its text, but for its digits (page numbers, dates of issue).
std::string MarginKey(const Line& line) {
  std::string key = std::to_string(std::lround(line.top / 4)) + ':';
  for (char c : line.text) key += IsAsciiDigit(c) ? '#' : c;
  return key;
}

// A page number as printed: digits among page words and dashes ("12", "- 12 -", "Page 3
// sur 12", "p. 4/7").
bool IsFolio(std::string_view text) {
  std::string rest = AsciiLowered(text);
  for (std::string_view word : {"page", "sur", "of", "p."}) {
    for (std::size_t at = rest.find(word); at != std::string::npos; at = rest.find(word)) {
      rest.erase(at, word.size());
    }
  }
  return std::all_of(rest.begin(), rest.end(), [](char c) {
    return IsAsciiDigit(c) || c == ' ' || c == '-' || c == '/' || c == '|';
  });
}

// Which lines are running heads and feet: a line among a page's margin lines whose text,
// digits aside, stands at the same place in the margins of at least half of the pages,
// and of two or more; or a folio in the margins.
std::vector<bool> RunningLines(const std::vector<Line>& lines, std::size_t page_count) {
  std::unordered_map<std::string, std::unordered_set<std::size_t>> pages_of;
  for (const Line& line : lines) {
    if (line.margin) pages_of[MarginKey(line)].insert(line.page);
  }
  std::vector<bool> running(lines.size(), false);
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (!lines[i].margin) continue;
    const std::size_t pages = pages_of[MarginKey(lines[i])].size();
    running[i] = IsFolio(lines[i].text) || (pages >= 2 && 2 * pages >= page_count);
  }
  return running;
}

// Appends line `next` to paragraph `text`, joining a word that a hyphen cuts at the line
// end as `hyphens` says (hyphen_join.h).
void Join(std::string* text, std::string_view next, const LineEndHyphens& hyphens) {
  switch (hyphens.JoinAt(*text, next)) {
    case HyphenJoin::kDrop:
      text->resize(text->size() - LineEndHyphenBytes(*text));
      *text += next;
      return;
    case HyphenJoin::kKeep:
      *text += next;
      return;
    case HyphenJoin::kNone:
      break;
  }
  *text += ' ';
  *text += next;
}

// Whether `line` goes on the paragraph that `before` ends so far, whose widest line
// reaches `paragraph_right`; `usual_gap` is UsualGap's.
bool GoesOn(const Line& before, const Line& line, double paragraph_right, double usual_gap) {
  const bool ends = EndsSentence(before.text);
  if (line.page != before.page || line.top < before.top) {
    // A page or column break: only a sentence cut in the middle goes on.
    return !ends && StartsLower(line.text);
  }
  const double height = before.bottom - before.top;
  const bool close = line.top - before.bottom <= (usual_gap + kParagraphGap) * height;
  const bool same_size = std::abs(line.size - before.size) <= kSizeChange * before.size;
  // Short against the paragraph's widest line, or against the next line when the
  // paragraph has only the one (a subtitle over the text).
  const bool short_line = before.right < std::max(paragraph_right, line.right) - 2 * height;
  const bool indented = line.left > before.left + kIndent * height;
  return close && same_size && !(ends && (short_line || indented));
}

}  // namespace

std::string PdfParagraphs(const std::vector<PdfPage>& pages) {
  const double body_size = BodySize(pages);
  std::vector<Line> lines;
  for (std::size_t p = 0; p < pages.size(); ++p) {
    std::vector<Line> page_lines = LinesOf(pages[p], p, body_size);
    lines.insert(lines.end(), std::make_move_iterator(page_lines.begin()),
                 std::make_move_iterator(page_lines.end()));
  }
  const std::vector<bool> running = RunningLines(lines, pages.size());
  std::vector<Line> kept;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (running[i] || lines[i].size < kSmallPrint * body_size) continue;
    kept.push_back(std::move(lines[i]));
  }
  std::vector<std::string_view> texts;
  texts.reserve(kept.size());
  for (const Line& line : kept) texts.emplace_back(line.text);
  const LineEndHyphens hyphens(texts);
  const double usual_gap = UsualGap(kept);

  std::string out;
  std::string paragraph;
  double paragraph_right = 0;
  auto flush = [&] {
    if (!paragraph.empty()) {
      if (!out.empty()) out += "\n\n";
      out += paragraph;
    }
    paragraph.clear();
    paragraph_right = 0;
  };
  for (std::size_t i = 0; i < kept.size(); ++i) {
    const Line& line = kept[i];
    if (i > 0 && !paragraph.empty() && GoesOn(kept[i - 1], line, paragraph_right, usual_gap)) {
      Join(&paragraph, line.text, hyphens);
    } else {
      flush();
      paragraph = line.text;
    }
    paragraph_right = std::max(paragraph_right, line.right);
  }
  flush();
  if (!out.empty()) out += '\n';
  return out;
}

}  // namespace precis
