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

// Whether `word` is an ordinal in figures, as a results list numbers its parts: "1re",
// "2e", "1er", "3ème", "2nd", "4th". "1re période", "2e manche", "1st period".
bool IsOrdinal(std::string_view word) {
  std::size_t digits = 0;
  while (digits < word.size() && IsAsciiDigit(word[digits])) ++digits;
  if (digits == 0 || digits > 3) return false;
  const std::string_view suffix = word.substr(digits);
  for (const std::string_view ordinal :
       {"e", "er", "re", "ère", "ème", "eme", "è", "nd", "nde", "st", "rd", "th"}) {
    if (suffix == ordinal) return true;
  }
  return false;
}

// The label that opens `sentence`, by the rules of OpensTimelineEntry: a date, an ordinal
// (OpensRankedEntry) or none.
enum class Label { kNone, kDate, kOrdinal };
Label OpeningLabel(std::string_view sentence) {
  bool year = false;
  bool ordinal = false;
  bool opens_on_number = false;
  std::size_t i = 0;
  for (int words = 0; i < sentence.size(); ++words) {
    while (const std::size_t space = SpaceBytesAt(sentence.substr(i))) i += space;
    std::size_t end = i;
    while (end < sentence.size() && SpaceBytesAt(sentence.substr(end)) == 0) ++end;
    const std::string_view word = sentence.substr(i, end - i);
    if (word.empty()) return Label::kNone;
    const bool after = end < sentence.size();  // the entry goes on past this word
    const Label label = year ? Label::kDate : ordinal ? Label::kOrdinal : Label::kNone;
    if (word == ":") return words > 0 && after ? label : Label::kNone;
    if (words == kMaxLabelWords) return Label::kNone;
    // The label opens on its date: a number ("1996", "19 juin 2024"), or one word
    // before it ("Oct. 9, 1998", "Mercredi 19 juin 2024"), so that "En 2000, il avait
    // dit : « ... »" is a sentence, not a label.
    if (words == 0) {
      opens_on_number = IsAsciiDigit(word[0]);
      if (!opens_on_number && !IsLetters(word)) return Label::kNone;
      ordinal = IsOrdinal(word.back() == ':' ? word.substr(0, word.size() - 1) : word);
    }
    if (words == 1 && !year && !opens_on_number && !IsAsciiDigit(word[0])) return Label::kNone;
    if (!year) year = HoldsYear(word);
    // "1998, il a dit :" and "2e, il a dit :" go on.
    if ((year || ordinal) && word.back() == ',') return Label::kNone;
    if (word.back() == ':') {
      if (!after) return Label::kNone;
      return year ? Label::kDate : ordinal ? Label::kOrdinal : Label::kNone;
    }
    i = end;
  }
  return Label::kNone;
}

}  // namespace

bool OpensTimelineEntry(std::string_view sentence) {
  return OpeningLabel(sentence) == Label::kDate;
}

bool OpensRankedEntry(std::string_view sentence) {
  return OpeningLabel(sentence) == Label::kOrdinal;
}

}  // namespace precis
