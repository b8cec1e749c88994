// gzip, bzip2 and xz files built in memory with zlib, libbz2 and liblzma, for tests of
// the archive reader (decompress.h, unpack.h).
#ifndef PRECIS_TESTS_SUPPORT_COMPRESSED_BYTES_H_
#define PRECIS_TESTS_SUPPORT_COMPRESSED_BYTES_H_

#include <bzlib.h>
#include <lzma.h>
#include <zlib.h>

#include <cstdint>
#include <stdexcept>
#include <string>

namespace precis::testing {

// `text` as one gzip member. Throws std::runtime_error if zlib fails.
inline std::string Gzip(const std::string& text) {
  z_stream stream{};
  if (deflateInit2(&stream, Z_BEST_COMPRESSION, Z_DEFLATED, 16 + MAX_WBITS, 8,
                   Z_DEFAULT_STRATEGY) != Z_OK) {
    throw std::runtime_error("deflateInit2");
  }
  std::string out(deflateBound(&stream, text.size()), '\0');
  stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(text.data()));
  stream.avail_in = static_cast<uInt>(text.size());
  stream.next_out = reinterpret_cast<Bytef*>(out.data());
  stream.avail_out = static_cast<uInt>(out.size());
  const int status = deflate(&stream, Z_FINISH);
  out.resize(stream.total_out);
  deflateEnd(&stream);
  if (status != Z_STREAM_END) throw std::runtime_error("deflate");
  return out;
}

// `text` as one bzip2 stream, as `bzip2 -9` writes it.
inline std::string Bzip2(const std::string& text) {
  // libbz2's bound: 1% more than the input, plus 600 bytes.
  unsigned int size = static_cast<unsigned int>(text.size() + text.size() / 100 + 600);
  std::string out(size, '\0');
  if (BZ2_bzBuffToBuffCompress(out.data(), &size, const_cast<char*>(text.data()),
                               static_cast<unsigned int>(text.size()), 9, 0, 0) != BZ_OK) {
    throw std::runtime_error("BZ2_bzBuffToBuffCompress");
  }
  out.resize(size);
  return out;
}

// `text` as one .xz stream, as `xz` writes it (preset 6, CRC64).
inline std::string Xz(const std::string& text) {
  std::string out(lzma_stream_buffer_bound(text.size()), '\0');
  std::size_t size = 0;
  if (lzma_easy_buffer_encode(6, LZMA_CHECK_CRC64, nullptr,
                              reinterpret_cast<const std::uint8_t*>(text.data()), text.size(),
                              reinterpret_cast<std::uint8_t*>(out.data()), &size,
                              out.size()) != LZMA_OK) {
    throw std::runtime_error("lzma_easy_buffer_encode");
  }
  out.resize(size);
  return out;
}

}  // namespace precis::testing

#endif  // PRECIS_TESTS_SUPPORT_COMPRESSED_BYTES_H_
