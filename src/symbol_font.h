// The characters of the Symbol font, which older Word and RTF documents write as codes of
// that font rather than as Unicode: "±" is byte 0xB1 in Symbol (Word's <w:sym
// w:font="Symbol" w:char="F0B1"/>, RTF's {\f1\'b1} in a \fcharset2 font), and read in the
// document's code page it would be another character, or none.
#ifndef PRECIS_SRC_SYMBOL_FONT_H_
#define PRECIS_SRC_SYMBOL_FONT_H_

#include <unicode/umachine.h>

#include <string_view>

namespace precis {

// The Unicode character the Symbol font draws for `code` (0x20 to 0xFE, or Word's
// private-use form 0xF020 to 0xF0FE), or -1 for the codes that draw a piece of a large
// bracket or integral, or none. Adobe's table (symbol.txt) with the euro at 0xA0.
UChar32 SymbolFontCharacter(UChar32 code);

// Whether `font`, a font's name, is the Symbol font, whose codes SymbolFontCharacter reads;
// other symbol fonts (Wingdings, Webdings) draw pictographs that no table here reads.
bool IsSymbolFont(std::string_view font);

}  // namespace precis

#endif  // PRECIS_SRC_SYMBOL_FONT_H_
