#include "weight.h"
namespace precis {
TermMatrix BuildTermMatrix(const std::vector<std::vector<std::string>>& s) {
  TermMatrix m; m.counts.resize(static_cast<Eigen::Index>(s.size()), 0); m.tfidf = m.counts; return m;
}
}  // namespace precis
