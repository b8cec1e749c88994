// SimpleWords must find exactly the words ICU's word BreakIterator finds, wherever it
// does not decline: the tokenizer takes its answer instead of ICU's.
#include "simple_words.h"

#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "support/text_files.h"

namespace precis {
namespace {

// (word, number) pairs, as the tokenizer sees them.
using Words = std::vector<std::pair<std::string, bool>>;

Words Simple(const std::string& text, bool* declined) {
  std::vector<SimpleWord> spans;
  *declined = !SimpleWords(text, &spans);
  Words words;
  if (*declined) return words;
  for (const SimpleWord& w : spans) words.emplace_back(text.substr(w.begin, w.size), w.number);
  return words;
}

// ICU's words of `text` under `locale`: the spans whose rule status is not UBRK_WORD_NONE.
Words Icu(const std::string& text, const char* locale) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> breaker(
      icu::BreakIterator::createWordInstance(icu::Locale(locale), status));
  REQUIRE(U_SUCCESS(status));
  UText utext = UTEXT_INITIALIZER;
  utext_openUTF8(&utext, text.data(), static_cast<int64_t>(text.size()), &status);
  breaker->setText(&utext, status);
  utext_close(&utext);
  REQUIRE(U_SUCCESS(status));
  Words words;
  int32_t start = breaker->first();
  for (int32_t end = breaker->next(); end != icu::BreakIterator::DONE;
       start = end, end = breaker->next()) {
    const int32_t kind = breaker->getRuleStatus();
    if (kind < UBRK_WORD_NONE_LIMIT) continue;
    words.emplace_back(
        text.substr(static_cast<std::size_t>(start), static_cast<std::size_t>(end - start)),
        kind < UBRK_WORD_NUMBER_LIMIT);
  }
  return words;
}

std::vector<std::string> LinesOfTextsUnder(const std::filesystem::path& dir) {
  std::vector<std::string> lines;
  for (const std::string& text : testing::TextsUnder(dir)) {
    std::size_t begin = 0;
    while (begin < text.size()) {
      std::size_t end = text.find('\n', begin);
      if (end == std::string::npos) end = text.size();
      if (end > begin) lines.push_back(text.substr(begin, end - begin));
      begin = end + 1;
    }
  }
  return lines;
}

TEST_CASE("SimpleWords finds words in plain Latin text and declines the rest", "[tokenize]") {
  const auto [text, expected, declines] = GENERATE(table<std::string, Words, bool>({
      // The example of simple_words.h.
      {"L\u2019\u00C9lys\u00E9e a confirm\u00E9 \u00AB\u00A0la visite\u00A0\u00BB de 2024.",
       {{"L\u2019\u00C9lys\u00E9e", false},
        {"a", false},
        {"confirm\u00E9", false},
        {"la", false},
        {"visite", false},
        {"de", false},
        {"2024", true}},
       false},
      {"Le G7 a 3,5 % de plus.", {}, true},
      // An apostrophe joins two letters only.
      {"aujourd'hui, l'homme et l\u2019\u0152uvre ; les parents' \u00E9coles",
       {{"aujourd'hui", false},
        {"l'homme", false},
        {"et", false},
        {"l\u2019\u0152uvre", false},
        {"les", false},
        {"parents", false},
        {"\u00E9coles", false}},
       false},
      {"l''a", {{"l", false}, {"a", false}}, false},
      {"'Bonjour' -- dit-il.", {{"Bonjour", false}, {"dit", false}, {"il", false}}, false},
      // Marks at a word's end, or between a word and a separator, only separate.
      {"Fin. Puis: suite; encore, 2024. (Reuters) \u2014 \u00AB\u2026\u00BB 5 \u20AC\r\n",
       {{"Fin", false},
        {"Puis", false},
        {"suite", false},
        {"encore", false},
        {"2024", true},
        {"Reuters", false},
        {"5", true}},
       false},
      {"", {}, false},
      {" \t", {}, false},
      // What UAX #29 has more rules for: ICU's job.
      {"les U.S. et", {}, true},
      {"6.700 morts", {}, true},
      {"M.Kim", {}, true},
      {"10:30", {}, true},
      {"1er juin", {}, true},
      {"l'11 septembre", {}, true},
      {"6\u202F700", {}, true},
      {"Cafe\u0301", {}, true},
      {"snake_case", {}, true},
      {"a@b", {}, true},
      {"#paris", {}, true},
      {"\u0141\u00F3d\u017A", {}, true},
      {"2 \u00D7 3", {}, true},
      {"\xF0\x9F\x98\x80", {}, true},
      {"fin\xC3", {}, true},
  }));
  CAPTURE(text);
  bool declined = false;
  const Words words = Simple(text, &declined);
  CHECK(declined == declines);
  if (!declines) {
    CHECK(words == expected);
    CHECK(words == Icu(text, "fr"));
  }
}

TEST_CASE("SimpleWords agrees with ICU on every line of real articles", "[tokenize]") {
  std::vector<std::string> lines =
      LinesOfTextsUnder(std::filesystem::path(PRECIS_SOURCE_DIR) / "samples");
  REQUIRE_FALSE(lines.empty());
  std::size_t before = lines.size();
  for (const char* folder : {"seeds", "data"}) {
    std::vector<std::string> more =
        LinesOfTextsUnder(std::filesystem::path(PRECIS_SHARED_DIR) / folder);
    lines.insert(lines.end(), more.begin(), more.end());
  }
  if (lines.size() == before) WARN("no shared data under PRECIS_SHARED_DIR: checked samples only");
  std::size_t taken = 0;
  for (const std::string& line : lines) {
    bool declined = false;
    const Words words = Simple(line, &declined);
    if (declined) continue;
    ++taken;
    CAPTURE(line);
    // English shares the root rules: both languages' iterators agree with it.
    REQUIRE(words == Icu(line, "fr"));
    REQUIRE(words == Icu(line, "en"));
  }
  // The fast path is worth having only if it takes a fair share of real lines; each
  // whole line (a paragraph) is a harder test than a sentence.
  CHECK(taken * 4 >= lines.size());
}

}  // namespace
}  // namespace precis
