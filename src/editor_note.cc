#include "editor_note.h"

#include <algorithm>
#include <array>
#include <string>

#include "affix.h"
#include "ascii.h"

namespace precis {
namespace {

// Longer than any note the wires write; a longer run of capitals is text set in capitals.
constexpr std::size_t kLongestNote = 120;

// The bytes of the note character at `i`, or 0: capitals, digits, their punctuation, the
// line breaks of a wrapped note and ’ (EDITOR’S NOTE).
std::size_t NoteCharacterBytes(std::string_view text, std::size_t i) {
  const char c = text[i];
  if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == ' ' || c == '.' || c == ',' ||
      c == ':' || c == ';' || c == '\'' || c == '-' || c == '&' || c == '\n' || c == '\r') {
    return 1;
  }
  return text.substr(i, 3) == "\u2019" ? 3 : 0;
}

// The words of a note's content, split at what is not a letter.
std::vector<std::string> Words(std::string_view content) {
  std::vector<std::string> words(1);
  for (const char c : content) {
    if (c >= 'A' && c <= 'Z') {
      words.back() += c;
    } else if (!words.back().empty()) {
      words.emplace_back();
    }
  }
  if (words.back().empty()) words.pop_back();
  return words;
}

// "(EDITORS: ...)", "(EDITOR'S NOTE: ...)", "(EDS: ...)": a word that names the editors marks
// a note only where the note opens with it, a colon or NOTE after it, as the wires write
// them; "(EDS, IBM AND UNISYS)" and "(EDITOR & PUBLISHER)" name companies.
bool OpensAsNoteToEditors(std::string_view content, const std::vector<std::string>& words) {
  const std::string& first = words[0];
  if (first != "EDITOR" && first != "EDITORS" && first != "EDS") return false;
  const std::size_t after = content.find_first_not_of(' ', content.find(first) + first.size());
  if (after != std::string_view::npos && content[after] == ':') return true;
  const auto end =
      words.begin() + static_cast<std::ptrdiff_t>(std::min<std::size_t>(3, words.size()));
  return std::find(words.begin(), end, "NOTE") != end;
}

bool IsNote(std::string_view content) {
  const std::vector<std::string> words = Words(content);
  if (words.empty()) return false;
  if (words.size() == 1) return words[0] == "MORE" || words[0] == "END" || words[0] == "ENDS";
  if (OpensAsNoteToEditors(content, words)) return true;
  if (std::find(words.begin(), words.end(), "TRIM") != words.end() ||
      std::find(words.begin(), words.end(), "OPTIONAL") != words.end()) {
    return true;
  }
  std::string spaced = " " + std::string(content) + " ";
  std::replace(spaced.begin(), spaced.end(), '\n', ' ');
  std::replace(spaced.begin(), spaced.end(), '\r', ' ');
  return spaced.find(" MATERIAL FOLLOWS") != std::string::npos ||
         spaced.find(" STORY CAN END") != std::string::npos;
}

}  // namespace

bool StandsBetweenSentences(std::string_view text, TextSpan span, std::size_t at) {
  std::size_t end = at;
  while (end > span.begin && IsAsciiBlankOrBreak(text[end - 1])) --end;
  std::string_view before = text.substr(span.begin, end - span.begin);
  if (before.empty()) return true;
  static constexpr std::array<std::string_view, 6> kClosers = {"\"",     ")",      "]",
                                                               "\u00BB", "\u201D", "\u2019"};
  for (const std::string_view closer : kClosers) {
    if (EndsWith(before, closer)) {
      before.remove_suffix(closer.size());
      break;
    }
  }
  return EndsWithAny(before, {".", "!", "?", "\u2026"});
}

std::vector<TextSpan> FindEditorNotes(std::string_view text, TextSpan span) {
  std::vector<TextSpan> notes;
  // Searched within the span only: a search to the text's end for each of its paragraphs
  // would be quadratic in a text of many paragraphs without a parenthesis.
  const std::string_view within = text.substr(0, span.end);
  std::size_t at = span.begin;
  while (at < span.end) {
    const std::size_t open = within.find('(', at);
    if (open == std::string_view::npos) break;
    std::size_t close = open + 1;
    while (close < span.end && close - open <= kLongestNote) {
      const std::size_t bytes = NoteCharacterBytes(text, close);
      if (bytes == 0) break;
      close += bytes;
    }
    if (close < span.end && text[close] == ')' && IsNote(text.substr(open + 1, close - open - 1)) &&
        StandsBetweenSentences(text, span, open)) {
      notes.push_back({open, close + 1});
      at = close + 1;
    } else {
      at = open + 1;
    }
  }
  return notes;
}

}  // namespace precis
