// Stage 4, part of tokenize: the words of plain Latin text, found without ICU.
//
//   std::vector<SimpleWord> words;
//   SimpleWords("L’Élysée a confirmé « la visite » de 2024.", &words);  // true:
//   //   "L’Élysée" "a" "confirmé" "la" "visite" "de" "2024" (a number)
//   SimpleWords("Le G7 a 3,5 % de plus.", &words);                       // false
//
// ICU's word BreakIterator (UAX #29) is the costliest step of tokenizing, and most of
// what it reads is plain: ASCII and Latin-1 letters, digits, spaces and common
// punctuation. There its rules come down to this: a word is a run of letters or a run of
// digits, and an apostrophe (' or ’) between two letters joins them ("l'homme",
// "aujourd’hui"); everything else separates words and is not one. SimpleWords applies
// exactly that, and declines (returns false) wherever more rules could apply, so that
// the tokenizer asks ICU instead:
//   - a period, comma, semicolon or colon between two letters or digits ("U.S",
//     "6.700", "3,5", "10:30"), which UAX #29 may join;
//   - letters touching digits ("G7", "1er", "XXIe"), which it joins;
//   - an apostrophe between a letter and a digit or another apostrophe;
//   - any other character: combining marks, U+202F, '_', '@', '#', symbols, emoji,
//     other scripts, Latin letters past Latin-1 (but Œ, œ and Ÿ).
// tokenize_test checks that on every text where it does not decline, it finds ICU's
// words, neither more nor fewer, with ICU's numbers.
#ifndef PRECIS_SRC_SIMPLE_WORDS_H_
#define PRECIS_SRC_SIMPLE_WORDS_H_

#include <cstddef>
#include <string_view>
#include <vector>

namespace precis {

struct SimpleWord {
  std::size_t begin = 0;  // byte offset in the text
  std::size_t size = 0;   // bytes
  bool number = false;    // digits only (ICU's UBRK_WORD_NUMBER), else letters
};

// Replaces `*words` with the words of `text` (UTF-8) in order and returns true, or
// returns false, leaving `*words` unspecified, when `text` needs ICU (see above).
// Linear in the size of the text; stops at the first character it declines.
bool SimpleWords(std::string_view text, std::vector<SimpleWord>* words);

}  // namespace precis

#endif  // PRECIS_SRC_SIMPLE_WORDS_H_
