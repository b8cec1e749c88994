// ROUGE (Lin 2004): ROUGE-N, ROUGE-L (summary-level union LCS) and ROUGE-SU4, with several
// references per summary, counted and combined as ROUGE-1.5.5 does.
//
//   RougeScores s = Score(tokenizer.Tokenize(summary), {tokenizer.Tokenize(ref)}, {});
//   double r2 = s[Measure::kRouge2].recall;
//
// Scoring works on tokenized text; a tokenizer (UnicodeTokenizer, Rouge155Tokenizer) decides
// what a token is. A text is a list of sentences; a sentence is a line. Only ROUGE-L sees
// the sentences: n-grams and skip bigrams run across sentence ends, as in ROUGE-1.5.5,
// which joins a text's lines before counting them.
//
// Counting, per reference (ROUGE-1.5.5's rules, reproduced in every mode):
//   - ROUGE-N: hits are the n-grams the two texts share, each counted as often as it occurs
//     in both (clipped); recall = hits / reference n-grams, precision = hits / summary
//     n-grams.
//   - ROUGE-L: for each reference sentence, the union of its tokens on a longest common
//     subsequence with each summary sentence; a token of that union is a hit while neither
//     text has used up its occurrences of the word, so ROUGE-L never exceeds ROUGE-1.
//     recall = hits / reference tokens, precision = hits / summary tokens.
//   - ROUGE-SU: skip bigrams (two tokens in order, at most `skip_distance` tokens between
//     them) plus, with `skip_unigrams`, each token as a unigram except the text's last one
//     (a quirk of ROUGE-1.5.5, kept so that figures match), counted like n-grams.
// Thread-safe: the functions keep no state between calls except per-thread scratch buffers.
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
  // -f A: hits, reference counts and summary counts are summed over the references, then
  // divided (recall = total hits / total reference n-grams; precision = total hits / (number
  // of references x summary n-grams)): a pooled average, not a mean of per-reference scores.
  kAverage,
  // -f B: the reference with the highest recall alone (the first one on ties).
  kBest,
};

struct RougeOptions {
  MultiReference multi_reference = MultiReference::kAverage;
  // With M > 1 references, score against each of the M subsets of M - 1 references and
  // average the M recalls, precisions and F-measures, so that a human summary, scored
  // against the other humans, and a system summary are on the same footing (DUC and TAC
  // ran ROUGE once per subset for that). Off by default, as in ROUGE-1.5.5.pl itself (its
  // version 1.4 dropped the internal jackknife): default figures are a plain run's.
  bool jackknife = false;
  double alpha = 0.5;  // -p: F = 1 / (alpha / P + (1 - alpha) / R); 0 when P or R is 0
  // -2: the largest number of tokens between the two words of a skip bigram;
  // std::numeric_limits<std::size_t>::max() for no limit (-2 -1).
  std::size_t skip_distance = 4;
  bool skip_unigrams = true;  // -u: SU4 counts unigrams too
  // ROUGE-1.5.5 prints five decimals and computes with what it prints: recall and precision
  // are rounded (printf "%.5f") before F is computed from them, -f B compares rounded
  // recalls (ROUGE-L's excepted, which the script leaves exact), and every figure returned
  // is rounded. On in ROUGE-1.5.5 mode, so that scores
  // are the script's to the last digit; off, figures are exact ratios.
  bool rouge155_rounding = false;
};

// The name of `measure` scored under `options`: MeasureName's, but for the skip-bigram
// measure, whose name says what ROUGE-1.5.5's -2 and -u made it: "ROUGE-SU4" (the
// default), "ROUGE-S4" (-2 4 without -u), "ROUGE-SU*" (-2 -1 -u), "ROUGE-SU1". Every
// table, file and chart names it so.
std::string MeasureLabel(Measure measure, const RougeOptions& options);

// Scores `summary` against `references`. Every measure is computed. An empty summary or
// reference scores 0, never NaN; so does an empty list of references. Linear in the
// lengths of the texts for ROUGE-N and SU (times the skip distance), and in the sum over
// sentence pairs of their length products for ROUGE-L.
RougeScores Score(const TokenizedText& summary, const std::vector<TokenizedText>& references,
                  const RougeOptions& options);

// ROUGE-N alone (any n >= 1), for the oracle's inner loop: cheaper than Score, and no
// allocation once a thread's scratch buffers have grown. Same conventions. Throws
// precis::Error(kInvalidOptions) for n = 0.
Prf ScoreRougeN(const TokenizedText& summary, const std::vector<TokenizedText>& references,
                std::size_t n, const RougeOptions& options);

}  // namespace precis::eval

#endif  // PRECIS_EVAL_ROUGE_H_
