#include "order.h"

#include <algorithm>
#include <tuple>

#include "precis/error.h"

namespace precis {
namespace {

// before[i * k + j]: the evidence that chosen[i] is read before chosen[j], for `chosen`
// sorted by document, then position: how well chosen[j]'s document tells chosen[i]'s
// content before it, plus how well chosen[i]'s document tells chosen[j]'s after it, each
// the best cosine with that part of the document. Weak matches count too, as shared
// topic words: a threshold of 0.1 to 0.3 under which a match is no evidence agreed less
// with the third articles (eval/README.md). Each chosen sentence is compared once with
// each row of the documents that hold chosen sentences, whatever their length.
std::vector<double> Evidence(const std::vector<std::size_t>& chosen, const SparseMatrix& tfidf,
                             const std::vector<std::size_t>& document_of) {
  const std::size_t k = chosen.size();
  const auto row_of = [&tfidf](std::size_t i) { return tfidf.row(static_cast<Eigen::Index>(i)); };
  // told_before[x * k + j] (told_after): the best cosine of chosen[x] with the rows of
  // chosen[j]'s document before (after) it.
  std::vector<double> told_before(k * k, 0.0);
  std::vector<double> told_after(k * k, 0.0);
  std::vector<double> cosines;
  for (std::size_t group = 0; group < k;) {
    // chosen[group, group_end) share a document, whose rows are [first, end): found by
    // walking out from its chosen rows, since a document's rows are consecutive.
    const std::size_t document = document_of[chosen[group]];
    std::size_t group_end = group + 1;
    while (group_end < k && document_of[chosen[group_end]] == document) ++group_end;
    std::size_t first = chosen[group];
    while (first > 0 && document_of[first - 1] == document) --first;
    std::size_t end = chosen[group_end - 1] + 1;
    while (end < document_of.size() && document_of[end] == document) ++end;
    for (std::size_t x = 0; x < k; ++x) {
      if (document_of[chosen[x]] == document) continue;
      cosines.assign(end - first, 0.0);
      for (std::size_t row = first; row < end; ++row) {
        cosines[row - first] = row_of(row).dot(row_of(chosen[x]));
      }
      double best = 0.0;
      std::size_t j = group;
      for (std::size_t row = first; row < end && j < group_end; ++row) {
        if (row == chosen[j]) told_before[x * k + j++] = best;
        best = std::max(best, cosines[row - first]);
      }
      best = 0.0;
      j = group_end;
      for (std::size_t row = end; row > first && j > group; --row) {
        if (row - 1 == chosen[j - 1]) told_after[x * k + --j] = best;
        best = std::max(best, cosines[row - 1 - first]);
      }
    }
    group = group_end;
  }
  std::vector<double> before(k * k, 0.0);
  for (std::size_t i = 0; i < k; ++i) {
    for (std::size_t j = 0; j < k; ++j) {
      if (document_of[chosen[i]] == document_of[chosen[j]]) continue;
      before[i * k + j] = told_before[i * k + j] + told_after[j * k + i];
    }
  }
  return before;
}

}  // namespace

std::vector<std::size_t> OrderForReading(const std::vector<std::size_t>& chosen_rows,
                                         const SparseMatrix& tfidf,
                                         const std::vector<std::size_t>& document_of,
                                         const std::vector<std::size_t>& positions,
                                         const OrderOptions& options) {
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
  if (k < 2 || k > kMaxStoryOrdered || options.by_source) return by_source;
  std::vector<std::size_t> chosen(k);
  for (std::size_t i = 0; i < k; ++i) chosen[i] = chosen_rows[by_source[i]];

  const std::vector<double> before = Evidence(chosen, tfidf, document_of);

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
