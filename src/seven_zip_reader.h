// 7z archives read from memory with libarchive, for the reader of archives of articles
// (unpack.h): LZMA, LZMA2, PPMd, BZip2, Deflate, the BCJ and BCJ2 filters and solid
// blocks; not 7-Zip's AES encryption, which is reported. Entries are read up to a limit
// on what is decompressed, since a crafted archive may lie about their sizes.
//
//   LibarchiveRead read = ReadSevenZip(bytes, 1 << 30);
//   for (const LibarchiveEntry& e : read.entries) ...   // e.path "dossier/lemonde.txt"
#ifndef PRECIS_SRC_SEVEN_ZIP_READER_H_
#define PRECIS_SRC_SEVEN_ZIP_READER_H_

#include <cstddef>
#include <string_view>

#include "libarchive_read.h"

namespace precis {

// Whether `bytes` open with 7z's signature, 37 7A BC AF 27 1C.
bool LooksLikeSevenZip(std::string_view bytes);

// The largest list of files (7z's header, once decoded) read: about 12,000 files of
// 30-letter names. Past it, libarchive's memory for what the list declares could reach
// gigabytes (see the .cc).
inline constexpr std::size_t kMaxSevenZipListing = std::size_t{1} << 20;

// Reads the archive in `bytes`, as ReadWithLibarchive does, once its list of files is
// known to be small enough (listing_too_large otherwise), and to lie within the bytes
// ("cut short" otherwise).
LibarchiveRead ReadSevenZip(std::string_view bytes, std::size_t limit);

}  // namespace precis

#endif  // PRECIS_SRC_SEVEN_ZIP_READER_H_
