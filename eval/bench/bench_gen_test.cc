// The benchmark's cluster generator: deterministic, writes what it is asked for, and
// grows its vocabulary the way real text does. Nothing here is timed.
#include <unistd.h>

#include <catch2/catch.hpp>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "bench_generator.h"

namespace fs = std::filesystem;
using precis::bench::ClusterGenerator;
using precis::bench::SourceText;
using precis::bench::VocabularyCounter;

namespace {

const SourceText& Samples() {
  static const SourceText source =
      precis::bench::LoadSources({PRECIS_SOURCE_DIR "/samples/poutine-coree-du-nord-2024/docs"});
  return source;
}

// A fresh folder under the temporary directory, removed at the end of the test.
struct TempDir {
  explicit TempDir(const std::string& tag)
      : path(fs::temp_directory_path() /
             ("precis-bench-gen-test-" + std::to_string(getpid()) + "-" + tag)) {
    fs::remove_all(path);
  }
  ~TempDir() {
    std::error_code ignored;
    fs::remove_all(path, ignored);
  }
  fs::path path;
};

std::string ReadAll(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::size_t DistinctWords(std::size_t documents, std::uint64_t seed) {
  ClusterGenerator generator(Samples(), seed);
  VocabularyCounter vocabulary;
  for (std::size_t i = 0; i < documents; ++i) vocabulary.Add(generator.NextDocument());
  return vocabulary.distinct();
}

}  // namespace

TEST_CASE("the samples give the generator sentences and headlines") {
  CHECK(Samples().sentences.size() > 50);
  CHECK(Samples().first_of.size() == 5);
  CHECK(Samples().document_of.size() == Samples().sentences.size());
}

TEST_CASE("a cluster is N files of realistic documents") {
  const std::size_t n = GENERATE(1, 7, 30);
  CAPTURE(n);
  TempDir dir("count-" + std::to_string(n));
  const auto stats = precis::bench::WriteCluster(Samples(), n, 42, dir.path.string());
  CHECK(stats.documents == n);
  std::size_t files = 0;
  std::uint64_t bytes = 0;
  for (const auto& entry : fs::directory_iterator(dir.path)) {
    ++files;
    bytes += entry.file_size();
  }
  CHECK(files == n);
  CHECK(bytes == stats.bytes);
  char name[16];
  std::snprintf(name, sizeof name, "%06zu.txt", n - 1);
  const std::string last = ReadAll(dir.path / name);
  CAPTURE(last);
  // A headline line without final punctuation, a blank line, then prose.
  const std::size_t headline_end = last.find("\n\n");
  REQUIRE(headline_end != std::string::npos);
  REQUIRE(headline_end > 0);
  CHECK(std::string(".!?").find(last[headline_end - 1]) == std::string::npos);
  CHECK(last.size() > 1000);
  CHECK(last.size() < 20000);
  CHECK(last.back() == '\n');
  // Sum over the cluster: about 5 KB a document.
  CHECK(stats.bytes / n > 2000);
  CHECK(stats.bytes / n < 10000);
}

TEST_CASE("the same seed writes the same bytes, another seed other bytes") {
  TempDir a("seed-a"), b("seed-b"), c("seed-c");
  precis::bench::WriteCluster(Samples(), 12, 7, a.path.string());
  precis::bench::WriteCluster(Samples(), 12, 7, b.path.string());
  precis::bench::WriteCluster(Samples(), 12, 8, c.path.string());
  std::size_t same_as_other_seed = 0;
  for (int i = 0; i < 12; ++i) {
    char name[16];
    std::snprintf(name, sizeof name, "%06d.txt", i);
    CAPTURE(name);
    const std::string first = ReadAll(a.path / name);
    CHECK(!first.empty());
    CHECK(first == ReadAll(b.path / name));
    if (first == ReadAll(c.path / name)) ++same_as_other_seed;
  }
  CHECK(same_as_other_seed == 0);
}

TEST_CASE("the vocabulary keeps growing as Heaps' law says") {
  const std::size_t small = DistinctWords(50, 3);
  const std::size_t large = DistinctWords(200, 3);
  CAPTURE(small, large);
  // Four times the text: a fixed sentence pool would give ~1x (the samples are all
  // seen by 50 documents), plain copies of new text 4x; Heaps' law with β near 0.5
  // gives about 4^0.5 = 2 once the synthetic words dominate.
  const double beta = std::log(static_cast<double>(large) / small) / std::log(4.0);
  CAPTURE(beta);
  CHECK(beta > 0.25);
  CHECK(beta < 0.8);
}

TEST_CASE("the vocabulary counter counts words and distinct words") {
  VocabularyCounter v;
  v.Add("« L’armée a tiré », dit l’armée. Élysée, élysée 3,5 %");
  CAPTURE(v.tokens(), v.distinct());
  // L, armée, a, tiré, dit, l, armée, Élysée, élysée: case is kept.
  CHECK(v.tokens() == 9);
  CHECK(v.distinct() == 8);
}
