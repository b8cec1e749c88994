// The sparse matrix type the numeric stages share.
#ifndef PRECIS_SRC_SPARSE_H_
#define PRECIS_SRC_SPARSE_H_

#include <Eigen/SparseCore>

namespace precis {

// Row-major, because every stage reads a sentence's row: its terms, or its neighbours.
using SparseMatrix = Eigen::SparseMatrix<double, Eigen::RowMajor>;

}  // namespace precis

#endif  // PRECIS_SRC_SPARSE_H_
