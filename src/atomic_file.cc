#include "atomic_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>

#include "precis/error.h"

namespace precis {
namespace {

namespace fs = std::filesystem;

// Writes all of `contents` to `fd`; 0, or the errno of the write that failed.
int WriteAll(int fd, const std::string& contents) {
  std::size_t written = 0;
  while (written < contents.size()) {
    const ssize_t n = ::write(fd, contents.data() + written, contents.size() - written);
    if (n < 0) {
      if (errno == EINTR) continue;
      return errno;
    }
    written += static_cast<std::size_t>(n);
  }
  return 0;
}

// The file a write to `path` should replace: `path` itself, or, when it is a symbolic
// link, what the link points at (followed link by link, as open() would), so that the
// link stays a link.
fs::path Followed(const fs::path& path) {
  fs::path target = path;
  std::error_code error;
  for (int hops = 0; hops < 40 && fs::is_symlink(fs::symlink_status(target, error)); ++hops) {
    const fs::path link = fs::read_symlink(target, error);
    if (error) break;
    target = link.is_absolute() ? link : target.parent_path() / link;
  }
  return target;
}

}  // namespace

void WriteFileAtomically(const std::string& path, const std::string& contents) {
  if (path.empty()) throw Error(ErrorCode::kIo, path, "no file name");
  struct stat existing {};
  const bool exists = ::stat(path.c_str(), &existing) == 0;
  if (exists && S_ISDIR(existing.st_mode)) throw Error(ErrorCode::kIo, path, "is a directory");
  if (!exists && path.back() == '/') {
    throw Error(ErrorCode::kIo, path, "names a directory, not a file");
  }
  if (exists && !S_ISREG(existing.st_mode)) {
    // /dev/null, /dev/stdout, a FIFO: there is no file to replace, only a stream to write.
    const int fd = ::open(path.c_str(), O_WRONLY | O_CLOEXEC);
    if (fd < 0) throw Error(ErrorCode::kIo, path, std::strerror(errno));
    int error = WriteAll(fd, contents);
    if (::close(fd) != 0 && error == 0) error = errno;
    if (error != 0) throw Error(ErrorCode::kIo, path, std::strerror(error));
    return;
  }
  // A file the user may not write is not replaced either, as a shell's > would not.
  if (exists && ::access(path.c_str(), W_OK) != 0) {
    throw Error(ErrorCode::kIo, path, std::strerror(errno));
  }

  const fs::path target = Followed(fs::path(path));
  const fs::path directory = target.has_parent_path() ? target.parent_path() : fs::path(".");
  // A hidden name beside the target; O_EXCL with a per-process counter so that threads
  // and concurrent runs never share one.
  static std::atomic<int> counter{0};
  fs::path temporary;
  int fd = -1;
  for (int attempt = 0; fd < 0; ++attempt) {
    temporary = directory / ("." + target.filename().string() + ".tmp-" +
                             std::to_string(::getpid()) + "-" + std::to_string(counter++));
    fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
    if (fd < 0 && (errno != EEXIST || attempt > 100)) {
      throw Error(ErrorCode::kIo, path, std::strerror(errno));
    }
  }
  int error = WriteAll(fd, contents);
  if (exists && error == 0) {
    // The file replaced keeps its permissions, and its owner and group where the process
    // may give them (root may; others keep their own, as when they create a file).
    if (::fchmod(fd, existing.st_mode & 07777) != 0) error = errno;
    if (::fchown(fd, existing.st_uid, existing.st_gid) != 0) {
      errno = 0;  // not ours to give: the new file stays the writer's, which is no error
    }
  }
  if (error == 0 && ::fsync(fd) != 0) error = errno;
  if (::close(fd) != 0 && error == 0) error = errno;
  if (error == 0 && std::rename(temporary.c_str(), target.c_str()) != 0) error = errno;
  if (error != 0) {
    ::unlink(temporary.c_str());
    throw Error(ErrorCode::kIo, path, std::strerror(error));
  }
}

}  // namespace precis
