// Which sentences of a paragraph are quoted speech with no quotation mark of their own.
#ifndef PRECIS_SRC_QUOTATION_CONTEXT_H_
#define PRECIS_SRC_QUOTATION_CONTEXT_H_

#include <unicode/umachine.h>

#include <string_view>
#include <vector>

namespace precis {

// +1 for a mark that opens a quotation (« “), -1 for one that closes it (» ”), 0 for
// anything else, the straight " included: the marks whose direction shows.
int QuotationDirection(UChar32 c);

// For the sentences of one paragraph, in order: true for each that starts and ends inside
// one quotation that earlier sentences open and later ones close. In '"It's not about us
// blinking. We want to reach an agreement. We're tired of it," he said.' the middle
// sentence carries no mark, and alone it would read as the article's own words; the
// first and last show their marks (CanStandAlone judges those for « » and “ ”).
// The straight " opens and closes alike, so it is read by its parity, and only in a
// paragraph where it pairs up: an odd count is a typo or a quotation running on into the
// next paragraph, and marks nothing. « “ open and » ” close; in a paragraph where they do
// not nest they mark nothing. Sentences are NFC UTF-8. Pure; linear in their length.
std::vector<bool> InsideQuotations(const std::vector<std::string_view>& sentences);

}  // namespace precis

#endif  // PRECIS_SRC_QUOTATION_CONTEXT_H_
