#include "timeline_entry.h"

#include <cstddef>
#include <string_view>

#include "ascii.h"
#include "text_measure.h"

namespace precis {
namespace {

// A label longer than this is a sentence with a colon in it ("The 1998 report found
// three things: ..."), not the heading of an entry.
constexpr int kMaxLabelWords = 4;

// Whether `word` holds a year: four digits, not part of a longer number, the first 1 or
// 2. "1998", "1998,", "1984-90", "(1996)" do; "10:30", "6.700", "12345" do not.
bool HoldsYear(std::string_view word) {
  for (std::size_t i = 0; i + 4 <= word.size(); ++i) {
    if (i > 0 && (IsAsciiDigit(word[i - 1]) || word[i - 1] == '.' || word[i - 1] == ',')) continue;
    if (word[i] != '1' && word[i] != '2') continue;
    if (!IsAsciiDigit(word[i + 1]) || !IsAsciiDigit(word[i + 2]) || !IsAsciiDigit(word[i + 3]))
      continue;
    if (i + 4 < word.size() && IsAsciiDigit(word[i + 4])) continue;
    // "6.700" and "3,5": a separator followed by digits makes a longer number.
    if (i + 5 < word.size() && (word[i + 4] == '.' || word[i + 4] == ',') &&
        IsAsciiDigit(word[i + 5])) {
      continue;
    }
    return true;
  }
  return false;
}

// Whether `word` is letters alone, possibly abbreviated: "Oct.", "Mercredi". ASCII
// letters and any non-ASCII byte, which suffices to tell it from a number.
bool IsLetters(std::string_view word) {
  if (!word.empty() && word.back() == '.') word.remove_suffix(1);
  if (word.empty()) return false;
  for (const char c : word) {
    if (!IsAsciiLetter(c) && static_cast<unsigned char>(c) < 0x80) return false;
  }
  return true;
}

}  // namespace

bool OpensTimelineEntry(std::string_view sentence) {
  bool year = false;
  bool opens_on_number = false;
  std::size_t i = 0;
  for (int words = 0; i < sentence.size(); ++words) {
    while (const std::size_t space = SpaceBytesAt(sentence.substr(i))) i += space;
    std::size_t end = i;
    while (end < sentence.size() && SpaceBytesAt(sentence.substr(end)) == 0) ++end;
    const std::string_view word = sentence.substr(i, end - i);
    if (word.empty()) return false;
    const bool after = end < sentence.size();  // the entry goes on past this word
    if (word == ":") return year && words > 0 && after;
    if (words == kMaxLabelWords) return false;
    // The label opens on its date: a number ("1996", "19 juin 2024"), or one word
    // before it ("Oct. 9, 1998", "Mercredi 19 juin 2024"), so that "En 2000, il avait
    // dit : « ... »" is a sentence, not a label.
    if (words == 0) {
      opens_on_number = IsAsciiDigit(word[0]);
      if (!opens_on_number && !IsLetters(word)) return false;
    }
    if (words == 1 && !year && !opens_on_number && !IsAsciiDigit(word[0])) return false;
    if (!year) year = HoldsYear(word);
    if (year && word.back() == ',') return false;  // "1998, il a dit :" goes on
    if (word.back() == ':') return year && after;
    i = end;
  }
  return false;
}

}  // namespace precis
