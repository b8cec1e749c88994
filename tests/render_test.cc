#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <string>

#include "precis/precis.h"

namespace precis {
namespace {

Summary FrenchSummary() {
  Summary summary;
  summary.document_names = {"lemonde_*1*.txt", "afp.txt"};
  summary.sentence_count = 12;
  SummarySentence a;
  a.text = "\u00ab\u202fDes documents importants\u202f\u00bb seront sign\u00e9s, a dit M. Ouchakov.";
  a.document = 0;
  a.position = 2;
  a.score = 0.25;
  a.rank = 1;
  SummarySentence b;
  b.text = "Pyongyang a envoy\u00e9 6.700 conteneurs,\nsoit 3,5\u00a0% de *plus*.";
  b.document = 1;
  b.position = 0;
  b.score = 0.5;
  b.rank = 0;
  summary.sentences = {a, b};
  summary.warnings = {"vide.txt: no text to summarize"};
  return summary;
}

TEST_CASE("Text output is one sentence a line, verbatim but for line breaks") {
  const std::string out = Render(FrenchSummary(), OutputFormat::kText, Options{});
  CHECK(out ==
        "\u00ab\u202fDes documents importants\u202f\u00bb seront sign\u00e9s, a dit M. Ouchakov.\n"
        "Pyongyang a envoy\u00e9 6.700 conteneurs, soit 3,5\u00a0% de *plus*.\n");
}

TEST_CASE("JSON output carries every sentence's source, indices, score and the options") {
  Options options;
  options.select.words = 42;
  options.language = "fr";
  const auto json = nlohmann::json::parse(Render(FrenchSummary(), OutputFormat::kJson, options));
  REQUIRE(json.at("sentences").size() == 2);
  const auto& first = json.at("sentences").at(0);
  CHECK(first.at("text") == FrenchSummary().sentences[0].text);
  CHECK(first.at("source") == "lemonde_*1*.txt");
  CHECK(first.at("document") == 0);
  CHECK(first.at("sentence") == 2);
  CHECK(first.at("score") == Approx(0.25));
  CHECK(first.at("rank") == 1);
  // The JSON keeps the original text, line break included.
  CHECK(json.at("sentences").at(1).at("text") == FrenchSummary().sentences[1].text);
  CHECK(json.at("options").at("words") == 42);
  CHECK(json.at("options").at("language") == "fr");
  CHECK(json.at("warnings").at(0) == "vide.txt: no text to summarize");
  CHECK(json.at("precis") == kVersion);
}

TEST_CASE("Markdown output escapes markup and names each source") {
  const std::string out = Render(FrenchSummary(), OutputFormat::kMarkdown, Options{});
  CHECK(out.find("- \u00ab\u202fDes documents importants\u202f\u00bb seront sign\u00e9s, a dit "
                 "M. Ouchakov. *(lemonde\\_\\*1\\*.txt)*\n") != std::string::npos);
  CHECK(out.find("de \\*plus\\*.") != std::string::npos);
}

TEST_CASE("An empty summary renders as nothing in text, as an empty list in JSON") {
  Summary empty;
  CHECK(Render(empty, OutputFormat::kText, Options{}).empty());
  const auto json = nlohmann::json::parse(Render(empty, OutputFormat::kJson, Options{}));
  CHECK(json.at("sentences").empty());
}

TEST_CASE("Output formats parse by name, and an unknown name is an options error") {
  CHECK(ParseOutputFormat("text") == OutputFormat::kText);
  CHECK(ParseOutputFormat("json") == OutputFormat::kJson);
  CHECK(ParseOutputFormat("markdown") == OutputFormat::kMarkdown);
  try {
    ParseOutputFormat("html5");
    FAIL("no error for an unknown format");
  } catch (const Error& e) {
    CHECK(e.code() == ErrorCode::kInvalidOptions);
    CHECK(std::string(e.what()).find("html5") != std::string::npos);
  }
}

}  // namespace
}  // namespace precis
