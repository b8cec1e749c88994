// Tests for page_aside.h: the asides clean cuts out of a paragraph, here at the edges where
// the white space around them is not a plain space.
#include "page_aside.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

namespace precis {
namespace {

std::vector<std::string> Asides(const std::string& text, std::size_t end) {
  std::vector<std::string> asides;
  for (const TextSpan& aside : FindDetachedAsides(text, {0, end})) {
    asides.emplace_back(text.substr(aside.begin, aside.size()));
  }
  return asides;
}

std::vector<std::string> Asides(const std::string& text) { return Asides(text, text.size()); }

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

TEST_CASE("FindDetachedAsides reads nothing past its span, not even the rest of a code point",
          "[page_aside]") {
  // "L’" is an elision that opens a sentence only when a letter follows the ’ within the
  // span; a ’ cut by the span's end is no apostrophe, and "L" alone is a short word.
  const std::string text = "Le Sénat a voté. Publicité L\u2019Assemblée vote.";
  const std::size_t quote = text.find("\u2019");
  auto [end, expected] = GENERATE_COPY(table<std::size_t, Strings>({
      {text.size(), {"Publicité"}},
      {quote + 4, {"Publicité"}},
      {quote + 3, {}},
      {quote + 2, {"Publicité"}},
      {quote + 1, {"Publicité"}},
  }));
  CAPTURE(end - quote);
  CHECK(Asides(text, end) == expected);
}

TEST_CASE("ClassifyAside: labels in capitals, from the list standalone.cc shares", "[page_aside]") {
  auto [inside, expected] = GENERATE(table<std::string, AsideKind>({
      {"VIDÉO", AsideKind::kLabel},
      {"LIRE AUSSI", AsideKind::kLabel},
      {"À LIRE", AsideKind::kLabel},
      {"READ MORE", AsideKind::kLabel},
      {"VIDÉO EN DIRECT", AsideKind::kLabel},
      {"LIRE AUSSI:", AsideKind::kLabel},
      {"PHOTOS 2/3", AsideKind::kLabel},
      // No word names reading or a medium: a wire's note, a language, a live rubric.
      {"MORE", AsideKind::kNone},
      {"EN", AsideKind::kNone},
      {"EN DIRECT", AsideKind::kNone},
      // A teaser's rubric names a link in square brackets only (standalone.cc); here it
      // is a word the list does not take.
      {"EXCLUSIF", AsideKind::kNone},
      {"VIDÉO EXCLUSIVE", AsideKind::kNone},
      {"ENQUÊTE", AsideKind::kNone},
      // Capitals and lower case mixed, a name, or a decomposed É (Load composes it).
      {"VIDÉO Poutine", AsideKind::kNone},
      {"VIDÉO POUTINE", AsideKind::kNone},
      {"VIDE\u0301O", AsideKind::kNone},
  }));
  CAPTURE(inside);
  CHECK(ClassifyAside(inside) == expected);
}

}  // namespace
}  // namespace precis
