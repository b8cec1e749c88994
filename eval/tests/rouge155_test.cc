// ROUGE-1.5.5 mode: flag parsing and tokenization on hand-made text, then the reproduction
// of published per-topic figures (DUC 2004 task 2, MultiLing 2011 French) from the data in
// PRECIS_SHARED_DIR, read at run time and never copied here. Each figure is compared as
// ROUGE-1.5.5 prints it, "%.5f".
#include "rouge155.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <limits>
#include <map>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <tuple>
#include <vector>

#include "precis/error.h"
#include "rouge.h"

namespace precis::eval {
namespace {

namespace fs = std::filesystem;

using Sentences = std::vector<std::vector<std::string>>;

TEST_CASE("ParseRouge155Flags reads the flags that change scores", "[rouge155]") {
  const Rouge155Flags flags = ParseRouge155Flags(
      {"-n", "2", "-m", "-s", "-l", "100", "-2", "4", "-u", "-f", "B", "-p", "0.3"});
  CHECK(flags.max_n == 2);
  CHECK(flags.stem);
  CHECK(flags.remove_stopwords);
  CHECK(flags.word_limit == 100);
  CHECK(flags.byte_limit == 0);
  CHECK(flags.rouge.skip_distance == 4);
  CHECK(flags.rouge.skip_unigrams);
  CHECK(flags.rouge.multi_reference == MultiReference::kBest);
  CHECK(flags.rouge.alpha == Approx(0.3));
  // A plain run of the script: no jackknife, five-decimal arithmetic.
  CHECK_FALSE(flags.rouge.jackknife);
  CHECK(flags.rouge.rouge155_rounding);
}

TEST_CASE("ParseRouge155Flags takes Getopt::Std's bundles and attached values", "[rouge155]") {
  const Rouge155Flags flags = ParseRouge155Flags({"-amx", "-n2", "-b665", "-2", "-1"});
  CHECK(flags.stem);
  CHECK(flags.max_n == 2);
  CHECK(flags.byte_limit == 665);
  // A negative distance is the script's "no limit"; without -u no unigrams.
  CHECK(flags.rouge.skip_distance == std::numeric_limits<std::size_t>::max());
  CHECK_FALSE(flags.rouge.skip_unigrams);
}

TEST_CASE("ParseRouge155Flags accepts and ignores output-only flags", "[rouge155]") {
  const Rouge155Flags flags =
      ParseRouge155Flags({"-a", "-c", "95",  "-r", "1000", "-t", "0",  "-d", "-e", "/data",
                          "-x", "-z", "SPL", "-w", "1.2",  "-U", "-v", "-M", "-3", "HM"});
  const Rouge155Flags defaults;
  CHECK(flags.max_n == defaults.max_n);
  CHECK_FALSE(flags.stem);
  CHECK(flags.word_limit == 0);
  // Without -2 the usual SU4 stays, with unigrams.
  CHECK(flags.rouge.skip_distance == 4);
  CHECK(flags.rouge.skip_unigrams);
}

TEST_CASE("ParseRouge155Flags rejects what the script would not run", "[rouge155]") {
  using Args = std::vector<std::string>;
  const Args bad = GENERATE(Args{"-q"}, Args{"-n"}, Args{"-n", "two"}, Args{"-n", "0"},
                            Args{"-f", "C"}, Args{"-p", "1.5"}, Args{"-l", "100", "-b", "665"},
                            Args{"-l", "-5"}, Args{"summary.txt"}, Args{"--rouge155"},
                            Args{"-c", "120"}, Args{"-w", "0"}, Args{"-mq"},
                            // Token-level averaging and raw counts are not computed.
                            Args{"-t", "1"}, Args{"-t2"});
  CAPTURE(bad);
  try {
    ParseRouge155Flags(bad);
    FAIL("no error");
  } catch (const Error& e) {
    CHECK(e.code() == ErrorCode::kInvalidOptions);
  }
}

TEST_CASE("Rouge155Tokenizer cleans text as the script does", "[rouge155]") {
  Rouge155Tokenizer plain(ParseRouge155Flags({}));
  using Case = std::tuple<std::string, Sentences>;
  const auto [text, expected] = GENERATE(table<std::string, Sentences>({
      // A-Z lowercased; punctuation and '-' split words; '-' itself is no token.
      Case{"The U.S.-led force, 6.700 men.",
           {{"the", "u", "s", "led", "force", "6", "700", "men"}}},
      // Every byte of a UTF-8 letter is a blank: composed é splits the word, the decomposed
      // one keeps its ASCII 'e'.
      Case{"présidentielle à Paris", {{"pr", "sidentielle", "paris"}}},
      Case{"pre\xCC\x81sidentielle", {{"pre", "sidentielle"}}},
      // « guillemets » with U+00A0 / U+202F, ’ and … are bytes outside [A-Za-z0-9-].
      Case{"\xC2\xAB\xC2\xA0Oui\xE2\x80\xAF\xC2\xBB l\xE2\x80\x99"
           "Etat\xE2\x80\xA6",
           {{"oui", "l", "etat"}}},
      // One sentence a line; CRLF's CR is a blank; blank and punctuation-only lines vanish.
      Case{"First line.\r\n\r\n  \n...\nSecond line\n", {{"first", "line"}, {"second", "line"}}},
      Case{"", {}},
      Case{"   \n\t\n", {}},
      // Non-ASCII capitals are not lowercased (nor kept).
      Case{"\xC3\x89T\xC3\x89 Mme", {{"t", "mme"}}},
  }));
  CAPTURE(text);
  CHECK(plain.Tokenize(text) == expected);
}

TEST_CASE("Rouge155Tokenizer stems and removes stopwords on request", "[rouge155]") {
  Rouge155Tokenizer stemmed(ParseRouge155Flags({"-m"}));
  // Tokens of 3 bytes or fewer stay; WordNet exceptions before Porter.
  CHECK(stemmed.Tokenize("The children went running to the ponies' caresses") ==
        Sentences{{"the", "child", "go", "run", "to", "the", "poni", "caress"}});
  Rouge155Tokenizer stopped(ParseRouge155Flags({"-s"}));
  // "the", "to", "of" are SMART stopwords; "running" and "ponies" are not.
  CHECK(stopped.Tokenize("The running of the ponies to Reuters") ==
        Sentences{{"running", "ponies"}});
  // Stopwords are looked up before stemming: "wells" is not one, its stem "well" is.
  Rouge155Tokenizer both(ParseRouge155Flags({"-s", "-m"}));
  CHECK(both.Tokenize("He went to the wells") == Sentences{{"well"}});
}

TEST_CASE("Rouge155Tokenizer truncates with -l on raw whitespace words", "[rouge155]") {
  using Case = std::tuple<std::string, std::string, Sentences>;
  const auto [limit, text, expected] = GENERATE(table<std::string, std::string, Sentences>({
      // 3 + 2 words: the second line reaches the limit of 4 and keeps 1 word.
      Case{"4", "one two three\nfour five\nsix", {{"one", "two", "three"}, {"four"}}},
      // Exactly at the limit: the line is kept whole and reading stops.
      Case{"5", "one two three\nfour five\nsix", {{"one", "two", "three"}, {"four", "five"}}},
      // "U.S.-led" counts as one word although it gives three tokens; "--" is a word too.
      Case{"2", "U.S.-led -- forces advance", {{"u", "s", "led"}}},
      // A line starting with a blank has an empty first word (Perl's split).
      Case{"2", "  alpha beta gamma", {{"alpha"}}},
      Case{"100", "a b", {{"a", "b"}}},
  }));
  CAPTURE(limit, text);
  Rouge155Tokenizer tokenizer(ParseRouge155Flags({"-l", limit}));
  CHECK(tokenizer.Tokenize(text) == expected);
}

TEST_CASE("Rouge155Tokenizer counts stopwords towards -l", "[rouge155]") {
  // Truncation comes first: "the" takes one of the two words, then goes as a stopword.
  Rouge155Tokenizer tokenizer(ParseRouge155Flags({"-s", "-l", "2"}));
  CHECK(tokenizer.Tokenize("the cat sat") == Sentences{{"cat"}});
}

TEST_CASE("Rouge155Tokenizer truncates with -b on bytes", "[rouge155]") {
  using Case = std::tuple<std::string, std::string, Sentences>;
  const auto [limit, text, expected] = GENERATE(table<std::string, std::string, Sentences>({
      // 10 bytes, then the 6 that remain of 16: a word is cut.
      Case{"16", "abcde fghi\nklmnopqrs", {{"abcde", "fghi"}, {"klmnop"}}},
      // é is two bytes; the joining spaces do not count.
      Case{"5", "\xC3\xA9t\xC3\xA9s", {{"t"}}},
      Case{"11", "abcde\nfghij\nklm", {{"abcde"}, {"fghij"}, {"k"}}},
  }));
  CAPTURE(limit, text);
  Rouge155Tokenizer tokenizer(ParseRouge155Flags({"-b", limit}));
  CHECK(tokenizer.Tokenize(text) == expected);
}

// ---------------------------------------------------------------------------------------
// Reproduction of published figures.

std::string ReadFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

std::string Format5(double x) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.5f", x);
  return buffer;
}

std::vector<fs::path> SortedFiles(const fs::path& dir, const std::string& prefix = "") {
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(dir)) {
    const std::string name = entry.path().filename().string();
    if (entry.is_regular_file() && entry.path().extension() == ".txt" &&
        name.compare(0, prefix.size(), prefix) == 0) {
      files.push_back(entry.path());
    }
  }
  std::sort(files.begin(), files.end());
  return files;
}

// Tallies figure comparisons and keeps the first mismatches for the report.
struct Tally {
  int compared = 0;
  int matched = 0;
  std::vector<std::string> mismatches;

  void Compare(const std::string& what, const std::string& expected, const std::string& actual) {
    ++compared;
    if (expected == actual) {
      ++matched;
    } else if (mismatches.size() < 20) {
      mismatches.push_back(what + ": official " + expected + ", ours " + actual);
    }
  }
};

std::vector<TokenizedText> TokenizeAll(const std::vector<fs::path>& files,
                                       RougeTokenizer& tokenizer) {
  std::vector<TokenizedText> texts;
  for (const fs::path& file : files) texts.push_back(tokenizer.Tokenize(ReadFile(file)));
  return texts;
}

TEST_CASE("ROUGE-1.5.5 mode reproduces the DUC 2004 per-topic recalls", "[rouge155][data]") {
  const fs::path root = fs::path(PRECIS_SHARED_DIR) / "data" / "duc2004_task2";
  const fs::path official_dir = root / "official_eval" / "pertopic";
  if (!fs::is_directory(official_dir)) {
    WARN("DUC 2004 data absent (" << root.string() << "): reproduction skipped");
    return;
  }
  // The published settings (duc2004_task2/README.md).
  const Rouge155Flags flags =
      ParseRouge155Flags({"-n", "4", "-x", "-m", "-l", "100", "-p", "0.5", "-c", "95", "-r", "1000",
                          "-f", "A", "-t", "0", "-a", "-d"});
  // (topic, system) -> official R1, R2, R4 recall as printed.
  std::map<std::pair<std::string, std::string>, std::vector<std::string>> official;
  for (const fs::path& file : fs::directory_iterator(official_dir)) {
    std::istringstream lines(ReadFile(file));
    std::string line;
    std::getline(lines, line);  // header: topic R1_recall R2_recall R4_recall
    while (std::getline(lines, line)) {
      std::istringstream fields(line);
      std::string topic, r1, r2, r4;
      if (fields >> topic >> r1 >> r2 >> r4) {
        official[{topic, file.stem().string()}] = {r1, r2, r4};
      }
    }
  }
  REQUIRE(!official.empty());

  Rouge155Tokenizer tokenizer(flags);
  const std::size_t orders[] = {1, 2, 4};
  Tally tally;
  std::set<std::string> topics, absent_topics;
  for (const auto& [key, figures] : official) {
    const auto& [topic, system] = key;
    const fs::path peer = root / topic / "peers" / (system + ".txt");
    // The official table covers the 50 topics; the data set may hold fewer of them.
    if (!fs::is_directory(root / topic)) {
      absent_topics.insert(topic);
      continue;
    }
    REQUIRE(fs::exists(peer));
    topics.insert(topic);
    const std::vector<TokenizedText> refs =
        TokenizeAll(SortedFiles(root / topic / "refs"), tokenizer);
    const TokenizedText summary = tokenizer.Tokenize(ReadFile(peer));
    for (std::size_t k = 0; k < 3; ++k) {
      const Prf prf = ScoreRougeN(summary, refs, orders[k], flags.rouge);
      tally.Compare(topic + " " + system + " ROUGE-" + std::to_string(orders[k]) + " R", figures[k],
                    Format5(prf.recall));
    }
  }
  WARN("DUC 2004 task 2: " << tally.matched << " of " << tally.compared
                           << " per-topic figures match (ROUGE-1, 2, 4 recall, " << topics.size()
                           << " topics; " << absent_topics.size()
                           << " topics of the official table are not in the data set)");
  CAPTURE(tally.mismatches);
  CHECK(!topics.empty());
  CHECK(tally.compared > 0);
  CHECK(tally.matched == tally.compared);
}

// The detailed ROUGE file numbers its evaluations ("Eval 4.ID1") in the order the
// organisers' run listed the topics, which is not M000, M001, ...: it is the order in which
// the topics first appear in the AutoSummENG detailed file of the same release (M002,
// M003, M001, M000, M007, ...). Topic -> eval number.
std::map<std::string, int> MultiLingEvalNumbers(const fs::path& autosummeng_detailed) {
  std::map<std::string, int> numbers;
  std::istringstream lines(ReadFile(autosummeng_detailed));
  std::string line;
  std::getline(lines, line);  // header: Topic SysID Length AutoSummENG_MeMoG
  while (std::getline(lines, line)) {
    std::istringstream fields(line);
    std::string topic;
    if (fields >> topic && numbers.count(topic) == 0) {
      const int next = static_cast<int>(numbers.size()) + 1;
      numbers[topic] = next;
    }
  }
  return numbers;
}

TEST_CASE("ROUGE-1.5.5 mode reproduces the MultiLing 2011 French per-topic scores",
          "[rouge155][data]") {
  const fs::path root = fs::path(PRECIS_SHARED_DIR) / "data" / "multiling2011_fr";
  const fs::path detailed =
      root / "official_eval" / "AutomaticEvaluation" / "ROUGE" / "Detailed" / "frenchDetailed.txt";
  if (!fs::exists(detailed)) {
    WARN("MultiLing 2011 data absent (" << root.string() << "): reproduction skipped");
    return;
  }
  // The organisers' settings (multiling2011_fr/README.md).
  const Rouge155Flags flags =
      ParseRouge155Flags({"-a", "-x", "-2", "4", "-u", "-c", "95", "-r", "1000", "-n", "2", "-f",
                          "A", "-p", "0.5", "-t", "0", "-d"});
  // "ID1 ROUGE-1 Eval 1.ID1 R:0.48423 P:0.51374 F:0.49855": (peer, measure, eval) -> R P F.
  const std::regex line_pattern(
      R"(^(ID\d+) (ROUGE-\S+) Eval (\d+)\.ID\d+ R:(\S+) P:(\S+) F:(\S+)\s*$)");
  std::map<std::tuple<std::string, std::string, int>, std::vector<std::string>> official;
  std::istringstream lines(ReadFile(detailed));
  for (std::string line; std::getline(lines, line);) {
    std::smatch m;
    if (std::regex_match(line, m, line_pattern)) {
      official[{m[1], m[2], std::stoi(m[3])}] = {m[4], m[5], m[6]};
    }
  }
  REQUIRE(!official.empty());

  const std::map<std::string, int> eval_numbers =
      MultiLingEvalNumbers(root / "official_eval" / "AutomaticEvaluation" / "AutoSummENG" /
                           "Detailed" / "frenchDetailed.csv");
  REQUIRE(eval_numbers.size() == 10);

  Rouge155Tokenizer tokenizer(flags);
  const std::pair<Measure, std::string> measures[] = {{Measure::kRouge1, "ROUGE-1"},
                                                      {Measure::kRouge2, "ROUGE-2"},
                                                      {Measure::kRougeSU4, "ROUGE-SU4"}};
  Tally tally;
  int clusters = 0;
  for (const auto& [topic, eval] : eval_numbers) {
    const fs::path cluster = root / topic;
    if (!fs::is_directory(cluster)) continue;  // the data set holds five of the ten topics
    ++clusters;
    const std::vector<TokenizedText> refs = TokenizeAll(SortedFiles(cluster / "refs"), tokenizer);
    for (const fs::path& peer_file : SortedFiles(cluster / "peers", "ID")) {
      const std::string peer = peer_file.stem().string();
      const RougeScores scores = Score(tokenizer.Tokenize(ReadFile(peer_file)), refs, flags.rouge);
      for (const auto& [measure, name] : measures) {
        const auto found = official.find({peer, name, eval});
        REQUIRE(found != official.end());
        const std::string what =
            topic + " (Eval " + std::to_string(eval) + ") " + peer + " " + name;
        const Prf& prf = scores[measure];
        tally.Compare(what + " R", found->second[0], Format5(prf.recall));
        tally.Compare(what + " P", found->second[1], Format5(prf.precision));
        tally.Compare(what + " F", found->second[2], Format5(prf.f));
      }
    }
  }
  WARN("MultiLing 2011 French: " << tally.matched << " of " << tally.compared
                                 << " per-topic figures match (R, P, F of ROUGE-1, ROUGE-2, "
                                    "ROUGE-SU4; "
                                 << clusters << " topics of 10 in the data set)");
  CAPTURE(tally.mismatches);
  CHECK(clusters > 0);
  CHECK(tally.compared > 0);
  CHECK(tally.matched == tally.compared);
}

}  // namespace
}  // namespace precis::eval
