// Tests for page_aside.h: the asides clean cuts out of a paragraph, here at the edges where
// the white space around them is not a plain space.
#include "page_aside.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

namespace precis {
namespace {

std::vector<std::string> Asides(const std::string& text) {
  std::vector<std::string> asides;
  for (const TextSpan& aside : FindDetachedAsides(text, {0, text.size()})) {
    asides.emplace_back(text.substr(aside.begin, aside.size()));
  }
  return asides;
}

using Strings = std::vector<std::string>;

TEST_CASE("FindDetachedAsides: blanks and line breaks stand between sentences, a form feed not",
          "[page_aside]") {
  auto [text, expected] = GENERATE(table<std::string, Strings>({
      // Before a reference: after the stop, blanks and breaks only.
      {"Le budget est voté. (lire aussi page 4)", {"(lire aussi page 4)"}},
      {"Le budget est voté.\n\t(lire aussi page 4)", {"(lire aussi page 4)"}},
      {"Le budget est voté.\r\n(lire aussi page 4)", {"(lire aussi page 4)"}},
      {"Le budget est voté.\f(lire aussi page 4)", {}},
      {"Le budget est voté.\v(lire aussi page 4)", {}},
      // U+00A0 is no blank here either: French puts none after a period.
      {"Le budget est voté.\u00A0(lire aussi page 4)", {}},
      // After a label: it is last only when blanks and breaks alone follow it.
      {"Le Sénat a voté. (VIDÉO)", {"(VIDÉO)"}},
      {"Le Sénat a voté. (VIDÉO) \t\r\n", {"(VIDÉO)"}},
      {"Le Sénat a voté. (VIDÉO)\f", {}},
      {"Le Sénat a voté. (VIDÉO)\u00A0", {}},
      // After an advertising label: spaced from the next sentence by blanks and breaks.
      {"Le Sénat a voté. Publicité Le texte part à l’Assemblée.", {"Publicité"}},
      {"Le Sénat a voté. Publicité\nLe texte part à l’Assemblée.", {"Publicité"}},
      {"Le Sénat a voté. Publicité\fLe texte part à l’Assemblée.", {}},
      {"Le Sénat a voté. Publicité\u00A0Le texte part à l’Assemblée.", {}},
      {"Le Sénat a voté. Publicité \n", {"Publicité"}},
      {"Le Sénat a voté. Publicité\f", {}},
  }));
  CAPTURE(text);
  CHECK(Asides(text) == expected);
}

}  // namespace
}  // namespace precis
