// ROUGE-1.5.5 mode: the Perl script's tokenization, stemming, stopwords, truncation and
// averaging, so that published figures can be reproduced to the five decimals it prints.
#ifndef PRECIS_EVAL_ROUGE155_H_
#define PRECIS_EVAL_ROUGE155_H_

#include <cstddef>
#include <memory>
#include <string>
#include <vector>

#include "rouge.h"
#include "tokenizer.h"

namespace precis::eval {

// The Perl script's flags that change scores; the others (-a -c -r -t -d -e -x -z ...) are
// accepted and ignored, as they only select output or confidence-interval settings.
struct Rouge155Flags {
  std::size_t max_n = 4;        // -n N: ROUGE-1..N are computed (precis-eval reports 1, 2)
  bool stem = false;            // -m: WordNet 2.0 exceptions, then Porter
  bool remove_stopwords = false;// -s: SMART common words
  std::size_t word_limit = 0;   // -l N: keep the first N words (0: no limit)
  std::size_t byte_limit = 0;   // -b N: keep the first N bytes (0: no limit)
  RougeOptions rouge;           // -f A|B, -p ALPHA, -2 N, -u
};

// Parses the Perl script's own flags, e.g. {"-n", "2", "-m", "-l", "100", "-2", "4", "-u"}.
// Throws precis::Error(kInvalidOptions) naming a flag it does not know or a bad value.
Rouge155Flags ParseRouge155Flags(const std::vector<std::string>& args);

// Tokenizes as ROUGE-1.5.5 does under `flags`, truncation included.
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
