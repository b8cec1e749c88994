// Whether a fixed list (element names, abbreviations, language codes) holds a value.
#ifndef PRECIS_SRC_CONTAINS_H_
#define PRECIS_SRC_CONTAINS_H_

#include <algorithm>
#include <iterator>

namespace precis {

// A linear search: the lists hold a few dozen entries at most, where a hash set would
// cost more to build than it saves. `value` compares with the list's elements by ==, as
// a std::string_view does with a std::string or a const char*.
template <typename List, typename Value>
bool Contains(const List& list, const Value& value) {
  return std::find(std::begin(list), std::end(list), value) != std::end(list);
}

}  // namespace precis

#endif  // PRECIS_SRC_CONTAINS_H_
