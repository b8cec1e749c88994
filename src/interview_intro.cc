#include "interview_intro.h"

#include <cstddef>
#include <limits>
#include <string>
#include <vector>

#include "quotation_context.h"
#include "word_walk.h"

namespace precis {
namespace {

// The most words between the verb and "our questions": "à", "à toutes".
constexpr std::size_t kWordsBetween = 2;
constexpr std::size_t kNoVerb = std::numeric_limits<std::size_t>::max();

}  // namespace

bool PresentsInterview(std::string_view sentence, const Language& language) {
  const std::vector<std::string>& phrase = language.our_questions;
  if (phrase.empty()) return false;
  QuotationDepth depth(+1);
  std::size_t since_verb = kNoVerb;  // words read after the last verb of answering
  std::size_t matched = 0;           // words of `phrase` read in a row
  return WalkWords(sentence, &depth, [&](const WalkedWord& word) {
    if (!word.outside_quotes) {
      since_verb = kNoVerb;
      matched = 0;
      return false;
    }
    if (word.folded == phrase[matched] && (matched > 0 || since_verb <= kWordsBetween)) {
      return ++matched == phrase.size();
    }
    matched = 0;
    if (language.answer_verbs.count(word.folded) > 0) {
      since_verb = 0;
    } else if (since_verb != kNoVerb) {
      ++since_verb;
    }
    return false;
  });
}

}  // namespace precis
