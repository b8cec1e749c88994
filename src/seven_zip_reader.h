// 7z archives read from memory with libarchive, for the reader of archives of articles
// (unpack.h): LZMA, LZMA2, PPMd, BZip2, Deflate, the BCJ and BCJ2 filters and solid
// blocks; not 7-Zip's AES encryption, which is reported. Entries are read up to a limit
// on what is decompressed, since a crafted archive may lie about their sizes.
//
//   SevenZipRead read = ReadSevenZip(bytes, 1 << 30);
//   for (const SevenZipEntry& e : read.entries) ...   // e.path "dossier/lemonde.txt"
#ifndef PRECIS_SRC_SEVEN_ZIP_READER_H_
#define PRECIS_SRC_SEVEN_ZIP_READER_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace precis {

// Whether `bytes` open with 7z's signature, 37 7A BC AF 27 1C.
bool LooksLikeSevenZip(std::string_view bytes);

// The largest list of files (7z's header, once decoded) read: about 12,000 files of
// 30-letter names. Past it, libarchive's memory for what the list declares could reach
// gigabytes (see the .cc).
inline constexpr std::size_t kMaxSevenZipListing = std::size_t{1} << 20;

struct SevenZipEntry {
  std::string path;       // UTF-8, as stored; empty when its name could not be decoded
  std::string content;    // empty when it could not be read
  std::string problem;    // why not, in libarchive's words ("7-Zip bad CRC...")
  bool encrypted = false;  // it needs a password
};

struct SevenZipRead {
  // Its regular files, hidden ones included, in the order the archive stores them, up to
  // the damage `problem` names.
  std::vector<SevenZipEntry> entries;
  // What stopped the reading: "cut short" (the list of files lies past the end), or
  // libarchive's reason. Empty when every entry was reached.
  std::string problem;
  // The list of files is encrypted too (7-Zip's -mhe): nothing can be read.
  bool encrypted_listing = false;
  // More than the limit would be decompressed; `entries` are then incomplete.
  bool too_large = false;
  // The list of files is over kMaxSevenZipListing: nothing was read.
  bool listing_too_large = false;
};

// Reads the archive in `bytes`. Never throws on bad input (std::bad_alloc aside), and
// decompresses at most `limit` bytes in all. Sets the calling thread's locale to C.UTF-8
// while it reads (see the .cc), and restores it. Thread-safe: no shared state.
SevenZipRead ReadSevenZip(std::string_view bytes, std::size_t limit);

}  // namespace precis

#endif  // PRECIS_SRC_SEVEN_ZIP_READER_H_
