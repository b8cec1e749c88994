#include "seven_zip_reader.h"

#include <algorithm>
#include <cstdint>
#include <limits>
#include <optional>
#include <vector>

#include "affix.h"
#include "byte_cursor.h"
#include "little_endian.h"

namespace precis {
namespace {

// 7z (7zFormat.txt in the 7-Zip sources): a 32-byte start header, the packed streams, and
// last the header that lists the files, which the start header locates.
constexpr std::string_view kSevenZipMagic = std::string_view("7z\xBC\xAF\x27\x1C", 6);
constexpr std::size_t kSevenZipStartHeader = 32;

// The list of files, where the start header says it lies; nullopt when that is past the
// end. 7-Zip writes it last, so an archive cut anywhere has lost it; libarchive's own
// words for that vary with where the cut falls.
std::optional<std::string_view> NextHeader(std::string_view bytes) {
  if (bytes.size() < kSevenZipStartHeader) return std::nullopt;
  const std::uint64_t offset = LittleU64(bytes, 12);
  const std::uint64_t size = LittleU64(bytes, 20);
  const std::uint64_t room = bytes.size() - kSevenZipStartHeader;
  if (offset > room || size > room - offset) return std::nullopt;
  return bytes.substr(kSevenZipStartHeader + static_cast<std::size_t>(offset),
                      static_cast<std::size_t>(size));
}

// A cursor over 7z's header records: bytes, and numbers in 7-Zip's own variable length
// (the first byte's leading 1 bits count the bytes that follow).
class HeaderCursor : public ByteCursor {
 public:
  using ByteCursor::ByteCursor;
  std::uint64_t Number() {
    const std::uint8_t first = Byte();
    std::uint64_t value = 0;
    std::uint8_t mask = 0x80;
    for (int i = 0; i < 8; ++i, mask >>= 1) {
      if ((first & mask) == 0) {
        return value | static_cast<std::uint64_t>(first & (mask - 1)) << (8 * i);
      }
      value |= static_cast<std::uint64_t>(Byte()) << (8 * i);
    }
    return value;
  }
};

// 7zFormat.txt's property IDs, those an encoded header's streams hold.
enum : std::uint8_t {
  kEnd = 0x00, kHeader = 0x01, kPackInfo = 0x06, kUnpackInfo = 0x07, kSize = 0x09,
  kCrc = 0x0A, kFolder = 0x0B, kCodersUnpackSize = 0x0C, kEncodedHeader = 0x17,
};

// More streams, coders or folders than any header holds: a damaged or crafted count.
constexpr std::uint64_t kMaxHeaderCount = 64;

// Digests of `count` items: a byte saying whether all are defined, else a bit each, then
// 4 bytes for each defined one.
void SkipDigests(HeaderCursor& cursor, std::uint64_t count) {
  std::uint64_t defined = count;
  if (cursor.Byte() == 0) {
    defined = 0;
    for (std::uint64_t i = 0; i < count; i += 8) {
      std::uint8_t bits = cursor.Byte();
      for (std::uint64_t k = i; k < count && k < i + 8; ++k, bits <<= 1) {
        if ((bits & 0x80) != 0) ++defined;
      }
    }
  }
  cursor.Skip(4 * defined);
}

// One folder's coders and bind pairs; its count of output streams.
std::uint64_t SkipFolder(HeaderCursor& cursor) {
  const std::uint64_t coders = cursor.Number();
  if (coders == 0 || coders > kMaxHeaderCount) return 0;
  std::uint64_t inputs = 0, outputs = 0;
  for (std::uint64_t c = 0; c < coders; ++c) {
    const std::uint8_t flags = cursor.Byte();
    cursor.Skip(flags & 0x0F);  // the codec's ID
    const bool complex = (flags & 0x10) != 0;
    inputs += complex ? cursor.Number() : 1;
    outputs += complex ? cursor.Number() : 1;
    if ((flags & 0x20) != 0) cursor.Skip(cursor.Number());  // its properties
  }
  if (outputs == 0 || outputs > kMaxHeaderCount || inputs > kMaxHeaderCount) return 0;
  const std::uint64_t bind_pairs = outputs - 1;
  for (std::uint64_t b = 0; b < bind_pairs; ++b) {
    cursor.Number();
    cursor.Number();
  }
  if (inputs < bind_pairs) return 0;
  const std::uint64_t packed = inputs - bind_pairs;
  if (packed > 1) {
    for (std::uint64_t p = 0; p < packed; ++p) cursor.Number();
  }
  return outputs;
}

// How large the list of files is once decoded: the next header's own size, or, for an
// encoded header, the sizes its streams declare (each folder's largest output, an upper
// bound on what its last coder yields). Nullopt when the records cannot be read.
std::optional<std::uint64_t> ListingSize(std::string_view next_header) {
  if (next_header.empty()) return 0;  // an empty archive lists nothing
  HeaderCursor cursor(next_header);
  const std::uint8_t kind = cursor.Byte();
  if (kind == kHeader) return next_header.size();
  if (kind != kEncodedHeader || cursor.Byte() != kPackInfo) return std::nullopt;
  cursor.Number();  // where the packed streams start
  const std::uint64_t packed = cursor.Number();
  if (packed > kMaxHeaderCount) return std::nullopt;
  for (std::uint8_t id = cursor.Byte(); id != kEnd && cursor.ok(); id = cursor.Byte()) {
    if (id == kSize) {
      for (std::uint64_t i = 0; i < packed; ++i) cursor.Number();
    } else if (id == kCrc) {
      SkipDigests(cursor, packed);
    } else {
      return std::nullopt;
    }
  }
  if (cursor.Byte() != kUnpackInfo || cursor.Byte() != kFolder) return std::nullopt;
  const std::uint64_t folders = cursor.Number();
  if (folders == 0 || folders > kMaxHeaderCount || cursor.Byte() != 0) return std::nullopt;
  std::vector<std::uint64_t> outputs;
  for (std::uint64_t f = 0; f < folders; ++f) {
    outputs.push_back(SkipFolder(cursor));
    if (outputs.back() == 0) return std::nullopt;
  }
  if (cursor.Byte() != kCodersUnpackSize) return std::nullopt;
  std::uint64_t total = 0;
  for (const std::uint64_t count : outputs) {
    std::uint64_t largest = 0;
    for (std::uint64_t o = 0; o < count; ++o) largest = std::max(largest, cursor.Number());
    if (largest > std::numeric_limits<std::uint64_t>::max() - total) return std::nullopt;
    total += largest;
  }
  if (!cursor.ok()) return std::nullopt;
  return total;
}

}  // namespace

bool LooksLikeSevenZip(std::string_view bytes) { return StartsWith(bytes, kSevenZipMagic); }

LibarchiveRead ReadSevenZip(std::string_view bytes, std::size_t limit) {
  LibarchiveRead read;
  const std::optional<std::string_view> next_header = NextHeader(bytes);
  if (!next_header) {
    read.problem = "cut short";
    return read;
  }
  // libarchive keeps about 90 bytes for each file and folder the list declares, and a
  // crafted list declares 8 files a byte (a bit each), however well it compresses: 5 MB
  // of list took 3.5 GB. The list's size bounds that before libarchive reads it.
  const std::optional<std::uint64_t> listing = ListingSize(*next_header);
  if (!listing) {
    read.problem = "unreadable list of files";
    return read;
  }
  if (*listing > kMaxSevenZipListing) {
    read.listing_too_large = true;
    return read;
  }
  return ReadWithLibarchive(bytes, LibarchiveFormat::kSevenZip, limit);
}

}  // namespace precis
