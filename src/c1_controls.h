// C1 control characters (U+0080 to U+009F) read as the windows-1252 letters and signs
// they almost always stand for.
//
//   std::string text = "L\u0092accord";   // "L’accord" decoded as Latin-1 once
//   C1Repair repair = ReadC1AsWindows1252(&text);
//   text == "L’accord";  repair.count == 1;  repair.first == 0x92;
//
// Nothing in news is written with a C1 control. One turns up where windows-1252 text
// went through a Latin-1 decoder on its way (a CMS, a scraper, an export), or where a
// page writes "&#146;", which HTML5 reads as ’ but libxml2 as U+0092. Left as they are,
// they print as nothing or as boxes and split "d’agression" into two words. Load applies
// this to every document's text, whatever its format (load.h).
#ifndef PRECIS_SRC_C1_CONTROLS_H_
#define PRECIS_SRC_C1_CONTROLS_H_

#include <cstddef>
#include <string>

namespace precis {

struct C1Repair {
  std::size_t count = 0;  // controls replaced
  char32_t first = 0;     // the first replaced, for the warning
};

// Replaces, in valid UTF-8 `text`, each C1 control that windows-1252 defines (all but
// U+0081, U+008D, U+008F, U+0090 and U+009D, which are left alone: they have no reading)
// by the character windows-1252 gives its byte: U+0092 by ’, U+0080 by €, U+0085 by ….
// Linear; copies only when there is something to replace.
C1Repair ReadC1AsWindows1252(std::string* text);

// "a.txt: 3 control characters U+0080 to U+009F read as windows-1252 (U+0092 as ’)".
std::string C1Warning(const std::string& name, const C1Repair& repair);

}  // namespace precis

#endif  // PRECIS_SRC_C1_CONTROLS_H_
