#include "standalone.h"
namespace precis {
bool CanStandAlone(std::string_view, const Language&) { return true; }
}  // namespace precis
