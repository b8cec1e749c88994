#include "quotation_speaker.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <string_view>

#include "incise.h"

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

}  // namespace

bool NamesSpeaker(std::string_view sentence, QuotationPlace place, const Language& language) {
  // ICU's macros index with int32_t; no sentence worth quoting is this long.
  if (sentence.size() > static_cast<std::size_t>(std::numeric_limits<int32_t>::max())) {
    return false;
  }
  if (place == QuotationPlace::kInside) return false;
  return NarratorSpeaks(sentence, place) ||
         HoldsIncise(sentence, language.reporting_verbs, kQuotationIncise);
}

}  // namespace precis
