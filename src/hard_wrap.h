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
  std::size_t width = 0;       // from the line's start, its indent included
  std::size_t first_word = 0;  // of the line, up to its first breaking space
  bool adjacent = false;       // no blank line between it and the line above
  bool first_lower = false;    // it opens on a lower-case letter: a sentence goes on
  bool ends_comma = false;     // it ends on ',' or ';': so does no heading
};

// The width a text's lines were wrapped at, or 0 when they were not. The width is the
// one nine in ten of the lines that another follows directly stay within (a long URL or
// a line typed past the margin does not set it), and must be a wrapping tool's, 55 to
// 100 columns; most of those lines must have been broken there (BrokenAtWidth), and a
// good share of the lines after them must open in lower case, as prose goes on mid
// sentence where a list's items and verse's lines open on capitals.
std::size_t WrapWidth(const std::vector<LineWidth>& lines);

// Whether `line`, within `width`, was broken there before `next`: the next line's first word would
// not have fitted after it, or the line fills most of the width (fmt balances its lines
// short of the margin; fold counts bytes, which accented letters take two of) and is no
// heading: the next line opens in lower case, the line ends on a comma, or it is
// `within_paragraph`, joined already to the line above it.
bool BrokenAtWidth(const LineWidth& line, const LineWidth& next, std::size_t width,
                   bool within_paragraph);

}  // namespace precis

#endif  // PRECIS_SRC_HARD_WRAP_H_
