#include "rank.h"

#include <algorithm>
#include <cmath>
#include <utility>
#include <vector>

#include "parallel.h"
#include "precis/error.h"

namespace precis {
namespace {

// The power iteration shared by both forms of the graph. apply(v, out) sets out = W^T v
// for the weight matrix W; inverse_out[i] is 1 / (row i's total weight), or 0 for a
// dangling sentence, so that W'^T r = W^T (r * inverse_out).
template <typename Apply>
RankResult PowerIteration(const Eigen::VectorXd& inverse_out, const RankOptions& options,
                          const Eigen::VectorXd& teleport, Apply apply) {
  RankResult result;
  const Eigen::Index n = inverse_out.size();
  const double d = options.damping;
  if (teleport.size() != 0 && teleport.size() != n) {
    throw Error(ErrorCode::kInternal, "", "PageRank needs one teleport weight per sentence");
  }
  const Eigen::VectorXd p = teleport.size() == 0
                                ? Eigen::VectorXd::Constant(n, 1.0 / static_cast<double>(n))
                                : teleport;
  Eigen::VectorXd scores = p;
  Eigen::VectorXd next(n);
  while (result.iterations < options.max_iterations) {
    double dangling_mass = 0.0;
    for (Eigen::Index i = 0; i < n; ++i) {
      if (inverse_out[i] == 0.0) dangling_mass += scores[i];
    }
    apply(scores.cwiseProduct(inverse_out), next);
    next = d * next + ((1.0 - d) + d * dangling_mass) * p;
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

}  // namespace

RankResult PageRank(const SparseMatrix& graph, const RankOptions& options,
                    const Eigen::VectorXd& teleport) {
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

  // W'^T r, as a scatter along each sentence's edges: linear in the edges.
  return PowerIteration(inverse_out, options, teleport,
                        [&graph](const Eigen::VectorXd& v, Eigen::VectorXd& out) {
                          out.noalias() = graph.transpose() * v;
                        });
}

RankResult ImplicitCosinePageRank(const SparseMatrix& tfidf, const RankOptions& options,
                                  std::size_t threads, const Eigen::VectorXd& teleport,
                                  std::size_t sentences_per_chunk) {
  const Eigen::Index n = tfidf.rows();
  if (n == 0) {
    RankResult result;
    result.converged = true;
    return result;
  }
  const double* const values = tfidf.valuePtr();
  for (Eigen::Index e = 0; e < tfidf.nonZeros(); ++e) {
    if (!std::isfinite(values[e]) || values[e] < 0.0) {
      throw Error(ErrorCode::kInternal, "",
                  "PageRank needs finite, non-negative term weights");
    }
  }
  // t = X^T v is summed from X's rows, each sentence adding its terms' weights times
  // v_i: X is read in order and v once, where gathering by term would read v at each
  // term's scattered sentences (a cache miss per non-zero once v outgrows the cache)
  // and need X^T, another copy of the matrix. The sentences are cut into fixed chunks,
  // each summed into its own vector of term sums by one worker, then the chunks are
  // added in order: the cut depends on the number of sentences only, so the result
  // does not depend on the number of threads.
  const std::size_t workers = WorkerCount(threads, static_cast<std::size_t>(n));
  const Eigen::Index chunk_rows =
      sentences_per_chunk != 0
          ? std::clamp<Eigen::Index>(static_cast<Eigen::Index>(sentences_per_chunk), 1, n)
          : std::max(static_cast<Eigen::Index>(kMinChunkSentences),
                     (n + static_cast<Eigen::Index>(kMaxChunks) - 1) /
                         static_cast<Eigen::Index>(kMaxChunks));
  const auto chunks = static_cast<std::size_t>((n + chunk_rows - 1) / chunk_rows);
  std::vector<Eigen::VectorXd> partial(chunks, Eigen::VectorXd(tfidf.cols()));
  Eigen::VectorXd term_sums(tfidf.cols());
  // out_i = sum_k x_ik (t_k - x_ik v_i) with t = X^T v: the i-th entry of X X^T v less
  // the self-loop x_i.x_i v_i. Subtracting term by term rather than once at the end
  // keeps a sentence that shares no term with another at exactly 0 (t_k is then
  // x_ik v_i, bit for bit: the other chunks add zeros), and the sums of non-negative
  // numbers never round below one of their parts, so no entry goes negative.
  const auto apply = [&](const Eigen::VectorXd& v, Eigen::VectorXd& out) {
    ParallelRanges(workers, chunks, [&](std::size_t, std::size_t first, std::size_t last) {
      for (std::size_t c = first; c < last; ++c) {
        Eigen::VectorXd& sums = partial[c];
        sums.setZero();
        const Eigen::Index begin = static_cast<Eigen::Index>(c) * chunk_rows;
        const Eigen::Index end = std::min(n, begin + chunk_rows);
        for (Eigen::Index i = begin; i < end; ++i) {
          for (SparseMatrix::InnerIterator it(tfidf, i); it; ++it) {
            sums[it.col()] += it.value() * v[i];
          }
        }
      }
    });
    ParallelRanges(workers, static_cast<std::size_t>(tfidf.cols()),
                   [&](std::size_t, std::size_t first, std::size_t last) {
                     for (auto k = static_cast<Eigen::Index>(first);
                          k < static_cast<Eigen::Index>(last); ++k) {
                       double sum = 0.0;
                       for (const Eigen::VectorXd& sums : partial) sum += sums[k];
                       term_sums[k] = sum;
                     }
                   });
    ParallelRanges(workers, static_cast<std::size_t>(n),
                   [&](std::size_t, std::size_t begin, std::size_t end) {
                     for (auto i = static_cast<Eigen::Index>(begin);
                          i < static_cast<Eigen::Index>(end); ++i) {
                       double sum = 0.0;
                       for (SparseMatrix::InnerIterator it(tfidf, i); it; ++it) {
                         sum += it.value() * (term_sums[it.col()] - it.value() * v[i]);
                       }
                       out[i] = sum;
                     }
                   });
  };
  Eigen::VectorXd out_degree(n);
  apply(Eigen::VectorXd::Ones(n), out_degree);
  Eigen::VectorXd inverse_out(n);
  for (Eigen::Index i = 0; i < n; ++i) {
    inverse_out[i] = out_degree[i] > 0.0 ? 1.0 / out_degree[i] : 0.0;
  }
  return PowerIteration(inverse_out, options, teleport, apply);
}

Eigen::VectorXd PositionTeleport(const std::vector<std::size_t>& positions, double decay) {
  if (decay <= 0.0 || positions.empty()) return Eigen::VectorXd();
  // The floor is small enough that the lead sentences keep nearly all the mass, and
  // large enough that a sentence deep in a long article is still a jump away: without
  // it, a cluster whose central facts sit late would rank them only through links.
  constexpr double kFloor = 0.001;
  Eigen::VectorXd p(static_cast<Eigen::Index>(positions.size()));
  for (std::size_t i = 0; i < positions.size(); ++i) {
    p[static_cast<Eigen::Index>(i)] =
        std::exp(-static_cast<double>(positions[i]) / decay) + kFloor;
  }
  return p / p.sum();
}

Eigen::VectorXd BlendCentroid(const Eigen::VectorXd& scores, const SparseMatrix& tfidf,
                              double weight) {
  if (scores.size() != tfidf.rows()) {
    throw Error(ErrorCode::kInternal, "", "BlendCentroid needs one score per sentence");
  }
  if (weight == 0.0 || scores.size() == 0) return scores;
  Eigen::VectorXd centroid = Eigen::VectorXd::Zero(tfidf.cols());
  for (Eigen::Index i = 0; i < tfidf.rows(); ++i) {
    for (SparseMatrix::InnerIterator it(tfidf, i); it; ++it) centroid[it.col()] += it.value();
  }
  const double centroid_norm = centroid.norm();
  Eigen::VectorXd closeness = Eigen::VectorXd::Zero(scores.size());
  if (centroid_norm > 0.0) {
    for (Eigen::Index i = 0; i < tfidf.rows(); ++i) {
      double dot = 0.0;
      for (SparseMatrix::InnerIterator it(tfidf, i); it; ++it) {
        dot += it.value() * centroid[it.col()];
      }
      closeness[i] = dot / centroid_norm;
    }
  }
  // Each part on [0, 1], so that the weight means the same whatever the cluster's size
  // (PageRank scores sum to 1 and shrink as sentences are added; cosines do not).
  const double max_score = scores.maxCoeff();
  const double max_closeness = closeness.maxCoeff();
  Eigen::VectorXd blended = Eigen::VectorXd::Zero(scores.size());
  if (max_score > 0.0) blended += (1.0 - weight) / max_score * scores;
  if (max_closeness > 0.0) blended += weight / max_closeness * closeness;
  return blended;
}

}  // namespace precis
