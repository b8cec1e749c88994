#include "clean.h"

#include <unicode/utf8.h>

#include <algorithm>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "clean_patterns.h"
#include "editor_note.h"
#include "hard_wrap.h"
#include "page_aside.h"
#include "paragraph_shape.h"
#include "parallel.h"
#include "text_measure.h"

namespace precis {
namespace {

namespace rules = clean_rules;

// A repeated line shorter than this (in words) is site furniture; longer, it is a
// sentence two outlets took from the same agency copy.
constexpr std::size_t kRepeatedLineMaxWords = 12;
// A run of link headlines after an announcer ("À voir également :") is this long at most.
constexpr std::size_t kTeaserMaxRun = 10;
constexpr std::size_t kTeaserMaxWords = 25;
// Near-verbatim repeats are checked on lines of at least this many key bytes: short
// ones ("Non.", "Vrai.") repeat by chance.
constexpr std::size_t kRepeatMinKeyBytes = 20;
// A caption on a line of its own is this long at most, and the credit under it so long
// (La Presse's "PHOTO JACQUES BOISSINOT, ARCHIVES LA PRESSE CANADIENNE" has seven words).
constexpr std::size_t kGluedCaptionMaxWords = 30;
constexpr std::size_t kPictureCreditMaxWords = 8;

// The trimmed non-empty lines of a text, and whether each follows the previous one
// directly (no blank line between them).
struct Line {
  TextSpan span;
  bool adjacent = false;
};

std::vector<Line> SplitLines(std::string_view text) {
  std::vector<Line> lines;
  bool previous_blank = true;
  std::size_t begin = 0;
  while (begin <= text.size()) {
    std::size_t end = text.find('\n', begin);
    if (end == std::string_view::npos) end = text.size();
    const TextSpan span = rules::TrimSpan(text, {begin, end});
    if (span.size() > 0) {
      lines.push_back({span, !previous_blank});
      previous_blank = false;
    } else {
      previous_blank = true;
    }
    begin = end + 1;
  }
  return lines;
}

// The last word of a trimmed line, an elided "l’" written "l'" as word lists hold it.
// Words end where the clean stage's white space is (U+00A0 and U+202F, which French puts
// between words, included).
std::string LastWord(std::string_view line) {
  // No listed word is this long; the bound keeps the indexes within ICU's int32_t.
  constexpr std::size_t kTailBytes = 64;
  if (line.size() > kTailBytes) line.remove_prefix(line.size() - kTailBytes);
  int32_t begin = static_cast<int32_t>(line.size());
  while (begin > 0) {
    int32_t before = begin;
    UChar32 c;
    U8_PREV(line.data(), 0, before, c);
    if (c >= 0 && rules::IsSpace(c)) break;
    begin = before;
  }
  std::string word(line.substr(static_cast<std::size_t>(begin)));
  if (word.size() >= 3 && word.compare(word.size() - 3, 3, "\xE2\x80\x99") == 0) {
    word.replace(word.size() - 3, 3, "'");
  }
  return word;
}

// Paragraphs: a line, joined with the next only when it visibly goes on there: with no
// final punctuation and either the next line in lower case or this one ending on a word
// that ends no sentence nor title ("dans le" / "Fichier national..."); on a word
// hyphenated across the break ("États-" / "Unis"); or, in a text wrapped at a fixed
// width (hard_wrap.h), where the width broke it. Joining on less would glue titles and
// captions to the prose under them.
struct ParagraphSpan {
  TextSpan span;
  // The shape of the span when it is one line; a joined paragraph is measured again.
  std::optional<rules::Shape> shape;
  bool glued = false;  // no blank line between it and the paragraph above
  // Non-empty: a note to editors or a page's aside that parted a paragraph, removed by
  // this rule.
  std::string_view parted_rule{};
};

// A line's width from the start of its line in `text` (its indent counted, a tab to the
// next multiple of 8), and its first word's, in code points, for the wrap test.
LineWidth MeasureWidth(std::string_view text, const Line& line, const rules::Shape& shape) {
  LineWidth measured;
  measured.adjacent = line.adjacent;
  measured.first_lower = shape.first_lower;
  measured.ends_comma = shape.ends_comma;
  const std::size_t line_start =
      line.span.begin == 0 ? 0 : text.rfind('\n', line.span.begin - 1) + 1;  // npos + 1 = 0
  for (std::size_t k = line_start; k < line.span.begin; ++k) {
    const unsigned char c = static_cast<unsigned char>(text[k]);
    if (c == '\t') {
      measured.width += 8 - measured.width % 8;
    } else if ((c & 0xC0) != 0x80) {
      ++measured.width;
    }
  }
  const std::string_view s = text.substr(line.span.begin, line.span.size());
  bool in_first_word = true;
  int32_t i = 0;
  const auto size = static_cast<int32_t>(s.size());
  while (i < size) {
    UChar32 c;
    U8_NEXT(s.data(), i, size, c);
    ++measured.width;
    // A wrapping tool breaks at spaces only, never at a no-break one ("«\u00A0pas").
    if (in_first_word && c >= 0 && rules::IsSpace(c) && c != 0x00A0 && c != 0x202F && c != 0x2007 &&
        c != 0x2060 && c != 0xFEFF) {
      in_first_word = false;
    }
    if (in_first_word) ++measured.first_word;
  }
  return measured;
}

// Whether a line that ends on a period ends on an abbreviation ("selon M.", "Sept."),
// not a sentence.
bool EndsOnAbbreviation(std::string_view line, const Language& language) {
  const std::string word = LastWord(line);
  const std::vector<std::string>& listed = language.sentences.abbreviations;
  return std::find(listed.begin(), listed.end(), word) != listed.end();
}

// Words in a line too long for a title: news titles run to a dozen words at most, so a
// line of more that ends on a preposition ("...dimanche avec") breaks a sentence.
constexpr std::size_t kLongerThanTitles = 13;

// Whether a line is a parenthesis and the punctuation after it, nothing else ("(14,6 %).",
// "(AFP),"): the end of the sentence above it, whose line was broken before the bracket. A
// bracket with nothing after it may be a title's or a credit's ("(Photo AFP)"), and stays.
bool ParenthesisClosingSentence(std::string_view line) {
  if (line.size() < 4 || line.front() != '(') return false;
  const std::size_t close = line.find(')');
  if (close == std::string_view::npos || line.find_first_of("()", 1) != close) return false;
  const std::string_view after = line.substr(close + 1);
  return after == "." || after == "," || after == ";";
}

// Whether a line opens on a quotation mark and a lower-case word ("« un score historique »,
// selon..."): a sentence quoting someone goes on there, as one opening in lower case does.
bool OpensQuoteInLowerCase(std::string_view line, const rules::Shape& shape) {
  const bool quote =
      line.rfind("\u00AB", 0) == 0 || line.rfind("\u201C", 0) == 0 || line.rfind("\"", 0) == 0;
  return quote && shape.has_letter && !shape.first_upper && !shape.first_digit;
}

// Whether a line opens on a bracketed aside in lower case that the sentence goes on past
// ("(notamment les PME) dès le mois prochain, a précisé..."): a <br> or a line break put
// before the bracket cut the sentence there. A bracket with nothing after it ("(photo
// AFP)"), or with a sentence of its own after it, is a credit's or a title's, and stays.
bool OpensAsideGoingOn(std::string_view line, const rules::Shape& shape) {
  if (line.empty() || line.front() != '(' || !shape.has_letter || shape.first_upper ||
      shape.first_digit) {
    return false;
  }
  const std::size_t close = line.find(')');
  if (close == std::string_view::npos) return false;
  const TextSpan rest = rules::TrimSpan(line, {close + 1, line.size()});
  return rest.size() != 0 && rules::MeasureShape(line.substr(rest.begin, rest.size())).first_lower;
}

// Mail quotes a forwarded text with "> " before each of its lines ("> > " twice quoted).
// A text two thirds of whose lines open so is such a quote: its lines are read without
// the marks, a line of marks alone being a blank one. Read with them, every line was a
// programme plug (">> L'interview..."), and the article was gone.
std::vector<Line> WithoutQuoteMarks(std::string_view text, std::vector<Line> lines) {
  std::size_t quoted = 0;
  for (const Line& line : lines) quoted += text[line.span.begin] == '>' ? 1 : 0;
  if (lines.size() < 2 || quoted * 3 < lines.size() * 2) return lines;
  std::vector<Line> unquoted;
  bool after_blank = false;
  for (Line line : lines) {
    std::size_t begin = line.span.begin;
    while (begin < line.span.end && (text[begin] == '>' || text[begin] == ' ')) ++begin;
    line.span = rules::TrimSpan(text, {begin, line.span.end});
    if (line.span.size() == 0) {
      after_blank = true;
      continue;
    }
    line.adjacent = line.adjacent && !after_blank;
    after_blank = false;
    unquoted.push_back(line);
  }
  return unquoted;
}

// Whether a line, on its own, is a whole paragraph of furniture ("PUBLICITÉ", "Lire
// aussi : ...", "Photo : X / AFP"). Null where boilerplate is kept.
using FurnitureLine = std::function<bool(TextSpan, const rules::Shape&)>;

std::vector<ParagraphSpan> SplitParagraphs(std::string_view text, const Language& language,
                                           const FurnitureLine& is_furniture = nullptr) {
  const std::vector<Line> lines = WithoutQuoteMarks(text, SplitLines(text));
  std::vector<rules::Shape> shapes;
  std::vector<LineWidth> widths;
  shapes.reserve(lines.size());
  widths.reserve(lines.size());
  for (const Line& line : lines) {
    shapes.push_back(rules::MeasureShape(text.substr(line.span.begin, line.span.size())));
    widths.push_back(MeasureWidth(text, line, shapes.back()));
  }
  const std::size_t wrap_width = WrapWidth(widths);
  std::vector<ParagraphSpan> paragraphs;
  paragraphs.reserve(lines.size());  // a paragraph is a line or more
  bool open = false;       // the last paragraph may take the next line
  bool unfinished = false;  // ...and must, its last word ending nothing
  bool ends_sentence = false;  // the last line ends a sentence, not an abbreviation
  bool joined = false;         // the last line was joined to the one above it
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const Line& line = lines[i];
    const std::string_view s = text.substr(line.span.begin, line.span.size());
    const rules::Shape& shape = shapes[i];
    // In wrapped text, a line the width broke goes on, whatever the case of the next
    // ("Kim\nJong-un", "le jour même M.\nPoutine"), unless it ends a sentence: there the
    // break may as well end a paragraph, and joining a credit or a title to the lead
    // under it would make them one paragraph, which a cleaning rule may drop whole.
    const bool broken = wrap_width != 0 && i > 0 && !ends_sentence &&
                        BrokenAtWidth(widths[i - 1], widths[i], wrap_width, joined);
    // A word hyphenated across the break ("États-\nUnis") goes on whatever its case.
    const std::size_t previous_end = i > 0 ? lines[i - 1].span.end : 0;
    const std::size_t break_bytes = i > 0 ? InWordBreakBytes(text, previous_end) : 0;
    const bool hyphenated = break_bytes != 0 && previous_end + break_bytes == line.span.begin;
    // A page copied whole may set an ad, a link or a credit in the middle of a sentence
    // ("de garrigue et de" / "PUBLICITÉ" / "pinède au nord..."). Joined, the furniture
    // would sit inside the sentence, where no rule takes it out; apart, it goes as any
    // such line does, and the sentence's two halves are fragments that no summary takes.
    // Only between two halves of one sentence, the second going on in lower case: the last
    // line of a wrapped caption ("...à Pyongyang. [via REUTERS - Kremlin.ru]") is furniture
    // on its own too, but the caption above it is its sentence, not the story's. Not where
    // the wrap width broke the line either: there, a programme's plug or a caption wrapped
    // over lines is read whole, and its middle line may look like furniture of its own.
    const bool interrupts = is_furniture && !hyphenated && !shape.first_lower && !broken &&
                            open && unfinished && line.adjacent &&
                            i + 1 < lines.size() && lines[i + 1].adjacent &&
                            shapes[i + 1].first_lower && is_furniture(line.span, shape);
    if (interrupts) {
      paragraphs.push_back({line.span, shape, line.adjacent});
      joined = false;
      open = false;
      unfinished = false;
      ends_sentence = true;
      continue;
    }
    const bool goes_on = shape.first_lower || unfinished || OpensQuoteInLowerCase(s, shape) ||
                         OpensAsideGoingOn(s, shape) || ParenthesisClosingSentence(s);
    if (!paragraphs.empty() && (broken || hyphenated || (open && line.adjacent && goes_on))) {
      paragraphs.back().span.end = line.span.end;
      paragraphs.back().shape.reset();
      joined = true;
    } else {
      paragraphs.push_back({line.span, shape, line.adjacent});
      joined = false;
    }
    open = !shape.ends_sentence;
    unfinished =
        open &&
        (language.never_final.count(LastWord(s)) > 0 ||
         (shape.words >= kLongerThanTitles && language.rarely_final.count(LastWord(s)) > 0));
    ends_sentence = shape.ends_sentence && !EndsOnAbbreviation(s, language);
  }
  return paragraphs;
}

// The paragraphs with the notes to editors and the page's asides (page_aside.h) inside
// them taken out: each its own span, marked, and the text on either side of it a
// paragraph glued to the one above.
std::vector<ParagraphSpan> PartAtAsides(std::string_view text,
                                        std::vector<ParagraphSpan> paragraphs) {
  std::vector<ParagraphSpan> parted;
  parted.reserve(paragraphs.size());
  struct Cut {
    TextSpan span;
    std::string_view rule;
  };
  std::vector<Cut> cuts;
  for (ParagraphSpan& paragraph : paragraphs) {
    cuts.clear();
    for (const TextSpan& note : FindEditorNotes(text, paragraph.span)) {
      cuts.push_back({note, rules::kEditorNote});
    }
    for (const TextSpan& aside : FindDetachedAsides(text, paragraph.span)) {
      cuts.push_back({aside, rules::kInlineAd});
    }
    if (cuts.empty()) {
      parted.push_back(std::move(paragraph));
      continue;
    }
    // A note is in capitals and an aside is not, but "(MORE)" could read as both.
    std::sort(cuts.begin(), cuts.end(),
              [](const Cut& a, const Cut& b) { return a.span.begin < b.span.begin; });
    std::size_t begin = paragraph.span.begin;
    bool glued = paragraph.glued;
    const auto add_text = [&](std::size_t end) {
      const TextSpan piece = rules::TrimSpan(text, {begin, end});
      if (piece.size() == 0) return;
      parted.push_back({piece, std::nullopt, glued, {}});
      glued = true;
    };
    for (const Cut& cut : cuts) {
      if (cut.span.begin < begin) continue;
      add_text(cut.span.begin);
      parted.push_back({cut.span, std::nullopt, glued, cut.rule});
      glued = true;
      begin = cut.span.end;
    }
    add_text(paragraph.span.end);
  }
  return parted;
}

struct Paragraph {
  TextSpan whole;              // the trimmed paragraph
  TextSpan content;            // without the stripped prefixes and suffix
  std::vector<Removal> trims;  // the stripped prefixes and suffix, in order
  std::string_view rule;       // non-empty: the whole paragraph is removed
  bool announces = false;      // "Lire aussi :": link headlines follow
  rules::Shape shape;          // of the content
  std::string key;             // rules::MatchKey of the content
  bool one_line = false;
  bool glued = false;            // no blank line between it and the paragraph above
  bool credits_picture = false;  // see rules::Verdict
};

bool IsCaptionRule(std::string_view rule) {
  return rule == rules::kPhotoCredit || rule == rules::kWireCaption ||
         rule == rules::kCaptionRepeat || rule == rules::kCaption;
}

// How many paragraphs open a story: its title, its date, its byline, then the lead that a
// dateline stands before.
constexpr std::size_t kOpeningParagraphs = 4;

// Applies the paragraph rules, then strips prefixes and suffix off what remains. `index`
// is the paragraph's place in its document; `dateline_list` says that several of its
// paragraphs open like a regional dateline (see ParagraphRules::StripPrefix); `lead` that
// no sentence of the story stands above it.
Paragraph ClassifyParagraph(std::string_view text, const ParagraphSpan& paragraph,
                            std::size_t index, bool dateline_list, bool lead,
                            rules::ParagraphRules& paragraph_rules) {
  const TextSpan span = paragraph.span;
  Paragraph p;
  p.whole = span;
  p.one_line = paragraph.shape.has_value();
  p.glued = paragraph.glued;
  TextSpan content = span;
  std::string_view last_rule;
  // A paragraph may carry several prefixes: "Publié le … Mis à jour le … PARIS (AFP) -".
  for (int i = 0; i < 4 && content.size() > 0; ++i) {
    std::string_view rule;
    const std::size_t begin =
        paragraph_rules.StripPrefix(content, index < kOpeningParagraphs, dateline_list, &rule);
    if (begin == content.begin) break;
    p.trims.push_back({rules::TrimSpan(text, {content.begin, begin}), rule});
    content = rules::TrimSpan(text, {begin, content.end});
    last_rule = rule;
  }
  // A town's dateline in mixed case ("Rabat - Le gouvernement...") looks like a rubric
  // before a sentence ("Publicité - Les annonceurs..."), which a story may open a paragraph
  // with: only its lead, among its opening paragraphs, has it, and only outside a list of
  // such openings.
  if (lead && index < kOpeningParagraphs && !dateline_list && content.size() > 0) {
    const std::size_t begin = paragraph_rules.StripTownDateline(content);
    if (begin != content.begin) {
      p.trims.push_back({rules::TrimSpan(text, {content.begin, begin}), rules::kDateline});
      content = rules::TrimSpan(text, {begin, content.end});
      last_rule = rules::kDateline;
    }
  }
  if (content.size() > 0) {
    std::string_view rule;
    const std::size_t end = paragraph_rules.StripSuffix(content, &rule);
    if (end != content.end) {
      p.trims.push_back({rules::TrimSpan(text, {end, content.end}), rule});
      content = rules::TrimSpan(text, {content.begin, end});
      last_rule = rule;
    }
  }
  p.content = content;
  if (content.size() == 0) {  // nothing but a dateline, a date stamp or a sign-off
    p.rule = last_rule;
    p.trims.clear();
    return p;
  }
  const std::string_view s = text.substr(content.begin, content.size());
  // Most paragraphs are one line with nothing stripped: measured already.
  p.shape = paragraph.shape && content == span ? *paragraph.shape : rules::MeasureShape(s);
  p.key = rules::MatchKey(s);
  rules::Verdict verdict = paragraph_rules.Classify(content, p.shape, index == 0);
  if (!verdict.rule.empty() && verdict.story.size() > 0) {
    // A sentence of furniture at one end of the story's prose: cut off, the rest read again.
    const TextSpan story = verdict.story;
    p.trims.push_back({story.begin > content.begin
                           ? rules::TrimSpan(text, {content.begin, story.begin})
                           : rules::TrimSpan(text, {story.end, content.end}),
                       verdict.rule});
    std::sort(p.trims.begin(), p.trims.end(),
              [](const Removal& a, const Removal& b) { return a.span.begin < b.span.begin; });
    content = story;
    p.content = content;
    const std::string_view rest = text.substr(content.begin, content.size());
    p.shape = rules::MeasureShape(rest);
    p.key = rules::MatchKey(rest);
    const std::string_view first_rule = verdict.rule;
    verdict = paragraph_rules.Classify(content, p.shape, index == 0);
    // Furniture too ("Le Monde avec AFP. Tous droits réservés."): the paragraph goes whole,
    // under the rule that found it.
    if (!verdict.rule.empty()) verdict.rule = first_rule;
  }
  p.rule = verdict.rule;
  p.announces = verdict.announces;
  p.credits_picture = verdict.credits_picture;
  if (!p.rule.empty()) p.trims.clear();
  return p;
}

// Teasers: after a line that announces links, the headline-only lines that follow (no
// final punctuation) are the links, up to the next prose paragraph.
void DropTeaserRuns(std::vector<Paragraph>& ps) {
  for (std::size_t i = 0; i < ps.size(); ++i) {
    if (!ps[i].announces) continue;
    for (std::size_t j = i + 1; j < ps.size() && j <= i + kTeaserMaxRun; ++j) {
      Paragraph& p = ps[j];
      if (!p.rule.empty()) continue;  // an inline ad or a credit inside the run
      if (!p.shape.headline() || p.shape.words > kTeaserMaxWords) break;
      p.rule = rules::kTeaser;
    }
  }
}

// Whether two keys say the same thing, one possibly with a credit or a tag more: the
// shorter is the whole, the start or the end of the longer, and at least half of it.
bool NearSame(const std::string& a, const std::string& b) {
  const std::string& s = a.size() <= b.size() ? a : b;
  const std::string& l = a.size() <= b.size() ? b : a;
  if (s.size() < kRepeatMinKeyBytes || s.size() * 2 < l.size()) return false;
  if (s == l) return true;
  const std::size_t rest = l.size() - s.size();
  return (l.compare(0, s.size(), s) == 0 && l[s.size()] == ' ') ||
         (l.compare(rest, s.size(), s) == 0 && l[rest - 1] == ' ');
}

// A line that repeats its neighbour near-verbatim: beside a caption it is the caption
// again (alt text and legend, or the legend with and without its credit), otherwise a
// scraping duplicate, of which one copy is kept: the first, unless a later one is a
// sentence that says more ("... 632 morts." / "... 632 morts et 329 blessés graves."),
// whose added words would be lost with it.
void DropAdjacentRepeats(std::vector<Paragraph>& ps) {
  std::size_t kept = 0;  // the copy kept of the run of duplicates that ps[i - 1] ends
  for (std::size_t i = 1; i < ps.size(); ++i) {
    Paragraph& a = ps[i - 1];
    Paragraph& b = ps[i];
    if (a.rule.empty()) kept = i - 1;
    if (!NearSame(a.key, b.key)) continue;
    if (IsCaptionRule(a.rule) && b.rule.empty()) {
      b.rule = rules::kCaptionRepeat;
    } else if (IsCaptionRule(b.rule) && a.rule.empty()) {
      a.rule = rules::kCaptionRepeat;
    } else if (b.rule.empty() && (a.rule.empty() || a.rule == rules::kDuplicateLine)) {
      Paragraph& first = ps[kept];
      if (b.key.size() > first.key.size() && b.shape.ends_sentence) {
        first.rule = rules::kDuplicateLine;
        kept = i;
      } else {
        b.rule = rules::kDuplicateLine;  // a third copy repeats the second, also dropped
      }
    }
  }
}

// A caption on a line of its own shows by what it is glued to, with no blank line
// between: the credit of its picture under it ("Russell Square après les attentats à la
// bombe." / "Image : Francis Tyers."), or, where pages put the picture between the date
// and the story (WikiNews), the date above it, the story starting after a blank line
// ("Mardi 7 juillet 2009" / "Des ambulances à Russell Square, à Londres..."). Prose is
// longer, and a lead glued to its date has the story glued under it too. A document's
// first line is its title, whatever picture follows it.
// Position alone also fits a lead under its date stamp, or the last line of a story over
// its signature ("Jean Dupont / AFP"): a caption must also read like one, a noun phrase
// or the present of what the picture shows, as the wire-caption rule asks. A line that
// reports in another tense ("a frappé", "sera saisi", "ont coûté") is the story's.
void DropGluedCaptions(std::vector<Paragraph>& ps, rules::ParagraphRules& paragraph_rules) {
  const auto captionlike = [](const Paragraph& p) {
    return p.rule.empty() && p.one_line && p.shape.words <= kGluedCaptionMaxWords;
  };
  for (std::size_t i = 1; i < ps.size(); ++i) {
    Paragraph& p = ps[i];
    if (!captionlike(p)) continue;
    const Paragraph* below = i + 1 < ps.size() ? &ps[i + 1] : nullptr;
    const bool over_credit = below && below->glued && below->one_line && below->credits_picture &&
                             below->shape.words <= kPictureCreditMaxWords;
    const bool under_date = i < kOpeningParagraphs && p.glued && ps[i - 1].one_line &&
                            ps[i - 1].rule == rules::kDateStamp && below && !below->glued &&
                            below->rule.empty();
    if ((over_credit || under_date) && !paragraph_rules.NotPresent(p.content)) {
      p.rule = rules::kCaption;
    }
  }
}

// An outlet's name under its reporter's is this long at most ("La Presse", "Le Journal de
// Montréal").
constexpr std::size_t kOutletMaxWords = 5;

// La Presse signs an article with two lines over the page's stamp: the reporter's name,
// then the paper's ("Isabelle Ducas" / "La Presse" / "Publié à 5 h 00"). Where a story
// opens, below its title, a person's name alone on its line (maybe with a short line glued
// under it) that the page's date stamp follows is that byline: a heading of the story's
// has the story, not the stamp, after it.
void DropBylinesOverStamps(std::vector<Paragraph>& ps, rules::ParagraphRules& paragraph_rules) {
  const auto bare = [](const Paragraph& p) {
    return p.rule.empty() && p.trims.empty() && p.one_line && p.shape.headline();
  };
  for (std::size_t i = 1; i < kOpeningParagraphs && i < ps.size(); ++i) {
    if (!bare(ps[i]) || !paragraph_rules.IsPersonName(ps[i].whole)) continue;
    std::size_t stamp = i + 1;
    if (stamp < ps.size() && ps[stamp].glued && bare(ps[stamp]) &&
        ps[stamp].shape.words <= kOutletMaxWords) {
      ++stamp;
    }
    if (stamp >= ps.size() || ps[stamp].rule != rules::kDateStamp) continue;
    for (std::size_t k = i; k < stamp; ++k) ps[k].rule = rules::kByline;
    i = stamp;
  }
}

// RTBF heads a regional story with two rubrics, the country's over the region's
// ("Belgique" / "Régions - Hainaut"): a word alone glued above the region's rubric is the
// rubric it belongs to. Alone, "Belgique" may head the story's section.
void DropRubricParents(std::vector<Paragraph>& ps) {
  for (std::size_t i = 2; i < kOpeningParagraphs && i < ps.size(); ++i) {
    Paragraph& parent = ps[i - 1];
    if (ps[i].rule != rules::kKicker || !ps[i].glued || !parent.rule.empty() ||
        !parent.trims.empty() || !parent.one_line || !parent.shape.headline() ||
        !parent.shape.first_upper || parent.shape.words != 1) {
      continue;
    }
    parent.rule = rules::kKicker;
  }
}

// A dialog's lines run on from its heading with the page's other furniture between them;
// a line of the story ends the run.
constexpr std::size_t kDialogMaxRun = 20;

// A dialog of the page's copied with the article ("Ce contenu a été bloqué car vous
// n’avez pas accepté les cookies..." then "Accepter pour Twitter", "Gérer mes choix"; "Vous
// pouvez lire Le Monde sur un seul appareil à la fois" then its questions and answers)
// goes whole: the heading's paragraph, even where a sentence of it read as the story's
// ("Ce contenu est fourni par Twitter."), and the dialog's known lines on either side of
// it. Those lines alone ("Gérer mes choix", "Continuer à lire ici") may be a title's or a
// story's, so only the heading starts a block.
void DropDialogs(std::vector<Paragraph>& ps, rules::ParagraphRules& paragraph_rules) {
  const auto in_dialog = [&](Paragraph& p) {
    if (!p.rule.empty()) return true;  // other furniture inside the dialog
    if (!paragraph_rules.IsDialogLine(p.content)) return false;
    p.rule = rules::kSiteUi;
    return true;
  };
  for (std::size_t i = 0; i < ps.size(); ++i) {
    Paragraph& heading = ps[i];
    if (!heading.rule.empty() && heading.rule != rules::kSiteUi) continue;
    if (!paragraph_rules.OpensDialog(heading.whole)) continue;
    heading.rule = rules::kSiteUi;
    heading.trims.clear();
    for (std::size_t j = i; j > 0 && i - j < kDialogMaxRun;) {
      if (!in_dialog(ps[--j])) break;
    }
    std::size_t j = i + 1;
    while (j < ps.size() && j - i <= kDialogMaxRun && in_dialog(ps[j])) ++j;
    i = j - 1;
  }
}

// A comments section stands under a story of at least this many paragraphs...
constexpr std::size_t kCommentsMinStory = 3;
// ...and shows a mark of comments (a reply button, an age, a pseudonym) at least every
// this many paragraphs: a comment is a pseudonym, an age, its words and its buttons.
constexpr std::size_t kCommentsMaxGap = 3;

// Readers' comments copied under the story ("Commentaires (3)", then "Jean75", "Il y a 2
// heures", the comment, "Répondre", "Signaler") are not the story's: from the heading on,
// the section goes as long as marks of comments keep coming, and to the document's end
// when it ends within a comment's reach of the last mark. The heading must be a line of
// its own, after the story, and marks must follow it, a reply or report button among them:
// a story that speaks of comments, or a heading with no comment under it, keeps every
// paragraph. A new story after the section
// (more than a comment's reach past the last mark) stays too.
void DropComments(std::vector<Paragraph>& ps, rules::ParagraphRules& paragraph_rules) {
  std::size_t story = 0;  // the paragraphs kept above
  for (std::size_t i = 0; i < ps.size(); ++i) {
    const bool below_story = story >= kCommentsMinStory;
    const bool counted = below_story && paragraph_rules.IsCommentsHeading(ps[i].whole);
    const bool bare = below_story && !counted && paragraph_rules.IsBareCommentsHeading(ps[i].whole);
    if (!counted && !bare) {
      if (ps[i].rule.empty()) ++story;
      continue;
    }
    std::size_t last_mark = i;
    bool button = false;
    bool commenter = false;
    std::size_t j = i + 1;
    for (; j < ps.size() && j - last_mark <= kCommentsMaxGap; ++j) {
      const bool button_here = paragraph_rules.IsCommentButton(ps[j].whole);
      const bool commenter_here = paragraph_rules.MarksCommenter(ps[j].whole);
      if (button_here || commenter_here) last_mark = j;
      button = button || button_here;
      commenter = commenter || commenter_here;
    }
    // Ages and pseudonyms alone may be a live blog's updates ("Il y a 2 heures") or a
    // story's leads ("A69 : le collectif..."); readers' comments have their buttons. Under
    // a heading that a story's section may have ("Commentaires", "Réactions"), a word of the
    // story may be a button's ("Répondre", "Signaler"): its comments show who wrote them or
    // when, too.
    if (last_mark == i || !button || (bare && !commenter)) {
      if (ps[i].rule.empty()) ++story;
      continue;
    }
    const std::size_t end = j == ps.size() ? ps.size() : last_mark + 1;
    for (std::size_t k = i; k < end; ++k) {
      if (ps[k].rule.empty()) ps[k].rule = rules::kReaderComment;
    }
    i = end - 1;
  }
}

// A prose sentence: two outlets may print the same agency sentence, and it stays. It may
// open on a figure ("8 homicides ont été recensés depuis janvier.") with five words or
// more. Furniture is short too ("3 min de lecture.", "Mis à jour hier.", "Ajouter à vos
// sujets."), so a sentence of three or four words needs a finite verb's cue: a subject
// pronoun first ("Il avait 24 ans.") or a reflexive after it ("L’enquête se poursuit.").
bool IsProse(const rules::Shape& shape, std::string_view text) {
  if (!shape.ends_sentence || !(shape.first_upper || shape.first_digit) || !shape.has_lower) {
    return false;
  }
  if (shape.words >= 5) return true;
  if (shape.words < 3 || shape.first_digit || text.find(':') != std::string_view::npos) {
    return false;
  }
  static const std::unordered_set<std::string>& kSubjects = *new std::unordered_set<std::string>{
      "il", "elle", "ils", "elles", "on", "he", "she", "they", "we", "it"};
  const std::string key = rules::MatchKey(text);
  const std::size_t space = key.find(' ');
  if (space == std::string::npos) return false;
  // The key has no apostrophes: "s’est" reads "s est".
  return kSubjects.count(key.substr(0, space)) > 0 ||
         key.find(" se ", space) != std::string::npos ||
         key.find(" s ", space) != std::string::npos;
}

// Site furniture shows itself by repeating across the documents of a cluster: a short
// line found in two documents or more. Sentences are exempt (shared agency copy), and so
// is a title of four words or more (two outlets may keep the agency's headline).
void DropRepeatedLines(std::vector<std::vector<Paragraph>>& docs,
                       const std::vector<std::string_view>& texts) {
  struct Seen {
    std::size_t last_doc = 0;  // 1 + index of the last document counted
    std::size_t documents = 0;
  };
  std::unordered_map<std::string, Seen> seen;
  for (std::size_t d = 0; d < docs.size(); ++d) {
    for (const Paragraph& p : docs[d]) {
      if (p.key.empty() || p.shape.words > kRepeatedLineMaxWords) continue;
      Seen& s = seen[p.key];
      if (s.last_doc != d + 1) {
        s.last_doc = d + 1;
        ++s.documents;
      }
    }
  }
  for (std::size_t d = 0; d < docs.size(); ++d) {
    std::vector<Paragraph>& ps = docs[d];
    for (std::size_t i = 0; i < ps.size(); ++i) {
      Paragraph& p = ps[i];
      if (!p.rule.empty() || p.key.empty() || p.shape.words > kRepeatedLineMaxWords) continue;
      const std::string_view s = texts[d].substr(p.content.begin, p.content.size());
      if (IsProse(p.shape, s) || (i == 0 && p.shape.words >= 4)) continue;
      if (seen[p.key].documents >= 2) p.rule = rules::kRepeatedLine;
    }
  }
}

CleanedDocument Assemble(const std::vector<Paragraph>& ps) {
  CleanedDocument out;
  for (const Paragraph& p : ps) {
    if (!p.rule.empty()) {
      out.removed.push_back({p.whole, p.rule});
      continue;
    }
    out.paragraphs.push_back(p.content);
    for (const Removal& trim : p.trims) out.removed.push_back(trim);
  }
  return out;
}

}  // namespace

std::vector<CleanedDocument> Clean(const std::vector<LoadedDocument>& documents,
                                   const Language& language, const CleanOptions& options,
                                   std::size_t threads) {
  return Clean(TextsOf(documents), language, options, threads);
}

std::vector<CleanedDocument> Clean(const std::vector<std::string_view>& documents,
                                   const Language& language, const CleanOptions& options,
                                   std::size_t threads,
                                   const std::function<void()>& between_documents) {
  std::vector<CleanedDocument> out(documents.size());
  if (options.keep_boilerplate) {
    // Paragraphs as always, lines joined where they go on: keeping boilerplate is not
    // reading a wrapped text line by line.
    for (std::size_t d = 0; d < documents.size(); ++d) {
      for (const ParagraphSpan& paragraph : SplitParagraphs(documents[d], language)) {
        out[d].paragraphs.push_back(paragraph.span);
      }
    }
    return out;
  }

  const rules::Patterns& patterns = rules::PatternsFor(language.code);
  std::vector<std::vector<Paragraph>> docs(documents.size());
  const std::size_t workers = WorkerCount(threads, documents.size());
  // Everything but the repeated-line rule looks at one document: each worker takes a
  // range of documents with its own matchers (ICU matchers are not thread-safe).
  StopCheck stop(between_documents);
  ParallelRanges(
      workers, documents.size(),
      [&](std::size_t w, std::size_t begin, std::size_t end) {
        rules::ParagraphRules paragraph_rules(patterns);
        for (std::size_t d = begin; d < end && stop.GoOn(w); ++d) {
          const std::string_view text = documents[d];
          paragraph_rules.Reset(text);
          const auto is_furniture = [&](TextSpan line, const rules::Shape& shape) {
            const rules::Verdict verdict = paragraph_rules.Classify(line, shape, false);
            return !verdict.rule.empty() && verdict.story.size() == 0;
          };
          const std::vector<ParagraphSpan> spans =
              PartAtAsides(text, SplitParagraphs(text, language, is_furniture));
          docs[d].reserve(spans.size());
          // "GIRONDE (33) – ..." then "LANDES (40) – ...": a list, not datelines.
          std::size_t dateline_openings = 0;
          for (const ParagraphSpan& paragraph : spans) {
            if (paragraph.parted_rule.empty() &&
                paragraph_rules.OpensLikeDateline(paragraph.span)) {
              ++dateline_openings;
            }
          }
          bool lead = true;  // no sentence of the story above: the next one may be its lead
          for (std::size_t i = 0; i < spans.size(); ++i) {
            if (!spans[i].parted_rule.empty()) {
              Paragraph cut;
              cut.whole = spans[i].span;
              cut.rule = spans[i].parted_rule;
              docs[d].push_back(std::move(cut));
              continue;
            }
            docs[d].push_back(
                ClassifyParagraph(text, spans[i], i, dateline_openings > 1, lead, paragraph_rules));
            const Paragraph& added = docs[d].back();
            if (added.rule.empty() && added.shape.ends_sentence) lead = false;
          }
          DropTeaserRuns(docs[d]);
          DropGluedCaptions(docs[d], paragraph_rules);
          DropBylinesOverStamps(docs[d], paragraph_rules);
          DropRubricParents(docs[d]);
          DropAdjacentRepeats(docs[d]);
          DropDialogs(docs[d], paragraph_rules);
          DropComments(docs[d], paragraph_rules);
          // Only short lines go on to the cross-document rule: the other keys, a copy of
          // nearly the whole text, are freed now rather than after the last document.
          for (Paragraph& p : docs[d]) {
            if (p.shape.words > kRepeatedLineMaxWords) std::string().swap(p.key);
          }
        }
      },
      &stop);
  DropRepeatedLines(docs, documents);
  ParallelRanges(workers, documents.size(), [&](std::size_t, std::size_t begin, std::size_t end) {
    for (std::size_t d = begin; d < end; ++d) out[d] = Assemble(docs[d]);
  });
  return out;
}

std::string DescribeRemoval(std::string_view rule) {
  static const std::pair<std::string_view, const char*> kWords[] = {
      {rules::kInlineAd, "an inline ad or a link to another article"},
      {rules::kCommentForm, "a comment form"},
      {rules::kSiteUi, "the site's interface (share, subscribe, read more...)"},
      {rules::kGluedUi, "interface words run together (\"PartagerTweeter\")"},
      {rules::kTeaser, "a teaser: headlines of other articles"},
      {rules::kPhotoCredit, "a photo credit"},
      {rules::kWireCaption, "a photo caption dated like a wire picture's"},
      {rules::kCaptionRepeat, "a caption repeated beside its picture"},
      {rules::kCaption, "a caption on a line of its own, beside its credit or date"},
      {rules::kDuplicateLine, "a copy of a line beside it, which says as much or more"},
      {rules::kAgencySignoff, "an agency's or author's sign-off"},
      {rules::kDateline, "a dateline"},
      {rules::kKicker, "a rubric before the text"},
      {rules::kByline, "a byline"},
      {rules::kDateStamp, "a date stamp"},
      {rules::kProgrammePlug, "a programme listing"},
      {rules::kRepeatedLine, "a short line that other documents of the cluster carry too"},
      {rules::kNoText, "no letters, only digits or symbols"},
      {rules::kEditorNote, "a wire service's note to editors"},
      {rules::kReaderComment, "a reader's comment, under the comments heading"},
  };
  for (const auto& [name, words] : kWords) {
    if (name == rule) return words;
  }
  return std::string(rule);
}

}  // namespace precis
