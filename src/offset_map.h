// Maps byte offsets in normalized text back to the original text it came from.
//
// Normalization (NFC, CRLF -> LF) changes a few bytes here and there; the map
// stores only the places where it did, so that a document that needed no change
// costs nothing however long it is. Sentences are found in normalized text but
// printed from the original (sentencepiece keeps the same kind of alignment).
//
//   OffsetMap map;
//   map.Append(0, 4, 0, 4);  // "Une " copied
//   map.Append(4, 2, 4, 3);  // "é" (2 bytes) came from "e" U+0301 (3 bytes)
//   map.Append(6, 4, 7, 4);  // " ici" copied
//   map.ToOriginal(6);       // 7, the end of U+0301
//   map.piece_count();       // 1: only the rewritten piece is stored
//
// Not synchronized: a const map may be read from several threads.
#ifndef PRECIS_SRC_OFFSET_MAP_H_
#define PRECIS_SRC_OFFSET_MAP_H_

#include <cstddef>
#include <vector>

namespace precis {

class OffsetMap {
 public:
  // Records that normalized bytes
  //   [normalized_begin, normalized_begin + normalized_size)
  // came from original bytes
  //   [original_begin, original_begin + original_size).
  // Pieces are appended in order, each normally starting where the previous
  // one ended. A piece whose two sizes are equal maps byte for byte; when it
  // continues the previous piece (or starts the map at equal offsets) it is
  // implied and not stored, so the map costs one entry per place that
  // normalization changed. A piece of two zero sizes is ignored. Amortized
  // O(1).
  void Append(std::size_t normalized_begin, std::size_t normalized_size, std::size_t original_begin,
              std::size_t original_size);

  // The original offset of a normalized offset. An offset inside a rewritten
  // piece maps to that piece's start (or, at its end, to its end), so that a
  // span never cuts a rewritten character in two. Between pieces the map runs
  // byte for byte from the end of the previous piece (from 0 before the first).
  // Offsets at or past the end of the last piece appended map to the original's
  // end. An empty map is the identity. O(log stored pieces).
  std::size_t ToOriginal(std::size_t normalized_offset) const;

  // How many pieces are stored: the rewritten ones, plus byte-for-byte ones
  // that jump. 0 for a document that normalization left unchanged. For tests
  // and memory accounting.
  std::size_t piece_count() const { return pieces_.size(); }

 private:
  struct Piece {
    std::size_t normalized_begin;
    std::size_t normalized_size;
    std::size_t original_begin;
    std::size_t original_size;
  };
  std::vector<Piece> pieces_;  // sorted by normalized_begin
  // Where the last piece appended ends; both 0 while the map is empty.
  std::size_t normalized_end_ = 0;
  std::size_t original_end_ = 0;
};

}  // namespace precis

#endif  // PRECIS_SRC_OFFSET_MAP_H_
