// Dense, obviously correct versions of the numeric stages (weight, graph, rank,
// select), written straight from their definitions with plain loops over every
// pair, so that the sparse stages can be checked against them on small inputs.
// Quadratic or worse: for tests only. (re2 keeps a backtracking matcher for the
// same purpose.)
#ifndef PRECIS_TESTS_SUPPORT_DENSE_REFERENCE_H_
#define PRECIS_TESTS_SUPPORT_DENSE_REFERENCE_H_

#include <cstddef>
#include <random>
#include <string>
#include <vector>

#include "precis/options.h"
#include "select.h"
#include "sparse.h"

namespace precis::dense {

using Matrix = std::vector<std::vector<double>>;       // rows of equal length
using Corpus = std::vector<std::vector<std::string>>;  // each sentence's terms

Matrix ToDense(const SparseMatrix& sparse);

// `sentences` sentences of 0 to `max_length` terms, each drawn uniformly from
// the first `vocabulary` (at most 16) words of a fixed list of French stems, so
// that some sentences are empty, some repeat a term and many share terms.
Corpus RandomCorpus(std::mt19937& rng, std::size_t sentences,
                    std::size_t vocabulary, std::size_t max_length);

// The distinct terms in order of first appearance.
std::vector<std::string> Vocabulary(const Corpus& corpus);

// sentences x vocabulary: how often each term occurs in each sentence.
Matrix Counts(const Corpus& corpus);

// (1 if the term occurs, however often) * (log(N / df) + 1), each non-zero row divided
// by its L2 norm.
Matrix Tfidf(const Corpus& corpus);

// Every pair i != j compared: the cosine of the Tfidf rows, or the TextRank
// overlap (distinct shared terms over log |Si| + log |Sj|, no edge when that is
// 0); entries below min_similarity or equal to 0 are 0. The diagonal is 0.
Matrix SimilarityGraph(const Corpus& corpus, const GraphOptions& options);

// Power iteration of r = (1 - d) / N + d * (sum over i of r_i * share of i's
// weight going to j, or r_i / N when row i is all 0), run for exactly
// `iterations` steps from the uniform vector.
std::vector<double> PageRank(const Matrix& graph, double damping,
                             int iterations);

// Personalized PageRank: jumps and dangling mass follow `teleport` (sums to 1), the
// textbook power iteration written out with dense loops.
std::vector<double> PersonalizedPageRank(const Matrix& graph, double damping, int iterations,
                                         const std::vector<double>& teleport);

// MMR recomputed from scratch at every step: each round re-checks every filter
// and budget against the chosen sentences and recomputes similarities as dense
// dot products of `tfidf` rows (and near duplicates also by their binary
// cosine, at 0.8 or duplicate_threshold). Returns indices in order of choice.
std::vector<std::size_t> Select(const std::vector<double>& scores,
                                const Matrix& tfidf,
                                const std::vector<Candidate>& candidates,
                                const SelectOptions& options);

}  // namespace precis::dense

#endif  // PRECIS_TESTS_SUPPORT_DENSE_REFERENCE_H_
