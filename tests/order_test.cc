#include "order.h"

#include <algorithm>
#include <cmath>
#include <vector>

#include <catch2/catch.hpp>

#include "precis/error.h"

namespace precis {
namespace {

// A cluster made of documents of sentences, each sentence a list of term weights that is
// scaled to a unit row, as the tf-idf rows are.
struct Cluster {
  SparseMatrix tfidf;
  std::vector<std::size_t> document_of;
  std::vector<std::size_t> positions;
};

Cluster MakeCluster(const std::vector<std::vector<std::vector<double>>>& documents) {
  Cluster cluster;
  std::vector<std::vector<double>> rows;
  for (std::size_t d = 0; d < documents.size(); ++d) {
    for (std::size_t p = 0; p < documents[d].size(); ++p) {
      rows.push_back(documents[d][p]);
      cluster.document_of.push_back(d);
      cluster.positions.push_back(p);
    }
  }
  std::size_t terms = 0;
  for (const auto& row : rows) terms = std::max(terms, row.size());
  cluster.tfidf.resize(static_cast<Eigen::Index>(rows.size()), static_cast<Eigen::Index>(terms));
  for (std::size_t r = 0; r < rows.size(); ++r) {
    double norm = 0.0;
    for (double w : rows[r]) norm += w * w;
    norm = std::sqrt(norm);
    for (std::size_t t = 0; t < rows[r].size(); ++t) {
      if (rows[r][t] != 0.0) {
        cluster.tfidf.insert(static_cast<Eigen::Index>(r), static_cast<Eigen::Index>(t)) =
            rows[r][t] / norm;
      }
    }
  }
  cluster.tfidf.makeCompressed();
  return cluster;
}

// The rows of `chosen` in the order OrderForReading gives.
std::vector<std::size_t> ReadRows(const Cluster& cluster, const std::vector<std::size_t>& chosen) {
  std::vector<std::size_t> rows;
  for (std::size_t i : OrderForReading(chosen, cluster.tfidf, cluster.document_of,
                                       cluster.positions)) {
    rows.push_back(chosen.at(i));
  }
  return rows;
}

// Term vectors: one topic term shared by the whole cluster (weight 1) and the terms of
// one fact (weight 4). Two facts meet in the topic only: a cosine of 1/17.
const std::vector<double> kArrival = {1, 4, 0, 0, 0, 0};
const std::vector<double> kTreaty = {1, 0, 4, 0, 0, 0};
const std::vector<double> kGifts = {1, 0, 0, 4, 0, 0};
const std::vector<double> kWest = {1, 0, 0, 0, 4, 0};

TEST_CASE("OrderForReading: without evidence, by document, then position, whatever the rank") {
  // Sentences without a word in common: no source tells anything of another's.
  const Cluster cluster = MakeCluster({{{0, 1}, {0, 0, 1}, {0, 0, 0, 1}},
                                       {{0, 0, 0, 0, 1}, {0, 0, 0, 0, 0, 1}},
                                       {{0, 0, 0, 0, 0, 0, 1}}});
  // Chosen in the order of choice: rows 5 (doc 2), 2 (doc 0, pos 2), 0 (doc 0), 3 (doc 1).
  const std::vector<std::size_t> chosen = {5, 2, 0, 3};
  const std::vector<std::size_t> order =
      OrderForReading(chosen, cluster.tfidf, cluster.document_of, cluster.positions);
  CHECK(order == std::vector<std::size_t>{2, 1, 3, 0});
  CHECK(ReadRows(cluster, chosen) == std::vector<std::size_t>{0, 2, 3, 5});
}

TEST_CASE("OrderForReading follows what the sources tell first") {
  SECTION("precedence: a source tells the other sentence's content before its own") {
    // Document 0 tells the arrival, then the treaty; document 1 leads with the arrival.
    // Chosen: the treaty of document 0 and the arrival of document 1.
    const Cluster cluster = MakeCluster({{kArrival, kTreaty}, {kArrival, kGifts}});
    CHECK(ReadRows(cluster, {1, 2}) == std::vector<std::size_t>{2, 1});
  }
  SECTION("succession: a source tells the other sentence's content after its own") {
    // Document 1 tells the arrival, then the treaty that document 0 leads with.
    const Cluster cluster = MakeCluster({{kTreaty, kGifts}, {kArrival, kTreaty}});
    CHECK(ReadRows(cluster, {0, 2}) == std::vector<std::size_t>{2, 0});
  }
  SECTION("unless the reader asks for each source in turn") {
    const Cluster cluster = MakeCluster({{kArrival, kTreaty}, {kArrival, kGifts}});
    OrderOptions options;
    options.by_source = true;
    CHECK(OrderForReading({2, 1}, cluster.tfidf, cluster.document_of, cluster.positions,
                          options) == std::vector<std::size_t>{1, 0});
  }
  SECTION("the stronger evidence wins") {
    // Document 0 tells the treaty before its arrival (strong: the same words); document
    // 1 tells something like the arrival before its treaty (weaker: a cosine near 0.5).
    const std::vector<double> like_arrival = {1, 2, 0, 0, 0, 3};
    const Cluster cluster = MakeCluster({{kTreaty, kArrival}, {like_arrival, kTreaty}});
    CHECK(cluster.tfidf.row(2).dot(cluster.tfidf.row(1)) == Approx(9 / std::sqrt(14.0 * 17.0)));
    CHECK(ReadRows(cluster, {1, 3}) == std::vector<std::size_t>{3, 1});
  }
}

TEST_CASE("OrderForReading keeps each source's own order, whatever the evidence") {
  // Document 1 tells the treaty, then the gifts, then the arrival: the gifts come after
  // the treaty and before the arrival. Document 0 tells the arrival before the treaty,
  // and that order stands: the gifts, told before the arrival, come first.
  const Cluster cluster =
      MakeCluster({{kArrival, kWest, kTreaty}, {kTreaty, kGifts, kArrival}});
  CHECK(ReadRows(cluster, {2, 4, 0}) == std::vector<std::size_t>{4, 0, 2});
}

TEST_CASE("OrderForReading moves a source's consecutive sentences as one block") {
  // Document 1 tells the arrival after document 0's first chosen sentence (the treaty)
  // and before its second (the gifts).
  SECTION("sentences apart in their source: the arrival goes between them") {
    const Cluster cluster =
        MakeCluster({{kTreaty, kWest, kGifts}, {kTreaty, kArrival, kGifts}});
    CHECK(ReadRows(cluster, {0, 2, 4}) == std::vector<std::size_t>{0, 4, 2});
  }
  SECTION("consecutive sentences: the second may lean on the first, so they stay together") {
    const Cluster cluster = MakeCluster({{kTreaty, kGifts}, {kTreaty, kArrival, kGifts}});
    CHECK(ReadRows(cluster, {0, 1, 3}) == std::vector<std::size_t>{0, 1, 3});
  }
}

TEST_CASE("OrderForReading reads a digest longer than kMaxStoryOrdered by source") {
  // Two documents, each telling the other's first sentence before its own last one.
  std::vector<std::vector<double>> first;
  std::vector<std::vector<double>> second;
  const std::size_t half = kMaxStoryOrdered / 2 + 1;
  for (std::size_t i = 0; i < half; ++i) {
    first.push_back(i == 0 ? kArrival : kTreaty);
    second.push_back(i == 0 ? kTreaty : kArrival);
  }
  const Cluster cluster = MakeCluster({first, second});
  std::vector<std::size_t> chosen(2 * half);
  for (std::size_t i = 0; i < chosen.size(); ++i) chosen[i] = chosen.size() - 1 - i;
  std::vector<std::size_t> by_source = chosen;
  std::sort(by_source.begin(), by_source.end());
  CHECK(ReadRows(cluster, chosen) == by_source);
  // With a sentence fewer from each, the same cluster is story-ordered: document 1's
  // lead, the treaty, is told after document 0's lead, the arrival, so it is not first.
  chosen = {0, 1, half, half + 1};
  CHECK(ReadRows(cluster, chosen).front() != half);
}

TEST_CASE("OrderForReading story-orders exactly kMaxStoryOrdered sentences, not one more") {
  // Document 1 tells the arrival, then the treaty; document 0 tells only the treaty. In
  // story order document 1 comes first; by source, document 0 does. Every sentence is
  // chosen, so each document is one run of consecutive sentences, moved whole.
  const auto order_of = [](std::size_t total) {
    const std::size_t treaties = total / 2;
    std::vector<std::vector<double>> first(treaties, kTreaty);
    std::vector<std::vector<double>> second{kArrival};
    while (second.size() < total - treaties) second.push_back(kTreaty);
    const Cluster cluster = MakeCluster({first, second});
    std::vector<std::size_t> chosen(total);
    for (std::size_t i = 0; i < total; ++i) chosen[i] = i;
    return std::make_pair(ReadRows(cluster, chosen), treaties);
  };
  const auto [at_limit, first_at_limit] = order_of(kMaxStoryOrdered);
  REQUIRE(at_limit.size() == kMaxStoryOrdered);
  CHECK(at_limit.front() == first_at_limit);  // document 1's arrival opens the digest
  const auto [past_limit, first_past_limit] = order_of(kMaxStoryOrdered + 1);
  std::vector<std::size_t> by_source(kMaxStoryOrdered + 1);
  for (std::size_t i = 0; i < by_source.size(); ++i) by_source[i] = i;
  CHECK(past_limit == by_source);
  CHECK(first_past_limit != 0);
}

TEST_CASE("OrderForReading handles no sentence, one, and refuses rows it does not know") {
  const Cluster cluster = MakeCluster({{kArrival, kTreaty}});
  CHECK(OrderForReading({}, cluster.tfidf, cluster.document_of, cluster.positions).empty());
  CHECK(OrderForReading({1}, cluster.tfidf, cluster.document_of, cluster.positions) ==
        std::vector<std::size_t>{0});
  CHECK_THROWS_AS(
      OrderForReading({2}, cluster.tfidf, cluster.document_of, cluster.positions), Error);
  CHECK_THROWS_AS(OrderForReading({0}, cluster.tfidf, {0}, cluster.positions), Error);
}

}  // namespace
}  // namespace precis
