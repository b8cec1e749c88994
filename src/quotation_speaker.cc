#include "quotation_speaker.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <string>
#include <string_view>

#include "utf8.h"

namespace precis {
namespace {

// An incise is short: "a-t-il ajouté", "a déclaré le ministre de la Défense". A longer
// last clause is more of the quotation.
constexpr int kMaxInciseWords = 8;

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

// Whether a clause after a comma is an incise: a few words, one of them a verb of
// saying, ended by the next comma or the sentence's end ("..., a-t-il déclaré.",
// "Pourtant, assure un analyste, le contrôle évolue.").
bool HoldsIncise(std::string_view sentence, const Language& language) {
  const char* data = sentence.data();
  const auto size = static_cast<int32_t>(sentence.size());
  bool after_comma = false;
  int words = 0;
  bool saying = false;
  std::string word;
  const auto end_word = [&] {
    if (word.empty()) return;
    ++words;
    saying = saying || language.reporting_verbs.count(word) != 0;
    word.clear();
  };
  for (int32_t i = 0; i < size;) {
    UChar32 c;
    U8_NEXT(data, i, size, c);
    if (c >= 0 && u_isalpha(c)) {
      if (after_comma) AppendUtf8(u_foldCase(c, U_FOLD_CASE_DEFAULT), &word);
      continue;
    }
    end_word();
    if (c == u',') {
      if (after_comma && saying && words <= kMaxInciseWords) return true;
      after_comma = true;
      words = 0;
      saying = false;
    }
  }
  end_word();
  return after_comma && saying && words <= kMaxInciseWords;
}

}  // namespace

bool NamesSpeaker(std::string_view sentence, QuotationPlace place, const Language& language) {
  // ICU's macros index with int32_t; no sentence worth quoting is this long.
  if (sentence.size() > static_cast<std::size_t>(std::numeric_limits<int32_t>::max())) {
    return false;
  }
  if (place == QuotationPlace::kInside) return false;
  return NarratorSpeaks(sentence, place) || HoldsIncise(sentence, language);
}

}  // namespace precis
