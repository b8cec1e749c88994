// Tests for ROUGE's Unicode tokenizer. Expected tokens are written by hand from the
// rules in unicode_tokenizer.h; stems are either compared with each other (two forms of
// one word meet) or derived from the Snowball algorithm's published steps.
#include "unicode_tokenizer.h"

#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <catch2/catch.hpp>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>
#include <tuple>
#include <vector>

#include "precis/error.h"

namespace precis::eval {
namespace {

UnicodeTokenizerOptions Plain() {
  UnicodeTokenizerOptions options;
  options.stem = false;
  return options;
}

TokenizedText Tokenize(const std::string& text, const UnicodeTokenizerOptions& options) {
  UnicodeTokenizer tokenizer(options);
  return tokenizer.Tokenize(text);
}

// Without stemming, what is left is normalization, case folding and splitting: every
// expected token below follows from the rules by hand.
TEST_CASE("UnicodeTokenizer: tokens are runs of letters and digits", "[unicode_tokenizer]") {
  std::string input;
  TokenizedText expected;
  std::tie(input, expected) = GENERATE(table<std::string, TokenizedText>({
      // Accented letters are letters: one token (ROUGE-1.5.5 gives "pr", "sidentielle").
      {"La présidentielle", {{"la", "présidentielle"}}},
      // Decomposed input (e + U+0301) is composed by NFC first.
      {"La pre\u0301sidentielle", {{"la", "présidentielle"}}},
      {"E\u0301TATS", {{"états"}}},
      // Elisions with the typographic ’ and the ASCII ' both split.
      {"l’Ukraine", {{"l", "ukraine"}}},
      {"l'Ukraine", {{"l", "ukraine"}}},
      {"qu’il jusqu'à aujourd’hui", {{"qu", "il", "jusqu", "à", "aujourd", "hui"}}},
      // Hyphens split.
      {"nord-coréen", {{"nord", "coréen"}}},
      {"J.-C.", {{"j", "c"}}},
      // Numbers split at the group and decimal separators, of any kind.
      {"6.700 morts", {{"6", "700", "morts"}}},
      {"3,5 %", {{"3", "5"}}},
      {"6\u202F700 et 6\u00A0700", {{"6", "700", "et", "6", "700"}}},
      {"Le 14-Juillet 2024", {{"le", "14", "juillet", "2024"}}},
      // Letters and digits in one run stay together.
      {"Le G20 et la 2e place", {{"le", "g20", "et", "la", "2e", "place"}}},
      // Spaces (U+00A0, U+202F) inside « guillemets » give no token.
      {"«\u00A0Non\u00A0»", {{"non"}}},
      {"«\u202FNon\u202F»", {{"non"}}},
      {"«\u202F\u00A0»", {}},
      // Full case folding.
      {"ÉTATS-UNIS", {{"états", "unis"}}},
      {"Straße", {{"strasse"}}},
      {"M. Dupont, Mme Durand et le Dr House",
       {{"m", "dupont", "mme", "durand", "et", "le", "dr", "house"}}},
      {"Mais… non", {{"mais", "non"}}},
      // Invisible code points: a soft hyphen neither splits nor stays; a BOM vanishes.
      {"présiden\u00ADtielle", {{"présidentielle"}}},
      {"\xEF\xBB\xBFLe", {{"le"}}},
      // A combining mark stays with its letter, never makes a token alone.
      {"a\u0308 \u0308", {{"ä"}}},
      // Emoji, ZWJ sequences, flags and keycaps: no crash, no token but the digit.
      {"Bravo 👨\u200D👩\u200D👧 !", {{"bravo"}}},
      {"🇫🇷", {}},
      {"1\uFE0F\u20E3", {{"1"}}},
      // Ill-formed UTF-8 separates words.
      {"abc\xFF\xFE"
       "déf",
       {{"abc", "déf"}}},
      // Lines are sentences; blank and punctuation-only lines give none; CRLF works.
      {"Une phrase.\n\nDeux mots\n   \n« — »\nTrois",
       {{"une", "phrase"}, {"deux", "mots"}, {"trois"}}},
      {"a\r\nb\r\n", {{"a"}, {"b"}}},
      {"", {}},
      {" \n\t\n\n", {}},
  }));
  CAPTURE(input);
  CHECK(Tokenize(input, Plain()) == expected);
}

TEST_CASE("UnicodeTokenizer: options", "[unicode_tokenizer]") {
  std::string input;
  bool stem = false, stopwords = false, fold = false;
  TokenizedText expected;
  std::tie(input, stem, stopwords, fold, expected) =
      GENERATE(table<std::string, bool, bool, bool, TokenizedText>({
          // Accent folding drops the marks of canonically decomposable letters; œ is
          // a letter of its own and stays.
          {"Présidentielle à Besançon, cœur naïf",
           false,
           false,
           true,
           {{"presidentielle", "a", "besancon", "cœur", "naif"}}},
          {"Pre\u0301sidentielle", false, false, true, {{"presidentielle"}}},
          {"ÉTATS-UNIS", false, false, true, {{"etats", "unis"}}},
          // Stopwords, with the list's elided forms ("l", "d", "qu") and accented
          // words ("à", "été") matched before accent folding.
          {"Le président de l’Assemblée", false, true, false, {{"président", "assemblée"}}},
          {"qu’il a été élu à Paris", false, true, true, {{"elu", "paris"}}},
          // A line left with stopwords only is no sentence.
          {"Le président\nde la\nPlace", false, true, false, {{"président"}, {"place"}}},
          // Snowball French on "présidentielles": step 4 drops the final "s" and then
          // the "e" in RV, step 5 undoubles "ll": "présidentiel". Accents go after.
          {"présidentielles", true, false, false, {{"présidentiel"}}},
          {"présidentielles", true, false, true, {{"presidentiel"}}},
          // Numbers are never stemmed.
          {"2024", true, false, false, {{"2024"}}},
      }));
  CAPTURE(input, stem, stopwords, fold);
  UnicodeTokenizerOptions options;
  options.stem = stem;
  options.remove_stopwords = stopwords;
  options.fold_accents = fold;
  CHECK(Tokenize(input, options) == expected);
}

// Stems are opaque; what matters to ROUGE is that forms of one word meet and that
// different words stay apart.
TEST_CASE("UnicodeTokenizer: stemming joins forms of a word", "[unicode_tokenizer]") {
  std::string language, first, second;
  bool same = false;
  std::tie(language, first, second, same) =
      GENERATE(table<std::string, std::string, std::string, bool>({
          {"fr", "présidentielle", "présidentiel", true},
          {"fr", "présidentielles", "Présidentiels", true},
          {"fr", "continuer", "continuait", true},
          {"fr", "élections", "élection", true},
          {"fr", "Pre\u0301sidentielle", "présidentiels", true},
          {"fr", "président", "présent", false},
          {"fr", "guerre", "guerrier", false},
          {"en", "running", "runs", true},
          {"en", "connected", "connection", true},
          {"en", "Elections", "election", true},
          {"en", "run", "ran", false},
      }));
  CAPTURE(language, first, second);
  UnicodeTokenizerOptions options;
  options.language = language;
  const TokenizedText a = Tokenize(first, options);
  const TokenizedText b = Tokenize(second, options);
  REQUIRE(a.size() == 1);
  REQUIRE(b.size() == 1);
  REQUIRE(a[0].size() == 1);
  REQUIRE(b[0].size() == 1);
  CHECK((a[0][0] == b[0][0]) == same);
  // Stemming did something: the unstemmed forms differ.
  options.stem = false;
  CHECK(Tokenize(first, options) != Tokenize(second, options));
}

TEST_CASE("UnicodeTokenizer: English stopwords and stems", "[unicode_tokenizer]") {
  UnicodeTokenizerOptions options;
  options.language = "en";
  options.remove_stopwords = true;
  // Porter2: "running" -> "run" ("ing" dropped, then "nn" undoubled), "elections" ->
  // "elect" (step 1a drops the plural "s", step 4 "ion" after "t" in R2).
  CHECK(Tokenize("The running of the Elections", options) == TokenizedText{{"run", "elect"}});
}

TEST_CASE("UnicodeTokenizer: unknown language", "[unicode_tokenizer]") {
  UnicodeTokenizerOptions options;
  options.language = "xx";
  try {
    UnicodeTokenizer tokenizer(options);
    FAIL("no error for language xx");
  } catch (const Error& e) {
    CHECK(e.code() == ErrorCode::kInvalidOptions);
  }
}

// Scripts written without spaces rely on ICU's dictionary word breaks, not on runs.
TEST_CASE("UnicodeTokenizer: Chinese is cut at word boundaries", "[unicode_tokenizer]") {
  const std::string input = "我们喜欢自然语言处理";
  const TokenizedText tokens = Tokenize(input, Plain());
  REQUIRE(tokens.size() == 1);
  CHECK(tokens[0].size() >= 2);
  std::string joined;
  for (const std::string& token : tokens[0]) joined += token;
  CHECK(joined == input);
}

// The scratch buffers carry nothing from one call or line to the next.
TEST_CASE("UnicodeTokenizer: reuse across calls", "[unicode_tokenizer]") {
  UnicodeTokenizer tokenizer(Plain());
  const TokenizedText first = tokenizer.Tokenize("L’Élysée confirme\nÉTATS-UNIS");
  CHECK(tokenizer.Tokenize("x") == TokenizedText{{"x"}});
  CHECK(tokenizer.Tokenize("") == TokenizedText{});
  CHECK(tokenizer.Tokenize("L’Élysée confirme\nÉTATS-UNIS") == first);
  CHECK(first == TokenizedText{{"l", "élysée", "confirme"}, {"états", "unis"}});

  // Stems come from the stemmer the first time and from a cache afterwards.
  UnicodeTokenizer stemming(UnicodeTokenizerOptions{});
  const std::string text = "Les présidentielles\nprésidentielles présidentiel";
  const TokenizedText stemmed = stemming.Tokenize(text);
  CHECK(stemmed == TokenizedText{{"le", "présidentiel"}, {"présidentiel", "présidentiel"}});
  CHECK(stemming.Tokenize(text) == stemmed);
}

// True when every code point of `token` is a letter, a decimal digit or a mark, and the
// token is its own case folding: what any token must be.
bool IsWellFormedToken(const std::string& token) {
  if (token.empty()) return false;
  const auto* bytes = reinterpret_cast<const uint8_t*>(token.data());
  const auto length = static_cast<int32_t>(token.size());
  for (int32_t i = 0; i < length;) {
    UChar32 c;
    U8_NEXT(bytes, i, length, c);
    if (c < 0) return false;
    if (!u_isalnum(c) && (U_MASK(u_charType(c)) & U_GC_M_MASK) == 0) return false;
  }
  std::string folded;
  icu::UnicodeString::fromUTF8(token).foldCase().toUTF8String(folded);
  return folded == token;
}

std::string ReadFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// On real news (read at run time, never copied): tokens are well-formed, and a line
// tokenizes the same whether it takes the ASCII shortcut or ICU (a trailing "é" forces
// ICU and adds one last token).
TEST_CASE("UnicodeTokenizer: development data", "[unicode_tokenizer]") {
  const std::filesystem::path data = std::filesystem::path(PRECIS_SHARED_DIR) / "data";
  if (!std::filesystem::exists(data / "rpm2_fr") ||
      !std::filesystem::exists(data / "duc2004_task2")) {
    WARN("no development data under " << data.string() << ": skipped");
    return;
  }
  UnicodeTokenizer tokenizer(Plain());
  std::size_t lines = 0, ascii_lines = 0;
  for (const char* dataset : {"rpm2_fr", "duc2004_task2"}) {
    for (const auto& entry : std::filesystem::recursive_directory_iterator(data / dataset)) {
      if (!entry.is_regular_file() || entry.path().extension() != ".txt") continue;
      const std::string parent = entry.path().parent_path().filename().string();
      if (parent != "docs" && parent != "refs" && parent != "peers") continue;
      std::istringstream text(ReadFile(entry.path()));
      std::string line;
      while (std::getline(text, line)) {
        ++lines;
        bool ascii = true;
        for (char c : line) ascii = ascii && static_cast<unsigned char>(c) < 0x80;
        ascii_lines += ascii ? 1 : 0;
        const TokenizedText alone = tokenizer.Tokenize(line);
        TokenizedText forced = tokenizer.Tokenize(line + " é");
        REQUIRE(forced.size() == 1);
        REQUIRE(forced[0].back() == "é");
        forced[0].pop_back();
        if (forced[0].empty()) forced.clear();
        CAPTURE(entry.path().string(), line);
        REQUIRE(alone == forced);
        for (const auto& sentence : alone) {
          for (const std::string& token : sentence) {
            CAPTURE(token);
            REQUIRE(IsWellFormedToken(token));
          }
        }
      }
    }
  }
  // Both paths were exercised.
  CHECK(lines > 1000);
  CHECK(ascii_lines > 100);
  CHECK(ascii_lines < lines);
}

}  // namespace
}  // namespace precis::eval
