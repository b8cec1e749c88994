// A sentence on one line, as the text outputs write it.
#ifndef PRECIS_SRC_ONE_LINE_H_
#define PRECIS_SRC_ONE_LINE_H_

#include <string>
#include <string_view>

#include "text_measure.h"

namespace precis {

// `text` with each run of line breaks (and of tabs too, with `tabs_too`, for a field of a
// tab-separated line) written as one space, none doubled: a paragraph joined across lines
// keeps its words, not its breaks. A break inside a hyphenated word goes
// (InWordBreakBytes: "nord-\ncoréens" is "nord-coréens").
inline std::string OneLine(std::string_view text, bool tabs_too = false) {
  std::string line;
  line.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (const std::size_t bytes = InWordBreakBytes(text, i); bytes != 0) {
      i += bytes - 1;
    } else if (c == '\n' || c == '\r' || (tabs_too && c == '\t')) {
      if (!line.empty() && line.back() != ' ') line += ' ';
    } else {
      line += c;
    }
  }
  return line;
}

}  // namespace precis

#endif  // PRECIS_SRC_ONE_LINE_H_
