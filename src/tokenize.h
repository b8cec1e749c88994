// Stage 4, tokenize: from a sentence to the terms that similarity is computed on.
#ifndef PRECIS_SRC_TOKENIZE_H_
#define PRECIS_SRC_TOKENIZE_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <unicode/brkiter.h>

#include "language.h"
#include "precis/options.h"

struct sb_stemmer;

namespace precis {

// ICU word boundaries, case folding, elision removal (l’, d’, qu’, jusqu’), stopword
// removal and Snowball stemming.
// Not thread-safe (ICU iterator and stemmer state): use one per thread.
class Tokenizer {
 public:
  Tokenizer(const Language& language, const TokenizeOptions& options);
  ~Tokenizer();
  Tokenizer(const Tokenizer&) = delete;
  Tokenizer& operator=(const Tokenizer&) = delete;

  // The terms of `sentence` (UTF-8, NFC) in order, repeats kept. Words made only of
  // punctuation or symbols give no term; numbers do. Linear in the size of the text.
  std::vector<std::string> Terms(std::string_view sentence);

 private:
  const Language& language_;
  TokenizeOptions options_;
  std::unique_ptr<icu::BreakIterator> breaker_;
  sb_stemmer* stemmer_ = nullptr;  // null when stemming is off
};

}  // namespace precis

#endif  // PRECIS_SRC_TOKENIZE_H_
