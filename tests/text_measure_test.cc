#include "text_measure.h"

#include <catch2/catch.hpp>
#include <string>

#include "one_line.h"

namespace precis {
namespace {

TEST_CASE("CountWords counts runs of non-white-space, Unicode spaces included") {
  auto [text, words] = GENERATE(table<std::string, std::size_t>({
      {"", 0},
      {"   \t\n", 0},
      {"Le président russe", 3},
      {"  Le   président  ", 2},
      {"3,5 %", 2},
      {"3,5\u00a0%", 2},                          // no-break space before %
      {"\u00ab\u202fbonjour\u202f\u00bb", 3},     // « bonjour » with narrow no-break spaces
      {"l’Ukraine", 1},
      {"6.700 conteneurs", 2},
      {"a\tb\nc\r\nd", 4},
      {"M. Poutine", 2},
      {"\xF0\x9F\x98\x80 emoji", 2},
  }));
  CAPTURE(text);
  CHECK(CountWords(text) == words);
}

TEST_CASE("SpaceBytesAt measures the white space a text opens with") {
  auto [text, bytes] = GENERATE(table<std::string, std::size_t>({
      {"", 0},
      {" a", 1},
      {"\t", 1},
      {"\u00a0%", 2},
      {"\u202f:", 3},
      {"\u2009:", 3},       // a thin space
      {"\u3000", 3},        // an ideographic space
      {"a ", 0},
      {"\u00e0", 0},        // "à", whose second byte is A0
      {"\xA0", 0},          // that byte alone, as when stepping byte by byte
      {"\xC2", 0},          // a cut sequence
  }));
  CAPTURE(text);
  CHECK(SpaceBytesAt(text) == bytes);
}

TEST_CASE("CountCodePoints counts characters, not bytes") {
  auto [text, count] = GENERATE(table<std::string, std::size_t>({
      {"", 0},
      {"abc", 3},
      {"\u00e9t\u00e9", 3},    // été, composed
      {"e\u0301te\u0301", 5},  // été, decomposed: two combining marks
      {"\u00ab\u202f\u00bb", 3},
      {"\xF0\x9F\x98\x80", 1},  // one emoji, four bytes
      {"\xFF", 1},              // a stray byte counts once rather than crashing
      // A line break inside a sentence prints as one space, whatever ended the line.
      {"a b", 3},
      {"a\nb", 3},
      {"a\r\nb", 3},
      {"a\rb", 3},
      // ...and so does a run of them, with the spaces around them (an indent).
      {"a\r\n\r\nb", 3},
      {"a \n     b", 3},
      {"a\t\n\tb", 3},
      {"a  b", 4},  // spaces without a break count as written
      {"a\r", 2},
      // A soft hyphen shows nowhere in output, at a line end (a cut word, quoted whole) or not.
      {"gouverne\u00AD\nment", 12},
      {"a\u00ADb", 2},
  }));
  CAPTURE(text);
  CHECK(CountCodePoints(text) == count);
}

}  // namespace
}  // namespace precis

TEST_CASE("A line break inside a hyphenated word is no space: one word, no character") {
  using precis::OneLine;
  const auto [text, words, code_points, line] =
      GENERATE(table<std::string, std::size_t, std::size_t, std::string>({
          {"nord-\ncoréens", 1, 12, "nord-coréens"},
          {"Les États-\r\nUnis", 2, 14, "Les États-Unis"},
          {"l’Extrême-\nOrient russe", 2, 22, "l’Extrême-Orient russe"},
          // A dash between words, a double hyphen, a break before a quote: the break
          // is a space as any other.
          {"Il a dit -\nnon", 5, 14, "Il a dit - non"},
          {"non--\npas", 2, 9, "non-- pas"},
          {"anti-\n« guerre »", 4, 16, "anti- « guerre »"},
          // A range or a reference cut after its hyphen, another hyphen, an indent.
          {"1939-\n1945", 1, 9, "1939-1945"},
          {"news-\n74332", 1, 10, "news-74332"},
          {"nord\u2010\nCoréens", 1, 12, "nord\u2010Coréens"},
          {"nord-\n     coréens", 1, 12, "nord-coréens"},
          {"le président\n     russe", 3, 18, "le président russe"},
          // A mail's quote marks after a break are part of it.
          {"le président\n> > russe", 3, 18, "le président russe"},
          {"nord-\n> coréens", 1, 12, "nord-coréens"},
          {"fin-\n", 1, 5, "fin- "},
          {"Jean-Pierre-\nMarie", 1, 17, "Jean-Pierre-Marie"},
          // No word goes on across a blank line, nor past a mark between hyphens, the end
          // of a Québec press release.
          {"nord-\n\ncoréens", 2, 13, "nord- coréens"},
          {"nord-\r\n\r\ncoréens", 2, 13, "nord- coréens"},
          {"nord-\n> \n> coréens", 2, 13, "nord- coréens"},
          {"-30-\n\nLe ministère", 3, 17, "-30- Le ministère"},
          {"-30-\nSource : Cabinet", 4, 21, "-30- Source : Cabinet"},
          // What editors and readers break a line at too: a sentence printed on one
          // line must hold none.
          {"la réunion\u2028très tendue", 4, 22, "la réunion très tendue"},
          {"la SNCF\f a présenté", 4, 18, "la SNCF a présenté"},
          {"fin.\u2029 Début", 2, 10, "fin. Début"},
          {"un\vdeux", 2, 7, "un deux"},
          // Soft hyphens are hints of where a word may break: printed, none.
          {"la coopé\u00ADration fran\u00ADco-alle\u00ADmande", 3, 31,
           "la coopération franco-allemande"},
      }));
  CAPTURE(text);
  CHECK(precis::CountWords(text) == words);
  CHECK(precis::CountCodePoints(text) == code_points);
  CHECK(OneLine(text) == line);
}
