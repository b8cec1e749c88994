// The paragraph-level rules of the clean stage: what one paragraph of a scraped news
// page looks like when it is boilerplate, by shape and by per-language patterns.
// clean.cc owns what needs context (teaser runs, repeats, lines shared by documents).
#ifndef PRECIS_SRC_CLEAN_PATTERNS_H_
#define PRECIS_SRC_CLEAN_PATTERNS_H_

#include <unicode/regex.h>
#include <unicode/uniset.h>
#include <unicode/unistr.h>

#include <array>
#include <cstddef>
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "clean.h"
#include "paragraph_shape.h"

namespace precis::clean_rules {

// Rule names, as Removal::rule reports them. Static storage: a Removal may point at them.
inline constexpr std::string_view kInlineAd = "inline-ad";
inline constexpr std::string_view kCommentForm = "comment-form";
inline constexpr std::string_view kSiteUi = "site-ui";
inline constexpr std::string_view kTeaser = "teaser";
inline constexpr std::string_view kPhotoCredit = "photo-credit";
inline constexpr std::string_view kWireCaption = "wire-caption";
inline constexpr std::string_view kCaptionRepeat = "caption-repeat";
inline constexpr std::string_view kCaption = "caption";
inline constexpr std::string_view kDuplicateLine = "duplicate-line";
inline constexpr std::string_view kAgencySignoff = "agency-signoff";
inline constexpr std::string_view kDateline = "dateline";
inline constexpr std::string_view kKicker = "kicker";
inline constexpr std::string_view kGluedUi = "glued-ui";
inline constexpr std::string_view kByline = "byline";
inline constexpr std::string_view kDateStamp = "date-stamp";
inline constexpr std::string_view kProgrammePlug = "programme-plug";
inline constexpr std::string_view kRepeatedLine = "repeated-line";
inline constexpr std::string_view kNoText = "no-text";
inline constexpr std::string_view kEditorNote = "editor-note";
inline constexpr std::string_view kReaderComment = "reader-comment";

// Cheap necessary conditions of a pattern, which let ParagraphRules skip the regex on
// the many paragraphs that cannot match. Each is read off the pattern by hand (see
// clean_patterns.cc) and checked against the regex alone by the tests.
// Tail: for a pattern that ends with `$`, the character every match ends with, white
// space and periods after it aside.
enum class Tail {
  kAny,     // no condition
  kCloser,  // ')' or ']'
  kDigit,   // a decimal digit (\p{Nd})
};
// Head: for a pattern anchored with `^`, what the span starts with.
enum class Head {
  kAny,        // no condition
  kUpper,      // an upper-case letter (\p{Lu})
  kCapsStart,  // \p{Lu}, then \p{Lu}, \p{M}, ' or ’
};

// The compiled patterns of a language (its own plus the English ones, since English UI
// labels leak into scraped pages in any language). Shared by all threads: immutable but
// for a cache of regexes compiled on first use, behind a lock.
class Patterns;
// Throws Error(kInternal) if ICU rejects a pattern (a bug, caught by the tests).
const Patterns& PatternsFor(std::string_view language_code);

// What the paragraph rules decided about one paragraph.
struct Verdict {
  std::string_view rule;   // empty: keep the paragraph
  bool announces = false;  // it announces a list of links ("Lire aussi :"), see teasers
  // A photo credit that opens on the picture's author or source ("Image : Francis
  // Tyers.", "STR / AFP"): the line it is glued under may be the caption.
  bool credits_picture = false;
  // Non-empty: `rule` removes only the rest of the paragraph, a sentence of furniture at
  // one of its ends, and this part, the story's prose, stays (ClassifyParagraph reads it
  // again).
  TextSpan story{0, 0};
};

// Applies a language's patterns to the paragraphs of one text. Holds ICU matchers, which
// are not thread-safe: one per thread, reused across documents.
class ParagraphRules {
 public:
  explicit ParagraphRules(const Patterns& patterns);
  ~ParagraphRules();
  ParagraphRules(const ParagraphRules&) = delete;
  ParagraphRules& operator=(const ParagraphRules&) = delete;

  // Points the rules at a document; spans passed later are byte ranges of `text`, which
  // must outlive the calls.
  void Reset(std::string_view text);

  // The start of the content of `span` past a boilerplate prefix (a date stamp, an agency
  // or a region's dateline, an all-caps kicker, a live blog's clock time, a paywall label,
  // a byline run into the lead), setting `rule`; span.begin when there is none.
  // `opening` says whether `span` is among its story's first paragraphs, where a dateline
  // may name its place without an agency or capitals; `dateline_list` whether several
  // paragraphs of its document open like a regional dateline (OpensLikeDateline), which
  // marks a list whose items name their subject that way: then none is a dateline.
  std::size_t StripPrefix(TextSpan span, bool opening, bool dateline_list, std::string_view* rule);
  // The start of the content of `span` past a town's dateline in mixed case ("Rabat - Le
  // gouvernement..."; not "Lens - Lille 2-1", "Paris-Saint-Germain - Lyon : le match...")
  // or in capitals before its département's number ("RENNES (35) – Le..."), span.begin
  // when there is none. A rubric opens a sentence the same way ("Publicité - Les
  // annonceurs..."): the caller asks only of a story's lead.
  std::size_t StripTownDateline(TextSpan span);
  // Whether `span` opens as a regional dateline looks, loosely: a capitalized name, a
  // bracket and a dash ("GIRONDE (33) – ", "Saint-Malo (Ille-et-Vilaine) - "), or as a
  // town's dateline does ("Rabat - Le gouvernement...").
  bool OpensLikeDateline(TextSpan span);
  // Whether `span` is a person's name and nothing else, as a byline gives it: two to four
  // capitalized words, a name's particles between them ("Isabelle Ducas").
  bool IsPersonName(TextSpan span);
  // The end of the content of `span` before an agency tag such as "(AFP)", a sign-off
  // glued after its last sentence ("avec AFP", "Par Marie Dupont, à Brest") or an
  // embedded tweet's links ("pic.twitter.com/AbC123xyz", "https://t.co/AbC123xyz"),
  // setting `rule`; span.end when there is none.
  std::size_t StripSuffix(TextSpan span, std::string_view* rule);
  // The rule that removes the whole paragraph `span`, if any. `first` says whether it is
  // the first paragraph of its document (the title's place).
  Verdict Classify(TextSpan span, const Shape& shape, bool first);
  // Whether `span` opens a dialog of the page's that copying took along (a blocked embed's
  // consent notice, a paid site's one-device warning): a heading of the language's
  // dialog_headings, opening a paragraph of at most 60 words without quotation marks or an
  // attributing incise (a story may quote one).
  bool OpensDialog(TextSpan span);
  // Whether `span` is one of a dialog's lines ("Gérer mes choix", "Accepter pour
  // Twitter"), which are furniture only beside its heading.
  bool IsDialogLine(TextSpan span);
  // Whether `span` is the heading of a reader comments section on a line of its own
  // ("Commentaires (3)", "3 commentaires", "Comments (12)").
  bool IsCommentsHeading(TextSpan span);
  // Whether `span` is a comments heading with neither count nor state ("Commentaires",
  // "Vos réactions", "Comments"), which may also title a section of the story.
  bool IsBareCommentsHeading(TextSpan span);
  // Whether `span` marks a reader's comment other than by its buttons (IsCommentButton):
  // its age ("Il y a 2 heures") or a pseudonym alone or before a colon ("Jean75", "Jean75 :
  // honteux").
  bool MarksCommenter(TextSpan span);
  // Whether `span` is a line of a comment's buttons ("Répondre", "Répondre · Signaler",
  // "Reply"), the one mark that a live blog or a story's rubric does not have.
  bool IsCommentButton(TextSpan span);
  // Whether `span` has a verb in a tense other than the present (passé composé, future,
  // imperfect...), which reports an event where a caption shows a picture.
  bool NotPresent(TextSpan span);

  // Turns the pre-filters (literals, digits, head and tail of the span) off or on (on
  // by default). Results never depend on them; the tests compare both ways.
  void set_prefilter(bool on) { prefilter_ = on; }

  // One pattern on its own, for the tests: `kind` indexes the regexes of
  // clean_patterns.cc, 0 to KindCount() - 1.
  enum class Anchor {
    kWhole,     // the whole span matches
    kPrefix,    // a prefix of the span matches
    kAnywhere,  // the pattern occurs in the span
  };
  static int KindCount();
  bool Run(int kind, TextSpan span, Anchor anchor);

 private:
  // Runs `matcher` on `span`; a match cut off by the step limit is none.
  bool Match(icu::RegexMatcher& matcher, TextSpan span, Anchor anchor);
  // Where Run notes the patterns that failed in `anchor` on the text of `span`, a bit per
  // pattern; null when that text is not kept (too long, or the pre-filters off).
  uint64_t* FailuresOf(TextSpan span, Anchor anchor);
  bool Matches(int kind, TextSpan span) { return Run(kind, span, Anchor::kWhole); }
  bool LookingAt(int kind, TextSpan span) { return Run(kind, span, Anchor::kPrefix); }
  bool Find(int kind, TextSpan span) { return Run(kind, span, Anchor::kAnywhere); }
  std::size_t MatchEnd(int kind);           // end of the last match, in bytes of text
  // StripPrefix's and StripSuffix's rules for furniture glued to the story's prose.
  std::size_t StripGluedPrefix(TextSpan span, bool opening, bool dateline_list,
                               std::string_view* rule);
  std::size_t StripGluedSuffix(TextSpan span, std::string_view* rule);
  // Whether a match of `kind` (a UI or credit phrase) in `span` is furniture rather than
  // words of a sentence of news; see clean_patterns.cc.
  // `sentence` is set to the sentence of the match found to be furniture.
  bool PhraseIsFurniture(int kind, TextSpan span, TextSpan* sentence);
  std::vector<TextSpan> PhrasesIn(icu::RegexMatcher& matcher, TextSpan span);
  TextSpan StoryBeside(TextSpan span, TextSpan sentence) const;
  bool MailQuotedProse(TextSpan span, const Shape& shape) const;
  // False when the span fails one of the pattern's necessary conditions (a literal, a
  // digit, its head or tail), so that no match can succeed.
  bool MayMatch(int kind, TextSpan span);
  // The matcher that finds what `kind` finds in `span`: the pattern's, or for a pattern
  // written as parts, that of the parts whose literals the span holds; null when the
  // pre-filters tell no match can succeed.
  icu::RegexMatcher* MatcherFor(int kind, TextSpan span);
  static std::unique_ptr<icu::RegexMatcher> NewMatcher(const icu::RegexPattern& regex);
  // Whether a code point of `span` may fold to ASCII under case-insensitive matching
  // ("ſ", the Kelvin sign), which the ASCII literals would miss.
  bool MayFoldToAscii(TextSpan span) const;
  bool HoldsLiteral(TextSpan span, const std::vector<std::string>& literals);
  bool HasDigit(TextSpan span) const;
  // False when a match starting at span.begin is impossible, as read off the span's
  // first code points by the regex itself; for the anchored runs only.
  bool HeadMayMatch(int kind, TextSpan span);

  const Patterns& patterns_;
  std::string_view text_;
  // The document in UTF-16, which ICU's matchers read through their fast path (direct
  // array access); on a UTF-8 UText they take the generic one, several times slower on
  // the case-insensitive alternations. to_utf16_[byte] and to_utf8_[unit] translate
  // offsets at code point boundaries, both ways.
  icu::UnicodeString utf16_;
  std::vector<int32_t> to_utf16_;
  std::vector<std::size_t> to_utf8_;
  std::array<std::unique_ptr<icu::RegexMatcher>, 64> matchers_;
  // By pattern and set of its parts, the matcher of those parts (Patterns::PartsRegex)
  // and the document it was last pointed at; by pattern, the matcher of its last run,
  // whose match bounds MatchEnd reads.
  struct PartsMatcher {
    std::unique_ptr<icu::RegexMatcher> matcher;
    uint64_t document = 0;
  };
  std::map<std::pair<int, uint64_t>, PartsMatcher> parts_matchers_;
  uint64_t document_ = 0;  // counts the calls of Reset
  std::array<icu::RegexMatcher*, 64> ran_{};
  // Pre-filter state: byte offsets in text_ of code points that may fold to ASCII (in
  // order), and the last span lower-cased (ASCII letters only) for the literal search.
  const icu::UnicodeSet* folds_to_ascii_;
  std::vector<std::size_t> fold_risk_;
  std::vector<std::size_t> other_digits_;  // byte offsets of \p{Nd} outside ASCII
  std::string lowered_;
  TextSpan lowered_span_{0, 0};
  bool lowered_valid_ = false;
  bool prefilter_ = true;
  // HeadMayMatch's state: a matcher per pattern over head_text_; by head, a bit per
  // pattern for "probed" and one for "may match" (node-based: pointers stay valid); the
  // last span's head and where it lies in utf16_.
  static constexpr int kHeadProbeLength = 3;
  struct HeadAnswers {
    uint64_t known = 0;
    uint64_t may = 0;
  };
  std::array<std::unique_ptr<icu::RegexMatcher>, 64> head_matchers_;
  std::unordered_map<uint64_t, HeadAnswers> head_answers_;
  icu::UnicodeString head_text_;
  HeadAnswers* head_ = nullptr;
  TextSpan head_span_{0, 0};
  int32_t head_begin_ = 0;
  int32_t head_end_ = 0;
  bool head_valid_ = false;
  // FailuresOf's state: by the text of a short span, a mask per anchoring of the patterns
  // that failed on it, and those of the last span looked up (node-based: the pointer stays
  // valid until the map is cleared).
  using FailureMasks = std::array<uint64_t, 3>;
  std::unordered_map<std::string, FailureMasks> failures_;
  FailureMasks* failed_ = nullptr;
  TextSpan failed_span_{0, 0};
  bool failed_valid_ = false;
};

}  // namespace precis::clean_rules

#endif  // PRECIS_SRC_CLEAN_PATTERNS_H_
