// ZIP archives built in memory with libzip, for tests of the DOCX and ODT reader: the
// entries a case needs, stored or deflated, without a file on disk.
#ifndef PRECIS_TESTS_SUPPORT_ZIP_ARCHIVE_H_
#define PRECIS_TESTS_SUPPORT_ZIP_ARCHIVE_H_

#include <zip.h>

#include <cstdint>
#include <cstdio>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace precis::testing {

struct ZipEntry {
  std::string name;
  std::string content;
  bool stored = false;  // uncompressed, so that a test can find and damage its bytes
};

// The bytes of a ZIP archive holding `entries`, in that order. Throws std::runtime_error
// if libzip fails.
inline std::string ZipArchive(const std::vector<ZipEntry>& entries) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
  if (buffer == nullptr) throw std::runtime_error("zip_source_buffer_create");
  zip_source_keep(buffer);  // read back after zip_close
  zip_t* archive = zip_open_from_source(buffer, ZIP_TRUNCATE, &error);
  if (archive == nullptr) throw std::runtime_error("zip_open_from_source");
  for (const ZipEntry& entry : entries) {
    zip_source_t* content =
        zip_source_buffer(archive, entry.content.data(), entry.content.size(), 0);
    const zip_int64_t index =
        content == nullptr ? -1 : zip_file_add(archive, entry.name.c_str(), content, 0);
    if (index < 0) throw std::runtime_error("zip_file_add " + entry.name);
    if (entry.stored) {
      zip_set_file_compression(archive, static_cast<zip_uint64_t>(index), ZIP_CM_STORE, 0);
    }
  }
  if (zip_close(archive) != 0) throw std::runtime_error("zip_close");
  std::string bytes;
  zip_stat_t stat;
  if (zip_source_stat(buffer, &stat) != 0 || zip_source_open(buffer) != 0) {
    throw std::runtime_error("zip_source_open");
  }
  bytes.resize(stat.size);
  const zip_int64_t read = zip_source_read(buffer, bytes.data(), stat.size);
  zip_source_close(buffer);
  zip_source_free(buffer);
  if (read != static_cast<zip_int64_t>(stat.size)) throw std::runtime_error("zip_source_read");
  return bytes;
}

// `zip` with every entry's compression method, in its local and its central header, set
// to `method` (APPNOTE 4.4.5: 14 is LZMA), its data left as it is: an entry compressed
// with a method libzip cannot decompress. The entries' content must not hold "PK\1\2" or
// "PK\3\4".
inline std::string WithZipMethod(std::string zip, std::uint16_t method) {
  const auto set = [&](const std::string& signature, std::size_t field) {
    for (std::size_t at = zip.find(signature); at != std::string::npos;
         at = zip.find(signature, at + 1)) {
      zip[at + field] = static_cast<char>(method & 0xFF);
      zip[at + field + 1] = static_cast<char>(method >> 8);
    }
  };
  set(std::string("PK\x03\x04", 4), 8);
  set(std::string("PK\x01\x02", 4), 10);
  return zip;
}

}  // namespace precis::testing

#endif  // PRECIS_TESTS_SUPPORT_ZIP_ARCHIVE_H_
