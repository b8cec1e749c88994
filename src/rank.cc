#include "rank.h"

#include <cmath>
#include <utility>

#include "precis/error.h"

namespace precis {

RankResult PageRank(const SparseMatrix& graph, const RankOptions& options) {
  const Eigen::Index n = graph.rows();
  if (graph.cols() != n) {
    throw Error(ErrorCode::kInternal, "", "PageRank needs a square graph");
  }
  RankResult result;
  if (n == 0) {
    result.converged = true;  // nothing to iterate on
    return result;
  }

  // inverse_out[i] = 1 / (row i's total weight) turns W into its row-stochastic
  // W' without copying it; 0 marks a dangling sentence, whose score the
  // teleport distribution takes over instead.
  Eigen::VectorXd inverse_out(n);
  for (Eigen::Index i = 0; i < n; ++i) {
    double out = 0.0;
    for (SparseMatrix::InnerIterator it(graph, i); it; ++it) {
      if (!std::isfinite(it.value()) || it.value() < 0.0) {
        throw Error(ErrorCode::kInternal, "",
                    "PageRank needs finite, non-negative edge weights");
      }
      out += it.value();
    }
    inverse_out[i] = out > 0.0 ? 1.0 / out : 0.0;
  }

  const double d = options.damping;
  const double teleport = 1.0 / static_cast<double>(n);  // p, uniform
  Eigen::VectorXd scores = Eigen::VectorXd::Constant(n, teleport);
  Eigen::VectorXd next(n);
  while (result.iterations < options.max_iterations) {
    double dangling_mass = 0.0;
    for (Eigen::Index i = 0; i < n; ++i) {
      if (inverse_out[i] == 0.0) dangling_mass += scores[i];
    }
    // W'^T r, as a scatter along each sentence's edges: linear in the edges.
    next.noalias() = graph.transpose() * scores.cwiseProduct(inverse_out);
    next = d * next + Eigen::VectorXd::Constant(
                          n, ((1.0 - d) + d * dangling_mass) * teleport);
    const double change = (next - scores).lpNorm<1>();
    scores.swap(next);
    ++result.iterations;
    if (change < options.tolerance) {
      result.converged = true;
      break;
    }
  }
  // The iteration preserves the sum exactly in theory; renormalizing removes
  // the rounding so that callers can rely on the scores being a distribution.
  scores /= scores.sum();
  result.scores = std::move(scores);
  return result;
}

}  // namespace precis
