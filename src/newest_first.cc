#include "newest_first.h"

#include <cctype>

namespace precis {
namespace {

// At least this many steps back in time make a document newest first.
constexpr std::size_t kStepsBack = 2;

bool IsBlank(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// The number of 1 to `max_digits` ASCII digits at `*at`, which it passes; -1 for none.
int ReadNumber(std::string_view text, std::size_t* at, std::size_t max_digits) {
  int value = 0;
  std::size_t digits = 0;
  while (*at < text.size() && digits < max_digits &&
         std::isdigit(static_cast<unsigned char>(text[*at])) != 0) {
    value = value * 10 + (text[*at] - '0');
    ++*at;
    ++digits;
  }
  return digits == 0 ? -1 : value;
}

// Passes ASCII white space and the no-break spaces of French typography.
void SkipSpaces(std::string_view text, std::size_t* at) {
  while (*at < text.size()) {
    if (IsBlank(text[*at])) {
      ++*at;
    } else if (text.compare(*at, 2, "\u00A0") == 0) {
      *at += 2;
    } else if (text.compare(*at, 3, "\u202F") == 0) {
      *at += 3;
    } else {
      break;
    }
  }
}

}  // namespace

std::optional<int> ClockStamp(std::string_view line) {
  std::size_t at = 0;
  SkipSpaces(line, &at);
  const int hours = ReadNumber(line, &at, 2);
  SkipSpaces(line, &at);
  if (hours < 0 || hours > 23 || at >= line.size() ||
      (line[at] != 'h' && line[at] != 'H' && line[at] != ':')) {
    return std::nullopt;
  }
  ++at;
  SkipSpaces(line, &at);
  const std::size_t minutes_at = at;
  const int minutes = ReadNumber(line, &at, 2);
  SkipSpaces(line, &at);
  if (minutes < 0 || minutes > 59 || at - minutes_at < 2 || at != line.size()) {
    return std::nullopt;
  }
  return hours * 60 + minutes;
}

std::vector<std::size_t> EntriesNewestFirst(const std::vector<std::string_view>& sentences,
                                            const std::vector<bool>& headline) {
  std::vector<std::size_t> entry(sentences.size(), 0);
  std::size_t stamps = 0;
  std::size_t back = 0;
  std::size_t forward = 0;
  std::optional<int> last;
  for (std::size_t i = 0; i < sentences.size(); ++i) {
    const std::optional<int> stamp = headline[i] ? ClockStamp(sentences[i]) : std::optional<int>();
    if (stamp) {
      ++stamps;
      if (last && *stamp < *last) ++back;
      if (last && *stamp > *last) ++forward;
      last = stamp;
    }
    entry[i] = stamps;
  }
  if (back < kStepsBack || back <= forward) return {};
  // The text before the first stamp (a chapeau, the day's summary) stays first.
  for (std::size_t& e : entry) e = e == 0 ? 0 : 1 + stamps - e;
  return entry;
}

}  // namespace precis
