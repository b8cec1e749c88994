// Stage 2, clean: finds the paragraphs of each document and drops scraped-page
// boilerplate (inline ads, teasers, captions and photo credits, comment forms, share
// widgets, bylines, agency sign-offs, date stamps, programme plugs).
//
// The rules are general shapes, not a list of known strings: a line's shape (length,
// case, final punctuation), its position (after a "Lire aussi :", beside a caption) and
// per-language patterns (clean_patterns.cc), plus lines that repeat across the documents
// of a cluster. They lean towards keeping: content removed costs more than boilerplate
// kept, so headings and titles stay (segment marks them as headlines).
#ifndef PRECIS_SRC_CLEAN_H_
#define PRECIS_SRC_CLEAN_H_

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "language.h"
#include "load.h"
#include "precis/options.h"

namespace precis {

// A byte range [begin, end) of LoadedDocument::text.
struct TextSpan {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::size_t size() const { return end - begin; }
  bool operator==(const TextSpan& o) const { return begin == o.begin && end == o.end; }
};

struct Removal {
  TextSpan span;
  // A static name for the rule that fired: "inline-ad", "comment-form", "site-ui",
  // "glued-ui", "teaser", "photo-credit", "wire-caption", "caption", "caption-repeat",
  // "duplicate-line", "agency-signoff", "dateline", "kicker", "byline", "date-stamp",
  // "programme-plug", "repeated-line", "no-text", "editor-note", "reader-comment" (see
  // clean_patterns.h).
  std::string_view rule;
};

struct CleanedDocument {
  // The kept paragraphs, in order, trimmed of surrounding white space (Unicode
  // White_Space, so U+00A0 and U+202F too) and of any boilerplate prefix or suffix
  // ("date 2024-06 ", "PARIS (Reuters) - ", "BREST (Finistère) - ", "18h45 - ",
  // "INTERNATIONAL - ", a final "(AFP)" or "(avec AFP)"). A
  // paragraph is one line of the input, or several when a line visibly continues on the
  // next one, with no blank line between: it has no final punctuation (. ! ? …) and the
  // next line starts with a lower-case letter (past a quotation mark too: "« un score »"),
  // or is a parenthesis closing the sentence ("(14,6 %)."), or the line ends on a word that
  // ends no sentence (Language::never_final: "dans le"; rarely_final in a line longer than
  // a title: "...dimanche avec"); it ends on a word hyphenated across the
  // break ("nord-" / "coréens"); or the text was wrapped at a fixed width and the width
  // broke the line (hard_wrap.h). A joined paragraph keeps its inner '\n'. A note to
  // editors inside a paragraph ("(OPTIONAL TRIM CAN BEGIN HERE)"), or a page's aside
  // between its sentences ("(Lire aussi : ...)", "Publicité"; page_aside.h), parts it.
  std::vector<TextSpan> paragraphs;
  // What was dropped and why, in document order: whole paragraphs, the prefixes and
  // suffixes cut off kept ones, and the notes to editors and the page's asides a paragraph
  // held (editor_note.h, page_aside.h), which part it. Paragraphs and removals never
  // overlap.
  std::vector<Removal> removed;
};

// Removal::rule in words, for people ("photo-credit": "a photo credit"); the name itself
// for a rule this build does not know.
std::string DescribeRemoval(std::string_view rule);

// Cleans every document of a cluster; the cluster is needed because boilerplate shows
// itself by repeating across documents (a short line found in two documents or more).
// One result per input document, in order. Uses language.code, never_final, rarely_final
// and the sentence abbreviations; "fr" documents also get the English UI patterns, which
// scraped French pages carry too. With options.keep_boilerplate, lines join into
// paragraphs as they always do and nothing is removed. An empty or white-space-only
// document has no paragraphs.
// Linear in the size of the text; reentrant (the compiled patterns are shared, read-only).
// `threads` workers (0: one per core) classify the documents' paragraphs in parallel;
// the one cross-document rule (repeated lines) then runs sequentially, in document
// order, so the result does not depend on the number of threads.
// Throws Error(kInternal) only if ICU fails.
std::vector<CleanedDocument> Clean(const std::vector<LoadedDocument>& documents,
                                   const Language& language, const CleanOptions& options,
                                   std::size_t threads = 1);
// The same on the documents' texts alone (LoadedDocument::text, or the caller's bytes
// when loading left them unchanged), which must outlive the call. `between_documents`, if
// any, is called on the calling thread between the documents it cleans, and may throw to
// give up the call (a caller's cancellation: StopCheck).
std::vector<CleanedDocument> Clean(const std::vector<std::string_view>& texts,
                                   const Language& language, const CleanOptions& options,
                                   std::size_t threads = 1,
                                   const std::function<void()>& between_documents = nullptr);

}  // namespace precis

#endif  // PRECIS_SRC_CLEAN_H_
