#include "power.h"

#include <cmath>
#include <limits>

#include <boost/math/distributions/non_central_t.hpp>
#include <boost/math/distributions/students_t.hpp>

#include "precis/error.h"

namespace precis::eval {

double DetectableDifference(double sd, std::size_t clusters, double power, double alpha) {
  if (!(alpha > 0.0 && alpha < power && power < 1.0)) {
    throw Error(ErrorCode::kInvalidOptions, "",
                "a detectable difference needs 0 < alpha < power < 1");
  }
  if (clusters < 2 || !(sd > 0.0) || !std::isfinite(sd)) {
    return std::numeric_limits<double>::quiet_NaN();
  }
  const double degrees = static_cast<double>(clusters - 1);
  const double critical =
      boost::math::quantile(boost::math::complement(boost::math::students_t(degrees), alpha / 2));
  const auto power_at = [&](double noncentrality) {
    const boost::math::non_central_t t(degrees, noncentrality);
    return boost::math::cdf(boost::math::complement(t, critical)) +
           boost::math::cdf(t, -critical);
  };
  // Power rises with the noncentrality, from alpha at 0: bracket the root, then bisect.
  // Even 2 clusters at power 0.99 need a noncentrality under 2^10.
  double low = 0.0, high = 1.0;
  while (power_at(high) < power && high < 1024.0) {
    low = high;
    high *= 2.0;
  }
  while (high - low > 1e-9 * high) {
    const double middle = (low + high) / 2.0;
    (power_at(middle) < power ? low : high) = middle;
  }
  return high * sd / std::sqrt(static_cast<double>(clusters));
}

}  // namespace precis::eval
