// Names that end on a word a language lists as an abbreviation: "Hun Sen", "Amartya Sen".
#ifndef PRECIS_SRC_ABBREVIATION_NAMES_H_
#define PRECIS_SRC_ABBREVIATION_NAMES_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace precis {

// A listed title is written with its period ("Sen. Sam Nunn"), so a document that also
// writes "Hun Sen said" or "Hun Sen's" uses the word as a name, and in "strongman Hun Sen.
// Sam Rainsy left" that period ends a sentence even before a name. The evidence is the
// word before the abbreviation as well: "Republican Sen. John McCain" stays one sentence
// in a document about Hun Sen. The document is read on the first question only, as most
// never hold a listed word before a break; then each question costs a lookup.
// Not thread-safe (the first question fills it); one per document.
class AbbreviationNames {
 public:
  // `text` is the whole document; `abbreviations` are SentenceRules::abbreviations
  // ("Sen.", "Gen."), of which the capitalized words with one period, at their end, can
  // be names. Both must outlive this.
  AbbreviationNames(std::string_view text, const std::vector<std::string>& abbreviations);

  // Whether the word that ends at text[period] == '.' and the capitalized word before it,
  // one space apart, are written elsewhere in the text without that period, as a name.
  bool EndsName(std::size_t period);

 private:
  // Whether `word` ("Sen") followed by a period is listed, and could be a name.
  bool IsListedName(std::string_view word) const;
  void Read();

  std::string_view text_;
  const std::vector<std::string>& abbreviations_;
  std::vector<std::string> names_;  // "Hun Sen", sorted; filled by Read()
  bool read_ = false;
};

}  // namespace precis

#endif  // PRECIS_SRC_ABBREVIATION_NAMES_H_
