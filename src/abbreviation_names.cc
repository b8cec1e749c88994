#include "abbreviation_names.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstdint>


namespace precis {
namespace {

struct Letter {
  UChar32 c = U_SENTINEL;
  std::size_t size = 0;  // 0: not a letter
};

// The letter that starts at text[i]: a name's other word may be "Ngô", and "Sen’s" ends
// the listed word at its apostrophe.
Letter LetterAt(std::string_view text, std::size_t i) {
  const auto* s = reinterpret_cast<const uint8_t*>(text.data() + i);
  const int32_t length = static_cast<int32_t>(std::min<std::size_t>(4, text.size() - i));
  int32_t k = 0;
  UChar32 c = 0;
  U8_NEXT(s, k, length, c);
  if (c < 0 || !u_isalpha(c)) return {};
  return {c, static_cast<std::size_t>(k)};
}

// The letter that ends at text[i], i > 0.
Letter LetterBefore(std::string_view text, std::size_t i) {
  const std::size_t low = i >= 4 ? i - 4 : 0;
  const auto* s = reinterpret_cast<const uint8_t*>(text.data() + low);
  int32_t k = static_cast<int32_t>(i - low);
  UChar32 c = 0;
  U8_PREV(s, 0, k, c);
  if (c < 0 || !u_isalpha(c)) return {};
  return {c, i - low - static_cast<std::size_t>(k)};
}

// Where the run of letters that ends at text[end] begins.
std::size_t WordStart(std::string_view text, std::size_t end) {
  std::size_t start = end;
  for (Letter l; start > 0 && (l = LetterBefore(text, start)).size != 0;) start -= l.size;
  return start;
}

// The word that ends one space before text[begin], when it is capitalized within a
// sentence; empty otherwise. A sentence's first word is capitalized whatever it is
// ("Selon Mme Dupont", where French writes its titles without a period), so it is no
// evidence.
std::string_view CapitalizedWordBefore(std::string_view text, std::size_t begin) {
  if (begin < 2 || text[begin - 1] != ' ') return {};
  const std::size_t start = WordStart(text, begin - 1);
  if (start == begin - 1 || !u_isupper(LetterAt(text, start).c)) return {};
  if (start < 2 || text[start - 1] != ' ') return {};
  const char previous = text[start - 2];
  if (previous == '.' || previous == '!' || previous == '?' || previous == ':') return {};
  return text.substr(start, begin - 1 - start);
}

std::string NameOf(std::string_view before, std::string_view word) {
  std::string name(before);
  name += ' ';
  name += word;
  return name;
}

bool IsAsciiUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsAsciiLetter(char c) { return IsAsciiUpper(c) || (c >= 'a' && c <= 'z'); }

}  // namespace

AbbreviationNames::AbbreviationNames(std::string_view text,
                                     const std::vector<std::string>& abbreviations)
    : text_(text), abbreviations_(abbreviations) {}

bool AbbreviationNames::IsListedName(std::string_view word) const {
  // "U.S." and "vs." are no one's name.
  if (word.empty() || !IsAsciiUpper(word[0]) ||
      !std::all_of(word.begin(), word.end(), IsAsciiLetter)) {
    return false;
  }
  return std::any_of(abbreviations_.begin(), abbreviations_.end(), [&](const std::string& a) {
    return a.size() == word.size() + 1 && a.back() == '.' && a.compare(0, word.size(), word) == 0;
  });
}

void AbbreviationNames::Read() {
  read_ = true;
  for (std::size_t i = 0; i < text_.size();) {
    const Letter first = LetterAt(text_, i);
    if (first.size == 0) {
      ++i;
      continue;
    }
    std::size_t end = i + first.size;
    for (Letter l; end < text_.size() && (l = LetterAt(text_, end)).size != 0;) end += l.size;
    const std::string_view word = text_.substr(i, end - i);
    if ((end == text_.size() || text_[end] != '.') && IsListedName(word)) {
      const std::string_view before = CapitalizedWordBefore(text_, i);
      if (!before.empty()) names_.push_back(NameOf(before, word));
    }
    i = end;
  }
  std::sort(names_.begin(), names_.end());
  names_.erase(std::unique(names_.begin(), names_.end()), names_.end());
}

bool AbbreviationNames::EndsName(std::size_t period) {
  if (period >= text_.size() || text_[period] != '.') return false;
  const std::size_t begin = WordStart(text_, period);
  const std::string_view word = text_.substr(begin, period - begin);
  if (!IsListedName(word)) return false;
  const std::string_view before = CapitalizedWordBefore(text_, begin);
  if (before.empty()) return false;
  if (!read_) Read();
  return std::binary_search(names_.begin(), names_.end(), NameOf(before, word));
}

}  // namespace precis
