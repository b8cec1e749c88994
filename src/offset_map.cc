#include "offset_map.h"
namespace precis {
void OffsetMap::Append(std::size_t, std::size_t, std::size_t, std::size_t) {}
std::size_t OffsetMap::ToOriginal(std::size_t o) const { return o; }
}  // namespace precis
