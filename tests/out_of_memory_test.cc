// Running out of memory inside the library: the caller sees precis::Error, as error.h
// promises, whichever stage the memory ran out in.
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "precis/precis.h"
#include "support/sample_cluster.h"

namespace precis {
namespace {

#ifndef __SANITIZE_ADDRESS__  // AddressSanitizer reserves terabytes of address space

// The process's address space in bytes (VmSize), or 0 when /proc does not say.
rlim_t AddressSpace() {
  std::ifstream status("/proc/self/status");
  std::string line;
  while (std::getline(status, line)) {
    if (line.rfind("VmSize:", 0) == 0) {
      return static_cast<rlim_t>(std::stoull(line.substr(7))) * 1024;
    }
  }
  return 0;
}

// What a child summarizing under a cap of `extra` bytes over its current size ended with.
enum Outcome { kSummary = 0, kPrecisError = 1, kOtherException = 2 };

int SummarizeCapped(const std::vector<Document>& documents, rlim_t extra) {
  const pid_t pid = ::fork();
  if (pid == 0) {
    Options options;
    options.threads = 1;  // a worker thread's stack would take the cap by itself
    const rlim_t cap = AddressSpace() + extra;
    const rlimit limit{cap, cap};
    ::setrlimit(RLIMIT_AS, &limit);
    int outcome = kSummary;
    try {
      Summarize(documents, options);
    } catch (const Error&) {
      outcome = kPrecisError;
    } catch (...) {
      outcome = kOtherException;
    }
    ::_exit(outcome);
  }
  if (pid < 0) return -1;
  int status = 0;
  ::waitpid(pid, &status, 0);
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

TEST_CASE("Memory running out in any stage raises precis::Error") {
  // 300 articles cut from the sample's: the stages after segmentation (terms, weights,
  // graph, ranking) once let std::bad_alloc out, which ends a caller that catches
  // precis::Error as error.h shows (caps of 28 to 40 MB over the process's size). Caps
  // from 12 to 60 MB reach every stage, from reading to a summary.
  // Read here, on this thread: a worker thread's malloc arena, left reserved, would lend
  // the child memory its cap does not count.
  std::string all;
  std::vector<std::filesystem::path> paths;
  for (const auto& entry : std::filesystem::directory_iterator(testing::SampleDocsDir())) {
    paths.push_back(entry.path());
  }
  std::sort(paths.begin(), paths.end());
  for (const std::filesystem::path& path : paths) {
    std::ifstream in(path, std::ios::binary);
    all += std::string(std::istreambuf_iterator<char>(in), {}) + "\n\n";
  }
  std::vector<Document> documents;
  for (std::size_t i = 0; i < 300; ++i) {
    std::string text;
    for (std::size_t k = 0; k < all.size(); k += 500) {
      text += all.substr((k * 7 + i * 131) % all.size(), 500);
    }
    text += "\nLe numéro " + std::to_string(i) + " du rapport a été publié à Paris.\n";
    documents.push_back({"article-" + std::to_string(i) + ".txt", text});
  }
  {
    // Compiled once in the parent, the cleaning patterns are not what the caps measure.
    Options warm;
    warm.threads = 1;
    Summarize({{"warm.txt", all}}, warm);
  }
  int errors = 0;
  int summaries = 0;
  for (rlim_t megabytes = 12; megabytes <= 60; megabytes += 4) {
    CAPTURE(megabytes);
    const int outcome = SummarizeCapped(documents, megabytes << 20);
    CHECK((outcome == kSummary || outcome == kPrecisError));
    errors += outcome == kPrecisError;
    summaries += outcome == kSummary;
  }
  // Else the caps missed the stages between the first and the last.
  CHECK(errors > 0);
  CHECK(summaries > 0);
}
#endif

}  // namespace
}  // namespace precis
