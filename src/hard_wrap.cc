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
// The share of those lines the width must have broken. A wrapped paragraph's last line
// does not count (a blank line follows it); a title directly above its text does, and
// breaks short.
constexpr double kMinBrokenShare = 0.6;

}  // namespace

bool BrokenAtWidth(const LineWidth& line, const LineWidth& next, std::size_t width) {
  return next.adjacent && line.width + 1 + next.first_word > width;
}

std::size_t WrapWidth(const std::vector<LineWidth>& lines) {
  std::size_t followed = 0;
  std::size_t width = 0;
  for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
    if (!lines[i + 1].adjacent) continue;
    ++followed;
    width = std::max(width, lines[i].width);
  }
  if (followed < kMinFollowedLines || width < kNarrowestWrap || width > kWidestWrap) return 0;
  std::size_t broken = 0;
  for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
    if (BrokenAtWidth(lines[i], lines[i + 1], width)) ++broken;
  }
  return static_cast<double>(broken) >= kMinBrokenShare * static_cast<double>(followed) ? width : 0;
}

}  // namespace precis
