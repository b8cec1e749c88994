// Little-endian integers read from bytes at an offset, for the binary formats load reads
// (compound_file.h, doc_text.h). The caller checks that the bytes are there.
#ifndef PRECIS_SRC_LITTLE_ENDIAN_H_
#define PRECIS_SRC_LITTLE_ENDIAN_H_

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace precis {

inline std::uint16_t LittleU16(std::string_view bytes, std::size_t at) {
  return static_cast<std::uint16_t>(static_cast<unsigned char>(bytes[at]) |
                                    static_cast<unsigned char>(bytes[at + 1]) << 8);
}

inline std::uint32_t LittleU32(std::string_view bytes, std::size_t at) {
  return static_cast<std::uint32_t>(LittleU16(bytes, at)) |
         static_cast<std::uint32_t>(LittleU16(bytes, at + 2)) << 16;
}

inline std::uint64_t LittleU64(std::string_view bytes, std::size_t at) {
  return static_cast<std::uint64_t>(LittleU32(bytes, at)) |
         static_cast<std::uint64_t>(LittleU32(bytes, at + 4)) << 32;
}

}  // namespace precis

#endif  // PRECIS_SRC_LITTLE_ENDIAN_H_
