// Confidence intervals and significance over clusters: the bootstrap (Efron & Tibshirani
// 1993) and a paired permutation test. Deterministic: every resampling is seeded.
#ifndef PRECIS_EVAL_STATISTICS_H_
#define PRECIS_EVAL_STATISTICS_H_

#include <cstddef>
#include <cstdint>
#include <vector>

namespace precis::eval {

struct Interval {
  double mean = 0.0;
  double low = 0.0;   // percentile bootstrap bounds
  double high = 0.0;
};

// The mean of `values` (one per cluster) with its percentile-bootstrap confidence
// interval. An empty input gives zeros. Cost: resamples x values.size().
Interval BootstrapMean(const std::vector<double>& values, std::size_t resamples = 1000,
                       double confidence = 0.95, std::uint64_t seed = 1);

struct PairedComparison {
  std::size_t clusters = 0;
  std::size_t wins = 0, losses = 0, ties = 0;  // of a over b, cluster by cluster
  Interval difference;          // mean of a - b, with its bootstrap interval
  double p_bootstrap = 1.0;     // two-sided paired bootstrap p-value
  double p_permutation = 1.0;   // two-sided paired permutation (sign-flip) p-value
};

// Compares two systems scored on the same clusters (a[i] and b[i] are cluster i).
// Throws precis::Error(kInvalidInput) if the sizes differ. The permutation test is exact
// for up to 20 clusters and Monte-Carlo with `resamples` flips beyond.
PairedComparison ComparePaired(const std::vector<double>& a, const std::vector<double>& b,
                               std::size_t resamples = 10000, std::uint64_t seed = 1);

}  // namespace precis::eval

#endif  // PRECIS_EVAL_STATISTICS_H_
