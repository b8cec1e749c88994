#include "batch_lines.h"

#include <fcntl.h>
#include <poll.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <utility>

#include "decode.h"
#include "precis/error.h"
#include "read_chunk.h"

namespace precis {
namespace {

// How much BatchLineReader reads at a time.
constexpr std::size_t kChunkBytes = std::size_t{1} << 16;

// Waits until `fd` has bytes to read, or its end, asking `cancelled` every quarter second
// and whenever a signal cuts the wait short.
void WaitReadable(int fd, const std::function<bool()>& cancelled) {
  for (;;) {
    pollfd input{fd, POLLIN, 0};
    const int ready = ::poll(&input, 1, 250);
    if (ready > 0 || (ready < 0 && errno != EINTR)) return;  // a failing poll: read says why
    if (cancelled()) throw Error(ErrorCode::kCancelled, "", "cancelled while reading");
  }
}

// Whether `info` is the null device's, whatever name it was given by.
bool IsDevNull(const struct stat& info) {
  struct stat null {};
  return S_ISCHR(info.st_mode) && ::stat("/dev/null", &null) == 0 && S_ISCHR(null.st_mode) &&
         info.st_rdev == null.st_rdev;
}

}  // namespace

std::string UnmarkedJsonEncoding(std::string_view head) {
  if (head.size() < 4) return "";
  const bool nul[4] = {head[0] == '\0', head[1] == '\0', head[2] == '\0', head[3] == '\0'};
  if (nul[0] && nul[1] && nul[2] && !nul[3]) return "UTF-32BE";
  if (!nul[0] && nul[1] && nul[2] && nul[3]) return "UTF-32LE";
  if (nul[0] && !nul[1] && nul[2] && !nul[3]) return "UTF-16BE";
  if (!nul[0] && nul[1] && !nul[2] && nul[3]) return "UTF-16LE";
  return "";
}

BatchInput::BatchInput(const std::string& path) {
  if (path == "-") {
    // A closed descriptor would say "Bad file descriptor" at the first read.
    if (::fcntl(STDIN_FILENO, F_GETFD) == -1) {
      throw Error(ErrorCode::kIo, "-", "standard input is closed");
    }
    fd_ = STDIN_FILENO;
    return;
  }
  if (path.empty()) throw Error(ErrorCode::kIo, "''", "no such file (an empty name)");
  fd_ = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd_ < 0) throw Error(ErrorCode::kIo, path, std::strerror(errno));
  struct stat info {};
  if (::fstat(fd_, &info) != 0) return;  // reading it will say why
  if (S_ISDIR(info.st_mode)) {
    ::close(fd_);
    throw Error(ErrorCode::kIo, path, "is a directory (batch reads JSON Lines files)");
  }
  // A device (/dev/zero, /dev/urandom) never ends: one endless line, read past forever
  // at 1 GiB of memory. Files and pipes only, as precis summarize reads them, and
  // /dev/null, empty input as "< /dev/null" is.
  if (!S_ISREG(info.st_mode) && !S_ISFIFO(info.st_mode) && !S_ISSOCK(info.st_mode) &&
      !IsDevNull(info)) {
    ::close(fd_);
    throw Error(ErrorCode::kIo, path, "not a regular file or a pipe");
  }
}

BatchInput::~BatchInput() {
  if (fd_ > STDIN_FILENO) ::close(fd_);
}

std::optional<BatchLine> BatchLineReader::Next(const std::string& path,
                                               const std::function<bool()>& cancelled) {
  for (;;) {
    const std::size_t newline = buffer_.find('\n', scanned_);
    if (newline != std::string::npos) {
      BatchLine line;
      line.overlong = overlong_ || newline > max_bytes_;
      if (!line.overlong) line.text = buffer_.substr(0, newline);
      buffer_.erase(0, newline + 1);
      scanned_ = 0;
      overlong_ = false;
      return line;
    }
    if (overlong_ || buffer_.size() > max_bytes_) {
      if (!overlong_) std::string().swap(buffer_);  // hand the line's memory back
      overlong_ = true;
      buffer_.clear();
    }
    scanned_ = buffer_.size();
    if (end_) {
      if (buffer_.empty() && !overlong_) return std::nullopt;
      BatchLine line;
      line.overlong = overlong_ || buffer_.size() > max_bytes_;
      if (!line.overlong) line.text = std::move(buffer_);
      buffer_.clear();
      scanned_ = 0;
      overlong_ = false;
      return line;
    }
    if (cancelled) WaitReadable(fd_, cancelled);
    char chunk[kChunkBytes];
    const std::size_t got = ReadChunk(fd_, chunk, sizeof chunk, path);
    if (got == 0) end_ = true;
    Append(std::string_view(chunk, got));
  }
}

void BatchLineReader::Append(std::string_view bytes) {
  std::string converted;
  if (!sniffed_) {
    // The first 4 bytes tell UTF-32LE's mark from UTF-16LE's.
    head_.append(bytes);
    if (head_.size() < 4 && !end_) return;
    sniffed_ = true;
    const std::string marked = ByteOrderMarkEncoding(head_);
    const std::string wide = marked.empty() ? UnmarkedJsonEncoding(head_) : marked;
    if (!wide.empty()) {
      wide_converter_ = OpenConverter(wide);
      wide_.emplace(wide_converter_.get());
    }
    if (!marked.empty()) head_.erase(0, marked.rfind("UTF-32", 0) == 0 ? 4 : 2);
    converted = std::move(head_);
    bytes = converted;
  }
  if (wide_) {
    converted = wide_->Convert(bytes, end_);
    bytes = converted;
  }
  // std::string doubles its capacity as it grows, and copies into the new block while
  // holding the old: a line just past the limit peaked at 2.1 GB for 1 GiB. Once
  // doubling would reach the limit, the block is the limit and one chunk, once (UTF-16
  // grows by half as UTF-8, hence two).
  const std::size_t needed = buffer_.size() + bytes.size();
  if (needed > buffer_.capacity()) {
    const std::size_t ceiling = max_bytes_ + 2 * kChunkBytes;
    const std::size_t doubled = std::max(needed, 2 * buffer_.capacity());
    buffer_.reserve(doubled >= max_bytes_ ? ceiling : doubled);
  }
  buffer_.append(bytes);
}

}  // namespace precis
