// A double as the shortest decimal text that reads back as the same value ("0.15", not
// "0.14999999999999999"), whatever the C or C++ locale: std::to_chars, unlike printf and
// streams, never writes a decimal comma. For what machines read back (HTML data
// attributes) and what people read in messages.
#ifndef PRECIS_SRC_SHORTEST_DECIMAL_H_
#define PRECIS_SRC_SHORTEST_DECIMAL_H_

#include <charconv>
#include <string>

namespace precis {

inline std::string ShortestDecimal(double value) {
  char buffer[64];  // the longest double, "-2.2250738585072014e-308", has 24 characters
  const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
  return std::string(buffer, result.ptr);
}

}  // namespace precis

#endif  // PRECIS_SRC_SHORTEST_DECIMAL_H_
