#include "interview_intro.h"

#include <catch2/catch.hpp>
#include <string>

#include "language.h"

namespace precis {
namespace {

TEST_CASE("PresentsInterview: someone answers the paper's questions", "[interview]") {
  const auto [sentence, lang, presents] = GENERATE(table<const char*, const char*, bool>({
      {"Sophie Binet, secrétaire générale de la CGT, répond à nos questions.", "fr", true},
      {"La députée a accepté de répondre à toutes nos questions.", "fr", true},
      {"Élisabeth Borne, Première ministre, a répondu à nos questions mardi.", "fr", true},
      {"RÉPOND À NOS QUESTIONS : le maire de Brest.", "fr", true},
      {"Sollicité, le ministère n’a pas répondu à nos questions.", "fr", true},
      {"The mayor answered our questions on Tuesday.", "en", true},
      {"She answers all our questions about the 3.5% rise.", "en", true},
      // The speaker's questions, in quotation marks; others' questions; the paper's
      // questions without an answer; an answer to something else.
      {"« Le ministre n’a pas répondu à nos questions », déplore le syndicat.", "fr", false},
      {"Le ministre répondra aux questions des députés mardi.", "fr", false},
      {"Nos questions restent sans réponse, écrit l’éditorialiste.", "fr", false},
      {"Les habitants posent leurs questions au maire, qui répond à 6.700 courriers.", "fr", false},
      {"\"They never answered our questions,\" said the union.", "en", false},
  }));
  CAPTURE(sentence);
  CHECK(PresentsInterview(sentence, GetLanguage(lang)) == presents);
}

}  // namespace
}  // namespace precis
