// Tests for the detectable difference. The reference is not a table copied from
// elsewhere: the power it promises is measured here by simulating paired t-tests, and the
// large-sample limit is the normal approximation (z_0.975 + z_0.8) sd / sqrt(n).
#include "power.h"

#include <catch2/catch.hpp>
#include <cmath>
#include <cstddef>
#include <random>

#include "precis/error.h"

namespace precis::eval {
namespace {

// The share of `trials` simulated paired t-tests (normal differences of mean `delta`,
// sd 1, over n clusters) that reject at 0.05, two-sided; `critical` is t_0.975 at n - 1
// degrees of freedom.
double SimulatedPower(double delta, std::size_t n, double critical, int trials) {
  std::mt19937_64 engine(7);
  std::normal_distribution<double> normal(delta, 1.0);
  int rejected = 0;
  for (int trial = 0; trial < trials; ++trial) {
    double sum = 0.0, squares = 0.0;
    for (std::size_t i = 0; i < n; ++i) {
      const double x = normal(engine);
      sum += x;
      squares += x * x;
    }
    const double count = static_cast<double>(n);
    const double mean = sum / count;
    const double sd = std::sqrt((squares - count * mean * mean) / (count - 1.0));
    if (std::abs(mean) / (sd / std::sqrt(count)) > critical) ++rejected;
  }
  return static_cast<double>(rejected) / trials;
}

TEST_CASE("DetectableDifference: a t-test at that difference rejects four times in five",
          "[power]") {
  // t_0.975 at 9 and 4 degrees of freedom.
  const double delta10 = DetectableDifference(1.0, 10);
  CHECK(SimulatedPower(delta10, 10, 2.2621571628, 200000) == Approx(0.8).margin(0.006));
  const double delta5 = DetectableDifference(1.0, 5);
  CHECK(SimulatedPower(delta5, 5, 2.7764451052, 200000) == Approx(0.8).margin(0.006));
  // And a tenth less is clearly below: the search did not stop early.
  CHECK(SimulatedPower(0.9 * delta10, 10, 2.2621571628, 200000) < 0.74);
}

TEST_CASE("DetectableDifference: the normal approximation on many clusters", "[power]") {
  const double z = 1.959963984540054 + 0.8416212335729143;
  CHECK(DetectableDifference(1.0, 10000) == Approx(z / 100.0).epsilon(2e-4));
  // Few clusters pay for estimating the sd: well above the normal approximation.
  CHECK(DetectableDifference(1.0, 10) > 1.1 * z / std::sqrt(10.0));
}

TEST_CASE("DetectableDifference: scales with the sd, shrinks with the clusters", "[power]") {
  CHECK(DetectableDifference(0.02, 10) == Approx(0.02 * DetectableDifference(1.0, 10)));
  CHECK(DetectableDifference(1.0, 41) < DetectableDifference(1.0, 40));
  CHECK(DetectableDifference(1.0, 10, 0.9) > DetectableDifference(1.0, 10, 0.8));
  CHECK(DetectableDifference(1.0, 10, 0.8, 0.01) > DetectableDifference(1.0, 10, 0.8, 0.05));
}

TEST_CASE("DetectableDifference: undefined cases and bad options", "[power]") {
  CHECK(std::isnan(DetectableDifference(1.0, 1)));
  CHECK(std::isnan(DetectableDifference(0.0, 10)));
  CHECK(std::isnan(DetectableDifference(std::nan(""), 10)));
  CHECK(std::isfinite(DetectableDifference(1.0, 2)));
  CHECK_THROWS_AS(DetectableDifference(1.0, 10, 0.04), Error);  // power below alpha
  CHECK_THROWS_AS(DetectableDifference(1.0, 10, 1.0), Error);
  CHECK_THROWS_AS(DetectableDifference(1.0, 10, 0.8, 0.0), Error);
}

}  // namespace
}  // namespace precis::eval
