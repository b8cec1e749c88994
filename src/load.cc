#include "load.h"
namespace precis {
LoadedDocument Load(const Document& d) { LoadedDocument l; l.name = d.name; l.original = d.text; l.text = d.text; return l; }
}  // namespace precis
