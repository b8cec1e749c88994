// What precis knows of a language: ICU locales, stemmer, stopwords, elisions,
// abbreviations, and the sentence openers that tie a sentence to the one before it.
#ifndef PRECIS_SRC_LANGUAGE_H_
#define PRECIS_SRC_LANGUAGE_H_

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace precis {

// A fixed set of words, for the lookups made once per word of a cluster
// (stopwords, in tokenize and in language guessing): open addressing over one
// small array with a cheap hash, where a node-based set pays a division and a
// pointer chase or two per lookup. Iterates in sorted order.
class WordSet {
 public:
  WordSet() = default;
  explicit WordSet(const std::unordered_set<std::string>& words);

  // 1 if `word` is in the set, else 0 (the std::set interface).
  std::size_t count(std::string_view word) const {
    if (slots_.empty()) return 0;
    const uint64_t hash = Hash(word);
    for (std::size_t i = hash & mask_;; i = (i + 1) & mask_) {
      const Slot& slot = slots_[i];
      if (slot.word == 0) return 0;
      if (slot.hash == static_cast<uint32_t>(hash) && words_[slot.word - 1] == word) return 1;
    }
  }
  std::size_t size() const { return words_.size(); }
  std::vector<std::string>::const_iterator begin() const { return words_.begin(); }
  std::vector<std::string>::const_iterator end() const { return words_.end(); }

 private:
  static uint64_t Hash(std::string_view word) {  // FNV-1a
    uint64_t hash = 14695981039346656037ull;
    for (const char c : word) {
      hash = (hash ^ static_cast<unsigned char>(c)) * 1099511628211ull;
    }
    return hash ^ (hash >> 29);
  }
  struct Slot {
    uint32_t hash = 0;
    uint32_t word = 0;  // 1 + index in words_; 0: empty
  };
  std::vector<std::string> words_;
  std::vector<Slot> slots_;
  std::size_t mask_ = 0;
};

// When a period after a word does not end a sentence (segment.h). Unlike the other
// lists, these hold words as written: "M." is Monsieur, "m." a metre.
struct SentenceRules {
  // Words after which a period does not end a sentence before a capital: titles,
  // months, initialisms ("M.", "Dr.", "Sept.", "U.S.").
  std::vector<std::string> abbreviations;
  // Words after which a period does not end a sentence before a number: the references
  // of legal and scholarly text ("l'art. 49.3", "p. 12", "t. II": Roman numerals count),
  // which may also end a sentence before a word ("Il vit pour l'art. Le reste...").
  std::vector<std::string> before_numbers;
  // The abbreviated currencies of prices, which end no sentence before a figure when they
  // precede the amount ("Fr. 27.40", "Fr. 3995.–") or stand between its units and its
  // cents, two digits ("2 fr. 50"); after an amount and before another figure, one ends
  // its sentence ("...coûte 20 fr. 300 voyageurs l'ont acheté").
  std::vector<std::string> currencies;
  // Words that join the parties of a case's name, after a capitalized word or a closing
  // parenthesis, and so end no sentence before a capital there: "R. c. Jordan", "Québec
  // (Procureur général) c. A" (French Canada's "contre"). Elsewhere the same letter ends
  // enumerations ("les alinéas a, b et c. Le texte").
  std::vector<std::string> case_joiners;
  // Whether `abbreviations` replaces ICU's own suppressions (every other period before
  // a capital is a break) or only takes back breaks ICU made.
  bool abbreviations_replace_icu = false;
  // Up to how many capital initials run together ("B.J.", "A.S.") are initials, as a
  // single one ("W.") always is; 0 or 1: none.
  std::size_t longest_initial_run = 0;
  // Initials written with their digraph, without the period ("Ph", "Ch"), that a hyphen
  // joins to another initial in a compound given name ("J.-Ph. Dupont", "Ch.-A.
  // Sainte-Beuve"); alone ("Ph. Close") they are `abbreviations`.
  std::vector<std::string> initial_digraphs;
  // Eras that close a date ("J.-C."), after one of `era_prefixes` ("av.", "apr."): a
  // period after them ends a sentence before any capital, unless the sentence opens on
  // the date, on one of `date_openers` ("En 44 av. J.-C. César meurt").
  std::vector<std::string> eras;
  std::vector<std::string> era_prefixes;
  std::vector<std::string> date_openers;
  // Words that start a sentence even after an abbreviation or an initial ("The",
  // "In"); none that names may begin with (French "M. Le Pen").
  std::vector<std::string> starters;
  // Times of day ("a.m.", "p.m."), which end sentences too ("...at 3 p.m. The vote"):
  // after a number, a period after one ends the sentence unless an opening parenthesis
  // or one of `time_followers` (weekdays, time zones: "3 p.m. EST", "9 a.m. Monday")
  // comes next. Not after a number, "A.M." is initials ("A.M. Rosenthal").
  std::vector<std::string> time_suffixes;
  std::vector<std::string> time_followers;
  // A company's suffix ("Inc.", "Corp.") goes on before a day of the week, which wire
  // copy puts between the subject and its verb ("Microsoft Corp. Tuesday agreed to
  // buy"), and ends its sentence before anything else.
  std::vector<std::string> company_suffixes;
  std::vector<std::string> weekdays;
};

// Immutable after construction; safe to share across threads.
// Every word list holds case-folded NFC text with the ASCII apostrophe ' (never
// ’).
struct Language {
  std::string code;  // "fr"
  std::string
      sentence_locale;      // ICU locale for sentence breaks, "fr@ss=standard"
  std::string word_locale;  // ICU locale for word breaks, "fr"
  std::string stemmer;      // Snowball algorithm name, "french"
  // Function words, from the data file src/data/stopwords_<code>.txt.
  WordSet stopwords;
  // Elided forms that prefix a word before an apostrophe ("l", "qu", "jusqu").
  std::vector<std::string> elisions;
  // Sentence openers, one or more words, that make a sentence lean on the
  // previous one: connectives ("mais", "en revanche") and anaphoric pronouns
  // ("il", "ce dernier"). Used by CanStandAlone (standalone.h).
  std::vector<std::string> dangling_openers;
  // Longer openers that override dangling_openers: impersonal uses of a listed
  // pronoun
  // ("il y a", "il faut") and subordinators that start with a listed word
  // ("alors que").
  std::vector<std::string> opener_exceptions;
  // Openers that point back only when a comma or an inverted subject follows them:
  // French "aussi" is "therefore" in "Aussi, ..." and "Aussi a-t-il renoncé", "as" in
  // "Aussi grand soit-il". Used by CanStandAlone, as dangling_openers.
  std::vector<std::string> inverting_openers;
  // Subject pronouns that point back after a short fronted phrase and its comma as they do
  // opening a sentence ("Mardi soir, elle a ouvert une enquête", "On Tuesday, he said"):
  // a subset of dangling_openers, whose opener_exceptions hold there too ("En France, il
  // existe..."). Used by CanStandAlone.
  std::vector<std::string> fronted_subjects;
  // Words that open a fronted phrase of time, place or circumstance ("Mardi soir", "Sur
  // place", "Dans un communiqué", "On Tuesday"), case-folded: CanStandAlone reads a
  // pronoun after a phrase that opens on one, or on a past participle ("Contacté par
  // Ouest-France", "Âgé de 58 ans", "Asked about it", by `participle_endings`).
  WordSet fronting_words;
  std::vector<std::string> participle_endings;
  // Words that make a fronted phrase a clause, which may name the pronoun's referent
  // itself ("Quand la procureure est arrivée, elle...", "When Clinton arrived, he..."):
  // CanStandAlone lets the pronoun after such a phrase be. Case-folded, ’ written '.
  WordSet clause_words;
  // A web page's calls to read another article ("Lire aussi", "Read more"), which a
  // sentence copied with its link opens with: the summary would point to a page it does
  // not carry. Used by CanStandAlone, matched as dangling_openers are.
  std::vector<std::string> link_openers;
  // Openers that announce what the article says next ("Voici ce que l'on sait",
  // "Here's what we know"): alone, the sentence promises what the summary does not
  // carry. Used by CanStandAlone, matched as dangling_openers are.
  std::vector<std::string> announcing_openers;
  // Verbs of saying as an incise writes them ("déclaré" in "a déclaré Armstrong",
  // "said"), one word each: a half quotation whose last clause holds one says who speaks
  // (NamesSpeaker, quotation_speaker.h), and the clean stage keeps an instruction or a
  // dialog that one gives to someone. incise.h reads the clauses.
  WordSet reporting_verbs;
  // Words of the first person, case-folded ("je", "j" of "j'ai", "nous", "notre"): an
  // interview's answers speak so (interview.h).
  WordSet first_person;
  // Those of them that only one person says, as written in lower case ("je", "j" of
  // "j'ai", "moi"): a sentence saying them needs its speaker named (first_person.h).
  WordSet first_person_singular;
  // The words after which English "I" is a speaker's, case-folded ("am", "was", "could",
  // "think", and "m" of "I'm"): "I" is also a Roman numeral, which a name precedes and
  // anything may follow. Empty for a language without such a word.
  WordSet verbs_after_i;
  // The forms of "to answer", case-folded, and the paper's "our questions" as words
  // ("nos", "questions"): "X répond à nos questions" presents an interview, and says
  // nothing of the story (interview_intro.h).
  WordSet answer_verbs;
  std::vector<std::string> our_questions;
  // Words that end no sentence and no title, as written (articles, prepositions,
  // conjunctions; "l'" elided): a line without final punctuation that ends on one goes on
  // in the next line, whatever that line's case ("...et dans le" / "Fichier national...").
  WordSet never_final;
  // Words that end titles ("Pourquoi je vote pour", "Worth fighting for") but no line
  // longer than a title: such a line goes on in the next one too.
  WordSet rarely_final;
  SentenceRules sentences;
};

// The codes of the languages precis has data for, French first: "fr", "en".
inline constexpr std::size_t kKnownLanguageCount = 2;
const std::array<const char*, kKnownLanguageCount>& KnownLanguages();
// The same in alphabetical order, for messages: "en, fr".
std::string KnownLanguageList();

// The language for an ISO 639-1 code ("fr", "en"). Throws
// Error(kInvalidOptions, "lang") for a language precis has no data for. The
// first call for a language parses its embedded data; later calls are a lookup.
// Thread-safe; the objects live as long as the program.
const Language& GetLanguage(std::string_view code);

}  // namespace precis

#endif  // PRECIS_SRC_LANGUAGE_H_
