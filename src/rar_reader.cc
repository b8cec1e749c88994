#include "rar_reader.h"

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

#include "affix.h"
#include "byte_cursor.h"
#include "little_endian.h"

namespace precis {
namespace {

constexpr std::string_view kRar4Signature("Rar!\x1A\x07\x00", 7);
constexpr std::string_view kRar5Signature("Rar!\x1A\x07\x01\x00", 8);

// What libarchive 3.6 does not say about a RAR archive, found by walking its headers
// (RARLAB's technote.txt for RAR 4, "RAR 5.0 archive format" for RAR 5) without reading
// any file: where the bytes stop before the archive does, which libarchive may take for
// its end, so that the files past the cut would go missing unsaid; and, in RAR 5, which
// files are encrypted, which libarchive 3.6 reads as if they were not.
struct RarLayout {
  bool cut_short = false;
  bool encrypted_listing = false;
  std::vector<std::string> encrypted;  // paths, as stored (ReadRar sorts them)
};

// A cursor over RAR 5's header fields, whose numbers are variable-length integers: 7 bits
// a byte, low bits first, the high bit set on every byte but the last.
class Rar5Cursor : public ByteCursor {
 public:
  using ByteCursor::ByteCursor;
  std::uint64_t Vint() {
    std::uint64_t value = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      const std::uint8_t byte = Byte();
      value |= static_cast<std::uint64_t>(byte & 0x7F) << shift;
      if ((byte & 0x80) == 0) return value;
    }
    Fail();  // longer than 64 bits
    return 0;
  }
};

// The extra area of a RAR 5 file header holds a record of type 1 when it is encrypted.
bool HoldsEncryptionRecord(std::string_view extra) {
  Rar5Cursor cursor(extra, 0);
  while (cursor.ok() && cursor.at() < extra.size()) {
    const std::uint64_t size = cursor.Vint();
    const std::size_t start = cursor.at();
    if (cursor.Vint() == 0x01 && cursor.ok()) return true;
    cursor = Rar5Cursor(extra, start);
    cursor.Skip(size);
  }
  return false;
}

RarLayout Rar5Layout(std::string_view bytes) {
  RarLayout layout;
  std::size_t at = kRar5Signature.size();
  while (at < bytes.size()) {
    Rar5Cursor cursor(bytes, at + 4);  // past the header's CRC-32
    const std::uint64_t size = cursor.Vint();
    const std::size_t start = cursor.at();
    if (!cursor.ok() || size > bytes.size() - start) break;
    const std::string_view header = bytes.substr(start, static_cast<std::size_t>(size));
    Rar5Cursor fields(header, 0);
    const std::uint64_t type = fields.Vint();
    const std::uint64_t flags = fields.Vint();
    const std::uint64_t extra_size = (flags & 0x0001) != 0 ? fields.Vint() : 0;
    const std::uint64_t data_size = (flags & 0x0002) != 0 ? fields.Vint() : 0;
    if (!fields.ok() || extra_size > header.size()) return layout;  // damage: libarchive's to name
    if (type == 4) {  // the archive's encryption header: every header after it is
      layout.encrypted_listing = true;
      return layout;
    }
    if (type == 5) return layout;  // the end of the archive
    if (type == 2 && extra_size > 0) {
      const std::uint64_t file_flags = fields.Vint();
      fields.Vint();                                   // unpacked size
      fields.Vint();                                   // attributes
      if ((file_flags & 0x0002) != 0) fields.Skip(4);  // modification time
      if ((file_flags & 0x0004) != 0) fields.Skip(4);  // CRC-32 of the data
      fields.Vint();                                   // compression
      fields.Vint();                                   // host system
      const std::string_view name = fields.Take(fields.Vint());
      if (fields.ok() && HoldsEncryptionRecord(header.substr(header.size() - extra_size))) {
        layout.encrypted.emplace_back(name);
      }
    }
    const std::size_t end = start + static_cast<std::size_t>(size);
    if (data_size > bytes.size() - end) break;
    at = end + static_cast<std::size_t>(data_size);
  }
  // The bytes ran out before the end-of-archive header, which RAR 5 always writes.
  layout.cut_short = true;
  return layout;
}

RarLayout Rar4Layout(std::string_view bytes) {
  RarLayout layout;
  constexpr std::size_t kBlock = 7;  // CRC, type, flags, size
  std::size_t at = kRar4Signature.size();
  while (at < bytes.size()) {
    if (bytes.size() - at < kBlock) break;
    const auto type = static_cast<unsigned char>(bytes[at + 2]);
    const std::uint16_t flags = LittleU16(bytes, at + 3);
    const std::uint16_t size = LittleU16(bytes, at + 5);
    if (size < kBlock) return layout;  // damage: libarchive's to name
    if (size > bytes.size() - at) break;
    if (type == 0x73 && (flags & 0x0080) != 0) {  // the archive's headers are encrypted
      layout.encrypted_listing = true;
      return layout;
    }
    if (type == 0x7B) return layout;  // the end of the archive
    std::uint64_t data = 0;
    if ((flags & 0x8000) != 0 && size >= kBlock + 4) data = LittleU32(bytes, at + 7);
    // A file's packed size has 32 more bits when it is over 4 GiB.
    if (type == 0x74 && (flags & 0x0100) != 0 && size >= 36) {
      data |= static_cast<std::uint64_t>(LittleU32(bytes, at + 32)) << 32;
    }
    const std::size_t end = at + size;
    if (data > bytes.size() - end) break;
    at = end + static_cast<std::size_t>(data);
  }
  // The bytes ran out before the end block. WinRAR has ended every archive on one since
  // RAR 3 (2002), and a cut between two files is one libarchive reads as the end. An
  // archive from RAR 2 or earlier may lack it, and is then read whole with a warning.
  layout.cut_short = true;
  return layout;
}

}  // namespace

bool LooksLikeRar(std::string_view bytes) {
  return StartsWith(bytes, kRar4Signature) || StartsWith(bytes, kRar5Signature);
}

LibarchiveRead ReadRar(std::string_view bytes, std::size_t limit) {
  RarLayout layout = StartsWith(bytes, kRar5Signature) ? Rar5Layout(bytes) : Rar4Layout(bytes);
  std::sort(layout.encrypted.begin(), layout.encrypted.end());
  if (layout.encrypted_listing) {
    LibarchiveRead read;
    read.encrypted_listing = true;
    return read;
  }
  LibarchiveRead read = ReadWithLibarchive(bytes, LibarchiveFormat::kRar, limit);
  for (LibarchiveEntry& entry : read.entries) {
    if (std::binary_search(layout.encrypted.begin(), layout.encrypted.end(), entry.path)) {
      entry.encrypted = true;
      entry.content.clear();
    }
  }
  // libarchive's words for a cut vary with where it falls, and some cuts it takes for
  // the end.
  if (layout.cut_short) read.problem = "cut short";
  return read;
}

}  // namespace precis
