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

// The bytes of the line break ("\n" or "\r\n") at `i` when it falls inside a word, after
// a hyphen a wrapped line ended on and before a letter: "nord-\ncoréens" is the word
// "nord-coréens". 0 for any other break, and for anything but a break. CountWords,
// CountCodePoints and OneLine read such a break as nothing, the others as a space.
std::size_t InWordBreakBytes(std::string_view utf8, std::size_t i);

// Unicode code points, not bytes: "é" is one. A CRLF is one, as a LF is: a sentence's
// line break prints as one space however the file ended its lines, and the --chars
// budget must not depend on that. A break inside a word (InWordBreakBytes) is none.
std::size_t CountCodePoints(std::string_view utf8);

}  // namespace precis

#endif  // PRECIS_SRC_TEXT_MEASURE_H_
