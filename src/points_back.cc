#include "points_back.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <unordered_set>
#include <utility>
#include <vector>

#include "utf8.h"

namespace precis {
namespace {

// A word of a sentence as the tables below write it: case-folded, with ’ written ', an
// elided form apart from its word ("c'", "est"), and a comma, a colon or a semicolon
// as a word of its own.
struct Word {
  std::string text;
  bool capital = false;  // as written: a name, or "M." before one
};

// The first `limit` words of `text`. Quotes, brackets and other marks end a word and
// are dropped; hyphens stay inside one ("lui-même", "est-à-dire").
std::vector<Word> FoldedWords(std::string_view text, std::size_t limit) {
  std::vector<Word> words;
  Word current;
  const auto flush = [&words, &current] {
    if (!current.text.empty()) words.push_back(std::move(current));
    current = Word();
  };
  const int32_t size = IcuLength(text);
  for (int32_t i = 0; i < size && words.size() < limit;) {
    UChar32 c;
    U8_NEXT(text.data(), i, size, c);
    if (c == u'’' || c == u'‘') c = u'\'';
    if (c >= 0 && (u_isalnum(c) || (c == u'-' && !current.text.empty()))) {
      if (current.text.empty()) current.capital = u_isupper(c);
      AppendUtf8(u_foldCase(c, U_FOLD_CASE_DEFAULT), &current.text);
    } else if (c == u'\'' && !current.text.empty()) {
      current.text += '\'';
      flush();
    } else {
      flush();
      if (c == u',' || c == u':' || c == u';')
        words.push_back({std::string(1, static_cast<char>(c))});
    }
  }
  flush();
  return words;
}

using Phrase = std::vector<std::string>;
using Words = std::unordered_set<std::string>;

std::vector<Phrase> Phrases(std::initializer_list<std::string_view> texts) {
  std::vector<Phrase> phrases;
  for (const std::string_view text : texts) {
    Phrase phrase;
    for (Word& word : FoldedWords(text, text.size())) phrase.push_back(std::move(word.text));
    phrases.push_back(std::move(phrase));
  }
  return phrases;
}

// The phrase as a reason quotes it: words apart, elided forms joined to the next.
std::string Quoted(const Phrase& phrase) {
  std::string text;
  for (const std::string& word : phrase) {
    if (!text.empty() && text.back() != '\'') text += ' ';
    text += word;
  }
  return text;
}

bool At(const std::vector<Word>& words, std::size_t at, const Phrase& phrase) {
  if (at + phrase.size() > words.size()) return false;
  for (std::size_t i = 0; i < phrase.size(); ++i) {
    if (words[at + i].text != phrase[i]) return false;
  }
  return true;
}

// The first of `phrases` that `words` holds at `at`, or null.
const Phrase* PhraseAt(const std::vector<Word>& words, std::size_t at,
                       const std::vector<Phrase>& phrases) {
  for (const Phrase& phrase : phrases) {
    if (At(words, at, phrase)) return &phrase;
  }
  return nullptr;
}

// Whether `word` is a word, not a comma, colon or semicolon.
bool IsWord(const Word& word) {
  return word.text.size() > 1 || (word.text != "," && word.text != ":" && word.text != ";");
}

bool In(const Words& set, const std::vector<Word>& words, std::size_t at) {
  return at < words.size() && set.count(words[at].text) != 0;
}

struct Rules {
  std::vector<Phrase> copulas;
  Words cleft_relatives;
  // A "que" compares when one of these stands up to three words before it.
  Words comparatives;
  // A "que" right after one of these subordinates, or heads a relative without its
  // noun ("ce que"): no cleft.
  Words que_heads;
  Words stressed_pronouns;
  std::vector<Phrase> inner_connectives;
  // After these, a connective is its own clause's ("qui avait pourtant promis").
  Words clause_openers;
  // Verbs before a comma after which a connective between commas still follows the
  // main verb ("a, en revanche, relaxé").
  Words auxiliaries;
  std::vector<Phrase> fronting_prepositions;
  Words singular_possessives;
  Words plural_possessives;
  Words singular_determiners;
  Words plural_determiners;
  Words subject_pronouns;
};

Rules MakeFrenchRules() {
  Rules rules;
  rules.copulas = Phrases({"c'est", "c'était", "c'étaient", "ce sont", "ce sera", "ce seront",
                           "ce serait", "ce fut", "ce n'est", "ce n'était", "ce ne sera",
                           "ce ne serait", "ce ne sont", "ce ne fut"});
  rules.cleft_relatives = {"qui", "que", "qu'"};
  // Not "aussi", which adds ("C'est aussi en 2019 que...") more often than it compares.
  rules.comparatives = {"plus", "moins", "autant", "davantage", "mieux", "pire", "autre", "plutôt"};
  rules.que_heads = {"ce",     "alors", "parce",  "pour", "avant",  "bien",
                     "tandis", "ainsi", "dès",    "sans", "afin",   "pendant",
                     "depuis", "sauf",  "malgré", "tant", "encore", "même"};
  rules.stressed_pronouns = {"lui", "elle", "eux", "elles"};
  rules.inner_connectives =
      Phrases({"en revanche",   "donc",         "toutefois",   "cependant",    "pourtant",
               "néanmoins",     "au contraire", "quant à lui", "quant à elle", "quant à eux",
               "quant à elles", "lui aussi",    "elle aussi",  "eux aussi",    "elles aussi",
               "de son côté",   "de leur côté", "à son tour",  "à leur tour",  "pour sa part",
               "pour leur part"});
  rules.clause_openers = {"qui",     "que",     "qu'",     "dont",  "où",    "si",
                          "s'",      "lorsque", "lorsqu'", "quand", "comme", "puisque",
                          "puisqu'", "parce",   "mais",    "et",    ":",     ";"};
  rules.auxiliaries = {"a",        "ont",       "est",     "sont",      "avait",  "avaient",
                       "était",    "étaient",   "sera",    "seront",    "serait", "seraient",
                       "aura",     "auront",    "aurait",  "auraient",  "reste",  "restent",
                       "doit",     "doivent",   "devrait", "devraient", "peut",   "peuvent",
                       "pourrait", "pourraient"};
  rules.fronting_prepositions =
      Phrases({"selon",  "d'après", "pour",    "sans",    "avec",  "contre", "chez",  "malgré",
               "dans",   "par",     "face à",  "grâce à", "outre", "comme",  "après", "avant",
               "depuis", "dès",     "lors de", "à",       "sur",   "en"});
  rules.singular_possessives = {"son", "sa", "ses"};
  rules.plural_possessives = {"leur", "leurs"};
  rules.singular_determiners = {"le",    "la",   "l'",     "un",    "une",    "ce",   "cet",
                                "cette", "du",   "son",    "sa",    "mon",    "ma",   "notre",
                                "votre", "leur", "chaque", "aucun", "aucune", "tout", "toute"};
  rules.plural_determiners = {"les",  "des",    "ces",       "ses",      "mes",       "nos",
                              "vos",  "leurs",  "plusieurs", "certains", "certaines", "quelques",
                              "tous", "toutes", "deux",      "trois",    "quatre",    "cinq"};
  rules.subject_pronouns = {"il", "elle", "ils", "elles", "on",   "nous", "vous",
                            "je", "j'",   "c'",  "ce",    "cela", "ça"};
  return rules;
}

// The rules for `language`, or null for one without them.
const Rules* RulesFor(const Language& language) {
  if (language.code != "fr") return nullptr;
  static const Rules* const french = new Rules(MakeFrenchRules());
  return french;
}

// Whether the "qui" or "que" at `at` makes a cleft of the copula before it.
bool IsCleftRelative(const Rules& rules, const std::vector<Word>& words, std::size_t at) {
  if (!In(rules.cleft_relatives, words, at)) return false;
  if (at > 0 && In(rules.que_heads, words, at - 1)) return false;
  if (words[at].text == "qui") return true;
  for (std::size_t back = 1; back <= 3 && back <= at; ++back) {
    if (In(rules.comparatives, words, at - back)) return false;
  }
  return true;
}

}  // namespace

std::string CopulaWithoutCleft(std::string_view sentence, const Language& language) {
  const Rules* rules = RulesFor(language);
  if (rules == nullptr) return {};
  const std::vector<Word> words = FoldedWords(sentence, sentence.size());
  const Phrase* copula = PhraseAt(words, 0, rules->copulas);
  if (copula == nullptr) return {};
  const std::size_t focus = copula->size();
  // "C'est lui qui décidera": who "lui" is, the sentence before said.
  if (In(rules->stressed_pronouns, words, focus)) return Quoted(*copula);
  for (std::size_t i = focus; i < words.size(); ++i) {
    if (words[i].text == ":" || IsCleftRelative(*rules, words, i)) return {};
  }
  return Quoted(*copula);
}

std::string ConnectiveAfterSubject(std::string_view sentence, const Language& language) {
  const Rules* rules = RulesFor(language);
  if (rules == nullptr) return {};
  // The subject and its verb, with an object pronoun or a negation, fit in so many words
  // ("Le tribunal l'a en revanche", "Lance Armstrong n'a donc pas"); further on, the
  // connective may belong to a clause this test does not see.
  constexpr std::size_t kWords = 8;
  const std::vector<Word> words = FoldedWords(sentence, 2 * kWords);
  std::size_t seen = 1;  // words, not marks: an apposition's commas do not count
  for (std::size_t i = 1; i < words.size() && seen < kWords; ++i) {
    if (IsWord(words[i])) ++seen;
    if (In(rules->clause_openers, words, i)) return {};
    const Phrase* connective = PhraseAt(words, i, rules->inner_connectives);
    if (connective == nullptr) continue;
    // Right after a comma, the connective opens an apposition ("Le procès, pourtant
    // annoncé pour septembre,"), unless a verb stands before that comma.
    const bool after_comma = words[i - 1].text == ",";
    if (!after_comma || (i >= 2 && In(rules->auxiliaries, words, i - 2))) {
      return Quoted(*connective);
    }
  }
  return {};
}

std::string FrontedPhrasePointsBack(std::string_view sentence, const Language& language) {
  const Rules* rules = RulesFor(language);
  if (rules == nullptr) return {};
  // A fronted phrase of more words than this is rarely a preposition's.
  constexpr std::size_t kPhraseWords = 8;
  // A second fronted phrase as short as this ("mercredi soir,") may stand between the
  // first and the subject.
  constexpr std::size_t kSecondPhraseWords = 4;
  const std::vector<Word> words = FoldedWords(sentence, 3 * kPhraseWords);
  const Phrase* preposition = PhraseAt(words, 0, rules->fronting_prepositions);
  if (preposition == nullptr) return {};
  std::size_t comma = 0;
  while (comma < words.size() && words[comma].text != ",") ++comma;
  const std::size_t pointer = preposition->size();
  if (comma >= words.size() || comma > kPhraseWords || pointer >= comma) return {};
  const std::string found = Quoted(*preposition) + " " + words[pointer].text;
  if (In(rules->stressed_pronouns, words, pointer)) return found;
  const bool one_possessor = In(rules->singular_possessives, words, pointer);
  if (!one_possessor && !In(rules->plural_possessives, words, pointer)) return {};

  // The subject: the first word after the comma that tells a name, a pronoun or a
  // number, past a second short phrase without one ("Dès son arrivée à Bogota, mercredi
  // soir, Ingrid Betancourt a remercié...").
  for (std::size_t subject = comma + 1; subject < words.size();) {
    const Word& first = words[subject];
    if (first.capital || In(rules->subject_pronouns, words, subject)) return {};
    if (In(rules->singular_determiners, words, subject)) return one_possessor ? "" : found;
    if (In(rules->plural_determiners, words, subject)) return one_possessor ? found : "";
    // A preposition opens a second phrase, however long ("Depuis sa libération, à l'aube
    // de mercredi dans la jungle colombienne, Ingrid Betancourt...").
    const std::size_t second_phrase_words =
        PhraseAt(words, subject, rules->fronting_prepositions) != nullptr ? kPhraseWords
                                                                          : kSecondPhraseWords;
    std::size_t next = subject + 1;
    while (next < words.size() && next <= subject + second_phrase_words &&
           words[next].text != ",") {
      ++next;
    }
    if (next >= words.size() || words[next].text != ",") break;
    subject = next + 1;
  }
  return found;
}

}  // namespace precis
