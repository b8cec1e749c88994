// Tests for MarkInterviewAnswers: an interviewee's words, given without quotation marks.
#include "interview.h"

#include <catch2/catch.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace precis {
namespace {

using Paragraphs = std::vector<std::vector<std::string>>;

// The marks of a document given paragraph by paragraph, sentence by sentence.
std::vector<bool> Mark(const Paragraphs& document, const char* language = "fr") {
  std::vector<std::string_view> sentences;
  std::vector<std::size_t> paragraphs;
  for (std::size_t p = 0; p < document.size(); ++p) {
    for (const std::string& sentence : document[p]) {
      sentences.push_back(sentence);
      paragraphs.push_back(p);
    }
  }
  return MarkInterviewAnswers(sentences, paragraphs, GetLanguage(language));
}

// rpm2_fr's T05, doc 07, shortened: after the chapeau, questions and the Défenseure's answers.
const Paragraphs kInterview = {
    {"Dominique Versini, la Défenseure des enfants, s’inquiète du fichage des mineurs.",
     "Elle pointe l’absence de critères objectifs."},
    {"Comment réagissez-vous à ce décret sur le fichage des mineurs à partir de 13 ans\u00A0?"},
    {"Cette escalade dans le fichage est vraiment regrettable."},
    {"Le fichier Edvige élargit encore plus le public cible."},
    {"Quels dangers présente ce critère de fichage\u00A0?"},
    {"Il est beaucoup trop vaste."},
    {"Je ne veux pas minimiser les actes délictueux, qui sont inacceptables."},
    {"Les mineurs sont déjà assez fichés."},
    {"Comment limiter ce fichage\u202F?"},
    {"Nous souhaitons mener une réflexion de fond avec la CNIL."},
};

TEST_CASE("MarkInterviewAnswers: an interview's answers, the first too", "[standalone]") {
  const std::vector<bool> expected = {false, false,  // the chapeau is the article's
                                      false,         // a question
                                      true,  true,   // an answer without "je": still hers
                                      false, true, true, true, false, true};
  CHECK(Mark(kInterview) == expected);
}

TEST_CASE("MarkInterviewAnswers: articles that ask and answer in their own voice",
          "[standalone]") {
  SECTION("an explainer, its answers quoting others") {
    // rpm2_fr's T03, doc 01: the first person is inside « » and straight quotes.
    const Paragraphs explainer = {
        {"Les Français à l’heure des comptes"},
        {"L’argent des épargnants est-il en danger ?"},
        {"A priori, non."},
        {"«\u00A0On dispose de 1,8 milliard d’euros de réserve\u00A0», assure M. de Prévoisin."},
        {"Et si l’on a un compte dans une banque étrangère ?"},
        {"Le plafond de 70.000 euros ne protège que les déposants des banques françaises."},
        {"«\u00A0La Banque de France pourrait nous avancer de la trésorerie.",
         "Elle serait garantie par nos banques\u00A0», dit-il."},
        {"Des crédits seront-ils plus difficiles à obtenir ?"},
        {"\"Je ne prête plus\", dit un banquier, et les taux montent de 3,5 %."},
    };
    CHECK(Mark(explainer) == std::vector<bool>(10, false));
  }
  SECTION("a newspaper's own \"notre\", once") {
    const Paragraphs editorial = {
        {"Faut-il revoir la loi Leonetti ?"},
        {"Le débat est relancé."},
        {"S’est-elle suicidée ?"},
        {"L’ordre des médecins (lire notre entretien) se dit engagé."},
    };
    CHECK(Mark(editorial) == std::vector<bool>(4, false));
  }
  SECTION("one question only: an article's rhetoric") {
    const Paragraphs one = {
        {"Quel a été le rôle de la France ?"},
        {"Nous n’avons versé aucune rançon, affirme Paris."},
        {"Je n’en sais rien, dit M. Uribe."},
    };
    CHECK(Mark(one) == std::vector<bool>(3, false));
  }
}

TEST_CASE("MarkInterviewAnswers: a question is a paragraph of its own", "[standalone]") {
  // Each question here shares its paragraph with the journalist's sentence before it.
  const Paragraphs inline_questions = {
      {"Le ministre a été interrogé.", "Que va-t-il faire ?"},
      {"Je partirai demain."},
      {"Il a hésité.", "Et ensuite ?"},
      {"Nous verrons."},
  };
  CHECK(Mark(inline_questions) == std::vector<bool>(6, false));
  // A question in quotation marks, alone in its paragraph, is still a question.
  const Paragraphs quoted = {
      {"«\u00A0Que comptez-vous faire\u00A0?\u00A0»"},
      {"Je partirai demain."},
      {"“Et ensuite ?”"},
      {"Nous verrons."},
  };
  CHECK(Mark(quoted) == std::vector<bool>{false, true, false, true});
  // Asked with "?!", or before a closing bracket: as CanStandAlone reads a question.
  const Paragraphs exclaimed = {
      {"Vous comptez vraiment partir\u00A0?!"},
      {"Je partirai demain."},
      {"(Et ensuite\u00A0?)"},
      {"Nous verrons."},
  };
  CHECK(Mark(exclaimed) == std::vector<bool>{false, true, false, true});
}

TEST_CASE("MarkInterviewAnswers: questions labelled as an interviewer's", "[standalone]") {
  // Answers that speak of others only: the labels tell the interview.
  SECTION("the newspaper's name, then the speaker's, each a sentence") {
    const Paragraphs named = {
        {"La secrétaire générale de la CGT appelle à une nouvelle journée de grève."},
        {"Le Parisien.", "Combien de manifestants attendez-vous jeudi ?"},
        {"Sophie Binet.", "Plus d’un million, comme lors de la journée du 7 mars."},
        {"Le Parisien.", "Le gouvernement peut-il encore reculer ?"},
        {"Sophie Binet.", "Oui, le gouvernement doit retirer sa réforme."},
    };
    CHECK(Mark(named) ==
          std::vector<bool>{false, false, false, true, true, false, false, true, true});
  }
  SECTION("Q. and R.") {
    const Paragraphs letters = {
        {"Q. Le gouvernement peut-il encore reculer sur les 64 ans ?"},
        {"R. Oui, le gouvernement doit retirer sa réforme des retraites."},
        {"Question : la grève sera-t-elle reconduite ?"},
        {"R. Dans les raffineries, certainement."},
    };
    CHECK(Mark(letters) == std::vector<bool>{false, true, false, true});
  }
  SECTION("a dialogue's dashes") {
    const Paragraphs dashes = {
        {"— Et si Élisabeth Borne utilise le 49.3 ?"},
        {"— Ce serait un déni de démocratie."},
        {"— Et après ?"},
        {"— La mobilisation redoublerait partout."},
    };
    CHECK(Mark(dashes) == std::vector<bool>{false, true, false, true});
  }
  SECTION("a narrator's short sentence, or a question, before a question is no label") {
    const Paragraphs rhetoric = {
        {"Il a hésité.", "Que va faire le gouvernement ?"},
        {"Les syndicats attendent sa réponse."},
        {"Et maintenant ?", "Que va faire l’intersyndicale ?"},
        {"Elle se réunit lundi."},
    };
    CHECK(Mark(rhetoric) == std::vector<bool>(6, false));
  }
}

TEST_CASE("MarkInterviewAnswers: English, and words in capitals", "[standalone]") {
  const Paragraphs english = {
      {"Will the talks resume?"},
      {"We are ready to return to the table."},
      {"What about the sanctions?"},
      {"I think they will stay."},
  };
  CHECK(Mark(english, "en") == std::vector<bool>{false, true, false, true});
  // "US" is a country, not "us"; "NOUS" in capitals is a headline's shout.
  const Paragraphs capitals = {
      {"Will the talks resume?"},
      {"The US envoy is ready to return to the table."},
      {"What about the sanctions?"},
      {"They will stay, says the US Treasury."},
  };
  CHECK(Mark(capitals, "en") == std::vector<bool>(4, false));
  const Paragraphs shout = {
      {"Qui paiera ?"},
      {"NOUS PAIERONS TOUS, titre le journal."},
      {"Et demain ?"},
      {"NOUS VERRONS."},
  };
  CHECK(Mark(shout) == std::vector<bool>(4, false));
}

TEST_CASE("MarkInterviewAnswers: no sentences, no questions", "[standalone]") {
  CHECK(Mark({}).empty());
  CHECK(Mark({{"Je pars.", "Nous restons."}, {"Je reviens."}}) ==
        std::vector<bool>(3, false));
}

}  // namespace
}  // namespace precis
