#include "graph.h"

#include <cmath>
#include <cstdint>
#include <limits>
#include <random>
#include <string>
#include <tuple>
#include <vector>

#include <catch2/catch.hpp>

#include "support/dense_reference.h"
#include "weight.h"

namespace precis {
namespace {

using Corpus = std::vector<std::vector<std::string>>;

// Closer than Catch's default (1e-5 relative): these values are computed, not
// measured.
Approx Near(double value) { return Approx(value).epsilon(1e-12).margin(1e-14); }

GraphOptions Cosine(double min_similarity) {
  GraphOptions options;
  options.similarity = Similarity::kCosine;
  options.min_similarity = min_similarity;
  return options;
}

GraphOptions Overlap(double min_similarity) {
  GraphOptions options;
  options.similarity = Similarity::kOverlap;
  options.min_similarity = min_similarity;
  return options;
}

// Structural invariants every graph must satisfy, whatever the measure.
void CheckWellFormed(const SparseMatrix& graph, double min_similarity) {
  CHECK(graph.rows() == graph.cols());
  CHECK(graph.isCompressed());
  for (Eigen::Index i = 0; i < graph.rows(); ++i) {
    for (SparseMatrix::InnerIterator it(graph, i); it; ++it) {
      CAPTURE(i, it.col(), it.value());
      CHECK(it.col() != i);
      CHECK(it.value() >= min_similarity);
      CHECK(it.value() > 0.0);
      // Exactly symmetric, not merely up to rounding.
      CHECK(graph.coeff(it.col(), i) == it.value());
    }
  }
}

TEST_CASE("graph: hand-computed cosine edges", "[graph]") {
  // idf = ln(3/df) + 1: a (df 2) 1.4054651081081644, b, c (df
  // 1) 2.09861228866811. Rows: 0 = (a, b)/|.|, 1 = (a, c)/|.|, both with the
  // same norm
  //   sqrt(1.40546^2 + 2.09861^2) = 2.5258...; 2 = nothing shared.
  // cos(0, 1) = idf(a)^2 / (idf(a)^2 + idf(b)^2) = 1.97533 / 6.37954 =
  // 0.309634...
  const Corpus corpus = {{"a", "b"}, {"a", "c"}, {"d"}};
  const double idf_a = std::log(1.5) + 1.0;
  const double idf_b = std::log(3.0) + 1.0;
  const double cos01 = idf_a * idf_a / (idf_a * idf_a + idf_b * idf_b);
  const SparseMatrix graph =
      BuildSimilarityGraph(BuildTermMatrix(corpus), Cosine(0.05));
  CheckWellFormed(graph, 0.05);
  CHECK(graph.nonZeros() == 2);
  CHECK(graph.coeff(0, 1) == Near(cos01));
  CHECK(graph.coeff(0, 1) == Approx(0.3096).epsilon(1e-3));
  CHECK(graph.coeff(0, 2) == 0.0);
  CHECK(graph.coeff(1, 2) == 0.0);
}

TEST_CASE("graph: identical sentences have cosine 1", "[graph]") {
  const Corpus corpus = {
      {"grève", "sncf", "grève"}, {"grève", "sncf", "grève"}, {"pluie"}};
  const SparseMatrix graph =
      BuildSimilarityGraph(BuildTermMatrix(corpus), Cosine(0.0));
  CHECK(graph.coeff(0, 1) == Near(1.0));
  CHECK(graph.coeff(0, 0) == 0.0);  // no self-loop, though cos(0, 0) = 1
  CHECK(graph.nonZeros() == 2);
}

TEST_CASE("graph: hand-computed overlap edges", "[graph]") {
  // |S0| = 4 (a b c d); |S1| = 4 (a a b e; a twice, shared once); |S2| = |S3| =
  // 1 (c).
  //   (0, 1): {a, b} -> 2 / (ln 4 + ln 4) = 1 / ln 4 = 0.7213475204444817
  //   (0, 2), (0, 3): {c} -> 1 / (ln 4 + ln 1) = 0.7213475204444817
  //   (2, 3): {c} -> 1 / (ln 1 + ln 1) = 1 / 0: no edge
  //   (1, 2), (1, 3): nothing shared.
  const Corpus corpus = {
      {"a", "b", "c", "d"}, {"a", "a", "b", "e"}, {"c"}, {"c"}};
  const SparseMatrix graph =
      BuildSimilarityGraph(BuildTermMatrix(corpus), Overlap(0.05));
  CheckWellFormed(graph, 0.05);
  const double expected = 0.7213475204444817;
  using Edge = std::tuple<int, int, double>;
  const auto [i, j, weight] = GENERATE_COPY(table<int, int, double>(
      {Edge{0, 1, expected}, Edge{0, 2, expected}, Edge{0, 3, expected},
       Edge{2, 3, 0.0}, Edge{1, 2, 0.0}, Edge{1, 3, 0.0}}));
  CAPTURE(i, j);
  CHECK(graph.coeff(i, j) == Near(weight));
  CHECK(graph.coeff(j, i) == Near(weight));
  CHECK(graph.nonZeros() == 6);
}

TEST_CASE(
    "graph: min_similarity keeps an edge equal to it and drops weaker ones",
    "[graph]") {
  const Similarity measure =
      GENERATE(Similarity::kCosine, Similarity::kOverlap);
  CAPTURE(static_cast<int>(measure));
  const TermMatrix terms =
      BuildTermMatrix({{"a", "b", "c"}, {"a", "d", "e"}, {"a", "b", "f"}});
  GraphOptions options;
  options.similarity = measure;
  options.min_similarity = 0.0;
  const SparseMatrix all = BuildSimilarityGraph(terms, options);
  // Edge (0, 1) shares one term, (0, 2) two: the weaker one sets the threshold.
  const double weak = all.coeff(0, 1);
  REQUIRE(weak > 0.0);
  REQUIRE(all.coeff(0, 2) > weak);

  options.min_similarity = weak;
  const SparseMatrix at = BuildSimilarityGraph(terms, options);
  CHECK(at.coeff(0, 1) == weak);
  CheckWellFormed(at, weak);

  options.min_similarity = std::nextafter(weak, 1.0);
  const SparseMatrix above = BuildSimilarityGraph(terms, options);
  CHECK(above.coeff(0, 1) == 0.0);
  CHECK(above.coeff(1, 0) == 0.0);
  CHECK(above.coeff(0, 2) == all.coeff(0, 2));
  CheckWellFormed(above, options.min_similarity);
}

TEST_CASE("graph: degenerate inputs", "[graph]") {
  const Similarity measure =
      GENERATE(Similarity::kCosine, Similarity::kOverlap);
  CAPTURE(static_cast<int>(measure));
  GraphOptions options;
  options.similarity = measure;
  SECTION("no sentence") {
    const SparseMatrix graph =
        BuildSimilarityGraph(BuildTermMatrix({}), options);
    CHECK(graph.rows() == 0);
    CHECK(graph.cols() == 0);
  }
  SECTION("sentences without terms have no edges") {
    const SparseMatrix graph =
        BuildSimilarityGraph(BuildTermMatrix({{}, {}, {}}), options);
    CHECK(graph.rows() == 3);
    CHECK(graph.cols() == 3);
    CHECK(graph.nonZeros() == 0);
  }
  SECTION("one sentence") {
    const SparseMatrix graph = BuildSimilarityGraph(
        BuildTermMatrix({{"seul", "mot", "seul"}}), options);
    CHECK(graph.rows() == 1);
    CHECK(graph.nonZeros() == 0);
  }
}

TEST_CASE("graph: matches the dense reference on random corpora", "[graph]") {
  const std::uint32_t seed = GENERATE(1u, 7u, 99u, 12345u);
  const Similarity measure =
      GENERATE(Similarity::kCosine, Similarity::kOverlap);
  const double min_similarity = GENERATE(0.0, 0.05, 0.3);
  const std::size_t vocabulary = GENERATE(3u, 16u);
  CAPTURE(seed, static_cast<int>(measure), min_similarity, vocabulary);
  std::mt19937 rng(seed);
  const Corpus corpus = dense::RandomCorpus(rng, 30, vocabulary, 7);
  GraphOptions options;
  options.similarity = measure;
  options.min_similarity = min_similarity;

  const SparseMatrix graph =
      BuildSimilarityGraph(BuildTermMatrix(corpus), options);
  CheckWellFormed(graph, min_similarity);
  const dense::Matrix expected = dense::SimilarityGraph(corpus, options);
  const dense::Matrix actual = dense::ToDense(graph);
  REQUIRE(actual.size() == expected.size());
  std::size_t expected_edges = 0;
  for (std::size_t i = 0; i < actual.size(); ++i) {
    for (std::size_t j = 0; j < actual.size(); ++j) {
      CAPTURE(i, j, corpus[i], corpus[j]);
      CHECK(actual[i][j] == Near(expected[i][j]));
      expected_edges += expected[i][j] > 0.0 ? 1 : 0;
    }
  }
  CHECK(static_cast<std::size_t>(graph.nonZeros()) == expected_edges);
}


TEST_CASE("graph: the explicit graph's work counts the shared-term triples",
          "[graph][implicit]") {
  const std::uint32_t seed = GENERATE(1u, 2u, 3u);
  CAPTURE(seed);
  std::mt19937 rng(seed);
  std::uniform_int_distribution<int> term(0, 12);
  Corpus corpus(20);
  for (auto& sentence : corpus) {
    for (int n = 0; n < 4; ++n) sentence.push_back("t" + std::to_string(term(rng)));
  }
  const TermMatrix terms = BuildTermMatrix(corpus);
  // By brute force: for each pair, its distinct shared terms.
  std::size_t triples = 0;
  for (Eigen::Index i = 0; i < terms.counts.rows(); ++i) {
    for (Eigen::Index j = i + 1; j < terms.counts.rows(); ++j) {
      for (Eigen::Index k = 0; k < terms.counts.cols(); ++k) {
        triples += terms.counts.coeff(i, k) > 0 && terms.counts.coeff(j, k) > 0;
      }
    }
  }
  CHECK(ExplicitGraphWork(terms) == triples);
  GraphOptions options = Cosine(0.05);
  options.max_explicit_work = triples;
  CHECK_FALSE(PreferImplicitGraph(terms, options));
  options.max_explicit_work = triples - 1;
  CHECK(PreferImplicitGraph(terms, options));
  options.similarity = Similarity::kOverlap;  // no implicit form
  CHECK_FALSE(PreferImplicitGraph(terms, options));
  CHECK(ExplicitGraphWork(BuildTermMatrix({})) == 0);
}

}  // namespace
}  // namespace precis
