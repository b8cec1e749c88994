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

// Unicode code points, not bytes: "é" is one. A CRLF is one, as a LF is: a sentence's
// line break prints as one space however the file ended its lines, and the --chars
// budget must not depend on that.
std::size_t CountCodePoints(std::string_view utf8);

}  // namespace precis

#endif  // PRECIS_SRC_TEXT_MEASURE_H_
