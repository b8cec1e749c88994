// How large a difference an evaluation can tell from noise: the sensitivity of a paired
// test over clusters, for deciding whether a target is within what the data can show
// before tuning towards it.
//
//   DetectableDifference(0.02, 10) ~ 0.0199   // 10 clusters, differences spread by 0.02
//   DetectableDifference(0.02, 40) ~ 0.0091
//
// Thread-safe (no shared state).
#ifndef PRECIS_EVAL_POWER_H_
#define PRECIS_EVAL_POWER_H_

#include <cstddef>

namespace precis::eval {

// The smallest true mean difference that a two-sided paired t-test at level `alpha`
// finds significant with probability `power`, over `clusters` clusters whose differences
// have standard deviation `sd`: the delta at which Student's noncentral t (clusters - 1
// degrees of freedom, noncentrality delta sqrt(clusters) / sd) falls outside the test's
// critical values with that probability. Exact for normal differences; the permutation
// test `compare` uses follows the t-test closely. NaN when it is not defined (fewer than 2
// clusters, or sd 0 or not finite). Throws precis::Error(kInvalidOptions) unless
// 0 < alpha < power < 1. Cost: about 60 evaluations of the noncentral t's distribution.
double DetectableDifference(double sd, std::size_t clusters, double power = 0.8,
                            double alpha = 0.05);

}  // namespace precis::eval

#endif  // PRECIS_EVAL_POWER_H_
