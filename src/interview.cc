#include "interview.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstdint>
#include <limits>
#include <string>

#include "quotation_context.h"
#include "standalone.h"
#include "utf8.h"

namespace precis {
namespace {

// Fewer first-person answers than this are an article quoting, or a newspaper's "nous".
constexpr std::size_t kFirstPersonAnswers = 2;

int32_t IndexSize(std::string_view text) {
  // ICU's macros index with int32_t; a longer sentence is read up to that size.
  return static_cast<int32_t>(
      std::min<std::size_t>(text.size(), std::numeric_limits<int32_t>::max()));
}

// Whether the paragraph's sentences [begin, end) say "je" or "nous" outside quotation
// marks. The marks are followed across the paragraph's sentences, as a quotation may
// run over several.
bool SpeaksInFirstPerson(const std::vector<std::string_view>& sentences, std::size_t begin,
                         std::size_t end, const Language& language) {
  QuotationDepth depth(+1);
  std::string word;
  bool all_upper = true;
  const auto word_ends = [&]() {
    // "US" and "NOUS" in capitals are a country and a headline's shout.
    const bool first_person = !(all_upper && word.size() > 1) && depth.outside() &&
                              language.first_person.count(word) > 0;
    word.clear();
    all_upper = true;
    return first_person;
  };
  for (std::size_t k = begin; k < end; ++k) {
    const std::string_view sentence = sentences[k];
    const int32_t size = IndexSize(sentence);
    for (int32_t i = 0; i < size;) {
      UChar32 c;
      U8_NEXT(sentence.data(), i, size, c);
      if (c >= 0 && u_isalpha(c)) {
        all_upper = all_upper && u_isupper(c);
        AppendUtf8(u_foldCase(c, U_FOLD_CASE_DEFAULT), &word);
        continue;
      }
      if (!word.empty() && word_ends()) return true;
      depth.Pass(c);
    }
    if (!word.empty() && word_ends()) return true;
  }
  return false;
}

}  // namespace

std::vector<bool> MarkInterviewAnswers(const std::vector<std::string_view>& sentences,
                                       const std::vector<std::size_t>& paragraphs,
                                       const Language& language) {
  const std::size_t count = sentences.size();
  std::vector<bool> answers(count, false);
  std::vector<bool> question(count, false);
  for (std::size_t k = 0; k < count; ++k) {
    const bool alone = (k == 0 || paragraphs[k - 1] != paragraphs[k]) &&
                       (k + 1 == count || paragraphs[k + 1] != paragraphs[k]);
    question[k] = alone && AsksQuestion(sentences[k]);
  }
  const std::size_t first = static_cast<std::size_t>(
      std::find(question.begin(), question.end(), true) - question.begin());
  if (first == count) return answers;

  std::size_t first_person_answers = 0;
  for (std::size_t begin = first + 1; begin < count;) {
    std::size_t end = begin;
    while (end < count && !question[end]) ++end;
    // Paragraph by paragraph, as quotation marks pair up within one.
    for (std::size_t p = begin; p < end;) {
      std::size_t q = p;
      while (q < end && paragraphs[q] == paragraphs[p]) ++q;
      if (SpeaksInFirstPerson(sentences, p, q, language)) {
        ++first_person_answers;
        break;
      }
      p = q;
    }
    begin = end + 1;
  }
  if (first_person_answers < kFirstPersonAnswers) return answers;
  for (std::size_t k = first + 1; k < count; ++k) answers[k] = !question[k];
  return answers;
}

}  // namespace precis
