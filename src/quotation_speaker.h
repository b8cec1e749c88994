// Whether a sentence that quotes someone says who is speaking.
#ifndef PRECIS_SRC_QUOTATION_SPEAKER_H_
#define PRECIS_SRC_QUOTATION_SPEAKER_H_

#include <string_view>

#include "language.h"
#include "quotation_context.h"

namespace precis {

// Whether a sentence that quotes someone says who, so that it still reads as their
// words when lifted out alone. `place` is where the sentence stands: kOutside for one
// that holds its quotations whole, kOpens for one that opens a quotation a later
// sentence closes, kCloses for one that closes a quotation an earlier sentence opened
// (kInside: false). Either the narrator speaks outside the quotations ('Hodler said,
// "Certainly not.', 'It was over," Gray said.'), or a quotation holds its own incise, as
// French writes it ('« Il y a des doutes, a déclaré Armstrong.', '« Pourtant, assure un
// analyste, rien ne change. »'): a clause of a few words after a comma, up to the next
// one or the end, with one of language.reporting_verbs (kQuotationIncise, incise.h).
// Unattributed quotations ('"Now it seems all of that is behind us."', '"People started to
// shout.', 'He was not nervous."') leave the reader taking the speaker's words for the
// article's; a quotation whose narrator opens on an incise with a pronoun for its speaker
// ("», a-t-il dit.", '," she said.', 'Il a déclaré : « ...') points back at a sentence the
// summary may leave out, and does not say who either. A sentence without quotation marks is all
// narrator: true. Any of " « » “ ” count as marks. `sentence` is NFC UTF-8. Pure; linear in its
// length.
bool NamesSpeaker(std::string_view sentence, QuotationPlace place, const Language& language);

}  // namespace precis

#endif  // PRECIS_SRC_QUOTATION_SPEAKER_H_
