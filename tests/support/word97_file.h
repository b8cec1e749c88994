// Word 97-2003 files built in memory, for tests of the compound file and .doc readers:
// the pieces, character properties and damage a case needs, which no word processor
// can be asked to write.
//
// CompoundFileBytes lays out a version 3 compound file: the header, one FAT sector, one
// directory sector, then each stream's sectors in turn. Streams are padded to 4 KiB, so
// that none lives in the mini stream. Word97Stream lays out a WordDocument stream: a
// FIB of Word 97's size, then the text of each piece, then one FKP page of character
// runs; Word97Table the matching table stream, with the piece table (Clx) first.
#ifndef PRECIS_TESTS_SUPPORT_WORD97_FILE_H_
#define PRECIS_TESTS_SUPPORT_WORD97_FILE_H_

#include <cstdint>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace precis::testing {

inline void PutU16(std::string* bytes, std::size_t at, std::uint32_t value) {
  (*bytes)[at] = static_cast<char>(value & 0xFF);
  (*bytes)[at + 1] = static_cast<char>((value >> 8) & 0xFF);
}

inline void PutU32(std::string* bytes, std::size_t at, std::uint32_t value) {
  PutU16(bytes, at, value & 0xFFFF);
  PutU16(bytes, at + 2, value >> 16);
}

inline void AppendU32(std::string* bytes, std::uint32_t value) {
  bytes->append(4, '\0');
  PutU32(bytes, bytes->size() - 4, value);
}

struct CfbStream {
  std::string name;  // ASCII
  std::string content;
};

// At most three streams, in the root's directory.
inline std::string CompoundFileBytes(std::vector<CfbStream> streams) {
  constexpr std::size_t kSector = 512;
  constexpr std::uint32_t kEnd = 0xFFFFFFFE;
  std::string header(kSector, '\0');
  header.replace(0, 8, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1");
  PutU16(&header, 0x18, 0x3E);
  PutU16(&header, 0x1A, 3);
  PutU16(&header, 0x1C, 0xFFFE);
  PutU16(&header, 0x1E, 9);
  PutU16(&header, 0x20, 6);
  PutU32(&header, 0x2C, 1);     // FAT sectors
  PutU32(&header, 0x30, 1);     // first directory sector
  PutU32(&header, 0x38, 4096);  // mini stream cutoff
  PutU32(&header, 0x3C, kEnd);  // no mini FAT
  PutU32(&header, 0x44, kEnd);  // no DIFAT sector
  for (std::size_t i = 0; i < 109; ++i) PutU32(&header, 0x4C + 4 * i, 0xFFFFFFFF);
  PutU32(&header, 0x4C, 0);  // the FAT is sector 0

  std::string fat(kSector, '\xFF');
  PutU32(&fat, 0, 0xFFFFFFFD);  // sector 0 holds the FAT
  PutU32(&fat, 4, kEnd);        // sector 1 the directory
  std::string directory(kSector, '\0');
  auto entry = [&](std::size_t i, const std::string& name, unsigned char type, std::uint32_t start,
                   std::uint32_t size, std::uint32_t child, std::uint32_t right) {
    const std::size_t at = i * 128;
    for (std::size_t c = 0; c < name.size(); ++c) PutU16(&directory, at + 2 * c, name[c]);
    PutU16(&directory, at + 0x40, static_cast<std::uint32_t>(2 * (name.size() + 1)));
    directory[at + 0x42] = static_cast<char>(type);
    directory[at + 0x43] = 1;  // black
    PutU32(&directory, at + 0x44, 0xFFFFFFFF);
    PutU32(&directory, at + 0x48, right);
    PutU32(&directory, at + 0x4C, child);
    PutU32(&directory, at + 0x74, start);
    PutU32(&directory, at + 0x78, size);
  };
  entry(0, "Root Entry", 5, kEnd, 0, streams.empty() ? 0xFFFFFFFF : 1, 0xFFFFFFFF);
  std::string body;
  std::uint32_t next = 2;
  for (std::size_t i = 0; i < streams.size(); ++i) {
    std::string& content = streams[i].content;
    if (content.size() < 4096) content.resize(4096, '\0');
    const std::uint32_t sectors =
        static_cast<std::uint32_t>((content.size() + kSector - 1) / kSector);
    if (fat.size() < (next + sectors) * 4) throw std::runtime_error("streams too large");
    for (std::uint32_t s = 0; s < sectors; ++s) {
      PutU32(&fat, (next + s) * 4, s + 1 == sectors ? kEnd : next + s + 1);
    }
    const std::uint32_t right =
        i + 1 < streams.size() ? static_cast<std::uint32_t>(i + 2) : 0xFFFFFFFF;
    entry(i + 1, streams[i].name, 2, next, static_cast<std::uint32_t>(content.size()), 0xFFFFFFFF,
          right);
    content.resize(std::size_t{sectors} * kSector, '\0');
    body += content;
    next += sectors;
  }
  return header + fat + directory + body;
}

struct Word97Piece {
  std::u16string text;      // as Word stores it: 0x0D ends a paragraph, 0x13 opens a field...
  bool compressed = false;  // stored as 8-bit Windows-1252 (each unit must be under 0x100)
};

// A run of characters, by their place in the main text, with a character property list.
struct Word97Run {
  std::uint32_t first = 0;  // character position
  std::uint32_t count = 0;
  std::string grpprl;
};

struct Word97Document {
  std::string word;   // the WordDocument stream
  std::string table;  // the 1Table stream
};

// `ccp_text` characters of the pieces, in order, are the main text; the rest of the last
// piece stands for footnotes and headers. `runs`, in order and apart, must lie in
// uncompressed pieces.
inline Word97Document Word97Stream(const std::vector<Word97Piece>& pieces, std::uint32_t ccp_text,
                                   const std::vector<Word97Run>& runs = {}) {
  constexpr std::size_t kFibBytes = 32 + 2 + 14 * 2 + 2 + 22 * 4 + 2 + 93 * 8;
  Word97Document document;
  std::string& word = document.word;
  word.assign(kFibBytes, '\0');
  PutU16(&word, 0x00, 0xA5EC);
  PutU16(&word, 0x02, 0xC1);
  PutU16(&word, 0x0A, 0x0200);  // the table stream is 1Table
  PutU16(&word, 32, 14);
  PutU16(&word, 32 + 2 + 28, 22);
  PutU32(&word, 32 + 2 + 28 + 2 + 3 * 4, ccp_text);
  PutU16(&word, 32 + 2 + 28 + 2 + 88, 93);
  const std::size_t pairs_at = 32 + 2 + 28 + 2 + 88 + 2;

  // Text, piece by piece; the piece table's CPs and PCDs.
  std::vector<std::uint32_t> cps = {0};
  std::vector<std::uint32_t> fcs;
  std::vector<std::uint32_t> piece_offsets;
  for (const Word97Piece& piece : pieces) {
    const std::uint32_t offset = static_cast<std::uint32_t>(word.size());
    piece_offsets.push_back(offset);
    for (char16_t unit : piece.text) {
      if (piece.compressed) {
        word.push_back(static_cast<char>(unit));
      } else {
        word.push_back(static_cast<char>(unit & 0xFF));
        word.push_back(static_cast<char>(unit >> 8));
      }
    }
    cps.push_back(cps.back() + static_cast<std::uint32_t>(piece.text.size()));
    fcs.push_back(piece.compressed ? (offset * 2) | 0x40000000 : offset);
  }
  std::string& table = document.table;
  table.push_back('\x02');
  AppendU32(&table, static_cast<std::uint32_t>(cps.size() * 4 + fcs.size() * 8));
  for (std::uint32_t cp : cps) AppendU32(&table, cp);
  for (std::uint32_t fc : fcs) {
    table.append(2, '\0');
    AppendU32(&table, fc);
    table.append(2, '\0');
  }
  PutU32(&word, pairs_at + 33 * 8, 0);
  PutU32(&word, pairs_at + 33 * 8 + 4, static_cast<std::uint32_t>(table.size()));

  // One FKP page of runs, at the next 512-byte boundary, and the table's PlcBteChpx.
  if (!runs.empty()) {
    auto fc_of = [&](std::uint32_t cp) {
      std::size_t i = 0;
      while (cps[i + 1] <= cp) ++i;
      return piece_offsets[i] + (cp - cps[i]) * 2;
    };
    word.resize((word.size() + 511) / 512 * 512, '\0');
    const std::uint32_t page_number = static_cast<std::uint32_t>(word.size() / 512);
    // The page's runs follow each other: text between two given runs is a run without
    // properties.
    struct PageRun {
      std::uint32_t start, end;
      const std::string* grpprl;
    };
    std::vector<PageRun> page_runs;
    for (const Word97Run& run : runs) {
      const std::uint32_t start = fc_of(run.first);
      if (!page_runs.empty() && page_runs.back().end != start) {
        page_runs.push_back({page_runs.back().end, start, nullptr});
      }
      page_runs.push_back({start, start + run.count * 2, &run.grpprl});
    }
    std::string page(512, '\0');
    page[511] = static_cast<char>(page_runs.size());
    std::size_t property_at = 510;
    for (std::size_t i = 0; i < page_runs.size(); ++i) {
      PutU32(&page, i * 4, page_runs[i].start);
      PutU32(&page, (i + 1) * 4, page_runs[i].end);
      if (page_runs[i].grpprl == nullptr) continue;
      const std::string& grpprl = *page_runs[i].grpprl;
      property_at = (property_at - grpprl.size() - 1) & ~std::size_t{1};
      page[property_at] = static_cast<char>(grpprl.size());
      page.replace(property_at + 1, grpprl.size(), grpprl);
      page[(page_runs.size() + 1) * 4 + i] = static_cast<char>(property_at / 2);
    }
    word += page;
    const std::uint32_t plc_at = static_cast<std::uint32_t>(table.size());
    AppendU32(&table, page_runs.front().start);
    AppendU32(&table, page_runs.back().end);
    AppendU32(&table, page_number);
    PutU32(&word, pairs_at + 12 * 8, plc_at);
    PutU32(&word, pairs_at + 12 * 8 + 4, 12);
  }
  return document;
}

// The compound file of a Word document, as Word lays it out.
inline std::string Word97File(const Word97Document& document) {
  return CompoundFileBytes({{"WordDocument", document.word}, {"1Table", document.table}});
}

}  // namespace precis::testing

#endif  // PRECIS_TESTS_SUPPORT_WORD97_FILE_H_
