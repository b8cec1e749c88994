// Which sentences of a paragraph are quoted speech, whole or in part, and where.
#ifndef PRECIS_SRC_QUOTATION_CONTEXT_H_
#define PRECIS_SRC_QUOTATION_CONTEXT_H_

#include <unicode/umachine.h>

#include <string_view>
#include <vector>

namespace precis {

// +1 for a mark that opens a quotation (« “), -1 for one that closes it (» ”), 0 for
// anything else, the straight " included: the marks whose direction shows.
int QuotationDirection(UChar32 c);

// Which quotation a walk over text is in, one code point at a time: straight quotes
// toggle, the others nest, and a closing mark with nothing open is passed over. `toward`
// is +1 walking forward, -1 walking back, which flips what « and » do.
class QuotationDepth {
 public:
  explicit QuotationDepth(int toward) : toward_(toward) {}
  void Pass(UChar32 c) {
    if (c == u'"') {
      in_straight_ = !in_straight_;
    } else if (const int mark = QuotationDirection(c) * toward_; mark != 0) {
      nested_ = mark > 0 ? nested_ + 1 : (nested_ > 0 ? nested_ - 1 : 0);
    }
  }
  bool outside() const { return !in_straight_ && nested_ == 0; }

 private:
  int toward_;
  bool in_straight_ = false;
  int nested_ = 0;
};

// Where a sentence stands in the quotations of its paragraph.
enum class QuotationPlace : unsigned char {
  kOutside,  // in none, or holding its quotations whole
  kInside,   // starts and ends inside one that earlier sentences open and later ones close
  kOpens,    // opens a quotation that a later sentence closes
  kCloses,   // closes a quotation that an earlier sentence opened
};

// For the sentences of one paragraph, in order, where each stands. In '"It's not about
// us blinking. We want to reach an agreement. We're tired of it," he said.' the first
// opens a quotation, the middle one is inside it (alone it would read as the article's
// own words) and the last closes it.
// The straight " opens and closes alike, so it is read by its parity, and only in a
// paragraph where it pairs up: an odd count is a typo or a quotation running on into the
// next paragraph, and marks nothing. « “ open and » ” close; in a paragraph where they do
// not nest they mark nothing. Only kInside is given for those: their halves show in the
// sentence itself, where CanStandAlone judges them; kOpens and kCloses are the straight
// quote's. Sentences are NFC UTF-8. Pure; linear in their length.
std::vector<QuotationPlace> PlaceInQuotations(const std::vector<std::string_view>& sentences);

}  // namespace precis

#endif  // PRECIS_SRC_QUOTATION_CONTEXT_H_
