// ROUGE's Unicode mode (the default): tokens as a French reader sees words.
//
// ROUGE-1.5.5 turns every character outside [A-Za-z0-9-] into a space, so "présidentielle"
// becomes "pr sidentielle": fine for English, wrong for French. Here a token is a run of
// letters and digits (ICU word boundaries, split at apostrophes, hyphens and the like),
// NFC-normalized and case-folded.
//
//   UnicodeTokenizer tokenizer(UnicodeTokenizerOptions{});   // French, Snowball stems
//   tokenizer.Tokenize("L’Élysée a confirmé.\n\nÉTATS-UNIS : 6.700 morts");
//   // {{"l", "élys", "a", "confirm"}, {"état", "unis", "6", "700", "mort"}}
//
// Each line of the text is one sentence; a line with no token (blank, punctuation only,
// or only stopwords when they are removed) gives no sentence. A line is NFC-normalized
// and fully case-folded ("ÉTATS" and "états", composed and decomposed "é" all meet), cut
// at ICU word boundaries, and each word cut again into maximal runs of letters (L*) and
// decimal digits (Nd), combining marks staying with their letter. So "l’Ukraine" gives
// "l", "ukraine" (the elided article is a token of its own, as in ROUGE-1.5.5),
// "nord-coréen" gives "nord", "coréen", "6.700" gives "6", "700", "3,5 %" gives "3", "5";
// spaces of any kind (U+00A0, U+202F in « guillemets »), punctuation, symbols and emoji
// give nothing. Invisible code points (soft hyphen, ZWJ, variation selectors, BOM) are
// dropped without splitting a word; ill-formed UTF-8 bytes separate words.
//
// Then, per token and in this order: stopword removal (against precis's list, which holds
// folded words with their accents and the elided forms "l", "d", "qu"...), Snowball
// stemming of words (numbers are never stemmed), accent folding (after stemming, since
// the French stemmer reads accents). With stem=true, remove_stopwords=false and
// fold_accents=false (the defaults) this is the tokenizer behind the published rpm2_fr
// peer figures: "NFC, lowercase, runs of letters and digits, Snowball French stems".
//
// Not thread-safe (ICU iterator, stemmer and scratch buffers): use one per thread.
// Tokenize is linear in the size of the text; pure-ASCII lines skip ICU.
#ifndef PRECIS_EVAL_UNICODE_TOKENIZER_H_
#define PRECIS_EVAL_UNICODE_TOKENIZER_H_

#include <memory>
#include <string>

#include "tokenizer.h"

namespace precis::eval {

struct UnicodeTokenizerOptions {
  std::string language = "fr";    // for stemming and stopwords: "fr" or "en"
  bool stem = true;               // Snowball stems of the language
  bool remove_stopwords = false;  // precis's stopword list of the language
  // Drops nonspacing marks after canonical decomposition: "é" -> "e", "ç" -> "c". Letters
  // without a decomposition stay: "œ", "æ", "ø", "ß" (already "ss" by case folding).
  bool fold_accents = false;
};

class UnicodeTokenizer : public RougeTokenizer {
 public:
  // Throws precis::Error(kInvalidOptions) for an unknown language, Error(kInternal) when
  // ICU or libstemmer cannot provide the word iterator or stemmer.
  explicit UnicodeTokenizer(const UnicodeTokenizerOptions& options);
  ~UnicodeTokenizer() override;
  // Throws Error(kInvalidInput) for a line of 2 GiB or more (ICU offsets are 32-bit).
  TokenizedText Tokenize(std::string_view text) override;

 private:
  struct State;
  std::unique_ptr<State> state_;
};

}  // namespace precis::eval

#endif  // PRECIS_EVAL_UNICODE_TOKENIZER_H_
