// Part of load: a word cut by a hyphen at a line end, joined again.
//
//   LineEndHyphens hyphens({"Le gouverne-", "ment a tranché.", "Le gouvernement..."});
//   hyphens.JoinAt("Le gouverne-", "ment a tranché.") == HyphenJoin::kDrop;
//   DroppedHyphens("le gouverne-\nment, le gouvernement\n") == {{11, 13}};
//
// A line-end hyphen is either a cut at a syllable ("gouverne-" / "ment"), which goes when
// the lines join, or a compound's own hyphen split there ("porte-" / "parole"), which
// stays. Nothing in the hyphen tells which: the document does, by the words it writes
// whole elsewhere and by how often its lines end on a hyphen before a lower-case word.
// The PDF layout (pdf_layout.cc) and plain text (load.cc) ask the same questions here.
#ifndef PRECIS_SRC_HYPHEN_JOIN_H_
#define PRECIS_SRC_HYPHEN_JOIN_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace precis {

// What joining a line to the next does with a hyphen that ends it.
enum class HyphenJoin {
  kNone,  // no word's hyphen ends the line (none, a dash after a space, "--")
  kKeep,  // a compound's hyphen, or nothing says otherwise: "porte-parole"
  kDrop,  // a cut: "gouvernement"; a soft hyphen (U+00AD) always is
};

// The bytes of the hyphen that ends `line`, which a kDrop join drops: an ASCII hyphen,
// U+2010 HYPHEN, a soft hyphen, or a soft hyphen and the hyphen printed after it, as
// Chromium prints a word it cut at a soft hyphen ("environne\u00AD\u2010"); 0 for none.
std::size_t LineEndHyphenBytes(std::string_view line);

// One document's evidence. Holds the document's words, so it costs a set of strings the
// size of its vocabulary; not synchronized, but const calls may run on several threads.
class LineEndHyphens {
 public:
  // `lines`: the document's lines in order, each without its line break or indent; an
  // empty line stands for a paragraph break. The words are read off them (split at
  // spaces and tabs, without the punctuation around them), and each line ending on a
  // hyphen before the next is weighed as a cut (CutsAtSyllables). Linear in their size.
  explicit LineEndHyphens(const std::vector<std::string_view>& lines);

  // What joining `line` to `next` (the next line, without its indent) does with the
  // hyphen at the end of `line`. The hyphen goes when the document writes the joined word
  // elsewhere; it stays when it writes the hyphenated one; otherwise it goes on a document
  // that cuts at syllables (typeset: many lines end on a hyphen before a lower-case word)
  // when the second part starts in lower case and the parts make no known compound
  // ("peut-" / "être", "nord-" / "coréen", "vingt-" / "cinq"), and stays on others, since
  // Word, LibreOffice and mail wrappers do not cut words unless told to, and there a
  // compound split at its hyphen is the likelier cut. U+2010 HYPHEN is weighed as an
  // ASCII hyphen is. A soft hyphen is always a cut, with or without a hyphen printed
  // after it.
  HyphenJoin JoinAt(std::string_view line, std::string_view next) const;

  // Whether the document cuts words at syllables, as its line-end hyphens show.
  bool cuts_at_syllables() const { return syllables_; }

 private:
  std::unordered_set<std::string> words_;
  bool syllables_ = false;
};

// A byte range [begin, end) of a text.
struct ByteRange {
  std::size_t begin = 0;
  std::size_t end = 0;
  bool operator==(const ByteRange& o) const { return begin == o.begin && end == o.end; }
};

// The bytes of `text` (UTF-8 with LF line ends, as Load normalizes it) to drop to join
// the words cut at a line end: each a hyphen that LineEndHyphens::JoinAt drops, and the
// line break after it with the next line's indent (or mail quote marks), when a letter or
// digit follows on the very next line (InWordBreakBytes; never across a blank line). In
// order. Empty, without reading the document's words, when no line ends on a hyphen.
// Linear in the size of the text.
std::vector<ByteRange> DroppedHyphens(std::string_view text);

}  // namespace precis

#endif  // PRECIS_SRC_HYPHEN_JOIN_H_
