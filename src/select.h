// Stage 8, select: the ranked sentences that make the summary, within the budget.
#ifndef PRECIS_SRC_SELECT_H_
#define PRECIS_SRC_SELECT_H_

#include <cstddef>
#include <vector>

#include <Eigen/Dense>

#include "precis/options.h"
#include "sparse.h"

namespace precis {

// What selection needs to know of each sentence besides its score.
struct Candidate {
  std::size_t words = 0;       // whitespace-separated words
  std::size_t code_points = 0; // for the character budget
  bool headline = false;
  // False for a sentence that cannot stand alone (starts mid-sentence, a question...).
  bool standalone = true;
};

// Greedy Maximal Marginal Relevance (Carbonell & Goldstein 1998) under the budget:
// repeatedly takes the candidate maximizing
//   lambda * score / max_score - (1 - lambda) * max similarity to a chosen sentence,
// skipping candidates that would break a budget, that are near duplicates of a chosen
// sentence (cosine >= duplicate_threshold), that are too short or too long, that are
// not standalone, or that are headlines when headlines are not wanted.
// `tfidf` has unit rows, so similarities are row dot products: only candidates against
// the few chosen sentences are ever compared. Ties go to the lower index.
// Returns indices in order of choice.
std::vector<std::size_t> SelectSentences(const Eigen::VectorXd& scores,
                                         const SparseMatrix& tfidf,
                                         const std::vector<Candidate>& candidates,
                                         const SelectOptions& options);

}  // namespace precis

#endif  // PRECIS_SRC_SELECT_H_
