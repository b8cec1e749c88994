// One read(2) of a file descriptor, for the readers that must see a failing read as an
// error: a stream's failing read looks like an end of file (std::cin's, an ifstream's
// peek), and a disk's "Input/output error" would pass for an empty file.
#ifndef PRECIS_SRC_READ_CHUNK_H_
#define PRECIS_SRC_READ_CHUNK_H_

#include <unistd.h>

#include <cerrno>
#include <cstddef>
#include <cstring>
#include <string>

#include "precis/error.h"

namespace precis {

// Reads up to `size` bytes of `fd` into `buffer` and returns how many, 0 at the end of
// input. A signal that interrupts the read is no error: it is read again. Throws
// Error(kIo, name, the system's reason) when the read fails.
inline std::size_t ReadChunk(int fd, char* buffer, std::size_t size, const std::string& name) {
  for (;;) {
    const ssize_t got = ::read(fd, buffer, size);
    if (got >= 0) return static_cast<std::size_t>(got);
    if (errno != EINTR) throw Error(ErrorCode::kIo, name, std::strerror(errno));
  }
}

}  // namespace precis

#endif  // PRECIS_SRC_READ_CHUNK_H_
