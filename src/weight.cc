#include "weight.h"

#include <cmath>
#include <cstddef>
#include <limits>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "precis/error.h"

namespace precis {
namespace {

using StorageIndex = SparseMatrix::StorageIndex;

// Eigen stores indices as int; a corpus past that (billions of sentences or
// terms) is refused rather than silently wrapped.
StorageIndex CheckedIndex(std::size_t n, const char* what) {
  if (n > static_cast<std::size_t>(std::numeric_limits<StorageIndex>::max())) {
    throw Error(ErrorCode::kInvalidInput, "",
                std::string("too many ") + what + " for the term matrix");
  }
  return static_cast<StorageIndex>(n);
}

}  // namespace

TermMatrix BuildTermMatrix(
    const std::vector<std::vector<std::string>>& sentence_terms) {
  TermMatrix matrix;
  const StorageIndex sentence_count =
      CheckedIndex(sentence_terms.size(), "sentences");

  // Keys view the caller's strings, which outlive this call, so each distinct
  // term is copied once, into the vocabulary.
  std::unordered_map<std::string_view, StorageIndex> term_ids;
  std::size_t token_count = 0;
  for (const auto& terms : sentence_terms) token_count += terms.size();
  CheckedIndex(token_count, "terms");
  std::vector<Eigen::Triplet<double, StorageIndex>> triplets;
  triplets.reserve(token_count);
  for (StorageIndex row = 0; row < sentence_count; ++row) {
    for (const std::string& term :
         sentence_terms[static_cast<std::size_t>(row)]) {
      const auto [it, inserted] = term_ids.try_emplace(
          term, static_cast<StorageIndex>(matrix.vocabulary.size()));
      if (inserted) matrix.vocabulary.push_back(term);
      triplets.emplace_back(row, it->second, 1.0);
    }
  }
  const StorageIndex term_count =
      CheckedIndex(matrix.vocabulary.size(), "terms");

  // setFromTriplets sums the repeats of a term within a sentence into its
  // count.
  matrix.counts.resize(sentence_count, term_count);
  matrix.counts.setFromTriplets(triplets.begin(), triplets.end());
  triplets = {};

  // After summing, each stored entry is one (sentence, term) pair: its column's
  // count of entries is the term's document frequency over sentences.
  std::vector<double> idf(static_cast<std::size_t>(term_count), 0.0);
  for (StorageIndex row = 0; row < sentence_count; ++row) {
    for (SparseMatrix::InnerIterator it(matrix.counts, row); it; ++it) {
      idf[static_cast<std::size_t>(it.col())] += 1.0;
    }
  }
  // The +1 keeps a term found in every sentence (log 1 = 0) from vanishing, as
  // scikit-learn's smooth idf does.
  const double n = static_cast<double>(sentence_count);
  for (double& value : idf) value = std::log(n / value) + 1.0;

  // tf (the raw count) * idf, then each row scaled to unit L2 norm so that a
  // row dot product is a cosine. Every weight is positive, so only an empty row
  // has norm 0.
  matrix.tfidf = matrix.counts;
  for (StorageIndex row = 0; row < sentence_count; ++row) {
    double squared_norm = 0.0;
    for (SparseMatrix::InnerIterator it(matrix.tfidf, row); it; ++it) {
      it.valueRef() *= idf[static_cast<std::size_t>(it.col())];
      squared_norm += it.value() * it.value();
    }
    if (squared_norm == 0.0) continue;
    const double inverse_norm = 1.0 / std::sqrt(squared_norm);
    for (SparseMatrix::InnerIterator it(matrix.tfidf, row); it; ++it) {
      it.valueRef() *= inverse_norm;
    }
  }
  return matrix;
}

}  // namespace precis
