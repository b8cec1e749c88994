// Tests for the word readings the furniture rules ask of a phrase: where sentences start,
// the words outside quotations, and whether they speak to the reader, go on as the story's
// clause, name a reporter's role or only say where a credit was written.
#include "phrase_words.h"

#include <catch2/catch.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace precis::clean_rules {
namespace {

using Words = std::vector<std::string>;

TextSpan Whole(std::string_view text) { return {0, text.size()}; }

// The words of `text` as WordsOf splits them.
Words Split(std::string_view text, bool skip_quoted) {
  const std::vector<PlacedCodePoint> cps = Decode(text, Whole(text));
  return WordsOf(cps, 0, cps.size(), skip_quoted);
}

TEST_CASE("Decode: code points with their byte offsets", "[phrase_words]") {
  const std::string text = "l’État à 3,5 %";
  const std::vector<PlacedCodePoint> cps = Decode(text, Whole(text));
  REQUIRE(cps.size() == 14);
  CHECK(cps[1].c == 0x2019);
  CHECK(cps[1].at == 1);
  CHECK(cps[2].c == 0x00C9);  // É, after the three bytes of ’
  CHECK(cps[2].at == 4);
  CHECK(cps.back().c == '%');
  CHECK(cps.back().at == text.size() - 1);
  // An ill-formed byte is one U+FFFD at its offset, and the text goes on after it.
  const std::string bad = "a\xC3(b";
  const std::vector<PlacedCodePoint> read = Decode(bad, Whole(bad));
  REQUIRE(read.size() == 4);
  CHECK(read[1].c == 0xFFFD);
  CHECK(read[1].at == 1);
  CHECK(read[2].c == '(');
  CHECK(read[2].at == 2);
}

TEST_CASE("Decode: only the span asked for", "[phrase_words]") {
  const std::string text = "« Non », a dit M. Dupont.";
  const std::vector<PlacedCodePoint> cps = Decode(text, {text.find('a'), text.find('M')});
  REQUIRE(cps.size() == 6);  // "a dit "
  CHECK(cps.front().c == 'a');
  CHECK(cps.front().at == text.find('a'));
}

TEST_CASE("WordsOf: apostrophes stay in words, quotations may be left out", "[phrase_words]") {
  const std::string text = "Selon l’Élysée, « la crise est finie » et 6.700 salariés";
  CHECK(Split(text, false) ==
        Words{"Selon", "l’Élysée", "la", "crise", "est", "finie", "et", "6", "700", "salariés"});
  CHECK(Split(text, true) == Words{"Selon", "l’Élysée", "et", "6", "700", "salariés"});
  // English quotes and the straight " open and close the same way.
  CHECK(Split("He said “we are ready” and \"go\" then", true) ==
        Words{"He", "said", "and", "then"});
  // A combining accent is part of its word (e + U+0301).
  CHECK(Split("le re\xCC\x81seau", false) == Words{"le", "re\xCC\x81seau"});
}

TEST_CASE("SentenceStarts: after a word's stop, not after an initial or a title",
          "[phrase_words]") {
  const std::string text = "Selon M. Poutine, l’accord tient. « Nous sommes prêts », a-t-il dit.";
  const std::vector<PlacedCodePoint> cps = Decode(text, Whole(text));
  const std::vector<std::size_t> starts = SentenceStarts(cps, 0, false);
  REQUIRE(starts.size() == 2);
  CHECK(starts[1] == text.find("«"));
  // A digit after a stop opens a sentence only when asked: "Dec. 27" follows a month.
  const std::string digits = "Ils sont arrivés hier. 12 personnes sont venues.";
  const std::vector<PlacedCodePoint> dcps = Decode(digits, Whole(digits));
  CHECK(SentenceStarts(dcps, 0, true).size() == 2);
  CHECK(SentenceStarts(dcps, 0, false).size() == 1);
  CHECK(IsOneSentence("Indonesia, Dec. 27, 2004.", Whole("Indonesia, Dec. 27, 2004.")));
  const std::string two = "Il pleut sur Brest. Les pompiers sont là.";
  CHECK_FALSE(IsOneSentence(two, Whole(two)));
}

TEST_CASE("IsClause: the story's clause after a comma", "[phrase_words]") {
  // A verb of saying put after what was said, in either reading.
  CHECK(IsClause({"a", "exhorté", "le", "ministre"}, true));
  CHECK(IsClause({"estime", "le", "porte-parole", "russe"}, true));
  // A subject opens a clause only when more than saying is asked for.
  CHECK(IsClause({"il", "paraîtra", "aussi", "en", "anglais"}, false));
  CHECK_FALSE(IsClause({"il", "paraîtra", "aussi", "en", "anglais"}, true));
  // The elided article opens a subject, whichever apostrophe it is written with.
  CHECK(IsClause({"l’œuvre", "a", "été", "vendue"}, false));
  CHECK(IsClause({"l'œuvre", "a", "été", "vendue"}, false));
  // A passive of three words.
  CHECK(IsClause({"a", "été", "piratée"}, false));
  // An apposition and a date are none.
  CHECK_FALSE(IsClause({"envoyé", "spécial", "à", "Séoul"}, false));
  CHECK_FALSE(IsClause({"le", "12", "mars", "2024"}, false));
  CHECK_FALSE(IsClause({"il", "paraîtra"}, false));
}

TEST_CASE("NamesReporterRole: a byline's apposition", "[phrase_words]") {
  CHECK(NamesReporterRole({"l’envoyée", "spéciale", "du", "Monde", "à", "Kiev"}));
  CHECK(NamesReporterRole({"l'envoyé", "spécial"}));
  CHECK(NamesReporterRole({"notre", "correspondant", "permanent", "à", "Bruxelles"}));
  CHECK(NamesReporterRole({"les", "photos", "de", "Pierre", "Lefèvre"}));
  CHECK(NamesReporterRole({"our", "staff", "writer"}));
  CHECK_FALSE(NamesReporterRole({"le", "livre", "s’est", "vendu"}));
  CHECK_FALSE(NamesReporterRole({"l’œuvre", "a", "été", "vendue"}));
  CHECK_FALSE(NamesReporterRole({"les", "du"}));
  CHECK_FALSE(NamesReporterRole({}));
}

TEST_CASE("ClauseAfterComma: the story goes on, or the byline does", "[phrase_words]") {
  const std::string clause = "Traduit par Marie Dupont, il paraîtra aussi en anglais.";
  CHECK(ClauseAfterComma(clause, Whole(clause)));
  const std::string role = "Par Marie Dupont, l’envoyée spéciale du Monde à Kiev.";
  CHECK_FALSE(ClauseAfterComma(role, Whole(role)));
  // Only a comma followed by a lower-case word counts: "Dupont, Kiev" names a place.
  const std::string place = "Par Marie Dupont, Kiev, il paraîtra aussi en anglais.";
  CHECK(ClauseAfterComma(place, Whole(place)));
  const std::string none = "Par Marie Dupont à Kiev";
  CHECK_FALSE(ClauseAfterComma(none, Whole(none)));
}

TEST_CASE("IsSaying: a verb of saying proper, then its subject", "[phrase_words]") {
  CHECK(IsSaying({"a", "lancé", "le", "candidat"}));
  CHECK(IsSaying({"lançait", "le", "candidat", "socialiste"}));
  CHECK(IsSaying({"said", "the", "foreign", "minister"}));
  // Four words at least, as any clause of the story.
  CHECK_FALSE(IsSaying({"said", "the", "minister"}));
  CHECK_FALSE(IsSaying({"a", "été", "pensée", "pour", "vous"}));
  CHECK_FALSE(IsSaying({"il", "paraîtra", "aussi"}));
}

TEST_CASE("AddressesReader and NamesThePage: the page speaking", "[phrase_words]") {
  CHECK(AddressesReader({"Abonnez-vous", "à", "notre", "newsletter"}));
  CHECK_FALSE(AddressesReader({"Abonnez-vous", "à", "notre", "newsletter"}, true));
  CHECK(AddressesReader({"Recevez", "dans", "votre", "boîte"}, true));
  CHECK(AddressesReader({"we", "use", "cookies"}));
  CHECK_FALSE(AddressesReader({"le", "préfet", "a", "parlé"}));
  CHECK(NamesThePage({"Cet", "article", "est", "réservé", "aux", "abonnés"}));
  CHECK(NamesThePage({"la", "VIDÉO"}));
  CHECK_FALSE(NamesThePage({"la", "tempête", "a", "frappé"}));
}

TEST_CASE("IsImperative: the page's imperative in -ez", "[phrase_words]") {
  CHECK(IsImperative("Recevez"));
  CHECK(IsImperative("Téléchargez"));
  CHECK(IsImperative("Inscrivez-vous"));
  CHECK_FALSE(IsImperative("Pyongyang"));
  CHECK_FALSE(IsImperative("zézaiement"));
}

TEST_CASE("PlaceOnly and NamesAndPlaces: where a credit was written", "[phrase_words]") {
  CHECK(PlaceOnly({}));
  CHECK(PlaceOnly({"à", "Bruxelles"}));
  CHECK(PlaceOnly({"depuis", "Kiev"}));
  CHECK(PlaceOnly({"from", "Brussels", "and", "Alan", "Rappeport", "from", "Washington"}));
  CHECK(PlaceOnly({"from", "the", "United", "Nations"}));
  CHECK_FALSE(PlaceOnly({"à", "la", "mairie"}));
  CHECK_FALSE(PlaceOnly({"Bruxelles"}));
  CHECK(NamesAndPlaces({"John", "Smith", "in", "Brussels"}));
  CHECK(NamesAndPlaces({"Jean", "de", "La", "Fontaine"}));
  CHECK_FALSE(NamesAndPlaces({"John", "Smith", "said"}));
  CHECK(IsPlaceWord("depuis"));
  CHECK_FALSE(IsPlaceWord("Depuis"));
}

TEST_CASE("GluedLeadAfterHeadline: the lead after a link's headline", "[phrase_words]") {
  const std::string glued =
      "Tempête Ciarán : les images Les pompiers ont été appelés 300 fois dans la nuit.";
  const TextSpan lead = GluedLeadAfterHeadline(glued, Whole(glued));
  CHECK(glued.substr(lead.begin, lead.size()) ==
        "Les pompiers ont été appelés 300 fois dans la nuit.");
  // An elided determiner opens a lead too.
  const std::string elided =
      "Tempête Ciarán : les images L’enquête a été confiée à la gendarmerie.";
  const TextSpan elided_lead = GluedLeadAfterHeadline(elided, Whole(elided));
  CHECK(elided.substr(elided_lead.begin, elided_lead.size()) ==
        "L’enquête a été confiée à la gendarmerie.");
  // A name that opens on a determiner ("Les Échos") is the headline's.
  const std::string name = "Tempête Ciarán : ce que disent Les Échos";
  CHECK(GluedLeadAfterHeadline(name, Whole(name)) == TextSpan{0, 0});
  // A stop inside leaves the headline's end in doubt; a short lead is none.
  const std::string stop = "Tempête. Les images Les pompiers ont été appelés 300 fois.";
  CHECK(GluedLeadAfterHeadline(stop, Whole(stop)) == TextSpan{0, 0});
  const std::string short_lead = "Tempête Ciarán : les images Les pompiers arrivent.";
  CHECK(GluedLeadAfterHeadline(short_lead, Whole(short_lead)) == TextSpan{0, 0});
}

}  // namespace
}  // namespace precis::clean_rules
