#include "weight.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <cmath>
#include <cstdint>
#include <optional>
#include <random>
#include <string>
#include <tuple>
#include <vector>

#include "precis/error.h"
#include "support/dense_reference.h"

namespace precis {
namespace {

using Corpus = std::vector<std::vector<std::string>>;

// Closer than Catch's default (1e-5 relative): these values are computed, not
// measured.
Approx Near(double value) { return Approx(value).epsilon(1e-12).margin(1e-14); }

double Cell(const SparseMatrix& m, Eigen::Index i, Eigen::Index j) {
  return m.coeff(i, j);
}

TEST_CASE("weight: hand-computed tf-idf of a tiny corpus", "[weight]") {
  // N = 4 sentences; df: chat 1, noir 2, chien 2, so
  //   idf(chat)  = ln(4/1) + 1 = 2.386294361119891
  //   idf(noir)  = idf(chien) = ln(4/2) + 1 = 1.6931471805599454
  // Row 0: chat x2, noir x1; tf is binary, so the repeat counts once ->
  //   (2.386294361119891, 1.6931471805599454, 0),
  //   norm 2.9259439763861987 -> (0.8155639275319198, 0.5786669855009093, 0).
  // Row 1: noir, chien, equal weights -> (0, 1/sqrt 2, 1/sqrt 2).
  // Row 2: no term -> an empty row.
  // Row 3: chien alone -> (0, 0, 1).
  const Corpus corpus = {
      {"chat", "noir", "chat"}, {"noir", "chien"}, {}, {"chien"}};
  const TermMatrix m = BuildTermMatrix(corpus);

  REQUIRE(m.vocabulary == std::vector<std::string>{"chat", "noir", "chien"});
  REQUIRE(m.counts.rows() == 4);
  REQUIRE(m.counts.cols() == 3);
  REQUIRE(m.tfidf.rows() == 4);
  REQUIRE(m.tfidf.cols() == 3);
  CHECK(m.counts.isCompressed());
  CHECK(m.tfidf.isCompressed());

  CHECK(Cell(m.counts, 0, 0) == 2.0);
  CHECK(Cell(m.counts, 0, 1) == 1.0);
  CHECK(Cell(m.counts, 1, 2) == 1.0);
  CHECK(m.counts.nonZeros() == 5);

  const double inv_sqrt2 = 1.0 / std::sqrt(2.0);
  const std::vector<std::tuple<int, int, double>> expected = {
      {0, 0, 0.8155639275319198},
      {0, 1, 0.5786669855009093},
      {0, 2, 0.0},
      {1, 0, 0.0},
      {1, 1, inv_sqrt2},
      {1, 2, inv_sqrt2},
      {2, 0, 0.0},
      {2, 1, 0.0},
      {2, 2, 0.0},
      {3, 0, 0.0},
      {3, 1, 0.0},
      {3, 2, 1.0}};
  for (const auto& [i, j, value] : expected) {
    CAPTURE(i, j);
    CHECK(Cell(m.tfidf, i, j) == Near(value));
  }
  // The empty sentence stores nothing, not explicit zeros.
  CHECK(m.tfidf.outerIndexPtr()[3] - m.tfidf.outerIndexPtr()[2] == 0);
}

TEST_CASE("weight: with documents, idf counts documents", "[weight]") {
  // Sentences 0, 1 in document 0; 2, 3 in document 1 (D = 2).
  // df over documents: "poutine" 2 (idf 1), "pyongyang" 1 (idf ln 2 + 1), "kim" 1.
  // Sentence 0 (poutine, pyongyang, pyongyang): (1, ln 2 + 1) before scaling (binary tf).
  const Corpus corpus = {
      {"poutine", "pyongyang", "pyongyang"}, {"poutine"}, {"poutine", "kim"}, {"kim"}};
  InternedTerms interned;
  for (const auto& sentence : corpus) interned.Add(sentence);
  const TermMatrix m = BuildInternedTermMatrix(std::move(interned), {0, 0, 1, 1});
  REQUIRE(m.vocabulary == std::vector<std::string>{"poutine", "pyongyang", "kim"});
  const double rare = std::log(2.0) + 1.0;
  const double norm0 = std::sqrt(1.0 + rare * rare);
  CHECK(Cell(m.tfidf, 0, 0) == Near(1.0 / norm0));
  CHECK(Cell(m.tfidf, 0, 1) == Near(rare / norm0));
  CHECK(Cell(m.tfidf, 1, 0) == Near(1.0));
  const double norm2 = std::sqrt(1.0 + rare * rare);
  CHECK(Cell(m.tfidf, 2, 0) == Near(1.0 / norm2));
  CHECK(Cell(m.tfidf, 2, 2) == Near(rare / norm2));

  // One document gives no contrast: the sentence idf, as without documents.
  InternedTerms one;
  InternedTerms plain;
  for (const auto& sentence : corpus) {
    one.Add(sentence);
    plain.Add(sentence);
  }
  const TermMatrix single = BuildInternedTermMatrix(std::move(one), {0, 0, 0, 0});
  const TermMatrix by_sentence = BuildInternedTermMatrix(std::move(plain));
  CHECK(single.tfidf.isApprox(by_sentence.tfidf, 0.0));

  InternedTerms wrong;
  wrong.Add({"a"});
  CHECK_THROWS_AS(BuildInternedTermMatrix(std::move(wrong), {0, 1}), Error);

  // Without the counts, the same tfidf, bit for bit.
  InternedTerms again;
  for (const auto& sentence : corpus) again.Add(sentence);
  const TermMatrix lean = BuildInternedTermMatrix(std::move(again), {0, 0, 0, 0}, false);
  CHECK(lean.counts.nonZeros() == 0);
  CHECK(lean.counts.rows() == 0);
  CHECK(lean.tfidf.isApprox(single.tfidf, 0.0));
  CHECK(lean.tfidf.nonZeros() == single.tfidf.nonZeros());
  CHECK(lean.vocabulary == single.vocabulary);
}

TEST_CASE("weight: a name's idf is multiplied by 1 + name_weight", "[weight]") {
  // Two sentences, one document each; "kim" and "visit" both in sentence 0 only, so with
  // equal idf. "kim" is capitalized in 2 of its 3 counted occurrences (a name), "visit"
  // in 1 of 3 (a word that sometimes starts a quote or a title).
  const auto build = [](double name_weight) {
    InternedTerms terms;
    terms.Add({"kim", "visit"});
    terms.Add({"poutin"});
    for (const bool capital : {true, true, false}) terms.CountCase(0, capital);
    for (const bool capital : {true, false, false}) terms.CountCase(1, capital);
    return BuildInternedTermMatrix(std::move(terms), {0, 1}, true, name_weight);
  };
  const TermMatrix plain = build(0.0);
  CHECK(Cell(plain.tfidf, 0, 0) == Near(Cell(plain.tfidf, 0, 1)));
  const TermMatrix named = build(0.5);
  CHECK(Cell(named.tfidf, 0, 0) / Cell(named.tfidf, 0, 1) == Near(1.5));
  CHECK(Cell(named.tfidf, 1, 2) == Near(1.0));  // rows stay unit

  // Exactly half is enough; a term never counted (added from strings) is no name.
  InternedTerms half;
  half.Add({"kim", "visit"});
  half.Add({"poutin"});
  half.CountCase(0, true);
  half.CountCase(0, false);
  const TermMatrix m = BuildInternedTermMatrix(std::move(half), {0, 1}, true, 1.0);
  CHECK(Cell(m.tfidf, 0, 0) / Cell(m.tfidf, 0, 1) == Near(2.0));
}

TEST_CASE("weight: a term in every sentence keeps idf 1", "[weight]") {
  // idf(le) = ln(2/2) + 1 = 1, idf(vote) = ln 2 + 1: the common term is damped,
  // not dropped.
  const TermMatrix m = BuildTermMatrix({{"le", "vote"}, {"le"}});
  const double idf_vote = std::log(2.0) + 1.0;
  const double norm = std::sqrt(1.0 + idf_vote * idf_vote);
  CHECK(Cell(m.tfidf, 0, 0) == Near(1.0 / norm));
  CHECK(Cell(m.tfidf, 0, 1) == Near(idf_vote / norm));
  CHECK(Cell(m.tfidf, 1, 0) == Near(1.0));
}

TEST_CASE(
    "weight: vocabulary in order of first appearance, terms compared as bytes",
    "[weight]") {
  const std::string composed = "\xC3\xA9t\xC3\xA9";      // "été", U+00E9
  const std::string decomposed = "e\xCC\x81te\xCC\x81";  // "été", e + U+0301
  using Case = std::tuple<const char*, Corpus, std::vector<std::string>>;
  auto [name, corpus, vocabulary] =
      GENERATE_COPY(table<const char*, Corpus, std::vector<std::string>>({
          Case{"repeats", {{"b", "a", "b"}, {"c", "a"}}, {"b", "a", "c"}},
          Case{
              "later sentences", {{}, {"z"}, {"y", "z", "x"}}, {"z", "y", "x"}},
          Case{"composed and decomposed é are distinct terms",
               {{composed, decomposed}, {decomposed}},
               {composed, decomposed}},
          Case{"guillemets and apostrophes as terms",
               {{"«\xC2\xA0vote\xC2\xA0»", "l’état", "l'état"}},
               {"«\xC2\xA0vote\xC2\xA0»", "l’état", "l'état"}},
      }));
  CAPTURE(name, corpus);
  const TermMatrix m = BuildTermMatrix(corpus);
  CHECK(m.vocabulary == vocabulary);
  CHECK(m.counts.cols() == static_cast<Eigen::Index>(vocabulary.size()));
}

TEST_CASE("weight: accent variants share a column once folded", "[weight]") {
  // "élisabeth" and "elisabeth" are two terms of the matrix; folded, the two sentences
  // are one.
  TermMatrix m = BuildTermMatrix(
      {{"élisabeth", "born", "finistèr"}, {"elisabeth", "born", "finister"}, {"tempêt"}});
  REQUIRE(m.vocabulary.size() == 6);
  CHECK(m.tfidf.row(0).dot(m.tfidf.row(1)) < 0.5);
  const SparseMatrix tempete = m.tfidf.row(2);
  REQUIRE(FoldAccentVariants(&m));
  CHECK(m.tfidf.rows() == 3);
  CHECK(m.tfidf.cols() == 6);  // the vocabulary's columns, "elisabeth"'s and "finister"'s empty
  CHECK(m.vocabulary.size() == 6);
  CHECK(m.tfidf.isCompressed());
  CHECK(m.tfidf.row(0).dot(m.tfidf.row(1)) == Near(1.0));
  CHECK(m.tfidf.row(0).dot(m.tfidf.row(2)) == Near(0.0));
  CHECK(m.tfidf.row(1).norm() == Near(1.0));
  // A row without a variant is left as it was.
  CHECK(SparseMatrix(m.tfidf.row(2)).isApprox(tempete));
  // A sentence holding both spellings keeps one entry for them, as binary tf would.
  TermMatrix both = BuildTermMatrix({{"état", "etat", "vote"}, {"etat", "vote"}, {"vote"}});
  REQUIRE(FoldAccentVariants(&both));
  CHECK(both.tfidf.row(0).nonZeros() == 2);
  CHECK(both.tfidf.row(1).nonZeros() == 2);
  CHECK(both.tfidf.row(2).nonZeros() == 1);
  CHECK(both.tfidf.nonZeros() == 5);
  CHECK(both.tfidf.row(0).norm() == Near(1.0));
  // Without variants there is nothing to merge, and the matrix is untouched.
  TermMatrix plain = BuildTermMatrix({{"élys", "vote"}, {"élys"}});
  const SparseMatrix before = plain.tfidf;
  CHECK_FALSE(FoldAccentVariants(&plain));
  CHECK(plain.tfidf.isApprox(before));
  TermMatrix empty = BuildTermMatrix({});
  CHECK_FALSE(FoldAccentVariants(&empty));
}

TEST_CASE("weight: degenerate corpora", "[weight]") {
  SECTION("no sentence gives 0 x 0 matrices") {
    const TermMatrix m = BuildTermMatrix({});
    CHECK(m.counts.rows() == 0);
    CHECK(m.counts.cols() == 0);
    CHECK(m.tfidf.rows() == 0);
    CHECK(m.vocabulary.empty());
  }
  SECTION("sentences without terms give N x 0 matrices") {
    const TermMatrix m = BuildTermMatrix({{}, {}, {}});
    CHECK(m.counts.rows() == 3);
    CHECK(m.counts.cols() == 0);
    CHECK(m.tfidf.rows() == 3);
    CHECK(m.tfidf.nonZeros() == 0);
  }
  SECTION("one sentence: idf is 1 and the row is the normalized binary tf") {
    // counts (2, 1), binary tf (1, 1) -> (1, 1) / sqrt 2.
    const TermMatrix m = BuildTermMatrix({{"grève", "grève", "rail"}});
    CHECK(Cell(m.tfidf, 0, 0) == Near(1.0 / std::sqrt(2.0)));
    CHECK(Cell(m.tfidf, 0, 1) == Near(1.0 / std::sqrt(2.0)));
  }
}

TEST_CASE("weight: matches the dense reference on random corpora", "[weight]") {
  const std::uint32_t seed = GENERATE(1u, 2u, 3u, 42u, 2024u);
  const std::size_t vocabulary = GENERATE(2u, 5u, 16u);
  CAPTURE(seed, vocabulary);
  std::mt19937 rng(seed);
  const Corpus corpus = dense::RandomCorpus(rng, 25, vocabulary, 8);
  const TermMatrix m = BuildTermMatrix(corpus);

  CHECK(m.vocabulary == dense::Vocabulary(corpus));
  CHECK(dense::ToDense(m.counts) == dense::Counts(corpus));
  const dense::Matrix expected = dense::Tfidf(corpus);
  const dense::Matrix actual = dense::ToDense(m.tfidf);
  REQUIRE(actual.size() == expected.size());
  for (std::size_t i = 0; i < actual.size(); ++i) {
    REQUIRE(actual[i].size() == expected[i].size());
    // Unit rows, or empty ones for sentences without terms.
    const double norm = m.tfidf.row(static_cast<Eigen::Index>(i)).norm();
    CAPTURE(i, corpus[i]);
    CHECK(norm == Near(corpus[i].empty() ? 0.0 : 1.0));
    for (std::size_t j = 0; j < actual[i].size(); ++j) {
      CHECK(actual[i][j] == Near(expected[i][j]));
    }
  }
  // Every stored weight is positive: zeros are never stored.
  for (Eigen::Index k = 0; k < m.tfidf.nonZeros(); ++k) {
    CHECK(m.tfidf.valuePtr()[k] > 0.0);
  }
}


TEST_CASE("weight: the rows come out the same for any number of threads", "[weight]") {
  const std::uint32_t seed = GENERATE(1u, 7u, 2024u);
  CAPTURE(seed);
  std::mt19937 rng(seed);
  // Repeated terms (a vocabulary of 6 in rows of up to 9) and empty rows are the cases
  // where a worker's rows could spill into its neighbour's.
  const Corpus corpus = dense::RandomCorpus(rng, 41, 6, 9);
  std::vector<std::size_t> document_of(corpus.size());
  for (std::size_t i = 0; i < corpus.size(); ++i) document_of[i] = i / 10;
  const auto build = [&](std::size_t threads) {
    InternedTerms interned;
    for (const auto& terms : corpus) interned.Add(terms);
    return BuildInternedTermMatrix(std::move(interned), document_of, true, 0.0, threads);
  };
  const TermMatrix one = build(1);
  CHECK(dense::ToDense(one.counts) == dense::Counts(corpus));
  for (const std::size_t threads : {2u, 3u, 7u, 64u}) {
    CAPTURE(threads);
    const TermMatrix many = build(threads);
    CHECK(dense::ToDense(many.counts) == dense::Counts(corpus));
    REQUIRE(many.tfidf.nonZeros() == one.tfidf.nonZeros());
    CHECK(std::equal(one.tfidf.outerIndexPtr(), one.tfidf.outerIndexPtr() + corpus.size() + 1,
                     many.tfidf.outerIndexPtr()));
    CHECK(std::equal(one.tfidf.innerIndexPtr(),
                     one.tfidf.innerIndexPtr() + one.tfidf.nonZeros(),
                     many.tfidf.innerIndexPtr()));
    CHECK(std::equal(one.tfidf.valuePtr(), one.tfidf.valuePtr() + one.tfidf.nonZeros(),
                     many.tfidf.valuePtr()));
  }
}


TEST_CASE("weight: interning in ranges then appending numbers terms as one pass",
          "[weight][intern]") {
  const std::uint32_t seed = GENERATE(1u, 2u, 3u);
  CAPTURE(seed);
  std::mt19937 rng(seed);
  std::uniform_int_distribution<int> term(0, 40);
  std::uniform_int_distribution<int> length(0, 6);
  Corpus corpus(50);
  for (auto& sentence : corpus) {
    for (int n = length(rng); n > 0; --n) sentence.push_back("t" + std::to_string(term(rng)));
  }
  corpus[7] = {"é", "e\u0301", "é"};  // composed and decomposed stay two terms, bytes decide
  InternedTerms whole;
  for (const auto& sentence : corpus) whole.Add(sentence);
  for (const std::size_t cut : {std::size_t{0}, std::size_t{1}, std::size_t{17}, std::size_t{50}}) {
    CAPTURE(cut);
    InternedTerms first, second, third;
    for (std::size_t i = 0; i < corpus.size(); ++i) {
      (i < cut ? first : i < cut + 10 ? second : third).Add(corpus[i]);
    }
    first.Append(std::move(second));
    first.Append(std::move(third));
    CHECK(first.vocabulary == whole.vocabulary);
    CHECK(first.ids == whole.ids);
    CHECK(first.row_begin == whole.row_begin);
  }
  // Case counts are carried over too.
  InternedTerms cased_whole, cased_first, cased_second;
  for (std::size_t i = 0; i < corpus.size(); ++i) {
    InternedTerms& part = i < 20 ? cased_first : cased_second;
    part.Add(corpus[i]);
    cased_whole.Add(corpus[i]);
    for (const std::string& t : corpus[i]) {
      const bool capital = t.size() > 1 && (t[1] - '0') % 2 == 0;
      const auto id_in = [&t](const InternedTerms& in) {
        return static_cast<int>(std::find(in.vocabulary.begin(), in.vocabulary.end(), t) -
                                in.vocabulary.begin());
      };
      part.CountCase(id_in(part), capital);
      cased_whole.CountCase(id_in(cased_whole), capital);
    }
  }
  cased_first.Append(std::move(cased_second));
  CHECK(cased_first.case_counts == cased_whole.case_counts);

  // The interned form builds the same matrices, bit for bit.
  const TermMatrix from_strings = BuildTermMatrix(corpus);
  const TermMatrix from_ids = BuildInternedTermMatrix(std::move(whole));
  CHECK(from_ids.vocabulary == from_strings.vocabulary);
  REQUIRE(from_ids.tfidf.nonZeros() == from_strings.tfidf.nonZeros());
  CHECK(SparseMatrix(from_ids.tfidf - from_strings.tfidf).norm() == 0.0);
  CHECK(SparseMatrix(from_ids.counts - from_strings.counts).norm() == 0.0);
}

}  // namespace
}  // namespace precis
