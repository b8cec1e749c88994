// The words of a phrase as the clean stage's furniture rules read them: where a
// paragraph's sentences start, its words outside quotations, and whether they speak to the
// reader, name the page, go on as a clause of the story, or only say where a credit was
// written. Patterns (clean_patterns.h) find a phrase; these tell whether it is the page's
// or the story's.
#ifndef PRECIS_SRC_PHRASE_WORDS_H_
#define PRECIS_SRC_PHRASE_WORDS_H_

#include <unicode/umachine.h>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "clean.h"

namespace precis::clean_rules {

// A code point with its byte offset in the text.
struct PlacedCodePoint {
  UChar32 c;
  std::size_t at;
};

// The code points of `span`, each with its byte offset; an ill-formed sequence reads as
// U+FFFD.
std::vector<PlacedCodePoint> Decode(std::string_view text, TextSpan span);

// Where the sentences of a paragraph start (byte offsets, the first one's included): after
// . ! ? or … that ends a word of three letters or more (not "M." nor an initial), then any
// closing quotes or brackets, white space and a capital, an opening mark or, when
// `digit_opens`, a digit. A rough split, enough to find the sentence a rule's match stands
// in; the segment stage splits for real. A digit after a stop may open a sentence
// ("arrivés hier. 12 personnes...") or follow an abbreviated month ("Dec. 27, 2004").
std::vector<std::size_t> SentenceStarts(const std::vector<PlacedCodePoint>& cps, std::size_t begin,
                                        bool digit_opens);

// Whether `span` is one sentence. A wire caption's closing date may hold an abbreviated
// month ("Indonesia, Dec. 27, 2004."), so a digit opens no sentence here.
bool IsOneSentence(std::string_view text, TextSpan span);

// The lead glued after a link's headline: "Lire aussi : Tempête Ciarán : les images Les
// pompiers ont été appelés 300 fois dans la nuit." A headline has no stop, and its words
// after the first run in lower case but for names and the word after a colon: the lead
// opens on a capitalized determiner ("Les", "Une", "L’", "Au", "The") that follows a word
// (not a colon) and comes before a word in lower case ("Les Échos", "La Poste" are
// names), and it runs to the paragraph's end as a sentence of five words or more. Empty
// when there is none, or when a stop inside the headline would leave its end in doubt.
TextSpan GluedLeadAfterHeadline(std::string_view text, TextSpan span);

// The words of cps[from, to), split at white space and punctuation other than the
// apostrophe; `quoted` words (inside « », “ ” or "...") are left out when `skip_quoted`.
// With `keep_hyphens`, a hyphen between letters joins them, so that a compound name
// stays one capitalized word ("Hyung-jin", "Jean-Marc").
std::vector<std::string> WordsOf(const std::vector<PlacedCodePoint>& cps, std::size_t from,
                                 std::size_t to, bool skip_quoted, bool keep_hyphens = false);

// Words by which a page speaks to its reader ("Abonnez-vous à notre newsletter", "we use
// cookies", "your inbox"); news reports in the third person, and quotes are skipped. With
// `reader_only`, the first person plural is left out: the newsroom may speak in a story
// ("Avec la contribution de notre correspondant à Kiev, nous avons pu retrouver...").
bool AddressesReader(const std::vector<std::string>& words, bool reader_only = false);

// Words by which a page names itself or its parts: "Cet article est réservé aux abonnés".
bool NamesThePage(const std::vector<std::string>& words);

// A clause of the story after a comma: at least four words, opening on a verb of saying
// put after what was said ("a exhorté le ministre", "estime Séoul", "said the minister")
// or, when `saying_only` is false, on a subject ("il paraîtra", "le livre s’est vendu",
// "l’œuvre"). An apposition ("envoyé spécial à Séoul"), a date ("le 12 mars 2024") or
// a second credit ("writing by") is none.
bool IsClause(const std::vector<std::string>& words, bool saying_only);

// Whether `words` open on a reporter's role, past a determiner: "l’envoyée spéciale du
// Monde à Kiev", "notre correspondant à Bruxelles", "les photos de Pierre Lefèvre". After
// a byline's comma such words are its apposition, though they open as a subject does.
bool NamesReporterRole(const std::vector<std::string>& words);

// Whether the first comma of `span` that a lower-case word follows opens a clause of the
// story there (IsClause), not a byline's apposition (NamesReporterRole).
bool ClauseAfterComma(std::string_view text, TextSpan span);

// A clause opening on a verb of saying proper, past an auxiliary, then its subject
// ("lançait le candidat", "a lancé le candidat", "said the minister"); "a" alone may be
// the English article, and "a été" opens a passive ("a été pensée pour vous"). Read as
// kStoryClauseSaying (incise.h) says, with the clause rules' own verbs.
bool IsSaying(const std::vector<std::string>& words);

// A short clause that gives the words before it to someone who asks them of others, verb
// first ("demandait le préfet", "asked the mayor"), read as kInstructionIncise.
bool IsRequest(const std::vector<std::string>& words);

// "Recevez", "Téléchargez", "Inscrivez-vous": the page's imperative to its reader.
bool IsImperative(const std::string& word);

// A word that says where a credit was written: "from", "à", "depuis".
bool IsPlaceWord(const std::string& word);

// Names, and where each reporter was: "John Smith in Brussels", "from the United Nations",
// "from Washington, and Mary Major from London". Only "the" of a place's name, and a
// reporter's role after the agency's name ("Associated Press writer"), may be lower-case
// besides the joins.
bool NamesAndPlaces(const std::vector<std::string>& words);

// Nothing, or only where a credit was written, with other reporters and their places:
// "from Brussels", "in Paris and Berlin", "à Bruxelles", "depuis Kiev", "from Brussels
// and Alan Rappeport from Washington".
bool PlaceOnly(const std::vector<std::string>& words);

}  // namespace precis::clean_rules

#endif  // PRECIS_SRC_PHRASE_WORDS_H_
