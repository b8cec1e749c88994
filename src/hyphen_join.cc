#include "hyphen_join.h"

#include <unicode/uchar.h>

#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "affix.h"
#include "ascii.h"
#include "code_point.h"
#include "text_measure.h"

namespace precis {
namespace {

constexpr std::string_view kSoftHyphen = "\u00AD";
// U+2010 HYPHEN, which some typesetters print their cuts with, and which Chromium prints
// after the soft hyphen it cut a word at.
constexpr std::string_view kHyphen = "\u2010";

// The bytes of the hyphen, ASCII or U+2010, that ends `line`; 0 for none.
std::size_t HyphenBytes(std::string_view line) {
  if (EndsWith(line, "-")) return 1;
  return EndsWith(line, kHyphen) ? kHyphen.size() : 0;
}

bool EndsOnSoftHyphen(std::string_view line) {
  return EndsWith(line.substr(0, line.size() - HyphenBytes(line)), kSoftHyphen);
}

bool StartsLower(std::string_view text) {
  return !text.empty() && u_islower(CodePointAt(text, 0).c);
}

// `word` without the punctuation around it: "«gouvernement»," -> "gouvernement".
std::string_view Bare(std::string_view word) {
  static constexpr std::string_view kMarks[] = {"\u00AB", "\u00BB", "\u2019", "\u201C",
                                                "\u201D", "\u2026", "\u00A0", "\u202F"};
  const std::size_t before = word.size();
  while (!word.empty() && IsAsciiPunctuation(word.front())) word.remove_prefix(1);
  while (!word.empty() && IsAsciiPunctuation(word.back())) word.remove_suffix(1);
  for (std::string_view mark : kMarks) {
    if (StartsWith(word, mark)) word.remove_prefix(mark.size());
    if (EndsWith(word, mark)) word.remove_suffix(mark.size());
  }
  return word.size() == before ? word : Bare(word);
}

bool IsWordSeparator(char c) { return c == ' ' || c == '\t'; }

// The word a line-end hyphen cuts: the last word of `line` without its hyphen, and the
// first of `next`, both bare.
struct Cut {
  std::string_view prefix;
  std::string_view suffix;
};

std::optional<Cut> LineEndCut(std::string_view line, std::string_view next) {
  const std::size_t hyphen = HyphenBytes(line);
  if (hyphen == 0 || line.size() <= hyphen || IsWordSeparator(line[line.size() - hyphen - 1])) {
    return std::nullopt;
  }
  const std::size_t word_end = line.size() - hyphen;
  std::size_t start = word_end;
  while (start > 0 && !IsWordSeparator(line[start - 1])) --start;
  std::size_t end = 0;
  while (end < next.size() && !IsWordSeparator(next[end])) ++end;
  return Cut{Bare(line.substr(start, word_end - start)), Bare(next.substr(0, end))};
}

// Words that follow a hyphen in French compounds, and heads that precede one: a cut there
// is the compound's own hyphen, whatever the page does ("peut-" / "être", "porte-" /
// "parole", "nord-" / "coréen", "vingt-" / "cinq").
bool CompoundPart(std::string_view prefix, std::string_view suffix) {
  static constexpr std::string_view kTails[] = {"être", "il",  "ils", "elle", "elles", "on",
                                                "t",    "ci",  "là",  "même", "mêmes", "moi",
                                                "toi",  "lui", "eux", "nous", "vous",  "dire"};
  // Numbers: a typesetter cuts "vingtième" at its syllables, "ving-" / "tième", never
  // after "vingt". The nations' prefixes ("franco-allemand") and the heads of the
  // compounds news writes most ("centre-ville", "chef-lieu", "week-end") are cut at their
  // syllables elsewhere ("fran-co", "cen-tre").
  static constexpr std::string_view kHeads[] = {
      "porte",  "vice",   "ex",       "demi",      "mi",       "semi",   "non",     "nord",
      "sud",    "grand",  "arrière",  "après",     "avant",    "sous",   "extrême", "dix",
      "vingt",  "trente", "quarante", "cinquante", "soixante", "quatre", "franco",  "germano",
      "anglo",  "italo",  "hispano",  "sino",      "russo",    "judéo",  "gréco",   "austro",
      "belgo",  "néo",    "centre",   "chef",      "libre",    "week",   "petit",   "petite",
      "beau",   "belle",  "haut",     "haute",     "rond",     "sans",   "hors",    "contre",
      "cessez", "plus",   "social",   "arc"};
  for (std::string_view tail : kTails) {
    if (suffix == tail) return true;
  }
  // "l’ex-" / "ministre": the head is what follows the elided article.
  for (const std::string_view apostrophe : {std::string_view("'"), std::string_view("\u2019")}) {
    const std::size_t at = prefix.rfind(apostrophe);
    if (at != std::string_view::npos) prefix.remove_prefix(at + apostrophe.size());
  }
  const std::string lowered = AsciiLowered(prefix);
  for (std::string_view head : kHeads) {
    if (lowered == head) return true;
  }
  return false;
}

// What a line-end cut is, by what the document writes elsewhere: the joined word (a cut
// at a syllable, "gouverne-" / "ment", "gouvernement"), the hyphenated one (a compound
// split at its hyphen, "nord-" / "coréen", "nord-coréen"), or neither; then `kOpen` when
// it could be a syllable's (the second part in lower case, the parts no known compound).
enum class CutKind { kSyllable, kCompound, kOpen, kOther };

CutKind KindOf(const Cut& cut, const std::unordered_set<std::string>& words) {
  const std::string prefix(cut.prefix), suffix(cut.suffix);
  if (words.count(prefix + suffix) != 0) return CutKind::kSyllable;
  if (words.count(prefix + "-" + suffix) != 0 ||
      words.count(prefix + std::string(kHyphen) + suffix) != 0) {
    return CutKind::kCompound;
  }
  if (StartsLower(suffix) && !CompoundPart(prefix, suffix)) return CutKind::kOpen;
  return CutKind::kOther;
}

// The words the document writes whole, bare: "gouvernement" written somewhere tells that
// "gouverne-" / "ment" at a line end is that word cut, where "porte-" / "parole" is a
// compound split at its own hyphen.
std::unordered_set<std::string> WholeWords(const std::vector<std::string_view>& lines) {
  std::unordered_set<std::string> words;
  for (std::string_view line : lines) {
    std::size_t start = 0;
    while (start < line.size()) {
      std::size_t end = start;
      while (end < line.size() && !IsWordSeparator(line[end])) ++end;
      words.emplace(Bare(line.substr(start, end - start)));
      start = end + 1;
    }
  }
  return words;
}

// How the document hyphenates. A typeset page (a newspaper's) cuts words at syllables,
// and so ends many lines with a hyphen before a lower-case word; a word processor does
// not unless told to, and a line of its ends with a hyphen only where a compound's falls.
// The cuts the document resolves itself (KindOf) weigh too.
bool CutsAtSyllables(const std::vector<std::string_view>& lines,
                     const std::unordered_set<std::string>& words) {
  std::size_t syllable = 0, compound = 0, open = 0;
  for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
    const std::optional<Cut> cut = LineEndCut(lines[i], lines[i + 1]);
    if (!cut) continue;
    switch (KindOf(*cut, words)) {
      case CutKind::kSyllable:
        ++syllable;
        break;
      case CutKind::kCompound:
        ++compound;
        break;
      case CutKind::kOpen:
        ++open;
        break;
      case CutKind::kOther:
        break;
    }
  }
  return syllable > compound || (open >= 2 && open >= 2 * compound);
}

// The end of the line that starts at `begin` in `text`.
std::size_t LineEnd(std::string_view text, std::size_t begin) {
  const std::size_t end = text.find('\n', begin);
  return end == std::string_view::npos ? text.size() : end;
}

// `line` without the indent and mail quote marks a line break run takes with it
// (LineBreakRunBytes).
std::string_view WithoutIndent(std::string_view line) {
  std::size_t start = 0;
  while (start < line.size() && (IsWordSeparator(line[start]) || line[start] == '>')) ++start;
  return line.substr(start);
}

}  // namespace

LineEndHyphens::LineEndHyphens(const std::vector<std::string_view>& lines)
    : words_(WholeWords(lines)), syllables_(CutsAtSyllables(lines, words_)) {}

HyphenJoin LineEndHyphens::JoinAt(std::string_view line, std::string_view next) const {
  if (EndsOnSoftHyphen(line)) return HyphenJoin::kDrop;
  const std::optional<Cut> cut = LineEndCut(line, next);
  if (!cut) return HyphenJoin::kNone;
  const CutKind kind = KindOf(*cut, words_);
  return kind == CutKind::kSyllable || (syllables_ && kind == CutKind::kOpen) ? HyphenJoin::kDrop
                                                                              : HyphenJoin::kKeep;
}

std::size_t LineEndHyphenBytes(std::string_view line) {
  const std::size_t hyphen = HyphenBytes(line);
  return EndsOnSoftHyphen(line) ? hyphen + kSoftHyphen.size() : hyphen;
}

std::vector<ByteRange> DroppedHyphens(std::string_view text) {
  // Where a hyphen ends a line and a word goes on at the next: most documents have none,
  // and need no word list.
  std::vector<std::size_t> breaks;
  for (std::size_t at = text.find('\n'); at != std::string_view::npos;
       at = text.find('\n', at + 1)) {
    const std::size_t bytes = InWordBreakBytes(text, at);
    if (bytes == 0 || text.substr(at + 1, bytes - 1).find('\n') != std::string_view::npos) {
      continue;  // no word goes on, or across a blank line: a paragraph ends there
    }
    breaks.push_back(at);
  }
  if (breaks.empty()) return {};
  std::vector<std::string_view> lines;
  for (std::size_t begin = 0; begin <= text.size();) {
    const std::size_t end = LineEnd(text, begin);
    lines.push_back(WithoutIndent(text.substr(begin, end - begin)));
    begin = end + 1;
  }
  const LineEndHyphens hyphens(lines);
  std::vector<ByteRange> dropped;
  for (const std::size_t at : breaks) {
    const std::size_t line_begin = text.rfind('\n', at - 1) + 1;  // npos + 1 = 0
    const std::size_t bytes = InWordBreakBytes(text, at);
    const std::string_view line = text.substr(line_begin, at - line_begin);
    const std::size_t next_begin = at + bytes;
    const std::string_view next = text.substr(next_begin, LineEnd(text, next_begin) - next_begin);
    if (hyphens.JoinAt(line, next) != HyphenJoin::kDrop) continue;
    dropped.push_back({at - LineEndHyphenBytes(line), next_begin});
  }
  return dropped;
}

}  // namespace precis
