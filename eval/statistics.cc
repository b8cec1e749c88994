#include "statistics.h"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include "power.h"
#include "precis/error.h"

namespace precis::eval {
namespace {

// Mathematically equal statistics may differ in their last bits once summed in another
// order (0.1 + 0.2 - 0.3 is not 0). Such values count as ties, as scipy's
// permutation_test does; this tolerance, relative to the largest value the statistic can
// take, is far above rounding (n ulps) and far below any difference worth reporting.
constexpr double kTieTolerance = 1e-9;

// The high and low 64-bit halves of a * b. The portable branch gives the same bits as
// the __int128 one; only its speed differs.
inline std::uint64_t MultiplyHigh(std::uint64_t a, std::uint64_t b, std::uint64_t* low) {
#ifdef __SIZEOF_INT128__
  __extension__ using Uint128 = unsigned __int128;
  const Uint128 product = static_cast<Uint128>(a) * b;
  *low = static_cast<std::uint64_t>(product);
  return static_cast<std::uint64_t>(product >> 64);
#else
  const std::uint64_t a_lo = a & 0xFFFFFFFFu, a_hi = a >> 32;
  const std::uint64_t b_lo = b & 0xFFFFFFFFu, b_hi = b >> 32;
  const std::uint64_t lo_lo = a_lo * b_lo, hi_lo = a_hi * b_lo;
  const std::uint64_t lo_hi = a_lo * b_hi, hi_hi = a_hi * b_hi;
  const std::uint64_t middle = (lo_lo >> 32) + (hi_lo & 0xFFFFFFFFu) + lo_hi;
  *low = (middle << 32) | (lo_lo & 0xFFFFFFFFu);
  return hi_hi + (hi_lo >> 32) + (middle >> 32);
#endif
}

// Uniform indices in [0, n), identical on every platform: std::uniform_int_distribution
// is implementation-defined, std::mt19937_64 is not.
//
// Lemire's multiply-and-reject method (Lemire 2019, "Fast random integer generation in an
// interval"), batched (Brackett-Rozinsky & Lemire 2024, "Batched ranged random integer
// generation"): one 64-bit word x gives k indices at once. With p = n^k,
// x * p = A * 2^64 + L, and A = floor(x p / 2^64) is uniform on [0, p) once the words
// with L < 2^64 mod p are rejected; the k base-n digits of A are the indices. Keeping
// p <= 2^48 makes a rejection a 1-in-65536 event, so one engine call serves k indices
// (8 for 50 clusters): the engine, not the arithmetic, is the expensive part.
//
// The digits come from the prefixes P_j = floor(x n^j / 2^64) = the first j digits of A,
// digit j = P_j - n P_(j-1): k independent multiplications by the precomputed n^j, where
// peeling digits off by repeated multiplication by n would make each wait for the last.
class IndexSampler {
 public:
  IndexSampler(std::size_t n, std::mt19937_64* engine) : n_(n), engine_(engine) {
    constexpr std::uint64_t kLimit = std::uint64_t{1} << 48;
    powers_[0] = 1;
    powers_[1] = n_;
    batch_ = 1;
    while (batch_ < kMaxBatch && n_ > 1 && powers_[batch_] <= kLimit / n_) {
      powers_[batch_ + 1] = powers_[batch_] * n_;
      ++batch_;
    }
  }

  // Fills out[0, count) with independent uniform indices.
  void Draw(std::size_t* out, std::size_t count) {
    std::size_t done = 0;
    for (; count - done >= batch_; done += batch_) DrawBatch(out + done, batch_);
    if (done < count) DrawBatch(out + done, count - done);
  }

 private:
  static constexpr std::size_t kMaxBatch = 16;

  void DrawBatch(std::size_t* out, std::size_t k) {
    for (;;) {
      const std::uint64_t x = (*engine_)();
      std::uint64_t previous = 0, low = 0;
      for (std::size_t j = 1; j <= k; ++j) {
        const std::uint64_t prefix = MultiplyHigh(x, powers_[j], &low);
        out[j - 1] = static_cast<std::size_t>(prefix - previous * n_);
        previous = prefix;
      }
      // The remainder 2^64 mod p is computed (one division) only in the rare case
      // where rejection is possible at all.
      const std::uint64_t product = powers_[k];
      if (low >= product || low >= (0 - product) % product) return;
    }
  }

  std::uint64_t n_;
  std::mt19937_64* engine_;
  std::uint64_t powers_[kMaxBatch + 1] = {};  // n^j, up to j = batch_
  std::size_t batch_;
};

double Mean(const std::vector<double>& values) {
  double sum = 0.0;
  for (double v : values) sum += v;
  return sum / static_cast<double>(values.size());
}

void CheckFinite(const std::vector<double>& values, const char* name) {
  for (double v : values) {
    if (!std::isfinite(v)) {
      throw Error(ErrorCode::kInvalidInput, "", std::string("non-finite value in ") + name);
    }
  }
}

void CheckConfidence(double confidence) {
  if (!(confidence > 0.0 && confidence < 1.0)) {
    throw Error(ErrorCode::kInvalidOptions, "confidence",
                "must be between 0 and 1, exclusive, got " + std::to_string(confidence));
  }
}

// The q-quantile of `values` (which it reorders) with linear interpolation between order
// statistics, R's type 7 and numpy.percentile's default: h = (B - 1) q, value
// x(floor h) + (h - floor h) (x(floor h + 1) - x(floor h)). Linear in B.
double Quantile(std::vector<double>* values, double q) {
  const double h = static_cast<double>(values->size() - 1) * q;
  const auto below = static_cast<std::size_t>(std::floor(h));
  auto nth = values->begin() + static_cast<std::ptrdiff_t>(below);
  std::nth_element(values->begin(), nth, values->end());
  const double low = *nth;
  if (below + 1 >= values->size()) return low;
  const double high = *std::min_element(nth + 1, values->end());
  // An explicit fused multiply-add: left to the compiler, a * b + c is contracted into
  // one on some targets (ARM) and not on others (x86-64), which changes the last bit.
  return std::fma(h - static_cast<double>(below), high - low, low);
}

// The percentile interval around `mean` from the resampled means (reordered).
Interval PercentileInterval(double mean, std::vector<double>* resampled, double confidence) {
  Interval interval;
  interval.mean = mean;
  if (resampled->empty()) {
    interval.low = interval.high = mean;
    return interval;
  }
  const double tail = (1.0 - confidence) / 2.0;
  interval.low = Quantile(resampled, tail);
  interval.high = Quantile(resampled, 1.0 - tail);
  return interval;
}

// The means of `resamples` bootstrap resamples of `values` (n indices drawn with
// replacement each, resample after resample from one engine seeded with `seed`), each
// summed in draw order then divided by n as Mean() does, so that constant values give
// resampled means bit-identical to the mean. ComparePaired calls it on the differences
// and on the centred differences with one seed: both see the same resamples, and the
// difference interval is exactly BootstrapMean of the differences.
std::vector<double> ResampledMeans(const std::vector<double>& values, std::size_t resamples,
                                   std::uint64_t seed) {
  const std::size_t n = values.size();
  const double count = static_cast<double>(n);
  const double* v = values.data();
  std::mt19937_64 engine(seed);
  IndexSampler sampler(n, &engine);
  std::vector<double> means;
  means.reserve(resamples);
  // Four resamples at a time: a sum is a chain of additions, each waiting for the one
  // before (4 cycles); four independent chains overlap. Each chain still adds its own
  // resample in order, so the means are those of one resample at a time.
  constexpr std::size_t kBlock = 4;
  std::vector<std::size_t> indices(kBlock * n);
  std::size_t b = 0;
  for (; b + kBlock <= resamples; b += kBlock) {
    for (std::size_t k = 0; k < kBlock; ++k) sampler.Draw(indices.data() + k * n, n);
    const std::size_t* i0 = indices.data();
    const std::size_t* i1 = i0 + n;
    const std::size_t* i2 = i1 + n;
    const std::size_t* i3 = i2 + n;
    double s0 = 0.0, s1 = 0.0, s2 = 0.0, s3 = 0.0;
    for (std::size_t j = 0; j < n; ++j) {
      s0 += v[i0[j]];
      s1 += v[i1[j]];
      s2 += v[i2[j]];
      s3 += v[i3[j]];
    }
    means.push_back(s0 / count);
    means.push_back(s1 / count);
    means.push_back(s2 / count);
    means.push_back(s3 / count);
  }
  for (; b < resamples; ++b) {
    sampler.Draw(indices.data(), n);
    double sum = 0.0;
    for (std::size_t j = 0; j < n; ++j) sum += v[indices[j]];
    means.push_back(sum / count);
  }
  return means;
}

// The exact two-sided sign-flip p-value: the share of the 2^n sign patterns s for which
// |sum s_i d_i| >= |sum d_i|. Meet in the middle: every pattern's sum is the sum of one
// half-pattern sum from each half, each computed directly, so no rounding accumulates
// along the 2^n patterns, and the observed pattern (no flip, first[0] + second[0]) and its
// mirror tie with the observed sum exactly.
double ExactSignFlipP(const std::vector<double>& d, double tolerance) {
  const std::size_t n = d.size();
  const std::size_t half = n / 2;
  const auto half_sums = [&d](std::size_t begin, std::size_t end) {
    const std::size_t size = end - begin;
    std::vector<double> sums(std::size_t{1} << size);
    for (std::size_t pattern = 0; pattern < sums.size(); ++pattern) {
      double sum = 0.0;
      for (std::size_t i = 0; i < size; ++i) {
        sum += ((pattern >> i) & 1u) != 0 ? -d[begin + i] : d[begin + i];
      }
      sums[pattern] = sum;
    }
    return sums;
  };
  const std::vector<double> first = half_sums(0, half);
  const std::vector<double> second = half_sums(half, n);
  const double threshold = std::abs(first[0] + second[0]) - tolerance;
  std::uint64_t count = 0;
  for (double a : first) {
    for (double b : second) count += std::abs(a + b) >= threshold ? 1 : 0;
  }
  return static_cast<double>(count) / static_cast<double>(first.size() * second.size());
}

// Monte-Carlo sign flips: each pattern takes n bits from the engine. Counting the
// observed statistic among the draws, (count + 1) / (B + 1), keeps the p-value valid
// (never 0; Phipson & Smyth 2010).
double RandomSignFlipP(const std::vector<double>& d, double observed, double tolerance,
                       std::size_t resamples, std::mt19937_64* engine) {
  const double threshold = std::abs(observed) - tolerance;
  std::size_t count = 0;
  for (std::size_t b = 0; b < resamples; ++b) {
    double sum = 0.0;
    std::uint64_t bits = 0;
    for (std::size_t i = 0; i < d.size(); ++i) {
      if (i % 64 == 0) bits = (*engine)();
      sum += (bits & 1u) != 0 ? -d[i] : d[i];
      bits >>= 1;
    }
    if (std::abs(sum) >= threshold) ++count;
  }
  return static_cast<double>(count + 1) / static_cast<double>(resamples + 1);
}

}  // namespace

Interval BootstrapMean(const std::vector<double>& values, std::size_t resamples, double confidence,
                       std::uint64_t seed) {
  CheckConfidence(confidence);
  CheckFinite(values, "bootstrap values");
  if (values.empty()) return Interval();
  std::vector<double> means = ResampledMeans(values, resamples, seed);
  return PercentileInterval(Mean(values), &means, confidence);
}

PairedComparison ComparePaired(const std::vector<double>& a, const std::vector<double>& b,
                               std::size_t resamples, std::uint64_t seed) {
  if (a.size() != b.size()) {
    throw Error(ErrorCode::kInvalidInput, "",
                "paired comparison of " + std::to_string(a.size()) + " and " +
                    std::to_string(b.size()) + " clusters");
  }
  CheckFinite(a, "paired comparison");
  CheckFinite(b, "paired comparison");
  PairedComparison result;
  const std::size_t n = a.size();
  result.clusters = n;
  if (n == 0) return result;

  std::vector<double> d(n);
  for (std::size_t i = 0; i < n; ++i) {
    d[i] = a[i] - b[i];
    if (a[i] > b[i]) {
      ++result.wins;
    } else if (a[i] < b[i]) {
      ++result.losses;
    } else {
      ++result.ties;
    }
  }
  const double observed = Mean(d);
  if (n >= 2) {
    double squares = 0.0;
    for (double x : d) squares += (x - observed) * (x - observed);
    result.sd = std::sqrt(squares / static_cast<double>(n - 1));
  }
  result.detectable = DetectableDifference(result.sd, n);

  // Bootstrap: the interval from resamples of d; the p-value, by the shift method
  // (Efron & Tibshirani 1993, sec. 16.4), from the same resamples of d centred on its
  // mean, which is what the mean difference looks like when the null hypothesis (no
  // difference) holds: p = share of |mean*| >= |observed|, counting the observed.
  std::vector<double> centred(n);
  double largest = 0.0;
  for (std::size_t i = 0; i < n; ++i) {
    centred[i] = d[i] - observed;
    largest = std::max(largest, std::abs(centred[i]));
  }
  const double bootstrap_threshold = std::abs(observed) - kTieTolerance * largest;
  std::size_t extreme = 0;
  for (double mean : ResampledMeans(centred, resamples, seed)) {
    if (std::abs(mean) >= bootstrap_threshold) ++extreme;
  }
  std::vector<double> means = ResampledMeans(d, resamples, seed);
  result.difference = PercentileInterval(observed, &means, 0.95);
  result.p_bootstrap = static_cast<double>(extreme + 1) / static_cast<double>(resamples + 1);

  // Permutation: under the null hypothesis each difference is as likely to have either
  // sign (Fisher 1935). The statistic is the sum, equivalent to the mean for fixed n.
  double sum = 0.0, magnitude = 0.0;
  for (double x : d) {
    sum += x;
    magnitude += std::abs(x);
  }
  const double tolerance = kTieTolerance * magnitude;
  constexpr std::size_t kExactLimit = 20;  // 2^20 patterns: about a millisecond
  if (n <= kExactLimit) {
    result.p_permutation = ExactSignFlipP(d, tolerance);
  } else {
    // Its own stream, so the permutation draws do not depend on how many words the
    // bootstrap consumed.
    std::mt19937_64 engine(seed ^ 0x9E3779B97F4A7C15u);
    result.p_permutation = RandomSignFlipP(d, sum, tolerance, resamples, &engine);
  }
  return result;
}

}  // namespace precis::eval
