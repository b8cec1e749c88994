#include "decompress.h"

#include <bzlib.h>
#include <lzma.h>
#include <zlib.h>
#include <zstd.h>
#include <zstd_errors.h>

#include <algorithm>
#include <cstdint>
#include <limits>
#include <memory>

#include "affix.h"
#include "size_name.h"

namespace precis {
namespace {

// A stream that ends before its end: what came out before it is whole, as far as it goes.
constexpr const char* kCutShort = "cut short";

constexpr std::string_view kGzipMagic = "\x1F\x8B";
constexpr std::string_view kXzMagic = std::string_view("\xFD" "7zXZ\0", 6);
// A zstd frame's magic number, 0xFD2FB528 little-endian (RFC 8878).
constexpr std::string_view kZstdMagic = "\x28\xB5\x2F\xFD";
// bzip2: "BZh", the block size '1' to '9', then a block's or the end's 48-bit marker (the
// digits of pi, of sqrt(pi)): text that happens to start with "BZh" is not bzip2.
constexpr std::string_view kBzip2Block = "1AY&SY";
constexpr std::string_view kBzip2End = "\x17\x72\x45\x38\x50\x90";

// What decompressing `.xz` may take: xz -9 needs 65 MiB, and a header that asks for more
// is more likely damage than a document.
constexpr std::uint64_t kXzMemoryLimit = std::uint64_t{256} << 20;
// The same for zstd, as a window: frames whose window passes 2^27 bytes (128 MiB,
// libzstd's own default and `zstd --long`'s) are refused; `zstd --long=30` asks for 1 GiB.
constexpr int kZstdWindowLogMax = 27;

constexpr std::size_t kChunk = 64 * 1024;

bool IsBzip2Stream(std::string_view bytes) {
  if (bytes.size() < 10 || !StartsWith(bytes, "BZh") || bytes[3] < '1' || bytes[3] > '9') {
    return false;
  }
  const std::string_view marker = bytes.substr(4, 6);
  return marker == kBzip2Block || marker == kBzip2End;
}

// Appends `size` bytes of output unless that would pass `limit`.
bool Take(Decompressed& out, const char* data, std::size_t size, std::size_t limit) {
  if (out.content.size() + size > limit) {
    out.too_large = true;
    return false;
  }
  out.content.append(data, size);
  return true;
}

// What follows the last stream, which gzip and bzip2 leave unread but warn of: damage
// or something appended, and either way not part of the document. Zeros are set apart
// because they are a tape's or a disk image's padding, not something lost.
void NoteIgnored(std::string_view rest, Decompressed& out) {
  out.ignored = rest.size();
  out.ignored_zeros = !rest.empty() && rest.find_first_not_of('\0') == std::string_view::npos;
}

// At most what the libraries' 32-bit counters take, from `at`.
unsigned int NextChunk(std::string_view bytes, std::size_t at) {
  return static_cast<unsigned int>(
      std::min<std::size_t>(bytes.size() - at, std::numeric_limits<unsigned int>::max()));
}

Decompressed Gunzip(std::string_view bytes, std::size_t limit) {
  Decompressed out;
  z_stream stream{};
  if (inflateInit2(&stream, 16 + MAX_WBITS) != Z_OK) {
    out.problem = "zlib could not start";
    return out;
  }
  std::size_t used = 0;  // bytes of input given to zlib
  char buffer[kChunk];
  while (true) {
    if (stream.avail_in == 0 && used < bytes.size()) {
      stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(bytes.data() + used));
      stream.avail_in = NextChunk(bytes, used);
      used += stream.avail_in;
    }
    stream.next_out = reinterpret_cast<Bytef*>(buffer);
    stream.avail_out = sizeof buffer;
    const int status = inflate(&stream, Z_NO_FLUSH);
    const std::size_t produced = sizeof buffer - stream.avail_out;
    if (!Take(out, buffer, produced, limit)) break;
    if (status == Z_STREAM_END) {
      // Another member may follow (RFC 1952); anything else after the last is left.
      const std::size_t next = used - stream.avail_in;
      if (!StartsWith(bytes.substr(next), kGzipMagic)) {
        NoteIgnored(bytes.substr(next), out);
        break;
      }
      inflateReset(&stream);
      continue;
    }
    // No progress: the input ends inside a member (or zlib can go no further with it).
    if (status == Z_BUF_ERROR && produced == 0 && (stream.avail_in > 0 || used == bytes.size())) {
      out.problem = kCutShort;
      break;
    }
    if (status != Z_OK && status != Z_BUF_ERROR) {
      out.problem = stream.msg != nullptr ? stream.msg : "zlib error " + std::to_string(status);
      break;
    }
  }
  inflateEnd(&stream);
  return out;
}

const char* Bzip2Problem(int status) {
  switch (status) {
    case BZ_DATA_ERROR:
      return "a block's check failed";
    case BZ_DATA_ERROR_MAGIC:
      return "not bzip2 data";
    case BZ_MEM_ERROR:
      return "out of memory";
  }
  return "libbz2 error";
}

Decompressed Bunzip2(std::string_view bytes, std::size_t limit) {
  Decompressed out;
  std::size_t used = 0;
  char buffer[kChunk];
  // One stream after another: pbzip2 and `cat` make several.
  while (out.problem.empty() && !out.too_large && IsBzip2Stream(bytes.substr(used))) {
    bz_stream stream{};
    if (BZ2_bzDecompressInit(&stream, 0, 0) != BZ_OK) {
      out.problem = "libbz2 could not start";
      break;
    }
    while (true) {
      if (stream.avail_in == 0 && used < bytes.size()) {
        stream.next_in = const_cast<char*>(bytes.data() + used);
        stream.avail_in = NextChunk(bytes, used);
        used += stream.avail_in;
      }
      stream.next_out = buffer;
      stream.avail_out = sizeof buffer;
      const int status = BZ2_bzDecompress(&stream);
      const std::size_t produced = sizeof buffer - stream.avail_out;
      if (!Take(out, buffer, produced, limit)) break;
      if (status == BZ_STREAM_END) {
        used -= stream.avail_in;  // where the next stream, if any, starts
        break;
      }
      if (status != BZ_OK) {
        out.problem = Bzip2Problem(status);
        break;
      }
      if (produced == 0 && stream.avail_in == 0 && used == bytes.size()) {
        out.problem = kCutShort;
        break;
      }
    }
    BZ2_bzDecompressEnd(&stream);
  }
  if (out.problem.empty() && !out.too_large) NoteIgnored(bytes.substr(used), out);
  return out;
}

std::string XzProblem(lzma_ret status) {
  switch (status) {
    case LZMA_BUF_ERROR:
      return kCutShort;
    case LZMA_DATA_ERROR:
      return "damaged data";
    case LZMA_FORMAT_ERROR:
      return "not xz data";
    case LZMA_OPTIONS_ERROR:
      return "options this liblzma does not know";
    case LZMA_MEM_ERROR:
      return "out of memory";
    case LZMA_MEMLIMIT_ERROR:
      return "it would take more than " + SizeName(kXzMemoryLimit) + " of memory";
    default:
      return "liblzma error " + std::to_string(static_cast<int>(status));
  }
}

Decompressed Unxz(std::string_view bytes, std::size_t limit) {
  Decompressed out;
  lzma_stream stream = LZMA_STREAM_INIT;
  lzma_ret status = lzma_stream_decoder(&stream, kXzMemoryLimit, LZMA_CONCATENATED);
  if (status != LZMA_OK) {
    out.problem = XzProblem(status);
    return out;
  }
  std::size_t used = 0;
  std::uint8_t buffer[kChunk];
  while (true) {
    if (stream.avail_in == 0 && used < bytes.size()) {
      stream.next_in = reinterpret_cast<const std::uint8_t*>(bytes.data() + used);
      stream.avail_in = NextChunk(bytes, used);
      used += stream.avail_in;
    }
    stream.next_out = buffer;
    stream.avail_out = sizeof buffer;
    // LZMA_FINISH once all the input is in: the decoder then tells a whole file from one
    // cut short.
    status = lzma_code(&stream, used == bytes.size() ? LZMA_FINISH : LZMA_RUN);
    const std::size_t produced = sizeof buffer - stream.avail_out;
    if (!Take(out, reinterpret_cast<const char*>(buffer), produced, limit)) break;
    if (status == LZMA_STREAM_END) break;
    if (status != LZMA_OK) {
      out.problem = XzProblem(status);
      break;
    }
  }
  lzma_end(&stream);
  return out;
}

std::string ZstdProblem(std::size_t status) {
  switch (ZSTD_getErrorCode(status)) {
    case ZSTD_error_prefix_unknown:
      return "not zstd data";
    case ZSTD_error_corruption_detected:
      return "damaged data";
    case ZSTD_error_checksum_wrong:
      return "a frame's check failed";
    case ZSTD_error_frameParameter_windowTooLarge:
      return "it would take more than " + SizeName(std::size_t{1} << kZstdWindowLogMax) +
             " of memory";
    case ZSTD_error_memory_allocation:
      return "out of memory";
    default:
      return std::string("libzstd: ") + ZSTD_getErrorName(status);
  }
}

Decompressed Unzstd(std::string_view bytes, std::size_t limit) {
  Decompressed out;
  const std::unique_ptr<ZSTD_DCtx, decltype(&ZSTD_freeDCtx)> context(ZSTD_createDCtx(),
                                                                     ZSTD_freeDCtx);
  if (context == nullptr ||
      ZSTD_isError(ZSTD_DCtx_setParameter(context.get(), ZSTD_d_windowLogMax,
                                          kZstdWindowLogMax))) {
    out.problem = "libzstd could not start";
    return out;
  }
  // Frames one after the other (`cat a.zst b.zst`, pzstd) are read in turn by the same
  // calls; bytes after the last frame are damage, as `zstd -d` says.
  ZSTD_inBuffer input{bytes.data(), bytes.size(), 0};
  char buffer[kChunk];
  // What the last call that read or wrote anything returned: 0 once a frame is whole.
  // (A call after that, with no input left, returns the size of a next frame's header.)
  std::size_t unfinished = 1;
  while (true) {
    ZSTD_outBuffer output{buffer, sizeof buffer, 0};
    const std::size_t read_before = input.pos;
    const std::size_t status = ZSTD_decompressStream(context.get(), &output, &input);
    if (ZSTD_isError(status)) {
      out.problem = ZstdProblem(status);
      break;
    }
    if (!Take(out, buffer, output.pos, limit)) break;
    const bool progressed = output.pos > 0 || input.pos > read_before;
    if (progressed) unfinished = status;
    // A buffer left with room means libzstd has flushed all it can from the input so far.
    if (output.pos < sizeof buffer && input.pos == input.size) {
      if (unfinished != 0) out.problem = kCutShort;
      break;
    }
    if (!progressed) {
      out.problem = kCutShort;  // never loop on input libzstd will not take
      break;
    }
  }
  return out;
}

// A zstd skippable frame's magic number, 0x184D2A50 to 0x184D2A5F little-endian (RFC 8878),
// then its 4-byte length: pzstd opens its files with one, and libzstd reads past it.
bool IsZstdSkippableFrame(std::string_view bytes) {
  return bytes.size() >= 8 && (static_cast<unsigned char>(bytes[0]) & 0xF0) == 0x50 &&
         bytes.substr(1, 3) == "\x2A\x4D\x18";
}

}  // namespace

Compression SniffCompression(std::string_view bytes) {
  if (StartsWith(bytes, kGzipMagic)) return Compression::kGzip;
  if (StartsWith(bytes, kXzMagic)) return Compression::kXz;
  if (StartsWith(bytes, kZstdMagic) || IsZstdSkippableFrame(bytes)) return Compression::kZstd;
  if (IsBzip2Stream(bytes)) return Compression::kBzip2;
  return Compression::kNone;
}

const char* CompressionName(Compression kind) {
  switch (kind) {
    case Compression::kGzip:
      return "gzip file";
    case Compression::kBzip2:
      return "bzip2 file";
    case Compression::kXz:
      return "xz file";
    case Compression::kZstd:
      return "zstd file";
    case Compression::kNone:
      break;
  }
  return "uncompressed file";
}

Decompressed Decompress(Compression kind, std::string_view bytes, std::size_t limit) {
  Decompressed out;
  switch (kind) {
    case Compression::kGzip:
      out = Gunzip(bytes, limit);
      break;
    case Compression::kBzip2:
      out = Bunzip2(bytes, limit);
      break;
    case Compression::kXz:
      out = Unxz(bytes, limit);
      break;
    case Compression::kZstd:
      out = Unzstd(bytes, limit);
      break;
    case Compression::kNone:
      out.problem = "not compressed";
      break;
  }
  out.cut_short = out.problem == kCutShort;
  // Damaged data (a failed check) may already be in `content`: only a cut keeps it.
  if (out.cut_short && !out.too_large) out.partial = std::move(out.content);
  if (!out.problem.empty() || out.too_large) out.content.clear();
  return out;
}

}  // namespace precis
