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

TEST_CASE("OpensLabelledList: a fact box's label and its list", "[standalone]") {
  std::string sentence;
  bool expected = false;
  std::tie(sentence, expected) = GENERATE(table<std::string, bool>({
      // The box under a match report (Ouest-France), with a no-break space before the colon.
      {"Buts : Kalimuendo (58e, 81e) pour Rennes ; Greenwood (12e) pour Marseille.", true},
      {"Avertissements\u00a0: Seidu (34e) pour Rennes ; Balerdi (67e), Rabiot (88e) pour "
       "Marseille.",
       true},
      {"Le classement : 1. PSG 45 pts ; 2. Marseille 40 pts ; 3. Monaco 36 pts ; 4. Rennes 34 "
       "pts.",
       true},
      {"Composition: Mandanda, Seidu, Theate, Truffert, Ugochukwu.", true},
      {"Équipe de France : Maignan ; Koundé, Saliba, Upamecano, Hernández.", true},
      // Sentences with a colon in them.
      {"Bilan : deux morts et vingt-cinq blessés, selon la préfecture.", false},
      {"Deux camps s’opposent : d’un côté les anti-Kerviel ; de l’autre, les pro-Kerviel, "
       "qui glosent sur la banque.",
       false},
      {"Magdi Asdi el-Nashar : locataire d’une maison où des explosifs ont été trouvés ; un "
       "professeur de biochimie.",
       false},
      {"Sa mission : remédier à « la méconnaissance des textes », et à l’insuffisance de la "
       "loi.",
       false},
      {"M. Kim a été clair : Séoul, Tokyo, Washington.", false},
      {"Arbitre : M. Turpin.", false},
      {"À 10:30, Paris, Lyon et Lille.", false},
      {"1re période : 1. MTL Caufield 5:12 ; 2. TOR Matthews 12:40.", false},
  }));
  CAPTURE(sentence);
  CHECK(OpensLabelledList(sentence) == expected);
}

}  // namespace
}  // namespace precis
