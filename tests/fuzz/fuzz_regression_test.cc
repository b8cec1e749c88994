// Replays, through the fuzz targets' own entry functions, every input the fuzzers have
// crashed on (tests/fuzz/regressions/), their seeds (tests/fuzz/seeds/: inputs the sample
// cluster does not cover, such as HTML pages) and the sample cluster's documents, so that a bug
// found by fuzzing stays fixed in every build, clang or not, sanitized or not. A failure
// here is an abort with the broken invariant on stderr (see fuzz_entry.h), or a
// sanitizer report in build-sanitize/.
#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "fuzz_entry.h"

namespace precis::fuzz {
namespace {

namespace fs = std::filesystem;

std::string ReadFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// Regular files of `dir` in name order, the folder's README excepted.
std::vector<fs::path> FilesIn(const fs::path& dir) {
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(dir)) {
    if (entry.is_regular_file() && entry.path().filename() != "README.md") {
      files.push_back(entry.path());
    }
  }
  std::sort(files.begin(), files.end());
  return files;
}

void RunAll(const std::string& input) {
  const auto* bytes = reinterpret_cast<const std::uint8_t*>(input.data());
  RunPipeline(bytes, input.size());
  RunRougeTokenizer(bytes, input.size());
  RunBatchLine(bytes, input.size());
}

TEST_CASE("Every input the fuzzers crashed on now passes", "[fuzz]") {
  const std::vector<fs::path> files =
      FilesIn(fs::path(PRECIS_SOURCE_DIR) / "tests/fuzz/regressions");
  for (const fs::path& file : files) {
    CAPTURE(file.string());
    const std::string input = ReadFile(file);
    REQUIRE_FALSE(input.empty());  // an unreadable file would test nothing
    RunAll(input);
    SUCCEED();
  }
}

TEST_CASE("The fuzzers' own seeds pass", "[fuzz]") {
  const std::vector<fs::path> files = FilesIn(fs::path(PRECIS_SOURCE_DIR) / "tests/fuzz/seeds");
  REQUIRE_FALSE(files.empty());
  for (const fs::path& file : files) {
    CAPTURE(file.string());
    RunAll(ReadFile(file));
    SUCCEED();
  }
}

TEST_CASE("The sample documents pass the fuzz targets under every language", "[fuzz]") {
  std::vector<fs::path> docs;
  for (const auto& cluster : fs::directory_iterator(fs::path(PRECIS_SOURCE_DIR) / "samples")) {
    if (!fs::is_directory(cluster.path() / "docs")) continue;
    for (const fs::path& doc : FilesIn(cluster.path() / "docs")) docs.push_back(doc);
  }
  REQUIRE(docs.size() >= 2);
  // The first bytes of an input are options (fuzz_entry.h): a prefix chooses them, and the
  // raw file, read as the fuzzers read their seeds, comes too.
  const std::vector<std::string> prefixes = {"", std::string("\x00\x40\x00", 3),
                                             std::string("\x01\x10\x05", 3),
                                             std::string("\xCF\x20\x64", 3)};
  for (const fs::path& doc : docs) {
    const std::string text = ReadFile(doc);
    REQUIRE_FALSE(text.empty());
    for (const std::string& prefix : prefixes) {
      CAPTURE(doc.string(), prefix.size() > 0 ? static_cast<int>(prefix[0]) : -1);
      RunAll(prefix + text);
    }
  }
  // Two documents in one cluster, cut at a form feed, as the fuzzers cut them.
  RunAll(std::string("\x80\x20", 2) + ReadFile(docs[0]) + '\f' + ReadFile(docs[1]));
}

}  // namespace
}  // namespace precis::fuzz
