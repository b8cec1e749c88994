#include "order_agreement.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <utility>

#include "plural.h"
#include "precis/error.h"
#include "precis/summarizer.h"
#include "statistics.h"
#include "unicode_tokenizer.h"

namespace precis::eval {
namespace {

// A sentence's words with their counts, by word, scaled to unit length: the merge in
// Cosine adds in one order on every platform.
using WordVector = std::vector<std::pair<std::string, double>>;

WordVector Words(UnicodeTokenizer& tokenizer, const std::string& text) {
  std::map<std::string, double> counts;
  for (const auto& line : tokenizer.Tokenize(text)) {
    for (const std::string& word : line) counts[word] += 1.0;
  }
  double norm = 0.0;
  for (const auto& [word, count] : counts) norm += count * count;
  norm = std::sqrt(norm);
  WordVector words(counts.begin(), counts.end());
  for (auto& [word, weight] : words) weight /= norm;
  return words;
}

double Cosine(const WordVector& a, const WordVector& b) {
  double sum = 0.0;
  for (auto i = a.begin(), j = b.begin(); i != a.end() && j != b.end();) {
    if (i->first < j->first) {
      ++i;
    } else if (j->first < i->first) {
      ++j;
    } else {
      sum += (i++)->second * (j++)->second;
    }
  }
  return sum;
}

// Where each document tells each summary sentence: told[s][d] is the position of the best
// match of summary sentence s in document d, or -1 below the match. Ties go to the
// earlier position. The same whatever order the summary is read in.
struct Matches {
  std::vector<std::size_t> document_of;  // each summary sentence's own document
  std::vector<std::vector<long>> told;
};

Matches Match(const std::vector<Sentence>& summary, const std::vector<Sentence>& sentences,
              const std::string& language, double match) {
  UnicodeTokenizerOptions tokenize;
  tokenize.language = language;
  tokenize.remove_stopwords = true;
  UnicodeTokenizer tokenizer(tokenize);
  std::vector<std::vector<WordVector>> documents;
  for (const Sentence& s : sentences) {
    if (s.document >= documents.size()) documents.resize(s.document + 1);
    documents[s.document].push_back(Words(tokenizer, s.text));
  }
  Matches matches;
  for (const Sentence& s : summary) {
    if (s.document >= documents.size()) {
      throw Error(ErrorCode::kInvalidInput, "",
                  "summary sentence of document " + std::to_string(s.document) +
                      ", which has no sentence");
    }
    const WordVector words = Words(tokenizer, s.text);
    std::vector<long>& told = matches.told.emplace_back(documents.size(), -1);
    for (std::size_t d = 0; d < documents.size(); ++d) {
      double best = 0.0;
      for (std::size_t p = 0; p < documents[d].size(); ++p) {
        const double cosine = Cosine(words, documents[d][p]);
        if (cosine > best) {
          best = cosine;
          if (best >= match) told[d] = static_cast<long>(p);
        }
      }
    }
    matches.document_of.push_back(s.document);
  }
  return matches;
}

// The votes for reading the summary's sentences in `order` (indices into the summary
// `matches` was made of).
OrderVotes Votes(const std::vector<std::size_t>& order, const Matches& matches) {
  OrderVotes votes;
  for (std::size_t i = 0; i < order.size(); ++i) {
    for (std::size_t j = i + 1; j < order.size(); ++j) {
      const std::vector<long>& a = matches.told[order[i]];
      const std::vector<long>& b = matches.told[order[j]];
      const std::size_t doc_a = matches.document_of[order[i]];
      const std::size_t doc_b = matches.document_of[order[j]];
      if (doc_a == doc_b) continue;
      for (std::size_t k = 0; k < a.size(); ++k) {
        if (k == doc_a || k == doc_b) continue;
        if (a[k] < 0 || b[k] < 0 || a[k] == b[k]) continue;
        ++votes.votes;
        votes.agree += a[k] < b[k];
      }
    }
  }
  return votes;
}

// The summary's sentences in an order (indices into `sentences`): as they are, by
// document then position, or by position then document.
enum class Order { kPrinted, kBySource, kByPosition };

std::vector<std::size_t> Reorder(const std::vector<Sentence>& sentences, Order how) {
  std::vector<std::size_t> order(sentences.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  if (how == Order::kPrinted) return order;
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    const Sentence& x = sentences[a];
    const Sentence& y = sentences[b];
    return how == Order::kByPosition
               ? std::tie(x.position, x.document) < std::tie(y.position, y.document)
               : std::tie(x.document, x.position) < std::tie(y.document, y.position);
  });
  return order;
}

// Each cluster's sentences are matched once; only the votes depend on the order.
ClusterOrder MeasureCluster(const Cluster& cluster, const Options& options, double match) {
  const Summary summary = Summarize(cluster.documents, options);
  const std::vector<Sentence> printed(summary.sentences.begin(), summary.sentences.end());
  const Matches matches =
      Match(printed, Segment(cluster.documents, options), summary.language, match);
  ClusterOrder order{cluster.name,
                     Votes(Reorder(printed, Order::kPrinted), matches),
                     Votes(Reorder(printed, Order::kBySource), matches),
                     Votes(Reorder(printed, Order::kByPosition), matches),
                     {}};
  for (const std::string& w : summary.warnings) order.warnings.push_back(cluster.name + ": " + w);
  if (summary.sentence_count == 0) {
    order.warnings.push_back(cluster.name + ": no sentence to summarize, no vote");
  }
  return order;
}

std::string Fixed(double value, int decimals) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
  return buffer;
}

std::string Row(const char* name, const OrderVotes& votes) {
  char buffer[96];
  // Without a vote there is no share: 0.000 would read as every vote against.
  std::snprintf(buffer, sizeof buffer, "%-12s %6zu %6zu  %s\n", name, votes.agree, votes.votes,
                votes.votes == 0 ? "n/a" : Fixed(votes.Share(), 3).c_str());
  return buffer;
}

std::string CompareLine(const char* name, const std::vector<ClusterOrder>& orders,
                        OrderVotes ClusterOrder::*other) {
  std::vector<double> a;
  std::vector<double> b;
  for (const ClusterOrder& c : orders) {
    if (c.precis.votes == 0) continue;
    a.push_back(c.precis.Share());
    b.push_back((c.*other).Share());
  }
  const PairedComparison comparison = ComparePaired(a, b);
  return "precis against " + std::string(name) + ": " + CountOf(comparison.wins, "cluster") +
         (comparison.wins == 1 ? " agrees more, " : " agree more, ") +
         std::to_string(comparison.losses) + " less, " + std::to_string(comparison.ties) +
         " as much; mean share " + (comparison.difference.mean >= 0 ? "+" : "") +
         Fixed(comparison.difference.mean, 4) +
         ", permutation p = " + Fixed(comparison.p_permutation, 3) + '\n';
}

}  // namespace

OrderVotes ThirdArticleVotes(const std::vector<Sentence>& summary,
                             const std::vector<Sentence>& sentences,
                             const std::string& language, double match) {
  return Votes(Reorder(summary, Order::kPrinted), Match(summary, sentences, language, match));
}

std::vector<ClusterOrder> MeasureOrder(const std::vector<Cluster>& clusters,
                                       const Options& options, double match) {
  if (!(match > 0.0 && match <= 1.0)) {
    throw Error(ErrorCode::kInvalidOptions, "",
                "match must be above 0 and at most 1, not " + Fixed(match, 3));
  }
  std::vector<ClusterOrder> orders;
  for (const Cluster& cluster : clusters) orders.push_back(MeasureCluster(cluster, options, match));
  return orders;
}

std::string FormatOrderTable(const std::vector<ClusterOrder>& orders, double match) {
  OrderVotes precis, by_source, by_position;
  std::size_t with_votes = 0;
  for (const ClusterOrder& c : orders) {
    for (auto [total, part] : {std::pair{&precis, &c.precis}, std::pair{&by_source, &c.by_source},
                               std::pair{&by_position, &c.by_position}}) {
      total->agree += part->agree;
      total->votes += part->votes;
    }
    with_votes += c.precis.votes > 0;
  }
  std::string out = "Third articles' votes on the order of precis's summary (match: cosine >= " +
                    Fixed(match, 2) + "), " + CountOf(orders.size(), "cluster") + ", " +
                    std::to_string(with_votes) + " with votes\n\n";
  out += "order         agree  votes  share\n";
  out += Row("precis", precis);
  out += Row("by-source", by_source);
  out += Row("by-position", by_position);
  out += '\n';
  if (with_votes == 0) {
    return out +
           "No cluster has a vote: no third article tells two sentences of a summary; "
           "a longer budget gives them some.\n";
  }
  out += CompareLine("by-source", orders, &ClusterOrder::by_source);
  out += CompareLine("by-position", orders, &ClusterOrder::by_position);
  return out;
}

}  // namespace precis::eval
