#include "zip_reader.h"

#include "affix.h"
#include "little_endian.h"

namespace precis {
namespace {

struct EntryDeleter {
  void operator()(zip_file_t* entry) const { zip_fclose(entry); }
};

// A ZIP compression method as PKWARE's APPNOTE (4.4.5) names it, with its number, which
// is what other tools print: "LZMA (method 14)".
std::string MethodName(zip_uint16_t method) {
  const char* name = nullptr;
  switch (method) {
    case ZIP_CM_SHRINK:
      name = "Shrink";
      break;
    case ZIP_CM_REDUCE_1:
    case ZIP_CM_REDUCE_2:
    case ZIP_CM_REDUCE_3:
    case ZIP_CM_REDUCE_4:
      name = "Reduce";
      break;
    case ZIP_CM_IMPLODE:
      name = "Implode";
      break;
    case ZIP_CM_DEFLATE64:
      name = "Deflate64";
      break;
    case ZIP_CM_BZIP2:
      name = "bzip2";
      break;
    case ZIP_CM_LZMA:
      name = "LZMA";
      break;
    case ZIP_CM_XZ:
      name = "xz";
      break;
    case 93:  // not in libzip 1.7's header
      name = "Zstandard";
      break;
    case ZIP_CM_PPMD:
      name = "PPMd";
      break;
  }
  const std::string number = "method " + std::to_string(method);
  return name == nullptr ? "compression " + number : std::string(name) + " (" + number + ")";
}

}  // namespace

bool LooksLikeZip(std::string_view bytes) {
  return StartsWith(bytes, std::string_view("PK\x03\x04", 4));
}

bool LooksLikeEmptyZip(std::string_view bytes) {
  constexpr std::size_t kRecordSize = 22;
  return bytes.size() >= kRecordSize && StartsWith(bytes, std::string_view("PK\x05\x06", 4)) &&
         LittleU16(bytes, 10) == 0 &&                         // entries in the whole archive
         bytes.size() == kRecordSize + LittleU16(bytes, 20);  // the comment's length
}

ZipHandle OpenZip(std::string_view bytes) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  zip_error_fini(&error);
  if (source == nullptr) return nullptr;
  zip_error_init(&error);
  zip_t* archive = zip_open_from_source(source, ZIP_RDONLY, &error);
  zip_error_fini(&error);
  if (archive == nullptr) zip_source_free(source);
  return ZipHandle(archive);
}

ZipEntryRead ReadZipEntry(zip_t* archive, zip_uint64_t index, std::size_t limit) {
  ZipEntryRead read;
  std::unique_ptr<zip_file_t, EntryDeleter> entry(zip_fopen_index(archive, index, 0));
  if (entry == nullptr) {
    zip_error_t* error = zip_get_error(archive);
    const int code = zip_error_code_zip(error);
    // An encryption method libzip was built without (AES, without a crypto library) still
    // means the entry needs a password.
    read.encrypted =
        code == ZIP_ER_NOPASSWD || code == ZIP_ER_WRONGPASSWD || code == ZIP_ER_ENCRNOTSUPP;
    read.problem = zip_error_strerror(error);
    zip_stat_t stat;
    if (code == ZIP_ER_COMPNOTSUPP && zip_stat_index(archive, index, 0, &stat) == 0 &&
        (stat.valid & ZIP_STAT_COMP_METHOD) != 0) {
      read.cannot_decompress =
          "compressed with " + MethodName(stat.comp_method) + ", which precis cannot decompress";
    }
    return read;
  }
  char buffer[64 * 1024];
  while (true) {
    const zip_int64_t size = zip_fread(entry.get(), buffer, sizeof buffer);
    if (size < 0) {
      read.problem = zip_error_strerror(zip_file_get_error(entry.get()));
      return read;
    }
    if (size == 0) return read;
    if (read.content.size() + static_cast<std::size_t>(size) > limit) {
      read.too_large = true;
      return read;
    }
    read.content.append(buffer, static_cast<std::size_t>(size));
  }
}

ZipEntryRead ReadZipEntry(zip_t* archive, std::string_view name, std::size_t limit) {
  const zip_int64_t index = zip_name_locate(archive, std::string(name).c_str(), 0);
  if (index < 0) {
    ZipEntryRead read;
    read.problem = "no " + std::string(name);
    return read;
  }
  return ReadZipEntry(archive, static_cast<zip_uint64_t>(index), limit);
}

}  // namespace precis
