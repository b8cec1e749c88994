#include "precis/summarizer.h"
#include "precis/error.h"
namespace precis {
std::string Render(const Summary& s, OutputFormat, const Options&) { std::string o; for (auto& x : s.sentences) o += x.text + "\n"; return o; }
OutputFormat ParseOutputFormat(const std::string&) { return OutputFormat::kText; }
}  // namespace precis
