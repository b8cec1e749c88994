// Tests for the tokenize stage and the language data it reads.
#include "tokenize.h"

#include <unicode/unistr.h>

#include <algorithm>
#include <cstdint>
#include <catch2/catch.hpp>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "language.h"
#include "precis/error.h"
#include "precis/options.h"

namespace precis {
namespace {

using Terms = std::vector<std::string>;

TokenizeOptions Plain() {
  TokenizeOptions options;
  options.stem = false;
  options.remove_stopwords = false;
  return options;
}

TokenizeOptions StopwordsOnly() {
  TokenizeOptions options;
  options.stem = false;
  return options;
}

std::string Fold(const std::string& word) {
  std::string folded;
  icu::UnicodeString::fromUTF8(word).foldCase().toUTF8String(folded);
  return folded;
}

// Without stemming or stopword removal what is left is word breaking, case
// folding and elision removal, whose results can be written by hand.
TEST_CASE("Terms: words, case folding and elisions, French", "[tokenize]") {
  Tokenizer tokenizer(GetLanguage("fr"), Plain());
  std::string input;
  Terms expected;
  std::tie(input, expected) = GENERATE(table<std::string, Terms>({
      {"L’Ukraine", {"ukraine"}},
      {"L'Ukraine", {"ukraine"}},
      {"d’armes et d'obus", {"armes", "et", "obus"}},
      {"qu’il parte", {"il", "parte"}},
      {"Jusqu’à Paris", {"à", "paris"}},
      {"lorsqu’elle puisqu'on presqu’île", {"elle", "on", "île"}},
      {"C’est l’heure", {"est", "heure"}},
      // "aujourd" is no elided word: the word stays whole, with the apostrophe
      // made ASCII.
      {"aujourd’hui", {"aujourd'hui"}},
      {"aujourd'hui", {"aujourd'hui"}},
      {"jusqu’aujourd’hui", {"aujourd'hui"}},
      // ICU splits on the hyphen; both spellings of the country meet.
      {"ÉTATS-UNIS", {"états", "unis"}},
      {"États-Unis", {"états", "unis"}},
      {"missiles nord-coréens", {"missiles", "nord", "coréens"}},
      {"a-t-il relevé", {"a", "t", "il", "relevé"}},
      // Numbers are terms, written as they are; "%" is not.
      {"6.700 soldats", {"6.700", "soldats"}},
      {"3,5 % en 2024", {"3,5", "en", "2024"}},
      // Spaces of French typography and the guillemets give nothing.
      {"«\u00A0Paris\u00A0»", {"paris"}},
      {"«\u202FParis\u202F»", {"paris"}},
      {"Paris\u202F: 6\u202F700 le\u202Fchat",
       {"paris", "6", "700", "le", "chat"}},
      {"6\u00A0700 6 700", {"6", "700", "6", "700"}},
      {"M. Dupont et Mme Durand", {"m", "dupont", "et", "mme", "durand"}},
      {"Ligne 1\r\nLigne 2", {"ligne", "1", "ligne", "2"}},
      {"Straße", {"strasse"}},  // full folding, not lower-casing
      {"Merci 👍🏽 👨‍👩‍👧 !", {"merci"}},
      {"« … » — ! ?", {}},
      {"", {}},
      {" \t\n", {}},
  }));
  CAPTURE(input);
  CHECK(tokenizer.Terms(input) == expected);
}

TEST_CASE("Terms: English contractions and possessives stay whole",
          "[tokenize]") {
  Tokenizer tokenizer(GetLanguage("en"), Plain());
  std::string input;
  Terms expected;
  std::tie(input, expected) = GENERATE(table<std::string, Terms>({
      {"Don’t STOP", {"don't", "stop"}},
      // English has no elisions: "l'" is not stripped.
      {"l'Ukraine", {"l'ukraine"}},
      {"The 1990s, 2,500 people", {"the", "1990s", "2,500", "people"}},
  }));
  CAPTURE(input);
  CHECK(tokenizer.Terms(input) == expected);
}

// Inputs that must give the same non-empty terms with the default options,
// whatever the stemmer makes of them.
TEST_CASE("Terms: spellings that must meet", "[tokenize]") {
  std::string code, a, b;
  std::tie(code, a, b) = GENERATE(table<std::string, std::string, std::string>({
      {"fr", "l’Ukraine", "Ukraine"},
      {"fr", "l’Ukraine", "l'Ukraine"},
      {"fr", "d’armes", "armes"},
      {"fr", "ÉTATS-UNIS", "États-Unis"},
      {"fr", "présidentielle", "présidentiel"},
      {"fr", "les élections", "l’élection"},
      {"fr", "Jusqu’à la frontière", "frontière"},
      {"fr", "qu’il a signé", "signé"},
      {"fr", "«\u00A0Kim\u202F»", "Kim"},
      // A soft hyphen (&shy; in a page) is invisible, and no letter.
      {"fr", "la coop\u00e9\u00ADration", "la coop\u00e9ration"},
      // ...and at a line end it marks a word cut there (load.h), the break with it.
      {"fr", "le gouverne\u00AD\nment a tranch\u00e9", "le gouvernement a tranch\u00e9"},
      {"fr", "le pr\u00e9si\u00AD\n>   dent \u00e9lu", "le pr\u00e9sident \u00e9lu"},
      {"fr", "l\u2019adminis\u00AD \n\ttration \u00e0 Pyongyang",
       "l\u2019administration \u00e0 Pyongyang"},
      {"en", "running", "runs"},
      {"en", "The man is running", "man runs"},
      {"en", "It’s the end", "it's the end"},
  }));
  CAPTURE(code, a, b);
  Tokenizer tokenizer(GetLanguage(code), TokenizeOptions());
  const Terms terms = tokenizer.Terms(a);
  CHECK_FALSE(terms.empty());
  CHECK(terms == tokenizer.Terms(b));
}

TEST_CASE("Terms: a hyphen at a line end is no cut to the tokenizer", "[tokenize]") {
  // Load decides which are cuts and writes those U+00AD; an ASCII hyphen is a compound's.
  Tokenizer tokenizer(GetLanguage("fr"), TokenizeOptions());
  CHECK(tokenizer.Terms("les \u00c9tats-\nUnis") == tokenizer.Terms("les \u00c9tats-Unis"));
  CHECK(tokenizer.Terms("le gouverne-\nment") != tokenizer.Terms("le gouvernement"));
}

TEST_CASE("FoldAccents: Latin letters lose their accents, other scripts keep their marks",
          "[tokenize]") {
  const auto [term, expected] = GENERATE(table<std::string, std::string>({
      {"élys", "elys"},
      {"état", "etat"},
      {"ciarán", "ciaran"},
      {"français", "francais"},
      {"noël", "noel"},
      {"e\u0301lection", "election"},  // decomposed, as NFD gives it
      {"borne", "borne"},
      {"6.700", "6.700"},
      {"strasse", "strasse"},
      {"œuvr", "œuvr"},    // a ligature, no accent
      {"łódź", "łodz"},    // ł has no decomposition: a letter of its own
      {"हिन्दी", "हिन्दी"},  // Devanagari signs are the word's letters
      {"", ""},
  }));
  CAPTURE(term);
  CHECK(FoldAccents(term) == expected);
}

// Spellings that differ only in their accents make different terms, which FoldAccents
// makes meet: AFP writes capitals without them ("Etat", "Elisabeth"), and outlets differ
// on foreign names ("Ciarán").
TEST_CASE("Terms: accent variants meet once folded", "[tokenize]") {
  std::string code, a, b;
  std::tie(code, a, b) = GENERATE(table<std::string, std::string, std::string>({
      {"fr", "Élisabeth Borne", "Elisabeth Borne"},
      {"fr", "l’État", "l'Etat"},
      {"fr", "ÉTATS-UNIS", "Etats-Unis"},
      {"fr", "la tempête Ciarán", "la tempête Ciaran"},
      {"fr", "« Réforme des retraites »", "reforme des retraites"},
      {"en", "Storm Ciarán", "Storm Ciaran"},
  }));
  CAPTURE(code, a, b);
  Tokenizer tokenizer(GetLanguage(code), TokenizeOptions());
  const auto folded = [](Terms terms) {
    for (std::string& term : terms) term = FoldAccents(term);
    return terms;
  };
  const Terms terms = tokenizer.Terms(a);
  CHECK_FALSE(terms.empty());
  CHECK(folded(terms) == folded(tokenizer.Terms(b)));
}

TEST_CASE("Terms: Snowball stems", "[tokenize]") {
  std::string code, input;
  Terms expected;
  std::tie(code, input, expected) =
      GENERATE(table<std::string, std::string, Terms>({
          // Porter's own examples (Porter 1980; Snowball English keeps them).
          {"en", "running runs", {"run", "run"}},
          {"en",
           "connected connecting connection",
           {"connect", "connect", "connect"}},
          // Numbers bypass the stemmer.
          {"fr", "6.700 3,5 2024", {"6.700", "3,5", "2024"}},
      }));
  CAPTURE(code, input);
  Tokenizer tokenizer(GetLanguage(code), TokenizeOptions());
  CHECK(tokenizer.Terms(input) == expected);
}

TEST_CASE("Terms: stopwords are dropped after elision removal", "[tokenize]") {
  std::string code, input;
  Terms expected;
  std::tie(code, input, expected) =
      GENERATE(table<std::string, std::string, Terms>({
          {"fr", "Il y a ce qu’elle est", {}},
          {"fr", "Jusqu’à ce qu’il soit là", {}},
          {"fr", "le la les des du au aux", {}},
          {"fr", "L’Ukraine et la Russie", {"ukraine", "russie"}},
          {"fr", "Aujourd’hui, les marins", {"marins"}},
          {"fr", "Le président a-t-il signé ?", {"président", "signé"}},
          {"en", "It’s the end of it", {"end"}},
          {"en", "They don't know", {"know"}},
      }));
  CAPTURE(code, input);
  Tokenizer tokenizer(GetLanguage(code), StopwordsOnly());
  CHECK(tokenizer.Terms(input) == expected);
}

TEST_CASE("Terms: options are respected", "[tokenize]") {
  const Language& fr = GetLanguage("fr");
  const std::string input = "Les élections présidentielles";

  const Terms plain = Tokenizer(fr, Plain()).Terms(input);
  CHECK(plain == Terms{"les", "élections", "présidentielles"});

  TokenizeOptions stem_only;
  stem_only.remove_stopwords = false;
  const Terms stemmed = Tokenizer(fr, stem_only).Terms(input);
  REQUIRE(stemmed.size() == 3);
  CHECK(stemmed[0] ==
        "le");  // the stemmer runs on stopwords too when they are kept
  for (std::size_t i = 1; i < 3; ++i) {
    CAPTURE(i);
    // A stem is a proper prefix of the folded word here: Snowball removed a
    // suffix.
    CHECK(stemmed[i].size() < plain[i].size());
    CHECK(plain[i].compare(0, stemmed[i].size(), stemmed[i]) == 0);
  }

  const Terms both = Tokenizer(fr, TokenizeOptions()).Terms(input);
  CHECK(both == Terms(stemmed.begin() + 1, stemmed.end()));
  CHECK(Tokenizer(fr, StopwordsOnly()).Terms(input) ==
        Terms(plain.begin() + 1, plain.end()));
}

TEST_CASE("Terms: one tokenizer serves many sentences", "[tokenize]") {
  Tokenizer tokenizer(GetLanguage("fr"), TokenizeOptions());
  const std::string first = "Vladimir Poutine se rend en Corée du Nord.";
  const std::string second = "Les États-Unis ont réagi mardi.";
  const Terms before = tokenizer.Terms(first);
  const Terms other = tokenizer.Terms(second);
  CHECK(tokenizer.Terms("") == Terms{});
  CHECK(tokenizer.Terms(first) == before);
  CHECK(tokenizer.Terms(second) == other);
  CHECK(before != other);
}

TEST_CASE("Terms: input outside the contract does not break it", "[tokenize]") {
  Tokenizer tokenizer(GetLanguage("fr"), Plain());
  // Invalid bytes: the neighbouring words survive.
  const Terms invalid = tokenizer.Terms("avant \xFF\xC3 après");
  CHECK(std::find(invalid.begin(), invalid.end(), "avant") != invalid.end());
  CHECK(std::find(invalid.begin(), invalid.end(), "après") != invalid.end());
  // Decomposed é (not NFC): the combining accent stays with its letter, one
  // word.
  CHECK(tokenizer.Terms("e\u0301lection").size() == 1);
  // A view that ends inside a word: nothing past its end is read.
  const std::string text = "Corée du Nord";
  CHECK(tokenizer.Terms(std::string_view(text.data(), 5)) == Terms{"coré"});
}

// Intern remembers each word as written; it must give what interning Terms gives,
// whatever the options, for words seen once or many times, for the same text as a word
// and inside a number, and after switching to another InternedTerms.
TEST_CASE("Intern: the ids of Terms, through the cache", "[tokenize]") {
  const std::vector<std::string> sentences = {
      "L’Élysée a confirmé la visite de Vladimir Poutine à Pyongyang le 19 juin 2024.",
      "l'Élysée, L’ÉLYSÉE et l’élysée : la même visite, confirmée.",
      "Les 6\u202F700 soldats et les 6.700 soldats ; 3,5 % et 2024.",
      "« Qu’aujourd’hui la Corée du Nord-Coréenne réponde », dit-il.",
      "The President's visit to Pyongyang, 19 June 2024.",
      "ÉTATS États états Straße STRASSE ﬁls fils",
      "",
      "2024 2024a a2024 ١٢٣ visite visites visiter",
  };
  for (const TokenizeOptions& options : {TokenizeOptions(), Plain(), StopwordsOnly()}) {
    Tokenizer reference(GetLanguage("fr"), options);
    Tokenizer cached(GetLanguage("fr"), options);
    InternedTerms expected;
    InternedTerms got;
    for (int pass = 0; pass < 3; ++pass) {  // later passes hit the cache
      for (const std::string& s : sentences) {
        expected.Add(reference.Terms(s));
        cached.Intern(s, &got);
      }
    }
    CHECK(got.ids == expected.ids);
    CHECK(got.row_begin == expected.row_begin);
    CHECK(got.vocabulary == expected.vocabulary);
    CHECK(got.sentences() == 3 * sentences.size());

    // A second InternedTerms numbers its own terms: nothing remembered leaks across.
    InternedTerms other_expected;
    InternedTerms other;
    for (auto s = sentences.rbegin(); s != sentences.rend(); ++s) {
      other_expected.Add(reference.Terms(*s));
      cached.Intern(*s, &other);
    }
    CHECK(other.ids == other_expected.ids);
    CHECK(other.vocabulary == other_expected.vocabulary);

    // The same object emptied, then filled again in another order.
    other = InternedTerms();
    other_expected = InternedTerms();
    for (std::size_t i = 0; i < sentences.size(); ++i) {
      const std::string& s = sentences[(i * 3) % sentences.size()];
      other_expected.Add(reference.Terms(s));
      cached.Intern(s, &other);
    }
    CHECK(other.ids == other_expected.ids);
    CHECK(other.vocabulary == other_expected.vocabulary);
  }
}

// The case counts tell names from words: only words after the sentence's first count,
// and a capital is any upper or title case letter (É as well as E).
TEST_CASE("Intern: counts how often a term is capitalized inside sentences", "[tokenize]") {
  Tokenizer tokenizer(GetLanguage("fr"), TokenizeOptions());
  InternedTerms terms;
  tokenizer.Intern("Poutine a rencontré Kim à Pyongyang.", &terms);
  tokenizer.Intern("Selon l’Élysée, la visite de Poutine inquiète l’élysée.", &terms);
  tokenizer.Intern("« Visite » : la visite de Kim, dit Poutine.", &terms);
  const auto counts = [&](const std::string& term) {
    const auto at = std::find(terms.vocabulary.begin(), terms.vocabulary.end(), term);
    REQUIRE(at != terms.vocabulary.end());
    const auto id = static_cast<std::size_t>(at - terms.vocabulary.begin());
    if (id >= terms.case_counts.size()) return std::pair<uint32_t, uint32_t>{0, 0};
    return std::pair<uint32_t, uint32_t>{terms.case_counts[id].capitalized,
                                         terms.case_counts[id].inner};
  };
  // First in the first sentence (not counted), then twice inside, capitalized.
  CHECK(counts("poutin") == std::pair<uint32_t, uint32_t>{2, 2});
  CHECK(counts("kim") == std::pair<uint32_t, uint32_t>{2, 2});
  CHECK(counts("élys") == std::pair<uint32_t, uint32_t>{1, 2});
  // "Visite" starts the third sentence, inside its opening guillemet: not counted.
  CHECK(counts("visit") == std::pair<uint32_t, uint32_t>{0, 2});
  CHECK(counts("rencontr") == std::pair<uint32_t, uint32_t>{0, 1});
  // An elision is not the word: "l’Élysée" and "d'Ukraine" are capitalized.
  InternedTerms more;
  tokenizer.Intern("La guerre d'Ukraine et l’Ukraine, la presqu’île et la presqu'île.", &more);
  const auto ukraine = static_cast<std::size_t>(
      std::find(more.vocabulary.begin(), more.vocabulary.end(), "ukrain") -
      more.vocabulary.begin());
  REQUIRE(ukraine < more.case_counts.size());
  CHECK(more.case_counts[ukraine].capitalized == 2);
  REQUIRE(more.vocabulary.size() == 3);  // guerr, ukrain and the island
  REQUIRE(more.case_counts.size() == 3);
  CHECK(more.case_counts[2].inner == 2);
  CHECK(more.case_counts[2].capitalized == 0);
}

TEST_CASE("GetLanguage: known codes and their data", "[tokenize][language]") {
  const Language& fr = GetLanguage("fr");
  CHECK(&fr == &GetLanguage("fr"));
  CHECK(fr.code == "fr");
  CHECK(fr.word_locale == "fr");
  CHECK(fr.sentence_locale == "fr@ss=standard");
  CHECK(fr.stemmer == "french");
  CHECK(fr.elisions.size() == 14);
  CHECK(std::find(fr.elisions.begin(), fr.elisions.end(), "jusqu") !=
        fr.elisions.end());

  const Language& en = GetLanguage("en");
  CHECK(en.code == "en");
  CHECK(en.stemmer == "english");
  CHECK(en.elisions.empty());

  std::string code, word;
  bool listed = false;
  std::tie(code, word, listed) =
      GENERATE(table<std::string, std::string, bool>({
          {"fr", "le", true},
          {"fr", "de", true},
          {"fr", "été", true},
          {"fr", "eussions", true},
          {"fr", "aujourd'hui", true},
          {"fr", "l'", false},  // elided forms are stripped before lookup
          {"fr", "président", false},
          {"fr", "# Articles", false},  // comment lines are not words
          {"fr", "", false},
          {"en", "the", true},
          {"en", "don't", true},
          {"en", "said", false},
      }));
  CAPTURE(code, word);
  CHECK(GetLanguage(code).stopwords.count(word) == (listed ? 1u : 0u));
}

TEST_CASE("GetLanguage: word lists are in the form the tokenizer looks up",
          "[tokenize][language]") {
  const std::string code = GENERATE("fr", "en");
  CAPTURE(code);
  const Language& language = GetLanguage(code);
  CHECK(language.stopwords.size() > 200);
  for (const std::string& word : language.stopwords) {
    CAPTURE(word);
    CHECK_FALSE(word.empty());
    CHECK(Fold(word) == word);
    CHECK(word.find("\u2019") == std::string::npos);
    CHECK(word.find_first_of(" \t\r\n#") == std::string::npos);
  }
}

TEST_CASE("GetLanguage: an unknown code is an invalid option",
          "[tokenize][language]") {
  const std::string code = GENERATE("xx", "", "FR", "fr ");
  CAPTURE(code);
  try {
    GetLanguage(code);
    FAIL("no error");
  } catch (const Error& e) {
    CHECK(e.code() == ErrorCode::kInvalidOptions);
    CHECK(e.path() == "lang");
    CHECK(e.problem() == "unknown language '" + code + "' (known: en, fr)");
  }
}

}  // namespace
}  // namespace precis
