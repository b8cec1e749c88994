// RAR archives built by hand, for tests of the archive reader (unpack.h): no free program
// writes RAR, so these follow RARLAB's notes on the format (technote.txt for RAR 1.5 to 4,
// "RAR 5.0 archive format" for RAR 5), with every file stored, not compressed. Which of
// libarchive's decoders a WinRAR archive needs is libarchive's to test; these check what
// precis does around them: names, order, damage, passwords.
#ifndef PRECIS_TESTS_SUPPORT_RAR_ARCHIVE_H_
#define PRECIS_TESTS_SUPPORT_RAR_ARCHIVE_H_

#include <zlib.h>

#include <cstdint>
#include <string>
#include <vector>

namespace precis::testing {

struct RarEntry {
  std::string name;  // UTF-8, "/" between folders
  std::string content;
  bool directory = false;
  bool encrypted = false;  // flagged as needing a password (the bytes stay plain)
};

namespace rar_detail {

inline std::uint32_t Crc32(const std::string& bytes) {
  return static_cast<std::uint32_t>(
      crc32(0, reinterpret_cast<const Bytef*>(bytes.data()), static_cast<uInt>(bytes.size())));
}

inline void Little(std::string* out, std::uint64_t value, int bytes) {
  for (int i = 0; i < bytes; ++i) out->push_back(static_cast<char>(value >> (8 * i) & 0xFF));
}

// RAR 5's variable-length integer: 7 bits a byte, low bits first, high bit "more follows".
inline void Vint(std::string* out, std::uint64_t value) {
  do {
    const auto low = static_cast<char>(value & 0x7F);
    value >>= 7;
    out->push_back(static_cast<char>(low | (value != 0 ? 0x80 : 0)));
  } while (value != 0);
}

// A RAR 4 block: its 16-bit CRC (the low half of the CRC-32 of what follows it), then
// `body`, which starts at the block's type.
inline std::string Block4(const std::string& body) {
  std::string block;
  Little(&block, Crc32(body) & 0xFFFF, 2);
  return block + body;
}

// A RAR 5 header: CRC-32 of the size and what follows, the size, then `body`.
inline std::string Header5(const std::string& body) {
  std::string sized;
  Vint(&sized, body.size());
  sized += body;
  std::string header;
  Little(&header, Crc32(sized), 4);
  return header + sized;
}

}  // namespace rar_detail

// A RAR 1.5-4 archive (the format WinRAR wrote until 5.0, and still writes on request).
// With `encrypted_headers`, its main header says that the headers after it are encrypted
// (WinRAR's -hp); they are not, but no reader should look.
// One volume of a multi-volume archive: its place in the set, and whether its first entry
// goes on from the volume before and its last into the next. Each part of a split file is
// given as an entry of its own volume, with the same name.
struct RarVolume {
  bool first = true;
  bool last = true;
  bool continued_from_before = false;
  bool continues_after = false;
  std::uint64_t number = 0;  // 0 for the first
  // The whole of the file split across this volume and a neighbour: each part carries its
  // size as the one unpacked, and the last part its CRC-32.
  std::string split_file;
};

namespace rar_detail {

inline bool IsPart(std::size_t k, std::size_t count, const RarVolume* volume) {
  return volume != nullptr &&
         ((k == 0 && volume->continued_from_before) || (k + 1 == count && volume->continues_after));
}

// The CRC-32 that the `k`-th of `count` entries of `volume` carries for `data`.
inline std::uint32_t EntryCrc(const std::string& data, std::size_t k, std::size_t count,
                              const RarVolume* volume) {
  const bool last_part = IsPart(k, count, volume) && k == 0 && volume->continued_from_before;
  return Crc32(last_part ? volume->split_file : data);
}

// The unpacked size that the `k`-th of `count` entries of `volume` carries for `data`.
inline std::uint64_t EntrySize(const std::string& data, std::size_t k, std::size_t count,
                               const RarVolume* volume) {
  return IsPart(k, count, volume) ? volume->split_file.size() : data.size();
}

}  // namespace rar_detail

inline std::string Rar4Archive(const std::vector<RarEntry>& entries, bool encrypted_headers = false,
                               const RarVolume* volume = nullptr) {
  using rar_detail::Block4;
  using rar_detail::Little;
  std::string out("Rar!\x1A\x07\x00", 7);
  std::string main;
  main.push_back('\x73');
  // 0x0001: a volume; 0x0100: the first one.
  std::uint32_t main_flags = encrypted_headers ? 0x0080 : 0;
  if (volume != nullptr) main_flags |= 0x0001 | (volume->first ? 0x0100 : 0);
  Little(&main, main_flags, 2);
  Little(&main, 13, 2);  // size of the block
  Little(&main, 0, 6);   // reserved
  out += Block4(main);
  for (std::size_t k = 0; k < entries.size(); ++k) {
    const RarEntry& entry = entries[k];
    const std::string data = entry.directory ? "" : entry.content;
    // 0x8000: a block with data after it; 0x0200: the name is Unicode, and with no NUL
    // in it, UTF-8; 0x00E0: a directory; 0x0004: encrypted; 0x0001 and 0x0002: the data
    // goes on from the previous volume, and into the next.
    std::uint32_t flags = 0x8000 | 0x0200;
    if (entry.directory) flags |= 0x00E0;
    if (entry.encrypted) flags |= 0x0004;
    if (volume != nullptr && k == 0 && volume->continued_from_before) flags |= 0x0001;
    if (volume != nullptr && k + 1 == entries.size() && volume->continues_after) flags |= 0x0002;
    std::string file;
    file.push_back('\x74');
    Little(&file, flags, 2);
    Little(&file, 32 + entry.name.size(), 2);
    Little(&file, data.size(), 4);  // packed size
    Little(&file, rar_detail::EntrySize(data, k, entries.size(), volume), 4);  // unpacked
    file.push_back('\x03');         // made on Unix: attributes are a mode
    Little(&file, rar_detail::EntryCrc(data, k, entries.size(), volume), 4);
    Little(&file, 0x58C84A00, 4);  // 2024-06-08 09:16, DOS time
    file.push_back('\x14');        // needs RAR 2.0 to extract
    file.push_back('\x30');        // stored
    Little(&file, entry.name.size(), 2);
    Little(&file, entry.directory ? 040755 : 0100644, 4);
    file += entry.name;
    out += Block4(file) + data;
  }
  std::string end;
  end.push_back('\x7B');
  Little(&end, 0x4000 | (volume != nullptr && !volume->last ? 0x0001 : 0), 2);
  Little(&end, 7, 2);
  return out + Block4(end);
}

// A RAR 5 archive (WinRAR's format since 5.0). With `encrypted_headers`, an archive
// encryption header comes first, as WinRAR's -hp writes it (the rest stays plain).
inline std::string Rar5Archive(const std::vector<RarEntry>& entries, bool encrypted_headers = false,
                               const RarVolume* volume = nullptr) {
  using rar_detail::Header5;
  using rar_detail::Vint;
  std::string out("Rar!\x1A\x07\x01\x00", 8);
  if (encrypted_headers) {
    std::string encryption;
    Vint(&encryption, 4);  // archive encryption header
    Vint(&encryption, 0);
    Vint(&encryption, 0);  // AES-256
    Vint(&encryption, 0);  // no password check value
    encryption.push_back('\x0F');
    encryption += std::string(16, '\x5A');  // salt
    out += Header5(encryption);
  }
  std::string main;
  Vint(&main, 1);  // main archive header
  Vint(&main, 0);  // no extra area, no data
  if (volume == nullptr) {
    Vint(&main, 0);  // one volume, not solid
  } else {
    Vint(&main, 0x0001 | (volume->first ? 0 : 0x0002));  // a volume; its number follows?
    if (!volume->first) Vint(&main, volume->number);
  }
  out += Header5(main);
  for (std::size_t k = 0; k < entries.size(); ++k) {
    const RarEntry& entry = entries[k];
    const std::string data = entry.directory ? "" : entry.content;
    // An encrypted file carries an encryption record in its extra area: version 0 (AES-256),
    // no flags, 2^15 key rounds, a salt and an IV.
    std::string extra;
    if (entry.encrypted) {
      std::string record;
      Vint(&record, 0x01);
      Vint(&record, 0);
      Vint(&record, 0);
      record.push_back('\x0F');
      record += std::string(32, '\x5A');
      Vint(&extra, record.size());
      extra += record;
    }
    // Header flags: 0x0001 an extra area, 0x0002 a data area, 0x0008 and 0x0010 the data
    // goes on from the previous volume, and into the next.
    std::uint64_t flags = 0x0002 | (extra.empty() ? 0 : 0x0001);
    if (volume != nullptr && k == 0 && volume->continued_from_before) flags |= 0x0008;
    if (volume != nullptr && k + 1 == entries.size() && volume->continues_after) flags |= 0x0010;
    std::string file;
    Vint(&file, 2);  // file header
    Vint(&file, flags);
    if (!extra.empty()) Vint(&file, extra.size());
    Vint(&file, data.size());
    Vint(&file, (entry.directory ? 0x0001 : 0) | 0x0004);  // directory?, CRC-32 present
    Vint(&file, rar_detail::EntrySize(data, k, entries.size(), volume));  // unpacked size
    Vint(&file, entry.directory ? 040755 : 0100644);
    rar_detail::Little(&file, rar_detail::EntryCrc(data, k, entries.size(), volume), 4);
    Vint(&file, 0);  // stored, version 0
    Vint(&file, 1);  // made on Unix
    Vint(&file, entry.name.size());
    file += entry.name + extra;
    out += Header5(file) + data;
  }
  std::string end;
  Vint(&end, 5);  // end of archive
  Vint(&end, 0);
  Vint(&end, volume != nullptr && !volume->last ? 0x0001 : 0);  // the last volume?
  return out + Header5(end);
}

// A RAR archive of `version` 4 or 5 in two volumes, `entries[split]` cut in half across
// them: the entries before it whole in the first, those after it in the second.
inline std::vector<std::string> RarVolumes(int version, const std::vector<RarEntry>& entries,
                                           std::size_t split) {
  const RarEntry& cut = entries[split];
  const std::size_t half = cut.content.size() / 2;
  std::vector<RarEntry> first(entries.begin(), entries.begin() + split);
  first.push_back({cut.name, cut.content.substr(0, half)});
  std::vector<RarEntry> second{{cut.name, cut.content.substr(half)}};
  second.insert(second.end(), entries.begin() + split + 1, entries.end());
  RarVolume one;
  one.last = false;
  one.continues_after = true;
  one.split_file = cut.content;
  RarVolume two;
  two.first = false;
  two.continued_from_before = true;
  two.number = 1;
  two.split_file = cut.content;
  const auto archive = version == 4 ? Rar4Archive : Rar5Archive;
  return {archive(first, false, &one), archive(second, false, &two)};
}

}  // namespace precis::testing

#endif  // PRECIS_TESTS_SUPPORT_RAR_ARCHIVE_H_
