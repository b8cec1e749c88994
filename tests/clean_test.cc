// Tests of stage 2, clean: paragraphs and boilerplate removal. One table per rule, with
// lines that must go and look-alike lines of real news that must stay; then the noisy
// lines of the five seed articles, copied here as literals.
#include "clean.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "clean_patterns.h"
#include "language.h"
#include "load.h"
#include "precis/options.h"
#include "support/text_files.h"

namespace {

using precis::CleanedDocument;

// What Clean made of one document, as text.
struct Outcome {
  std::vector<std::string> kept;
  std::vector<std::pair<std::string, std::string>> removed;  // (text, rule)

  // The rule that removed exactly `text`, or "" if nothing did.
  std::string RuleFor(const std::string& text) const {
    for (const auto& r : removed) {
      if (r.first == text) return r.second;
    }
    return "";
  }
  bool Kept(const std::string& text) const {
    return std::find(kept.begin(), kept.end(), text) != kept.end();
  }
};

std::vector<Outcome> CleanTexts(const std::vector<std::string>& texts,
                                const std::string& lang = "fr", bool keep = false) {
  std::vector<precis::LoadedDocument> docs;
  for (const std::string& t : texts) {
    precis::LoadedDocument d;
    d.name = "doc" + std::to_string(docs.size());
    d.original = t;
    d.text = t;
    docs.push_back(std::move(d));
  }
  precis::CleanOptions options;
  options.keep_boilerplate = keep;
  const std::vector<CleanedDocument> cleaned =
      precis::Clean(docs, precis::GetLanguage(lang), options);
  REQUIRE(cleaned.size() == texts.size());
  std::vector<Outcome> out;
  for (std::size_t d = 0; d < texts.size(); ++d) {
    Outcome o;
    for (const precis::TextSpan& s : cleaned[d].paragraphs) {
      o.kept.push_back(texts[d].substr(s.begin, s.size()));
    }
    for (const precis::Removal& r : cleaned[d].removed) {
      o.removed.emplace_back(texts[d].substr(r.span.begin, r.span.size()), std::string(r.rule));
    }
    out.push_back(std::move(o));
  }
  return out;
}

Outcome CleanText(const std::string& text, const std::string& lang = "fr") {
  return CleanTexts({text}, lang).front();
}

const std::string kFrBefore =
    "Le président russe est arrivé mardi à Pyongyang pour une visite de deux jours.";
const std::string kFrAfter =
    "Les deux dirigeants doivent signer un accord de partenariat stratégique.";
const std::string kEnBefore = "The Russian president arrived in Pyongyang on Tuesday.";
const std::string kEnAfter = "The two leaders are expected to sign a strategic pact.";

// `line` in the body of an article, between two prose paragraphs.
Outcome CleanLine(const std::string& line, const std::string& lang = "fr") {
  const std::string& before = lang == "en" ? kEnBefore : kFrBefore;
  const std::string& after = lang == "en" ? kEnAfter : kFrAfter;
  Outcome o = CleanText(before + "\n\n" + line + "\n\n" + after, lang);
  CHECK(o.Kept(before));
  CHECK(o.Kept(after));
  return o;
}

// Checks a table row of a whole-line rule: removed by `rule`, or kept whole.
void CheckLine(const std::string& line, bool removed, const std::string& rule,
               const std::string& lang = "fr") {
  CAPTURE(line, lang);
  const Outcome o = CleanLine(line, lang);
  if (removed) {
    CHECK(o.RuleFor(line) == rule);
    CHECK_FALSE(o.Kept(line));
  } else {
    CHECK(o.Kept(line));
    CHECK(o.removed.empty());
  }
}

// Checks a table row of a prefix rule: `kept` is what remains of `line` ("" if the
// whole line goes), and the rest was removed by `rule`.
void CheckPrefix(const std::string& line, const std::string& kept, const std::string& rule,
                 const std::string& lang = "fr") {
  CAPTURE(line, lang);
  const Outcome o = CleanLine(line, lang);
  if (kept.empty()) {
    CHECK(o.RuleFor(line) == rule);
  } else if (kept == line) {
    CHECK(o.Kept(line));
    CHECK(o.removed.empty());
  } else {
    CHECK(o.Kept(kept));
    REQUIRE(o.removed.size() == 1);
    CHECK(o.removed[0].second == rule);
    CHECK(line.find(o.removed[0].first) != std::string::npos);
  }
}

}  // namespace

TEST_CASE("inline-ad: a call to action opening a line, with or without a headline", "[clean]") {
  auto [line, removed] = GENERATE(table<std::string, bool>({
      {"READ\u00A0 Driggs du Plessis remporte une décision partagée contre Sean Strickland", true},
      {"LIRE AUSSI : Guerre en Ukraine : ce que contient la déclaration finale", true},
      {"À LIRE AUSSI Le Kremlin annonce la visite de Poutine en Corée du Nord", true},
      {"VOIR AUSSI - Kim Jong Un reçoit Vladimir Poutine à Pyongyang", true},
      {"Lire aussi : Poutine en Corée du Nord, un voyage sous haute surveillance", true},
      {"À lire également : « Nous sommes préoccupés », dit Washington", true},
      {"À lire également", true},
      {"Lire aussi Le sommet suisse pour la paix s’achève sans la Russie", true},
      // A teaser whose headline ends with a period, after a dash or a period.
      {"À lire aussi - La Corée du Nord fournit des obus à la Russie, selon Séoul.", true},
      {"Lire aussi – Kim Jong-un reçoit Vladimir Poutine à Pyongyang.", true},
      {"Voir aussi. Ce que contient le traité signé à Pyongyang.", true},
      {"Read more - Putin lands in Pyongyang for a rare visit.", true},
      {"Read more: Putin lands in Pyongyang for a rare visit", true},
      {"ALSO READ | Kim Jong Un greets Putin at the airport", true},
      {"Related: What we know about the Russia-North Korea pact", true},
      // The link's words end on a period, without a verb of their own.
      {"Lire aussi notre décryptage sur les relations entre la Russie et la Corée du Nord.", true},
      {"À lire aussi nos informations sur la visite de M. Poutine à Pyongyang.", true},
      // Look-alikes from real prose and headlines.
      {"Lire aussi les arrière-pensées n’était pas difficile ce soir-là.", false},
      {"Et aussi-tôt la foule s’est dispersée, selon la police.", false},
      {"READING, en Pennsylvanie, compte 95.000 habitants.", false},
      {"Voir Naples et mourir, disait-on autrefois.", false},
      {"VOIR ET ÊTRE VU", false},
      {"Related parties must disclose their holdings, the regulator said.", false},
  }));
  CheckLine(line, removed, "inline-ad");
}

TEST_CASE("inline-ad: a bracketed call to action glued to the story keeps the line", "[clean]") {
  // Where a teaser's headline ends and the story resumes cannot be told: a headline has
  // no stop of its own and may hold one ("Kim Jong-un reçoit Poutine."). Any cut could
  // take a sentence of the story, so the line stays whole; the stand-alone stage refuses
  // a sentence holding the bracketed label.
  const std::string line = GENERATE(
      as<std::string>{},
      "[LIRE AUSSI] Poutine et Kim, une amitié de circonstance Les deux dirigeants se sont "
      "déjà rencontrés en septembre 2023 en Russie.",
      "[À LIRE] Corée du Nord : le « Cher Leader » Kim Jong-un reçoit Poutine. Les deux "
      "hommes ont signé un traité mercredi.",
      "[À lire aussi] Retraites : ce que prévoit le texte. Les syndicats appellent à la grève.",
      "[Mise à jour] Le texte sera examiné en juin par les députés.");
  CheckPrefix(line, line, "inline-ad");
}

TEST_CASE("inline-ad and site-ui: Québec's links, newsletter prompts and funding notice",
          "[clean]") {
  auto [line, rule] = GENERATE(table<std::string, std::string>({
      {"Lisez l’article « Le maire, le promoteur et les enveloppes brunes de Sainte-Foy ».",
       "inline-ad"},
      {"Lisez l’article «\u00A0Le maire, le promoteur et les enveloppes brunes\u00A0»",
       "inline-ad"},
      {"Lisez « Le maire, le promoteur et l’enveloppe brune »", "inline-ad"},
      {"Lisez notre dossier sur la crise du logement à Québec.", "inline-ad"},
      {"Consultez notre dossier sur les élections municipales", "inline-ad"},
      {"Lisez aussi : Le procès de l’ex-maire s’ouvre à Québec", "inline-ad"},
      {"Inscrivez-vous à notre infolettre pour recevoir le meilleur de La Presse.", "site-ui"},
      {"Abonnez-vous à nos infolettres", "site-ui"},
      {"Infolettre", "site-ui"},
      {"Ce contenu est produit dans le cadre de l’Initiative de journalisme local, financée par "
       "le gouvernement du Canada.",
       "site-ui"},
      // Advice and news that read alike.
      {"Lisez « Le Petit Prince » à vos enfants avant l’âge de sept ans, conseille la pédiatre.",
       ""},
      {"Lisez les étiquettes", ""},
      {"Lisez attentivement la notice avant de prendre ce médicament, recommande Santé Canada.",
       ""},
      {"L’Initiative de journalisme local a été renouvelée pour trois ans, a annoncé Ottawa.", ""},
      {"Le quotidien a lancé mardi une infolettre consacrée à la politique municipale.", ""},
  }));
  CheckLine(line, !rule.empty(), rule);
}

TEST_CASE("teaser: a line announcing links, then the headline-only run after it", "[clean]") {
  using Lines = std::vector<std::string>;
  // (announcer, headlines, prose after; "" for the end of the document)
  auto [announcer, headlines, after, lang] =
      GENERATE(table<std::string, Lines, std::string, std::string>({
          {"À voir également sur\u00A0Le HuffPost\u00A0:",
           Lines{"Guerre en Ukraine\u00A0: ce que contient la déclaration finale du sommet",
                 "Guerre en Ukraine\u00A0: Zelensky fait le vœu d’une «\u00A0paix juste\u00A0»"},
           "", "fr"},
          {"Sur le même sujet :",
           Lines{"Kim Jong Un en Russie", "Le Kremlin annonce la visite",
                 "Pyongyang pavoise pour Poutine"},
           "La visite doit durer deux jours.", "fr"},
          {"Lire aussi :", Lines{"Les péronistes argentins scellent le second tour"},
           "Poutine a effectué une visite d’État à Pékin le mois dernier.", "fr"},
          {"LIRE AUSSI", Lines{"La PDG de Citigroup restructure l'entreprise"},
           "Moscou a accueilli la semaine dernière les ministres des BRICS.", "fr"},
          {"You may also like:", Lines{"Putin's long road to Pyongyang", "Kim's armoured train"},
           "The visit is expected to last two days.", "en"},
          // A list's heading without a colon.
          {"La rédaction vous conseille",
           Lines{"Corée du Nord : Kim Jong-un supervise un tir de missile",
                 "Poutine en Corée du Nord : le Kremlin promet des « documents importants »"},
           "La visite doit durer deux jours.", "fr"},
          {"Ouest-France vous recommande", Lines{"Lorient : le pont sur le Scorff ouvrira en 2026"},
           "La visite doit durer deux jours.", "fr"},
          {"Dans la même rubrique", Lines{"Au Japon, la crainte d’un axe Moscou-Pyongyang"}, "",
           "fr"},
      }));
  CAPTURE(announcer);
  std::string text = (lang == "en" ? kEnBefore : kFrBefore) + "\n\n" + announcer;
  for (const std::string& h : headlines) text += "\n\n" + h;
  if (!after.empty()) text += "\n\n" + after;
  const Outcome o = CleanText(text, lang);
  CHECK_FALSE(o.RuleFor(announcer).empty());
  for (const std::string& h : headlines) {
    CAPTURE(h);
    CHECK(o.RuleFor(h) == "teaser");
  }
  if (!after.empty()) CHECK(o.Kept(after));
}

TEST_CASE("teaser: another's recommendations without a colon are the story's", "[clean]") {
  // An adversarial test's weather alert: the instructions under "Météo-France vous
  // recommande" are the story's, not a paper's links.
  const std::vector<std::string> advice{"Restez chez vous et évitez toute activité extérieure",
                                        "Ne vous approchez pas du littoral",
                                        "N’intervenez pas sur les toitures"};
  std::string text = kFrBefore + "\n\nMétéo-France vous recommande";
  for (const std::string& line : advice) text += "\n\n" + line;
  const Outcome o = CleanText(text);
  CHECK(o.Kept("Météo-France vous recommande"));
  for (const std::string& line : advice) CHECK(o.Kept(line));
}

TEST_CASE("teaser: a colon that introduces a quote or a list is prose", "[clean]") {
  auto [intro, next] = GENERATE(table<std::string, std::string>({
      {"Mme North cite également plusieurs autres survivants :", "« Nous avons eu très peur »"},
      {"Les délais pour vendre se sont rallongés :", "«Les banques n'avancent plus que 40 %»"},
      {"Voici ce que contient l’accord :", "Une assistance mutuelle en cas d’agression"},
  }));
  CAPTURE(intro);
  const Outcome o = CleanText(kFrBefore + "\n\n" + intro + "\n\n" + next);
  CHECK(o.Kept(intro));
  CHECK(o.Kept(next));
  CHECK(o.removed.empty());
}

TEST_CASE("comment-form: comment forms in French and English", "[clean]") {
  auto [line, removed] = GENERATE(table<std::string, bool>({
      {"Laisser un commentaire", true},
      {"Laissez un commentaire", true},
      {"Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *",
       true},
      {"Votre adresse de messagerie ne sera pas publiée.", true},
      {"Vous devez être connecté pour publier un commentaire.", true},
      {"12 commentaires", true},
      {"Annuler la réponse", true},
      {"Nom *", true},
      {"Leave a Reply", true},
      {"Your email address will not be published. Required fields are marked *", true},
      {"La Société générale, contactée hier, ne souhaitait apporter aucun commentaire.", false},
      {"Surtout, des milliers de commentaires qui alimentent articles, blogs et forums.", false},
      {"Les parlementaires y sont tous allés de leur commentaire à la sortie.", false},
      {"The minister declined to comment on the report’s findings.", false},
  }));
  CheckLine(line, removed, "comment-form");
}

TEST_CASE("site-ui: share, subscribe, cookie and advertising labels", "[clean]") {
  auto [line, removed] = GENERATE(table<std::string, bool>({
      {"Partager", true},
      {"Partager sur Facebook", true},
      {"Facebook Twitter E-mail", true},
      {"Partager | Tweeter | Imprimer", true},
      {"Share this article", true},
      {"Abonnez-vous à notre newsletter pour ne rien manquer", true},
      {"Ce site utilise des cookies pour améliorer votre expérience.", true},
      {"Tous droits réservés.", true},
      {"Publicité", true},
      {"Il vous reste 80\u00A0% de cet article à lire.", true},
      {"Réemployer ce contenu", true},
      {"Sign up for our daily newsletter", true},
      {"Sign up for CNN's Meanwhile in China newsletter.", true},
      {"Inscrivez-vous gratuitement à la newsletter quotidienne du Monde", true},
      {"Newsletter. Recevez chaque matin l’essentiel de l’actualité.", true},
      {"Recevez gratuitement nos alertes", true},
      {"Recevez nos articles directement dans votre boîte mail", true},
      {"Get the best of our journalism delivered to your inbox", true},
      {"« Recevez nos condoléances », a écrit le président à la famille.", false},
      {"La suite après cette publicité", true},
      {"Story continues below advertisement", true},
      {"Les plus lus", true},
      {"Copyright 2024 The Associated Press. All rights reserved.", true},
      {"Le groupe Facebook a annoncé mardi une refonte de sa politique de confidentialité.", false},
      {"Partager le pouvoir avec l’opposition n’est pas à l’ordre du jour, a-t-il dit.", false},
      {"Menu du dîner d’État : kimchi et bortsch", false},
      {"Fermer la frontière serait une erreur, estime Séoul.", false},
      {"La newsletter du ministère a été suspendue en juin.", false},
      // Cookie prompts and newsletter promotions in other words.
      {"Nous utilisons des cookies pour améliorer votre expérience.", true},
      {"En poursuivant votre navigation, vous acceptez leur utilisation.", true},
      {"Retrouvez toute l’actualité internationale dans notre newsletter quotidienne, "
       "gratuite et sans engagement.",
       true},
      {"We use cookies to give you the best experience.", true},
      {"By continuing to browse this site, you agree to our use of cookies.", true},
      {"Retrouvez le président russe à Pyongyang, où il est arrivé mercredi soir.", false},
      {"En poursuivant les négociations, Séoul espère un accord.", false},
  }));
  CheckLine(line, removed, "site-ui");
}

TEST_CASE("site-ui: past the combinations of phrases kept compiled, lines clean the same",
          "[clean]") {
  // Each set of trigger words a short line holds compiles a regex of the phrases they
  // start; a spammed comment section holding every set once kept 4,096 of them, 140 MB,
  // for the life of the process. Past a few hundred, the whole pattern serves instead.
  // Every set of 12 such words, one line each, then lines whose sets are new.
  const std::vector<std::string> words = {"interdite", "reste",     "javascript", "regardez",
                                          "appareil",  "illimitée", "souhaitez",  "merci",
                                          "charte",    "adblock",   "continuing", "solely"};
  std::string flood = kFrBefore + "\n\n";
  for (unsigned set = 1; set < (1u << words.size()); ++set) {
    std::string line = "Le lecteur";
    for (std::size_t b = 0; b < words.size(); ++b) {
      if ((set >> b & 1) != 0) line += " " + words[b];
    }
    flood += line + " ici.\n\n";
  }
  CleanText(flood);
  CheckLine("Nous utilisons des cookies pour améliorer votre expérience.", true, "site-ui");
  CheckLine("Recevez gratuitement nos alertes", true, "site-ui");
  CheckLine("Story continues below advertisement", true, "site-ui", "en");
  CheckLine("Pour en savoir plus, cliquez ici.", true, "site-ui");
  CheckLine("« Recevez nos condoléances », a écrit le président à la famille.", false, "");
  CheckLine("En poursuivant les négociations, Séoul espère un accord.", false, "");
}

TEST_CASE("glued-ui: labels of a share widget glued into one word", "[clean]") {
  auto [line, removed] = GENERATE(table<std::string, bool>({
      {"ParticiperRéemployer ce contenu.", true},
      {"PartagerTweeter", true},
      {"FacebookTwitterEmail", true},
      {"ImprimerEnvoyer", true},
      {"ShareTweet", true},
      // Names and brands with an inner capital.
      {"TotalEnergies annonce un bénéfice record", false},
      {"McDonald’s ferme ses restaurants à Moscou", false},
      {"Le nouvel iPhone arrive en Corée", false},
      {"Son profil LinkedIn a disparu", false},
      {"La PlayStation se vend mal à Séoul", false},
      {"YouTube bloque la chaîne de Pyongyang", false},
  }));
  CheckLine(line, removed, "glued-ui");
}

TEST_CASE("photo-credit: captions marked by a credit", "[clean]") {
  auto [line, removed] = GENERATE(table<std::string, bool>({
      {"RAMIL SITDIKOV / AFP Le président russe Vladimir Poutine se rend en Corée du Nord "
       "mardi et mercredi 19\u00A0juin\u00A02024. Photo d’illustration.",
       true},
      {"Le président russe se rend en Corée du Nord mardi. Photo d'illustration.", true},
      {"STR / AFP", true},
      {"Kevin Lamarque / Reuters Joe Biden à la Maison Blanche, le 18 juin.", true},
      {"Photo : Sergueï Bobylev / Sputnik", true},
      {"Crédit photo : Kremlin", true},
      {"© AFP 2024", true},
      {"Copyright Reuters", true},
      {"Photo copyright: AFP", true},
      {"Vladimir Poutine et Kim Jong-un à Pyongyang, le 19 juin 2024, lors de la cérémonie "
       "d’accueil sur la place Kim Il-sung. © Kristina Kormilitsyna / Sputnik / AFP",
       true},
      // Prose that mentions a copyright, and the "Ã©" of double-encoded UTF-8, stay.
      {"The New York Times sued OpenAI over copyright infringement on Wednesday in a federal "
       "court in Manhattan.",
       false},
      {"OpenAI said it would fight the copyright claims.", false},
      {"La marque © Renault, déposée en 1899, appartient toujours au constructeur français "
       "qui l’a défendue devant les tribunaux de Paris et de Bruxelles.",
       false},
      {"Le prÃ©sident russe est arrivÃ© mardi soir Ã  Pyongyang.", false},
      {"Cette image tirée d'une vidéo du Kremlin montre l'accolade entre Vladimir Poutine et "
       "Kim Jong Un. [via REUTERS - Kremlin.ru]",
       true},
      {"Kim Jong Un accueille Vladimir Poutine (Photo AFP)", true},
      {"Photo AFP.", true},
      {"Image : Francis Tyers.", true},
      {"Vladimir Poutine et Kim Jong Un à Pyongyang. (Ludovic Marin/AFP)", true},
      {"Kim Jong Un et Vladimir Poutine à Pyongyang (AP Photo/Ahn Young-joon)", true},
      {"AP Photo/Ahn Young-joon", true},
      {"Vladimir Poutine et Kim Jong-un \u00E0 Pyongyang, le 19\u00A0juin 2024. KCNA VIA AFP",
       true},
      {"Kim Jong-un accueille Vladimir Poutine. KCNA VIA KNS / AFP", true},
      {"Le message est pass\u00E9 par la TASS via AFP.", false},
      {"Le Crédit agricole est la plus touchée des banques françaises par la crise.", false},
      {"Sur une photo prise le 5 juin, on peut voir des Nord-Coréens défiler.", false},
      {"Le journal a publié une photo d'archives du dirigeant.", false},
      {"Le chômage a reculé de 0,3 point au premier trimestre (source : Insee).", false},
      {"Un sondage AP/ISOS a montré que trois Américains sur dix ont fait des dons.", false},
      {"Reuters/Ipsos : Biden devance Trump de deux points.", false},
      {"Crédit Suisse : la banque au bord de la faillite", false},
      {"Poutine (photo) est arrivé mardi.", false},
      {"La banque verte (Crédit Agricole) a démenti.", false},
  }));
  CheckLine(line, removed, "photo-credit");
}

TEST_CASE("photo-credit: a caption closed by a photographer's, a pool's or a paper's credit",
          "[clean]") {
  auto [line, removed, lang] = GENERATE(table<std::string, bool, std::string>({
      // The agency before the photographer, the kind of picture in lower case, "Crédit :".
      {"Le panache de fumée noire visible depuis le quartier du Panier à Marseille. AFP / "
       "Nicolas Tucat",
       true, "fr"},
      {"Les pompiers sont intervenus toute la nuit sur le port de Marseille. Photo archives "
       "Valentine Chapuis / AFP",
       true, "fr"},
      {"Des habitants observent la fumée depuis les hauteurs de la ville de Marseille. Crédit : "
       "Christophe Simon / AFP",
       true, "fr"},
      {"Un contrôle de police dans le centre de Lyon. Photo illustration Sipa", true, "fr"},
      {"Photo archives Valentine Chapuis / AFP", true, "fr"},
      {"La photo archives de l’INA montre le port en 1943, a expliqué le conservateur.", false,
       "fr"},
      {"La banque a relevé ses taux mardi. Crédit Agricole Alpes Provence", false, "fr"},
      {"Vladimir Poutine et Kim Jong-un lors de la cérémonie d’accueil à Pyongyang. Gavriil "
       "Grigorov / AP",
       true, "fr"},
      {"Vladimir Poutine et Kim Jong-un à Pyongyang, le 19 juin 2024. — Gavriil Grigorov/AP/SIPA",
       true, "fr"},
      {"Russian President Vladimir Putin and Kim Jong Un attend a ceremony in Pyongyang, June 19, "
       "2024. Sputnik/Gavriil Grigorov/Pool via REUTERS",
       true, "en"},
      {"In this photo provided by the North Korean government, Kim Jong Un greets Putin on June "
       "19, 2024. Independent journalists were not given access to cover the event. (Korean "
       "Central News Agency/Korea News Service via AP)",
       true, "en"},
      {"Putin and Kim shake hands during a signing ceremony in Pyongyang. (Kristina Kormilitsyna, "
       "Sputnik, Kremlin Pool Photo via AP)",
       true, "en"},
      {"Le maire devant le futur chantier, quai de l’Écluse. Photo Le Progrès /Joël PHILIPPON",
       true, "fr"},
      {"Les 6.700 spectateurs du match de samedi. Photo DNA/Jean-Marc LOOS", true, "fr"},
      {"Le pont accueillera une voie de tramway et deux pistes cyclables. Photo DR", true, "fr"},
      {"Le président russe a été accueilli par une foule immense. Photo : Kremlin.ru", true, "fr"},
      {"Le maire devant le futur chantier, quai des Indes. | ARCHIVES OUEST-FRANCE", true, "fr"},
      // Le Parisien's "LP/Name", a screen grab, a paper's name with a particle or a figure.
      {"Les sapeurs-pompiers ont lutté toute la nuit contre les flammes sur les hauteurs de "
       "Martigues. LP/Jean-Michel Pinel",
       true, "fr"},
      {"Les pompiers ont dégagé les arbres tombés sur la route de Quimper. (LP/Olivier Arandel)",
       true, "fr"},
      {"Les habitants du quartier des Laurons ont été évacués mercredi soir. Capture d'écran "
       "BFMTV",
       true, "fr"},
      {"Les habitants du quartier des Laurons ont été évacués. Photo : capture d’écran X", true,
       "fr"},
      {"La digue de Saint-Malo, jeudi matin. Photo La Voix du Nord - Jean Dupont", true, "fr"},
      {"Le toit d'une école arraché à Morlaix. Image : France 3 Bretagne", true, "fr"},
      {"Le chantier du pont, en mars. | THIERRY CREUX / OUEST-FRANCE", true, "fr"},
      // Prose that names an agency, a photo or a pool inside its sentence, or a party in
      // brackets within it.
      {"The statement was released by Kim Jong Un via KCNA.", false, "en"},
      {"Le texte a été transmis par Moscou via l’AFP, a précisé le Kremlin.", false, "fr"},
      {"Le sénateur (Les Républicains/LR) a voté contre le texte, a-t-il dit.", false, "fr"},
      {"La photo de Gavriil Grigorov a été reprise par l’AP et 3,5 % des journaux.", false, "fr"},
      {"Le prix Photo Le Progrès sera remis samedi au lauréat, a annoncé le jury.", false, "fr"},
      {"Les députés ont voté le texte | la majorité s’est divisée.", false, "fr"},
      // A source in brackets, a rubric after a bar, an ID card: an adversarial test's prose.
      {"Jordan Bardella recueillerait entre 34 % et 36 % des voix, devant Raphaël Glucksmann "
       "et Manon Aubry, à 12 % chacun. (Ifop/Fiducial)",
       false, "fr"},
      {"À gauche, les appels à l’union se multiplient : « Le Président joue avec le feu » "
       "(Olivier Faure/PS).",
       false, "fr"},
      {"Les analystes rappellent que le régime a procédé à plus de 30 tirs depuis janvier. | "
       "ANALYSE",
       false, "fr"},
      {"Rennes : un incendie ravage un entrepôt de la zone industrielle | INFO OUEST-FRANCE", false,
       "fr"},
      {"The law shortened the runoff period. Photo ID is now required for absentee ballots.", false,
       "en"},
      {"La photo, prise par un passager, montre le premier wagon couché sur le flanc. LP a "
       "publié la vidéo mardi.",
       false, "fr"},
      {"Le ministre a réagi sur BFMTV. Capture d'écran à l'appui, l'opposition dénonce un "
       "montage.",
       false, "fr"},
      {"Les secours sont arrivés en dix minutes. Image de la collision, la vidéo a été retirée "
       "des réseaux sociaux.",
       false, "fr"},
  }));
  CheckLine(line, removed, "photo-credit", lang);
}

TEST_CASE("photo-credit: a picture's credit in brackets after the story's sentence goes alone",
          "[clean]") {
  auto [line, kept] = GENERATE(table<std::string, std::string>({
      {"La façade de la mairie après l’incendie de 2023. (DR)",
       "La façade de la mairie après l’incendie de 2023."},
      {"La télévision d’État a diffusé les images du tir, un panache de fumée orange. (Capture "
       "d’écran KCNA)",
       "La télévision d’État a diffusé les images du tir, un panache de fumée orange."},
      // Within the sentence, the bracket is the writer's.
      {"Le conseil (DR) a voté la motion à 6.700 voix contre 3.",
       "Le conseil (DR) a voté la "
       "motion à 6.700 voix contre 3."},
  }));
  CheckPrefix(line, kept, "photo-credit");
}

TEST_CASE("wire-caption: a one-sentence present-tense caption ending with a full date", "[clean]") {
  auto [line, removed, lang] = GENERATE(table<std::string, bool, std::string>({
      {"Le dirigeant nord-coréen Kim Jong Un accueille le président russe Vladimir Poutine "
       "à l'aéroport de Pyongyang le 19 juin 2024.",
       true, "fr"},
      {"Des soldats nord-coréens défilent sur la place Kim Il Sung à Pyongyang, le 5 juin 2024.",
       true, "fr"},
      {"Vladimir Poutine et Kim Jong Un se serrent la main à Pyongyang le mercredi 19 juin 2024.",
       true, "fr"},
      {"North Korean leader Kim Jong Un welcomes Russian President Vladimir Putin at "
       "Pyongyang airport on June 19, 2024.",
       true, "en"},
      {"Rescue workers search the rubble in Banda Aceh, Indonesia, Dec. 27, 2004.", true, "en"},
      // A date mid-sentence, no year, a past or future tense, two sentences, a quote.
      {"Le 19 juin 2024, Kim Jong Un accueille Vladimir Poutine à l'aéroport de Pyongyang.", false,
       "fr"},
      {"Kim Jong Un accueille Vladimir Poutine à l'aéroport de Pyongyang le 19 juin.", false, "fr"},
      {"Le traité a été signé à Pyongyang le 19 juin 2024.", false, "fr"},
      {"Poutine se rendra au Vietnam le 20 juin 2024.", false, "fr"},
      {"Ingrid Betancourt était retenue dans la jungle depuis le 23 février 2002.", false, "fr"},
      {"Kim Jong Un accueille Vladimir Poutine. La cérémonie a lieu à Pyongyang le 19 juin "
       "2024.",
       false, "fr"},
      {"« Nous accueillons notre ami », dit Kim à Pyongyang le 19 juin 2024.", false, "fr"},
      {"Julien Carmona est entré au directoire de la CNCE en juin 2007.", false, "fr"},
      {"Putin arrived in Pyongyang on June 19, 2024.", false, "en"},
      // The present of scheduled events, and short sentences.
      {"Le procès s'ouvre devant la cour d'assises spéciale de Paris le 2 septembre 2024.", false,
       "fr"},
      {"Le G7 se réunit en Italie le 13 juin 2024.", false, "fr"},
      {"The new sanctions package takes effect in all member states on July 1, 2024.", false, "en"},
      {"The summit will open in Hanoi on June 20, 2024.", false, "en"},
  }));
  CheckLine(line, removed, "wire-caption", lang);
}

TEST_CASE("caption-repeat and duplicate-line: a line repeating its neighbour", "[clean]") {
  SECTION("the legend without its credit, beside the credited one, is the caption again") {
    const std::string credited =
        "KEVIN LAMARQUE / REUTERS Joe Biden s'exprime à la Maison Blanche.";
    const std::string bare = "Joe Biden s'exprime à la Maison Blanche.";
    for (const auto& order : {std::make_pair(credited, bare), std::make_pair(bare, credited)}) {
      const Outcome o =
          CleanText(kFrBefore + "\n\n" + order.first + "\n" + order.second + "\n\n" + kFrAfter);
      CHECK(o.RuleFor(credited) == "photo-credit");
      CHECK(o.RuleFor(bare) == "caption-repeat");
      CHECK(o.Kept(kFrAfter));
    }
  }
  SECTION("a scraped duplicate keeps its first copy, whatever the number of copies") {
    const std::string line = "Poutine est arrivé à Pyongyang pour une visite d’État.";
    const Outcome o = CleanText(line + "\n" + line + "\n\n" + line + "\n\n" + kFrAfter);
    CHECK(std::count(o.kept.begin(), o.kept.end(), line) == 1);
    CHECK(o.removed.size() == 2);
    CHECK(o.RuleFor(line) == "duplicate-line");
  }
  SECTION("a sentence that says more than the one beside it is kept, its shorter copy not") {
    const std::string shorter = "Le bilan provisoire s’élève à 632 morts.";
    const std::string longer = "Le bilan provisoire s’élève à 632 morts et 329 blessés graves.";
    for (const std::string& text :
         {kFrBefore + "\n\n" + shorter + "\n\n" + longer,
          kFrBefore + "\n\n" + longer + "\n\n" + shorter,
          kFrBefore + "\n\n" + shorter + "\n\n" + shorter + "\n\n" + longer + "\n\n" + longer}) {
      CAPTURE(text);
      const Outcome o = CleanText(text);
      CHECK(std::count(o.kept.begin(), o.kept.end(), longer) == 1);
      CHECK_FALSE(o.Kept(shorter));
      CHECK(o.RuleFor(shorter) == "duplicate-line");
      CHECK(o.Kept(kFrBefore));
    }
  }
  SECTION("different lines and short repeated answers stay") {
    const Outcome o = CleanText(
        "Poutine est arrivé mardi à Pyongyang.\nPoutine est reparti mercredi de Pyongyang.\n\n"
        "Non.\n\nNon.");
    CHECK(o.kept.size() == 4);
    CHECK(o.removed.empty());
  }
}

TEST_CASE("photo-credit and caption: La Presse's credit in capitals, and its caption", "[clean]") {
  const std::string caption =
      "L’ancien maire de Sainte-Foy, Gilles Bérubé, s’entretient avec son avocat dans un "
      "corridor du palais de justice de Québec, lundi.";
  auto [credit, removed] = GENERATE(table<std::string, bool>({
      {"PHOTO ROBERT SKINNER, LA PRESSE", true},
      {"PHOTO JACQUES BOISSINOT, LA PRESSE CANADIENNE", true},
      {"PHOTO JACQUES BOISSINOT, ARCHIVES LA PRESSE CANADIENNE", true},
      {"PHOTO OLIVIER JEAN, ARCHIVES LA PRESSE", true},
      {"PHOTO FOURNIE PAR LA SÛRETÉ DU QUÉBEC", true},
      {"PHOTOS TIRÉES DE FACEBOOK", true},
      // A heading in capitals, and a title in mixed case that names a photographer.
      {"PHOTOS INÉDITES DU PRÉSIDENT", false},
      {"Photo Robert Skinner, La Presse", false},
  }));
  CAPTURE(credit);
  const Outcome o = CleanText("Le procès de l’ex-maire\n\n" + kFrBefore + "\n\n" + caption + "\n" +
                              credit + "\n\n" + kFrAfter);
  CHECK(o.Kept(kFrBefore));
  CHECK(o.Kept(kFrAfter));
  if (removed) {
    CHECK(o.RuleFor(credit) == "photo-credit");
    CHECK(o.RuleFor(caption) == "caption");
  } else {
    CHECK(o.Kept(credit));
    CHECK(o.Kept(caption));
  }
}

TEST_CASE("photo-credit: \"Photo\" in prose, in capitals or not, is the story's", "[clean]") {
  auto [line, removed] = GENERATE(table<std::string, bool>({
      {"PHOTO ROBERT SKINNER, LA PRESSE", true},
      {"Photo ID is now required to vote, the board said.", false},
      {"Une photo de Robert Skinner, de La Presse, montre l’ancien maire au palais de justice.",
       false},
      {"La photo, prise par Robert Skinner, a été publiée par La Presse lundi.", false},
      {"PHOTOS INÉDITES DU PRÉSIDENT", false},
  }));
  CheckLine(line, removed, "photo-credit");
}

TEST_CASE("caption: a line glued to its picture's credit, or between the date and the story",
          "[clean]") {
  const std::string caption = "Russell Square après les attentats à la bombe.";
  SECTION("over a credit that names the picture's author, the line is its caption") {
    for (const char* credit : {"Image : Francis Tyers.", "STR / AFP", "Photo : Kremlin"}) {
      CAPTURE(credit);
      const Outcome o = CleanText(kFrBefore + "\n" + caption + "\n" + credit + "\n\n" + kFrAfter);
      CHECK(o.RuleFor(caption) == "caption");
      CHECK(o.Kept(kFrBefore));
      CHECK(o.Kept(kFrAfter));
    }
  }
  SECTION("a title glued over a picture's credit stays the title") {
    const std::string headline = "Vladimir Poutine est arrivé à Pyongyang.";
    const Outcome o = CleanText(headline + "\nPhoto : Kremlin\n\n" + kFrBefore);
    CHECK(o.Kept(headline));
    CHECK(o.RuleFor("Photo : Kremlin") == "photo-credit");
  }
  SECTION("a credit apart, a copyright or a credit with its own caption leaves the line") {
    for (const char* below :
         {"\n\nImage : Francis Tyers.", "\n© Le Monde 2024",
          "\nPhoto : Ed Jones / AFP Kim Jong Un accueille Vladimir Poutine à Pyongyang."}) {
      CAPTURE(below);
      const Outcome o = CleanText(kFrBefore + "\n\n" + kFrAfter + below);
      CHECK(o.Kept(kFrAfter));
    }
  }
  const std::string title = "Hommages rendus aux victimes des attentats de Londres\n\n";
  const std::string date = "Mardi 7 juillet 2009";
  const std::string under =
      "Des ambulances à Russell Square, à Londres, après les attentats du 7 juillet 2005.";
  SECTION("glued under the date, with the story after a blank line, the line is a caption") {
    const Outcome o =
        CleanText(title + date + "\n" + under + "\n\n" + kFrBefore + "\n\n" + kFrAfter);
    CHECK(o.RuleFor(date) == "date-stamp");
    CHECK(o.RuleFor(under) == "caption");
    CHECK(o.Kept(kFrBefore));
  }
  SECTION("a lead glued to its date, or set apart from it, stays") {
    for (const std::string& text :
         {title + date + "\n" + under + "\n" + kFrBefore + "\n\n" + kFrAfter,
          title + date + "\n\n" + under + "\n\n" + kFrBefore, title + date + "\n" + under}) {
      CAPTURE(text);
      CHECK(CleanText(text).Kept(under));
    }
  }
  SECTION("a lead that reports in a past or future tense is no caption, date or credit beside it") {
    const std::string lead =
        "Le bilan du séisme qui a frappé le Maroc vendredi soir dépasse désormais 2\u00A0000 "
        "morts.";
    const std::string story =
        "Les secours fouillent les décombres dans les villages de l’Atlas, où de nombreuses "
        "maisons se sont effondrées.";
    for (const std::string stamp :
         {"Samedi 9 septembre 2023", "Publié le 9 septembre 2023 à 10h12", "19/06/2024"}) {
      CAPTURE(stamp);
      const Outcome o = CleanText("Séisme au Maroc : le bilan s’alourdit\n" + stamp + "\n" + lead +
                                  "\n\n" + story + "\n");
      CHECK(o.RuleFor(stamp) == "date-stamp");
      CHECK(o.Kept(lead));
      CHECK(o.Kept(story));
    }
    // MultiLing 2011, M0015: the lead of a WikiNews story, not the caption of its picture.
    const std::string london =
        "Les habitants de Londres commémorent les attaques terroristes sur le réseau de "
        "transports publics qui ont coûté la vie à 52 personnes.";
    CHECK(CleanText(title + "Vendredi 7 juillet 2006\n" + london + "\n\n" + kFrAfter).Kept(london));
    // The story's last line over the signature of its author.
    const std::string last =
        "Le Conseil constitutionnel sera saisi par la gauche dans les prochains jours.";
    const Outcome o = CleanText(
        "Le Parlement a adopté mardi la loi sur l’immigration, après des mois de débats.\n"
        "Le texte prévoit des quotas migratoires et durcit le regroupement familial.\n" +
        last + "\nJean Dupont / AFP\n");
    CHECK(o.Kept(last));
    CHECK(o.kept.size() == 3);
    CHECK(o.RuleFor("Jean Dupont / AFP") == "photo-credit");
  }
  SECTION("past the story's opening, a date above a line is the story's own") {
    const Outcome o = CleanText(title + kFrBefore + "\n\n" + kFrAfter + "\n\n" + caption + "\n\n" +
                                date + "\n" + under + "\n\n" + kFrBefore);
    CHECK(o.Kept(under));
  }
}

TEST_CASE("agency-signoff: lines made of agency names and initials", "[clean]") {
  auto [line, removed] = GENERATE(table<std::string, bool>({
      {"afp/ami", true},
      {"(AFP)", true},
      {"avec AFP", true},
      {"AFP/Reuters", true},
      {"pac/ats", true},
      {"ats/afp/jpr", true},
      {"CNN", true},
      {"Avec AFP et Reuters", true},
      {"— AFP", true},
      {"Source : AFP", true},
      {"Avec agences", true},
      {"Sources : AFP, Reuters", true},
      {"Le Monde avec AFP", true},
      {"Le HuffPost avec AFP et Reuters", true},
      {"(avec l'AFP)", true},
      {"Avec l’AFP", true},
      {"– 20 Minutes avec AFP", true},
      {"- Le Parisien avec AFP", true},
      {"— Ouest-France avec l’AFP", true},
      {"20 Minutes a été condamné avec l’AFP.", false},
      {"Le Parisien travaille avec l’AFP.", false},
      // The article only after "avec": after "et", a heading's or a name's pair.
      {"Google et l’AFP", false},
      {"20 Minutes et l’AFP", false},
      {"Le Monde et l'AFP", false},
      {"l’AFP", false},
      {"L'AFP a confirmé l'information mardi soir.", false},
      {"REPÈRES", false},
      {"RISQUE DE CONTREPARTIE", false},
      {"Le bilan a été confirmé par l'agence (AFP).", false},
  }));
  CheckLine(line, removed, "agency-signoff");
}

TEST_CASE("agency-signoff, date-stamp, site-ui: Québec's and Africa's sign-offs, stamps, bylines",
          "[clean]") {
  auto [line, rule] = GENERATE(table<std::string, std::string>({
      {"(AIP)", "agency-signoff"},
      {"(APS)", "agency-signoff"},
      {"(MAP)", "agency-signoff"},
      {"(PC)", "agency-signoff"},
      {"Avec APS", "agency-signoff"},
      {"Source : APS", "agency-signoff"},
      {"Source\u00A0: MAP", "agency-signoff"},
      {"Avec les informations de La Presse Canadienne", "agency-signoff"},
      {"Avec les informations de l’AFP", "agency-signoff"},
      {"La Presse Canadienne", "agency-signoff"},
      {"— La Presse Canadienne", "agency-signoff"},
      {"Publié à 5 h 00", "date-stamp"},
      {"Publié à 22 h 47 HNE", "date-stamp"},
      {"Publié le 3 juin 2024 à 4 h 00 HAE", "date-stamp"},
      {"Louis Gagné (Accéder à la page de l'auteur)", "site-ui"},
      // An agency's signature with the town of its desk, and the acronyms that are no words
      // alone or after a dash.
      {"La Presse Canadienne à Québec", "agency-signoff"},
      {"AFP à Dakar", "agency-signoff"},
      {"APS", "agency-signoff"},
      {"AIP", "agency-signoff"},
      {"— MAP", "agency-signoff"},
      // Le Devoir's donation button.
      {"Je donne", "site-ui"},
      // The acronyms that are words too alone, and the story's words.
      {"MAP", ""},
      {"PC", ""},
      {"La Presse Canadienne à Québec a appris que le maire démissionnera.", ""},
      {"L’AFP à Dakar", ""},
      {"APS et AIP", ""},
      {"Je donne ma langue au chat, a reconnu le ministre.", ""},
      {"Avec les informations de la police, les enquêteurs ont retrouvé le véhicule.", ""},
      {"L’article a été publié à 5 h 00, avant l’annonce du ministre.", ""},
      {"À 5 h 00", ""},
      {"Les électeurs peuvent accéder à la page de l’auteur du projet de loi sur le site.", ""},
  }));
  CheckLine(line, !rule.empty(), rule);
}

TEST_CASE("byline and kicker: La Presse's byline block over its stamp, RTBF's two rubrics",
          "[clean]") {
  const std::string title =
      "Procès de l’ex-maire de Sainte-Foy : la Couronne réclame cinq ans de pénitencier";
  const std::string lead =
      "La Couronne a réclamé lundi une peine de cinq ans de pénitencier contre l’ancien maire.";
  SECTION("the reporter's name and the paper's, over the stamp, go") {
    const Outcome o = CleanText(title + "\n\nIsabelle Ducas\nLa Presse\n\nPublié à 5 h 00\n\n" +
                                lead + "\n\n" + kFrAfter);
    CHECK(o.RuleFor("Isabelle Ducas") == "byline");
    CHECK(o.RuleFor("La Presse") == "byline");
    CHECK(o.RuleFor("Publié à 5 h 00") == "date-stamp");
    CHECK(o.Kept(title));
    CHECK(o.Kept(lead));
  }
  SECTION("a name alone over its stamp goes") {
    const Outcome o =
        CleanText(title + "\n\nJean-François de La Roche\n\nPublié le 3 juin 2024\n\n" + lead);
    CHECK(o.RuleFor("Jean-François de La Roche") == "byline");
  }
  SECTION("a name that the story, not a stamp, follows stays") {
    const Outcome o =
        CleanText(title + "\n\nGilles Bérubé\nLa Presse\n\n" + lead + "\n\nPublié à 5 h 00");
    CHECK(o.Kept("Gilles Bérubé"));
    CHECK(o.Kept("La Presse"));
  }
  SECTION("a title that is a name stays") {
    const Outcome o = CleanText("Gilles Bérubé\n\nPublié à 5 h 00\n\n" + lead);
    CHECK(o.Kept("Gilles Bérubé"));
  }
  SECTION("RTBF's country rubric over its region's goes with it") {
    const Outcome o = CleanText(
        "Vérlac ferme son usine de Marchienne-au-Pont\n\nBelgique\n"
        "Régions - Hainaut\n\n" +
        lead);
    CHECK(o.RuleFor("Belgique") == "kicker");
    CHECK(o.RuleFor("Régions - Hainaut") == "kicker");
    CHECK(o.Kept(lead));
  }
  SECTION("a word alone, apart from a rubric, stays") {
    const Outcome o = CleanText("Vérlac ferme son usine de Marchienne-au-Pont\n\nBelgique\n\n" +
                                lead + "\n\nRégions - Wallonie : le plan de relance est voté.");
    CHECK(o.Kept("Belgique"));
    CHECK(o.Kept("Régions - Wallonie : le plan de relance est voté."));
  }
}

TEST_CASE("agency-signoff: the sign-off and the page's stamp on one line", "[clean]") {
  auto [line, removed] = GENERATE(table<std::string, bool>({
      {"Ouest-France avec AFP. Publié le 19/06/2024 à 11h20", true},
      {"Le Monde avec AFP · Publié le 19 juin 2024 à 11h20, modifié à 14h30", true},
      {"20 Minutes avec agences. Mis à jour le 19/06/24 à 11h20", true},
      // The stamp word must follow the agency, and only dates after it.
      {"Le Parisien avec AFP. Publié le 19 juin, le décret a aussitôt été contesté.", false},
  }));
  CheckLine(line, removed, "agency-signoff");
}

TEST_CASE("agency-signoff: an agency tag after the last sentence is cut off", "[clean]") {
  CheckPrefix("Le bilan s'élève à 120 morts. (AFP)", "Le bilan s'élève à 120 morts.",
              "agency-signoff");
  CheckPrefix("The death toll rose to 120. (Reuters)", "The death toll rose to 120.",
              "agency-signoff", "en");
}

TEST_CASE("dateline: city and agency before the first sentence", "[clean]") {
  auto [line, kept, lang] = GENERATE(table<std::string, std::string, std::string>({
      {"PARIS (Reuters) -", "", "fr"},
      {"VILLACOUBLAY, Yvelines (Reuters) -", "", "fr"},
      {"PÉKIN (AFP) - Les Jeux s'ouvrent vendredi.", "Les Jeux s'ouvrent vendredi.", "fr"},
      {"Paris, 19 juin 2024 (AFP) - Le président a quitté Moscou.", "Le président a quitté Moscou.",
       "fr"},
      {"BRUSSELS, Belgium (AP) _ The European Union on Friday expressed its deep concern.",
       "The European Union on Friday expressed its deep concern.", "en"},
      {"WASHINGTON _ NASA and the Russian Space Agency have agreed to a plan.",
       "NASA and the Russian Space Agency have agreed to a plan.", "en"},
      // AFP's country in parentheses before the agency.
      {"Izmir (Turquie) (AFP) - Un séisme a fait au moins 40 morts vendredi.",
       "Un séisme a fait au moins 40 morts vendredi.", "fr"},
      {"Izmir (Turkey) (AFP) – A powerful earthquake killed at least 40 people.",
       "A powerful earthquake killed at least 40 people.", "en"},
      {"Meadow Lake, Saskatchewan – Le conseil municipal a « accidentellement » donné 10 000 $.",
       "Le conseil municipal a « accidentellement » donné 10 000 $.", "fr"},
      {"Londres, Angleterre -- Pour la deuxième fois en deux jours, la foule est de sortie.",
       "Pour la deuxième fois en deux jours, la foule est de sortie.", "fr"},
      {"Saint-Étienne, Haute-Loire — L’équipe a gagné 3,5 % de ses matchs.",
       "L’équipe a gagné 3,5 % de ses matchs.", "fr"},
      // A place and a full date, maybe with the time, without an agency.
      {"Paris, le 14 octobre 2024 – Le gouvernement a présenté son projet de budget.",
       "Le gouvernement a présenté son projet de budget.", "fr"},
      {"Ankara, 6 février 2023 (07h05) - Un séisme de magnitude 7,8 a frappé la Turquie.",
       "Un séisme de magnitude 7,8 a frappé la Turquie.", "fr"},
      {"Ankara, 6 février 2023 à 07h05 - Un séisme de magnitude 7,8 a frappé la Turquie.",
       "Un séisme de magnitude 7,8 a frappé la Turquie.", "fr"},
      {"Le Havre, lundi 1er juillet 2024 — La grève des dockers se poursuit.",
       "La grève des dockers se poursuit.", "fr"},
      // Kept: the date is the sentence's own, or ends a range, or heads a title.
      {"Paris, le 14 octobre 2024, le président a signé le décret.",
       "Paris, le 14 octobre 2024, le président a signé le décret.", "fr"},
      {"Paris, 14 octobre 2024 - 16 octobre 2024 : le salon ouvre ses portes.",
       "Paris, 14 octobre 2024 - 16 octobre 2024 : le salon ouvre ses portes.", "fr"},
      {"Kiev, 24 février 2022 - Le jour où tout a basculé",
       "Kiev, 24 février 2022 - Le jour où tout a basculé", "fr"},
      {"Cyclisme - Armstrong fait durer le suspens", "Cyclisme - Armstrong fait durer le suspens",
       "fr"},
      {"Football, France - Belgique : les Bleus en quart de finale",
       "Football, France - Belgique : les Bleus en quart de finale", "fr"},
      {"Nadal, Federer et Djokovic - Les trois joueurs ont gagné.",
       "Nadal, Federer et Djokovic - Les trois joueurs ont gagné.", "fr"},
      {"Sri Lanka - environ 28 500", "Sri Lanka - environ 28 500", "fr"},
      {"Vladimir Poutine (à gauche) et Kim Jong Un à Pyongyang.",
       "Vladimir Poutine (à gauche) et Kim Jong Un à Pyongyang.", "fr"},
  }));
  CheckPrefix(line, kept, "dateline", lang);
}

TEST_CASE("dateline: African agencies and La Presse Canadienne, as AFP's", "[clean]") {
  auto [line, kept, lang] = GENERATE(table<std::string, std::string, std::string>({
      {"Dakar, 12 juin (APS) – Le président sénégalais a quitté Dakar mercredi.",
       "Le président sénégalais a quitté Dakar mercredi.", "fr"},
      {"Rabat, 12 juin (MAP) - Le président sénégalais est arrivé mercredi à Nouakchott.",
       "Le président sénégalais est arrivé mercredi à Nouakchott.", "fr"},
      {"Abidjan, 12 juin 2024 (AIP) - Le chef de l’État a reçu son homologue.",
       "Le chef de l’État a reçu son homologue.", "fr"},
      {"Nouakchott, 12/06/2024 (AMI) - Le président a reçu son homologue.",
       "Le président a reçu son homologue.", "fr"},
      {"TUNIS (TAP) - Le président tunisien a reçu mardi son homologue.",
       "Le président tunisien a reçu mardi son homologue.", "fr"},
      {"Ouagadougou, 12 juin 2024 (AIB) - Le gouvernement a annoncé un plan.",
       "Le gouvernement a annoncé un plan.", "fr"},
      {"Lomé, 12\u00A0juin\u00A02024 (ATOP) - Le gouvernement a annoncé un plan.",
       "Le gouvernement a annoncé un plan.", "fr"},
      {"Bamako (AMAP) – Le gouvernement de transition a annoncé un plan.",
       "Le gouvernement de transition a annoncé un plan.", "fr"},
      {"Kinshasa, 12 juin (ACP) - Le gouvernement a annoncé un plan.",
       "Le gouvernement a annoncé un plan.", "fr"},
      {"MONTRÉAL (PC) — Le président du Sénégal a entamé mercredi une visite officielle.",
       "Le président du Sénégal a entamé mercredi une visite officielle.", "fr"},
      {"Ottawa (La Presse Canadienne) — Le gouvernement fédéral a annoncé un plan.",
       "Le gouvernement fédéral a annoncé un plan.", "fr"},
      {"TORONTO (CP) - The Bank of Canada held its key rate on Wednesday.",
       "The Bank of Canada held its key rate on Wednesday.", "en"},
      // A party's acronym after a name in mixed case, the agencies' in lower case, an
      // agency named by the sentence.
      {"Jean Tremblay (PC) - 12 345 voix", "Jean Tremblay (PC) - 12 345 voix", "fr"},
      {"Fabien Roussel (PC) – Le député a annoncé mardi sa candidature.",
       "Fabien Roussel (PC) – Le député a annoncé mardi sa candidature.", "fr"},
      {"La carte (map) - Les zones inondées sont en bleu.",
       "La carte (map) - Les zones inondées sont en bleu.", "fr"},
      {"L’agence APS a rapporté que le président avait quitté Dakar mercredi.",
       "L’agence APS a rapporté que le président avait quitté Dakar mercredi.", "fr"},
      {"Selon la presse canadienne, le président a entamé mercredi une visite officielle.",
       "Selon la presse canadienne, le président a entamé mercredi une visite officielle.", "fr"},
  }));
  CheckPrefix(line, kept, "dateline", lang);
}

TEST_CASE("agency-signoff: an African agency's tag after the last sentence is cut off", "[clean]") {
  CheckPrefix("Le président est arrivé mercredi à Nouakchott. (APS)",
              "Le président est arrivé mercredi à Nouakchott.", "agency-signoff");
  CheckPrefix("Le champ gazier doit livrer sa première cargaison en juillet. (MAP)",
              "Le champ gazier doit livrer sa première cargaison en juillet.", "agency-signoff");
  // A map's word in brackets is the sentence's.
  CheckPrefix("La zone inondée est en bleu sur la carte. (map)",
              "La zone inondée est en bleu sur la carte. (map)", "agency-signoff");
}

TEST_CASE("dateline: a place without agency or capitals only where a story opens", "[clean]") {
  // Title, date, then the lead behind its dateline; later, two names before a dash read
  // the same way but are the story's own words.
  const std::string late = "Nicolas Sarkozy, Carla Bruni – Les deux époux ont dîné à l’Élysée.";
  const Outcome o = CleanText(
      "La course commence véritablement\n\ndimanche 8 juillet 2007\n\n"
      "Londres, Angleterre -- Pour la deuxième fois, la foule est de sortie.\n\n" +
      kFrBefore + "\n\n" + kFrAfter + "\n\n" + late);
  CHECK(o.Kept("Pour la deuxième fois, la foule est de sortie."));
  CHECK(o.RuleFor("Londres, Angleterre --") == "dateline");
  CHECK(o.Kept(late));
}

TEST_CASE("dateline: a town in mixed case before a dash and a sentence, where a story opens",
          "[clean]") {
  auto [lead, kept] = GENERATE(table<std::string, std::string>({
      {"Rabat - Le gouvernement marocain a annoncé la réouverture de ses frontières.",
       "Le gouvernement marocain a annoncé la réouverture de ses frontières."},
      {"Dakar – Le président a salué « une décision historique ».",
       "Le président a salué « une décision historique »."},
      {"Port-au-Prince — L’ONU a dépêché une mission d’urgence.",
       "L’ONU a dépêché une mission d’urgence."},
      // A match's teams, a score, a title without its stop, a quote after the dash.
      {"Paris-Saint-Germain - Lyon : le match a été reporté.",
       "Paris-Saint-Germain - Lyon : le match a été reporté."},
      {"Lens - Lille 2-1", "Lens - Lille 2-1"},
      {"Marseille - Olympique Lyonnais : les Phocéens s’imposent.",
       "Marseille - Olympique Lyonnais : les Phocéens s’imposent."},
      {"Cyclisme - Armstrong fait durer le suspense",
       "Cyclisme - Armstrong fait durer le suspense"},
      {"Macron - « Nous irons jusqu’au bout », a déclaré le président.",
       "Macron - « Nous irons jusqu’au bout », a déclaré le président."},
  }));
  CAPTURE(lead);
  const Outcome o =
      CleanText("Le Maroc rouvre ses frontières\n\n3 juin 2024\n\n" + lead + "\n\n" + kFrAfter);
  CHECK(o.Kept(kept));
  CHECK(o.Kept(kFrAfter));
  if (kept != lead) CHECK(o.RuleFor(lead.substr(0, lead.size() - kept.size() - 1)) == "dateline");
}

TEST_CASE("dateline: a town before a dash, past the opening or in a list, is the story's",
          "[clean]") {
  const std::string late = "Rabat - Le ministre a confirmé la date de la réunion.";
  const Outcome o = CleanText("Le Maroc rouvre ses frontières\n\n" + kFrBefore + "\n\n" + kFrAfter +
                              "\n\nLes douanes se préparent.\n\n" + late);
  CHECK(o.Kept(late));
  const std::string lyon = "Lyon - Le club a battu Lille samedi soir.";
  const std::string lens = "Lens - Le club a perdu contre Brest dimanche.";
  const Outcome list = CleanText("Les résultats du week-end\n\n" + lyon + "\n\n" + lens);
  CHECK(list.Kept(lyon));
  CHECK(list.Kept(lens));
}

TEST_CASE("dateline: a place and a date before a dash only where a story opens", "[clean]") {
  // Further down, a chronology's entry opens the same way.
  const std::string late = "Kiev, 24 février 2022 – La Russie envahit l’Ukraine.";
  const Outcome o = CleanText(
      "Séisme en Turquie et en Syrie\n\nAnkara, 6 février 2023 (07h05) - Un séisme a frappé "
      "le sud de la Turquie.\n\n" +
      kFrBefore + "\n\n" + kFrAfter +
      "\n\nLes secours ont dégagé des centaines de personnes des décombres.\n\n" + late);
  CHECK(o.Kept("Un séisme a frappé le sud de la Turquie."));
  CHECK(o.RuleFor("Ankara, 6 février 2023 (07h05) -") == "dateline");
  CHECK(o.Kept(late));
}

TEST_CASE("kicker: an all-caps rubric glued before the first sentence", "[clean]") {
  auto [line, kept] = GENERATE(table<std::string, std::string>({
      {"INTERNATIONAL - Un rendez-vous international très scruté. Le président est en chemin.",
       "Un rendez-vous international très scruté. Le président est en chemin."},
      {"EXCLUSIF - Le Kremlin prépare un traité avec Pyongyang",
       "Le Kremlin prépare un traité avec Pyongyang"},
      {"ÉTATS-UNIS – Joe Biden promet une aide militaire à l’Ukraine.",
       "Joe Biden promet une aide militaire à l’Ukraine."},
      {"BBC - « au moins 124 000 morts. »", "BBC - « au moins 124 000 morts. »"},
      {"SocGen - Pour Nick Leeson, Jérôme Kerviel doit être soulagé",
       "SocGen - Pour Nick Leeson, Jérôme Kerviel doit être soulagé"},
      {"USA - Le président promet une aide.", "USA - Le président promet une aide."},
      {"EXCLUSIF - Trois morts", "EXCLUSIF - Trois morts"},
      // A live page's rubric, an article or "EN" before the word; a scoop's newsroom.
      {"EN DIRECT - La circulation des trains a repris jeudi matin entre Rennes et Redon.",
       "La circulation des trains a repris jeudi matin entre Rennes et Redon."},
      {"EN IMAGES – Le premier wagon du TER couché sur le flanc au milieu du champ.",
       "Le premier wagon du TER couché sur le flanc au milieu du champ."},
      {"LA VÉRIFICATION - Les barrières du passage à niveau fonctionnaient-elles ?",
       "Les barrières du passage à niveau fonctionnaient-elles ?"},
      {"INFO EUROPE 1 - Le conducteur du tracteur s'était arrêté sur les voies.",
       "Le conducteur du tracteur s'était arrêté sur les voies."},
      {"INFO FRANCE 2 - La SNCF savait que ce passage à niveau était dangereux.",
       "La SNCF savait que ce passage à niveau était dangereux."},
      {"INFO 20 MINUTES – Le parquet a ouvert une enquête pour homicides involontaires.",
       "Le parquet a ouvert une enquête pour homicides involontaires."},
      {"INFO TF1/LCI - Le conducteur du TER a été entendu par les enquêteurs.",
       "Le conducteur du TER a été entendu par les enquêteurs."},
      // A short name after the article, figures outside a scoop's credit: the subject, a score.
      {"LE PEN - La présidente du groupe RN a dénoncé le texte mardi.",
       "LE PEN - La présidente du groupe RN a dénoncé le texte mardi."},
      {"PSG 2 - Lens 1 : les Parisiens ont dominé la rencontre samedi soir.",
       "PSG 2 - Lens 1 : les Parisiens ont dominé la rencontre samedi soir."},
      {"EN DIRECT - Trois morts", "EN DIRECT - Trois morts"},
  }));
  CheckPrefix(line, kept, "kicker");
}

TEST_CASE("byline: author lines, credit lines and lists of names", "[clean]") {
  auto [line, removed] = GENERATE(table<std::string, bool>({
      {"Michael Mitsanas, Katharina Krebs, Maria Knight, Yunjung Seo, Betsy Klein et Paul B. "
       "Rapports supplémentaires de Murphy et al.",
       true},
      {"Michael Mitsanas, Katharina Krebs, Maria Knight et Yunjung Seo", true},
      {"Par Jean-Marc Dupont", true},
      {"Par Marie Dupont, envoyée spéciale à Séoul", true},
      {"By Sarah Jones, CNN", true},
      // A web page's byline runs into its date stamp.
      {"Par Jean Dupont (avec AFP) · Publié le 19\u00A0juin 2024 à 12h05, modifié à 14h30", true},
      {"Par Marie Dupont et Paul Martin | Mis à jour le 20/06/2024 à 08:15", true},
      {"By Sarah Jones and Mark Brown — Updated June 19, 2024 10:30 a.m. ET", true},
      {"Par Jean Dupont · Une enquête sur l'alliance entre Moscou et Pyongyang, publiée en "
       "trois volets cette semaine dans nos colonnes.",
       false},
      {"Avec la contribution de Pierre Martin à Moscou", true},
      {"Propos recueillis par Jean Dupont", true},
      {"Reporting by Guy Faulconbridge; Editing by Mark Trevelyan", true},
      {"CNN’s Betsy Klein contributed reporting.", true},
      // A byline's comma leads to a title, a place or a date, even before a period; a
      // clause after it makes the line a sentence whose subject "Par" opens.
      {"Par Marie Dupont, envoyée spéciale à Séoul.", true},
      {"Par Jean Dupont, le 3\u00A0juin 2024.", true},
      // A role after the comma opens as a subject does, and is the byline's apposition.
      {"Par Marie Dupont, l’envoyée spéciale du Monde à Kiev.", true},
      {"Par Claire Petit, la correspondante de France 24 à Moscou.", true},
      {"Par Paul Durand, les photos de Pierre Lefèvre.", true},
      {"Par Jean Martin, notre correspondant permanent à Bruxelles.", true},
      // The paper's own reporter, on a line of its own.
      {"Par notre correspondant à Bamako", true},
      {"Par notre correspondante régionale à Québec", true},
      {"De notre envoyé spécial à Kiev", true},
      {"Envoyé spécial à Nouakchott", true},
      {"Envoyée spéciale en Côte d’Ivoire", true},
      {"Nos envoyés spéciaux à New York", true},
      {"Notre correspondant à Bamako a vu les blindés entrer dans la ville.", false},
      {"Par notre correspondant à Bamako, la junte a été informée.", false},
      {"Envoyé spécial", false},
      {"Envoyé spécial à l’ONU, il a quitté ses fonctions.", false},
      {"Par La Poste, les envois spéciaux coûtent deux euros de plus.", false},
      {"Par La Poste, les colis arrivent en deux jours.", false},
      {"Par La Poste, les colis arrivent en deux jours | selon le site.", false},
      {"Par Décret Présidentiel, les préfets pourront fermer les commerces.", false},
      {"Par contre, cela bloque pour les crédits-relais.", false},
      {"Par ailleurs, la Suisse a légalisé le suicide assisté.", false},
      {"Sergueï Lavrov, Andreï Belooussov, Dmitri Peskov et Iouri Ouchakov accompagnent le "
       "président.",
       false},
      {"Le projet a été financé avec la contribution de l'Union européenne.", false},
      {"By Monday, the talks had stalled.", false},
      {"Une tribune signée Vladimir Poutine", false},
      {"Kim Jong Un en Russie", false},
  }));
  CheckLine(line, removed, "byline");
}

TEST_CASE("site-ui and byline: a phrase the story's sentence goes on after is news", "[clean]") {
  auto [line, rule, lang] = GENERATE(table<std::string, std::string, std::string>({
      // Kept ("" as the rule): a clause of the story follows the phrase, or the story's
      // subject stands before it.
      {"Le prix Goncourt a été attribué lundi à un premier roman. Traduit par Marie Dupont, il "
       "paraîtra aussi en anglais au printemps.",
       "", "fr"},
      {"Édité par Gallimard, le livre s’est déjà vendu à 100\u00A0000 exemplaires.", "", "fr"},
      {"Le centre a ouvert lundi. Avec la contribution de Médecins sans frontières, il "
       "accueillera 200 personnes.",
       "", "fr"},
      {"Le club a dévoilé son nouveau stade. L’accès aux entraînements est réservé aux abonnés.",
       "", "fr"},
      {"Le musée rouvre samedi. Tous droits réservés, les œuvres ne pourront pas être "
       "photographiées.",
       "", "fr"},
      {"Téléchargez l’application TousAntiCovid, a exhorté le ministre de la Santé.", "", "fr"},
      {"Les internautes pourront refuser les cookies en un clic, a annoncé la Cnil.", "", "fr"},
      {"« Suivez-nous sur les réseaux », a lancé le candidat à ses partisans.", "", "fr"},
      {"Download the app now, the health minister urged on Tuesday.", "", "en"},
      // Quoted words are reported speech; a verb of saying in any tense reports the page's.
      {"« Cliquez ici pour récupérer votre colis », indiquait le faux SMS reçu par des "
       "milliers de Français.",
       "", "fr"},
      {"Les escrocs envoyaient un lien accompagné du message « cliquez ici » à leurs victimes.", "",
       "fr"},
      {"Téléchargez l'application TousAntiCovid, répète le gouvernement depuis le début de "
       "l'épidémie.",
       "", "fr"},
      {"Suivez-nous sur TikTok, lançait le candidat à ses jeunes militants lors du meeting de "
       "Marseille.",
       "", "fr"},
      // Someone asks it of others, in any tense.
      {"Suivez-nous sur les réseaux sociaux, demandait le préfet aux habitants du Finistère.", "",
       "fr"},
      {"Suivez-nous sur les réseaux sociaux, demandait le préfet.", "", "fr"},
      {"Suivez-nous sur les réseaux sociaux, a demandé le préfet aux habitants du Finistère.", "",
       "fr"},
      {"La page Facebook du club, réservée aux abonnés, a été piratée.", "", "fr"},
      {"Jane Doe contributed reporting from Brussels, where the talks ended without a deal.", "",
       "en"},
      // After a credit for the paper's own reporters, the newsroom tells the story.
      {"Avec la collaboration de nos correspondants en région, la rédaction a recensé plus de "
       "120 cas similaires depuis janvier.",
       "", "fr"},
      {"Avec la contribution de notre correspondant à Kiev, nous avons pu retrouver plusieurs "
       "témoins de l'attaque.",
       "", "fr"},
      // Removed: the phrase is its sentence, follows a name or the page's own words, or the
      // sentence speaks to the reader.
      {"Tous droits réservés.", "site-ui", "fr"},
      {"Le Monde avec AFP. Tous droits réservés.", "site-ui", "fr"},
      {"Téléchargez l’application Le Monde", "site-ui", "fr"},
      {"Réservé aux abonnés", "site-ui", "fr"},
      {"Article réservé aux abonnés", "site-ui", "fr"},
      {"Cet article est réservé aux abonnés.", "site-ui", "fr"},
      {"Pour en savoir plus, cliquez ici.", "site-ui", "fr"},
      {"Vous êtes déjà abonné ? Connectez-vous.", "site-ui", "fr"},
      {"Traduit par Marie Dupont", "byline", "fr"},
      {"Avec la contribution de Jean Dupont à Kiev", "byline", "fr"},
      {"Propos recueillis par Jean Dupont, envoyé spécial à Séoul", "byline", "fr"},
      {"Reporting by John Smith, writing by Jane Doe", "byline", "en"},
      {"Propos recueillis par Jean Dupont, le 12\u00A0mars 2024", "byline", "fr"},
      {"Compiled by John Smith, the desk editor", "byline", "en"},
      {"Newsletter Recevez gratuitement l’essentiel de l’actualité", "site-ui", "fr"},
      {"Téléchargez l’application Le Monde, la référence de l’information", "site-ui", "fr"},
      {"Sign up for our newsletter, a weekly digest of the best stories.", "site-ui", "en"},
      {"Pour lire la suite, « cliquez ici ».", "site-ui", "fr"},
      {"Abonnez-vous à notre newsletter, la meilleure façon de suivre l’actualité.", "site-ui",
       "fr"},
      // A participle or a passive after the comma describes the newsletter: no one says it.
      {"Inscrivez-vous à notre newsletter sur Google et la Commission européenne, écrit chaque "
       "matin par la rédaction.",
       "site-ui", "fr"},
      {"Inscrivez-vous à la newsletter, écrit chaque matin par la rédaction du journal.", "site-ui",
       "fr"},
      {"Abonnez-vous à notre newsletter quotidienne, a été pensée pour vous.", "site-ui", "fr"},
      // An incise gives the reader's instruction to someone: news. The page's own lines
      // stay furniture, and so does a clause that describes the offer.
      {"Téléchargez l’application officielle pour signer votre déclaration depuis votre "
       "téléphone, conseille l’administration fiscale.",
       "", "fr"},
      {"Abonnez-vous au service d’alerte par SMS pour recevoir un rappel avant la date limite, "
       "suggère le ministère.",
       "", "fr"},
      {"Abonnez-vous ou partez\u00A0: le modèle du « paywall » est désormais encadré par la CNIL, "
       "a-t-elle précisé.",
       "", "fr"},
      {"Téléchargez l’application de la SNCF pour suivre votre train en temps réel, recommande "
       "la compagnie.",
       "", "fr"},
      {"Abonnez-vous à notre newsletter pour ne rien manquer, précise Bercy.", "", "fr"},
      {"Téléchargez l’application", "site-ui", "fr"},
      {"Abonnez-vous à notre newsletter", "site-ui", "fr"},
      {"Téléchargez l’application, disponible gratuitement sur iOS et Android.", "site-ui", "fr"},
      {"Abonnez-vous à notre newsletter, recommandée par nos lecteurs.", "site-ui", "fr"},
      {"Abonnez-vous à notre newsletter, suggestions de lecture chaque semaine.", "site-ui", "fr"},
      {"Additional reporting by John Smith in London; Editing by Jane Doe", "byline", "en"},
      // What is left of the article to read, in any words and with decimals.
      {"Cet article est réservé aux abonnés. Il vous reste 80% à découvrir.", "site-ui", "fr"},
      {"Il vous reste 72.34% de cet article à lire. La suite est réservée aux abonnés.", "site-ui",
       "fr"},
      {"Il vous reste 80\u00A0% à découvrir.", "site-ui", "fr"},
      // A copyright after its year and owner.
      {"2024 Le Monde Tous droits réservés.", "site-ui", "fr"},
      {"© 2024 Reuters. All rights reserved.", "site-ui", "en"},
      // A credit after its author, before a place; in brackets; for the paper's reporter.
      {"Steven Erlanger contributed reporting from Brussels.", "byline", "en"},
      {"Steven Erlanger contributed reporting in Paris and Berlin.", "byline", "en"},
      {"John Smith contributed reporting from the United Nations.", "byline", "en"},
      {"Paul Roe contributed reporting from Washington, and Mary Major from London.", "byline",
       "en"},
      {"Jane Doe contributed reporting from Brussels and Alan Rappeport from Washington.", "byline",
       "en"},
      {"John Smith in Brussels contributed reporting.", "byline", "en"},
      // A compound given name, and the wire's role for its staff before the names.
      {"Hyung-jin Kim contributed to this report.", "byline", "en"},
      {"Associated Press writer Hyung-jin Kim in Seoul contributed to this report.", "byline",
       "en"},
      {"AP staff writers Jim Heintz and Hyung-jin Kim contributed to this report.", "byline", "en"},
      {"Hyung-jin Kim contributed to this report, which the agency published in Seoul.", "", "en"},
      {"Critics say the writer Hyung-jin Kim contributed to this report.", "", "en"},
      {"(Reporting by John Smith)", "byline", "en"},
      {"Writing by Jane Doe", "byline", "en"},
      {"Additional reporting by John Smith", "byline", "en"},
      {"Avec la contribution de Pierre Martin depuis Kiev", "byline", "fr"},
      {"Avec la contribution de notre correspondant à Bruxelles, Jean Quatremer.", "byline", "fr"},
      // The paper's notes on the article and calls for readers' stories; the same words
      // in the story's own sentences stay.
      {"Correction: An earlier version of this story misstated the number of people missing "
       "in Paiporta.",
       "site-ui", "en"},
      {"Editor's note: This article contains images some readers may find distressing.",
       "site-ui", "en"},
      {"If you have been affected by the floods, you can share your story with us by emailing "
       "newsreport@example.com.",
       "site-ui", "en"},
      {"Rectificatif : une version précédente de cet article indiquait un bilan de 62 morts.",
       "site-ui", "fr"},
      {"Note de la rédaction\u00A0: cet article contient des images pouvant heurter la "
       "sensibilité.",
       "site-ui", "fr"},
      {"An earlier version of the bill was rejected by the Senate in 2023 by 6,700 votes.", "",
       "en"},
      {"Le ministre avait présenté une version précédente de ce texte en 2023, à 3,5 % près.", "",
       "fr"},
  }));
  CheckLine(line, !rule.empty(), rule, lang);
}

TEST_CASE("site-ui: a copyright before a colon is news when a clause with a verb follows",
          "[clean]") {
  auto [line, rule] = GENERATE(table<std::string, std::string>({
      {"Tous droits réservés aux auteurs\u00A0: la CNIL rappelle que les contenus publiés "
       "restent protégés par le droit d’auteur.",
       ""},
      {"Tous droits réservés aux auteurs\u00A0: les juges ont estimé que le site avait enfreint "
       "la loi de 1957.",
       ""},
      // The notice's own words after its colon: a ban, a credit, the page.
      {"Tous droits réservés\u00A0: reproduction interdite sans autorisation.", "site-ui"},
      {"Tous droits réservés\u00A0: les photos de Jean Dupont pour Ouest-France.", "site-ui"},
      {"Tous droits réservés\u00A0: la reproduction de cet article est soumise à l’accord de "
       "la rédaction.",
       "site-ui"},
      {"© Le Monde 2024. Tous droits réservés.", "site-ui"},
      {"Tous droits réservés", "site-ui"},
  }));
  CheckLine(line, !rule.empty(), rule);
}

TEST_CASE("site-ui and byline: a sentence of furniture beside the story's is cut off", "[clean]") {
  auto [line, kept, rule, lang] =
      GENERATE(table<std::string, std::string, std::string, std::string>({
          {"Le club a dévoilé son nouveau stade samedi. Réservé aux abonnés",
           "Le club a dévoilé son nouveau stade samedi.", "site-ui", "fr"},
          {"Tous droits réservés. Le musée rouvrira ses portes le 3\u00A0mars.",
           "Le musée rouvrira ses portes le 3\u00A0mars.", "site-ui", "fr"},
          {"Le Conseil a rejeté le recours mardi. Avec la contribution de Jean Dupont à Kiev",
           "Le Conseil a rejeté le recours mardi.", "byline", "fr"},
          {"The talks ended without a deal on Tuesday. (Reporting by John Smith; Editing by Jane "
           "Doe)",
           "The talks ended without a deal on Tuesday.", "byline", "en"},
      }));
  CheckPrefix(line, kept, rule, lang);
}

TEST_CASE("site-ui: subscription, paywall and reader notices, beside news that quotes them",
          "[clean]") {
  auto [line, rule, lang] = GENERATE(table<std::string, std::string, std::string>({
      // Removed: the page asks its reader to subscribe, to watch, to follow its live page.
      {"Cet article vous est offert par la rédaction, abonnez-vous pour soutenir notre travail.",
       "site-ui", "fr"},
      {"Cet article vous est offert.", "site-ui", "fr"},
      {"La suite de cet article est réservée à nos abonnés.", "site-ui", "fr"},
      {"Pour soutenir le travail de toute une rédaction, abonnez-vous.", "site-ui", "fr"},
      {"Cet article est en accès libre. Pour lire tous nos articles, abonnez-vous.", "site-ui",
       "fr"},
      {"Vous lisez un article en accès libre.", "site-ui", "fr"},
      {"Abonnez-vous dès 1\u00A0€ le premier mois", "site-ui", "fr"},
      {"Soutenez-nous en vous abonnant à notre journal.", "site-ui", "fr"},
      {"Nos journalistes sont mobilisés pour vous informer, soutenez un journalisme "
       "indépendant.",
       "site-ui", "fr"},
      {"Regardez la vidéo ci-dessus pour découvrir les images de la tempête à Brest.", "site-ui",
       "fr"},
      {"Notre newsletter du matin : l'essentiel de l'actu chaque jour dans votre boîte mail.",
       "site-ui", "fr"},
      {"Tous les jours, l'essentiel de l'actualité politique.", "site-ui", "fr"},
      {"Retrouvez toutes les informations sur la tempête dans notre direct.", "site-ui", "fr"},
      {"Retrouvez l’intégralité de l’entretien dans notre édition de dimanche.", "site-ui", "fr"},
      {"Suivez notre direct.", "site-ui", "fr"},
      {"Vous pouvez lire Le Monde sur un seul appareil à la fois", "site-ui", "fr"},
      {"Partagez cet article avec vos proches sur les réseaux sociaux.", "site-ui", "fr"},
      // Kept: the story reports such words, quotes them, or uses them for something else.
      {"Le Monde a annoncé que ses abonnés pourront lire le journal sur deux appareils.", "", "fr"},
      {"« Abonnez-vous », lançait la publicité de 1984, rappelle l'historien.", "", "fr"},
      {"Abonnez-vous à ma chaîne, a lancé le candidat à ses jeunes militants lors du meeting.", "",
       "fr"},
      {"Regardez la vidéo, a lancé le procureur aux jurés avant de diffuser les images de "
       "l’agression.",
       "", "fr"},
      {"« Soutenez-nous », ont scandé les grévistes devant le siège du journal.", "", "fr"},
      {"Le quotidien, qui revendique 500\u00A0000 abonnés, a mis ses articles en accès libre "
       "pendant la tempête.",
       "", "fr"},
      {"Le musée est en accès libre le premier dimanche de chaque mois.", "", "fr"},
      {"Le contenu est offert aux écoles depuis la rentrée de septembre.", "", "fr"},
      {"Le journal de 20 heures, qui résume l’essentiel de l’actualité, a perdu des "
       "téléspectateurs.",
       "", "fr"},
      {"Ce faux message arrive dans votre boîte mail sous la forme d’une facture, prévient la "
       "police de Lyon.",
       "", "fr"},
      {"Le club a annoncé lundi que 20\u00A0000 places seraient mises en vente mardi, réservées "
       "aux abonnés dans un premier temps.",
       "", "fr"},
      {"L'essentiel de l'actualité politique s'est concentré sur le vote de la motion de "
       "censure, adoptée mercredi par 331 députés.",
       "", "fr"},
      {"Chez Orange, en vous abonnant à la fibre avant le 31 décembre, vous économiserez 10 "
       "euros par mois pendant un an.",
       "", "fr"},
      {"Notre direct a été coupé à 14 heures, a reconnu la chaîne dans un communiqué.", "", "fr"},
  }));
  CheckLine(line, !rule.empty(), rule, lang);
}

TEST_CASE("site-ui, comment-form and byline: closed comments, offers, follow-us and editor's notes",
          "[clean]") {
  auto [line, rule, lang] = GENERATE(table<std::string, std::string, std::string>({
      // Removed: the page's comment box, offers, social accounts, favourites and notes on
      // how and where its article was written, published or updated.
      {"Les commentaires sont fermés pour cet article, merci de votre compréhension.",
       "comment-form", "fr"},
      {"Les commentaires sont fermés.", "comment-form", "fr"},
      {"Commentaires fermés", "comment-form", "fr"},
      {"Soyez le premier à commenter cet article.", "comment-form", "fr"},
      {"Soyez le premier à réagir", "comment-form", "fr"},
      {"Réagissez à cet article", "comment-form", "fr"},
      {"Réagissez", "comment-form", "fr"},
      {"Donnez votre avis", "comment-form", "fr"},
      {"Laissez votre avis :", "comment-form", "fr"},
      {"Comments are closed.", "comment-form", "en"},
      {"Comments are closed for this article.", "comment-form", "en"},
      {"Be the first to comment", "comment-form", "en"},
      {"Ce contenu n'est pas ouvert aux commentaires.", "comment-form", "fr"},
      {"Cet article n’est pas ouvert aux commentaires", "comment-form", "fr"},
      {"Suivez toute l’actualité de votre région sur notre page Facebook et sur Instagram.",
       "site-ui", "fr"},
      {"Pour suivre l'actualité, suivez notre chaîne WhatsApp.", "site-ui", "fr"},
      {"Le JDD sur WhatsApp : suivez notre chaîne pour ne rien manquer de l'actualité.", "site-ui",
       "fr"},
      {"Rejoignez-nous sur Instagram", "site-ui", "fr"},
      {"Offre spéciale : 3 mois d’abonnement pour 1 € seulement, sans engagement.", "site-ui",
       "fr"},
      {"Accédez à tous nos contenus en illimité avec notre offre numérique.", "site-ui", "fr"},
      {"Offre spéciale : 1\u00A0€ par mois pendant 3 mois, sans engagement.", "site-ui", "fr"},
      {"Pour lire la suite, profitez de notre offre d'essai.", "site-ui", "fr"},
      {"Profitez d'un accès illimité à nos contenus.", "site-ui", "fr"},
      {"Cet article vous a plu ?", "site-ui", "fr"},
      {"Sachez que vous pouvez suivre Ouest-France dans l’application Google Actualités en un "
       "clic.",
       "site-ui", "fr"},
      {"Cet article vous a été utile ? Sachez que vous pouvez suivre Ouest-France sur son site "
       "Google Actualités.",
       "site-ui", "fr"},
      // A newsletter's sign-up box.
      {"Notre sélection exclusive de l’actualité du jour.", "site-ui", "fr"},
      {"Votre adresse mail est collectée par Le Parisien pour vous permettre de recevoir nos "
       "actualités et offres commerciales. En savoir plus",
       "site-ui", "fr"},
      {"En vous inscrivant, vous acceptez les conditions générales d’utilisation et notre "
       "politique de confidentialité.",
       "site-ui", "fr"},
      {"Vous pouvez vous désinscrire à tout moment via le lien de désinscription.", "site-ui",
       "fr"},
      {"Ce contenu est bloqué car vous n'avez pas accepté les cookies et autres traceurs.",
       "site-ui", "fr"},
      {"Ajouter à vos favoris", "site-ui", "fr"},
      {"Ajouter à mes favoris", "site-ui", "fr"},
      {"Ajouter aux favoris", "site-ui", "fr"},
      {"L'accès à la totalité de l'article est protégé.", "site-ui", "fr"},
      {"Ces articles pourraient vous intéresser", "site-ui", "fr"},
      {"Cet article a été publié initialement dans notre édition papier du lundi 3 juin 2024.",
       "site-ui", "fr"},
      {"Cet article a d’abord été publié sur le site de The Conversation.", "site-ui", "fr"},
      {"Cet article est paru dans Le Monde daté du 4 juin 2024.", "site-ui", "fr"},
      {"Cet article a été mis à jour le 3 juin à 18h05 avec de nouvelles informations.", "site-ui",
       "fr"},
      {"Cet article a été rédigé avec l'aide d'une intelligence artificielle et relu par la "
       "rédaction.",
       "site-ui", "fr"},
      {"Cet article est issu de notre partenariat avec la rédaction de franceinfo.", "site-ui",
       "fr"},
      {"Cet article est réalisé par la rédaction de 20 Minutes avec l'aide d'outils "
       "d'intelligence artificielle.",
       "site-ui", "fr"},
      {"L'actualité franceinfo en continu, à portée de main.", "site-ui", "fr"},
      {"Vous souhaitez lire la suite ?", "site-ui", "fr"},
      {"Écrit par la rédaction de Ouest-France avec agences.", "byline", "fr"},
      {"Sign up for our newsletter", "site-ui", "en"},
      {"Follow us on Facebook", "site-ui", "en"},
      {"This article was originally published in The Conversation.", "site-ui", "en"},
      {"This story has been updated.", "site-ui", "en"},
      {"This article has been updated with new information.", "site-ui", "en"},
      {"Sign up here.", "site-ui", "en"},
      {"The Reuters Daily Briefing newsletter provides all the news you need to start your day.",
       "site-ui", "en"},
      {"AP is solely responsible for all content.", "site-ui", "en"},
      {"The Associated Press receives support from the Walton Family Foundation for coverage of "
       "water and environmental policy. The AP is solely responsible for all content.",
       "site-ui", "en"},
      // AP's note on its funding, one paragraph too long for the phrase rules.
      {"The Associated Press’ climate and environmental coverage receives financial support "
       "from multiple private foundations. AP is solely responsible for all content. Find AP’s "
       "standards for working with philanthropies, a list of supporters and funded coverage "
       "areas at AP.org.",
       "site-ui", "en"},
      // A consent platform's notices, the same on every site that runs one, and a
      // newsletter form's note on the data it collects: too long for the phrase rules.
      {"Nous et nos partenaires stockons et/ou accédons à des informations sur un appareil, "
       "telles que des cookies, et traitons des données personnelles, telles que des "
       "identifiants uniques et des informations standards envoyées par un appareil, pour des "
       "publicités et du contenu personnalisés, la mesure de performance des publicités et du "
       "contenu, des données d’audience et le développement de produit.",
       "site-ui", "fr"},
      {"Avec votre permission, nous et nos partenaires pouvons utiliser des données de "
       "géolocalisation précises et d’identification par analyse du terminal.",
       "site-ui", "fr"},
      {"En cliquant sur « Tout accepter », vous acceptez le stockage de cookies sur votre "
       "appareil pour améliorer la navigation sur le site, analyser son utilisation et "
       "contribuer à nos efforts de marketing.",
       "site-ui", "fr"},
      {"Ce contenu est bloqué car vous n'avez pas accepté les cookies et autres traceurs. Ce "
       "contenu est fourni par YouTube. Pour pouvoir le visualiser, vous devez accepter l'usage "
       "étant opéré par YouTube avec vos données qui pourront être utilisées pour les finalités "
       "suivantes : vous permettre de visualiser et de partager des contenus avec des médias "
       "sociaux, favoriser le développement et l'amélioration des produits d'Ouest-France et de "
       "ses partenaires, vous afficher des publicités personnalisées par rapport à votre profil "
       "et activité, vous définir un profil publicitaire personnalisé, mesurer la performance "
       "des publicités et du contenu de ce site et mesurer l'audience de ce site.",
       "site-ui", "fr"},
      {"Les informations recueillies sont destinées à CCM Benchmark Group pour vous assurer "
       "l'envoi de votre newsletter. Vous pouvez à tout moment vous désinscrire via le lien en "
       "bas de nos newsletters.",
       "site-ui", "fr"},
      {"Cet article vous a été utile ? Sachez que vous pouvez suivre Actu Lyon dans l'espace "
       "Mon Actu. En un clic, après inscription, vous y retrouverez toute l'actualité de vos "
       "villes et marques favorites.",
       "site-ui", "fr"},
      {"Vous souhaitez signaler une erreur ou nous transmettre une information ? Écrivez-nous à "
       "redaction@exemple.fr pour nous contacter.",
       "site-ui", "fr"},
      {"Contenus sponsorisés : Cette astuce de grand-mère fait fondre la graisse du ventre en "
       "une nuit.",
       "site-ui", "fr"},
      // A press release's closing words on who sent it, the name said twice.
      {"À propos de Grenoble en commun : Grenoble en commun est un rassemblement de forces "
       "écologistes et de gauche créé en 2019. Plus d’informations sur www.exemple.fr.",
       "site-ui", "fr"},
      {"A propos de la SNCF : la SNCF est le premier groupe de transport ferroviaire français.",
       "site-ui", "fr"},
      {"We and our partners store and/or access information on a device, such as cookies and "
       "process personal data, such as unique identifiers and standard information sent by a "
       "device for personalised advertising and content.",
       "site-ui", "en"},
      {"By clicking “Accept All”, you agree to the storing of cookies on your device to enhance "
       "site navigation.",
       "site-ui", "en"},
      // Kept: the story tells of consent, data collected, partners and sponsors.
      {"Les informations recueillies sont destinées à la police judiciaire, précise le parquet "
       "de Paris.",
       "", "fr"},
      {"Nous et nos partenaires avons signé l’accord mardi, a déclaré le président de la "
       "région.",
       "", "fr"},
      {"Selon la CNIL, « nous et nos partenaires stockons des informations » est la formule "
       "la plus courante des bandeaux de cookies.",
       "", "fr"},
      {"Les contenus sponsorisés ont rapporté 6.700 euros au club en 2023.", "", "fr"},
      {"À propos de la réforme des retraites : le Premier ministre a estimé que le texte serait "
       "adopté avant l’été.",
       "", "fr"},
      {"À propos de la réforme, la CGT a appelé à manifester jeudi dans toute la France.", "",
       "fr"},
      // Kept: the story tells of comments, offers, accounts, articles of law and newsrooms.
      {"Le réseau social a fermé les commentaires sous la vidéo du ministre, a indiqué Meta.", "",
       "fr"},
      {"Sous la vidéo du ministre, les commentaires sont fermés depuis lundi soir.", "", "fr"},
      {"Selon la plateforme, ce contenu n’est pas ouvert aux commentaires depuis 2023.", "", "fr"},
      {"Le ministre a voulu être le premier à commenter les résultats du scrutin.", "", "fr"},
      {"Donnez votre avis sur le futur tracé du tramway avant le 30 juin, invite la mairie.", "",
       "fr"},
      {"Réagissez vite, a lancé le capitaine à ses joueurs à la mi-temps.", "", "fr"},
      {"The newspaper said comments are closed on articles about the trial.", "", "en"},
      {"He wanted to be the first to comment on the verdict, his lawyer said.", "", "en"},
      {"The Associated Press’ climate coverage receives financial support from foundations, the "
       "agency said in a statement.",
       "", "en"},
      {"AP is solely responsible for all content, its editor said on Tuesday after the complaint.",
       "", "en"},
      {"The museum receives support from the city, which owns the building.", "", "en"},
      {"Suivez notre chaîne, a lancé le youtubeur à ses abonnés lors de son dernier live.", "",
       "fr"},
      {"La région propose 3 mois d’abonnement pour 1 € aux lycéens qui prennent le TER.", "", "fr"},
      {"La SNCF lance une offre spéciale : 1\u00A0€ par mois pour les moins de 27 ans.", "", "fr"},
      {"« Profitez de notre offre », lançait le vendeur aux passants du marché de Lorient.", "",
       "fr"},
      {"Les abonnés peuvent suivre Ouest-France sur Google Actualités depuis 2019, selon le "
       "groupe de presse.",
       "", "fr"},
      {"Google Actualités a été lancé en 2002 et compte 6.700 sources en France.", "", "fr"},
      {"« Votre adresse mail est collectée à votre insu », a averti la CNIL dans un communiqué.",
       "", "fr"},
      {"En vous inscrivant, vous acceptez de céder vos données, a rappelé la CNIL.", "", "fr"},
      {"Vous pouvez vous désinscrire des listes électorales jusqu’au 3 mai, rappelle la mairie.",
       "", "fr"},
      {"Vous pouvez vous désinscrire des fichiers commerciaux à tout moment en écrivant "
       "directement à l’entreprise.",
       "", "fr"},
      {"Sur son site, la société écrit que votre adresse mail est collectée pour des finalités "
       "commerciales, ce que conteste l’association devant la Cnil.",
       "", "fr"},
      {"Notre sélection de l’actualité du jour est faite par des journalistes, assure le "
       "directeur.",
       "", "fr"},
      {"Le quotidien propose désormais ses articles en illimité pour dix euros par mois.", "",
       "fr"},
      {"Ce contenu est bloqué en Russie depuis mars, selon l’ONG Roskomsvoboda.", "", "fr"},
      // An article of law updated in a year or by a law; a paper in a scientific journal
      // (the newsroom’s own update goes).
      {"Cet article a été mis à jour en 2023 par le législateur européen pour inclure les "
       "places de marché en ligne.",
       "", "fr"},
      {"Cet article a été mis à jour par la loi du 3 juin 2023.", "", "fr"},
      {"Cet article est paru dans la revue Nature le 12 mars, après deux ans de relecture.", "",
       "fr"},
      {"Cet article a été mis à jour par la rédaction le 3 juin.", "site-ui", "fr"},
      {"L'accès à la totalité du site nucléaire est protégé par l'armée.", "", "fr"},
      {"La rédaction de Ouest-France a été évacuée mardi.", "", "fr"},
      {"Un livre écrit par la rédaction de Charlie Hebdo paraît jeudi en librairie.", "", "fr"},
      {"Cet article de la Constitution a été mis à jour en 2008 par le Congrès.", "", "fr"},
      {"Cet article a été adopté par les députés en première lecture mardi soir.", "", "fr"},
      {"Le discours a été rédigé avec l'aide d'une intelligence artificielle, a reconnu le "
       "ministre.",
       "", "fr"},
      {"La victoire est à portée de main, estime l’entraîneur avant la finale.", "", "fr"},
      {"Cet article est réalisé en bois de chêne, précise le fabricant.", "", "fr"},
      {"The story was first published by the Washington Post in 2019.", "", "en"},
  }));
  CheckLine(line, !rule.empty(), rule, lang);
}

TEST_CASE("site-ui and others: reading times, players, desk codes and outlet notices", "[clean]") {
  auto [line, rule, lang] = GENERATE(table<std::string, std::string, std::string>({
      {"Temps de Lecture 4 min.", "site-ui", "fr"},
      {"Lecture 3 min.", "site-ui", "fr"},
      {"Vos réactions (12)", "comment-form", "fr"},
      {"Connectez-vous pour commenter", "comment-form", "fr"},
      {"Partager : l'article sur les réseaux sociaux", "site-ui", "fr"},
      {"La rédaction vous conseille", "site-ui", "fr"},
      {"00:00/05:12", "site-ui", "fr"},
      {"franceinfo avec AFP", "agency-signoff", "fr"},
      {"Article rédigé par franceinfo - Avec AFP", "byline", "fr"},
      {"bur-abc/jp/dch", "agency-signoff", "fr"},
      {"This article is more than 1 year old", "site-ui", "en"},
      {"Our Standards: The Thomson Reuters Trust Principles.", "site-ui", "en"},
      {"Thu 2 Nov 2023 10.15 GMT", "date-stamp", "en"},
      {"Last modified on Thu 2 Nov 2023 18.40 GMT", "date-stamp", "en"},
      // Prose with the same words.
      {"La lecture de l’acte d’accusation a duré 45 min.", "", "fr"},
      {"Les réactions (nombreuses) se sont multipliées sur les réseaux sociaux.", "", "fr"},
      {"La rédaction vous conseille de rester chez vous, a plaisanté le présentateur.", "", "fr"},
      {"Reuters said its coverage follows the Thomson Reuters Trust Principles.", "", "en"},
      {"The vote closed at 10.15 GMT on Thursday, election officials said.", "", "en"},
  }));
  CheckLine(line, !rule.empty(), rule, lang);
}

TEST_CASE("site-ui: an ad blocker's notice and a player's stand-in, beside news of them",
          "[clean]") {
  auto [line, rule] = GENERATE(table<std::string, std::string>({
      {"Vous utilisez un bloqueur de publicité.", "site-ui"},
      {"Il semblerait que vous utilisiez un bloqueur de publicités.", "site-ui"},
      {"La publicité n’a pas pu être chargée, désactivez votre bloqueur de publicité pour "
       "soutenir notre rédaction.",
       "site-ui"},
      {"Merci de désactiver votre AdBlock pour accéder à nos contenus.", "site-ui"},
      {"Chargement de la vidéo en cours, veuillez patienter quelques instants.", "site-ui"},
      {"Cette vidéo n’est pas disponible dans votre pays.", "site-ui"},
      {"Ce contenu n'est pas disponible dans votre région.", "site-ui"},
      // News of blockers, of a loading or of a video.
      {"Les bloqueurs de publicité coûtent 500 millions d'euros aux éditeurs, selon une étude.",
       ""},
      {"La vidéo n'est pas disponible en replay, a regretté la chaîne.", ""},
      {"Il suffit de désactiver le bloqueur intégré au navigateur, explique le chercheur.", ""},
      {"Le chargement de la cargaison a repris lundi dans le port du Havre.", ""},
      {"Ce contenu n'est pas disponible en France depuis 2022, a confirmé la plateforme.", ""},
  }));
  CheckLine(line, !rule.empty(), rule);
}

TEST_CASE("site-ui and date-stamp: Le Monde's article toolbar and its stamp of the day",
          "[clean]") {
  auto [line, rule] = GENERATE(table<std::string, std::string>({
      {"Offrir l’article", "site-ui"},
      {"Offrir l'article", "site-ui"},
      {"Lire plus tard", "site-ui"},
      {"Réutiliser ce contenu", "site-ui"},
      {"Article réservé aux abonnés", "site-ui"},
      {"Temps de Lecture 2\u00A0min.", "site-ui"},
      {"Publié aujourd’hui à 08h12, modifié à 11h40", "date-stamp"},
      {"Publié hier à 18h05", "date-stamp"},
      // Prose with the same words.
      {"Offrir l’article à un proche est désormais possible pour les abonnés, précise le "
       "journal.",
       ""},
      {"Les lecteurs pourront lire plus tard les conclusions du rapport, promet la ministre.", ""},
      {"Réutiliser ce contenu sans autorisation expose à des poursuites, rappelle l’agence.", ""},
      {"Publié aujourd’hui à 08h12, le rapport montre que 300 foyers restent privés "
       "d’électricité.",
       ""},
      {"Aujourd’hui à 08h12\u00A0:", ""},
  }));
  CheckLine(line, !rule.empty(), rule);
}

TEST_CASE("site-ui, byline and inline-ad: a live blog's, Le Figaro's and Le Monde's leftovers",
          "[clean]") {
  auto [line, rule, lang] = GENERATE(table<std::string, std::string, std::string>({
      {"Retrouvez toutes les informations de la journée du mercredi 19\u00A0juin.", "site-ui",
       "fr"},
      {"Retrouvez nos articles, analyses et reportages sur la guerre en Ukraine.", "site-ui", "fr"},
      {"Ce live est désormais terminé. Merci de l’avoir suivi.", "site-ui", "fr"},
      {"Live animé par Marie Dupont", "byline", "fr"},
      {"Voir le contexte", "site-ui", "fr"},
      {"Charger plus de publications", "site-ui", "fr"},
      {"Lire les posts précédents", "site-ui", "fr"},
      {"Passer la publicité", "site-ui", "fr"},
      {"Fil d'info", "site-ui", "fr"},
      {"Aller au contenu", "site-ui", "fr"},
      {"Dans la même rubrique", "site-ui", "fr"},
      {"Skip to main content", "site-ui", "en"},
      // Le Monde's links, named by the kind of piece, as "Lire aussi | ..." is.
      {"Lire l’enquête | Entre la Russie et la Corée du Nord, une alliance de circonstance",
       "inline-ad", "fr"},
      {"Lire le décryptage | Pourquoi Pyongyang fournit des obus à Moscou", "inline-ad", "fr"},
      {"Lire la tribune | « La Corée du Nord est devenue l’arsenal de la Russie »", "inline-ad",
       "fr"},
      {"Lire l’archive (2000) | Vladimir Poutine, premier dirigeant russe à Pyongyang",
       "inline-ad", "fr"},
      // Prose with the same words.
      {"Lire la tribune de Jean Dupont dans Le Monde, qui critique l’accord.", "", "fr"},
      {"Retrouvez toutes les informations sur le site de la préfecture, a indiqué la mairie.", "",
       "fr"},
      {"Le live animé par Marie Dupont a réuni 6.700 internautes.", "", "fr"},
      {"« Retrouvez nos articles sur le site », a lancé le directeur aux 3,5 millions d’abonnés.",
       "", "fr"},
      {"Le fil d'info de l’AFP a été coupé pendant deux heures.", "", "fr"},
      {"Le direct de France 2 est terminé depuis 20\u00A0h, selon la chaîne.", "", "fr"},
      {"Le ministre vous recommande de rester chez vous, a plaisanté le présentateur.", "", "fr"},
      {"Météo-France vous recommande de rester chez vous jusqu’à 18\u00A0h.", "", "fr"},
  }));
  CheckLine(line, !rule.empty(), rule, lang);
}

TEST_CASE("site-ui and date-stamp: Le Monde's toolbar goes from the top of a story", "[clean]") {
  const std::string lead =
      "Un violent incendie s’est déclaré mercredi dans les collines du nord de Marseille.";
  const Outcome o = CleanText(
      "Incendies\u00A0: 6\u00A0700 personnes évacuées à Marseille\n\n"
      "Le Monde avec AFP\nPublié aujourd’hui à 08h12, modifié à 11h40\nTemps de Lecture 2 "
      "min.\nOffrir l’article\nLire plus tard\nArticle réservé aux abonnés\n\n" +
      lead + "\n\nLe Monde avec AFP\nRéutiliser ce contenu\n");
  CHECK(o.kept == std::vector<std::string>{"Incendies\u00A0: 6\u00A0700 personnes évacuées à "
                                           "Marseille",
                                           lead});
}

TEST_CASE("photo-credit and wire-caption: a credit to an outlet, alone or after its caption",
          "[clean]") {
  auto [line, rule] = GENERATE(table<std::string, std::string>({
      {"Des manifestants en colère devant l’Hôtel de Ville de Paris après la décision du Conseil "
       "constitutionnel, le 14 avril 2023. (Denis Allard/Libération)",
       "wire-caption"},
      {"Des manifestants devant l’Hôtel de Ville de Paris, à l’annonce de la décision, le "
       "14\u00A0avril 2023. (Photo Denis Allard pour Libération)",
       "photo-credit"},
      {"Denis Allard / REA", "photo-credit"},
      {"Denis Allard/Libération", "photo-credit"},
      {"Sipa Press", "photo-credit"},
      {"ABACA", "photo-credit"},
      {"Getty Images", "photo-credit"},
      {"Getty Images via AFP", "photo-credit"},
      {"Photo Denis Allard pour Libération", "photo-credit"},
      // A bracket that is no credit, and prose that names an agency.
      {"Des manifestants défilent à Paris contre la réforme des retraites, le 14 avril 2023. "
       "(Selon la CGT)",
       ""},
      {"Sipa Press a licencié quarante photographes en 2023.", ""},
      {"Denis Allard a photographié la manifestation pour Libération.", ""},
  }));
  CheckLine(line, !rule.empty(), rule);
}

TEST_CASE("caption: a dated caption and its credit in parentheses go together", "[clean]") {
  const std::string caption =
      "Des manifestants devant l’Hôtel de Ville, à Paris, le 14 avril 2023. (Denis "
      "Allard/Libération)";
  const Outcome o = CleanText(kFrBefore + "\n\n" + caption + "\n\n" + kFrAfter);
  CHECK_FALSE(o.Kept(caption));
  CHECK(o.kept.size() == 2);
}

TEST_CASE("date-stamp: date-only lines go, a date prefix is cut off", "[clean]") {
  auto [line, kept] = GENERATE(table<std::string, std::string>({
      {"Samedi 8 janvier 2005", ""},
      {"08/01/2005", ""},
      {"Publié le 18 juin 2024 à 10h30", ""},
      {"Publié le 18/06/2024 à 10:30, mis à jour le 19/06/2024 à 08:15", ""},
      {"Updated 3:45 PM EDT, Wed June 19, 2024", ""},
      {"Publié le 18 juin 2024 à 10h30 Mis à jour le 18 juin 2024 à 11h05", ""},
      {"Lundi 17 juin 2024 | 18:32", ""},
      {"date 2024-06 Le président russe Vladimir Poutine est arrivé mardi à Pyongyang.",
       "Le président russe Vladimir Poutine est arrivé mardi à Pyongyang."},
      {"08/01/2005 Les dons pour le tsunami en 2005 déductibles des impôts 2004 aux USA",
       "Les dons pour le tsunami en 2005 déductibles des impôts 2004 aux USA"},
      {"19 juin 2024 - Poutine arrive à Pyongyang", "Poutine arrive à Pyongyang"},
      // Dates that belong to the text.
      {"Le 19 juin, Vladimir Poutine et Kim Jong-un ont conclu un pacte stratégique.",
       "Le 19 juin, Vladimir Poutine et Kim Jong-un ont conclu un pacte stratégique."},
      {"Le 8 août :", "Le 8 août :"},
      {"Mardi", "Mardi"},
      {"2024", "2024"},
      {"19 juin 2024, le président est arrivé.", "19 juin 2024, le président est arrivé."},
      {"Mercredi 19 juin 2024, Vladimir Poutine et Kim Jong-un ont signé un traité de défense "
       "mutuelle.",
       "Mercredi 19 juin 2024, Vladimir Poutine et Kim Jong-un ont signé un traité de défense "
       "mutuelle."},
      {"19/06/2024, Pyongyang a accueilli le président russe.",
       "19/06/2024, Pyongyang a accueilli le président russe."},
      {"1950-1953 : la guerre de Corée", "1950-1953 : la guerre de Corée"},
  }));
  CheckPrefix(line, kept, "date-stamp");
}

TEST_CASE("date-stamp: Le Temps's two stamps parted by a slash, and \"Mis en ligne le\"",
          "[clean]") {
  auto [line, kept] = GENERATE(table<std::string, std::string>({
      {"Publié le 9 juin 2024 à 17:42. / Modifié le 9 juin 2024 à 19:05.", ""},
      {"Publié le dimanche 9 juin 2024 à 17:42. / Modifié le dimanche 9 juin 2024 à 19:05.", ""},
      {"Publié le 9 juin 2024 à 17:42 / Modifié le 9 juin 2024 à 19:05", ""},
      {"Mis en ligne le 9 juin 2024 à 17h50.", ""},
      {"Mis en ligne le 03/06/2024 à 10:32", ""},
      {"Mise en ligne le 9\u00A0juin 2024 à 17\u00A0h\u00A050", ""},
      {"Mis en ligne le 9 juin 2024 à 17h50. Les Vaudois ont dit oui au crédit de 2,5 milliards.",
       "Les Vaudois ont dit oui au crédit de 2,5 milliards."},
      // The story's own dates.
      {"Le site a été mis en ligne le 9 juin 2024 à 17h50.",
       "Le site a été mis en ligne le 9 juin 2024 à 17h50."},
      {"Mis en ligne le 9 juin, le formulaire a reçu 3000 réponses en deux jours.",
       "Mis en ligne le 9 juin, le formulaire a reçu 3000 réponses en deux jours."},
      {"Le rapport, publié le 9 juin / 10 juin selon les cantons, a été lu 300 000 fois.",
       "Le rapport, publié le 9 juin / 10 juin selon les cantons, a été lu 300 000 fois."},
      {"Lausanne / Renens", "Lausanne / Renens"},
  }));
  CheckPrefix(line, kept, "date-stamp");
}

TEST_CASE("date-stamp: a date prefix before a headline, in a leading position", "[clean]") {
  // MultiLing documents open with "dd/mm/yyyy Title", then a date line.
  const Outcome o = CleanText(
      " date 2024-06 Le président russe est arrivé mardi à Pyongyang.\n\n"
      "08/01/2005 Les dons pour le tsunami déductibles des impôts\n\nSamedi 8 janvier 2005\n\n" +
      kFrAfter);
  CHECK(o.kept == std::vector<std::string>{"Le président russe est arrivé mardi à Pyongyang.",
                                           "Les dons pour le tsunami déductibles des impôts",
                                           kFrAfter});
  CHECK(o.RuleFor("date 2024-06") == "date-stamp");
  CHECK(o.RuleFor("08/01/2005") == "date-stamp");
  CHECK(o.RuleFor("Samedi 8 janvier 2005") == "date-stamp");
}

TEST_CASE("agency-signoff and byline: a sign-off glued after the last sentence is cut off",
          "[clean]") {
  const std::string lead =
      "Le préfet du Finistère a levé la vigilance rouge jeudi après-midi, tout en appelant les "
      "habitants à la prudence. Enedis a mobilisé 3.000 techniciens pour rétablir le courant "
      "dans les départements bretons.";
  const std::string one = "La SNCF prévoit une reprise du trafic en Bretagne vendredi midi.";
  auto [line, kept, rule, lang] =
      GENERATE_COPY(table<std::string, std::string, std::string, std::string>({
          {lead + " (avec AFP)", lead, "agency-signoff", "fr"},
          {lead + " (avec Reuters)", lead, "agency-signoff", "fr"},
          {lead + " (avec agences)", lead, "agency-signoff", "fr"},
          {lead + " - AFP", lead, "agency-signoff", "fr"},
          {lead + " (with AFP)", lead, "agency-signoff", "fr"},
          {one + " (Avec AFP)", one, "agency-signoff", "fr"},
          {one + " Avec AFP", one, "agency-signoff", "fr"},
          {one + " – Le Monde avec AFP", one, "agency-signoff", "fr"},
          {one + " J.D. avec AFP", one, "agency-signoff", "fr"},
          {lead + " (avec l'AFP)", lead, "agency-signoff", "fr"},
          {lead + "\u00A0(avec l’AFP)", lead, "agency-signoff", "fr"},
          {one + " – 20 Minutes avec AFP", one, "agency-signoff", "fr"},
          {one + " - Le Parisien avec AFP", one, "agency-signoff", "fr"},
          {one + " — Ouest-France avec AFP", one, "agency-signoff", "fr"},
          {one + " 20 Minutes avec l’AFP", one, "agency-signoff", "fr"},
          {one + " La rédaction avec l’AFP", one, "byline", "fr"},
          {"Les deux rédactions ont voté une motion. 20 Minutes et l’AFP",
           "Les deux rédactions ont voté une motion. 20 Minutes et l’AFP", "", "fr"},
          {"Il a quitté la rédaction en 2019. 20 Minutes, lui, travaille toujours avec l’AFP.",
           "Il a quitté la rédaction en 2019. 20 Minutes, lui, travaille toujours avec l’AFP.", "",
           "fr"},
          {"Le bilan a été confirmé à 20 Minutes par l’AFP.",
           "Le bilan a été confirmé à 20 Minutes par l’AFP.", "", "fr"},
          {"« Nous rouvrirons lundi », a assuré le maire.\u00A0(avec AFP)",
           "« Nous rouvrirons lundi », a assuré le maire.", "agency-signoff", "fr"},
          {"The storm killed two people in France. (with Reuters)",
           "The storm killed two people in France.", "agency-signoff", "en"},
          {one + " Par Marie Dupont, à Brest", one, "byline", "fr"},
          {one + " Par Jean-Marc Le Bihan", one, "byline", "fr"},
          // A short answer after a question, or a bare "La rédaction", is the story's.
          {one + " La rédaction", one + " La rédaction", "", "fr"},
          {"La photo du président blessé a fait le tour du monde en quelques minutes. Quelle "
           "agence l'a diffusée la première ? Reuters.",
           "La photo du président blessé a fait le tour du monde en quelques minutes. Quelle "
           "agence l'a diffusée la première ? Reuters.",
           "", "fr"},
          {"The picture of the wounded president went around the world within minutes. Which "
           "agency was first to send it out? Reuters.",
           "The picture of the wounded president went around the world within minutes. Which "
           "agency was first to send it out? Reuters.",
           "", "en"},
          {"Le groupe contrôle désormais deux agences de presse. Lesquelles ? Reuters et AFP.",
           "Le groupe contrôle désormais deux agences de presse. Lesquelles ? Reuters et AFP.", "",
           "fr"},
          {"Donald Trump a parlé deux heures. Quelles chaînes l'ont diffusé en direct ? Fox News "
           "et CNN.",
           "Donald Trump a parlé deux heures. Quelles chaînes l'ont diffusé en direct ? Fox News "
           "et CNN.",
           "", "fr"},
          {"Le quotidien a publié une une blanche. Qui a pris cette décision ? La rédaction.",
           "Le quotidien a publié une une blanche. Qui a pris cette décision ? La rédaction.", "",
           "fr"},
          // The story's own words about agencies and authors stay.
          {"Le bilan a été confirmé par l'agence (AFP).",
           "Le bilan a été confirmé par l'agence (AFP).", "", "fr"},
          {"Le contrat a été signé. Avec l’AFP et Reuters, le groupe couvre 80 pays.",
           "Le contrat a été signé. Avec l’AFP et Reuters, le groupe couvre 80 pays.", "", "fr"},
          {"Le journal a protesté. La rédaction a voté une motion de défiance.",
           "Le journal a protesté. La rédaction a voté une motion de défiance.", "", "fr"},
          {"Il a quitté la salle. Par la suite, il a démissionné.",
           "Il a quitté la salle. Par la suite, il a démissionné.", "", "fr"},
          {"« Je travaille avec l’AFP », a-t-il dit.", "« Je travaille avec l’AFP », a-t-il dit.",
           "", "fr"},
          {"Food aid is largely being turned over to U.N. agencies.",
           "Food aid is largely being turned over to U.N. agencies.", "", "en"},
          {"Les secours ont été confiés aux agences.", "Les secours ont été confiés aux agences.",
           "", "fr"},
          {"Le dossier est parti à Washington, aux U.S. AP",
           "Le dossier est parti à Washington, aux U.S. AP", "", "fr"},
      }));
  CheckPrefix(line, kept, rule, lang);
}

TEST_CASE("agency-signoff: desk initials glued after the last sentence are cut off", "[clean]") {
  const std::string last =
      "Le crédit permettra de doubler la voie entre Lausanne et Renens et de construire quatre "
      "nouvelles gares d’ici à 2035.";
  auto [line, kept] = GENERATE_COPY(table<std::string, std::string>({
      {last + " (ats/nxp)", last},
      {last + "\u00A0(ats/nxp)", last},
      {last + " ats/jfe/gma", last},
      {last + " belga/jdc", last},
      {last + " afp/ep", last},
      {last + " (pac/ats)", last},
      {"« Nous saluons ce vote », a déclaré le conseiller d’État. (ats/vkiw/jfe)",
       "« Nous saluons ce vote », a déclaré le conseiller d’État."},
      // Slashes the story writes: no agency among them, or not after its last stop.
      {last + " et/ou", last + " et/ou"},
      {"Le tarif passe à 3 francs. tpg/cff", "Le tarif passe à 3 francs. tpg/cff"},
      {"Le communiqué a été repris par l’ats/afp dans la soirée.",
       "Le communiqué a été repris par l’ats/afp dans la soirée."},
      {"Le communiqué est en ligne. belga.be/fr", "Le communiqué est en ligne. belga.be/fr"},
      {"Qui l’a diffusé ? ats/nxp", "Qui l’a diffusé ? ats/nxp"},
  }));
  CheckPrefix(line, kept, "agency-signoff");
}

// Several paragraphs that open with a name, a bracket and a dash make a list (results by
// département, a team's marks): each names its paragraph's subject, and all stay whole.
// A lone dateline where the story opens still goes.
TEST_CASE("dateline: a list of openings in brackets is no dateline", "[clean]") {
  const std::vector<std::string> items = GENERATE(values<std::vector<std::string>>({
      {"FINISTÈRE (29) – Les huit circonscriptions iront au second tour, avec cinq duels.",
       "MORBIHAN (56) – Le RN arrive en tête dans quatre des six circonscriptions.",
       "CÔTES-D'ARMOR (22) – La gauche unie devance la majorité sortante."},
      {"GIRONDE (33) – Les orages ont provoqué des coupures d'électricité chez 20 000 foyers.",
       "LANDES (40) – Une centaine d'arbres sont tombés sur les routes du département."},
      {"RN (89) – Le groupe de Marine Le Pen votera la motion, a confirmé son président.",
       "LFI (71) – Les insoumis ont déposé le texte et voteront évidemment pour.",
       "LR (47) – Les députés de Laurent Wauquiez sont divisés sur la question."},
      {"DEMBÉLÉ (11) – Le Parisien a été le plus dangereux des attaquants français.",
       "MBAPPÉ (10) – Le capitaine a manqué un penalty mais a marqué en seconde période."},
      {"LIGNE (13) – Le trafic sera interrompu tout le week-end entre deux stations.",
       "LIGNE (4) – Les travaux de prolongement s’achèveront en décembre."},
      {"PSG (PARIS) – Le club a porté plainte après des chants homophobes samedi soir.",
       "OM (MARSEILLE) – Le club a annoncé le départ de son entraîneur mardi."},
      {"RN (NORD) – Le parti a remporté 12 circonscriptions sur 21 dès le premier tour.",
       "PS (NORD) – Les socialistes conservent Lille et trois circonscriptions."},
      {"FINISTÈRE (Bretagne) – Les huit circonscriptions iront au second tour dimanche.",
       "MORBIHAN (Bretagne) – Le RN arrive en tête dans quatre des six circonscriptions."},
      {"BREST (FINISTÈRE) - Les habitants ont découvert des rues inondées jeudi matin.",
       "QUIMPER (FINISTÈRE) - Les écoles resteront fermées vendredi, a dit le recteur."},
  }));
  std::string text = "Les résultats dans la région\n\n";
  for (const std::string& item : items) text += item + "\n\n";
  const Outcome o = CleanText(text);
  for (const std::string& item : items) {
    CAPTURE(item);
    CHECK(o.Kept(item));
  }
  CHECK(o.removed.empty());
}

TEST_CASE("dateline: a lone regional dateline where the story opens goes", "[clean]") {
  const std::string lead = "Les pompiers ont évacué 40 personnes après la crue de la rivière.";
  for (const std::string dateline : {"CAHORS (LOT) – ", "SAINT-MALO (Ille-et-Vilaine) - "}) {
    CAPTURE(dateline);
    const Outcome o = CleanText("Intempéries\n\n" + dateline + lead +
                                "\n\nLa vigilance rouge est levée.\n\n"
                                "Le Lot retrouve lentement son lit.\n");
    CHECK(o.Kept(lead));
    CHECK(o.RuleFor(dateline.substr(0, dateline.size() - 1)) == "dateline");
  }
}

TEST_CASE("dateline: a town in capitals and its département's number before the lead", "[clean]") {
  auto [line, kept] = GENERATE(table<std::string, std::string>({
      {"BAIN-DE-BRETAGNE (35) – Un TER a percuté un tracteur sur un passage à niveau mardi.",
       "Un TER a percuté un tracteur sur un passage à niveau mardi."},
      {"LE MANS (72) - Le tribunal a condamné le conducteur à deux ans de prison.",
       "Le tribunal a condamné le conducteur à deux ans de prison."},
      {"AJACCIO (2A) – « Nous n'avons rien vu venir », raconte le maire.",
       "« Nous n'avons rien vu venir », raconte le maire."},
      // A line's number, an acronym and a player's number, a match's two teams, a number
      // that is no département's: the sentence's own.
      {"LIGNE (13) – Le trafic sera interrompu tout le week-end entre Saint-Denis et Châtillon.",
       "LIGNE (13) – Le trafic sera interrompu tout le week-end entre Saint-Denis et Châtillon."},
      {"PSG (3) - Les Parisiens ont dominé Lyon au Parc des Princes.",
       "PSG (3) - Les Parisiens ont dominé Lyon au Parc des Princes."},
      {"Mbappé (10) - Les Bleus ont battu la Belgique mardi soir.",
       "Mbappé (10) - Les Bleus ont battu la Belgique mardi soir."},
      {"LORIENT (56) - BREST (29) : le derby breton",
       "LORIENT (56) - BREST (29) : le derby breton"},
      {"RENNES (350) – Le club a recruté un attaquant pour la saison prochaine.",
       "RENNES (350) – Le club a recruté un attaquant pour la saison prochaine."},
  }));
  CAPTURE(line);
  // The lead under its headline; the same line past it stays (the next test's LORIENT).
  const Outcome o = CleanText("Collision à un passage à niveau\n\n" + line +
                              "\n\nLe parquet de Rennes a ouvert une enquête.\n");
  CHECK(o.Kept(kept));
  if (kept != line) {
    REQUIRE(o.removed.size() == 1);
    CHECK(o.removed[0].second == "dateline");
  }
}

TEST_CASE("dateline: a place and its region in parentheses before the first sentence", "[clean]") {
  auto [line, kept] = GENERATE(table<std::string, std::string>({
      {"SAINT-MALO (Ille-et-Vilaine) - Les habitants ont découvert des rues inondées.",
       "Les habitants ont découvert des rues inondées."},
      {"BREST (Finistère) - Le port est resté fermé toute la journée de jeudi.",
       "Le port est resté fermé toute la journée de jeudi."},
      {"Brest (Finistère) – Le port est resté fermé toute la journée de jeudi.",
       "Le port est resté fermé toute la journée de jeudi."},
      {"Saint-Brieuc (Côtes-d’Armor) — « Nous n’avons jamais vu ça », raconte un habitant.",
       "« Nous n’avons jamais vu ça », raconte un habitant."},
      {"Belfort (Territoire de Belfort) - L’usine a fermé ses portes.",
       "L’usine a fermé ses portes."},
      // The département's name in capitals, accented or not.
      {"BREST (FINISTÈRE) - Les habitants ont découvert des rues inondées.",
       "Les habitants ont découvert des rues inondées."},
      {"QUIMPER (FINISTERE) — Les écoles resteront fermées vendredi.",
       "Les écoles resteront fermées vendredi."},
      {"SAINT-BRIEUC (CÔTES-D’ARMOR) - « Nous n’avons jamais vu ça », raconte un habitant.",
       "« Nous n’avons jamais vu ça », raconte un habitant."},
      {"RENNES (ILLE ET VILAINE)\u00A0– L’université a suspendu ses cours.",
       "L’université a suspendu ses cours."},
      // A party in capitals, a player's number, a score: prose. Past the lead, a number in
      // brackets is never read as the département's: a line, an age, a team's mark open
      // that way.
      {"LORIENT (56) – La tempête a frappé la ville dans la nuit de mercredi à jeudi.",
       "LORIENT (56) – La tempête a frappé la ville dans la nuit de mercredi à jeudi."},
      {"LIGNE (13) – Le trafic sera interrompu tout le week-end entre Saint-Denis et Châtillon.",
       "LIGNE (13) – Le trafic sera interrompu tout le week-end entre Saint-Denis et Châtillon."},
      {"DUPONT (45) – Le suspect a été placé en garde à vue mercredi matin.",
       "DUPONT (45) – Le suspect a été placé en garde à vue mercredi matin."},
      // An acronym or a département before a département: the sentence's subject.
      {"PSG (PARIS) – Le club a porté plainte après des chants homophobes samedi.",
       "PSG (PARIS) – Le club a porté plainte après des chants homophobes samedi."},
      {"RN (NORD) – Le parti a remporté 12 circonscriptions sur 21 dès le premier tour.",
       "RN (NORD) – Le parti a remporté 12 circonscriptions sur 21 dès le premier tour."},
      {"NORD (PAS-DE-CALAIS) - Le conseil départemental a voté mardi un budget.",
       "NORD (PAS-DE-CALAIS) - Le conseil départemental a voté mardi un budget."},
      {"LFI (NUPES) - Les députés insoumis ont quitté l’hémicycle.",
       "LFI (NUPES) - Les députés insoumis ont quitté l’hémicycle."},
      {"Mbappé (10) - Les Bleus ont battu la Belgique mardi soir.",
       "Mbappé (10) - Les Bleus ont battu la Belgique mardi soir."},
      {"PSG (3) - Les Parisiens ont dominé Lyon au Parc des Princes.",
       "PSG (3) - Les Parisiens ont dominé Lyon au Parc des Princes."},
      {"LORIENT (56) - BREST (29) : le derby breton",
       "LORIENT (56) - BREST (29) : le derby breton"},
      // A name and its party, a town that is the sentence's subject, a match: prose.
      {"Emmanuel Macron (Renaissance) - qui était attendu à Brest - a annulé son déplacement.",
       "Emmanuel Macron (Renaissance) - qui était attendu à Brest - a annulé son déplacement."},
      {"Le Havre (Seine-Maritime) a voté une aide d'urgence de 2 millions d'euros.",
       "Le Havre (Seine-Maritime) a voté une aide d'urgence de 2 millions d'euros."},
      {"Marine Le Pen (RN) – Les élus ont voté contre le texte.",
       "Marine Le Pen (RN) – Les élus ont voté contre le texte."},
      {"Lens (Pas-de-Calais) - Lille (Nord) : le derby du Nord",
       "Lens (Pas-de-Calais) - Lille (Nord) : le derby du Nord"},
      // A party or a club in parentheses, two names facing each other.
      {"LR (Les Républicains) - Le groupe de Laurent Wauquiez a annoncé qu'il ne voterait pas "
       "la censure.",
       "LR (Les Républicains) - Le groupe de Laurent Wauquiez a annoncé qu'il ne voterait pas "
       "la censure."},
      {"RN (Rassemblement National) - Les députés de Marine Le Pen s'abstiendront, a précisé "
       "Jordan Bardella.",
       "RN (Rassemblement National) - Les députés de Marine Le Pen s'abstiendront, a précisé "
       "Jordan Bardella."},
      {"Kylian Mbappé (Real Madrid) - Erling Haaland (Manchester City) : le duel des buteurs a "
       "tourné mardi soir à l'avantage du Français.",
       "Kylian Mbappé (Real Madrid) - Erling Haaland (Manchester City) : le duel des buteurs a "
       "tourné mardi soir à l'avantage du Français."},
      {"Mbappé (Madrid) - Haaland (Manchester) : le duel a tourné à l'avantage du Français.",
       "Mbappé (Madrid) - Haaland (Manchester) : le duel a tourné à l'avantage du Français."},
  }));
  CheckPrefix(line, kept, "dateline");
}

TEST_CASE("dateline: a region's dateline only where a story opens", "[clean]") {
  // Further down, "LR (Les Républicains) - " or "QUIMPER (Finistère) - " names a group.
  const std::string caps = "QUIMPER (Finistère) - Les pompiers sont intervenus 300 fois.";
  const std::string mixed = "Quimper (Finistère) – Les écoles resteront fermées vendredi.";
  const Outcome o = CleanText("Tempête Ciarán : deux morts\n\n" + kFrBefore + "\n\n" + kFrAfter +
                              "\n\n" + kFrBefore + " Bis.\n\n" + caps + "\n\n" + mixed);
  CHECK(o.Kept(caps));
  CHECK(o.Kept(mixed));
  const Outcome first = CleanText("Tempête Ciarán : deux morts\n\n" + caps + "\n\n" + kFrAfter);
  CHECK(first.Kept("Les pompiers sont intervenus 300 fois."));
  CHECK(first.RuleFor("QUIMPER (Finistère) -") == "dateline");
}

TEST_CASE("date-stamp: a live blog's clock time before its entry is cut off", "[clean]") {
  auto [line, kept] = GENERATE(table<std::string, std::string>({
      {"18h45 - La SNCF prévoit une reprise progressive du trafic ferroviaire.",
       "La SNCF prévoit une reprise progressive du trafic ferroviaire."},
      {"18h30 : Élisabeth Borne se rendra vendredi dans le Finistère, annonce Matignon.",
       "Élisabeth Borne se rendra vendredi dans le Finistère, annonce Matignon."},
      {"18:45 - La SNCF prévoit une reprise progressive du trafic ferroviaire.",
       "La SNCF prévoit une reprise progressive du trafic ferroviaire."},
      {"16 h 20 – Un homme de 70 ans est mort au Havre après une chute.",
       "Un homme de 70 ans est mort au Havre après une chute."},
      {"09h05\u00A0: « Nous sommes prêts », affirme le préfet.",
       "« Nous sommes prêts », affirme le préfet."},
      // The colon's form alone before an article.
      {"12:40 La préfecture de police signale des tensions gare du Nord.",
       "La préfecture de police signale des tensions gare du Nord."},
      {"07:15 L’Élysée confirme la venue du président à Brest.",
       "L’Élysée confirme la venue du président à Brest."},
      {"12h40 La préfecture de police signale des tensions gare du Nord.",
       "La préfecture de police signale des tensions gare du Nord."},
      {"9 h 05 L’état d’urgence est décrété en Nouvelle-Calédonie.",
       "L’état d’urgence est décrété en Nouvelle-Calédonie."},
      // Times the sentence says.
      {"12:40:15 Le chronomètre s’est arrêté sur ce temps record.",
       "12:40:15 Le chronomètre s’est arrêté sur ce temps record."},
      {"12h40 Le Havre accueille la Transat Jacques-Vabre pour la seizième fois.",
       "12h40 Le Havre accueille la Transat Jacques-Vabre pour la seizième fois."},
      {"À 15h10, Gérald Darmanin a confirmé que 3.000 techniciens étaient mobilisés.",
       "À 15h10, Gérald Darmanin a confirmé que 3.000 techniciens étaient mobilisés."},
      {"20h30 : le match commence avec une heure de retard.",
       "20h30 : le match commence avec une heure de retard."},
      {"18h45 - 19h30 : Réunion de crise à la préfecture.",
       "18h45 - 19h30 : Réunion de crise à la préfecture."},
      {"24h - Le Mans accueille la course pour la centième fois.",
       "24h - Le Mans accueille la course pour la centième fois."},
      {"19h02. Enedis annonce que 780.000 foyers bretons restent privés d'électricité.",
       "19h02. Enedis annonce que 780.000 foyers bretons restent privés d'électricité."},
      {"6h30. Les premiers ouvriers arrivent sur le chantier de la gare, casque sur la tête.",
       "6h30. Les premiers ouvriers arrivent sur le chantier de la gare, casque sur la tête."},
  }));
  CheckPrefix(line, kept, "date-stamp");
}

TEST_CASE("date-stamp, byline, site-ui: a stamp or byline glued before the lead is cut off",
          "[clean]") {
  const std::string lead =
      "La tempête Ciarán a frappé la Bretagne dans la nuit de mercredi à jeudi.";
  auto [line, kept, rule] = GENERATE_COPY(table<std::string, std::string, std::string>({
      {"Mis à jour le 3 juin 2024 à 18h05. " + lead, lead, "date-stamp"},
      {"Il y a 2 heures " + lead, lead, "date-stamp"},
      {"Publié il y a 35 min " + lead, lead, "date-stamp"},
      {"Par Jean Dupont " + lead, lead, "byline"},
      {"Par Jean Dupont et Marie Le Goff " + lead, lead, "byline"},
      {"Par Jean Dupont L’Élysée a confirmé la visite du président à Brest.",
       "L’Élysée a confirmé la visite du président à Brest.", "byline"},
      {"Article réservé aux abonnés " + lead, lead, "site-ui"},
      {"Réservé à nos abonnés Les vents ont atteint 207\u00A0km/h à la pointe du Raz.",
       "Les vents ont atteint 207\u00A0km/h à la pointe du Raz.", "site-ui"},
      {"Hier à 18h05 " + lead, lead, "date-stamp"},
      {"Aujourd’hui à 9\u202Fh\u202F30 " + lead, lead, "date-stamp"},
      {"Il y a 2 h 30 " + lead, lead, "date-stamp"},
      {"Il y a 1 h 05 min " + lead, lead, "date-stamp"},
      // Prose that opens the same way.
      {"Il y a 2 heures, la tempête a touché Brest.", "Il y a 2 heures, la tempête a touché Brest.",
       ""},
      {"Il y a 20 ans La Bretagne subissait déjà une tempête.",
       "Il y a 20 ans La Bretagne subissait déjà une tempête.", ""},
      {"Par la voix de son porte-parole, le gouvernement a réagi.",
       "Par la voix de son porte-parole, le gouvernement a réagi.", ""},
      {"Par Toutatis, le ciel nous est tombé sur la tête !",
       "Par Toutatis, le ciel nous est tombé sur la tête !", ""},
      {"Il y a 15 jours Emmanuel Macron promettait pourtant une aide d'urgence aux exploitants.",
       "Il y a 15 jours Emmanuel Macron promettait pourtant une aide d'urgence aux exploitants.",
       ""},
      {"Il y a 3 jours La tempête a frappé Brest.", "Il y a 3 jours La tempête a frappé Brest.",
       ""},
      {"Réservée aux abonnés Free, la nouvelle offre de télévision sera lancée en mars.",
       "Réservée aux abonnés Free, la nouvelle offre de télévision sera lancée en mars.", ""},
      {"Exclusivité abonnés Canal+ jusqu'en 2026, la chaîne diffusera 300 films par an.",
       "Exclusivité abonnés Canal+ jusqu'en 2026, la chaîne diffusera 300 films par an.", ""},
      // A date the story gives, then its sentence. A stop ends a stamp only with its stamp
      // word and its time.
      {"Publié le 3\u00A0juin 2024. " + lead, "Publié le 3\u00A0juin 2024. " + lead, ""},
      {"Mis à jour le 03/06/2024. " + lead, "Mis à jour le 03/06/2024. " + lead, ""},
      {"Date : 14 juillet 2024. Le feu d'artifice sera tiré depuis le Trocadéro à 23 heures.",
       "Date : 14 juillet 2024. Le feu d'artifice sera tiré depuis le Trocadéro à 23 heures.", ""},
      {"Modifié le 1er janvier 2024. L'article L. 1234-1 du Code du travail allonge le préavis.",
       "Modifié le 1er janvier 2024. L'article L. 1234-1 du Code du travail allonge le préavis.",
       ""},
      {"Postée le 3 juin 2024. La vidéo de l'agression a été vue plus de deux millions de fois.",
       "Postée le 3 juin 2024. La vidéo de l'agression a été vue plus de deux millions de fois.",
       ""},
      {"Publié le 17 août 2023. Le roman de Jean-Baptiste Andrea a reçu le prix Goncourt mardi.",
       "Publié le 17 août 2023. Le roman de Jean-Baptiste Andrea a reçu le prix Goncourt mardi.",
       ""},
      {"Publiée le 03/06/2024. La loi prévoit la gratuité des transports pour les moins de 18 ans.",
       "Publiée le 03/06/2024. La loi prévoit la gratuité des transports pour les moins de 18 ans.",
       ""},
      {"Publié le 3 juin 2024 à 18h05, mis à jour le 4 juin 2024. La préfecture a parlé mardi.",
       "Publié le 3 juin 2024 à 18h05, mis à jour le 4 juin 2024. La préfecture a parlé mardi.",
       ""},
      {"Publié le 3 juin, le rapport montre que 300 foyers restent privés d’électricité.",
       "Publié le 3 juin, le rapport montre que 300 foyers restent privés d’électricité.", ""},
      {"Publié le 3 juin 2024, modifié le 10 juin 2024, le décret prévoit une aide de 3,5 %.",
       "Publié le 3 juin 2024, modifié le 10 juin 2024, le décret prévoit une aide de 3,5 %.", ""},
      {"Hier à 18h05, les pompiers ont été appelés pour un arbre tombé sur une voiture.",
       "Hier à 18h05, les pompiers ont été appelés pour un arbre tombé sur une voiture.", ""},
      {"Hier à 18h05 Le Havre a été placé en vigilance rouge.",
       "Hier à 18h05 Le Havre a été placé en vigilance rouge.", ""},
      {"Hier à 18h05. Les pompiers sont arrivés les premiers.",
       "Hier à 18h05. Les pompiers sont arrivés les premiers.", ""},
      {"Il y a 2 ans, la tempête Ciarán avait déjà frappé la Bretagne.",
       "Il y a 2 ans, la tempête Ciarán avait déjà frappé la Bretagne.", ""},
      // A dash after "Par" and names: a byline's shape, and a sentence's that opens on a
      // company or a place; it stays, even where the story opens.
      {"Par Jean Dupont - " + lead, "Par Jean Dupont - " + lead, ""},
      {"Par Air France – Les vols vers Brest seront supprimés dès janvier, a annoncé la "
       "compagnie.",
       "Par Air France – Les vols vers Brest seront supprimés dès janvier, a annoncé la "
       "compagnie.",
       ""},
      {"Par La Poste – Les colis seront livrés le samedi dans toute la Bretagne dès mars.",
       "Par La Poste – Les colis seront livrés le samedi dans toute la Bretagne dès mars.", ""},
      {"Par Saint-Malo et Dinan – Le peloton longera la côte avant de rejoindre Rennes.",
       "Par Saint-Malo et Dinan – Le peloton longera la côte avant de rejoindre Rennes.", ""},
      {"Par ailleurs, Jean Dupont - le maire - a demandé une aide d’urgence.",
       "Par ailleurs, Jean Dupont - le maire - a demandé une aide d’urgence.", ""},
      {"Par Jean Dupont - le maire - la commune a fait savoir qu’elle porterait plainte.",
       "Par Jean Dupont - le maire - la commune a fait savoir qu’elle porterait plainte.", ""},
      {"11 septembre 2001. Ce jour-là, près de 3 000 personnes ont perdu la vie.",
       "11 septembre 2001. Ce jour-là, près de 3 000 personnes ont perdu la vie.", ""},
      {"Mardi 6 juin 1944. Plus de 150 000 soldats alliés débarquent sur les plages normandes.",
       "Mardi 6 juin 1944. Plus de 150 000 soldats alliés débarquent sur les plages normandes.",
       ""},
      {"Le 6 juin 1944. À l'aube, les premières barges touchent Omaha Beach.",
       "Le 6 juin 1944. À l'aube, les premières barges touchent Omaha Beach.", ""},
  }));
  CheckPrefix(line, kept, rule);
}

TEST_CASE("byline: \"Par\" and a company's name before a dash stays, past the opening too",
          "[clean]") {
  const std::string air =
      "Par Air France – Les vols vers Brest seront supprimés dès janvier, a annoncé la compagnie.";
  const std::string poste = "Par La Poste – Les colis seront livrés le samedi dès le mois de mars.";
  const Outcome o = CleanText(
      "Mobilité\n\nLa région Bretagne proteste contre la fermeture de plusieurs lignes.\n\n"
      "Les élus ont écrit au ministre des Transports mardi.\n\n"
      "Le ministre doit les recevoir la semaine prochaine.\n\n" +
      air + "\n\n" + poste + "\n");
  CHECK(o.Kept(air));
  CHECK(o.Kept(poste));
  CHECK(o.removed.empty());
}

TEST_CASE("date-stamp: a page's two stamps, parted by a comma, run into the lead", "[clean]") {
  const std::string lead = "Les pompiers sont intervenus 300 fois dans le Finistère.";
  const Outcome o = CleanLine(
      "Publié le 3\u00A0juin 2024 à 18h05, mis à jour le 4\u00A0juin 2024 à 08h12 " + lead);
  CHECK(o.Kept(lead));
  CHECK(o.RuleFor("Publié le 3\u00A0juin 2024 à 18h05,") == "date-stamp");
  CHECK(o.RuleFor("mis à jour le 4\u00A0juin 2024 à 08h12") == "date-stamp");
}

TEST_CASE("date-stamp: a stamp word and a relative day with its time glued before the lead",
          "[clean]") {
  const std::string lead =
      "Les pompiers ont été appelés 300 fois dans la nuit de mercredi à jeudi.";
  auto [line, kept] = GENERATE_COPY(table<std::string, std::string>({
      {"Publié hier à 18h05 " + lead, lead},
      {"Mis à jour aujourd'hui à 9 h 30 La préfecture a levé la vigilance rouge.",
       "La préfecture a levé la vigilance rouge."},
      {"Mis à jour aujourd’hui à 9\u202Fh\u202F30 " + lead, lead},
      {"Publiée hier à 18:05 L’enquête a été confiée à la police judiciaire de Brest.",
       "L’enquête a été confiée à la police judiciaire de Brest."},
      {"Modifié : hier à 18h05 " + lead, lead},
      {"Updated yesterday at 6:05 pm The storm cut power to 780,000 homes in Brittany.",
       "The storm cut power to 780,000 homes in Brittany."},
      // The same words as the story writes them: a comma or a stop after the time, a name
      // after it, or the sentence's own words in lower case.
      {"Publié hier à 18h05, le rapport montre que 300 foyers restent privés d’électricité.",
       "Publié hier à 18h05, le rapport montre que 300 foyers restent privés d’électricité."},
      {"Publié hier à 18h05 Le Havre a été placé en vigilance rouge par la préfecture.",
       "Publié hier à 18h05 Le Havre a été placé en vigilance rouge par la préfecture."},
      {"Publiée hier à 18h05 dans le Journal officiel, la loi entre en vigueur ce matin.",
       "Publiée hier à 18h05 dans le Journal officiel, la loi entre en vigueur ce matin."},
      {"Mis à jour hier à 18h05 le bilan fait état de trois morts et douze blessés.",
       "Mis à jour hier à 18h05 le bilan fait état de trois morts et douze blessés."},
      {"Publiée hier, la vidéo a été vue plus de deux millions de fois sur les réseaux.",
       "Publiée hier, la vidéo a été vue plus de deux millions de fois sur les réseaux."},
      {"Publié aujourd’hui à 9h30 Les Échos révèle le montant de la prime de départ.",
       "Publié aujourd’hui à 9h30 Les Échos révèle le montant de la prime de départ."},
  }));
  CheckPrefix(line, kept, "date-stamp");
}

TEST_CASE("date-stamp: a page's two stamps, parted by a dash, alone or run into the lead",
          "[clean]") {
  const std::string lead = "Les secours ont évacué 40 personnes dans le centre de Quimper.";
  auto [line, kept] = GENERATE_COPY(table<std::string, std::string>({
      {"Publié le 3 juin 2024 à 18h05 - Mis à jour le 4 juin 2024 à 08h12", ""},
      {"Publié le 3 juin 2024 à 18h05 - mis à jour le 4 juin 2024 à 08h12", ""},
      {"Publié le lundi 3 juin 2024 à 18h05 – Dernière mise à jour le mardi 4 juin 2024 à 08h12",
       ""},
      {"Publié le 03/06/2024 à 18:05 | mis à jour le 04/06/2024 à 08:12", ""},
      {"Publié le 3 juin 2024 à 18h05 - Mis à jour le 4 juin 2024 à 08h12 " + lead, lead},
      {"Publié le 3 juin 2024 à 18h05 - mis à jour le 4 juin 2024 à 08h12 " + lead, lead},
      {"Publié le 3 juin 2024 à 18h05 — mis à jour le 4 juin 2024 à 08h12 " + lead, lead},
      {"Publié le 03/06/2024 à 18:05 | mis à jour le 04/06/2024 à 08:12 " + lead, lead},
      // The story's dates: the second one before its clause's comma or its stop.
      {"Publié le 3 juin - modifié le 10 juin, le décret prévoit une aide de 3,5 %.",
       "Publié le 3 juin - modifié le 10 juin, le décret prévoit une aide de 3,5 %."},
      {"Publié le 3 juin 2024 - mis à jour le 4 juin 2024. La préfecture a parlé mardi.",
       "Publié le 3 juin 2024 - mis à jour le 4 juin 2024. La préfecture a parlé mardi."},
      {"Publié le 3 juin 2024 - mis en ligne le 4 juin, le rapport a été lu 300 000 fois.",
       "Publié le 3 juin 2024 - mis en ligne le 4 juin, le rapport a été lu 300 000 fois."},
      // A programme's dates: the story's listing, however many.
      {"Samedi 3 juin à 20h30, dimanche 4 juin à 16h, samedi 10 juin à 20h30, dimanche 11 juin "
       "à 16h.",
       "Samedi 3 juin à 20h30, dimanche 4 juin à 16h, samedi 10 juin à 20h30, dimanche 11 juin "
       "à 16h."},
  }));
  CAPTURE(line);
  if (kept.empty()) {
    // Alone on its line, the two stamps go together or one after the other.
    const Outcome o = CleanLine(line);
    CHECK_FALSE(o.removed.empty());
    for (const auto& removal : o.removed) CHECK(removal.second == "date-stamp");
    CHECK(o.kept.size() == 2);
  } else if (kept == line) {
    CheckPrefix(line, kept, "date-stamp");
  } else {
    const Outcome o = CleanLine(line);
    CHECK(o.Kept(lead));
    CHECK(o.removed.size() == 2);
    for (const auto& removal : o.removed) CHECK(removal.second == "date-stamp");
  }
}

TEST_CASE("site-ui: an embedded tweet's picture link, glued after its text or alone", "[clean]") {
  auto [line, kept] = GENERATE(table<std::string, std::string>({
      {"pic.twitter.com/AbC123xyz", ""},
      {"https://pic.twitter.com/AbC123xyz", ""},
      {"pic.twitter.com/AbC123xyz pic.twitter.com/Zz9Yy8Xx7", ""},
      {"Les pompiers sont à pied d’œuvre depuis ce matin à Brest. pic.twitter.com/AbC123xyz",
       "Les pompiers sont à pied d’œuvre depuis ce matin à Brest."},
      {"Restez chez vous, la tempête n’est pas finie ! #Ciaran pic.twitter.com/AbC123xyz",
       "Restez chez vous, la tempête n’est pas finie ! #Ciaran"},
      {"« Pensées pour les victimes. » pic.x.com/AbC123xyz", "« Pensées pour les victimes. »"},
      // Prose that names the site or quotes a link, and a link inside the tweet's line.
      {"Le lien pic.twitter.com/AbC123xyz a été partagé 300 000 fois en une heure.",
       "Le lien pic.twitter.com/AbC123xyz a été partagé 300 000 fois en une heure."},
      {"Les photos hébergées sur pic.twitter.com restent visibles sans compte.",
       "Les photos hébergées sur pic.twitter.com restent visibles sans compte."},
      {"La vigilance rouge est levée. pic.twitter.com/Ab12Cd — Préfet du Finistère (@Prefet29) 3 "
       "juin 2024",
       "La vigilance rouge est levée. pic.twitter.com/Ab12Cd — Préfet du Finistère (@Prefet29) 3 "
       "juin 2024"},
      {"Les internautes ont relayé le lien topic.twitter.com/AbC123xyz",
       "Les internautes ont relayé le lien topic.twitter.com/AbC123xyz"},
      // A tweet's other links, shortened to t.co: with their scheme, and last.
      {"https://t.co/AbC123xyz", ""},
      {"La préfecture appelle à la prudence sur les routes du Finistère. https://t.co/AbC123xyz",
       "La préfecture appelle à la prudence sur les routes du Finistère."},
      {"Restez chez vous\u202F! https://t.co/AbC123xyz pic.twitter.com/Zz9Yy8Xx7",
       "Restez chez vous\u202F!"},
      {"Le lien https://t.co/AbC123xyz a été partagé 300 000 fois en une heure.",
       "Le lien https://t.co/AbC123xyz a été partagé 300 000 fois en une heure."},
      {"Le raccourcisseur de Twitter renvoie vers des adresses en t.co/AbC123xyz",
       "Le raccourcisseur de Twitter renvoie vers des adresses en t.co/AbC123xyz"},
      // The object of the sentence, after a word: the prose needs it.
      {"La liste des routes coupées est consultable à l’adresse https://t.co/AbC123xyz",
       "La liste des routes coupées est consultable à l’adresse https://t.co/AbC123xyz"},
      {"« Restez chez vous ! » a tweeté le préfet, en renvoyant vers https://t.co/AbC123xyz",
       "« Restez chez vous ! » a tweeté le préfet, en renvoyant vers https://t.co/AbC123xyz"},
  }));
  CheckPrefix(line, kept, "site-ui");
}

TEST_CASE("site-ui: a screen reader's 'opens new tab' after a link's text", "[clean]") {
  auto [line, kept] = GENERATE(table<std::string, std::string>({
      {"Purchase Licensing Rights, opens new tab", ""},
      {"Our Standards: The Thomson Reuters Trust Principles., opens new tab", ""},
      {"Putin, on his first visit to Pyongyang in 24 years, said the agreement included a "
       "provision for mutual assistance. Purchase Licensing Rights, opens new tab",
       "Putin, on his first visit to Pyongyang in 24 years, said the agreement included a "
       "provision for mutual assistance."},
      {"The new browser opens new tabs faster than its rival, the company said.",
       "The new browser opens new tabs faster than its rival, the company said."},
  }));
  CheckPrefix(line, kept, "site-ui", "en");
}

TEST_CASE("date-stamp: a stamp word before a relative date, and Reuters's glued stamps",
          "[clean]") {
  auto [line, removed, lang] = GENERATE(table<std::string, bool, std::string>({
      {"Updated 2 hours ago", true, "en"},
      {"GMT+2Updated 2 hours ago", true, "en"},
      {"June 19, 20249:47 AM GMT+2Updated 2 hours ago", true, "en"},
      {"Mis à jour il y a 2 heures", true, "fr"},
      // A live blog's relative time heads its entry; a zone before a word is prose.
      {"Il y a 12 minutes", false, "fr"},
      {"Il y a 12 minutes, les pompiers ont été appelés pour un feu à Brest.", false, "fr"},
      {"The vote closed at 10.15 GMT on Thursday, election officials said.", false, "en"},
  }));
  CheckLine(line, removed, "date-stamp", lang);
}

TEST_CASE("site-ui: a link on a line of its own, after a short label or none", "[clean]") {
  auto [line, removed] = GENERATE(table<std::string, bool>({
      {"https://t.co/AbC123xyz…", true},
      {"https://www.lemonde.fr/international/article/2024/06/19/poutine-a-pyongyang.html", true},
      {"www.insee.fr", true},
      {"Voir la vidéo : https://www.youtube.com/watch?v=AbC123xyz", true},
      {"Source : https://www.insee.fr/fr/statistiques/6.700", true},
      {"Plus d’informations : https://www.service-public.fr/", true},
      // Prose that gives an address, even after a colon.
      {"Le rapport de l’Insee est consultable sur www.insee.fr depuis mardi.", false},
      {"Le Kremlin a publié la vidéo sur https://t.co/AbC123xyz…", false},
      {"Le ministère a ouvert un site pour les familles des victimes : https://www.gouv.fr/aide",
       false},
      {"Une hausse de 3,5 % : l’Insee détaille ses chiffres sur www.insee.fr", false},
  }));
  CheckLine(line, removed, "site-ui");
}

TEST_CASE(
    "site-ui and agency-signoff: a tweet's picture link and its signature, one below the "
    "other",
    "[clean]") {
  const std::string tweet = "La vigilance rouge est levée dans le Finistère.";
  const Outcome o = CleanText(kFrBefore + "\n\n" + tweet +
                              " pic.twitter.com/AbC123xyz\n\n— Préfet du Finistère (@Prefet29) 3 "
                              "juin 2024\n\n" +
                              kFrAfter);
  CHECK(o.kept == std::vector<std::string>{kFrBefore, tweet, kFrAfter});
  CHECK(o.RuleFor("pic.twitter.com/AbC123xyz") == "site-ui");
}

TEST_CASE("byline: a byline before a bar, where the story opens", "[clean]") {
  const std::string lead = "Les pompiers ont évacué une école de la ville de Brest mardi.";
  auto [line, kept] = GENERATE_COPY(table<std::string, std::string>({
      {"Par Jean Dupont | " + lead, lead},
      {"Par Jean Dupont et Marie Le Goff | " + lead, lead},
      {"Par Jean-Marc Le Goff | « Nous sommes prêts », a affirmé le préfet mardi soir.",
       "« Nous sommes prêts », a affirmé le préfet mardi soir."},
      {"By John Smith | The storm cut power to 780,000 homes in Brittany on Thursday.",
       "The storm cut power to 780,000 homes in Brittany on Thursday."},
      // Prose, a single name and a lower-case word after the bar stay.
      {"Par ailleurs | la mairie a ouvert un gymnase pour les sinistrés de la tempête.",
       "Par ailleurs | la mairie a ouvert un gymnase pour les sinistrés de la tempête."},
      {"Par Toutatis | Le ciel nous est tombé sur la tête, a plaisanté le maire.",
       "Par Toutatis | Le ciel nous est tombé sur la tête, a plaisanté le maire."},
      {"Par Jean Dupont | le maire de Brest a demandé une aide d’urgence à l’État.",
       "Par Jean Dupont | le maire de Brest a demandé une aide d’urgence à l’État."},
      // A name that opens on an article is a company's, a paper's or a place's.
      {"Par La Poste | Le service sera interrompu samedi dans tout le département.",
       "Par La Poste | Le service sera interrompu samedi dans tout le département."},
      {"Par Le Bon Coin | Les annonces de location seront vérifiées dès lundi.",
       "Par Le Bon Coin | Les annonces de location seront vérifiées dès lundi."},
      {"Par L’Équipe | Les Bleus affronteront la Belgique mardi soir au Stade de France.",
       "Par L’Équipe | Les Bleus affronteront la Belgique mardi soir au Stade de France."},
      // Unless an agency signs with it: only a newsroom writes so.
      {"Par Le Parisien avec AFP | " + lead, lead},
      {"Par Le Télégramme avec l’AFP | " + lead, lead},
      {"Par Jean Dupont et Marie Le Goff avec Reuters | " + lead, lead},
      {"By The Guardian with AP | The storm cut power to 780,000 homes in Brittany.",
       "The storm cut power to 780,000 homes in Brittany."},
      // An agency named without "avec" is the sentence's ("Par La Poste et l’AFP").
      {"Par La Poste et AFP | Les colis seront distribués samedi dans tout le département.",
       "Par La Poste et AFP | Les colis seront distribués samedi dans tout le département."},
  }));
  CheckPrefix(line, kept, "byline");
}

TEST_CASE("byline and date-stamp: a byline, a bar and the page's stamp glued to the lead",
          "[clean]") {
  const std::string lead = "Les pompiers ont évacué une école de la ville de Brest mardi.";
  const Outcome o = CleanLine("Par Jean Dupont | Publié le 3 juin 2024 à 18h05 " + lead);
  CHECK(o.Kept(lead));
  CHECK(o.RuleFor("Par Jean Dupont |") == "byline");
  CHECK(o.RuleFor("Publié le 3 juin 2024 à 18h05") == "date-stamp");
  // Alone on its line, the byline and its stamp go whole, as before.
  const std::string alone = "Par Jean Dupont | Publié le 3 juin 2024 à 18h05";
  CHECK(CleanLine(alone).RuleFor(alone) == "byline");
}

TEST_CASE("byline: a byline before a bar, past the story's opening, stays", "[clean]") {
  const std::string line = "Par Jean Dupont | Les pompiers ont évacué une école de Brest mardi.";
  const Outcome o = CleanText(
      "Tempête\n\nLa tempête a frappé la Bretagne dans la nuit de mercredi à jeudi.\n\n"
      "Les vents ont atteint 207 km/h à la pointe du Raz.\n\n"
      "Le préfet a demandé aux habitants de rester chez eux.\n\n" +
      line + "\n");
  CHECK(o.Kept(line));
  CHECK(o.removed.empty());
}

TEST_CASE("inline-ad: a link's headline glued before the lead goes, the lead stays", "[clean]") {
  auto [paragraph, kept, teaser] = GENERATE(table<std::string, std::string, std::string>({
      {"Lire aussi : Tempête Ciarán : les images Les pompiers ont été appelés 300 fois dans la "
       "nuit.",
       "Les pompiers ont été appelés 300 fois dans la nuit.",
       "Lire aussi : Tempête Ciarán : les images"},
      {"À LIRE AUSSI - Tempête\u00A0: pourquoi la Bretagne est si touchée L’enquête de la "
       "préfecture a commencé jeudi matin.",
       "L’enquête de la préfecture a commencé jeudi matin.",
       "À LIRE AUSSI - Tempête\u00A0: pourquoi la Bretagne est si touchée"},
      {"À lire aussi\u00A0: « Nous avons tout perdu » Les sinistrés attendent toujours les "
       "assureurs.",
       "Les sinistrés attendent toujours les assureurs.",
       "À lire aussi\u00A0: « Nous avons tout perdu »"},
      {"Lire aussi : Les Échos rachètent un concurrent Au moins 200 foyers restent privés "
       "d’électricité.",
       "Au moins 200 foyers restent privés d’électricité.",
       "Lire aussi : Les Échos rachètent un concurrent"},
  }));
  CAPTURE(paragraph);
  const Outcome o = CleanLine(paragraph);
  CHECK(o.Kept(kept));
  CHECK(o.RuleFor(teaser) == "inline-ad");
}

TEST_CASE("inline-ad: a teaser whose headline's end is in doubt goes whole, prose stays",
          "[clean]") {
  auto [line, removed] = GENERATE(table<std::string, bool>({
      // A stop inside: which sentence is the headline's cannot be told.
      {"Lire aussi : Tempête : faut-il avoir peur ? Les experts répondent Les pompiers ont été "
       "appelés 300 fois.",
       true},
      {"Lire aussi : La Poste ferme La Poste a fermé trois bureaux.", true},
      {"Lire aussi : Tempête Ciarán : le bilan s’alourdit", true},
      // The story's words about links.
      {"Le bandeau « Lire aussi » renvoie vers des articles payants, a reconnu la direction.",
       false},
      {"Lire aussi les Mémoires de guerre permet de comprendre de Gaulle, estime l’historien.",
       false},
  }));
  CheckLine(line, removed, "inline-ad");
}

TEST_CASE("site-ui: advertising labels that ask to scroll on", "[clean]") {
  auto [line, removed, lang] = GENERATE(table<std::string, bool, std::string>({
      {"Advertisement - Scroll to continue", true, "fr"},
      {"ADVERTISEMENT – SCROLL TO CONTINUE", true, "en"},
      {"Advertisement · Scroll to continue with content", true, "en"},
      {"Publicité - Faites défiler pour continuer", true, "fr"},
      {"PUBLICITÉ — FAITES DÉFILER POUR CONTINUER", true, "fr"},
      {"Publicité\u00A0- Faites défiler pour lire la suite", true, "fr"},
      {"Faites défiler pour continuer, conseille le guide aux visiteurs du château.", false, "fr"},
      {"Publicité - Les annonceurs ont réduit leurs budgets de 3,5\u00A0% en 2024.", false, "fr"},
      // Labels joined by a dash without an advertising one: a heading of the story's.
      {"Facebook - Instagram", false, "fr"},
      {"Menu - Accueil", false, "fr"},
      {"Facebook – Instagram – WhatsApp", false, "en"},
      {"Partager - Publicité", true, "fr"},
      {"Facebook | Instagram", true, "fr"},
  }));
  CheckLine(line, removed, "site-ui", lang);
}

// An adversarial tester's plain-text page: a site's footer lines that were chosen over the
// story's facts, in the forms Le Parisien, Le Figaro, Ouest-France and Libération print.
TEST_CASE("site-ui: a footer's app, error report, charter, rights and edition notes", "[clean]") {
  auto [line, removed] = GENERATE(table<std::string, bool>({
      {"Publicité - Continuez votre lecture ci-dessous", true},
      {"Continuez votre lecture", true},
      {"Suivez toute l’actualité de la grève sur notre application, disponible gratuitement sur "
       "iOS et Android.",
       true},
      {"Signaler une erreur", true},
      {"Signaler une erreur dans cet article en écrivant à la rédaction du journal par e-mail.",
       true},
      {"Vous avez repéré une erreur ou une coquille dans cet article ? Signalez-la à notre "
       "rédaction.",
       true},
      {"Nos journalistes vérifient chaque information avant sa publication, conformément à notre "
       "charte déontologique.",
       true},
      {"L’usage de la reproduction de cet article est strictement réservé à un usage personnel.",
       true},
      {"Toute reproduction, même partielle, est interdite sans l’autorisation écrite de "
       "l’éditeur.",
       true},
      {"Cet article a été publié dans l’édition du jeudi 20 juin 2024 de notre quotidien.", true},
      // The story's errors, applications, charters and reproductions.
      {"Le journaliste a signalé une erreur dans le rapport de la Cour des comptes.", false},
      {"Signaler une erreur médicale reste difficile pour les patients, selon l’association.",
       false},
      {"Le Conseil d’État a été saisi pour signaler une erreur dans cet article de loi.", false},
      {"Vous avez repéré une erreur dans votre déclaration, rappelle l’administration fiscale.",
       false},
      {"Vous avez repéré une erreur dans le calcul de votre impôt ? L’administration vous invite "
       "à la signaler.",
       false},
      {"Vous avez trouvé une erreur ?", true},
      {"La SNCF a lancé une application pour suivre le trafic en temps réel.", false},
      // An outlet's app prompts; the story's apps, and its prompts that someone gave.
      {"Retrouvez toute l'actualité de la tempête Ciarán dans votre région en temps réel sur "
       "l'application Sud Ouest.",
       true},
      {"Téléchargez gratuitement l'application franceinfo et activez les notifications pour "
       "suivre la tempête Ciarán en temps réel.",
       true},
      {"Activez les notifications pour être alerté en cas de nouvelle information sur ce sujet.",
       true},
      {"Ajoutez Ouest-France à vos sources préférées sur Google Actualités.", true},
      {"La SNCF invite les voyageurs à télécharger l'application SNCF Connect pour suivre l'état "
       "du trafic.",
       false},
      {"Les usagers retrouvent toute l'actualité du trafic sur l'application SNCF Connect, selon "
       "la région.",
       false},
      {"« Téléchargez gratuitement l'application », a exhorté le ministre aux habitants du "
       "littoral.",
       false},
      {"Suivez les consignes des autorités, a demandé le préfet aux habitants du littoral.", false},
      {"La direction de France Télévisions a rappelé sa charte déontologique aux journalistes.",
       false},
      {"La reproduction de l’œuvre est interdite par le musée depuis 2019.", false},
      {"Cet article a été publié dans la revue Nature au mois de mars.", false},
      {"Continuez votre lecture du rapport, a conseillé le député à son collègue.", false},
      // A video's and an author's labels, a table of contents' heading, a tags line.
      {"Suivre", true},
      {"Regarder la vidéo", true},
      {"Durée : 02:35", true},
      {"Tous les articles de Jean Dupont", true},
      {"Sommaire", true},
      {"Mots-clés : SNCF, grève, transports, contrôleurs", true},
      {"Suivre la grève heure par heure reste difficile pour les usagers.", false},
      {"Tous les articles de presse ont été saisis par les enquêteurs.", false},
      {"Le sommaire du rapport a été publié mardi.", false},
  }));
  CheckLine(line, removed, "site-ui");
}

// The rest of a paywall box whose "Il vous reste 75 %" and "Déjà abonné ?" already went.
TEST_CASE("site-ui: a box's label or a badge run into the lead", "[clean]") {
  auto [line, kept] = GENERATE(table<std::string, std::string>({
      {"l'essentiel Un TER reliant Rennes à Nantes a percuté un tracteur mardi matin.",
       "Un TER reliant Rennes à Nantes a percuté un tracteur mardi matin."},
      {"L'essentiel Un TER a percuté un tracteur sur un passage à niveau, tuant deux personnes.",
       "Un TER a percuté un tracteur sur un passage à niveau, tuant deux personnes."},
      {"L’ESSENTIEL La circulation reprendra jeudi entre Rennes et Redon.",
       "La circulation reprendra jeudi entre Rennes et Redon."},
      {"Ce qu'il faut retenir Le conducteur du tracteur a été tué sur le coup.",
       "Le conducteur du tracteur a été tué sur le coup."},
      {"En bref Les barrières du passage à niveau fonctionnaient normalement.",
       "Les barrières du passage à niveau fonctionnaient normalement."},
      {"Abonnés Les riverains dénoncent un passage à niveau dangereux depuis des années.",
       "Les riverains dénoncent un passage à niveau dangereux depuis des années."},
      {"Offert L'agriculteur s'était arrêté sur les voies pendant près d'une minute.",
       "L'agriculteur s'était arrêté sur les voies pendant près d'une minute."},
      {"Vidéo Le premier wagon s'est couché sur le flanc au milieu du champ.",
       "Le premier wagon s'est couché sur le flanc au milieu du champ."},
      // The same words as the sentence's own.
      {"L'essentiel des blessés a pu quitter l'hôpital dès mercredi, selon le CHU de Rennes.",
       "L'essentiel des blessés a pu quitter l'hôpital dès mercredi, selon le CHU de Rennes."},
      {"Offert par la mairie, un buffet a réuni les bénévoles de la protection civile.",
       "Offert par la mairie, un buffet a réuni les bénévoles de la protection civile."},
      {"Abonnés depuis des années à la ligne Rennes-Nantes, les usagers réclament des trains sûrs.",
       "Abonnés depuis des années à la ligne Rennes-Nantes, les usagers réclament des trains "
       "sûrs."},
      {"Vidéo à l'appui, un riverain affirme que les barrières se sont baissées normalement.",
       "Vidéo à l'appui, un riverain affirme que les barrières se sont baissées normalement."},
      {"Ce qu'il faut retenir, selon le préfet, c'est que les barrières fonctionnaient.",
       "Ce qu'il faut retenir, selon le préfet, c'est que les barrières fonctionnaient."},
  }));
  CheckPrefix(line, kept, "site-ui");
}

TEST_CASE("site-ui: a paper's corrections, broadcast notes and calls for witnesses", "[clean]") {
  auto [line, removed] = GENERATE(table<std::string, bool>({
      {"Cet article a été modifié le 15 octobre pour préciser l'âge de la victime.", true},
      {"Cet article a été corrigé mercredi : la passagère tuée dans la collision avait 34 ans, et "
       "non 43 ans comme indiqué initialement.",
       true},
      {"Correction : contrairement à ce que nous avons écrit, le train roulait à 100 km/h et non "
       "à 140 km/h.",
       true},
      {"Précision : le passage à niveau ne figurait pas sur la liste nationale des passages à "
       "niveau prioritaires, contrairement à ce que nous avions écrit.",
       true},
      {"Précision : le maire de Bain-de-Bretagne n'est pas avocat, comme nous l'avions écrit par "
       "erreur.",
       true},
      {"Article modifié le 15 octobre à 18h10 : ajout du témoignage du maire et du nouveau bilan.",
       true},
      {"Nous avons modifié cet article mercredi pour retirer le nom de la victime, à la demande "
       "de sa famille.",
       true},
      {"Retrouvez le reportage de Marie Duval et Julien Roux sur les passagers du TER dans le "
       "19/20 de France 3 Bretagne ce mercredi soir.",
       true},
      {"Retrouvez cette émission en replay sur le site de France 3 Bretagne.", true},
      {"Intervenants : Jean-Luc Hamon, maire de Bain-de-Bretagne ; Anne Lemaître, médecin "
       "urgentiste du Samu 35 ; des passagers du TER.",
       true},
      {"Ce sujet a été diffusé dans le JT de 20H de TF1 du 14/10/2025.", true},
      {"Cet article a été publié dans Le Point n° 2680 du 16 octobre 2025.", true},
      {"Découvrez l'intégralité de notre dossier « Passages à niveau, la France à la traîne » "
       "dans le numéro en kiosque.",
       true},
      {"Vous avez été témoin de l'incendie de Mandelieu ? Envoyez-nous vos photos et vidéos de "
       "l'incendie sur WhatsApp au 06 00 00 00 00 ou par mail à temoin@nicematin.fr.",
       true},
      {"Vous êtes témoin de l'incendie ? Contactez la rédaction du Parisien en écrivant à "
       "temoins@leparisien.fr.",
       true},
      {"Racontez-nous ce que vous avez vu en nous écrivant à temoins@leparisien.fr.", true},
      {"Vous pouvez nous contacter à l'adresse redaction@nicematin.fr si vous avez des "
       "informations à nous transmettre.",
       true},
      // A law's article amended, a correction by someone else, a report broadcast, a
      // witness or an appeal the story reports.
      {"Cet article a été modifié en 2008 par la révision constitutionnelle.", false},
      {"Cet article a été modifié à plusieurs reprises depuis l'adoption de la loi.", false},
      {"L'article modifié le 3 mars prévoit une amende de 1 500 euros.", false},
      {"Le ministère a publié une correction : le bilan est de deux morts et non de trois.", false},
      {"Ce reportage a été diffusé dans le monde entier et repris par les chaînes étrangères.",
       false},
      {"Les intervenants ont salué la rapidité des secours lors de la réunion publique.", false},
      {"Cet article a été publié dans la revue Nature n° 7890 au mois de mars.", false},
      {"Un témoin de l'incendie a alerté les pompiers vers 13 h 30, selon la préfecture.", false},
      {"La gendarmerie a lancé un appel à témoins et invite à contacter la brigade de Mandelieu.",
       false},
      {"« Vous pouvez nous contacter jour et nuit », a assuré le maire aux familles.", false},
  }));
  CheckLine(line, removed, "site-ui");
}

// Story sentences that read like the page's furniture: rubrics, badges, credits, prompts,
// notes. From an adversarial tester's list.
TEST_CASE("furniture look-alikes in a story stay", "[clean]") {
  const std::string line = GENERATE(
      as<std::string>{},
      "Partager les responsabilités sera la tâche des enquêteurs du BEA-TT dans les prochains "
      "mois.",
      "Écouter les familles des victimes est désormais la priorité du maire, qui les a reçues "
      "mercredi.",
      "Suivre l'évolution de l'état de santé des blessés graves reste la priorité des médecins du "
      "CHU.",
      "La photo, prise par un passager, montre le premier wagon couché sur le flanc au milieu du "
      "champ.",
      "Une vidéo tournée par un automobiliste montre le tracteur immobilisé sur les voies quelques "
      "secondes avant le choc.",
      "Photographié par un riverain, le tracteur apparaît immobilisé sur les voies quelques "
      "secondes "
      "avant le choc.",
      "Publié mercredi, le rapport de SNCF Réseau classait ce passage à niveau parmi les plus "
      "dangereux de Bretagne.",
      "Mis à jour en 2019, le plan de sécurisation des passages à niveau prévoyait sa suppression "
      "avant 2025.",
      "Lecture faite du rapport, le préfet a demandé la fermeture immédiate du passage à niveau n° "
      "217.",
      "La rédaction d'Ouest-France a reçu de nombreux témoignages de voyageurs qui empruntaient ce "
      "train chaque jour.",
      "Newsletter municipale, affiches et réunions publiques : la mairie avait alerté les "
      "habitants "
      "sur le danger.",
      "Commentaires et hommages se sont multipliés mercredi sur la page Facebook de la commune.",
      "En direct sur BFMTV, le ministre a annoncé une inspection de tous les passages à niveau de "
      "Bretagne.",
      "Retour en haut de l'actualité pour ce passage à niveau déjà pointé du doigt en 2019 par la "
      "Cour des comptes.",
      "Propos recueillis par les gendarmes, les témoignages des passagers concordent sur l'heure "
      "du "
      "choc.",
      "Crédit d'impôt, subventions et aides : l'agriculteur avait modernisé son exploitation en "
      "2022.",
      "Vous avez aimé ce train pendant vingt ans, vous le détesterez désormais, lance amèrement un "
      "usager.",
      "Sur le même sujet, le député de la circonscription a interpellé le gouvernement mercredi à "
      "l'Assemblée.",
      "Réservé aux abonnés TER Bretagne, le remboursement des trajets annulés sera automatique, "
      "précise la région.",
      "Les abonnés de la ligne Rennes-Nantes seront intégralement remboursés pour le mois "
      "d'octobre, a annoncé la région.",
      "Les voyageurs sont invités à s'abonner aux alertes SMS de la préfecture pour connaître "
      "l'état "
      "des routes.",
      "Un numéro vert, le 0 800 35 35 35, a été mis en place par la préfecture pour les familles "
      "des "
      "passagers.",
      "Partagée plus de 10 000 fois, la vidéo de l'accident a été retirée des réseaux sociaux à la "
      "demande du parquet.",
      "Le maire invite les habitants à signaler tout comportement dangereux aux abords du passage "
      "à "
      "niveau.",
      "La SNCF a publié un communiqué mardi à 11 h 20. Mis à jour à 15 heures, le bilan faisait "
      "état "
      "de deux morts.",
      "Suivez les consignes des autorités et évitez le secteur, a demandé la préfecture sur son "
      "compte X.",
      "Le journal local, qui compte 12 000 abonnés, a consacré sa une à l'accident mercredi matin.",
      "Inscrivez-vous sur les listes de bénévoles, a lancé le maire aux habitants lors du "
      "rassemblement.",
      "À la demande de la famille, le nom de la victime a été retiré de cet article.");
  CheckLine(line, false, "");
}

TEST_CASE("site-ui: a paywall's offer and its call to read on", "[clean]") {
  auto [line, removed] = GENERATE(table<std::string, bool>({
      {"Vous avez envie de lire la suite ? Débloquez tous les articles immédiatement.", true},
      {"Envie de lire la suite ?", true},
      {"Offre spéciale : 1 € le premier mois. Sans engagement.", true},
      {"Offre découverte : 1 € les 3 premiers mois", true},
      {"Offre d’essai : 0,99 € pendant 2 mois", true},
      {"Sans engagement.", true},
      {"L’offre spéciale de la SNCF permet de voyager pour 1 € le premier mois, a annoncé la "
       "direction.",
       false},
      {"Les lecteurs ont envie de lire la suite de la saga, assure l’éditeur.", false},
      {"Sans engagement ferme de l’État, le projet ne verra pas le jour.", false},
      {"Débloquez la situation, a lancé le syndicat au ministre.", false},
  }));
  CheckLine(line, removed, "site-ui");
}

// No rule for data-protection notices: their sentences are the words of news about
// data protection ("vos données sont traitées par France Travail", "droit d’accès et
// de rectification"), and removing news is worse than leaving a notice in.
TEST_CASE("news about personal data stays", "[clean]") {
  auto [line, lang] = GENERATE(table<std::string, std::string>({
      {"Selon ce message, vos données sont traitées par France Travail conformément au "
       "règlement européen, et aucune donnée bancaire n’a été dérobée.",
       "fr"},
      {"Vous disposez d’un droit d’accès, de rectification et d’effacement de vos données, "
       "rappelle la CNIL.",
       "fr"},
      {"Si vous avez été victime d’une fuite, vous disposez d’un droit d’accès et de "
       "rectification auprès de l’organisme concerné.",
       "fr"},
      {"À partir du 26 juin, vos données personnelles seront utilisées par Meta pour entraîner "
       "ses modèles d’IA.",
       "fr"},
      {"Le Health Data Hub publie un guide sur la gestion de vos données et vos droits, a "
       "indiqué le ministère.",
       "fr"},
      {"The regulator found that the message — your data will be processed by TikTok in "
       "accordance with EU law — was misleading.",
       "en"},
      {"Under the new law, you will have rights of access and rectification over any data held "
       "by your employer, the minister said on Tuesday.",
       "en"},
      {"From June 26, your personal data will be used by Meta to train its artificial "
       "intelligence models.",
       "en"},
  }));
  CheckLine(line, false, "site-ui", lang);
}

TEST_CASE("agency-signoff: an embedded tweet's signature on a line of its own", "[clean]") {
  auto [line, kept] = GENERATE(table<std::string, std::string>({
      {"— Préfet du Finistère (@Prefet29) 3 juin 2024", ""},
      {"— Jean Dupont (@jdupont) June 3, 2024", ""},
      {"- Météo-France (@meteofrance) 2\u00A0novembre 2023", ""},
      {"La vigilance rouge est levée dans le Finistère.\n— Préfet du Finistère (@Prefet29) 3 juin "
       "2024",
       "La vigilance rouge est levée dans le Finistère."},
      // After words on its line, the signature says who speaks: it stays.
      {"« Pensées pour les victimes et leurs proches. » — Emmanuel Macron (@EmmanuelMacron) 3 "
       "juin 2024",
       "« Pensées pour les victimes et leurs proches. » — Emmanuel Macron (@EmmanuelMacron) 3 "
       "juin 2024"},
      {"Le message a été vu deux millions de fois — selon Christophe Martin (@cmartin) 3 juin 2024",
       "Le message a été vu deux millions de fois — selon Christophe Martin (@cmartin) 3 juin "
       "2024"},
      {"La vigilance rouge est levée. pic.twitter.com/Ab12Cd — Préfet du Finistère (@Prefet29) 3 "
       "juin 2024",
       "La vigilance rouge est levée. pic.twitter.com/Ab12Cd — Préfet du Finistère (@Prefet29) 3 "
       "juin 2024"},
      // A tweet the story quotes, and its author named in prose.
      {"« Restez chez vous », a tweeté le préfet du Finistère (@Prefet29) le 3 juin 2024.",
       "« Restez chez vous », a tweeté le préfet du Finistère (@Prefet29) le 3 juin 2024."},
      {"Le compte du préfet (@Prefet29) a publié 40 messages — un record — depuis le 3 juin 2024.",
       "Le compte du préfet (@Prefet29) a publié 40 messages — un record — depuis le 3 juin 2024."},
  }));
  CheckPrefix(line, kept.empty() ? "" : kept, "agency-signoff");
}

TEST_CASE("programme-plug: broadcast plugs", "[clean]") {
  auto [line, removed] = GENERATE(table<std::string, bool>({
      {">> L'interview de Lionel Fatton dans l'émission Forum à propos de cette visite : "
       "interview de Lionel Fatton / Forum / 5 min. / aujourd'hui à 19:00",
       true},
      {"»» Écouter l’émission : Forum, 19 juin 2024", true},
      {"L’invité de la rédaction / La Matinale / 12 min. / hier à 08:10", true},
      {"► Regarder le reportage de notre envoyé spécial", true},
      {"> L'interview du conseiller du Kremlin", true},
      // A sentence quoted by mail among the article's lines is prose, not a plug.
      {"> Le juge d'instruction a ordonné la saisie de plusieurs biens immobiliers.", false},
      {"Le rapport entre dette / PIB / déficit inquiète Bruxelles.", false},
      {"Le vol Paris / Séoul dure 12 h.", false},
  }));
  CheckLine(line, removed, "programme-plug");
}

TEST_CASE("no-text: lines without a letter or a digit", "[clean]") {
  auto line = GENERATE(as<std::string>{}, "* * *", "—", "•••", "« »");
  CheckLine(line, true, "no-text");
}

TEST_CASE("per language: English UI applies to French pages, not the reverse", "[clean]") {
  CheckLine("READ MORE: Putin lands in Pyongyang", true, "inline-ad", "fr");
  CheckLine("Leave a comment", true, "comment-form", "fr");
  CheckLine("Laisser un commentaire", false, "", "en");
  CheckLine("Samedi 8 janvier 2005", false, "", "en");
  CheckLine("Saturday, January 8, 2005", true, "date-stamp", "en");
}

TEST_CASE("repeated-line: short lines found in several documents of the cluster", "[clean]") {
  const std::string furniture = "Toute l'actualité en direct";
  const std::string shared_sentence =
      "Moscou et Pyongyang sont alliés depuis la fin de la guerre de Corée, mais se sont "
      "rapprochés depuis l'invasion de l'Ukraine par la Russie en 2022.";
  const std::string short_sentence = "C'est elle qui a finalement permis de résoudre le mystère.";
  const std::string title = "Poutine arrive en Corée du Nord";
  const std::string own_line = "Une ligne que seul ce document contient";
  const std::vector<Outcome> o = CleanTexts({
      title + "\n\n" + furniture + "\n\n" + shared_sentence + "\n\n" + short_sentence +
          "\n\nRussie\n\n" + own_line,
      title + "\n\nTOUTE L’ACTUALITÉ EN DIRECT !\n\n" + shared_sentence + "\n\nRussie\n\n" +
          short_sentence,
      kFrBefore + "\n\n" + kFrAfter,
  });
  CHECK(o[0].RuleFor(furniture) == "repeated-line");
  CHECK(o[1].RuleFor("TOUTE L’ACTUALITÉ EN DIRECT !") == "repeated-line");
  CHECK(o[0].RuleFor("Russie") == "repeated-line");
  CHECK(o[1].RuleFor("Russie") == "repeated-line");
  for (const Outcome& doc : {o[0], o[1]}) {
    CHECK(doc.Kept(title));            // the agency's headline, kept by two outlets
    CHECK(doc.Kept(shared_sentence));  // agency copy reused: content
    CHECK(doc.Kept(short_sentence));   // a sentence, however short
  }
  CHECK(o[0].Kept(own_line));
  CHECK(o[2].removed.empty());
}

TEST_CASE("repeated-line: a sentence that opens on a figure, or is short, is content", "[clean]") {
  const std::vector<std::string> sentences = {
      "8 homicides liés au narcotrafic ont été recensés depuis janvier.",
      "« 8 homicides en un an », a-t-il déploré.",
      "L’enquête se poursuit.",
      "Il avait 24\u00A0ans.",
  };
  const std::string label = "Durée : 2 min.";
  for (const std::string& sentence : sentences) {
    CAPTURE(sentence);
    const std::vector<Outcome> o = CleanTexts({
        kFrBefore + "\n\n" + sentence + "\n\n" + label,
        "Un jeune homme de 24 ans a été abattu dimanche soir à Marseille.\n\n" + sentence + "\n\n" +
            label,
    });
    for (const Outcome& doc : o) {
      CHECK(doc.Kept(sentence));
      CHECK(doc.RuleFor(label) == "repeated-line");  // a label, colon and all
    }
  }
}

TEST_CASE("repeated-line: a short line with no verb's cue is furniture, figure or not", "[clean]") {
  const std::vector<std::string> furniture = {"3 min d’écoute.", "Mis à jour hier.",
                                              "Ajouter à vos sujets."};
  std::vector<std::string> texts;
  for (const char* n : {"1", "2", "3"}) {
    std::string t = std::string("Le Parlement européen a adopté mardi une directive numéro ") + n +
                    " après des mois de débats.";
    for (const std::string& f : furniture) t += "\n\n" + f;
    texts.push_back(t +
                    "\n\nLe texte oblige les grandes entreprises à surveiller leurs "
                    "fournisseurs, version " +
                    n + " du récit.");
  }
  const std::vector<Outcome> o = CleanTexts(texts);
  for (const Outcome& doc : o) {
    for (const std::string& f : furniture) {
      CAPTURE(f);
      CHECK(doc.RuleFor(f) == "repeated-line");
    }
    CHECK(doc.kept.size() == 2);
  }
}

TEST_CASE("a line repeated inside one document is not site furniture", "[clean]") {
  const std::string line = "Toute l'actualité en direct";
  const std::vector<Outcome> o = CleanTexts({line + "\n\n" + kFrBefore + "\n\n" + line, kFrAfter});
  CHECK(std::count(o[0].kept.begin(), o[0].kept.end(), line) == 2);
}

TEST_CASE("paragraphs: a line joins the next only when it visibly goes on", "[clean]") {
  using Lines = std::vector<std::string>;
  auto [text, expected] = GENERATE(table<std::string, Lines>({
      {"Il ne s'agit pas encore de «rationnement du crédit»,\nmodère Jean Bosvieux.",
       Lines{"Il ne s'agit pas encore de «rationnement du crédit»,\nmodère Jean Bosvieux."}},
      {"Georges Pauget, directeur de la Fédération bancaire\nfrançaise (FBF), a estimé.",
       Lines{"Georges Pauget, directeur de la Fédération bancaire\nfrançaise (FBF), a estimé."}},
      {"Trois lignes sans\nponctuation finale qui\ncontinuent ici.",
       Lines{"Trois lignes sans\nponctuation finale qui\ncontinuent ici."}},
      {"Le bilan s’élève à\u00A0\n\u202Fenviron 300 morts.",
       Lines{"Le bilan s’élève à\u00A0\n\u202Fenviron 300 morts."}},
      {"Le gouverneur de la Banque de France\nChristian Noyer était présent.",
       Lines{"Le gouverneur de la Banque de France", "Christian Noyer était présent."}},
      {"La réponse vint de la ministre\nÉlisabeth Borne, dès le lendemain.",
       Lines{"La réponse vint de la ministre", "Élisabeth Borne, dès le lendemain."}},
      {"Une phrase complète.\nune suite en minuscule.",
       Lines{"Une phrase complète.", "une suite en minuscule."}},
      {"Une phrase complète ?\n« et une autre »",
       Lines{"Une phrase complète ?", "« et une autre »"}},
      {"Un titre sans point\n\nune ligne après un blanc.",
       Lines{"Un titre sans point", "une ligne après un blanc."}},
      {"« Une collaboration technique militaire »\nM. Poutine a estimé que la Russie était prête.",
       Lines{"« Une collaboration technique militaire »",
             "M. Poutine a estimé que la Russie était prête."}},
  }));
  CAPTURE(text);
  const Outcome o = CleanText(text);
  CHECK(o.kept == expected);
}

TEST_CASE("paragraphs: nothing is glued across a blank line, and \"-30-\" ends a release",
          "[clean]") {
  using Lines = std::vector<std::string>;
  const std::string works =
      "Les travaux débuteront au printemps 2025 et devraient durer trois ans, selon le "
      "ministère des Transports.";
  const std::string reminder =
      "Le ministère rappelle que le tramway de Québec doit transporter 40\u00A0000 passagers "
      "par jour dès 2029.";
  const std::string source = "Source : Cabinet de la ministre des Transports";
  auto [mark, gap] = GENERATE(table<std::string, std::string>({
      {"-30-", "\n\n"},
      {"-30-", "\n"},
      {"- 30 -", "\n\n"},
      {"— 30 —", "\n\n"},
  }));
  CAPTURE(mark, gap);
  const Outcome o = CleanText(works + "\n\n" + mark + gap + reminder + "\n\n" + source);
  CHECK(o.kept == Lines{works, reminder, source});
  CHECK(o.RuleFor(mark) == "agency-signoff");

  // A word cut at a line end does not go on past a blank line: two paragraphs.
  CHECK(CleanText("La visite des États-\n\nUnis du Japon et de la Corée.").kept ==
        Lines{"La visite des États-", "Unis du Japon et de la Corée."});
  // A number between dashes in a sentence, or other numbers, stay.
  for (const std::string& line : {std::string("- 20 -"), std::string("Score final : 30-28.")}) {
    CAPTURE(line);
    CHECK(CleanLine(line).Kept(line));
  }
}

TEST_CASE("paragraphs: furniture set in the middle of a sentence is no part of it", "[clean]") {
  using Lines = std::vector<std::string>;
  auto [text, expected, furniture] = GENERATE(table<std::string, Lines, std::string>({
      {"Le feu a parcouru 1 200 hectares de garrigue et de\nPUBLICITÉ\npinède au nord de "
       "Marseille.",
       Lines{"Le feu a parcouru 1 200 hectares de garrigue et de", "pinède au nord de Marseille."},
       "PUBLICITÉ"},
      {"Les habitants ont été relogés dans des gymnases de la\nLire aussi : La sécheresse "
       "inquiète les pompiers\nville, a précisé la mairie.",
       Lines{"Les habitants ont été relogés dans des gymnases de la",
             "ville, a précisé la mairie."},
       "Lire aussi : La sécheresse inquiète les pompiers"},
      {"Le maire a salué le courage exceptionnel des\nPhoto : Nicolas Tucat / AFP\npompiers "
       "marseillais.",
       Lines{"Le maire a salué le courage exceptionnel des", "pompiers marseillais."},
       "Photo : Nicolas Tucat / AFP"},
  }));
  CAPTURE(text);
  const Outcome o = CleanText(text);
  CHECK(o.kept == expected);
  CHECK(!o.RuleFor(furniture).empty());
}

TEST_CASE("paragraphs: a line that reads like furniture but goes on a sentence stays in it",
          "[clean]") {
  using Lines = std::vector<std::string>;
  auto [text, expected] = GENERATE(table<std::string, Lines>({
      // A name, not furniture: the line goes on as before.
      {"Le chiffre a été publié par la\nBanque de France\net repris par l’Insee.",
       Lines{"Le chiffre a été publié par la\nBanque de France\net repris par l’Insee."}},
      // A capital after a line that ends on "de": a name that goes on, not furniture.
      {"Le feu a parcouru les collines de\nSaint-Antoine\net de l’Estaque.",
       Lines{"Le feu a parcouru les collines de\nSaint-Antoine\net de l’Estaque."}},
  }));
  CAPTURE(text);
  CHECK(CleanText(text).kept == expected);
}

TEST_CASE("paragraphs: a line ending on an article or a preposition goes on, whatever the case",
          "[clean]") {
  using Lines = std::vector<std::string>;
  auto [text, lang, expected] = GENERATE(table<std::string, std::string, Lines>({
      // Hard-wrapped before a name: the line cannot end there.
      {"Ils sont déjà répertoriés dans le STIC et dans le\nFichier national des empreintes.", "fr",
       Lines{"Ils sont déjà répertoriés dans le STIC et dans le\nFichier national des "
             "empreintes."}},
      {"La hausse de 3,5 % profite à\nÉlectricité de France.", "fr",
       Lines{"La hausse de 3,5 % profite à\nÉlectricité de France."}},
      {"Le président a reçu à l’\nÉlysée M. Dupont.", "fr",
       Lines{"Le président a reçu à l’\nÉlysée M. Dupont."}},
      {"Le chiffre de 6.700 soldats, selon la\u00A0\n« Pravda », est exagéré.", "fr",
       Lines{"Le chiffre de 6.700 soldats, selon la\u00A0\n« Pravda », est exagéré."}},
      // Prepositions no title ends on, before a name (an adversarial test's wraps).
      {"La liste arrive en tête, selon\nLe Monde et France Info.", "fr",
       Lines{"La liste arrive en tête, selon\nLe Monde et France Info."}},
      {"Le pays est en guerre depuis\nFévrier 2022, rappelle l’ONU.", "fr",
       Lines{"Le pays est en guerre depuis\nFévrier 2022, rappelle l’ONU."}},
      {"Le musée est resté fermé pendant\nLes travaux de rénovation.", "fr",
       Lines{"Le musée est resté fermé pendant\nLes travaux de rénovation."}},
      // Words apart by any of the clean stage's spaces: a thin space, a zero-width one.
      {"Ils figurent dans\u2009le\nFichier national des empreintes.", "fr",
       Lines{"Ils figurent dans\u2009le\nFichier national des empreintes."}},
      {"Ils figurent dans\u200Bdes\nFichiers de police.", "fr",
       Lines{"Ils figurent dans\u200Bdes\nFichiers de police."}},
      {"Talks between the\nUnited States and Iran resumed.", "en",
       Lines{"Talks between the\nUnited States and Iran resumed."}},
      {"Le texte a été adopté malgré\nLes Républicains, qui ont voté contre.", "fr",
       Lines{"Le texte a été adopté malgré\nLes Républicains, qui ont voté contre."}},
      // A preposition a title may end on, in a line longer than any title.
      {"La liste socialiste arrive en troisième position au scrutin européen de dimanche "
       "avec\nRaphaël Glucksmann en tête, selon le ministère.",
       "fr",
       Lines{"La liste socialiste arrive en troisième position au scrutin européen de "
             "dimanche avec\nRaphaël Glucksmann en tête, selon le ministère."}},
      {"Negotiators met again on Tuesday in Geneva after a week of talks in Vienna "
       "with\nIran's foreign minister and his deputy.",
       "en",
       Lines{"Negotiators met again on Tuesday in Geneva after a week of talks in Vienna "
             "with\nIran's foreign minister and his deputy."}},
      // Titles end on other words; a listed word written in capitals is a name or a letter.
      {"Pourquoi je vote pour\nLe scrutin a lieu dimanche.", "fr",
       Lines{"Pourquoi je vote pour", "Le scrutin a lieu dimanche."}},
      {"Européennes : avec ou sans\nLe débat a lieu jeudi.", "fr",
       Lines{"Européennes : avec ou sans", "Le débat a lieu jeudi."}},
      {"Worth fighting for\nThe vote is on Tuesday.", "en",
       Lines{"Worth fighting for", "The vote is on Tuesday."}},
      {"Le plan A\nLe gouvernement a tranché.", "fr",
       Lines{"Le plan A", "Le gouvernement a tranché."}},
      {"Exhibit A\nThe court heard the tape.", "en",
       Lines{"Exhibit A", "The court heard the tape."}},
      {"What it comes down to\nThe vote is on Tuesday.", "en",
       Lines{"What it comes down to", "The vote is on Tuesday."}},
      // Each language its own words: "the" ends nothing in English only.
      {"Le nouvel album s’intitule Meet the\nIl sort mercredi.", "fr",
       Lines{"Le nouvel album s’intitule Meet the", "Il sort mercredi."}},
      {"Le nouvel album s’intitule Meet the\nIl sort mercredi.", "en",
       Lines{"Le nouvel album s’intitule Meet the\nIl sort mercredi."}},
      // A sentence that ends is never joined, nor a line after a blank.
      {"Il a parlé de la.\nFrance a répondu.", "fr",
       Lines{"Il a parlé de la.", "France a répondu."}},
      {"Un titre qui finit sur le\n\nLe texte suit.", "fr",
       Lines{"Un titre qui finit sur le", "Le texte suit."}},
  }));
  CAPTURE(text, lang);
  const Outcome o = CleanText(text, lang);
  CHECK(o.kept == expected);
}

TEST_CASE(
    "paragraphs: a quotation or an aside in lower case, or a closing parenthesis, goes on a "
    "sentence",
    "[clean]") {
  using Lines = std::vector<std::string>;
  auto [text, expected] = GENERATE(table<std::string, Lines>({
      {"Jean-Pierre Raffarin a estimé qu’il y avait\n« un lien entre la visite et le "
       "contrat ».",
       Lines{"Jean-Pierre Raffarin a estimé qu’il y avait\n« un lien entre la visite et le "
             "contrat »."}},
      {"Le porte-parole a parlé de\u00A0\n“mesures fortes”, sans plus de détails.",
       Lines{"Le porte-parole a parlé de\u00A0\n“mesures fortes”, sans plus de détails."}},
      {"Le RN a recueilli 31,4 % des voix, devant la liste conduite par Valérie Hayer\n"
       "(14,6 %).",
       Lines{"Le RN a recueilli 31,4 % des voix, devant la liste conduite par Valérie Hayer\n"
             "(14,6 %)."}},
      {"Le gouvernement prévoit une aide aux entreprises\n(notamment les PME) dès le mois "
       "prochain, a précisé le ministre.",
       Lines{"Le gouvernement prévoit une aide aux entreprises\n(notamment les PME) dès le "
             "mois prochain, a précisé le ministre."}},
      // A quotation that opens on a capital, a parenthesis with nothing after it or more
      // than one, and a line that ends its sentence stay where they are.
      {"Le maire de Lyon\n« Nous irons jusqu’au bout », a-t-il dit.",
       Lines{"Le maire de Lyon", "« Nous irons jusqu’au bout », a-t-il dit."}},
      {"Européennes : les résultats\n(deuxième partie)",
       Lines{"Européennes : les résultats", "(deuxième partie)"}},
      {"Européennes : les résultats\n(AFP) (Reuters).",
       Lines{"Européennes : les résultats", "(AFP) (Reuters)."}},
      {"Sommet de l’Otan à Vilnius\n(photo AFP) Les dirigeants sont arrivés mardi.",
       Lines{"Sommet de l’Otan à Vilnius", "(photo AFP) Les dirigeants sont arrivés mardi."}},
      {"Le vote a eu lieu dimanche.\n« une surprise », titre Libération.",
       Lines{"Le vote a eu lieu dimanche.", "« une surprise », titre Libération."}},
  }));
  CAPTURE(text);
  CHECK(CleanText(text).kept == expected);
}

TEST_CASE("paragraphs: text wrapped at a fixed width is joined where the width broke it",
          "[clean]") {
  using Lines = std::vector<std::string>;
  // Wrapped at 71 columns by a greedy wrapper, a title above: breaks before a capital
  // ("officielle\nKCNA."), after an abbreviation ("M.\nPoutine"), at a sentence's end.
  const std::string paragraph =
      "Le président russe est arrivé mercredi soir à Pyongyang, où l’attendait\n"
      "le dirigeant nord-coréen Kim Jong-un, a annoncé l’agence officielle\n"
      "KCNA. Les deux hommes doivent signer un accord de partenariat, selon M.\n"
      "Poutine, qui a salué « un partenariat stratégique » avec Pyongyang. Le\n"
      "Kremlin a précisé que la visite durerait deux jours.";
  const std::string next = "La Corée du Sud et le Japon suivent la visite avec inquiétude.";
  const Outcome o = CleanText("Poutine à Pyongyang\n" + paragraph + "\n" + next + "\n");
  CHECK(o.kept == Lines{"Poutine à Pyongyang", paragraph, next});

  // A word hyphenated across a break goes on, whatever its case and the text's width.
  CHECK(CleanText("Les États-\nUnis et le Japon suivent la visite.").kept ==
        Lines{"Les États-\nUnis et le Japon suivent la visite."});
  CHECK(CleanText("Le bilan de 1939-\n1945 reste lourd.").kept ==
        Lines{"Le bilan de 1939-\n1945 reste lourd."});
  // A dash between words is no hyphen: "il a dit -" may end a line, a title "Poutine -".
  CHECK(CleanText("Le mot du jour -\nLe Kremlin confirme la visite.").kept.size() == 2);

  // fmt balances its lines short of the margin: within a paragraph, a line that fills
  // most of the width goes on, before a capital too ("Hun\nSen").
  const std::string balanced =
      "Cambodia's bickering political parties broke a three-month deadlock\n"
      "Friday and agreed to a coalition government led by leader Hun\n"
      "Sen as sole prime minister, King Norodom Sihanouk announced. The\n"
      "agreement came after the parties met at the royal palace in Phnom\n"
      "Penh for two days of talks.";
  CHECK(CleanText(balanced, "en").kept == Lines{balanced});

  // A line that ends a sentence may end its paragraph: joining the credit to the lead
  // under it made one paragraph of them, which the credit rule dropped whole.
  const std::string credit = "RAMIL SITDIKOV / AFP Le président russe se rend en Corée du Nord.";
  const std::string lead =
      "INTERNATIONAL - Un rendez-vous international très scruté. Le président\n"
      "russe Vladimir Poutine est en chemin pour la Corée du Nord où il doit\n"
      "rendre une visite diplomatique à son homologue Kim Jong Un mardi et\n"
      "mercredi.";
  const Outcome glued = CleanText(paragraph + "\n" + credit + "\n" + lead + "\n");
  CHECK(glued.Kept(paragraph));
  CHECK(
      glued.Kept("Un rendez-vous international très scruté. Le président\n"
                 "russe Vladimir Poutine est en chemin pour la Corée du Nord où il doit\n"
                 "rendre une visite diplomatique à son homologue Kim Jong Un mardi et\n"
                 "mercredi."));

  // A line typed past the margin, or a long address, does not set the width.
  const Outcome outlier = CleanText(
      "Source : https://www.example.org/international/2024/06/19/poutine-en-coree-du-nord-"
      "visite-officielle\n" +
      paragraph + "\n");
  CHECK(outlier.Kept(paragraph));

  // Lines of a schedule or of verse, as wide as a wrap, open on capitals: not a wrap.
  const Outcome schedule = CleanText(
      "Mardi 18 juin, 23 h 00 : arrivée du président russe à l'aéroport Sunan\n"
      "Mercredi 19 juin, 10 h 00 : cérémonie officielle sur la place Kim Il-sung\n"
      "Mercredi 19 juin, 12 h 00 : entretiens en tête-à-tête au palais Kumsusan\n"
      "Mercredi 19 juin, 15 h 00 : signature du traité de partenariat stratégique\n"
      "Mercredi 19 juin, 19 h 00 : dîner d'État offert par le dirigeant Kim Jong Un\n"
      "Jeudi 20 juin, 08 h 00 : départ du président russe pour Hanoï au Vietnam\n");
  CHECK(schedule.kept.size() == 6);

  // Short lines are a list, not a wrap: each stays a paragraph of its own.
  const Outcome list = CleanText(
      "Président : Vladimir Poutine\nMinistre : Sergueï Lavrov\nInvité : Kim Jong-un\n"
      "Lieu : Pyongyang, Corée du Nord\nDurée : deux jours\n");
  CHECK(list.kept.size() == 5);

  // One paragraph a line, as editors write it, wider than any wrap: lines stay apart.
  const std::string long_line(120, 'a');
  const Outcome unwrapped =
      CleanText("Le Premier ministre " + long_line + "\nLe " + long_line + "\nLa " + long_line +
                "\nUn " + long_line + "\nDes " + long_line + "\nLes " + long_line + ".\n");
  CHECK(unwrapped.kept.size() == 6);
}

TEST_CASE("editor-note: a wire's note to editors is cut out of its paragraph", "[clean]") {
  using Lines = std::vector<std::string>;
  const Outcome o = CleanText(
      "Furchgott's findings led to a quest, the citation said. (OPTIONAL TRIM CAN BEGIN "
      "HERE) The citation did not refer to an accident. (OPTIONAL TRIM ENDS HERE) The "
      "committee cited Ignarro.\nThe prize is worth $938,000. (STORY CAN END HERE. OPTIONAL "
      "MATERIAL FOLLOWS.)\n(MORE)\n",
      "en");
  CHECK(o.kept == Lines{"Furchgott's findings led to a quest, the citation said.",
                        "The citation did not refer to an accident.",
                        "The committee cited Ignarro.", "The prize is worth $938,000."});
  CHECK(o.RuleFor("(OPTIONAL TRIM CAN BEGIN HERE)") == "editor-note");
  CHECK(o.RuleFor("(OPTIONAL TRIM ENDS HERE)") == "editor-note");
  CHECK(o.RuleFor("(STORY CAN END HERE. OPTIONAL MATERIAL FOLLOWS.)") == "editor-note");
  CHECK(o.RuleFor("(MORE)") == "editor-note");

  // A note wrapped over two lines, and with a typographic apostrophe, is one too.
  const Outcome wrapped = CleanText(
      "The Senate voted Tuesday to approve the sweeping spending bill after a\n"
      "long and bitter debate over the federal budget deficit and the future of\n"
      "the program. (OPTIONAL TRIM CAN BEGIN HERE) The measure now goes to the\n"
      "House of Representatives, where its fate remains uncertain according to\n"
      "several senior aides. (EDITOR\u2019S NOTE: CORRECTS SPELLING OF NAME)\n"
      "Lawmakers said they expected a close vote in the coming weeks on the\n"
      "package, which the president has vowed to sign into law quickly. (STORY\n"
      "CAN END HERE. OPTIONAL MATERIAL FOLLOWS.) Critics said the bill would\n"
      "add billions to the deficit.\n",
      "en");
  CHECK(wrapped.RuleFor("(STORY\nCAN END HERE. OPTIONAL MATERIAL FOLLOWS.)") == "editor-note");
  CHECK(wrapped.RuleFor("(EDITOR\u2019S NOTE: CORRECTS SPELLING OF NAME)") == "editor-note");
  CHECK(wrapped.RuleFor("(OPTIONAL TRIM CAN BEGIN HERE)") == "editor-note");
  CHECK(wrapped.kept.size() == 4);

  // Capitals in parentheses that are names, acronyms or figures stay, and so do the
  // marks' words inside a sentence.
  for (const std::string text :
       {"The talks, at the United Nations (UN), resumed on Monday.",
        "The North Atlantic alliance (NATO) met in Brussels on Monday.",
        "Le groupe (EDF, ENGIE) a publié ses comptes (PLUS DE 300 PAGES) lundi.",
        "Le rapport (Optional trim) a été publié lundi.",
        "Three contractors (EDS, IBM AND UNISYS) bid for the Pentagon contract.",
        "The trade magazine (EDITOR & PUBLISHER) first reported the figures.",
        "The group held a rally (MORE) on Sunday in the capital.",
        "He said the plan would end the dispute (END) and left the room."}) {
    CAPTURE(text);
    CHECK(CleanText(text, "en").kept == Lines{text});
  }
}

TEST_CASE("inline-ad: a cross-reference in brackets between sentences is cut out", "[clean]") {
  using Lines = std::vector<std::string>;
  // (paragraph, what stays of it, the aside removed)
  auto [paragraph, kept, aside] = GENERATE(table<std::string, Lines, std::string>({
      {"Le texte arrive au Sénat. (Lire aussi\u00A0: Budget 2025\u00A0: ce que contient le "
       "texte) Les sénateurs l’examineront en décembre.",
       Lines{"Le texte arrive au Sénat.", "Les sénateurs l’examineront en décembre."},
       "(Lire aussi\u00A0: Budget 2025\u00A0: ce que contient le texte)"},
      {"(lire aussi page 4) Le gouvernement a présenté son budget mardi soir.",
       Lines{"Le gouvernement a présenté son budget mardi soir."}, "(lire aussi page 4)"},
      {"Les économies porteront sur les collectivités. (voir encadré)",
       Lines{"Les économies porteront sur les collectivités."}, "(voir encadré)"},
      {"« Nous tiendrons nos engagements », a indiqué le ministre. (Lire notre article.)",
       Lines{"« Nous tiendrons nos engagements », a indiqué le ministre."},
       "(Lire notre article.)"},
      {"Le Premier ministre a répondu aux critiques à Lille. (VIDÉO)",
       Lines{"Le Premier ministre a répondu aux critiques à Lille."}, "(VIDÉO)"},
      {"La ministre a démissionné. [Lire aussi\u00A0: Les raisons d’un départ] Son "
       "successeur sera nommé jeudi.",
       Lines{"La ministre a démissionné.", "Son successeur sera nommé jeudi."},
       "[Lire aussi\u00A0: Les raisons d’un départ]"},
      {"The Senate passed the bill on Tuesday. (READ MORE: What is in the budget) It now "
       "goes to the House.",
       Lines{"The Senate passed the bill on Tuesday.", "It now goes to the House."},
       "(READ MORE: What is in the budget)"},
  }));
  CAPTURE(paragraph);
  const Outcome o = CleanText(paragraph);
  CHECK(o.kept == kept);
  CHECK(o.RuleFor(aside) == "inline-ad");
}

TEST_CASE("inline-ad: a cross-reference inside a sentence, or a label before text, stays",
          "[clean]") {
  // A span cannot skip the aside: the sentence keeps it, and the stand-alone stage
  // refuses to quote it. A bare label before more text may head a link's headline, which
  // cannot be told from the story's next sentence.
  const std::string paragraph = GENERATE(
      as<std::string>{}, "Le gouvernement a présenté son budget (lire aussi page 4) mardi soir.",
      "Les causes du drame étaient encore inconnues hier après-midi (lire ci-dessous).",
      "Le texte arrive au Sénat. (VIDÉO) Les sénateurs l’examineront en décembre.",
      "Le texte arrive au Sénat. [Lire aussi] Les sénateurs l’examineront en décembre.",
      // Parentheses of the writer's own.
      "Le rapporteur (qui a lu le rapport jusqu’au bout) s’est dit inquiet.",
      "Le principe est ancien. (Voir la loi de 1905.) Il reste contesté.",
      "Le festival attire des milliers de spectateurs. (À voir sur France\u00A02 ce soir.)");
  CAPTURE(paragraph);
  const Outcome o = CleanText(paragraph);
  CHECK(o.kept == std::vector<std::string>{paragraph});
  CHECK(o.removed.empty());
}

TEST_CASE("inline-ad: a bracketed call to action before a headline is a teaser", "[clean]") {
  auto [line, removed, lang] = GENERATE(table<std::string, bool, std::string>({
      {"(LIRE AUSSI) Budget\u00A0: les collectivités vent debout", true, "fr"},
      {"[À LIRE] Les retraites au cœur des débats", true, "fr"},
      {"[Lire aussi] Retraites\u00A0: ce que prévoit le texte", true, "fr"},
      {"(À lire aussi) « Nous irons jusqu’au bout », dit Matignon", true, "fr"},
      {"[READ MORE] Budget vote delayed", true, "fr"},
      {"[READ MORE] Budget vote delayed", true, "en"},
      {"LIRE AUSSI >> Le Sénat durcit le texte", true, "fr"},
      {"À lire aussi\u00A0: Budget 2025, ce que contient le texte", true, "fr"},
      // Brackets of a title's own.
      {"[Mise à jour] Le Sénat durcit le texte", false, "fr"},
      {"(Re)lire Proust, un défi d’été", false, "fr"},
  }));
  CheckLine(line, removed, "inline-ad", lang);
}

TEST_CASE("inline-ad: an advertising label glued to a paragraph's prose is cut off", "[clean]") {
  using Lines = std::vector<std::string>;
  auto [paragraph, kept, label, lang] =
      GENERATE(table<std::string, Lines, std::string, std::string>({
          {"Les députés ont voté le texte après trois jours de débats.Publicité",
           Lines{"Les députés ont voté le texte après trois jours de débats."}, "Publicité", "fr"},
          {"Les collectivités dénoncent une baisse des dotations de l’État. Publicité.",
           Lines{"Les collectivités dénoncent une baisse des dotations de l’État."}, "Publicité.",
           "fr"},
          {"Le texte a été voté. PUBLICITÉ", Lines{"Le texte a été voté."}, "PUBLICITÉ", "fr"},
          {"« C’est un bon budget », a dit le ministre. Publicité",
           Lines{"« C’est un bon budget », a dit le ministre."}, "Publicité", "fr"},
          {"PUBLICITÉ Le Sénat doit désormais examiner le projet de loi.",
           Lines{"Le Sénat doit désormais examiner le projet de loi."}, "PUBLICITÉ", "fr"},
          {"Publicité L’Assemblée a adopté le texte en première lecture.",
           Lines{"L’Assemblée a adopté le texte en première lecture."}, "Publicité", "fr"},
          {"Le texte a été voté. Publicité Les sénateurs l’examineront en décembre.",
           Lines{"Le texte a été voté.", "Les sénateurs l’examineront en décembre."}, "Publicité",
           "fr"},
          {"Advertisement The minister said the budget would be balanced by 2027.",
           Lines{"The minister said the budget would be balanced by 2027."}, "Advertisement", "en"},
          {"The minister said the budget would be balanced. ADVERTISEMENT",
           Lines{"The minister said the budget would be balanced."}, "ADVERTISEMENT", "fr"},
      }));
  CAPTURE(paragraph);
  const Outcome o = CleanText(paragraph, lang);
  CHECK(o.kept == kept);
  CHECK(o.RuleFor(label) == "inline-ad");
}

TEST_CASE("inline-ad: the word publicité in prose or a title stays", "[clean]") {
  const std::string paragraph = GENERATE(
      as<std::string>{}, "Publicité mensongère\u00A0: l’enseigne condamnée à 2 millions d’euros.",
      "Publicité Google\u00A0: Bruxelles inflige une amende record au groupe.",
      "Publicité\u00A0: le marché a reculé de 3,5\u00A0% en 2024.",
      "Le marché de la publicité a reculé. Publicité et médias souffrent ensemble.",
      "Le texte interdit la publicité. Publicité ou pas, les chaînes protestent.",
      "Le texte encadre la publicité",
      "Advertising Standards Authority rules against the campaign.");
  CAPTURE(paragraph);
  const Outcome o = CleanText(paragraph);
  CHECK(o.kept == std::vector<std::string>{paragraph});
  CHECK(o.removed.empty());
}

TEST_CASE("paragraphs: a text quoted by mail is read without its quote marks", "[clean]") {
  using Lines = std::vector<std::string>;
  const Outcome o = CleanText(
      "> Le président russe est arrivé mercredi à Pyongyang.\n> \n"
      "> > Il doit signer un accord de partenariat avec Kim Jong-un, selon\n"
      "> > le Kremlin.\n");
  CHECK(o.kept == Lines{"Le président russe est arrivé mercredi à Pyongyang.",
                        "Il doit signer un accord de partenariat avec Kim Jong-un, selon\n"
                        "> > le Kremlin."});
  // A plug or two among the lines of an article are plugs still.
  const Outcome plugs = CleanText(
      "Le président russe est arrivé mercredi à Pyongyang.\n\n"
      "Il doit signer un accord de partenariat avec Kim Jong-un.\n\n"
      "> L'interview du conseiller du Kremlin\n\nLe Kremlin a confirmé la visite.\n");
  CHECK(plugs.kept.size() == 3);
}

TEST_CASE("paragraphs are trimmed of Unicode white space", "[clean]") {
  const Outcome o = CleanText(
      "\u00A0\u202F Texte entouré d’espaces insécables. \u00A0\n\t\u2009Une autre ligne, "
      "décomposée : e\u0301te\u0301.\u3000\n");
  CHECK(o.kept == std::vector<std::string>{"Texte entouré d’espaces insécables.",
                                           "Une autre ligne, décomposée : e\u0301te\u0301."});
}

TEST_CASE("empty and white-space-only documents have no paragraphs", "[clean]") {
  auto text = GENERATE(as<std::string>{}, "", "\n", " \n\t\n\u00A0\u202F\n", "\n\n\n");
  CAPTURE(text);
  for (bool keep : {false, true}) {
    const std::vector<Outcome> o = CleanTexts({text, kFrBefore}, "fr", keep);
    CHECK(o[0].kept.empty());
    CHECK(o[0].removed.empty());
    CHECK(o[1].kept == std::vector<std::string>{kFrBefore});
  }
  CHECK(precis::Clean(std::vector<precis::LoadedDocument>{}, precis::GetLanguage("fr"), {}).empty());
}

TEST_CASE("line ends are LF once loaded, and a stray CR is white space", "[clean]") {
  const Outcome lf = CleanText(kFrBefore + "\n\nLaisser un commentaire\n" + kFrAfter);
  const Outcome cr = CleanText(kFrBefore + "\r\n\r\nLaisser un commentaire\r\n" + kFrAfter);
  CHECK(lf.kept == std::vector<std::string>{kFrBefore, kFrAfter});
  CHECK(cr.kept == lf.kept);
  CHECK(cr.RuleFor("Laisser un commentaire") == "comment-form");
}

TEST_CASE("keep_boilerplate: nothing removed, lines joined into paragraphs as always", "[clean]") {
  const std::string text =
      "READ  Une autre histoire\n\n  Laisser un commentaire \nune ligne en minuscule\n\n"
      "afp/ami\nLes États-\nUnis (OPTIONAL TRIM ENDS HERE) suivent.\n";
  const std::vector<Outcome> o = CleanTexts({text, text}, "fr", true);
  for (const Outcome& doc : o) {
    CHECK(doc.kept ==
          std::vector<std::string>{"READ  Une autre histoire",
                                   "Laisser un commentaire \nune ligne en minuscule", "afp/ami",
                                   "Les États-\nUnis (OPTIONAL TRIM ENDS HERE) suivent."});
    CHECK(doc.removed.empty());
  }
}

TEST_CASE("spans are ordered, disjoint and cover no white space at their edges", "[clean]") {
  const std::string text =
      " date 2024-06 Le président est arrivé. (AFP)\n\nLIRE AUSSI : Autre chose\n\n"
      "INTERNATIONAL - Un rendez-vous très scruté par les Occidentaux.\n\nafp/ami\n";
  precis::LoadedDocument doc;
  doc.text = text;
  const auto cleaned = precis::Clean({doc}, precis::GetLanguage("fr"), {});
  REQUIRE(cleaned.size() == 1);
  std::vector<precis::TextSpan> all = cleaned[0].paragraphs;
  for (const auto& r : cleaned[0].removed) all.push_back(r.span);
  std::sort(all.begin(), all.end(),
            [](const precis::TextSpan& a, const precis::TextSpan& b) { return a.begin < b.begin; });
  for (std::size_t i = 0; i < all.size(); ++i) {
    CAPTURE(i);
    REQUIRE(all[i].begin < all[i].end);
    REQUIRE(all[i].end <= text.size());
    CHECK(!std::isspace(static_cast<unsigned char>(text[all[i].begin])));
    CHECK(!std::isspace(static_cast<unsigned char>(text[all[i].end - 1])));
    if (i > 0) CHECK(all[i - 1].end <= all[i].begin);
  }
  // Each list in its own order too, not only once merged and sorted above.
  for (std::size_t i = 1; i < cleaned[0].paragraphs.size(); ++i) {
    CHECK(cleaned[0].paragraphs[i - 1].end <= cleaned[0].paragraphs[i].begin);
  }
  for (std::size_t i = 1; i < cleaned[0].removed.size(); ++i) {
    CHECK(cleaned[0].removed[i - 1].span.begin < cleaned[0].removed[i].span.begin);
  }
  CHECK(all.size() == 7);  // 2 paragraphs; date, (AFP), ad, kicker, sign-off removed
}

// The noisy lines of the five seed articles (/work/shared/seeds), copied with a few
// real paragraphs around them: every boilerplate line goes, every real paragraph stays.
TEST_CASE("seed articles: boilerplate removed, content kept", "[clean]") {
  const std::string seed0 =
      "Vladimir Poutine en chemin pour la Corée du Nord pour y signer des « documents "
      "importants »\n\n"
      "Le président russe Vladimir Poutine se rend en Corée du Nord mardi et mercredi\u00A019"
      "\u00A0juin\u00A02024. Photo d’illustration.\n"
      "RAMIL SITDIKOV / AFP Le président russe Vladimir Poutine se rend en Corée du Nord mardi "
      "et mercredi 19 juin 2024. Photo d’illustration.\n\n"
      "INTERNATIONAL - Un rendez-vous international très scruté. Le président russe Vladimir "
      "Poutine est en chemin pour la Corée du Nord.\n\n"
      "Pas d’accords lors de la dernière rencontre entre les deux dirigeants\n\n"
      "De son côté, le secrétaire général de l’Otan Jens Stoltenberg a estimé que cette visite "
      "«\u00A0montre à quel point le président Poutine et Moscou sont désormais dépendants "
      "des pays autoritaires\u00A0».\n\n"
      "À voir également sur\u00A0Le HuffPost\u00A0:\n\n"
      "Guerre en Ukraine\u00A0: ce que contient la déclaration finale du sommet suisse pour la "
      "paix\n\n"
      "Guerre en Ukraine\u00A0: au sommet suisse, Zelensky fait le vœu d’une «\u00A0paix juste "
      "aussi vite que possible\u00A0»";
  const std::string seed1 =
      "Poutine se rend en Corée du Nord pour la première fois en 24 ans\n\n\n\nCNN\n\n"
      "Des images satellite de Planet Labs montrent les préparatifs d’un grand défilé. Sur une "
      "photo prise le 5 juin, on peut voir des Nord-Coréens en train de pratiquer des "
      "formations en marche.\n\n"
      "READ\u00A0 Driggs du Plessis remporte une décision partagée contre Sean Strickland pour "
      "remporter le titre des poids moyens\n\n"
      "Le porte-parole américain en matière de sécurité nationale, John Kirby, a déclaré lundi "
      "aux journalistes que l’administration Biden n’était «\u00A0pas préoccupée par le "
      "voyage\u00A0».\n\n"
      "Le dirigeant nord-coréen Kim Jong Un accueille le président russe Vladimir Poutine à "
      "l'aéroport de Pyongyang le 19 juin 2024.\n\n"
      "La Corée du Nord décore les rues avec des banderoles de Poutine\n\n"
      "Entre août et février, Pyongyang a envoyé environ 6.700 conteneurs vers la Russie, a "
      "déclaré le ministère sud-coréen de la Défense.\n\n"
      "READ\u00A0 La PDG de Citigroup, Jane Fraser, restructure l'entreprise\n\n"
      "Michael Mitsanas, Katharina Krebs, Maria Knight, Yunjung Seo, Betsy Klein et Paul B. "
      "Rapports supplémentaires de Murphy et al.\n\n"
      "Laisser un commentaire\n\n"
      "Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *";
  const std::string seed2 =
      "Le 19 juin, Vladimir Poutine, le chef d’État russe, et Kim Jong-un, le leader de la "
      "Corée du Nord, ont conclu un pacte stratégique à Pyongyang, d’après les médias russes.\n"
      "« Une collaboration technique militaire »\n"
      "M. Poutine a estimé que «\u00A0Pyongyang a le droit de prendre des mesures pour assurer "
      "sa sécurité\u00A0».\n"
      "ParticiperRéemployer ce contenu.";
  const std::string seed3 =
      " date 2024-06 Le président russe Vladimir Poutine est arrivé mardi à Pyongyang. Cette "
      "visite d'Etat pourrait se conclure par la signature d'un accord.\n\n"
      "Cette image tirée d'une vidéo du Kremlin montre l'accolade entre Vladimir Poutine et Kim "
      "Jong Un lors de l'arrivée du premier à Pyongyang. [via REUTERS - Kremlin.ru]\n\n"
      "Une tribune signée Vladimir Poutine\n\n"
      "Kim Jong Un en Russie\n\n"
      "Préoccupations occidentales\n\n"
      "En échange, selon Washington et Séoul, la Russie a fourni à la Corée du Nord son "
      "expertise pour son programme de satellites.\n\n"
      ">> L'interview de Lionel Fatton dans l'émission Forum à propos de cette visite : "
      "Vladimir Poutine est en visite à Pyongyang, en Corée du Nord: interview de Lionel Fatton "
      "/ Forum / 5 min. / aujourd'hui à 19:00\n\n"
      "afp/ami\n";
  const std::string seed4 =
      "Russie\n\n"
      "Le Kremlin annonce la visite de Poutine en Corée du Nord le 18 juin et la signature de "
      "«documents importants»\n\n"
      "La signature de\u00A0«documents importants» a été évoqué par la présidence russe.\u00A0"
      "\n\n"
      "Rapprochement avec Moscou : la\u00A0«priorité numéro un» de Kim Jong-Un\n\n"
      "Vladimir Poutine se rendra dans la foulée les 19 et 20 juin au Vietnam.\n";

  const std::vector<Outcome> o = CleanTexts({seed0, seed1, seed2, seed3, seed4});

  using Expect = std::pair<std::string, std::string>;  // (line, rule)
  const std::vector<std::vector<Expect>> removed = {
      {{"Le président russe Vladimir Poutine se rend en Corée du Nord mardi et mercredi\u00A019"
        "\u00A0juin\u00A02024. Photo d’illustration.",
        "photo-credit"},
       {"RAMIL SITDIKOV / AFP Le président russe Vladimir Poutine se rend en Corée du Nord mardi "
        "et mercredi 19 juin 2024. Photo d’illustration.",
        "photo-credit"},
       {"INTERNATIONAL -", "kicker"},
       {"À voir également sur\u00A0Le HuffPost\u00A0:", "teaser"},
       {"Guerre en Ukraine\u00A0: ce que contient la déclaration finale du sommet suisse pour la "
        "paix",
        "teaser"},
       {"Guerre en Ukraine\u00A0: au sommet suisse, Zelensky fait le vœu d’une «\u00A0paix juste "
        "aussi vite que possible\u00A0»",
        "teaser"}},
      {{"CNN", "agency-signoff"},
       {"READ\u00A0 Driggs du Plessis remporte une décision partagée contre Sean Strickland pour "
        "remporter le titre des poids moyens",
        "inline-ad"},
       {"Le dirigeant nord-coréen Kim Jong Un accueille le président russe Vladimir Poutine à "
        "l'aéroport de Pyongyang le 19 juin 2024.",
        "wire-caption"},
       {"READ\u00A0 La PDG de Citigroup, Jane Fraser, restructure l'entreprise", "inline-ad"},
       {"Michael Mitsanas, Katharina Krebs, Maria Knight, Yunjung Seo, Betsy Klein et Paul B. "
        "Rapports supplémentaires de Murphy et al.",
        "byline"},
       {"Laisser un commentaire", "comment-form"},
       {"Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *",
        "comment-form"}},
      {{"ParticiperRéemployer ce contenu.", "glued-ui"}},
      {{"date 2024-06", "date-stamp"},
       {"Cette image tirée d'une vidéo du Kremlin montre l'accolade entre Vladimir Poutine et "
        "Kim Jong Un lors de l'arrivée du premier à Pyongyang. [via REUTERS - Kremlin.ru]",
        "photo-credit"},
       {">> L'interview de Lionel Fatton dans l'émission Forum à propos de cette visite : "
        "Vladimir Poutine est en visite à Pyongyang, en Corée du Nord: interview de Lionel "
        "Fatton / Forum / 5 min. / aujourd'hui à 19:00",
        "programme-plug"},
       {"afp/ami", "agency-signoff"}},
      {},
  };
  const std::vector<std::vector<std::string>> kept = {
      {"Vladimir Poutine en chemin pour la Corée du Nord pour y signer des « documents "
       "importants »",
       "Un rendez-vous international très scruté. Le président russe Vladimir Poutine est en "
       "chemin pour la Corée du Nord.",
       "Pas d’accords lors de la dernière rencontre entre les deux dirigeants",
       "De son côté, le secrétaire général de l’Otan Jens Stoltenberg a estimé que cette visite "
       "«\u00A0montre à quel point le président Poutine et Moscou sont désormais dépendants des "
       "pays autoritaires\u00A0»."},
      {"Poutine se rend en Corée du Nord pour la première fois en 24 ans",
       "Des images satellite de Planet Labs montrent les préparatifs d’un grand défilé. Sur une "
       "photo prise le 5 juin, on peut voir des Nord-Coréens en train de pratiquer des "
       "formations en marche.",
       "Le porte-parole américain en matière de sécurité nationale, John Kirby, a déclaré lundi "
       "aux journalistes que l’administration Biden n’était «\u00A0pas préoccupée par le "
       "voyage\u00A0».",
       "La Corée du Nord décore les rues avec des banderoles de Poutine",
       "Entre août et février, Pyongyang a envoyé environ 6.700 conteneurs vers la Russie, a "
       "déclaré le ministère sud-coréen de la Défense."},
      {"Le 19 juin, Vladimir Poutine, le chef d’État russe, et Kim Jong-un, le leader de la "
       "Corée du Nord, ont conclu un pacte stratégique à Pyongyang, d’après les médias russes.",
       "« Une collaboration technique militaire »",
       "M. Poutine a estimé que «\u00A0Pyongyang a le droit de prendre des mesures pour assurer "
       "sa sécurité\u00A0»."},
      {"Le président russe Vladimir Poutine est arrivé mardi à Pyongyang. Cette visite d'Etat "
       "pourrait se conclure par la signature d'un accord.",
       "Une tribune signée Vladimir Poutine", "Kim Jong Un en Russie",
       "Préoccupations occidentales",
       "En échange, selon Washington et Séoul, la Russie a fourni à la Corée du Nord son "
       "expertise pour son programme de satellites."},
      {"Russie",
       "Le Kremlin annonce la visite de Poutine en Corée du Nord le 18 juin et la signature de "
       "«documents importants»",
       "La signature de\u00A0«documents importants» a été évoqué par la présidence russe.",
       "Rapprochement avec Moscou : la\u00A0«priorité numéro un» de Kim Jong-Un",
       "Vladimir Poutine se rendra dans la foulée les 19 et 20 juin au Vietnam."},
  };
  for (std::size_t d = 0; d < o.size(); ++d) {
    CAPTURE(d);
    for (const Expect& e : removed[d]) {
      CAPTURE(e.first);
      CHECK(o[d].RuleFor(e.first) == e.second);
    }
    CHECK(o[d].removed.size() == removed[d].size());
    CHECK(o[d].kept == kept[d]);
  }
}

TEST_CASE("threads: cleaning in parallel gives the sequential result", "[clean][parallel]") {
  // Repeated lines cross worker boundaries (the cross-document rule), and texts outside
  // the BMP (surrogate pairs in ICU's UTF-16) shift the offsets the rules report.
  std::vector<precis::LoadedDocument> docs;
  for (int d = 0; d < 7; ++d) {
    precis::LoadedDocument doc;
    doc.text = "Titre numéro " + std::to_string(d) + " 🎉\n\nPartager sur Facebook\n\n"
               "🎉 PARIS (AFP) - Le président 𝒜 a parlé « longuement » ce mardi. (AFP)\n"
               "Publié le 18 juin 2024 à 10h30 Kim Jong-un et Vladimir Poutine ont signé "
               "un accord de défense mutuelle.\nAbonnez-vous à la newsletter\n";
    if (d % 2 == 0) doc.text += "Suivez-nous\n";
    doc.original = doc.text;
    docs.push_back(std::move(doc));
  }
  const precis::Language& french = precis::GetLanguage("fr");
  const std::vector<CleanedDocument> sequential = precis::Clean(docs, french, {}, 1);
  for (const std::size_t threads : {std::size_t{2}, std::size_t{3}, std::size_t{0}}) {
    CAPTURE(threads);
    const std::vector<CleanedDocument> parallel = precis::Clean(docs, french, {}, threads);
    REQUIRE(parallel.size() == sequential.size());
    for (std::size_t d = 0; d < docs.size(); ++d) {
      CAPTURE(d);
      CHECK(parallel[d].paragraphs == sequential[d].paragraphs);
      REQUIRE(parallel[d].removed.size() == sequential[d].removed.size());
      for (std::size_t r = 0; r < parallel[d].removed.size(); ++r) {
        CHECK(parallel[d].removed[r].span == sequential[d].removed[r].span);
        CHECK(parallel[d].removed[r].rule == sequential[d].removed[r].rule);
      }
    }
  }
  // The spans are byte offsets of the UTF-8 text, past the 4-byte characters.
  const std::string& text = docs[0].text;
  std::vector<std::string> kept;
  for (const precis::TextSpan& s : sequential[0].paragraphs) {
    kept.push_back(text.substr(s.begin, s.size()));
  }
  CHECK(std::find(kept.begin(), kept.end(),
                  "Kim Jong-un et Vladimir Poutine ont signé un accord de défense mutuelle.") !=
        kept.end());
  // The emoji hides the dateline (it must open the line), but the "(AFP)" tag after 𝒜 is
  // still cut at the right byte.
  CAPTURE(kept);
  CHECK(std::find(kept.begin(), kept.end(),
                  "🎉 PARIS (AFP) - Le président 𝒜 a parlé « longuement » ce mardi.") !=
        kept.end());
}

using precis::testing::TextsUnder;

// The literal pre-filter of the unanchored searches only saves time: every rule decides
// the same with it and without it, on every line and pair of lines of real pages and of
// lines built to defeat an ASCII search (characters whose case folding is ASCII: the
// Kelvin sign, the long s, ß, the ﬁ ligature, dotted İ).
TEST_CASE("the literal pre-filter never changes a verdict", "[clean]") {
  std::vector<std::string> texts = TextsUnder(std::filesystem::path(PRECIS_SOURCE_DIR) / "samples");
  REQUIRE_FALSE(texts.empty());
  const std::vector<std::string> seeds =
      TextsUnder(std::filesystem::path(PRECIS_SHARED_DIR) / "seeds");
  if (seeds.empty()) WARN("no seed articles under PRECIS_SHARED_DIR: checked samples only");
  texts.insert(texts.end(), seeds.begin(), seeds.end());
  texts.push_back(
      "Laisser un commentaire\nLaissez un avis\nLaisser un message\n"
      "LAISSEZ UN COMMENTAIRE\nLaiſſer un commentaire\n"
      "Votre adreße e-mail ne sera pas publiée.\nNom *\n12 commentaires\n12 réactions\n"
      "Répondre\nRéagir\nAnnuler la réponse\nCoo\u212Aies\nAccepter les coo\u212Aies\n"
      "Ce site utilise des coo\u212Aies.\nTous droits réſervés.\nABONNEZ-VOUS À NOTRE NEWSLETTER\n"
      "Abonnez-vous à notre newsletter pour ne rien manquer\nIl vous reste 80\u00A0% de cet "
      "article à lire.\nCliquez ici\nCLIQUEZ İCİ\nActivez JavaScript\nRéemployer ce contenu\n"
      "La suite après cette publicité\nTéléchargez notre application\nVotre navigateur ne "
      "supporte pas la vidéo.\nLeave a Reply\nYour email address will not be published.\n"
      "Required fields are marked *\nJoin the conversation\nCancel reply\nSave my name, email\n"
      "All rights reserved.\nAll rights reſerved.\nClick here\nEnable JavaScript\n"
      "Sign up for our daily newsletter\nStory continues below advertisement\nFollow us on X\n"
      "Recevez chaque matin l’essentiel\nRecevez-les par e-mail\nDelivered to your inbox\n"
      "Download our app\nSubscribers only\nAlready a subscriber?\n"
      "Le président a parlé longuement ce mardi. (AFP)\nLe président a parlé. [Reuters]\n"
      "Kim Jong-un à Pyongyang. Photo KCNA / AFP\nKim Jong-un à Pyongyang. Photo AFP\n"
      "La foule à Pyongyang. RAMIL SITDIKOV / AFP\nLa foule à Pyongyang. RAMIL SITDIKOV ∕ AFP\n"
      "Avec la contribution de Marie Dupont\nÉditée par Jean Martin\nTraduit par Anne Roy\n"
      "Additional reporting by John Smith\nEditing by Jane Doe\nReporting by Bob Lee\n"
      "Ont contribué à cet article : A. B.\nIllustration AFP\nImages REUTERS\n"
      "Le ﬁls du président a parlé. Illustration AFP\nLa ſuite après cette publicité\n"
      "Commentaires fermés\nSoyez le premier à réagir\nComments are closed.\n"
      "Be the first to comment\nRejoignez-nous sur Instagram\nACCÉDEZ À TOUS NOS CONTENUS\n"
      "Cet article a été mis à jour.\nÉcrit par la rédaction du Monde\n"
      "This story has been updated.\nThis article was first published in 2019.\n"
      "Vos données personnelles sont traitées par Ouest-France conformément au RGPD.\n"
      "Vous disposez d’un droit d’accès et de rectification.\n"
      "Your personal data will be processed by Example Ltd in accordance with the GDPR.\n"
      "— Préfet du Finistère (@Prefet29) 3 juin 2024\n"
      "Lire aussi : Tempête Ciarán : les images Les pompiers ont été appelés 300 fois.\n"
      "Advertisement - Scroll to continue\nPublicité - Faites défiler pour continuer\n"
      "Le port a rouvert. pic.twitter.com/AbC123xyz\nLe ſort a rouvert. pic.x.com/AbC123xyz\n"
      "Par Jean Dupont | Les pompiers ont parlé.\n"
      "Publié hier à 18h05 Les pompiers ont parlé.\n");
  for (const char* lang : {"fr", "en"}) {
    const precis::clean_rules::Patterns& patterns = precis::clean_rules::PatternsFor(lang);
    precis::clean_rules::ParagraphRules filtered(patterns);
    precis::clean_rules::ParagraphRules unfiltered(patterns);
    unfiltered.set_prefilter(false);
    std::size_t removed = 0;
    for (const std::string& text : texts) {
      filtered.Reset(text);
      unfiltered.Reset(text);
      std::vector<std::size_t> breaks = {0};
      for (std::size_t at = text.find('\n'); at != std::string::npos;
           at = text.find('\n', at + 1)) {
        breaks.push_back(at + 1);
      }
      breaks.push_back(text.size() + 1);
      // Each line, and each pair of consecutive lines (a paragraph joined across a line feed).
      for (std::size_t i = 0; i + 1 < breaks.size(); ++i) {
        for (std::size_t join = 1; join <= 2 && i + join < breaks.size(); ++join) {
          const precis::TextSpan raw{breaks[i], std::min(text.size(), breaks[i + join] - 1)};
          const precis::TextSpan span = precis::clean_rules::TrimSpan(text, raw);
          if (span.size() == 0) continue;
          CAPTURE(lang, text.substr(span.begin, span.size()));
          std::string_view rule_a, rule_b;
          for (const bool opening : {false, true}) {
            CHECK(filtered.StripPrefix(span, opening, false, &rule_a) ==
                  unfiltered.StripPrefix(span, opening, false, &rule_b));
            CHECK(rule_a == rule_b);
          }
          CHECK(filtered.StripSuffix(span, &rule_a) == unfiltered.StripSuffix(span, &rule_b));
          CHECK(rule_a == rule_b);
          const precis::clean_rules::Shape shape =
              precis::clean_rules::MeasureShape(text.substr(span.begin, span.size()));
          for (const bool first : {false, true}) {
            const precis::clean_rules::Verdict a = filtered.Classify(span, shape, first);
            const precis::clean_rules::Verdict b = unfiltered.Classify(span, shape, first);
            CHECK(a.rule == b.rule);
            CHECK(a.announces == b.announces);
            if (!a.rule.empty()) ++removed;
          }
        }
      }
    }
    // The comparison saw the rules at work, not only prose.
    CAPTURE(lang);
    CHECK(removed >= 40);
  }
}

// Each pre-filter (literals, a digit, the span's head or tail) is a necessary condition
// read off a regex by hand: every pattern, in every anchoring, must give the same answer
// with and without them, on real text and on lines built to sit at the edge of each
// condition (digits outside ASCII, marks after a capital, ’ in a rubric, a closer before
// white space and a period, U+00A0 and U+202F).
TEST_CASE("no pre-filter changes any pattern's answer", "[clean]") {
  using Anchor = precis::clean_rules::ParagraphRules::Anchor;
  std::vector<std::string> texts = TextsUnder(std::filesystem::path(PRECIS_SOURCE_DIR) / "samples");
  REQUIRE_FALSE(texts.empty());
  texts.push_back(
      "INTERNATIONAL - Le président a parlé longuement ce mardi devant la presse.\n"
      "ÉLECTIONS - Le scrutin a eu lieu dimanche dans tout le pays.\n"
      "E\u0301LECTIONS - Le scrutin a eu lieu dimanche dans tout le pays.\n"
      "L’ÉDITO - Un sommet sans surprise pour la diplomatie russe.\n"
      "Le PS - un parti divisé sur la question.\n"
      "Publié le 19 juin 2024 à 10h30 Le président russe est arrivé.\n"
      "19/06/2024 - Le président russe est arrivé à Pyongyang.\n"
      "\u0661\u0669/\u0660\u0666/\u0662\u0660\u0662\u0664 - Le président russe est arrivé.\n"
      "Mercredi 19 juin 2024, Vladimir Poutine a atterri à Pyongyang.\n"
      "Mis à jour le mercredi 19 juin Le sommet s’ouvre.\n"
      "Le dirigeant nord-coréen accueille son hôte. (Photo : KCNA via AFP)\n"
      "Le dirigeant nord-coréen accueille son hôte. [Crédit photo : Reuters] .\n"
      "Le dirigeant nord-coréen accueille son hôte (Sputnik / Kristina Kormilitsyna)\u00A0.\n"
      "Le dirigeant accueille son hôte (STR / AFP)\u202F\n"
      "Kim Jong-un et Vladimir Poutine \u00E0 Pyongyang, le 19 juin 2024. KCNA VIA AFP\n"
      "© AFP 2024\nCopyright Reuters\n(C) Le Monde\n(c) Xinhua\n"
      "Copyright 2024 The Associated Press. All rights reserved.\nPhoto copyright: AFP\n"
      "Le président et son hôte à Pyongyang. © Kristina Kormilitsyna / Sputnik / AFP\n"
      "The Times sued OpenAI over copyright infringement on Wednesday.\nLe prÃ©sident a parlÃ©.\n"
      "Le président a parlé. (AFP)\u00A0.\nLe président a parlé. [Reuters] \n"
      "Le président a parlé longuement. (AFP/Reuters).\n"
      "RAMIL SITDIKOV / AFP\nSTR / AFP Kim Jong-un accueille Vladimir Poutine\n"
      "Kevin Lamarque / Reuters\nÉmilie Durand / AFP\n"
      ">> Journal de 20 h / France 2 / 19 juin\nMagazine / TF1 / 30 min\n"
      "Vladimir Poutine et Kim Jong-un se serrent la main à Pyongyang, en Corée du Nord, "
      "le 19 juin 2024.\n"
      "Vladimir Poutine et Kim Jong-un se serrent la main à Pyongyang, en Corée du Nord, "
      "le 19 juin \u0662\u0660\u0662\u0664 .\n"
      "Russian President Vladimir Putin and North Korean leader Kim Jong Un shake hands in "
      "Pyongyang, North Korea, on June 19, 2024.\n"
      "Lire aussi :\nPartager Imprimer\nPhoto : AFP\nPARIS (AFP) - Le président a parlé.\n"
      "[À LIRE] Les retraites au cœur des débats\n(Lire aussi) Le Sénat durcit le texte\n"
      "Lire aussi notre décryptage sur la visite de M. Poutine.\n"
      "La façade de la mairie après l’incendie. (DR)\nLe port. (Capture d’écran KCNA)\n"
      "L’actualité franceinfo en continu, à portée de main.\nVous souhaitez lire la suite ?\n"
      "Ce live est terminé.\nCe direct est maintenant terminé\n"
      "Cet article est réalisé par la rédaction avec l’aide d’outils d’intelligence "
      "artificielle.\n"
      "Meadow Lake, Saskatchewan – Le conseil a parlé.\nLondres, Angleterre -- Pour la foule.\n"
      "Mercredi 19 juin 2024\nPar Jean Dupont\n"
      "Par Jean Dupont (avec AFP) \u00B7 Publi\u00E9 le 19 juin 2024 \u00E0 12h05\n"
      // Furniture glued to the story's prose.
      "Le port a rouvert. (avec AFP)\nLe port a rouvert.\u00A0J.D. avec AFP\n"
      "Le port a rouvert. Par Marie Dupont, à Brest\nLe port a rouvert. La Rédaction\n"
      "SAINT-MALO (Ille-et-Vilaine) - Les habitants ont parlé.\n"
      "ÉVREUX (Eure) – Le maire a parlé.\nE\u0301VREUX (Eure) – Le maire a parlé.\n"
      "18h45 - La SNCF a parlé.\n\u0669:\u0664\u0665 - La SNCF a parlé.\n"
      "Il y a 2 heures La tempête a frappé.\nIl y a \u0662 heures La tempête a frappé.\n"
      "Par Jean Dupont La tempête a frappé la ville.\n"
      "Article réservé aux abonnés La tempête a frappé.\n"
      "ARTICLE RÉSERVÉ AUX ABONNÉS La tempête a frappé.\n"
      "Le port a rouvert. (avec l’AFP)\n– 20 Minutes avec AFP\n"
      "Ouest-France avec AFP. Publié le 19/06/2024 à 11h20\n"
      "LORIENT (56) – La tempête a frappé la ville.\nBREST (FINISTÈRE) - Le maire a parlé.\n"
      "Publié le 3 juin 2024. La préfecture a parlé.\n"
      "Publié le 3 juin 2024 à 18h05, mis à jour le 4 juin 2024 à 08h12 Les pompiers ont parlé.\n"
      "Hier à 18h05 Les pompiers ont parlé.\nIl y a 2 h 30 Les pompiers ont parlé.\n"
      "Par Jean Dupont - Les pompiers ont parlé.\n"
      "Vos données personnelles sont traitées par Ouest-France conformément au RGPD.\n"
      "VOS DONNÉES SONT TRAITÉES PAR OUEST-FRANCE.\n"
      "Your personal data will be processed by Example Ltd.\n"
      "Gestion de vos données et vos droits\nRight of access and rectification\n"
      "— Préfet du Finistère (@Prefet29) 3 juin 2024\n"
      "— Jean Dupont (@jdupont) June 3, 2024\n"
      "Le port a rouvert. — Jean Dupont (@jdupont) June \u0663, \u0662\u0660\u0662\u0664\n"
      "Le port a rouvert. — Jean Dupont (@jdupont) June 3, 2024.\n"
      "Le port a rouvert. pic.twitter.com/AbC123xyz\npic.x.com/AbC123xyz pic.x.com/Zz9Yy8\n"
      "Le lien pic.twitter.com/AbC123xyz a été partagé.\n"
      "https://t.co/AbC123xyz…\nVoir la vidéo : https://www.youtube.com/watch?v=AbC\n"
      "Le rapport de l’Insee est consultable sur www.insee.fr depuis mardi.\n"
      "Publié hier à 18h05 Les pompiers ont parlé.\n"
      "Publié le 3 juin 2024 à 18h05 - mis à jour le 4 juin 2024 à 08h12 Les pompiers ont parlé.\n"
      "Par Jean Dupont | Les pompiers ont parlé.\nPar ailleurs | la mairie a parlé.\n"
      // A page's dialogs; reader comments.
      "Ce contenu a été bloqué car vous n’avez pas accepté les cookies et autres traceurs.\n"
      "CE CONTENU A ÉTÉ BLOQUÉ CAR VOUS N’AVEZ PAS ACCEPTÉ LES COOKIES.\n"
      "Vous pouvez lire Le Monde sur un seul appareil à la fois\nGérer mes choix\n"
      "This content is blocked because you have not accepted cookies.\nAccept for YouTube\n"
      "Commentaires (3)\nJean75 : honteux\nRépondre\nIl y a 2 heures\nbob_smith\n2 hours ago\n"
      // A link's screen-reader note; AP's funding note; a newsletter's sign-up box, offers.
      "Purchase Licensing Rights, opens new tab\nLe port a rouvert., opens new tab\n"
      "The Associated Press’ climate coverage receives financial support from private "
      "foundations. AP is solely responsible for all content. Find AP’s standards at AP.org.\n"
      "AP is solely responsible for all content.\nSign up here.\n"
      "Votre adresse mail est collectée par Le Parisien.\nVous pouvez vous désinscrire.\n"
      "En vous inscrivant, vous acceptez les conditions.\nProfitez de notre offre.\n"
      "Suivez Ouest-France dans l’application Google Actualités.\nOffre spéciale : 1 € par mois\n"
      "Retrouvez nos articles.\nCe live est terminé. Merci de l’avoir suivi.\n"
      "June 19, 20249:47 AM GMT+2Updated 2 hours ago\nMis à jour il y a 2 heures\n"
      "La rédaction vous conseille\nOuest-France vous recommande\n"
      // The parts of the UI phrases, each alone and several on one line.
      "Il vous reste 45 % à lire.\nAccédez à l’intégralité du site.\nTous droits réservés.\n"
      "Cliquez ici\nSur un seul appareil\nRegardez la vidéo.\nMerci de nous avoir suivis.\n"
      "Ce contenu est offert.\nL’article continue ci-dessous.\nRetrouvez tous nos articles.\n"
      "Suivez notre direct.\nL’essentiel de l’actu.\nCe direct est terminé, merci !\n"
      "Recevez gratuitement notre newsletter, tous droits réservés.\n"
      "The Reuters Daily Briefing newsletter provides all the news you need.\n"
      "Story continues below\nWe use cookies.\nAll rights reſerved.\n"
      "Toute reproduction, même partielle, est interdite.\nSelon notre charte déontologique.\n"
      "Suivez l’actualité sur notre application.\nSignaler une erreur dans cet article\n"
      "Vous avez repéré une erreur ?\n"
      "Vous avez envie de lire la suite ?\nDébloquez tous les articles.\n"
      "Offre découverte : 1 € le premier mois\n"
      "Le port a brûlé. Photo archives Jean Dupont / AFP\nLe port a brûlé. Crédit : AFP\n"
      "Le port a brûlé. AFP / Nicolas Tucat\nLe port. Photo illustration Sipa\n"
      // Regional bylines, sign-offs and rubrics.
      "Par notre correspondant à Bamako\nEnvoyée spéciale en Côte d’Ivoire\n"
      "Notre correspondant à Bamako a vu les blindés.\nRégions - Hainaut\n"
      "Régions - Brabant wallon\nIsabelle Ducas\nJean-François de La Roche\n"
      "La Presse Canadienne à Québec\nAPS\n— MAP\n"
      "Rabat - Le gouvernement marocain a annoncé la réouverture.\n");
  const int kinds = precis::clean_rules::ParagraphRules::KindCount();
  std::vector<std::size_t> hits(static_cast<std::size_t>(kinds), 0);
  for (const char* lang : {"fr", "en"}) {
    const precis::clean_rules::Patterns& patterns = precis::clean_rules::PatternsFor(lang);
    precis::clean_rules::ParagraphRules filtered(patterns);
    precis::clean_rules::ParagraphRules unfiltered(patterns);
    unfiltered.set_prefilter(false);
    for (const std::string& text : texts) {
      filtered.Reset(text);
      unfiltered.Reset(text);
      std::size_t begin = 0;
      while (begin < text.size()) {
        std::size_t end = text.find('\n', begin);
        if (end == std::string::npos) end = text.size();
        // The line as clean passes it (trimmed), and untrimmed: the filters must hold
        // on any span.
        const precis::TextSpan raw{begin, end};
        for (const precis::TextSpan span : {precis::clean_rules::TrimSpan(text, raw), raw}) {
          if (span.size() == 0 || span.size() > 2000) continue;
          CAPTURE(lang, text.substr(span.begin, span.size()));
          for (int kind = 0; kind < kinds; ++kind) {
            for (const Anchor anchor : {Anchor::kWhole, Anchor::kPrefix, Anchor::kAnywhere}) {
              CAPTURE(kind, static_cast<int>(anchor));
              const bool expected = unfiltered.Run(kind, span, anchor);
              CHECK(filtered.Run(kind, span, anchor) == expected);
              if (expected) ++hits[static_cast<std::size_t>(kind)];
            }
          }
        }
        begin = end + 1;
      }
    }
  }
  // The comparison saw every pattern match, not only fail.
  for (int kind = 0; kind < kinds; ++kind) {
    CAPTURE(kind);
    CHECK(hits[static_cast<std::size_t>(kind)] > 0);
  }
}

// A short span's failures are kept by its text (a table's cells, a list's figures repeat
// it): wherever the text comes again, in the same document or the next, every pattern
// answers as it does without the pre-filters, and a match, never kept, is found again at
// its own place.
TEST_CASE("failures kept by a short span's text never change an answer", "[clean]") {
  using Anchor = precis::clean_rules::ParagraphRules::Anchor;
  const std::string cells =
      "b\n12\n« oui »\nl’été\n3,5 %\nPublicité\n(AFP)\nRépondre\nLire aussi :\n"
      "Photo : AFP\nM. Dupont\nCoo\u212Aies\nJean75\n18h45 -\nAFP\n";
  // Each cell twice in the first document, the second time after every other cell.
  const std::vector<std::string> texts = {cells + cells, "| b | é |\n" + cells};
  const int kinds = precis::clean_rules::ParagraphRules::KindCount();
  for (const char* lang : {"fr", "en"}) {
    const precis::clean_rules::Patterns& patterns = precis::clean_rules::PatternsFor(lang);
    precis::clean_rules::ParagraphRules remembering(patterns);
    precis::clean_rules::ParagraphRules unfiltered(patterns);
    unfiltered.set_prefilter(false);
    std::size_t matches = 0;
    for (const std::string& text : texts) {
      remembering.Reset(text);
      unfiltered.Reset(text);
      for (std::size_t begin = 0, end = 0; begin < text.size(); begin = end + 1) {
        end = text.find('\n', begin);
        const precis::TextSpan span{begin, end};
        CAPTURE(lang, text.substr(span.begin, span.size()));
        for (int kind = 0; kind < kinds; ++kind) {
          for (const Anchor anchor : {Anchor::kWhole, Anchor::kPrefix, Anchor::kAnywhere}) {
            CAPTURE(kind, static_cast<int>(anchor));
            const bool expected = unfiltered.Run(kind, span, anchor);
            CHECK(remembering.Run(kind, span, anchor) == expected);
            if (expected) ++matches;
          }
        }
        std::string_view rule_a, rule_b;
        CHECK(remembering.StripPrefix(span, true, false, &rule_a) ==
              unfiltered.StripPrefix(span, true, false, &rule_b));
        CHECK(rule_a == rule_b);
        CHECK(remembering.StripSuffix(span, &rule_a) == unfiltered.StripSuffix(span, &rule_b));
        CHECK(rule_a == rule_b);
        const precis::clean_rules::Shape shape =
            precis::clean_rules::MeasureShape(text.substr(span.begin, span.size()));
        CHECK(remembering.Classify(span, shape, false).rule ==
              unfiltered.Classify(span, shape, false).rule);
      }
    }
    // Cells that patterns take were among them, each met more than once.
    CAPTURE(lang);
    CHECK(matches >= 10);
  }
}

// The one-device warning of Le Monde and its consent notice for a blocked embed, as a copy
// of the page gives them: lines of their own between the story's paragraphs.
const std::string kBlockedEmbed =
    "Ce contenu a été bloqué car vous n’avez pas accepté les cookies et autres traceurs. Ce "
    "contenu est fourni par Twitter.\n"
    "Pour pouvoir le visualiser, vous devez accepter l’usage étant opéré par Twitter avec vos "
    "données qui pourront être utilisées pour les finalités suivantes\u00A0: vous permettre de "
    "visualiser et de partager des contenus avec des médias sociaux.\n"
    "Accepter pour Twitter\n"
    "Gérer mes choix";
const std::string kOneDevice =
    "Vous pouvez lire Le Monde sur un seul appareil à la fois\n"
    "Ce message s’affichera sur l’autre appareil.\n"
    "Découvrir les offres multicomptes\n"
    "Parce qu’une autre personne (ou vous) est en train de lire Le Monde avec ce compte sur un "
    "autre appareil.\n"
    "Vous ne pouvez lire Le Monde que sur un seul appareil à la fois (ordinateur, téléphone ou "
    "tablette).\n"
    "Comment ne plus voir ce message\u202F?\n"
    "En cliquant sur «\u00A0Continuer à lire ici\u00A0» et en vous assurant que vous êtes la "
    "seule personne à consulter Le Monde avec ce compte.\n"
    "Que se passera-t-il si vous continuez à lire ici\u202F?\n"
    "Ce message s’affichera sur l’autre appareil. Ce dernier restera connecté avec ce compte.\n"
    "Vous ignorez qui est l’autre personne\u202F?\n"
    "Nous vous conseillons de modifier votre mot de passe.";

TEST_CASE("site-ui: a page's dialog goes whole, from its heading", "[clean]") {
  auto [block, lang] = GENERATE_REF(table<std::string, std::string>({
      {kBlockedEmbed, "fr"},
      {kOneDevice, "fr"},
      {kOneDevice + "\n" + kBlockedEmbed, "fr"},
      // The heading after lines of its own dialog, with other furniture between them.
      {"Découvrir les offres multicomptes\nPartager\n" + kOneDevice, "fr"},
      {"Vous avez choisi de ne pas accepter le dépôt de cookies.\nGérer mes choix", "fr"},
      {"This content is blocked because you have not accepted cookies and other trackers. This "
       "content is provided by YouTube.\n"
       "To view it, you must accept the use of your data by YouTube.\n"
       "Accept for YouTube\n"
       "Manage my choices",
       "en"},
  }));
  CAPTURE(block, lang);
  const std::string& before = lang == "en" ? kEnBefore : kFrBefore;
  const std::string& after = lang == "en" ? kEnAfter : kFrAfter;
  const Outcome o =
      CleanText("Titre de l’article\n\n" + before + "\n" + block + "\n" + after, lang);
  CHECK(o.kept == std::vector<std::string>{"Titre de l’article", before, after});
}

TEST_CASE("site-ui: a dialog's lines without its heading, and news about cookies, stay",
          "[clean]") {
  auto [line, lang] = GENERATE(table<std::string, std::string>({
      {"Gérer mes choix", "fr"},
      {"Accepter pour Twitter", "fr"},
      {"Continuer à lire ici", "fr"},
      {"Ce contenu est fourni par l’Agence France-Presse.", "fr"},
      {"Comment ne plus voir ce message\u202F? La question revient chez les abonnés.", "fr"},
      {"La CNIL rappelle que les internautes peuvent refuser les cookies et autres traceurs sans "
       "perdre l’accès au site.",
       "fr"},
      {"«\u00A0Ce contenu a été bloqué car vous n’avez pas accepté les cookies\u00A0», "
       "s’étonnent des internautes privés de vidéos.",
       "fr"},
      {"Netflix limite le partage : un compte ne pourra plus être lu sur un autre appareil hors "
       "du foyer.",
       "fr"},
      {"Accept for now", "en"},
      // The story reports a dialog: words before its heading, or an incise that gives it.
      {"Désormais, vous ne pouvez lire Le Monde que sur un seul appareil à la fois, explique la "
       "direction dans un courriel.",
       "fr"},
      {"Vous ne pouvez lire Le Monde que sur un seul appareil à la fois, explique la direction "
       "commerciale du journal.",
       "fr"},
      {"Sur plusieurs pages consultées par nos soins, un lecteur qui refuse le traçage voit "
       "apparaître à la place des vidéos le message suivant : Ce contenu a été bloqué car vous "
       "n’avez pas accepté les cookies et autres traceurs.",
       "fr"},
      {"Sur d’autres, le message est plus sec : vous avez choisi de ne pas accepter le dépôt de "
       "cookies, notre contenu n’est donc pas accessible.",
       "fr"},
      {"You can only read The Times on one device at a time under the new terms, the company "
       "confirmed in an email to subscribers.",
       "en"},
  }));
  CheckLine(line, false, "", lang);
}

TEST_CASE("site-ui: a dialog's heading takes only the dialog's lines beside it", "[clean]") {
  const std::string text = "Titre\n\n" + kFrBefore +
                           "\nVous pouvez lire Le Monde sur un seul appareil à la fois\n"
                           "Gérer mes choix\n" +
                           kFrAfter + "\nAccepter pour Twitter\n";
  const Outcome o = CleanText(text);
  CHECK(o.RuleFor("Gérer mes choix") == "site-ui");
  CHECK(o.Kept(kFrAfter));
  CHECK(o.Kept("Accepter pour Twitter"));  // past a line of the story
}

const std::string kStory =
    "Incendie à Marseille\u00A0: 6.700 habitants évacués\n\n"
    "Un violent incendie s’est déclaré mercredi dans les collines du nord de Marseille.\n\n"
    "Le feu a déjà parcouru 1\u00A0200 hectares de garrigue et de pinède.\n\n"
    "Le maire s’est rendu sur place dans la soirée et a salué le courage des pompiers.\n\n";

TEST_CASE("reader-comment: the comments under a story go, from their heading", "[clean]") {
  auto [comments, lang] = GENERATE_REF(table<std::string, std::string>({
      {"Commentaires (3)\n\nJean75\nIl y a 2 heures\nEncore un incendie criminel à Marseille, il "
       "faut punir les pyromanes\u202F!\nRépondre\nSignaler\n\nMarie-Claude13\nIl y a 1 heure\n"
       "Tout mon soutien aux pompiers de Marseille qui luttent depuis mercredi.\nRépondre\n"
       "Signaler",
       "fr"},
      {"Commentaires (12)\nJean75 : honteux, encore un incendie criminel\u00A0!!!\nRéagir", "fr"},
      {"3 commentaires\n\npierre_d\nLes secours ont été remarquables cette nuit.\nRépondre · "
       "Signaler",
       "fr"},
      {"Réactions (2)\n\nJean75\nIl y a 5 min\nQuel drame pour les habitants du quartier.\n"
       "Répondre",
       "fr"},
      {"Comments (12)\n\nbob_smith\n2 hours ago\nThe firefighters did a great job.\nReply\n"
       "Report",
       "en"},
      // A heading without a count: its comments show who wrote them or when.
      {"Commentaires\n\nJean75\nIl y a 2 heures\nEncore un incendie, c’est honteux.\nRépondre\n\n"
       "Marie_B\nIl y a 3 heures\nTout mon soutien aux pompiers.\nRépondre",
       "fr"},
      {"Vos réactions\n\nmarie_c : « Bravo » aux 6.700 bénévoles\u202F!\nSignaler", "fr"},
      {"Comments\n\nbob_smith\n2 hours ago\nThe firefighters did a great job.\nReply", "en"},
  }));
  CAPTURE(comments, lang);
  const Outcome o = CleanText(kStory + comments, lang);
  CHECK(o.kept.size() == 4);
  for (const auto& [text, rule] : o.removed) {
    CAPTURE(text);
    CHECK(comments.find(text) != std::string::npos);
  }
}

TEST_CASE("reader-comment: comments in prose, a heading with no comment under it, stay",
          "[clean]") {
  auto [text, removed] = GENERATE_REF(table<std::string, std::string>({
      // Prose about comments.
      {kStory + "Les commentaires de la société, publiés dans un communiqué, contestent la "
                "méthode.\n\nRépondre aux critiques sera la priorité du maire, a-t-il dit.",
       ""},
      // A heading, then a new story: no mark of comments under it.
      {kStory + "Commentaires\n\nLa mairie a ouvert un gymnase pour les sinistrés.\n\nLes "
                "écoles du quartier resteront fermées vendredi.\n\nUn numéro vert a été mis en "
                "place.",
       "Commentaires"},
      // A heading before the story's body: a rubric, not the comments under it.
      {"Commentaires (2)\n\nJean75\n\n" + kStory, "Commentaires (2)"},
  }));
  CAPTURE(text);
  const Outcome o = CleanText(text);
  if (removed.empty()) {
    CHECK(o.removed.empty());
  } else {
    CHECK(o.removed.size() == 1);
    CHECK(o.RuleFor(removed) == "comment-form");
  }
}

const std::string kEnStory =
    "Storm Darragh: thousands without power\n\n"
    "More than 200,000 homes were left without electricity on Saturday.\n\n"
    "The Met Office issued a rare red warning for parts of the Welsh coast.\n\n"
    "Two people died after trees fell on their vehicles, police said.\n\n";

TEST_CASE("reader-comment: a rubric, a live blog, a story's leads are not comments", "[clean]") {
  auto [text, lang] = GENERATE_REF(table<std::string, std::string>({
      // "Réactions", "Comments" alone title a section of the story.
      {kStory + "Réactions\n\nLe président de la région a salué l’engagement des pompiers.\n\n"
                "Il y a 2 heures\n\nLes pompiers annoncent que le feu est fixé.\n\n"
                "Il y a 3 heures\n\nUn Canadair supplémentaire a été engagé depuis Marseille.",
       "fr"},
      {kStory + "Réactions\n\nA69 : le collectif La Voie est libre appelle à un rassemblement.\n\n"
                "Les élus écologistes de la région ont dénoncé un passage en force.",
       "fr"},
      {kStory + "Réactions\n\nG7 : Kiev salue une «\u00A0étape décisive\u00A0» pour sa "
                "reconstruction.\n\nCOP30 : les pays du G7 réaffirment leur engagement sur le "
                "climat.\n\nLes ONG environnementales ont jugé ce texte très insuffisant.",
       "fr"},
      {kStory + "Réactions\n\n\nLa préfecture appelle les habitants à ne pas sortir.\n\n"
                "Brest2025 : la métropole a annulé toutes ses manifestations prévues jeudi.\n\n"
                "Le président du conseil départemental a appelé à la solidarité.",
       "fr"},
      {kStory + "Commentaires\n\nPour le politologue Jean Martin, le ministre n’avait guère le "
                "choix.\n\nRépondre\n\nC’est le mot du gouvernement : répondre, plutôt que se "
                "taire.\n\nSignaler\n\nLe député a promis de signaler les faits au procureur.",
       "fr"},
      {kStory + "Réactions\n\nDembélé10 : «\u00A0C’est une grande victoire pour le "
                "groupe.\u00A0»\n\nLuis Enrique : «\u00A0Je suis fier de mes joueurs.\u00A0»",
       "fr"},
      // A heading with a count, then ages and leads but no button: no comment.
      {kStory + "Commentaires (3)\n\nA69 : le collectif appelle à un rassemblement samedi.\n\n"
                "Il y a 2 heures\n\nLes élus écologistes ont dénoncé un passage en force.",
       "fr"},
      {kEnStory + "Comments\n\nResidents described the night as the worst they could "
                  "remember.\n\n2 hours ago\n\nEngineers would work through the night to restore "
                  "supplies.\n\n3 hours ago\n\nRail services between Cardiff and Bristol were "
                  "suspended.",
       "en"},
      {kEnStory + "Comment\n\nA320neo: the grounding is the third this year to hit the "
                  "family.\n\nAnalysts said the carrier had little choice but to follow.",
       "en"},
  }));
  CAPTURE(text, lang);
  const Outcome o = CleanText(text, lang);
  for (const auto& [removed, rule] : o.removed) {
    CAPTURE(removed);
    CHECK(rule != "reader-comment");
    // Headings, buttons and ages only; every sentence of the story stays.
    CHECK(std::count(removed.begin(), removed.end(), ' ') < 4);
  }
}

TEST_CASE("reader-comment: a new story past the comments stays", "[clean]") {
  const std::string next =
      "Les pompiers de Brest ont maîtrisé un feu d’entrepôt dans la nuit de jeudi.\n\n"
      "Aucun blessé n’est à déplorer, selon la préfecture du Finistère.\n\n"
      "L’entrepôt abritait des produits chimiques, a précisé le maire.\n\n"
      "Une enquête a été ouverte pour déterminer l’origine du sinistre.";
  const Outcome o = CleanText(kStory +
                              "Commentaires (1)\n\nJean75\nIl y a 2 heures\nBravo aux "
                              "pompiers.\nRépondre\n\n" +
                              next);
  CHECK(o.RuleFor("Bravo aux pompiers.") == "reader-comment");
  CHECK(o.Kept("Les pompiers de Brest ont maîtrisé un feu d’entrepôt dans la nuit de jeudi."));
  CHECK(o.Kept("Une enquête a été ouverte pour déterminer l’origine du sinistre."));
  CHECK(o.kept.size() == 8);
}

TEST_CASE("Every rule that removes text is described in words, each differently") {
  namespace rules = precis::clean_rules;
  const std::string_view names[] = {
      rules::kInlineAd,      rules::kCommentForm,   rules::kSiteUi,        rules::kTeaser,
      rules::kPhotoCredit,   rules::kWireCaption,   rules::kCaptionRepeat, rules::kCaption,
      rules::kDuplicateLine, rules::kAgencySignoff, rules::kDateline,      rules::kKicker,
      rules::kGluedUi,       rules::kByline,        rules::kDateStamp,     rules::kProgrammePlug,
      rules::kRepeatedLine,  rules::kNoText,        rules::kEditorNote,    rules::kReaderComment,
  };
  std::vector<std::string> words;
  for (const std::string_view name : names) {
    CAPTURE(name);
    words.push_back(precis::DescribeRemoval(name));
    CHECK(words.back() != name);
  }
  std::sort(words.begin(), words.end());
  CHECK(std::adjacent_find(words.begin(), words.end()) == words.end());
  CHECK(precis::DescribeRemoval("a-rule-to-come") == "a-rule-to-come");
}

TEST_CASE("A run of white space that patterns could split many ways ends no cleaning", "[clean]") {
  // A stamp before a million spaces overflowed ICU's backtrack stack, and the whole run
  // failed; thousands of spaces inside a sentence took minutes. A match cut off reads as
  // none: the paragraph's sentences are all there.
  const std::string lead = "Les pompiers sont intervenus dans la nuit.";
  for (const std::string& text : {"Publié hier à 18h05" + std::string(1000000, ' ') + lead,
                                  "Par Jean Dupont" + std::string(300000, ' ') + "| " + lead,
                                  lead + std::string(20000, ' ') + "Fin du texte."}) {
    Outcome o;
    REQUIRE_NOTHROW(o = CleanText(text));
    REQUIRE(o.kept.size() == 1);
    CHECK(o.kept[0].find(lead) != std::string::npos);
  }
}
