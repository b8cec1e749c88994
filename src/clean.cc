#include "clean.h"
namespace precis {
std::vector<CleanedDocument> Clean(const std::vector<LoadedDocument>& docs, const Language&, const CleanOptions&) {
  std::vector<CleanedDocument> out(docs.size());
  for (std::size_t d = 0; d < docs.size(); ++d) {
    const std::string& t = docs[d].text;
    std::size_t b = 0;
    while (b < t.size()) {
      std::size_t e = t.find('\n', b); if (e == std::string::npos) e = t.size();
      if (e > b) out[d].paragraphs.push_back({b, e});
      b = e + 1;
    }
  }
  return out;
}
}  // namespace precis
