#include "offset_map.h"

#include <algorithm>

namespace precis {

void OffsetMap::Append(std::size_t normalized_begin, std::size_t normalized_size,
                       std::size_t original_begin, std::size_t original_size) {
  if (normalized_size == 0 && original_size == 0) return;
  const bool continues = normalized_begin == normalized_end_ && original_begin == original_end_;
  normalized_end_ = normalized_begin + normalized_size;
  original_end_ = original_begin + original_size;
  // A byte-for-byte run that continues where the previous piece ended is what
  // ToOriginal assumes between pieces: storing it would make the map grow with
  // the text instead of with the number of changes.
  if (continues && normalized_size == original_size) return;
  pieces_.push_back({normalized_begin, normalized_size, original_begin, original_size});
}

std::size_t OffsetMap::ToOriginal(std::size_t normalized_offset) const {
  const bool empty = normalized_end_ == 0 && original_end_ == 0;
  if (empty) return normalized_offset;
  if (normalized_offset >= normalized_end_) return original_end_;
  // The last stored piece starting at or before the offset.
  auto after = std::upper_bound(
      pieces_.begin(), pieces_.end(), normalized_offset,
      [](std::size_t offset, const Piece& piece) { return offset < piece.normalized_begin; });
  // Before the first stored piece the map runs byte for byte from 0.
  if (after == pieces_.begin()) return normalized_offset;
  const Piece& piece = *(after - 1);
  const std::size_t into = normalized_offset - piece.normalized_begin;
  if (into >= piece.normalized_size) {  // byte for byte after the piece
    return piece.original_begin + piece.original_size + (into - piece.normalized_size);
  }
  if (piece.normalized_size == piece.original_size) {
    return piece.original_begin + into;
  }
  return piece.original_begin;  // strictly inside a rewritten piece
}

}  // namespace precis
