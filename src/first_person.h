// Sentences in which someone says "je" without the sentence saying who.
#ifndef PRECIS_SRC_FIRST_PERSON_H_
#define PRECIS_SRC_FIRST_PERSON_H_

#include <string_view>

#include "language.h"

namespace precis {

// Whether `sentence` speaks in the first person singular outside its quotation marks
// (language.first_person_singular: "je", "j’", "moi"; "I" is left out, as a Roman numeral
// reads the same), with no incise to say who speaks ("..., a déclaré le ministre"). A news
// article says "je" only in someone's words: lifted out of a post quoted without its
// author's line ("Je salue l'engagement des marins-pompiers."), or of a speech copied
// without marks, the sentence reads as the journalist's, or nobody's. A word counts as
// written in lower case, or capitalized as the sentence's first ("Je", "J’ai"); a letter
// alone only before an apostrophe ("J.-P. Dupont" is a name). `sentence` is NFC UTF-8.
// Pure; linear in its length.
bool SpeaksAsI(std::string_view sentence, const Language& language);

}  // namespace precis

#endif  // PRECIS_SRC_FIRST_PERSON_H_
