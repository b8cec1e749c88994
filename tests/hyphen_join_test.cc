#include "hyphen_join.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

namespace precis {
namespace {

// `text` without the bytes DroppedHyphens drops: what the stages read.
std::string Joined(const std::string& text) {
  std::string joined;
  std::size_t from = 0;
  for (const ByteRange& range : DroppedHyphens(text)) {
    REQUIRE(from <= range.begin);
    REQUIRE(range.begin < range.end);
    REQUIRE(range.end <= text.size());
    joined.append(text, from, range.begin - from);
    from = range.end;
  }
  joined.append(text, from, std::string::npos);
  return joined;
}

// Lines that show a document cut at syllables: two line ends on a hyphen before a
// lower-case word it never writes whole.
const std::string kTypeset =
    "Le pacte qui pr\u00e9-\nvoit une aide vaut 34,4 mil-\nlions de dollars.\n\n";

TEST_CASE("The example of hyphen_join.h holds", "[hyphen_join]") {
  const LineEndHyphens hyphens({"Le gouverne-", "ment a tranché.", "Le gouvernement..."});
  CHECK(hyphens.JoinAt("Le gouverne-", "ment a tranché.") == HyphenJoin::kDrop);
  CHECK(DroppedHyphens("le gouverne-\nment, le gouvernement\n") ==
        std::vector<ByteRange>{{11, 13}});
}

TEST_CASE("A word cut at a line end joins without its hyphen when the text shows a cut",
          "[hyphen_join]") {
  const auto [text, joined] = GENERATE(table<std::string, std::string>({
      // The document writes the word whole elsewhere.
      {"Le gouverne-\nment a tranché. Le gouvernement se tait.\n",
       "Le gouvernement a tranché. Le gouvernement se tait.\n"},
      {"Le «\u00A0gouverne-\nment\u00A0» a tranché, dit «\u202Fgouvernement\u202F».\n",
       "Le «\u00A0gouvernement\u00A0» a tranché, dit «\u202Fgouvernement\u202F».\n"},
      {"Les États-\nUnis et l’adminis-\ntration Biden ; l’administration répond.\n",
       "Les États-\nUnis et l’administration Biden ; l’administration répond.\n"},
      {"Le pr\u00e9si-\ndent a parl\u00e9 au pr\u00e9sident cor\u00e9en.\n",
       "Le pr\u00e9sident a parl\u00e9 au pr\u00e9sident cor\u00e9en.\n"},
      // The document cuts at syllables: many lines end on a hyphen before a lower-case
      // word.
      {kTypeset, "Le pacte qui pr\u00e9voit une aide vaut 34,4 millions de dollars.\n\n"},
      {kTypeset + "Le gouverne-\nment a tranché.\n",
       "Le pacte qui pr\u00e9voit une aide vaut 34,4 millions de dollars.\n\n"
       "Le gouvernement a tranché.\n"},
      // A soft hyphen is a cut, whatever the rest says, with the hyphen Chromium prints
      // after it or not.
      {"Le gouverne\u00AD\nment a tranché.\n", "Le gouvernement a tranché.\n"},
      {"Le gouverne\u00AD\u2010\nment a tranché.\n", "Le gouvernement a tranché.\n"},
      // U+2010 HYPHEN is a hyphen as '-' is.
      {"Le gouverne\u2010\nment a tranché. Le gouvernement se tait.\n",
       "Le gouvernement a tranché. Le gouvernement se tait.\n"},
      // The next line's indent and a mail's quote marks go with the break.
      {"> Le gouverne-\n>    ment a tranché. Le gouvernement se tait.\n",
       "> Le gouvernement a tranché. Le gouvernement se tait.\n"},
      {"  Le gouverne-\n\tment a tranché. Le gouvernement se tait.\n",
       "  Le gouvernement a tranché. Le gouvernement se tait.\n"},
  }));
  CAPTURE(text);
  CHECK(Joined(text) == joined);
}

TEST_CASE("A compound's hyphen and a dash at a line end stay", "[hyphen_join]") {
  // Each text after kTypeset when `typeset`: on a page that cuts at syllables too.
  const auto [typeset, text] = GENERATE(table<bool, std::string>({
      // Nothing tells a cut: a mail wrapper breaks at a compound's hyphen, never in a word.
      {false, "Le gouverne-\nment a tranché.\n"},
      // Compounds.
      {true, "Les États-\nUnis ont répondu.\n"},
      {true, "Le porte-\nparole a répondu.\n"},
      {true, "Le porte\u2010\nparole a répondu.\n"},
      {true, "Le dirigeant nord-\ncoréen a répondu.\n"},
      {true, "Il viendra peut-\nêtre demain.\n"},
      {true, "Jean-\nPierre Raffarin a répondu.\n"},
      {true, "L’Extrême-\nOrient russe.\n"},
      {true, "Il y a vingt-\ncinq ans.\n"},
      {true, "Il y a quatre-\nvingts ans.\n"},
      // After an elided article, and the heads news writes most (an adversarial test got
      // "l’exministre", "francoallemand", "centreville", "weekend").
      {true, "Selon l’ex-\nministre de la Défense.\n"},
      {true, "Le groupe franco-\nallemand a répondu.\n"},
      {true, "Le gouvernement néo-\ncalédonien a répondu.\n"},
      {true, "Les commerces du centre-\nville ferment.\n"},
      {true, "Le chef-\nlieu du département.\n"},
      {true, "Un accord de libre-\néchange a été signé.\n"},
      {true, "Il reviendra le week-\nend prochain.\n"},
      // The document writes the hyphenated form.
      {true, "Une crème anti-\nrides, la seule crème anti-rides.\n"},
      // Dashes, not a word's hyphen.
      {true, "Il a dit -\nrien de plus.\n"},
      {true, "Il a dit --\nrien de plus.\n"},
      {true, "Il a dit--\nrien de plus.\n"},
      {true, "Il a dit\u00A0\u2013\nrien de plus.\n"},
      {true, "Il a dit \u2014\nrien de plus.\n"},
      // A hyphen before a blank line, a digit or the end.
      {true, "Le gouverne-\n\nment a tranché.\n"},
      {true, "De 1939-\n1945, le gouvernement.\n"},
      {true, "Le gouverne-\n"},
      // Spaces after the hyphen: no word goes on across the break.
      {true, "Le gouverne- \nment a tranché.\n"},
  }));
  CAPTURE(typeset, text);
  if (typeset) {
    CHECK(Joined(kTypeset + text) == Joined(kTypeset) + text);
  } else {
    CHECK(DroppedHyphens(text).empty());
  }
}

TEST_CASE("Line-end hyphens of a document without any are no cuts", "[hyphen_join]") {
  const LineEndHyphens hyphens({"Le pacte.", "Une aide."});
  CHECK_FALSE(hyphens.cuts_at_syllables());
  CHECK(hyphens.JoinAt("Le pacte.", "Une aide.") == HyphenJoin::kNone);
  CHECK(hyphens.JoinAt("Le porte-", "parole") == HyphenJoin::kKeep);
  CHECK(hyphens.JoinAt("Le gouverne\u00AD", "ment") == HyphenJoin::kDrop);
  CHECK(hyphens.JoinAt("Le gouverne\u00AD\u2010", "ment") == HyphenJoin::kDrop);
  CHECK(hyphens.JoinAt("Le porte\u2010", "parole") == HyphenJoin::kKeep);
  CHECK(DroppedHyphens("").empty());
}

}  // namespace
}  // namespace precis
