#include "support/dense_reference.h"

#include <algorithm>
#include <cmath>
#include <iterator>
#include <set>

namespace precis::dense {
namespace {

double Dot(const std::vector<double>& a, const std::vector<double>& b) {
  double sum = 0.0;
  for (std::size_t k = 0; k < a.size(); ++k) sum += a[k] * b[k];
  return sum;
}

// The cosine of the two rows' binary term vectors.
double TermShare(const std::vector<double>& a, const std::vector<double>& b) {
  double shared = 0.0;
  double a_terms = 0.0;
  double b_terms = 0.0;
  for (std::size_t k = 0; k < a.size(); ++k) {
    shared += a[k] != 0.0 && b[k] != 0.0;
    a_terms += a[k] != 0.0;
    b_terms += b[k] != 0.0;
  }
  return shared == 0.0 ? 0.0 : shared / std::sqrt(a_terms * b_terms);
}

}  // namespace

Matrix ToDense(const SparseMatrix& sparse) {
  Matrix dense(
      static_cast<std::size_t>(sparse.rows()),
      std::vector<double>(static_cast<std::size_t>(sparse.cols()), 0.0));
  for (Eigen::Index i = 0; i < sparse.rows(); ++i) {
    for (Eigen::Index j = 0; j < sparse.cols(); ++j) {
      dense[static_cast<std::size_t>(i)][static_cast<std::size_t>(j)] =
          sparse.coeff(i, j);
    }
  }
  return dense;
}

Corpus RandomCorpus(std::mt19937& rng, std::size_t sentences,
                    std::size_t vocabulary, std::size_t max_length) {
  static const char* const kWords[] = {
      "été",     "élect",  "ministr", "grève",   "pari",     "franc",
      "gouvern", "réform", "syndic",  "retrait", "manifest", "polic",
      "préfet",  "député", "loi",     "vot"};
  const std::size_t word_count = std::min(vocabulary, std::size(kWords));
  std::uniform_int_distribution<std::size_t> length(0, max_length);
  std::uniform_int_distribution<std::size_t> word(0, word_count - 1);
  Corpus corpus(sentences);
  for (auto& sentence : corpus) {
    const std::size_t terms = length(rng);
    for (std::size_t t = 0; t < terms; ++t)
      sentence.emplace_back(kWords[word(rng)]);
  }
  return corpus;
}

std::vector<std::string> Vocabulary(const Corpus& corpus) {
  std::vector<std::string> vocabulary;
  for (const auto& sentence : corpus) {
    for (const auto& term : sentence) {
      if (std::find(vocabulary.begin(), vocabulary.end(), term) ==
          vocabulary.end()) {
        vocabulary.push_back(term);
      }
    }
  }
  return vocabulary;
}

Matrix Counts(const Corpus& corpus) {
  const std::vector<std::string> vocabulary = Vocabulary(corpus);
  Matrix counts(corpus.size(), std::vector<double>(vocabulary.size(), 0.0));
  for (std::size_t i = 0; i < corpus.size(); ++i) {
    for (std::size_t t = 0; t < vocabulary.size(); ++t) {
      counts[i][t] = static_cast<double>(
          std::count(corpus[i].begin(), corpus[i].end(), vocabulary[t]));
    }
  }
  return counts;
}

Matrix Tfidf(const Corpus& corpus) {
  Matrix tfidf = Counts(corpus);
  const double n = static_cast<double>(corpus.size());
  const std::size_t terms = tfidf.empty() ? 0 : tfidf[0].size();
  for (std::size_t t = 0; t < terms; ++t) {
    double df = 0.0;
    for (const auto& row : tfidf) df += row[t] > 0.0 ? 1.0 : 0.0;
    const double idf = std::log(n / df) + 1.0;
    // Binary tf: a term repeated in a sentence counts once.
    for (auto& row : tfidf) row[t] = row[t] > 0.0 ? idf : 0.0;
  }
  for (auto& row : tfidf) {
    const double norm = std::sqrt(Dot(row, row));
    if (norm == 0.0) continue;
    for (double& value : row) value /= norm;
  }
  return tfidf;
}

Matrix SimilarityGraph(const Corpus& corpus, const GraphOptions& options) {
  const std::size_t n = corpus.size();
  Matrix graph(n, std::vector<double>(n, 0.0));
  const Matrix tfidf = Tfidf(corpus);
  for (std::size_t i = 0; i < n; ++i) {
    for (std::size_t j = 0; j < n; ++j) {
      if (i == j) continue;
      double similarity = 0.0;
      if (options.similarity == Similarity::kCosine) {
        similarity = Dot(tfidf[i], tfidf[j]);
      } else {
        const std::set<std::string> si(corpus[i].begin(), corpus[i].end());
        const std::set<std::string> sj(corpus[j].begin(), corpus[j].end());
        double shared = 0.0;
        for (const auto& term : si) shared += sj.count(term) > 0 ? 1.0 : 0.0;
        const double norm =
            (corpus[i].empty() ? 0.0 : std::log(corpus[i].size())) +
            (corpus[j].empty() ? 0.0 : std::log(corpus[j].size()));
        similarity = norm > 0.0 ? shared / norm : 0.0;
      }
      if (similarity >= options.min_similarity && similarity > 0.0) {
        graph[i][j] = similarity;
      }
    }
  }
  return graph;
}

std::vector<double> PersonalizedPageRank(const Matrix& graph, double damping, int iterations,
                                         const std::vector<double>& teleport) {
  const std::size_t n = graph.size();
  std::vector<double> rank = teleport;
  for (int step = 0; step < iterations; ++step) {
    std::vector<double> next(n, 0.0);
    for (std::size_t j = 0; j < n; ++j) next[j] = (1.0 - damping) * teleport[j];
    for (std::size_t i = 0; i < n; ++i) {
      double out = 0.0;
      for (std::size_t j = 0; j < n; ++j) out += graph[i][j];
      for (std::size_t j = 0; j < n; ++j) {
        next[j] += damping * rank[i] * (out > 0.0 ? graph[i][j] / out : teleport[j]);
      }
    }
    rank = next;
  }
  return rank;
}

std::vector<double> PageRank(const Matrix& graph, double damping,
                             int iterations) {
  const std::size_t n = graph.size();
  std::vector<double> rank(n, 1.0 / static_cast<double>(n));
  for (int step = 0; step < iterations; ++step) {
    std::vector<double> next(n, (1.0 - damping) / static_cast<double>(n));
    for (std::size_t i = 0; i < n; ++i) {
      double out = 0.0;
      for (std::size_t j = 0; j < n; ++j) out += graph[i][j];
      for (std::size_t j = 0; j < n; ++j) {
        next[j] +=
            damping * rank[i] *
            (out > 0.0 ? graph[i][j] / out : 1.0 / static_cast<double>(n));
      }
    }
    rank = next;
  }
  return rank;
}

std::vector<std::size_t> Select(const std::vector<double>& scores,
                                const Matrix& tfidf,
                                const std::vector<Candidate>& candidates,
                                const SelectOptions& options) {
  const std::size_t n = candidates.size();
  const auto passes_filters = [&](std::size_t i) {
    const Candidate& c = candidates[i];
    return c.standalone && (options.include_headlines || !c.headline) &&
           c.words >= options.min_words && c.words <= options.max_words;
  };
  double max_score = 0.0;
  for (std::size_t i = 0; i < n; ++i) {
    if (passes_filters(i)) max_score = std::max(max_score, scores[i]);
  }

  std::vector<std::size_t> chosen;
  while (options.sentences == 0 || chosen.size() < options.sentences) {
    std::size_t words = 0;
    std::size_t chars = 0;
    for (const std::size_t c : chosen) {
      words += candidates[c].words;
      chars += candidates[c].code_points;
    }
    bool found = false;
    std::size_t best = 0;
    double best_value = 0.0;
    for (std::size_t i = 0; i < n; ++i) {
      if (std::find(chosen.begin(), chosen.end(), i) != chosen.end()) continue;
      if (!passes_filters(i)) continue;
      if (options.words != 0 && words + candidates[i].words > options.words)
        continue;
      if (options.chars != 0 &&
          chars + candidates[i].code_points > options.chars)
        continue;
      double max_similarity = 0.0;
      double max_share = 0.0;
      for (const std::size_t c : chosen) {
        max_similarity = std::max(max_similarity, Dot(tfidf[i], tfidf[c]));
        max_share = std::max(max_share, TermShare(tfidf[i], tfidf[c]));
      }
      if (max_similarity >= options.duplicate_threshold - 1e-12) continue;
      // Sentences with nearly all their terms in common are near duplicates too.
      if (max_share > 0.0 && max_share >= std::max(0.8, options.duplicate_threshold) - 1e-12)
        continue;
      const double relevance = max_score > 0.0 ? scores[i] / max_score : 0.0;
      if (max_score > 0.0 && relevance < options.min_relevance) continue;
      const double value =
          options.lambda * relevance - (1.0 - options.lambda) * max_similarity;
      if (!found || value > best_value) {
        found = true;
        best = i;
        best_value = value;
      }
    }
    if (!found) break;
    chosen.push_back(best);
  }
  return chosen;
}

}  // namespace precis::dense
