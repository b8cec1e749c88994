// A check that the documents are in the language the caller asked for: a text in
// another language still gets a summary (stemming and stopwords just work worse),
// but the caller should know.
//
//   std::vector<std::string> warnings;
//   WarnOtherLanguages(documents, GetLanguage("fr"), /*threads=*/0, &warnings);
//   // "a.txt: the text looks like en, not fr; the summary may be poor"
#ifndef PRECIS_SRC_LANGUAGE_GUESS_H_
#define PRECIS_SRC_LANGUAGE_GUESS_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "language.h"
#include "load.h"

namespace precis {

// The code of a language precis knows that the text is clearly written in,
// when it is not `expected`; empty when the text is in `expected`, too short or
// too mixed to say. The measure is the share of the text's words found in each
// language's stopword list (function words make up about half of running text
// in French and English, and the lists barely overlap): another language wins
// when it has at least kMinGuessHits stopwords, twice as many as `expected`,
// and a tenth of the words. Reads at most the first kMaxGuessWords words, so
// the cost is bounded whatever the size of the text: a thousand words of running
// text hold hundreds of function words, far more than the decision needs.
inline constexpr std::size_t kMinGuessHits = 20;
inline constexpr std::size_t kMaxGuessWords = 1000;
std::string GuessOtherLanguage(std::string_view text, const Language& expected);

// Appends one warning per document GuessOtherLanguage flags, or a single one
// ("12 documents look like en, not fr; ... (first: a.txt)") when more than
// kMaxLanguageWarnings documents are flagged, all for the same language. `threads`
// as Options::threads; the warnings do not depend on it.
inline constexpr std::size_t kMaxLanguageWarnings = 3;
void WarnOtherLanguages(const std::vector<LoadedDocument>& documents, const Language& expected,
                        std::size_t threads, std::vector<std::string>* warnings);
// The same, reading texts[d] as document d's text (see Clean).
void WarnOtherLanguages(const std::vector<LoadedDocument>& documents,
                        const std::vector<std::string_view>& texts, const Language& expected,
                        std::size_t threads, std::vector<std::string>* warnings);

}  // namespace precis

#endif  // PRECIS_SRC_LANGUAGE_GUESS_H_
