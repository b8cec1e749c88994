// Stage 7, rank: PageRank centrality of each sentence.
#ifndef PRECIS_SRC_RANK_H_
#define PRECIS_SRC_RANK_H_

#include <Eigen/Dense>

#include "precis/options.h"
#include "sparse.h"

namespace precis {

struct RankResult {
  Eigen::VectorXd scores;  // one per sentence, non-negative, summing to 1
  int iterations = 0;
  bool converged = false;  // false when max_iterations stopped it first
};

// Weighted PageRank by power iteration (Brin & Page 1998, as TextRank uses it):
//   r = (1 - d) * p + d * (W' r + dangling mass * p)
// where W' is `graph` with rows normalized to sum 1 and transposed, d is
// options.damping, p is the teleport distribution (uniform) and the dangling
// mass is the total score of the sentences whose row is empty (no edges): they
// spread it along p. `graph` need not be symmetric. Starts from r = p and stops
// after the first iteration whose L1 change is below options.tolerance
// (converged) or after options.max_iterations. The scores are renormalized to
// sum exactly 1. An empty graph gives an empty, converged result. Throws
// Error(kInternal) for a non-square graph or a negative or non-finite weight.
// Each iteration is linear in the edges; deterministic.
RankResult PageRank(const SparseMatrix& graph, const RankOptions& options);

}  // namespace precis

#endif  // PRECIS_SRC_RANK_H_
