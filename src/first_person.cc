#include "first_person.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstdint>

#include "incise.h"
#include "quotation_context.h"
#include "utf8.h"
#include "word_walk.h"

namespace precis {
namespace {

bool IsApostrophe(UChar32 c) { return c == u'\'' || c == 0x2019; }

// The end of the last closing mark that no mark of the sentence opens ("Je n'ai rien
// vu », a ajouté l'ex-otage"): what comes before it is a quotation an earlier sentence
// opened. 0 when there is none.
int32_t EndOfQuotationOpenedBefore(std::string_view sentence) {
  const int32_t size = IcuLength(sentence);
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
  const int32_t quoted_until = EndOfQuotationOpenedBefore(sentence);
  QuotationDepth depth(+1);
  bool first_word = true;
  // The word before is in lower case or ends a clause ("on Thursday, I"), or there is
  // none: no name stands before "I".
  bool after_lower = true;
  bool capital_i = false;  // the word before is English "I", as a speaker writes it
  return WalkWords(sentence, &depth, [&](const WalkedWord& word) {
    const bool speaking = word.outside_quotes && word.begin >= quoted_until;
    // "I" is a numeral too ("World War I was", "Henry I had"): a speaker's only after
    // no name and before a verb ("When rates rose, I could not help thinking").
    if (capital_i && language.verbs_after_i.count(word.folded) > 0) return true;
    capital_i = speaking && word.folded == "i" && word.capital_first && after_lower &&
                language.verbs_after_i.size() > 0;
    after_lower = !word.capital_first || (word.next >= 0 && u_ispunct(word.next));
    // A capital opens only the sentence's first word.
    const bool lower = !word.capital_later && (!word.capital_first || first_word);
    const bool letter_alone_fits = word.folded.size() > 1 || IsApostrophe(word.next);
    // "My, how the challenges have grown": an exclamation, not a speaker.
    const bool interjection = first_word && word.next == u',';
    first_word = false;
    return speaking && lower && letter_alone_fits && !interjection &&
           language.first_person_singular.count(word.folded) > 0;
  });
}

}  // namespace

bool SpeaksAsI(std::string_view sentence, const Language& language) {
  return SaysI(sentence, language) &&
         !HoldsIncise(sentence, language.reporting_verbs, kQuotationIncise);
}

}  // namespace precis
