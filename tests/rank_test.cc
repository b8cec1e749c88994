#include "rank.h"

#include <cmath>
#include <cstdint>
#include <random>
#include <tuple>
#include <vector>

#include <catch2/catch.hpp>

#include "precis/error.h"
#include "support/dense_reference.h"

namespace precis {
namespace {

Approx Near(double value) { return Approx(value).epsilon(1e-9).margin(1e-12); }

SparseMatrix Graph(Eigen::Index n,
                   const std::vector<std::tuple<int, int, double>>& edges,
                   bool symmetric = true) {
  std::vector<Eigen::Triplet<double>> triplets;
  for (const auto& [i, j, w] : edges) {
    triplets.emplace_back(i, j, w);
    if (symmetric) triplets.emplace_back(j, i, w);
  }
  SparseMatrix graph(n, n);
  graph.setFromTriplets(triplets.begin(), triplets.end());
  return graph;
}

RankOptions Options(double damping) {
  RankOptions options;
  options.damping = damping;
  options.tolerance = 1e-14;
  options.max_iterations = 10000;
  return options;
}

void CheckDistribution(const Eigen::VectorXd& scores) {
  CHECK(scores.sum() == Approx(1.0).epsilon(1e-15));
  CHECK(scores.minCoeff() >= 0.0);
}

TEST_CASE("rank: symmetric triangle gives 1/3 each", "[rank]") {
  // Every node is like every other: the uniform start is already the fixed
  // point, so the first iteration changes nothing and converges.
  const double weight = GENERATE(0.2, 1.0, 7.5);
  CAPTURE(weight);
  const RankResult r =
      PageRank(Graph(3, {{0, 1, weight}, {1, 2, weight}, {0, 2, weight}}),
               Options(0.85));
  REQUIRE(r.scores.size() == 3);
  for (Eigen::Index i = 0; i < 3; ++i) CHECK(r.scores[i] == Near(1.0 / 3.0));
  CHECK(r.converged);
  CHECK(r.iterations == 1);
}

TEST_CASE("rank: star, closed form", "[rank]") {
  // Centre 0 linked to leaves 1, 2, 3. Each leaf gives all to the centre, the
  // centre a third to each leaf:
  //   c = (1 - d)/4 + d * 3l,  l = (1 - d)/4 + d * c/3,  c + 3l = 1
  //   => c = (1 + 3d) / (4 (1 + d)),  l = (1 - c) / 3.
  // d = 0.85: c = 3.55 / 7.4 = 0.47972972..., l = 0.17342342...
  const double d = GENERATE(0.5, 0.85, 0.95);
  CAPTURE(d);
  const RankResult r =
      PageRank(Graph(4, {{0, 1, 1.0}, {0, 2, 1.0}, {0, 3, 1.0}}), Options(d));
  const double centre = (1.0 + 3.0 * d) / (4.0 * (1.0 + d));
  CHECK(r.converged);
  CHECK(r.scores[0] == Near(centre));
  for (Eigen::Index leaf = 1; leaf < 4; ++leaf)
    CHECK(r.scores[leaf] == Near((1.0 - centre) / 3.0));
  CheckDistribution(r.scores);
  if (d == 0.85) CHECK(r.scores[0] == Near(0.47972972972972966));
}

TEST_CASE("rank: an isolated (dangling) node spreads its score uniformly",
          "[rank]") {
  // 0 - 1 linked, 2 alone. With b = r2 and a = r0 = r1:
  //   b = (1 - d)/3 + d * b/3   (only the dangling mass reaches node 2)
  //   => b = (1 - d) / (3 - d),  a = (1 - b) / 2.
  // d = 0.85: b = 0.15 / 2.15 = 0.06976744..., a = 0.46511627...
  const double d = GENERATE(0.5, 0.85);
  CAPTURE(d);
  const RankResult r = PageRank(Graph(3, {{0, 1, 1.0}}), Options(d));
  const double isolated = (1.0 - d) / (3.0 - d);
  CHECK(r.converged);
  CHECK(r.scores[2] == Near(isolated));
  CHECK(r.scores[0] == Near((1.0 - isolated) / 2.0));
  CHECK(r.scores[1] == Near((1.0 - isolated) / 2.0));
  CheckDistribution(r.scores);
}

TEST_CASE("rank: weighted path, closed form", "[rank]") {
  // 0 -(1)- 1 -(3)- 2. Node 1 sends 1/4 to 0 and 3/4 to 2; the ends send all to
  // 1:
  //   r1 = (1 - d)/3 + d (r0 + r2) = (1 - d)/3 + d (1 - r1)  => r1 = (1 + 2d) /
  //   (3 (1 + d)) r0 = (1 - d)/3 + d r1 / 4,  r2 = (1 - d)/3 + 3 d r1 / 4.
  // d = 0.85: 0.15337837..., 0.48648648..., 0.36013513...
  const double d = 0.85;
  const RankResult r =
      PageRank(Graph(3, {{0, 1, 1.0}, {1, 2, 3.0}}), Options(d));
  const double r1 = (1.0 + 2.0 * d) / (3.0 * (1.0 + d));
  CHECK(r.scores[0] == Near((1.0 - d) / 3.0 + d * r1 / 4.0));
  CHECK(r.scores[1] == Near(r1));
  CHECK(r.scores[2] == Near((1.0 - d) / 3.0 + 3.0 * d * r1 / 4.0));
  CHECK(r.scores[0] == Near(0.15337837837837837));
  CHECK(r.scores[2] == Near(0.36013513513513506));
}

TEST_CASE("rank: degenerate graphs", "[rank]") {
  SECTION("empty graph: empty result") {
    const RankResult r = PageRank(SparseMatrix(0, 0), RankOptions{});
    CHECK(r.scores.size() == 0);
    CHECK(r.iterations == 0);
    CHECK(r.converged);
  }
  SECTION("one node") {
    const RankResult r = PageRank(SparseMatrix(1, 1), RankOptions{});
    REQUIRE(r.scores.size() == 1);
    CHECK(r.scores[0] == 1.0);
    CHECK(r.converged);
  }
  SECTION("no edges at all: uniform") {
    const RankResult r = PageRank(SparseMatrix(4, 4), RankOptions{});
    for (Eigen::Index i = 0; i < 4; ++i) CHECK(r.scores[i] == Near(0.25));
    CHECK(r.converged);
  }
  SECTION("non-square graph") {
    CHECK_THROWS_AS(PageRank(SparseMatrix(2, 3), RankOptions{}), Error);
  }
  SECTION("negative weight") {
    CHECK_THROWS_AS(PageRank(Graph(2, {{0, 1, -1.0}}), RankOptions{}), Error);
  }
}

TEST_CASE("rank: max_iterations caps the iteration", "[rank]") {
  const SparseMatrix star = Graph(4, {{0, 1, 1.0}, {0, 2, 1.0}, {0, 3, 1.0}});
  RankOptions options;
  options.max_iterations = 3;
  options.tolerance = 1e-12;
  const RankResult capped = PageRank(star, options);
  CHECK(capped.iterations == 3);
  CHECK_FALSE(capped.converged);
  CheckDistribution(capped.scores);
  // After 3 steps the scores are those of 3 plain power steps.
  const std::vector<double> three =
      dense::PageRank(dense::ToDense(star), 0.85, 3);
  for (Eigen::Index i = 0; i < 4; ++i)
    CHECK(capped.scores[i] == Near(three[static_cast<std::size_t>(i)]));

  options.max_iterations = 1000;
  const RankResult free = PageRank(star, options);
  CHECK(free.converged);
  CHECK(free.iterations > 3);
  CHECK(free.iterations < 1000);
}

TEST_CASE("rank: matches dense power iteration on random graphs", "[rank]") {
  const std::uint32_t seed = GENERATE(3u, 5u, 8u, 13u, 21u);
  const bool symmetric = GENERATE(true, false);
  const double d = GENERATE(0.5, 0.85);
  CAPTURE(seed, symmetric, d);
  std::mt19937 rng(seed);
  const int n = 12;
  std::bernoulli_distribution has_edge(0.25);
  std::uniform_real_distribution<double> weight(0.05, 2.0);
  std::vector<std::tuple<int, int, double>> edges;
  // The last two rows stay empty: dangling nodes in every graph, which in the
  // directed case may still receive edges.
  const int sources = n - 2;
  for (int i = 0; i < sources; ++i) {
    for (int j = symmetric ? i + 1 : 0; j < (symmetric ? sources : n); ++j) {
      if (i != j && has_edge(rng)) edges.emplace_back(i, j, weight(rng));
    }
  }
  const SparseMatrix graph = Graph(n, edges, symmetric);
  const RankResult r = PageRank(graph, Options(d));
  CHECK(r.converged);
  CheckDistribution(r.scores);
  const std::vector<double> expected =
      dense::PageRank(dense::ToDense(graph), d, 2000);
  for (Eigen::Index i = 0; i < n; ++i) {
    CAPTURE(i);
    CHECK(r.scores[i] == Near(expected[static_cast<std::size_t>(i)]));
  }
  // Deterministic to the bit.
  const RankResult again = PageRank(graph, Options(d));
  CHECK(again.scores == r.scores);
  CHECK(again.iterations == r.iterations);
}


TEST_CASE("rank: a position teleport gives personalized PageRank", "[rank]") {
  const std::uint32_t seed = GENERATE(2u, 7u, 11u);
  const double decay = GENERATE(0.5, 2.0, 10.0);
  CAPTURE(seed, decay);
  std::mt19937 rng(seed);
  const int n = 10;
  std::bernoulli_distribution has_edge(0.3);
  std::uniform_real_distribution<double> weight(0.05, 1.0);
  std::vector<std::tuple<int, int, double>> edges;
  for (int i = 0; i < n - 1; ++i) {  // the last node is dangling
    for (int j = i + 1; j < n - 1; ++j) {
      if (has_edge(rng)) edges.emplace_back(i, j, weight(rng));
    }
  }
  // Two documents of 6 and 4 sentences: positions restart at 0.
  const std::vector<std::size_t> positions = {0, 1, 2, 3, 4, 5, 0, 1, 2, 3};
  const Eigen::VectorXd teleport = PositionTeleport(positions, decay);
  REQUIRE(teleport.size() == n);
  CheckDistribution(teleport);
  CHECK(teleport[0] == Near(teleport[6]));
  for (int i = 1; i < 6; ++i) CHECK(teleport[i] < teleport[i - 1]);
  CHECK(teleport[0] / teleport[1] == Near((1.0 + 0.001) / (std::exp(-1.0 / decay) + 0.001)));

  const SparseMatrix graph = Graph(n, edges);
  const RankResult r = PageRank(graph, Options(0.85), teleport);
  CHECK(r.converged);
  CheckDistribution(r.scores);
  const std::vector<double> expected = dense::PersonalizedPageRank(
      dense::ToDense(graph), 0.85, 3000,
      std::vector<double>(teleport.data(), teleport.data() + teleport.size()));
  for (Eigen::Index i = 0; i < n; ++i) {
    CAPTURE(i);
    CHECK(r.scores[i] == Near(expected[static_cast<std::size_t>(i)]));
  }
}

TEST_CASE("rank: position decay 0 is uniform teleport, plain PageRank", "[rank]") {
  CHECK(PositionTeleport({0, 1, 2}, 0.0).size() == 0);
  CHECK(PositionTeleport({}, 2.0).size() == 0);
  const SparseMatrix graph = Graph(3, {{0, 1, 1.0}, {1, 2, 0.5}});
  const RankResult plain = PageRank(graph, Options(0.85));
  const RankResult uniform =
      PageRank(graph, Options(0.85), PositionTeleport({0, 0, 0}, 2.0));
  for (Eigen::Index i = 0; i < 3; ++i) CHECK(uniform.scores[i] == Near(plain.scores[i]));
  CHECK_THROWS_AS(PageRank(graph, Options(0.85), Eigen::VectorXd::Constant(2, 0.5)), Error);
}

// Random unit-row term matrices, with empty rows and sentences sharing no term, for the
// implicit graph.
SparseMatrix RandomUnitRows(std::mt19937& rng, int sentences, int terms, double density) {
  std::bernoulli_distribution has_term(density);
  std::uniform_real_distribution<double> weight(0.1, 3.0);
  std::vector<Eigen::Triplet<double>> triplets;
  for (int i = 0; i < sentences - 2; ++i) {  // the last sentence stays empty
    std::vector<std::pair<int, double>> row;
    double norm = 0.0;
    for (int k = 0; k < terms; ++k) {
      if (!has_term(rng)) continue;
      row.emplace_back(k, weight(rng));
      norm += row.back().second * row.back().second;
    }
    for (const auto& [k, w] : row) triplets.emplace_back(i, k, w / std::sqrt(norm));
  }
  // A sentence with a term of its own only: no edge, dangling in both forms.
  triplets.emplace_back(sentences - 2, terms, 1.0);
  SparseMatrix x(sentences, terms + 1);
  x.setFromTriplets(triplets.begin(), triplets.end());
  return x;
}

TEST_CASE("rank: the implicit cosine graph ranks as the explicit unpruned one",
          "[rank][implicit]") {
  const std::uint32_t seed = GENERATE(1u, 2u, 3u, 4u, 5u, 6u);
  const double density = GENERATE(0.05, 0.3);
  CAPTURE(seed, density);
  std::mt19937 rng(seed);
  const int n = 30;
  const SparseMatrix x = RandomUnitRows(rng, n, 25, density);
  // The explicit graph: every pair's cosine, the self-loops left out.
  std::vector<std::tuple<int, int, double>> edges;
  for (int i = 0; i < n; ++i) {
    for (int j = i + 1; j < n; ++j) {
      const double cosine = x.row(i).dot(x.row(j));
      if (cosine > 0.0) edges.emplace_back(i, j, cosine);
    }
  }
  const RankOptions options = Options(0.85);
  const RankResult exact = PageRank(Graph(n, edges), options);
  const RankResult implicit = ImplicitCosinePageRank(x, options, 1);
  CHECK(implicit.converged);
  CheckDistribution(implicit.scores);
  for (Eigen::Index i = 0; i < n; ++i) {
    CAPTURE(i);
    CHECK(implicit.scores[i] == Near(exact.scores[i]));
  }
  // The dangling sentences (empty, or sharing no term) get the same, teleport-only score.
  CHECK(implicit.scores[n - 1] == Near(implicit.scores[n - 2]));
}

// Each parallel run starts threads at every iteration, which is slow under the sanitizers:
// two matrices of each density suffice here.
TEST_CASE("rank: the implicit cosine graph gives the same bits whatever the workers",
          "[rank][implicit]") {
  const std::uint32_t seed = GENERATE(1u, 2u);
  const double density = GENERATE(0.05, 0.3);
  CAPTURE(seed, density);
  std::mt19937 rng(seed);
  const int n = 30;
  const SparseMatrix x = RandomUnitRows(rng, n, 25, density);
  const RankOptions options = Options(0.85);
  const RankResult implicit = ImplicitCosinePageRank(x, options, 1);
  // The same bits, whatever the chunks of sentences X^T v is summed over and however
  // many workers split them; the chunks only change the rounding.
  for (const std::size_t chunk : {std::size_t{0}, std::size_t{1}, std::size_t{4},
                                  std::size_t{7}}) {
    const RankResult alone = ImplicitCosinePageRank(x, options, 1, Eigen::VectorXd(), chunk);
    for (Eigen::Index i = 0; i < n; ++i) {
      CAPTURE(chunk, i);
      CHECK(alone.scores[i] == Approx(implicit.scores[i]).epsilon(1e-12).margin(1e-15));
    }
    for (const std::size_t threads : {2, 3, 7}) {
      CAPTURE(threads, chunk);
      const RankResult parallel =
          ImplicitCosinePageRank(x, options, threads, Eigen::VectorXd(), chunk);
      CHECK(parallel.scores == alone.scores);
      CHECK(parallel.iterations == alone.iterations);
    }
  }
}

TEST_CASE("rank: implicit degenerate inputs", "[rank][implicit]") {
  const RankOptions options = Options(0.85);
  const RankResult empty = ImplicitCosinePageRank(SparseMatrix(0, 0), options);
  CHECK(empty.converged);
  CHECK(empty.scores.size() == 0);
  // No shared term at all: every sentence is dangling, the scores uniform.
  SparseMatrix alone(3, 3);
  alone.setIdentity();
  const RankResult uniform = ImplicitCosinePageRank(alone, options);
  for (Eigen::Index i = 0; i < 3; ++i) CHECK(uniform.scores[i] == Near(1.0 / 3.0));
  SparseMatrix negative(2, 1);
  negative.insert(0, 0) = -1.0;
  CHECK_THROWS_AS(ImplicitCosinePageRank(negative, options), Error);
}

TEST_CASE("rank: BlendCentroid mixes rank and closeness to the centroid", "[rank]") {
  // Unit rows (1, 0), (0, 1), (1/sqrt 2, 1/sqrt 2): the centroid points along (1, 1),
  // so the cosines are 1/sqrt 2, 1/sqrt 2 and 1 (already at most 1).
  const double h = 1.0 / std::sqrt(2.0);
  std::vector<Eigen::Triplet<double>> triplets = {{0, 0, 1.0}, {1, 1, 1.0}, {2, 0, h},
                                                  {2, 1, h}};
  SparseMatrix tfidf(3, 2);
  tfidf.setFromTriplets(triplets.begin(), triplets.end());
  const Eigen::VectorXd scores = Eigen::Vector3d(0.5, 0.25, 0.25);

  // Scores over their maximum: (1, 0.5, 0.5).
  const Eigen::VectorXd blended = BlendCentroid(scores, tfidf, 0.2);
  CHECK(blended[0] == Near(0.8 * 1.0 + 0.2 * h));
  CHECK(blended[1] == Near(0.8 * 0.5 + 0.2 * h));
  CHECK(blended[2] == Near(0.8 * 0.5 + 0.2 * 1.0));

  // Weight 0 leaves the scores exactly as they were; weight 1 keeps only the centroid.
  CHECK(BlendCentroid(scores, tfidf, 0.0) == scores);
  const Eigen::VectorXd centroid_only = BlendCentroid(scores, tfidf, 1.0);
  CHECK(centroid_only[0] == Near(h));
  CHECK(centroid_only[2] == Near(1.0));

  CHECK_THROWS_AS(BlendCentroid(Eigen::Vector2d(0.5, 0.5), tfidf, 0.2), Error);
}

}  // namespace
}  // namespace precis
