#include "quotation_speaker.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "incise.h"
#include "utf8.h"

namespace precis {
namespace {

// Whether a letter stands outside every quotation, walking from the end where the
// sentence is outside: its end for one that closes a quotation, else its start.
bool NarratorSpeaks(std::string_view sentence, QuotationPlace place) {
  const char* data = sentence.data();
  const auto size = static_cast<int32_t>(sentence.size());
  if (place != QuotationPlace::kCloses) {
    QuotationDepth depth(+1);
    for (int32_t i = 0; i < size;) {
      UChar32 c;
      U8_NEXT(data, i, size, c);
      if (c >= 0 && u_isalpha(c) && depth.outside()) return true;
      depth.Pass(c);
    }
  } else {
    QuotationDepth depth(-1);
    for (int32_t i = size; i > 0;) {
      UChar32 c;
      U8_PREV(data, 0, i, c);
      if (c >= 0 && u_isalpha(c) && depth.outside()) return true;
      depth.Pass(c);
    }
  }
  return false;
}

// The narrator's first words, case-folded, as HoldsIncise splits them (a hyphen or an
// apostrophe splits "a-t-il" into "a", "t", "il"), up to `max_words`: the words outside
// every quotation, read from the sentence's start, or for one that closes a quotation,
// from where it closes.
std::vector<std::string> NarratorOpening(std::string_view sentence, QuotationPlace place,
                                         std::size_t max_words) {
  const char* data = sentence.data();
  const auto size = static_cast<int32_t>(sentence.size());
  int32_t start = 0;
  if (place == QuotationPlace::kCloses) {
    // The narrator's part starts past the last letter inside the quotation.
    QuotationDepth depth(-1);
    for (int32_t i = size; i > 0;) {
      const int32_t after = i;
      UChar32 c;
      U8_PREV(data, 0, i, c);
      depth.Pass(c);
      if (!depth.outside()) {
        start = after;
        break;
      }
    }
  }
  std::vector<std::string> words;
  std::string word;
  QuotationDepth depth(+1);
  for (int32_t i = start; i < size && words.size() < max_words;) {
    UChar32 c;
    U8_NEXT(data, i, size, c);
    const bool letter = c >= 0 && u_isalpha(c);
    if (letter && depth.outside()) {
      AppendUtf8(u_foldCase(c, U_FOLD_CASE_DEFAULT), &word);
      continue;
    }
    if (!word.empty()) words.push_back(std::move(word));
    word.clear();
    if (!letter) depth.Pass(c);
  }
  if (!word.empty() && words.size() < max_words) words.push_back(std::move(word));
  return words;
}

// Whether `sentence` holds a quotation mark at all.
bool HoldsQuotationMark(std::string_view sentence) {
  const char* data = sentence.data();
  const auto size = static_cast<int32_t>(sentence.size());
  for (int32_t i = 0; i < size;) {
    UChar32 c;
    U8_NEXT(data, i, size, c);
    if (c == u'"' || QuotationDirection(c) != 0) return true;
  }
  return false;
}

}  // namespace

bool NamesSpeaker(std::string_view sentence, QuotationPlace place, const Language& language) {
  // ICU's macros index with int32_t; no sentence worth quoting is this long.
  if (sentence.size() > static_cast<std::size_t>(std::numeric_limits<int32_t>::max())) {
    return false;
  }
  if (place == QuotationPlace::kInside) return false;
  // "« Nous irons jusqu’au bout », a-t-il dit." gives the words to someone the reader of
  // the summary has not met.
  constexpr std::size_t kInciseWords = 4;
  if (HoldsQuotationMark(sentence) &&
      OpensOnPronounIncise(NarratorOpening(sentence, place, kInciseWords),
                           language.reporting_verbs)) {
    return false;
  }
  return NarratorSpeaks(sentence, place) ||
         HoldsIncise(sentence, language.reporting_verbs, kQuotationIncise);
}

}  // namespace precis
