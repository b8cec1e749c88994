// Tests for the option table that the command line, batch JSON and Python all read.
#include "option_table.h"

#include <catch2/catch.hpp>
#include <cstddef>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <variant>

#include "option_advice.h"
#include "precis/summarizer.h"

namespace precis {
namespace {

// The address an entry's field has in `options`, whatever its type.
const void* Address(const OptionEntry& entry, Options& options) {
  return std::visit([](auto* field) -> const void* { return field; }, entry.field(options));
}

TEST_CASE("option table: names, short names and fields are each used once", "[options]") {
  std::set<std::string> names, python_names;
  std::set<char> short_names;
  std::set<const void*> fields;
  Options options;
  for (const OptionEntry& entry : OptionTable()) {
    CAPTURE(entry.name);
    CHECK(names.insert(entry.name).second);
    CHECK(python_names.insert(entry.python_name).second);
    if (entry.short_name != '\0') CHECK(short_names.insert(entry.short_name).second);
    CHECK(fields.insert(Address(entry, options)).second);
    // Every field lies inside the Options it was reached from.
    const auto* begin = reinterpret_cast<const char*>(&options);
    const auto* address = static_cast<const char*>(Address(entry, options));
    CHECK(address >= begin);
    CHECK(address < begin + sizeof(Options));
    CHECK(std::string(entry.help).size() > 10);
    // A switch that clears its field clears a bool that is on by default, and Python
    // describes the field itself.
    if (entry.clears) {
      REQUIRE(std::holds_alternative<bool*>(entry.field(options)));
      CHECK(*std::get<bool*>(entry.field(options)));
      REQUIRE(entry.field_help != nullptr);
    }
  }
  CHECK(names.count("words") == 1);
  CHECK(names.count("name-weight") == 1);
}

TEST_CASE("option table: batch keys", "[options]") {
  const OptionEntry* dashed = FindBatchOption("min-words");
  REQUIRE(dashed != nullptr);
  CHECK(std::string(dashed->name) == "min-words");
  CHECK(FindBatchOption("min_words") == dashed);
  const OptionEntry* lang = FindBatchOption("language");
  REQUIRE(lang != nullptr);
  CHECK(std::string(lang->name) == "lang");
  CHECK(FindBatchOption("lang") == lang);
  // Files only: JSON text is already Unicode.
  CHECK(FindBatchOption("encoding") == nullptr);
  CHECK(FindBatchOption("threads") == nullptr);
  CHECK(FindBatchOption("format") == nullptr);
  CHECK(FindBatchOption("word") == nullptr);
  CHECK(FindBatchOption("") == nullptr);
}

// --format json records the options a summary was made with: one that the table offers
// but the record leaves out would be set and never seen.
TEST_CASE("option table: every per-cluster option is in the JSON record", "[options]") {
  const nlohmann::json record =
      nlohmann::json::parse(Render(Summary{}, OutputFormat::kJson, Options{})).at("options");
  for (const OptionEntry& entry : OptionTable()) {
    if (entry.files_only) continue;
    // The record names fields as Python does, but for the language and lambda, a Python
    // keyword.
    std::string key = entry.python_name;
    if (key == "lang") key = "language";
    if (!key.empty() && key.back() == '_') key.pop_back();
    CAPTURE(entry.name, key);
    CHECK(record.contains(key));
  }
}

TEST_CASE("option table: advice names the keywords of the interface that reads it", "[options]") {
  const std::vector<std::string> no_names;
  CHECK(WithKeywords("4 words, under --min-words 6", no_names, kPythonKeywords) ==
        "4 words, under min_words=6");
  CHECK(WithKeywords("4 words, under --min-words 6", no_names, kJsonKeywords) ==
        "4 words, under \"min_words\": 6");
  CHECK(WithKeywords("a headline or title (--include-headlines)", no_names, kPythonKeywords) ==
        "a headline or title (include_headlines=True)");
  CHECK(WithKeywords("a.html: read as an HTML page (--plain-text reads it as text)", no_names,
                     kJsonKeywords) ==
        "a.html: read as an HTML page (\"markup\": false reads it as text)");
  CHECK(WithKeywords("graph too large for --similarity overlap, whose", no_names,
                     kPythonKeywords) == "graph too large for similarity=\"overlap\", whose");
  // Only whole flags: a longer word that starts like one is not an option.
  CHECK(WithKeywords("see --words-per-line 3", no_names, kPythonKeywords) ==
        "see --words-per-line 3");
  // A document's name stays as the caller wrote it, wherever the text quotes it.
  const std::vector<std::string> names = {"--words 3.html", "b.txt"};
  CHECK(WithKeywords("--words 3.html: read as an HTML page (--plain-text reads it as text)", names,
                     kPythonKeywords) ==
        "--words 3.html: read as an HTML page (markup=False reads it as text)");
  CHECK(WithKeywords("near duplicate of --words 3.html, sentence 2 (cosine 0.93, "
                     "--duplicate-threshold 0.9)",
                     names, kPythonKeywords) ==
        "near duplicate of --words 3.html, sentence 2 (cosine 0.93, duplicate_threshold=0.9)");
}

}  // namespace
}  // namespace precis
