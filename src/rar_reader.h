// RAR archives, RAR 1.5 to 4 and RAR 5, read from memory with libarchive, for the reader
// of archives of articles (unpack.h): WinRAR is how many people on Windows pack a folder
// to mail it. An entry libarchive cannot decode (AES encryption, a method or filter it
// lacks) is reported per entry, and the others are read.
//
//   if (LooksLikeRar(bytes)) { LibarchiveRead read = ReadRar(bytes, 1 << 30); ... }
#ifndef PRECIS_SRC_RAR_READER_H_
#define PRECIS_SRC_RAR_READER_H_

#include <cstddef>
#include <string_view>

#include "libarchive_read.h"

namespace precis {

// Whether `bytes` open with a RAR signature: "Rar!" 1A 07 00 (RAR 1.5 to 4) or
// "Rar!" 1A 07 01 00 (RAR 5).
bool LooksLikeRar(std::string_view bytes);

// Which volume of a multi-volume set `bytes` hold, by their RAR main header: the first,
// a later one, or none (not a volume, not RAR, or a RAR 4 volume that does not say,
// as RAR 2 wrote them).
enum class RarVolumeKind { kNone, kFirst, kLater };
RarVolumeKind RarVolumeOf(std::string_view bytes);

// Reads the archive in `bytes`, as ReadWithLibarchive does. Volumes of one set that follow
// one another in `bytes` are read as one archive; a file split across a volume that is not
// there is left out, and named in `split_volumes`. A stored file whose data does not match
// its header's CRC-32 is given empty, its problem "CRC error", as libarchive gives a
// compressed one.
LibarchiveRead ReadRar(std::string_view bytes, std::size_t limit);

}  // namespace precis

#endif  // PRECIS_SRC_RAR_READER_H_
