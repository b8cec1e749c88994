// HTML's character references ("&eacute;", "&#233;", "&#xE9;", "&AMP;") read as their
// characters, outside an HTML parser: in Markdown, which CommonMark lets use them, and in
// plain text that was escaped for a page on its way ("Standard &AMP; Poor's", "AT&amp;T",
// "l&#146;accord"), where a reader would see the character.
//
//   std::string text = "Standard &AMP; Poor&#39;s";
//   ReadCharacterReferences(&text).count == 2;  text == "Standard & Poor's";
#ifndef PRECIS_SRC_CHARACTER_REFERENCES_H_
#define PRECIS_SRC_CHARACTER_REFERENCES_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace precis {

// The longest reference read as one, "&" and ";" included; past it, "&" is text.
inline constexpr std::size_t kMaxCharacterReference = 40;

// Appends to `out` the character of `reference`, a whole "&...;": a name of HTML 4
// (libxml2's table, case as written: "&eacute;", "&nbsp;") or one that HTML5 adds
// (html_entities.h: "&AMP;", "&period;"), or a decimal or hexadecimal number, read as HTML
// reads it (0, a surrogate or past U+10FFFF is U+FFFD). False, and `out` unchanged, when
// it names no character.
bool AppendCharacterReference(std::string_view reference, std::string* out);

// Up to this many of the references replaced are named, so that a warning shows the ones
// the text holds.
inline constexpr std::size_t kMaxReferenceExamples = 3;

struct ReferencesRead {
  std::size_t count = 0;  // references replaced
  // The first kMaxReferenceExamples distinct references replaced, as written ("&#39;").
  std::vector<std::string> examples;
  bool more_kinds = false;  // others than `examples` were replaced too
};

// Replaces, in `text`, each reference that AppendCharacterReference reads; anything else
// that starts with "&" stays ("R&D", "&foo;", "& Co"). Linear: each "&" looks for its ";"
// no further than kMaxCharacterReference.
ReferencesRead ReadCharacterReferences(std::string* text);

}  // namespace precis

#endif  // PRECIS_SRC_CHARACTER_REFERENCES_H_
