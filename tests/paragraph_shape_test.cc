#include "paragraph_shape.h"

#include <catch2/catch.hpp>

#include <string>
#include <string_view>
#include <vector>

using precis::TextSpan;
using precis::clean_rules::CodePoints;
using precis::clean_rules::IsOpening;
using precis::clean_rules::IsSpace;
using precis::clean_rules::MatchKey;
using precis::clean_rules::MeasureShape;
using precis::clean_rules::Shape;
using precis::clean_rules::ToUtf8;
using precis::clean_rules::TrimSpan;

namespace {

std::string_view Trimmed(std::string_view text) {
  const TextSpan span = TrimSpan(text, {0, text.size()});
  return text.substr(span.begin, span.size());
}

}  // namespace

TEST_CASE("shape: final punctuation is read past closing quotes and brackets", "[shape]") {
  const Shape quoted = MeasureShape("« Nous signerons l’accord », a-t-il dit (AFP).");
  CHECK(quoted.ends_sentence);
  CHECK(quoted.has_quote);
  CHECK_FALSE(quoted.headline());

  CHECK(MeasureShape("Il a répondu : « Non. »").ends_sentence);
  CHECK(MeasureShape("Tous sauf…").ends_sentence);
  CHECK(MeasureShape("Faut-il revoir la loi Leonetti ?").ends_sentence);

  const Shape timeline = MeasureShape("Le 8 août :");
  CHECK(timeline.ends_colon);
  CHECK_FALSE(timeline.ends_sentence);
  CHECK_FALSE(timeline.headline());

  const Shape goes_on = MeasureShape("Selon M. Poutine, la Russie et la Corée du Nord,");
  CHECK(goes_on.ends_comma);
  CHECK_FALSE(goes_on.headline());
}

TEST_CASE("shape: a title has letters and no final punctuation", "[shape]") {
  CHECK(MeasureShape("Vladimir Poutine à Pyongyang").headline());
  CHECK(MeasureShape("Poutine à Pyongyang : « un pacte »").headline());
  // Digits are text: a line of figures is not empty of content.
  const Shape figures = MeasureShape("6.700 - 3,5 %");
  CHECK(figures.has_letter);
  CHECK_FALSE(figures.has_lower);
  CHECK(figures.headline());
  // Punctuation alone is neither content nor a title.
  const Shape rule = MeasureShape("— * — « »");
  CHECK_FALSE(rule.has_letter);
  CHECK_FALSE(rule.headline());
  CHECK(rule.has_quote);
}

TEST_CASE("shape: words are runs between Unicode white space", "[shape]") {
  // U+00A0 before the colon and U+202F inside the guillemets, as French typesetting puts
  // them: each separates words.
  CHECK(MeasureShape("Il a dit\u00A0: «\u202Fnon\u202F».").words == 7);
  CHECK(MeasureShape("d’État, Kim Jong-un").words == 3);
  CHECK(MeasureShape("mot\u200Bmot\u2060mot").words == 3);
  CHECK(MeasureShape("").words == 0);
  CHECK(MeasureShape(" \u00A0\n\t").words == 0);
}

TEST_CASE("shape: case of the first character and of the first letter", "[shape]") {
  const Shape lower = MeasureShape("et la suite de la phrase");
  CHECK(lower.first_lower);
  CHECK_FALSE(lower.first_upper);

  // The first character is the guillemet; the first letter, past it, is upper-case.
  const Shape quoted = MeasureShape("« Élysée » en tête");
  CHECK_FALSE(quoted.first_lower);
  CHECK(quoted.first_upper);

  const Shape caps = MeasureShape("LIRE AUSSI");
  CHECK(caps.first_upper);
  CHECK_FALSE(caps.has_lower);

  CHECK(MeasureShape("état d’urgence").first_lower);
  CHECK_FALSE(MeasureShape("2024 : état d’urgence").first_upper);
}

TEST_CASE("trim: Unicode and zero-width white space at both ends, none inside", "[shape]") {
  CHECK(Trimmed("\u00A0\u202F Pyongyang\u200B \n") == "Pyongyang");
  CHECK(Trimmed("\u2060« Kim Jong-un »\uFEFF") == "« Kim Jong-un »");
  CHECK(Trimmed("6.700\u00A0obus") == "6.700\u00A0obus");
  CHECK(Trimmed("\u00A0 \u202F").empty());

  // The span stays within what it was given.
  const std::string text = "  Le président russe.  ";
  const TextSpan span = TrimSpan(text, {3, 12});
  CHECK(text.substr(span.begin, span.size()) == "e présid");
}

TEST_CASE("match key: letters and digits, case-folded, one space between words", "[shape]") {
  CHECK(MatchKey("L’ÉLYSÉE a dit : « NON » !") == "l élysée a dit non");
  CHECK(MatchKey("l'Élysée a dit  non") == "l élysée a dit non");
  CHECK(MatchKey("6.700 obus, 3,5\u00A0%") == "6 700 obus 3 5");
  CHECK(MatchKey("— « » —").empty());
  // Copies of one caption that differ only in typography share a key.
  CHECK(MatchKey("Vladimir Poutine et Kim Jong-un, le 19 juin 2024.") ==
        MatchKey("VLADIMIR POUTINE ET KIM JONG-UN — LE 19 JUIN 2024"));
  CHECK(MatchKey("Poutine") != MatchKey("Poutine a"));
}

TEST_CASE("code points: U+00A0, U+202F and zero-width marks are white space", "[shape]") {
  for (char32_t c : {U' ', U'\t', U'\n', U'\u00A0', U'\u202F', U'\u2009', U'\u3000', U'\u200B',
                     U'\u2060', U'\uFEFF'}) {
    CHECK(IsSpace(static_cast<UChar32>(c)));
  }
  for (char32_t c : {U'a', U'é', U'\u00AB', U'\u2019', U'.', U'-'}) {
    CHECK_FALSE(IsSpace(static_cast<UChar32>(c)));
  }
  for (char32_t c : {U'\u00AB', U'\u201C', U'\u201E', U'"', U'(', U'[', U'\u2014', U'\u2013'}) {
    CHECK(IsOpening(static_cast<UChar32>(c)));
  }
  for (char32_t c : {U'\u00BB', U'\u201D', U')', U'É', U'.'}) {
    CHECK_FALSE(IsOpening(static_cast<UChar32>(c)));
  }
}

TEST_CASE("code points: UTF-8 round trip, invalid bytes as U+FFFD", "[shape]") {
  const std::string text = "Kim Jong-un, l’Élysée, « 6.700 » 😀";
  const std::vector<UChar32> cps = CodePoints(text);
  CHECK(cps.size() == 34);
  CHECK(cps[14] == 0x2019);
  CHECK(cps.back() == 0x1F600);
  CHECK(ToUtf8(cps) == text);

  const std::vector<UChar32> broken = CodePoints("a\xC3(b\xFF");
  CHECK(broken == std::vector<UChar32>{'a', 0xFFFD, '(', 'b', 0xFFFD});
}
