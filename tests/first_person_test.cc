// Tests for SpeaksAsI: sentences that say "je" without saying who speaks.
#include "first_person.h"

#include <catch2/catch.hpp>
#include <string>

#include "language.h"

TEST_CASE("SpeaksAsI: the first person singular outside quotation marks, no speaker named") {
  const auto [sentence, lang, speaks] = GENERATE(table<std::string, std::string, bool>({
      // A post quoted without its author's line, a speech copied without marks.
      {"Je salue l’engagement exceptionnel des 150 marins-pompiers mobilisés.", "fr", true},
      {"J’ai, en conséquence, démissionné de mon mandat de président du directoire.", "fr", true},
      {"À l’occasion de l’anniversaire du prophète, je voudrais annoncer la grâce des marins.",
       "fr", true},
      {"Le directoire et moi avions donné des instructions claires.", "fr", true},
      {"My experience is that this is not true.", "en", true},
      // English "I", a capital wherever it stands, before a verb.
      {"When the Bank of England raised rates to 5.25% on Thursday, I could not help "
       "thinking of 1992.",
       "en", true},
      {"I don't think that they're ready to make a deal.", "en", true},
      {"Having done that, I'm sure it loosened up both sides.", "en", true},
      // The speaker named in an incise, or the words in quotation marks.
      {"Je salue l’engagement des marins-pompiers, a déclaré le ministre.", "fr", false},
      {"« Je serai la maire de tous les Grenoblois », a-t-elle déclaré.", "fr", false},
      {"Le ministre a dit : « J’ai confiance ».", "fr", false},
      // A quotation an earlier sentence opened, closed here before its speaker's name.
      {"Je n’ai pas même ressenti de bonheur », a ajouté l’ex-otage, humiliée pendant des "
       "années.",
       "fr", false},
      // Names and titles that read like the words: an initial, "Me", a Roman numeral.
      {"J.-P. Dupont a été élu maire de Brest avec 52,4 % des voix.", "fr", false},
      {"Me Dupont a plaidé la relaxe devant le tribunal de Nanterre.", "fr", false},
      {"World War I ended in 1918, the historian recalled.", "en", false},
      {"World War I was a turning point for the empire.", "en", false},
      {"Henry I had no surviving legitimate son.", "en", false},
      {"Phase I trials began in 2023 with 6,700 patients.", "en", false},
      {"\"I think so,\" the minister said on Tuesday.", "en", false},
      {"I could not help thinking of 1992, said Andrew Bailey.", "en", false},
      // An exclamation opening the sentence.
      {"My, how the challenges have grown as the forum prepares its summit.", "en", false},
      // "Nous" may be the newspaper's own.
      {"Nous avons joint la préfecture, qui n’a pas répondu.", "fr", false},
  }));
  CAPTURE(sentence, lang);
  CHECK(precis::SpeaksAsI(sentence, precis::GetLanguage(lang)) == speaks);
}
