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
#include "simple_words.h"
#include "weight.h"

struct sb_stemmer;

namespace precis {

// ICU word boundaries (found without ICU in plain Latin text: simple_words.h), case
// folding, elision removal (l’, d’, qu’, jusqu’), stopword removal and Snowball stemming.
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
// `term` (UTF-8) without the accents of its Latin letters: "élys" -> "elys", "ciarán" ->
// "ciaran", "état" -> "etat". What NFD splits off as a combining diacritic (U+0300 to
// U+036F) goes; letters without a decomposition ("ł", "ø", "œ") and other scripts'
// marks (Devanagari vowel signs) stay. Terms keep their accents, which tell words
// apart ("été", "ete"; "pêche", "péché"); folding is for telling a copy from its
// original where AFP writes capitals without accents ("Etat", "Elisabeth") and
// outlets spell a foreign name two ways (FoldAccentVariants, weight.h). Thread-safe;
// linear in the term's length; ASCII terms are returned as they are.
std::string FoldAccents(std::string_view term);

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

  // Appends the terms of `sentence` to `out` as one more sentence: what
  // out->Add(Terms(sentence)) does, several times faster, as the term of each
  // word as written is remembered (for one InternedTerms: given another, or one
  // changed since the last call, it forgets what it remembered).
  void Intern(std::string_view sentence, InternedTerms* out);

 private:
  // Folds, strips the elision of and stems `word` into folded_; false for a
  // stopword. A function of (word, number) only, which the cache relies on.
  bool MakeTerm(std::string_view word, bool number);

  // Calls emit(word, rule_status) for each word of `sentence` that may give a
  // term, in order.
  template <typename Emit>
  void ForEachWord(std::string_view sentence, Emit emit);
  // The id in `out` of the term of `word` (-1 for none), through the cache; sets
  // *capitalized to whether the word as written starts with a capital.
  int CachedId(std::string_view word, int32_t rule_status, InternedTerms* out,
               bool* capitalized);

  // What MakeTerm made of a word, as an id of owner_'s terms (-1: none), and whether it
  // starts with a capital, keyed by the word as written with a leading 'n' (number) or
  // 'w'. Folding, stopword lookup and Snowball stemming cost most of the stage, and news
  // text repeats its words (Zipf): most words are found here. Open addressing over one
  // array (the table is probed once per word of the cluster: a node-based map costs a
  // cache miss or two more per probe); keys live in keys_.
  static constexpr int32_t kEmptySlot = -2;
  struct Slot {
    std::size_t hash = 0;
    uint32_t key_begin = 0;
    uint32_t key_size = 0;
    int32_t id = kEmptySlot;
    bool capitalized = false;  // in what was padding: 24 bytes on 64-bit machines
  };
  // Past this many words the rarest are folded and stemmed each time: the
  // frequent ones, most of the text, came early and are in.
  static constexpr std::size_t kMaxCachedWords = std::size_t{1} << 21;
  std::vector<Slot> slots_;
  std::string keys_;
  std::size_t cached_ = 0;
  struct OwnerState {
    const InternedTerms* terms = nullptr;
    std::size_t ids = 0;
    std::size_t rows = 0;
    std::size_t vocabulary = 0;
    bool operator==(const OwnerState& o) const {
      return terms == o.terms && ids == o.ids && rows == o.rows &&
             vocabulary == o.vocabulary;
    }
  };
  OwnerState owner_;  // what Intern left: the cache's ids are valid for it only
  std::string key_;  // scratch for the cache key

  const Language& language_;
  TokenizeOptions options_;
  // Reused across calls (setText) rather than rebuilt: building one loads the
  // rules. Between calls it still points into the last sentence, and is not
  // used until the next setText.
  std::unique_ptr<icu::BreakIterator> breaker_;
  std::vector<SimpleWord> simple_words_;  // ForEachWord's, kept for its capacity
  std::string joined_;                    // ForEachWord's sentence with its cut words joined
  sb_stemmer* stemmer_ = nullptr;  // null when stemming is off
  std::string
      folded_;  // scratch for the current word, reused to spare allocations
};

}  // namespace precis

#endif  // PRECIS_SRC_TOKENIZE_H_
