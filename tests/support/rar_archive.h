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
inline std::string Rar4Archive(const std::vector<RarEntry>& entries,
                               bool encrypted_headers = false) {
  using rar_detail::Block4;
  using rar_detail::Little;
  std::string out("Rar!\x1A\x07\x00", 7);
  std::string main;
  main.push_back('\x73');
  Little(&main, encrypted_headers ? 0x0080 : 0, 2);
  Little(&main, 13, 2);  // size of the block
  Little(&main, 0, 6);   // reserved
  out += Block4(main);
  for (const RarEntry& entry : entries) {
    const std::string data = entry.directory ? "" : entry.content;
    // 0x8000: a block with data after it; 0x0200: the name is Unicode, and with no NUL
    // in it, UTF-8; 0x00E0: a directory; 0x0004: encrypted.
    std::uint32_t flags = 0x8000 | 0x0200;
    if (entry.directory) flags |= 0x00E0;
    if (entry.encrypted) flags |= 0x0004;
    std::string file;
    file.push_back('\x74');
    Little(&file, flags, 2);
    Little(&file, 32 + entry.name.size(), 2);
    Little(&file, data.size(), 4);  // packed size
    Little(&file, data.size(), 4);  // unpacked size
    file.push_back('\x03');         // made on Unix: attributes are a mode
    Little(&file, rar_detail::Crc32(data), 4);
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
  Little(&end, 0x4000, 2);
  Little(&end, 7, 2);
  return out + Block4(end);
}

// A RAR 5 archive (WinRAR's format since 5.0). With `encrypted_headers`, an archive
// encryption header comes first, as WinRAR's -hp writes it (the rest stays plain).
inline std::string Rar5Archive(const std::vector<RarEntry>& entries,
                               bool encrypted_headers = false) {
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
  Vint(&main, 0);  // one volume, not solid
  out += Header5(main);
  for (const RarEntry& entry : entries) {
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
    std::string file;
    Vint(&file, 2);                                      // file header
    Vint(&file, 0x0002 | (extra.empty() ? 0 : 0x0001));  // data area, extra area?
    if (!extra.empty()) Vint(&file, extra.size());
    Vint(&file, data.size());
    Vint(&file, (entry.directory ? 0x0001 : 0) | 0x0004);  // directory?, CRC-32 present
    Vint(&file, data.size());                              // unpacked size
    Vint(&file, entry.directory ? 040755 : 0100644);
    rar_detail::Little(&file, rar_detail::Crc32(data), 4);
    Vint(&file, 0);  // stored, version 0
    Vint(&file, 1);  // made on Unix
    Vint(&file, entry.name.size());
    file += entry.name + extra;
    out += Header5(file) + data;
  }
  std::string end;
  Vint(&end, 5);  // end of archive
  Vint(&end, 0);
  Vint(&end, 0);  // the last volume
  return out + Header5(end);
}

}  // namespace precis::testing

#endif  // PRECIS_TESTS_SUPPORT_RAR_ARCHIVE_H_
