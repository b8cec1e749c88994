#include "interview.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <string>

#include "quotation_context.h"
#include "standalone.h"
#include "text_measure.h"
#include "utf8.h"

namespace precis {
namespace {

// Fewer first-person answers than this are an article quoting, or a newspaper's "nous".
constexpr std::size_t kFirstPersonAnswers = 2;
// As many questions marked as an interviewer's ("Q.", "— Et si...?", "Le Parisien.
// Combien...?") make an interview too: an article asking itself questions does not
// label them, and the answers may all speak of others ("R. Oui, le gouvernement doit...").
constexpr std::size_t kLabelledQuestions = 2;
// The most words of a speaker's label set as a sentence of its own before a question or
// an answer: "Le Parisien.", "Sophie Binet.", "LE FIGARO. -".
constexpr std::size_t kLabelWords = 3;

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

// Whether a sentence is a speaker's label: a name or a title of three words at most, each
// capitalized but for a particle ("Le Parisien.", "Sophie Binet.", "Jean de La Fontaine."
// is four), not a narrator's short sentence ("Il a hésité.").
bool IsSpeakerLabel(std::string_view sentence) {
  if (CountWords(sentence) > kLabelWords || AsksQuestion(sentence)) return false;
  std::size_t words = 0;
  bool capitalized = false;
  std::string word;
  const auto word_ends = [&]() {
    const bool fits = capitalized || word == "de" || word == "du" || word == "des" ||
                      word == "la" || word == "le" || word == "d" || word == "l";
    word.clear();
    return fits;
  };
  const int32_t size = IndexSize(sentence);
  for (int32_t i = 0; i < size;) {
    UChar32 c;
    U8_NEXT(sentence.data(), i, size, c);
    if (c >= 0 && u_isalpha(c)) {
      if (word.empty()) {
        ++words;
        capitalized = u_isupper(c) || u_istitle(c);
      }
      AppendUtf8(c, &word);
    } else if (!word.empty() && !word_ends()) {
      return false;
    }
  }
  return words > 0 && (word.empty() || word_ends());
}

// Whether a question opens on an interviewer's mark: "Q.", "Q :", "Question :", or a
// dialogue's dash.
bool OpensWithQuestionLabel(std::string_view sentence) {
  for (const std::string_view label :
       {"Q.", "Q :", "Q:", "Q\u00A0:", "Question :", "Question\u00A0:", "\u2014", "\u2013", "- "}) {
    if (sentence.rfind(label, 0) == 0) return true;
  }
  return false;
}

}  // namespace

std::vector<bool> MarkInterviewAnswers(const std::vector<std::string_view>& sentences,
                                       const std::vector<std::size_t>& paragraphs,
                                       const Language& language) {
  const std::size_t count = sentences.size();
  std::vector<bool> answers(count, false);
  // A question is a paragraph of its own: the question, after the interviewer's label if
  // it is set as a sentence ("Le Parisien. Combien...?").
  std::vector<bool> question(count, false);
  std::size_t labelled_questions = 0;
  for (std::size_t p = 0; p < count;) {
    std::size_t q = p;
    while (q < count && paragraphs[q] == paragraphs[p]) ++q;
    bool labels_before = true;
    for (std::size_t k = p; k + 1 < q; ++k) {
      labels_before = labels_before && IsSpeakerLabel(sentences[k]);
    }
    if (labels_before && AsksQuestion(sentences[q - 1])) {
      std::fill(question.begin() + static_cast<std::ptrdiff_t>(p),
                question.begin() + static_cast<std::ptrdiff_t>(q), true);
      if (q - p > 1 || OpensWithQuestionLabel(sentences[p])) ++labelled_questions;
    }
    p = q;
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
  if (first_person_answers < kFirstPersonAnswers && labelled_questions < kLabelledQuestions) {
    return answers;
  }
  for (std::size_t k = first + 1; k < count; ++k) answers[k] = !question[k];
  return answers;
}

}  // namespace precis
