#include "abbreviation_names.h"

#include <catch2/catch.hpp>
#include <cstddef>
#include <string>
#include <string_view>

#include "language.h"

namespace precis {
namespace {

// Whether the period after the last occurrence of `word_with_period` in `text` ends a name.
bool EndsName(const std::string& text, std::string_view word_with_period,
              const Language& language = GetLanguage("en")) {
  AbbreviationNames names(text, language.sentences.abbreviations);
  const std::size_t at = text.rfind(word_with_period);
  REQUIRE(at != std::string::npos);
  return names.EndsName(at + word_with_period.size() - 1);
}

TEST_CASE("A listed word is a name where the document writes it without its period",
          "[abbreviation_names]") {
  // The evidence comes in every form a name is followed by.
  CHECK(EndsName("Prime Minister Hun Sen said no. It came from strongman Hun Sen.", "Sen."));
  CHECK(EndsName("Prime Minister Hun Sen's party won. It came from strongman Hun Sen.", "Sen."));
  CHECK(EndsName("Prime Minister Hun Sen\u2019s party won. It came from strongman Hun Sen.",
                 "Sen."));
  CHECK(EndsName("It came from strongman Hun Sen. Later, Prime Minister Hun Sen, 47, spoke.",
                 "Sen."));
  CHECK(EndsName("L'économiste Ngô Gen a parlé. Il cite Ngô Gen.", "Gen."));
}

TEST_CASE("A listed word stays a title without that evidence", "[abbreviation_names]") {
  // Only ever written with its period.
  CHECK_FALSE(EndsName("It came from strongman Hun Sen. Threats from strongman Hun Sen.", "Sen."));
  // The word before it must be the same: a document about Hun Sen still has titles.
  CHECK_FALSE(EndsName("Prime Minister Hun Sen said no. Republican Sen. John McCain agreed.",
                       "Sen."));
  // A sentence's first word is capitalized anyway ("Selon Mme Dupont" in French).
  CHECK_FALSE(EndsName("Hun Sen said no. It came from strongman Hun Sen.", "Sen."));
  CHECK_FALSE(EndsName("Il parle. Selon Mme Dupont, non. Il a vu Selon Mme.", "Mme.",
                       GetLanguage("fr")));
  // A lowercase word before it is no name.
  CHECK_FALSE(EndsName("He met the strongman Sen at noon. It came from the strongman Sen.",
                       "Sen."));
  // A word that merely ends like a listed one.
  CHECK_FALSE(EndsName("Prime Minister Hun Sena said no. It came from strongman Hun Sen.",
                       "Sen."));
  // Words with an inner period, or lowercase, are never names.
  CHECK_FALSE(EndsName("The Big US said no. It came from the Big U.S.", "U.S."));
}

TEST_CASE("Questions about text that is not a listed word", "[abbreviation_names]") {
  const std::string text = "Hun Sen. \xC3\xA9. .";
  AbbreviationNames names(text, GetLanguage("en").sentences.abbreviations);
  CHECK_FALSE(names.EndsName(0));            // not a period
  CHECK_FALSE(names.EndsName(text.size()));  // past the end
  CHECK_FALSE(names.EndsName(text.size() - 1));
  CHECK_FALSE(names.EndsName(text.find("\xC3\xA9.") + 2));
}

}  // namespace
}  // namespace precis
