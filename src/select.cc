#include "select.h"
namespace precis {
std::vector<std::size_t> SelectSentences(const Eigen::VectorXd& scores, const SparseMatrix&,
    const std::vector<Candidate>& c, const SelectOptions& o) {
  std::vector<std::size_t> out; std::size_t words = 0;
  for (std::size_t i = 0; i < c.size() && i < static_cast<std::size_t>(scores.size()); ++i)
    if (words + c[i].words <= o.words) { out.push_back(i); words += c[i].words; }
  return out;
}
}  // namespace precis
