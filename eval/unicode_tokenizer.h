// ROUGE's Unicode mode (the default): tokens as a French reader sees words.
//
// ROUGE-1.5.5 turns every character outside [A-Za-z0-9-] into a space, so "présidentielle"
// becomes "pr sidentielle": fine for English, wrong for French. Here a token is a run of
// letters and digits (ICU word boundaries, split at apostrophes, hyphens and the like),
// NFC-normalized and case-folded.
#ifndef PRECIS_EVAL_UNICODE_TOKENIZER_H_
#define PRECIS_EVAL_UNICODE_TOKENIZER_H_

#include <memory>
#include <string>

#include "tokenizer.h"

namespace precis::eval {

struct UnicodeTokenizerOptions {
  std::string language = "fr";   // for stemming and stopwords: "fr" or "en"
  bool stem = true;              // Snowball stems of the language
  bool remove_stopwords = false; // precis's stopword list of the language
  bool fold_accents = false;     // "é" -> "e", after case folding
};

class UnicodeTokenizer : public RougeTokenizer {
 public:
  // Throws precis::Error(kInvalidOptions) for an unknown language.
  explicit UnicodeTokenizer(const UnicodeTokenizerOptions& options);
  ~UnicodeTokenizer() override;
  TokenizedText Tokenize(std::string_view text) override;

 private:
  struct State;
  std::unique_ptr<State> state_;
};

}  // namespace precis::eval

#endif  // PRECIS_EVAL_UNICODE_TOKENIZER_H_
