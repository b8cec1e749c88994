// precis-bench-fidelity: how faithful the implicit graph's ranking is to the explicit
// graphs', on clusters where those still fit. Prints, for one cluster, the overlap of
// the top 10, 20 and 100 sentences of the implicit ranking with the explicit graph's,
// pruned as small clusters build it (min_similarity 0.05) and unpruned (all positive
// cosines, the graph the implicit one stands for), and whether the default summary is
// the same.
//
//   precis-bench-fidelity [--lang fr|en] INPUT...
//
// The rankings are read through the public API: with every selection rule that is not
// the rank switched off (no budget in words, lambda 1, no centroid share, no relevance
// floor, no length limits, headlines allowed), Summarize chooses the top K sentences by score,
// among those that can stand alone and are not exact copies of a better one.
#include <algorithm>
#include <cstdio>
#include <cstring>
#include <exception>
#include <limits>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "precis/precis.h"

namespace {

using Key = std::pair<std::size_t, std::size_t>;  // document, sentence

std::vector<Key> Chosen(const precis::Summary& summary) {
  std::vector<Key> keys;
  for (const precis::SummarySentence& s : summary.sentences) keys.emplace_back(s.document, s.position);
  return keys;
}

enum class Graph { kImplicit, kPruned, kUnpruned };

precis::Options Forced(precis::Options options, Graph graph) {
  options.graph.max_explicit_work =
      graph == Graph::kImplicit ? 0 : std::numeric_limits<std::size_t>::max();
  if (graph == Graph::kUnpruned) options.graph.min_similarity = 0.0;
  return options;
}

// The sentences a summary chose, in order of choice.
std::vector<Key> ByRank(const precis::Summary& summary) {
  std::vector<std::pair<std::size_t, Key>> ranked;
  for (const precis::SummarySentence& s : summary.sentences) {
    ranked.push_back({s.rank, {s.document, s.position}});
  }
  std::sort(ranked.begin(), ranked.end());
  std::vector<Key> keys;
  for (const auto& r : ranked) keys.push_back(r.second);
  return keys;
}

precis::Options TopK(precis::Options options, std::size_t k) {
  options.select.words = 0;
  options.select.sentences = k;
  options.select.lambda = 1.0;
  options.select.centroid_weight = 0.0;
  options.select.duplicate_threshold = 1.0;
  options.select.min_relevance = 0.0;
  options.select.min_words = 0;
  options.select.max_words = std::numeric_limits<std::size_t>::max();
  options.select.include_headlines = true;
  return options;
}

}  // namespace

int main(int argc, char* argv[]) {
  const auto usage = [] {
    std::fprintf(stderr, "usage: precis-bench-fidelity [--lang fr|en] INPUT...\n");
    return 2;
  };
  precis::Options options;
  std::vector<std::string> inputs;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--lang") == 0 && i + 1 < argc) {
      options.language = argv[++i];
    } else if (argv[i][0] == '-' && argv[i][1] != '\0') {
      return usage();
    } else {
      inputs.emplace_back(argv[i]);
    }
  }
  if (inputs.empty()) return usage();
  try {
    const std::vector<precis::Document> documents = precis::ReadInputs(inputs).documents;
    const std::size_t k = 100;
    const std::vector<Key> implicit =
        ByRank(precis::Summarize(documents, Forced(TopK(options, k), Graph::kImplicit)));
    const std::vector<Key> implicit_summary =
        Chosen(precis::Summarize(documents, Forced(options, Graph::kImplicit)));
    for (const Graph graph : {Graph::kPruned, Graph::kUnpruned}) {
      const precis::Summary top = precis::Summarize(documents, Forced(TopK(options, k), graph));
      const std::vector<Key> exact = ByRank(top);
      std::printf("%s explicit graph (%zu sentences):", graph == Graph::kPruned ? "pruned" : "unpruned",
                  top.sentence_count);
      for (const std::size_t n : {std::size_t{10}, std::size_t{20}, k}) {
        const std::size_t m = std::min({n, implicit.size(), exact.size()});
        const std::set<Key> first(implicit.begin(), implicit.begin() + static_cast<std::ptrdiff_t>(m));
        std::size_t shared = 0;
        for (std::size_t i = 0; i < m; ++i) shared += first.count(exact[i]);
        std::printf(" top-%zu %zu/%zu", n, shared, m);
      }
      const bool same = Chosen(precis::Summarize(documents, Forced(options, graph))) == implicit_summary;
      std::printf("; default summary %s\n", same ? "the same" : "different");
    }
  } catch (const std::exception& e) {
    std::fprintf(stderr, "precis-bench-fidelity: %s\n", e.what());
    return 1;
  }
  return 0;
}
