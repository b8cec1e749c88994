// Stage 0, part of reading inputs: the documents inside an archive a user hands over.
//
//   Unpacked u = Unpack("articles.zip", bytes_of_a_zip);
//   u.archive == true;
//   u.members[0].name == "articles.zip/lemonde.html";
//
// Articles travel in archives: a folder zipped to be mailed, a download of several files,
// a dataset's .tar.gz, .tar.xz, .tar.zst or .7z, a crawl's gzipped pages. A ZIP archive, a
// 7z or RAR archive (through libarchive), a tar archive, and a gzip, bzip2, xz or zstd file
// (decompress.h; its content may be a tar archive) are opened in memory, and each regular
// file in them becomes a document, named by the archive's name, a slash and its path
// inside it. Nothing is written to disk. Like a directory, an archive's hidden files
// (".name") and macOS's "__MACOSX/" copies are passed over, and members come in byte
// order of their names. An archive inside a member is not opened: it is skipped as binary.
//
// A ZIP archive that is a program's document (DOCX and ODT, which load reads, but also
// XLSX, PPTX, EPUB: they hold "[Content_Types].xml" or "mimetype") is not an archive of
// articles, and is left to the caller.
#ifndef PRECIS_SRC_UNPACK_H_
#define PRECIS_SRC_UNPACK_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "precis/document.h"

namespace precis {

// What all of one archive's members may take once uncompressed: a cluster of articles
// is megabytes, and a ZIP, 7z, RAR or gzip bomb would otherwise fill memory.
inline constexpr std::size_t kMaxUnpackedBytes = std::size_t{1} << 30;

struct Unpacked {
  // Whether `bytes` are an archive of documents; false, with nothing else set, for
  // anything else.
  bool archive = false;
  // Its regular files, in byte order of their names, named "NAME/path/in/archive" (a
  // gzip file's one member keeps NAME).
  std::vector<Document> members;
  // One line for each member that could not be read, or for the whole archive:
  //   "a.zip/b.txt: the archive holds 2 files of this name, each read"
  //   "a.zip/b.txt: password-protected, skipped"
  //   "a.zip/b.txt: damaged ZIP entry (CRC error), skipped"
  //   "a.zip/b.txt: compressed with LZMA (method 14), which precis cannot decompress, skipped"
  //   "a.zip: ZIP archive over 1 GiB once uncompressed, skipped"
  //   "a.zip: damaged ZIP archive (no list of its files: cut short?), skipped"
  //   "a.7z: 7z archive over 1 GiB once uncompressed, skipped"
  //   "a.7z/b.txt: password-protected, skipped"
  //   "a.7z: password-protected 7z archive, skipped" (its list of files encrypted too)
  //   "a.7z: 7z archive whose list of files is over 1 MiB (about 12,000 files), skipped:
  //    extract it and give its folder" (seven_zip_reader.h, kMaxSevenZipListing)
  //   "a.7z: damaged 7z archive (cut short), skipped"
  //   "a.7z: damaged 7z archive (Damaged 7-Zip archive), the rest skipped"
  //   "a.rar: damaged RAR archive (cut short), the rest skipped" (and the same lines as
  //    for 7z: rar_reader.h)
  //   "a.txt.gz: damaged gzip file (invalid stored block lengths), skipped"
  //   "a.txt.gz: 9 bytes after the end of the compressed data, ignored" (gzip, bzip2)
  //   "a.tar.xz: damaged xz file (cut short), skipped"
  //   "a.tar: damaged tar archive (cut short), the rest skipped"
  //   "a.tar: damaged tar archive (bad header checksum), skipped"
  std::vector<std::string> warnings;
};

// Opens `bytes`, read from the file `name`, if they are an archive of documents. Never
// throws on bad input. Time linear in the uncompressed size, memory the members; at most
// `max_bytes` are uncompressed, past which the archive is skipped whole.
Unpacked Unpack(const std::string& name, std::string_view bytes,
                std::size_t max_bytes = kMaxUnpackedBytes);

}  // namespace precis

#endif  // PRECIS_SRC_UNPACK_H_
