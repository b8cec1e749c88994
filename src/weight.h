// Stage 5, weight: the sentence x term TF-IDF matrix.
#ifndef PRECIS_SRC_WEIGHT_H_
#define PRECIS_SRC_WEIGHT_H_

#include <string>
#include <vector>

#include "sparse.h"

namespace precis {

struct TermMatrix {
  // sentences x terms; raw term counts.
  SparseMatrix counts;
  // sentences x terms; tf * idf with rows scaled to unit L2 norm (a sentence without
  // any term keeps an empty row), so that a dot product of two rows is their cosine.
  SparseMatrix tfidf;
  // Term ids -> terms, in order of first appearance (deterministic for a given input).
  std::vector<std::string> vocabulary;
};

// Builds both matrices from each sentence's terms. idf(t) = log(N / df(t)) + 1 over
// the N sentences, so that a term found in every sentence still counts a little.
// Linear in the number of terms.
TermMatrix BuildTermMatrix(const std::vector<std::vector<std::string>>& sentence_terms);

}  // namespace precis

#endif  // PRECIS_SRC_WEIGHT_H_
