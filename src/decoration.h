// Pictographs after a sentence's final stop ("... devant les députés. 😀"): what writers
// put there without ending the sentence otherwise, so that the stop still ends it.
#ifndef PRECIS_SRC_DECORATION_H_
#define PRECIS_SRC_DECORATION_H_

#include <unicode/uchar.h>

namespace precis {

// Emoji and the marks that build them (skin tones, zero-width joiners, presentation
// selectors, the keycap), and regional indicators (flags). Not © ® ™, pictographic too
// but the start of a credit ("© AFP") or part of a name; never a letter, a digit, a
// space or punctuation. U+FFFD too: decoding puts it for a byte it could not read, and a
// file cut in the middle of a character after its last stop ends so; read as a letter,
// it made the document's one sentence a title.
inline bool IsDecoration(UChar32 c) {
  if (c < 0x80 || c == 0x00A9 || c == 0x00AE || c == 0x2122) return false;
  if (c == 0x200D || c == 0x20E3 || (c >= 0xFE00 && c <= 0xFE0F) || c == 0xFFFD) return true;
  return u_hasBinaryProperty(c, UCHAR_EXTENDED_PICTOGRAPHIC) ||
         u_hasBinaryProperty(c, UCHAR_EMOJI_MODIFIER) ||
         u_hasBinaryProperty(c, UCHAR_REGIONAL_INDICATOR);
}

}  // namespace precis

#endif  // PRECIS_SRC_DECORATION_H_
