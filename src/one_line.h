// A sentence on one line, as the text outputs write it.
#ifndef PRECIS_SRC_ONE_LINE_H_
#define PRECIS_SRC_ONE_LINE_H_

#include <string>
#include <string_view>

namespace precis {

// `text` with each run of line breaks (and of tabs too, with `tabs_too`, for a field of a
// tab-separated line) written as one space, none doubled: a paragraph joined across lines
// keeps its words, not its breaks.
inline std::string OneLine(std::string_view text, bool tabs_too = false) {
  std::string line;
  line.reserve(text.size());
  for (const char c : text) {
    if (c == '\n' || c == '\r' || (tabs_too && c == '\t')) {
      if (!line.empty() && line.back() != ' ') line += ' ';
    } else {
      line += c;
    }
  }
  return line;
}

}  // namespace precis

#endif  // PRECIS_SRC_ONE_LINE_H_
