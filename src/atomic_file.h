// Writing an output file so that it is either untouched or complete: shared by precis
// (--output) and precis-eval (--out).
#ifndef PRECIS_SRC_ATOMIC_FILE_H_
#define PRECIS_SRC_ATOMIC_FILE_H_

#include <string>

namespace precis {

// Writes `contents` to a temporary file in `path`'s directory (a rename within one file
// system is atomic), flushes it to disk, then renames it over `path`: a reader sees the
// old file or the new one, never half of one. The file's mode is 0666 less the umask, as
// for any file a tool writes. The temporary file is removed on failure.
// Throws precis::Error(kIo) naming `path`.
void WriteFileAtomically(const std::string& path, const std::string& contents);

}  // namespace precis

#endif  // PRECIS_SRC_ATOMIC_FILE_H_
