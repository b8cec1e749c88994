// What precis knows of a language: ICU locales, stemmer, stopwords, elisions.
#ifndef PRECIS_SRC_LANGUAGE_H_
#define PRECIS_SRC_LANGUAGE_H_

#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace precis {

struct Language {
  std::string code;             // "fr"
  std::string sentence_locale;  // ICU locale for sentence breaks, "fr@ss=standard"
  std::string word_locale;      // ICU locale for word breaks, "fr"
  std::string stemmer;          // Snowball algorithm name, "french"
  // Case-folded function words, from the data file src/data/stopwords_<code>.txt.
  std::unordered_set<std::string> stopwords;
  // Case-folded elided forms that prefix a word before an apostrophe ("l", "qu", "jusqu").
  std::vector<std::string> elisions;
};

// The language for an ISO 639-1 code. Throws Error(kInvalidOptions) for a language
// precis has no data for. The objects live as long as the program.
const Language& GetLanguage(std::string_view code);

}  // namespace precis

#endif  // PRECIS_SRC_LANGUAGE_H_
