#include "markup_attributes.h"

#include <vector>

#include "ascii.h"

namespace precis {
namespace {

// What scanning a tag found: where its attributes past `keep` start, and where it ends.
struct TagScan {
  std::size_t end = std::string_view::npos;     // its '>', or npos: not a tag to thin
  std::size_t excess = std::string_view::npos;  // the first attribute past `keep`
};

// Scans the tag whose '<' is at `open`.
TagScan ScanTag(std::string_view markup, std::size_t open, std::size_t keep) {
  TagScan scan;
  std::size_t i = open + 1;
  while (i < markup.size() && !IsAsciiSpace(markup[i]) && markup[i] != '>' && markup[i] != '/' &&
         markup[i] != '<') {
    ++i;
  }
  std::size_t count = 0;
  while (i < markup.size()) {
    const char c = markup[i];
    if (c == '>') {
      scan.end = i;
      return scan;
    }
    if (c == '<') return {};
    if (IsAsciiSpace(c) || c == '/') {
      ++i;
      continue;
    }
    if (++count == keep + 1) scan.excess = i;
    while (i < markup.size() && !IsAsciiSpace(markup[i]) && markup[i] != '=' && markup[i] != '>' &&
           markup[i] != '<') {
      ++i;
    }
    while (i < markup.size() && IsAsciiSpace(markup[i])) ++i;
    if (i < markup.size() && markup[i] == '=') {
      ++i;
      while (i < markup.size() && IsAsciiSpace(markup[i])) ++i;
      if (i < markup.size() && (markup[i] == '"' || markup[i] == '\'')) {
        // Never past the next '<': each scan stops there, so the whole is linear.
        const std::size_t close = markup.find_first_of(markup[i] == '"' ? "\"<" : "'<", i + 1);
        if (close == std::string_view::npos || markup[close] == '<') return {};
        i = close + 1;
      } else {
        while (i < markup.size() && !IsAsciiSpace(markup[i]) && markup[i] != '>' &&
               markup[i] != '<') {
          ++i;
        }
      }
    }
  }
  return {};
}

}  // namespace

std::string_view WithoutExcessAttributes(std::string_view markup, std::size_t keep,
                                         std::string* storage) {
  std::vector<std::pair<std::size_t, std::size_t>> blanks;  // [begin, end) to overwrite
  for (std::size_t i = markup.find('<'); i != std::string_view::npos; i = markup.find('<', i)) {
    if (i + 1 >= markup.size() || !IsAsciiLetter(markup[i + 1])) {
      ++i;
      continue;
    }
    const TagScan scan = ScanTag(markup, i, keep);
    if (scan.end == std::string_view::npos) {
      ++i;
      continue;
    }
    if (scan.excess != std::string_view::npos) {
      // "/>" closes an empty element: it stays.
      const std::size_t end = markup[scan.end - 1] == '/' ? scan.end - 1 : scan.end;
      if (scan.excess < end) blanks.emplace_back(scan.excess, end);
    }
    i = scan.end + 1;
  }
  if (blanks.empty()) return markup;
  storage->assign(markup);
  for (const auto& [begin, end] : blanks) storage->replace(begin, end - begin, end - begin, ' ');
  return *storage;
}

}  // namespace precis
