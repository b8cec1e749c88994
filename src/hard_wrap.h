// Text wrapped at a fixed width (mail, wire copy, plain-text archives) breaks its lines
// wherever the next word would not fit, before a capital as often as not: "le dirigeant
// nord-coréen Kim\nJong-un". The clean stage joins a line that visibly goes on (no final
// punctuation, a lower-case continuation); in a wrapped text it also needs to know which
// lines the width broke, since their continuation may start with a name.
#ifndef PRECIS_SRC_HARD_WRAP_H_
#define PRECIS_SRC_HARD_WRAP_H_

#include <cstddef>
#include <vector>

namespace precis {

// What the wrap test needs of a non-empty line, in code points (the columns a wrapping
// tool counts).
struct LineWidth {
  std::size_t width = 0;
  std::size_t first_word = 0;  // of the line, up to its first white space
  bool adjacent = false;       // no blank line between it and the line above
};

// The width a text's lines were wrapped at, or 0 when they were not: the longest line
// that another follows directly, when that width is a wrapping tool's (55 to 100
// columns) and most such lines were broken there, their next line's first word not
// fitting after them. Lines as an editor writes them, one per paragraph, are wider, and
// lists and verse break short of the width.
std::size_t WrapWidth(const std::vector<LineWidth>& lines);

// Whether `line` was broken at `width` before `next`: the next line's first word would
// not have fitted after it, a space between.
bool BrokenAtWidth(const LineWidth& line, const LineWidth& next, std::size_t width);

}  // namespace precis

#endif  // PRECIS_SRC_HARD_WRAP_H_
