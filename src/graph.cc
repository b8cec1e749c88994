#include "graph.h"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <limits>
#include <utility>
#include <vector>

#include "precis/error.h"

namespace precis {
namespace {

using StorageIndex = SparseMatrix::StorageIndex;

// Eigen indexes the stored entries of a matrix with StorageIndex too.
constexpr std::size_t kMaxEdges =
    static_cast<std::size_t>(std::numeric_limits<StorageIndex>::max());

// Calls visit(i, j, sum over shared terms k of a(i,k) * a(j,k)) once for every
// pair of rows i < j that share a term: Gustavson's row-by-row sparse product
// (ACM TOMS 1978) of A by its transpose, kept to the upper triangle. The cost
// is the number of (i, j, shared term) triples, half that of the full product;
// nothing is stored but the term -> sentences index and one accumulator row.
// Computing each pair once also makes the graph exactly symmetric.
template <typename Visit>
void ForEachPairSharingATerm(const SparseMatrix& a, Visit visit) {
  // Row-major transpose: each term's sentences, in ascending order.
  SparseMatrix postings = a.transpose();
  postings.makeCompressed();
  const StorageIndex* const begin = postings.outerIndexPtr();
  const StorageIndex* const sentence = postings.innerIndexPtr();
  const double* const weight = postings.valuePtr();

  const auto rows = static_cast<std::size_t>(a.rows());
  // cursor[k]: position in term k's postings of the row being visited. Rows are
  // visited in ascending order, so every earlier row holding k sits behind the
  // cursor, and the rows after it are exactly the partners j > i.
  std::vector<StorageIndex> cursor(begin, begin + postings.outerSize());
  std::vector<double> accumulator(rows, 0.0);
  std::vector<StorageIndex> seen_in_row(rows, -1);
  std::vector<StorageIndex> partners;
  for (StorageIndex i = 0; i < a.rows(); ++i) {
    partners.clear();
    for (SparseMatrix::InnerIterator term(a, i); term; ++term) {
      const StorageIndex k = term.col();
      const StorageIndex end = begin[k + 1];
      for (StorageIndex p = ++cursor[k]; p < end; ++p) {
        const StorageIndex j = sentence[p];
        if (seen_in_row[j] != i) {
          seen_in_row[j] = i;
          accumulator[j] = 0.0;
          partners.push_back(j);
        }
        accumulator[j] += term.value() * weight[p];
      }
    }
    for (const StorageIndex j : partners) visit(i, j, accumulator[j]);
  }
}

}  // namespace

SparseMatrix BuildSimilarityGraph(const TermMatrix& terms,
                                  const GraphOptions& options) {
  // The upper triangle is gathered row by row in compressed form, then
  // mirrored: two O(edges) passes, several times faster than sorting triplets.
  std::vector<StorageIndex> upper_outer = {0};
  std::vector<StorageIndex> upper_inner;
  std::vector<double> upper_values;
  std::vector<std::pair<StorageIndex, double>> row_edges;
  StorageIndex current_row = 0;
  const auto end_rows_up_to = [&](StorageIndex row) {
    for (; current_row < row; ++current_row) {
      std::sort(row_edges.begin(), row_edges.end());
      for (const auto& [j, w] : row_edges) {
        upper_inner.push_back(j);
        upper_values.push_back(w);
      }
      row_edges.clear();
      if (upper_inner.size() > kMaxEdges / 2) {
        throw Error(ErrorCode::kInvalidInput, "",
                    "the similarity graph has too many edges for Eigen's index "
                    "type; raise min_similarity");
      }
      upper_outer.push_back(static_cast<StorageIndex>(upper_inner.size()));
    }
  };
  // Zero-weight edges are left out too: they would only be stored, never
  // followed.
  const auto add_edge = [&](StorageIndex i, StorageIndex j, double similarity) {
    if (similarity >= options.min_similarity && similarity > 0.0) {
      end_rows_up_to(i);
      row_edges.emplace_back(j, similarity);
    }
  };

  StorageIndex sentence_count = 0;
  switch (options.similarity) {
    case Similarity::kCosine:
      // Rows of `tfidf` have unit norm: their dot product is the cosine
      // (LexRank, Erkan & Radev 2004).
      sentence_count = static_cast<StorageIndex>(terms.tfidf.rows());
      ForEachPairSharingATerm(terms.tfidf, add_edge);
      break;
    case Similarity::kOverlap: {
      // TextRank (Mihalcea & Tarau 2004): |Si ∩ Sj| / (log |Si| + log |Sj|),
      // where the intersection counts distinct shared terms (a binary incidence
      // matrix) and |S| is the sentence's number of term occurrences.
      sentence_count = static_cast<StorageIndex>(terms.counts.rows());
      SparseMatrix incidence = terms.counts;
      std::vector<double> log_size(static_cast<std::size_t>(sentence_count),
                                   0.0);
      for (StorageIndex i = 0; i < sentence_count; ++i) {
        double size = 0.0;
        for (SparseMatrix::InnerIterator it(incidence, i); it; ++it) {
          size += it.value();
          it.valueRef() = 1.0;
        }
        if (size > 0.0) log_size[static_cast<std::size_t>(i)] = std::log(size);
      }
      ForEachPairSharingATerm(
          incidence, [&](StorageIndex i, StorageIndex j, double shared) {
            // Two one-term sentences make 0 / 0 (log 1 = 0): the formula says
            // nothing of them, and one shared word is too little to link them.
            const double norm = log_size[static_cast<std::size_t>(i)] +
                                log_size[static_cast<std::size_t>(j)];
            if (norm > 0.0) add_edge(i, j, shared / norm);
          });
      break;
    }
  }
  end_rows_up_to(sentence_count);

  const Eigen::Map<const SparseMatrix> upper(
      sentence_count, sentence_count,
      static_cast<StorageIndex>(upper_inner.size()), upper_outer.data(),
      upper_inner.data(), upper_values.data());
  SparseMatrix graph = SparseMatrix(upper.transpose()) + upper;
  return graph;
}

std::size_t ExplicitGraphWork(const TermMatrix& terms) {
  const SparseMatrix& x = terms.tfidf;
  std::vector<std::size_t> df(static_cast<std::size_t>(x.cols()), 0);
  for (StorageIndex i = 0; i < x.rows(); ++i) {
    for (SparseMatrix::InnerIterator it(x, i); it; ++it) {
      ++df[static_cast<std::size_t>(it.col())];
    }
  }
  std::size_t work = 0;
  for (const std::size_t f : df) work += f * (f - (f > 0 ? 1 : 0)) / 2;
  return work;
}

bool PreferImplicitGraph(const TermMatrix& terms, const GraphOptions& options) {
  return options.similarity == Similarity::kCosine &&
         ExplicitGraphWork(terms) > options.max_explicit_work;
}

}  // namespace precis
