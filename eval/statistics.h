// Confidence intervals and significance over clusters: the bootstrap (Efron & Tibshirani
// 1993) and a paired permutation test. Deterministic: every resampling is seeded, and the
// same seed gives the same result on every platform and standard library (indices are
// drawn from std::mt19937_64 by a fixed method, never std::uniform_int_distribution).
//
//   Interval r2 = BootstrapMean(rouge2_by_cluster);            // r2.low <= r2.mean <= r2.high
//   PairedComparison c = ComparePaired(precis_r2, lead_r2);
//   if (c.p_permutation < 0.05) ...                             // precis differs from lead
//
// All functions are thread-safe (no shared state).
#ifndef PRECIS_EVAL_STATISTICS_H_
#define PRECIS_EVAL_STATISTICS_H_

#include <cstddef>
#include <cstdint>
#include <vector>

namespace precis::eval {

struct Interval {
  double mean = 0.0;
  double low = 0.0;  // percentile bootstrap bounds
  double high = 0.0;
};

// The mean of `values` (one per cluster) with its percentile-bootstrap confidence
// interval: the (1 - confidence) / 2 and (1 + confidence) / 2 quantiles of the means of
// `resamples` resamples drawn with replacement, interpolated linearly between order
// statistics (R's type 7, numpy.percentile's default). An empty input gives zeros;
// resamples = 0 gives low = high = mean; constant values give low = high = mean exactly.
// Throws precis::Error(kInvalidOptions) unless 0 < confidence < 1, Error(kInvalidInput)
// for a NaN or infinite value. Cost: resamples x values.size(), about 1 ns each.
Interval BootstrapMean(const std::vector<double>& values, std::size_t resamples = 1000,
                       double confidence = 0.95, std::uint64_t seed = 1);

struct PairedComparison {
  std::size_t clusters = 0;
  std::size_t wins = 0, losses = 0, ties = 0;  // of a over b, cluster by cluster (exact ==)
  // Mean of a - b, with its 95% bootstrap interval: exactly BootstrapMean(a - b,
  // resamples, 0.95, seed).
  Interval difference;
  // Two-sided paired bootstrap p-value, shift method: the share of resamples of the
  // centred differences whose mean is at least as far from 0 as the observed mean,
  // counting the observed one: (count + 1) / (resamples + 1).
  double p_bootstrap = 1.0;
  // Two-sided paired permutation (sign-flip) p-value: the share of sign patterns of the
  // differences whose sum is at least as far from 0 as the observed sum. Exact over the
  // 2^n patterns for n <= 20 (so at least 2 / 2^n unless every difference is 0);
  // beyond, (count + 1) / (resamples + 1) over `resamples` random patterns.
  double p_permutation = 1.0;
  // The differences' standard deviation (n - 1 in the denominator; 0 below 2 clusters),
  // and the smallest mean difference a test over them finds at 0.05 four times in five:
  // DetectableDifference(sd, n) (power.h), NaN when the sd is 0 or n < 2.
  double sd = 0.0;
  double detectable = 0.0;
};

// Compares two systems scored on the same clusters (a[i] and b[i] are cluster i).
// Statistics that differ only by floating-point rounding (1e-9 of their range) count as
// equally extreme. Empty inputs give clusters = 0 and p-values of 1.
// Throws precis::Error(kInvalidInput) if the sizes differ or a value is NaN or infinite.
// Cost: resamples x n for the bootstrap, plus 2^n (n <= 20) or resamples x n for the
// permutation test; a few milliseconds at the defaults.
PairedComparison ComparePaired(const std::vector<double>& a, const std::vector<double>& b,
                               std::size_t resamples = 10000, std::uint64_t seed = 1);

}  // namespace precis::eval

#endif  // PRECIS_EVAL_STATISTICS_H_
