// precis-bench-gen: writes a synthetic French cluster for the scale benchmark.
//
//   precis-bench-gen --docs N --seed S --out DIR [--source DIR ...] [--no-vocabulary]
//
// Prints one line of figures on stdout for eval/bench/run:
//   documents N bytes B words W distinct_words V
#include <cstdint>
#include <cstdlib>
#include <iostream>
#include <stdexcept>
#include <string>
#include <vector>

#include "bench_generator.h"

namespace {

constexpr const char* kUsage =
    "usage: precis-bench-gen --docs N --seed S --out DIR [--source DIR ...] [--no-vocabulary]\n"
    "Writes N documents DIR/000000.txt... built from the sentences of the source folders\n"
    "(default: the samples/ cluster), with a vocabulary growing by Heaps' law.\n";

std::uint64_t ParseNumber(const std::string& flag, const std::string& value) {
  std::size_t used = 0;
  unsigned long long n = 0;
  try {
    n = std::stoull(value, &used);
  } catch (const std::exception&) {
    used = 0;
  }
  if (used == 0 || used != value.size() || value[0] == '-') {
    throw std::invalid_argument(flag + " expects a number, not '" + value + "'");
  }
  return n;
}

}  // namespace

int main(int argc, char* argv[]) {
  try {
    std::size_t documents = 0;
    bool have_documents = false;
    std::uint64_t seed = 1;
    std::string out;
    bool count_vocabulary = true;
    std::vector<std::string> sources;
    for (int i = 1; i < argc; ++i) {
      const std::string arg = argv[i];
      if (arg == "--help" || arg == "-h") {
        std::cout << kUsage;
        return 0;
      }
      if (arg == "--no-vocabulary") {
        count_vocabulary = false;
        continue;
      }
      if (i + 1 >= argc) throw std::invalid_argument("unknown or incomplete option '" + arg + "'");
      const std::string value = argv[++i];
      if (arg == "--docs") {
        documents = ParseNumber(arg, value);
        have_documents = true;
      } else if (arg == "--seed") {
        seed = ParseNumber(arg, value);
      } else if (arg == "--out") {
        out = value;
      } else if (arg == "--source") {
        sources.push_back(value);
      } else {
        throw std::invalid_argument("unknown option '" + arg + "'");
      }
    }
    if (!have_documents || out.empty())
      throw std::invalid_argument("--docs and --out are required");
    if (sources.empty())
      sources.push_back(PRECIS_SOURCE_DIR "/samples/poutine-coree-du-nord-2024/docs");
    const precis::bench::SourceText source = precis::bench::LoadSources(sources);
    const precis::bench::ClusterStats stats =
        precis::bench::WriteCluster(source, documents, seed, out, count_vocabulary);
    std::cout << "documents " << stats.documents << " bytes " << stats.bytes << " words "
              << stats.tokens << " distinct_words " << stats.distinct_words << " source_sentences "
              << source.sentences.size() << '\n';
    return 0;
  } catch (const std::invalid_argument& e) {
    std::cerr << "precis-bench-gen: " << e.what() << '\n' << kUsage;
    return 2;
  } catch (const std::exception& e) {
    std::cerr << "precis-bench-gen: " << e.what() << '\n';
    return 1;
  }
}
