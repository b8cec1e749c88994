#include "precis/summarizer.h"
namespace precis {
Summary Summarize(const std::vector<Document>&, const Options&) { return {}; }
std::vector<Sentence> Segment(const std::vector<Document>&, const Options&) { return {}; }
}  // namespace precis
