#include "character_references.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

namespace precis {
namespace {

TEST_CASE("The example of character_references.h holds", "[references]") {
  std::string text = "Standard &AMP; Poor&#39;s";
  CHECK(ReadCharacterReferences(&text).count == 2);
  CHECK(text == "Standard & Poor's");
}

TEST_CASE("Named, decimal and hexadecimal references give their characters", "[references]") {
  const auto [reference, character] = GENERATE(table<std::string, std::string>({
      {"&eacute;", "é"},
      {"&Eacute;", "É"},
      {"&laquo;", "«"},
      {"&nbsp;", "\u00A0"},
      {"&rsquo;", "’"},
      {"&amp;", "&"},
      {"&AMP;", "&"},  // HTML5's upper-case alias; HTML 4 has only "&amp;"
      {"&period;", "."},
      {"&#233;", "é"},
      {"&#xE9;", "é"},
      {"&#XE9;", "é"},
      {"&#8239;", "\u202F"},
      {"&#146;", "\u0092"},  // c1_controls.h reads it as ’ afterwards
      {"&#0;", "\uFFFD"},
      {"&#xD800;", "\uFFFD"},
      {"&#x110000;", "\uFFFD"},
  }));
  CAPTURE(reference);
  std::string out = "<";
  CHECK(AppendCharacterReference(reference, &out));
  CHECK(out == "<" + character);
}

TEST_CASE("What only looks like a reference stays as written", "[references]") {
  const std::string text =
      "R&D; & Co, AT&T, &foo; &eacute &; &#; &#x; &#12a; &#12345678; &e acute; "
      "&Eacute_; fin &";
  std::string copy = text;
  CHECK(ReadCharacterReferences(&copy).count == 0);
  CHECK(copy == text);
  std::string out = "x";
  CHECK_FALSE(AppendCharacterReference("&eacute", &out));
  CHECK_FALSE(AppendCharacterReference("eacute;", &out));
  CHECK(out == "x");
}

TEST_CASE("References among French text, side by side and at either end", "[references]") {
  std::string text = "&laquo;&nbsp;L&rsquo;&eacute;t&eacute; &agrave; 3,5&nbsp;%&nbsp;&raquo;";
  CHECK(ReadCharacterReferences(&text).count == 9);
  CHECK(text == "«\u00A0L’été à 3,5\u00A0%\u00A0»");
}

TEST_CASE("The first different references are named as written, and whether others were",
          "[references]") {
  std::string text = "l&#39;eau, l&#39;aube, d&#39;abord";
  ReferencesRead read = ReadCharacterReferences(&text);
  CHECK(read.count == 3);
  CHECK(read.examples == std::vector<std::string>{"&#39;"});
  CHECK_FALSE(read.more_kinds);
  text = "&laquo;&nbsp;L&rsquo;&eacute;t&eacute;&nbsp;&raquo;";
  read = ReadCharacterReferences(&text);
  CHECK(read.examples == std::vector<std::string>{"&laquo;", "&nbsp;", "&rsquo;"});
  CHECK(read.more_kinds);
}

TEST_CASE("A semicolon past the longest reference ends none", "[references]") {
  // The longest name known, "CloseCurlyDoubleQuote", is read; a longer run is not.
  std::string longest = "&CloseCurlyDoubleQuote;";
  CHECK(ReadCharacterReferences(&longest).count == 1);
  CHECK(longest == "”");
  const std::string too_long = "&" + std::string(60, 'a') + ";";
  std::string copy = too_long;
  CHECK(ReadCharacterReferences(&copy).count == 0);
  CHECK(copy == too_long);
}

TEST_CASE("A text of ampersands without semicolons stays linear and unchanged", "[references]") {
  const std::string text(4 << 20, '&');
  std::string copy = text;
  CHECK(ReadCharacterReferences(&copy).count == 0);
  CHECK(copy == text);
}

}  // namespace
}  // namespace precis
