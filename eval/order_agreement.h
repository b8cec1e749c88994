// How well a summary's sentence order tells the story: `precis-eval order`.
//
// Reference summaries are abstracts, so they give no order to check an extractive summary
// against. The cluster's other articles do. For two summary sentences taken from two
// articles, a third article of the cluster that tells both (its best-matching sentence
// for each has a cosine of at least `match` with it, and they are two sentences) is a
// vote: the two agree with it when the summary reads them in the order it tells them.
// The sentences' own articles never vote, since precis orders by them.
//
//   std::vector<ClusterOrder> orders = MeasureOrder(ReadDataset(path), options, 0.3);
//   std::cout << FormatOrderTable(orders, 0.3);
//
// Sentences are matched on stemmed words without stopwords (UnicodeTokenizer, in the
// summary's language), as counts, independently of precis's TF-IDF.
#ifndef PRECIS_EVAL_ORDER_AGREEMENT_H_
#define PRECIS_EVAL_ORDER_AGREEMENT_H_

#include <cstddef>
#include <string>
#include <vector>

#include "dataset.h"
#include "precis/document.h"
#include "precis/options.h"

namespace precis::eval {

struct OrderVotes {
  std::size_t agree = 0;
  std::size_t votes = 0;
  double Share() const { return votes ? static_cast<double>(agree) / votes : 0.0; }
};

// One cluster's votes for three orders of precis's summary.
struct ClusterOrder {
  std::string cluster;
  OrderVotes precis;       // the order precis prints
  OrderVotes by_source;    // by document, then position
  OrderVotes by_position;  // by position in the document, then document: leads first
  // What summarizing it said, each line led by the cluster's name as `run` words it ("T01:
  // T01/docs/a.txt: binary file (NUL bytes), skipped", "T01: no sentence to summarize"):
  // a cluster without a vote for a document left out must not read as one without a
  // third article.
  std::vector<std::string> warnings;
};

// The votes of the cluster's third articles on reading `summary` in its order. `sentences`
// are all the cluster's sentences, as precis::Segment gives them (each document's in
// position order), `language` the one to stem in ("fr" or "en"). Throws
// Error(kInvalidOptions) for an unknown language, Error(kInvalidInput) for a summary
// sentence whose document is not among the sentences'.
OrderVotes ThirdArticleVotes(const std::vector<Sentence>& summary,
                             const std::vector<Sentence>& sentences,
                             const std::string& language, double match);

// Summarizes each cluster with `options` and counts the votes of its third articles with
// the cosine threshold `match`, keeping the summarizer's warnings. Throws what
// precis::Summarize throws, and Error(kInvalidOptions) unless 0 < match <= 1.
std::vector<ClusterOrder> MeasureOrder(const std::vector<Cluster>& clusters,
                                       const Options& options, double match);

// The table `precis-eval order` prints: the share of votes each order agrees with, over
// all clusters, then precis's order against each other one, cluster by cluster (wins,
// losses and the paired permutation test of statistics.h on the clusters with votes).
std::string FormatOrderTable(const std::vector<ClusterOrder>& orders, double match);

}  // namespace precis::eval

#endif  // PRECIS_EVAL_ORDER_AGREEMENT_H_
