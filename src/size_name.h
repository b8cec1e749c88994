// Sizes as messages say them. A size limit: "1 GiB" or "256 MiB" for a whole number of either,
// else "60 bytes" (the limits tests set). Used by the readers that refuse what grows past
// a limit once uncompressed (office_text.h, unpack.h) and by batch's longest line.
#ifndef PRECIS_SRC_SIZE_NAME_H_
#define PRECIS_SRC_SIZE_NAME_H_

#include <cstddef>
#include <iterator>
#include <string>

namespace precis {

inline std::string SizeName(std::size_t bytes) {
  constexpr std::size_t kMiB = std::size_t{1} << 20;
  constexpr std::size_t kGiB = std::size_t{1} << 30;
  if (bytes % kGiB == 0 && bytes > 0) return std::to_string(bytes / kGiB) + " GiB";
  return bytes % kMiB == 0 ? std::to_string(bytes / kMiB) + " MiB"
                           : std::to_string(bytes) + " bytes";
}

// A size as people read it, rounded: "413 KiB", "7.5 MiB", "119 MiB", "2.1 GiB"; "60 bytes"
// under a KiB.
inline std::string RoundedSize(std::size_t bytes) {
  static constexpr const char* kUnits[] = {"KiB", "MiB", "GiB", "TiB"};
  if (bytes < 1024) return std::to_string(bytes) + " bytes";
  double size = static_cast<double>(bytes) / 1024.0;
  std::size_t unit = 0;
  while (size >= 1024.0 && unit + 1 < std::size(kUnits)) {
    size /= 1024.0;
    ++unit;
  }
  // One decimal under 10, where it tells something; "10.0" rounds up from 9.95.
  const auto tenths = static_cast<long long>(size * 10.0 + 0.5);
  const std::string number = tenths < 100
                                 ? std::to_string(tenths / 10) + "." + std::to_string(tenths % 10)
                                 : std::to_string((tenths + 5) / 10);
  return number + " " + kUnits[unit];
}

}  // namespace precis

#endif  // PRECIS_SRC_SIZE_NAME_H_
