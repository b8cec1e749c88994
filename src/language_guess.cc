#include "language_guess.h"

#include <algorithm>
#include <array>
#include <string>
#include <utility>

#include "parallel.h"

namespace precis {
namespace {

// The languages precis has data for (language.cc).
constexpr std::array<const char*, 2> kKnownLanguages = {"fr", "en"};

bool IsWordByte(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
}

}  // namespace

std::string GuessOtherLanguage(std::string_view text, const Language& expected) {
  std::array<const WordSet*, kKnownLanguages.size()> lists{};
  for (std::size_t l = 0; l < kKnownLanguages.size(); ++l) {
    lists[l] = &GetLanguage(kKnownLanguages[l]).stopwords;
  }
  std::array<std::size_t, kKnownLanguages.size()> hits{};
  std::size_t words = 0;
  std::string word;
  std::size_t i = 0;
  // Words are runs of letters; any byte of a multi-byte sequence counts as a
  // letter, which is right for accented letters and harmless for the rest (an
  // elision "l’homme" becomes one word that matches no list: a miss, not a
  // false hit). Lowercasing ASCII is enough: the lists are case-folded and
  // function words rarely start with an accented capital.
  while (i < text.size() && words < kMaxGuessWords) {
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
      for (char& b : word) {
        if (b >= 'A' && b <= 'Z') b = static_cast<char>(b - 'A' + 'a');
      }
      key = word;
    }
    ++words;
    for (std::size_t l = 0; l < kKnownLanguages.size(); ++l) {
      hits[l] += lists[l]->count(key);
    }
  }
  std::size_t expected_hits = 0;
  for (std::size_t l = 0; l < kKnownLanguages.size(); ++l) {
    if (expected.code == kKnownLanguages[l]) expected_hits = hits[l];
  }
  std::size_t best = kKnownLanguages.size();
  for (std::size_t l = 0; l < kKnownLanguages.size(); ++l) {
    if (expected.code == kKnownLanguages[l]) continue;
    if (best == kKnownLanguages.size() || hits[l] > hits[best]) best = l;
  }
  if (best == kKnownLanguages.size()) return "";
  const std::size_t other = hits[best];
  if (other >= kMinGuessHits && other >= 2 * expected_hits && other * 10 >= words) {
    return kKnownLanguages[best];
  }
  return "";
}

void WarnOtherLanguages(const std::vector<LoadedDocument>& documents, const Language& expected,
                        std::size_t threads, std::vector<std::string>* warnings) {
  WarnOtherLanguages(documents, TextsOf(documents), expected, threads, warnings);
}

void WarnOtherLanguages(const std::vector<LoadedDocument>& documents,
                        const std::vector<std::string_view>& texts, const Language& expected,
                        std::size_t threads, std::vector<std::string>* warnings) {
  // Documents are guessed independently; the flags are then read in document order.
  std::vector<std::string> guesses(documents.size());
  ParallelRanges(WorkerCount(threads, documents.size()), documents.size(),
                 [&](std::size_t, std::size_t begin, std::size_t end) {
                   for (std::size_t d = begin; d < end; ++d) {
                     guesses[d] = GuessOtherLanguage(texts[d], expected);
                   }
                 });
  std::vector<std::pair<const std::string*, std::string>> flagged;  // name, language
  for (std::size_t d = 0; d < documents.size(); ++d) {
    if (!guesses[d].empty()) flagged.emplace_back(&documents[d].name, std::move(guesses[d]));
  }
  const std::string tail = ", not " + expected.code + "; the summary may be poor";
  // A whole cluster in the wrong language is one mistake: one line, not one per file.
  const bool one_language = std::all_of(flagged.begin(), flagged.end(), [&](const auto& f) {
    return f.second == flagged.front().second;
  });
  if (flagged.size() > kMaxLanguageWarnings && one_language) {
    warnings->push_back(std::to_string(flagged.size()) + " documents look like " +
                        flagged.front().second + tail + " (first: " + *flagged.front().first + ")");
    return;
  }
  for (const auto& [name, other] : flagged) {
    warnings->push_back((name->empty() ? "" : *name + ": ") + "the text looks like " + other +
                        tail);
  }
}

}  // namespace precis
