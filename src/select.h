// Stage 8, select: the ranked sentences that make the summary, in budget.
#ifndef PRECIS_SRC_SELECT_H_
#define PRECIS_SRC_SELECT_H_

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include <Eigen/Dense>

#include "precis/document.h"
#include "precis/options.h"
#include "sparse.h"

namespace precis {

// What selection needs to know of each sentence besides its score.
struct Candidate {
  std::size_t words = 0;        // whitespace-separated words
  std::size_t code_points = 0;  // for the character budget
  bool headline = false;
  // False for a sentence that cannot stand alone (starts mid-sentence, is a
  // question...).
  bool standalone = true;
};

// Greedy Maximal Marginal Relevance (Carbonell & Goldstein 1998) under the
// budget: repeatedly takes the candidate maximizing
//   lambda * score / max_score - (1 - lambda) * (max cosine to a chosen one),
// max_score being the best score among the candidates that pass the filters
// (if it is 0, every relevance counts as 0). Candidates are skipped when they
//  - have a relevance score / max_score below options.min_relevance (unless
//    max_score is 0);
//  - are not standalone, or are headlines unless options.include_headlines;
//  - have fewer than options.min_words or more than options.max_words words;
//  - would break a budget: the sum of `words`, the sum of `code_points` (line
//    breaks between sentences not counted), or the number of sentences, each
//    with 0 for no limit. A candidate that does not fit is skipped and the
//    next one tried, so no budget is ever exceeded and no sentence is cut;
//  - are near duplicates of a chosen sentence: cosine >= duplicate_threshold,
//    less 1e-12 of rounding so that a threshold of 1 still catches a copy; or the
//    cosine of their binary term vectors (their rows' nonzeros: terms in common over
//    the root of the product of their term counts) >= max(0.8, duplicate_threshold).
// Stops when no candidate is left. `tfidf` has unit rows, so similarities are
// row dot products: only candidates against the chosen sentences are ever
// compared. Ties go to the lower index (callers number sentences by document,
// then position). Returns indices in order of choice.
// Throws Error(kInternal) unless `scores`, `tfidf` and `candidates` all have
// one entry per sentence.
// Cost: O(N log N + k * (N + nnz(tfidf))) time for k chosen sentences at worst;
// in practice each round looks only at the best-scored candidates, down to the
// first whose lambda * relevance cannot beat the best value found (the same
// choices as a full scan). O(N + k * terms) memory.
std::vector<std::size_t> SelectSentences(
    const Eigen::VectorXd& scores, const SparseMatrix& tfidf,
    const std::vector<Candidate>& candidates, const SelectOptions& options);

// The same choices, with each sentence described on demand: describe(i) is called at
// most once per sentence, and only for those selection looks at, the best-scored, so
// that a cluster of millions of sentences measures a few thousand of them.
std::vector<std::size_t> SelectSentences(
    const Eigen::VectorXd& scores, const SparseMatrix& tfidf,
    const std::function<Candidate(std::size_t)>& describe, const SelectOptions& options);

// What SelectSentences made of each sentence, judged once it is done: chosen, or the
// first test it failed, in the order of SelectSentences (the filters, the relevance
// floor, a near duplicate of a chosen sentence, then the budget: a candidate that
// passed all of those would have been chosen). `chosen` is what SelectSentences
// returned for the same arguments; `candidates` has one entry per sentence. The chosen
// sentence a near duplicate is closest to (by cosine, or by terms in common when only
// those make it one) is the first chosen among equals.
struct Judgement {
  Verdict verdict = Verdict::kChosen;
  std::size_t chosen_rank = 0;   // kChosen: its index in `chosen`
  std::size_t duplicate_of = 0;  // kNearDuplicate: the chosen sentence it is closest to
  double similarity = 0.0;       // kNearDuplicate: their cosine
  // kNearDuplicate by its terms in common alone (cosine under duplicate_threshold): their
  // share of terms in common; 0 when the cosine reached duplicate_threshold.
  double term_share = 0.0;
  double share = 0.0;            // kUnrelated: its relevance over the best
  // kNoRoom: what the word and character budgets had left (SIZE_MAX for no budget).
  std::size_t words_left = 0;
  std::size_t chars_left = 0;
};
// Throws Error(kInternal) unless `scores`, `tfidf` and `candidates` all have one entry per
// sentence and `chosen` indexes them. Cost: O(N + k * nnz(tfidf)) for k chosen sentences.
std::vector<Judgement> JudgeSentences(const Eigen::VectorXd& scores, const SparseMatrix& tfidf,
                                      const std::vector<Candidate>& candidates,
                                      const std::vector<std::size_t>& chosen,
                                      const SelectOptions& options);

// A judgement in words, naming the option that would change it: "chosen 1st of 6",
// "5 words, under --min-words 6", "near duplicate of 2:0 (cosine 0.85,
// --duplicate-threshold 0.5)", "no room: 8 words, 4 left of --words 15"... `c` is the
// sentence's candidate, `chosen_count` the number chosen, `duplicate_name` names the
// sentence a kNearDuplicate repeats, and `why_not` is what a kCannotStandAlone says.
std::string DescribeJudgement(const Judgement& j, const Candidate& c, std::size_t chosen_count,
                              const std::string& duplicate_name, const std::string& why_not,
                              const SelectOptions& options);

// Why a selection came out empty, for the warning that says so: each sentence counted
// under the first filter of SelectSentences it fails, in this order.
struct Refusals {
  std::size_t headlines = 0;    // headlines or titles, without include_headlines
  std::size_t fragments = 0;    // cannot stand alone
  std::size_t too_short = 0;    // fewer than min_words words
  std::size_t too_long = 0;     // more than max_words words
  std::size_t over_words = 0;   // more words than the whole word budget
  std::size_t over_chars = 0;   // more code points than the whole character budget
  std::size_t unrelated = 0;    // relevance under min_relevance of the best
  std::size_t others = 0;       // none of the above
};
// `scores` as given to SelectSentences: one per sentence.
Refusals CountRefusals(const Eigen::VectorXd& scores,
                       const std::function<Candidate(std::size_t)>& describe,
                       const SelectOptions& options);

// "of 3 sentences, 2 are headlines or titles (--include-headlines), 1 is shorter than
// --min-words 6": the counts that are not 0, naming the option that would let them in.
std::string DescribeRefusals(const Refusals& refusals, std::size_t sentence_count,
                             const SelectOptions& options);

}  // namespace precis

#endif  // PRECIS_SRC_SELECT_H_
