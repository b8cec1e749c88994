#include "order.h"

#include <algorithm>
#include <tuple>

#include "precis/error.h"

namespace precis {
namespace {

// The best cosine of row `x` with rows [begin, end). Weak matches count too, as shared
// topic words: measured on the development sets, a threshold of 0.1 to 0.4 below which a
// match is no evidence agrees less with the third articles (eval/README.md).
double ToldAt(const SparseMatrix& tfidf, std::size_t x, std::size_t begin, std::size_t end) {
  double best = 0.0;
  for (std::size_t row = begin; row < end; ++row) {
    best = std::max(best, tfidf.row(static_cast<Eigen::Index>(row))
                              .dot(tfidf.row(static_cast<Eigen::Index>(x))));
  }
  return best;
}

}  // namespace

std::vector<std::size_t> OrderForReading(const std::vector<std::size_t>& chosen_rows,
                                         const SparseMatrix& tfidf,
                                         const std::vector<std::size_t>& document_of,
                                         const std::vector<std::size_t>& positions) {
  const auto rows = static_cast<std::size_t>(tfidf.rows());
  if (document_of.size() != rows || positions.size() != rows ||
      std::any_of(chosen_rows.begin(), chosen_rows.end(),
                  [rows](std::size_t i) { return i >= rows; })) {
    throw Error(ErrorCode::kInternal, "",
                "OrderForReading needs a document and a position per tfidf row");
  }
  // by_source[i] indexes chosen_rows, by document then position; chosen[i] is its row.
  const std::size_t k = chosen_rows.size();
  std::vector<std::size_t> by_source(k);
  for (std::size_t i = 0; i < k; ++i) by_source[i] = i;
  std::sort(by_source.begin(), by_source.end(), [&](std::size_t a, std::size_t b) {
    const std::size_t row_a = chosen_rows[a];
    const std::size_t row_b = chosen_rows[b];
    return std::tie(document_of[row_a], positions[row_a]) <
           std::tie(document_of[row_b], positions[row_b]);
  });
  if (k < 2 || k > kMaxStoryOrdered) return by_source;
  std::vector<std::size_t> chosen(k);
  for (std::size_t i = 0; i < k; ++i) chosen[i] = chosen_rows[by_source[i]];

  // The rows of each chosen sentence's document: [first[i], end[i]).
  std::vector<std::size_t> first(k);
  std::vector<std::size_t> end(k);
  for (std::size_t i = 0; i < k; ++i) {
    const std::size_t row = chosen[i];
    first[i] = row - std::min(positions[row], row);
    end[i] = row + 1;
    while (end[i] < rows && document_of[end[i]] == document_of[row]) ++end[i];
  }
  // before[i * k + j]: the evidence that chosen[i] is read before chosen[j].
  std::vector<double> before(k * k, 0.0);
  for (std::size_t i = 0; i < k; ++i) {
    for (std::size_t j = 0; j < k; ++j) {
      if (document_of[chosen[i]] == document_of[chosen[j]]) continue;
      before[i * k + j] = ToldAt(tfidf, chosen[i], first[j], chosen[j]) +
                          ToldAt(tfidf, chosen[j], chosen[i] + 1, end[i]);
    }
  }

  // Runs of consecutive sentences of one source move as one block: the second may lean
  // on the first ("Cette visite d'Etat..." after the arrival it speaks of). block[b] is
  // the first index into `chosen` of block b; block[blocks] is k.
  std::vector<std::size_t> block;
  for (std::size_t i = 0; i < k; ++i) {
    if (i == 0 || document_of[chosen[i - 1]] != document_of[chosen[i]] ||
        positions[chosen[i - 1]] + 1 != positions[chosen[i]]) {
      block.push_back(i);
    }
  }
  const std::size_t blocks = block.size();
  block.push_back(k);

  std::vector<bool> placed(k, false);
  std::vector<std::size_t> order;
  order.reserve(k);
  while (order.size() < k) {
    std::size_t next = blocks;
    double next_net = 0.0;
    for (std::size_t b = 0; b < blocks; ++b) {
      // Only a document's first unplaced block may come next: `chosen` is by document.
      const std::size_t head = block[b];
      if (placed[head] || (b > 0 && !placed[block[b - 1]] &&
                           document_of[chosen[block[b - 1]]] == document_of[chosen[head]])) {
        continue;
      }
      double net = 0.0;
      for (std::size_t i = head; i < block[b + 1]; ++i) {
        for (std::size_t j = 0; j < k; ++j) {
          if (!placed[j]) net += before[i * k + j] - before[j * k + i];
        }
      }
      // Strictly more: ties go to the earlier by document, then position.
      if (next == blocks || net > next_net) {
        next = b;
        next_net = net;
      }
    }
    for (std::size_t i = block[next]; i < block[next + 1]; ++i) {
      placed[i] = true;
      order.push_back(by_source[i]);
    }
  }
  return order;
}

}  // namespace precis
