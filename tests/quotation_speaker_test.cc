// Tests for NamesSpeaker: whether a sentence that quotes someone says whose words they are.
#include "quotation_speaker.h"

#include <unicode/unistr.h>

#include <catch2/catch.hpp>
#include <string>
#include <tuple>

#include "language.h"

namespace precis {
namespace {

constexpr QuotationPlace kOpens = QuotationPlace::kOpens;
constexpr QuotationPlace kCloses = QuotationPlace::kCloses;
constexpr QuotationPlace kOutside = QuotationPlace::kOutside;

TEST_CASE("NamesSpeaker: French quotations", "[quotation]") {
  const Language& fr = GetLanguage("fr");
  std::string sentence;
  QuotationPlace half = kOpens;
  bool expected = false;
  std::tie(sentence, half, expected) = GENERATE(table<std::string, QuotationPlace, bool>({
      // The incise inside the quotation, as French writes it.
      {"\"Encore aujourd'hui avec le Tour, il y a des doutes, a déclaré Armstrong.", kOpens, true},
      {"«\u202FNous irons jusqu’au bout, a ajouté le ministre.", kOpens, true},
      {"« Armstrong est un grand champion, explique Pierre Bordry à Libération.", kOpens, true},
      {"« 6.700 soldats, soit 3,5 % des effectifs, selon M. Kim.", kOpens, true},
      // The narrator before the quotation opens, or after it closes.
      {"Henriette, postière, est moins sévère : « Savoir que le petit va bien.", kOpens, true},
      {"Le ministre a dit \"oui.", kOpens, true},
      {"Je n’ai pas même ressenti de bonheur », a ajouté l’ex-otage.", kCloses, true},
      {"Peut-être qu'on saura enfin\", confie Hélène.", kCloses, true},
      {"Poutine a déclaré : « Nous irons jusqu’au bout.", kOpens, true},
      {"« Nous irons jusqu’au bout », a-t-on appris de source diplomatique.", kOutside, true},
      // A pronoun for the speaker points back at a sentence the summary may leave out.
      {"« 6.700 soldats, soit 3,5 % des effectifs », a-t-il dit.", kOutside, false},
      {"Je tiens à dire combien je vous dois », a-t-elle déclaré.", kCloses, false},
      {"« Nous sommes à l’opposé d’autres affaires », expliquait-il encore samedi.", kOutside,
       false},
      {"\"Nos forces sont intactes\", ont-ils déclaré.", kOutside, false},
      {"Elle a ajouté : « Je n’ai pas pleuré.", kOpens, false},
      // Nobody speaks: the reader would take the words for the article's.
      {"\"C'est absurde!", kOpens, false},
      {"« J’ai beaucoup pleuré pendant sept ans, de douleur et d’indignation.", kOpens, false},
      {"L'émotion n'est pas compatible avec la réflexion\".", kCloses, false},
      {"Ils [pouvaient] aller à l'aéroport et retrouver leurs familles ».", kCloses, false},
      // A verb of saying too far from the comma is the quotation's, not an incise.
      {"« Il faut, disait-on alors dans toutes les rédactions de la capitale et du pays, "
       "tenir bon.",
       kOpens, false},
      {"« Le ministre a déclaré la guerre, et nous avons tous perdu ce jour-là notre "
       "insouciance et nos illusions.",
       kOpens, false},
      // An incise may stand between two commas, but not before the first.
      {"« Pourtant, assure un analyste parisien, le contrôle évolue. »", kOutside, true},
      {"« Je l’ai dit, et je le répète, rien ne change. »", kOutside, false},
      {"« Il est possible que je dispute le Giro, rapporte La Gazzetta dello Sport. »", kOutside,
       true},
      {"« Une collaboration technique militaire »", kOutside, false},
      {"Le ministre a parlé d’une « attaque de charme ».", kOutside, true},
      {"", kOpens, false},
      {"\"", kCloses, false},
  }));
  CAPTURE(sentence);
  CHECK(NamesSpeaker(sentence, half, fr) == expected);
}

TEST_CASE("NamesSpeaker: English quotations", "[quotation]") {
  const Language& en = GetLanguage("en");
  CHECK(NamesSpeaker("Hodler said, \"Certainly not.", kOpens, en));
  CHECK(NamesSpeaker("\"If you look at the results,\" Smith said, \"they are clear.", kOpens, en));
  CHECK_FALSE(
      NamesSpeaker("\"If you look at the results,\" he said, \"they are clear.", kOpens, en));
  CHECK(NamesSpeaker("Well, I'm not a Tutsi,\" Wamba said.", kCloses, en));
  CHECK(NamesSpeaker("\"We will not back down, the minister told reporters.", kOpens, en));
  CHECK_FALSE(NamesSpeaker("\"People started to shout `car on fire.'", kOpens, en));
  CHECK_FALSE(NamesSpeaker("He wasn't nervous.\"", kCloses, en));
  // Each language has its own verbs: "a déclaré" is no English incise.
  CHECK_FALSE(NamesSpeaker("\"Il y a des doutes, a déclaré Armstrong.", kOpens, en));
  // A whole quotation needs its speaker too; a sentence without one is all narrator.
  CHECK(NamesSpeaker("\"It is over,\" the minister said.", QuotationPlace::kOutside, en));
  CHECK_FALSE(NamesSpeaker("\"It is over,\" he said.", QuotationPlace::kOutside, en));
  CHECK_FALSE(NamesSpeaker("\"It is over,\" she told reporters.", QuotationPlace::kOutside, en));
  CHECK_FALSE(NamesSpeaker("\"It is over,\" said he.", QuotationPlace::kOutside, en));
  CHECK(NamesSpeaker("The talks failed on Monday.", QuotationPlace::kOutside, en));
  CHECK_FALSE(
      NamesSpeaker("\"Now it seems all of that is behind us.\"", QuotationPlace::kOutside, en));
  // Inside a quotation, nobody is named.
  CHECK_FALSE(NamesSpeaker("We want an agreement, he said.", QuotationPlace::kInside, en));
}

TEST_CASE("NamesSpeaker: the verb lists are in the form words are compared in", "[quotation]") {
  const std::string code = GENERATE("fr", "en");
  CAPTURE(code);
  const Language& language = GetLanguage(code);
  CHECK(language.reporting_verbs.size() >= 30);
  for (const std::string& verb : language.reporting_verbs) {
    CAPTURE(verb);
    std::string folded;
    icu::UnicodeString::fromUTF8(verb).foldCase().toUTF8String(folded);
    CHECK(folded == verb);
    CHECK(verb.find_first_of(" '-") == std::string::npos);
  }
}

}  // namespace
}  // namespace precis
