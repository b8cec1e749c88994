#include "phrase_words.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstdint>
#include <unordered_set>

#include "affix.h"
#include "clean_pattern_tables.h"
#include "incise.h"
#include "language.h"
#include "paragraph_shape.h"

namespace precis::clean_rules {
namespace {

// Verbs by which someone asks the reader's instruction of others ("Suivez-nous sur les
// réseaux sociaux, demandait le préfet"): the page never reports its own requests.
const WordSet& RequestVerbs() {
  static const WordSet& kRequest =
      *new WordSet({"demande", "demandait", "réclame", "réclamait", "implore", "implorait",
                    "supplie", "suppliait", "asked", "asks", "begged", "pleaded"});
  return kRequest;
}

// The verbs of saying the clause rules read, with their auxiliaries, in both languages:
// the clause that opens on one reports ("a exhorté le ministre", "estime Séoul"). A request
// is said too ("réclame l'opposition").
const WordSet& SayingVerbs() {
  static const WordSet& kSaying = []() -> const WordSet& {
    std::unordered_set<std::string> saying(
        {"a",         "ont",      "avait",      "avaient",   "estime",    "affirme",
         "assure",    "explique", "indique",    "précise",   "souligne",  "déclare",
         "dit",       "annonce",  "ajoute",     "rappelle",  "prévient",  "insiste",
         "répète",    "lance",    "martèle",    "écrit",     "exhorte",   "estimait",
         "affirmait", "assurait", "expliquait", "indiquait", "précisait", "soulignait",
         "déclarait", "disait",   "annonçait",  "ajoutait",  "rappelait", "prévenait",
         "insistait", "répétait", "lançait",    "martelait", "écrivait",  "exhortait",
         "said",      "says",     "told",       "added",     "warned",    "urged",
         "wrote",     "writes",   "tweeted",    "repeated",  "explained", "insisted"});
    saying.insert(RequestVerbs().begin(), RequestVerbs().end());
    return *new WordSet(saying);
  }();
  return kSaying;
}

// "CNN’s Betsy Klein", "Pierre Martin et Jean Dupont", "2024 Le Monde": names alone, or
// the year of a copyright.
bool NamesOnly(const std::vector<std::string>& words) {
  // Never destroyed, as the patterns are not; the lambda returns a reference, since a
  // value would leave the set made with new unreachable.
  static const std::unordered_set<std::string>& kJoins =
      []() -> const std::unordered_set<std::string>& {
    auto* joins = new std::unordered_set<std::string>(kNameParticles.begin(), kNameParticles.end());
    joins->insert({"et", "and", "s"});  // "s": a possessive marked by no apostrophe ("CNN‘s")
    return *joins;
  }();
  if (words.empty()) return false;
  return std::all_of(words.begin(), words.end(), [](const std::string& w) {
    const std::vector<UChar32> cps = CodePoints(w);
    return u_isupper(cps.front()) || u_isdigit(cps.front()) || kJoins.count(w) > 0;
  });
}

}  // namespace

bool IsPlaceWord(const std::string& word) {
  static const std::unordered_set<std::string>& kFrom =
      *new std::unordered_set<std::string>{"from", "in", "at", "à", "depuis", "en", "au", "aux"};
  return kFrom.count(word) > 0;
}

bool NamesAndPlaces(const std::vector<std::string>& words) {
  // A wire names its staff by the agency and their role: "Associated Press writer
  // Hyung-jin Kim in Seoul", "AP staff writers John Smith and Jane Doe". The role follows
  // the agency's name (or another role word), never opens the list.
  static const std::unordered_set<std::string>& kRoles = *new std::unordered_set<std::string>{
      "writer",          "writers",          "reporter",       "reporters",    "journalist",
      "journalists",     "correspondent",    "correspondents", "photographer", "photographers",
      "videojournalist", "videojournalists", "staff"};
  for (std::size_t i = 0; i < words.size(); ++i) {
    const std::string& w = words[i];
    if (IsPlaceWord(w) || w == "the" || NamesOnly({w})) continue;
    if (i > 0 && kRoles.count(w) > 0 &&
        (NamesOnly({words[i - 1]}) || kRoles.count(words[i - 1]) > 0)) {
      continue;
    }
    return false;
  }
  return true;
}

std::vector<PlacedCodePoint> Decode(std::string_view text, TextSpan span) {
  std::vector<PlacedCodePoint> out;
  const auto* p = reinterpret_cast<const uint8_t*>(text.data());
  const auto end = static_cast<int32_t>(span.end);
  for (auto i = static_cast<int32_t>(span.begin); i < end;) {
    const auto at = static_cast<std::size_t>(i);
    UChar32 c;
    U8_NEXT(p, i, end, c);
    out.push_back({c < 0 ? 0xFFFD : c, at});
  }
  return out;
}

std::vector<std::size_t> SentenceStarts(const std::vector<PlacedCodePoint>& cps, std::size_t begin,
                                        bool digit_opens) {
  std::vector<std::size_t> starts{begin};
  std::size_t word_len = 0;
  for (std::size_t i = 0; i + 1 < cps.size(); ++i) {
    const UChar32 c = cps[i].c;
    if (u_isalpha(c)) {
      ++word_len;
      continue;
    }
    const bool stop = c == '.' || c == '!' || c == '?' || c == 0x2026;
    if (stop && word_len >= 3) {
      std::size_t j = i + 1;
      while (j < cps.size() &&
             (cps[j].c == 0x00BB || cps[j].c == 0x201D || cps[j].c == '"' || cps[j].c == ')')) {
        ++j;
      }
      const std::size_t space = j;
      while (j < cps.size() && IsSpace(cps[j].c)) ++j;
      if (j > space && j < cps.size() &&
          (u_isupper(cps[j].c) || (digit_opens && u_isdigit(cps[j].c)) || IsOpening(cps[j].c))) {
        starts.push_back(cps[j].at);
      }
    }
    word_len = 0;
  }
  return starts;
}

bool IsOneSentence(std::string_view text, TextSpan span) {
  return SentenceStarts(Decode(text, span), span.begin, /*digit_opens=*/false).size() == 1;
}

TextSpan GluedLeadAfterHeadline(std::string_view text, TextSpan span) {
  static const std::unordered_set<std::string>& kOpeners =
      []() -> const std::unordered_set<std::string>& {
    auto* words = new std::unordered_set<std::string>{"du", "au", "aux"};
    for (const LanguageTable* table : {&kFrench, &kEnglish}) {
      words->insert(table->determiners.begin(), table->determiners.end());
    }
    return *words;
  }();
  constexpr std::size_t kMostHeadlineWords = 25;
  const std::vector<PlacedCodePoint> cps = Decode(text, span);
  std::size_t i = 0;
  while (i < cps.size() && IsSpace(cps[i].c)) ++i;
  if (i == cps.size() || !(u_isupper(cps[i].c) || u_isdigit(cps[i].c) || IsOpening(cps[i].c))) {
    return {0, 0};
  }
  std::size_t headline_words = 1;
  for (++i; i < cps.size(); ++i) {
    const UChar32 c = cps[i].c;
    const bool after_space = i > 0 && IsSpace(cps[i - 1].c);
    if ((c == '.' || c == '!' || c == '?' || c == 0x2026) && i + 1 < cps.size() &&
        IsSpace(cps[i + 1].c)) {
      return {0, 0};
    }
    if (!after_space || IsSpace(c)) continue;
    ++headline_words;
    if (headline_words > kMostHeadlineWords + 1) return {0, 0};
    if (headline_words < 3 || !u_isupper(c)) continue;
    // The headline's last word ends on a letter, a digit or a closing mark.
    std::size_t before = i - 1;
    while (before > 0 && IsSpace(cps[before].c)) --before;
    const UChar32 last = cps[before].c;
    if (!(u_isalnum(last) || last == 0x00BB || last == 0x201D || last == '"' || last == ')')) {
      continue;
    }
    // The determiner, then a lower-case word; or an elided one ("L’enquête").
    std::size_t end = i;
    while (end < cps.size() && u_isalpha(cps[end].c)) ++end;
    bool opens = false;
    if (end < cps.size() && (cps[end].c == '\'' || cps[end].c == 0x2019)) {
      opens = end == i + 1 && (cps[i].c == 'L' || cps[i].c == 'D') && end + 1 < cps.size() &&
              u_isalpha(cps[end + 1].c);
    } else if (end + 1 < cps.size() && IsSpace(cps[end].c) && u_islower(cps[end + 1].c)) {
      const std::size_t to = end == cps.size() ? span.end : cps[end].at;
      opens = kOpeners.count(MatchKey(text.substr(cps[i].at, to - cps[i].at))) > 0;
    }
    if (!opens) continue;
    const TextSpan lead{cps[i].at, span.end};
    const Shape shape = MeasureShape(text.substr(lead.begin, lead.size()));
    return shape.ends_sentence && shape.words >= 5 ? lead : TextSpan{0, 0};
  }
  return {0, 0};
}

std::vector<std::string> WordsOf(const std::vector<PlacedCodePoint>& cps, std::size_t from,
                                 std::size_t to, bool skip_quoted, bool keep_hyphens) {
  std::vector<std::string> words;
  std::vector<UChar32> word;
  bool quoted = false;
  const auto close = [&] {
    if (!word.empty() && !(skip_quoted && quoted)) words.push_back(ToUtf8(word));
    word.clear();
  };
  for (std::size_t i = from; i < to; ++i) {
    const UChar32 c = cps[i].c;
    if (u_isalnum(c) || c == '\'' || c == 0x2019 || (u_getCombiningClass(c) != 0) ||
        (keep_hyphens && c == '-' && !word.empty() && i + 1 < to && u_isalpha(cps[i + 1].c))) {
      word.push_back(c);
      continue;
    }
    close();
    if (c == 0x00AB || c == 0x201C) quoted = true;
    if (c == 0x00BB || c == 0x201D) quoted = false;
    if (c == '"') quoted = !quoted;
  }
  close();
  return words;
}

bool AddressesReader(const std::vector<std::string>& words, bool reader_only) {
  static const std::unordered_set<std::string>& kReader = *new std::unordered_set<std::string>{
      "vous", "Vous", "votre", "Votre", "vos", "Vos", "you", "You", "your", "Your"};
  static const std::unordered_set<std::string>& kNewsroom = *new std::unordered_set<std::string>{
      "nous", "Nous", "notre", "Notre", "nos", "Nos", "we", "We", "our", "Our", "us"};
  return std::any_of(words.begin(), words.end(), [reader_only](const std::string& w) {
    return kReader.count(w) > 0 || (!reader_only && kNewsroom.count(w) > 0);
  });
}

bool NamesThePage(const std::vector<std::string>& words) {
  static const std::unordered_set<std::string>& kWords = *new std::unordered_set<std::string>{
      "article", "articles", "contenu", "contenus", "suite",  "vidéo", "site",   "page",
      "offre",   "story",    "content", "video",    "videos", "pages", "stories"};
  return std::any_of(words.begin(), words.end(),
                     [](const std::string& w) { return kWords.count(MatchKey(w)) > 0; });
}

bool IsClause(const std::vector<std::string>& words, bool saying_only) {
  // "a été piratée": a passive of three words is a clause too.
  if (words.size() == 3 &&
      (words[0] == "a" || words[0] == "ont" || words[0] == "has" || words[0] == "have") &&
      (words[1] == "été" || words[1] == "been")) {
    return true;
  }
  // Besides pronouns and determiners ("a" among them is the auxiliary of SayingVerbs, tried
  // first), a relative, a conjunction, a verb put first ("est", "sont") and "selon".
  static const std::unordered_set<std::string>& kSubjects = *new std::unordered_set<std::string>(
      SubjectOpeners({"nous", "we", "it", "qui", "mais", "est", "sont", "sera", "seront", "selon",
                      "which", "who", "but", "according"}));
  if (words.size() < 4) return false;
  const std::string& first = words.front();
  if (SayingVerbs().count(first) > 0) return true;
  if (saying_only) return false;
  // "le 12 mars", "les 3 et 4 juin": a date in apposition.
  if (u_isdigit(CodePoints(words[1]).front())) return false;
  return kSubjects.count(first) > 0 || ElidedArticleSize(first) > 0;
}

bool NamesReporterRole(const std::vector<std::string>& words) {
  static const std::unordered_set<std::string>& kDeterminers = *new std::unordered_set<std::string>{
      "le",   "la", "les", "un", "une", "notre", "nos", "son",   "sa",  "ses",
      "leur", "du", "des", "de", "our", "the",   "a",   "their", "his", "her"};
  static const std::vector<std::string>& kRoles = *new std::vector<std::string>{
      "envoy",    "correspondan", "photos",       "photographe", "journalist", "rédact", "reporter",
      "chroniqu", "collaborat",   "éditorialist", "stagiaire",   "staff",      "writer"};
  std::size_t k = 0;
  while (k < words.size() && kDeterminers.count(words[k]) > 0) ++k;
  if (k == words.size()) return false;
  // "l’envoyée": the elided article is part of the word.
  const std::string_view word = std::string_view(words[k]).substr(ElidedArticleSize(words[k]));
  return std::any_of(kRoles.begin(), kRoles.end(),
                     [&word](const std::string& role) { return StartsWith(word, role); });
}

bool ClauseAfterComma(std::string_view text, TextSpan span) {
  const std::vector<PlacedCodePoint> cps = Decode(text, span);
  for (std::size_t i = 0; i < cps.size(); ++i) {
    if (cps[i].c != ',') continue;
    std::size_t j = i + 1;
    while (j < cps.size() && IsSpace(cps[j].c)) ++j;
    if (j == cps.size() || !u_islower(cps[j].c)) continue;
    const std::vector<std::string> words = WordsOf(cps, j, cps.size(), false);
    return IsClause(words, false) && !NamesReporterRole(words);
  }
  return false;
}

bool IsSaying(const std::vector<std::string>& words) {
  return IsIncise(words, SayingVerbs(), kStoryClauseSaying);
}

bool IsRequest(const std::vector<std::string>& words) {
  return IsIncise(words, RequestVerbs(), kInstructionIncise);
}

bool IsImperative(const std::string& word) {
  const std::string key = MatchKey(word);
  const std::size_t ez = key.find("ez");
  return ez != std::string::npos && (ez + 2 == key.size() || key[ez + 2] == ' ');
}

bool PlaceOnly(const std::vector<std::string>& words) {
  return words.empty() || (IsPlaceWord(words.front()) && NamesAndPlaces(words));
}

}  // namespace precis::clean_rules
