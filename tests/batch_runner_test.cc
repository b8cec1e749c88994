// RunBatch's reading: lines past the longest a cluster may be are error records, read past
// without being held, and the lines around them are summarized as usual; UTF-16 and
// UTF-32 input, with a byte order mark or without, is read as its text.
#include "batch_runner.h"

#include <catch2/catch.hpp>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "support/encode_text.h"
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

TEST_CASE("UTF-16 or UTF-32 input, with a byte order mark or without, is read as its text") {
  using testing::ToUtf16;
  using testing::ToUtf32;
  // An id of emoji (surrogate pairs in UTF-16) longer than the reader's 64 KiB reads,
  // after a prefix of one or two letters, so that a read ends inside a pair in one case.
  const std::string prefix = GENERATE(as<std::string>{}, "a", "aa");
  std::string id = prefix;
  for (int i = 0; i < 20000; ++i) id += "\U0001F525";
  const std::string sentence =
      "Le pr\u00E9fet a annonc\u00E9 l\u2019\u00E9vacuation de 6.700 habitants, "
      "\u00AB\u202Fpar pr\u00E9caution\u202F\u00BB.";
  // CRLF line ends, as Windows writes them.
  const std::string utf8 = "{\"id\": \"" + id + "\", \"documents\": [\"" + sentence +
                           "\"]}\r\n{\"id\": 2, \"documents\": [\"" + sentence + "\"]}\r\n";
  const auto [bytes, name] = GENERATE_REF(table<std::string, std::string>({
      {utf8, "UTF-8"},
      {"\xEF\xBB\xBF" + utf8, "UTF-8 with its mark"},
      {ToUtf16(utf8, false, true), "UTF-16LE"},
      {ToUtf16(utf8, true, true), "UTF-16BE"},
      {ToUtf32(utf8, false, true), "UTF-32LE"},
      {ToUtf32(utf8, true, true), "UTF-32BE"},
      // Without a mark, the NUL bytes around the first "{" tell the encoding.
      {ToUtf16(utf8, false, false), "UTF-16LE without a mark"},
      {ToUtf16(utf8, true, false), "UTF-16BE without a mark"},
      {ToUtf32(utf8, false, false), "UTF-32LE without a mark"},
      {ToUtf32(utf8, true, false), "UTF-32BE without a mark"},
      // A last line cut inside a character: U+FFFD, not a lost line.
      {ToUtf16(utf8, false, true) + "{", "UTF-16LE, an odd byte at the end"},
  }));
  CAPTURE(name, prefix);
  testing::TempDir dir;
  BatchRunOptions options;
  options.inputs = {dir.Write("in.jsonl", bytes).string()};
  options.threads = 2;
  BatchRunStats stats;
  const std::vector<Json> records = Records(options, &stats);
  const bool cut = name.find("odd") != std::string::npos;
  REQUIRE(records.size() == (cut ? 3 : 2));
  CHECK(stats.errors == (cut ? 1 : 0));
  CHECK(records[0].at("id") == id);
  CHECK(records[1].at("id") == 2);
  for (const std::size_t i : {0, 1}) {
    REQUIRE(records[i].at("summary").size() == 1);
    CHECK(records[i].at("summary")[0].at("text") == sentence);
  }
  if (cut) CHECK(records[2].at("error").get<std::string>().rfind("invalid JSON", 0) == 0);
}

}  // namespace
}  // namespace precis
