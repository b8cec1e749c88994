// Stage 6, graph: sentence similarity as a sparse weighted graph.
#ifndef PRECIS_SRC_GRAPH_H_
#define PRECIS_SRC_GRAPH_H_

#include <cstddef>

#include "precis/options.h"
#include "sparse.h"
#include "weight.h"

namespace precis {

// The symmetric sentences x sentences similarity matrix, compressed, with no
// self-loops and no edge weaker than options.min_similarity (an edge equal to
// it is kept). Sentences that share no term get no edge.
//  - kCosine: dot products of the unit rows of terms.tfidf (LexRank, Erkan &
//    Radev 2004).
//  - kOverlap: |Si ∩ Sj| / (log |Si| + log |Sj|) (TextRank, Mihalcea & Tarau
//    2004), the shared terms counted once each from terms.counts, |S| the sum
//    of the sentence's counts. Two one-term sentences (log 1 + log 1 = 0) get
//    no edge. The weights are not bounded by 1, and are at least
//    1 / (log |Si| + log |Sj|) for a pair sharing a term, so that a
//    min_similarity of 0.05 prunes nothing short of |Si| |Sj| > e^20: the
//    graph has an edge for nearly every pair sharing a term.
// Cost: the number of (sentence, sentence, shared term) triples, each pair
// computed once; memory: the kept edges, twice, plus O(N + terms).
// Throws Error(kInvalidInput) past 2^31 - 1 edges (Eigen's index type).
SparseMatrix BuildSimilarityGraph(const TermMatrix& terms,
                                  const GraphOptions& options);

// The number of (sentence, sentence, shared term) triples, the exact cost of
// BuildSimilarityGraph: the sum over terms of df (df - 1) / 2. Linear in nnz.
std::size_t ExplicitGraphWork(const TermMatrix& terms);

// Whether to rank on the implicit cosine graph (rank.h, ImplicitCosinePageRank)
// rather than build this one: for kCosine when ExplicitGraphWork exceeds
// options.max_explicit_work. News clusters repeat their vocabulary, so the explicit
// graph grows with the square of the sentences (92 million edges, 2.2 GiB and 13 s
// for 24,000 sentences of 1,000 articles), where X (X^T v) stays linear in the term
// matrix. The implicit graph has no min_similarity pruning: the weak edges it keeps
// are many but light, and the top sentences agree with the pruned graph's (README,
// "Scaling", gives the measured overlap). kOverlap has no such factorization (its
// norm is per pair) and always builds the explicit graph.
bool PreferImplicitGraph(const TermMatrix& terms, const GraphOptions& options);

}  // namespace precis

#endif  // PRECIS_SRC_GRAPH_H_
