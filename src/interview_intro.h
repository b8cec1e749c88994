// The sentence that presents an interview: "Sophie Binet, secrétaire générale de la CGT,
// répond à nos questions."
#ifndef PRECIS_SRC_INTERVIEW_INTRO_H_
#define PRECIS_SRC_INTERVIEW_INTRO_H_

#include <string_view>

#include "language.h"

namespace precis {

// Whether `sentence` says, outside quotation marks, that someone answers the paper's
// questions: a form of language.answer_verbs, then language.our_questions within two
// words ("répond à nos questions", "a accepté de répondre à toutes nos questions",
// "answered our questions"). "Nos" there is the paper's: a summary drawn from several
// papers cannot say whose, and the sentence tells the reader of an interview the summary
// does not carry. In quotation marks, the questions are the speaker's ("« Le ministre n'a
// pas répondu à nos questions », déplore le syndicat"). `sentence` is NFC UTF-8. Pure;
// linear in its length.
bool PresentsInterview(std::string_view sentence, const Language& language);

}  // namespace precis

#endif  // PRECIS_SRC_INTERVIEW_INTRO_H_
