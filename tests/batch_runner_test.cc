// RunBatch's reading: lines past the longest a cluster may be are error records, read past
// without being held, and the lines around them are summarized as usual.
#include "batch_runner.h"

#include <catch2/catch.hpp>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "support/temp_dir.h"

namespace precis {
namespace {

using Json = nlohmann::json;

// Everything RunBatch writes for `options`, a record a line.
std::vector<Json> Records(const BatchRunOptions& options, BatchRunStats* stats) {
  std::FILE* out = std::tmpfile();
  REQUIRE(out != nullptr);
  *stats = RunBatch(options, out);
  std::rewind(out);
  std::string text;
  char chunk[4096];
  for (std::size_t got; (got = std::fread(chunk, 1, sizeof chunk, out)) > 0;)
    text.append(chunk, got);
  std::fclose(out);
  std::vector<Json> records;
  for (std::size_t begin = 0; begin < text.size();) {
    const std::size_t end = text.find('\n', begin);
    REQUIRE(end != std::string::npos);  // every record ends its line
    records.push_back(Json::parse(text.substr(begin, end - begin)));
    begin = end + 1;
  }
  return records;
}

TEST_CASE("A line longer than the limit is an error record, and the next lines are read") {
  testing::TempDir dir;
  const std::string good =
      R"({"id": "ok", "documents": ["Le président russe est arrivé mardi soir à Pyongyang, )"
      R"(où l’attendait M. Kim."]})";
  const std::string long_line =
      R"({"id": "long", "documents": [")" + std::string(200000, 'a') + R"("]})";
  BatchRunOptions options;
  options.max_line_bytes = 300;
  REQUIRE(good.size() <= options.max_line_bytes);
  const bool with_final_newline = GENERATE(true, false);
  CAPTURE(with_final_newline);
  // The long lines span several of the reader's 64 KiB reads; the last is too long as
  // well, with and without its newline.
  options.inputs = {dir.Write("in.jsonl", good + "\n" + long_line + "\n" + good + "\n" + long_line +
                                              (with_final_newline ? "\n" : ""))
                        .string()};
  options.threads = GENERATE(1, 3);
  BatchRunStats stats;
  const std::vector<Json> records = Records(options, &stats);
  REQUIRE(records.size() == 4);
  CHECK(stats.lines == 4);
  CHECK(stats.errors == 2);
  for (const std::size_t i : {0, 2}) {
    CHECK(records[i].at("id") == "ok");
    REQUIRE(records[i].at("summary").size() == 1);
    CHECK(records[i].at("summary")[0].at("text") ==
          "Le président russe est arrivé mardi soir à Pyongyang, où l’attendait M. Kim.");
  }
  for (const std::size_t i : {1, 3}) {
    // Its id is past the limit, unread: null, with the line's number to find it by.
    CHECK(records[i] == Json{{"id", nullptr},
                             {"line", i + 1},
                             {"error", "line over 300 bytes, skipped (a cluster is one line)"}});
  }
}

TEST_CASE("A line exactly at the limit is read") {
  testing::TempDir dir;
  const std::string line = R"({"id": 5, "documents": ["Une phrase assez longue pour le résumé."]})";
  BatchRunOptions options;
  options.max_line_bytes = line.size();
  options.inputs = {dir.Write("in.jsonl", line + "\n" + line).string()};
  BatchRunStats stats;
  const std::vector<Json> records = Records(options, &stats);
  REQUIRE(records.size() == 2);
  CHECK(stats.errors == 0);
  for (const Json& record : records) CHECK(record.at("id") == 5);
}

}  // namespace
}  // namespace precis
