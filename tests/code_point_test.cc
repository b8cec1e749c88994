// Tests for code_point.h: CodePointAt on well-formed UTF-8 and on what Load would have
// repaired, which segment.cc and page_aside.cc must still step through.
#include "code_point.h"

#include <catch2/catch.hpp>
#include <string>

namespace precis {
namespace {

TEST_CASE("CodePointAt decodes one code point and says how many bytes it takes", "[code_point]") {
  auto [text, at, c, size] = GENERATE(table<std::string, std::size_t, UChar32, std::size_t>({
      {"a", 0, 'a', 1},
      {"\t", 0, '\t', 1},
      {"\u00E9t\u00E9", 0, 0xE9, 2},        // é composed
      {"e\u0301", 1, 0x301, 2},             // é decomposed: the combining acute alone
      {"3,5\u00A0%", 3, 0xA0, 2},           // U+00A0 before %
      {"\u00AB\u202Foui", 2, 0x202F, 3},    // U+202F inside « guillemets »
      {"l\u2019Ukraine", 1, 0x2019, 3},     // ’
      {"\u2026", 0, 0x2026, 3},             // …
      {"\xF0\x9F\x98\x80", 0, 0x1F600, 4},  // an emoji
      {"\xEF\xBB\xBFLe", 0, 0xFEFF, 3},     // a BOM
  }));
  CAPTURE(text, at);
  const CodePoint cp = CodePointAt(text, at);
  CHECK(cp.c == c);
  CHECK(cp.size == size);
}

TEST_CASE("CodePointAt reads an ill-formed sequence as U+FFFD of one byte", "[code_point]") {
  auto [text, at] = GENERATE(table<std::string, std::size_t>({
      {"\xC3", 0},              // é cut after its lead byte
      {"\xE2\x80", 0},          // ’ cut after two of its three bytes
      {"\xF0\x9F\x98", 0},      // an emoji cut short
      {"\u00E9", 1},            // the middle of é: a trailing byte alone
      {"\xC3\x61", 0},          // a lead byte before ASCII 'a'
      {"\xC1\x81", 0},          // 'A' in an overlong form
      {"\xC0\xAE", 0},          // '.' in an overlong form: no sentence ends there
      {"\xE0\x81\x81", 0},      // 'A' overlong in three bytes
      {"\xED\xA0\x80", 0},      // a surrogate
      {"\xF4\x90\x80\x80", 0},  // past U+10FFFF
      {"\xF8\x88\x80\x80\x80", 0},
      {"\xFF", 0},
  }));
  CAPTURE(text, at);
  const CodePoint cp = CodePointAt(text, at);
  CHECK(cp.c == 0xFFFD);
  CHECK(cp.size == 1);
}

TEST_CASE("CodePointAt does not read past the view it is given", "[code_point]") {
  // The whole ’ is in memory, but a span that ends after its first byte cuts it.
  const std::string text = "L\u2019Assemblée";
  const CodePoint cut = CodePointAt(std::string_view(text).substr(0, 2), 1);
  CHECK(cut.c == 0xFFFD);
  CHECK(cut.size == 1);
  const CodePoint whole = CodePointAt(text, 1);
  CHECK(whole.c == 0x2019);
  CHECK(whole.size == 3);
}

}  // namespace
}  // namespace precis
