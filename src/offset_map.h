// Maps byte offsets in normalized text back to the original text it came from.
//
// Normalization (NFC, CRLF -> LF, BOM removal) changes a few bytes here and there; the
// map stores only the places where it did, so that text that needed no change costs
// nothing. Sentences are found in normalized text but printed from the original.
#ifndef PRECIS_SRC_OFFSET_MAP_H_
#define PRECIS_SRC_OFFSET_MAP_H_

#include <cstddef>
#include <vector>

namespace precis {

class OffsetMap {
 public:
  // Records that normalized bytes [normalized_begin, normalized_begin + normalized_size)
  // came from original bytes [original_begin, original_begin + original_size). Pieces are
  // appended in order; a piece whose two sizes are equal maps byte for byte.
  void Append(std::size_t normalized_begin, std::size_t normalized_size,
              std::size_t original_begin, std::size_t original_size);

  // The original offset of a normalized offset. An offset inside a rewritten piece maps
  // to that piece's start (or, at its end, to its end), so that a span never cuts a
  // rewritten character in two. Offsets past the end map to the original's end.
  std::size_t ToOriginal(std::size_t normalized_offset) const;

 private:
  struct Piece {
    std::size_t normalized_begin, normalized_size, original_begin, original_size;
  };
  std::vector<Piece> pieces_;  // sorted by normalized_begin, merged where contiguous
};

}  // namespace precis

#endif  // PRECIS_SRC_OFFSET_MAP_H_
