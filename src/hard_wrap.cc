#include "hard_wrap.h"

#include <algorithm>

namespace precis {
namespace {

// The widths wrapping tools use: 72 for mail, 70 for Project Gutenberg, 76 to 80 for
// terminals and wire copy. Below, a block of short lines is more likely a list.
constexpr std::size_t kNarrowestWrap = 55;
constexpr std::size_t kWidestWrap = 100;
// Fewer lines followed by another than this cannot tell a wrap from chance.
constexpr std::size_t kMinFollowedLines = 4;
// The share of the followed lines that stay within a typical width (rounded down: one
// line in five may pass it), and how far past it, in percent, a line still sets the
// width rather than stands out of it.
constexpr double kWithinWidthShare = 0.9;
constexpr std::size_t kOutlierPercent = 110;
// The share of those lines the width must have broken. A wrapped paragraph's last line
// does not count (a blank line follows it); a title directly above its text does, and
// breaks short.
constexpr double kMinBrokenShare = 0.6;
// The share of broken lines whose next line opens in lower case. Prose breaks mostly
// mid-sentence (about three words in four open in lower case); lists and verse,
// capitalized line by line, almost never.
constexpr double kMinLowerShare = 0.2;
// A line this full (in percent of the width) counts as broken by it whatever comes next.
constexpr std::size_t kFullPercent = 85;

}  // namespace

bool BrokenAtWidth(const LineWidth& line, const LineWidth& next, std::size_t width,
                   bool within_paragraph) {
  // A line wider than the width was not made by the wrapper (a URL, a line typed past
  // the margin): nothing tells whether it goes on.
  if (!next.adjacent || line.width > width) return false;
  if (line.width + 1 + next.first_word > width) return true;
  // A full line before a capital may be a heading over its paragraph: only the word that
  // did not fit tells a break there, unless the line cannot be a heading (it goes on a
  // paragraph already, or ends on a comma).
  const bool goes_on = next.first_lower || line.ends_comma || within_paragraph;
  return goes_on && line.width * 100 >= width * kFullPercent;
}

std::size_t WrapWidth(const std::vector<LineWidth>& lines) {
  std::vector<std::size_t> followed;
  for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
    if (lines[i + 1].adjacent) followed.push_back(lines[i].width);
  }
  if (followed.size() < kMinFollowedLines) return 0;
  std::sort(followed.begin(), followed.end());
  const auto within =
      static_cast<std::size_t>(kWithinWidthShare * static_cast<double>(followed.size()));
  const std::size_t typical = followed[std::max<std::size_t>(within, 1) - 1];
  // The widest line near that: the wrapper's own longest line, not an outlier's.
  std::size_t width = typical;
  for (const std::size_t w : followed) {
    if (w * 100 <= typical * kOutlierPercent) width = std::max(width, w);
  }
  if (width < kNarrowestWrap || width > kWidestWrap) return 0;
  std::size_t broken = 0;
  std::size_t lower = 0;
  for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
    if (!BrokenAtWidth(lines[i], lines[i + 1], width, false)) continue;
    ++broken;
    if (lines[i + 1].first_lower) ++lower;
  }
  const auto share = [](std::size_t part, std::size_t whole) {
    return static_cast<double>(part) / static_cast<double>(whole);
  };
  if (share(broken, followed.size()) < kMinBrokenShare) return 0;
  return share(lower, broken) >= kMinLowerShare ? width : 0;
}

}  // namespace precis
