// Tests for InsideQuotations: sentences that are quoted speech without a mark of their own.
#include "quotation_context.h"

#include <catch2/catch.hpp>
#include <string_view>
#include <vector>

namespace precis {
namespace {

using Paragraph = std::vector<std::string_view>;

TEST_CASE("InsideQuotations: the middle of a quotation in guillemets", "[quotation]") {
  const Paragraph paragraph = {
      "« Nous irons jusqu’au bout.",
      "Rien ne nous arrêtera, ni 6.700 soldats ni 3,5 % d’inflation.",
      "Personne », a lancé M. Kim.",
      "Le sommet s’est achevé mercredi.",
  };
  CHECK(InsideQuotations(paragraph) == std::vector<bool>{false, true, false, false});
}

TEST_CASE("InsideQuotations: English curly and straight quotation marks", "[quotation]") {
  const Paragraph curly = {"“It’s not about us blinking.", "We want to reach an agreement.",
                           "We’re tired of it,” he said."};
  CHECK(InsideQuotations(curly) == std::vector<bool>{false, true, false});
  const Paragraph straight = {"\"It's not about us blinking.", "We want to reach an agreement.",
                              "We're tired of the rhetoric.", "Enough,\" Hunter said.",
                              "Talks resume Friday."};
  CHECK(InsideQuotations(straight) == std::vector<bool>{false, true, true, false, false});
}

TEST_CASE("InsideQuotations: quotations within one sentence mark nothing", "[quotation]") {
  const Paragraph paragraph = {"Il a parlé d’un « accord historique » à Pyongyang.",
                               "\"Unfortunately, it didn't work out,\" he said.",
                               "The word \"ideal\" is unclear."};
  CHECK(InsideQuotations(paragraph) == std::vector<bool>{false, false, false});
}

TEST_CASE("InsideQuotations: marks that do not pair up are not trusted", "[quotation]") {
  // An odd count of straight quotes: a typo, or a quotation that runs on into the next
  // paragraph, whose own opening mark would restart it. Either way nothing is marked.
  const Paragraph odd = {"\"It's not over.", "We will be back.", "Next season, he said."};
  CHECK(InsideQuotations(odd) == std::vector<bool>{false, false, false});
  // A » that closes nothing: the guillemets are not read, the straight quotes still are.
  const Paragraph stray = {"Le mot » est de trop.", "« Nous irons loin.", "Très loin.",
                           "Demain \"ou jamais.", "Sans doute.", "Enfin\", dit-il."};
  CHECK(InsideQuotations(stray) ==
        std::vector<bool>{false, false, false, false, true, false});
  // A « never closed: the paragraph ends inside it.
  const Paragraph unclosed = {"« Nous irons loin.", "Très loin.", "Jusqu’au bout."};
  CHECK(InsideQuotations(unclosed) == std::vector<bool>{false, false, false});
}

TEST_CASE("InsideQuotations: nested marks and edge cases", "[quotation]") {
  const Paragraph nested = {"« Il m’a dit : “Partez.", "Tout de suite.", "Sans attendre.”",
                            "Je suis parti. »", "Fin."};
  CHECK(InsideQuotations(nested) == std::vector<bool>{false, true, true, false, false});
  CHECK(InsideQuotations({}).empty());
  CHECK(InsideQuotations({"« Seul. »"}) == std::vector<bool>{false});
}

}  // namespace
}  // namespace precis
