// Sentences that lean on the one before them past their first words: the opener lists
// (language.h) read only how a sentence starts, and French often puts what points back
// after a copula, after the verb or inside a fronted phrase.
#ifndef PRECIS_SRC_POINTS_BACK_H_
#define PRECIS_SRC_POINTS_BACK_H_

#include <string>
#include <string_view>

#include "language.h"

namespace precis {

// The copula ("c'est", "ce fut", "ce n'était"...) that opens `sentence` when no cleft's
// "qui" or "que" follows it: "C'est une première.", "C'est moins que les réquisitions
// du parquet." present the fact of the sentence before, where "C'est à Landerneau que
// le groupe a été fondé." carries its own. A "que" after a comparative ("plus que",
// "deux fois plus qu'") or after "ce" ("ce que") or a conjunction ("alors que") makes no
// cleft; "c'est lui qui" points back at its pronoun. A colon lets the sentence stand:
// "C'est officiel : ..." announces its own fact. "" otherwise, and for a language
// without such rules (English). `sentence` is NFC UTF-8 after its opening marks. Pure;
// linear in its length.
std::string CopulaWithoutCleft(std::string_view sentence, const Language& language);

// The connective ("en revanche", "toutefois", "quant à lui"...) that follows the subject
// and its verb within the first words of `sentence`, before any clause of its own ("Le
// tribunal l'a en revanche relaxé", "La grève est donc reconduite"): it answers the
// sentence before, as it does at the start. One inside a relative or an apposition ("Le
// gouvernement, qui avait pourtant promis", "Le procès, pourtant annoncé pour
// septembre,") is that clause's. "" otherwise. Pure; reads the first words only.
std::string ConnectiveAfterSubject(std::string_view sentence, const Language& language);

// The preposition and pronoun or possessive ("sans eux", "selon leurs") that open a
// phrase before `sentence`'s first comma when they point back: a stressed pronoun
// always does ("Sans eux, la croissance aurait été bien plus modeste."); a possessive
// does unless what follows the comma is a name or a subject of its possessor's number,
// to which it may point forward ("Dans son discours, Emmanuel Macron a...", "Selon ses
// proches, le ministre..."). A subject pronoun after the comma is left to the test of
// pronoun subjects. "" otherwise. Pure; reads the first words only.
std::string FrontedPhrasePointsBack(std::string_view sentence, const Language& language);

}  // namespace precis

#endif  // PRECIS_SRC_POINTS_BACK_H_
