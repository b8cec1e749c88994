// Stage 0, part of reading inputs: a compressed file's content, for the archive reader
// (unpack.h).
//
//   const Compression kind = SniffCompression(bytes);   // kXz for "articles.tar.xz"
//   Decompressed d = Decompress(kind, bytes, kMaxUnpackedBytes);
//   if (d.problem.empty() && !d.too_large) use(d.content);
//
// Datasets and mail attachments come as .gz, .bz2, .xz and .zst files, one file or a tar
// archive each: zlib, libbz2, liblzma and libzstd read them, in memory, never past a
// limit, so that a compressed bomb stops there.
#ifndef PRECIS_SRC_DECOMPRESS_H_
#define PRECIS_SRC_DECOMPRESS_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace precis {

enum class Compression { kNone, kGzip, kBzip2, kXz, kZstd };

// Which compression `bytes` are in, by their first bytes (RFC 1952's, bzip2's "BZh" and a
// block or end marker, the .xz format's six, a zstd frame's four); kNone for anything else.
Compression SniffCompression(std::string_view bytes);

// "gzip file", "bzip2 file", "xz file", "zstd file": what a warning calls one.
const char* CompressionName(Compression kind);

struct Decompressed {
  std::string content;  // empty when there is a problem or too much
  std::string problem;  // "cut short", or the library's words for damage
  // The stream ended early (problem "cut short"), and `partial` holds what came out
  // before the cut: a tar archive's first files may be whole. Empty for any other
  // problem, such as a failed check, whose data cannot be trusted.
  bool cut_short = false;
  std::string partial;
  bool too_large = false;
  // gzip and bzip2 only: the bytes after the last stream, which are not read (gzip's
  // "trailing garbage ignored"), and whether they are all zeros (padding).
  std::size_t ignored = 0;
  bool ignored_zeros = false;
};

// The content of `bytes`, every stream of it one after the other (`cat a.gz b.gz`, pbzip2,
// `xz` and pzstd all write several). Bytes after the last gzip or bzip2 stream are left
// and counted in `ignored`, as gzip and bzip2 leave them with a warning; after an xz
// stream or a zstd frame they are damage, as xz and zstd say. At most `limit` bytes are
// produced: past that, too_large and no content. Never throws on bad input;
// kNone gives the problem "not compressed". Time linear in the content.
Decompressed Decompress(Compression kind, std::string_view bytes, std::size_t limit);

}  // namespace precis

#endif  // PRECIS_SRC_DECOMPRESS_H_
