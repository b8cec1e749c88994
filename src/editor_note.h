// Wire services write notes to the editors into the copy itself, in capitals and in
// parentheses, where a paper may cut the story: "(OPTIONAL TRIM CAN BEGIN HERE)", "(STORY
// CAN END HERE. OPTIONAL MATERIAL FOLLOWS.)", "(MORE)". They stand in the middle of a
// paragraph, glued to the sentence after them, and no reader of the story sees them.
#ifndef PRECIS_SRC_EDITOR_NOTE_H_
#define PRECIS_SRC_EDITOR_NOTE_H_

#include <string_view>
#include <vector>

#include "clean.h"

namespace precis {

// The notes to editors in `span` of `text`, in order, each from its '(' to its ')'. A
// note is a parenthesis of upper-case ASCII words (and their punctuation, ’ and line
// breaks) that stands between sentences (first, or after a sentence's stop) and holds
// TRIM, OPTIONAL, "MATERIAL FOLLOWS" or "STORY CAN END", opens on EDITORS, EDITOR'S or EDS
// with a colon or NOTE after it, or is "(MORE)", "(END)" or "(ENDS)" alone. Acronyms and
// names in capitals, "(AFP)", "(NATO)", "(EDS, IBM AND UNISYS)", and capitals inside a
// sentence are not notes.
std::vector<TextSpan> FindEditorNotes(std::string_view text, TextSpan span);

// Whether text from `at` in `span` of `text` stands between sentences: first in the span,
// or after a sentence's stop (. ! ? …) and one closing quote or bracket, white space
// aside. Inside a sentence, "a rally (MORE) on Sunday", what stands there is the
// sentence's own. Linear in the white space before `at`.
bool StandsBetweenSentences(std::string_view text, TextSpan span, std::size_t at);

}  // namespace precis

#endif  // PRECIS_SRC_EDITOR_NOTE_H_
