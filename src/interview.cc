#include "interview.h"

#include <algorithm>
#include <cstddef>
#include <string>

#include "quotation_context.h"
#include "standalone.h"
#include "text_measure.h"
#include "word_walk.h"

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

// Whether the paragraph's sentences [begin, end) say "je" or "nous" outside quotation
// marks. The marks are followed across the paragraph's sentences, as a quotation may
// run over several.
bool SpeaksInFirstPerson(const std::vector<std::string_view>& sentences, std::size_t begin,
                         std::size_t end, const Language& language) {
  QuotationDepth depth(+1);
  for (std::size_t k = begin; k < end; ++k) {
    const bool first_person = WalkWords(sentences[k], &depth, [&](const WalkedWord& word) {
      // "US" and "NOUS" in capitals are a country and a headline's shout.
      return !(word.all_upper && word.folded.size() > 1) && word.outside_quotes &&
             language.first_person.count(word.folded) > 0;
    });
    if (first_person) return true;
  }
  return false;
}

// Whether a sentence is a speaker's label: a name or a title of three words at most, each
// capitalized but for a particle ("Le Parisien.", "Sophie Binet.", "Jean de La Fontaine."
// is four), not a narrator's short sentence ("Il a hésité.").
bool IsSpeakerLabel(std::string_view sentence) {
  if (CountWords(sentence) > kLabelWords || AsksQuestion(sentence)) return false;
  std::size_t words = 0;
  QuotationDepth depth(+1);
  const bool word_unfit = WalkWords(sentence, &depth, [&](const WalkedWord& word) {
    ++words;
    const std::string& w = word.folded;
    return !(word.capital_first || w == "de" || w == "du" || w == "des" || w == "la" || w == "le" ||
             w == "d" || w == "l");
  });
  return words > 0 && !word_unfit;
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
