#include "doc_text.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "compound_file.h"
#include "support/office_article.h"
#include "support/word97_file.h"

namespace {

using precis::CompoundFile;
using precis::DocText;
using precis::IsWordDocument;
using precis::ReadDocText;
using precis::testing::CompoundFileBytes;
using precis::testing::PutU16;
using precis::testing::PutU32;
using precis::testing::Word97Document;
using precis::testing::Word97File;
using precis::testing::Word97Piece;
using precis::testing::Word97Run;
using precis::testing::Word97Stream;

std::string Utf16(const std::u16string& text) {
  std::string bytes;
  for (char16_t unit : text) {
    bytes.push_back(static_cast<char>(unit & 0xFF));
    bytes.push_back(static_cast<char>(unit >> 8));
  }
  return bytes;
}

std::string TextOf(const std::string& bytes) {
  const DocText read = ReadDocText(bytes);
  CAPTURE(read.error);
  CHECK(read.word);
  CHECK(IsWordDocument(bytes));
  CHECK(read.error.empty());
  return read.text;
}

std::string ErrorOf(const std::string& bytes) {
  const DocText read = ReadDocText(bytes);
  CHECK(read.word);
  CHECK(IsWordDocument(bytes));
  CHECK(read.text.empty());
  return read.error;
}

constexpr std::size_t kFibPairs = 32 + 2 + 28 + 2 + 88 + 2;

}  // namespace

TEST_CASE("a .doc written by a word processor reads as its DOCX and ODT do", "[doc]") {
  const std::string bytes = precis::testing::ReadOfficeFixture("article.doc");
  // What must be left out is in the file: the deleted change in the main text, the
  // footnote and the frame's caption after it.
  REQUIRE(bytes.find(Utf16(u"Texte supprim\u00e9")) != std::string::npos);
  REQUIRE(bytes.find(Utf16(u"Note de la r\u00e9daction")) != std::string::npos);
  REQUIRE(bytes.find(Utf16(u"L\u00e9gende")) != std::string::npos);
  CHECK(TextOf(bytes) == precis::testing::kArticleText);
}

TEST_CASE("pieces of 8-bit and UTF-16 text, with Word's control characters", "[doc]") {
  const std::vector<Word97Piece> pieces = {
      // Windows-1252 in 8 bits: 0x92 is ’, 0x80 €, 0x85 …; 0x1F an optional hyphen.
      {u"Un cr\u00e9dit de 3,5\u00a0\u0080 pour l\u0092\u00e9t\u00e9\u0085 Pyong\u001fyang.\r",
       true},
      // A hyperlink field shows its result; a field inside another's instruction is not
      // shown either; a footnote's reference mark (0x02) is not text.
      {u"Voir \u0013 HYPERLINK \"https://example.org\" \u0014le site\u0015.\u0002 "
       u"\u0013 IF \u0013 PAGE \u00143\u0015 = 3 \u0014oui\u0015\r"
       // A line break, a tab, a non-breaking hyphen, a character beyond the BMP.
       u"Ligne\u000bsuivante\tnord\u001ecor\u00e9en \U0001F642\r"
       // A table: each cell, and the end of its row, ends a paragraph.
       u"Russie\u0007Cor\u00e9e\u0007\u0007",
       false},
      // After the main text: a footnote, not read.
      {u"Note de bas de page.\r", false},
  };
  const std::string file = Word97File(Word97Stream(
      pieces, static_cast<std::uint32_t>(pieces[0].text.size() + pieces[1].text.size())));
  CHECK(TextOf(file) ==
        "Un cr\u00e9dit de 3,5\u00a0\u20ac pour l\u2019\u00e9t\u00e9\u2026 Pyongyang.\n\n"
        "Voir le site. oui\n\n"
        "Ligne\nsuivante nord-cor\u00e9en \U0001F642\n\n"
        "Russie\n\nCor\u00e9e\n");
}

TEST_CASE("deleted and hidden runs are left out, by their character properties", "[doc]") {
  const std::u16string text = u"Garder. Supprimer. Cacher. Montrer. Refuser. Fin.\r";
  auto at = [&](const std::u16string& word) { return static_cast<std::uint32_t>(text.find(word)); };
  const std::vector<Word97Run> runs = {
      // sprmCFRMarkDel, on.
      {at(u"Supprimer."), 11, std::string("\x00\x08\x01", 3)},
      // sprmCFVanish on, after a property of variable size (spra 6) to step over.
      {at(u"Cacher."), 8, std::string("\x00\xC8\x02xy\x3C\x08\x01", 8)},
      // Off, or the style's value: shown.
      {at(u"Montrer."), 9, std::string("\x3C\x08\x00\x00\x08\x80", 6)},
      // The opposite of the style's value, which is off in every style but a rare one.
      {at(u"Refuser."), 9, std::string("\x00\x08\x81", 3)},
  };
  const std::string file =
      Word97File(Word97Stream({{text}}, static_cast<std::uint32_t>(text.size()), runs));
  CHECK(TextOf(file) == "Garder. Montrer. Fin.\n");
}

TEST_CASE("files that are not Word documents are left to others", "[doc]") {
  const auto bytes =
      GENERATE(as<std::string>{}, "", "Le pr\u00e9sident russe.",
               CompoundFileBytes({{"Workbook", "=SUM(A1:A3)"}}), CompoundFileBytes({}));
  const DocText read = ReadDocText(bytes);
  CHECK_FALSE(read.word);
  CHECK_FALSE(IsWordDocument(bytes));
  CHECK(read.text.empty());
  CHECK(read.error.empty());
}

TEST_CASE("a Word document that cannot be read says why", "[doc]") {
  const std::u16string text = u"Le pr\u00e9sident russe est arriv\u00e9.\r";
  const Word97Document document = Word97Stream({{text}}, static_cast<std::uint32_t>(text.size()));
  const std::string good = Word97File(document);
  REQUIRE(TextOf(good) == "Le pr\u00e9sident russe est arriv\u00e9.\n");
  // The stream layout of CompoundFileBytes: the FAT in sector 0, the directory in 1,
  // then WordDocument from sector 2.
  constexpr std::size_t kFat = 512;
  constexpr std::size_t kDirectory = 1024;
  constexpr std::size_t kWord = 1536;

  std::string damaged = good;
  SECTION("a file cut short") {
    damaged.resize(1200);
    CHECK(ErrorOf(damaged) == "damaged Word 97-2003 or other OLE2 file (its directory is damaged)");
  }
  SECTION("a header of another byte order") {
    PutU16(&damaged, 0x1C, 0xFEFF);
    CHECK(ErrorOf(damaged) == "damaged Word 97-2003 or other OLE2 file (its header is damaged)");
  }
  SECTION("a FAT sector past the end of the file") {
    PutU32(&damaged, 0x4C, 9999);
    CHECK(ErrorOf(damaged) ==
          "damaged Word 97-2003 or other OLE2 file (its allocation table is damaged)");
  }
  SECTION("a directory whose entries make a loop") {
    PutU32(&damaged, kDirectory + 128 + 0x48, 1);  // WordDocument is its own right sibling
    CHECK(ErrorOf(damaged) == "damaged Word 97-2003 or other OLE2 file (its directory is damaged)");
  }
  SECTION("a stream whose sectors loop") {
    PutU32(&damaged, kFat + 2 * 4, 2);
    CHECK(ErrorOf(damaged) == "damaged Word 97-2003 document (its WordDocument stream is damaged)");
  }
  SECTION("a stream that is not Word's") {
    PutU16(&damaged, kWord, 0x1234);
    CHECK(ErrorOf(damaged) ==
          "damaged Word 97-2003 document (its WordDocument stream is not "
          "Word's)");
  }
  SECTION("no table stream") {
    PutU16(&damaged, kWord + 0x0A, 0);  // 0Table, which the file does not have
    CHECK(ErrorOf(damaged) ==
          "damaged Word 97-2003 document (its table stream is missing or damaged)");
  }
  SECTION("a piece table past its stream") {
    PutU32(&damaged, kWord + kFibPairs + 33 * 8, 5000);
    CHECK(ErrorOf(damaged) == "damaged Word 97-2003 document (its piece table is damaged)");
  }
  SECTION("a piece past its stream") {
    Word97Document moved = document;
    PutU32(&moved.table, 1 + 4 + 8 + 2, 100000);
    CHECK(ErrorOf(Word97File(moved)) ==
          "damaged Word 97-2003 document (its text lies outside its stream)");
  }
  SECTION("Word 95") {
    PutU16(&damaged, kWord + 2, 104);
    CHECK(ErrorOf(damaged) == "Word 6 or Word 95 document (save it as DOCX, ODT or plain text)");
  }
  SECTION("a password") {
    PutU16(&damaged, kWord + 0x0A, 0x0300);
    CHECK(ErrorOf(damaged) == "password-protected Word 97-2003 document");
  }
  SECTION("a DOCX that Word encrypted") {
    CHECK(ErrorOf(CompoundFileBytes(
              {{"EncryptionInfo", "\x04\x00\x04\x00"}, {"EncryptedPackage", "PK..."}})) ==
          "password-protected Office document");
  }
}

TEST_CASE("a compound file's streams, in sectors and in the mini stream", "[doc]") {
  // LibreOffice's .doc keeps its small streams (the table stream, the summary) in the
  // mini stream and the WordDocument stream in sectors.
  const std::string bytes = precis::testing::ReadOfficeFixture("article.doc");
  const CompoundFile file(bytes);
  REQUIRE(file.error().empty());
  std::string word;
  std::string table;
  REQUIRE(file.Read("worddocument", &word));
  REQUIRE(file.Read("1Table", &table));
  CHECK(word.size() >= 4096);
  CHECK(table.size() < 4096);
  CHECK(word.compare(0, 2, "\xEC\xA5") == 0);
  CHECK_FALSE(file.Has("0Table"));
  std::string missing = "unchanged";
  CHECK_FALSE(file.Read("0Table", &missing));
  CHECK(missing.empty());
}
