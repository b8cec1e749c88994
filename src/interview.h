// Interviews: questions set as paragraphs of their own, each followed by the answer in
// the speaker's words, without quotation marks.
#ifndef PRECIS_SRC_INTERVIEW_H_
#define PRECIS_SRC_INTERVIEW_H_

#include <cstddef>
#include <string_view>
#include <vector>

#include "language.h"

namespace precis {

// For the sentences of one document, in order, and the paragraph each lies in: which
// are answers in an interview, the interviewee's words that the article does not put in
// quotation marks. Lifted out, "Les mineurs sont déjà assez fichés." reads as the
// article's own claim.
//
// A question is a paragraph whose last sentence AsksQuestion ("?" before closing marks
// and spaces), after nothing but an interviewer's label set as a sentence of three words
// at most ("Le Parisien. Combien...?"). An answer is the run of sentences after a
// question, up to the next one. The document is an interview when two answers or more
// speak in the first person (language.first_person: "je", "nous", "notre"...) outside
// quotation marks, or two questions or more are labelled (that way, or opening on "Q.",
// "Question :" or a dialogue's dash: "— Et si...?"); then every answer is marked, the
// ones without a first person too. An article that asks itself
// questions and answers in its own voice ("L'argent des épargnants est-il en danger ?
// A priori, non."), quoting others, or that says "notre" once (a newspaper's "lire notre
// entretien"), is not an interview, and nothing in it is marked.
// `sentences` are NFC UTF-8 and `paragraphs` is non-decreasing, one per sentence. Pure;
// linear in the length of the text.
std::vector<bool> MarkInterviewAnswers(const std::vector<std::string_view>& sentences,
                                       const std::vector<std::size_t>& paragraphs,
                                       const Language& language);

}  // namespace precis

#endif  // PRECIS_SRC_INTERVIEW_H_
