#include "order.h"

#include <algorithm>
#include <tuple>

namespace precis {

void OrderForReading(std::vector<SummarySentence>& sentences) {
  std::sort(sentences.begin(), sentences.end(),
            [](const SummarySentence& a, const SummarySentence& b) {
              return std::tie(a.document, a.position) < std::tie(b.document, b.position);
            });
}

}  // namespace precis
