#include "quotation_context.h"

#include <unicode/utf8.h>

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "utf8.h"

namespace precis {
namespace {

// Places the sentences that open, close or lie inside a straight " quotation.
void PlaceStraight(const std::vector<std::string_view>& sentences,
                   std::vector<QuotationPlace>* places) {
  std::vector<bool> odd;
  odd.reserve(sentences.size());
  bool total_odd = false;
  for (const std::string_view sentence : sentences) {
    std::size_t count = 0;
    for (const char c : sentence) count += c == '"';
    odd.push_back(count % 2 != 0);
    total_odd ^= odd.back();
  }
  if (total_odd) return;
  bool open = false;
  for (std::size_t k = 0; k < sentences.size(); ++k) {
    const bool open_at_start = open;
    open ^= odd[k];
    if (open_at_start && open) {
      (*places)[k] = QuotationPlace::kInside;
    } else if (open_at_start) {
      (*places)[k] = QuotationPlace::kCloses;
    } else if (open) {
      (*places)[k] = QuotationPlace::kOpens;
    }
  }
}

// Places inside a quotation the sentences that start and end inside « » or “ ”.
void PlaceDirectional(const std::vector<std::string_view>& sentences,
                      std::vector<QuotationPlace>* places) {
  std::vector<bool> marked(sentences.size(), false);
  std::size_t depth = 0;
  for (std::size_t k = 0; k < sentences.size(); ++k) {
    const std::string_view sentence = sentences[k];
    const bool open_at_start = depth > 0;
    // No sentence is over 2 GiB long (CanStandAlone refuses it).
    const int32_t size = IcuLength(sentence);
    for (int32_t i = 0; i < size;) {
      // Every mark lies beyond ASCII and most bytes do not: those are skipped undecoded.
      if (static_cast<unsigned char>(sentence[static_cast<std::size_t>(i)]) < 0x80) {
        ++i;
        continue;
      }
      UChar32 c;
      U8_NEXT(sentence.data(), i, size, c);
      const int mark = QuotationDirection(c);
      if (mark > 0) {
        ++depth;
      } else if (mark < 0) {
        if (depth == 0) return;  // a mark that closes nothing: none can be trusted
        --depth;
      }
    }
    marked[k] = open_at_start && depth > 0;
  }
  if (depth != 0) return;
  for (std::size_t k = 0; k < sentences.size(); ++k) {
    if (marked[k]) (*places)[k] = QuotationPlace::kInside;
  }
}

}  // namespace

int QuotationDirection(UChar32 c) {
  switch (c) {
    case u'«':
    case u'“':
      return 1;
    case u'»':
    case u'”':
      return -1;
    default:
      return 0;
  }
}

std::vector<QuotationPlace> PlaceInQuotations(const std::vector<std::string_view>& sentences) {
  std::vector<QuotationPlace> places(sentences.size(), QuotationPlace::kOutside);
  PlaceStraight(sentences, &places);
  PlaceDirectional(sentences, &places);
  return places;
}

}  // namespace precis
