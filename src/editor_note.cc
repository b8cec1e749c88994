#include "editor_note.h"

#include <algorithm>
#include <array>
#include <string>

namespace precis {
namespace {

// Longer than any note the wires write; a longer run of capitals is text set in capitals.
constexpr std::size_t kLongestNote = 120;

bool IsNoteCharacter(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == ' ' || c == '.' || c == ',' ||
         c == ':' || c == ';' || c == '\'' || c == '-' || c == '&';
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

bool IsNote(std::string_view content) {
  const std::vector<std::string> words = Words(content);
  if (words.empty()) return false;
  if (words.size() == 1) return words[0] == "MORE" || words[0] == "END" || words[0] == "ENDS";
  static constexpr std::array<std::string_view, 5> kMarks = {"TRIM", "OPTIONAL", "EDITOR",
                                                             "EDITORS", "EDS"};
  for (const std::string& word : words) {
    if (std::find(kMarks.begin(), kMarks.end(), word) != kMarks.end()) return true;
  }
  const std::string spaced = " " + std::string(content) + " ";
  return spaced.find(" MATERIAL FOLLOWS") != std::string::npos ||
         spaced.find(" STORY CAN END") != std::string::npos;
}

}  // namespace

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
    while (close < span.end && close - open <= kLongestNote && IsNoteCharacter(text[close])) {
      ++close;
    }
    if (close < span.end && text[close] == ')' && IsNote(text.substr(open + 1, close - open - 1))) {
      notes.push_back({open, close + 1});
      at = close + 1;
    } else {
      at = open + 1;
    }
  }
  return notes;
}

}  // namespace precis
