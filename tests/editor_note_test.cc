// Tests for editor_note.h's StandsBetweenSentences, which page_aside.cc shares: the white
// space it sets aside before `at`.
#include "editor_note.h"

#include <catch2/catch.hpp>
#include <string>

namespace precis {
namespace {

TEST_CASE("StandsBetweenSentences: blanks and line breaks after a stop, a form feed not",
          "[editor_note]") {
  auto [before, expected] = GENERATE(table<std::string, bool>({
      {"", true},
      {" \t\n", true},
      {"The rally ended.", true},
      {"The rally ended. ", true},
      {"The rally ended.\r\n\t", true},
      {"The rally ended.\u00BB ", true},
      {"The rally ended\u2026\n", true},
      {"The rally ended.\f", false},
      {"The rally ended.\v", false},
      {"The rally ended.\u00A0", false},
      {"The rally ended. \f ", false},
      {"a rally ", false},
  }));
  CAPTURE(before);
  const std::string text = before + "(MORE)";
  CHECK(StandsBetweenSentences(text, {0, text.size()}, before.size()) == expected);
  CHECK(FindEditorNotes(text, {0, text.size()}).size() == (expected ? 1u : 0u));
}

}  // namespace
}  // namespace precis
