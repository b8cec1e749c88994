// Stage 7, rank: PageRank centrality of each sentence.
#ifndef PRECIS_SRC_RANK_H_
#define PRECIS_SRC_RANK_H_

#include <cstddef>
#include <vector>

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
// options.damping, p is the teleport distribution (`teleport`, or uniform when it is
// empty; see PositionTeleport) and the dangling
// mass is the total score of the sentences whose row is empty (no edges): they
// spread it along p. `graph` need not be symmetric. Starts from r = p and stops
// after the first iteration whose L1 change is below options.tolerance
// (converged) or after options.max_iterations. The scores are renormalized to
// sum exactly 1. An empty graph gives an empty, converged result. Throws
// Error(kInternal) for a teleport vector of the wrong size, and
// Error(kInternal) for a non-square graph or a negative or non-finite weight.
// Each iteration is linear in the edges; deterministic.
RankResult PageRank(const SparseMatrix& graph, const RankOptions& options,
                    const Eigen::VectorXd& teleport = Eigen::VectorXd());

// The same PageRank, on the unpruned cosine graph W = X X^T - diag(X X^T) of the
// unit-row matrix X = `tfidf` (LexRank without a threshold), never built: the graph
// applied to a vector v is X (X^T v) less each sentence's self-similarity, two sparse
// products per iteration, so memory and time stay linear in nnz(X) where the explicit
// graph grows with the square of the sentences (see graph.h, PreferImplicitGraph).
// Out-degrees are X (X^T 1) less the self term. A sentence sharing no term with any
// other is dangling, exactly as in PageRank on the explicit graph. Equal, up to
// rounding, to PageRank(BuildSimilarityGraph(terms, {kCosine, min_similarity 0})).
// `threads` workers (0: one per core) split the rows; each output entry is summed by
// one worker in a fixed order, so the result does not depend on the thread count.
// X^T v is summed over chunks of `sentences_per_chunk` sentences (0: at least
// kMinChunkSentences, at most kMaxChunks chunks), then the chunks in order; the result
// depends on the chunks, not on the number of threads.
// Throws Error(kInternal) for a negative or non-finite weight.
inline constexpr std::size_t kMinChunkSentences = 32768;
inline constexpr std::size_t kMaxChunks = 32;
RankResult ImplicitCosinePageRank(const SparseMatrix& tfidf, const RankOptions& options,
                                  std::size_t threads = 1,
                                  const Eigen::VectorXd& teleport = Eigen::VectorXd(),
                                  std::size_t sentences_per_chunk = 0);

// The teleport distribution of options.position_decay: sentence i, at `positions[i]` in
// its document (0 for the first), gets exp(-position / decay) + 0.001, normalized to sum
// 1; the floor keeps every sentence reachable by a jump. A decay of 0 gives an empty
// vector: uniform teleport. Linear in the number of sentences.
Eigen::VectorXd PositionTeleport(const std::vector<std::size_t>& positions, double decay);

// Relevance for selection: (1 - weight) * scores / max(scores) + weight * c / max(c), c
// being each row's cosine to the centroid of all rows of `tfidf` (unit rows: the
// centroid is their sum). A maximum of 0 makes its part 0. A weight of 0 returns
// `scores` unchanged. Throws Error(kInternal) unless `scores` has one entry per row.
// Linear in the non-zeros of `tfidf`.
Eigen::VectorXd BlendCentroid(const Eigen::VectorXd& scores, const SparseMatrix& tfidf,
                              double weight);

}  // namespace precis

#endif  // PRECIS_SRC_RANK_H_
