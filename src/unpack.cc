#include "unpack.h"

#include <algorithm>
#include <cstdint>
#include <optional>
#include <utility>

#include "affix.h"
#include "ascii.h"
#include "decompress.h"
#include "named_note.h"
#include "office_text.h"
#include "rar_reader.h"
#include "rar_volumes.h"
#include "saved_page.h"
#include "seven_zip_reader.h"
#include "size_name.h"
#include "zip_reader.h"

namespace precis {
namespace {

constexpr std::size_t kTarBlock = 512;

// Whether a member's path is one a directory listing would pass over: a hidden file or
// folder, or macOS's resource copies. "." and ".." are not hidden: nothing is extracted,
// so "a/../b.txt" is a name like any other, read as the archive holds it.
bool PassedOver(std::string_view path) {
  if (StartsWith(path, "__MACOSX/")) return true;
  std::size_t start = 0;
  while (start < path.size()) {
    const std::size_t slash = path.find('/', start);
    const std::string_view part =
        path.substr(start, slash == std::string_view::npos ? slash : slash - start);
    if (StartsWith(part, ".") && part != "." && part != "..") return true;
    if (slash == std::string_view::npos) break;
    start = slash + 1;
  }
  return false;
}

// Why an entry that is neither a file nor a folder is skipped, as a directory listing
// says it of the same things (read_inputs.cc).
constexpr const char* kLinkSkipped = "link in the archive, skipped";
constexpr const char* kSpecialSkipped = "not a regular file, skipped";

// A member's name goes into outputs that are one line each (a summary's sources), so it
// is printable, whatever path the archive holds.
std::string MemberName(const std::string& archive, std::string_view path) {
  while (StartsWith(path, "./")) path.remove_prefix(2);
  while (StartsWith(path, "/")) path.remove_prefix(1);
  return archive + "/" + PrintableName(path);
}

// Byte order of names; members of the same name (an archive may hold two) keep their order.
void SortByName(std::vector<Document>* members) {
  std::stable_sort(members->begin(), members->end(),
                   [](const Document& a, const Document& b) { return a.name < b.name; });
}

// One entry of a ZIP, 7z or RAR archive (`format`): a member, or why it is not one. An entry
// that could not be read has no content.
void AddEntry(std::string member, bool encrypted, const std::string& problem,
              const std::string& format, std::string content, Unpacked* unpacked) {
  if (encrypted) {
    unpacked->warnings.push_back(NamedNote(member, "password-protected, skipped"));
  } else if (!problem.empty()) {
    unpacked->warnings.push_back(
        NamedNote(member, "damaged " + format + " entry (" + problem + "), skipped"));
  } else {
    unpacked->members.push_back({std::move(member), std::move(content)});
  }
}

// An archive none of which is read, and why.
Unpacked SkippedWhole(const std::string& name, const std::string& problem) {
  Unpacked unpacked;
  unpacked.archive = true;
  unpacked.warnings.push_back(NamedNote(name, problem));
  return unpacked;
}

Unpacked TooLarge(const std::string& name, const std::string& kind, std::size_t max_bytes) {
  return SkippedWhole(name, kind + " over " + SizeName(max_bytes) + " once uncompressed, skipped");
}

// ZIP: an archive of documents unless load reads it as a document (office_text.h) or it
// is another program's package: Office Open XML ([MS-OPC]), ODF or EPUB.
Unpacked UnpackZip(const std::string& name, std::string_view bytes, std::size_t max_bytes) {
  if (SniffOfficeFormat(bytes) != OfficeFormat::kNone) return {};
  const ZipHandle archive = OpenZip(bytes);
  if (archive == nullptr && StartsWith(bytes, std::string_view("PK\x03\x04", 4))) {
    // An entry's header, but no list of entries at the end: a ZIP cut short (a download
    // stopped), not the "binary file" it would otherwise be called.
    return SkippedWhole(name, "damaged ZIP archive (no list of its files: cut short?), skipped");
  }
  if (archive == nullptr || zip_name_locate(archive.get(), "[Content_Types].xml", 0) >= 0 ||
      zip_name_locate(archive.get(), "mimetype", 0) >= 0) {
    return {};
  }
  Unpacked unpacked;
  unpacked.archive = true;
  std::vector<std::pair<std::string, zip_uint64_t>> entries;  // member names, indexes
  const zip_int64_t count = zip_get_num_entries(archive.get(), 0);
  for (zip_int64_t i = 0; i < count; ++i) {
    const char* path = zip_get_name(archive.get(), static_cast<zip_uint64_t>(i), 0);
    if (path == nullptr || EndsWith(path, "/") || PassedOver(path)) continue;
    entries.emplace_back(MemberName(name, path), static_cast<zip_uint64_t>(i));
  }
  std::sort(entries.begin(), entries.end());
  std::size_t left = max_bytes;
  for (const auto& [member, index] : entries) {
    ZipEntryRead read = ReadZipEntry(archive.get(), index, left);
    if (read.too_large) return TooLarge(name, "ZIP archive", max_bytes);
    left -= read.content.size();  // decompressed, kept or not (a damaged entry's part)
    if (!read.cannot_decompress.empty()) {
      // A whole entry, not the "damaged" one libzip's own words would make of it.
      unpacked.warnings.push_back(NamedNote(member, read.cannot_decompress + ", skipped"));
      continue;
    }
    AddEntry(member, read.encrypted, read.problem, "ZIP", std::move(read.content), &unpacked);
  }
  return unpacked;
}

// A tar header's number: octal digits, or GNU's base-256 for sizes past 8 GiB.
std::optional<std::uint64_t> TarNumber(std::string_view field) {
  std::uint64_t value = 0;
  if (!field.empty() && (static_cast<unsigned char>(field[0]) & 0x80) != 0) {
    for (std::size_t i = 1; i < field.size(); ++i) {
      if (value >> 56 != 0) return std::nullopt;
      value = value << 8 | static_cast<unsigned char>(field[i]);
    }
    return value;
  }
  std::size_t i = 0;
  while (i < field.size() && field[i] == ' ') ++i;
  bool digits = false;
  for (; i < field.size() && field[i] >= '0' && field[i] <= '7'; ++i) {
    value = value * 8 + static_cast<std::uint64_t>(field[i] - '0');
    digits = true;
  }
  if (i < field.size() && field[i] != ' ' && field[i] != '\0') return std::nullopt;
  if (!digits) return std::nullopt;
  return value;
}

bool TarChecksumHolds(std::string_view header) {
  const std::optional<std::uint64_t> stored = TarNumber(header.substr(148, 8));
  if (!stored) return false;
  // Old Unix tars summed the bytes as signed chars, which differs once a name holds a byte
  // over 0x7F; GNU tar accepts either sum, and so does this.
  std::uint64_t sum = 0;
  std::int64_t signed_sum = 0;
  for (std::size_t i = 0; i < kTarBlock; ++i) {
    const bool in_checksum = i >= 148 && i < 156;
    sum += in_checksum ? ' ' : static_cast<unsigned char>(header[i]);
    signed_sum += in_checksum ? ' ' : static_cast<signed char>(header[i]);
  }
  return sum == *stored || static_cast<std::uint64_t>(signed_sum) == *stored;
}

// A ustar header's magic, POSIX's ("ustar\0") or GNU's ("ustar  \0"): with its NUL, no
// text holds it, so a header that has it and fails its checksum is a damaged archive, not
// a binary file.
bool LooksLikeTar(std::string_view bytes) {
  if (bytes.size() < kTarBlock) return false;
  return bytes.substr(257, 6) == std::string_view("ustar\0", 6) ||
         bytes.substr(257, 8) == std::string_view("ustar  \0", 8);
}

// What tar writes for no file: end-of-archive blocks alone, all zeros. Zeros are also what
// a crash leaves in a text file, so only a name that says tar makes them an archive.
bool LooksLikeEmptyTar(const std::string& name, std::string_view bytes) {
  // The file's own name: a folder "backup.tar.d/" says nothing of the files in it.
  const std::string lowered = AsciiLowered(name.substr(name.rfind('/') + 1));
  const bool named_tar = EndsWith(lowered, ".tar") || lowered.find(".tar.") != std::string::npos ||
                         EndsWith(lowered, ".tgz") || EndsWith(lowered, ".tbz2") ||
                         EndsWith(lowered, ".txz") || EndsWith(lowered, ".tzst");
  return named_tar && bytes.size() >= 2 * kTarBlock && bytes.size() % kTarBlock == 0 &&
         std::all_of(bytes.begin(), bytes.end(), [](char c) { return c == '\0'; });
}

// A NUL-terminated field.
std::string_view Field(std::string_view header, std::size_t at, std::size_t size) {
  std::string_view field = header.substr(at, size);
  return field.substr(0, field.find('\0'));
}

// The "path" record of a pax extended header ("27 path=a/very/long/name\n").
std::string PaxPath(std::string_view records) {
  std::string path;
  while (!records.empty()) {
    const std::size_t space = records.find(' ');
    if (space == std::string_view::npos) break;
    std::size_t length = 0;
    for (char c : records.substr(0, space)) {
      if (c < '0' || c > '9' || length > records.size()) return path;
      length = length * 10 + static_cast<std::size_t>(c - '0');
    }
    if (length <= space + 1 || length > records.size()) break;
    std::string_view record = records.substr(space + 1, length - space - 1);
    if (EndsWith(record, "\n")) record.remove_suffix(1);
    if (StartsWith(record, "path=")) path = std::string(record.substr(5));
    records.remove_prefix(length);
  }
  return path;
}

// POSIX ustar, with GNU's long names ('L') and pax's ('x').
Unpacked UnpackTar(const std::string& name, std::string_view bytes, std::size_t max_bytes) {
  Unpacked unpacked;
  unpacked.archive = true;
  std::string long_name;
  std::size_t total = 0;
  std::size_t at = 0;
  while (at + kTarBlock <= bytes.size()) {
    const std::string_view header = bytes.substr(at, kTarBlock);
    if (header.find_first_not_of('\0') == std::string_view::npos) break;  // the end
    const std::optional<std::uint64_t> size = TarNumber(header.substr(124, 12));
    const std::size_t data_at = at + kTarBlock;
    const char* damage = !TarChecksumHolds(header)        ? "bad header checksum"
                         : !size                          ? "a header's size is not a number"
                         : *size > bytes.size() - data_at ? "cut short"
                                                          : nullptr;
    if (damage != nullptr) {
      unpacked.warnings.push_back(
          NamedNote(name, std::string("damaged tar archive (") + damage + ")" +
                              (unpacked.members.empty() ? ", skipped" : ", the rest skipped")));
      break;
    }
    const std::string_view data = bytes.substr(data_at, *size);
    const char type = header[156];
    if (type == 'L' || type == 'x') {
      long_name = type == 'L' ? std::string(data.substr(0, data.find('\0'))) : PaxPath(data);
    } else {
      std::string path = long_name;
      if (path.empty()) {
        const std::string_view prefix = Field(header, 345, 155);
        path =
            std::string(prefix) + (prefix.empty() ? "" : "/") + std::string(Field(header, 0, 100));
      }
      long_name.clear();
      const bool regular = type == '0' || type == '\0' || type == '7';
      const bool named = !path.empty() && !EndsWith(path, "/") && !PassedOver(path);
      if (regular && named) {
        total += data.size();
        if (total > max_bytes) return TooLarge(name, "tar archive", max_bytes);
        unpacked.members.push_back({MemberName(name, path), std::string(data)});
      } else if (named && (type == '1' || type == '2')) {  // hard and symbolic links
        unpacked.warnings.push_back(NamedNote(MemberName(name, path), kLinkSkipped));
      } else if (named && (type == '3' || type == '4' || type == '6')) {  // devices, FIFOs
        unpacked.warnings.push_back(NamedNote(MemberName(name, path), kSpecialSkipped));
      }
    }
    at = data_at + (*size + kTarBlock - 1) / kTarBlock * kTarBlock;
  }
  SortByName(&unpacked.members);
  return unpacked;
}

// 7z and RAR (seven_zip_reader.h, rar_reader.h), as libarchive read them as `format`:
// regular files become members, as in a ZIP archive; damage keeps the members read before
// it, as in a tar archive.
Unpacked UnpackLibarchive(const std::string& name, LibarchiveRead read, const std::string& format,
                          std::size_t max_bytes) {
  if (read.too_large) return TooLarge(name, format + " archive", max_bytes);
  if (read.listing_too_large) {
    return SkippedWhole(name, format + " archive whose list of files is over " +
                                  SizeName(kMaxSevenZipListing) +
                                  " (about 12,000 files), skipped: extract it and give its folder");
  }
  if (read.encrypted_listing) {
    return SkippedWhole(name, "password-protected " + format + " archive, skipped");
  }
  Unpacked unpacked;
  unpacked.archive = true;
  for (LibarchiveEntry& entry : read.entries) {
    if (entry.path.empty()) {
      unpacked.warnings.push_back(NamedNote(name, "a file whose name cannot be read, skipped"));
      continue;
    }
    if (PassedOver(entry.path)) continue;
    if (entry.kind != LibarchiveEntry::kFile) {
      unpacked.warnings.push_back(
          NamedNote(MemberName(name, entry.path),
                    entry.kind == LibarchiveEntry::kLink ? kLinkSkipped : kSpecialSkipped));
      continue;
    }
    AddEntry(MemberName(name, entry.path), entry.encrypted, entry.problem, format,
             std::move(entry.content), &unpacked);
  }
  for (const std::string& path : read.split_volumes) {
    unpacked.warnings.push_back(NamedNote(
        MemberName(name, path), "split across the volumes of a multi-volume " + format +
                                    " archive, and one is missing, skipped: give every volume (" +
                                    RarVolumeNamesHint(name) + ") together"));
  }
  if (!read.problem.empty()) {
    unpacked.warnings.push_back(
        NamedNote(name, "damaged " + format + " archive (" + read.problem + ")" +
                            (unpacked.members.empty() ? ", skipped" : ", the rest skipped")));
  }
  SortByName(&unpacked.members);
  return unpacked;
}

// A compressed file: its content is one document, named as the file, or a tar archive
// (.tar.gz, .tar.bz2, .tar.xz, .tar.zst).
Unpacked UnpackCompressed(const std::string& name, std::string_view bytes, Compression kind,
                          std::size_t max_bytes) {
  Decompressed content = Decompress(kind, bytes, max_bytes);
  if (content.too_large) return TooLarge(name, CompressionName(kind), max_bytes);
  Unpacked unpacked;
  unpacked.archive = true;
  if (!content.problem.empty()) {
    const std::string damaged =
        std::string("damaged ") + CompressionName(kind) + " (" + content.problem + ")";
    if (content.cut_short && LooksLikeTar(content.partial)) {
      // The files that came out whole before the damage are read, as a tar archive cut
      // short is; its own warning would blame the tar, not the compression.
      Unpacked before = UnpackTar(name, content.partial, max_bytes);
      const std::string tar_damage = NamedNote(name, "damaged tar archive");
      before.warnings.erase(std::remove_if(before.warnings.begin(), before.warnings.end(),
                                           [&](const std::string& warning) {
                                             return StartsWith(warning, tar_damage);
                                           }),
                            before.warnings.end());
      before.warnings.insert(
          before.warnings.begin(),
          NamedNote(name, damaged + (before.members.empty() ? ", skipped" : ", the rest skipped")));
      return before;
    }
    unpacked.warnings.push_back(NamedNote(name, damaged + ", skipped"));
    return unpacked;
  }
  if (content.ignored > 0) {
    unpacked.warnings.push_back(
        NamedNote(name, Counted(content.ignored, content.ignored_zeros ? "zero byte" : "byte") +
                            " after the end of the compressed data, ignored"));
  }
  if (LooksLikeTar(content.content)) {
    Unpacked tar = UnpackTar(name, content.content, max_bytes);
    tar.warnings.insert(tar.warnings.begin(), unpacked.warnings.begin(), unpacked.warnings.end());
    return tar;
  }
  if (LooksLikeEmptyTar(name, content.content)) {
    unpacked.warnings.push_back(NamedNote(name, "archive holds no file, skipped"));
    return unpacked;
  }
  unpacked.members.push_back({name, std::move(content.content)});
  return unpacked;
}

// Members of one name: a ZIP archive added to twice under a name, `tar -r`, or paths
// that differ only by a "./". Each is read, as the archive holds it, but the user is told,
// since a summary's sources would otherwise name two documents alike.
void NoteRepeatedNames(Unpacked* unpacked) {
  const std::vector<Document>& members = unpacked->members;  // in name order
  for (std::size_t first = 0; first < members.size();) {
    std::size_t end = first + 1;
    while (end < members.size() && members[end].name == members[first].name) ++end;
    if (end - first > 1) {
      unpacked->warnings.push_back(NamedNote(
          members[first].name,
          "the archive holds " + std::to_string(end - first) + " files of this name, each read"));
    }
    first = end;
  }
}

// A folder of a saved page's images and scripts (saved_page.h), zipped with the page.
void DropSavedPageMembers(Unpacked* unpacked) {
  std::vector<std::string> names;
  for (const Document& member : unpacked->members) names.push_back(member.name);
  std::vector<std::string> notes = DropSavedPageFolders(&names);
  if (notes.empty()) return;
  std::vector<Document> kept;
  std::size_t next = 0;  // in `names`, which keeps the members' order
  for (Document& member : unpacked->members) {
    if (next < names.size() && member.name == names[next]) {
      kept.push_back(std::move(member));
      ++next;
    }
  }
  unpacked->members = std::move(kept);
  for (std::string& note : notes) unpacked->warnings.push_back(std::move(note));
}

}  // namespace

Unpacked Unpack(const std::string& name, std::string_view bytes, std::size_t max_bytes) {
  Unpacked unpacked;
  if (LooksLikeZip(bytes)) {
    unpacked = UnpackZip(name, bytes, max_bytes);
  } else if (LooksLikeSevenZip(bytes)) {
    unpacked = UnpackLibarchive(name, ReadSevenZip(bytes, max_bytes), "7z", max_bytes);
  } else if (LooksLikeRar(bytes)) {
    unpacked = UnpackLibarchive(name, ReadRar(bytes, max_bytes), "RAR", max_bytes);
  } else if (const Compression kind = SniffCompression(bytes); kind != Compression::kNone) {
    unpacked = UnpackCompressed(name, bytes, kind, max_bytes);
  } else if (LooksLikeTar(bytes)) {
    unpacked = UnpackTar(name, bytes, max_bytes);
  } else if (LooksLikeEmptyZip(bytes) || LooksLikeEmptyTar(name, bytes)) {
    unpacked.archive = true;  // said below; read as text, it would be "binary"
  }
  DropSavedPageMembers(&unpacked);
  NoteRepeatedNames(&unpacked);
  if (unpacked.archive && unpacked.members.empty() && unpacked.warnings.empty()) {
    unpacked.warnings.push_back(NamedNote(name, "archive holds no file, skipped"));
  }
  return unpacked;
}

}  // namespace precis
