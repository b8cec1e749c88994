#include "language_guess.h"

#include <algorithm>
#include <array>
#include <string>
#include <string_view>
#include <unordered_set>
#include <utility>

#include "ascii.h"
#include "language_advice.h"
#include "named_note.h"
#include "parallel.h"

namespace precis {
namespace {

bool IsWordByte(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
}

// StopwordCounts::foreign_hits' languages and their words, read off news in each and kept
// only if the development sets' French and English articles never write them: not "el",
// "los", "del", "al" (El Salvador, Los Angeles, Carla Del Ponte, al-Qaida), "y" (il y a),
// "com" (Amazon.com), "foi", "no", "as", "per", "von" (von der Leyen), "die", "war", "seine" (the
// river).
const std::array<std::pair<const char*, std::unordered_set<std::string_view>>,
                 kForeignLanguageCount>&
ForeignLanguages() {
  static const std::array<std::pair<const char*, std::unordered_set<std::string_view>>,
                          kForeignLanguageCount>
      languages = {
          {{"es", {"por",    "para",  "una",      "unas",   "unos",   "pero",  "como",  "más",
                   "fue",    "este",  "esta",     "estos",  "estas",  "sus",   "muy",   "también",
                   "cuando", "hasta", "desde",    "porque", "hay",    "según", "tras",  "dijo",
                   "sido",   "ser",   "otro",     "otra",   "todos",  "puede", "eso",   "ante",
                   "con",    "donde", "mientras", "aunque", "además", "está",  "están", "había"}},
           {"it", {"della", "delle",  "degli",  "nella",  "nelle",  "negli", "nel",   "alla",
                   "alle",  "agli",   "allo",   "dal",    "dalla",  "dai",   "sono",  "anche",
                   "gli",   "questo", "questa", "quello", "essere", "stato", "stata", "hanno",
                   "però",  "perché", "più",    "molto",  "ancora", "uno",   "sul",   "sulla",
                   "tra",   "dopo",   "dell",   "sull",   "nell",   "è"}},
           {"de",
            {"der",     "und",   "das",      "nicht",  "ist",     "mit",     "den",    "auf",
             "für",     "sich",  "dem",      "ein",    "eine",    "einer",   "eines",  "auch",
             "werden",  "wurde", "wird",     "sind",   "haben",   "nach",    "aus",    "oder",
             "aber",    "wie",   "noch",     "nur",    "über",    "vor",     "dass",   "wenn",
             "kann",    "schon", "sei",      "ich",    "wir",     "sie",     "im",     "vom",
             "zum",     "zur",   "hatte",    "hatten", "nachdem", "bereits", "jedoch", "sowie",
             "während", "gegen", "zwischen", "seit",   "diese",   "dieser",  "dieses", "einem",
             "einen",   "keine", "kein",     "seiner", "ihre",    "ihrer",   "mehr",   "sagte",
             "worden",  "soll",  "sollen",   "muss",   "gibt"}},
           {"pt", {"não",   "uma",   "ao",     "aos", "pelo", "pela", "também",
                   "são",   "muito", "quando", "seu", "sua",  "isso", "já",
                   "ainda", "pelos", "pelas",  "num", "numa", "após", "é"}}}};
  return languages;
}

}  // namespace

StopwordCounts CountStopwords(std::string_view text) {
  const auto& known = KnownLanguages();
  std::array<const WordSet*, kKnownLanguageCount> lists{};
  for (std::size_t l = 0; l < known.size(); ++l) lists[l] = &GetLanguage(known[l]).stopwords;
  const auto& foreign = ForeignLanguages();
  StopwordCounts counts;
  std::string word;
  std::size_t i = 0;
  // Words are runs of letters; any byte of a multi-byte sequence counts as a
  // letter, which is right for accented letters and harmless for the rest (an
  // elision "l’homme" becomes one word that matches no list: a miss, not a
  // false hit). Lowercasing ASCII is enough: the lists are case-folded and
  // function words rarely start with an accented capital.
  while (i < text.size() && counts.words < kMaxGuessWords) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (!IsWordByte(c)) {
      ++i;
      continue;
    }
    const std::size_t begin = i;
    bool upper = false;
    for (; i < text.size() && IsWordByte(static_cast<unsigned char>(text[i])); ++i) {
      upper |= text[i] >= 'A' && text[i] <= 'Z';
    }
    // Most words are lower case already: only the others are copied to fold them.
    std::string_view key = text.substr(begin, i - begin);
    if (upper) {
      word.assign(key);
      LowerAscii(&word);
      key = word;
    }
    ++counts.words;
    for (std::size_t l = 0; l < known.size(); ++l) counts.hits[l] += lists[l]->count(key);
    for (std::size_t f = 0; f < foreign.size(); ++f) {
      counts.foreign_hits[f] += foreign[f].second.count(key);
    }
  }
  return counts;
}

std::vector<StopwordCounts> CountStopwords(const std::vector<std::string_view>& texts,
                                           std::size_t threads) {
  std::vector<StopwordCounts> counts(texts.size());
  ParallelRanges(WorkerCount(threads, texts.size()), texts.size(),
                 [&](std::size_t, std::size_t begin, std::size_t end) {
                   for (std::size_t d = begin; d < end; ++d) counts[d] = CountStopwords(texts[d]);
                 });
  return counts;
}

std::string GuessOtherLanguage(const StopwordCounts& counts, const Language& expected) {
  const auto& known = KnownLanguages();
  std::size_t expected_hits = 0;
  for (std::size_t l = 0; l < known.size(); ++l) {
    if (expected.code == known[l]) expected_hits = counts.hits[l];
  }
  std::size_t best = known.size();
  for (std::size_t l = 0; l < known.size(); ++l) {
    if (expected.code == known[l]) continue;
    if (best == known.size() || counts.hits[l] > counts.hits[best]) best = l;
  }
  if (best == known.size()) return "";
  const std::size_t other = counts.hits[best];
  if (other >= kMinGuessHits && other >= 2 * expected_hits && other * 10 >= counts.words) {
    return known[best];
  }
  // A brief of a few dozen words has fewer function words than that, and wire briefs are
  // that short: fewer hits do when they outnumber the expected language's four to one and
  // make a quarter of the words, as in running text, not in a French brief quoting "The
  // Lord of the Rings".
  if (other >= kMinShortGuessHits && other >= 4 * expected_hits && other * 4 >= counts.words) {
    return known[best];
  }
  const auto& foreign = ForeignLanguages();
  std::size_t most = 0;
  for (std::size_t f = 1; f < foreign.size(); ++f) {
    if (counts.foreign_hits[f] > counts.foreign_hits[most]) most = f;
  }
  const std::size_t own = counts.foreign_hits[most];
  if (own >= kMinForeignHits && own * 12 >= counts.words && own * 4 >= expected_hits) {
    return foreign[most].first;
  }
  return "";
}

std::string GuessClusterLanguage(const std::vector<StopwordCounts>& counts) {
  const auto& known = KnownLanguages();
  // The language with strictly the most of `of`, or known.size() on a tie.
  const auto most = [&known](const std::array<std::size_t, kKnownLanguageCount>& of) {
    std::size_t best = 0;
    bool tie = false;
    for (std::size_t l = 1; l < known.size(); ++l) {
      if (of[l] > of[best]) {
        best = l;
        tie = false;
      } else if (of[l] == of[best]) {
        tie = true;
      }
    }
    return tie ? known.size() : best;
  };
  std::array<std::size_t, kKnownLanguageCount> votes{};
  std::array<std::size_t, kKnownLanguageCount> hits{};
  for (const StopwordCounts& c : counts) {
    const std::size_t own = most(c.hits);
    if (own < known.size()) ++votes[own];
    for (std::size_t l = 0; l < known.size(); ++l) hits[l] += c.hits[l];
  }
  std::size_t chosen = most(votes);
  if (chosen == known.size()) chosen = most(hits);
  return known[chosen == known.size() ? 0 : chosen];
}

std::vector<std::string> WarnOtherLanguages(const std::vector<LoadedDocument>& documents,
                                            const std::vector<StopwordCounts>& counts,
                                            const Language& expected,
                                            std::vector<std::string>* warnings) {
  std::vector<std::string> others(documents.size());
  std::vector<std::pair<const std::string*, std::string>> flagged;  // name, language
  for (std::size_t d = 0; d < documents.size(); ++d) {
    others[d] = GuessOtherLanguage(counts[d], expected);
    if (!others[d].empty()) flagged.emplace_back(&documents[d].name, others[d]);
  }
  // A whole cluster in the wrong language is one mistake: one line, not one per file,
  // which says how to mend it.
  const bool one_language = std::all_of(flagged.begin(), flagged.end(), [&](const auto& f) {
    return f.second == flagged.front().second;
  });
  const bool all = !flagged.empty() && flagged.size() == documents.size();
  std::string consequence =
      all ? "; the summary may be poor" : "; its sentences are left out of the summary";
  // Only a language precis reads can be given to --lang.
  const bool known =
      all && std::any_of(KnownLanguages().begin(), KnownLanguages().end(),
                         [&](const char* code) { return flagged.front().second == code; });
  if (all && one_language && known) {
    consequence += std::string(kLanguageAdvice) + flagged.front().second;
  }
  if (all) std::fill(others.begin(), others.end(), std::string());
  const std::string not_expected = ", not " + expected.code;
  if (flagged.size() > kMaxLanguageWarnings && one_language) {
    if (!all) consequence = "; their sentences are left out of the summary";
    warnings->push_back(std::to_string(flagged.size()) + " documents look like " +
                        flagged.front().second + not_expected + " (first: " +
                        *flagged.front().first + ")" + consequence);
    return others;
  }
  for (const auto& [name, other] : flagged) {
    warnings->push_back(NamedNote(*name, "the text looks like " + other + not_expected +
                                             consequence));
  }
  return others;
}

}  // namespace precis
