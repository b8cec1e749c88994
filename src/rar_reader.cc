#include "rar_reader.h"

#include <zlib.h>

#include <algorithm>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "affix.h"
#include "byte_cursor.h"
#include "little_endian.h"

namespace precis {
namespace {

constexpr std::string_view kRar4Signature("Rar!\x1A\x07\x00", 7);
constexpr std::string_view kRar5Signature("Rar!\x1A\x07\x01\x00", 8);

// A regular file's CRC-32 and method, as its header gives them. Every file is kept, so
// that the n-th entry of a path meets the n-th header; only a stored one is checked.
struct FileCrc {
  std::string path;  // as stored
  bool stored = false;  // not compressed: libarchive does not check it
  bool has_crc = false;  // RAR 5 may give a BLAKE2 hash instead, in the extra area
  std::uint32_t crc = 0;
};

// What libarchive 3.6 does not say about a RAR archive, found by walking its headers
// (RARLAB's technote.txt for RAR 4, "RAR 5.0 archive format" for RAR 5) without reading
// any file: where the bytes stop before the archive does, which libarchive may take for
// its end, so that the files past the cut would go missing unsaid; and, in RAR 5, which
// files are encrypted, which libarchive 3.6 reads as if they were not.
struct RarLayout {
  bool cut_short = false;
  bool encrypted_listing = false;
  std::vector<std::string> encrypted;  // paths, as stored (ReadRar sorts them)
  // Files split across the volumes of a multi-volume archive whose other part is not in
  // these bytes: libarchive 3.6 gives the first part of one as if it were whole, and
  // passes over the last part of one without a word.
  std::vector<std::string> split;
  // The regular files the headers list, and whether the first of `split` is the last of
  // them, going on into a volume that is missing.
  std::size_t files = 0;
  bool split_at_end = false;
  std::size_t volumes = 1;  // walked one after another in these bytes
  // The CRC-32 of each regular file's data, in the order stored, from its header or, for
  // a file split across volumes, its last part's, which covers the whole file. libarchive
  // 3.6 checks it for a compressed file but not for a stored one, whose damaged bytes it
  // gives as they are.
  std::vector<FileCrc> crcs;
};

// The files of a multi-volume archive that start in one volume and go on in the next,
// matched up as the volumes are walked in order (WinRAR writes them one after another,
// and `cat a.part1.rar a.part2.rar` joins them for libarchive too).
class SplitFiles {
 public:
  void File(std::string_view path, bool continues_from_before, bool continues_after) {
    const bool started_here = open_ == path;
    if (continues_from_before && !started_here) missing_.emplace_back(path);
    if (!continues_from_before && !open_.empty()) Close();
    open_ = continues_after ? std::string(path) : std::string();
  }
  // Whether the last file walked goes on into a volume that does not follow.
  bool EndsOpen() const { return !open_.empty(); }
  // The files split with a part missing, once the bytes are walked.
  std::vector<std::string> Missing() {
    Close();
    return std::move(missing_);
  }

 private:
  void Close() {
    if (!open_.empty()) missing_.push_back(std::move(open_));
    open_.clear();
  }
  std::string open_;  // the file that goes on into the next volume
  std::vector<std::string> missing_;
};

// At the end header of a volume, ending at `end`: moves `*at` past the signature of the
// next volume when the header says `another` follows and its bytes do; else ends the walk,
// `layout` taking the split files whose other part is missing. Returns whether it goes on.
bool NextVolume(std::string_view bytes, std::size_t end, bool another, std::string_view signature,
                SplitFiles* split, RarLayout* layout, std::size_t* at) {
  if (!another || bytes.substr(end).substr(0, signature.size()) != signature) {
    layout->split_at_end = split->EndsOpen();
    layout->split = split->Missing();
    return false;
  }
  *at = end + signature.size();
  ++layout->volumes;
  return true;
}

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
  SplitFiles split;
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
    const std::size_t end = start + static_cast<std::size_t>(size);
    if (type == 5) {  // the end of the archive, or of a volume that the next one follows
      const bool another = (fields.Vint() & 0x0001) != 0;  // not the last volume
      if (!NextVolume(bytes, end, another, kRar5Signature, &split, &layout, &at)) return layout;
      continue;
    }
    if (type == 2) {
      const std::uint64_t file_flags = fields.Vint();
      fields.Vint();                                   // unpacked size
      fields.Vint();                                   // attributes
      if ((file_flags & 0x0002) != 0) fields.Skip(4);  // modification time
      const bool has_crc = (file_flags & 0x0004) != 0;
      const std::string_view crc = has_crc ? fields.Take(4) : std::string_view();
      // Bits 7 to 9: the method, 0 for stored.
      const bool stored = ((fields.Vint() >> 7) & 0x7) == 0;
      fields.Vint();  // host system
      const std::string_view name = fields.Take(fields.Vint());
      if (!fields.ok()) return layout;  // damage: libarchive's to name
      // Header flags 0x0008 and 0x0010: the data goes on from the previous volume, and
      // into the next one.
      const bool continues_after = (flags & 0x0010) != 0;
      split.File(name, (flags & 0x0008) != 0, continues_after);
      const bool directory = (file_flags & 0x0001) != 0;
      if (!directory) ++layout.files;
      if (extra_size > 0 && HoldsEncryptionRecord(header.substr(header.size() - extra_size))) {
        layout.encrypted.emplace_back(name);
      }
      if (!directory && !continues_after) {
        layout.crcs.push_back({std::string(name), stored, has_crc,
                               has_crc ? LittleU32(crc, 0) : 0});
      }
    }
    if (data_size > bytes.size() - end) break;
    at = end + static_cast<std::size_t>(data_size);
  }
  // The bytes ran out before the end-of-archive header, which RAR 5 always writes.
  layout.cut_short = true;
  return layout;
}

RarLayout Rar4Layout(std::string_view bytes) {
  RarLayout layout;
  SplitFiles split;
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
    const std::size_t end = at + size;
    if (type == 0x7B) {  // the end of the archive, or of a volume that the next one follows
      const bool another = (flags & 0x0001) != 0;  // not the last volume
      if (!NextVolume(bytes, end, another, kRar4Signature, &split, &layout, &at)) return layout;
      continue;
    }
    std::uint64_t data = 0;
    if ((flags & 0x8000) != 0 && size >= kBlock + 4) data = LittleU32(bytes, at + 7);
    // A file's packed size has 32 more bits when it is over 4 GiB.
    const bool large = type == 0x74 && (flags & 0x0100) != 0;
    if (large && size >= 36) data |= static_cast<std::uint64_t>(LittleU32(bytes, at + 32)) << 32;
    if (type == 0x74) {
      // Its name, 2 bytes long at offset 26, follows the fixed fields (and the high halves
      // of the sizes, for a large file). Flags 0x01 and 0x02: the data goes on from the
      // previous volume, and into the next one.
      const std::size_t name_at = at + (large ? 40 : 32);
      if (size < 32 || name_at > end) return layout;  // damage: libarchive's to name
      const std::uint16_t name_size = LittleU16(bytes, at + 26);
      if (name_size > end - name_at) return layout;
      // A Unicode name is stored after its OEM form and a NUL, encoded in a way of RAR's
      // own, which libarchive decodes: the OEM form is the one matched here.
      std::string_view name = bytes.substr(name_at, name_size);
      name = name.substr(0, name.find('\0'));
      const bool continues_after = (flags & 0x02) != 0;
      split.File(name, (flags & 0x01) != 0, continues_after);
      const bool directory = (flags & 0x00E0) == 0x00E0;
      if (!directory) ++layout.files;
      if (!directory && !continues_after) {
        // The CRC-32 at offset 16; the method at 25, 0x30 for stored.
        layout.crcs.push_back({std::string(name), bytes[at + 25] == '\x30', true,
                               LittleU32(bytes, at + 16)});
      }
    }
    if (data > bytes.size() - end) break;
    at = end + static_cast<std::size_t>(data);
  }
  // The bytes ran out before the end block. WinRAR has ended every archive on one since
  // RAR 3 (2002), and a cut between two files is one libarchive reads as the end. An
  // archive from RAR 2 or earlier may lack it, and is then read whole with a warning.
  layout.cut_short = true;
  return layout;
}

std::uint32_t Crc32(std::string_view bytes) {
  uLong crc = crc32(0, Z_NULL, 0);
  // zlib takes a length of type uInt: a file of 4 GiB or more goes in pieces.
  constexpr std::size_t kPiece = std::size_t{1} << 30;
  for (std::size_t at = 0; at < bytes.size(); at += kPiece) {
    const std::size_t size = std::min(kPiece, bytes.size() - at);
    crc = crc32(crc, reinterpret_cast<const Bytef*>(bytes.data() + at), static_cast<uInt>(size));
  }
  return static_cast<std::uint32_t>(crc);
}

// Empties each stored file whose data does not match its CRC-32, naming the damage as
// libarchive does for a compressed one. An entry is matched to its header by path, the
// n-th of a path to the n-th; one whose stored name is not the path libarchive decoded
// (a RAR 4 name in an OEM code page) goes unchecked, as before.
void CheckStoredCrcs(const std::vector<FileCrc>& crcs, std::vector<LibarchiveEntry>* entries) {
  std::map<std::string_view, std::vector<const FileCrc*>> by_path;
  for (const FileCrc& file : crcs) by_path[file.path].push_back(&file);
  std::map<std::string_view, std::size_t> seen;
  for (LibarchiveEntry& entry : *entries) {
    const auto found = by_path.find(entry.path);
    if (found == by_path.end()) continue;
    const std::size_t n = seen[entry.path]++;
    if (n >= found->second.size()) continue;
    const FileCrc& file = *found->second[n];
    if (!file.stored || !file.has_crc || entry.encrypted || !entry.problem.empty()) continue;
    if (Crc32(entry.content) != file.crc) {
      entry.content.clear();
      entry.problem = "CRC error";
    }
  }
}

}  // namespace

bool LooksLikeRar(std::string_view bytes) {
  return StartsWith(bytes, kRar4Signature) || StartsWith(bytes, kRar5Signature);
}

RarVolumeKind RarVolumeOf(std::string_view bytes) {
  if (StartsWith(bytes, kRar5Signature)) {
    Rar5Cursor cursor(bytes, kRar5Signature.size() + 4);  // past the header's CRC-32
    cursor.Vint();                                        // its size
    const std::uint64_t type = cursor.Vint();
    const std::uint64_t flags = cursor.Vint();
    if ((flags & 0x0001) != 0) cursor.Vint();  // extra area size
    if ((flags & 0x0002) != 0) cursor.Vint();  // data size
    // Archive flags 0x0001: a volume; 0x0002: its number follows, which the first lacks.
    const std::uint64_t archive_flags = cursor.Vint();
    if (!cursor.ok() || type != 1 || (archive_flags & 0x0001) == 0) return RarVolumeKind::kNone;
    return (archive_flags & 0x0002) == 0 ? RarVolumeKind::kFirst : RarVolumeKind::kLater;
  }
  // RAR 4: the main block, type 0x73, comes first; flag 0x0001 marks a volume, and 0x0100
  // the first one (RAR 3 and later).
  constexpr std::size_t kMain = kRar4Signature.size();
  if (!StartsWith(bytes, kRar4Signature) || bytes.size() < kMain + 5 ||
      static_cast<unsigned char>(bytes[kMain + 2]) != 0x73) {
    return RarVolumeKind::kNone;
  }
  const std::uint16_t flags = LittleU16(bytes, kMain + 3);
  if ((flags & 0x0001) == 0) return RarVolumeKind::kNone;
  return (flags & 0x0100) != 0 ? RarVolumeKind::kFirst : RarVolumeKind::kLater;
}

LibarchiveRead ReadRar(std::string_view bytes, std::size_t limit) {
  RarLayout layout = StartsWith(bytes, kRar5Signature) ? Rar5Layout(bytes) : Rar4Layout(bytes);
  std::sort(layout.encrypted.begin(), layout.encrypted.end());
  if (layout.encrypted_listing) {
    LibarchiveRead read;
    read.encrypted_listing = true;
    return read;
  }
  // libarchive 3.6's RAR 5 reader, moving on to the next volume, reads ahead of where it
  // is and takes fewer bytes than it asked for as a damaged header: joined volumes whose
  // last holds under about 512 bytes after the switch were refused so ("Header CRC
  // error"). Zeros after the last volume's end give it the bytes it asks for and are
  // never read as archive. Not when the bytes are cut short: it would read the zeros as
  // the rest of a file.
  std::string padded;
  if (layout.volumes > 1 && !layout.cut_short && StartsWith(bytes, kRar5Signature)) {
    constexpr std::size_t kReadAhead = 4096;
    padded.reserve(bytes.size() + kReadAhead);
    padded.append(bytes).append(kReadAhead, '\0');
    bytes = padded;
  }
  LibarchiveRead read = ReadWithLibarchive(bytes, LibarchiveFormat::kRar, limit);
  for (LibarchiveEntry& entry : read.entries) {
    if (std::binary_search(layout.encrypted.begin(), layout.encrypted.end(), entry.path)) {
      entry.encrypted = true;
      entry.content.clear();
    }
  }
  if (!layout.split.empty()) {
    // libarchive gives the first part of a file that goes on into a missing volume as if
    // it were whole (RAR 5), or says its data is truncated (RAR 4), and passes over the
    // last part of one that began in a missing volume (RAR 5), or stops there (RAR 4).
    const auto is_split = [&](const LibarchiveEntry& entry) {
      return std::find(layout.split.begin(), layout.split.end(), entry.path) != layout.split.end();
    };
    read.entries.erase(std::remove_if(read.entries.begin(), read.entries.end(), is_split),
                       read.entries.end());
    // When every other file was read, what stopped libarchive was the missing volume.
    if (layout.split_at_end && layout.split.size() == 1 &&
        read.entries.size() + 1 == layout.files) {
      read.problem.clear();
    }
    read.split_volumes = std::move(layout.split);
  }
  CheckStoredCrcs(layout.crcs, &read.entries);
  // libarchive's words for a cut vary with where it falls, and some cuts it takes for
  // the end.
  if (layout.cut_short) read.problem = "cut short";
  return read;
}

}  // namespace precis
