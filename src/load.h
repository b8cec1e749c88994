// Stage 1, load: from a caller's bytes to the text every later stage reads.
#ifndef PRECIS_SRC_LOAD_H_
#define PRECIS_SRC_LOAD_H_

#include <string>
#include <vector>

#include "offset_map.h"
#include "precis/document.h"

namespace precis {

struct LoadedDocument {
  std::string name;
  // The source text as given, except that a UTF-8 BOM is removed and invalid UTF-8
  // sequences are replaced by U+FFFD: what output quotes.
  std::string original;
  // `original` in NFC, with CRLF and lone CR turned into LF: what the stages read.
  std::string text;
  OffsetMap to_original;  // offsets in `text` -> offsets in `original`
  // One line per problem met ("a.txt: invalid UTF-8 at byte 1234, replaced by U+FFFD").
  std::vector<std::string> warnings;
};

// Validates, repairs and normalizes one document. Never throws on bad text: invalid
// bytes are replaced and reported in `warnings`. Linear in the size of the text.
LoadedDocument Load(const Document& document);

}  // namespace precis

#endif  // PRECIS_SRC_LOAD_H_
