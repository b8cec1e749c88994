// 7z archives built in memory with libarchive's writer, for tests of the archive reader
// (unpack.h): the entries a case needs, in its order, with the compression it names.
#ifndef PRECIS_TESTS_SUPPORT_SEVEN_ZIP_ARCHIVE_H_
#define PRECIS_TESTS_SUPPORT_SEVEN_ZIP_ARCHIVE_H_

#include <archive.h>
#include <archive_entry.h>
#include <locale.h>

#include <cstddef>
#include <stdexcept>
#include <string>
#include <vector>

namespace precis::testing {

struct SevenZipEntry {
  std::string name;  // UTF-8
  std::string content;
  bool directory = false;
  std::string symlink = {};  // a symbolic link to this path, when not empty
};

// The bytes of a 7z archive holding `entries`, all in one solid block compressed with
// `compression`: libarchive's name for a method ("store", "deflate", "bzip2", "lzma1",
// "lzma2", "ppmd"). Throws std::runtime_error if libarchive fails.
inline std::string SevenZipArchive(const std::vector<SevenZipEntry>& entries,
                                   const std::string& compression = "lzma2") {
  // The writer takes names in the locale's charset, as the reader gives them.
  const locale_t utf8 = newlocale(LC_CTYPE_MASK, "C.UTF-8", locale_t{});
  if (utf8 == locale_t{}) throw std::runtime_error("newlocale C.UTF-8");
  const locale_t previous = uselocale(utf8);
  std::string bytes;
  // A callback that appends, rather than archive_write_open_memory's buffer, whose size
  // would have to be guessed.
  const auto append = [](archive*, void* out, const void* data, std::size_t size) {
    static_cast<std::string*>(out)->append(static_cast<const char*>(data), size);
    return static_cast<la_ssize_t>(size);
  };
  archive* writer = archive_write_new();
  std::string failed;
  if (archive_write_set_format_7zip(writer) != ARCHIVE_OK ||
      archive_write_set_format_option(writer, "7zip", "compression", compression.c_str()) !=
          ARCHIVE_OK ||
      archive_write_set_bytes_in_last_block(writer, 1) != ARCHIVE_OK ||
      archive_write_open2(writer, &bytes, nullptr, append, nullptr, nullptr) != ARCHIVE_OK) {
    failed = "open";
  }
  for (const SevenZipEntry& entry : entries) {
    if (!failed.empty()) break;
    archive_entry* header = archive_entry_new();
    archive_entry_set_pathname(header, entry.name.c_str());
    archive_entry_set_filetype(header, entry.directory          ? AE_IFDIR
                                       : !entry.symlink.empty() ? AE_IFLNK
                                                                : AE_IFREG);
    archive_entry_set_perm(header, entry.directory ? 0755 : 0644);
    archive_entry_set_size(header, static_cast<la_int64_t>(entry.content.size()));
    if (!entry.symlink.empty()) archive_entry_set_symlink(header, entry.symlink.c_str());
    if (archive_write_header(writer, header) != ARCHIVE_OK ||
        archive_write_data(writer, entry.content.data(), entry.content.size()) !=
            static_cast<la_ssize_t>(entry.content.size())) {
      failed = entry.name;
    }
    archive_entry_free(header);
  }
  if (archive_write_close(writer) != ARCHIVE_OK && failed.empty()) failed = "close";
  if (!failed.empty() && archive_error_string(writer) != nullptr) {
    failed += std::string(": ") + archive_error_string(writer);
  }
  archive_write_free(writer);
  uselocale(previous);
  freelocale(utf8);
  if (!failed.empty()) throw std::runtime_error("7z archive: " + failed);
  return bytes;
}

}  // namespace precis::testing

#endif  // PRECIS_TESTS_SUPPORT_SEVEN_ZIP_ARCHIVE_H_
