#include "incise.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstdint>
#include <limits>

#include "affix.h"
#include "clean_pattern_tables.h"
#include "code_point.h"
#include "utf8.h"

namespace precis {
namespace {

// The auxiliaries of the passé composé and the plus-que-parfait: "a déclaré", "avaient dit".
bool IsAuxiliary(const std::string& word) {
  return word == "a" || word == "ont" || word == "avait" || word == "avaient";
}

// The pronouns an inverted incise puts after its verb or before its participle: "a-t-elle
// précisé", "ajoute-t-il", "a-t-on dit".
bool IsInvertedPronoun(const std::string& word) {
  return word == "il" || word == "elle" || word == "ils" || word == "elles" || word == "on";
}

// Whether `word` opens the subject put after a verb of saying: a determiner, a pronoun
// or a name ("lance le site", "estime Séoul", "said the minister"). "écrit chaque matin
// par la rédaction" is a participle, not the story reporting the page's words.
bool OpensSubject(const std::string& word) {
  static const std::unordered_set<std::string>& kOpeners =
      *new std::unordered_set<std::string>(SubjectOpeners({"du"}));
  if (kOpeners.count(word) > 0) return true;
  return (!word.empty() && u_isupper(CodePointAt(word, 0).c)) || ElidedArticleSize(word) > 0;
}

// A past participle by its form: "exhorté", "dit", "écrit"; "été" opens a passive ("a
// été pensée pour vous"), which says nothing.
bool IsParticipleByForm(const std::string& word) {
  constexpr std::string_view kE = "é";
  const bool ends_e = word.size() > kE.size() && EndsWith(word, kE);
  return word != "été" && (ends_e || word == "dit" || word == "écrit");
}

// The verb, then its subject ("conseille l’administration fiscale", "a rappelé la
// CNIL"), joined ("ajoute-t-il") or before the participle ("a-t-elle précisé") when the
// reading takes a joined pronoun. "a" alone may be the English article: its participle
// is what makes it an auxiliary.
bool VerbThenSubject(const std::vector<std::string>& words, const WordSet& verbs,
                     const InciseReading& reading) {
  const auto is_participle = [&](const std::string& word) {
    return reading.participle_by_form ? IsParticipleByForm(word) : verbs.count(word) > 0;
  };
  // The subject at words[at], or past the "t" of "-t-" when the reading joins one.
  const auto subject_at = [&](std::size_t at) {
    if (reading.joined_pronoun && at < words.size() && words[at] == "t") ++at;
    return at < words.size() && OpensSubject(words[at]);
  };
  if (words.size() < 2) return false;
  if (!IsAuxiliary(words[0])) return verbs.count(words[0]) > 0 && subject_at(1);
  if (words.size() >= 3 && is_participle(words[1])) return subject_at(2);
  if (!reading.joined_pronoun) return false;
  // "a-t-elle précisé": the pronoun before the participle.
  const std::size_t k = words[1] == "t" ? 2 : 1;
  return k + 1 < words.size() && IsInvertedPronoun(words[k]) && is_participle(words[k + 1]);
}

// A subject's opener, then a verb of saying within a few words: "the company confirmed",
// "he said", "la direction précise".
bool SubjectThenVerb(const std::vector<std::string>& words, const WordSet& verbs) {
  constexpr std::size_t kMaxSubjectWords = 3;
  if (words.size() < 2 || !OpensSubject(words[0])) return false;
  for (std::size_t k = 1; k < words.size() && k <= kMaxSubjectWords; ++k) {
    if (verbs.count(words[k]) > 0) return true;
  }
  return false;
}

}  // namespace

bool IsIncise(const std::vector<std::string>& words, const WordSet& verbs,
              const InciseReading& reading) {
  if (words.size() < reading.min_words) return false;
  if (reading.max_words > 0 && words.size() > reading.max_words) return false;
  switch (reading.order) {
    case InciseOrder::kAnyVerb:
      return std::any_of(words.begin(), words.end(),
                         [&verbs](const std::string& w) { return verbs.count(w) > 0; });
    case InciseOrder::kVerbFirst:
      return VerbThenSubject(words, verbs, reading);
    case InciseOrder::kEitherOrder:
      return VerbThenSubject(words, verbs, reading) || SubjectThenVerb(words, verbs);
  }
  return false;
}

bool OpensOnPronounIncise(const std::vector<std::string>& words, const WordSet& verbs) {
  // "on" is impersonal ("a-t-on appris"): it points back at nobody.
  const auto pronoun = [&words](std::size_t k) {
    if (k >= words.size()) return false;
    const std::string& w = words[k];
    return (IsInvertedPronoun(w) && w != "on") || w == "he" || w == "she" || w == "they";
  };
  const auto verb = [&](std::size_t k) { return k < words.size() && verbs.count(words[k]) > 0; };
  const auto auxiliary = [&words](std::size_t k) {
    return k < words.size() && (IsAuxiliary(words[k]) || words[k] == "has" || words[k] == "had");
  };
  // The "t" of "a-t-il", "ajoute-t-elle".
  const std::size_t after_t = words.size() > 1 && words[1] == "t" ? 2 : 1;
  if (auxiliary(0)) return pronoun(after_t) && verb(after_t + 1);
  if (verb(0)) return pronoun(after_t);
  if (pronoun(0)) return verb(1) || (auxiliary(1) && verb(2));
  return false;
}

bool HoldsIncise(std::string_view sentence, const WordSet& verbs, const InciseReading& reading) {
  // ICU's macros index with int32_t; no sentence worth reading is this long.
  if (sentence.size() > static_cast<std::size_t>(std::numeric_limits<int32_t>::max())) {
    return false;
  }
  const char* data = sentence.data();
  const auto size = static_cast<int32_t>(sentence.size());
  bool after_comma = false;
  std::vector<std::string> clause;
  std::string word;
  const auto end_word = [&] {
    if (!word.empty()) clause.push_back(word);
    word.clear();
  };
  for (int32_t i = 0; i < size;) {
    UChar32 c;
    U8_NEXT(data, i, size, c);
    if (c >= 0 && u_isalpha(c)) {
      if (after_comma) AppendUtf8(u_foldCase(c, U_FOLD_CASE_DEFAULT), &word);
      continue;
    }
    end_word();
    if (c == u',') {
      if (after_comma && IsIncise(clause, verbs, reading)) return true;
      after_comma = true;
      clause.clear();
    }
  }
  end_word();
  return after_comma && IsIncise(clause, verbs, reading);
}

std::unordered_set<std::string> SubjectOpeners(std::initializer_list<const char*> extra) {
  std::unordered_set<std::string> words(extra.begin(), extra.end());
  for (const clean_rules::LanguageTable* table : {&clean_rules::kFrench, &clean_rules::kEnglish}) {
    words.insert(table->subject_pronouns.begin(), table->subject_pronouns.end());
    words.insert(table->determiners.begin(), table->determiners.end());
  }
  return words;
}

}  // namespace precis
