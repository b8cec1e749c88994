// What ROUGE counts as tokens: the common interface of the Unicode and ROUGE-1.5.5 modes.
#ifndef PRECIS_EVAL_TOKENIZER_H_
#define PRECIS_EVAL_TOKENIZER_H_

#include <string_view>

#include "rouge.h"

namespace precis::eval {

class RougeTokenizer {
 public:
  virtual ~RougeTokenizer() = default;
  // Splits `text` (UTF-8) into sentences, one per line (blank lines skipped), and each
  // sentence into tokens. Applies any truncation the mode asks for (ROUGE-1.5.5's -l/-b).
  // Implementations are not thread-safe unless they say so: use one per thread.
  virtual TokenizedText Tokenize(std::string_view text) = 0;
};

}  // namespace precis::eval

#endif  // PRECIS_EVAL_TOKENIZER_H_
