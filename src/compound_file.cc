#include "compound_file.h"

#include <algorithm>

#include "affix.h"
#include "little_endian.h"

namespace precis {
namespace {

constexpr std::string_view kSignature = "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";
constexpr std::size_t kHeaderBytes = 512;
constexpr std::size_t kHeaderDifatEntries = 109;
constexpr std::size_t kDirectoryEntryBytes = 128;
constexpr unsigned kMiniSectorShift = 6;
// Streams shorter than this live in the mini stream ([MS-CFB] 2.2: always 4096).
constexpr std::uint64_t kMiniStreamCutoff = 4096;

constexpr std::uint32_t kEndOfChain = 0xFFFFFFFE;
constexpr std::uint32_t kNoStream = 0xFFFFFFFF;

constexpr unsigned char kStreamObject = 2;
constexpr unsigned char kRootObject = 5;

std::string UpperAscii(std::string_view name) {
  std::string upper(name);
  for (char& c : upper) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return upper;
}

// A directory entry's name, upper-cased; characters outside ASCII, which no stream
// precis reads has, become '?'.
std::string EntryName(std::string_view entry) {
  const std::size_t length_bytes = std::min<std::size_t>(LittleU16(entry, 0x40), 64);
  std::string name;
  for (std::size_t at = 0; at + 1 < length_bytes; at += 2) {
    const std::uint16_t unit = LittleU16(entry, at);
    if (unit == 0) break;
    name.push_back(unit < 0x80 ? static_cast<char>(unit) : '?');
  }
  return UpperAscii(name);
}

}  // namespace

bool LooksLikeCompoundFile(std::string_view bytes) { return StartsWith(bytes, kSignature); }

CompoundFile::CompoundFile(std::string_view bytes) : bytes_(bytes) {
  if (!LooksLikeCompoundFile(bytes)) {
    error_ = "not a compound file";
  } else if (!ReadHeader()) {
    error_ = "its header is damaged";
  } else if (!ReadFat()) {
    error_ = "its allocation table is damaged";
  } else if (!ReadDirectory()) {
    error_ = "its directory is damaged";
  }
}

bool CompoundFile::ReadHeader() {
  if (bytes_.size() < kHeaderBytes || LittleU16(bytes_, 0x1C) != 0xFFFE) return false;
  sector_shift_ = LittleU16(bytes_, 0x1E);
  // Version 3 files have 512-byte sectors, version 4 files 4096-byte ones.
  if ((sector_shift_ != 9 && sector_shift_ != 12) || LittleU16(bytes_, 0x20) != kMiniSectorShift) {
    return false;
  }
  const std::size_t sector_size = std::size_t{1} << sector_shift_;
  // The header fills the first sector; a last sector may be cut short.
  if (bytes_.size() <= sector_size) return false;
  sector_count_ = (bytes_.size() - sector_size + sector_size - 1) / sector_size;
  fat_sectors_ = LittleU32(bytes_, 0x2C);
  first_directory_ = LittleU32(bytes_, 0x30);
  first_mini_fat_ = LittleU32(bytes_, 0x3C);
  first_difat_ = LittleU32(bytes_, 0x44);
  difat_sectors_ = LittleU32(bytes_, 0x48);
  return fat_sectors_ <= sector_count_ && difat_sectors_ <= sector_count_;
}

bool CompoundFile::ReadFat() {
  const std::size_t sector_size = std::size_t{1} << sector_shift_;
  const std::size_t per_sector = sector_size / 4;
  std::vector<std::uint32_t> fat_sectors;
  for (std::size_t i = 0; i < kHeaderDifatEntries && fat_sectors.size() < fat_sectors_; ++i) {
    fat_sectors.push_back(LittleU32(bytes_, 0x4C + 4 * i));
  }
  std::uint32_t difat = first_difat_;
  for (std::uint32_t n = 0; n < difat_sectors_ && fat_sectors.size() < fat_sectors_; ++n) {
    if (difat >= sector_count_) return false;
    const std::size_t offset = (std::size_t{difat} + 1) * sector_size;
    if (offset + sector_size > bytes_.size()) return false;
    for (std::size_t i = 0; i + 1 < per_sector && fat_sectors.size() < fat_sectors_; ++i) {
      fat_sectors.push_back(LittleU32(bytes_, offset + 4 * i));
    }
    difat = LittleU32(bytes_, offset + sector_size - 4);
  }
  if (fat_sectors.size() < fat_sectors_) return false;
  fat_.reserve(fat_sectors.size() * per_sector);
  for (std::uint32_t sector : fat_sectors) {
    if (sector >= sector_count_) return false;
    const std::size_t offset = (std::size_t{sector} + 1) * sector_size;
    if (offset + sector_size > bytes_.size()) return false;
    for (std::size_t i = 0; i < per_sector; ++i) fat_.push_back(LittleU32(bytes_, offset + 4 * i));
  }
  return true;
}

bool CompoundFile::Chain(const std::vector<std::uint32_t>& table, std::uint32_t start,
                         std::size_t limit, std::vector<std::uint32_t>* sectors) {
  sectors->clear();
  for (std::uint32_t sector = start; sector != kEndOfChain; sector = table[sector]) {
    if (sector >= table.size() || sectors->size() >= limit) return false;
    sectors->push_back(sector);
  }
  return true;
}

bool CompoundFile::ReadChain(std::uint32_t start, std::string* out) const {
  std::vector<std::uint32_t> sectors;
  if (!Chain(fat_, start, sector_count_, &sectors)) return false;
  const std::size_t sector_size = std::size_t{1} << sector_shift_;
  out->clear();
  out->reserve(sectors.size() * sector_size);
  for (std::uint32_t sector : sectors) {
    if (sector >= sector_count_) return false;
    out->append(bytes_.substr((std::size_t{sector} + 1) * sector_size, sector_size));
  }
  return true;
}

bool CompoundFile::ReadDirectory() {
  std::string directory;
  if (!ReadChain(first_directory_, &directory)) return false;
  const std::size_t entries = directory.size() / kDirectoryEntryBytes;
  auto entry = [&](std::size_t i) {
    return std::string_view(directory).substr(i * kDirectoryEntryBytes, kDirectoryEntryBytes);
  };
  if (entries == 0 || static_cast<unsigned char>(entry(0)[0x42]) != kRootObject) return false;
  // Version 3 leaves the high half of a size undefined.
  const bool small_sizes = sector_shift_ == 9;
  auto size_of = [&](std::string_view e) {
    return small_sizes ? LittleU32(e, 0x78) : LittleU64(e, 0x78);
  };

  // The root's own stream is the mini stream; its sectors are in the mini FAT.
  const std::uint64_t mini_size = size_of(entry(0));
  if (mini_size > 0) {
    if (mini_size > bytes_.size() || !ReadChain(LittleU32(entry(0), 0x74), &mini_stream_) ||
        mini_stream_.size() < mini_size) {
      return false;
    }
    mini_stream_.resize(mini_size);
    std::string mini_fat;
    if (!ReadChain(first_mini_fat_, &mini_fat)) return false;
    for (std::size_t at = 0; at + 4 <= mini_fat.size(); at += 4) {
      mini_fat_.push_back(LittleU32(mini_fat, at));
    }
  }

  // The root's children form a tree through their left and right siblings; a
  // storage's own children (its "child") are not the root's.
  std::vector<bool> seen(entries, false);
  std::vector<std::uint32_t> pending = {LittleU32(entry(0), 0x4C)};
  while (!pending.empty()) {
    const std::uint32_t i = pending.back();
    pending.pop_back();
    if (i == kNoStream) continue;
    if (i >= entries || seen[i]) return false;
    seen[i] = true;
    const std::string_view e = entry(i);
    if (static_cast<unsigned char>(e[0x42]) == kStreamObject) {
      streams_.emplace(EntryName(e), Stream{LittleU32(e, 0x74), size_of(e)});
    }
    pending.push_back(LittleU32(e, 0x44));
    pending.push_back(LittleU32(e, 0x48));
  }
  return true;
}

bool CompoundFile::Has(std::string_view name) const {
  return error_.empty() && streams_.count(UpperAscii(name)) != 0;
}

bool CompoundFile::Read(std::string_view name, std::string* out) const {
  out->clear();
  if (!error_.empty()) return false;
  const auto found = streams_.find(UpperAscii(name));
  if (found == streams_.end()) return false;
  const Stream& stream = found->second;
  if (stream.size == 0) return true;
  if (stream.size > bytes_.size()) return false;
  if (stream.size >= kMiniStreamCutoff) {
    if (!ReadChain(stream.start, out) || out->size() < stream.size) return false;
  } else {
    const std::size_t mini_sector_size = std::size_t{1} << kMiniSectorShift;
    std::vector<std::uint32_t> sectors;
    if (!Chain(mini_fat_, stream.start, mini_stream_.size() / mini_sector_size, &sectors)) {
      return false;
    }
    for (std::uint32_t sector : sectors) {
      const std::size_t offset = std::size_t{sector} * mini_sector_size;
      if (offset >= mini_stream_.size()) return false;
      out->append(std::string_view(mini_stream_).substr(offset, mini_sector_size));
    }
    if (out->size() < stream.size) return false;
  }
  out->resize(stream.size);
  return true;
}

}  // namespace precis
