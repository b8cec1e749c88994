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

// The descriptor that `path` names, -1 for none: /dev/stdout, /dev/stderr, /dev/fd/N,
// /proc/self/fd/N. Opening one of those opens the file behind the descriptor anew, at its
// start and without the shell's append mode, or, followed as a link, renames over it:
// `>> log` would lose the log. A shell's > on them duplicates the descriptor instead.
int DescriptorNamed(const std::string& path) {
  if (path == "/dev/stdout") return STDOUT_FILENO;
  if (path == "/dev/stderr") return STDERR_FILENO;
  for (const std::string_view prefix : {"/dev/fd/", "/proc/self/fd/"}) {
    if (path.size() <= prefix.size() || path.compare(0, prefix.size(), prefix) != 0) continue;
    const std::string_view digits = std::string_view(path).substr(prefix.size());
    if (digits.size() > 9) return -1;
    int fd = 0;
    for (const char c : digits) {
      if (c < '0' || c > '9') return -1;
      fd = fd * 10 + (c - '0');
    }
    return fd;
  }
  return -1;
}

}  // namespace

AtomicFile::AtomicFile(const std::string& path) : path_(path) {
  if (path.empty()) throw Error(ErrorCode::kIo, path, "no file name");
  if (const int named = DescriptorNamed(path); named >= 0) {
    const int fd = ::fcntl(named, F_DUPFD_CLOEXEC, 0);
    if (fd < 0) throw Error(ErrorCode::kIo, path, std::strerror(errno));
    StreamTo(fd);
    return;
  }
  struct stat existing {};
  const bool exists = ::stat(path.c_str(), &existing) == 0;
  // A loop of links, or a path through a file, would otherwise have its last link
  // replaced by the output.
  if (!exists && errno != ENOENT) throw Error(ErrorCode::kIo, path, std::strerror(errno));
  if (exists && S_ISDIR(existing.st_mode)) throw Error(ErrorCode::kIo, path, "is a directory");
  if (!exists && path.back() == '/') {
    throw Error(ErrorCode::kIo, path, "names a directory, not a file");
  }
  if (exists && !S_ISREG(existing.st_mode)) {
    // /dev/null, /dev/stdout, a FIFO: there is no file to replace, only a stream to write.
    const int fd = ::open(path.c_str(), O_WRONLY | O_CLOEXEC);
    if (fd < 0) throw Error(ErrorCode::kIo, path, std::strerror(errno));
    StreamTo(fd);
    return;
  }
  // A file the user may not write is not replaced either, as a shell's > would not.
  if (exists && ::access(path.c_str(), W_OK) != 0) {
    throw Error(ErrorCode::kIo, path, std::strerror(errno));
  }
  replaces_ = exists;
  mode_ = existing.st_mode & 07777;
  owner_ = existing.st_uid;
  group_ = existing.st_gid;

  const fs::path target = Followed(fs::path(path));
  target_ = target.string();
  // A file with other names: a rename would give this name new contents and leave the
  // others the old ones, where a shell's > writes the one file they all name.
  if (exists && existing.st_nlink > 1) {
    WriteInPlaceAtCommit();
    return;
  }
  const fs::path directory = target.has_parent_path() ? target.parent_path() : fs::path(".");
  // A hidden name beside the target; O_EXCL with a per-process counter so that threads
  // and concurrent runs never share one.
  static std::atomic<int> counter{0};
  int fd = -1;
  for (int attempt = 0; fd < 0; ++attempt) {
    temporary_ = (directory / ("." + target.filename().string() + ".tmp-" +
                               std::to_string(::getpid()) + "-" + std::to_string(counter++)))
                     .string();
    fd = ::open(temporary_.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
    if (fd < 0 && exists && (errno == EACCES || errno == EPERM)) {
      // A file the user may write in a folder they may not: a shell's > would write it,
      // so precis does too, keeping the output aside until it is complete.
      WriteInPlaceAtCommit();
      return;
    }
    if (fd < 0 && (errno != EEXIST || attempt > 100)) {
      throw Error(ErrorCode::kIo, path, std::strerror(errno));
    }
  }
  StreamTo(fd);
}

void AtomicFile::StreamTo(int fd) {
  stream_ = ::fdopen(fd, "wb");
  if (stream_ == nullptr) {
    const int error = errno;
    ::close(fd);
    Abandon(error);
  }
}

void AtomicFile::WriteInPlaceAtCommit() {
  temporary_.clear();
  in_place_ = true;
  // Unlinked at once by the C library, so that neither a crash nor a signal leaves it.
  stream_ = std::tmpfile();
  if (stream_ == nullptr) throw Error(ErrorCode::kIo, path_, std::strerror(errno));
}

namespace {

// Whether the file system holds `size` bytes for `fd` before a byte of it is written
// over: where it lacks them (a full disk, a quota), the copy would stop halfway and
// leave neither the old file nor the new one. The blocks are reserved within the file,
// its size and contents as they were. False, errno set, when they cannot be; true also
// where the file system cannot tell (no fallocate), the copy then being as a shell's >.
bool ReserveSpace(int fd, off_t size) {
#ifdef FALLOC_FL_KEEP_SIZE
  if (size == 0 || ::fallocate(fd, FALLOC_FL_KEEP_SIZE, 0, size) == 0) return true;
  return errno != ENOSPC && errno != EDQUOT && errno != EFBIG;
#else
  (void)fd;
  (void)size;
  return true;
#endif
}

}  // namespace

void AtomicFile::CopyInPlace() {
  if (std::fseek(stream_, 0, SEEK_END) != 0) Abandon(errno);
  const off_t size = ::ftello(stream_);
  if (size < 0 || std::fseek(stream_, 0, SEEK_SET) != 0) Abandon(errno);
  // Not truncated yet: the file stays whole until its new contents have room.
  const int fd = ::open(target_.c_str(), O_WRONLY | O_CLOEXEC);
  if (fd < 0) Abandon(errno);
  if (!ReserveSpace(fd, size)) {
    const int error = errno;
    ::close(fd);
    Abandon(error);
  }
  char buffer[1 << 16];
  std::size_t read = 0;
  while ((read = std::fread(buffer, 1, sizeof buffer, stream_)) > 0) {
    for (std::size_t done = 0; done < read;) {
      const ssize_t written = ::write(fd, buffer + done, read - done);
      if (written < 0 && errno == EINTR) continue;
      if (written < 0) {
        const int error = errno;
        ::close(fd);
        Abandon(error);
      }
      done += static_cast<std::size_t>(written);
    }
  }
  const bool failed = std::ferror(stream_) != 0;
  // The old contents past the new end.
  if (!failed && ::ftruncate(fd, size) != 0) {
    const int error = errno;
    ::close(fd);
    Abandon(error);
  }
  if (::fsync(fd) != 0 && errno != EINVAL) {
    const int error = errno;
    ::close(fd);
    Abandon(error);
  }
  if (::close(fd) != 0 || failed) Abandon(failed ? EIO : errno);
  std::fclose(stream_);
  stream_ = nullptr;
}

AtomicFile::~AtomicFile() {
  if (stream_ == nullptr) return;
  std::fclose(stream_);
  if (!temporary_.empty()) ::unlink(temporary_.c_str());
}

void AtomicFile::Abandon(int error) {
  if (stream_ != nullptr) std::fclose(stream_);
  stream_ = nullptr;
  if (!temporary_.empty()) ::unlink(temporary_.c_str());
  throw Error(ErrorCode::kIo, path_, std::strerror(error));
}

void AtomicFile::Write(std::string_view bytes) {
  if (stream_ == nullptr) throw Error(ErrorCode::kIo, path_, "written after it was closed");
  if (std::fwrite(bytes.data(), 1, bytes.size(), stream_) != bytes.size()) Abandon(errno);
}

void AtomicFile::Commit() {
  if (stream_ == nullptr) throw Error(ErrorCode::kIo, path_, "committed after it was closed");
  if (std::fflush(stream_) != 0 || std::ferror(stream_)) Abandon(errno != 0 ? errno : EIO);
  if (in_place_) {
    CopyInPlace();
    return;
  }
  const int fd = ::fileno(stream_);
  if (!temporary_.empty()) {
    if (replaces_) {
      // The file replaced keeps its permissions, and its owner and group where the
      // process may give them (root may; others keep their own, as when they create a
      // file).
      if (::fchmod(fd, mode_) != 0) Abandon(errno);
      if (::fchown(fd, owner_, group_) != 0) {
        errno = 0;  // not ours to give: the new file stays the writer's, which is no error
      }
    }
    if (::fsync(fd) != 0) Abandon(errno);
  }
  std::FILE* stream = stream_;
  stream_ = nullptr;
  if (std::fclose(stream) != 0) Abandon(errno);
  if (!temporary_.empty() && std::rename(temporary_.c_str(), target_.c_str()) != 0) {
    Abandon(errno);
  }
}

void WriteFileAtomically(const std::string& path, const std::string& contents) {
  AtomicFile file(path);
  file.Write(contents);
  file.Commit();
}

}  // namespace precis
