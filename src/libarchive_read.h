// Archives read from memory with libarchive, for the 7z and RAR readers (seven_zip_reader.h,
// rar_reader.h): each regular file's path and content, up to a limit on what is
// decompressed, since a crafted archive may lie about its sizes.
//
//   LibarchiveRead read = ReadWithLibarchive(bytes, LibarchiveFormat::kRar, 1 << 30);
//   for (const LibarchiveEntry& e : read.entries) ...   // e.path "dossier/lemonde.txt"
#ifndef PRECIS_SRC_LIBARCHIVE_READ_H_
#define PRECIS_SRC_LIBARCHIVE_READ_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace precis {

// The one format libarchive may take a given archive as: a file that says it is one is
// never read as another.
enum class LibarchiveFormat { kSevenZip, kRar };

struct LibarchiveEntry {
  // A link or a device is listed, unread, for the caller to say it skips it.
  enum Kind { kFile, kLink, kSpecial };
  Kind kind = kFile;
  std::string path;        // UTF-8, as stored; empty when its name could not be decoded
  std::string content;     // empty when it could not be read
  std::string problem;     // why not, in libarchive's words ("7-Zip bad CRC...")
  bool encrypted = false;  // it needs a password
};

struct LibarchiveRead {
  // Its regular files, links and devices (not its folders), hidden ones included, in the
  // order the archive stores them, up to the damage `problem` names.
  std::vector<LibarchiveEntry> entries;
  // What stopped the reading, in libarchive's words, or the reader's ("cut short").
  // Empty when every entry was reached.
  std::string problem;
  // The list of files is encrypted too (7-Zip's -mhe, RAR's -hp): nothing can be read.
  bool encrypted_listing = false;
  // More than the limit would be decompressed; `entries` are then incomplete.
  bool too_large = false;
  // 7z only: the list of files is over kMaxSevenZipListing, and nothing was read.
  bool listing_too_large = false;
  // RAR only: the files split across volumes of a multi-volume archive whose other part
  // is not in these bytes, which `entries` leave out.
  std::vector<std::string> split_volumes;
};

// Reads the archive in `bytes` as `format`. Never throws on bad input (std::bad_alloc
// aside), and decompresses at most `limit` bytes in all. Sets the calling thread's locale
// to C.UTF-8 while it reads (see the .cc), and restores it. Thread-safe: no shared state.
LibarchiveRead ReadWithLibarchive(std::string_view bytes, LibarchiveFormat format,
                                  std::size_t limit);

}  // namespace precis

#endif  // PRECIS_SRC_LIBARCHIVE_READ_H_
