#include "doc_text.h"

#include <algorithm>
#include <cstdint>
#include <iterator>
#include <string>
#include <vector>

#include "compound_file.h"
#include "converter.h"
#include "little_endian.h"
#include "paragraph_text.h"
#include "utf8.h"

namespace precis {
namespace {

constexpr std::string_view kFormatName = "Word 97-2003 document";

// [MS-DOC] 2.5.1, FibBase.
constexpr std::uint16_t kWordIdent = 0xA5EC;
constexpr std::size_t kFibBaseBytes = 32;
constexpr std::uint16_t kEncryptedFlag = 0x0100;
constexpr std::uint16_t kTable1Flag = 0x0200;
// Word 97 writes 0xC1, its betas 0xC0; Word 6 and Word 95 wrote 101 to 105, with another
// layout after the FibBase.
constexpr std::uint16_t kFirstWord97Fib = 0xC0;

// Indexes of FibRgLw97 and of the (fc, lcb) pairs of FibRgFcLcb97 ([MS-DOC] 2.5.5, 2.5.6).
constexpr std::size_t kCcpTextIndex = 3;
constexpr std::size_t kPlcfBteChpxPair = 12;
constexpr std::size_t kClxPair = 33;

// Character property changes ([MS-DOC] 2.6.1) that take text off the page.
constexpr std::uint16_t kSprmDeleted = 0x0800;  // sprmCFRMarkDel
constexpr std::uint16_t kSprmHidden = 0x083C;   // sprmCFVanish

constexpr std::size_t kFkpBytes = 512;

// Whether `size` bytes from `at` lie within `bytes`, without overflow.
bool Within(std::string_view bytes, std::uint64_t at, std::uint64_t size) {
  return at <= bytes.size() && size <= bytes.size() - at;
}

struct Fib {
  std::uint16_t flags = 0;
  std::uint32_t ccp_text = 0;
  std::uint32_t fc_clx = 0;
  std::uint32_t lcb_clx = 0;
  std::uint32_t fc_chpx = 0;
  std::uint32_t lcb_chpx = 0;
};

// The FIB's variable parts are counted arrays: csw 16-bit words, cslw 32-bit longs,
// cbRgFcLcb (fc, lcb) pairs.
bool ReadFib(std::string_view word, Fib* fib) {
  if (!Within(word, 0, kFibBaseBytes + 2)) return false;
  fib->flags = LittleU16(word, 0x0A);
  std::size_t at = kFibBaseBytes;
  at += 2 + std::size_t{LittleU16(word, at)} * 2;
  if (!Within(word, at, 2)) return false;
  const std::size_t longs = LittleU16(word, at);
  const std::size_t longs_at = at + 2;
  at = longs_at + longs * 4;
  if (longs <= kCcpTextIndex || !Within(word, at, 2)) return false;
  fib->ccp_text = LittleU32(word, longs_at + kCcpTextIndex * 4);
  const std::size_t pairs = LittleU16(word, at);
  const std::size_t pairs_at = at + 2;
  if (pairs <= kClxPair || !Within(word, pairs_at, pairs * 8)) return false;
  fib->fc_chpx = LittleU32(word, pairs_at + kPlcfBteChpxPair * 8);
  fib->lcb_chpx = LittleU32(word, pairs_at + kPlcfBteChpxPair * 8 + 4);
  fib->fc_clx = LittleU32(word, pairs_at + kClxPair * 8);
  fib->lcb_clx = LittleU32(word, pairs_at + kClxPair * 8 + 4);
  return true;
}

// A run of the main text stored in one place ([MS-DOC] 2.9.178, Pcd).
struct Piece {
  std::uint32_t cp_start = 0;
  std::uint32_t cp_end = 0;
  std::uint32_t offset = 0;  // in the WordDocument stream
  bool compressed = false;   // 8-bit Windows-1252 rather than UTF-16LE
};

// The piece table: the Clx's property lists (Prc) are skipped to reach its Pcdt.
bool ReadPieces(std::string_view table, const Fib& fib, std::vector<Piece>* pieces) {
  if (!Within(table, fib.fc_clx, fib.lcb_clx)) return false;
  const std::string_view clx = table.substr(fib.fc_clx, fib.lcb_clx);
  std::size_t at = 0;
  while (at < clx.size() && clx[at] == 0x01) {
    if (!Within(clx, at + 1, 2)) return false;
    at += 3 + std::size_t{LittleU16(clx, at + 1)};
  }
  if (at >= clx.size() || clx[at] != 0x02 || !Within(clx, at + 1, 4)) return false;
  const std::uint32_t size = LittleU32(clx, at + 1);
  if (!Within(clx, at + 5, size) || size < 4 || (size - 4) % 12 != 0) return false;
  const std::string_view plc = clx.substr(at + 5, size);
  const std::size_t count = (size - 4) / 12;
  const std::size_t descriptors = (count + 1) * 4;
  for (std::size_t i = 0; i < count; ++i) {
    Piece piece;
    piece.cp_start = LittleU32(plc, i * 4);
    piece.cp_end = LittleU32(plc, i * 4 + 4);
    if (piece.cp_end < piece.cp_start) return false;
    const std::uint32_t fc = LittleU32(plc, descriptors + i * 8 + 2);
    piece.compressed = (fc & 0x40000000) != 0;
    piece.offset = fc & 0x3FFFFFFF;
    if (piece.compressed) piece.offset /= 2;
    pieces->push_back(piece);
  }
  return true;
}

// Whether a character property list (grpprl) marks its text deleted or hidden. A
// toggle's operand is 0 or 1, 0x80 for the style's value or 0x81 for its opposite; taken
// as on when its low bit is, since styles that delete or hide text are rare.
bool TakesTextOff(std::string_view grpprl) {
  std::size_t at = 0;
  while (Within(grpprl, at, 2)) {
    const std::uint16_t sprm = LittleU16(grpprl, at);
    at += 2;
    std::size_t operand = 0;
    switch (sprm >> 13) {
      case 0:
      case 1:
        operand = 1;
        break;
      case 2:
      case 4:
      case 5:
        operand = 2;
        break;
      case 3:
        operand = 4;
        break;
      case 7:
        operand = 3;
        break;
      default:  // 6: a byte gives the operand's size
        if (at >= grpprl.size()) return false;
        operand = 1 + static_cast<unsigned char>(grpprl[at]);
    }
    if ((sprm == kSprmDeleted || sprm == kSprmHidden) && at < grpprl.size() &&
        (static_cast<unsigned char>(grpprl[at]) & 1) != 0) {
      return true;
    }
    at += operand;
  }
  return false;
}

// A range of the WordDocument stream whose text is off the page.
struct Hidden {
  std::uint32_t start = 0;
  std::uint32_t end = 0;
};

// The character runs of the FKP pages ([MS-DOC] 2.9.44, 2.9.40) that delete or hide
// text. A damaged table or page gives fewer runs rather than no document: the text is
// still the text.
std::vector<Hidden> ReadHidden(std::string_view word, std::string_view table, const Fib& fib) {
  std::vector<Hidden> hidden;
  if (!Within(table, fib.fc_chpx, fib.lcb_chpx) || fib.lcb_chpx < 4 ||
      (fib.lcb_chpx - 4) % 8 != 0) {
    return hidden;
  }
  const std::string_view plc = table.substr(fib.fc_chpx, fib.lcb_chpx);
  const std::size_t pages = (plc.size() - 4) / 8;
  for (std::size_t i = 0; i < pages; ++i) {
    const std::uint64_t page_at =
        std::uint64_t{LittleU32(plc, (pages + 1) * 4 + i * 4) & 0x3FFFFF} * kFkpBytes;
    if (!Within(word, page_at, kFkpBytes)) continue;
    const std::string_view page = word.substr(page_at, kFkpBytes);
    const std::size_t runs = static_cast<unsigned char>(page[kFkpBytes - 1]);
    if ((runs + 1) * 4 + runs > kFkpBytes - 1) continue;
    for (std::size_t run = 0; run < runs; ++run) {
      const std::size_t chpx_at =
          std::size_t{static_cast<unsigned char>(page[(runs + 1) * 4 + run])} * 2;
      if (chpx_at == 0 || chpx_at >= kFkpBytes - 1) continue;
      const std::size_t size = static_cast<unsigned char>(page[chpx_at]);
      if (chpx_at + 1 + size > kFkpBytes - 1) continue;
      if (TakesTextOff(page.substr(chpx_at + 1, size))) {
        hidden.push_back({LittleU32(page, run * 4), LittleU32(page, run * 4 + 4)});
      }
    }
  }
  std::sort(hidden.begin(), hidden.end(), [](const Hidden& a, const Hidden& b) {
    return a.start != b.start ? a.start < b.start : a.end < b.end;
  });
  return hidden;
}

bool IsHidden(const std::vector<Hidden>& hidden, std::uint32_t fc) {
  auto after = std::upper_bound(hidden.begin(), hidden.end(), fc,
                                [](std::uint32_t at, const Hidden& run) { return at < run.start; });
  return after != hidden.begin() && fc < std::prev(after)->end;
}

// Turns the main text's characters into paragraphs, as Word shows them.
class TextWriter {
 public:
  void Put(char32_t c) {
    switch (c) {
      case 0x13:  // a field begins with its instruction ("HYPERLINK ...", "PAGE")
        fields_.push_back(true);
        ++instructions_;
        return;
      case 0x14:  // ...then, after this separator, its result
        if (!fields_.empty() && fields_.back()) {
          fields_.back() = false;
          --instructions_;
        }
        return;
      case 0x15:  // ...until its end
        if (!fields_.empty()) {
          if (fields_.back()) --instructions_;
          fields_.pop_back();
        }
        return;
    }
    if (instructions_ > 0) return;
    switch (c) {
      case 0x0D:  // end of paragraph
      case 0x07:  // end of a table's cell or row
      case 0x0C:  // page or section break
        out_.EndParagraph();
        return;
      case 0x0B:
        out_.Literal("\n");
        return;
      case 0x09:
        out_.Literal(" ");
        return;
      case 0x1E:  // non-breaking hyphen
        out_.Literal("-");
        return;
    }
    // Other controls mark footnote references, pictures and drawn objects (and 0x1F an
    // optional hyphen); surrogates left alone are not text.
    if (c < 0x20 || (c >= 0x7F && c < 0xA0) || (c >= 0xD800 && c < 0xE000)) {
      return;
    }
    utf8_.clear();
    AppendUtf8(static_cast<UChar32>(c), &utf8_);
    out_.Literal(utf8_);
  }
  std::string Finish() { return out_.Finish(); }

 private:
  ParagraphText out_;
  std::vector<bool> fields_;  // open fields, innermost last: true while in its instruction
  std::size_t instructions_ = 0;
  std::string utf8_;
};

// The code units of a piece of `count` characters at the start of `bytes`. 8-bit text is
// Windows-1252 ([MS-DOC] 2.4.1), one unit a byte, so that unit i is at byte i.
bool PieceUnits(std::string_view bytes, std::uint32_t count, bool compressed, UConverter* cp1252,
                std::u16string* units) {
  units->assign(count, u'\0');
  if (!compressed) {
    for (std::uint32_t i = 0; i < count; ++i) (*units)[i] = LittleU16(bytes, 2 * std::size_t{i});
    return true;
  }
  UErrorCode status = U_ZERO_ERROR;
  const int32_t length = ucnv_toUChars(cp1252, units->data(), static_cast<int32_t>(count),
                                       bytes.data(), static_cast<int32_t>(count), &status);
  return U_SUCCESS(status) && length == static_cast<int32_t>(count);
}

// The main text, [0, ccpText) in character positions, through the piece table.
bool ReadMainText(std::string_view word, const std::vector<Piece>& pieces,
                  const std::vector<Hidden>& hidden, std::uint32_t ccp_text, std::string* text) {
  const Converter cp1252 = TryOpenConverter("windows-1252");
  if (!cp1252) return false;
  TextWriter writer;
  // Each character is stored once in the stream, old text of fast saves aside.
  std::uint64_t total = 0;
  std::u16string units;
  for (const Piece& piece : pieces) {
    const std::uint32_t end = std::min(piece.cp_end, ccp_text);
    if (piece.cp_start >= end) continue;
    const std::uint32_t count = end - piece.cp_start;
    const std::uint32_t width = piece.compressed ? 1 : 2;
    total += count;
    if (!Within(word, piece.offset, std::uint64_t{count} * width) || total > word.size() ||
        !PieceUnits(word.substr(piece.offset), count, piece.compressed, cp1252.get(), &units)) {
      return false;
    }
    for (std::uint32_t i = 0; i < count; ++i) {
      if (IsHidden(hidden, piece.offset + i * width)) continue;
      char32_t c = units[i];
      if (c >= 0xD800 && c < 0xDC00 && i + 1 < count && units[i + 1] >= 0xDC00 &&
          units[i + 1] < 0xE000) {
        c = 0x10000 + ((c - 0xD800) << 10) + (units[i + 1] - 0xDC00);
        ++i;
      }
      writer.Put(c);
    }
  }
  *text = writer.Finish();
  return true;
}

DocText Failed(std::string error) {
  DocText read;
  read.word = true;
  read.error = std::move(error);
  return read;
}

DocText Damaged(std::string_view problem) {
  return Failed("damaged " + std::string(kFormatName) + " (" + std::string(problem) + ")");
}

// Office 2007 and later encrypt a DOCX (or an XLSX) into a compound file
// ([MS-OFFCRYPTO] 2.3.4): a password-protected file, not one of another format.
bool IsEncryptedPackage(const CompoundFile& file) { return file.Has("EncryptedPackage"); }

// Whether this reader answers for `file`: a Word document, an encrypted DOCX, or a
// compound file too damaged to tell what it holds.
bool Answers(const CompoundFile& file) {
  return !file.error().empty() || IsEncryptedPackage(file) || file.Has("WordDocument");
}

}  // namespace

bool IsWordDocument(std::string_view bytes) {
  return LooksLikeCompoundFile(bytes) && Answers(CompoundFile(bytes));
}

DocText ReadDocText(std::string_view bytes) {
  if (!LooksLikeCompoundFile(bytes)) return {};
  const CompoundFile file(bytes);
  if (!Answers(file)) return {};
  if (!file.error().empty()) {
    return Failed("damaged Word 97-2003 or other OLE2 file (" + file.error() + ")");
  }
  if (IsEncryptedPackage(file)) return Failed("password-protected Office document");

  std::string word;
  if (!file.Read("WordDocument", &word)) return Damaged("its WordDocument stream is damaged");
  if (word.size() < kFibBaseBytes || LittleU16(word, 0) != kWordIdent) {
    return Damaged("its WordDocument stream is not Word's");
  }
  if (LittleU16(word, 2) < kFirstWord97Fib) {
    return Failed("Word 6 or Word 95 document (save it as DOCX, ODT or plain text)");
  }
  Fib fib;
  if (!ReadFib(word, &fib)) return Damaged("its file information block is damaged");
  if ((fib.flags & kEncryptedFlag) != 0) {
    return Failed("password-protected " + std::string(kFormatName));
  }
  std::string table;
  if (!file.Read((fib.flags & kTable1Flag) != 0 ? "1Table" : "0Table", &table)) {
    return Damaged("its table stream is missing or damaged");
  }
  std::vector<Piece> pieces;
  if (!ReadPieces(table, fib, &pieces)) return Damaged("its piece table is damaged");
  DocText read;
  read.word = true;
  if (!ReadMainText(word, pieces, ReadHidden(word, table, fib), fib.ccp_text, &read.text)) {
    return Damaged("its text lies outside its stream");
  }
  return read;
}

}  // namespace precis
