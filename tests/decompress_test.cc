#include "decompress.h"

#include <catch2/catch.hpp>
#include <string>

#include "support/compressed_bytes.h"

namespace {

using precis::Compression;
using precis::CompressionName;
using precis::Decompress;
using precis::Decompressed;
using precis::SniffCompression;

const std::string kText =
    "Le pr\u00e9sident russe est arriv\u00e9 \u00e0 Pyongyang : \u00ab\u202fun pacte\u202f\u00bb, "
    "6.700 conteneurs, 3,5\u00a0%.\n";

struct Format {
  Compression kind;
  std::string (*compress)(const std::string&);
};

const Format kFormats[] = {{Compression::kGzip, precis::testing::Gzip},
                           {Compression::kBzip2, precis::testing::Bzip2},
                           {Compression::kXz, precis::testing::Xz},
                           {Compression::kZstd, precis::testing::Zstd}};

}  // namespace

TEST_CASE("gzip, bzip2, xz and zstd files are known by their first bytes and read whole",
          "[decompress]") {
  for (const Format& format : kFormats) {
    CAPTURE(CompressionName(format.kind));
    const std::string packed = format.compress(kText);
    CHECK(SniffCompression(packed) == format.kind);
    SECTION(std::string("one stream: ") + CompressionName(format.kind)) {
      const Decompressed out = Decompress(format.kind, packed, 1 << 20);
      CHECK(out.problem.empty());
      CHECK_FALSE(out.too_large);
      CHECK(out.content == kText);
    }
    SECTION(std::string("streams one after the other: ") + CompressionName(format.kind)) {
      const Decompressed out =
          Decompress(format.kind, format.compress("Un. ") + format.compress("Deux."), 1 << 20);
      CHECK(out.problem.empty());
      CHECK(out.content == "Un. Deux.");
    }
    SECTION(std::string("an empty file: ") + CompressionName(format.kind)) {
      const std::string empty = format.compress("");
      CHECK(SniffCompression(empty) == format.kind);
      const Decompressed out = Decompress(format.kind, empty, 1 << 20);
      CHECK(out.problem.empty());
      CHECK(out.content.empty());
    }
  }
}

TEST_CASE("a zstd file that opens with a skippable frame is zstd", "[decompress]") {
  // pzstd opens its files so; the frame was read as text, and its NULs made the file
  // "binary". Magic 0x184D2A50 to 0x184D2A5F, then the frame's length, little-endian.
  const std::string skippable = GENERATE(std::string("\x50\x2A\x4D\x18\x04\0\0\0abcd", 12),
                                         std::string("\x5F\x2A\x4D\x18\0\0\0\0", 8));
  const std::string packed = skippable + precis::testing::Zstd(kText);
  CHECK(SniffCompression(packed) == Compression::kZstd);
  const Decompressed out = Decompress(Compression::kZstd, packed, 1 << 20);
  CHECK(out.problem.empty());
  CHECK(out.content == kText);
  // A magic without its length is no frame.
  CHECK(SniffCompression(skippable.substr(0, 7)) == Compression::kNone);
}

TEST_CASE("a compressed file cut short or damaged gives a problem and no content",
          "[decompress]") {
  std::string long_text;
  for (int i = 0; i < 200; ++i) long_text += std::to_string(i) + " " + kText;
  for (const Format& format : kFormats) {
    CAPTURE(CompressionName(format.kind));
    const std::string packed = format.compress(long_text);
    Decompressed out = Decompress(format.kind, packed.substr(0, packed.size() / 2), 1 << 20);
    CHECK(out.problem == "cut short");
    CHECK(out.content.empty());
    std::string damaged = packed;
    for (std::size_t i = packed.size() / 3; i < packed.size() / 3 + 8; ++i) {
      damaged[i] = static_cast<char>(damaged[i] ^ 0x5A);
    }
    out = Decompress(format.kind, damaged, 1 << 20);
    CAPTURE(out.problem);
    CHECK_FALSE(out.problem.empty());
    CHECK(out.content.empty());
  }
}

TEST_CASE("no more than the limit is ever decompressed", "[decompress]") {
  const std::string zeros(1 << 20, '\0');
  for (const Format& format : kFormats) {
    CAPTURE(CompressionName(format.kind));
    const std::string bomb = format.compress(zeros);
    CHECK(bomb.size() < zeros.size() / 100);
    Decompressed out = Decompress(format.kind, bomb, 1000);
    CHECK(out.too_large);
    CHECK(out.content.empty());
    out = Decompress(format.kind, bomb, zeros.size());
    CHECK_FALSE(out.too_large);
    CHECK(out.content == zeros);
  }
}

TEST_CASE("what is not compressed is known as such", "[decompress]") {
  const auto bytes = GENERATE(as<std::string>{}, "", kText, "BZh9 texte", "BZh91AY&S",
                              std::string("\x1F", 1), std::string("\xFD" "7zX", 4),
                              std::string("\xFD" "7zXZ", 5), std::string("\x28\xB5\x2F"));
  CAPTURE(bytes);
  CHECK(SniffCompression(bytes) == Compression::kNone);
  CHECK(Decompress(Compression::kNone, bytes, 100).problem == "not compressed");
}

TEST_CASE("after the last stream, gzip and bzip2 leave the bytes, xz and zstd call them damage",
          "[decompress]") {
  for (const Format& format : {kFormats[0], kFormats[1]}) {
    CAPTURE(CompressionName(format.kind));
    // Counted, so that a caller can say they were left: once they went unmentioned.
    Decompressed out = Decompress(format.kind, format.compress("Un.") + "fin", 100);
    CHECK(out.problem.empty());
    CHECK(out.content == "Un.");
    CHECK(out.ignored == 3);
    CHECK_FALSE(out.ignored_zeros);
    out = Decompress(format.kind, format.compress("Un.") + std::string(512, '\0'), 100);
    CHECK(out.content == "Un.");
    CHECK(out.ignored == 512);
    CHECK(out.ignored_zeros);
    // A second stream is content, not something left.
    out = Decompress(format.kind, format.compress("Un. ") + format.compress("Deux."), 100);
    CHECK(out.content == "Un. Deux.");
    CHECK(out.ignored == 0);
  }
  const Decompressed xz = Decompress(Compression::kXz, precis::testing::Xz("Un.") + "fin", 100);
  CHECK_FALSE(xz.problem.empty());
  CHECK(xz.content.empty());
  for (const std::string& after : {std::string("fin"), std::string("la fin du fichier")}) {
    CAPTURE(after);
    const Decompressed zstd =
        Decompress(Compression::kZstd, precis::testing::Zstd("Un.") + after, 100);
    CHECK_FALSE(zstd.problem.empty());
    CHECK(zstd.content.empty());
  }
}
