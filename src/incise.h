// Incises: the short clause after a comma that gives the words before it to a speaker
// ("…, a déclaré le préfet.", "« Pourtant, assure un analyste, le contrôle évolue »",
// "…, conseille l’administration fiscale.", "Well, I'm not a Tutsi,\" Wamba said.").
// Cleaning reads them to keep an instruction someone gives ("Téléchargez l’application…,
// conseille l’administration") and a dialog the story reports; the stand-alone filter
// reads them to know whether half a quotation says who speaks. One reading, with the
// callers' differences as the fields of an InciseReading:
//
//   const Language& fr = GetLanguage("fr");
//   IsIncise({"a", "t", "il", "ajouté"}, fr.reporting_verbs, kInstructionIncise);  // true
//   HoldsIncise("« Oui, a déclaré Armstrong.", fr.reporting_verbs, kQuotationIncise);  // true
#ifndef PRECIS_SRC_INCISE_H_
#define PRECIS_SRC_INCISE_H_

#include <cstddef>
#include <initializer_list>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "language.h"

namespace precis {

// In what order an incise holds its verb of saying and its speaker.
enum class InciseOrder : unsigned char {
  // A verb of saying anywhere among its words, speaker or none: "a-t-il ajouté", "selon
  // M. Kim", "le ministre de la Défense a déclaré".
  kAnyVerb,
  // The verb, then its subject: "conseille l’administration fiscale", "a rappelé la
  // CNIL", "said the minister"; or the subject joined to the verb when
  // InciseReading::joined_pronoun ("a-t-elle précisé", "ajoute-t-il").
  kVerbFirst,
  // kVerbFirst, or a subject's opener then a verb of saying within three words: "la
  // direction précise", "the company confirmed", "he said".
  kEitherOrder,
};

// How a caller reads an incise. The named readings below are the ones precis uses.
struct InciseReading {
  InciseOrder order = InciseOrder::kVerbFirst;
  // The fewest and most words the clause may hold; 0 bounds nothing. A clause runs to
  // where its caller cuts it (the next comma, the sentence's end), so `max_words` also
  // says where the incise may stand: with words up to the sentence's end, only at the end.
  std::size_t min_words = 0;
  std::size_t max_words = 0;
  // Whether a pronoun joined by "-t-" or before the participle is the subject:
  // "a-t-elle précisé", "ajoute-t-il".
  bool joined_pronoun = true;
  // Whether, after an auxiliary, any past participle by its form ("-é", "dit", "écrit";
  // not "été") is the verb of saying, rather than only the listed verbs: "a exhorté le
  // ministre".
  bool participle_by_form = false;
};

// Half a quotation's own incise ("« Il y a des doutes, a déclaré Armstrong.", "«
// Pourtant, assure un analyste, le contrôle évolue. »"): any verb of saying in a clause
// of at most eight words, up to the next comma or the end (HoldsIncise cuts it so). The
// quotation already shows someone speaks; a longer clause is more of what they say.
inline constexpr InciseReading kQuotationIncise{InciseOrder::kAnyVerb, /*min_words=*/0,
                                                /*max_words=*/8, /*joined_pronoun=*/true,
                                                /*participle_by_form=*/false};

// The incise that gives the page's imperative to someone ("Téléchargez l’application…,
// conseille l’administration fiscale", "…, a-t-elle précisé."), read in words up to the
// sentence's end: the verb and its subject, at most eight words, so at the end (a longer
// clause is more of the sentence). Any verb of saying alone is not enough there: "…, écrit
// chaque matin par la rédaction" is a participle that describes the newsletter.
inline constexpr InciseReading kInstructionIncise{InciseOrder::kVerbFirst, /*min_words=*/0,
                                                  /*max_words=*/8, /*joined_pronoun=*/true,
                                                  /*participle_by_form=*/false};

// The incise that gives a dialog's words to someone ("Vous ne pouvez lire Le Monde que sur
// un seul appareil, explique la direction commerciale du journal", "…, the company
// confirmed in an email"): in either order, wherever it stands in the paragraph, as its
// verb and subject come first whatever follows them.
inline constexpr InciseReading kDialogIncise{InciseOrder::kEitherOrder, /*min_words=*/0,
                                             /*max_words=*/0, /*joined_pronoun=*/true,
                                             /*participle_by_form=*/false};

// The clause of the story that opens on a verb of saying in any tense ("…, a exhorté le
// ministre", "…, lançait le candidat"), read by the clean stage's clause rules with their
// own verbs: at least four words, as any clause of the story they read, and any
// participle after an auxiliary, as their verbs are present and imperfect forms only.
// They have never read a joined pronoun: reading "…, ajoute-t-il dans un communiqué" as
// saying would keep more of the page's addresses to its reader, a change to make on its
// own (kInstructionIncise, tried after them when no clause is found, reads it).
inline constexpr InciseReading kStoryClauseSaying{InciseOrder::kVerbFirst, /*min_words=*/4,
                                                  /*max_words=*/0, /*joined_pronoun=*/false,
                                                  /*participle_by_form=*/true};

// Whether `words`, the words of a clause after a comma in their order, are an incise as
// `reading` reads it, with one of `verbs`. Words are compared as given: the caller splits
// and folds them as its verbs are written (language.h lists hold case-folded words; "a",
// "t", "il", "ajouté" for "a-t-il ajouté"). A subject opens on a subject pronoun or a
// determiner of French or English, "du", an elided "l’" or a capital. Pure; linear in the
// number of words.
bool IsIncise(const std::vector<std::string>& words, const WordSet& verbs,
              const InciseReading& reading);

// Whether `words`, case-folded as IsIncise takes them, open on an incise whose speaker is
// a personal pronoun alone: "a t il dit", "ajoute t elle", "dit il", "il a déclaré", "he
// said", "said she", with one of `verbs`. The pronoun points back at a sentence a summary
// may leave out, as an opening "Il" does; "on" ("a-t-on appris") is impersonal and is
// none. Pure; constant time.
bool OpensOnPronounIncise(const std::vector<std::string>& words, const WordSet& verbs);

// Whether a clause after a comma in `sentence`, up to the next comma or the end, is an
// incise as `reading` reads it: "« Pourtant, assure un analyste, le contrôle évolue. »",
// not "« Je l’ai dit, et je le répète, rien ne change. »". Words are the runs of letters,
// case-folded (an apostrophe, a hyphen or a digit splits them: "l", "administration").
// Nothing before the first comma is an incise. `sentence` is UTF-8. Pure; linear in its
// length.
bool HoldsIncise(std::string_view sentence, const WordSet& verbs, const InciseReading& reading);

// The subject pronouns and determiners of French and English as the clean tables list
// them ("il", "le", "they", "its"), lower case, and `extra`: the words that open a subject
// in either language, whatever the page's (French pages carry English credits).
std::unordered_set<std::string> SubjectOpeners(std::initializer_list<const char*> extra);

}  // namespace precis

#endif  // PRECIS_SRC_INCISE_H_
