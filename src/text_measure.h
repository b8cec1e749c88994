// Measures of text that budgets and filters use.
#ifndef PRECIS_SRC_TEXT_MEASURE_H_
#define PRECIS_SRC_TEXT_MEASURE_H_

#include <cstddef>
#include <string_view>

namespace precis {

// Words as ROUGE and people count them: runs of non-white-space, where white space
// includes U+00A0 and U+202F (so "3,5 %" is two words, as it is when typed with a
// plain space).
std::size_t CountWords(std::string_view utf8);

// The length in bytes of the white space that opens `utf8`, as CountWords sees it (one
// code point: 1 for " ", 2 for U+00A0, 3 for U+202F), or 0, also in the middle of a
// code point, so that a caller may step through the text byte by byte.
std::size_t SpaceBytesAt(std::string_view utf8);

// The bytes of the white space run at `i` that holds a line break: spaces and tabs, then
// line breaks ("\n", "\r\n", "\r"; a form feed, a vertical tab, U+2028, U+2029) and the spaces,
// tabs and mail quote marks ("> ") among and after them (an indent). 0 when the run at `i` holds no
// line break, or `i` is no white space. CountCodePoints and OneLine read such a run as one space.
std::size_t LineBreakRunBytes(std::string_view utf8, std::size_t i);

// The bytes of the line break run at `i` (a '\n' or '\r', and the indent after it) when
// it falls inside a word: after a hyphen a wrapped line ended on (ASCII '-' after a
// letter or digit, U+2010, or a soft hyphen) and before a letter or digit:
// "nord-\ncoréens" is the word "nord-coréens", "1939-\n1945" "1939-1945". 0 for any other
// break, and for anything but a break. CountWords, CountCodePoints and OneLine read such
// a break as nothing.
std::size_t InWordBreakBytes(std::string_view utf8, std::size_t i);

// Unicode code points, not bytes: "é" is one. A line break and the spaces around it are
// one, as a LF alone is: a sentence's line break prints as one space however the file
// ended and indented its lines, and the --chars budget must count what prints. A break
// inside a word (InWordBreakBytes) is none.
std::size_t CountCodePoints(std::string_view utf8);

}  // namespace precis

#endif  // PRECIS_SRC_TEXT_MEASURE_H_
