// What the clean stage measures of a paragraph before any pattern runs: its shape
// (length, case, final punctuation, quotes), its span without surrounding white space,
// and the key two copies of one line share. Shared by clean.cc (repeats across
// documents) and clean_patterns.cc (the per-paragraph rules).
#ifndef PRECIS_SRC_PARAGRAPH_SHAPE_H_
#define PRECIS_SRC_PARAGRAPH_SHAPE_H_

#include <unicode/umachine.h>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "clean.h"

namespace precis::clean_rules {

// What a paragraph looks like, measured once on its UTF-8 text.
struct Shape {
  std::size_t words = 0;       // runs of non-white-space
  bool ends_sentence = false;  // ends with . ! ? or …, closing quotes, brackets and
                               // pictographs aside ("députés. 😀", decoration.h)
  bool ends_colon = false;     // ends with ':', closing quotes and brackets aside
  bool ends_comma = false;     // ends with ',' or ';': the sentence goes on
  bool first_lower = false;    // its first character is a lower-case letter
  bool first_upper = false;    // its first letter, past opening quotes, is upper-case
  bool first_digit = false;    // its first letter or digit, past opening quotes, is a digit
  bool has_letter = false;     // it has a letter or a digit at all
  bool has_lower = false;      // it has a lower-case letter: not an all-caps line
  bool has_quote = false;      // « » " “ ”: somebody is quoted
  // No final punctuation at all: a title, a heading, a link text.
  bool headline() const { return has_letter && !ends_sentence && !ends_colon && !ends_comma; }
};
Shape MeasureShape(std::string_view text);

// `span` of `text` without the white space around it (Unicode White_Space, so U+00A0 and
// U+202F too, and zero-width spaces).
TextSpan TrimSpan(std::string_view text, TextSpan span);

// The text reduced for comparison: letters and digits, case-folded, one space between
// words. Two lines with the same key say the same thing.
std::string MatchKey(std::string_view text);

// White space as the clean stage sees it: Unicode White_Space (U+00A0 and U+202F
// included) and the zero-width characters that scraped pages leave between words.
bool IsSpace(UChar32 c);
// What may open a sentence before its first word: quotes, brackets, dashes.
bool IsOpening(UChar32 c);

// Code points of a UTF-8 string; invalid bytes (there are none after load) read as U+FFFD.
std::vector<UChar32> CodePoints(std::string_view s);
std::string ToUtf8(const std::vector<UChar32>& cps);

}  // namespace precis::clean_rules

#endif  // PRECIS_SRC_PARAGRAPH_SHAPE_H_
