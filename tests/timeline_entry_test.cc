// Tests for OpensTimelineEntry: the entries of a chronology, whose subject the list gave.
#include "timeline_entry.h"

#include <catch2/catch.hpp>
#include <string>
#include <tuple>

namespace precis {
namespace {

TEST_CASE("OpensTimelineEntry: dated labels", "[standalone]") {
  std::string sentence;
  bool expected = false;
  std::tie(sentence, expected) = GENERATE(table<std::string, bool>({
      // The biography in DUC's d30037, entry by entry.
      {"1996: Named infrastructure minister in Netanyahu government.", true},
      {"1982-83: Invades Lebanon in June 1982 to drive out PLO guerrillas.", true},
      {"1948 Mideast war: Fights as junior officer, wounded three times.", true},
      {"Oct. 9, 1998: Netanyahu appoints him foreign minister.", true},
      // French sets a space, often a no-break one, before the colon.
      {"19 juin 2024 : arrivée de Vladimir Poutine à Pyongyang.", true},
      {"19\u00A0juin\u00A02024\u00A0: signature du traité.", true},
      {"Mercredi 19 juin 2024\u202F: Kim Jong Un l’accueille à l’aéroport.", true},
      {"2000 : première visite d’un président russe.", true},
      {"2000\u2009: première visite d’un président russe.", true},  // a thin space
      // "déjà" ends on the byte A0, as U+00A0 does: one word of four, not two.
      {"1996 déjà-vu au Louvre: Named minister.", true},
      // Sentences with a year and a colon that are not labels.
      {"En 2000, il avait dit : « Nous reviendrons ».", false},
      {"2024 restera une année record : 6.700 visiteurs.", false},
      {"Selon le rapport 2023: les prix montent.", false},
      {"Le sommet s’est ouvert à 10:30 en 2024.", false},
      {"Le bilan : 6.700 morts en 2024.", false},
      {"En 1998, le traité de 1961 : rien.", false},
      // Numbers that are not years.
      {"12345 : le code postal.", false},
      {"6.700 : le nombre de soldats.", false},
      {"3,5 % : la hausse des prix.", false},
      {"300 morts : le bilan de 2024.", false},
      // A label with nothing after it, or no colon at all.
      {"1996:", false},
      {"1996 :", false},
      {"1996 Named infrastructure minister.", false},
      {"", false},
      {"   ", false},
      {"  1996: Named minister.", true},
      {"  En 1996: rien.", true},
      {"  Le rapport: 1996.", false},
  }));
  CAPTURE(sentence);
  CHECK(OpensTimelineEntry(sentence) == expected);
}

TEST_CASE("OpensRankedEntry: ordinal labels", "[standalone]") {
  std::string sentence;
  bool expected = false;
  std::tie(sentence, expected) = GENERATE(table<std::string, bool>({
      // A hockey box score (an adversarial test's summary printed a piece of it), a round
      // of an election, and the same in English.
      {"1re période : 1. MTL Caufield (Slafkovsky, Matheson) 5:12 ; 2. TOR Matthews "
       "(Marner) 12:40 (AN).",
       true},
      {"2e période : 3. MTL Slafkovsky (Suzuki) 3:55.", true},
      {"1er tour : Emmanuel Macron 27,8 %, Marine Le Pen 23,1 %.", true},
      {"3ème manche: Federer 6-4.", true},
      {"2nd period: Montreal, Caufield 2 (Suzuki) 3:55.", true},
      // Sentences that open on an ordinal without being a label.
      {"2e but de la soirée pour Caufield : il a égalisé à 16:48.", false},
      {"3e, il a dit : « On n’a jamais lâché ».", false},
      {"1re période :", false},
      {"2e période sans but pour le Canadien.", false},
      {"25 ans : c’est l’âge moyen de l’équipe.", false},
      {"3,5 % : la hausse des prix.", false},
      // A date is a chronology's label, not a results list's.
      {"19 juin 2024 : arrivée à Pyongyang.", false},
  }));
  CAPTURE(sentence);
  CHECK(OpensRankedEntry(sentence) == expected);
}

}  // namespace
}  // namespace precis
