// ROUGE-1.5.5 mode: the Perl script's tokenization, stemming, stopwords, truncation and
// averaging, so that published figures can be reproduced to the five decimals it prints.
//
//   Rouge155Flags flags = ParseRouge155Flags({"-n", "2", "-m", "-l", "100"});
//   Rouge155Tokenizer tokenizer(flags);
//   RougeScores s = Score(tokenizer.Tokenize(peer), {tokenizer.Tokenize(model)}, flags.rouge);
//
// The script (ROUGE-1.5.5, Lin 2004) reads a text one sentence a line (its SPL format) and:
//   1. lowercases A-Z, nothing else;
//   2. applies -l or -b to the peer and the models alike, before anything else: -l counts
//      the line's whitespace-separated words as they stand (punctuation included, a line
//      that starts with a blank counting one word more), -b counts bytes; whole lines are
//      kept while the running count stays below the limit, and the line that reaches it is
//      cut to what remains;
//   3. surrounds each '-' with spaces, then turns every byte outside [A-Za-z0-9-] into a
//      space: punctuation separates words, and each byte of a UTF-8 letter such as "é"
//      does too ("présidentielle" -> "pr", "sidentielle");
//   4. splits at spaces, drops the SMART stopwords (-s), drops the tokens that do not start
//      with [a-z0-9] (the lone '-'), and stems (-m) the tokens longer than 3 bytes:
//      WordNet exception, else Porter (porter_stemmer.h).
#ifndef PRECIS_EVAL_ROUGE155_H_
#define PRECIS_EVAL_ROUGE155_H_

#include <cstddef>
#include <memory>
#include <string>
#include <vector>

#include "rouge.h"
#include "tokenizer.h"

namespace precis::eval {

// The ROUGE options of a plain run of the script: no jackknife (ROUGE-1.5.5.pl has none)
// and its five-decimal arithmetic; -f A, alpha 0.5, and SU4 unless the flags say otherwise.
inline RougeOptions Rouge155RougeOptions() {
  RougeOptions options;
  options.jackknife = false;
  options.rouge155_rounding = true;
  return options;
}

// The Perl script's flags that change scores; the others (-a -c -r -t -d -e -x -z ...) are
// accepted and ignored, as they only select output or confidence-interval settings.
struct Rouge155Flags {
  std::size_t max_n = 4;          // -n N: ROUGE-1..N are computed (precis-eval reports 1, 2)
  bool stem = false;              // -m: WordNet 2.0 exceptions, then Porter
  bool remove_stopwords = false;  // -s: SMART common words
  std::size_t word_limit = 0;     // -l N: keep the first N words (0: no limit)
  std::size_t byte_limit = 0;     // -b N: keep the first N bytes (0: no limit)
  // -f A|B, -p ALPHA, -2 N, -u. Without -2 the script computes no skip bigrams; precis-eval
  // then reports the usual SU4 (distance 4, unigrams). With -2 N, unigrams only with -u/-U.
  RougeOptions rouge = Rouge155RougeOptions();
};

// Parses the Perl script's own flags, e.g. {"-n", "2", "-m", "-l", "100", "-2", "4", "-u"}.
// As the script's Getopt::Std does, switches may be bundled ("-mx") and a value may be
// attached ("-n2"). Accepted and ignored: -a -c N -d -e DIR -h -H -M -r N -t 0 -v -w W -x
// -z FMT -3 MODE (output, confidence intervals, ROUGE-L/W/BE selection, input format);
// -t 1 and -t 2, which change what is computed, are refused.
// Throws precis::Error(kInvalidOptions) naming a flag it does not know, a missing or bad
// value, -l together with -b, or an argument that is not a flag.
Rouge155Flags ParseRouge155Flags(const std::vector<std::string>& args);

// Tokenizes as ROUGE-1.5.5 does under `flags`, truncation included. Lines with no token
// are dropped (they count towards -b, and change no score). Known difference: with -b, the
// script truncates the text it gives ROUGE-L differently from the one it counts n-grams on
// (its sentence loop never adds up the bytes); this tokenizer gives both the n-gram text, so
// ROUGE-L under -b can differ from the script's. Not thread-safe (a stem cache): one per
// thread.
class Rouge155Tokenizer : public RougeTokenizer {
 public:
  explicit Rouge155Tokenizer(const Rouge155Flags& flags);
  ~Rouge155Tokenizer() override;
  TokenizedText Tokenize(std::string_view text) override;

 private:
  struct State;
  std::unique_ptr<State> state_;
};

}  // namespace precis::eval

#endif  // PRECIS_EVAL_ROUGE155_H_
