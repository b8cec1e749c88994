#include "timeline_entry.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <cstddef>
#include <cstdint>
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

// A fact box's label names what its list holds in a word or three ("Buts", "Le classement",
// "Temps de jeu"); past that, the words before a colon are a sentence's.
constexpr std::size_t kMaxBoxLabelWords = 3;
// Its items are names with a minute or a club ("Kalimuendo (58e, 81e) pour Rennes", six
// words with "Balerdi (67e), Rabiot (88e) pour Marseille"), or places and points ("1. PSG 45
// pts"); an item between semicolons that runs longer is a clause. Between commas, items
// are names alone: "Seidu, Theate, Truffert".
constexpr std::size_t kMaxSemicolonItemWords = 6;
constexpr std::size_t kMaxCommaItemWords = 3;

// The words of `text`, split at white space (U+00A0 and U+202F included).
template <typename Visit>
void ForEachWord(std::string_view text, Visit visit) {
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && SpaceBytesAt(text.substr(i)) != 0) i += SpaceBytesAt(text.substr(i));
    std::size_t end = i;
    while (end < text.size() && SpaceBytesAt(text.substr(end)) == 0) ++end;
    if (end > i) visit(text.substr(i, end - i));
    i = end;
  }
}

// Whether `word` opens on a capital letter or a figure (past an opening bracket): a name,
// a club, a rank or a count.
bool NamesOrCounts(std::string_view word) {
  if (!word.empty() && word.front() == '(') word.remove_prefix(1);
  if (word.empty()) return false;
  int32_t i = 0;
  UChar32 c;
  U8_NEXT(word.data(), i, static_cast<int32_t>(word.size()), c);
  return c >= 0 && (u_isupper(c) || u_isdigit(c));
}

// Whether `list` (a box line past its label, its final stop included) is two items or more
// split by `separator`, each of at most `max_words` words, one of them naming or counting.
bool IsListOf(std::string_view list, char separator, std::size_t max_words) {
  while (!list.empty() && (list.back() == '.' || SpaceBytesAt(list.substr(list.size() - 1)))) {
    list.remove_suffix(1);
  }
  int items = 0;
  std::size_t begin = 0;
  // A minute list in brackets ("(58e, 81e)") belongs to its item.
  int depth = 0;
  for (std::size_t i = 0; i <= list.size(); ++i) {
    if (i < list.size()) {
      depth += list[i] == '(' ? 1 : list[i] == ')' ? -1 : 0;
      if (list[i] != separator || depth > 0) continue;
    }
    const std::string_view item = list.substr(begin, i - begin);
    const std::size_t words = CountWords(item);
    if (words == 0 || words > max_words) return false;
    bool names = false;
    ForEachWord(item, [&](std::string_view word) { names = names || NamesOrCounts(word); });
    if (!names) return false;
    ++items;
    begin = i + 1;
  }
  return items >= 2;
}

}  // namespace

bool OpensLabelledList(std::string_view sentence) {
  const std::size_t colon = sentence.find(':');
  if (colon == std::string_view::npos || colon == 0) return false;
  const std::string_view label = sentence.substr(0, colon);
  const std::size_t label_words = CountWords(label);
  if (label_words == 0 || label_words > kMaxBoxLabelWords || !NamesOrCounts(label)) return false;
  // A figure opens a chronology's or a results list's label, not a box's; a comma, a
  // sentence's clause.
  if (IsAsciiDigit(label.front()) || label.find(',') != std::string_view::npos) return false;
  const std::string_view list = sentence.substr(colon + 1);
  // "10:30" is a time.
  if (list.empty() || SpaceBytesAt(list) == 0) return false;
  return list.find(';') != std::string_view::npos ? IsListOf(list, ';', kMaxSemicolonItemWords)
                                                  : IsListOf(list, ',', kMaxCommaItemWords);
}

bool OpensTimelineEntry(std::string_view sentence) {
  return OpeningLabel(sentence) == Label::kDate;
}

bool OpensRankedEntry(std::string_view sentence) {
  return OpeningLabel(sentence) == Label::kOrdinal;
}

}  // namespace precis
