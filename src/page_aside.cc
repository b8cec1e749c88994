#include "page_aside.h"

#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstdint>
#include <string>
#include <unordered_set>

#include "ascii.h"
#include "code_point.h"
#include "editor_note.h"
#include "link_label_words.h"

namespace precis {
namespace {

// Longer than any pointer a page writes ("Lire aussi : " and a headline); a longer
// bracket is the writer's aside.
constexpr std::size_t kLongestAside = 300;
constexpr std::size_t kMostAsideWords = 30;
// How far after its verb a reference names the paper's page, box or video: "voir la
// vidéo", "lire notre entretien", "lire la critique de 1998 dans nos archives".
constexpr std::size_t kReferenceReach = 8;

using Words = std::vector<std::string>;

bool Contains(const std::unordered_set<std::string>& set, const std::string& word) {
  return set.count(word) > 0;
}

// The words of `inside`, case-folded, ’ written ', an elided article apart ("l'", then
// "encadré"), and a colon as a word of its own: it tells a headline follows.
Words FoldedWords(std::string_view inside) {
  std::string folded;
  icu::UnicodeString::fromUTF8(icu::StringPiece(inside.data(), static_cast<int32_t>(inside.size())))
      .foldCase()
      .toUTF8String(folded);
  Words words(1);
  const auto n = static_cast<int32_t>(folded.size());
  for (int32_t i = 0; i < n;) {
    const int32_t at = i;
    UChar32 c;
    U8_NEXT(folded.data(), i, n, c);
    if (c == 0x2019) c = '\'';
    if (c >= 0 && (u_isalnum(c) || c == '-' || c == '\'')) {
      if (c == '\'') {
        words.back() += '\'';
        words.emplace_back();  // "l'" stands apart from the word it elides into
      } else {
        words.back().append(folded, static_cast<std::size_t>(at), static_cast<std::size_t>(i - at));
      }
      continue;
    }
    if (!words.back().empty()) words.emplace_back();
    if (c == ':') {
      words.back() = ":";
      words.emplace_back();
    }
  }
  words.erase(std::remove(words.begin(), words.end(), std::string()), words.end());
  return words;
}

// The bare labels in lower or mixed case, as FoldedWords gives them. "à lire" and "à voir"
// alone are not among them: "un roman (à lire)" recommends.
bool IsLabelPhrase(const Words& words) {
  static const std::unordered_set<std::string>& kPhrases = *new std::unordered_set<std::string>{
      "lire aussi", "lire également", "à lire aussi", "à lire également",
      "voir aussi", "voir également", "à voir aussi", "read more",
      "read also",  "also read",      "see also",     "photo",
      "photos",     "vidéo",          "vidéos",       "video",
      "videos",     "infographie",    "diaporama",    "en vidéo",
      "en images"};
  std::string phrase;
  for (const std::string& w : words) phrase += (phrase.empty() ? "" : " ") + w;
  return Contains(kPhrases, phrase);
}

// A label in capitals: "VIDÉO", "À LIRE", "LIRE AUSSI", "READ MORE". Every word is a word of
// links or a joining one (link_label_words.h), and one of them names reading or a medium:
// "(MORE)" and "(EN)" are a wire's note and a language.
bool IsCapitalLabel(std::string_view inside) {
  bool strong = false;
  std::string word;
  const auto close_word = [&]() {
    if (word.empty()) return true;
    const LabelWord role = ClassifyLabelWord(word);
    strong = strong || role == LabelWord::kPointer;
    word.clear();
    return role == LabelWord::kPointer || role == LabelWord::kQualifier ||
           role == LabelWord::kJoining;
  };
  const auto n = static_cast<int32_t>(inside.size());
  for (int32_t i = 0; i < n;) {
    const int32_t at = i;
    UChar32 c;
    U8_NEXT(inside.data(), i, n, c);
    if (c >= 0 && u_isalpha(c)) {
      if (!u_isupper(c)) return false;
      word.append(inside, static_cast<std::size_t>(at), static_cast<std::size_t>(i - at));
    } else if (!close_word()) {
      return false;
    }
  }
  return close_word() && strong;
}

// Whether the first letter after the first colon of `inside` is a capital.
bool OpensWithCapital(std::string_view inside) {
  const std::size_t colon = inside.find(':');
  if (colon == std::string_view::npos) return false;
  const auto n = static_cast<int32_t>(inside.size());
  for (auto i = static_cast<int32_t>(colon + 1); i < n;) {
    UChar32 c;
    U8_NEXT(inside.data(), i, n, c);
    if (c < 0) return false;
    if (u_isalnum(c)) return u_isupper(c);
  }
  return false;
}

}  // namespace

AsideKind ClassifyAside(std::string_view inside) {
  if (inside.size() > kLongestAside) return AsideKind::kNone;
  if (IsCapitalLabel(inside)) return AsideKind::kLabel;
  const Words words = FoldedWords(inside);
  if (words.empty() || words.size() > kMostAsideWords) return AsideKind::kNone;
  if (IsLabelPhrase(words)) return AsideKind::kLabel;

  static const std::unordered_set<std::string>& kVerbs = *new std::unordered_set<std::string>{
      "lire",      "voir",      "relire", "revoir", "regarder", "écouter", "réécouter",
      "retrouver", "retrouvez", "read",   "see",    "watch",    "listen"};
  static const std::unordered_set<std::string>& kAgain =
      *new std::unordered_set<std::string>{"aussi", "également", "encore", "also", "more"};
  // Words of the paper or the page: where the pointer leads. Not "article", which a law
  // has ("voir l'article 49.3").
  static const std::unordered_set<std::string>& kPlaces = *new std::unordered_set<std::string>{
      "notre",     "nos",        "page",        "pages",     "p",           "encadré",
      "encadrés",  "ci-dessous", "ci-contre",   "ci-dessus", "ci-après",    "entretien",
      "interview", "dossier",    "portrait",    "reportage", "vidéo",       "vidéos",
      "video",     "photo",      "photos",      "diaporama", "infographie", "carte",
      "graphique", "tableau",    "chronologie", "repères",   "our",         "below",
      "above",     "related",    "story",       "map",       "chart",       "graphic"};
  std::size_t i = words[0] == "à" ? 1 : 0;
  if (i >= words.size() || !Contains(kVerbs, words[i])) return AsideKind::kNone;
  ++i;
  if (i < words.size() && Contains(kAgain, words[i])) {
    return i + 1 < words.size() ? AsideKind::kReference : AsideKind::kLabel;
  }
  // A colon right after the verb points to a headline only when one follows: a capital
  // and three words or more ("lire : Budget 2025, ce que contient le texte"). Lower case
  // after it says "in other words" ("(lire : des suppressions de postes)", "(read:
  // layoffs)"); a page or a box after it is still found below.
  if (i < words.size() && words[i] == ":") {
    if (i + 1 == words.size()) return AsideKind::kLabel;
    if (words.size() - i - 1 >= 3 && OpensWithCapital(inside)) return AsideKind::kReference;
  }
  for (std::size_t j = i; j < words.size() && j < i + kReferenceReach; ++j) {
    if (Contains(kPlaces, words[j])) return AsideKind::kReference;
  }
  return AsideKind::kNone;
}

namespace {

// A bracketed aside of `text` opening at `open` within [.., end): its closing bracket's
// offset, or npos when it does not close within kLongestAside bytes or another bracket of
// its kind opens first.
std::size_t ClosingBracket(std::string_view text, std::size_t open, std::size_t end) {
  const char opener = text[open];
  const char closer = opener == '(' ? ')' : ']';
  const std::size_t limit = std::min(end, open + kLongestAside + 2);
  for (std::size_t k = open + 1; k < limit; ++k) {
    if (text[k] == closer) return k;
    if (text[k] == opener) return std::string_view::npos;
  }
  return std::string_view::npos;
}

std::size_t NextBracket(std::string_view text, std::size_t from, std::size_t end) {
  for (std::size_t k = from; k < end; ++k) {
    if (text[k] == '(' || text[k] == '[') return k;
  }
  return std::string_view::npos;
}

// Whether the words from `at` open a sentence in a way a title does not: a short
// capitalized word ("Le", "Les", "Une", "The", "En") or an elision ("L’Assemblée",
// "D’après"). A name after the label ("Publicité Google : ...") may make a title of it.
// Nothing from `end` on is read: a code point cut there is no letter.
bool OpensSentenceAfterLabel(std::string_view text, std::size_t at, std::size_t end) {
  const std::string_view within = text.substr(0, end);
  const CodePoint first = CodePointAt(within, at);
  if (!u_isupper(first.c)) return false;
  std::size_t i = at + first.size;
  std::size_t letters = 1;
  while (i < end) {
    const CodePoint cp = CodePointAt(within, i);
    if (cp.c == '\'' || cp.c == 0x2019) return letters == 1 && i + cp.size < end;
    if (!u_isalpha(cp.c)) break;
    if (!u_islower(cp.c)) return false;
    ++letters;
    i += cp.size;
  }
  return letters <= 3;
}

// Advertising labels pages leave in the copy where an advertisement was.
constexpr std::string_view kAdLabels[] = {"Publicité", "PUBLICITÉ", "PUBLICITE", "Advertisement",
                                          "ADVERTISEMENT"};

void FindAdLabels(std::string_view text, TextSpan span, std::vector<TextSpan>* asides) {
  const std::string_view within = text.substr(0, span.end);
  for (const std::string_view label : kAdLabels) {
    for (std::size_t at = within.find(label, span.begin); at != std::string_view::npos;
         at = within.find(label, at + 1)) {
      if (!StandsBetweenSentences(text, span, at)) continue;
      std::size_t end = at + label.size();
      if (end < span.end && u_isalnum(CodePointAt(within, end).c)) {
        continue;  // "Publicités", a longer word
      }
      if (end < span.end && text[end] == '.') ++end;
      std::size_t next = end;
      while (next < span.end && IsAsciiBlankOrBreak(text[next])) ++next;
      if (next == span.end) {
        if (at != span.begin) asides->push_back({at, end});  // alone: a UI line
        continue;
      }
      if (next > end && OpensSentenceAfterLabel(text, next, span.end)) {
        asides->push_back({at, end});
      }
    }
  }
}

}  // namespace

bool HoldsCrossReference(std::string_view sentence) {
  for (std::size_t open = NextBracket(sentence, 0, sentence.size()); open != std::string_view::npos;
       open = NextBracket(sentence, open + 1, sentence.size())) {
    const std::size_t close = ClosingBracket(sentence, open, sentence.size());
    if (close == std::string_view::npos) continue;
    if (ClassifyAside(sentence.substr(open + 1, close - open - 1)) != AsideKind::kNone) {
      return true;
    }
  }
  return false;
}

std::vector<TextSpan> FindDetachedAsides(std::string_view text, TextSpan span) {
  std::vector<TextSpan> asides;
  for (std::size_t open = NextBracket(text, span.begin, span.end); open != std::string_view::npos;
       open = NextBracket(text, open + 1, span.end)) {
    const std::size_t close = ClosingBracket(text, open, span.end);
    if (close == std::string_view::npos) continue;
    const AsideKind kind = ClassifyAside(text.substr(open + 1, close - open - 1));
    if (kind == AsideKind::kNone) continue;
    std::size_t rest = close + 1;
    while (rest < span.end && IsAsciiBlankOrBreak(text[rest])) ++rest;
    const bool last = rest == span.end;
    if (open == span.begin && last) {
      // The whole paragraph: a label may announce the headlines below it, as the teaser
      // rules read it.
      if (kind == AsideKind::kReference) asides.push_back({open, close + 1});
      continue;
    }
    if (!StandsBetweenSentences(text, span, open)) continue;
    if (kind == AsideKind::kReference || last) asides.push_back({open, close + 1});
  }
  FindAdLabels(text, span, &asides);
  std::sort(asides.begin(), asides.end(),
            [](const TextSpan& a, const TextSpan& b) { return a.begin < b.begin; });
  std::vector<TextSpan> disjoint;
  for (const TextSpan& aside : asides) {
    if (disjoint.empty() || aside.begin >= disjoint.back().end) disjoint.push_back(aside);
  }
  return disjoint;
}

}  // namespace precis
