// Writing an output file so that it is either untouched or complete: shared by precis
// (--output) and precis-eval (--out).
#ifndef PRECIS_SRC_ATOMIC_FILE_H_
#define PRECIS_SRC_ATOMIC_FILE_H_

#include <string>

namespace precis {

// Writes `contents` to a temporary file in `path`'s directory (a rename within one file
// system is atomic), flushes it to disk, then renames it over `path`: a reader sees the
// old file or the new one, never half of one. A file replaced keeps its mode (and its
// owner, where the process may set it); a new one gets 0666 less the umask, as any file
// a tool writes. The temporary file is removed on failure.
// What is not a file to replace is treated as a shell's > would: a symbolic link is
// followed and stays a link; a FIFO or a device (/dev/null, /dev/stdout) is written
// straight to; a file the process may not write is refused.
// Throws precis::Error(kIo) naming `path`: a directory, a name ending in "/", no name.
void WriteFileAtomically(const std::string& path, const std::string& contents);

}  // namespace precis

#endif  // PRECIS_SRC_ATOMIC_FILE_H_
