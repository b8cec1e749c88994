#include "pdf_layout.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
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
// Columns: a strip of the page that no line crosses, wider than this share of the
// lines' usual height (wider than a word space, narrower than the narrowest gutter
// newspapers leave), with this many lines or more on either side, running down at least
// this share of the height of the page's text. A table within a page, or a first-line
// indent, leaves no such strip down most of the page.
constexpr double kGutterWidth = 0.5;
constexpr std::size_t kColumnLines = 2;
constexpr double kGutterRun = 0.5;
// Past this many lines on a page the search for a gutter, quadratic in them, is not made
// and poppler's order kept: a newspaper's page holds a few hundred, and a page built to
// hold a million would take hours.
constexpr std::size_t kMaxColumnSearchLines = 2000;

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

double Centre(const Line& line) { return (line.top + line.bottom) / 2; }

// Where a page's text splits in two columns: lines right of `x` make the right one, lines
// between `top` and `bottom` that stop short of it the left one; lines above and below
// span both (a title, a standfirst, an article set in one column after).
struct Gutter {
  double x = 0;
  double top = 0;
  double bottom = 0;
  std::size_t lines = 0;  // in the columns
};

// The gutter of the lines `part` of `lines` that has the most lines in its columns, if
// any. The lines in the page's top and bottom margins (kMarginShare: running heads and
// feet, which often span the page) count for neither the columns nor the text's height.
// Quadratic in the number of lines, times a logarithm.
std::optional<Gutter> GutterOf(const std::vector<Line>& lines, const std::vector<std::size_t>& part,
                               double page_height) {
  auto in_margin = [&](const Line& line) {
    return line.top < kMarginShare * page_height || line.bottom > (1 - kMarginShare) * page_height;
  };
  double text_top = 0, text_bottom = 0;
  std::vector<double> heights;
  for (std::size_t i : part) {
    const Line& line = lines[i];
    if (in_margin(line)) continue;
    text_top = heights.empty() ? line.top : std::min(text_top, line.top);
    text_bottom = heights.empty() ? line.bottom : std::max(text_bottom, line.bottom);
    heights.push_back(line.bottom - line.top);
  }
  if (heights.size() < 2 * kColumnLines || part.size() > kMaxColumnSearchLines) {
    return std::nullopt;
  }
  std::nth_element(heights.begin(), heights.begin() + heights.size() / 2, heights.end());
  const double width = kGutterWidth * heights[heights.size() / 2];
  std::vector<double> lefts;
  for (std::size_t i : part) lefts.push_back(lines[i].left);
  std::sort(lefts.begin(), lefts.end());
  lefts.erase(std::unique(lefts.begin(), lefts.end()), lefts.end());
  struct Band {
    double top = 0;
    double bottom = 0;
    std::size_t left = 0;
    std::size_t right = 0;
    double run_top = HUGE_VAL;
    double run_bottom = -HUGE_VAL;
  };
  std::optional<Gutter> best;
  for (const double x : lefts) {
    // The right column starts at `x`; the lines that start left of it and reach into the
    // gutter cut the page across, and the columns lie between two of them.
    std::vector<std::pair<double, double>> across;
    for (std::size_t i : part) {
      if (lines[i].left < x && lines[i].right > x - width) {
        across.emplace_back(lines[i].top, lines[i].bottom);
      }
    }
    std::sort(across.begin(), across.end());
    std::vector<Band> bands;
    double band_top = -HUGE_VAL;
    for (const auto& [top, bottom] : across) {
      if (top > band_top) bands.push_back({band_top, top});
      band_top = std::max(band_top, bottom);
    }
    bands.push_back({band_top, HUGE_VAL});
    for (std::size_t i : part) {
      const Line& line = lines[i];
      if (in_margin(line)) continue;
      const double centre = Centre(line);
      auto band = std::upper_bound(bands.begin(), bands.end(), centre,
                                   [](double c, const Band& b) { return c < b.top; });
      if (band == bands.begin() || centre >= (--band)->bottom || centre <= band->top) continue;
      ++(line.left < x ? band->left : band->right);
      band->run_top = std::min(band->run_top, line.top);
      band->run_bottom = std::max(band->run_bottom, line.bottom);
    }
    for (const Band& band : bands) {
      if (band.left < kColumnLines || band.right < kColumnLines ||
          band.run_bottom - band.run_top < kGutterRun * (text_bottom - text_top)) {
        continue;
      }
      const std::size_t count = band.left + band.right;
      if (!best || count > best->lines) best = Gutter{x, band.top, band.bottom, count};
    }
  }
  return best;
}

// Appends the lines `part` of `lines`, in the order poppler gives, to `order` in reading
// order: where a gutter splits them in columns, what is above the columns, the left
// column, the right one, then what is below, each read the same way (three columns are
// two, one of them split again). Poppler reads a page in blocks, and where the blocks of
// two columns stand level (balanced columns, paragraphs of one height side by side) it
// takes them across the page like a table's rows; within a column, its order holds.
void AppendInColumns(const std::vector<Line>& lines, const std::vector<std::size_t>& part,
                     double page_height, std::vector<std::size_t>* order) {
  const std::optional<Gutter> gutter = GutterOf(lines, part, page_height);
  if (!gutter) {
    order->insert(order->end(), part.begin(), part.end());
    return;
  }
  std::vector<std::size_t> above, left, right, below;
  for (std::size_t i : part) {
    const double centre = Centre(lines[i]);
    if (centre <= gutter->top) {
      above.push_back(i);
    } else if (centre >= gutter->bottom) {
      below.push_back(i);
    } else {
      (lines[i].left < gutter->x ? left : right).push_back(i);
    }
  }
  for (const std::vector<std::size_t>* piece : {&above, &left, &right, &below}) {
    AppendInColumns(lines, *piece, page_height, order);
  }
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
  std::vector<std::size_t> all(lines.size());
  for (std::size_t i = 0; i < lines.size(); ++i) all[i] = i;
  std::vector<std::size_t> order;
  AppendInColumns(lines, all, page.height, &order);
  std::vector<Line> ordered;
  ordered.reserve(lines.size());
  for (std::size_t i : order) ordered.push_back(std::move(lines[i]));
  lines = std::move(ordered);
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
