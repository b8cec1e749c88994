// Utf8Stream: a character cut by a chunk's end (a UTF-16 surrogate pair, a UTF-32 code
// unit, a UTF-8 sequence read through ICU) decodes whole, wherever the input is cut; a
// character still cut at the end becomes U+FFFD. ToUtf8 counts what it replaces.
#include "converter.h"

#include <catch2/catch.hpp>
#include <string>

#include "support/encode_text.h"

namespace precis {
namespace {

// « Poutine », an é, a no-break space, ’ and two emoji outside the first 65,536 code
// points: every width of code unit and surrogate pairs.
const std::string kText =
    "\u00AB\u202FPoutine\u202F\u00BB a \u00E9t\u00E9 re\u00E7u l\u2019\u00E9t\u00E9 "
    "\U0001F525\u00A0\U0001F1EB.";

TEST_CASE("Utf8Stream decodes a character cut anywhere by a chunk's end") {
  const auto [encoding, bytes] = GENERATE(table<std::string, std::string>({
      {"UTF-16LE", testing::ToUtf16(kText, false, false)},
      {"UTF-16BE", testing::ToUtf16(kText, true, false)},
      {"UTF-32LE", testing::ToUtf32(kText, false, false)},
      {"UTF-32BE", testing::ToUtf32(kText, true, false)},
      {"UTF-8", kText},
  }));
  CAPTURE(encoding);
  Converter from = OpenConverter(encoding);
  // Every cut into two chunks, and every cut into three.
  for (std::size_t first = 0; first <= bytes.size(); ++first) {
    for (std::size_t second = first; second <= bytes.size(); ++second) {
      CAPTURE(first, second);
      Utf8Stream stream(from.get());
      std::string utf8 = stream.Convert(std::string_view(bytes).substr(0, first), false);
      utf8 += stream.Convert(std::string_view(bytes).substr(first, second - first), false);
      utf8 += stream.Convert(std::string_view(bytes).substr(second), true);
      REQUIRE(utf8 == kText);
    }
  }
}

TEST_CASE("Utf8Stream ends a stream cut inside a character with U+FFFD") {
  const auto [encoding, bytes] = GENERATE(table<std::string, std::string>({
      {"UTF-16LE", testing::ToUtf16("\u00E9t\u00E9 \U0001F525", false, false)},
      {"UTF-32BE", testing::ToUtf32("\u00E9t\u00E9 \U0001F525", true, false)},
  }));
  CAPTURE(encoding);
  Converter from = OpenConverter(encoding);
  Utf8Stream stream(from.get());
  // Half of the emoji (a high surrogate, or 2 of 4 bytes), then the end.
  std::string utf8 = stream.Convert(std::string_view(bytes).substr(0, bytes.size() - 2), false);
  utf8 += stream.Convert("", true);
  CHECK(utf8 == "\u00E9t\u00E9 \uFFFD");
}

TEST_CASE("ToUtf8 converts and counts the sequences it replaces") {
  const auto [encoding, bytes, utf8, replaced] =
      GENERATE(table<std::string, std::string, std::string, std::size_t>({
          {"windows-1252", "\xAB\xA0" "Cr\xE9" "dit\xA0\xBB \x92",
           "\u00AB\u00A0Cr\u00E9dit\u00A0\u00BB \u2019", 0},
          {"UTF-16LE", testing::ToUtf16("\u00E9t\u00E9", false, false) + "x",
           "\u00E9t\u00E9\uFFFD", 1},
          {"UTF-8", "\u00E9t\xE9", "\u00E9t\uFFFD", 1},
      }));
  CAPTURE(encoding);
  Converter from = OpenConverter(encoding);
  std::size_t count = 99;
  CHECK(ToUtf8(bytes, from.get(), &count) == utf8);
  CHECK(count == replaced);
  // The converter is reset: a second conversion gives the same.
  CHECK(ToUtf8(bytes, from.get()) == utf8);
}

}  // namespace
}  // namespace precis
