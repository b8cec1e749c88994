// Tests for PlaceInQuotations: sentences that are quoted speech, whole or in part.
#include "quotation_context.h"

#include <catch2/catch.hpp>
#include <string_view>
#include <vector>

namespace precis {
namespace {

using Paragraph = std::vector<std::string_view>;
using Places = std::vector<QuotationPlace>;
constexpr QuotationPlace kOut = QuotationPlace::kOutside;
constexpr QuotationPlace kIn = QuotationPlace::kInside;
constexpr QuotationPlace kOpens = QuotationPlace::kOpens;
constexpr QuotationPlace kCloses = QuotationPlace::kCloses;

TEST_CASE("PlaceInQuotations: the middle of a quotation in guillemets", "[quotation]") {
  // Guillemets show their halves in the sentence itself: only the middle is placed.
  const Paragraph paragraph = {
      "« Nous irons jusqu’au bout.",
      "Rien ne nous arrêtera, ni 6.700 soldats ni 3,5 % d’inflation.",
      "Personne », a lancé M. Kim.",
      "Le sommet s’est achevé mercredi.",
  };
  CHECK(PlaceInQuotations(paragraph) == Places{kOut, kIn, kOut, kOut});
}

TEST_CASE("PlaceInQuotations: English curly and straight quotation marks", "[quotation]") {
  const Paragraph curly = {"“It’s not about us blinking.", "We want to reach an agreement.",
                           "We’re tired of it,” he said."};
  CHECK(PlaceInQuotations(curly) == Places{kOut, kIn, kOut});
  // The straight quote cannot show which way it faces: its paragraph tells.
  const Paragraph straight = {"\"It's not about us blinking.", "We want to reach an agreement.",
                              "We're tired of the rhetoric.", "Enough,\" Hunter said.",
                              "Talks resume Friday."};
  CHECK(PlaceInQuotations(straight) == Places{kOpens, kIn, kIn, kCloses, kOut});
  const Paragraph french = {"Il a dit \"oui.", "Non.\"", "Fin."};
  CHECK(PlaceInQuotations(french) == Places{kOpens, kCloses, kOut});
}

TEST_CASE("PlaceInQuotations: quotations within one sentence", "[quotation]") {
  const Paragraph paragraph = {"Il a parlé d’un « accord historique » à Pyongyang.",
                               "\"Unfortunately, it didn't work out,\" he said.",
                               "The word \"ideal\" is unclear."};
  CHECK(PlaceInQuotations(paragraph) == Places{kOut, kOut, kOut});
}

TEST_CASE("PlaceInQuotations: marks that do not pair up are not trusted", "[quotation]") {
  // An odd count of straight quotes: a typo, or a quotation that runs on into the next
  // paragraph, whose own opening mark would restart it. Either way nothing is placed.
  const Paragraph odd = {"\"It's not over.", "We will be back.", "Next season, he said."};
  CHECK(PlaceInQuotations(odd) == Places{kOut, kOut, kOut});
  // A » that closes nothing: the guillemets are not read, the straight quotes still are.
  const Paragraph stray = {"Le mot » est de trop.", "« Nous irons loin.", "Très loin.",
                           "Demain \"ou jamais.", "Sans doute.", "Enfin\", dit-il."};
  CHECK(PlaceInQuotations(stray) == Places{kOut, kOut, kOut, kOpens, kIn, kCloses});
  // A « never closed: the paragraph ends inside it.
  const Paragraph unclosed = {"« Nous irons loin.", "Très loin.", "Jusqu’au bout."};
  CHECK(PlaceInQuotations(unclosed) == Places{kOut, kOut, kOut});
}

TEST_CASE("PlaceInQuotations: nested marks and edge cases", "[quotation]") {
  const Paragraph nested = {"« Il m’a dit : “Partez.", "Tout de suite.", "Sans attendre.”",
                            "Je suis parti. »", "Fin."};
  CHECK(PlaceInQuotations(nested) == Places{kOut, kIn, kIn, kOut, kOut});
  CHECK(PlaceInQuotations({}).empty());
  CHECK(PlaceInQuotations({"« Seul. »"}) == Places{kOut});
  // A straight quotation inside guillemets: inside the guillemets wins.
  const Paragraph mixed = {"« Il a crié \"non.", "Jamais.\"", "Puis il est parti. »"};
  CHECK(PlaceInQuotations(mixed) == Places{kOpens, kIn, kOut});
}

}  // namespace
}  // namespace precis
