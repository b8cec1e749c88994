// Walking the words of a sentence with the quotation marks around them, for the tests that
// ask who speaks: "je" outside the marks, a speaker's label.
#ifndef PRECIS_SRC_WORD_WALK_H_
#define PRECIS_SRC_WORD_WALK_H_

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <cstdint>
#include <string>
#include <string_view>

#include "quotation_context.h"
#include "utf8.h"

namespace precis {

// A run of letters (u_isalpha) of a text, as WalkWords gives it.
struct WalkedWord {
  std::string folded;          // case-folded (U_FOLD_CASE_DEFAULT) UTF-8
  int32_t begin = 0;           // byte offset of its first letter
  bool capital_first = false;  // its first letter is upper or title case
  bool capital_later = false;  // a letter after the first is
  bool all_upper = true;       // every letter is upper case ("NOUS", "US")
  bool outside_quotes = true;  // it stands outside quotation marks, as `depth` follows them
  UChar32 next = -1;           // the code point after it; negative at the end or a bad byte
};

// Calls `visit(const WalkedWord&)` on each word of `text` in order until it returns true,
// and returns whether one did. `depth` follows the marks from word to word; a caller
// walking a paragraph's sentences passes the same one to carry a quotation across them.
// Linear in the text's length (its first 2 GiB, IcuLength).
template <typename Visit>
bool WalkWords(std::string_view text, QuotationDepth* depth, Visit&& visit) {
  const int32_t size = IcuLength(text);
  WalkedWord word;
  for (int32_t i = 0; i <= size;) {
    const int32_t at = i;
    UChar32 c = -1;
    if (i < size) {
      U8_NEXT(text.data(), i, size, c);
    } else {
      ++i;  // past the end: one last turn to end the last word
    }
    if (c >= 0 && u_isalpha(c)) {
      const bool capital = u_isupper(c) || u_istitle(c);
      if (word.folded.empty()) {
        word.begin = at;
        word.capital_first = capital;
        word.capital_later = false;
        word.all_upper = true;
        word.outside_quotes = depth->outside();
      } else {
        word.capital_later = word.capital_later || capital;
      }
      word.all_upper = word.all_upper && u_isupper(c);
      AppendUtf8(u_foldCase(c, U_FOLD_CASE_DEFAULT), &word.folded);
      continue;
    }
    if (!word.folded.empty()) {
      word.next = c;
      if (visit(static_cast<const WalkedWord&>(word))) return true;
      word.folded.clear();
    }
    if (c >= 0) depth->Pass(c);
  }
  return false;
}

}  // namespace precis

#endif  // PRECIS_SRC_WORD_WALK_H_
