#include "porter_stemmer.h"

#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>

// Generated at build time from eval/data/*_exc.txt (cmake/EmbedText.cmake): the WordNet 2.0
// exception lists of ROUGE-1.5.5's data folder.
namespace precis::data {
extern const char k_adj_exc[];
extern const char k_adv_exc[];
extern const char k_noun_exc[];
extern const char k_verb_exc[];
}  // namespace precis::data

namespace precis::eval {
namespace {

// ROUGE-1.5.5's stemmer classifies letters with two regular expressions,
//   C = [^aeiou][^aeiouy]*   (a consonant run)     V = [aeiouy][aeiou]*   (a vowel run),
// so a 'y' is a vowel after a consonant and a consonant after a vowel, as in Porter (1980).
// The word's initial 'y' is upper-cased first, which makes it a consonant; every byte other
// than a, e, i, o, u, y (digits included) is a consonant.
bool IsAeiou(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }
bool IsAeiouy(char c) { return IsAeiou(c) || c == 'y'; }

// Porter's [C](VC)^m[V] form of `s`. With runs delimited as above the split is unique, so
// the script's patterns reduce to this count: m > 0 is "^(C)?VC", m > 1 is "^(C)?VCVC",
// m = 1 is "^(C)?VC(V)?$", and a vowel in the stem is "^(C)?[aeiouy]". (`s` never starts
// with a lowercase 'y', which would let the patterns read it either way.)
struct Form {
  int m = 0;
  bool has_vowel = false;
};

Form Measure(std::string_view s) {
  Form form;
  std::size_t i = 0;
  const std::size_t n = s.size();
  if (i < n && !IsAeiou(s[i])) {
    for (++i; i < n && !IsAeiouy(s[i]); ++i) {
    }
  }
  while (i < n) {  // s[i] opens a vowel run
    form.has_vowel = true;
    for (++i; i < n && IsAeiou(s[i]); ++i) {
    }
    if (i == n) break;
    for (++i; i < n && !IsAeiouy(s[i]); ++i) {  // s[i - 1] opened a consonant run
    }
    ++form.m;
  }
  return form;
}

// Porter's *o condition as the script writes it, "^C[aeiouy][^aeiouwxy]$": the whole stem is
// one consonant run, one vowel and one consonant other than w, x, y ("hop", "fil", "strap").
// Stricter than Porter's "ends with cvc": the stem may not hold an earlier vowel.
bool IsShortSyllable(std::string_view s) {
  const std::size_t n = s.size();
  if (n < 3 || IsAeiou(s[0])) return false;
  for (std::size_t i = 1; i + 2 < n; ++i) {
    if (IsAeiouy(s[i])) return false;
  }
  const char last = s[n - 1];
  return IsAeiouy(s[n - 2]) && !IsAeiou(last) && last != 'w' && last != 'x' && last != 'y';
}

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

struct Rule {
  std::string_view suffix;
  std::string_view replacement;
};

// The script tests each step's suffixes as one alternation anchored at the end; the regex
// engine reports the leftmost match, that is the longest listed suffix, and a failed
// measure test does not fall back to a shorter one.
template <std::size_t N>
const Rule* LongestSuffix(std::string_view word, const std::array<Rule, N>& rules) {
  const Rule* best = nullptr;
  for (const Rule& rule : rules) {
    if (EndsWith(word, rule.suffix) &&
        (best == nullptr || rule.suffix.size() > best->suffix.size())) {
      best = &rule;
    }
  }
  return best;
}

constexpr std::array<Rule, 21> kStep2 = {{
    {"ational", "ate"}, {"tional", "tion"}, {"enci", "ence"}, {"anci", "ance"}, {"izer", "ize"},
    {"bli", "ble"},     {"alli", "al"},     {"entli", "ent"}, {"eli", "e"},     {"ousli", "ous"},
    {"ization", "ize"}, {"ation", "ate"},   {"ator", "ate"},  {"alism", "al"},  {"iveness", "ive"},
    {"fulness", "ful"}, {"ousness", "ous"}, {"aliti", "al"},  {"iviti", "ive"}, {"biliti", "ble"},
    {"logi", "log"},
}};

constexpr std::array<Rule, 7> kStep3 = {{
    {"icate", "ic"},
    {"ative", ""},
    {"alize", "al"},
    {"iciti", "ic"},
    {"ical", "ic"},
    {"ful", ""},
    {"ness", ""},
}};

constexpr std::array<Rule, 16> kStep4 = {{
    {"al", ""},
    {"ance", ""},
    {"ence", ""},
    {"er", ""},
    {"ic", ""},
    {"able", ""},
    {"ible", ""},
    {"ant", ""},
    {"ement", ""},
    {"ou", ""},
    {"ism", ""},
    {"ate", ""},
    {"iti", ""},
    {"ous", ""},
    {"ive", ""},
    {"ize", ""},
}};

// Replaces the longest suffix of `rules` when what precedes it has m >= min_m.
template <std::size_t N>
void ApplyRules(std::string& w, const std::array<Rule, N>& rules, int min_m) {
  const Rule* rule = LongestSuffix(w, rules);
  if (rule == nullptr) return;
  const std::size_t stem = w.size() - rule->suffix.size();
  if (Measure(std::string_view(w).substr(0, stem)).m >= min_m) {
    w.resize(stem);
    w += rule->replacement;
  }
}

// Strips `suffix` when it ends the word and what precedes it has m > 1. True when the word
// ends with `suffix`, stripped or not.
bool StripIfLong(std::string& w, std::string_view suffix) {
  if (!EndsWith(w, suffix)) return false;
  const std::size_t stem = w.size() - suffix.size();
  if (Measure(std::string_view(w).substr(0, stem)).m > 1) w.resize(stem);
  return true;
}

void Step1ab(std::string& w) {
  if (EndsWith(w, "sses") || EndsWith(w, "ies")) {
    w.resize(w.size() - 2);
  } else if (w.size() >= 2 && w.back() == 's' && w[w.size() - 2] != 's') {
    w.pop_back();
  }

  if (EndsWith(w, "eed")) {
    if (Measure(std::string_view(w).substr(0, w.size() - 3)).m > 0) w.pop_back();
    return;  // an "-eed" word never reaches the "-ed" rule, even when kept whole
  }
  std::size_t suffix = 0;
  if (EndsWith(w, "ed")) suffix = 2;
  if (EndsWith(w, "ing")) suffix = 3;
  if (suffix == 0 || !Measure(std::string_view(w).substr(0, w.size() - suffix)).has_vowel) {
    return;
  }
  w.resize(w.size() - suffix);
  const std::size_t n = w.size();
  if (EndsWith(w, "at") || EndsWith(w, "bl") || EndsWith(w, "iz")) {
    w += 'e';
  } else if (n >= 2 && w[n - 1] == w[n - 2] && !IsAeiouy(w[n - 1]) && w[n - 1] != 'l' &&
             w[n - 1] != 's' && w[n - 1] != 'z') {
    w.pop_back();  // "hopp" -> "hop", but "fall", "hiss", "fizz" stay
  } else if (IsShortSyllable(w)) {
    w += 'e';  // "fil" -> "file"
  }
}

void Step1c(std::string& w) {
  if (!w.empty() && w.back() == 'y' &&
      Measure(std::string_view(w).substr(0, w.size() - 1)).has_vowel) {
    w.back() = 'i';
  }
}

void Step4(std::string& w) {
  ApplyRules(w, kStep4, 2);
  // Lin's 2004 passes: each tests the word as the previous pass left it.
  StripIfLong(w, "ment");
  if (!StripIfLong(w, "ent") && (EndsWith(w, "sion") || EndsWith(w, "tion"))) {
    const std::size_t stem = w.size() - 3;  // "-ion" goes, its s or t stays
    if (Measure(std::string_view(w).substr(0, stem)).m > 1) w.resize(stem);
  }
}

void Step5(std::string& w) {
  if (!w.empty() && w.back() == 'e') {
    const std::string_view stem = std::string_view(w).substr(0, w.size() - 1);
    const Form form = Measure(stem);
    if (form.m > 1 || (form.m == 1 && !IsShortSyllable(stem))) w.pop_back();
  }
  if (EndsWith(w, "ll") && Measure(w).m > 1) w.pop_back();
}

using ExceptionTable = std::unordered_map<std::string_view, std::string_view>;

// Lines are "inflected base [base...]". Views point into the embedded texts, which live as
// long as the program.
void AddExceptions(const char* text, ExceptionTable& table) {
  std::string_view rest(text);
  constexpr std::string_view kBlanks = " \t\r\n\f\v";
  while (!rest.empty()) {
    const std::size_t eol = rest.find('\n');
    std::string_view line = rest.substr(0, eol);
    rest = eol == std::string_view::npos ? std::string_view() : rest.substr(eol + 1);
    const std::size_t key_begin = line.find_first_not_of(kBlanks);
    if (key_begin == std::string_view::npos) continue;
    line.remove_prefix(key_begin);
    const std::size_t key_end = line.find_first_of(kBlanks);
    if (key_end == std::string_view::npos) continue;
    const std::string_view key = line.substr(0, key_end);
    line.remove_prefix(key_end);
    const std::size_t base_begin = line.find_first_not_of(kBlanks);
    if (base_begin == std::string_view::npos) continue;
    line.remove_prefix(base_begin);
    table.insert_or_assign(key, line.substr(0, line.find_first_of(kBlanks)));
  }
}

ExceptionTable BuildExceptions() {
  ExceptionTable table;
  table.reserve(8192);
  // The order decides the words listed twice: "best" and "better" (adj: good, adv: well)
  // and "testes" (noun: testis, verb: testes). The shipped database was built in directory
  // order, which is not recorded; alphabetical order, which gives "well", is the one that
  // reproduces the DUC 2004 figures (with "good" one ROUGE-1 recall differs).
  for (const char* text : {data::k_adj_exc, data::k_adv_exc, data::k_noun_exc, data::k_verb_exc}) {
    AddExceptions(text, table);
  }
  return table;
}

const ExceptionTable& Exceptions() {
  static const ExceptionTable table = BuildExceptions();  // thread-safe initialization
  return table;
}

}  // namespace

std::string PorterStem(std::string_view word) {
  std::string w(word);
  if (w.size() < 3) return w;
  const bool initial_y = w[0] == 'y';
  if (initial_y) w[0] = 'Y';

  Step1ab(w);
  Step1c(w);
  ApplyRules(w, kStep2, 1);
  ApplyRules(w, kStep3, 1);
  Step4(w);
  Step5(w);

  if (initial_y && !w.empty()) w[0] = 'y';
  return w;
}

std::string_view WordNetException(std::string_view word) {
  const ExceptionTable& table = Exceptions();
  const auto it = table.find(word);
  return it == table.end() ? std::string_view() : it->second;
}

std::string Rouge155Stem(std::string_view token) {
  if (token.size() <= 3) return std::string(token);
  const std::string_view base = WordNetException(token);
  if (!base.empty()) return std::string(base);
  return PorterStem(token);
}

}  // namespace precis::eval
