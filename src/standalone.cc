#include "standalone.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

#include "affix.h"
#include "ascii.h"
#include "code_point.h"
#include "incise.h"
#include "interview_intro.h"
#include "link_label_words.h"
#include "page_aside.h"
#include "points_back.h"
#include "quotation_context.h"
#include "quotation_speaker.h"
#include "timeline_entry.h"
#include "utf8.h"

namespace precis {
namespace {

// Code points of a sentence, decoded from either end. Invalid bytes decode as
// negative values, which no test below accepts.
class CodePoints {
 public:
  explicit CodePoints(std::string_view text)
      : data_(text.data()), size_(static_cast<int32_t>(text.size())) {}
  int32_t size() const { return size_; }
  // The code point at `*i`, advancing `*i` past it.
  UChar32 Next(int32_t* i) const {
    UChar32 c;
    U8_NEXT(data_, *i, size_, c);
    return c;
  }
  // The code point before `*i`, moving `*i` back to its start.
  UChar32 Previous(int32_t* i) const {
    UChar32 c;
    U8_PREV(data_, 0, *i, c);
    return c;
  }

 private:
  const char* data_;
  int32_t size_;
};

bool IsSpace(UChar32 c) {
  return c >= 0 && (u_isUWhiteSpace(c) || c == 0xFEFF);
}

// Marks that may open a quotation, an aside or a dialogue line. The ASCII " and
// ' open as often as they close, so they count as opening here and as closing
// at the end.
bool IsOpening(UChar32 c) {
  switch (c) {
    case u'«':
    case u'‹':
    case u'“':
    case u'„':
    case u'‘':
    case u'"':
    case u'\'':
    case u'(':
    case u'[':
    case u'{':
    case u'-':
    case u'‐':
    case u'‑':
    case u'‒':
    case u'–':
    case u'—':
    case u'―':
    case u'•':
      return true;
    default:
      return false;
  }
}

// Marks that only ever close. A sentence that starts with one was cut from a
// quotation.
bool IsClosing(UChar32 c) {
  switch (c) {
    case u'»':
    case u'›':
    case u'”':
    case u')':
    case u']':
    case u'}':
      return true;
    default:
      return false;
  }
}

bool IsClosingAtEnd(UChar32 c) {
  return IsClosing(c) || c == u'"' || c == u'\'' || c == u'’';
}

// Where the sentence ends once its closing quotes, brackets and spaces are set aside.
int32_t EndBeforeClosers(const CodePoints& points) {
  int32_t end = points.size();
  while (end > 0) {
    int32_t before = end;
    const UChar32 c = points.Previous(&before);
    if (!IsClosingAtEnd(c) && !IsSpace(c)) break;
    end = before;
  }
  return end;
}

bool StartsWithEllipsis(std::string_view text) {
  return text.substr(0, 3) == "\u2026" || text.substr(0, 3) == "...";
}

bool EndsWithEllipsis(std::string_view text) {
  // "…" and "..." are both three bytes long.
  const std::string_view tail = text.substr(text.size() < 3 ? 0 : text.size() - 3);
  return tail == "\u2026" || tail == "...";
}

// The first words of `text`, case-folded, with ’ ‘ written ' and each run of
// spaces (U+00A0, U+202F included) written as one ASCII space: the form the
// opener lists use. Only the first `key_bytes` matter: openers are a few words long.
std::string OpeningKey(std::string_view text, int32_t key_bytes = 64) {
  CodePoints points(text);
  std::string key;
  bool after_space = false;
  for (int32_t i = 0; i < points.size() && static_cast<int32_t>(key.size()) < key_bytes;) {
    UChar32 c = points.Next(&i);
    if (c < 0) break;
    if (IsSpace(c)) {
      if (!after_space) key += ' ';
      after_space = true;
      continue;
    }
    after_space = false;
    if (c == u'’' || c == u'‘') c = u'\'';
    AppendUtf8(u_foldCase(c, U_FOLD_CASE_DEFAULT), &key);
  }
  return key;
}

// The first of `openers` that `key` starts with as whole words, or "": "il" matches "il a
// dit" and "il, lui", not "ile-de-france".
std::string_view MatchOpener(const std::string& key, const std::vector<std::string>& openers) {
  for (const std::string& opener : openers) {
    if (key.compare(0, opener.size(), opener) != 0) continue;
    if (key.size() == opener.size()) return opener;
    int32_t i = static_cast<int32_t>(opener.size());
    UChar32 next;
    U8_NEXT(key.data(), i, static_cast<int32_t>(key.size()), next);
    if (next < 0 || !u_isalnum(next)) return opener;
  }
  return {};
}

bool StartsWithOpener(const std::string& key, const std::vector<std::string>& openers) {
  return !MatchOpener(key, openers).empty();
}

// Whether the word after `text`'s first comma opens in lower case, as a pronoun does
// there: "Xu's wife, He Xintong, said" names someone.
bool PronounInLowerCase(std::string_view text) {
  const std::size_t comma = text.find(',');
  if (comma == std::string_view::npos) return false;
  const CodePoints points(text);
  for (auto i = static_cast<int32_t>(comma + 1); i < points.size();) {
    const UChar32 c = points.Next(&i);
    if (!IsSpace(c)) return c >= 0 && u_islower(c);
  }
  return false;
}

// Whether `word`, case-folded, is a verb with its subject pronoun after it, as French
// inverts them after "aussi" ("a-t-il", "faut-il", "est-ce", "doit-on").
bool IsInvertedVerb(std::string_view word) {
  static constexpr std::string_view kPronouns[] = {"-il", "-ils",  "-elle", "-elles",
                                                   "-on", "-nous", "-vous", "-ce"};
  for (const std::string_view pronoun : kPronouns) {
    if (word.size() > pronoun.size() && EndsWith(word, pronoun)) return true;
  }
  return false;
}

// The first of `openers` that `key` starts with when a comma or an inverted verb
// follows it ("aussi, le gouvernement", "aussi a-t-il"), or "": "aussi grand soit-il"
// and "aussitôt" do not match.
std::string_view MatchInvertingOpener(const std::string& key,
                                      const std::vector<std::string>& openers) {
  for (const std::string& opener : openers) {
    if (key.compare(0, opener.size(), opener) != 0) continue;
    std::string_view rest = std::string_view(key).substr(opener.size());
    if (!rest.empty() && rest.front() == ',') return opener;
    if (rest.empty() || rest.front() != ' ') continue;
    rest.remove_prefix(1);
    // The next word runs to a space or a punctuation mark; its hyphens stay in it.
    std::size_t end = 0;
    while (end < rest.size() && rest[end] != ' ' && rest[end] != ',' && rest[end] != '.') {
      ++end;
    }
    if (IsInvertedVerb(rest.substr(0, end))) return opener;
  }
  return {};
}

// The incise at a sentence's end that names its speaker: "..., a rappelé le Kremlin", not
// "..., a-t-il dit".
constexpr InciseReading kNamingIncise{InciseOrder::kVerbFirst, /*min_words=*/0,
                                      /*max_words=*/8, /*joined_pronoun=*/false,
                                      /*participle_by_form=*/false};

// A fronted phrase this long or shorter sets a time, a place or a circumstance ("Mardi
// soir", "Contacté par Ouest-France", "Dans un communiqué"); past it, the words before
// the comma are more often a sentence of their own.
constexpr std::size_t kMaxFrontedWords = 6;

// Whether the folded `word`, or its elided head ("qu'" of "qu'il"), is one of `words`.
bool IsClauseWord(std::string_view word, const WordSet& words) {
  if (words.count(word) != 0) return true;
  const std::size_t apostrophe = word.find('\'');
  return apostrophe != std::string_view::npos && words.count(word.substr(0, apostrophe + 1)) != 0;
}

// Whether `after`, which opens on `pronoun`, is one of language.opener_exceptions ("il
// faut"), negated ("il ne faut pas", "il n'y a"), or "il" before a verb of being, an
// adjective and "de" or "que" ("il est important de", "il était difficile qu'"): forms in
// which the pronoun stands for nothing.
bool IsImpersonal(const std::string& after, std::string_view pronoun, const Language& language) {
  if (StartsWithOpener(after, language.opener_exceptions)) return true;
  const std::string head(pronoun);
  for (const std::string_view negation : {" ne ", " n'"}) {
    if (after.compare(pronoun.size(), negation.size(), negation) != 0) continue;
    const std::string affirmative = head + " " + after.substr(pronoun.size() + negation.size());
    const std::string elided = head + " " + after.substr(pronoun.size() + 2);  // "il n'y a"
    if (StartsWithOpener(affirmative, language.opener_exceptions) ||
        StartsWithOpener(after, language.opener_exceptions) ||
        StartsWithOpener(elided, language.opener_exceptions)) {
      return true;
    }
  }
  if (pronoun != "il") return false;
  std::vector<std::string_view> words;
  for (std::size_t i = 0; i < after.size() && words.size() < 4;) {
    std::size_t end = after.find(' ', i);
    if (end == std::string::npos) end = after.size();
    words.push_back(std::string_view(after).substr(i, end - i));
    i = end + 1;
  }
  if (words.size() < 4) return false;
  static constexpr std::string_view kBeing[] = {"est", "était", "sera", "serait", "semble"};
  bool being = false;
  for (const std::string_view verb : kBeing) being = being || words[1] == verb;
  const std::string_view link = words[3];
  return being &&
         (link == "de" || link.rfind("d'", 0) == 0 || link == "que" || link.rfind("qu'", 0) == 0);
}

// Whether the folded `phrase` opens on a word of time, place or circumstance, or on a
// past participle: a phrase that says when, where or how, not a clause or an aside ("De
// retour en France", "Très émue"). Narrowed so after rpm2's T10 lost its summary's
// \"De retour en France, elle affirme...\" (rpm2 0.1753 -> 0.1722).
bool OpensCircumstance(std::string_view phrase, const Language& language) {
  const std::string_view first = phrase.substr(0, phrase.find(' '));
  if (language.fronting_words.count(first) != 0) return true;
  const std::size_t apostrophe = first.find('\'');
  if (apostrophe != std::string_view::npos &&
      language.fronting_words.count(first.substr(0, apostrophe + 1)) != 0) {
    return true;
  }
  for (const std::string& ending : language.participle_endings) {
    if (first.size() > ending.size() + 2 && EndsWith(first, ending)) return true;
  }
  return false;
}

// The subject pronoun that follows a short fronted phrase and its comma ("Mardi soir,
// elle a ouvert une enquête", "Âgé de 58 ans, il", "Sur place, ils"), or "": it points
// back as it would opening the sentence. `key` is the sentence's OpeningKey. Not after a
// clause, whose own subject may be the referent ("Quand la procureure est arrivée,
// elle..."), nor after a quotation's words, nor before the pronoun's own incise ("Mardi,
// elle, la procureure, a ouvert..."), nor where the pronoun is impersonal
// (opener_exceptions: "En France, il existe...", "Mardi, il pleuvait").
std::string_view FrontedSubject(std::string_view key, const Language& language,
                                std::string_view* phrase) {
  if (language.fronted_subjects.empty()) return {};
  const std::size_t comma = key.find(',');
  if (comma == std::string_view::npos) return {};
  *phrase = key.substr(0, comma);
  std::size_t words = 0;
  for (std::size_t i = 0; i < phrase->size();) {
    std::size_t end = phrase->find(' ', i);
    if (end == std::string_view::npos) end = phrase->size();
    const std::string_view word = phrase->substr(i, end - i);
    i = end + 1;
    if (word.empty()) continue;
    if (++words > kMaxFrontedWords || IsClauseWord(word, language.clause_words)) return {};
    for (const char mark : {'"', ':', ';', '(', ')'}) {
      if (word.find(mark) != std::string_view::npos) return {};
    }
    if (word.find("\u00ab") != std::string_view::npos ||
        word.find("\u00bb") != std::string_view::npos ||
        word.find("\u201c") != std::string_view::npos ||
        word.find("\u201d") != std::string_view::npos) {
      return {};
    }
  }
  if (words == 0 || !OpensCircumstance(*phrase, language)) return {};
  std::string after(key.substr(comma + 1));
  if (!after.empty() && after.front() == ' ') after.erase(0, 1);
  const std::string_view pronoun = MatchOpener(after, language.fronted_subjects);
  if (pronoun.empty() || IsImpersonal(after, pronoun, language)) return {};
  // "Mardi, elle, la procureure, a...": the pronoun's own incise names it. "The budget, he
  // said, has been...": the pronoun speaks in an incise, and the subject is the phrase.
  const std::size_t next = after.find(' ', pronoun.size() + 1);
  const std::string_view second =
      std::string_view(after).substr(0, next == std::string::npos ? after.size() : next);
  if (second.back() == ',') return {};
  return pronoun;
}

// Whether the sentence's quotations let it stand alone: it must say whose words they
// are (NamesSpeaker). "« Nous irons jusqu'au bout », a déclaré M. Kim." does, and so do
// "..., a raconté l'ex-otage." after a » closing a quotation that began sentences earlier
// and "« Nous irons jusqu'au bout, a affirmé M. Kim." opening one the next sentence goes on
// with. "Ce petit, je ne l'ai jamais vu»." and "« Nous irons jusqu'au bout." do not, nor
// does '"Now it seems all of that is behind us."', quoted whole: the reader would take
// the words for the article's. Nor does "« Nous irons jusqu'au bout », a-t-il dit.": its
// "il" is someone the summary has not introduced. A sentence that closes one quotation and opens
// another is cut at both ends. The ASCII " opens and closes alike: read from the sentence's start,
// it can tell a quotation that opens there, and PlaceInQuotations reads the rest by
// paragraph.
bool QuotationsStandAlone(const CodePoints& points, std::string_view sentence,
                          const Language& language) {
  int depth = 0;
  int lowest = 0;
  for (int32_t i = 0; i < points.size();) {
    depth += QuotationDirection(points.Next(&i));
    if (depth < lowest) lowest = depth;
  }
  const bool closes = lowest < 0;
  const bool opens = depth > lowest;
  if (closes && opens) return false;
  if (closes) return NamesSpeaker(sentence, QuotationPlace::kCloses, language);
  if (opens) return NamesSpeaker(sentence, QuotationPlace::kOpens, language);
  return NamesSpeaker(sentence, QuotationPlace::kOutside, language);
}

// Whether the text before `end`, its closing marks set aside (EndBeforeClosers), ends
// with a question mark, alone or followed by exclamation marks ("?!").
bool QuestionMarkBefore(const CodePoints& points, int32_t end) {
  while (end > 0) {
    const UChar32 c = points.Previous(&end);
    if (c == u'?' || c == u'？') return true;
    if (c != u'!') break;
  }
  return false;
}

}  // namespace

bool AsksQuestion(std::string_view sentence) {
  const CodePoints points(sentence);
  return QuestionMarkBefore(points, EndBeforeClosers(points));
}

// Whether `word` names a link in a web page's label between square brackets ("[LIRE
// AUSSI]", "[VIDÉO]", "[À LIRE]", "[READ MORE]"), in capitals. A teaser's rubric counts too
// ("[EXCLUSIF]", "[EN DIRECT]", "[ABONNÉS]"): it heads a headline of another page as the
// link's words do.
bool IsLinkLabelWord(std::string_view word) {
  const LabelWord role = ClassifyLabelWord(word);
  return role == LabelWord::kPointer || role == LabelWord::kQualifier || role == LabelWord::kRubric;
}

// Whether `sentence` holds a link label between square brackets, all its words in
// capitals and one of them IsLinkLabelWord's: a web page's link to another article,
// left inside a paragraph where cleaning, which removes spans from a paragraph's ends,
// cannot reach it. An acronym ("l'[OTAN]") or a mark ("[CONFIDENTIEL DÉFENSE]") in
// brackets is the writer's, as their insertions in lower case are ("[le président]").
bool HoldsLinkLabel(std::string_view sentence) {
  for (std::size_t open = sentence.find('['); open != std::string_view::npos;
       open = sentence.find('[', open + 1)) {
    const std::size_t close = sentence.find(']', open + 1);
    if (close == std::string_view::npos) return false;
    const std::string_view label = sentence.substr(open + 1, close - open - 1);
    bool capitals = true;
    bool link = false;
    const CodePoints points(label);
    int32_t word_start = 0;
    int32_t i = 0;
    while (capitals && i < points.size()) {
      const int32_t at = i;
      const UChar32 c = points.Next(&i);
      const bool separator = IsSpace(c) || c == '-' || c == '\'' || c == 0x2019;
      if (!separator && !u_isupper(c)) capitals = false;
      if (separator || i == points.size()) {
        const int32_t word_end = separator ? at : i;
        link =
            link || IsLinkLabelWord(label.substr(static_cast<std::size_t>(word_start),
                                                 static_cast<std::size_t>(word_end - word_start)));
        word_start = i;
      }
    }
    if (capitals && link) return true;
  }
  return false;
}

namespace {

// `text` past the number of a list's item that opens it ("2. Il remplace les accords de
// 1961."): the item's words are what lean on an earlier sentence or not.
std::string_view PastListNumber(std::string_view text) {
  std::size_t digits = 0;
  while (digits < text.size() && digits < 4 && IsAsciiDigit(text[digits])) ++digits;
  if (digits == 0 || digits > 3 || digits + 1 >= text.size()) return text;
  if (text[digits] != '.' && text[digits] != ')') return text;
  std::size_t i = digits + 1;
  if (text[i] != ' ') return text;
  while (i < text.size() && text[i] == ' ') ++i;
  return text.substr(i);
}

}  // namespace

std::string WhyNotStandAlone(std::string_view sentence, const Language& language) {
  // No sentence worth quoting is this long; ICU's macros index with int32_t.
  if (sentence.empty()) return "no text";
  if (sentence.size() > static_cast<std::size_t>(std::numeric_limits<int32_t>::max())) {
    return "over 2 GiB long";
  }
  const CodePoints points(sentence);

  // A line of digits, symbols or emoji says nothing by itself.
  bool has_letter = false;
  for (int32_t i = 0; i < points.size() && !has_letter;) {
    const UChar32 c = points.Next(&i);
    has_letter = c >= 0 && u_isalpha(c);
  }
  if (!has_letter) return "no letter";
  // A pointer to elsewhere in the paper ("(lire aussi page 4)", "(voir encadré)") too: the
  // summary quotes the sentence without the page it points to.
  if (HoldsLinkLabel(sentence) || HoldsCrossReference(sentence)) {
    return "holds a link to another article, in brackets";
  }
  if (!QuotationsStandAlone(points, sentence, language)) {
    return "a quotation that does not say who speaks";
  }
  if (PresentsInterview(sentence, language)) return "presents an interview";

  // The start: the first code point, then the first one after opening marks.
  int32_t body = 0;
  if (IsClosing(points.Next(&body))) return "starts with a closing mark";
  body = 0;
  for (int32_t i = 0; i < points.size();) {
    const UChar32 c = points.Next(&i);
    if (!IsSpace(c) && !IsOpening(c)) break;
    body = i;
  }
  const std::string_view rest = sentence.substr(static_cast<std::size_t>(body));
  if (rest.empty()) return "no text after its opening marks";
  if (StartsWithEllipsis(rest)) return "starts with an ellipsis";
  int32_t first_index = body;
  const UChar32 first = points.Next(&first_index);
  if (first >= 0 && u_islower(first)) return "starts in lower case";
  // A piece cut from a sentence too long to keep whole, inside a letter's marks.
  if (first >= 0 && ExtendsCharacter(first)) return "starts inside a character";
  if (OpensTimelineEntry(rest)) return "an entry of a chronology";
  if (OpensRankedEntry(rest)) return "an entry of a results list";
  if (OpensLabelledList(rest)) return "a line of a fact box: a label and its list";

  // The end: a colon announces what follows.
  int32_t end = points.size();
  while (end > 0) {
    int32_t before = end;
    if (!IsSpace(points.Previous(&before))) break;
    end = before;
  }
  int32_t last_index = end;
  if (end > 0 && points.Previous(&last_index) == u':') return "ends with a colon";
  // A sentence that trails off ("Comité de soutien, vidéos, produits dérivés...",
  // "Tous sauf…") is a teaser or a cut quotation: the reader is left waiting.
  end = EndBeforeClosers(points);
  if (EndsWithEllipsis(sentence.substr(0, static_cast<std::size_t>(end)))) {
    return "trails off with an ellipsis";
  }
  if (QuestionMarkBefore(points, end)) return "a question";

  const std::string key = OpeningKey(PastListNumber(rest));
  const std::string_view link = MatchOpener(key, language.link_openers);
  if (!link.empty()) return "opens with \"" + std::string(link) + "\", a link to another article";
  const std::string_view announcing = MatchOpener(key, language.announcing_openers);
  if (!announcing.empty()) {
    return "opens with \"" + std::string(announcing) + "\", which announces what follows";
  }
  if (StartsWithOpener(key, language.opener_exceptions)) return {};
  std::string_view opener = MatchOpener(key, language.dangling_openers);
  if (opener.empty()) opener = MatchInvertingOpener(key, language.inverting_openers);
  if (!opener.empty()) return "opens with \"" + std::string(opener) + "\", which points back";
  const std::string_view words = PastListNumber(rest);
  const std::string copula = CopulaWithoutCleft(words, language);
  if (!copula.empty()) {
    return "opens with \"" + copula + "\" without a cleft's \"qui\" or \"que\", which points back";
  }
  const std::string connective = ConnectiveAfterSubject(words, language);
  if (!connective.empty()) return "\"" + connective + "\" after the subject, which points back";
  const std::string fronted = FrontedPhrasePointsBack(words, language);
  if (!fronted.empty()) return "opens with \"" + fronted + "\", which points back";
  // Room for a fronted phrase of kMaxFrontedWords, the pronoun and its longest exception.
  const std::string long_key = OpeningKey(PastListNumber(rest), 192);
  std::string_view phrase;
  const std::string_view fronted_subject = FrontedSubject(long_key, language, &phrase);
  // An incise that names its speaker names who the pronoun's words are given to ("En
  // 2000, il avait dit : « ... », a rappelé le Kremlin."); "a-t-il dit" names nobody.
  if (!fronted_subject.empty() && PronounInLowerCase(PastListNumber(rest)) &&
      !HoldsIncise(sentence, language.reporting_verbs, kNamingIncise)) {
    return "\"" + std::string(fronted_subject) + "\" after \"" + std::string(phrase) +
           ",\", which points back";
  }
  return {};
}

bool CanStandAlone(std::string_view sentence, const Language& language) {
  return WhyNotStandAlone(sentence, language).empty();
}

}  // namespace precis
