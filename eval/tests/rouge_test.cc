// ROUGE scores computed by hand on tiny texts, the arithmetic in the comments. Tokens are
// given directly: what a token is belongs to the tokenizers' tests.
#include "rouge.h"

#include <catch2/catch.hpp>
#include <limits>
#include <string>
#include <vector>

#include "precis/error.h"

namespace precis::eval {
namespace {

RougeOptions Plain() {
  RougeOptions options;
  options.jackknife = false;
  return options;
}

void CheckPrf(const Prf& prf, double recall, double precision, double f) {
  CHECK(prf.recall == Approx(recall).margin(1e-12));
  CHECK(prf.precision == Approx(precision).margin(1e-12));
  CHECK(prf.f == Approx(f).margin(1e-12));
}

TEST_CASE("MeasureName names the four measures", "[rouge]") {
  CHECK(std::string(MeasureName(Measure::kRouge1)) == "ROUGE-1");
  CHECK(std::string(MeasureName(Measure::kRouge2)) == "ROUGE-2");
  CHECK(std::string(MeasureName(Measure::kRougeL)) == "ROUGE-L");
  CHECK(std::string(MeasureName(Measure::kRougeSU4)) == "ROUGE-SU4");
}

TEST_CASE("Score against one reference, every measure by hand", "[rouge]") {
  // summary   s0..s5 = le chat dort sur le tapis
  // reference r0..r5 = le chat est  sur le tapis
  const TokenizedText summary = {{"le", "chat", "dort", "sur", "le", "tapis"}};
  const std::vector<TokenizedText> refs = {{{"le", "chat", "est", "sur", "le", "tapis"}}};
  const RougeScores s = Score(summary, refs, Plain());
  // ROUGE-1: le x2, chat, sur, tapis shared = 5 of 6 on each side.
  CheckPrf(s[Measure::kRouge1], 5.0 / 6, 5.0 / 6, 5.0 / 6);
  // ROUGE-2: 5 bigrams each; shared "le chat", "sur le", "le tapis" = 3.
  CheckPrf(s[Measure::kRouge2], 3.0 / 5, 3.0 / 5, 3.0 / 5);
  // ROUGE-L: LCS "le chat sur le tapis" = 5 of 6.
  CheckPrf(s[Measure::kRougeL], 5.0 / 6, 5.0 / 6, 5.0 / 6);
  // ROUGE-SU4: 6 tokens, every pair is within distance 4 (15 pairs), plus unigrams for
  // s0..s4 only (5): 20 grams each side. Unigram hits: le x2, chat, sur = 4. Pair hits:
  // the 15 pairs minus the 5 involving "dort"/"est" = 10 ("le tapis" occurs twice on both
  // sides). (4 + 10) / 20 = 0.7.
  CheckPrf(s[Measure::kRougeSU4], 0.7, 0.7, 0.7);
}

TEST_CASE("Tokens compare as bytes: accents matter", "[rouge]") {
  // "été" (composed), "e\u0301te\u0301" (decomposed) and "ete" are three different tokens;
  // normalizing is the tokenizer's job.
  const TokenizedText summary = {{"l", "\xC3\xA9t\xC3\xA9", "fut", "chaud"}};
  const std::vector<TokenizedText> composed = {{{"l", "\xC3\xA9t\xC3\xA9", "fut", "chaud"}}};
  const std::vector<TokenizedText> decomposed = {{{"l", "e\xCC\x81te\xCC\x81", "fut", "chaud"}}};
  const std::vector<TokenizedText> unaccented = {{{"l", "ete", "fut", "chaud"}}};
  CheckPrf(Score(summary, composed, Plain())[Measure::kRouge1], 1.0, 1.0, 1.0);
  // 3 of 4 unigrams; bigrams: only "fut chaud" of 3.
  CheckPrf(Score(summary, decomposed, Plain())[Measure::kRouge1], 0.75, 0.75, 0.75);
  CheckPrf(Score(summary, unaccented, Plain())[Measure::kRouge2], 1.0 / 3, 1.0 / 3, 1.0 / 3);
}

TEST_CASE("ROUGE-N runs across sentence ends", "[rouge]") {
  // ROUGE-1.5.5 joins the lines before counting: "b c" is a bigram of both texts although
  // the summary breaks the line between them. 2 bigrams each, both shared.
  const TokenizedText summary = {{"a", "b"}, {"c"}};
  const std::vector<TokenizedText> refs = {{{"a", "b", "c"}}};
  CheckPrf(ScoreRougeN(summary, refs, 2, Plain()), 1.0, 1.0, 1.0);
  // Trigrams: "a b c" in both: 1 of 1.
  CheckPrf(ScoreRougeN(summary, refs, 3, Plain()), 1.0, 1.0, 1.0);
  // 4-grams: none on either side.
  CheckPrf(ScoreRougeN(summary, refs, 4, Plain()), 0.0, 0.0, 0.0);
}

TEST_CASE("ROUGE-N clips repeated n-grams", "[rouge]") {
  // summary: a a a b (a x3), reference: a b b (a x1): unigram hits min(3,1) + min(1,2) = 2.
  const TokenizedText summary = {{"a", "a", "a", "b"}};
  const std::vector<TokenizedText> refs = {{{"a", "b", "b"}}};
  // R = 2/3, P = 2/4, F = 2PR/(P+R) = (2/3)/(7/6) = 4/7.
  CheckPrf(ScoreRougeN(summary, refs, 1, Plain()), 2.0 / 3, 0.5, 4.0 / 7);
  // Bigrams: summary aa aa ab, reference ab bb: "a b" once = 1. R = 1/2, P = 1/3, F = 2/5.
  CheckPrf(ScoreRougeN(summary, refs, 2, Plain()), 0.5, 1.0 / 3, 0.4);
}

TEST_CASE("ROUGE-L is the union LCS of Lin (2004)", "[rouge]") {
  // Lin's example: reference sentence w1 w2 w3 w4 w5; summary sentences c1 = w1 w2 w6 w7
  // w8 and c2 = w1 w3 w8 w9 w5. LCS(r, c1) = w1 w2, LCS(r, c2) = w1 w3 w5; union w1 w2 w3
  // w5 = 4 hits. R = 4/5, P = 4/10, F = 2(0.32)/1.2 = 8/15.
  const TokenizedText summary = {{"w1", "w2", "w6", "w7", "w8"}, {"w1", "w3", "w8", "w9", "w5"}};
  const std::vector<TokenizedText> refs = {{{"w1", "w2", "w3", "w4", "w5"}}};
  CheckPrf(Score(summary, refs, Plain())[Measure::kRougeL], 0.8, 0.4, 8.0 / 15);
}

TEST_CASE("ROUGE-L clips hits by unigram counts, as ROUGE-1.5.5 does", "[rouge]") {
  // Reference "a b" / "a b", summary "a b". Both reference sentences have the LCS "a b",
  // but the summary holds one "a" and one "b": the second sentence finds them used up.
  // Hits 2: R = 2/4, P = 2/2 (unclipped it would be 4/4 and 4/2), F = 2/3.
  const TokenizedText summary = {{"a", "b"}};
  const std::vector<TokenizedText> refs = {{{"a", "b"}, {"a", "b"}}};
  CheckPrf(Score(summary, refs, Plain())[Measure::kRougeL], 0.5, 1.0, 2.0 / 3);
}

TEST_CASE("ROUGE-L traces the LCS ROUGE-1.5.5 traces", "[rouge]") {
  // Reference "a b" / "b", summary "b a". "a b" and "b a" share an LCS of length 1, "a" or
  // "b". ROUGE-1.5.5's DP prefers dropping a reference token on ties, which traces back
  // to "a"; the second reference sentence then gets the summary's "b": 2 hits of 3.
  // (Had the first sentence taken "b", the second would find it used up: 1 hit.)
  // R = 2/3, P = 2/2, F = 2(2/3)/(5/3) = 4/5.
  const TokenizedText summary = {{"b", "a"}};
  const std::vector<TokenizedText> refs = {{{"a", "b"}, {"b"}}};
  CheckPrf(Score(summary, refs, Plain())[Measure::kRougeL], 2.0 / 3, 1.0, 0.8);
}

TEST_CASE("ROUGE-SU counts unigrams except the last token", "[rouge]") {
  // ROUGE-1.5.5's loop never takes the last token as a unigram. "a b" vs "b a": summary
  // grams {a, (a,b)}, reference grams {b, (b,a)}: no hit although ROUGE-1 is perfect.
  const TokenizedText summary = {{"a", "b"}};
  const std::vector<TokenizedText> swapped = {{{"b", "a"}}};
  const RougeScores s = Score(summary, swapped, Plain());
  CheckPrf(s[Measure::kRouge1], 1.0, 1.0, 1.0);
  CheckPrf(s[Measure::kRougeSU4], 0.0, 0.0, 0.0);
  // A one-token text has no skip gram at all: 0, not NaN.
  const RougeScores one = Score({{"a"}}, {{{"a"}}}, Plain());
  CheckPrf(one[Measure::kRouge1], 1.0, 1.0, 1.0);
  CheckPrf(one[Measure::kRougeSU4], 0.0, 0.0, 0.0);
}

TEST_CASE("Skip distance is the number of tokens allowed between the two words", "[rouge]") {
  // Summary a x1 x2 x3 x4 b: a and b have 4 tokens between them. Reference "a b": 1 pair.
  const TokenizedText summary = {{"a", "x1", "x2", "x3", "x4", "b"}};
  const std::vector<TokenizedText> refs = {{{"a", "b"}}};
  RougeOptions options = Plain();
  options.skip_unigrams = false;
  struct Case {
    std::size_t distance;
    double recall, precision;
  };
  // Summary pairs: for i = 0..4, min(5 - i, distance + 1) of them.
  //   distance 4: 5+4+3+2+1 = 15, (a, b) among them: R = 1/1, P = 1/15.
  //   distance 3: 4+4+3+2+1 = 14, (a, b) not: 0.
  //   no limit: 15, as for 4.
  const Case c = GENERATE(Case{4, 1.0, 1.0 / 15}, Case{3, 0.0, 0.0},
                          Case{std::numeric_limits<std::size_t>::max(), 1.0, 1.0 / 15});
  CAPTURE(c.distance);
  options.skip_distance = c.distance;
  const Prf su = Score(summary, refs, options)[Measure::kRougeSU4];
  CHECK(su.recall == Approx(c.recall));
  CHECK(su.precision == Approx(c.precision));
}

// Three references for a four-token summary a b c d; ROUGE-1 against each:
//   ref1 = a b x y     hits 2, 4 reference tokens: R 0.5
//   ref2 = a b c z w   hits 3, 5 reference tokens: R 0.6
//   ref3 = q r         hits 0, 2 reference tokens: R 0
const TokenizedText kSummary = {{"a", "b", "c", "d"}};
const TokenizedText kRef1 = {{"a", "b", "x", "y"}};
const TokenizedText kRef2 = {{"a", "b", "c", "z", "w"}};
const TokenizedText kRef3 = {{"q", "r"}};

TEST_CASE("Averaging (-f A) pools counts over the references", "[rouge]") {
  // Hits 2+3+0 = 5, reference tokens 4+5+2 = 11, summary tokens 4 x 3 = 12.
  // R = 5/11, P = 5/12, F = 2PR/(P+R) = (50/132)/(115/132) = 10/23.
  CheckPrf(ScoreRougeN(kSummary, {kRef1, kRef2, kRef3}, 1, Plain()), 5.0 / 11, 5.0 / 12, 10.0 / 23);
}

TEST_CASE("Best reference (-f B) takes the reference with the best recall, the first on ties", "[rouge]") {
  RougeOptions options = Plain();
  options.multi_reference = MultiReference::kBest;
  // ref2 (R 0.6): P = 3/4, F = 2(0.45)/1.35 = 2/3.
  CheckPrf(ScoreRougeN(kSummary, {kRef1, kRef2, kRef3}, 1, options), 0.6, 0.75, 2.0 / 3);
  // "a x" (1 hit of 2, P 1/4) ties with ref1 (2 of 4, P 2/4) at R 0.5: order decides.
  const TokenizedText half = {{"a", "x"}};
  CheckPrf(ScoreRougeN(kSummary, {half, kRef1}, 1, options), 0.5, 0.25, 1.0 / 3);
  CheckPrf(ScoreRougeN(kSummary, {kRef1, half}, 1, options), 0.5, 0.5, 0.5);
}

TEST_CASE("Jackknifing averages the M leave-one-out scores", "[rouge]") {
  RougeOptions options;
  options.jackknife = true;
  SECTION("one reference: no subsets, the plain score") {
    CheckPrf(ScoreRougeN(kSummary, {kRef1}, 1, options), 0.5, 0.5, 0.5);
  }
  SECTION("two references, -f A") {
    // {ref2}: R 3/5, P 3/4, F 2/3. {ref1}: R 1/2, P 1/2, F 1/2.
    // Means: R 0.55, P 0.625, F 7/12.
    CheckPrf(ScoreRougeN(kSummary, {kRef1, kRef2}, 1, options), 0.55, 0.625, 7.0 / 12);
  }
  SECTION("three references, -f A") {
    // {ref2, ref3}: hits 3, 7 ref tokens, 8 summary: R 3/7, P 3/8, F (18/56)/(45/56) = 2/5.
    // {ref1, ref3}: hits 2, 6, 8: R 1/3, P 1/4, F (2/12)/(7/12) = 2/7.
    // {ref1, ref2}: hits 5, 9, 8: R 5/9, P 5/8, F (50/72)/(85/72) = 10/17.
    // R = (3/7 + 1/3 + 5/9)/3 = 83/189; P = (3/8 + 2/8 + 5/8)/3 = 5/12;
    // F = (2/5 + 2/7 + 10/17)/3 = (238 + 170 + 350)/595/3 = 758/1785.
    CheckPrf(ScoreRougeN(kSummary, {kRef1, kRef2, kRef3}, 1, options), 83.0 / 189, 5.0 / 12,
             758.0 / 1785);
  }
  SECTION("three references, -f B") {
    // Best of {ref2, ref3}: ref2 (0.6, 0.75, 2/3); of {ref1, ref3}: ref1 (0.5, 0.5, 0.5);
    // of {ref1, ref2}: ref2. Means: R 1.7/3, P 2/3, F (2/3 + 1/2 + 2/3)/3 = 11/18.
    options.multi_reference = MultiReference::kBest;
    CheckPrf(ScoreRougeN(kSummary, {kRef1, kRef2, kRef3}, 1, options), 1.7 / 3, 2.0 / 3, 11.0 / 18);
  }
}

TEST_CASE("Alpha weighs precision against recall", "[rouge]") {
  // Against ref2 alone: P = 0.75, R = 0.6; F = PR / ((1 - alpha) P + alpha R).
  const auto [alpha, f] = GENERATE(table<double, double>({
      {0.0, 0.6},   // recall alone
      {1.0, 0.75},  // precision alone
      {0.5, 2.0 / 3},
      {0.2, 0.625},  // 0.45 / (0.8 x 0.75 + 0.2 x 0.6) = 0.45 / 0.72
  }));
  CAPTURE(alpha);
  RougeOptions options = Plain();
  options.alpha = alpha;
  CHECK(ScoreRougeN(kSummary, {kRef2}, 1, options).f == Approx(f));
}

TEST_CASE("Empty texts score 0, never NaN", "[rouge]") {
  const TokenizedText empty;
  const TokenizedText blank_lines = {{}, {}};
  for (const TokenizedText& nothing : {empty, blank_lines}) {
    for (const Prf& prf : Score(nothing, {kRef1, kRef2}, {}).by_measure) CheckPrf(prf, 0, 0, 0);
    for (const Prf& prf : Score(kSummary, {nothing}, {}).by_measure) CheckPrf(prf, 0, 0, 0);
  }
  for (const Prf& prf : Score(kSummary, {}, {}).by_measure) CheckPrf(prf, 0, 0, 0);
  // An empty reference among others adds nothing to -f A's pool but its summary count:
  // ref1 + empty = hits 2, 4 reference tokens, 8 summary tokens.
  CheckPrf(ScoreRougeN(kSummary, {kRef1, empty}, 1, Plain()), 0.5, 0.25, 1.0 / 3);
}

TEST_CASE("ROUGE-1.5.5 rounding: F from the printed R and P", "[rouge]") {
  // One reference token, found among six summary tokens: R = 1, P = 1/6.
  // Exact: F = 2(1/6)/(7/6) = 2/7 = 0.2857142...
  // ROUGE-1.5.5: P printed 0.16667, F = 2(0.16667)/1.16667 = 0.2857175..., printed 0.28572.
  const TokenizedText summary = {{"a", "b", "c", "d", "e", "f"}};
  const std::vector<TokenizedText> refs = {{{"a"}}};
  RougeOptions options = Plain();
  CheckPrf(ScoreRougeN(summary, refs, 1, options), 1.0, 1.0 / 6, 2.0 / 7);
  options.rouge155_rounding = true;
  const Prf rounded = ScoreRougeN(summary, refs, 1, options);
  CHECK(rounded.recall == 1.0);
  CHECK(rounded.precision == 0.16667);
  CHECK(rounded.f == 0.28572);
}

TEST_CASE("ScoreRougeN agrees with Score and refuses n = 0", "[rouge]") {
  const std::vector<TokenizedText> refs = {kRef1, kRef2, kRef3};
  const RougeOptions options;
  const RougeScores all = Score(kSummary, refs, options);
  const Prf r1 = ScoreRougeN(kSummary, refs, 1, options);
  const Prf r2 = ScoreRougeN(kSummary, refs, 2, options);
  CHECK(r1.recall == all[Measure::kRouge1].recall);
  CHECK(r1.f == all[Measure::kRouge1].f);
  CHECK(r2.precision == all[Measure::kRouge2].precision);
  try {
    ScoreRougeN(kSummary, refs, 0, options);
    FAIL("no error");
  } catch (const Error& e) {
    CHECK(e.code() == ErrorCode::kInvalidOptions);
  }
}

}  // namespace
}  // namespace precis::eval
