// A size limit as a message says it: "256 MiB" for a whole number of MiB, else "60 bytes"
// (the limits tests set). Used by the readers that refuse what grows past a limit once
// uncompressed (office_text.h, unpack.h).
#ifndef PRECIS_SRC_SIZE_NAME_H_
#define PRECIS_SRC_SIZE_NAME_H_

#include <cstddef>
#include <string>

namespace precis {

inline std::string SizeName(std::size_t bytes) {
  constexpr std::size_t kMiB = std::size_t{1} << 20;
  return bytes % kMiB == 0 ? std::to_string(bytes / kMiB) + " MiB"
                           : std::to_string(bytes) + " bytes";
}

}  // namespace precis

#endif  // PRECIS_SRC_SIZE_NAME_H_
