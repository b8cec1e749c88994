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
// where W' is `graph` with rows normalized to sum 1 and transposed, and p is the
// teleport distribution (uniform). A sentence without edges (dangling) spreads its score
// along p. An empty graph gives an empty result. Each iteration is linear in the edges.
RankResult PageRank(const SparseMatrix& graph, const RankOptions& options);

}  // namespace precis

#endif  // PRECIS_SRC_RANK_H_
