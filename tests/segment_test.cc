#include "segment.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <chrono>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "language.h"

namespace precis {
namespace {

using Texts = std::vector<std::string>;

// The sentence texts of `paragraph`, which is the whole text.
Texts SplitTexts(SentenceSegmenter& segmenter, const std::string& paragraph,
                 bool* any_headline = nullptr) {
  Texts texts;
  for (const SentenceSpan& s : segmenter.Split(paragraph, {0, paragraph.size()})) {
    texts.push_back(paragraph.substr(s.span.begin, s.span.size()));
    if (any_headline != nullptr && s.headline) *any_headline = true;
  }
  return texts;
}

SentenceSegmenter& French() {
  static SentenceSegmenter segmenter(GetLanguage("fr"));
  return segmenter;
}

TEST_CASE("French typography around quotes and brackets", "[segment]") {
  const auto [paragraph, expected] = GENERATE(table<std::string, Texts>({
      {"« Je viendrai demain. » Puis il partit.", {"« Je viendrai demain. »", "Puis il partit."}},
      {"«\u00A0Je viendrai demain.\u00A0» Puis il partit.",
       {"«\u00A0Je viendrai demain.\u00A0»", "Puis il partit."}},
      {"«\u202FJe viendrai demain.\u202F» Puis il partit.",
       {"«\u202FJe viendrai demain.\u202F»", "Puis il partit."}},
      {"«Je viendrai demain.» Puis il partit.", {"«Je viendrai demain.»", "Puis il partit."}},
      {"“Je viendrai demain. ” Puis il partit.", {"“Je viendrai demain. ”", "Puis il partit."}},
      {"Il partit (sans un mot. ) Puis il revint.",
       {"Il partit (sans un mot. )", "Puis il revint."}},
      {"Il a dit : « Non. » Il est parti.", {"Il a dit : « Non. »", "Il est parti."}},
      {"(M. Kim aussi.) Il part.", {"(M. Kim aussi.)", "Il part."}},
      // An incise after the quote keeps the sentence whole, after . ! or ?.
      {"« Je viendrai demain. », a-t-il dit. Puis il partit.",
       {"« Je viendrai demain. », a-t-il dit.", "Puis il partit."}},
      {"« Vive la France ! » s'écria-t-il. Puis il partit.",
       {"« Vive la France ! » s'écria-t-il.", "Puis il partit."}},
      {"« Qui êtes-vous\u202F? » demanda-t-il.", {"« Qui êtes-vous\u202F? » demanda-t-il."}},
      // A comma or period after the closing mark goes on the same sentence (rpm2_fr's
      // T04 and T07 once had sentences that opened on ", s'est indigné..." and ".").
      {"« Le prix Nobel, dites donc ! », s'est indigné le député. Il part.",
       {"« Le prix Nobel, dites donc ! », s'est indigné le député.", "Il part."}},
      {"Un groupe \"Qui cherche Kerviel !!! \", rejoint par cent internautes, est né.",
       {"Un groupe \"Qui cherche Kerviel !!! \", rejoint par cent internautes, est né."}},
      {"Dans quel état était-elle ? \". Nul ne le sait.",
       {"Dans quel état était-elle ? \".", "Nul ne le sait."}},
      {"Il a crié « Non ! » ; puis il partit.", {"Il a crié « Non ! » ; puis il partit."}},
      {"Ils ont parlé de « paix. » et de « guerre ».",
       {"Ils ont parlé de « paix. » et de « guerre »."}},
      // A straight quote followed by a letter opens the next sentence.
      {"Il a dit. \"Bonjour.\" Puis il partit.", {"Il a dit.", "\"Bonjour.\"", "Puis il partit."}},
      {"\"Je viendrai.\" Puis il partit.", {"\"Je viendrai.\"", "Puis il partit."}},
      {"Il part ! Elle reste ? Oui.", {"Il part !", "Elle reste ?", "Oui."}},
      {"« Je viendrai demain. »", {"« Je viendrai demain. »"}},
  }));
  CAPTURE(paragraph);
  bool headline = false;
  CHECK(SplitTexts(French(), paragraph, &headline) == expected);
  CHECK_FALSE(headline);
}

TEST_CASE("French abbreviations, initials and numbers", "[segment]") {
  const auto [paragraph, expected] = GENERATE(table<std::string, Texts>({
      // ICU's fr suppressions, kept.
      {"Il a vu M. Poutine hier. MM. Dupont et Durand sont là.",
       {"Il a vu M. Poutine hier.", "MM. Dupont et Durand sont là."}},
      {"« M. Poutine est arrivé », dit-il. Selon M. Kim, tout va bien.",
       {"« M. Poutine est arrivé », dit-il.", "Selon M. Kim, tout va bien."}},
      {"«M. Poutine est là.» Il part.", {"«M. Poutine est là.»", "Il part."}},
      {"Il est né en 50 av. J.-C. à Rome.", {"Il est né en 50 av. J.-C. à Rome."}},
      {"En 44 av. J.-C. César meurt.", {"En 44 av. J.-C. César meurt."}},
      // Abbreviations ICU's list misses.
      {"Mme Durand est là. Mme. Durand aussi. Le Dr. Martin aussi. Le Dr "
       "Martin aussi.",
       {"Mme Durand est là.", "Mme. Durand aussi.", "Le Dr. Martin aussi.", "Le Dr Martin aussi."}},
      {"Il a vu Mgr. Dupont et le Pr. Martin. Voir cf. Dupont. Il habite 12 "
       "av. Foch.",
       {"Il a vu Mgr. Dupont et le Pr. Martin.", "Voir cf. Dupont.", "Il habite 12 av. Foch."}},
      // A sentence that opens on a figure (UAX #29 reads "12 personnes" as going on);
      // after a month's, a bound's or a reference's abbreviation, the figure goes on.
      {"La Turquie a été frappée. 12 personnes sont mortes. L’an 2022 fut calme. 2023 "
       "a été rude.",
       {"La Turquie a été frappée.", "12 personnes sont mortes.", "L’an 2022 fut calme.",
        "2023 a été rude."}},
      {"Le 11 sept. 2001 à New York. Il fait max. 30 degrés, env. 300 sont là, p. 12 et "
       "art. 3 du code. Il coûte 1. 500 euros, selon J. 12 témoins et al. 2019 ici.",
       {"Le 11 sept. 2001 à New York.",
        "Il fait max. 30 degrés, env. 300 sont là, p. 12 et art. 3 du code.",
        "Il coûte 1. 500 euros, selon J. 12 témoins et al. 2019 ici."}},
      // Military ranks, which a word does not share; "col." and "cap." end sentences.
      {"Le gén. Burkhard a rencontré le lt-col. Moreau. Il a franchi le col. Le peloton suit.",
       {"Le gén. Burkhard a rencontré le lt-col. Moreau.", "Il a franchi le col.",
        "Le peloton suit."}},
      // The titles of heads of state in West African and Maghreb papers (Son Excellence
      // Monsieur) and of Canadian ministers, which an adversarial test cut off the name.
      {"Le président de la République, S.E.M. Bassirou Diomaye Faye, a quitté Dakar mercredi "
       "pour Nouakchott.",
       {"Le président de la République, S.E.M. Bassirou Diomaye Faye, a quitté Dakar mercredi "
        "pour Nouakchott."}},
      {"L’Hon. Mélanie Joly, ministre canadienne des Affaires étrangères, était attendue à "
       "Nouakchott. Elle y a rencontré l’hon. Marc Miller.",
       {"L’Hon. Mélanie Joly, ministre canadienne des Affaires étrangères, était attendue à "
        "Nouakchott.",
        "Elle y a rencontré l’hon. Marc Miller."}},
      // A sentence still ends before the title, and on the initials of a company ("société
      // d'économie mixte") before a pronoun.
      {"Les députés ont adopté le projet de loi. L’Hon. Mélanie Joly a salué le vote.",
       {"Les députés ont adopté le projet de loi.", "L’Hon. Mélanie Joly a salué le vote."}},
      {"La ville a confié le chantier à une S.E.M. Elle le livrera en 2026.",
       {"La ville a confié le chantier à une S.E.M.", "Elle le livrera en 2026."}},
      // Québec's boulevards and Canadian case names, "la Reine contre" (an adversarial test
      // cut both after the abbreviation).
      {"Le juge rendra sa décision au palais de justice de Québec, situé au 300, boul. "
       "Jean-Lesage. La réfection du boul. Laurier est visée.",
       {"Le juge rendra sa décision au palais de justice de Québec, situé au 300, boul. "
        "Jean-Lesage.",
        "La réfection du boul. Laurier est visée."}},
      {"La procureure a cité l’arrêt R. c. Lacasse de la Cour suprême, rendu en 2015, et "
       "Québec (Procureur général) c. A, rendu en 2013.",
       {"La procureure a cité l’arrêt R. c. Lacasse de la Cour suprême, rendu en 2015, et "
        "Québec (Procureur général) c. A, rendu en 2013."}},
      // An enumeration's letter ends its sentence, and a sentence still ends before the
      // boulevard's name or a case's.
      {"Le texte modifie les alinéas a, b et c. Le Sénat l’examinera mardi.",
       {"Le texte modifie les alinéas a, b et c.", "Le Sénat l’examinera mardi."}},
      {"Les travaux commencent lundi. Le boul. Laurier sera fermé. R. c. Jordan fixe les "
       "délais.",
       {"Les travaux commencent lundi.", "Le boul. Laurier sera fermé.",
        "R. c. Jordan fixe les délais."}},
      // First names' initials written with their digraph, as Belgian papers do (an
      // adversarial test cut each after the initial); a word that ends so still ends its
      // sentence.
      {"Le bourgmestre de Bruxelles, Ph. Close, a annoncé mardi la fermeture du tunnel. Le "
       "ministre de la Mobilité, Ch. Pauwels, promet des déviations. Selon Th. Lambert, "
       "40.000 véhicules l’empruntent chaque jour, dit Chr. Dupont.",
       {"Le bourgmestre de Bruxelles, Ph. Close, a annoncé mardi la fermeture du tunnel.",
        "Le ministre de la Mobilité, Ch. Pauwels, promet des déviations.",
        "Selon Th. Lambert, 40.000 véhicules l’empruntent chaque jour, dit Chr. Dupont."}},
      {"Le Standard a perdu le match. Ch. Michel a salué les supporters. Ils jouaient du "
       "Bach. Ph. Herreweghe dirigeait.",
       {"Le Standard a perdu le match.", "Ch. Michel a salué les supporters.",
        "Ils jouaient du Bach.", "Ph. Herreweghe dirigeait."}},
      // Joined by a hyphen to another initial, for a compound given name (an adversarial
      // test cut after "Ph.", "Ch." and "Th."); the pair still ends a sentence before a
      // starter, as a single initial does.
      {"Selon J.-Ph. Dupont, le tunnel rouvrira en mai. M. J.-Ch. Martin l’a confirmé à « La "
       "Libre ». P.-Th. Leroy, échevin, s’en réjouit. Le texte cite Ch.-A. Sainte-Beuve.",
       {"Selon J.-Ph. Dupont, le tunnel rouvrira en mai.",
        "M. J.-Ch. Martin l’a confirmé à « La Libre ».", "P.-Th. Leroy, échevin, s’en réjouit.",
        "Le texte cite Ch.-A. Sainte-Beuve."}},
      {"Le prix a été remis à J.-Ph. Il était ému. Le match. Ch. Michel a applaudi.",
       {"Le prix a été remis à J.-Ph.", "Il était ému.", "Le match.", "Ch. Michel a applaudi."}},
      // Swiss prices: the franc before the amount, or between the francs and the cents (an
      // adversarial test cut each after the franc).
      {"L’abonnement général de 2e classe passe à Fr. 3995.– dès le 1er janvier, soit une "
       "hausse de 4,5% pour les pendulaires. Le billet Lausanne–Genève coûtera désormais Fr. "
       "27.40 en plein tarif.",
       {"L’abonnement général de 2e classe passe à Fr. 3995.– dès le 1er janvier, soit une "
        "hausse de 4,5% pour les pendulaires.",
        "Le billet Lausanne–Genève coûtera désormais Fr. 27.40 en plein tarif."}},
      {"Dans les parkings des gares, l’heure passe de 2 fr. 50 à 3 francs.",
       {"Dans les parkings des gares, l’heure passe de 2 fr. 50 à 3 francs."}},
      // After the amount, the franc ends its sentence before another figure.
      {"Le billet coûte désormais 20 fr. 300 voyageurs l’ont déjà acheté. Il coûtait 18 fr. "
       "6.700 abonnés sont touchés.",
       {"Le billet coûte désormais 20 fr.", "300 voyageurs l’ont déjà acheté.", "Il coûtait 18 fr.",
        "6.700 abonnés sont touchés."}},
      // The references of books, films and phone numbers (an adversarial test cut each of
      // these after the abbreviation).
      {"Le livre est paru aux éd. Gallimard, coll. Folio, en mars. La rééd. Folio suit.",
       {"Le livre est paru aux éd. Gallimard, coll. Folio, en mars.", "La rééd. Folio suit."}},
      {"Il a joué dans Le Parrain (réal. Francis Ford Coppola) en 1972.",
       {"Il a joué dans Le Parrain (réal. Francis Ford Coppola) en 1972."}},
      {"Le film (1972) est sorti (réal. Francis Ford Coppola) en mars (Paris). Il a plu.",
       {"Le film (1972) est sorti (réal. Francis Ford Coppola) en mars (Paris).", "Il a plu."}},
      {"Le film (1972) est sorti. Francis Ford Coppola) en mars.",
       {"Le film (1972) est sorti.", "Francis Ford Coppola) en mars."}},
      // A short quotation in the parenthesis closes before it.
      {"Le maire a répondu (« Nous ne céderons pas. Jamais. ») avant de quitter la salle.",
       {"Le maire a répondu (« Nous ne céderons pas. Jamais. ») avant de quitter la salle."}},
      {"Il a dit (\u201CNon. Jamais.\u201D) puis il est parti.",
       {"Il a dit (\u201CNon. Jamais.\u201D) puis il est parti."}},
      {"Il a dit (« Non\u00A0?!\u00A0»\u00A0) puis il est parti.",
       {"Il a dit (« Non\u00A0?!\u00A0»\u00A0) puis il est parti."}},
      // Only within 16 code points: a run of stops read again from each would take a
      // paragraph quadratic time (a 100 KB one took 5 s).
      {"Il a dit (Non. Jamais ! \" ! \" ! \" ! \" ! \" ! \") puis il est parti.",
       {"Il a dit (Non.", "Jamais ! \"", "! \"", "! \"", "! \"", "! \"",
        "! \") puis il est parti."}},
      // Sentences in the parenthesis, not a quotation, still end.
      {"Il est parti (la veille. Elle est restée. Puis tout a changé) hier.",
       {"Il est parti (la veille.", "Elle est restée.", "Puis tout a changé) hier."}},
      {"Le match France vs. Brésil a été reporté.", {"Le match France vs. Brésil a été reporté."}},
      {"Le procès a eu lieu en appel (ex. Cour d\u2019appel de Paris) en mai.",
       {"Le procès a eu lieu en appel (ex. Cour d\u2019appel de Paris) en mai."}},
      {"Pour toute question, tél. 01 23 45 67 89. Voir fig. 3 et tab. 2.",
       {"Pour toute question, tél. 01 23 45 67 89.", "Voir fig. 3 et tab. 2."}},
      // A Roman numeral is a number: "t. II", "vol. IV".
      {"Voir le t. II de ses Mémoires et le vol. IV. Il y raconte tout.",
       {"Voir le t. II de ses Mémoires et le vol. IV.", "Il y raconte tout."}},
      {"Selon l'art. L. 121-1 du code, le vol. XIV paraît.",
       {"Selon l'art. L. 121-1 du code, le vol. XIV paraît."}},
      // Only a whole word: an elided article (L', C', D') opens a sentence, and "MM."
      // is Messieurs.
      {"Il a porté plainte pour vol. L'enquête a été confiée à la brigade.",
       {"Il a porté plainte pour vol.", "L'enquête a été confiée à la brigade."}},
      {"Elle a consacré sa vie à l'art. L’exposition ouvre samedi.",
       {"Elle a consacré sa vie à l'art.", "L’exposition ouvre samedi."}},
      {"Il a été victime d'un vol. C'est la troisième fois. Un vol. D'autres suivront.",
       {"Il a été victime d'un vol.", "C'est la troisième fois.", "Un vol.", "D'autres suivront."}},
      {"Le camion transportait 40 t. L'accident a bloqué la route.",
       {"Le camion transportait 40 t.", "L'accident a bloqué la route."}},
      {"Une rétrospective de street art. MM. Dupont et Durand en sont les commissaires.",
       {"Une rétrospective de street art.", "MM. Dupont et Durand en sont les commissaires."}},
      // Only I, V and X number volumes; a capital before a period and a capitalized word
      // is an initial, and a word of other capitals an acronym or a name.
      {"Il a été victime d'un vol. M. Martin affirme avoir perdu 3 000 euros.",
       {"Il a été victime d'un vol.", "M. Martin affirme avoir perdu 3 000 euros."}},
      {"Il a été victime d'un vol. I. Dupont affirme tout ignorer.",
       {"Il a été victime d'un vol.", "I. Dupont affirme tout ignorer."}},
      {"Il a été victime d'un vol. LCI a révélé l'affaire.",
       {"Il a été victime d'un vol.", "LCI a révélé l'affaire."}},
      {"Il a été victime d'un vol. CIC, sa banque, l'a remboursé.",
       {"Il a été victime d'un vol.", "CIC, sa banque, l'a remboursé."}},
      {"Il a été victime d'un vol. DC Comics porte plainte.",
       {"Il a été victime d'un vol.", "DC Comics porte plainte."}},
      {"Voir le vol. I de la série et le t. V, puis l'art. R. 4127-1 du code.",
       {"Voir le vol. I de la série et le t. V, puis l'art. R. 4127-1 du code."}},
      {"Le camion pèse 5 t. Il roule. Il pèse 5 t. Ils le suivent.",
       {"Le camion pèse 5 t.", "Il roule.", "Il pèse 5 t.", "Ils le suivent."}},
      // Initials.
      {"Le président George W. Bush est venu. Paul B. Rapports a parlé.",
       {"Le président George W. Bush est venu.", "Paul B. Rapports a parlé."}},
      {"Il a rencontré J. Biden hier. J. K. Rowling écrit. É. Philippe aussi.",
       {"Il a rencontré J. Biden hier.", "J. K. Rowling écrit.", "É. Philippe aussi."}},
      {"Il a vu J.-P. Raffarin. Il part.", {"Il a vu J.-P. Raffarin.", "Il part."}},
      // French names begin with articles, so an article after M. or an initial is no end.
      {"M. Le Pen a répondu à M. Le Drian et à J. La Fontaine.",
       {"M. Le Pen a répondu à M. Le Drian et à J. La Fontaine."}},
      // A pronoun or a conjunction continues no name: the initial was a letter.
      {"La France est dans le groupe B. Elle affrontera l’Autriche.",
       {"La France est dans le groupe B.", "Elle affrontera l’Autriche."}},
      {"Le suspect se nomme Karim B. Il a 23 ans. Prenez de la vitamine D. Mais pas trop.",
       {"Le suspect se nomme Karim B.", "Il a 23 ans.", "Prenez de la vitamine D.",
        "Mais pas trop."}},
      // A unit after a figure is no initial.
      {"Il a fait 35 °C. Les pompiers sont en alerte. Il a fait 40°C. Les bois brûlent.",
       {"Il a fait 35 °C.", "Les pompiers sont en alerte.", "Il a fait 40°C.",
        "Les bois brûlent."}},
      // Two dotted capitals name a club or a company before its name; longer runs are
      // initialisms that end sentences ("aux U.S.A. Le président", below).
      {"Le club a battu l’A.S. Monaco dimanche. Le R.C. Lens a perdu face au F.C. "
       "Barcelone. Il joue à l’A.S. Il aime ça.",
       {"Le club a battu l’A.S. Monaco dimanche.", "Le R.C. Lens a perdu face au F.C. Barcelone.",
        "Il joue à l’A.S.", "Il aime ça."}},
      // A date before Christ ends a sentence unless it opens it ("En 44 av. J.-C. César
      // meurt", above).
      {"La bataille d’Alésia a eu lieu en 52 av. J.-C. Vercingétorix s’est rendu.",
       {"La bataille d’Alésia a eu lieu en 52 av. J.-C.", "Vercingétorix s’est rendu."}},
      {"Auguste est mort en 14 apr. J.-C. Tibère lui a succédé.",
       {"Auguste est mort en 14 apr. J.-C.", "Tibère lui a succédé."}},
      {"Le 15 mars 44 av. J.-C. César est assassiné. Vers 50 av. J.-C. Rome domine.",
       {"Le 15 mars 44 av. J.-C. César est assassiné.", "Vers 50 av. J.-C. Rome domine."}},
      {"Il a vu J.-C. Decaux. Il part.", {"Il a vu J.-C. Decaux.", "Il part."}},
      // A parenthesis that closes a few words on holds no sentence end.
      {"Il a vu La Grande Illusion (dir. Jean Renoir) hier. Il a aimé.",
       {"Il a vu La Grande Illusion (dir. Jean Renoir) hier.", "Il a aimé."}},
      {"(Il a refusé. Elle a accepté.) Ils sont partis. Il a dit (enfin. Il était temps.)",
       {"(Il a refusé.", "Elle a accepté.)", "Ils sont partis.", "Il a dit (enfin.",
        "Il était temps.)"}},
      // Abbreviations before lowercase, and real ends after them.
      {"On trouve p. ex. des pommes, des poires, etc. dans le panier. "
       "Il y a des fruits, etc. Le reste est vide.",
       {"On trouve p. ex. des pommes, des poires, etc. dans le panier.", "Il y a des fruits, etc.",
        "Le reste est vide."}},
      // Numbers.
      {"Il a envoyé 6.700 conteneurs et 3,5\u202F% de plus. C'est le 1er "
       "envoi.",
       {"Il a envoyé 6.700 conteneurs et 3,5\u202F% de plus.", "C'est le 1er envoi."}},
      {"Il a tiré des obus de 152\u00A0mm. Le 2e régiment a suivi.",
       {"Il a tiré des obus de 152\u00A0mm.", "Le 2e régiment a suivi."}},
      {"Il a couru 100 m. Le record tient.", {"Il a couru 100 m.", "Le record tient."}},
      // Words that ICU's fr suppressions take for abbreviations because they
      // end in one (M., W., C., D.) or are one (mer., sept., jeu.).
      {"Le PSG a battu l'OM. Le club est déçu.", {"Le PSG a battu l'OM.", "Le club est déçu."}},
      {"Il a une BMW. Il roule.", {"Il a une BMW.", "Il roule."}},
      {"Vote de l'UDC. Le parti gagne.", {"Vote de l'UDC.", "Le parti gagne."}},
      {"Il a plongé dans la mer. Les secours sont arrivés.",
       {"Il a plongé dans la mer.", "Les secours sont arrivés."}},
      {"Ils étaient sept. Le huitième manquait. Il aime le jeu. Il joue.",
       {"Ils étaient sept.", "Le huitième manquait.", "Il aime le jeu.", "Il joue."}},
      {"Il est venu aux U.S.A. Le président l'a reçu.",
       {"Il est venu aux U.S.A.", "Le président l'a reçu."}},
      // References before a number: an article, a page, a chapter.
      {"Il a cité l'art. 49.3 de la Constitution. Le texte passe.",
       {"Il a cité l'art. 49.3 de la Constitution.", "Le texte passe."}},
      {"Voir le chap. 3, la p. 12 et le vol. 2 du rapport (fig. 4). Tout y est.",
       {"Voir le chap. 3, la p. 12 et le vol. 2 du rapport (fig. 4).", "Tout y est."}},
      // The same words end a sentence before a word, and a number ends one too.
      {"Il vit pour l'art. Le reste l'ennuie.", {"Il vit pour l'art.", "Le reste l'ennuie."}},
      {"Il a vu le match. 20.000 personnes étaient là.",
       {"Il a vu le match.", "20.000 personnes étaient là."}},
  }));
  CAPTURE(paragraph);
  CHECK(SplitTexts(French(), paragraph) == expected);
}

TEST_CASE("Ellipses", "[segment]") {
  const auto [paragraph, expected] = GENERATE(table<std::string, Texts>({
      {"Il hésite… Puis il part.", {"Il hésite…", "Puis il part."}},
      {"Il hésite... Puis il part.", {"Il hésite...", "Puis il part."}},
      {"Il hésite… « Non », dit-il.", {"Il hésite…", "« Non », dit-il."}},
      {"Il hésite… et puis il part.", {"Il hésite… et puis il part."}},
      // Closing quotes after an ellipsis, which French spaces, close its sentence.
      {"Le juge a soupiré : « Quelle affaire… » Le procès reprendra lundi.",
       {"Le juge a soupiré : « Quelle affaire… »", "Le procès reprendra lundi."}},
      {"Il a dit : «\u00A0Enfin…\u00A0» Puis il part.",
       {"Il a dit : «\u00A0Enfin…\u00A0»", "Puis il part."}},
      {"« Quelle affaire… » a-t-il soupiré.", {"« Quelle affaire… » a-t-il soupiré."}},
      {"Il hésite… \"Non\", dit-il.", {"Il hésite…", "\"Non\", dit-il."}},
      {"Il hésite…", {"Il hésite…"}},
      // A figure after an ellipsis ends the sentence it was paused in.
      {"Le village est habité depuis... 2005. Il attend.",
       {"Le village est habité depuis... 2005.", "Il attend."}},
      {"Le chiffre monte… 12 %. Il attend.", {"Le chiffre monte… 12 %.", "Il attend."}},
      {"Il hésite... Deux jours passent.", {"Il hésite...", "Deux jours passent."}},
      // An elision in brackets stays inside its quotation.
      {"« Nous sommes prêts (...) Nous continuerons », a-t-il ajouté.",
       {"« Nous sommes prêts (...) Nous continuerons », a-t-il ajouté."}},
      {"« Nous sommes prêts (…) Nous continuerons », a-t-il ajouté.",
       {"« Nous sommes prêts (…) Nous continuerons », a-t-il ajouté."}},
      {"« Nous sommes prêts […] Nous continuerons. »",
       {"« Nous sommes prêts […] Nous continuerons. »"}},
  }));
  CAPTURE(paragraph);
  CHECK(SplitTexts(French(), paragraph) == expected);
}

TEST_CASE("A sentence glued to the next after its period ends there", "[segment]") {
  // Copy that lost a space ("mardi.Son successeur"): MultiLing's peer summaries hold
  // two dozen, and one made a sentence of a hundred words. Addresses, file names and a
  // title glued to its name ("M.Poutine") are no sentence end.
  const auto [paragraph, expected] = GENERATE(table<std::string, Texts>({
      {"Le ministre a démissionné mardi.Son successeur sera nommé jeudi.",
       {"Le ministre a démissionné mardi.", "Son successeur sera nommé jeudi."}},
      {"Il a rencontré George Bush.Ils ont parlé. Il fait très chaud.Le soleil brille.",
       {"Il a rencontré George Bush.", "Ils ont parlé.", "Il fait très chaud.",
        "Le soleil brille."}},
      {"Il a rencontré M.Poutine et Mme.Dupont hier.",
       {"Il a rencontré M.Poutine et Mme.Dupont hier."}},
      {"Voir www.exemple.Fr et exemple.Com ou http://site.fr/page.Html demain.",
       {"Voir www.exemple.Fr et exemple.Com ou http://site.fr/page.Html demain."}},
      {"Écrivez à jean.Dupont@exemple.fr ou ouvrez rapport.final.Docx ce soir.",
       {"Écrivez à jean.Dupont@exemple.fr ou ouvrez rapport.final.Docx ce soir."}},
      // A capitalized word glued to another is a name or a brand ("Node.Js", "Inc.Google")
      // unless a pronoun, an article or a conjunction follows.
      {"Le framework Node.Js est très utilisé, comme node.Js et Apple Inc.Google hier.",
       {"Le framework Node.Js est très utilisé, comme node.Js et Apple Inc.Google hier."}},
      {"Il vit à Paris.Le maire est venu. Il a vu Bush.Mais rien.",
       {"Il vit à Paris.", "Le maire est venu.", "Il a vu Bush.", "Mais rien."}},
      // French possessives and contractions open sentences too, though they begin names
      // ("M. Ma Ying-jeou", "Du Pont") and so are no starters.
      {"Il a fait campagne à Lille.Ses partisans l'attendaient. Il a vu Trump.Au cours de "
       "l'entretien, rien. Il a quitté Paris.Son avion a atterri à Nice.Sa femme l'attendait.",
       {"Il a fait campagne à Lille.", "Ses partisans l'attendaient.", "Il a vu Trump.",
        "Au cours de l'entretien, rien.", "Il a quitté Paris.", "Son avion a atterri à Nice.",
        "Sa femme l'attendait."}},
      {"Il a vu Biden.Du côté démocrate, rien. Il a visité Lyon.Aux urnes, enfin.",
       {"Il a vu Biden.", "Du côté démocrate, rien.", "Il a visité Lyon.", "Aux urnes, enfin."}},
      // MultiLing's M003 peer ID10: a name glued to the next sentence's name.
      {"Soler devance Yaroslav Popovych.Discovery Channel a gagné.",
       {"Soler devance Yaroslav Popovych.", "Discovery Channel a gagné."}},
      // ICU splits after a figure already; a single letter is an initial.
      {"Le score était de 3.Le match a repris. Voir le fichier A.Bc demain.",
       {"Le score était de 3.", "Le match a repris.", "Voir le fichier A.Bc demain."}},
  }));
  CAPTURE(paragraph);
  CHECK(SplitTexts(French(), paragraph) == expected);
}

TEST_CASE("A list item loses its number and its bullet", "[segment]") {
  // "1." made a sentence of its own, then opened the item's text; "•" opened it too.
  const auto [paragraph, expected] = GENERATE(table<std::string, Texts>({
      {"1. Le gel des loyers pendant un an.", {"Le gel des loyers pendant un an."}},
      {"12. Le reste.", {"Le reste."}},
      {"1.\u00A0Le gel des loyers. La hausse du SMIC.",
       {"Le gel des loyers.", "La hausse du SMIC."}},
      {"2) Les syndicats ont appelé à une grève générale jeudi.",
       {"Les syndicats ont appelé à une grève générale jeudi."}},
      {"a) « Nous ne céderons pas », a déclaré la Première ministre.",
       {"« Nous ne céderons pas », a déclaré la Première ministre."}},
      {"B) L’État paiera la moitié.", {"L’État paiera la moitié."}},
      // Typed bullets, as MultiLing's M0003 lists its facts.
      {"- Au Sri Lanka, le sol a bougé d’environ 10 centimètres.",
       {"Au Sri Lanka, le sol a bougé d’environ 10 centimètres."}},
      {"* Élisabeth Borne a démissionné.", {"Élisabeth Borne a démissionné."}},
      {"- la hausse des prix de l’énergie ;", {"la hausse des prix de l’énergie ;"}},
      {"+ La baisse des impôts de 3,5 %.", {"La baisse des impôts de 3,5 %."}},
      // An item that goes on from its list's heading ("Les mesures :") in lowercase.
      {"1. la réforme des retraites, repoussée de deux ans.",
       {"la réforme des retraites, repoussée de deux ans."}},
      {"b) le gel des loyers ;", {"le gel des loyers ;"}},
      // A figure cut in two is no item: "1. 500" stays as it is written.
      {"1. 500 manifestants selon la police.", {"1. 500 manifestants selon la police."}},
      {"+ 3,5 % en un an.", {"+ 3,5 % en un an."}},
      {"- 2 % pour le CAC 40 mardi.", {"- 2 % pour le CAC 40 mardi."}},
      {"* 2 000 emplois supprimés.", {"2 000 emplois supprimés."}},
      // Only at the paragraph's start: inside, a number alone is more often a date cut
      // off its month ("on Occt. 16. All the prize announcements", DUC's d30036).
      {"Voici le plan. 2. La hausse du SMIC.", {"Voici le plan.", "2.", "La hausse du SMIC."}},
      {"Il y en a 3. Le reste est perdu.", {"Il y en a 3.", "Le reste est perdu."}},
      // ...but after a colon or a semicolon, it numbers an item of a list the paragraph
      // holds, as a hockey box score does; a score or a time there still ends a sentence.
      {"1re période : 1. MTL Caufield (Slafkovsky, Matheson) 5:12 ; 2. TOR Matthews "
       "(Marner) 12:40 (AN).",
       {"1re période : 1. MTL Caufield (Slafkovsky, Matheson) 5:12 ; 2. TOR Matthews "
        "(Marner) 12:40 (AN)."}},
      {"Score final : 4-3. Le Canadien l’emporte. Le but est venu à 16:48. Suzuki a marqué.",
       {"Score final : 4-3.", "Le Canadien l’emporte.", "Le but est venu à 16:48.",
        "Suzuki a marqué."}},
      {"\u2022 Le gel des loyers.", {"Le gel des loyers."}},
      {"\u2022\u00A0Le gel des loyers. \u2022 La hausse du SMIC.",
       {"Le gel des loyers.", "La hausse du SMIC."}},
      {"\u2022", {"\u2022"}},
      {"1.", {"1."}},
      {"* * *", {"* * *"}},
  }));
  CAPTURE(paragraph);
  CHECK(SplitTexts(French(), paragraph) == expected);
}

TEST_CASE("A heading's number is left out of it", "[segment]") {
  const std::string paragraph = "1. Le contexte de la réforme";
  const std::vector<SentenceSpan> sentences = French().Split(paragraph, {0, paragraph.size()});
  REQUIRE(sentences.size() == 1);
  CHECK(sentences[0].headline);
  CHECK(paragraph.substr(sentences[0].span.begin, sentences[0].span.size()) ==
        "Le contexte de la réforme");
}

TEST_CASE("A mail's quote marks are left out of the quoted sentence", "[segment]") {
  const std::string sentence =
      "Le ministre a déclaré que le projet serait présenté au Parlement en janvier.";
  const std::string marks = GENERATE(as<std::string>{}, "> ", ">> ", "> > ", ">", ">\u00A0");
  CAPTURE(marks);
  CHECK(SplitTexts(French(), marks + sentence) == Texts{sentence});
  CHECK(SplitTexts(French(), marks + "1. " + sentence) == Texts{sentence});
  CHECK(SplitTexts(French(), marks + "« " + sentence + " »") == Texts{"« " + sentence + " »"});
}

TEST_CASE("The item's text is found in the document, past its marker", "[segment]") {
  // Spans are offsets in the whole text: the marker of a later paragraph is skipped
  // there, not at the text's start.
  const std::string text = "Le plan.\n\n> 2) « Le gel des loyers », dit-il.\n";
  const std::size_t paragraph = text.find('>');
  const std::vector<SentenceSpan> sentences = French().Split(text, {paragraph, text.size()});
  REQUIRE(sentences.size() == 1);
  CHECK(sentences[0].span.begin == text.find("«"));
  CHECK(text.substr(sentences[0].span.begin, sentences[0].span.size()) ==
        "« Le gel des loyers », dit-il.");
}

TEST_CASE("Figures, initials and dialogue dashes that open a paragraph stay", "[segment]") {
  // Not an item's marker: a figure glued to what follows, a year, a percentage, a
  // chronology's date, an initial, a comparison. A dash opens a line of dialogue, whose
  // words it gives to a speaker.
  const std::string paragraph = GENERATE(
      as<std::string>{}, "1.500 manifestants ont défilé à Paris.",
      "2024 a été une année difficile pour l’économie française.",
      "3,5 % des voix sont allées à la candidate écologiste.",
      "1996 : Jacques Chirac dissout l’Assemblée nationale.",
      "1996: Jacques Chirac dissout l’Assemblée nationale.",
      "1.5 million de personnes ont manifesté.", "2.5 millions d’électeurs se sont abstenus.",
      "M. Macron a annoncé une réforme des retraites.", "A. Dupont a été élu maire de Lyon.",
      "> 50 % des électeurs se sont abstenus.", "-5 °C ont été relevés à Mouthe.",
      "\u2013 Bonjour, dit-il.", "\u2014 Nous ne céderons pas, répond la ministre.",
      "100 000 manifestants, selon la CGT.");
  CAPTURE(paragraph);
  CHECK(SplitTexts(French(), paragraph) == Texts{paragraph});
}

TEST_CASE("A paragraph without final punctuation is one headline", "[segment]") {
  const std::string paragraph = GENERATE(
      as<std::string>{}, "Préoccupations occidentales",
      "Vladimir Poutine en chemin pour la Corée du Nord pour y signer des "
      "« documents importants »",
      "Rapprochement avec Moscou : la «priorité numéro un» de Kim Jong-Un",
      "Il est venu. Il est reparti",  // never split
      "Il a déclaré :", "Kim Jong Un en Russie\u00A0", "M. Poutine à Pyongyang. Les enjeux",
      "Marseille. Les pleurs de l'enfant abandonné", "Euthanasie. A savoir",
      // An adversarial test's headline: as the document's first paragraph, longer
      // titles hold a sentence too.
      "Procès des viols de Mazan en direct. Gisèle Pelicot entendue une dernière fois par la "
      "cour");
  CAPTURE(paragraph);
  const std::vector<SentenceSpan> sentences = French().Split(paragraph, {0, paragraph.size()});
  REQUIRE(sentences.size() == 1);
  CHECK(sentences[0].headline);
  CHECK(sentences[0].span.begin == 0);
  const std::string trimmed = paragraph.substr(0, paragraph.find("\u00A0"));
  CHECK(sentences[0].span.end == trimmed.size());
}

TEST_CASE("Emoji after a sentence's stop close it, and leave it a sentence", "[segment]") {
  // "... les députés. 😀" was a headline, never chosen; an emoji after a stop in the
  // middle of a paragraph opened the next sentence.
  bool headline = false;
  CHECK(SplitTexts(French(),
                   "Le président a présenté sa réforme devant les députés mardi soir. \U0001F600",
                   &headline) ==
        Texts{"Le président a présenté sa réforme devant les députés mardi soir. \U0001F600"});
  CHECK_FALSE(headline);
  CHECK(SplitTexts(French(),
                   "Les syndicats appellent à la grève jeudi \U0001F44D\U0001F3FD ! Ils seront "
                   "nombreux. \u270A Le gouvernement reste ferme. \U0001F1EB\U0001F1F7",
                   &headline) ==
        Texts{"Les syndicats appellent à la grève jeudi \U0001F44D\U0001F3FD !",
              "Ils seront nombreux. \u270A", "Le gouvernement reste ferme. \U0001F1EB\U0001F1F7"});
  CHECK_FALSE(headline);
  // A title stays a title whatever follows it, and a credit's © is no emoji.
  CHECK(SplitTexts(French(), "Match PSG \U0001F600", &headline) == Texts{"Match PSG \U0001F600"});
  CHECK(headline);
  headline = false;
  CHECK(SplitTexts(French(), "La photo a été prise mardi. \u00A9 AFP", &headline).size() == 1);
  CHECK(headline);
}

TEST_CASE("A character decoding could not read after the last stop leaves it a sentence",
          "[segment]") {
  // A file cut in the middle of "é" ends on U+FFFD once decoded: the document's one
  // sentence was a title, and its summary empty.
  bool headline = false;
  CHECK(SplitTexts(French(), "Le préfet a levé la vigilance rouge au bout de deux jours.\uFFFD",
                   &headline) ==
        Texts{"Le préfet a levé la vigilance rouge au bout de deux jours.\uFFFD"});
  CHECK_FALSE(headline);
  CHECK(SplitTexts(French(),
                   "La tempête a fait deux morts.\uFFFD\uFFFD Enedis a mobilisé 3.000 "
                   "techniciens.",
                   &headline) ==
        Texts{"La tempête a fait deux morts.\uFFFD\uFFFD", "Enedis a mobilisé 3.000 techniciens."});
  CHECK_FALSE(headline);
  // Inside a word it is a letter lost, not an end.
  CHECK(SplitTexts(French(), "Les d\uFFFDput\uFFFDs ont vot\uFFFD le texte", &headline).size() ==
        1);
  CHECK(headline);
}

TEST_CASE("Prose whose last words lack punctuation keeps its sentences", "[segment]") {
  // Only the words after the last sentence are left unfinished (never a headline): an
  // agency's editing note, a colon before a list, a sign-off, a sentence a paywall cut. Past
  // kFewestProseWords (20) words of sentences before them, the paragraph is an article, not a
  // title; whole, it would never be chosen.
  SentenceSegmenter english(GetLanguage("en"));
  const std::string wire =
      "At least 231 people have been confirmed dead in Honduras from former-hurricane Mitch, "
      "bringing the storm's death toll in the region to 357, the National Emergency "
      "Commission said Saturday. Mitch _ once, 2nd graf pvs";
  bool headline = false;
  const std::vector<SentenceSpan> wire_sentences = english.Split(wire, {0, wire.size()});
  REQUIRE(wire_sentences.size() == 2);
  CHECK_FALSE(wire_sentences[0].headline);
  CHECK(wire.substr(wire_sentences[0].span.begin, wire_sentences[0].span.size()).find(
            "said Saturday.") != std::string::npos);
  CHECK_FALSE(wire_sentences[1].headline);
  CHECK(wire_sentences[1].unfinished);
  CHECK(wire.substr(wire_sentences[1].span.begin) == "Mitch _ once, 2nd graf pvs");

  const std::string colon =
      "Près de l'épicentre, la province d'Aceh pourrait à elle seule compter au moins "
      "80 000 morts. Des villages entiers ont disparu. D'autres pays continuent néanmoins "
      "de communiquer le nombre de morts :";
  const std::vector<SentenceSpan> colon_sentences = French().Split(colon, {0, colon.size()});
  REQUIRE(colon_sentences.size() == 3);
  CHECK_FALSE(colon_sentences[0].headline);
  CHECK_FALSE(colon_sentences[1].headline);
  CHECK_FALSE(colon_sentences[1].unfinished);
  CHECK(colon_sentences[2].unfinished);
  CHECK(SplitTexts(French(), colon, &headline).size() == 3);
  CHECK_FALSE(headline);
  CHECK(SplitTexts(French(), colon) ==
        Texts{"Près de l'épicentre, la province d'Aceh pourrait à elle seule compter au "
              "moins 80 000 morts.",
              "Des villages entiers ont disparu.",
              "D'autres pays continuent néanmoins de communiquer le nombre de morts :"});

  // The thresholds: 20 words before the fragment split, whatever follows; so do 6 in a
  // paragraph of 12 words or more after prose, longer than a title ("M. Poutine à
  // Pyongyang. Les enjeux"); 5 words before or 11 in all do not. A shape has a letter a
  // piece: s a sentence, h a headline, u unfinished. Before any prose, the
  // paragraph may be the document's title: only 20 words, or two sentences of 6, split it.
  const std::string lead = "Le Sénat a voté le texte mardi.\n\n";
  const auto shape = [&](const std::string& paragraph) {
    const std::string text = lead + paragraph;
    std::string pieces;
    for (const SentenceSpan& s : French().Split(text, {lead.size(), text.size()})) {
      pieces += s.headline ? 'h' : s.unfinished ? 'u' : 's';
    }
    return pieces;
  };
  const auto first_shape = [](const std::string& paragraph) {
    std::string pieces;
    for (const SentenceSpan& s : French().Split(paragraph, {0, paragraph.size()})) {
      pieces += s.headline ? 'h' : s.unfinished ? 'u' : 's';
    }
    return pieces;
  };
  const std::string twenty =
      "Un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze "
      "seize dix-sept dix-huit dix-neuf vingt. La suite";
  CHECK(shape(twenty) == "su");
  CHECK(first_shape(twenty) == "su");
  CHECK(shape("Un deux trois quatre cinq six. Sept huit neuf dix onze douze") == "su");
  CHECK(shape("Un deux trois quatre cinq six. Sept huit neuf dix onze") == "h");
  CHECK(shape("Un deux trois quatre cinq. Six sept huit neuf dix onze douze treize quatorze "
              "quinze seize dix-sept dix-huit dix-neuf") == "h");
  CHECK(first_shape("Un deux trois quatre cinq six. Sept huit neuf dix onze douze") == "h");
  // Two sentences of 6 words or more are a story's lead, even first or before any prose:
  // a title holds one at most. Here its last sentence lost its period.
  const std::string lead_without_end =
      "Le président est arrivé mardi à Pyongyang. Les deux dirigeants ont signé mercredi un "
      "accord. Le sommet se poursuit jeudi";
  CHECK(first_shape(lead_without_end) == "ssu");
  CHECK(shape(lead_without_end) == "ssu");
  CHECK(first_shape("Un deux trois quatre cinq six. Sept huit neuf dix onze. Douze treize") == "h");
  CHECK(first_shape("Un deux trois quatre cinq six. Sept huit neuf dix onze douze. Treize") ==
        "ssu");
  // An adversarial test's paragraphs, whole headlines before, never chosen.
  const std::string quotas =
      lead +
      "Le texte prévoit des quotas migratoires. Il doit encore être examiné par le Conseil "
      "constitutionnel";
  Texts quota_texts;
  for (const SentenceSpan& s : French().Split(quotas, {lead.size(), quotas.size()})) {
    quota_texts.push_back(quotas.substr(s.span.begin, s.span.size()));
  }
  CHECK(quota_texts == Texts{"Le texte prévoit des quotas migratoires.",
                             "Il doit encore être examiné par le Conseil constitutionnel"});
  CHECK(shape("Le relais traversera 400 communes avant d\u2019arriver à Paris le 26 juillet. "
              "#JO2024") == "su");
  // The sentence a paywall cut, after a full one (Le Figaro): unfinished, not a title.
  CHECK(shape("Un TER a percuté un tracteur à Bain-de-Bretagne mardi matin. Selon nos "
              "informations, le conducteur du tracteur s’était arrêté sur les voies pour") == "su");
  // A headline after a line that is not prose is still a title.
  const std::string titled =
      "Société\nProcès des viols de Mazan en direct. Gisèle Pelicot "
      "entendue une dernière fois par la cour";
  CHECK(French().Split(titled, {titled.find('\n') + 1, titled.size()}).size() == 1);
}

TEST_CASE("The title rule reads the lines before a paragraph in any order of asking", "[segment]") {
  // FollowsProse reads each line once for a text's paragraphs asked in order (24,000
  // unpunctuated paragraphs took 17.7 s when it reread every earlier line, 0.2 s now);
  // asked out of order, or on another text, the answer must stay the same.
  const std::string title =
      "Procès des viols de Mazan en direct. Gisèle Pelicot entendue une "
      "dernière fois par la cour";
  const std::string note = "Un deux trois quatre cinq six. Sept huit neuf dix onze douze";
  const std::string text =
      title + "\n\n" + note + "\n\nLe Sénat a voté.\n\n" + note + "\n\n" + title + "\n";
  std::vector<TextSpan> paragraphs;
  for (std::size_t begin = 0; begin < text.size();) {
    std::size_t end = text.find("\n\n", begin);
    if (end == std::string::npos) end = text.size();
    paragraphs.push_back({begin, end});
    begin = end + 2;
  }
  REQUIRE(paragraphs.size() == 5);
  // Before "Le Sénat a voté." only 20 words split; after it, 6 in 12.
  const std::vector<std::size_t> expected = {1, 1, 1, 2, 2};
  const auto count = [&](SentenceSegmenter& segmenter, std::size_t k) {
    return segmenter.Split(text, paragraphs[k]).size();
  };
  SentenceSegmenter segmenter(GetLanguage("fr"));
  for (std::size_t k = 0; k < paragraphs.size(); ++k) {
    CAPTURE(k);
    CHECK(count(segmenter, k) == expected[k]);
  }
  for (const std::size_t k : {4, 1, 3, 0, 2, 4}) {
    CAPTURE(k);
    CHECK(count(segmenter, k) == expected[k]);
  }
  // Another text of the same size in the same buffer, asked from its start: the lines
  // read of the first text do not count for it.
  std::string other = text;
  std::fill(other.begin(), other.begin() + static_cast<std::ptrdiff_t>(title.size()), 'x');
  const std::string voted = "Le Sénat a voté.";
  other[other.find(voted) + voted.size() - 1] = ' ';
  std::string buffer;
  for (std::size_t k = 0; k < paragraphs.size(); ++k) {
    buffer = text;
    segmenter.Split(buffer, paragraphs[0]);
    CHECK(segmenter.Split(buffer, paragraphs[4]).size() == 2);
    buffer = other;
    segmenter.Split(buffer, paragraphs[0]);
    CAPTURE(k);
    CHECK(segmenter.Split(buffer, paragraphs[k]).size() == 1);
  }
}

TEST_CASE("Final punctuation may be followed by closing quotes and brackets", "[segment]") {
  const std::string paragraph =
      GENERATE(as<std::string>{}, "Fin.", "Fin !", "Fin ?", "Fin…", "Fin. »", "Fin.\u00A0»",
               "Fin.\"", "Fin !)", "« Fin ? »", "(Fin.)", "Fin.]", "Fin.”");
  CAPTURE(paragraph);
  const std::vector<SentenceSpan> sentences = French().Split(paragraph, {0, paragraph.size()});
  REQUIRE(sentences.size() == 1);
  CHECK_FALSE(sentences[0].headline);
  CHECK(sentences[0].span.size() == paragraph.size());
}

TEST_CASE("Spans are trimmed and empty results dropped", "[segment]") {
  const std::string text = "Titre\n \u00A0Il part.\u202F  Elle reste.\u00A0\u2009\nFin";
  const std::size_t begin = text.find(" \u00A0Il");
  const std::size_t end = text.rfind("\nFin");
  const std::vector<SentenceSpan> sentences = French().Split(text, {begin, end});
  REQUIRE(sentences.size() == 2);
  CHECK(text.substr(sentences[0].span.begin, sentences[0].span.size()) == "Il part.");
  CHECK(sentences[0].span.begin == text.find("Il part."));
  CHECK(text.substr(sentences[1].span.begin, sentences[1].span.size()) == "Elle reste.");
  CHECK(sentences[1].span.end == text.find("Elle reste.") + std::string("Elle reste.").size());

  const std::string blank = GENERATE(as<std::string>{}, "", " ", "\u00A0\u202F \t\n", "\n\n");
  CAPTURE(blank);
  CHECK(French().Split(blank, {0, blank.size()}).empty());
}

TEST_CASE("A line end inside a paragraph is not a sentence end", "[segment]") {
  const auto [paragraph, expected] = GENERATE(table<std::string, Texts>({
      {"Il est venu\navec sa femme. Puis il est parti.",
       {"Il est venu\navec sa femme.", "Puis il est parti."}},
      {"Il est venu.\nPuis il est parti.", {"Il est venu.", "Puis il est parti."}},
  }));
  CAPTURE(paragraph);
  CHECK(SplitTexts(French(), paragraph) == expected);
}

// Paragraphs copied byte for byte from the seed articles in
// /work/shared/seeds (U+00A0 included), each as the sentences a French reader
// finds in it; the paragraph is those sentences joined by a space.
TEST_CASE("Seed paragraphs split as a reader would", "[segment]") {
  const Texts expected = GENERATE(values<Texts>({
      {"«\u00A0Des documents importants, très significatifs\u00A0» seront "
       "signés, a assuré à la presse russe ce lundi 17\u00A0juin le conseiller "
       "diplomatique de Vladimir Poutine, Iouri Ouchakov, évoquant «\u00A0la "
       "conclusion possible d’un accord de partenariat stratégique "
       "global\u00A0»."},
      {"INTERNATIONAL - Un rendez-vous international très scruté.",
       "Le président russe Vladimir Poutine est en chemin pour la Corée du "
       "Nord où il doit rendre une visite diplomatique à son homologue Kim "
       "Jong Un mardi et mercredi.",
       "Selon un conseiller du Kremlin, cette visite pourrait donner lieu à la "
       "signature d’un accord de partenariat stratégique entre les deux pays.",
       "Une telle perspective inquiète l’Occident, cela pourrait notamment "
       "avoir du poids sur l’avenir de la guerre en Ukraine."},
      {"Entre août et février, Pyongyang a envoyé environ 6.700 conteneurs "
       "vers la Russie, pouvant contenir plus de 3 millions d’obus "
       "d’artillerie de 152 mm ou plus de 500.000 cartouches de "
       "lance-roquettes multiples de 122 mm, a déclaré le ministère sud-coréen "
       "de la Défense plus tôt cette année."},
      {"« Un document d’importance primordiale prêt à fonder nos relations "
       "prolongées a été établi », avait mentionné plus tôt le jour même M. "
       "Poutine, selon les médias russes.",
       "Il a également affirmé que Moscou et Pyongyang avaient fait des « "
       "progrès significatifs » en consolidant leurs relations bilatérales."},
      {"En ce qui concerne les présents remis au leader russe, M. Ouchakov, "
       "selon l’agence TASS, a complémenté que M. Poutine avait été gratifié "
       "d’objets d’art à son effigie.",
       "D’après lui, ce sont de « magnifiques présents ».",
       "« Il existe divers types de représentations, tous ont un aspect "
       "artistique indéniable, comprenant même des bustes », a-t-il proféré."},
      {"\"La Russie a soutenu (la Corée du Nord) et son peuple héroïque dans "
       "leur lutte pour défendre leur droit à choisir la voie de "
       "l'indépendance, de l'originalité et du développement par eux-mêmes "
       "dans la confrontation avec l'ennemi rusé, dangereux et agressif (...) "
       "et elle les soutiendra indéfectiblement à l'avenir\", a écrit Vladimir "
       "Poutine dans une tribune publiée par le quotidien officiel nord-coréen "
       "Rodong Sinmun et l'agence KCNA."},
      {"Le dirigeant de la RPDC avait alors invité son homologue russe dans "
       "son pays.",
       "Selon le porte-parole du Kremlin Dmitri Peskov, Poutine avait accepté "
       "cette invitation «\u00A0avec gratitude\u00A0»."},
      {"M. Poutine a estimé que, malgré les relations conflictuelles de la "
       "Corée du Nord avec ses voisins du Sud et le Japon ainsi qu’avec les "
       "États-Unis, « Pyongyang a le droit de prendre des mesures pour assurer "
       "sa sécurité et défendre sa souveraineté ».",
       "La Russie est prête, a-t-il affirmé, à « continuer à déployer ses "
       "efforts diplomatiques pour éliminer la menace d’un conflit armé sur la "
       "péninsule coréenne »."},
  }));
  std::string paragraph;
  for (const std::string& sentence : expected) {
    paragraph += (paragraph.empty() ? "" : " ") + sentence;
  }
  CAPTURE(paragraph);
  bool headline = false;
  CHECK(SplitTexts(French(), paragraph, &headline) == expected);
  CHECK_FALSE(headline);
}

TEST_CASE("A sentence longer than the limit is cut at white space", "[segment]") {
  std::string words;
  for (int i = 0; words.size() < 5'000'000; ++i) words += "mot" + std::to_string(i % 997) + " ";
  const std::string punctuated = words + "fin.";
  words.pop_back();
  const std::string nbsp_words = [&] {
    std::string s;
    for (int i = 0; i < 3000; ++i) s += "mot\u00A0";
    return s + "fin.";
  }();
  const auto [paragraph, headline] = GENERATE_REF(table<std::string, bool>({
      {words, true},        // a 5 MB line without punctuation
      {punctuated, false},  // a 5 MB sentence
      {nbsp_words, false},  // only no-break spaces
  }));
  CAPTURE(paragraph.size());
  const auto start = std::chrono::steady_clock::now();
  const std::vector<SentenceSpan> sentences = French().Split(paragraph, {0, paragraph.size()});
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  CHECK(seconds < 10);
  REQUIRE(sentences.size() >= paragraph.size() / kMaxSentenceBytes);
  std::size_t previous_end = 0, oversized = 0, mid_word = 0, flags = 0;
  for (const SentenceSpan& s : sentences) {
    if (s.span.size() > kMaxSentenceBytes || s.span.size() == 0) ++oversized;
    if (s.span.begin < previous_end) ++mid_word;
    // Every cut is at white space: a piece starts after a space (or NBSP)
    // and ends before one.
    if (s.span.begin != 0 && paragraph[s.span.begin - 1] != ' ' &&
        paragraph.compare(s.span.begin - 2, 2, "\u00A0") != 0) {
      ++mid_word;
    }
    if (s.span.end != paragraph.size() && paragraph[s.span.end] != ' ' &&
        paragraph.compare(s.span.end, 2, "\u00A0") != 0) {
      ++mid_word;
    }
    if (s.headline != headline) ++flags;
    previous_end = s.span.end;
  }
  CHECK(oversized == 0);
  CHECK(mid_word == 0);
  CHECK(flags == 0);
  CHECK(sentences.front().span.begin == 0);
  CHECK(sentences.back().span.end == paragraph.size());
  // Pieces fill up to the limit rather than being cut early.
  CHECK(sentences.front().span.size() > kMaxSentenceBytes - 20);
}

TEST_CASE("A sentence without any white space is cut between characters", "[segment]") {
  std::string paragraph;
  for (int i = 0; i < 5000; ++i) paragraph += "é";  // 2 bytes each, 10000 bytes
  paragraph += ".";
  const std::vector<SentenceSpan> sentences = French().Split(paragraph, {0, paragraph.size()});
  REQUIRE(sentences.size() == 3);
  std::size_t covered = 0;
  for (const SentenceSpan& s : sentences) {
    CHECK(s.span.size() <= kMaxSentenceBytes);
    CHECK(s.span.begin == covered);  // nothing lost
    CHECK(s.span.begin % 2 == 0);    // never inside a character
    CHECK(s.cut);                    // each piece says so, the last one too
    covered = s.span.end;
  }
  CHECK(covered == paragraph.size());
  const std::string whole = "Le Kremlin a confirm\u00e9 la visite.";
  CHECK_FALSE(French().Split(whole, {0, whole.size()}).front().cut);
}

TEST_CASE("A letter is never cut from its accent, unless it is longer than a piece", "[segment]") {
  // "é" written e + U+0301 (NFD, as some pages and PDFs give it), 3 bytes each: the limit
  // falls between the "e" and its accent, 1,333 letters and a byte in.
  std::string paragraph;
  for (int i = 0; i < 1500; ++i) paragraph += "e\u0301";
  paragraph += ".";
  std::vector<SentenceSpan> sentences = French().Split(paragraph, {0, paragraph.size()});
  REQUIRE(sentences.size() == 2);
  CHECK(sentences[0].span == TextSpan{0, 1333 * 3});
  CHECK(sentences[1].span == TextSpan{1333 * 3, paragraph.size()});
  // One letter with 3,000 marks (6,001 bytes) has no place to cut but between its marks.
  const std::string zalgo = "t" + [] {
    std::string marks;
    for (int i = 0; i < 3000; ++i) marks += "\u0336";
    return marks;
  }() + " russe.";
  sentences = French().Split(zalgo, {0, zalgo.size()});
  REQUIRE(sentences.size() == 2);
  CHECK(sentences[0].span.size() <= kMaxSentenceBytes);
  CHECK(sentences[1].span.begin == sentences[0].span.end);
  CHECK(sentences[1].span.end == zalgo.size());
}

TEST_CASE("Spans are offsets in the whole text and the segmenter is reusable", "[segment]") {
  const std::string text =
      "Préoccupations occidentales\n\nIl a vu M. Poutine. Il est parti.\n\nÀ "
      "suivre. Fin.";
  SentenceSegmenter segmenter(GetLanguage("fr"));
  const std::size_t second = text.find("Il a vu");
  const std::size_t third = text.find("À suivre");
  for (int round = 0; round < 2; ++round) {
    CAPTURE(round);
    const auto first = segmenter.Split(text, {0, text.find('\n')});
    REQUIRE(first.size() == 1);
    CHECK(first[0].headline);
    const auto middle = segmenter.Split(text, {second, third});
    REQUIRE(middle.size() == 2);
    CHECK(middle[0].span == TextSpan{second, second + 19});
    CHECK(text.substr(middle[1].span.begin, middle[1].span.size()) == "Il est parti.");
    const auto last = segmenter.Split(text, {third, text.size()});
    REQUIRE(last.size() == 2);
    CHECK(last[1].span == TextSpan{text.size() - 4, text.size()});
  }
}

TEST_CASE("English abbreviations: ICU's and the ones it lacks", "[segment]") {
  SentenceSegmenter english(GetLanguage("en"));
  const auto [paragraph, expected] = GENERATE(table<std::string, Texts>({
      {"Mr. Smith went to Washington. He met Mrs. Jones.",
       {"Mr. Smith went to Washington.", "He met Mrs. Jones."}},
      {"George W. Bush spoke. \"Who are you?\" he asked.",
       {"George W. Bush spoke.", "\"Who are you?\" he asked."}},
      // DUC 2004 sentences that ICU 72 alone splits after the abbreviation.
      {"The Cambodian People's Party criticized a resolution passed by the U.S. House of "
       "Representatives. It was non-binding.",
       {"The Cambodian People's Party criticized a resolution passed by the U.S. House of "
        "Representatives.",
        "It was non-binding."}},
      {"\"We have to vaccinate the children,\" said Dr. Maria Lopez. Gen. Mario Hung Pacheco "
       "agreed with Sen. Dodd and U.N. Secretary-General Kofi Annan on Sept. 12.",
       {"\"We have to vaccinate the children,\" said Dr. Maria Lopez.",
        "Gen. Mario Hung Pacheco agreed with Sen. Dodd and U.N. Secretary-General Kofi Annan "
        "on Sept. 12."}},
      {"Indonesian President B.J. Habibie met Reps. Smith and Jones.",
       {"Indonesian President B.J. Habibie met Reps. Smith and Jones."}},
      // ICU keeps acronyms that end sentences in its suppressions (DUC's d30027 had "The
      // French want a stronger IMF. The Americans say..." as one); initialisms still join.
      {"The French want a stronger IMF. The Americans say no. It joined NATO. In June, U.S. "
       "officials met the agency, AFAD. It was centered 6.7 km away.",
       {"The French want a stronger IMF.", "The Americans say no.", "It joined NATO.",
        "In June, U.S. officials met the agency, AFAD.", "It was centered 6.7 km away."}},
      // A case name and wire titles (DUC's d30040 cut "...Authority Brig." / "Gen. Fayez
      // Zeidan.").
      {"The court overturned Roe v. Wade in June 2022. Pentagon press secretary Brig. Gen. "
       "Pat Ryder said Det. Supt. Jane Smith and Msgr. Rossi met Atty. Gen. Lee.",
       {"The court overturned Roe v. Wade in June 2022.",
        "Pentagon press secretary Brig. Gen. Pat Ryder said Det. Supt. Jane Smith and Msgr. "
        "Rossi met Atty. Gen. Lee."}},
      // Words that also end sentences still do.
      {"He was born in 1929 to Martin Luther King Sr. He became a pastor.",
       {"He was born in 1929 to Martin Luther King Sr.", "He became a pastor."}},
      {"The shares fell at Acme Inc. Analysts were surprised.",
       {"The shares fell at Acme Inc.", "Analysts were surprised."}},
      // ...but not before the day wire copy puts after the subject (DUC's d30026 cut
      // "America Online Inc." / "Tuesday laid out the details...").
      {"America Online Inc. Tuesday laid out the details. Microsoft Corp. Monday agreed to pay "
       "$6.7 billion for Acme Co. Tuesday's deal followed.",
       {"America Online Inc. Tuesday laid out the details.",
        "Microsoft Corp. Monday agreed to pay $6.7 billion for Acme Co.",
        "Tuesday's deal followed."}},
      // Listed words too, before a word that never follows a title or an initial.
      {"Threats came from strongman Hun Sen. The opposition left. They chose plan B. In "
       "June, U.S. officials met Sen. Dodd.",
       {"Threats came from strongman Hun Sen.", "The opposition left.", "They chose plan B.",
        "In June, U.S. officials met Sen. Dodd."}},
      // ...but only a whole word: "A." here is an initial.
      {"It was written by W. A. Mozart in Vienna.", {"It was written by W. A. Mozart in Vienna."}},
      // A time of day goes on with its zone, day or bracket (three DUC sentences were cut
      // after "a.m." before "(0100 GMT), at least 18 enemy soldiers were killed"), and
      // ends its sentence before anything else.
      {"The assault began at 3 a.m. (0100 GMT), at least 18 soldiers were killed.",
       {"The assault began at 3 a.m. (0100 GMT), at least 18 soldiers were killed."}},
      {"It ended at 9 a.m. Monday. Talks resumed at 2:30 p.m. EST on Oct. 16, he said.",
       {"It ended at 9 a.m. Monday.", "Talks resumed at 2:30 p.m. EST on Oct. 16, he said."}},
      {"The vote was at 3\u00A0p.m. Monday, and the results came later.",
       {"The vote was at 3\u00A0p.m. Monday, and the results came later."}},
      // Not after a number, they are a name's initials, joined as initials are.
      {"The column was written by A.M. Rosenthal in 1990.",
       {"The column was written by A.M. Rosenthal in 1990."}},
      {"The vote came at 3 p.m. Lawmakers left. It was 8 p.m. Mondale spoke.",
       {"The vote came at 3 p.m.", "Lawmakers left.", "It was 8 p.m.", "Mondale spoke."}},
  }));
  CAPTURE(paragraph);
  CHECK(SplitTexts(english, paragraph) == expected);
}

TEST_CASE("A listed word ends a sentence where the document writes it as a name",
          "[segment]") {
  SentenceSegmenter english(GetLanguage("en"));
  const std::string text =
      "Opposition leader Sam Rainsy sought guarantees promised by strongman Hun Sen. Sam "
      "Rainsy wrote to the king.\n"
      "The deal makes Hun Sen prime minister. So said Republican Sen. John McCain.";
  const std::size_t second = text.find('\n') + 1;
  AbbreviationNames names(text, GetLanguage("en").sentences.abbreviations);
  const auto texts = [&](TextSpan paragraph, AbbreviationNames* evidence) {
    Texts out;
    for (const SentenceSpan& s : english.Split(text, paragraph, evidence)) {
      out.push_back(text.substr(s.span.begin, s.span.size()));
    }
    return out;
  };
  // "Hun Sen prime minister" in the next paragraph is the evidence.
  CHECK(texts({0, second - 1}, &names) ==
        Texts{"Opposition leader Sam Rainsy sought guarantees promised by strongman Hun Sen.",
              "Sam Rainsy wrote to the king."});
  CHECK(texts({second, text.size()}, &names) ==
        Texts{"The deal makes Hun Sen prime minister.",
              "So said Republican Sen. John McCain."});
  // Without it, "Sen." before a name is a title.
  CHECK(texts({0, second - 1}, nullptr).size() == 1);
}

}  // namespace
}  // namespace precis
