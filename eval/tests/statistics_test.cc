// Tests for the bootstrap and the paired tests. Expected values are worked out by hand
// in the comments, or checked against a brute-force enumeration written here.
#include "statistics.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <random>
#include <tuple>
#include <vector>

#include "power.h"
#include "precis/error.h"

namespace precis::eval {
namespace {

using Values = std::vector<double>;

ErrorCode CodeOf(void (*call)()) {
  try {
    call();
  } catch (const Error& e) {
    return e.code();
  }
  FAIL("no precis::Error thrown");
  return ErrorCode::kInternal;
}

// Reproducible pseudo-scores in [0, 1) for the tests that need many values; the test
// does not depend on their exact values.
Values Scores(std::size_t n, std::uint64_t seed) {
  std::mt19937_64 engine(seed);
  Values values(n);
  for (double& v : values) v = static_cast<double>(engine() >> 11) * 0x1.0p-53;
  return values;
}

TEST_CASE("BootstrapMean: the mean is exact", "[statistics]") {
  Values values;
  double mean = 0.0;
  std::tie(values, mean) = GENERATE(table<Values, double>({
      {{1.0, 2.0, 3.0, 4.0}, 2.5},
      {{0.5, 0.25, 0.125, 0.125}, 0.25},
      {{-1.0, 1.0}, 0.0},
      {{0.75}, 0.75},
  }));
  CAPTURE(values);
  const Interval interval = BootstrapMean(values);
  CHECK(interval.mean == mean);
  CHECK(interval.low <= interval.mean);
  CHECK(interval.high >= interval.mean);
  // The bounds are means of resamples: within the range of the values.
  CHECK(interval.low >= *std::min_element(values.begin(), values.end()));
  CHECK(interval.high <= *std::max_element(values.begin(), values.end()));
}

TEST_CASE("BootstrapMean: constant values collapse the interval", "[statistics]") {
  double value = 0.0;
  std::size_t n = 0;
  std::tie(value, n) = GENERATE(
      table<double, std::size_t>({{0.25, 1}, {0.25, 7}, {0.1, 50}, {1.0 / 3.0, 23}, {0.0, 10}}));
  CAPTURE(value, n);
  const Interval interval = BootstrapMean(Values(n, value));
  // 0.1 summed 50 times and divided by 50 need not give 0.1 back, but every resample
  // sums the same 50 numbers in the same way as the mean.
  CHECK(interval.mean == Approx(value).margin(1e-15));
  CHECK(interval.low == interval.mean);
  CHECK(interval.high == interval.mean);
}

TEST_CASE("BootstrapMean: degenerate inputs", "[statistics]") {
  const Interval empty = BootstrapMean({});
  CHECK(empty.mean == 0.0);
  CHECK(empty.low == 0.0);
  CHECK(empty.high == 0.0);
  const Interval no_resample = BootstrapMean({0.0, 1.0}, 0);
  CHECK(no_resample.mean == 0.5);
  CHECK(no_resample.low == 0.5);
  CHECK(no_resample.high == 0.5);
  CHECK(CodeOf([] { BootstrapMean({1.0}, 100, 1.0); }) == ErrorCode::kInvalidOptions);
  CHECK(CodeOf([] { BootstrapMean({1.0}, 100, 0.0); }) == ErrorCode::kInvalidOptions);
  CHECK(CodeOf([] { BootstrapMean({1.0, std::nan("")}); }) == ErrorCode::kInvalidInput);
}

// Two values {0, 1}: a resample mean is 0, 0.5 or 1 with probabilities 1/4, 1/2, 1/4.
// At 95% the quantiles 0.025 and 0.975 fall among the ~250 zeros and ~250 ones of 1000
// resamples; at 40% the quantiles 0.3 and 0.7 fall among the ~500 halves. A sampler that
// favoured one index, or drew the same index for the whole resample, would fail one.
TEST_CASE("BootstrapMean: percentiles of a two-point resampling", "[statistics]") {
  double confidence = 0.0, low = 0.0, high = 0.0;
  std::tie(confidence, low, high) =
      GENERATE(table<double, double, double>({{0.95, 0.0, 1.0}, {0.6, 0.0, 1.0}, {0.4, 0.5, 0.5}}));
  CAPTURE(confidence);
  for (std::uint64_t seed : {1, 2, 3}) {
    CAPTURE(seed);
    const Interval interval = BootstrapMean({0.0, 1.0}, 1000, confidence, seed);
    CHECK(interval.low == low);
    CHECK(interval.high == high);
  }
}

TEST_CASE("BootstrapMean: the interval narrows with more data", "[statistics]") {
  // Values 0 and 1 in equal numbers: standard deviation 1/2, so the standard error of
  // the mean is 1/(2 sqrt(n)) and a 95% interval is about 2 x 1.96 x that wide: 0.62 for
  // n = 10, 0.196 for n = 100.
  std::size_t n = 0;
  double expected_width = 0.0;
  std::tie(n, expected_width) =
      GENERATE(table<std::size_t, double>({{10, 0.62}, {100, 0.196}, {1000, 0.062}}));
  CAPTURE(n);
  Values values(n);
  for (std::size_t i = 0; i < n; ++i) values[i] = static_cast<double>(i % 2);
  const Interval interval = BootstrapMean(values);
  CHECK(interval.mean == 0.5);
  CHECK(interval.low < 0.5);
  CHECK(interval.high > 0.5);
  CHECK(interval.high - interval.low == Approx(expected_width).epsilon(0.15));
  // Symmetric data, symmetric interval (up to Monte-Carlo noise).
  CHECK((interval.high - 0.5) == Approx(0.5 - interval.low).epsilon(0.25));
  // Nested: a 99% interval contains the 80% one.
  const Interval wide = BootstrapMean(values, 1000, 0.99);
  const Interval narrow = BootstrapMean(values, 1000, 0.80);
  CHECK(wide.low <= narrow.low);
  CHECK(wide.high >= narrow.high);
  CHECK(narrow.high - narrow.low < interval.high - interval.low);
}

TEST_CASE("BootstrapMean: determinism", "[statistics]") {
  const Values values = Scores(50, 7);
  const Interval first = BootstrapMean(values, 1000, 0.95, 42);
  const Interval again = BootstrapMean(values, 1000, 0.95, 42);
  CHECK(first.low == again.low);
  CHECK(first.high == again.high);
  const Interval other = BootstrapMean(values, 1000, 0.95, 43);
  CHECK(other.mean == first.mean);
  CHECK((other.low != first.low || other.high != first.high));
}

TEST_CASE("ComparePaired: exact sign-flip p-values by hand", "[statistics]") {
  Values a, b;
  double p = 0.0;
  std::size_t wins = 0, losses = 0, ties = 0;
  std::tie(a, b, p, wins, losses, ties) =
      GENERATE(table<Values, Values, double, std::size_t, std::size_t, std::size_t>({
          // d = {1, 2, 3}: the sums of the 8 patterns +-1 +-2 +-3 are 6, 4, 2, 0, 0, -2,
          // -4, -6; two reach |6|: p = 2/8.
          {{1, 2, 3}, {0, 0, 0}, 0.25, 3, 0, 0},
          // d = {2, -1, 1}, sum 2: sums 4, 2, 2, 0, 0, -2, -2, -4; six reach |2|: 6/8.
          {{2, 0, 1}, {0, 1, 0}, 0.75, 2, 1, 0},
          // d = {0.1, -0.1, -0.2}, sum -0.2: sums 0.4, 0.2, 0.2, 0, 0, -0.2, -0.2, -0.4;
          // six reach |0.2|: 6/8, although in doubles 0.1 - 0.1 - 0.2 and 0.1 + 0.1 - 0.2
          // differ from +-0.2 in the last bits (only 4 would count without tolerance).
          {{0.1, 0.0, 0.0}, {0.0, 0.1, 0.2}, 0.75, 1, 2, 0},
          // d = {1, 0, 0, 0}: a zero difference flips to itself; half the 16 patterns
          // give +1, half -1: all reach |1|.
          {{1, 0.5, 0.5, 0.5}, {0, 0.5, 0.5, 0.5}, 1.0, 1, 0, 3},
          // d = {1, 1, 1, 1, 1}: only the two constant patterns reach |5|: 2/32.
          {{1, 1, 1, 1, 1}, {0, 0, 0, 0, 0}, 2.0 / 32.0, 5, 0, 0},
          // d = {3, -1, -1, -1}, sum 0: every pattern reaches |0|.
          {{3, 0, 0, 0}, {0, 1, 1, 1}, 1.0, 1, 3, 0},
      }));
  CAPTURE(a, b);
  const PairedComparison result = ComparePaired(a, b);
  CHECK(result.clusters == a.size());
  CHECK(result.p_permutation == Approx(p).margin(1e-12));
  CHECK(result.wins == wins);
  CHECK(result.losses == losses);
  CHECK(result.ties == ties);
}

TEST_CASE("ComparePaired: identical systems", "[statistics]") {
  // 5 clusters (exact permutation test) and 30 (Monte Carlo): every difference is 0,
  // so every resample and every sign pattern is as extreme as the observed 0.
  const std::size_t n = GENERATE(std::size_t{5}, std::size_t{30});
  CAPTURE(n);
  const Values scores = Scores(n, n);
  const PairedComparison result = ComparePaired(scores, scores, 2000);
  CHECK(result.ties == n);
  CHECK(result.wins == 0);
  CHECK(result.losses == 0);
  CHECK(result.p_bootstrap == 1.0);
  CHECK(result.p_permutation == 1.0);
  CHECK(result.difference.mean == 0.0);
  CHECK(result.difference.low == 0.0);
  CHECK(result.difference.high == 0.0);
  // No spread, so no sensitivity to speak of.
  CHECK(result.sd == 0.0);
  CHECK(std::isnan(result.detectable));
}

TEST_CASE("ComparePaired: the differences' spread and what it can detect", "[statistics]") {
  // d = 0.03, 0.01, -0.01, 0.05: mean 0.02, squares about it 1e-4 + 1e-4 + 9e-4 + 9e-4,
  // sd = sqrt(2e-3 / 3).
  const Values a{0.23, 0.11, 0.19, 0.35}, b{0.20, 0.10, 0.20, 0.30};
  const PairedComparison result = ComparePaired(a, b, 1000);
  CHECK(result.sd == Approx(std::sqrt(2e-3 / 3.0)));
  CHECK(result.detectable == Approx(DetectableDifference(result.sd, 4)));
  CHECK(result.detectable > result.difference.mean);  // 4 clusters cannot show 0.02
}

TEST_CASE("ComparePaired: a constant improvement", "[statistics]") {
  // d = 1 on all 21 clusters: the centred differences are all 0, so no bootstrap mean
  // reaches 1: p = 1/(B + 1). The exact sign-flip p is 2/2^21, about 1e-6, so the 10000
  // random patterns almost surely miss it too: p = 1/(B + 1).
  const Values a(21, 1.0), b(21, 0.0);
  const PairedComparison result = ComparePaired(a, b, 10000);
  CHECK(result.wins == 21);
  CHECK(result.p_bootstrap == Approx(1.0 / 10001.0));
  CHECK(result.p_permutation == Approx(1.0 / 10001.0));
  CHECK(result.difference.mean == 1.0);
  CHECK(result.difference.low == 1.0);
  CHECK(result.difference.high == 1.0);
}

// Statistics equal but for rounding count as ties in the bootstrap too.
TEST_CASE("ComparePaired: bootstrap ties within rounding", "[statistics]") {
  // d = {0.1, 0.2, -0.3}: the observed mean is 0 (5.6e-17 in doubles), so every
  // resample and every sign pattern is as extreme: p = 1 (0.78 and 0.75 if rounding
  // decided).
  const PairedComparison zero = ComparePaired({0.1, 0.2, 0.0}, {0.0, 0.0, 0.3}, 10000);
  CHECK(zero.p_bootstrap == 1.0);
  CHECK(zero.p_permutation == 1.0);
  // d = {0.1, -0.2, -0.2}, mean -0.1, centred {0.2, -0.1, -0.1}. With k draws of the
  // first of 3, the resampled mean is (0.2 k - 0.1 (3 - k)) / 3 = 0.1 (k - 1), as far
  // from 0 as the observed -0.1 unless k = 1, whose probability is 3 (1/3) (2/3)^2 =
  // 12/27: p = 15/27 (0.26 if rounding decided), up to Monte-Carlo error (0.005).
  const PairedComparison ties = ComparePaired({0.1, 0.0, 0.0}, {0.0, 0.2, 0.2}, 10000);
  CHECK(ties.p_bootstrap == Approx(15.0 / 27.0).margin(0.02));
}

TEST_CASE("ComparePaired: balanced wins and losses", "[statistics]") {
  // d alternates +0.1 and -0.1 exactly (0.3 - 0.2 and 0.2 - 0.3): the observed mean is 0,
  // and every resample and every pattern is at least as far from 0.
  const std::size_t n = GENERATE(std::size_t{10}, std::size_t{40});
  CAPTURE(n);
  Values a(n), b(n);
  for (std::size_t i = 0; i < n; ++i) {
    a[i] = i % 2 == 0 ? 0.3 : 0.2;
    b[i] = i % 2 == 0 ? 0.2 : 0.3;
  }
  const PairedComparison result = ComparePaired(a, b, 1000);
  CHECK(result.wins == n / 2);
  CHECK(result.losses == n / 2);
  CHECK(result.p_bootstrap == 1.0);
  CHECK(result.p_permutation == 1.0);
  CHECK(result.difference.low < 0.0);
  CHECK(result.difference.high > 0.0);
}

// The exact test against a plain enumeration of every pattern.
double BruteForceSignFlipP(const Values& d) {
  double observed = 0.0;
  for (double x : d) observed += x;
  std::size_t count = 0;
  const std::size_t patterns = std::size_t{1} << d.size();
  for (std::size_t pattern = 0; pattern < patterns; ++pattern) {
    double sum = 0.0;
    for (std::size_t i = 0; i < d.size(); ++i) sum += (pattern >> i & 1) != 0 ? -d[i] : d[i];
    if (std::abs(sum) >= std::abs(observed) - 1e-12) ++count;
  }
  return static_cast<double>(count) / static_cast<double>(patterns);
}

TEST_CASE("ComparePaired: exact and Monte-Carlo permutation tests agree with brute force",
          "[statistics]") {
  // Integer differences make every sum exact, so brute force needs no tolerance games.
  const Values d21 = {3, -1, 2, -2, 1, 0, 4, -3, 1, 2, -1, 0, 2, -2, 1, 3, -1, 1, 0, -2, -3};
  const double exact21 = BruteForceSignFlipP(d21);
  REQUIRE(exact21 > 0.05);
  REQUIRE(exact21 < 0.95);
  const Values zeros21(d21.size(), 0.0);
  // 21 clusters: Monte Carlo with 20000 patterns, standard error below 0.0036.
  const PairedComparison monte_carlo = ComparePaired(d21, zeros21, 20000);
  CHECK(monte_carlo.p_permutation == Approx(exact21).margin(0.015));

  for (std::size_t n : {2, 7, 12, 20}) {
    CAPTURE(n);
    const Values a = Scores(n, 100 + n), b = Scores(n, 200 + n);
    Values d(n);
    for (std::size_t i = 0; i < n; ++i) d[i] = a[i] - b[i];
    CHECK(ComparePaired(a, b, 100).p_permutation == Approx(BruteForceSignFlipP(d)).margin(1e-12));
  }
}

TEST_CASE("ComparePaired: bootstrap p-value and interval", "[statistics]") {
  const Values b = Scores(50, 11);
  Values better(50), noisy(50);
  const Values noise = Scores(50, 12);
  for (std::size_t i = 0; i < 50; ++i) {
    better[i] = b[i] + 0.05 + 0.01 * noise[i];  // always better, by 0.05-0.06
    noisy[i] = b[i] + 0.2 * (noise[i] - 0.5);   // no systematic difference
  }
  const PairedComparison clear = ComparePaired(better, b, 2000, 5);
  CHECK(clear.wins == 50);
  CHECK(clear.p_bootstrap < 0.001);
  CHECK(clear.p_permutation < 0.001);
  CHECK(clear.difference.low > 0.05);
  CHECK(clear.difference.high < 0.06);

  const PairedComparison unclear = ComparePaired(noisy, b, 2000, 5);
  CHECK(unclear.p_bootstrap > 0.05);
  CHECK(unclear.p_permutation > 0.05);
  CHECK(unclear.difference.low < 0.0);
  CHECK(unclear.difference.high > 0.0);

  // The difference interval is the bootstrap of the differences with the same seed.
  Values d(50);
  for (std::size_t i = 0; i < 50; ++i) d[i] = noisy[i] - b[i];
  const Interval direct = BootstrapMean(d, 2000, 0.95, 5);
  CHECK(unclear.difference.mean == direct.mean);
  CHECK(unclear.difference.low == direct.low);
  CHECK(unclear.difference.high == direct.high);

  // Same seed, same answer; another seed, another Monte-Carlo draw.
  const PairedComparison again = ComparePaired(noisy, b, 2000, 5);
  CHECK(again.p_bootstrap == unclear.p_bootstrap);
  CHECK(again.p_permutation == unclear.p_permutation);
  CHECK(again.difference.low == unclear.difference.low);
  const PairedComparison reseeded = ComparePaired(noisy, b, 2000, 6);
  CHECK((reseeded.p_bootstrap != unclear.p_bootstrap ||
         reseeded.p_permutation != unclear.p_permutation));
}

TEST_CASE("ComparePaired: invalid and empty input", "[statistics]") {
  CHECK(CodeOf([] { ComparePaired({1.0, 2.0}, {1.0}); }) == ErrorCode::kInvalidInput);
  CHECK(CodeOf([] { ComparePaired({1.0}, {INFINITY}); }) == ErrorCode::kInvalidInput);
  const PairedComparison empty = ComparePaired({}, {});
  CHECK(empty.clusters == 0);
  CHECK(empty.p_bootstrap == 1.0);
  CHECK(empty.p_permutation == 1.0);
}

}  // namespace
}  // namespace precis::eval
