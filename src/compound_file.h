// Stage 1, part of load: the streams of a compound file, the container of Word 97-2003.
//
//   CompoundFile file(bytes_of_a_doc);
//   file.error().empty() && file.Has("WordDocument");
//   std::string word;
//   file.Read("WordDocument", &word);
//
// A compound file ([MS-CFB], also called OLE2 or structured storage) is a small file
// system in one file: fixed-size sectors chained by a file allocation table (FAT), a
// directory of named streams, and a "mini stream" of 64-byte sectors for streams under
// 4 KiB. Only the streams at the root are reachable here, which is where Word keeps its
// text: an embedded object's storage holds streams of the same names that are not the
// document's.
//
// The file is untrusted: every sector number is checked against the file's size, and a
// chain that loops or outruns the file is damage, not a hang.
#ifndef PRECIS_SRC_COMPOUND_FILE_H_
#define PRECIS_SRC_COMPOUND_FILE_H_

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace precis {

// Whether `bytes` open with the compound file signature D0 CF 11 E0 A1 B1 1A E1.
bool LooksLikeCompoundFile(std::string_view bytes);

class CompoundFile {
 public:
  // Reads the header, the allocation tables and the directory of `bytes`, which must
  // outlive this object; `error()` says what is damaged, if anything. Time linear in
  // the size of the tables.
  explicit CompoundFile(std::string_view bytes);

  // Empty when the file could be read, or what is wrong with it: "not a compound file",
  // "its header is damaged", "its allocation table is damaged", "its directory is
  // damaged".
  const std::string& error() const { return error_; }

  // Whether the root holds a stream named `name` (ASCII, compared as the format does,
  // without regard to case).
  bool Has(std::string_view name) const;

  // Sets `*out` to the root stream `name` and returns true; returns false when there is
  // no such stream or its sectors are damaged (missing, looping, or fewer than its size).
  bool Read(std::string_view name, std::string* out) const;

 private:
  struct Stream {
    std::uint32_t start = 0;
    std::uint64_t size = 0;
  };

  bool ReadHeader();
  bool ReadFat();
  bool ReadDirectory();
  // The sectors of the chain that starts at `start` in `table`, up to `limit` of them;
  // false when the chain leaves the table or does not end within `limit`.
  static bool Chain(const std::vector<std::uint32_t>& table, std::uint32_t start, std::size_t limit,
                    std::vector<std::uint32_t>* sectors);
  // The bytes of a chain of regular sectors.
  bool ReadChain(std::uint32_t start, std::string* out) const;

  std::string_view bytes_;
  std::string error_;
  unsigned sector_shift_ = 9;
  std::size_t sector_count_ = 0;  // whole sectors the file holds after its header
  std::uint32_t first_directory_ = 0;
  std::uint32_t first_mini_fat_ = 0;
  std::uint32_t first_difat_ = 0;
  std::uint32_t difat_sectors_ = 0;
  std::uint32_t fat_sectors_ = 0;
  std::vector<std::uint32_t> fat_;
  std::vector<std::uint32_t> mini_fat_;
  std::string mini_stream_;
  std::map<std::string, Stream> streams_;  // by upper-case ASCII name
};

}  // namespace precis

#endif  // PRECIS_SRC_COMPOUND_FILE_H_
