// Asides that a news page or a paper slips into a story's paragraphs and that no reader
// of a summary can follow: a pointer to another article or to elsewhere in the paper,
// in brackets ("(lire aussi page 4)", "(voir encadré)", "(Lire aussi : Budget 2025 : ce
// que contient le texte)", "[Lire aussi]", "(VIDÉO)", "(photo)"), and the label of an
// advertisement glued to the prose ("Publicité", "ADVERTISEMENT").
//
// Clean cuts out those that stand between sentences (FindDetachedAsides); a sentence is a
// span of the original text, so one inside a sentence stays, and the stand-alone stage
// refuses the sentence (HoldsCrossReference).
#ifndef PRECIS_SRC_PAGE_ASIDE_H_
#define PRECIS_SRC_PAGE_ASIDE_H_

#include <string_view>
#include <vector>

#include "clean.h"

namespace precis {

enum class AsideKind {
  kNone,  // the writer's own words: "(qui a lu le rapport)", "(Voir la loi de 1905)"
  // A pointer that says where to look: "lire aussi page 4", "voir encadré", "lire
  // ci-dessous", "voir la vidéo", "lire notre entretien", "Lire aussi : Titre", "read
  // more: Title". A verb of reading or watching (lire, voir, relire, revoir, regarder,
  // écouter, retrouver; read, see, watch, listen), then "aussi", "également" or "encore"
  // and more words, a colon, or a word of the paper's ("page", "encadré", "ci-dessous",
  // "notre", "vidéo"...) among the next few.
  kReference,
  // A bare label: a call to read on ("Lire aussi", "À LIRE", "READ MORE") or a medium's
  // rubric ("VIDÉO", "PHOTOS", "photo", "Infographie"). Before more words it may head a
  // link's headline, which no rule can tell from the story's next sentence.
  kLabel,
};

// What the words between a pair of brackets are, `inside` excluding the brackets. At most
// a few dozen words; longer, it is prose. Pure; linear in its length.
AsideKind ClassifyAside(std::string_view inside);

// Whether `sentence` holds, between ( and ) or [ and ], an aside ClassifyAside does not
// call kNone. Pure; linear in its length.
bool HoldsCrossReference(std::string_view sentence);

// The asides in `span` of `text` that stand between its sentences and can go without
// taking words of the story, in order, none overlapping: a kReference in brackets first in
// the paragraph, or after a sentence's stop (and closing marks); a kLabel in brackets after
// a stop and last in the paragraph; an advertising label ("Publicité", "PUBLICITÉ",
// "Advertisement", "ADVERTISEMENT", with a period or not) after a stop, glued or spaced,
// and last, or first or after a stop and before a sentence that opens on a short
// capitalized word or an elision ("Publicité Le Sénat...", "PUBLICITÉ L’Assemblée...";
// "Publicité Google : ..." may be a title). An aside that is the whole paragraph is left to
// the paragraph rules, except a kReference. Linear in the span's size.
std::vector<TextSpan> FindDetachedAsides(std::string_view text, TextSpan span);

}  // namespace precis

#endif  // PRECIS_SRC_PAGE_ASIDE_H_
