#include "first_person.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstdint>
#include <limits>
#include <string>

#include "incise.h"
#include "quotation_context.h"
#include "utf8.h"

namespace precis {
namespace {

bool IsApostrophe(UChar32 c) { return c == u'\'' || c == 0x2019; }

// The end of the last closing mark that no mark of the sentence opens ("Je n'ai rien
// vu », a ajouté l'ex-otage"): what comes before it is a quotation an earlier sentence
// opened. 0 when there is none.
int32_t EndOfQuotationOpenedBefore(std::string_view sentence, int32_t size) {
  int32_t end = 0;
  int open = 0;
  for (int32_t i = 0; i < size;) {
    UChar32 c;
    U8_NEXT(sentence.data(), i, size, c);
    const int direction = QuotationDirection(c);
    if (direction > 0) {
      ++open;
    } else if (direction < 0) {
      if (open == 0) end = i;
      open = std::max(0, open - 1);
    }
  }
  return end;
}

bool SaysI(std::string_view sentence, const Language& language) {
  // ICU's macros index with int32_t; a longer sentence is read up to that size.
  const auto size = static_cast<int32_t>(
      std::min<std::size_t>(sentence.size(), std::numeric_limits<int32_t>::max()));
  const int32_t quoted_until = EndOfQuotationOpenedBefore(sentence, size);
  QuotationDepth depth(+1);
  std::string word;
  bool lower = true;
  bool first_word = true;
  bool outside = true;  // the word started outside quotation marks
  for (int32_t i = 0; i <= size;) {
    UChar32 c = -1;
    if (i < size) {
      U8_NEXT(sentence.data(), i, size, c);
    } else {
      ++i;
    }
    if (c >= 0 && u_isalpha(c)) {
      if (word.empty()) outside = depth.outside() && i > quoted_until;
      if (!word.empty() || !(u_isupper(c) || u_istitle(c))) {
        lower = lower && !(u_isupper(c) || u_istitle(c));
      } else {
        lower = first_word;  // a capital opens only the sentence's first word
      }
      AppendUtf8(u_foldCase(c, U_FOLD_CASE_DEFAULT), &word);
      continue;
    }
    if (!word.empty()) {
      const bool letter_alone_fits = word.size() > 1 || (c >= 0 && IsApostrophe(c));
      // "My, how the challenges have grown": an exclamation, not a speaker.
      const bool interjection = first_word && c == u',';
      if (outside && lower && letter_alone_fits && !interjection &&
          language.first_person_singular.count(word) > 0) {
        return true;
      }
      word.clear();
      lower = true;
      first_word = false;
    }
    if (c >= 0) depth.Pass(c);
  }
  return false;
}

}  // namespace

bool SpeaksAsI(std::string_view sentence, const Language& language) {
  return SaysI(sentence, language) &&
         !HoldsIncise(sentence, language.reporting_verbs, kQuotationIncise);
}

}  // namespace precis
