#include "libarchive_read.h"

#include <archive.h>
#include <archive_entry.h>
#include <locale.h>

#include <memory>
#include <new>
#include <utility>

namespace precis {
namespace {

// libarchive converts names stored in UTF-16 (7z) or in RAR's own encoding to the charset
// of the thread's locale, and in the "C" locale a program starts in a name with an "é"
// comes out as no name at all. This sets C.UTF-8 (built into glibc since 2.35) for the
// calling thread only, while it lives.
class Utf8Locale {
 public:
  Utf8Locale() : utf8_(newlocale(LC_CTYPE_MASK, "C.UTF-8", locale_t{})) {
    if (utf8_ != locale_t{}) previous_ = uselocale(utf8_);
  }
  ~Utf8Locale() {
    if (utf8_ == locale_t{}) return;
    uselocale(previous_);
    freelocale(utf8_);
  }
  Utf8Locale(const Utf8Locale&) = delete;
  Utf8Locale& operator=(const Utf8Locale&) = delete;

 private:
  locale_t utf8_;
  locale_t previous_{};
};

struct ArchiveReadDeleter {
  void operator()(archive* reader) const { archive_read_free(reader); }
};

// libarchive's reason. 3.6 gives none when what it needs lies past the end of the bytes.
std::string ArchiveProblem(archive* reader) {
  const char* message = archive_error_string(reader);
  return message != nullptr ? message : "data past its end";
}

// Only the readers of `format`: no other format may take this route.
bool Support(archive* reader, LibarchiveFormat format) {
  switch (format) {
    case LibarchiveFormat::kSevenZip:
      return archive_read_support_format_7zip(reader) == ARCHIVE_OK;
    case LibarchiveFormat::kRar:
      // RAR 1.5 to 4 and RAR 5 are two formats with one name and one extension.
      return archive_read_support_format_rar(reader) == ARCHIVE_OK &&
             archive_read_support_format_rar5(reader) == ARCHIVE_OK;
  }
  return false;
}

}  // namespace

LibarchiveRead ReadWithLibarchive(std::string_view bytes, LibarchiveFormat format,
                                  std::size_t limit) {
  LibarchiveRead read;
  const Utf8Locale utf8_names;
  const std::unique_ptr<archive, ArchiveReadDeleter> owner(archive_read_new());
  archive* const reader = owner.get();
  if (reader == nullptr) throw std::bad_alloc();
  if (!Support(reader, format) ||
      archive_read_open_memory(reader, bytes.data(), bytes.size()) != ARCHIVE_OK) {
    read.problem = ArchiveProblem(reader);
    return read;
  }
  constexpr std::size_t kChunk = 64 * 1024;
  std::string chunk(kChunk, '\0');
  std::size_t total = 0;
  for (bool first = true;; first = false) {
    archive_entry* header = nullptr;
    const int status = archive_read_next_header(reader, &header);
    if (status == ARCHIVE_EOF) break;
    if (status < ARCHIVE_WARN) {
      if (first && archive_read_has_encrypted_entries(reader) > 0) {
        read.encrypted_listing = true;
      } else {
        read.problem = ArchiveProblem(reader);
      }
      break;
    }
    // Folders, links and devices: reading the next header passes over whatever they hold.
    const auto type = archive_entry_filetype(header);
    if (type == AE_IFDIR) continue;
    LibarchiveEntry entry;
    const char* path = archive_entry_pathname_utf8(header);
    if (path != nullptr) entry.path = path;
    const bool link = type == AE_IFLNK || archive_entry_hardlink(header) != nullptr;
    if (link || type != AE_IFREG) {
      entry.kind = link ? LibarchiveEntry::kLink : LibarchiveEntry::kSpecial;
      read.entries.push_back(std::move(entry));
      continue;
    }
    if (archive_entry_is_encrypted(header)) {
      entry.encrypted = true;
      read.entries.push_back(std::move(entry));
      continue;
    }
    // Every entry is read through, whatever the caller keeps, so that the limit counts
    // all that is decompressed, whatever the headers claim.
    la_ssize_t got = 0;
    while ((got = archive_read_data(reader, chunk.data(), chunk.size())) > 0) {
      total += static_cast<std::size_t>(got);
      if (total > limit) {
        read.too_large = true;
        return read;
      }
      entry.content.append(chunk.data(), static_cast<std::size_t>(got));
    }
    if (got == ARCHIVE_WARN) {
      // libarchive's one warning here: the entry's CRC does not match, known once its last
      // byte is read. The entries after it are read as usual.
      entry.content.clear();
      entry.problem = ArchiveProblem(reader);
      read.entries.push_back(std::move(entry));
      continue;
    }
    if (got < 0) {
      read.problem = ArchiveProblem(reader);
      break;
    }
    read.entries.push_back(std::move(entry));
  }
  return read;
}

}  // namespace precis
