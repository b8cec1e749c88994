// Stage 4, tokenize: from a sentence to the terms that similarity is computed
// on.
#ifndef PRECIS_SRC_TOKENIZE_H_
#define PRECIS_SRC_TOKENIZE_H_

#include <unicode/brkiter.h>

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "language.h"
#include "precis/options.h"

struct sb_stemmer;

namespace precis {

// ICU word boundaries, case folding, elision removal (l’, d’, qu’, jusqu’),
// stopword removal and Snowball stemming.
//
//   Tokenizer tokenizer(GetLanguage("fr"), TokenizeOptions());
//   tokenizer.Terms("L’Élysée a confirmé la visite.");   // {"élys", "confirm",
//   "visit"}
//
// A term is a word ICU classes as letters, kana, ideographs or a number:
// spaces, punctuation, symbols and emoji give none. Words are case-folded (full
// Unicode folding, so "ÉTATS" and "États" meet), the apostrophes ’ and ‘ inside
// a word become ', and a leading elided form listed in the language ("l'",
// "jusqu'") is removed, so "l’Ukraine" and "Ukraine" give the same term;
// "aujourd’hui" is not an elision and stays whole. ICU splits hyphenated words
// ("nord-coréen" -> "nord", "coréen"), which is kept: the parts match the same
// words written apart. Numbers ("6.700", "3,5", "2024") are kept as written and
// never stemmed; a space-grouped "6 700" gives two numbers, whether the space
// is U+0020, U+00A0 or U+202F (which ICU would otherwise keep inside the word).
// Not thread-safe (ICU iterator and stemmer state): use one per thread.
class Tokenizer {
 public:
  // Throws Error(kInternal) when ICU or libstemmer cannot provide the
  // language's word iterator or stemmer.
  Tokenizer(const Language& language, const TokenizeOptions& options);
  ~Tokenizer();
  Tokenizer(const Tokenizer&) = delete;
  Tokenizer& operator=(const Tokenizer&) = delete;

  // The terms of `sentence` (UTF-8, NFC) in order, repeats kept. Words made
  // only of punctuation or symbols give no term; numbers do. Linear in the size
  // of the text. Throws Error(kInvalidInput) for a sentence of 2 GiB or more
  // (ICU offsets are 32-bit).
  std::vector<std::string> Terms(std::string_view sentence);

 private:
  // Appends the term of one word of kind `rule_status` (ICU
  // UBreakIteratorWordStatus) to `terms`, unless it is a stopword.
  void AddTerm(std::string_view word, int32_t rule_status,
               std::vector<std::string>* terms);

  const Language& language_;
  TokenizeOptions options_;
  // Reused across calls (setText) rather than rebuilt: building one loads the
  // rules. Between calls it still points into the last sentence, and is not
  // used until the next setText.
  std::unique_ptr<icu::BreakIterator> breaker_;
  sb_stemmer* stemmer_ = nullptr;  // null when stemming is off
  std::string
      folded_;  // scratch for the current word, reused to spare allocations
};

}  // namespace precis

#endif  // PRECIS_SRC_TOKENIZE_H_
