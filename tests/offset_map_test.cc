#include "offset_map.h"

#include <catch2/catch.hpp>
#include <cstddef>
#include <string>
#include <tuple>

namespace precis {
namespace {

// "Une e\u0301 ici ok" normalized to "Une é ici ok": bytes 0-4 copied, the
// 3-byte "e" U+0301 became the 2-byte "é", the rest copied. Original 14 bytes,
// normalized 13.
OffsetMap DecomposedAccentMap() {
  OffsetMap map;
  map.Append(0, 4, 0, 4);
  map.Append(4, 2, 4, 3);
  map.Append(6, 7, 7, 7);
  return map;
}

TEST_CASE("An empty map is the identity", "[offset_map]") {
  const OffsetMap map;
  CHECK(map.piece_count() == 0);
  CHECK(map.ToOriginal(0) == 0);
  CHECK(map.ToOriginal(17) == 17);
}

TEST_CASE("Byte-for-byte pieces that continue are not stored", "[offset_map]") {
  OffsetMap map;
  map.Append(0, 10, 0, 10);
  map.Append(10, 5, 10, 5);
  map.Append(15, 1, 15, 1);
  CHECK(map.piece_count() == 0);
  const auto [normalized, original] = GENERATE(table<std::size_t, std::size_t>({
      {0, 0},
      {9, 9},
      {10, 10},
      {15, 15},
      {16, 16},  // the end
      {17, 16},
      {1000, 16},  // past the end
  }));
  CAPTURE(normalized);
  CHECK(map.ToOriginal(normalized) == original);
}

TEST_CASE("Zero-sized pieces are ignored", "[offset_map]") {
  OffsetMap map;
  map.Append(0, 3, 0, 3);
  map.Append(3, 0, 3, 0);
  map.Append(3, 2, 3, 2);
  CHECK(map.piece_count() == 0);
  CHECK(map.ToOriginal(5) == 5);
}

TEST_CASE("A rewritten piece maps to its start or end", "[offset_map]") {
  const OffsetMap map = DecomposedAccentMap();
  CHECK(map.piece_count() == 1);
  const auto [normalized, original] = GENERATE(table<std::size_t, std::size_t>({
      {0, 0},    // first byte
      {3, 3},    // inside the leading copy
      {4, 4},    // start of "é" -> start of "e" U+0301
      {5, 4},    // inside "é" -> never half a character
      {6, 7},    // end of "é" -> end of U+0301
      {7, 8},    // inside the trailing copy, shifted by one byte
      {12, 13},  // last byte
      {13, 14},  // end of the text
      {14, 14},  // past the end -> the original's end
      {99, 14},
  }));
  CAPTURE(normalized);
  CHECK(map.ToOriginal(normalized) == original);
}

TEST_CASE("A span over the rewritten piece covers exactly its original bytes", "[offset_map]") {
  const OffsetMap map = DecomposedAccentMap();
  const std::string original = "Une e\u0301 ici ok";
  const std::string normalized = "Une \u00e9 ici ok";
  REQUIRE(original.size() == 14);
  REQUIRE(normalized.size() == 13);
  // A span's ends map to the bytes that wrote the same text: "é" is "e" U+0301, a word
  // around it is the word as written, and the whole text is the whole file.
  const auto original_of = [&](std::size_t begin, std::size_t end) {
    const std::size_t from = map.ToOriginal(begin);
    return original.substr(from, map.ToOriginal(end) - from);
  };
  CHECK(original_of(4, 6) == "e\u0301");
  CHECK(original_of(4, 10) == "e\u0301 ici");
  CHECK(original_of(0, 13) == original);
  CHECK(original_of(7, 13) == "ici ok");
}

TEST_CASE("Rewritten pieces that grow, shrink, or follow each other", "[offset_map]") {
  OffsetMap map;
  // Two CRLF -> LF in a row: rewritten pieces are never merged.
  map.Append(0, 1, 0, 2);
  map.Append(1, 1, 2, 2);
  map.Append(2, 6, 4, 3);  // a piece that grew (3 original bytes -> 6)
  map.Append(8, 2, 7, 2);  // byte for byte, implied
  CHECK(map.piece_count() == 3);
  const auto [normalized, original] = GENERATE(table<std::size_t, std::size_t>({
      {0, 0},
      {1, 2},
      {2, 4},
      {3, 4},
      {7, 4},
      {8, 7},
      {9, 8},
      {10, 9},
      {11, 9},
  }));
  CAPTURE(normalized);
  CHECK(map.ToOriginal(normalized) == original);
}

TEST_CASE("A gap between pieces maps byte for byte from the previous end", "[offset_map]") {
  OffsetMap map;
  map.Append(0, 2, 0, 3);
  map.Append(5, 1, 6, 1);  // normalized [2, 5) was never recorded
  CHECK(map.piece_count() == 2);
  CHECK(map.ToOriginal(2) == 3);
  CHECK(map.ToOriginal(4) == 5);
  CHECK(map.ToOriginal(5) == 6);
  CHECK(map.ToOriginal(6) == 7);
}

TEST_CASE("A byte-for-byte piece that jumps is stored", "[offset_map]") {
  OffsetMap map;
  map.Append(0, 4, 0, 4);
  map.Append(4, 4, 10, 4);  // original [4, 10) dropped
  CHECK(map.piece_count() == 1);
  CHECK(map.ToOriginal(3) == 3);
  CHECK(map.ToOriginal(4) == 10);
  CHECK(map.ToOriginal(6) == 12);
  CHECK(map.ToOriginal(8) == 14);
}

TEST_CASE("Offsets before the first piece are unchanged", "[offset_map]") {
  OffsetMap map;
  map.Append(10, 2, 10, 4);
  CHECK(map.ToOriginal(3) == 3);
  CHECK(map.ToOriginal(10) == 10);
  CHECK(map.ToOriginal(12) == 14);
}

}  // namespace
}  // namespace precis
