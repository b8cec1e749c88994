// `precis batch` end to end: JSON Lines in, one record a line out, in input order.
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "precis/precis.h"
#include "support/run_command.h"
#include "support/sample_cluster.h"
#include "support/temp_dir.h"

namespace precis {
namespace {

using Json = nlohmann::json;
using testing::Lines;
using testing::Precis;
using testing::Quoted;
using testing::RunCommand;
using testing::Slurp;
using testing::TempDir;

std::vector<std::string> SampleTexts() {
  std::vector<std::string> texts;
  std::vector<std::filesystem::path> paths;
  for (const auto& entry : std::filesystem::directory_iterator(testing::SampleDocsDir())) {
    paths.push_back(entry.path());
  }
  std::sort(paths.begin(), paths.end());
  for (const auto& path : paths) texts.push_back(Slurp(path));
  return texts;
}

// `count` lines: clusters of two or three sample articles with their own budgets and ids
// (strings and numbers), and every seventh line a bad one.
std::string GeneratedLines(std::size_t count) {
  const std::vector<std::string> texts = SampleTexts();
  std::string lines;
  for (std::size_t i = 0; i < count; ++i) {
    if (i % 7 == 3) {
      lines += i % 2 == 0 ? "\n" : "{\"id\": \"bad" + std::to_string(i) + "\"}\n";
      continue;
    }
    Json documents = Json::array();
    for (std::size_t k = 0; k < 2 + i % 2; ++k) {
      const std::size_t d = (i + k) % texts.size();
      documents.push_back({{"name", "doc" + std::to_string(d)}, {"text", texts[d]}});
    }
    Json line = {{"documents", documents}, {"options", {{"words", 20 + i}}}};
    if (i % 3 == 0) {
      line["id"] = i;
    } else {
      line["id"] = "c" + std::to_string(i);
    }
    lines += line.dump() + "\n";
  }
  return lines;
}

TEST_CASE("precis batch writes each line's record in input order, whatever the threads") {
  TempDir dir;
  const std::string input = GeneratedLines(50);
  const std::string path = dir.Write("clusters.jsonl", input).string();
  const auto one = RunCommand(Precis() + " batch --threads 1 " + Quoted(path));
  const auto two = RunCommand(Precis() + " batch --threads 2 " + Quoted(path));
  REQUIRE(one.exit_code == 0);
  REQUIRE(two.exit_code == 0);
  CHECK(two.out == one.out);  // byte for byte

  // Each output line is the library's record for the input line at the same place, and
  // the program adds only the newline.
  const std::vector<std::string> in = Lines(input);
  const std::vector<std::string> out = Lines(two.out);
  REQUIRE(out.size() == in.size());
  std::string expected;
  std::size_t errors = 0;
  for (std::size_t i = 0; i < in.size(); ++i) {
    expected += SummarizeBatchLine(in[i], i + 1, Options{}) + "\n";
    const Json record = Json::parse(out[i]);
    CAPTURE(i, out[i]);
    if (i % 7 == 3) {
      ++errors;
      CHECK(record.at("line") == i + 1);
      CHECK(record.contains("error"));
    } else {
      CHECK(record.at("id") == Json::parse(in[i]).at("id"));
      CHECK(!record.at("summary").empty());
    }
  }
  CHECK(two.out == expected);
  // Failed lines are in the output; stderr counts them and the exit code stays 0.
  CHECK(two.err == "precis: batch: " + std::to_string(errors) + " of 50 lines could not be " +
                       "summarized (see the \"error\" records)\n");

  // Standard input, by "-" or by naming nothing, gives the same bytes.
  CHECK(RunCommand(Precis() + " batch --threads 2 -", input).out == one.out);
  CHECK(RunCommand(Precis() + " batch", input).out == one.out);
}

TEST_CASE("precis batch numbers lines across files and applies its options as defaults") {
  TempDir dir;
  const std::vector<std::string> texts = SampleTexts();
  const std::string cluster = Json{{"documents", Json::array({texts[0], texts[1]})}}.dump() + "\n";
  const std::string first = dir.Write("a.jsonl", cluster + cluster).string();
  const std::string second = dir.Write("b.jsonl", "\n" + cluster).string();  // no final newline
  const auto result =
      RunCommand(Precis() + " batch --sentences 1 -w 0 " + Quoted(first) + " " + Quoted(second));
  REQUIRE(result.exit_code == 0);
  const std::vector<std::string> out = Lines(result.out);
  REQUIRE(out.size() == 4);
  CHECK(Json::parse(out[2]).at("line") == 3);  // the blank line, third of all
  for (std::size_t i : {0, 1, 3}) {
    CAPTURE(out[i]);
    CHECK(Json::parse(out[i]).at("summary").size() == 1);
  }
  CHECK(result.err.find("1 of 4 lines") != std::string::npos);

  // Without errors, stderr stays empty (it is not a terminal: no progress either).
  const auto clean = RunCommand(Precis() + " batch " + Quoted(first));
  CHECK(clean.exit_code == 0);
  CHECK(clean.err.empty());
  CHECK(Lines(clean.out).size() == 2);

  // --explain lists the sentences of every line that does not refuse them itself.
  Json refusing = Json::parse(cluster);
  refusing["explain"] = false;
  const std::string third = dir.Write("c.jsonl", cluster + refusing.dump() + "\n").string();
  const auto explained = RunCommand(Precis() + " batch --explain " + Quoted(third));
  REQUIRE(explained.exit_code == 0);
  const std::vector<std::string> records = Lines(explained.out);
  REQUIRE(records.size() == 2);
  CHECK(records[0] == SummarizeBatchLine(Lines(cluster)[0], 1, Options{}, true));
  CHECK(Json::parse(records[0]).at("sentences").size() >= 50);  // two whole articles
  CHECK(Json::parse(records[1]).count("sentences") == 0);
  CHECK(records[1] == Lines(clean.out)[1]);
}

TEST_CASE("precis batch fails on unreadable input and bad options with the usual exit codes") {
  TempDir dir;
  const std::string good = dir.Write("good.jsonl", "{\"documents\": [\"x\"]}\n").string();
  struct Case {
    std::string args;
    int exit_code;
    std::string message_start;
  };
  const std::vector<Case> cases = {
      // Every input opens before anything runs: nothing is written.
      {Quoted(good) + " /nonexistent/clusters.jsonl", 1,
       "precis: /nonexistent/clusters.jsonl: No such file or directory"},
      {Quoted(dir.path().string()), 1, "precis: " + dir.path().string() + ": is a directory"},
      // A device never ends: it was read forever, at 1 GiB of memory.
      {Quoted(good) + " /dev/zero", 1, "precis: /dev/zero: not a regular file or a pipe"},
      // "<&-" is no empty input: said so, not "Bad file descriptor".
      {"- <&-", 1, "precis: -: standard input is closed"},
      {"--words -5 " + Quoted(good), 2,
       "precis: --words: must be 0 or more, not -5\nTry 'precis batch --help'"},
      {"--bogus " + Quoted(good), 2, "precis: --bogus: unknown option\nTry 'precis batch --help'"},
      {"--lambda 3 " + Quoted(good), 2, "precis: --lambda: "},
      {"--encoding latin1 " + Quoted(good), 2, "precis: "},  // JSON text is UTF-8
      {"--format json " + Quoted(good), 2, "precis: "},
  };
  for (const Case& c : cases) {
    CAPTURE(c.args);
    const auto result = RunCommand(Precis() + " batch " + c.args);
    CHECK(result.exit_code == c.exit_code);
    CHECK(result.out.empty());
    CHECK(result.err.rfind(c.message_start, 0) == 0);
  }
  // /dev/null is empty input, by its name as "< /dev/null" is.
  const auto null = RunCommand(Precis() + " batch /dev/null");
  CHECK(null.exit_code == 0);
  CHECK(null.out.empty());
  CHECK(null.err.empty());
  const auto help = RunCommand(Precis() + " batch --help");
  CHECK(help.exit_code == 0);
  CHECK(help.out.rfind("Usage: precis batch", 0) == 0);
  CHECK(help.out.find("--threads") != std::string::npos);
  CHECK(help.out.find("--encoding") == std::string::npos);
  // As every command of precis, batch tells its version, the same as precis's.
  const auto version = RunCommand(Precis() + " batch --version");
  CHECK(version.exit_code == 0);
  CHECK(version.out == RunCommand(Precis() + " --version").out);
  CHECK(version.out.rfind("precis ", 0) == 0);
  CHECK(RunCommand(Precis() + " --help").out.find("precis batch") != std::string::npos);
}

TEST_CASE("precis batch -o writes the records to a file, whole or not at all") {
  TempDir dir;
  const std::string input = dir.Write("in.jsonl", GeneratedLines(9)).string();
  const auto to_stdout = RunCommand(Precis() + " batch " + Quoted(input));
  REQUIRE(to_stdout.exit_code == 0);
  const std::string out = dir / "out.jsonl";
  const auto to_file = RunCommand(Precis() + " batch -o " + Quoted(out) + " " + Quoted(input));
  CHECK(to_file.exit_code == 0);
  CHECK(to_file.out.empty());
  CHECK(Slurp(out) == to_stdout.out);

  const auto entries = [&] {
    std::vector<std::string> names;
    for (const auto& entry : std::filesystem::directory_iterator(dir.path())) {
      names.push_back(entry.path().filename().string());
    }
    std::sort(names.begin(), names.end());
    return names;
  };
  // An input that cannot be read leaves the file as it was, and no temporary file.
  dir.Write("out.jsonl", "previous run\n");
  const auto failed = RunCommand(Precis() + " batch -o " + Quoted(out) + " " + Quoted(input) +
                                 " /nonexistent/clusters.jsonl");
  CHECK(failed.exit_code == 1);
  CHECK(Slurp(out) == "previous run\n");
  CHECK(entries() == std::vector<std::string>{"in.jsonl", "out.jsonl"});
  // The input is never overwritten; a write that fails names the file.
  const auto onto_input = RunCommand(Precis() + " batch -o " + Quoted(input) + " " + Quoted(input));
  CHECK(onto_input.exit_code == 2);
  CHECK(onto_input.err.find("--output names an input file") != std::string::npos);
  CHECK(Slurp(input) == GeneratedLines(9));
  const auto full = RunCommand(Precis() + " batch -o /dev/full " + Quoted(input));
  CHECK(full.exit_code == 1);
  CHECK(full.err == "precis: /dev/full: No space left on device\n");
  const auto empty = RunCommand(Precis() + " batch -o '' " + Quoted(input));
  CHECK(empty.exit_code == 2);
  CHECK(empty.err.rfind("precis: --output: empty file name\n", 0) == 0);
  // "-" is standard output; once it made a file named "-" in the working folder.
  const auto dash = RunCommand("cd " + Quoted(dir.path().string()) + " && " + Precis() +
                               " batch -o - " + Quoted(input));
  CHECK(dash.exit_code == 0);
  CHECK(dash.out == to_stdout.out);
  CHECK(entries() == std::vector<std::string>{"in.jsonl", "out.jsonl"});
}

TEST_CASE("precis batch -o stopped by a signal leaves no temporary file behind") {
  TempDir dir;
  const std::string input = dir.Write("in.jsonl", GeneratedLines(3000)).string();
  // Signalled once its temporary file is there, mid-run; 130 + 0 is the shell's word for
  // a child that a SIGINT ended.
  const auto run =
      RunCommand("cd " + Quoted(dir.path().string()) + " && (" + Precis() +
                 " batch --threads 1 -o out.jsonl in.jsonl & pid=$!; for i in $(seq 200); do "
                 "ls -a | grep -q '^\\.out\\.jsonl\\.tmp-' && break; sleep 0.05; done; "
                 "kill -TERM $pid; wait $pid; echo \"status $?\")");
  CHECK(run.out == "status 143\n");
  std::vector<std::string> names;
  for (const auto& entry : std::filesystem::directory_iterator(dir.path())) {
    names.push_back(entry.path().filename().string());
  }
  CHECK(names == std::vector<std::string>{"in.jsonl"});
}

// Reads from `fd` until a newline or `seconds` pass; what was read.
std::string ReadLine(int fd, int seconds) {
  std::string line;
  char c = 0;
  while (line.find('\n') == std::string::npos) {
    pollfd p{fd, POLLIN, 0};
    if (::poll(&p, 1, seconds * 1000) <= 0) break;
    if (::read(fd, &c, 1) != 1) break;
    line += c;
  }
  return line;
}

TEST_CASE("precis batch streams: a record comes out before the input ends") {
  int to_child[2];
  int from_child[2];
  REQUIRE(::pipe(to_child) == 0);
  REQUIRE(::pipe(from_child) == 0);
  const pid_t pid = ::fork();
  REQUIRE(pid >= 0);
  if (pid == 0) {
    ::dup2(to_child[0], STDIN_FILENO);
    ::dup2(from_child[1], STDOUT_FILENO);
    for (int fd : {to_child[0], to_child[1], from_child[0], from_child[1]}) ::close(fd);
    const std::string program = std::string(PRECIS_BIN_DIR) + "/precis";
    ::execl(program.c_str(), program.c_str(), "batch", "--threads", "2",
            static_cast<char*>(nullptr));
    ::_exit(127);
  }
  ::close(to_child[0]);
  ::close(from_child[1]);
  const std::string line =
      Json{{"id", "first"}, {"documents", Json::array({SampleTexts()[0]})}}.dump() + "\n";
  REQUIRE(::write(to_child[1], line.data(), line.size()) == static_cast<ssize_t>(line.size()));
  // The input stays open: the record must come anyway (a generous bound for slow CI).
  const std::string record = ReadLine(from_child[0], 60);
  CHECK(!record.empty());
  CHECK(record.find("\"id\":\"first\"") != std::string::npos);
  ::close(to_child[1]);
  CHECK(ReadLine(from_child[0], 60).empty());  // end of input, end of output
  ::close(from_child[0]);
  int status = 0;
  ::waitpid(pid, &status, 0);
  CHECK(WIFEXITED(status));
  CHECK(WEXITSTATUS(status) == 0);
}

}  // namespace
}  // namespace precis
