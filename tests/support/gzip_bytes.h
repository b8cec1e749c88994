// gzip files built in memory with zlib, for tests of the archive reader (unpack.h).
#ifndef PRECIS_TESTS_SUPPORT_GZIP_BYTES_H_
#define PRECIS_TESTS_SUPPORT_GZIP_BYTES_H_

#include <zlib.h>

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

}  // namespace precis::testing

#endif  // PRECIS_TESTS_SUPPORT_GZIP_BYTES_H_
