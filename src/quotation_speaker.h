// Whether a sentence holding half a quotation says who is speaking.
#ifndef PRECIS_SRC_QUOTATION_SPEAKER_H_
#define PRECIS_SRC_QUOTATION_SPEAKER_H_

#include <string_view>

#include "language.h"
#include "quotation_context.h"

namespace precis {

// For a sentence that opens a quotation a later sentence closes (`half` kOpens), or
// closes one an earlier sentence opened (kCloses): whether it still reads as someone's
// words when lifted out alone, because it attributes them. Either the narrator speaks
// outside the quotation ('Hodler said, "Certainly not.', 'It was over," Gray said.'), or
// the quotation holds its own incise, as French writes it ('« Il y a des doutes, a
// déclaré Armstrong.'): a last clause of a few words, after a comma, with one of
// language.reporting_verbs. Unattributed halves ('"People started to shout.', 'He was
// not nervous."') leave the reader taking the speaker's words for the article's.
// Any of " « » “ ” count as marks. `sentence` is NFC UTF-8. Pure; linear in its length.
bool NamesSpeaker(std::string_view sentence, QuotationPlace half, const Language& language);

}  // namespace precis

#endif  // PRECIS_SRC_QUOTATION_SPEAKER_H_
