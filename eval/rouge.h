// ROUGE (Lin 2004): ROUGE-N, ROUGE-L (summary-level union LCS) and ROUGE-SU4, with several
// references per summary, as ROUGE-1.5.5 computes them.
//
// Scoring works on tokenized text; a tokenizer (UnicodeTokenizer, Rouge155Tokenizer) decides
// what a token is. A text is a list of sentences (ROUGE-L needs them); a sentence is a line.
#ifndef PRECIS_EVAL_ROUGE_H_
#define PRECIS_EVAL_ROUGE_H_

#include <array>
#include <cstddef>
#include <string>
#include <vector>

namespace precis::eval {

// Sentences of tokens. Tokens are compared as bytes.
using TokenizedText = std::vector<std::vector<std::string>>;

struct Prf {
  double recall = 0.0;
  double precision = 0.0;
  double f = 0.0;
};

enum class Measure { kRouge1 = 0, kRouge2 = 1, kRougeL = 2, kRougeSU4 = 3 };
inline constexpr std::size_t kMeasureCount = 4;
inline constexpr std::array<Measure, kMeasureCount> kAllMeasures = {
    Measure::kRouge1, Measure::kRouge2, Measure::kRougeL, Measure::kRougeSU4};
// "ROUGE-1", "ROUGE-2", "ROUGE-L", "ROUGE-SU4".
const char* MeasureName(Measure measure);

// One Prf per measure, indexed by Measure.
struct RougeScores {
  std::array<Prf, kMeasureCount> by_measure{};
  Prf& operator[](Measure m) { return by_measure[static_cast<std::size_t>(m)]; }
  const Prf& operator[](Measure m) const { return by_measure[static_cast<std::size_t>(m)]; }
};

// How the scores against several references are combined (ROUGE-1.5.5's -f).
enum class MultiReference {
  kAverage,  // -f A: pooled over the references (sum of hits over sum of counts)
  kBest,     // -f B: the best reference alone
};

struct RougeOptions {
  MultiReference multi_reference = MultiReference::kAverage;
  // With M > 1 references, score against each M-1 subset and average the M results,
  // as ROUGE-1.5.5 does by default, so that a human summary scored against the others
  // and a system summary are on the same footing.
  bool jackknife = true;
  double alpha = 0.5;             // -p: F = 1 / (alpha / P + (1 - alpha) / R)
  std::size_t skip_distance = 4;  // -2: largest gap between the two words of a skip bigram
  bool skip_unigrams = true;      // -u: SU4 counts unigrams too
};

// Scores `summary` against `references` (at least one). Every measure is computed.
// An empty summary or reference scores 0, never NaN.
RougeScores Score(const TokenizedText& summary, const std::vector<TokenizedText>& references,
                  const RougeOptions& options);

// ROUGE-N alone, for the oracle's inner loop: cheaper than Score. Same conventions.
Prf ScoreRougeN(const TokenizedText& summary, const std::vector<TokenizedText>& references,
                std::size_t n, const RougeOptions& options);

}  // namespace precis::eval

#endif  // PRECIS_EVAL_ROUGE_H_
