#include "select.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <random>
#include <string>
#include <tuple>
#include <vector>

#include <catch2/catch.hpp>

#include "precis/error.h"
#include "support/dense_reference.h"
#include "weight.h"

namespace precis {
namespace {

using Indices = std::vector<std::size_t>;

// Rows scaled to unit norm, as weight produces them.
SparseMatrix UnitRows(const dense::Matrix& rows) {
  const auto cols =
      rows.empty() ? 0 : static_cast<Eigen::Index>(rows[0].size());
  SparseMatrix m(static_cast<Eigen::Index>(rows.size()), cols);
  std::vector<Eigen::Triplet<double>> triplets;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    double norm = 0.0;
    for (const double v : rows[i]) norm += v * v;
    norm = std::sqrt(norm);
    for (std::size_t j = 0; j < rows[i].size(); ++j) {
      if (rows[i][j] != 0.0) {
        triplets.emplace_back(static_cast<int>(i), static_cast<int>(j),
                              rows[i][j] / norm);
      }
    }
  }
  m.setFromTriplets(triplets.begin(), triplets.end());
  return m;
}

// n sentences with pairwise orthogonal rows: no similarity ever gets in the
// way.
SparseMatrix Orthogonal(std::size_t n) {
  dense::Matrix rows(n, std::vector<double>(n, 0.0));
  for (std::size_t i = 0; i < n; ++i) rows[i][i] = 1.0;
  return UnitRows(rows);
}

Candidate Words(std::size_t words) {
  Candidate c;
  c.words = words;
  c.code_points = 6 * words;
  return c;
}

// Everything allowed, no budget: tests switch on what they exercise.
SelectOptions Open() {
  SelectOptions o;
  o.words = 0;
  o.sentences = 0;
  o.chars = 0;
  o.lambda = 1.0;
  o.min_relevance = 0.0;
  o.duplicate_threshold = 1.0;
  o.min_words = 0;
  o.max_words = 1000;
  o.include_headlines = true;
  return o;
}

Eigen::VectorXd Scores(const std::vector<double>& values) {
  return Eigen::Map<const Eigen::VectorXd>(
      values.data(), static_cast<Eigen::Index>(values.size()));
}

TEST_CASE("select: empty input gives an empty selection", "[select]") {
  const std::vector<Candidate> none;
  CHECK(SelectSentences(Eigen::VectorXd(), SparseMatrix(0, 0), none,
                        SelectOptions{})
            .empty());
  CHECK(SelectSentences(Eigen::VectorXd(), SparseMatrix(0, 0), none, Open())
            .empty());
}

TEST_CASE("select: mismatched sizes are a programming error", "[select]") {
  CHECK_THROWS_AS(SelectSentences(Scores({1.0, 0.5}), Orthogonal(3),
                                  {Words(8), Words(8), Words(8)}, Open()),
                  Error);
  CHECK_THROWS_AS(
      SelectSentences(Scores({1.0, 0.5}), Orthogonal(2), {Words(8)}, Open()),
      Error);
}

TEST_CASE("select: budgets skip what does not fit and try the next",
          "[select]") {
  // Scores fall with the index; sentence 1 breaks every budget of 11 words / 66
  // chars once sentence 0 is in, sentence 2 still fits exactly.
  const Eigen::VectorXd scores = Scores({0.5, 0.3, 0.2, 0.1});
  const std::vector<Candidate> candidates = {Words(8), Words(7), Words(3),
                                             Words(1)};
  using Case =
      std::tuple<const char*, std::size_t, std::size_t, std::size_t, Indices>;
  const auto [name, words, chars, sentences, expected] = GENERATE(
      table<const char*, std::size_t, std::size_t, std::size_t, Indices>({
          Case{"no limit", 0, 0, 0, {0, 1, 2, 3}},
          Case{"words", 11, 0, 0, {0, 2}},
          Case{"words, room for the last", 12, 0, 0, {0, 2, 3}},
          Case{"chars", 0, 66, 0, {0, 2}},
          Case{"sentences", 0, 0, 2, {0, 1}},
          Case{"words and sentences", 11, 0, 1, {0}},
          Case{"words and chars, chars tighter", 100, 60, 0, {0, 3}},
          Case{"smaller than every sentence", 0, 5, 0, {}},
      }));
  CAPTURE(name, words, chars, sentences);
  SelectOptions options = Open();
  options.words = words;
  options.chars = chars;
  options.sentences = sentences;
  CHECK(SelectSentences(scores, Orthogonal(4), candidates, options) ==
        expected);
}

TEST_CASE("select: a budget below every sentence selects nothing", "[select]") {
  const std::vector<Candidate> candidates = {Words(12), Words(9), Words(20)};
  SelectOptions options = Open();
  options.words = 8;
  CHECK(SelectSentences(Scores({0.2, 0.5, 0.3}), Orthogonal(3), candidates,
                        options)
            .empty());
  options.words = 0;
  options.chars = 53;  // the shortest sentence has 54 code points
  CHECK(SelectSentences(Scores({0.2, 0.5, 0.3}), Orthogonal(3), candidates,
                        options)
            .empty());
}

TEST_CASE("select: lambda = 1 picks by score", "[select]") {
  // Rows overlap (cosine up to 0.8) but below the duplicate threshold: with
  // lambda 1 the similarity must not matter.
  const SparseMatrix tfidf = UnitRows(
      {{1, 1, 0, 0}, {1, 1, 1, 0}, {0, 1, 1, 1}, {0, 0, 1, 1}, {1, 0, 0, 1}});
  const Eigen::VectorXd scores = Scores({0.1, 0.3, 0.05, 0.25, 0.3000001});
  const std::vector<Candidate> candidates(5, Words(8));
  CHECK(SelectSentences(scores, tfidf, candidates, Open()) ==
        Indices{4, 1, 3, 0, 2});
}

TEST_CASE("select: a sentence under min_relevance never fills the budget", "[select]") {
  const Eigen::VectorXd scores = Scores({0.02, 0.2, 0.029, 0.03, 0.1});
  const std::vector<Candidate> candidates(5, Words(8));
  SelectOptions options = Open();
  options.min_relevance = 0.15;  // of the best, 0.2: 0.03 is just enough
  CHECK(SelectSentences(scores, Orthogonal(5), candidates, options) == Indices{1, 4, 3});
  options.min_relevance = 0.0;
  CHECK(SelectSentences(scores, Orthogonal(5), candidates, options) == Indices{1, 4, 3, 2, 0});
  // The best that passes the filters sets the scale: with sentence 1 too long, 0.1 is
  // the best, and 0.02 is over 0.15 of it.
  std::vector<Candidate> long_best = candidates;
  long_best[1] = Words(80);
  options.min_relevance = 0.15;
  options.max_words = 50;
  CHECK(SelectSentences(scores, Orthogonal(5), long_best, options) == Indices{4, 3, 2, 0});
  // All-zero scores leave novelty, then index, to decide, as without a floor.
  CHECK(SelectSentences(Scores({0, 0, 0}), Orthogonal(3), std::vector<Candidate>(3, Words(8)),
                        options) == Indices{0, 1, 2});
}

TEST_CASE("select: MMR trades score for novelty as lambda says", "[select]") {
  // Row 0 = e0, row 1 = (e0 + e1)/sqrt 2, row 2 = e2: cos(0, 1) = 0.70710678,
  // others 0. Scores 1, 0.9, 0.5 (max 1). After sentence 0 is chosen:
  //   lambda 0.7: s1 = 0.7*0.9 - 0.3*0.7071 = 0.4179 > s2 = 0.7*0.5 = 0.35 -> 1
  //   then 2 lambda 0.5: s1 = 0.45 - 0.5*0.7071 = 0.0964 < s2 = 0.25 -> 2 then
  //   1 lambda 0:   s1 = -0.7071 < s2 = 0; the first pick is a tie at 0: index
  //   0.
  const SparseMatrix tfidf = UnitRows({{1, 0, 0}, {1, 1, 0}, {0, 0, 1}});
  const std::vector<Candidate> candidates(3, Words(8));
  using Case = std::tuple<double, Indices>;
  const auto [lambda, expected] = GENERATE(table<double, Indices>({
      Case{1.0, {0, 1, 2}},
      Case{0.7, {0, 1, 2}},
      Case{0.5, {0, 2, 1}},
      Case{0.0, {0, 2, 1}},
  }));
  const double scale = GENERATE(1.0, 10.0, 1e-4);
  CAPTURE(lambda,
          scale);  // scores are normalized by their max: scale must not matter
  SelectOptions options = Open();
  options.lambda = lambda;
  options.duplicate_threshold = 0.9;
  const Eigen::VectorXd scores = Scores({1.0, 0.9, 0.5}) * scale;
  CHECK(SelectSentences(scores, tfidf, candidates, options) == expected);
}

TEST_CASE("select: near duplicates are never both chosen", "[select]") {
  // Rows 0 and 2 are identical (cosine 1); row 1 has cosine 1/sqrt 2 = 0.7071
  // with both; row 3 is orthogonal to all.
  const SparseMatrix tfidf =
      UnitRows({{1, 0, 0}, {1, 1, 0}, {1, 0, 0}, {0, 0, 1}});
  const Eigen::VectorXd scores = Scores({0.4, 0.3, 0.2, 0.1});
  const std::vector<Candidate> candidates(4, Words(8));
  using Case = std::tuple<double, Indices>;
  const auto [threshold, expected] = GENERATE(table<double, Indices>({
      Case{1.0,
           {0, 1, 3}},  // identical rows: cosine 1 up to rounding still counts
      Case{0.8, {0, 1, 3}},
      Case{0.7, {0, 3}},  // 0.7071 >= 0.7: sentence 1 is a duplicate of 0
      Case{0.5, {0, 3}},
  }));
  CAPTURE(threshold);
  SelectOptions options = Open();
  options.duplicate_threshold = threshold;
  CHECK(SelectSentences(scores, tfidf, candidates, options) == expected);
}

TEST_CASE(
    "select: identical sentences from weight are duplicates at threshold 1",
    "[select]") {
  const TermMatrix terms =
      BuildTermMatrix({{"grève", "sncf", "lundi", "grève"},
                       {"pluie", "nord"},
                       {"grève", "sncf", "lundi", "grève"}});
  SelectOptions options = Open();
  options.duplicate_threshold = 1.0;
  const Indices chosen =
      SelectSentences(Scores({0.3, 0.3, 0.4}), terms.tfidf,
                      std::vector<Candidate>(3, Words(8)), options);
  CHECK(chosen == Indices{2, 1});  // 0 repeats 2, which outscores it
}

TEST_CASE("select: per-sentence filters", "[select]") {
  // Sentence 0 is the one under test and has the best score; sentence 1 always
  // qualifies. min_words 6, max_words 70 unless the case says otherwise.
  using Case = std::tuple<const char*, std::size_t, bool, bool, bool, bool>;
  const auto [name, words, headline, standalone, include_headlines, chosen] =
      GENERATE(table<const char*, std::size_t, bool, bool, bool, bool>({
          Case{"ordinary", 20, false, true, false, true},
          Case{"too short", 5, false, true, false, false},
          Case{"exactly min_words", 6, false, true, false, true},
          Case{"exactly max_words", 70, false, true, false, true},
          Case{"too long", 71, false, true, false, false},
          Case{"headline, not wanted", 20, true, true, false, false},
          Case{"headline, wanted", 20, true, true, true, true},
          Case{"not standalone", 20, false, false, false, false},
          Case{"not standalone, headlines wanted", 20, false, false, true,
               false},
      }));
  CAPTURE(name);
  Candidate candidate = Words(words);
  candidate.headline = headline;
  candidate.standalone = standalone;
  SelectOptions options = Open();
  options.min_words = 6;
  options.max_words = 70;
  options.include_headlines = include_headlines;
  const Indices result = SelectSentences(Scores({0.9, 0.1}), Orthogonal(2),
                                         {candidate, Words(10)}, options);
  CHECK(result == (chosen ? Indices{0, 1} : Indices{1}));
}

TEST_CASE("select: sentences are described once, and only the best-scored",
          "[select]") {
  // 2,000 sentences, scores falling with the index, every tenth one too short to
  // stand: a 100-word summary of 10-word sentences needs a dozen looks, not 2,000.
  const std::size_t n = 2000;
  std::vector<double> values(n);
  for (std::size_t i = 0; i < n; ++i) values[i] = 1.0 / static_cast<double>(i + 1);
  std::vector<std::size_t> calls(n, 0);
  const auto describe = [&calls](std::size_t i) {
    ++calls[i];
    return Words(i % 10 == 3 ? 2 : 10);
  };
  SelectOptions options = Open();
  options.words = 100;
  options.min_words = 6;
  const double lambda = GENERATE(1.0, 0.7);
  options.lambda = lambda;
  CAPTURE(lambda);
  const Indices chosen = SelectSentences(Scores(values), Orthogonal(n), describe, options);
  CHECK(chosen == Indices{0, 1, 2, 4, 5, 6, 7, 8, 9, 10});
  CHECK(*std::max_element(calls.begin(), calls.end()) == 1);
  CHECK(std::count(calls.begin(), calls.end(), 1u) <= 20);
  // The on-demand form chooses as the one given every candidate does.
  std::vector<Candidate> all(n);
  for (std::size_t i = 0; i < n; ++i) all[i] = Words(i % 10 == 3 ? 2 : 10);
  CHECK(SelectSentences(Scores(values), Orthogonal(n), all, options) == chosen);
}

TEST_CASE("select: ties go to the lower index", "[select]") {
  const std::size_t n = GENERATE(2u, 5u);
  const double lambda = GENERATE(1.0, 0.7, 0.0);
  CAPTURE(n, lambda);
  SelectOptions options = Open();
  options.lambda = lambda;
  const std::vector<Candidate> candidates(n, Words(8));
  Indices ascending(n);
  for (std::size_t i = 0; i < n; ++i) ascending[i] = i;
  // Equal scores and no similarity: every round is a tie.
  CHECK(SelectSentences(
            Eigen::VectorXd::Constant(static_cast<Eigen::Index>(n), 0.2),
            Orthogonal(n), candidates, options) == ascending);
  // All-zero scores are no division by zero: still index order.
  CHECK(SelectSentences(Eigen::VectorXd::Zero(static_cast<Eigen::Index>(n)),
                        Orthogonal(n), candidates, options) == ascending);
}

TEST_CASE(
    "select: random clusters keep every rule and match the dense reference",
    "[select]") {
  const std::uint32_t seed = GENERATE(range(1u, 41u));
  CAPTURE(seed);
  std::mt19937 rng(seed);
  const std::size_t n = 30;
  const TermMatrix terms = BuildTermMatrix(dense::RandomCorpus(rng, n, 10, 6));
  std::uniform_int_distribution<std::size_t> word_count(1, 30);
  std::uniform_real_distribution<double> score(0.0, 1.0);
  std::bernoulli_distribution rare(0.1);
  std::vector<Candidate> candidates(n);
  std::vector<double> scores(n);
  for (std::size_t i = 0; i < n; ++i) {
    candidates[i].words = word_count(rng);
    candidates[i].code_points = candidates[i].words * 5 + word_count(rng);
    candidates[i].headline = rare(rng);
    candidates[i].standalone = !rare(rng);
    scores[i] = score(rng);
  }
  // Options vary with the seed, over the cases that matter.
  SelectOptions options;
  options.words = std::vector<std::size_t>{0, 40, 100}[seed % 3];
  options.chars = std::vector<std::size_t>{0, 250}[seed % 2];
  options.sentences = std::vector<std::size_t>{0, 3, 0, 5, 0}[seed % 5];
  options.lambda = std::vector<double>{1.0, 0.7, 0.3, 0.0}[seed % 4];
  options.duplicate_threshold =
      std::vector<double>{0.5, 0.8, 1.0}[(seed / 3) % 3];
  options.min_words = 3;
  options.max_words = 25;
  options.include_headlines = seed % 7 == 0;
  options.min_relevance = std::vector<double>{0.0, 0.15, 0.5}[(seed / 2) % 3];
  CAPTURE(options.words, options.chars, options.sentences, options.lambda,
          options.duplicate_threshold, options.include_headlines, options.min_relevance);

  const Indices chosen =
      SelectSentences(Scores(scores), terms.tfidf, candidates, options);
  const dense::Matrix tfidf = dense::ToDense(terms.tfidf);
  CHECK(chosen == dense::Select(scores, tfidf, candidates, options));

  const auto cosine = [&](std::size_t a, std::size_t b) {
    double dot = 0.0;
    for (std::size_t k = 0; k < tfidf[a].size(); ++k)
      dot += tfidf[a][k] * tfidf[b][k];
    return dot;
  };
  // The cosine of their binary term vectors: their share of terms in common.
  const auto share = [&](std::size_t a, std::size_t b) {
    double shared = 0.0;
    double a_terms = 0.0;
    double b_terms = 0.0;
    for (std::size_t k = 0; k < tfidf[a].size(); ++k) {
      shared += tfidf[a][k] != 0.0 && tfidf[b][k] != 0.0;
      a_terms += tfidf[a][k] != 0.0;
      b_terms += tfidf[b][k] != 0.0;
    }
    return shared == 0.0 ? 0.0 : shared / std::sqrt(a_terms * b_terms);
  };
  const double share_threshold = std::max(0.8, options.duplicate_threshold);
  const auto passes_filters = [&](const Candidate& c) {
    return c.standalone && (options.include_headlines || !c.headline) &&
           c.words >= options.min_words && c.words <= options.max_words;
  };
  double max_score = 0.0;
  for (std::size_t i = 0; i < n; ++i) {
    if (passes_filters(candidates[i])) max_score = std::max(max_score, scores[i]);
  }
  const auto qualifies = [&](std::size_t i) {
    return passes_filters(candidates[i]) &&
           (max_score == 0.0 || scores[i] / max_score >= options.min_relevance);
  };
  std::size_t words = 0;
  std::size_t chars = 0;
  for (std::size_t a = 0; a < chosen.size(); ++a) {
    CHECK(qualifies(chosen[a]));
    words += candidates[chosen[a]].words;
    chars += candidates[chosen[a]].code_points;
    for (std::size_t b = 0; b < a; ++b) {
      CAPTURE(chosen[a], chosen[b]);
      CHECK(chosen[a] != chosen[b]);
      CHECK(cosine(chosen[a], chosen[b]) < options.duplicate_threshold - 1e-12);
      CHECK(share(chosen[a], chosen[b]) < share_threshold - 1e-12);
    }
  }
  if (options.words != 0) CHECK(words <= options.words);
  if (options.chars != 0) CHECK(chars <= options.chars);
  if (options.sentences != 0) CHECK(chosen.size() <= options.sentences);

  // Nothing left out could still have been added.
  if (options.sentences == 0 || chosen.size() < options.sentences) {
    for (std::size_t i = 0; i < n; ++i) {
      if (std::find(chosen.begin(), chosen.end(), i) != chosen.end()) continue;
      if (!qualifies(i)) continue;
      const bool fits = (options.words == 0 ||
                         words + candidates[i].words <= options.words) &&
                        (options.chars == 0 ||
                         chars + candidates[i].code_points <= options.chars);
      bool duplicate = false;
      for (const std::size_t c : chosen) {
        duplicate = duplicate || cosine(i, c) >= options.duplicate_threshold - 1e-12 ||
                    share(i, c) >= share_threshold - 1e-12;
      }
      CAPTURE(i);
      CHECK((!fits || duplicate));
    }
  }
}

TEST_CASE("select: an empty selection is explained by the first filter each sentence fails",
          "[select]") {
  Candidate headline = Words(20);
  headline.headline = true;
  Candidate fragment = Words(20);
  fragment.standalone = false;
  // A headline that cannot stand alone counts once, as a headline: the first filter.
  Candidate both = headline;
  both.standalone = false;
  const std::vector<Candidate> candidates = {headline, fragment, both,      Words(3),
                                             Words(80), Words(40), Words(9), Words(8)};
  const Eigen::VectorXd scores = Scores({0.9, 0.9, 0.9, 0.9, 0.9, 0.9, 1.0, 0.1});
  SelectOptions options = Open();
  options.include_headlines = false;
  options.min_words = 6;
  options.max_words = 70;
  options.words = 30;
  options.chars = 50;  // 6 code points a word: the 9-word sentence has 54
  options.min_relevance = 0.15;
  const auto describe = [&candidates](std::size_t i) { return candidates[i]; };
  // Whatever the description says, the selection itself chose nothing.
  REQUIRE(SelectSentences(scores, Orthogonal(8), candidates, options).empty());

  const Refusals refusals = CountRefusals(scores, describe, options);
  CHECK(refusals.headlines == 2);
  CHECK(refusals.fragments == 1);
  CHECK(refusals.too_short == 1);
  CHECK(refusals.too_long == 1);
  CHECK(refusals.over_words == 1);
  CHECK(refusals.over_chars == 1);
  // 0.1 of the best that passes the filters (1.0) is under the floor.
  CHECK(refusals.unrelated == 1);
  CHECK(refusals.others == 0);
  CHECK(DescribeRefusals(refusals, candidates.size(), options) ==
        "of 8 sentences, 2 are headlines or titles (--include-headlines), 1 cannot stand "
        "alone, 1 is shorter than --min-words 6, 1 is longer than --max-words 70, 1 is "
        "longer than the budget of --words 30, 1 is longer than the budget of --chars 50, "
        "1 is under --min-relevance 0.15 of the best score");
}

TEST_CASE("select: the explanation names only what applies, singular or plural",
          "[select]") {
  SelectOptions options;
  Refusals one;
  one.too_short = 1;
  CHECK(DescribeRefusals(one, 1, options) == "of 1 sentence, 1 is shorter than --min-words 6");
  Refusals titles;
  titles.headlines = 1;
  titles.fragments = 2;
  CHECK(DescribeRefusals(titles, 3, options) ==
        "of 3 sentences, 1 is a headline or title (--include-headlines), 2 cannot stand alone");
  options.words = 2;
  Refusals budget;
  budget.over_words = 4;
  CHECK(DescribeRefusals(budget, 4, options) ==
        "of 4 sentences, 4 are longer than the budget of --words 2");
}


TEST_CASE("select: every sentence judged, by the first test it fails", "[select]") {
  // Rows: 0 and 1 alike (cosine 0.8), the rest orthogonal. Scores fall with the index.
  const dense::Matrix rows = {
      {1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0}, {0.8, 0.6, 0.0, 0.0, 0.0, 0.0, 0.0},
      {0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0}, {0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0},
      {0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0}, {0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0},
      {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0},
  };
  const SparseMatrix tfidf = UnitRows(rows);
  const Eigen::VectorXd scores = Scores({1.0, 0.9, 0.8, 0.7, 0.6, 0.5, 0.01});
  std::vector<Candidate> candidates = {Words(10), Words(10), Words(10), Words(3),
                                       Words(12), Words(10), Words(10)};
  candidates[2].headline = true;
  candidates[3].standalone = false;
  SelectOptions options = Open();
  options.include_headlines = false;
  options.min_words = 4;
  options.min_relevance = 0.1;
  options.duplicate_threshold = 0.7;
  options.words = 20;
  const Indices chosen = SelectSentences(scores, tfidf, candidates, options);
  REQUIRE(chosen == Indices{0, 5});
  const std::vector<Judgement> j = JudgeSentences(scores, tfidf, candidates, chosen, options);
  REQUIRE(j.size() == 7);
  CHECK(j[0].verdict == Verdict::kChosen);
  CHECK(j[0].chosen_rank == 0);
  CHECK(j[5].verdict == Verdict::kChosen);
  CHECK(j[5].chosen_rank == 1);
  CHECK(j[1].verdict == Verdict::kNearDuplicate);
  CHECK(j[1].duplicate_of == 0);
  CHECK(j[1].similarity == Approx(0.8));
  CHECK(j[2].verdict == Verdict::kHeadline);
  // Fails two tests; the first in selection's order is told.
  CHECK(j[3].verdict == Verdict::kCannotStandAlone);
  // 12 words, and 10 left of 20 once 0 is in.
  CHECK(j[4].verdict == Verdict::kNoRoom);
  CHECK(j[6].verdict == Verdict::kUnrelated);
  CHECK(j[6].share == Approx(0.01));

  candidates[4].words = 3;
  CHECK(JudgeSentences(scores, tfidf, candidates, chosen, options)[4].verdict ==
        Verdict::kTooShort);
  options.max_words = 8;
  CHECK(JudgeSentences(scores, tfidf, candidates, {}, options)[0].verdict == Verdict::kTooLong);
}

TEST_CASE("select: judging needs one entry per sentence and chosen indexes in range",
          "[select]") {
  const std::vector<Candidate> candidates = {Words(8), Words(8)};
  CHECK_THROWS_AS(JudgeSentences(Scores({1.0, 0.5}), Orthogonal(3), candidates, {}, Open()),
                  Error);
  CHECK_THROWS_AS(JudgeSentences(Scores({1.0, 0.5}), Orthogonal(2), candidates, {2}, Open()),
                  Error);
  CHECK(JudgeSentences(Eigen::VectorXd(), SparseMatrix(0, 0), {}, {}, Open()).empty());
}

TEST_CASE("select: a judgement in words names the option that would change it", "[select]") {
  SelectOptions options = Open();
  options.min_words = 6;
  options.max_words = 70;
  options.min_relevance = 0.15;
  options.duplicate_threshold = 0.5;
  options.words = 100;
  options.chars = 600;
  Judgement j;
  const Candidate c = Words(5);  // 5 words, 30 code points
  const auto say = [&](Verdict verdict, std::size_t chosen = 6) {
    j.verdict = verdict;
    return DescribeJudgement(j, c, chosen, "2:0", "a question", options);
  };
  j.chosen_rank = 2;
  CHECK(say(Verdict::kChosen) == "chosen 3rd of 6");
  j.chosen_rank = 10;
  CHECK(say(Verdict::kChosen, 12) == "chosen 11th of 12");
  j.chosen_rank = 20;
  CHECK(say(Verdict::kChosen, 22) == "chosen 21st of 22");
  CHECK(say(Verdict::kHeadline) == "a headline or title (--include-headlines)");
  CHECK(say(Verdict::kCannotStandAlone) == "a question");
  CHECK(say(Verdict::kTooShort) == "5 words, under --min-words 6");
  CHECK(say(Verdict::kTooLong) == "5 words, over --max-words 70");
  j.share = 0.1499;
  CHECK(say(Verdict::kUnrelated) == "relevance 0.149 of the best, under --min-relevance 0.15");
  j.similarity = 0.854;
  CHECK(say(Verdict::kNearDuplicate) ==
        "near duplicate of 2:0 (cosine 0.85, --duplicate-threshold 0.5)");
  j.words_left = 4;
  j.chars_left = 500;
  CHECK(say(Verdict::kNoRoom) == "no room: 5 words, 4 left of --words 100");
  j.words_left = 60;
  j.chars_left = 29;
  CHECK(say(Verdict::kNoRoom) == "no room: 30 characters, 29 left of --chars 600");
  options.sentences = 6;
  CHECK(say(Verdict::kNoRoom) == "no room: the summary has its --sentences 6");
  // Without a character budget, none is named, let alone one of 2^64 - 1 left.
  options.sentences = 0;
  options.chars = 0;
  j.chars_left = static_cast<std::size_t>(-1);
  CHECK(say(Verdict::kNoRoom) == "not chosen: the summary was complete without it");
}

TEST_CASE("select: sentences sharing no term are never near duplicates, at any threshold",
          "[select]") {
  // A threshold of 1e-12 passed validation and made every sentence the duplicate of the
  // first, similarity 0 included: the summary was empty.
  const SparseMatrix tfidf = UnitRows({{1, 0, 0}, {1, 1, 0}, {0, 0, 1}});
  const Eigen::VectorXd scores = Scores({0.4, 0.3, 0.2});
  const std::vector<Candidate> candidates(3, Words(8));
  for (const double threshold : {1e-12, 1e-300, 0.01}) {
    CAPTURE(threshold);
    SelectOptions options = Open();
    options.duplicate_threshold = threshold;
    const Indices chosen = SelectSentences(scores, tfidf, candidates, options);
    CHECK(chosen == Indices{0, 2});
    const std::vector<Judgement> j = JudgeSentences(scores, tfidf, candidates, chosen, options);
    CHECK(j[1].verdict == Verdict::kNearDuplicate);
    CHECK(j[2].verdict == Verdict::kChosen);
  }
}

TEST_CASE("select: sentences with nearly all their terms in common are near duplicates",
          "[select]") {
  // Rows 0 and 1 share ten terms of weight 1 and differ by one of weight 5, as copies of
  // a brief that differ by the agency's name: cosine 10 / 35 = 0.29, but 10 of their 11
  // terms in common (10 / 11 = 0.91). Row 2 shares 7 of row 0's terms and has 4 of its
  // own (7 / 11 = 0.64): not a duplicate, cosine 0.36.
  dense::Matrix rows(3, std::vector<double>(17, 0.0));
  for (std::size_t k = 0; k < 10; ++k) rows[0][k] = rows[1][k] = 1.0;
  rows[0][10] = 5.0;
  rows[1][11] = 5.0;
  for (std::size_t k = 0; k < 7; ++k) rows[2][k] = 1.0;
  for (std::size_t k = 12; k < 16; ++k) rows[2][k] = 1.0;
  const SparseMatrix tfidf = UnitRows(rows);
  const Eigen::VectorXd scores = Scores({0.4, 0.3, 0.2});
  const std::vector<Candidate> candidates(3, Words(8));
  SelectOptions options = Open();
  options.duplicate_threshold = 0.7;
  Indices chosen = SelectSentences(scores, tfidf, candidates, options);
  CHECK(chosen == Indices{0, 2});
  std::vector<Judgement> j = JudgeSentences(scores, tfidf, candidates, chosen, options);
  REQUIRE(j[1].verdict == Verdict::kNearDuplicate);
  CHECK(j[1].duplicate_of == 0);
  CHECK(j[1].similarity == Approx(10.0 / 35.0));
  CHECK(j[1].term_share == Approx(10.0 / 11.0));
  CHECK(DescribeJudgement(j[1], candidates[1], 2, "0:0", "", options) ==
        "near duplicate of 0:0 (0.91 of their terms in common, cosine 0.28 under "
        "--duplicate-threshold 0.7)");
  CHECK(SelectSentences(scores, tfidf, candidates, options) ==
        dense::Select({0.4, 0.3, 0.2}, dense::ToDense(tfidf), candidates, options));
  // A threshold of 1 still means identical: only the same terms make a duplicate then.
  options.duplicate_threshold = 1.0;
  chosen = SelectSentences(scores, tfidf, candidates, options);
  CHECK(chosen == Indices{0, 1, 2});
  j = JudgeSentences(scores, tfidf, candidates, chosen, options);
  CHECK(j[1].verdict == Verdict::kChosen);
}

}  // namespace
}  // namespace precis
