// Tests for the incise readings: the words after a comma that give what came before them
// to a speaker, as cleaning and the stand-alone filter read them.
#include "incise.h"

#include <catch2/catch.hpp>
#include <string>
#include <tuple>
#include <vector>

#include "language.h"

namespace precis {
namespace {

using Words = std::vector<std::string>;

// Which of the named readings a case reads with.
enum class Reading { kInstruction, kDialog, kStoryClause };

const InciseReading& Of(Reading reading) {
  switch (reading) {
    case Reading::kInstruction:
      return kInstructionIncise;
    case Reading::kDialog:
      return kDialogIncise;
    case Reading::kStoryClause:
      break;
  }
  return kStoryClauseSaying;
}

// The words of a case, as a failure names them.
std::string Joined(const Words& words) {
  std::string out;
  for (const std::string& w : words) out += (out.empty() ? "" : " ") + w;
  return out;
}

TEST_CASE("IsIncise: the language's verbs, in each reading", "[incise]") {
  std::string code;
  Words words;
  Reading reading = Reading::kInstruction;
  bool expected = false;
  std::tie(code, words, reading, expected) = GENERATE(table<std::string, Words, Reading, bool>({
      // The verb, then its subject: a name, a determiner, an elided article.
      {"fr", {"conseille", "l’administration", "fiscale"}, Reading::kInstruction, true},
      {"fr", {"précise", "Bercy"}, Reading::kInstruction, true},
      {"fr", {"a", "rappelé", "la", "CNIL"}, Reading::kInstruction, true},
      {"en", {"said", "the", "minister"}, Reading::kInstruction, true},
      // Inverted, the pronoun joined by "-t-" or before the participle.
      {"fr", {"a", "t", "elle", "précisé"}, Reading::kInstruction, true},
      {"fr", {"ajoute", "t", "il"}, Reading::kInstruction, true},
      {"fr", {"dit", "il"}, Reading::kInstruction, true},
      // Near misses: ", a-t-il" with no participle; an auxiliary and a participle with no
      // subject; a participle that describes; a passive; an ordinary clause.
      {"fr", {"a", "t", "il"}, Reading::kInstruction, false},
      {"fr", {"a", "déclaré"}, Reading::kInstruction, false},
      {"fr", {"écrit", "chaque", "matin", "par", "la", "rédaction"}, Reading::kInstruction, false},
      {"fr", {"a", "été", "pensée", "pour", "vous"}, Reading::kInstruction, false},
      {"fr",
       {"la", "meilleure", "façon", "de", "suivre", "l’actualité"},
       Reading::kInstruction,
       false},
      {"en",
       {"a", "weekly", "digest", "of", "the", "best", "stories"},
       Reading::kInstruction,
       false},
      {"fr", {}, Reading::kInstruction, false},
      // At most eight words to the sentence's end for an instruction's incise; a dialog's
      // may stand anywhere, whatever follows it.
      {"fr",
       {"a", "déclaré", "le", "ministre", "de", "la", "Défense", "hier"},
       Reading::kInstruction,
       true},
      {"fr",
       {"a", "déclaré", "le", "ministre", "de", "la", "Défense", "hier", "soir"},
       Reading::kInstruction,
       false},
      {"fr",
       {"a", "déclaré", "le", "ministre", "de", "la", "Défense", "hier", "soir"},
       Reading::kDialog,
       true},
      // The subject first: a dialog's incise only.
      {"en",
       {"the", "company", "confirmed", "in", "an", "email", "to", "subscribers"},
       Reading::kDialog,
       true},
      {"en", {"the", "company", "confirmed"}, Reading::kInstruction, false},
      {"en", {"he", "said"}, Reading::kDialog, true},
      {"fr", {"la", "direction", "commerciale", "précise"}, Reading::kDialog, true},
      {"fr",
       {"la", "direction", "commerciale", "du", "journal", "précise"},
       Reading::kDialog,
       false},
  }));
  CAPTURE(code, Joined(words), static_cast<int>(reading));
  CHECK(IsIncise(words, GetLanguage(code).reporting_verbs, Of(reading)) == expected);
}

TEST_CASE("IsIncise: each language reads its own verbs", "[incise]") {
  const Language& en = GetLanguage("en");
  const Language& fr = GetLanguage("fr");
  CHECK_FALSE(IsIncise({"a", "déclaré", "le", "ministre"}, en.reporting_verbs, kInstructionIncise));
  CHECK_FALSE(IsIncise({"said", "the", "minister"}, fr.reporting_verbs, kInstructionIncise));
}

TEST_CASE("IsIncise: the story's clause, any participle and four words", "[incise]") {
  // The clean stage's clause rules bring their own verbs, auxiliaries among them.
  const WordSet verbs({"a", "ont", "lançait", "ajoute", "said"});
  Words words;
  bool expected = false;
  std::tie(words, expected) = GENERATE(table<Words, bool>({
      {{"a", "exhorté", "le", "ministre"}, true},
      {{"a", "dit", "le", "ministre"}, true},
      {{"lançait", "le", "candidat", "hier"}, true},
      {{"said", "the", "defence", "minister"}, true},
      // Three words are no clause of the story.
      {{"lançait", "le", "candidat"}, false},
      // "été" opens a passive; an unlisted verb; no pronoun joined by "-t-".
      {{"a", "été", "pensée", "pour", "vous"}, false},
      {{"exhorte", "le", "ministre", "hier"}, false},
      {{"ajoute", "t", "il", "encore"}, false},
      {{"a", "t", "il", "ajouté"}, false},
  }));
  CAPTURE(Joined(words));
  CHECK(IsIncise(words, verbs, kStoryClauseSaying) == expected);
}

TEST_CASE("HoldsIncise: a clause between commas or at the end", "[incise]") {
  std::string code;
  std::string sentence;
  bool expected = false;
  std::tie(code, sentence, expected) = GENERATE(table<std::string, std::string, bool>({
      // At the end, or between two commas; any verb of saying, folded to lower case.
      {"fr", "« Il y a des doutes, a déclaré Armstrong.", true},
      {"fr", "«\u202FNous irons jusqu’au bout, a-t-il ajouté.", true},
      {"fr", "« Pourtant, assure un analyste parisien, le contrôle évolue. »", true},
      {"fr", "« Les chiffres sont bons, SELON le ministère.", true},
      {"fr", "« 6.700 soldats, soit 3,5\u00A0% des effectifs, selon M. Kim.", true},
      {"en", "Well, I'm not a Tutsi,\" Wamba said.", true},
      {"en", "\"We will not back down, the minister told reporters.", true},
      // The apostrophe splits a word: "s’exclame" holds "exclame".
      {"fr", "« C’est fini, s’exclame le ministre.", true},
      // Near misses: ", a-t-il" with no verb; an ordinary clause; a verb of saying
      // before the first comma, or in a clause of more than eight words.
      {"fr", "« Est-ce fini, a-t-il.", false},
      {"fr", "« Je l’ai dit, et je le répète, rien ne change. »", false},
      {"fr", "« Le ministre a déclaré la guerre.", false},
      {"fr",
       "« Il faut, disait-on alors dans toutes les rédactions de la capitale et du pays, tenir "
       "bon.",
       false},
      {"fr", "« Il faut, disait-on alors dans toutes les rédactions, tenir bon.", true},
      {"en", "\"It was over, and everyone knew it.", false},
      {"fr", "", false},
      {"fr", ",", false},
  }));
  CAPTURE(code, sentence);
  CHECK(HoldsIncise(sentence, GetLanguage(code).reporting_verbs, kQuotationIncise) == expected);
}

TEST_CASE("SubjectOpeners: both languages' pronouns and determiners, and the extra words",
          "[incise]") {
  const auto openers = SubjectOpeners({"du"});
  for (const char* word : {"il", "elles", "le", "cette", "they", "the", "its", "du"}) {
    CAPTURE(word);
    CHECK(openers.count(word) == 1);
  }
  CHECK(openers.count("écrit") == 0);
}

}  // namespace
}  // namespace precis
