// Stage 3, segment: splits paragraphs into sentences.
//
//   SentenceSegmenter segmenter(GetLanguage("fr"));
//   std::string_view text = "« Je viendrai demain. » Puis il partit.";
//   for (const SentenceSpan& s : segmenter.Split(text, {0, text.size()})) ...
//   // "« Je viendrai demain. »", "Puis il partit."
#ifndef PRECIS_SRC_SEGMENT_H_
#define PRECIS_SRC_SEGMENT_H_

#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <cstddef>
#include <memory>
#include <string_view>
#include <vector>

#include "abbreviation_names.h"
#include "clean.h"
#include "language.h"

namespace precis {

// No sentence is longer than this many bytes: a longer one (a run-on line of
// scraped text, a 5 MB line without punctuation) is cut at the last white space
// before the limit, or at a character boundary when there is none, so that
// every later stage works on bounded pieces. Real news sentences stay far below
// (the seeds' longest is about 600 bytes).
inline constexpr std::size_t kMaxSentenceBytes = 4000;

// Words in sentences with final punctuation before an unpunctuated end that make a
// paragraph prose rather than a headline. Titles of a short sentence and a fragment are
// common ("M. Poutine à Pyongyang. Les enjeux"); the 12 DUC articles that end on an
// editing note hold 29 words or more before it.
inline constexpr std::size_t kFewestProseWords = 20;
// Fewer words also make prose when they hold a sentence of kFewestSentenceWords words or
// more in a paragraph longer than kLongestTitleWords after prose: the titles of the development
// data that hold a sentence are shorter ("Marseille. Les pleurs de l'enfant abandonné",
// "Euthanasie. A savoir"), and a paragraph whose last sentence lost its period ("Le texte
// prévoit des quotas migratoires. Il doit encore être examiné par le Conseil
// constitutionnel") was a headline that never entered a summary.
inline constexpr std::size_t kFewestSentenceWords = 6;
inline constexpr std::size_t kLongestTitleWords = 11;

struct SentenceSpan {
  // Trimmed of surrounding white space (U+00A0 and U+202F included).
  TextSpan span;
  // The paragraph has no final punctuation: a title, not prose.
  bool headline = false;
  // A piece of a sentence longer than kMaxSentenceBytes: it starts or ends mid-sentence.
  bool cut = false;
  // The words after a paragraph's last sentence, without final punctuation: prose cut off
  // (by a paywall: "...s'était arrêté sur les voies pour"), or a sign-off or a tag. Never
  // a headline, which does not share its paragraph with a sentence before it.
  bool unfinished = false;
};

// ICU's sentence BreakIterator (UAX #29) for the language's sentence_locale,
// run on the UTF-8 text directly so that boundaries are byte offsets, with
// corrections for French news typography:
//  - A closing » ” ) ] or " that follows a space belongs to the sentence
//    before it: « Je viendrai demain. » Puis il partit.
//  - A break after ! or ? (with or without a closing quote) before a
//    lowercase letter is an incise: « Qui êtes-vous ? » demanda-t-il.
//  - An ellipsis … before a capitalized word ends a sentence, as "..." does,
//    closing guillemets and their spaces included ("affaire… » Le"); an elision
//    in brackets, (...) (…) […], never does.
//  - In French, a period glued between a word and a capitalized one ends a
//    sentence that lost its space ("mardi.Son successeur"), but not in an
//    address, an e-mail or a file name, nor after a title ("M.Poutine"). After a
//    capitalized word, only a starter, an article, a possessive or a contraction
//    ("Lille.Ses", "Trump.Au") or a word of four letters or more opens the next
//    sentence ("Bush.Ils"): "Node.Js" and "Inc.Google" are names.
//  - A single capital initial ("George W. Bush", "J.-C.") never ends one; in
//    English, neither do two or three run together ("B.J. Habibie"), in French
//    two ("l'A.S. Monaco"), unless a word that only starts sentences follows
//    ("plan B. The", "le groupe B. Elle"). A capital after a figure is a unit
//    ("35 °C."), and a date's era ("52 av. J.-C.") ends a sentence unless the
//    sentence opens on the date ("En 44 av. J.-C. César meurt").
//  - A break inside a parenthesis that closes a few words later without final
//    punctuation is no end: "(réal. Francis Ford Coppola)".
//  - In French, a period before a capital ends a sentence unless the word
//    before it is a known abbreviation (M., MM., Mme., Dr., Pr., Mgr., av.); so does
//    one before a figure after a word in lower case ("la Turquie. 12 personnes"),
//    unless the word abbreviates a month, a bound or a reference ("sept. 2001",
//    "max. 30", "p. 12") or a currency before its amount or its cents ("Fr. 27.40",
//    "2 fr. 50").
//    This replaces ICU's fr suppressions, which also match word endings
//    ("l'OM. Le club", "une BMW. Il") and list common words ("la mer. Les",
//    "le jeu. Il", "sept."). English keeps ICU's suppressions and adds its own
//    list (Dr., Gen., Sen., U.S., Sept....), which ICU's lacks; a period there
//    still ends a sentence before a word that only starts sentences, and before
//    any word where the document writes the listed word and the one before it
//    as a name ("Hun Sen. Sam Rainsy" after "Hun Sen said"; AbbreviationNames).
//    A case's "c." between its parties ("R. c. Jordan") ends none either.
//    The lists are the language's (Language::sentences).
//  - A break inside a paragraph after text without final punctuation is a
//    wrapped line, not a sentence end.
//  - A list item's number that opens a paragraph ends no sentence ("1. Le gel des
//    loyers."), nor does one after a colon or a semicolon inside it ("1re période : 1.
//    MTL Caufield 5:12 ; 2. TOR Matthews 12:40."), and the page's marks are left out
//    of the sentence's span: a bullet (• ‣ ◦ ⁃ ▪ ●) that opens any sentence; where a
//    paragraph opens, a mail's quote marks ("> ", ">> ") and an item's marker before
//    words or a quote ("1. ", "2) ", "a) ", "- ", "* ", "+ "). Figures stay ("1.500
//    manifestants", "1. 500", "2024 a été", "3,5 %", "1996 :", "> 50 %", "+ 3,5 %",
//    "- 2 %"), and so do – and —, which open dialogue in French.
//  - A paragraph without final punctuation (. ! ? …, possibly followed by
//    closing quotes or brackets) is a headline: one span, never split except
//    by kMaxSentenceBytes. Unless its sentences before its end hold
//    kFewestProseWords words or more, or kFewestSentenceWords in a paragraph of more
//    than kLongestTitleWords after a line of `text` that ends on final punctuation (a
//    title, which leads its article, is never split by that lower threshold): then it
//    is prose whose last words lack punctuation
//    (an agency's editing note "At its, 4th graf pvs", a sign-off "(djp)"),
//    split as prose, and the words after its last sentence are `unfinished`.
// Not thread-safe: use one per thread. Construction is costly; reuse it.
class SentenceSegmenter {
 public:
  // Throws Error(kInternal) if ICU cannot create the iterator.
  explicit SentenceSegmenter(const Language& language);
  ~SentenceSegmenter();
  SentenceSegmenter(const SentenceSegmenter&) = delete;
  SentenceSegmenter& operator=(const SentenceSegmenter&) = delete;

  // The sentences of one paragraph `paragraph` of `text`, in order, as spans of
  // `text`; empty for a paragraph of white space. Linear in its size.
  // `names`, when given, is built on the same `text` and lets a listed word end a
  // sentence where the document writes it as a name ("Hun Sen said").
  // The paragraphs of one text, asked in order, share one pass over the lines before
  // them (the title rule): the whole text is read once, not once per paragraph. A
  // text is told from the last one by its address and size, and by a paragraph that
  // does not follow the last one asked: one that replaces it in the same buffer is
  // read anew from its first paragraph.
  std::vector<SentenceSpan> Split(std::string_view text, TextSpan paragraph,
                                  AbbreviationNames* names = nullptr);

 private:
  // Whether a line of `text` before offset `at` ends on final punctuation: prose came
  // before, so the paragraph at `at` is not the document's title. Reads only the lines
  // the last call on the same text did not read, so that a text's paragraphs, asked in
  // order, cost one pass (24,000 unpunctuated paragraphs took 17 s rescanning).
  bool FollowsProse(std::string_view text, std::size_t at);
  // Starts FollowsProse's pass over `text` anew.
  void ForgetProse(std::string_view text);

  std::unique_ptr<icu::BreakIterator> breaker_;
  SentenceRules rules_;  // the language's, copied: the segmenter may outlive it
  UText utext_ = UTEXT_INITIALIZER;      // reused so that setText does not allocate
  std::vector<std::size_t> boundaries_;  // scratch, reused across paragraphs
  // FollowsProse's pass over the last text, whose last paragraph asked began at
  // prose_last_: its lines ending before prose_scanned_ were read, prose_line_ starts
  // the line that holds prose_scanned_, and prose_found_ tells whether one of them
  // ends on final punctuation.
  std::string_view prose_text_;
  std::size_t prose_last_ = 0;
  std::size_t prose_scanned_ = 0;
  std::size_t prose_line_ = 0;
  bool prose_found_ = false;
};

}  // namespace precis

#endif  // PRECIS_SRC_SEGMENT_H_
