#include "rank.h"
namespace precis {
RankResult PageRank(const SparseMatrix& g, const RankOptions&) {
  RankResult r; r.scores = Eigen::VectorXd::Constant(g.rows(), g.rows() ? 1.0 / g.rows() : 0.0); return r;
}
}  // namespace precis
