// A sentence on one line, as the text outputs write it.
#ifndef PRECIS_SRC_ONE_LINE_H_
#define PRECIS_SRC_ONE_LINE_H_

#include <string>
#include <string_view>

#include "text_measure.h"

namespace precis {

// `text` with each run of white space holding a line break (LineBreakRunBytes), and each
// tab with `tabs_too` (for a field of a tab-separated line), written as one space, none
// doubled: a paragraph joined across lines keeps its words, not its breaks and indents.
// A break inside a hyphenated word goes (InWordBreakBytes: "nord-\ncoréens" is
// "nord-coréens"), and so do soft hyphens (U+00AD): a page's hints of where a word may
// break ("coopé&shy;ration"), invisible in a browser, which many terminals print as
// hyphens and which cut the word in two for a tool that scores the summary.
// CountCodePoints counts what this prints.
inline std::string OneLine(std::string_view text, bool tabs_too = false) {
  std::string line;
  line.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    if (const std::size_t bytes = InWordBreakBytes(text, i); bytes != 0) {
      i += bytes;
    } else if (text.compare(i, 2, "\u00AD") == 0) {
      i += 2;
    } else if (const std::size_t run = LineBreakRunBytes(text, i); run != 0) {
      if (!line.empty() && line.back() != ' ') line += ' ';
      i += run;
    } else if (tabs_too && text[i] == '\t') {
      if (!line.empty() && line.back() != ' ') line += ' ';
      ++i;
    } else {
      line += text[i++];
    }
  }
  return line;
}

}  // namespace precis

#endif  // PRECIS_SRC_ONE_LINE_H_
