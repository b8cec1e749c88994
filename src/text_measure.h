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

// Unicode code points, not bytes: "é" is one.
std::size_t CountCodePoints(std::string_view utf8);

}  // namespace precis

#endif  // PRECIS_SRC_TEXT_MEASURE_H_
