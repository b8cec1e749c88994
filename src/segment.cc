#include "segment.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <cstdint>
#include <limits>
#include <string>
#include <vector>

#include "affix.h"
#include "ascii.h"
#include "code_point.h"
#include "contains.h"
#include "decoration.h"
#include "icu_status.h"
#include "text_measure.h"
#include "utf8.h"

namespace precis {
namespace {

// The code point that ends at text[i], i > 0.
CodePoint Before(std::string_view text, std::size_t i) {
  std::size_t start = i - 1;
  while (start > 0 && i - start < 4 && IsUtf8ContinuationByte(text[start])) --start;
  const CodePoint cp = CodePointAt(text, start);
  if (start + cp.size != i) return {0xFFFD, 1};
  return cp;
}

bool IsSpace(UChar32 c) {
  if (c < 0x80) return c == ' ' || (c >= '\t' && c <= '\r');
  return u_isUWhiteSpace(c);  // U+00A0, U+202F, U+2009, U+3000, U+2028...
}

// Ends a sentence: . ! ? … and the other Sentence_Terminal characters.
bool IsTerminal(UChar32 c) {
  return c == '.' || c == '!' || c == '?' || c == 0x2026 || u_hasBinaryProperty(c, UCHAR_S_TERM);
}

// May follow the final punctuation of a sentence: » ” ’ ) ] and the like.
bool IsClosing(UChar32 c) {
  if (c == '"' || c == '\'') return true;
  const int8_t type = u_charType(c);
  return type == U_END_PUNCTUATION || type == U_FINAL_PUNCTUATION;
}

// Closes a quotation or a parenthesis and so belongs to the sentence before it
// when a break was put in front of it. ’ is left out: in French it is mostly an
// apostrophe.
bool IsMovableCloser(UChar32 c) {
  return c == 0x00BB /* » */ || c == 0x203A /* › */ || c == 0x201D /* ” */ || c == ')' ||
         c == ']' || c == '"';
}

// Opens a quotation or a parenthesis: « “ ( [ and the like.
bool IsOpening(UChar32 c) {
  if (c == '"') return true;
  const int8_t type = u_charType(c);
  return type == U_START_PUNCTUATION || type == U_INITIAL_PUNCTUATION;
}

bool IsUpper(UChar32 c) { return u_isupper(c) || u_istitle(c); }

// • ‣ ◦ ⁃ ▪ ●, which open list items. Dashes are left out: French opens dialogue with them.
bool IsBullet(UChar32 c) {
  return c == 0x2022 || c == 0x2023 || c == 0x25E6 || c == 0x2043 || c == 0x25AA || c == 0x25CF;
}

TextSpan Trim(std::string_view text, TextSpan span) {
  while (span.begin < span.end) {
    const CodePoint cp = CodePointAt(text, span.begin);
    if (!IsSpace(cp.c)) break;
    span.begin += cp.size;
  }
  while (span.end > span.begin) {
    const CodePoint cp = Before(text, span.end);
    if (!IsSpace(cp.c)) break;
    span.end -= cp.size;
  }
  return span;
}

// Whether trimmed `span` ends with . ! ? or …, possibly followed by closing
// quotes or brackets and the spaces French puts before them: `. »`, `."`, `!)`.
bool EndsWithFinalPunctuation(std::string_view text, TextSpan span) {
  std::size_t i = span.end;
  // Pictographs after the stop ("députés. 😀"), and the spaces between them, leave it final.
  bool decorated = false;
  while (i > span.begin) {
    const CodePoint cp = Before(text, i);
    if (!IsDecoration(cp.c) && !(decorated && IsSpace(cp.c))) break;
    decorated = true;
    i -= cp.size;
  }
  bool closed = false;
  while (i > span.begin) {
    const CodePoint cp = Before(text, i);
    if (IsTerminal(cp.c)) return true;
    if (!IsClosing(cp.c) && !(closed && IsSpace(cp.c))) return false;
    closed = true;
    i -= cp.size;
  }
  return false;
}

// Past the pictographs that open text[i, end) and the spaces among and after them, or
// `i` when none does.
std::size_t PastDecorations(std::string_view text, std::size_t i, std::size_t end) {
  std::size_t past = i;
  bool any = false;
  for (std::size_t at = i; at < end;) {
    const CodePoint cp = CodePointAt(text, at);
    if (IsDecoration(cp.c)) {
      any = true;
    } else if (!IsSpace(cp.c)) {
      break;
    }
    at += cp.size;
    if (any) past = at;
  }
  return past;
}

// Whether text[i] starts a capitalized word, possibly after opening quotes:
// what a sentence starts with.
bool StartsCapitalized(std::string_view text, std::size_t i, std::size_t end) {
  while (i < end) {
    const CodePoint cp = CodePointAt(text, i);
    if (IsUpper(cp.c)) return true;
    if (!IsOpening(cp.c) && !IsSpace(cp.c)) return false;
    i += cp.size;
  }
  return false;
}

// Where the next sentence would start after terminal punctuation ending at `i`:
// past closing punctuation and at least one space, before a capitalized word.
// `end` if none.
std::size_t SentenceStartAfter(std::string_view text, std::size_t i, std::size_t end) {
  std::size_t spaces = i;
  while (true) {
    while (i < end) {
      const CodePoint cp = CodePointAt(text, i);
      if (!IsClosing(cp.c)) break;
      i += cp.size;
    }
    spaces = i;
    while (i < end) {
      const CodePoint cp = CodePointAt(text, i);
      if (!IsSpace(cp.c)) break;
      i += cp.size;
    }
    // French spaces its closing guillemets: "affaire… » Le". A straight quote after a
    // space opens a quotation instead.
    if (i == spaces || i >= end) break;
    const UChar32 c = CodePointAt(text, i).c;
    if (!IsMovableCloser(c) || c == '"') break;
  }
  if (i == spaces || i >= end || !StartsCapitalized(text, i, end)) return end;
  return i;
}

// Abbreviations in lower case that stand before a figure, which FigureStartAfter would
// take for a sentence's last word: a date's month ("le 11 sept. 2001"), a bound or an
// estimate ("max. 30 °C", "env. 300 personnes"). The language's abbreviations and
// before_numbers ("av.", "p.", "art.") are JoinsAcross's.
constexpr std::string_view kBeforeFigures[] = {"janv", "févr", "fév", "avr",    "juil", "sept",
                                               "oct",  "nov",  "déc", "max",    "min",  "env",
                                               "ca",   "resp", "vol", "approx", "suppl"};

// Where a sentence that opens on a figure starts after the period at text[dot] ("dans
// l'est de la Turquie. 12 personnes ont été tuées"), or `end`: UAX #29 breaks there only
// before a capital (rule SB8 reads "12 personnes" as going on after an abbreviation). The
// word before the period must be two letters or more ending in lower case, so that
// figures ("1. 500"), initials ("J. 12") and initialisms stay joined.
std::size_t FigureStartAfter(std::string_view text, std::size_t dot, TextSpan paragraph) {
  std::size_t begin = dot;
  std::size_t letters = 0;
  while (begin > paragraph.begin && u_isalpha(Before(text, begin).c)) {
    if (letters == 0 && !u_islower(Before(text, begin).c)) return paragraph.end;
    begin -= Before(text, begin).size;
    ++letters;
  }
  if (letters < 2 || Contains(kBeforeFigures, text.substr(begin, dot - begin))) {
    return paragraph.end;
  }
  std::size_t i = dot + 1;
  while (i < paragraph.end && IsClosing(CodePointAt(text, i).c)) i += CodePointAt(text, i).size;
  const std::size_t spaces = i;
  while (i < paragraph.end && IsSpace(CodePointAt(text, i).c)) i += CodePointAt(text, i).size;
  if (i == spaces || i >= paragraph.end || !IsAsciiDigit(text[i])) return paragraph.end;
  return i;
}

// Extensions and top-level domains written capitalized, which a glued sentence end
// would take for a sentence's first word ("exemple.Com", "page.Html").
constexpr std::string_view kAddressEnds[] = {"Com", "Org", "Net",  "Fr",   "Eu",   "Info", "Io",
                                             "Uk",  "Ch",  "Be",   "Gouv", "Html", "Htm",  "Php",
                                             "Pdf", "Doc", "Docx", "Txt",  "Js"};

// Articles, possessives and contractions, which a sentence glued to a name may open
// with ("Paris.Le maire", "Lille.Ses partisans", "Trump.Au cours de"), though French
// starters leave them out (names begin with them: "M. Le Pen", "M. Ma Ying-jeou", "Du
// Pont"). Glued to a capitalized word of two letters or more, they are no name's.
constexpr std::string_view kGluedArticles[] = {"Le", "La", "Les", "Un",  "Une", "Des",
                                               "Du", "Au", "Aux", "Son", "Sa",  "Ses"};
// Company suffixes, which a name glued after them continues ("Apple Inc.Google").
constexpr std::string_view kCompanyEnds[] = {"Inc", "Corp", "Ltd", "Co"};
// Fewest letters of a word after a capitalized one that makes a glued sentence end of
// any word ("Popovych.Discovery"); shorter ones are extensions ("Node.Js").
constexpr std::size_t kFewestGluedLetters = 4;

// Whether the period at text[dot] ends a sentence glued to the next one, as copy that
// lost a space writes it: "mardi.Son successeur", "Bush.Ils". A word of two letters or
// more that ends lowercase, the period, then a capital and a lowercase letter; not in a
// web or e-mail address or a file name (a token holding '@', '/' or another period
// between letters). A title glued to its name ("M.Poutine", "Mme.Dupont") is one
// letter, or listed (JoinsAcross). A capitalized word before the period ends a sentence
// only before one of `starters` or kGluedArticles or a word of kFewestGluedLetters
// letters ("Bush.Ils", "Paris.Le", "Popovych.Discovery"): a shorter one makes a name or a brand
// with it ("Node.Js"), as a company's suffix does with any ("Inc.Google").
bool IsGluedSentenceEnd(std::string_view text, std::size_t dot, TextSpan paragraph,
                        const std::vector<std::string>& starters) {
  if (dot + 1 >= paragraph.end) return false;
  const CodePoint first = CodePointAt(text, dot + 1);
  if (!IsUpper(first.c) || dot + 1 + first.size >= paragraph.end ||
      !u_islower(CodePointAt(text, dot + 1 + first.size).c)) {
    return false;
  }
  std::size_t letters = 0;
  std::size_t begin = dot;
  while (begin > paragraph.begin && u_isalpha(Before(text, begin).c)) {
    if (letters == 0 && !u_islower(Before(text, begin).c)) return false;
    begin -= Before(text, begin).size;
    ++letters;
  }
  if (letters < 2) return false;
  const std::size_t word_bytes = dot - begin;
  // The whole token, from white space to white space.
  while (begin > paragraph.begin && !IsSpace(Before(text, begin).c)) {
    begin -= Before(text, begin).size;
  }
  std::size_t end = dot + 1;
  while (end < paragraph.end && !IsSpace(CodePointAt(text, end).c)) {
    end += CodePointAt(text, end).size;
  }
  const std::string_view token = text.substr(begin, end - begin);
  if (token.find_first_of("@/") != std::string_view::npos) return false;
  for (std::size_t p = token.find('.'); p != std::string_view::npos; p = token.find('.', p + 1)) {
    if (begin + p == dot) continue;
    if (p > 0 && p + 1 < token.size() && u_isalpha(Before(token, p).c) &&
        u_isalpha(CodePointAt(token, p + 1).c)) {
      return false;
    }
  }
  std::size_t word_end = dot + 1;
  while (word_end < end && u_isalpha(CodePointAt(text, word_end).c)) {
    word_end += CodePointAt(text, word_end).size;
  }
  const std::string_view next = text.substr(dot + 1, word_end - dot - 1);
  if (Contains(kAddressEnds, next)) return false;
  const std::string_view word = text.substr(dot - word_bytes, word_bytes);
  if (!IsUpper(CodePointAt(text, dot - word_bytes).c)) return true;
  if (Contains(kCompanyEnds, word)) return false;
  return Contains(starters, next) || Contains(kGluedArticles, next) ||
         CountCodePoints(next) >= kFewestGluedLetters;
}

// A single capital initial ("W.", "É.") or a hyphenated pair ("J.-C."), in which an
// initial may be written with its digraph ("J.-Ph.", "Ch.-A."; `digraphs`, SentenceRules).
bool IsInitial(std::string_view token, const std::vector<std::string>& digraphs) {
  std::size_t i = 0;
  for (int part = 0; part < 2; ++part) {
    if (i >= token.size()) return false;
    const std::size_t start = i;
    const CodePoint cp = CodePointAt(token, i);
    if (!IsUpper(cp.c)) return false;
    i += cp.size;
    // Alone, a digraph ("Ph. Close") is one of the abbreviations, which read the word after.
    const std::size_t period = token.find('.', i);
    const bool in_pair = part == 1 || (period != std::string_view::npos &&
                                       period + 1 < token.size() && token[period + 1] == '-');
    if (in_pair && period != std::string_view::npos &&
        Contains(digraphs, token.substr(start, period - start))) {
      i = period;
    }
    if (i >= token.size() || token[i] != '.') return false;
    ++i;
    if (i == token.size()) return true;
    if (token[i] != '-') return false;
    ++i;
  }
  return false;
}

// "B.J." in "B.J. Habibie", "J.R.R." in "J.R.R. Tolkien": two up to `longest` capital
// initials run together, which English writes before a surname (French writes "J.-C."
// there, and "A.S." before a club's name: SentenceRules::longest_initial_run).
bool IsInitialRun(std::string_view token, std::size_t longest) {
  std::size_t i = 0;
  int letters = 0;
  while (i < token.size()) {
    const CodePoint cp = CodePointAt(token, i);
    if (!IsUpper(cp.c)) return false;
    i += cp.size;
    if (i >= token.size() || token[i] != '.') return false;
    ++i;
    ++letters;
  }
  return letters >= 2 && static_cast<std::size_t>(letters) <= longest;
}

// Whether a digit or a symbol comes right before text[at]: the "C." of "35 °C." is a unit.
bool FollowsFigure(std::string_view text, std::size_t at, TextSpan span) {
  if (at <= span.begin) return false;
  const UChar32 c = Before(text, at).c;
  const int8_t type = u_charType(c);
  return u_isdigit(c) || type == U_OTHER_SYMBOL || type == U_MATH_SYMBOL ||
         type == U_CURRENCY_SYMBOL;
}

// The word, with its periods, that ends before text[at] and white space: "av." before
// "J.-C." in "52 av.\u00A0J.-C.".
std::string_view WordBefore(std::string_view text, std::size_t at, TextSpan span) {
  while (at > span.begin && IsSpace(Before(text, at).c)) at -= Before(text, at).size;
  std::size_t begin = at;
  while (begin > span.begin) {
    const CodePoint cp = Before(text, begin);
    if (cp.c != '.' && cp.c != '-' && !u_isalpha(cp.c)) break;
    begin -= cp.size;
  }
  return text.substr(begin, at - begin);
}

// Whether trimmed `after` opens on the cents of a price, two digits that no other digit
// follows, nor a decimal separator before one: "50" in "2 fr. 50 à 3 francs", not "500
// voyageurs" or "50.000 voyageurs".
bool OpensOnCents(std::string_view text, TextSpan after) {
  std::size_t i = after.begin;
  while (i < after.end && IsAsciiDigit(text[i])) ++i;
  if (i - after.begin != 2) return false;
  if (i < after.end && (text[i] == '.' || text[i] == ',')) {
    return i + 1 >= after.end || !IsAsciiDigit(text[i + 1]);
  }
  return true;
}

// Whether trimmed `before` ends on the number of an item that a colon or a semicolon
// opens, inside a paragraph: "1re période : 1." and "5:12 ; 2." in "1re période : 1. MTL
// Caufield (Slafkovsky, Matheson) 5:12 ; 2. TOR Matthews (Marner) 12:40 (AN).", a box
// score that was cut at every number. The number is one to three digits after a space,
// so that a score ("Score final : 4-3.") or a time ("à 16:48.") still ends a sentence.
bool EndsOnInlineItemNumber(std::string_view text, TextSpan before) {
  std::size_t i = before.end - 1;  // the period
  const std::size_t digits_end = i;
  while (i > before.begin && IsAsciiDigit(text[i - 1])) --i;
  if (i == digits_end || digits_end - i > 3) return false;
  const std::size_t number = i;
  while (i > before.begin && IsSpace(Before(text, i).c)) i -= Before(text, i).size;
  return i < number && i > before.begin && (text[i - 1] == ':' || text[i - 1] == ';');
}

// Whether the word before text[at] names a party of a case, "R." in "R. c. Jordan": it
// is capitalized, or it closes a parenthesis, "Québec (Procureur général) c. A".
bool FollowsParty(std::string_view text, std::size_t at, TextSpan span) {
  while (at > span.begin && IsSpace(Before(text, at).c)) at -= Before(text, at).size;
  if (at > span.begin && text[at - 1] == ')') return true;
  const std::string_view party = WordBefore(text, at, span);
  return !party.empty() && IsUpper(CodePointAt(party, 0).c);
}

// The word that ends trimmed `span`, with its periods and hyphens, when the
// span ends with a period: "M." in "selon M.", "J.-C." in "en 44 av. J.-C.".
std::string_view WordBeforeFinalPeriod(std::string_view text, TextSpan span) {
  if (span.size() == 0 || text[span.end - 1] != '.') return {};
  std::size_t begin = span.end - 1;
  while (begin > span.begin) {
    const CodePoint cp = Before(text, begin);
    if (cp.c != '.' && cp.c != '-' && !u_isalpha(cp.c)) break;
    begin -= cp.size;
  }
  return text.substr(begin, span.end - begin);
}

// Whether `word`, with its final period, is an acronym: two capitals or more and nothing
// else ("IMF.", "NATO."), not an initialism ("U.S.") or a capitalized word.
bool IsAcronym(std::string_view word) {
  if (word.size() < 3) return false;
  for (std::size_t i = 0; i + 1 < word.size(); ++i) {
    if (word[i] < 'A' || word[i] > 'Z') return false;
  }
  return true;
}

bool EndsWithEllipsis(std::string_view text, TextSpan span) {
  return EndsWithAny(text.substr(span.begin, span.size()), {"...", "\u2026"});
}

bool EndsWithBracketedEllipsis(std::string_view text, TextSpan span) {
  return EndsWithAny(text.substr(span.begin, span.size()),
                     {"(...)", "[...]", "(\u2026)", "[\u2026]"});
}

// Moves a break that ICU put before closing quotes or brackets to after them:
// UAX #29 (rule SB11) breaks after the space of ". » Puis", as French spaces
// its guillemets. A closer must be followed by a space, the end, another
// closer or punctuation, so that an opening " is not taken for one.
std::size_t PastClosers(std::string_view text, std::size_t i, std::size_t end) {
  std::size_t moved = i;
  while (true) {
    std::size_t j = moved;
    while (j < end && IsSpace(CodePointAt(text, j).c)) j += CodePointAt(text, j).size;
    if (j >= end) break;
    const CodePoint closer = CodePointAt(text, j);
    if (!IsMovableCloser(closer.c)) break;
    j += closer.size;
    if (j < end) {
      const UChar32 next = CodePointAt(text, j).c;
      if (!IsSpace(next) && !IsMovableCloser(next) && !u_ispunct(next)) break;
    }
    moved = j;
  }
  return moved;
}

// Appends trimmed `span` to `sentences`, cut into pieces of at most
// kMaxSentenceBytes at the last white space before the limit, or, when there is none,
// before the character (a letter with its marks) that crosses it; before the code point
// that crosses it when one character is longer than the limit.
void AppendBounded(std::string_view text, TextSpan span, bool headline,
                   std::vector<SentenceSpan>* sentences) {
  span = Trim(text, span);
  // A list's bullet is layout, not the item's text: "• Le gel des loyers." quotes as
  // "Le gel des loyers.".
  if (span.size() != 0 && IsBullet(CodePointAt(text, span.begin).c)) {
    const TextSpan item = Trim(text, {span.begin + CodePointAt(text, span.begin).size, span.end});
    if (item.size() != 0) span = item;
  }
  bool was_cut = false;
  while (span.size() > kMaxSentenceBytes) {
    const std::size_t limit = span.begin + kMaxSentenceBytes;
    std::size_t cut = limit;
    while (cut > span.begin &&
           !(!IsUtf8ContinuationByte(text[cut]) && IsSpace(CodePointAt(text, cut).c))) {
      --cut;
    }
    if (cut == span.begin) {
      cut = limit;
      while (IsUtf8ContinuationByte(text[cut])) --cut;
      std::size_t character = cut;
      while (character > span.begin && ExtendsCharacter(CodePointAt(text, character).c)) {
        character -= Before(text, character).size;
      }
      if (character > span.begin) cut = character;
    }
    sentences->push_back({Trim(text, {span.begin, cut}), headline, true});
    span = Trim(text, {cut, span.end});
    was_cut = true;
  }
  if (span.size() != 0) sentences->push_back({span, headline, was_cut});
}

// Whether the sentences before an unpunctuated end are two or more, each of
// kFewestSentenceWords words or more: a story's lead after its title whose last sentence
// lost its period, or that ends on a hashtag ("Le président est arrivé mardi à Pyongyang.
// Les deux dirigeants ont signé un accord. #CoréeDuNord"). A title holds one such sentence
// at most ("Procès des viols de Mazan en direct. Gisèle Pelicot entendue une dernière fois
// par la cour").
bool HoldsSentences(std::string_view text, const std::vector<SentenceSpan>& sentences) {
  return sentences.size() >= 2 &&
         std::all_of(sentences.begin(), sentences.end(), [text](const SentenceSpan& s) {
           return CountWords(text.substr(s.span.begin, s.span.size())) >= kFewestSentenceWords;
         });
}

bool IsContinuingPunctuation(UChar32 c) {
  return c == ',' || c == ';' || c == ':' || c == '.' || c == ')' || c == ']' || c == '}';
}

// Whether a digit, then only white space, comes before `at` in `span`: "3 a.m.",
// "9:45 a.m.", where "A.M. Rosenthal" is a name's initials.
bool FollowsNumber(std::string_view text, std::size_t at, TextSpan span) {
  // Any white space: web pages write "3&nbsp;p.m.".
  while (at > span.begin && IsSpace(Before(text, at).c)) at -= Before(text, at).size;
  return at > span.begin && IsAsciiDigit(text[at - 1]);
}

// The letters that start trimmed `after`, whatever follows them: "Monday" in "Monday.".
std::string_view Letters(std::string_view text, TextSpan after) {
  std::size_t i = after.begin;
  while (i < after.end && u_isalpha(CodePointAt(text, i).c)) i += CodePointAt(text, i).size;
  return text.substr(after.begin, i - after.begin);
}

// The letters that start trimmed `after` when they make a whole word: "The" in "The
// opposition", nothing in "A. Mozart" (an initial) or "U.S." (an initialism).
std::string_view FirstWord(std::string_view text, TextSpan after) {
  const std::string_view letters = Letters(text, after);
  const std::size_t i = after.begin + letters.size();
  if (i < after.end && text[i] == '.') return {};
  return letters;
}

// Whether trimmed `after` opens on a reference's number in letters: a Roman numeral of
// I, V and X, as books number their volumes ("t. II", "vol. XIV"), at most 7 letters
// as a whole word, or a code's letter before its number ("art. L. 121-1", "art. R.
// 4127"). Other capitals are acronyms and names ("vol. LCI a révélé", "vol. CIC, sa
// banque", "vol. DC Comics", "street art. MM. Dupont"); a single letter before a period
// and a capitalized word is an initial ("vol. M. Martin", "vol. I. Dupont"); an elided
// article is no numeral ("vol. L'enquête", "40 t. D'après"): the letters must not run
// on into an apostrophe.
bool OpensOnRomanNumeral(std::string_view text, TextSpan after) {
  const std::string_view word = Letters(text, after);
  if (word.empty()) return false;
  const std::size_t i = after.begin + word.size();
  const bool period = i < after.end && text[i] == '.';
  // What follows the period and its spaces: a capital makes an initial, a digit a
  // code's letter.
  UChar32 next = 0;
  if (period) {
    std::size_t j = i + 1;
    while (j < after.end && IsSpace(CodePointAt(text, j).c)) j += CodePointAt(text, j).size;
    if (j < after.end) next = CodePointAt(text, j).c;
  }
  if (word.size() == 1 && period && u_isdigit(next)) {
    return IsUpper(CodePointAt(text, after.begin).c);
  }
  if (word.size() > 7 || word.find_first_not_of("IVX") != std::string_view::npos) return false;
  if (word.size() == 1 && period && IsUpper(next)) return false;
  if (i >= after.end) return true;
  const UChar32 c = CodePointAt(text, i).c;
  return c != '\'' && c != 0x2019 /* ’ */;
}

// Whether `before` (trimmed) ends on an era after a date, "52 av. J.-C.", that is not
// the opening complement of its sentence ("En 44 av. J.-C. César meurt", "Le 15 mars 44
// av. J.-C. César...": a date opener and at most kDateOpenerWords words before the era).
// Such a date is a sentence's end before any capitalized word, a name included.
constexpr std::size_t kDateOpenerWords = 6;
bool EndsOnEra(std::string_view text, TextSpan before, std::string_view word,
               const SentenceRules& rules) {
  if (!Contains(rules.eras, word)) return false;
  const std::size_t era = before.end - word.size();
  const std::string_view prefix = WordBefore(text, era, before);
  if (!Contains(rules.era_prefixes, prefix)) return false;
  const std::string_view opener = Letters(text, before);
  if (!Contains(rules.date_openers, opener)) return true;
  // The words before the era hold its prefix.
  return CountWords(text.substr(before.begin, era - before.begin)) > kDateOpenerWords + 1;
}

// Whether the final punctuation at text[i] ends a quotation that closes right before a
// parenthesis: "(« Nous ne céderons pas. Jamais. »)", within kQuotationCloseCodePoints
// code points (". »)" takes 4, "?!\u00A0»\u00A0)" 5). Other final punctuation ends a
// sentence inside the parenthesis. The bound keeps a paragraph linear: a run of
// thousands of `! "` would otherwise be read again from each of its stops.
constexpr std::size_t kQuotationCloseCodePoints = 16;
bool QuotationClosesParenthesis(std::string_view text, std::size_t i, std::size_t end) {
  bool quote = false;
  for (std::size_t read = 0; i < end && read < kQuotationCloseCodePoints; ++read) {
    const CodePoint cp = CodePointAt(text, i);
    if (cp.c == ')') return quote;
    if (cp.c == 0x00BB /* » */ || cp.c == 0x203A /* › */ || cp.c == 0x201D /* ” */ || cp.c == '"') {
      quote = true;
    } else if (!IsTerminal(cp.c) && !IsSpace(cp.c)) {
      return false;
    }
    i += cp.size;
  }
  return false;
}

constexpr std::size_t kNone = std::string_view::npos;

// The last ( and the last ) of a paragraph before a break, or kNone: kept as the breaks
// go, since looking back from each would read a paragraph of joined breaks ("M. Dupont"
// thousands of times) once per break.
struct Parentheses {
  std::size_t open = kNone;
  std::size_t close = kNone;
  std::size_t read = 0;  // where the next call to Advance starts

  // Past the parentheses before `at`, which is no earlier than the last `at`.
  void Advance(std::string_view text, std::size_t at) {
    for (; read < at; ++read) {
      if (text[read] == '(') open = read;
      if (text[read] == ')') close = read;
    }
  }
};

// Whether the break at `next` falls inside a parenthesis that `before` opens and that
// closes within kParenthesisWords words, with no final punctuation before it but a
// quotation's: "(réal. Francis Ford Coppola)", "(ex. Cour d'appel de Paris)", whatever
// the abbreviation, and "(« Nous ne céderons pas. Jamais. »)".
constexpr std::size_t kParenthesisWords = 8;
bool InsideShortParenthesis(std::string_view text, TextSpan before, std::size_t next,
                            std::size_t end, const Parentheses& parentheses) {
  const std::size_t open = parentheses.open;
  if (open == kNone || open < before.begin ||
      (parentheses.close != kNone && parentheses.close > open)) {
    return false;
  }
  std::size_t words = 0;
  bool in_word = false;
  for (std::size_t i = next; i < end;) {
    const CodePoint cp = CodePointAt(text, i);
    if (cp.c == ')') return true;
    if (cp.c == '(') return false;
    if (IsTerminal(cp.c)) return QuotationClosesParenthesis(text, i, end);
    if (IsSpace(cp.c)) {
      in_word = false;
    } else if (!in_word) {
      in_word = true;
      if (++words > kParenthesisWords) return false;
    }
    i += cp.size;
  }
  return false;
}

// Whether trimmed `span` is only a list item's number: "1." to "999.", "1)" to "999)", or a
// letter's "a)". More digits are a year ("2024. Une année noire"); "A." is an initial.
bool IsListNumber(std::string_view text, TextSpan span) {
  const std::string_view s = text.substr(span.begin, span.size());
  if (s.size() < 2 || (s.back() != '.' && s.back() != ')')) return false;
  const std::string_view mark = s.substr(0, s.size() - 1);
  if (mark.size() == 1 && IsAsciiLetter(mark[0])) return s.back() == ')';
  return mark.size() <= 3 && std::all_of(mark.begin(), mark.end(), IsAsciiDigit);
}

// The first code point in `span` from `i` on that is not white space; span.end if none.
std::size_t PastSpaces(std::string_view text, std::size_t i, TextSpan span) {
  while (i < span.end) {
    const CodePoint cp = CodePointAt(text, i);
    if (!IsSpace(cp.c)) break;
    i += cp.size;
  }
  return i;
}

// Past a mail's quote marks (">", ">>", "> >") and their spaces, whatever follows them.
std::size_t PastQuoteMarks(std::string_view text, TextSpan span) {
  std::size_t i = span.begin;
  while (i < span.end && text[i] == '>') i = PastSpaces(text, i + 1, span);
  return i;
}

constexpr std::size_t kLongestListMarker = 4;

// Past a list item's marker and its spaces: a number (IsListNumber) or a typed bullet "-",
// "*" or "+" before words or an opening quote (a figure after "-" or "+" is signed). An item may go on from its list's heading in
// lowercase ("Les mesures :" / "1. la hausse du SMIC"). Digits glued to what follows are
// figures ("1.500 manifestants", "1.5 million"), and so is a number without its period or
// bracket ("2024 a été", "3,5 %", "1996 :"). The en and em dashes are not typed bullets: in
// French they open a line of dialogue, and give its words to a speaker. span.begin when
// there is no marker.
std::size_t PastListMarker(std::string_view text, TextSpan span) {
  // The marker is ASCII and at most "999." long: its end is the first space.
  std::size_t space = span.begin;
  while (space < span.end && space - span.begin <= kLongestListMarker &&
         (IsAsciiPunctuation(text[space]) || IsAsciiAlnum(text[space]))) {
    ++space;
  }
  const std::size_t item = PastSpaces(text, space, span);
  if (space == span.begin || item == space || item == span.end) return span.begin;
  const std::string_view marker = text.substr(span.begin, space - span.begin);
  const UChar32 c = CodePointAt(text, item).c;
  const bool words = u_isalnum(c) || IsOpening(c);
  if (marker == "*") return words ? item : span.begin;
  // Before a figure, "-" and "+" are its sign: "+ 3,5 % en un an".
  if (marker == "-" || marker == "+") return words && !u_isdigit(c) ? item : span.begin;
  // A number before a figure is no marker: "1. 500 manifestants" is a figure cut in two.
  return IsListNumber(text, {span.begin, space}) && words && !u_isdigit(c) ? item : span.begin;
}

// Where the text of a paragraph's first sentence `span` starts: past the page's marks
// before it, which a reader of the sentence alone has no use for. A mail's quote marks go
// before a list item's marker or words ("> Le ministre a déclaré..."); before a figure
// they are a comparison ("> 50 %"), which stays.
std::size_t PastLayoutMarks(std::string_view text, TextSpan span) {
  const std::size_t quoted = PastQuoteMarks(text, span);
  const std::size_t item = PastListMarker(text, {quoted, span.end});
  if (item != quoted) return item;
  if (quoted == span.begin || quoted == span.end) return span.begin;
  const UChar32 c = CodePointAt(text, quoted).c;
  return u_isalpha(c) || IsOpening(c) ? quoted : span.begin;
}

// Whether a break between `before` (trimmed) and the text from `next` on is
// wrong, by the rules of the class comment.
bool JoinsAcross(std::string_view text, TextSpan before, std::size_t next, std::size_t end,
                 const Parentheses& parentheses, const SentenceRules& rules,
                 AbbreviationNames* names) {
  // A line end inside a paragraph: the cleaner found that the lines continue.
  if (!EndsWithFinalPunctuation(text, before)) return true;
  // UAX #29 joins a lowercase word only after a period (rule SB8); French
  // incises follow ! and ? as well: « Qui êtes-vous ? » demanda-t-il.
  const TextSpan after = Trim(text, {next, end});
  if (after.size() == 0 || u_islower(CodePointAt(text, after.begin).c)) return true;
  // Punctuation that only goes on a clause: after a quotation closed on ! or ?, its
  // incise ("dites donc ! », s'est indigné le député") or its period ("était ? ".").
  if (IsContinuingPunctuation(CodePointAt(text, after.begin).c)) return true;
  if (EndsWithBracketedEllipsis(text, before)) return true;
  // A pause before a figure, "depuis... 2005.": ICU joins it only when a lowercase word
  // follows the number (rule SB8), and a sentence that opens on a number after an
  // ellipsis is rarer than one that ends on it.
  if (u_isdigit(CodePointAt(text, after.begin).c) && EndsWithEllipsis(text, before)) return true;
  if (InsideShortParenthesis(text, before, next, end, parentheses)) return true;
  if (text[before.end - 1] == '.' && EndsOnInlineItemNumber(text, before)) return true;
  const std::string_view word = WordBeforeFinalPeriod(text, before);
  if (word.empty()) return false;
  if (Contains(rules.time_suffixes, word) &&
      FollowsNumber(text, before.end - word.size(), before)) {
    return CodePointAt(text, after.begin).c == '(' ||
           Contains(rules.time_followers, Letters(text, after));
  }
  if (Contains(rules.company_suffixes, word)) {
    // "Tuesday's deal" opens a sentence of its own.
    const std::string_view day = FirstWord(text, after);
    const std::size_t past = after.begin + day.size();
    return Contains(rules.weekdays, day) && past < after.end && IsSpace(CodePointAt(text, past).c);
  }
  if (IsAsciiDigit(text[after.begin]) && Contains(rules.currencies, word)) {
    return !FollowsNumber(text, before.end - word.size(), before) || OpensOnCents(text, after);
  }
  if ((u_isdigit(CodePointAt(text, after.begin).c) || OpensOnRomanNumeral(text, after)) &&
      Contains(rules.before_numbers, word)) {
    return true;
  }
  if (EndsOnEra(text, before, word, rules)) return false;
  const bool initial = (IsInitial(word, rules.initial_digraphs) &&
                        !FollowsFigure(text, before.end - word.size(), before)) ||
                       IsInitialRun(word, rules.longest_initial_run);
  if (!initial) {
    if (!Contains(rules.abbreviations, word) &&
        !(Contains(rules.case_joiners, word) &&
          FollowsParty(text, before.end - word.size(), before))) {
      return false;
    }
    if (names != nullptr && names->EndsName(before.end - 1)) return false;
  }
  return !Contains(rules.starters, FirstWord(text, after));
}

}  // namespace

SentenceSegmenter::SentenceSegmenter(const Language& language) : rules_(language.sentences) {
  UErrorCode status = U_ZERO_ERROR;
  breaker_.reset(icu::BreakIterator::createSentenceInstance(
      icu::Locale(language.sentence_locale.c_str()), status));
  CheckIcu(status, "BreakIterator::createSentenceInstance");
}

SentenceSegmenter::~SentenceSegmenter() { utext_close(&utext_); }

std::vector<SentenceSpan> SentenceSegmenter::Split(std::string_view text, TextSpan paragraph,
                                                   AbbreviationNames* names) {
  std::vector<SentenceSpan> sentences;
  paragraph.end = std::min(paragraph.end, text.size());
  paragraph.begin = std::min(paragraph.begin, paragraph.end);
  paragraph = Trim(text, paragraph);
  if (paragraph.size() == 0) return sentences;

  const bool unpunctuated = !EndsWithFinalPunctuation(text, paragraph);
  // Another text, or the same one asked again from an earlier paragraph: read anew.
  if (text.data() != prose_text_.data() || text.size() != prose_text_.size() ||
      paragraph.begin <= prose_last_) {
    ForgetProse(text);
  }
  prose_last_ = paragraph.begin;

  // ICU's boundaries, as offsets in `text`. BreakIterator offsets are int32_t.
  boundaries_.clear();
  if (paragraph.size() <= static_cast<std::size_t>(std::numeric_limits<int32_t>::max())) {
    UErrorCode status = U_ZERO_ERROR;
    utext_openUTF8(&utext_, text.data() + paragraph.begin, static_cast<int64_t>(paragraph.size()),
                   &status);
    breaker_->setText(&utext_, status);
    CheckIcu(status, "BreakIterator::setText");
    for (int32_t b = breaker_->first(); b != icu::BreakIterator::DONE; b = breaker_->next()) {
      boundaries_.push_back(paragraph.begin + static_cast<std::size_t>(b));
    }
  } else {
    boundaries_ = {paragraph.begin, paragraph.end};
  }

  // Breaks ICU does not make: after … (and, where our list replaces ICU's
  // suppressions, after every period) before a capitalized word, and between a word
  // and a capital glued by a period. The rules below remove the wrong ones.
  const std::size_t icu_count = boundaries_.size();
  const std::string_view searched = text.substr(0, paragraph.end);
  for (std::size_t i = searched.find("\u2026", paragraph.begin); i != std::string_view::npos;
       i = searched.find("\u2026", i + 3)) {
    const std::size_t start = SentenceStartAfter(text, i + 3, paragraph.end);
    if (start < paragraph.end) boundaries_.push_back(start);
  }
  // Where `abbreviations` replace ICU's suppressions, every period before a capital
  // breaks, the rules below removing the wrong breaks. Where ICU's stand (English), they
  // hold acronyms that end sentences too ("...wants a stronger IMF. The Americans say",
  // "...the agency, AFAD. It was centered" were one sentence): before a word that never
  // follows an abbreviation (`starters`), such a period breaks.
  for (std::size_t i = searched.find('.', paragraph.begin); i != std::string_view::npos;
       i = searched.find('.', i + 1)) {
    const std::size_t start = SentenceStartAfter(text, i + 1, paragraph.end);
    if (!rules_.abbreviations_replace_icu) {
      if (start < paragraph.end &&
          IsAcronym(WordBeforeFinalPeriod(text, {paragraph.begin, i + 1})) &&
          Contains(rules_.starters, FirstWord(text, {start, paragraph.end}))) {
        boundaries_.push_back(start);
      }
    } else if (start < paragraph.end) {
      boundaries_.push_back(start);
    } else if (IsGluedSentenceEnd(text, i, paragraph, rules_.starters)) {
      boundaries_.push_back(i + 1);
    } else if (const std::size_t figure = FigureStartAfter(text, i, paragraph);
               figure < paragraph.end) {
      boundaries_.push_back(figure);
    }
  }
  if (boundaries_.size() != icu_count) {
    // A handful of offsets: sorting them costs less than merging, which
    // allocates.
    std::sort(boundaries_.begin(), boundaries_.end());
    boundaries_.erase(std::unique(boundaries_.begin(), boundaries_.end()), boundaries_.end());
  }

  sentences.reserve(boundaries_.size());
  std::size_t start = paragraph.begin;
  Parentheses parentheses;
  parentheses.read = paragraph.begin;
  for (std::size_t k = 1; k + 1 < boundaries_.size(); ++k) {
    // Pictographs after the stop ("députés. 😀") close the sentence, not open the next.
    const std::size_t next =
        PastDecorations(text, PastClosers(text, boundaries_[k], paragraph.end), paragraph.end);
    if (next >= boundaries_[k + 1]) continue;  // moved onto the next break
    const TextSpan before = Trim(text, {start, next});
    // "1. Le gel des loyers.", "> 1. Le gel des loyers.": the number that opens a
    // paragraph is its item's.
    if (start == paragraph.begin &&
        IsListNumber(text, {PastQuoteMarks(text, before), before.end})) {
      continue;
    }
    parentheses.Advance(text, next);
    if (JoinsAcross(text, before, next, paragraph.end, parentheses, rules_, names)) continue;
    AppendBounded(text, before, /*headline=*/false, &sentences);
    start = next;
  }
  // A title may hold a short sentence ("M. Poutine à Pyongyang. Les enjeux"); past that,
  // the paragraph is prose that lost its end (a wire's "Papaioannou, citing, 6th graf pvs",
  // a "(djp)" sign-off, a "#JO2024" hashtag, a last sentence without its period), and
  // only that end is not a sentence.
  // Fewer words make prose only after prose: a title leads its article and may be longer
  // ("Procès des viols de Mazan en direct. Gisèle Pelicot entendue une dernière fois par
  // la cour").
  const auto prose = [&] {
    const std::size_t words = CountWords(text.substr(paragraph.begin, start - paragraph.begin));
    return words >= kFewestProseWords || HoldsSentences(text, sentences) ||
           (words >= kFewestSentenceWords &&
            CountWords(text.substr(paragraph.begin, paragraph.size())) > kLongestTitleWords &&
            FollowsProse(text, paragraph.begin));
  };
  if (unpunctuated && !prose()) {
    sentences.clear();
    start = paragraph.begin;
  }
  const std::size_t sentences_before = sentences.size();
  const bool after_prose = unpunctuated && start != paragraph.begin;
  AppendBounded(text, {start, paragraph.end}, /*headline=*/unpunctuated && !after_prose,
                &sentences);
  for (std::size_t k = sentences_before; k < sentences.size(); ++k) {
    sentences[k].unfinished = after_prose;
  }
  // Only where a paragraph opens: inside one, a number alone is more often a date cut off
  // its month, and a mail's later quote marks went with the line breaks they follow.
  if (!sentences.empty() && sentences.front().span.begin == paragraph.begin) {
    sentences.front().span.begin = PastLayoutMarks(text, sentences.front().span);
  }
  return sentences;
}

void SentenceSegmenter::ForgetProse(std::string_view text) {
  prose_text_ = text;
  prose_scanned_ = 0;
  prose_line_ = 0;
  prose_found_ = false;
}

bool SentenceSegmenter::FollowsProse(std::string_view text, std::size_t at) {
  if (at < prose_scanned_) ForgetProse(text);
  // The lines that end before `at` and were not read yet.
  const std::string_view head = text.substr(0, at);
  for (std::size_t newline = head.find('\n', prose_scanned_);
       !prose_found_ && newline != std::string_view::npos; newline = head.find('\n', newline + 1)) {
    const TextSpan line = Trim(text, {prose_line_, newline});
    prose_found_ = line.size() != 0 && EndsWithFinalPunctuation(text, line);
    prose_line_ = newline + 1;
    prose_scanned_ = newline + 1;
  }
  if (prose_found_) return true;
  prose_scanned_ = at;
  // The start of the line `at` falls in, which is not read ahead of its end.
  const TextSpan partial = Trim(text, {prose_line_, at});
  return partial.size() != 0 && EndsWithFinalPunctuation(text, partial);
}

}  // namespace precis
