// The lines of a JSON Lines file as `precis batch` reads them (batch_runner.h), for the
// batch itself and for the Python module, whose Dask runner (python/precis_dask.py) must
// cut and decode a file exactly as the batch does to write the same records.
#ifndef PRECIS_SRC_BATCH_LINES_H_
#define PRECIS_SRC_BATCH_LINES_H_

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "converter.h"

namespace precis {

// The longest line taken as a cluster: 1 GiB, the most an archive may unpack to. A longer
// one, endless input without a newline (/dev/zero) included, gets an error record and is
// read past without being held.
inline constexpr std::size_t kMaxBatchLineBytes = std::size_t{1} << 30;

// The encoding of JSON text without a byte order mark, from where the NUL bytes fall in
// its first 4 bytes (RFC 4627, section 3): its first two characters are ASCII ("{",
// "\"", white space), so "{\0\"\0" is UTF-16LE and "\0\0\0{" UTF-32BE, where UTF-8 JSON
// holds no NUL byte at all. Empty for UTF-8, and for fewer than 4 bytes.
std::string UnmarkedJsonEncoding(std::string_view head);

// A line of input, or the number of a line too long to hold.
struct BatchLine {
  std::string text;       // UTF-8 when the input was UTF-16 or UTF-32
  bool overlong = false;  // longer than the limit: `text` is empty, the bytes were dropped
};

// An open file, closed on scope exit; standard input for "-". Throws Error(kIo) naming
// `path` for a file that cannot be opened, a closed standard input, a directory or a
// device (/dev/zero would be one endless line): files and pipes only, as precis summarize
// reads them, and /dev/null, the empty input "< /dev/null" gives.
class BatchInput {
 public:
  explicit BatchInput(const std::string& path);
  ~BatchInput();
  BatchInput(const BatchInput&) = delete;
  BatchInput& operator=(const BatchInput&) = delete;

  int fd() const { return fd_; }

 private:
  int fd_ = -1;
};

// The lines of a file descriptor, without their "\n". A final line without one counts.
// A line longer than `max_bytes` is read past without being kept, so that no input, an
// endless one without a newline included, makes the reader hold more than that. Input
// that opens with a UTF-16 or UTF-32 byte order mark, or without one but with the NUL
// bytes of one of them (UnmarkedJsonEncoding), is read in that encoding.
class BatchLineReader {
 public:
  BatchLineReader(int fd, std::size_t max_bytes) : fd_(fd), max_bytes_(max_bytes) {}
  BatchLineReader(const BatchLineReader&) = delete;
  BatchLineReader& operator=(const BatchLineReader&) = delete;

  // The next line, or nullopt at the end. Throws Error(kIo) naming `path`. With
  // `cancelled`, a wait for input (a pipe whose writer is slow) asks it about every
  // quarter second, and throws Error(kCancelled) when it returns true: the Python
  // module's runner is stopped by Ctrl-C so, as Python's own reads are.
  std::optional<BatchLine> Next(const std::string& path,
                                const std::function<bool()>& cancelled = {});

 private:
  // Adds bytes just read (none at the end of input) to buffer_, as UTF-8.
  void Append(std::string_view bytes);

  int fd_;
  std::size_t max_bytes_;
  std::string buffer_;
  std::size_t scanned_ = 0;  // bytes of buffer_ known to hold no '\n'
  bool overlong_ = false;    // the line being read is past max_bytes_, and dropped
  bool end_ = false;
  bool sniffed_ = false;  // whether the first bytes were looked at for an encoding
  std::string head_;      // the first bytes, until they are
  // UTF-16 or UTF-32 input's decoder. What Windows PowerShell 5 writes with `>` or
  // Out-File is UTF-16LE with a mark; read as bytes, each of its lines would be JSON
  // with NUL bytes between the characters. A read may end inside a character: the
  // decoder carries it over to the next.
  Converter wide_converter_;
  std::optional<Utf8Stream> wide_;
};

}  // namespace precis

#endif  // PRECIS_SRC_BATCH_LINES_H_
