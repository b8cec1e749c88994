// Writing an output file so that it is either untouched or complete: shared by precis
// (--output) and precis-eval (--out).
#ifndef PRECIS_SRC_ATOMIC_FILE_H_
#define PRECIS_SRC_ATOMIC_FILE_H_

#include <cstdio>
#include <string>
#include <string_view>

namespace precis {

// An output file written in pieces that is, in the end, either untouched or complete, as
// WriteFileAtomically's: for output streamed as it is made (precis batch -o). The
// constructor opens a temporary file beside `path` (or, for a FIFO or a device, `path`
// itself); Commit() flushes it to disk and renames it over `path`; destroyed uncommitted,
// the temporary file is removed and `path` is as it was. A file the process may write in
// a folder it may not, or one with other names, is written over in place by Commit, from
// a temporary file kept elsewhere: it stays as it was until then, and Commit first
// reserves the room its new contents need, so that a full disk or a quota leaves it as
// it was too; an error in the middle of the copy (an I/O error, a file system that cannot
// reserve room) leaves it in part, as a shell's > would.
// Throws precis::Error(kIo) naming `path`, from the constructor as WriteFileAtomically
// does, and from Write and Commit on a write that fails.
class AtomicFile {
 public:
  explicit AtomicFile(const std::string& path);
  ~AtomicFile();
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;

  // The stream to write to; Write and Commit report its errors.
  std::FILE* stream() const { return stream_; }
  // The temporary file's path, for a signal handler to remove (the destructor does not
  // run when a signal ends the process); empty when writing to a FIFO or a device.
  const std::string& temporary() const { return temporary_; }
  void Write(std::string_view bytes);
  void Commit();

 private:
  // Gives up after `error`: the stream closed, the temporary file removed, `path_` as it
  // was; throws.
  [[noreturn]] void Abandon(int error);
  // Writes to the descriptor `fd` from now on, which it takes; closes it and throws if it
  // cannot.
  void StreamTo(int fd);
  // For a file in a folder the process may not write to: the output goes to an
  // anonymous temporary file, copied over the file's contents by Commit.
  void WriteInPlaceAtCommit();
  void CopyInPlace();

  std::string path_;
  std::string target_;     // the file renamed over: `path_`, or what its link points at
  std::string temporary_;  // empty when writing to `path_` itself (a FIFO, a device)
  std::FILE* stream_ = nullptr;
  bool in_place_ = false;  // WriteInPlaceAtCommit's mode: target_ is truncated, not renamed over
  bool replaces_ = false;  // a file exists at target_, whose mode and owner carry over
  unsigned mode_ = 0;
  unsigned owner_ = 0;
  unsigned group_ = 0;
};

// Writes `contents` to a temporary file in `path`'s directory (a rename within one file
// system is atomic), flushes it to disk, then renames it over `path`: a reader sees the
// old file or the new one, never half of one. A file replaced keeps its mode (and its
// owner, where the process may set it); a new one gets 0666 less the umask, as any file
// a tool writes. The temporary file is removed on failure. In a folder the process may
// not write to, an existing file it may write is written over in place (AtomicFile).
// What is not a file to replace is treated as a shell's > would: a symbolic link is
// followed and stays a link; a FIFO or a device (/dev/null) is written straight to;
// /dev/stdout, /dev/stderr, /dev/fd/N and /proc/self/fd/N are written through a duplicate
// of that descriptor; a file with other names is written over in place, as in a folder
// the process may not write to; a file the process may not write is refused.
// Throws precis::Error(kIo) naming `path`: a directory, a name ending in "/", no name, a
// loop of symbolic links.
void WriteFileAtomically(const std::string& path, const std::string& contents);

}  // namespace precis

#endif  // PRECIS_SRC_ATOMIC_FILE_H_
