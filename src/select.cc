#include "select.h"

#include <algorithm>
#include <cstddef>
#include <limits>
#include <vector>

#include "precis/error.h"

namespace precis {
namespace {

// A sentence and its copy have a cosine of 1 only up to rounding (unit rows are
// computed, not exact); this slack keeps duplicate_threshold = 1 meaning
// "identical".
constexpr double kSimilaritySlack = 1e-12;

bool PassesFilters(const Candidate& candidate, const SelectOptions& options) {
  return candidate.standalone &&
         (options.include_headlines || !candidate.headline) &&
         candidate.words >= options.min_words &&
         candidate.words <= options.max_words;
}

}  // namespace

std::vector<std::size_t> SelectSentences(
    const Eigen::VectorXd& scores, const SparseMatrix& tfidf,
    const std::vector<Candidate>& candidates, const SelectOptions& options) {
  const std::size_t n = candidates.size();
  if (static_cast<std::size_t>(scores.size()) != n ||
      static_cast<std::size_t>(tfidf.rows()) != n) {
    throw Error(
        ErrorCode::kInternal, "",
        "SelectSentences needs one score and one tfidf row per candidate");
  }

  // The pool holds, in ascending index order, the candidates that may still be
  // chosen.
  std::vector<std::size_t> pool;
  double max_score = 0.0;
  for (std::size_t i = 0; i < n; ++i) {
    if (!PassesFilters(candidates[i], options)) continue;
    pool.push_back(i);
    max_score = std::max(max_score, scores[static_cast<Eigen::Index>(i)]);
  }

  std::vector<double> max_similarity(n, 0.0);  // to the sentences chosen so far
  Eigen::VectorXd chosen_row = Eigen::VectorXd::Zero(tfidf.cols());
  std::vector<std::size_t> chosen;
  std::size_t words = 0;
  std::size_t chars = 0;
  const auto fits = [&](const Candidate& c) {
    return (options.words == 0 || words + c.words <= options.words) &&
           (options.chars == 0 || chars + c.code_points <= options.chars);
  };

  while (!pool.empty() &&
         (options.sentences == 0 || chosen.size() < options.sentences)) {
    // Budgets only fill up and similarities only grow, so a candidate that does
    // not fit now or is a near duplicate now never will be choosable: drop it
    // for good.
    std::size_t best = n;
    double best_value = -std::numeric_limits<double>::infinity();
    std::size_t kept = 0;
    for (const std::size_t i : pool) {
      if (!fits(candidates[i]) ||
          max_similarity[i] >= options.duplicate_threshold - kSimilaritySlack) {
        continue;
      }
      pool[kept++] = i;
      // Scores are divided by the best one in the pool, so that relevance and
      // similarity both live in [0, 1] and lambda weighs them as MMR intends.
      // All-zero scores leave novelty, then index, to decide.
      const double relevance =
          max_score > 0.0 ? scores[static_cast<Eigen::Index>(i)] / max_score
                          : 0.0;
      const double value = options.lambda * relevance -
                           (1.0 - options.lambda) * max_similarity[i];
      // Strictly greater, over ascending indices: ties go to the lower index,
      // which is the earlier document, then the earlier position.
      if (best == n || value > best_value) {
        best = i;
        best_value = value;
      }
    }
    pool.resize(kept);
    if (best == n) break;

    chosen.push_back(best);
    words += candidates[best].words;
    chars += candidates[best].code_points;
    pool.erase(std::find(pool.begin(), pool.end(), best));

    // Similarity of each remaining candidate to the new sentence: its row is
    // scattered into a dense vector once, so a candidate costs only its own
    // terms.
    const auto best_row = static_cast<Eigen::Index>(best);
    for (SparseMatrix::InnerIterator it(tfidf, best_row); it; ++it) {
      chosen_row[it.col()] += it.value();
    }
    for (const std::size_t i : pool) {
      double dot = 0.0;
      for (SparseMatrix::InnerIterator it(tfidf, static_cast<Eigen::Index>(i));
           it; ++it) {
        dot += it.value() * chosen_row[it.col()];
      }
      max_similarity[i] = std::max(max_similarity[i], dot);
    }
    for (SparseMatrix::InnerIterator it(tfidf, best_row); it; ++it) {
      chosen_row[it.col()] = 0.0;
    }
  }
  return chosen;
}

}  // namespace precis
