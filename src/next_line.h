// Reading text a line at a time.
#ifndef PRECIS_SRC_NEXT_LINE_H_
#define PRECIS_SRC_NEXT_LINE_H_

#include <cstddef>
#include <string_view>

namespace precis {

// The line of `text` that starts at `*at`, without its "\n" or "\r\n", and `*at` moved to
// the next line's start: past text.size() when this line ends the text with no break.
//
//   for (std::size_t at = 0; at < text.size();) Use(NextLine(text, &at));
inline std::string_view NextLine(std::string_view text, std::size_t* at) {
  std::size_t end = text.find('\n', *at);
  if (end == std::string_view::npos) end = text.size();
  std::string_view line = text.substr(*at, end - *at);
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  *at = end + 1;
  return line;
}

}  // namespace precis

#endif  // PRECIS_SRC_NEXT_LINE_H_
