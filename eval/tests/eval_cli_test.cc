// precis-eval end to end, as a user at a terminal runs it: `rouge` on tiny texts whose
// scores are worked out by hand, `run` on samples/ (CI runs this), `compare`, and the
// error conventions (usage: exit 2; runtime: exit 1, naming the path).
#include <unistd.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <cctype>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iterator>
#include <nlohmann/json.hpp>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "support/run_command.h"
#include "support/temp_dir.h"

namespace precis::eval {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;
using testing::CommandResult;
using testing::Lines;
using testing::Quoted;
using testing::RunCommand;
using testing::Slurp;

std::string PrecisEval() { return Quoted(std::string(PRECIS_BIN_DIR) + "/precis-eval"); }

std::string Samples() { return std::string(PRECIS_SOURCE_DIR) + "/samples"; }

const char* kSampleCluster = "poutine-coree-du-nord-2024";

std::string SampleDocs() { return Samples() + "/" + kSampleCluster + "/docs"; }

// SYSTEM's summary of the sample cluster, as a run with --out `out` wrote it.
std::string SampleSummary(const fs::path& out, const std::string& system) {
  return Slurp(out / "summaries" / system / (std::string(kSampleCluster) + ".txt"));
}

// The precis program built beside precis-eval; "" (and a warning that the test is
// skipped) when it is not built.
std::string BuiltPrecis() {
  const std::string precis = std::string(PRECIS_BIN_DIR) + "/precis";
  if (fs::exists(precis)) return precis;
  WARN("precis not built at " << precis << ": comparison skipped");
  return {};
}

// A temporary folder whose files are named for the shell, quoted.
class TempDir : public precis::testing::TempDir {
 public:
  TempDir() : precis::testing::TempDir("precis-eval-cli-test-") {}
  std::string Write(const std::string& relative, const std::string& text) const {
    return Quoted(precis::testing::TempDir::Write(relative, text).string());
  }
};

// The four lines `rouge` prints when every measure has the same R = P = F.
std::vector<std::string> AllMeasures(const std::string& value) {
  std::vector<std::string> lines;
  for (const char* m : {"ROUGE-1", "ROUGE-2", "ROUGE-L", "ROUGE-SU4"}) {
    lines.push_back(std::string(m) + " R=" + value + " P=" + value + " F=" + value);
  }
  return lines;
}

std::vector<std::string> Measures(const std::string& r1, const std::string& r2,
                                  const std::string& rl, const std::string& su4) {
  std::vector<std::string> lines;
  const std::pair<const char*, std::string> values[] = {
      {"ROUGE-1", r1}, {"ROUGE-2", r2}, {"ROUGE-L", rl}, {"ROUGE-SU4", su4}};
  for (const auto& [m, v] : values)
    lines.push_back(std::string(m) + " R=" + v + " P=" + v + " F=" + v);
  return lines;
}

CommandResult Eval(const std::string& args) { return RunCommand(PrecisEval() + " " + args); }

TEST_CASE("rouge prints the four measures ROUGE tools print, as computed by hand") {
  struct Case {
    std::string name;
    std::string options;
    std::vector<std::string> references;
    std::string system;
    std::vector<std::string> expected;
  };
  // Counts worked out by hand. "été chaud à Paris" against "été froid à Paris": 3 of 4
  // words, 1 of 3 bigrams ("à paris"), LCS "été à paris" (3), and for SU4 the 6 skip
  // bigrams of 4 words plus the unigrams but the last (ROUGE-1.5.5's count): 3 + 2 of 9.
  // Two references "le chat dort" / "le chien dort" and the system "le chat dort":
  // pooled (-f A), ROUGE-1 hits 3 + 2 of 6 words, ROUGE-2 2 + 0 of 4, ROUGE-L 3 + 2 of 6,
  // SU4 5 + 2 of 10; jackknifed, the mean over {A} (all 1) and {B} (2/3, 0, 2/3, 2/5) is
  // the same; the best reference alone (A) scores 1, jackknifed (A, then B) the means again.
  const std::vector<Case> cases = {
      {"identical French text",
       "",
       {"L’été a été chaud à Paris.\nLes élèves sont partis.\n"},
       "L’été a été chaud à Paris.\nLes élèves sont partis.\n",
       AllMeasures("1.00000")},
      {"decomposed accents and ' for ’ are the same words",
       "",
       {"L’\u00e9t\u00e9 chaud \u00e0 Paris.\n"},
       "L'e\u0301te\u0301 chaud a\u0300 Paris.\n",
       AllMeasures("1.00000")},
      {"no word in common", "", {"Le chat dort.\n"}, "Un chien aboie.\n", AllMeasures("0.00000")},
      {"empty summary", "", {"Le chat dort.\n"}, "", AllMeasures("0.00000")},
      {"one word of four differs",
       "--no-stem",
       {"été chaud à Paris\n"},
       "été froid à Paris\n",
       Measures("0.75000", "0.33333", "0.75000", "0.55556")},
      {"two references, pooled",
       "--no-stem",
       {"le chat dort\n", "le chien dort\n"},
       "le chat dort\n",
       Measures("0.83333", "0.50000", "0.83333", "0.70000")},
      {"two references, jackknifed",
       "--no-stem --jackknife",
       {"le chat dort\n", "le chien dort\n"},
       "le chat dort\n",
       Measures("0.83333", "0.50000", "0.83333", "0.70000")},
      {"two references, best alone",
       "--no-stem --best",
       {"le chat dort\n", "le chien dort\n"},
       "le chat dort\n",
       AllMeasures("1.00000")},
      {"two references, best of each jackknife subset",
       "--no-stem --best --jackknife",
       {"le chat dort\n", "le chien dort\n"},
       "le chat dort\n",
       Measures("0.83333", "0.50000", "0.83333", "0.70000")},
      {"stopwords removed",
       "--no-stem --remove-stopwords",
       {"le chat dort\n", "le chien dort\n"},
       "le chat dort\n",
       Measures("0.75000", "0.50000", "0.75000", "0.50000")},
      {"accents kept apart",
       "--no-stem",
       {"été chaud à Paris\n"},
       "ete chaud a Paris\n",
       Measures("0.50000", "0.00000", "0.50000", "0.22222")},
      {"accents folded",
       "--no-stem --fold-accents",
       {"été chaud à Paris\n"},
       "ete chaud a Paris\n",
       AllMeasures("1.00000")},
      {"Snowball stems meet", "", {"les chats\n"}, "les chat\n", AllMeasures("1.00000")},
      {"unstemmed words do not",
       "--no-stem",
       {"les chats\n"},
       "les chat\n",
       Measures("0.50000", "0.00000", "0.50000", "0.50000")},
      {"English stems with --lang en",
       "--lang en",
       {"cats sleeping\n"},
       "cat sleeps\n",
       AllMeasures("1.00000")},
  };
  for (const Case& c : cases) {
    CAPTURE(c.name, c.options);
    TempDir dir;
    std::string refs;
    for (std::size_t i = 0; i < c.references.size(); ++i) {
      refs += " --ref " + dir.Write("ref" + std::to_string(i) + ".txt", c.references[i]);
    }
    const auto result = Eval("rouge " + c.options + refs + " " + dir.Write("sys.txt", c.system));
    CHECK(result.err.empty());
    REQUIRE(result.exit_code == 0);
    CHECK(Lines(result.out) == c.expected);
  }
}

// Blocks of "NAME\n" + four lines, separated by a blank line, when there are several
// systems; the JSON holds the same figures.
TEST_CASE("rouge scores several systems, and prints JSON with --format json") {
  TempDir dir;
  const std::string ref = dir.Write("ref.txt", "le chat dort\n");
  const std::string same = dir.Write("same.txt", "le chat dort\n");
  const std::string other = dir.Write("other.txt", "un chien aboie\n");
  const auto text = Eval("rouge --ref " + ref + " " + same + " " + other);
  REQUIRE(text.exit_code == 0);
  const auto lines = Lines(text.out);
  REQUIRE(lines.size() == 11);
  CHECK(lines[0] == dir / "same.txt");
  CHECK(std::vector<std::string>(lines.begin() + 1, lines.begin() + 5) == AllMeasures("1.00000"));
  CHECK(lines[5].empty());
  CHECK(lines[6] == dir / "other.txt");
  CHECK(std::vector<std::string>(lines.begin() + 7, lines.end()) == AllMeasures("0.00000"));

  const auto result = Eval("rouge --format json --ref " + ref + " " + same + " " + other);
  REQUIRE(result.exit_code == 0);
  const json parsed = json::parse(result.out);
  CHECK(parsed.at("scoring").at("mode") == "unicode");
  CHECK(parsed.at("references").at(0) == dir / "ref.txt");
  REQUIRE(parsed.at("systems").size() == 2);
  for (const char* m : {"ROUGE-1", "ROUGE-2", "ROUGE-L", "ROUGE-SU4"}) {
    CAPTURE(m);
    const json& scores = parsed.at("systems").at(0).at("scores").at(m);
    CHECK(scores.at("R").get<double>() == Approx(1.0));
    CHECK(scores.at("P").get<double>() == Approx(1.0));
    CHECK(scores.at("F").get<double>() == Approx(1.0));
    CHECK(parsed.at("systems").at(1).at("scores").at(m).at("F").get<double>() == 0.0);
  }
}

TEST_CASE("rouge reads files as text, leaves empty references out, and reads stdin once") {
  TempDir dir;
  const std::string text = "le pr\u00e9sident dort\n";
  const std::string same = dir.Write("same.txt", text);
  // UTF-16 with its mark: read as its words, so the same text scores 1, not 0.
  std::string utf16 = "\xFF\xFE";
  for (const char32_t c : std::u32string(U"le pr\u00e9sident dort\n")) {
    utf16 += static_cast<char>(c & 0xFF);
    utf16 += static_cast<char>(c >> 8);
  }
  const std::string wide = dir.Write("wide.txt", utf16);
  const auto decoded = Eval("rouge --ref " + wide + " " + same);
  CHECK(decoded.exit_code == 0);
  CHECK(Lines(decoded.out) == AllMeasures("1.00000"));
  CHECK(decoded.err ==
        "precis-eval: warning: " + dir / "wide.txt" + ": read as UTF-16LE (byte order mark)\n");
  // An empty reference is left out rather than halving the precision.
  const std::string empty = dir.Write("empty.txt", "");
  const auto without = Eval("rouge --ref " + same + " --ref " + empty + " " + same);
  CHECK(without.exit_code == 0);
  CHECK(Lines(without.out) == AllMeasures("1.00000"));
  CHECK(without.err ==
        "precis-eval: warning: " + dir / "empty.txt" + ": empty reference summary, skipped\n");
  const auto none = Eval("rouge --ref " + empty + " " + same);
  CHECK(none.exit_code == 1);
  CHECK(none.out.empty());
  // A second "-" would be an empty text.
  const auto twice = Eval("rouge --ref - --ref - " + same + " < " + same);
  CHECK(twice.exit_code == 2);
  CHECK(twice.out.empty());
  CHECK(twice.err.rfind("precis-eval: -: standard input given more than once\n", 0) == 0);
}

TEST_CASE("rouge reads a folder as a dataset's refs/, and names each block it scores") {
  TempDir dir;
  const std::string text = "le pr\u00e9sident dort\n";
  dir.Write("refs/A1.txt", text);
  // Beside the reference: a backup, a note, an older version in a folder, and a
  // "reference" of punctuation alone; none is a reference, and each is said.
  dir.Write("refs/A1.txt.bak", "tout autre chose\n");
  dir.Write("refs/LISEZMOI.md", "les r\u00e9sum\u00e9s\n");
  dir.Write("refs/old/A5.txt", "autre chose encore\n");
  dir.Write("refs/A2.txt", "\u00ab \u00bb \u2014 !\n");
  const std::string same = dir.Write("same.txt", text);
  const auto folder = Eval("rouge --ref " + Quoted((dir.path() / "refs").string()) + " " + same);
  CHECK(folder.exit_code == 0);
  CHECK(Lines(folder.out) == AllMeasures("1.00000"));
  const std::string refs = (dir.path() / "refs").string();
  CHECK(folder.err == "precis-eval: warning: " + refs +
                          "/A1.txt.bak: not a .txt file, skipped (precis-eval "
                          "reads refs/*.txt)\n"
                          "precis-eval: warning: " +
                          refs +
                          "/LISEZMOI.md: not a .txt file, skipped (precis-eval "
                          "reads refs/*.txt)\n"
                          "precis-eval: warning: " +
                          refs +
                          "/old: a folder, skipped (precis-eval reads "
                          "refs/*.txt)\n"
                          "precis-eval: warning: " +
                          refs +
                          "/A2.txt: reference summary without a word (no "
                          "letter or digit), skipped\n");

  // A summary left out (binary) must not leave the other's figures unnamed.
  const std::string image = dir.Write("image.txt", std::string("\x89PNG\r\n\x1A\n\0\0", 10));
  const std::string ref = Quoted((dir.path() / "refs" / "A1.txt").string());
  const auto dropped = Eval("rouge --ref " + ref + " " + image + " " + same);
  CHECK(dropped.exit_code == 0);
  REQUIRE(!Lines(dropped.out).empty());
  CHECK(Lines(dropped.out)[0] == (dir.path() / "same.txt").string());
  const auto nothing = Eval("rouge --ref " + ref + " " + image);
  CHECK(nothing.exit_code == 1);
  CHECK(nothing.out.empty());
  CHECK(nothing.err.find("precis-eval: " + dir / "image.txt" +
                         ": no summary to score (see the warnings)\n") != std::string::npos);
  // So is one in a folder, as its warning says: it once printed a block of zeros under
  // its name after "binary file (PNG image), skipped".
  dir.Write("peers/a.txt", text);
  dir.Write("peers/b.txt", std::string("\x89PNG\r\n\x1A\n\0\0", 10));
  const auto in_folder = Eval("rouge --ref " + ref + " " + Quoted(dir / "peers"));
  CHECK(in_folder.exit_code == 0);
  CHECK(in_folder.err ==
        "precis-eval: warning: " + dir / "peers/b.txt" + ": binary file (PNG image), skipped\n");
  std::vector<std::string> named = {dir / "peers/a.txt"};
  for (const std::string& line : AllMeasures("1.00000")) named.push_back(line);
  CHECK(Lines(in_folder.out) == named);
}

TEST_CASE("rouge --rouge155 hands the Perl script's flags over, up to the first other argument") {
  TempDir dir;
  // ROUGE-1.5.5 turns every byte outside [A-Za-z0-9-] into a space: "présidentielle" is
  // "pr" "sidentielle" to it, the same as "pr sidentielle"; Unicode mode sees other words.
  const std::string accented_ref = dir.Write("accented.txt", "élection présidentielle\n");
  const std::string split_sys = dir.Write("split.txt", "lection pr sidentielle\n");
  const auto rouge155 = Eval("rouge --rouge155 -n 2 --ref " + accented_ref + " " + split_sys);
  REQUIRE(rouge155.exit_code == 0);
  CHECK(Lines(rouge155.out) == AllMeasures("1.00000"));
  const auto unicode = Eval("rouge --ref " + accented_ref + " " + split_sys);
  REQUIRE(unicode.exit_code == 0);
  CHECK(Lines(unicode.out).at(0) == "ROUGE-1 R=0.00000 P=0.00000 F=0.00000");

  // -l 3 cuts the system to the reference's three words: all 1, where it scores P = 0.5
  // uncut. Bundled and attached flags read as Getopt::Std reads them.
  const std::string ref = dir.Write("ref.txt", "the cat sat\n");
  const std::string sys = dir.Write("sys.txt", "the cat sat on the mat\n");
  struct Case {
    std::string args;
    std::string rouge1;
  };
  const std::vector<Case> cases = {
      {"--rouge155 -n 2 -l 3 --ref " + ref + " " + sys, "ROUGE-1 R=1.00000 P=1.00000 F=1.00000"},
      {"--ref " + ref + " --rouge155 -n 2 -l 3 " + sys, "ROUGE-1 R=1.00000 P=1.00000 F=1.00000"},
      {"--ref " + ref + " --rouge155 -n2 -ax -l3 -2 4 -u " + sys,
       "ROUGE-1 R=1.00000 P=1.00000 F=1.00000"},
      {"--rouge155 -n 2 --ref " + ref + " " + sys, "ROUGE-1 R=1.00000 P=0.50000 F=0.66667"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.args);
    const auto result = Eval("rouge " + c.args);
    CHECK(result.err.empty());
    REQUIRE(result.exit_code == 0);
    CHECK(Lines(result.out).at(0) == c.rouge1);
  }

  const auto as_json = Eval("rouge --format json --rouge155 -n 2 -l 3 --ref " + ref + " " + sys);
  REQUIRE(as_json.exit_code == 0);
  const json scoring = json::parse(as_json.out).at("scoring");
  CHECK(scoring.at("mode") == "rouge155");
  CHECK(scoring.at("flags") == json({"-n", "2", "-l", "3"}));
  CHECK(scoring.at("word_limit") == 3);

  // The skip-bigram measure is named as -2 and -u make it, as the script names it.
  const std::vector<std::pair<std::string, std::string>> skips = {
      {"", "ROUGE-SU4 "},        {"-2 4 -u", "ROUGE-SU4 "},  {"-2 4", "ROUGE-S4 "},
      {"-2 1 -u", "ROUGE-SU1 "}, {"-2 -1 -u", "ROUGE-SU* "}, {"-2 -1", "ROUGE-S* "}};
  for (const auto& [flags, label] : skips) {
    CAPTURE(flags);
    const auto named = Eval("rouge --ref " + ref + " --rouge155 -n 2 " + flags + " " + sys);
    REQUIRE(named.exit_code == 0);
    CHECK(Lines(named.out).at(3).rfind(label, 0) == 0);
  }
  const auto s4 = Eval("rouge --format json --ref " + ref + " --rouge155 -n 2 -2 4 " + sys);
  REQUIRE(s4.exit_code == 0);
  CHECK(json::parse(s4.out).at("systems").at(0).at("scores").contains("ROUGE-S4"));
}

// Runs `run` on samples/ and returns the parsed results.json; `out` must not exist yet.
json RunSamples(const std::string& out, const std::string& options, CommandResult* result) {
  *result = Eval("run " + Quoted(Samples()) + " --out " + Quoted(out) + " " + options);
  REQUIRE(result->exit_code == 0);
  return json::parse(Slurp(fs::path(out) / "results.json"));
}

double Figure(const json& system, const char* measure, const char* statistic) {
  return system.at("per_cluster").at(0).at(measure).at(statistic).get<double>();
}

TEST_CASE("run scores precis and the baselines on samples/ and writes results") {
  TempDir dir;
  CommandResult result;
  const json results = RunSamples(dir / "out", "", &result);

  const std::vector<std::string> systems = {"precis", "lead", "random", "oracle"};
  REQUIRE(results.at("systems").size() == systems.size());
  CHECK(results.at("clusters") == json({kSampleCluster}));
  CHECK(results.at("settings").at("summarize").at("words") == 100);
  CHECK(results.at("settings").at("scoring").at("mode") == "unicode");
  for (std::size_t i = 0; i < systems.size(); ++i) {
    const json& system = results.at("systems").at(i);
    CAPTURE(systems[i]);
    CHECK(system.at("name") == systems[i]);
    REQUIRE(system.at("per_cluster").size() == 1);
    CHECK(system.at("per_cluster").at(0).at("cluster") == kSampleCluster);
    // With one cluster, the mean is that cluster's figure.
    CHECK(system.at("means").at("ROUGE-2").at("R").at("mean").get<double>() ==
          Figure(system, "ROUGE-2", "R"));
    // The summary is there, non-empty, and no longer than the budget.
    const std::string summary = SampleSummary(dir / "out", systems[i]);
    CHECK(!summary.empty());
    std::istringstream words(summary);
    CHECK(std::distance(std::istream_iterator<std::string>(words),
                        std::istream_iterator<std::string>()) <= 100);
  }
  // The oracle maximizes ROUGE-2 recall: nothing extractive does better.
  const double oracle = Figure(results.at("systems").at(3), "ROUGE-2", "R");
  for (std::size_t i = 0; i < 3; ++i) {
    CAPTURE(systems[i]);
    CHECK(oracle >= Figure(results.at("systems").at(i), "ROUGE-2", "R"));
  }

  // results.csv: a header and one row per system x cluster x measure.
  const auto csv = Lines(Slurp(fs::path(dir / "out") / "results.csv"));
  REQUIRE(csv.size() == 1 + 4 * 1 * 4);
  CHECK(csv.at(0) == "system,cluster,measure,R,P,F");
  CHECK(csv.at(1).rfind(std::string("precis,") + kSampleCluster + ",ROUGE-1,", 0) == 0);
  CHECK(csv.at(16).rfind(std::string("oracle,") + kSampleCluster + ",ROUGE-SU4,", 0) == 0);
  // Nothing half-written is left behind.
  for (const auto& entry : fs::directory_iterator(dir / "out")) {
    CHECK(entry.path().filename().string().rfind('.', 0) != 0);
  }

  // The table: a block per measure in order, a row per system.
  const auto table = Lines(result.out);
  std::vector<std::string> blocks;
  for (const std::string& line : table) {
    if (line.rfind("ROUGE-", 0) == 0) blocks.push_back(line.substr(0, line.find(' ')));
  }
  CHECK(blocks == std::vector<std::string>({"ROUGE-1", "ROUGE-2", "ROUGE-L", "ROUGE-SU4"}));
  for (const std::string& system : systems) {
    CAPTURE(system);
    CHECK(std::count_if(table.begin(), table.end(), [&](const std::string& line) {
            return line.rfind(system + " ", 0) == 0;
          }) == 5);
  }
  // Then the lengths: with one cluster, mean, min and max are its summary's word count.
  const auto words_block = std::find_if(table.begin(), table.end(), [](const std::string& line) {
    return line.rfind("Words ", 0) == 0;
  });
  REQUIRE(std::distance(words_block, table.end()) == 1 + 4);
  for (std::size_t i = 0; i < systems.size(); ++i) {
    CAPTURE(systems[i]);
    std::istringstream summary(SampleSummary(dir / "out", systems[i]));
    const auto words = std::distance(std::istream_iterator<std::string>(summary),
                                     std::istream_iterator<std::string>());
    std::istringstream row(*(words_block + 1 + static_cast<std::ptrdiff_t>(i)));
    std::string name, mean;
    long shortest = -1, longest = -1;
    row >> name >> mean >> shortest >> longest;
    CHECK(name == systems[i]);
    CHECK(mean == std::to_string(words) + ".0");
    CHECK(shortest == words);
    CHECK(longest == words);
  }
  // Progress goes to a terminal only; here stderr is a file.
  CHECK(result.err.empty());
}

TEST_CASE("run keeps the dataset's warnings in results.json, and checks --plot first") {
  TempDir dir;
  // The sample cluster, with an empty reference beside its own.
  const fs::path cluster = dir.path() / "set" / kSampleCluster;
  fs::create_directories(cluster);
  fs::copy(Samples() + "/" + kSampleCluster, cluster, fs::copy_options::recursive);
  dir.Write(std::string("set/") + kSampleCluster + "/refs/vide.txt", "");
  const std::string set = Quoted((dir.path() / "set").string());
  const std::string out = Quoted((dir.path() / "out").string());
  // A plot that cannot be written fails the run before any result is written.
  const auto no_plot = Eval("run " + set + " --systems lead --out " + out + " --plot " +
                            Quoted((dir.path() / "nowhere" / "plot.svg").string()));
  CHECK(no_plot.exit_code == 1);
  CHECK(no_plot.err.find("plot.svg: cannot be written: no folder") != std::string::npos);
  CHECK_FALSE(fs::exists(dir.path() / "out"));

  const auto run = Eval("run " + set + " --systems lead --out " + out);
  REQUIRE(run.exit_code == 0);
  const std::string warning =
      (cluster / "refs" / "vide.txt").string() + ": empty reference summary, skipped";
  CHECK(run.err.find(warning) != std::string::npos);
  const json results = json::parse(Slurp(dir.path() / "out" / "results.json"));
  CHECK(results.at("warnings") == json::array({warning}));
}

TEST_CASE("run --out replaces an earlier run's folder whole, and no other folder") {
  TempDir dir;
  CommandResult result;
  RunSamples(dir / "out", "--systems lead,random", &result);
  dir.Write("out/summaries/lead/stale.txt", "from a run long ago\n");
  // A trailing slash names the same folder.
  RunSamples(dir / "out/", "--systems lead", &result);
  CHECK(fs::exists(dir.path() / "out" / "summaries" / "lead" /
                   (std::string(kSampleCluster) + ".txt")));
  CHECK_FALSE(fs::exists(dir.path() / "out" / "summaries" / "random"));
  CHECK_FALSE(fs::exists(dir.path() / "out" / "summaries" / "lead" / "stale.txt"));
  // Nothing is left beside it: the staging folder took its place.
  std::vector<std::string> beside;
  for (const auto& entry : fs::directory_iterator(dir.path())) {
    beside.push_back(entry.path().filename().string());
  }
  CHECK(beside == std::vector<std::string>{"out"});

  // A folder no run wrote is refused before the run, and left as it was.
  dir.Write("mine/notes.txt", "mes notes\n");
  const auto refused =
      Eval("run " + Quoted(Samples()) + " --systems lead --out " + Quoted(dir / "mine"));
  CHECK(refused.exit_code == 1);
  CHECK(refused.out.empty());
  CHECK(refused.err == "precis-eval: " + dir / "mine" +
                           ": exists and holds no results.json: refusing to replace a folder "
                           "that no run wrote\n");
  CHECK(Slurp(dir.path() / "mine" / "notes.txt") == "mes notes\n");

  // Nor the folder the command runs in, which would leave the shell in a removed one.
  const auto here = RunCommand("cd " + Quoted(dir / "out") + " && " + PrecisEval() + " run " +
                               Quoted(Samples()) + " --systems lead --out .");
  CHECK(here.exit_code == 1);
  CHECK(here.err.find(": holds the current directory") != std::string::npos);
  CHECK(fs::exists(dir.path() / "out" / "results.json"));
}

// A small dataset of our own, DIR/set/c/{docs,refs}: two articles, two references.
fs::path SmallDataset(const TempDir& dir) {
  dir.Write("set/c/docs/01.txt",
            "La mairie de Brest présente son budget. Les écoles recevront 6.700 euros.\n");
  dir.Write("set/c/docs/02.txt",
            "Le budget de Brest est en hausse de 3,5 %. L’opposition parle d’un budget timide.\n");
  dir.Write("set/c/refs/A.txt", "Brest présente un budget en hausse.\n");
  dir.Write("set/c/refs/B.txt", "Les écoles de Brest recevront 6.700 euros.\n");
  return dir.path() / "set";
}

TEST_CASE("run --plot never writes over a file the run reads, nor into a cluster") {
  // --plot once wrote its SVG over a reference, and the run went on with exit 0.
  TempDir dir;
  const fs::path set = SmallDataset(dir);
  dir.Write("sys/c.txt", "Brest présente un budget.\n");
  fs::create_symlink(set / "c" / "refs" / "A.txt", dir.path() / "link.svg");
  fs::create_hard_link(set / "c" / "docs" / "01.txt", dir.path() / "hard.svg");
  const std::vector<std::string> plots = {(set / "c" / "refs" / "A.txt").string(),
                                          (set / "c" / "docs" / "02.txt").string(),
                                          dir / "sys/c.txt", dir / "link.svg", dir / "hard.svg"};
  std::vector<std::string> before;
  for (const std::string& plot : plots) before.push_back(Slurp(plot));
  for (std::size_t i = 0; i < plots.size(); ++i) {
    CAPTURE(plots[i]);
    const auto result = Eval("run " + Quoted(set.string()) + " --systems lead --system-dir s=" +
                             Quoted(dir / "sys") + " --plot " + Quoted(plots[i]));
    CHECK(result.exit_code == 2);
    CHECK(result.out.empty());
    CHECK(result.err ==
          "precis-eval: " + plots[i] + ": --plot names an input file; refusing to overwrite it\n");
    CHECK(Slurp(plots[i]) == before[i]);
  }
  // A new file in a cluster's folder would change the dataset.
  const auto inside =
      Eval("run " + Quoted(set.string()) + " --systems lead --plot " + Quoted(set / "c/plot.svg"));
  CHECK(inside.exit_code == 2);
  CHECK(inside.err.find("refusing to write into the dataset") != std::string::npos);
  CHECK_FALSE(fs::exists(set / "c" / "plot.svg"));
}

TEST_CASE("run --out never replaces the dataset, nor a folder a run did not write") {
  TempDir dir;
  const fs::path set = SmallDataset(dir);
  // A results.json of another tool does not make the dataset a run's folder.
  dir.Write("set/results.json", "{\"accuracy\": 0.9}\n");
  const auto dataset =
      Eval("run " + Quoted(set.string()) + " --systems lead --out " + Quoted(set.string()));
  // Refused as the dataset, with the usage errors' code, before any other check of it.
  CHECK(dataset.exit_code == 2);
  CHECK(dataset.err == "precis-eval: " + set.string() + ": --out is or holds the dataset " +
                           set.string() + "; refusing to replace it\n");
  CHECK(fs::exists(set / "c" / "docs" / "01.txt"));
  CHECK(Slurp(set / "results.json") == "{\"accuracy\": 0.9}\n");
  // Inside a cluster: it would be written into the dataset.
  const auto inside =
      Eval("run " + Quoted(set.string()) + " --systems lead --out " + Quoted(set / "c/out"));
  CHECK(inside.exit_code == 2);
  CHECK(inside.err.find("refusing to write into the dataset") != std::string::npos);
  CHECK_FALSE(fs::exists(set / "c" / "out"));

  // A run's folder with a file of the user's, or with another tool's results.json.
  const auto run =
      Eval("run " + Quoted(set.string()) + " --systems lead --out " + Quoted(dir / "out"));
  REQUIRE(run.exit_code == 0);
  struct Case {
    std::string folder;
    std::string file;
    std::string text;
    std::string problem;
  };
  const std::vector<Case> cases = {
      {"notes", "out/notes.txt", "mes notes\n",
       "holds notes.txt, which no run writes: refusing to replace the folder"},
      {"other", "other/results.json", "{\"accuracy\": 0.9}\n",
       "holds a results.json that precis-eval did not write: refusing to replace the folder"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.folder);
    dir.Write(c.file, c.text);
    const auto refused = Eval("run " + Quoted(set.string()) + " --systems lead --out " +
                              Quoted(dir / fs::path(c.file).parent_path().string()));
    CHECK(refused.exit_code == 1);
    CHECK(refused.err == "precis-eval: " + dir / fs::path(c.file).parent_path().string() + ": " +
                             c.problem + "\n");
    CHECK(Slurp(dir.path() / c.file) == c.text);
  }
  // A link to a run's folder is named as one, not as "not a folder".
  fs::remove(dir.path() / "out" / "notes.txt");
  fs::create_directory_symlink(dir.path() / "out", dir.path() / "linkout");
  const auto link =
      Eval("run " + Quoted(set.string()) + " --systems lead --out " + Quoted(dir / "linkout"));
  CHECK(link.exit_code == 1);
  CHECK(link.err.find("linkout: a symbolic link (to ") != std::string::npos);
}

TEST_CASE("run --out never replaces a folder or a file the run reads") {
  // `--out résultats --system-dir mien=résultats/summaries/lead` once deleted the summaries
  // it scored: the folder replaced took its input with it.
  TempDir dir;
  const fs::path set = SmallDataset(dir);
  const std::string out = dir / "résultats";
  REQUIRE(Eval("run " + Quoted(set.string()) + " --systems lead --out " + Quoted(out)).exit_code ==
          0);
  const std::string summaries = out + "/summaries/lead";
  const std::string summary = Slurp(fs::path(summaries) / "c.txt");
  fs::create_directory_symlink(summaries, dir.path() / "mes_résumés");
  dir.Write("ailleurs/c/docs/01.txt", Slurp(set / "c" / "docs" / "01.txt"));
  fs::create_directories(dir.path() / "ailleurs/c/refs");
  fs::create_symlink(fs::path(summaries) / "c.txt", dir.path() / "ailleurs/c/refs/A.txt");
  struct Case {
    std::string name;
    std::string command;  // run in dir
    std::string out;      // as named
    std::string input;    // as named
    std::string role;
  };
  const std::vector<Case> cases = {
      {"a --system-dir inside --out",
       "run " + Quoted(set.string()) + " --systems lead --out " + Quoted(out) +
           " --system-dir mien=" + Quoted(summaries),
       out, summaries, "--system-dir mien"},
      {"relative names, the --system-dir being --out",
       "run set --out résultats/summaries/lead/ "
       "--system-dir mien=./résultats/../résultats/summaries/lead",
       "résultats/summaries/lead/", "./résultats/../résultats/summaries/lead", "--system-dir mien"},
      {"a --system-dir that links into --out",
       "run set --systems lead --out résultats --system-dir mien=mes_résumés", "résultats",
       "mes_résumés", "--system-dir mien"},
      {"a reference that links into --out", "run ailleurs --systems lead --out résultats",
       "résultats", "ailleurs/c/refs/A.txt", "cluster c"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.name);
    const auto result =
        RunCommand("cd " + Quoted(dir.path().string()) + " && " + PrecisEval() + " " + c.command);
    CHECK(result.exit_code == 2);
    CHECK(result.out.empty());
    CHECK(result.err == "precis-eval: " + c.out + ": --out would replace " + c.input +
                            ", an input of this run (" + c.role + "); choose another --out\n");
    CHECK(Slurp(fs::path(summaries) / "c.txt") == summary);
  }
}

TEST_CASE("run --plot inside --out is written with the folder, new or replaced") {
  // The plot was once written before the folder swap, which then removed it.
  TempDir dir;
  const std::string set = Quoted(SmallDataset(dir).string());
  const std::string out = Quoted(dir / "out");
  const std::string plot = Quoted(dir / "out/chart.svg");
  for (int run = 0; run < 2; ++run) {
    CAPTURE(run);  // 0: no folder yet; 1: an earlier run's folder replaced
    const auto result = Eval("run " + set + " --systems lead --out " + out + " --plot " + plot);
    REQUIRE(result.exit_code == 0);
    CHECK(Slurp(dir.path() / "out" / "chart.svg").find("<svg ") != std::string::npos);
  }
  // A later run without --plot may replace the folder: the plot is a run's.
  CHECK(Eval("run " + set + " --systems lead --out " + out).exit_code == 0);
  CHECK_FALSE(fs::exists(dir.path() / "out" / "chart.svg"));
  // A plot deeper in the folder would be lost with it.
  const auto deeper = Eval("run " + set + " --systems lead --out " + out + " --plot " +
                           Quoted(dir / "out/summaries/chart.svg"));
  CHECK(deeper.exit_code == 2);
  CHECK_FALSE(fs::exists(dir.path() / "out" / "summaries" / "chart.svg"));
}

TEST_CASE("rouge reads a file given twice once, and names a folder without summaries") {
  TempDir dir;
  const std::string r1 = dir.Write("r1.txt", "le chat dort\n");
  const std::string r2 = dir.Write("r2.txt", "le chien dort\n");
  const std::string sys = dir.Write("s.txt", "le chat dort\n");
  fs::create_symlink(dir.path() / "r1.txt", dir.path() / "link.txt");
  fs::create_directories(dir.path() / "empty");
  const std::string empty = Quoted(dir / "empty");
  // Counted once, r1 weighs as much as r2: the scores are those of r1 and r2 alone.
  const auto once = Eval("rouge --ref " + r1 + " --ref " + r2 + " " + sys);
  REQUIRE(once.exit_code == 0);
  for (const std::string& extra : {"--ref " + r1, "--ref " + Quoted(dir / "link.txt")}) {
    CAPTURE(extra);
    const auto twice = Eval("rouge --ref " + r1 + " " + extra + " --ref " + r2 + " " + sys);
    REQUIRE(twice.exit_code == 0);
    CHECK(twice.out == once.out);
    CHECK(Lines(twice.err).size() == 1);
    CHECK((twice.err.find(": given twice, read once") != std::string::npos ||
           twice.err.find("link.txt: read already, as " + dir / "r1.txt" + ", skipped") !=
               std::string::npos));
  }
  // An empty folder is said, beside references that hold text or alone.
  const std::string no_txt =
      "precis-eval: warning: " + dir / "empty" + ": no .txt file in the folder\n";
  const auto beside = Eval("rouge --ref " + r1 + " --ref " + empty + " " + sys);
  CHECK(beside.exit_code == 0);
  CHECK(beside.err == no_txt);
  const auto alone = Eval("rouge --ref " + empty + " " + sys);
  CHECK(alone.exit_code == 1);
  CHECK(alone.err == no_txt + "precis-eval: " + dir / "empty" +
                         ": no reference summary holds text (see the warnings)\n");
  const auto no_summary = Eval("rouge --ref " + r1 + " " + empty);
  CHECK(no_summary.exit_code == 1);
  CHECK(no_summary.err ==
        no_txt + "precis-eval: " + dir / "empty" + ": no summary to score (see the warnings)\n");
}

TEST_CASE("compare refuses a results file no run could have written") {
  TempDir dir;
  const std::string set = Quoted(SmallDataset(dir).string());
  REQUIRE(Eval("run " + set + " --systems lead,random --out " + Quoted(dir / "out")).exit_code ==
          0);
  const json good = json::parse(Slurp(dir.path() / "out" / "results.json"));
  struct Case {
    std::string name;
    std::function<void(json&)> damage;
    std::string problem;
  };
  const std::vector<Case> cases = {
      {"no settings", [](json& j) { j.erase("settings"); },
       "not a precis-eval results file: missing \"settings\""},
      // Once read without a word: compare then paired runs scored otherwise.
      {"no scoring", [](json& j) { j["settings"].erase("scoring"); },
       "not a precis-eval results file: missing \"scoring\" in settings"},
      {"a system twice", [](json& j) { j["systems"].push_back(j["systems"][0]); },
       "system 'lead' is listed twice"},
      {"a negative score",
       [](json& j) { j["systems"][0]["per_cluster"][0]["ROUGE-2"]["R"] = -0.25; },
       "outside 0 to 1"},
      {"a score over 1", [](json& j) { j["systems"][1]["per_cluster"][0]["ROUGE-1"]["F"] = 1.5; },
       "outside 0 to 1"},
      // Once "lists its clusters out of order", which sent the reader looking for an order.
      {"a cluster the run did not have",
       [](json& j) { j["systems"][0]["per_cluster"][0]["cluster"] = "x"; },
       "system 'lead' scores a cluster 'x' the run did not have"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.name);
    json damaged = good;
    c.damage(damaged);
    const std::string path = dir.Write("damaged.json", damaged.dump());
    const auto result = Eval("compare " + path + " " + path + " --system lead --system-b random");
    CHECK(result.exit_code == 1);
    CHECK(result.out.empty());
    CHECK(Lines(result.err).size() == 1);
    CHECK(result.err.find(dir / "damaged.json: ") != std::string::npos);
    CHECK(result.err.find(c.problem) != std::string::npos);
  }
}

// compare once printed the JSON library's exception ("[json.exception.parse_error.101]
// parse error at line 1, column 1: ...", "[json.exception.type_error.304] cannot use at()
// with array") and crashed on a value nested deep in settings.
TEST_CASE("compare says what is wrong with a file that is no results file, and where") {
  TempDir dir;
  const std::string set = Quoted(SmallDataset(dir).string());
  REQUIRE(Eval("run " + set + " --systems lead,random --out " + Quoted(dir / "out")).exit_code ==
          0);
  const json good = json::parse(Slurp(dir.path() / "out" / "results.json"));
  const std::string cluster = good["clusters"][0];
  const auto damaged = [&](const std::function<void(json&)>& damage) {
    json j = good;
    damage(j);
    return j.dump();
  };
  const std::string nested = std::string(100000, '[') + std::string(100000, ']');
  struct Case {
    std::string name;
    std::string text;
    std::string problem;  // what follows "precis-eval: PATH: "
  };
  const std::vector<Case> cases = {
      {"empty", "", "an empty file, not a precis-eval results file"},
      {"blank", " \n\t\n", "an empty file, not a precis-eval results file"},
      {"truncated", R"({"clusters": ["a"], "settings": {)",
       "invalid JSON at line 1, column 34: the file ends before the JSON does (truncated?)"},
      {"malformed", "{\n  \"clusters\": [\n    \"a\",,\n",
       "invalid JSON at line 3, column 9: unexpected ','; expected '[', '{', or a literal"},
      {"binary", std::string("\177ELF\2\1\1\0\0\0\377", 11),
       "a binary file (NUL bytes), not a precis-eval results file"},
      {"Latin-1", "{\"clusters\": [\"caf\xe9\"]}",
       "invalid JSON at line 1, column 20: invalid string: ill-formed UTF-8 byte"},
      {"a number no double holds", R"({"clusters": ["a"], "x": 1e400})",
       "invalid JSON: number overflow parsing '1e400'"},
      {"nested deep", nested, "not a precis-eval results file: nested more than 64 levels deep"},
      // One of the two values would have been read without a word.
      {"a key twice",
       R"({"clusters": ["a"], "settings": {"summarize": {"words": 100, "words": 50}}})",
       "not a precis-eval results file: settings.summarize: duplicate key 'words'"},
      {"an array", "[1, 2, 3]",
       "not a precis-eval results file: the top level is an array, not an object"},
      {"a string", R"("results")",
       "not a precis-eval results file: the top level is \"results\", not an object"},
      {"missing clusters", damaged([](json& j) { j.erase("clusters"); }),
       "not a precis-eval results file: missing \"clusters\""},
      {"clusters a string", damaged([](json& j) { j["clusters"] = "abc"; }),
       "not a precis-eval results file: clusters is \"abc\", not an array"},
      {"a cluster a number", damaged([](json& j) { j["clusters"][0] = 7; }),
       "not a precis-eval results file: clusters[0] is 7, not a string"},
      {"no cluster", damaged([](json& j) {
         j["clusters"] = json::array();
         for (json& s : j["systems"]) s["per_cluster"] = json::array();
       }),
       "not a precis-eval results file: \"clusters\" is empty"},
      {"a cluster twice", damaged([](json& j) {
         j["clusters"].push_back(j["clusters"][0]);
         for (json& s : j["systems"]) s["per_cluster"].push_back(s["per_cluster"][0]);
       }),
       "cluster '" + cluster + "' is listed twice"},
      {"settings a string", damaged([](json& j) { j["settings"] = "x"; }),
       "not a precis-eval results file: settings is \"x\", not an object"},
      {"skip distance negative",
       damaged([](json& j) { j["settings"]["scoring"]["skip_distance"] = -4; }),
       "not a precis-eval results file: settings.scoring.skip_distance is -4, not a count (a "
       "whole number, 0 or more)"},
      {"skip unigrams a string",
       damaged([](json& j) { j["settings"]["scoring"]["skip_unigrams"] = "yes"; }),
       "not a precis-eval results file: settings.scoring.skip_unigrams is \"yes\", not true or "
       "false"},
      {"a budget a string", damaged([](json& j) { j["settings"]["summarize"]["words"] = "100"; }),
       "not a precis-eval results file: settings.summarize.words is \"100\", not a count (a "
       "whole number, 0 or more)"},
      {"scoring nested deep", damaged([&](json& j) {
         j["settings"]["scoring"]["x"] = json::parse(nested.substr(99900, 200));
       }),
       "not a precis-eval results file: nested more than 64 levels deep"},
      {"systems an object", damaged([](json& j) {
         j["systems"] = {{"lead", 1}};
       }),
       "not a precis-eval results file: systems is an object, not an array"},
      {"a system a number", damaged([](json& j) { j["systems"][1] = 1; }),
       "not a precis-eval results file: systems[1] is 1, not an object"},
      {"a system without a name", damaged([](json& j) { j["systems"][0].erase("name"); }),
       "not a precis-eval results file: missing \"name\" in systems[0]"},
      {"per_cluster a string", damaged([](json& j) { j["systems"][0]["per_cluster"] = "x"; }),
       "not a precis-eval results file: systems[0].per_cluster is \"x\", not an array"},
      {"a row an array", damaged([](json& j) { j["systems"][0]["per_cluster"][0] = {1}; }),
       "not a precis-eval results file: systems[0].per_cluster[0] is an array, not an object"},
      {"a measure missing",
       damaged([](json& j) { j["systems"][1]["per_cluster"][0].erase("ROUGE-L"); }),
       "not a precis-eval results file: missing \"ROUGE-L\" in systems[1].per_cluster[0]"},
      {"a score missing",
       damaged([](json& j) { j["systems"][0]["per_cluster"][0]["ROUGE-2"].erase("R"); }),
       "not a precis-eval results file: missing \"R\" in systems[0].per_cluster[0].ROUGE-2"},
      {"a score a string",
       damaged([](json& j) { j["systems"][0]["per_cluster"][0]["ROUGE-2"]["R"] = "0.5"; }),
       "not a precis-eval results file: systems[0].per_cluster[0].ROUGE-2.R is \"0.5\", not a "
       "number"},
      {"a score null",
       damaged([](json& j) { j["systems"][0]["per_cluster"][0]["ROUGE-SU4"]["F"] = nullptr; }),
       "not a precis-eval results file: systems[0].per_cluster[0].ROUGE-SU4.F is null, not a "
       "number"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.name);
    const std::string path = dir.Write("bad.json", c.text);
    for (const std::string& args :
         {path + " " + Quoted(dir / "out"), Quoted(dir / "out") + " " + path, path + " " + path}) {
      CAPTURE(args);
      const auto result = Eval("compare " + args + " --system lead --system-b random");
      CHECK(result.exit_code == 1);
      CHECK(result.out.empty());
      CHECK(result.err == "precis-eval: " + dir / "bad.json" + ": " + c.problem + "\n");
    }
  }
  // A folder where a run's folder holds its results.json: once an "internal error".
  fs::create_directories(dir.path() / "nested" / "results.json");
  const auto folder = Eval("compare " + Quoted(dir / "nested") + " " + Quoted(dir / "out"));
  CHECK(folder.exit_code == 1);
  CHECK(folder.err == "precis-eval: " + dir / "nested/results.json" +
                          ": a folder, not a precis-eval results file\n");
  // A device that never ends is refused at its first bytes, not read to its end.
  const auto zero = Eval("compare /dev/zero " + Quoted(dir / "out"));
  CHECK(zero.exit_code == 1);
  CHECK(zero.err ==
        "precis-eval: /dev/zero: a binary file (NUL bytes), not a precis-eval results file\n");
  // The good file, compared with itself, still compares.
  const auto same = Eval("compare " + Quoted(dir / "out") + " " + Quoted(dir / "out") +
                         " --system lead --system-b random");
  CHECK(same.exit_code == 0);
  CHECK(same.err.empty());
}

TEST_CASE("compare writes control characters of cluster names as '?'") {
  TempDir dir;
  SmallDataset(dir);
  fs::rename(dir.path() / "set" / "c", dir.path() / "set" / "c\nlow\x1b[31m\tend");
  const std::string out = Quoted(dir / "out");
  REQUIRE(Eval("run " + Quoted(dir / "set") + " --systems lead,random --out " + out).exit_code ==
          0);
  const auto result = Eval("compare " + out + " " + out + " --system lead --system-b random");
  REQUIRE(result.exit_code == 0);
  CHECK(result.out.find('\x1b') == std::string::npos);
  // So do rouge's block names and run's first line, which name files and folders.
  dir.Write("s\x1b[2J\n.txt", "Brest présente un budget.\n");
  const std::string ref = Quoted(dir / "set/c\nlow\x1b[31m\tend/refs/A.txt");
  const auto rouge = Eval("rouge --ref " + ref + " " + Quoted(dir / "s\x1b[2J\n.txt") + " " + ref);
  REQUIRE(rouge.exit_code == 0);
  CHECK(rouge.out.find('\x1b') == std::string::npos);
  CHECK(rouge.out.find("s?[2J?.txt\n") != std::string::npos);
  const auto run = Eval("run " + Quoted(dir / "set/c\nlow\x1b[31m\tend") + " --systems lead");
  REQUIRE(run.exit_code == 0);
  CHECK(run.out.find('\x1b') == std::string::npos);
  CHECK(result.out.find('\t') == std::string::npos);
  CHECK(result.out.find("\nc?low?[31m?end ") != std::string::npos);
}

TEST_CASE("counts of one are said in the singular") {
  TempDir dir;
  const std::string set = Quoted(SmallDataset(dir).string());
  const auto run =
      Eval("run " + set + " --systems lead --words 1 --resamples 40 --out " + Quoted(dir / "one"));
  REQUIRE(run.exit_code == 0);
  CHECK(run.out.find("1 cluster, summaries of 1 word\n") != std::string::npos);
  REQUIRE(Eval("run " + set + " --systems lead --out " + Quoted(dir / "many")).exit_code == 0);
  const auto compare =
      Eval("compare " + Quoted(dir / "one") + " " + Quoted(dir / "many") + " --system lead");
  CHECK(compare.err.find("has summaries of 1 word, ") != std::string::npos);
}

TEST_CASE("precis's summary in a run is what the precis program prints") {
  const std::string precis = BuiltPrecis();
  if (precis.empty()) return;
  TempDir dir;
  CommandResult result;
  RunSamples(dir / "out", "--systems precis -w 60 --similarity overlap", &result);
  const auto printed =
      RunCommand(Quoted(precis) + " -w 60 --similarity overlap " + Quoted(SampleDocs()));
  REQUIRE(printed.exit_code == 0);
  CHECK(SampleSummary(dir / "out", "precis") == printed.out);
}

TEST_CASE("run --explain writes what precis explain prints, beside the same summary") {
  const std::string precis = BuiltPrecis();
  if (precis.empty()) return;
  TempDir dir;
  CommandResult result;
  const std::string options = "-w 60 --lambda 0.5";
  RunSamples(dir / "out", "--systems oracle,precis --explain " + options, &result);
  const auto explained =
      RunCommand(Quoted(precis) + " explain --format json " + options + " " + Quoted(SampleDocs()));
  REQUIRE(explained.exit_code == 0);
  const std::string written =
      Slurp(fs::path(dir / "out") / "explanations" / (std::string(kSampleCluster) + ".json"));
  CHECK(written == explained.out);

  // Its chosen sentences are the summary the run scored, in the order it prints them.
  const json sentences = json::parse(written).at("sentences");
  REQUIRE(!sentences.empty());
  std::vector<std::string> chosen, others;
  for (const json& s : sentences) {
    (s.at("verdict") == "chosen" ? chosen : others).push_back(s.at("text"));
  }
  CHECK(!others.empty());
  std::vector<std::string> summary = Lines(SampleSummary(dir / "out", "precis"));
  REQUIRE(!summary.empty());
  std::sort(chosen.begin(), chosen.end());
  std::sort(summary.begin(), summary.end());
  CHECK(chosen == summary);

  // Without --explain, no folder of explanations.
  RunSamples(dir / "plain", "--systems precis", &result);
  CHECK(!fs::exists(fs::path(dir / "plain") / "explanations"));
}

TEST_CASE("run is deterministic, whatever the number of threads") {
  TempDir dir;
  CommandResult first, second;
  RunSamples(dir / "one", "--threads 1", &first);
  RunSamples(dir / "two", "--threads 2", &second);
  CHECK(Slurp(fs::path(dir / "one") / "results.json") ==
        Slurp(fs::path(dir / "two") / "results.json"));
  CHECK(Slurp(fs::path(dir / "one") / "results.csv") ==
        Slurp(fs::path(dir / "two") / "results.csv"));
  CHECK(first.out == second.out);
  // The seed is the random baseline's and the bootstrap's: lead's scores stay.
  CommandResult reseeded;
  const json other = RunSamples(dir / "seeded", "--seed 7 --systems random,lead", &reseeded);
  const json base = json::parse(Slurp(fs::path(dir / "one") / "results.json"));
  REQUIRE(other.at("systems").at(1).at("name") == "lead");
  REQUIRE(base.at("systems").at(1).at("name") == "lead");
  CHECK(other.at("systems").at(1).at("per_cluster") == base.at("systems").at(1).at("per_cluster"));
  // ...and random's do not: the seed is what picks its sentences.
  REQUIRE(other.at("systems").at(0).at("name") == "random");
  REQUIRE(base.at("systems").at(2).at("name") == "random");
  CHECK(other.at("systems").at(0).at("per_cluster") != base.at("systems").at(2).at("per_cluster"));
}

TEST_CASE("run --system-dir scores summaries another run wrote, with the same figures") {
  TempDir dir;
  CommandResult result;
  const json first = RunSamples(dir / "first", "--systems precis,oracle", &result);
  const json reread =
      RunSamples(dir / "second",
                 "--systems '' --system-dir mine=" + Quoted(dir / "first/summaries/precis") +
                     " --system-dir best=" + Quoted(dir / "first/summaries/oracle"),
                 &result);
  REQUIRE(reread.at("systems").size() == 2);
  CHECK(reread.at("systems").at(0).at("name") == "mine");
  CHECK(reread.at("systems").at(0).at("kind") == "directory");
  CHECK(reread.at("systems").at(0).at("per_cluster") ==
        first.at("systems").at(0).at("per_cluster"));
  CHECK(reread.at("systems").at(1).at("per_cluster") ==
        first.at("systems").at(1).at("per_cluster"));
}

// The count in `row` of eval/oracle-verdicts' one-column table, 0 when the row is absent.
int VerdictCount(const std::string& table, const std::string& row) {
  for (const std::string& line : Lines(table)) {
    const std::string start = "| " + row + " | ";
    if (line.rfind(start, 0) == 0) return std::stoi(line.substr(start.size()));
  }
  return 0;
}

// eval/oracle-verdicts DATA, then `extra`, run with this build's precis-eval.
CommandResult OracleVerdicts(const fs::path& data, const std::string& extra) {
  return RunCommand("PRECIS_EVAL=" + PrecisEval() + " python3 " +
                    Quoted(std::string(PRECIS_SOURCE_DIR) + "/eval/oracle-verdicts") + " " +
                    Quoted(data) + extra);
}

TEST_CASE("eval/oracle-verdicts counts where the oracle's sentences go, on samples/ alone") {
  if (RunCommand("command -v python3").exit_code != 0) {
    WARN("python3 missing: eval/oracle-verdicts not run");
    return;
  }
  TempDir dir;
  fs::create_directories(dir / "data");  // no development set: samples/ alone
  const auto table = OracleVerdicts(dir / "data", "");
  CAPTURE(table.out, table.err);
  REQUIRE(table.exit_code == 0);
  CHECK(table.err.find("rpm2_fr left out") != std::string::npos);
  CHECK(table.out.find("| verdict | samples |") != std::string::npos);
  CHECK(table.out.find("not found") == std::string::npos);  // every sentence matched

  // Its figures are the oracle's sentences, and those of them precis prints.
  CommandResult result;
  RunSamples(dir / "out", "--systems oracle,precis", &result);
  const std::vector<std::string> oracle = Lines(SampleSummary(dir / "out", "oracle"));
  const std::vector<std::string> printed = Lines(SampleSummary(dir / "out", "precis"));
  REQUIRE(!printed.empty());
  const auto chosen = std::count_if(oracle.begin(), oracle.end(), [&](const std::string& s) {
    return std::find(printed.begin(), printed.end(), s) != printed.end();
  });
  REQUIRE(!oracle.empty());
  CHECK(VerdictCount(table.out, "all") == static_cast<int>(oracle.size()));
  CHECK(VerdictCount(table.out, "chosen") == chosen);
  CHECK(VerdictCount(table.out, "chosen") < VerdictCount(table.out, "all"));

  // A bad option for precis is named, in one line, and fails the script.
  const auto bad = OracleVerdicts(dir / "data", " -- --lambda 7");
  CHECK(bad.exit_code == 1);
  CHECK(bad.err.find("--lambda: must be in [0, 1]") != std::string::npos);
}

TEST_CASE("compare pairs clusters and says when there is no difference") {
  TempDir dir;
  CommandResult result;
  RunSamples(dir / "out", "", &result);
  const std::string results = Quoted(dir / "out/results.json");

  const auto same = Eval("compare " + results + " " + results);
  REQUIRE(same.exit_code == 0);
  const auto lines = Lines(same.out);
  REQUIRE(!lines.empty());
  CHECK(lines.back().rfind("no significant difference (p = 1", 0) == 0);
  CHECK(same.out.find("0 wins, 0 losses, 1 tie") != std::string::npos);

  // Two systems of one file; one cluster can show no significant difference either.
  const auto two = Eval("compare " + results + " " + results +
                        " --system oracle --system-b random --measure rouge-2 --stat R");
  REQUIRE(two.exit_code == 0);
  CHECK(two.out.find("ROUGE-2 R over 1 cluster") != std::string::npos);
  CHECK(two.out.find("1 win, 0 losses, 0 ties") != std::string::npos);
  CHECK(Lines(two.out).back().rfind("no significant difference", 0) == 0);
  // One difference has no spread: nothing to say of what the clusters could detect,
  // and no bootstrap p (it was "p < 0.001", every resample being that one cluster).
  CHECK(two.out.find("detectable") == std::string::npos);
  CHECK(two.out.find("paired bootstrap: none (one cluster cannot be resampled); permutation: "
                     "p = 1\n") != std::string::npos);

  // Results over other clusters cannot be paired: a copy of the sample under another name.
  TempDir other;
  fs::copy(Samples() + "/" + kSampleCluster, other / "renamed", fs::copy_options::recursive);
  CHECK(Eval("run " + Quoted(other / "renamed") + " --systems lead --out " + Quoted(other / "out"))
            .exit_code == 0);
  const auto unpaired =
      Eval("compare " + results + " " + Quoted(other / "out/results.json") + " --system lead");
  CHECK(unpaired.exit_code == 1);
  CHECK(unpaired.err.find(other / "out/results.json") != std::string::npos);
  CHECK(unpaired.err.find("clusters differ") != std::string::npos);

  // A run's --out folder stands for its results.json.
  const auto folder = Eval("compare " + Quoted(dir / "out") + " " + results);
  CHECK(folder.exit_code == 0);
  CHECK(folder.out.find("0 wins, 0 losses, 1 tie") != std::string::npos);
}

TEST_CASE("compare refuses runs scored otherwise, and warns of other budgets") {
  TempDir dir;
  CommandResult result;
  RunSamples(dir / "unicode", "--systems lead", &result);
  RunSamples(dir / "rouge155", "--systems lead --rouge155 -n 2 -m", &result);
  RunSamples(dir / "short", "--systems lead -w 50", &result);
  const auto mixed = Eval("compare " + Quoted(dir / "unicode") + " " + Quoted(dir / "rouge155") +
                          " --system lead");
  CHECK(mixed.exit_code == 1);
  CHECK(mixed.out.empty());
  CHECK(mixed.err == "precis-eval: " + dir / "rouge155" + ": scored otherwise than " +
                         dir / "unicode" +
                         " (settings.scoring differs): compare runs scored alike\n");
  const auto budgets =
      Eval("compare " + Quoted(dir / "unicode") + " " + Quoted(dir / "short") + " --system lead");
  CHECK(budgets.exit_code == 0);
  CHECK(budgets.err == "precis-eval: warning: " + dir / "unicode" + " has summaries of 100 words, " +
                           dir / "short" + " of 50 words: the scores differ by their length too\n");
  // The same scoring written otherwise, or with flags that change nothing, is alike;
  // stemming is not.
  RunSamples(dir / "reordered", "--systems lead --rouge155 -m -n 2 -a -c 95 -x", &result);
  const auto alike = Eval("compare " + Quoted(dir / "rouge155") + " " + Quoted(dir / "reordered") +
                          " --system lead");
  CHECK(alike.exit_code == 0);
  CHECK(alike.err.empty());
  // A run's files name the measure as its flags made it, and compare reads it back.
  const json s4 = RunSamples(dir / "s4", "--systems lead,random --rouge155 -n 2 -2 4", &result);
  CHECK(s4.at("systems").at(0).at("means").contains("ROUGE-S4"));
  CHECK(Slurp(dir.path() / "s4" / "results.csv").find(",ROUGE-S4,") != std::string::npos);
  CHECK(result.out.find("\nROUGE-S4 ") != std::string::npos);
  const auto s4_compare = Eval("compare " + Quoted(dir / "s4") + " " + Quoted(dir / "s4") +
                               " --system lead --system-b random --measure s4");
  CHECK(s4_compare.exit_code == 0);
  CHECK(s4_compare.out.find("ROUGE-S4 F") != std::string::npos);
  RunSamples(dir / "unstemmed", "--systems lead --rouge155 -n 2", &result);
  CHECK(Eval("compare " + Quoted(dir / "rouge155") + " " + Quoted(dir / "unstemmed") +
             " --system lead")
            .exit_code == 1);
}

TEST_CASE("compare says how large a difference its clusters could detect") {
  // Clusters that are the sample scored against different subsets of its references, so
  // that oracle and random differ by different amounts on each.
  TempDir dir;
  std::vector<fs::path> refs;
  for (const auto& entry :
       fs::directory_iterator(Samples() + "/" + kSampleCluster + "/refs")) {
    refs.push_back(entry);
  }
  std::sort(refs.begin(), refs.end());
  REQUIRE(refs.size() == 3);  // 7 non-empty subsets
  const auto make = [&](const std::string& name, unsigned subset) {
    const fs::path cluster = fs::path(dir / "data") / name;
    fs::create_directories(cluster / "refs");
    fs::copy(SampleDocs(), cluster / "docs");
    for (std::size_t r = 0; r < refs.size(); ++r) {
      if ((subset >> r & 1u) != 0) fs::copy(refs[r], cluster / "refs" / refs[r].filename());
    }
  };
  const auto compare = [&](unsigned clusters) {
    fs::remove_all(dir / "data");
    for (unsigned subset = 1; subset <= clusters; ++subset) {
      make("c" + std::to_string(subset), subset);
    }
    REQUIRE(Eval("run " + Quoted(dir / "data") + " --systems oracle,random --out " +
                 Quoted(dir / "out"))
                .exit_code == 0);
    const std::string results = Quoted(dir / "out/results.json");
    return Eval("compare " + results + " " + results + " --system oracle --system-b random");
  };

  // Under 6 clusters that differ, no sign-flip p reaches 0.05: 2 / 2^5 = 0.0625.
  const auto five = compare(5);
  REQUIRE(five.exit_code == 0);
  CHECK(five.out.find("only 5 clusters differ: the permutation test cannot go below "
                      "p = 0.0625") != std::string::npos);
  CHECK(five.out.find("detectable") == std::string::npos);

  // From 6, what a t-test over their spread would find four times in five.
  const auto seven = compare(7);
  REQUIRE(seven.exit_code == 0);
  std::vector<double> differences;
  for (const std::string& line : Lines(seven.out)) {
    if (line.size() > 2 && line[0] == 'c' && std::isdigit(static_cast<unsigned char>(line[1]))) {
      differences.push_back(std::stod(line.substr(line.rfind(' ') + 1)));
    }
  }
  REQUIRE(differences.size() == 7);
  double mean = 0.0, squares = 0.0;
  for (double d : differences) mean += d / 7.0;
  for (double d : differences) squares += (d - mean) * (d - mean);
  const double sd = std::sqrt(squares / 6.0);
  REQUIRE(sd > 0.001);
  const std::string marker = "detectable at 0.05 with 80% power: ";
  const std::size_t at = seven.out.find(marker);
  REQUIRE(at != std::string::npos);
  // DetectableDifference(1, 7) is 1.273 (power_test checks the function itself); the
  // printed differences are rounded to 4 decimals, hence the tolerance.
  CHECK(std::stod(seven.out.substr(at + marker.size())) == Approx(1.273 * sd).epsilon(0.02));
  CHECK(seven.out.find("(paired t over 7 clusters, sd of A-B ") != std::string::npos);
  CHECK(seven.out.find("only") == std::string::npos);
}

TEST_CASE("order counts the votes of third articles on samples/") {
  const auto result = Eval("order " + Quoted(Samples()));
  CHECK(result.exit_code == 0);
  CHECK(result.err.empty());
  const std::vector<std::string> lines = Lines(result.out);
  REQUIRE(lines.size() == 9);
  CHECK(lines[0].find("1 cluster, 1 with votes") != std::string::npos);
  // Three orders of one summary: the same pairs, so the same number of votes.
  std::istringstream precis(lines[3]), by_source(lines[4]), by_position(lines[5]);
  std::string name;
  std::size_t agree[3] = {}, votes[3] = {};
  double share = -1;
  REQUIRE(precis >> name >> agree[0] >> votes[0] >> share);
  CHECK(name == "precis");
  CHECK(share == Approx(static_cast<double>(agree[0]) / votes[0]).margin(5e-4));
  REQUIRE(by_source >> name >> agree[1] >> votes[1]);
  CHECK(name == "by-source");
  REQUIRE(by_position >> name >> agree[2] >> votes[2]);
  CHECK(name == "by-position");
  for (int i = 0; i < 3; ++i) CHECK(agree[i] <= votes[i]);
  CHECK(votes[0] > 0);
  CHECK(votes[1] == votes[0]);
  CHECK(votes[2] == votes[0]);
  CHECK(lines[7].rfind("precis against by-source: ", 0) == 0);
  CHECK(lines[8].rfind("precis against by-position: ", 0) == 0);

  // One sentence has no order: no vote, and no share of 0.000 that would read as all against.
  const auto none = Eval("order " + Quoted(Samples()) + " --sentences 1");
  REQUIRE(none.exit_code == 0);
  const std::vector<std::string> empty = Lines(none.out);
  REQUIRE(empty.size() == 8);
  CHECK(empty[0].find("1 cluster, 0 with votes") != std::string::npos);
  CHECK(empty[3] == "precis            0      0  n/a");
  CHECK(empty[7].rfind("No cluster has a vote", 0) == 0);
  CHECK(none.out.find("permutation p") == std::string::npos);
}

TEST_CASE("order says which documents precis left out, as run does") {
  // order once left a binary article out without a word, and a cluster of binary files
  // read as one whose third articles had no vote.
  TempDir dir;
  const fs::path set = SmallDataset(dir);
  dir.Write("set/c/docs/03.txt", std::string("\177ELF\2\1\1\0\0\0", 10));
  const auto result = Eval("order " + Quoted(set.string()));
  CHECK(result.exit_code == 0);
  CHECK(result.err == "precis-eval: warning: c: " + (set / "c" / "docs" / "03.txt").string() +
                          ": binary file (NUL bytes), skipped\n");
  for (const char* name : {"01.txt", "02.txt"}) {
    dir.Write("set/c/docs/" + std::string(name), std::string("\0\0\0", 3));
  }
  const auto none = Eval("order " + Quoted(set.string()));
  CHECK(none.exit_code == 0);
  CHECK(none.err.find("precis-eval: warning: c: no sentence to summarize, no vote\n") !=
        std::string::npos);
}

TEST_CASE("order reads docs/ alone, and run still needs refs/") {
  // order, which never reads a reference, once refused a dataset without refs/.
  TempDir dir;
  const std::string article =
      "La mairie de Brest présente son budget. Les écoles recevront 6.700 euros.\n";
  dir.Write("set/brest/docs/01.txt", article);
  dir.Write("set/brest/docs/02.txt", "Le budget de Brest est en hausse de 3,5 %.\n");
  dir.Write("set/quimper/docs/01.txt",
            "Le conseil municipal de Quimper vote son budget. L’opposition s’abstient lors du "
            "vote final.\n");
  dir.Write("set/quimper/refs/A.txt", " \n");  // empty: no reference to warn of in order
  const std::string set = Quoted(dir / "set");
  const auto order = Eval("order " + set);
  CHECK(order.exit_code == 0);
  CHECK(order.err.empty());
  CHECK(order.out.find("2 clusters") != std::string::npos);
  const auto run = Eval("run " + set + " --systems lead");
  CHECK(run.exit_code == 1);
  CHECK(run.err.find("no reference summary in refs/") != std::string::npos);
}

#ifndef __SANITIZE_ADDRESS__  // AddressSanitizer reserves terabytes of address space
TEST_CASE("rouge names the summary that memory ran out on, and the skip distance to limit") {
  // ROUGE-S with -2 -1 holds every pair of a summary's words: 5,000 words, 12.5 million
  // pairs, need more than the 400 MB allowed here. The error once named nothing.
  TempDir dir;
  std::string words;
  for (int i = 0; i < 5000; ++i) words += "mot" + std::to_string(i % 997) + "é ";
  dir.Write("résumé.txt", words + "\n");
  dir.Write("réf.txt", "Le budget de Brest est en hausse de 3,5 %.\n");
  const auto result =
      RunCommand("ulimit -v 400000 && " + PrecisEval() + " rouge --ref " + Quoted(dir / "réf.txt") +
                 " --rouge155 -2 -1 -u " + Quoted(dir / "résumé.txt"));
  CHECK(result.exit_code == 1);
  CHECK(result.out.empty());
  CHECK(result.err.find("résumé.txt: out of memory scoring its ") != std::string::npos);
  CHECK(result.err.find("no limit on the skip distance (-2 -1)") != std::string::npos);
  CHECK(std::count(result.err.begin(), result.err.end(), '\n') == 1);
}
#endif

TEST_CASE("Tables line up names with accents as they do plain ones") {
  // Names were padded by bytes: "café" and "é" took a column less than "lead" and "c".
  TempDir dir;
  const fs::path set = SmallDataset(dir);
  fs::rename(set / "c", set / "café");
  dir.Write("set/quimper/docs/01.txt", "Quimper vote son budget. L’opposition s’abstient.\n");
  dir.Write("set/quimper/refs/A.txt", "Quimper vote son budget.\n");
  dir.Write("mine/café.txt", "Brest présente un budget en hausse.\n");
  dir.Write("mine/quimper.txt", "Quimper vote son budget.\n");
  const std::string out = Quoted(dir / "résultats");
  const auto run = Eval("run " + Quoted(set.string()) + " --systems lead --resamples 40 " +
                        "--system-dir é=" + Quoted(dir / "mine") + " --out " + out);
  REQUIRE(run.exit_code == 0);
  // Where the first figure starts, in code points, on each row naming a system or a cluster.
  const auto score_column = [](const std::string& line) {
    const std::size_t digit = line.find_first_of("0123456789");
    REQUIRE(digit != std::string::npos);
    std::size_t columns = 0;
    for (std::size_t i = 0; i < digit; ++i) columns += (line[i] & 0xC0) != 0x80;
    return columns;
  };
  std::vector<std::size_t> run_columns;
  for (const std::string& line : Lines(run.out)) {
    if (line.rfind("lead ", 0) == 0 || line.rfind("é ", 0) == 0) {
      run_columns.push_back(score_column(line));
    }
  }
  REQUIRE(run_columns.size() >= 2);
  CHECK(std::count(run_columns.begin(), run_columns.end(), run_columns[0]) ==
        static_cast<std::ptrdiff_t>(run_columns.size()));
  const auto compare = Eval("compare " + out + " " + out + " --system é --system-b lead");
  REQUIRE(compare.exit_code == 0);
  std::vector<std::size_t> compare_columns;
  for (const std::string& line : Lines(compare.out)) {
    if (line.rfind("café ", 0) == 0 || line.rfind("quimper ", 0) == 0) {
      compare_columns.push_back(score_column(line));
    }
  }
  REQUIRE(compare_columns.size() == 2);
  CHECK(compare_columns[0] == compare_columns[1]);
}

TEST_CASE("run and order refuse a cluster whose docs/ is misnamed, naming it") {
  // A cluster with doc/ and ref/ was once left out of the means without a word.
  TempDir dir;
  const fs::path set = SmallDataset(dir);
  dir.Write("set/quimper/doc/01.txt", "Quimper vote son budget. L’opposition s’abstient.\n");
  dir.Write("set/quimper/ref/A.txt", "Quimper vote son budget.\n");
  // Notes beside the clusters, as official_eval/ in the published sets, are no cluster.
  dir.Write("set/official_eval/pertopic/lead.tsv", "c\t0.5\n");
  dir.Write("set/official_eval/LISEZMOI.txt", "Évaluation officielle.\n");
  for (const std::string command : {"run", "order"}) {
    CAPTURE(command);
    const auto result = Eval(command + " " + Quoted(set.string()));
    CHECK(result.exit_code == 1);
    CHECK(result.out.empty());
    CHECK(result.err == "precis-eval: " + (set / "quimper").string() +
                            ": no docs/, but doc/ holds .txt files: precis-eval reads "
                            "CLUSTER/docs/ and CLUSTER/refs/\n");
  }
  fs::remove_all(set / "quimper");
  const auto notes = Eval("run " + Quoted(set.string()) + " --systems lead");
  CHECK(notes.exit_code == 0);
  CHECK(notes.err.empty());
}

TEST_CASE("Runtime errors exit 1 and name the path at fault") {
  TempDir dir;
  const std::string ref = dir.Write("ref.txt", "le chat dort\n");
  const std::string sys = dir.Write("sys.txt", "le chat dort\n");
  const std::string blocker = dir.Write("file", "not a folder\n");
  dir.Write("system/.keep", "");  // a system's folder without the cluster's summary
  struct Case {
    std::string args;
    std::string path;
  };
  const std::vector<Case> cases = {
      {"rouge --ref /nonexistent/ref.txt " + sys, "/nonexistent/ref.txt"},
      {"rouge --ref " + ref + " /nonexistent/sys.txt", "/nonexistent/sys.txt"},
      {"run /nonexistent/dataset", "/nonexistent/dataset"},
      {"run " + Quoted(Samples()) + " --systems '' --system-dir x=/nonexistent/dir",
       "/nonexistent/dir: no such folder (--system-dir x)"},
      {"run " + Quoted(Samples()) +
           " --systems '' --system-dir x=" + Quoted((dir.path() / "system").string()),
       (dir.path() / "system" / (std::string(kSampleCluster) + ".txt")).string()},
      {"run " + Quoted(Samples()) + " --systems lead --out " + Quoted(dir / "file/out"),
       dir / "file"},
      {"compare /nonexistent/a.json /nonexistent/b.json", "/nonexistent/a.json"},
      {"compare " + ref + " " + ref, dir / "ref.txt"},
      {"order /nonexistent/dataset", "/nonexistent/dataset"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.args);
    const auto result = Eval(c.args);
    CHECK(result.exit_code == 1);
    CHECK(result.out.empty());
    CHECK(result.err.rfind("precis-eval: ", 0) == 0);
    CHECK(result.err.find(c.path) != std::string::npos);
    CHECK(Lines(result.err).size() == 1);
  }
}

TEST_CASE("Usage errors exit 2 with a hint to --help") {
  TempDir dir;
  const std::string ref = dir.Write("ref.txt", "le chat dort\n");
  const std::string sys = dir.Write("sys.txt", "le chat dort\n");
  const std::string samples = Quoted(Samples());
  const std::vector<std::string> cases = {
      "",
      "summarize " + sys,
      "rouge " + sys,
      "rouge --ref " + ref,
      "rouge --format xml --ref " + ref + " " + sys,
      "rouge --lang tlh --ref " + ref + " " + sys,
      "rouge --lang auto --ref " + ref + " " + sys,
      "rouge --no-such-option --ref " + ref + " " + sys,
      "rouge --rouge155 -n --ref " + ref + " " + sys,  // -n takes --ref as its value
      "rouge --ref " + ref + " --rouge155 -n",
      "rouge --rouge155 -l fr --ref " + ref + " " + sys,
      "rouge --rouge155 -n 2 --best --ref " + ref + " " + sys,
      "rouge --rouge155 -n 2 --lang en --ref " + ref + " " + sys,
      "rouge --rouge155 --rouge155 --ref " + ref + " " + sys,
      "run",
      "run " + samples + " " + samples,
      "run " + samples + " --out ''",
      "run " + samples + " --plot ''",
      "order " + samples + " " + samples,
      "run " + samples + " --systems precis,foo",
      "run " + samples + " --systems lead,lead",
      "run " + samples + " --systems ''",
      "run " + samples + " --system-dir nodir",
      "run " + samples + " --system-dir lead=/tmp",
      "run " + samples + " --words -5",
      "run " + samples + " --lang tlh",
      "run " + samples + " --lang auto",
      "run " + samples + " --similarity jaccard",
      "run " + samples + " --resamples 0",
      "run " + samples + " --resamples 39",          // tails of a 95% interval without a resample
      "run " + samples + " --resamples 1000000000",  // gigabytes of means
      "run " + samples + " --rouge155 -n 2 --rouge-no-stem",
      "run " + samples + " --explain",  // nowhere to write the explanations
      "run " + samples + " --explain --systems lead --out " + Quoted(dir / "out"),
      "compare " + ref,
      "compare " + ref + " " + ref + " " + ref,
      "compare " + ref + " " + ref + " --measure ROUGE-9",
      "compare " + ref + " " + ref + " --stat Q",
      "order",
      "order " + samples + " --match 0",
      "order " + samples + " --match 1.5",
      "order " + samples + " --words -5",
      "order " + samples + " --rouge155 -n 2",
  };
  for (const std::string& args : cases) {
    CAPTURE(args);
    const auto result = Eval(args);
    CHECK(result.exit_code == 2);
    CHECK(result.out.empty());
    CHECK(result.err.rfind("precis-eval: ", 0) == 0);
    CHECK(result.err.find("--help") != std::string::npos);
  }
  CHECK(!fs::exists(dir / "out"));  // a usage error writes nothing
  // A count out of range says its range, as precis's own options do.
  CHECK(Eval("run " + samples + " --resamples 0").err ==
        "precis-eval: --resamples: must be 40 to 1000000, not 0\n"
        "Try 'precis-eval run --help' for more information.\n");
  // An argument too many is named, not left for the user to find.
  CHECK(Eval("run " + samples + " extra")
            .err.rfind("precis-eval: unexpected argument 'extra': give one dataset\n", 0) == 0);
  CHECK(Eval("run " + samples + " --out ''")
            .err.rfind("precis-eval: --out: empty folder name\n", 0) == 0);
  // The chart is SVG: a raster name would hold what image viewers refuse.
  CHECK(Eval("run " + samples + " --plot graphique.PNG")
            .err.rfind("precis-eval: --plot: graphique.PNG: the chart is an SVG image; give a "
                       "name ending in .svg\n",
                       0) == 0);
  CHECK(Eval("run " + samples + " --seed -1")
            .err.rfind("precis-eval: --seed: must be 0 or more, not -1\n", 0) == 0);
}

TEST_CASE("Help and version print to stdout and succeed") {
  struct Case {
    std::string args;
    std::string wanted;
  };
  const std::vector<Case> cases = {
      {"--help", "precis-eval compare"},
      {"help", "precis-eval run"},
      {"help run", "--system-dir"},
      {"run --help", "--words"},
      {"run --help", "(=100)"},
      {"rouge --help", "--rouge155"},
      {"rouge -h", "--ref"},
      {"compare --help", "--measure"},
      {"order --help", "--match"},
      {"help order", "third article"},
      {"--version", "precis-eval "},
  };
  for (const Case& c : cases) {
    CAPTURE(c.args);
    const auto result = Eval(c.args);
    CHECK(result.exit_code == 0);
    CHECK(result.err.empty());
    CHECK(result.out.find(c.wanted) != std::string::npos);
  }
}

// The DUC 2004 peers, scored through precis-eval as the published per-topic table was:
// --system-dir, --systems '' and the ROUGE-1.5.5 flags all have to do their part.
TEST_CASE("run --rouge155 reproduces DUC 2004 per-topic recall of a peer read from a folder") {
  const fs::path data = fs::path(PRECIS_SHARED_DIR) / "data" / "duc2004_task2";
  if (!fs::exists(data / "official_eval" / "pertopic" / "Lead.tsv")) {
    WARN("DUC 2004 data absent (" << data.string() << "): reproduction skipped");
    return;
  }
  TempDir dir;
  // The peers are named by tool inside each cluster: make the DIR/CLUSTER.txt layout.
  for (const auto& entry : fs::directory_iterator(data)) {
    const fs::path peer = entry.path() / "peers" / "Lead.txt";
    if (fs::exists(peer)) {
      fs::create_directories(dir / "Lead");
      fs::create_symlink(peer,
                         fs::path(dir / "Lead") / (entry.path().filename().string() + ".txt"));
    }
  }
  const auto result = Eval("run " + Quoted(data.string()) +
                           " --lang en --systems '' --system-dir Lead=" + Quoted(dir / "Lead") +
                           " --out " + Quoted(dir / "out") +
                           " --rouge155 -n 4 -x -m -l 100 -p 0.5 -c 95 -r 1000 -f A -t 0 -a -d");
  REQUIRE(result.exit_code == 0);
  const json results = json::parse(Slurp(fs::path(dir / "out") / "results.json"));
  const json& lead = results.at("systems").at(0);
  std::ifstream table(data / "official_eval" / "pertopic" / "Lead.tsv");
  std::string line;
  std::getline(table, line);  // header: topic R1_recall R2_recall R4_recall
  std::size_t compared = 0;
  while (std::getline(table, line)) {
    std::istringstream fields(line);
    std::string topic, r1, r2;
    fields >> topic >> r1 >> r2;
    const auto& clusters = results.at("clusters");
    const auto at = std::find(clusters.begin(), clusters.end(), topic);
    if (at == clusters.end()) continue;  // a cluster outside the development split
    const json& scores = lead.at("per_cluster").at(static_cast<std::size_t>(at - clusters.begin()));
    char ours1[16], ours2[16];
    std::snprintf(ours1, sizeof ours1, "%.5f", scores.at("ROUGE-1").at("R").get<double>());
    std::snprintf(ours2, sizeof ours2, "%.5f", scores.at("ROUGE-2").at("R").get<double>());
    CAPTURE(topic);
    CHECK(ours1 == r1);
    CHECK(ours2 == r2);
    ++compared;
  }
  CHECK(compared == results.at("clusters").size());
}

}  // namespace
}  // namespace precis::eval
