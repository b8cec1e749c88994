// A check that the documents are in the language the caller asked for: a text in
// another language still gets a summary (stemming and stopwords just work worse),
// but the caller should know.
//
//   std::vector<std::string> warnings;
//   WarnOtherLanguages(documents, CountStopwords(TextsOf(documents), /*threads=*/0),
//                      GetLanguage("fr"), &warnings);
//   // "a.txt: the text looks like en, not fr; the summary may be poor"
#ifndef PRECIS_SRC_LANGUAGE_GUESS_H_
#define PRECIS_SRC_LANGUAGE_GUESS_H_

#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "language.h"
#include "load.h"

namespace precis {

// How many of a text's words each language precis knows has in its stopword list, in the
// order of KnownLanguages() (language.h), over the text's first kMaxGuessWords words.
// Function words make up about half of running text in French and English, and the lists
// barely overlap.
inline constexpr std::size_t kMaxGuessWords = 1000;
// Languages precis does not read but tells, so that an article from a paper's Spanish,
// Italian, German or Portuguese edition is not summarized as French: es, it, de, pt.
inline constexpr std::size_t kForeignLanguageCount = 4;
struct StopwordCounts {
  std::array<std::size_t, kKnownLanguageCount> hits{};
  // Of each foreign language, its function words that neither French nor English writes
  // ("por", "della", "und", "não"): none of them occurs in the 196,000 words of the
  // development sets' French and English articles.
  std::array<std::size_t, kForeignLanguageCount> foreign_hits{};
  std::size_t words = 0;
};
StopwordCounts CountStopwords(std::string_view text);
// Of each text, by `threads` workers (as Options::threads; the counts do not depend on it).
std::vector<StopwordCounts> CountStopwords(const std::vector<std::string_view>& texts,
                                           std::size_t threads);

// The code of a language that the text is clearly written in, when it is not `expected`:
// one precis knows, or a foreign one it only tells; empty when the text is in
// `expected`, too short or too mixed to say.
// Another language wins when it has at least kMinGuessHits stopwords, twice as many as
// `expected`, and a tenth of the words: a thousand words of running text hold hundreds
// of function words, far more than the decision needs. A short text (a 30-word brief)
// needs kMinShortGuessHits, four times as many as `expected`, and a quarter of the words.
// A foreign language (kForeignLanguageCount) wins with kMinForeignHits of its own words,
// a twelfth of the words and a quarter of `expected`'s hits: its words share nothing
// with French and English, but its articles and prepositions ("la", "de", "en") do.
inline constexpr std::size_t kMinGuessHits = 20;
inline constexpr std::size_t kMinShortGuessHits = 8;
inline constexpr std::size_t kMinForeignHits = 4;
std::string GuessOtherLanguage(const StopwordCounts& counts, const Language& expected);

// The language of a cluster, for Options::language "auto": the one most of its documents
// are written in, each document voting for the language with the most of its stopwords;
// on a tie of votes, the one with the most stopwords over the cluster; French, precis's
// first language, when that ties too (no stopword at all, no document).
std::string GuessClusterLanguage(const std::vector<StopwordCounts>& counts);

// Appends one warning per document GuessOtherLanguage flags, or a single one
// ("12 documents look like en, not fr; ... (first: a.txt)") when more than
// kMaxLanguageWarnings documents are flagged, all for the same language. `counts` are
// the documents' (CountStopwords), one per document. Returns, for each document, the
// language its sentences are left out of the summary for, or "": a summary in `expected`
// has no use for an English article's sentences beside the French ones that tell the same
// ("a.txt: the text looks like en, not fr; its sentences are left out of the summary"),
// unless every document is flagged, when the summary is made of them all
// ("...; the summary may be poor: give --lang en").
inline constexpr std::size_t kMaxLanguageWarnings = 3;
std::vector<std::string> WarnOtherLanguages(const std::vector<LoadedDocument>& documents,
                                            const std::vector<StopwordCounts>& counts,
                                            const Language& expected,
                                            std::vector<std::string>* warnings);

}  // namespace precis

#endif  // PRECIS_SRC_LANGUAGE_GUESS_H_
