// ZIP archives read from memory with libzip, for the readers of word processors' files
// (office_text.h) and of archives of articles (unpack.h). Entries are read up to a limit,
// since a crafted archive may lie about their sizes.
#ifndef PRECIS_SRC_ZIP_READER_H_
#define PRECIS_SRC_ZIP_READER_H_

#include <zip.h>

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

namespace precis {

struct ZipDeleter {
  void operator()(zip_t* archive) const { zip_discard(archive); }
};
using ZipHandle = std::unique_ptr<zip_t, ZipDeleter>;

// Whether `bytes` open with a ZIP local file header, as every archive with an entry does.
bool LooksLikeZip(std::string_view bytes);

// Whether `bytes` are a ZIP archive without entries: its end-of-central-directory record
// alone (22 bytes, and its comment), as `zip` or Python's zipfile write one.
bool LooksLikeEmptyZip(std::string_view bytes);

// The archive in `bytes` (which must outlive it), or nullptr when they are not a
// readable ZIP directory.
ZipHandle OpenZip(std::string_view bytes);

struct ZipEntryRead {
  std::string content;
  std::string problem;     // why it could not be read: libzip's reason ("CRC error")
  bool too_large = false;  // it goes on past the limit
  bool encrypted = false;  // it needs a password
  // Why a whole entry cannot be read, in a method libzip cannot decompress: "compressed
  // with LZMA (method 14), which precis cannot decompress". `problem` is set too, for
  // callers that only check it.
  std::string cannot_decompress;
};

// Entry `index` (or `name`) of `archive`, read up to `limit` bytes.
ZipEntryRead ReadZipEntry(zip_t* archive, zip_uint64_t index, std::size_t limit);
ZipEntryRead ReadZipEntry(zip_t* archive, std::string_view name, std::size_t limit);

}  // namespace precis

#endif  // PRECIS_SRC_ZIP_READER_H_
