// What precis knows of a language: ICU locales, stemmer, stopwords, elisions,
// and the sentence openers that tie a sentence to the one before it.
#ifndef PRECIS_SRC_LANGUAGE_H_
#define PRECIS_SRC_LANGUAGE_H_

#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace precis {

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
  std::unordered_set<std::string> stopwords;
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
};

// The language for an ISO 639-1 code ("fr", "en"). Throws
// Error(kInvalidOptions, "lang") for a language precis has no data for. The
// first call for a language parses its embedded data; later calls are a lookup.
// Thread-safe; the objects live as long as the program.
const Language& GetLanguage(std::string_view code);

}  // namespace precis

#endif  // PRECIS_SRC_LANGUAGE_H_
