#include "timeline_entry.h"

#include <unicode/regex.h>
#include <unicode/unistr.h>

#include <array>
#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

#include "ascii.h"
#include "clean_pattern_tables.h"
#include "icu_status.h"
#include "text_measure.h"

namespace precis {
namespace {

// A label longer than this is a sentence with a colon in it ("The 1998 report found
// three things: ..."), not the heading of an entry.
constexpr std::size_t kMaxLabelWords = 4;

using Label = std::array<std::string_view, kMaxLabelWords>;

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

// A label with a year, opening on its date: a number ("1996", "19 juin 2024"), or one
// word before it ("Oct. 9, 1998", "Mercredi 19 juin 2024"), so that "En 2000, il avait
// dit : « ... »" is a sentence, not a label; a comma after the year goes on ("1998, il a
// dit :").
bool IsYearLabel(const Label& label, std::size_t words) {
  const bool opens_on_number = IsAsciiDigit(label[0][0]);
  if (!opens_on_number && !(IsLetters(label[0]) && words > 1 && IsAsciiDigit(label[1][0]))) {
    return false;
  }
  bool year = false;
  for (std::size_t w = 0; w < words; ++w) {
    if (!year) year = HoldsYear(label[w]);
    if (year && label[w].back() == ',') return false;
  }
  return year;
}

// Whether `word` is a day of the month: 1 to 31, maybe with its ordinal's letters ("1er",
// "19th").
bool IsDay(std::string_view word) {
  std::size_t digits = 0;
  int day = 0;
  while (digits < word.size() && IsAsciiDigit(word[digits])) {
    day = day * 10 + (word[digits] - '0');
    if (++digits > 2) return false;
  }
  if (digits == 0 || day < 1 || day > 31) return false;
  std::string suffix(word.substr(digits));
  LowerAscii(&suffix);
  return suffix.empty() || suffix == "er" || suffix == "st" || suffix == "nd" || suffix == "rd" ||
         suffix == "th";
}

// Whether `word` is wholly one of the alternation `words` (a field of the clean stage's
// language tables, French's then English's), whatever its case.
bool IsOneOf(std::string_view word, const icu::RegexPattern& words) {
  const icu::UnicodeString text = icu::UnicodeString::fromUTF8(word);
  UErrorCode status = U_ZERO_ERROR;
  const std::unique_ptr<icu::RegexMatcher> matcher(words.matcher(text, status));
  CheckIcu(status, "timeline label matcher");
  const bool found = matcher->matches(status);
  CheckIcu(status, "timeline label match");
  return found;
}

// One field of both language tables as a case-insensitive pattern. Compiled once and
// never destroyed, as the clean stage's patterns: immutable, shared by all threads.
const icu::RegexPattern& TableWords(const char* clean_rules::LanguageTable::*field) {
  const std::string alternation =
      "(?:" + std::string(clean_rules::kFrench.*field) + "|" + clean_rules::kEnglish.*field + ")";
  UErrorCode status = U_ZERO_ERROR;
  UParseError parse_error;
  icu::RegexPattern* pattern = icu::RegexPattern::compile(
      icu::UnicodeString::fromUTF8(alternation), UREGEX_CASE_INSENSITIVE, parse_error, status);
  CheckIcu(status, "timeline label pattern");
  return *pattern;
}

bool IsMonth(std::string_view word) {
  static const icu::RegexPattern& months = TableWords(&clean_rules::LanguageTable::months);
  return IsOneOf(word, months);
}

bool IsWeekday(std::string_view word) {
  static const icu::RegexPattern& weekdays = TableWords(&clean_rules::LanguageTable::weekdays);
  if (!word.empty() && word.back() == ',') word.remove_suffix(1);  // "Wednesday, June 19:"
  return IsOneOf(word, weekdays);
}

// A label of a day and a month's name, without the year: "24 janvier", "June 19", "Oct.
// 9", after a weekday or "Le" ("Mercredi 19 juin", "Wednesday, June 19", "Le 24
// janvier"). "Le 24 janvier dernier :", "Au 24 janvier :", "Mai 68 :" are no such label.
bool IsDayMonthLabel(const Label& label, std::size_t words) {
  if (words != 2 && words != 3) return false;
  const std::string_view a = label[words - 2];
  const std::string_view b = label[words - 1];
  // The digits first: the patterns run only on a label that has its day.
  const bool day_month = IsDay(a) && IsMonth(b);
  if (!day_month && !(IsDay(b) && IsMonth(a))) return false;
  if (words == 2) return true;
  std::string lead(label[0]);
  LowerAscii(&lead);
  return lead == "le" || IsWeekday(label[0]);
}

}  // namespace

bool OpensTimelineEntry(std::string_view sentence) {
  // The label: the words before a colon that ends one of the first kMaxLabelWords words,
  // or stands after them, with the entry going on past it.
  Label label;
  std::size_t words = 0;
  for (std::size_t i = 0;;) {
    while (const std::size_t space = SpaceBytesAt(sentence.substr(i))) i += space;
    std::size_t end = i;
    while (end < sentence.size() && SpaceBytesAt(sentence.substr(end)) == 0) ++end;
    std::string_view word = sentence.substr(i, end - i);
    if (word.empty()) return false;
    const bool after = end < sentence.size();  // the entry goes on past this word
    if (word == ":") {
      if (words == 0 || !after) return false;
      break;
    }
    if (words == kMaxLabelWords) return false;
    const bool colon = word.back() == ':';
    if (colon) word.remove_suffix(1);
    label[words++] = word;
    if (colon) {
      if (!after) return false;
      break;
    }
    i = end;
  }
  return IsYearLabel(label, words) || IsDayMonthLabel(label, words);
}

}  // namespace precis
