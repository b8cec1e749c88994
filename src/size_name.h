// A size limit as a message says it: "1 GiB" or "256 MiB" for a whole number of either,
// else "60 bytes" (the limits tests set). Used by the readers that refuse what grows past
// a limit once uncompressed (office_text.h, unpack.h) and by batch's longest line.
#ifndef PRECIS_SRC_SIZE_NAME_H_
#define PRECIS_SRC_SIZE_NAME_H_

#include <cstddef>
#include <string>

namespace precis {

inline std::string SizeName(std::size_t bytes) {
  constexpr std::size_t kMiB = std::size_t{1} << 20;
  constexpr std::size_t kGiB = std::size_t{1} << 30;
  if (bytes % kGiB == 0 && bytes > 0) return std::to_string(bytes / kGiB) + " GiB";
  return bytes % kMiB == 0 ? std::to_string(bytes / kMiB) + " MiB"
                           : std::to_string(bytes) + " bytes";
}

}  // namespace precis

#endif  // PRECIS_SRC_SIZE_NAME_H_
