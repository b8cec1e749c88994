// Whether a sentence can stand alone in a summary, away from its context.
#ifndef PRECIS_SRC_STANDALONE_H_
#define PRECIS_SRC_STANDALONE_H_

#include <string>
#include <string_view>

#include "language.h"

namespace precis {

// False for a sentence that a reader could not follow out of its article: one
// that starts in lower case (a fragment, or a translation slip that dropped its
// start) or inside a character (a combining mark: the rest of a sentence too long to
// keep whole, segment.h), a question, one that ends with a colon (it announces what follows),
// one that starts with a closing quote or bracket or with an ellipsis ("…",
// "..."), one that trails off with an ellipsis (a teaser or a cut quotation),
// a quotation, whole or half (a » or ” closing one opened in an earlier
// sentence, or a « or “ left open for the next), that does not say who speaks
// (NamesSpeaker), one that opens with a connective or pronoun needing the
// previous sentence (language.dangling_openers, unless
// language.opener_exceptions says otherwise: "Mais", "Il a dit" but not "Il y
// a"; language.inverting_openers before a comma or an inverted verb: "Aussi
// a-t-il" but not "Aussi grand soit-il"; language.fronted_subjects after a short phrase of
// time, place or circumstance and its comma: "Mardi soir, elle a ouvert une enquête") or
// that points back past its first words ("C'est une première.", "Le tribunal l'a en
// revanche relaxé...", "Sans eux, ...": points_back.h), an entry of a chronology or a
// biography, whose subject its list gave
// ("1996: Named infrastructure minister...", OpensTimelineEntry) or a results list
// ("2e période : MTL Slafkovsky (Suzuki) 3:55.", OpensRankedEntry) or a fact box's line
// ("Buts : Kalimuendo (58e, 81e) pour Rennes ; Greenwood (12e).", OpensLabelledList), and
// one without a
// single letter. Opening quotes, brackets, dashes and spaces
// (U+00A0, U+202F included) are skipped before the start is judged; closing quotes and
// spaces after a final "?" still make a question. `sentence` is NFC UTF-8, trimmed. Pure
// function of its arguments; thread-safe. Linear in the length of the sentence.
bool CanStandAlone(std::string_view sentence, const Language& language);

// Why CanStandAlone refuses the sentence, in a few words for a reader ("a question",
// "opens with \"cependant\", which points back"), or "" when it stands alone.
std::string WhyNotStandAlone(std::string_view sentence, const Language& language);

// Whether a sentence ends with "?" (or "?!", "？"), before any closing quotes,
// brackets and spaces: a question, which CanStandAlone refuses and an interview
// (MarkInterviewAnswers) asks. `sentence` is UTF-8. Pure; linear in its length.
bool AsksQuestion(std::string_view sentence);

}  // namespace precis

#endif  // PRECIS_SRC_STANDALONE_H_
