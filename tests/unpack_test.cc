#include "unpack.h"

#include <locale.h>

#include <catch2/catch.hpp>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include "support/compressed_bytes.h"
#include "support/rar_archive.h"
#include "support/run_command.h"
#include "support/seven_zip_archive.h"
#include "support/tar_archive.h"
#include "support/zip_archive.h"

namespace {

using precis::Unpack;
using precis::Unpacked;
using precis::testing::Bzip2;
using precis::testing::Gzip;
using precis::testing::Rar4Archive;
using precis::testing::Rar5Archive;
using precis::testing::RarEntry;
using precis::testing::RarVolumes;
using precis::testing::SevenZipArchive;
using precis::testing::Tar;
using precis::testing::TarEntry;
using precis::testing::Xz;
using precis::testing::ZipArchive;
using precis::testing::Zstd;

const std::string kText = "Le pr\u00e9sident russe est arriv\u00e9 \u00e0 Pyongyang.\n";

std::vector<std::string> NamesOf(const Unpacked& unpacked) {
  std::vector<std::string> names;
  for (const precis::Document& member : unpacked.members) names.push_back(member.name);
  return names;
}

// tests/data/archive holds what libarchive cannot write (its README says how it was made).
std::string ArchiveFixture(const std::string& name) {
  return precis::testing::Slurp(std::filesystem::path(PRECIS_SOURCE_DIR) / "tests" / "data" /
                                "archive" / name);
}

// Bytes that do not compress, so that LZMA must code each one and a damaged byte among
// them derails the decoder.
std::string Noise(std::size_t size) {
  std::string noise;
  std::uint32_t state = 1;
  for (std::size_t i = 0; i < size; ++i) {
    state = state * 1103515245u + 12345u;  // the C standard's example rand()
    noise += static_cast<char>(state >> 24);
  }
  return noise;
}

}  // namespace

TEST_CASE("a ZIP archive's files are documents, in name order, hidden ones passed over",
          "[unpack]") {
  const std::string zip = ZipArchive({{"b/deux.txt", "Deux."},
                                      {"a.txt", kText},
                                      {"b/", ""},
                                      {".DS_Store", "\x01\x02"},
                                      {"__MACOSX/._a.txt", "\x01\x02"},
                                      {"b/.cache/x.txt", "Cach\u00e9."}});
  const Unpacked unpacked = Unpack("dl/articles.zip", zip);
  CHECK(unpacked.archive);
  CHECK(unpacked.warnings.empty());
  CHECK(NamesOf(unpacked) ==
        std::vector<std::string>{"dl/articles.zip/a.txt", "dl/articles.zip/b/deux.txt"});
  REQUIRE(unpacked.members.size() == 2);
  CHECK(unpacked.members[0].text == kText);
  CHECK(unpacked.members[1].text == "Deux.");
}

TEST_CASE("a program's ZIP package is not an archive of articles", "[unpack]") {
  const auto zip = GENERATE(
      ZipArchive({{"[Content_Types].xml", "<Types/>"}, {"xl/workbook.xml", "<workbook/>"}}),
      ZipArchive({{"mimetype", "application/epub+zip", true}, {"OEBPS/a.xhtml", "<html/>"}}));
  const Unpacked unpacked = Unpack("a.zip", zip);
  CHECK_FALSE(unpacked.archive);
  CHECK(unpacked.members.empty());
  CHECK(unpacked.warnings.empty());
}

TEST_CASE("a ZIP archive cut short is said to be, not called a binary file", "[unpack]") {
  const std::string zip = ZipArchive({{"a.txt", "Le président est arrivé mardi à Pyongyang."},
                                      {"b.txt", "Les deux dirigeants ont signé un accord."}});
  const Unpacked cut = Unpack("a.zip", zip.substr(0, zip.size() / 2));
  CHECK(cut.archive);
  CHECK(cut.members.empty());
  CHECK(cut.warnings ==
        std::vector<std::string>{
            "a.zip: damaged ZIP archive (no list of its files: cut short?), skipped"});
  // Bytes that merely open as a ZIP's do without a header are no archive at all.
  CHECK_FALSE(Unpack("b.zip", "PK").archive);
}

TEST_CASE("a ZIP archive's unreadable entries are skipped with a warning each", "[unpack]") {
  std::string zip = ZipArchive({{"a.txt", kText, true}, {"b.txt", "Le Kremlin confirme.", true}});
  SECTION("a CRC mismatch") {
    zip[zip.find("Kremlin")] = 'k';
    const Unpacked unpacked = Unpack("a.zip", zip);
    CHECK(NamesOf(unpacked) == std::vector<std::string>{"a.zip/a.txt"});
    CHECK(unpacked.warnings ==
          std::vector<std::string>{"a.zip/b.txt: damaged ZIP entry (CRC error), skipped"});
  }
  SECTION("a password") {
    // The "encrypted" flag of the second entry, in its local and central headers.
    const std::size_t local = zip.find("PK\x03\x04", 1);
    const std::size_t central = zip.find("PK\x01\x02", zip.find("PK\x01\x02") + 1);
    REQUIRE(local != std::string::npos);
    REQUIRE(central != std::string::npos);
    zip[local + 6] = static_cast<char>(zip[local + 6] | 1);
    zip[central + 8] = static_cast<char>(zip[central + 8] | 1);
    const Unpacked unpacked = Unpack("a.zip", zip);
    CHECK(NamesOf(unpacked) == std::vector<std::string>{"a.zip/a.txt"});
    CHECK(unpacked.warnings ==
          std::vector<std::string>{"a.zip/b.txt: password-protected, skipped"});
  }
  SECTION("a compression method libzip cannot decompress: named, not called damage") {
    for (const auto& [method, said] :
         {std::pair<std::uint16_t, std::string>{14, "LZMA (method 14)"},
          {9, "Deflate64 (method 9)"},
          {200, "compression method 200"}}) {
      CAPTURE(method);
      const Unpacked unpacked = Unpack("a.zip", precis::testing::WithZipMethod(zip, method));
      CHECK(unpacked.archive);
      CHECK(unpacked.members.empty());
      const std::string why = ": compressed with " + said +
                              ", which precis cannot decompress, "
                              "skipped";
      CHECK(unpacked.warnings ==
            std::vector<std::string>{"a.zip/a.txt" + why, "a.zip/b.txt" + why});
    }
  }
  SECTION("more than the limit, once uncompressed") {
    const Unpacked unpacked = Unpack("a.zip", zip, 60);
    CHECK(unpacked.archive);
    CHECK(unpacked.members.empty());
    CHECK(unpacked.warnings ==
          std::vector<std::string>{"a.zip: ZIP archive over 60 bytes once uncompressed, skipped"});
  }
  SECTION("nothing but hidden files") {
    const Unpacked unpacked = Unpack("a.zip", ZipArchive({{".DS_Store", "x"}}));
    CHECK(unpacked.archive);
    CHECK(unpacked.warnings == std::vector<std::string>{"a.zip: archive holds no file, skipped"});
  }
  SECTION("no entry at all: the end record alone, with or without a comment") {
    // What `zip` and Python's zipfile write for an empty archive; its bytes hold NULs, so
    // read as a document it would be called binary, which hides what it is.
    const std::string end_record("PK\x05\x06\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0", 20);
    for (const std::string& comment : {std::string(), std::string("Revue de presse")}) {
      CAPTURE(comment);
      const std::string zip_bytes = end_record + static_cast<char>(comment.size()) + '\0' + comment;
      const Unpacked unpacked = Unpack("vide.zip", zip_bytes);
      CHECK(unpacked.archive);
      CHECK(unpacked.members.empty());
      CHECK(unpacked.warnings ==
            std::vector<std::string>{"vide.zip: archive holds no file, skipped"});
    }
    // The same record claiming entries, or followed by more than its comment, is the
    // tail of something else: left to be read as a document.
    std::string claims = end_record + std::string(2, '\0');
    claims[10] = '\x02';
    CHECK_FALSE(Unpack("fin.zip", claims).archive);
    CHECK_FALSE(Unpack("fin.zip", end_record + std::string(2, '\0') + "suite").archive);
  }
  SECTION("an empty tar archive: end-of-archive blocks of zeros alone") {
    // What `tar cf vide.tar -T /dev/null` writes: 10240 zeros, once called binary.
    const std::string blocks(10240, '\0');
    for (const auto& [name, bytes] : {std::pair<std::string, std::string>{"vide.tar", blocks},
                                      {"vide.TAR", std::string(1024, '\0')},
                                      {"vide.tar.gz", Gzip(blocks)},
                                      {"vide.tgz", Gzip(blocks)}}) {
      CAPTURE(name);
      const Unpacked unpacked = Unpack(name, bytes);
      CHECK(unpacked.archive);
      CHECK(unpacked.members.empty());
      CHECK(unpacked.warnings ==
            std::vector<std::string>{name + ": archive holds no file, skipped"});
    }
    // Zeros are also what a crash leaves in a text file: without a tar name, or short of
    // two blocks, they are left to be called binary.
    CHECK_FALSE(Unpack("article.txt", blocks).archive);
    CHECK_FALSE(Unpack("notes.target", blocks).archive);
    CHECK_FALSE(Unpack("backup.tar.d/notes.txt", blocks).archive);
    CHECK(Unpack("archives/vide.tar", blocks).archive);
    CHECK_FALSE(Unpack("vide.tar", std::string(512, '\0')).archive);
    CHECK_FALSE(Unpack("vide.tar", std::string(1500, '\0')).archive);
    const Unpacked gz = Unpack("article.txt.gz", Gzip(blocks));
    CHECK(NamesOf(gz) == std::vector<std::string>{"article.txt.gz"});
  }
}

TEST_CASE("a gzip file is its content, and a .tar.gz its tar archive", "[unpack]") {
  SECTION("one document, under the file's own name") {
    const Unpacked unpacked = Unpack("page.html.gz", Gzip(kText));
    CHECK(NamesOf(unpacked) == std::vector<std::string>{"page.html.gz"});
    CHECK(unpacked.members.at(0).text == kText);
  }
  SECTION("members one after the other, as `cat a.gz b.gz` makes") {
    const Unpacked unpacked = Unpack("ab.gz", Gzip("Un. ") + Gzip("Deux."));
    CHECK(unpacked.members.at(0).text == "Un. Deux.");
  }
  SECTION("bytes after the last member: the content is read, and the bytes counted") {
    // Once passed over without a word; a member that follows is read (above).
    Unpacked unpacked = Unpack("a.txt.gz", Gzip(kText) + "garbage!!");
    CHECK(NamesOf(unpacked) == std::vector<std::string>{"a.txt.gz"});
    CHECK(unpacked.members.at(0).text == kText);
    CHECK(unpacked.warnings ==
          std::vector<std::string>{"a.txt.gz: 9 bytes after the end of the compressed data, "
                                   "ignored"});
    unpacked = Unpack("a.txt.bz2", Bzip2(kText) + std::string(1, '\0'));
    CHECK(unpacked.members.at(0).text == kText);
    CHECK(unpacked.warnings ==
          std::vector<std::string>{"a.txt.bz2: a zero byte after the end of the compressed data, "
                                   "ignored"});
    unpacked = Unpack("corpus.tar.gz", Gzip(Tar({{"d1/a.txt", kText}})) + "x");
    CHECK(NamesOf(unpacked) == std::vector<std::string>{"corpus.tar.gz/d1/a.txt"});
    CHECK(unpacked.warnings ==
          std::vector<std::string>{
              "corpus.tar.gz: a byte after the end of the compressed data, ignored"});
  }
  SECTION("a tar archive inside") {
    const Unpacked unpacked =
        Unpack("corpus.tar.gz", Gzip(Tar({{"d1/a.txt", kText}, {"d1/b.txt", "Deux."}})));
    CHECK(NamesOf(unpacked) ==
          std::vector<std::string>{"corpus.tar.gz/d1/a.txt", "corpus.tar.gz/d1/b.txt"});
  }
  SECTION("damaged") {
    const std::string gz = Gzip(kText + kText + kText);
    Unpacked unpacked = Unpack("a.gz", gz.substr(0, gz.size() / 2));
    CHECK(unpacked.archive);
    CHECK(unpacked.members.empty());
    CHECK(unpacked.warnings ==
          std::vector<std::string>{"a.gz: damaged gzip file (cut short), skipped"});
    std::string corrupt = gz;
    corrupt[12] = static_cast<char>(corrupt[12] ^ 0x55);
    corrupt[13] = static_cast<char>(corrupt[13] ^ 0x55);
    unpacked = Unpack("a.gz", corrupt);
    CHECK(unpacked.members.empty());
    REQUIRE(unpacked.warnings.size() == 1);
    CHECK(unpacked.warnings[0].rfind("a.gz: damaged gzip file (", 0) == 0);
  }
  SECTION("a tar archive cut short inside: the files whole before the damage are read") {
    // Letters that do not repeat, so that the compressed bytes follow the content and a
    // cut in the middle falls inside the second file.
    std::string noise;
    std::uint32_t state = 12345;
    for (int i = 0; i < 40000; ++i) {
      state = state * 1103515245u + 12345u;
      noise += static_cast<char>('a' + (state >> 16) % 26);
    }
    const std::string gz = Gzip(Tar({{"d1/a.txt", kText}, {"d1/b.txt", noise}}));
    const Unpacked unpacked = Unpack("corpus.tar.gz", gz.substr(0, gz.size() / 2));
    CHECK(unpacked.archive);
    CHECK(NamesOf(unpacked) == std::vector<std::string>{"corpus.tar.gz/d1/a.txt"});
    CHECK(unpacked.members.at(0).text == kText);
    CHECK(
        unpacked.warnings ==
        std::vector<std::string>{"corpus.tar.gz: damaged gzip file (cut short), the rest skipped"});
    // A failed check is no cut: the data that came out cannot be trusted, and none is
    // read. Here the CRC at the end is wrong, after every byte of the archive came out.
    const std::string whole = Gzip(Tar({{"d1/a.txt", kText}}));
    std::string bad_check = whole;
    bad_check[bad_check.size() - 8] = static_cast<char>(bad_check[bad_check.size() - 8] ^ 0x01);
    const Unpacked checked = Unpack("corpus.tar.gz", bad_check);
    CHECK(checked.members.empty());
    REQUIRE(checked.warnings.size() == 1);
    CHECK(checked.warnings[0].rfind("corpus.tar.gz: damaged gzip file (", 0) == 0);
    CHECK(checked.warnings[0].find("), skipped") != std::string::npos);
    // Cut inside the first file, after its header: a tar archive came out, but no whole
    // file, so the archive is skipped.
    const std::string one = Gzip(Tar({{"d1/b.txt", noise}}));
    const Unpacked early = Unpack("corpus.tar.gz", one.substr(0, one.size() / 2));
    CHECK(early.members.empty());
    CHECK(early.warnings ==
          std::vector<std::string>{"corpus.tar.gz: damaged gzip file (cut short), skipped"});
  }
  SECTION("a bomb") {
    const Unpacked unpacked = Unpack("bomb.gz", Gzip(std::string(1 << 20, 'a')), 1000);
    CHECK(unpacked.members.empty());
    CHECK(
        unpacked.warnings ==
        std::vector<std::string>{"bomb.gz: gzip file over 1000 bytes once uncompressed, skipped"});
  }
}

TEST_CASE("bzip2, xz and zstd files are read as gzip files are", "[unpack]") {
  const std::string tar = Tar({{"d1/a.txt", kText}, {"d1/b.txt", "Deux."}});
  SECTION("one document each, under the file's own name") {
    CHECK(Unpack("a.txt.bz2", Bzip2(kText)).members.at(0).text == kText);
    CHECK(Unpack("a.txt.xz", Xz(kText)).members.at(0).text == kText);
    CHECK(NamesOf(Unpack("a.txt.xz", Xz(kText))) == std::vector<std::string>{"a.txt.xz"});
    CHECK(Unpack("a.txt.zst", Zstd(kText)).members.at(0).text == kText);
    CHECK(NamesOf(Unpack("a.txt.zst", Zstd(kText))) == std::vector<std::string>{"a.txt.zst"});
  }
  SECTION("a tar archive inside") {
    CHECK(NamesOf(Unpack("corpus.tar.bz2", Bzip2(tar))) ==
          std::vector<std::string>{"corpus.tar.bz2/d1/a.txt", "corpus.tar.bz2/d1/b.txt"});
    CHECK(NamesOf(Unpack("corpus.tar.xz", Xz(tar))) ==
          std::vector<std::string>{"corpus.tar.xz/d1/a.txt", "corpus.tar.xz/d1/b.txt"});
    CHECK(NamesOf(Unpack("corpus.tar.zst", Zstd(tar))) ==
          std::vector<std::string>{"corpus.tar.zst/d1/a.txt", "corpus.tar.zst/d1/b.txt"});
  }
  SECTION("damaged, or a bomb") {
    const std::string xz = Xz(tar);
    // Cut in its index, after the files: they came out whole, and are read.
    Unpacked unpacked = Unpack("corpus.tar.xz", xz.substr(0, xz.size() - 20));
    CHECK(unpacked.archive);
    CHECK(NamesOf(unpacked) ==
          std::vector<std::string>{"corpus.tar.xz/d1/a.txt", "corpus.tar.xz/d1/b.txt"});
    CHECK(unpacked.warnings ==
          std::vector<std::string>{"corpus.tar.xz: damaged xz file (cut short), the rest skipped"});
    const std::string text_xz = Xz(kText);
    unpacked = Unpack("a.txt.xz", text_xz.substr(0, text_xz.size() - 20));
    CHECK(unpacked.members.empty());
    CHECK(unpacked.warnings ==
          std::vector<std::string>{"a.txt.xz: damaged xz file (cut short), skipped"});
    const std::string zst = Zstd(tar);
    unpacked = Unpack("corpus.tar.zst", zst.substr(0, zst.size() - 6));
    CHECK(unpacked.members.empty());
    CHECK(unpacked.warnings ==
          std::vector<std::string>{"corpus.tar.zst: damaged zstd file (cut short), skipped"});
    unpacked = Unpack("bomb.bz2", Bzip2(std::string(1 << 20, 'a')), 1000);
    CHECK(unpacked.members.empty());
    CHECK(unpacked.warnings ==
          std::vector<std::string>{
              "bomb.bz2: bzip2 file over 1000 bytes once uncompressed, skipped"});
  }
}

// A tree of articles as a user packs it, for the formats libarchive reads: folders, names
// with accents, hidden files and macOS's copies, an empty file, stored against the order
// of their names. `Entry` is the archive builder's: a name, a content, a folder or not.
const std::string kUne =
    "\u00ab\u00a0Nous allons signer un accord\u00a0\u00bb, a d\u00e9clar\u00e9 M. Poutine "
    "devant 6.700 invit\u00e9s.\nLes \u00e9changes ont progress\u00e9 de 3,5\u00a0% "
    "en un an. S\u00e9oul s\u2019inqui\u00e8te.\n";

template <typename Entry>
std::vector<Entry> ArticleTree() {
  return {{"presse/une.txt", kUne},
          {"presse/", "", true},
          {"Cor\u00e9e/r\u00e9sum\u00e9.txt", kText},
          {".DS_Store", "\x01\x02"},
          {"__MACOSX/presse/._une.txt", "\x01\x02"},
          {"presse/.cache/x.txt", "Cach\u00e9."},
          {"presse/2024/juin/b.txt", "Deux."},
          {"vide.txt", ""}};
}

// What Unpack gives for ArticleTree() in the archive `name`.
void CheckArticleTree(const Unpacked& unpacked, const std::string& name) {
  CHECK(unpacked.archive);
  CHECK(unpacked.warnings.empty());
  // "C" sorts before "p", against the archive's order; the names are UTF-8 whatever the
  // locale, which is the thread's own again once the archive is read.
  CHECK(NamesOf(unpacked) == std::vector<std::string>{name + "/Cor\u00e9e/r\u00e9sum\u00e9.txt",
                                                      name + "/presse/2024/juin/b.txt",
                                                      name + "/presse/une.txt",
                                                      name + "/vide.txt"});
  CHECK(uselocale(locale_t{}) == LC_GLOBAL_LOCALE);
  REQUIRE(unpacked.members.size() == 4);
  CHECK(unpacked.members[0].text == kText);
  CHECK(unpacked.members[1].text == "Deux.");
  CHECK(unpacked.members[2].text == kUne);
  CHECK(unpacked.members[3].text.empty());
}

TEST_CASE("a 7z archive's files are documents, in name order, hidden ones passed over",
          "[unpack][7z]") {
  // Every method libarchive writes, each decoded by libarchive's reader.
  const std::string compression =
      GENERATE(as<std::string>{}, "store", "deflate", "bzip2", "lzma1", "lzma2", "ppmd");
  CAPTURE(compression);
  const std::string archive =
      SevenZipArchive(ArticleTree<precis::testing::SevenZipEntry>(), compression);
  CheckArticleTree(Unpack("dl/articles.7z", archive), "dl/articles.7z");
}

TEST_CASE("a 7z archive that cannot be read whole says why", "[unpack][7z]") {
  const std::string archive =
      SevenZipArchive({{"a.txt", kText}, {"b.txt", "Le Kremlin confirme."}, {"c.txt", "Trois."}});
  SECTION("cut short, wherever the cut") {
    const std::size_t size = GENERATE_COPY(6, 31, 32, 60, archive.size() - 1);
    CAPTURE(size);
    const Unpacked unpacked = Unpack("a.7z", archive.substr(0, size));
    CHECK(unpacked.archive);
    CHECK(unpacked.members.empty());
    CHECK(unpacked.warnings ==
          std::vector<std::string>{"a.7z: damaged 7z archive (cut short), skipped"});
  }
  SECTION("damaged compressed data") {
    std::string damaged = SevenZipArchive({{"a.txt", kText}, {"b.txt", "Deux."}}, "lzma1");
    for (std::size_t at = 40; at < 44; ++at) damaged[at] = static_cast<char>(damaged[at] ^ 0xFF);
    const Unpacked unpacked = Unpack("a.7z", damaged);
    CHECK(unpacked.members.empty());
    REQUIRE(unpacked.warnings.size() == 1);
    CHECK_THAT(unpacked.warnings[0],
               Catch::StartsWith("a.7z: damaged 7z archive (") && Catch::EndsWith("), skipped"));
  }
  SECTION("damaged past the first file: it is kept") {
    std::string damaged = SevenZipArchive({{"a.txt", kText}, {"b.txt", Noise(200000)}}, "lzma1");
    damaged[damaged.size() / 2] = static_cast<char>(damaged[damaged.size() / 2] ^ 0xFF);
    const Unpacked unpacked = Unpack("a.7z", damaged);
    CHECK(NamesOf(unpacked) == std::vector<std::string>{"a.7z/a.txt"});
    REQUIRE(unpacked.warnings.size() == 1);
    CHECK_THAT(unpacked.warnings[0], Catch::StartsWith("a.7z: damaged 7z archive (") &&
                                         Catch::EndsWith("), the rest skipped"));
  }
  SECTION("a file whose CRC does not match: the others are read") {
    std::string damaged = SevenZipArchive(
        {{"a.txt", kText}, {"b.txt", "Le Kremlin confirme."}, {"c.txt", "Trois."}}, "store");
    damaged[damaged.find("Kremlin")] = 'k';
    const Unpacked unpacked = Unpack("a.7z", damaged);
    CHECK(NamesOf(unpacked) == std::vector<std::string>{"a.7z/a.txt", "a.7z/c.txt"});
    REQUIRE(unpacked.warnings.size() == 1);
    CHECK_THAT(unpacked.warnings[0], Catch::StartsWith("a.7z/b.txt: damaged 7z entry (7-Zip bad "
                                                       "CRC") &&
                                         Catch::EndsWith("), skipped"));
  }
  SECTION("nothing in it, or nothing but a folder and hidden files") {
    const std::string nothing = GENERATE(
        SevenZipArchive({}),
        SevenZipArchive({{"dossier/", "", true}, {".DS_Store", "x"}, {"dossier/.x.txt", "x"}}));
    const Unpacked unpacked = Unpack("a.7z", nothing);
    CHECK(unpacked.archive);
    CHECK(unpacked.members.empty());
    CHECK(unpacked.warnings == std::vector<std::string>{"a.7z: archive holds no file, skipped"});
  }
}

TEST_CASE("a 7z bomb is refused before it fills memory", "[unpack][7z]") {
  const std::string zeros(1 << 20, '\0');
  SECTION("over the limit, by the bytes decompressed, not by what the header says") {
    const std::string bomb =
        GENERATE_COPY(SevenZipArchive({{"zeros.txt", zeros}}),
                      // A hidden file is decompressed to be passed over: it counts too.
                      SevenZipArchive({{".zeros", zeros}, {"a.txt", kText}}));
    const Unpacked unpacked = Unpack("bomb.7z", bomb, 1000);
    CHECK(unpacked.archive);
    CHECK(unpacked.members.empty());
    CHECK(
        unpacked.warnings ==
        std::vector<std::string>{"bomb.7z: 7z archive over 1000 bytes once uncompressed, skipped"});
  }
  SECTION("at exactly the limit, read") {
    const Unpacked unpacked = Unpack("bomb.7z", SevenZipArchive({{"zeros.txt", zeros}}), 1 << 20);
    CHECK(unpacked.warnings.empty());
    REQUIRE(unpacked.members.size() == 1);
    CHECK(unpacked.members[0].text == zeros);
  }
}

// A 7z archive whose list of files (its next header) is `header`, right after the start
// header. The CRCs are left at 0: the list's size is checked before anything reads it.
std::string SevenZipWithHeader(const std::string& header) {
  std::string bytes("7z\xBC\xAF\x27\x1C\x00\x04", 8);
  bytes.append(4, '\0');  // start header CRC
  bytes.append(8, '\0');  // next header offset: right after the start header
  std::uint64_t size = header.size();
  for (int i = 0; i < 8; ++i, size >>= 8) bytes.push_back(static_cast<char>(size & 0xFF));
  bytes.append(4, '\0');  // next header CRC
  return bytes + header;
}

// 7-Zip's variable-length number, for sizes under 2^28: 1 to 4 bytes.
std::string SevenZipNumber(std::uint32_t value) {
  int extra = 0;
  while (extra < 3 && value >= (1u << (7 * (extra + 1)))) ++extra;
  std::string out(1, static_cast<char>(((0xFF << (8 - extra)) & 0xFF) | (value >> (8 * extra))));
  for (int i = 0; i < extra; ++i) out.push_back(static_cast<char>((value >> (8 * i)) & 0xFF));
  return out;
}

TEST_CASE("a 7z list of files too long to hold in memory is refused unread", "[unpack][7z]") {
  const std::string refused =
      "big.7z: 7z archive whose list of files is over 1 MiB (about 12,000 files), skipped: "
      "extract it and give its folder";
  SECTION("a plain list: 16 million files declared in 2 MiB, one bit each") {
    // kHeader, kFilesInfo, the count, kEmptyStream and its bits (libarchive would keep about
    // 90 bytes for each of them: 1.5 GB).
    const std::uint32_t files = 1u << 24;
    const std::string header = std::string("\x01\x05") + SevenZipNumber(files) + "\x0E" +
                               SevenZipNumber(files / 8) + std::string(files / 8, '\xFF') +
                               std::string(2, '\0');
    const Unpacked unpacked = Unpack("big.7z", SevenZipWithHeader(header));
    CHECK(unpacked.archive);
    CHECK(unpacked.members.empty());
    CHECK(unpacked.warnings == std::vector<std::string>{refused});
  }
  // kEncodedHeader: one packed stream of 10 bytes, one folder of one coder (copy, ID 00)
  // that declares `size` bytes once decoded. A crafted list compresses to almost nothing.
  const auto encoded = [](std::uint32_t size) {
    return std::string("\x17\x06\x00\x01\x09\x0A\x00", 7) +
           std::string("\x07\x0B\x01\x00\x01\x01\x00\x0C", 8) + SevenZipNumber(size) +
           std::string("\x00\x00", 2) + std::string(10, '\0');
  };
  SECTION("an encoded list, by the size it declares") {
    const Unpacked unpacked = Unpack("big.7z", SevenZipWithHeader(encoded((1u << 20) + 1)));
    CHECK(unpacked.warnings == std::vector<std::string>{refused});
  }
  SECTION("an encoded list at the limit goes on to libarchive (which finds this one damaged)") {
    const Unpacked unpacked = Unpack("big.7z", SevenZipWithHeader(encoded(1u << 20)));
    REQUIRE(unpacked.warnings.size() == 1);
    CHECK_THAT(unpacked.warnings[0], Catch::StartsWith("big.7z: damaged 7z archive (") &&
                                         !Catch::Contains("unreadable list of files"));
  }
  SECTION("a list whose records cannot be read") {
    const std::string header = GENERATE(std::string("\x17\x06\x00\x01\x09", 5),  // cut
                                        std::string("\x17\x07", 2),  // no packed streams
                                        std::string("\x02\x00", 2));  // neither kind
    const Unpacked unpacked = Unpack("big.7z", SevenZipWithHeader(header));
    CHECK(unpacked.warnings == std::vector<std::string>{
                                   "big.7z: damaged 7z archive (unreadable list of files), "
                                   "skipped"});
  }
}

// libarchive reads no encrypted 7z: tests/data/archive/README.md says how these were made.
TEST_CASE("a password-protected 7z archive is skipped with a warning", "[unpack][7z]") {
  SECTION("its files encrypted: one warning each") {
    const Unpacked unpacked = Unpack("a.7z", ArchiveFixture("locked.7z"));
    CHECK(unpacked.archive);
    CHECK(unpacked.members.empty());
    CHECK(unpacked.warnings == std::vector<std::string>{"a.7z/b.txt: password-protected, skipped",
                                                        "a.7z/presse/a.txt: password-protected, "
                                                        "skipped"});
  }
  SECTION("its list of files encrypted too: one warning") {
    const Unpacked unpacked = Unpack("a.7z", ArchiveFixture("locked-names.7z"));
    CHECK(unpacked.archive);
    CHECK(unpacked.members.empty());
    CHECK(unpacked.warnings ==
          std::vector<std::string>{"a.7z: password-protected 7z archive, skipped"});
  }
}

// Both RAR formats, built by hand (support/rar_archive.h).
std::string RarArchive(int version, const std::vector<RarEntry>& entries,
                       bool encrypted_headers = false) {
  return version == 4 ? Rar4Archive(entries, encrypted_headers)
                      : Rar5Archive(entries, encrypted_headers);
}

TEST_CASE("a RAR archive's files are documents, in name order, hidden ones passed over",
          "[unpack][rar]") {
  const int version = GENERATE(4, 5);
  CAPTURE(version);
  const std::string archive = RarArchive(version, ArticleTree<RarEntry>());
  CheckArticleTree(Unpack("dl/articles.rar", archive), "dl/articles.rar");
}

TEST_CASE("a RAR archive that cannot be read whole says why", "[unpack][rar]") {
  const int version = GENERATE(4, 5);
  CAPTURE(version);
  const std::vector<RarEntry> entries{
      {"a.txt", kText}, {"b.txt", "Le Kremlin confirme."}, {"c.txt", "Trois."}};
  const std::string archive = RarArchive(version, entries);
  SECTION("cut short before its first file") {
    // libarchive reads some of these cuts as an archive that holds nothing.
    const std::size_t size = GENERATE_COPY(8, 19, 20, archive.find("a.txt"));
    CAPTURE(size);
    const Unpacked unpacked = Unpack("a.rar", archive.substr(0, size));
    CHECK(unpacked.archive);
    CHECK(unpacked.members.empty());
    CHECK(unpacked.warnings ==
          std::vector<std::string>{"a.rar: damaged RAR archive (cut short), skipped"});
  }
  SECTION("cut short later: the files before the cut are kept") {
    // Within the second file's data, at its header (a cut libarchive takes for the end),
    // within it, and within the end of the archive.
    const std::size_t b_header = archive.rfind(kText) + kText.size();
    const std::size_t size =
        GENERATE_COPY(archive.find("Kremlin") + 3, archive.rfind(kText) + kText.size(),
                      b_header + 3, archive.size() - 1);
    CAPTURE(size);
    const Unpacked unpacked = Unpack("a.rar", archive.substr(0, size));
    REQUIRE(!unpacked.members.empty());
    CHECK(unpacked.members[0].name == "a.rar/a.txt");
    CHECK(unpacked.members[0].text == kText);
    CHECK(unpacked.warnings ==
          std::vector<std::string>{"a.rar: damaged RAR archive (cut short), the rest skipped"});
  }
  SECTION("a damaged header: libarchive's words") {
    std::string damaged = archive;
    damaged[damaged.find("b.txt")] = 'x';
    const Unpacked unpacked = Unpack("a.rar", damaged);
    CHECK(NamesOf(unpacked) == std::vector<std::string>{"a.rar/a.txt"});
    CHECK(unpacked.warnings ==
          std::vector<std::string>{"a.rar: damaged RAR archive (Header CRC error), the rest "
                                   "skipped"});
  }
  SECTION("a stored file whose CRC does not match: the others are read") {
    // libarchive 3.6 checks the CRC of a compressed file only: precis checks a stored one.
    std::string damaged = archive;
    damaged[damaged.find("Kremlin")] = 'k';
    const Unpacked unpacked = Unpack("a.rar", damaged);
    CHECK(NamesOf(unpacked) == std::vector<std::string>{"a.rar/a.txt", "a.rar/c.txt"});
    CHECK(unpacked.warnings ==
          std::vector<std::string>{"a.rar/b.txt: damaged RAR entry (CRC error), skipped"});
  }
  SECTION("a file that needs a password: the others are read") {
    const Unpacked unpacked = Unpack("a.rar", RarArchive(version, {{"a.txt", kText},
                                                                   {"b.txt", "Deux.", false, true},
                                                                   {"c.txt", "Trois."}}));
    CHECK(NamesOf(unpacked) == std::vector<std::string>{"a.rar/a.txt", "a.rar/c.txt"});
    CHECK(unpacked.warnings ==
          std::vector<std::string>{"a.rar/b.txt: password-protected, skipped"});
  }
  SECTION("headers that need a password: nothing can be read") {
    const Unpacked unpacked = Unpack("a.rar", RarArchive(version, entries, true));
    CHECK(unpacked.archive);
    CHECK(unpacked.members.empty());
    CHECK(unpacked.warnings ==
          std::vector<std::string>{"a.rar: password-protected RAR archive, skipped"});
  }
}

TEST_CASE("a multi-volume RAR archive is read whole joined, and a lone volume says so",
          "[unpack][rar]") {
  const int version = GENERATE(4, 5);
  CAPTURE(version);
  const std::string split_text =
      "Le Kremlin confirme la visite de M.\u00a0Poutine, la première depuis 2000. " + kText;
  const std::vector<RarEntry> entries{
      {"a.txt", kText}, {"coupé.txt", split_text}, {"c.txt", "« Trois », dit-il."}};
  const std::vector<std::string> volumes = RarVolumes(version, entries, 1);
  const std::string hint =
      ": split across the volumes of a multi-volume RAR archive, and one is missing, skipped: "
      "give every volume (x.part1.rar, x.part2.rar...) together";
  SECTION("its volumes joined in order: every file, the split one whole") {
    const Unpacked unpacked = Unpack("x.rar", volumes[0] + volumes[1]);
    CAPTURE(unpacked.warnings);
    CHECK(NamesOf(unpacked) ==
          std::vector<std::string>{"x.rar/a.txt", "x.rar/c.txt", "x.rar/coupé.txt"});
    REQUIRE(unpacked.members.size() == 3);
    CHECK(unpacked.members[2].text == split_text);
    CHECK(unpacked.warnings.empty());
  }
  SECTION("its volumes joined, the split file damaged: it alone is skipped") {
    // Its last part's header holds the CRC of the whole file, both halves checked.
    const std::size_t at = GENERATE(0, 1);
    CAPTURE(at);
    std::vector<std::string> damaged = volumes;
    const std::string half = at == 0 ? "confirme la visite" : "arrivé";
    REQUIRE(damaged[at].find(half) != std::string::npos);
    damaged[at][damaged[at].find(half)] = 'X';
    const Unpacked unpacked = Unpack("x.rar", damaged[0] + damaged[1]);
    CHECK(NamesOf(unpacked) == std::vector<std::string>{"x.rar/a.txt", "x.rar/c.txt"});
    CHECK(unpacked.warnings ==
          std::vector<std::string>{"x.rar/coupé.txt: damaged RAR entry (CRC error), skipped"});
  }
  SECTION("its volumes joined, the second cut short: what was read, and the cut") {
    const std::string joined = volumes[0] + volumes[1];
    const Unpacked unpacked = Unpack("x.rar", joined.substr(0, volumes[0].size() + 60));
    CHECK(NamesOf(unpacked) == std::vector<std::string>{"x.rar/a.txt"});
    CHECK(unpacked.warnings ==
          std::vector<std::string>{"x.rar: damaged RAR archive (cut short), the rest skipped"});
  }
  SECTION("the first volume alone: the split file is named, not given in half") {
    const Unpacked unpacked = Unpack("x.part1.rar", volumes[0]);
    CHECK(NamesOf(unpacked) == std::vector<std::string>{"x.part1.rar/a.txt"});
    CHECK(unpacked.warnings == std::vector<std::string>{"x.part1.rar/coupé.txt" + hint});
  }
  SECTION("the second volume alone: the split file is named, not passed over") {
    const Unpacked unpacked = Unpack("x.part2.rar", volumes[1]);
    REQUIRE_FALSE(unpacked.warnings.empty());
    CHECK(unpacked.warnings[0] == "x.part2.rar/coupé.txt" + hint);
    for (const auto& member : unpacked.members) CHECK(member.name != "x.part2.rar/coupé.txt");
    if (version == 5) {
      // libarchive 3.6 reads RAR 5 on past it; it stops at it in RAR 4, and says so.
      CHECK(NamesOf(unpacked) == std::vector<std::string>{"x.part2.rar/c.txt"});
      CHECK(unpacked.warnings.size() == 1);
    } else {
      CHECK(unpacked.warnings.size() == 2);
    }
  }
}

TEST_CASE("a tar archive's regular files are documents, and long names are kept", "[unpack]") {
  const std::string long_path = std::string(120, 'x') + ".txt";
  const std::string pax_path = "pax/" + std::string(110, 'y') + ".txt";
  const std::string pax_record = "path=" + pax_path + "\n";
  const std::string pax = std::to_string(pax_record.size() + 4) + " " + pax_record;
  REQUIRE(pax.size() == pax_record.size() + 4);
  const std::string tar = Tar({{"z.txt", "Z."},
                               {"dir/", "", '5'},
                               {"lien", "", '2'},
                               {"././@LongLink", long_path + '\0', 'L'},
                               {"tronque", "Long."},
                               {"PaxHeader", pax, 'x'},
                               {"tronque2", "Pax."},
                               {".cache", "x"},
                               {"a.txt", kText}});
  const Unpacked unpacked = Unpack("c.tar", tar);
  CHECK(unpacked.archive);
  CHECK(unpacked.warnings == std::vector<std::string>{"c.tar/lien: link in the archive, skipped"});
  CHECK(NamesOf(unpacked) == std::vector<std::string>{"c.tar/a.txt", "c.tar/" + pax_path,
                                                      "c.tar/" + long_path, "c.tar/z.txt"});
  CHECK(unpacked.members.at(1).text == "Pax.");
  CHECK(unpacked.members.at(2).text == "Long.");

  SECTION("a control character in a name is written '?', keeping each warning one line") {
    const Unpacked odd = Unpack("c.tar", Tar({{"a\nb.txt", kText}, {"c\td\x7F.txt", "D."}}));
    CHECK(NamesOf(odd) == std::vector<std::string>{"c.tar/a?b.txt", "c.tar/c?d?.txt"});
  }
  SECTION("cut short: what came before is kept") {
    const std::string two = Tar({{"a.txt", kText}, {"b.txt", std::string(2000, 'b')}});
    const Unpacked cut = Unpack("c.tar", two.substr(0, 1024 + 600));
    CHECK(NamesOf(cut) == std::vector<std::string>{"c.tar/a.txt"});
    CHECK(cut.warnings ==
          std::vector<std::string>{"c.tar: damaged tar archive (cut short), the rest skipped"});
  }
  SECTION("a damaged header") {
    std::string damaged = Tar({{"a.txt", kText}, {"b.txt", "B."}});
    damaged[1024] = 'c';  // the second header's name, under its checksum
    const Unpacked bad = Unpack("c.tar", damaged);
    CHECK(NamesOf(bad) == std::vector<std::string>{"c.tar/a.txt"});
    CHECK(bad.warnings ==
          std::vector<std::string>{
              "c.tar: damaged tar archive (bad header checksum), the rest skipped"});
  }
  SECTION("a damaged first header: the archive is named, not called a binary file") {
    // Once "binary file (NUL bytes)": the failed checksum hid that it was a tar archive.
    std::string damaged = Tar({{"a.txt", kText}});
    const std::string checksum_zeroed("0000000\0", 8);
    const auto [what, bytes] = GENERATE_COPY(table<std::string, std::string>({
        {"its name changed", "b" + damaged.substr(1)},
        {"its checksum zeroed", damaged.substr(0, 148) + checksum_zeroed + damaged.substr(156)},
    }));
    CAPTURE(what);
    for (const std::string& name : {std::string("c.tar"), std::string("c.tar.gz")}) {
      CAPTURE(name);
      const Unpacked bad = Unpack(name, name == "c.tar" ? bytes : Gzip(bytes));
      CHECK(bad.archive);
      CHECK(bad.members.empty());
      CHECK(bad.warnings == std::vector<std::string>{
                                name + ": damaged tar archive (bad header checksum), skipped"});
    }
  }
  SECTION("a header summed as signed bytes, as old Unix tars did, is whole") {
    std::string old_tar = Tar({{"caf\xE9.txt", kText}});  // a Latin-1 name: a byte over 0x7F
    std::int64_t sum = 0;
    for (std::size_t i = 0; i < 512; ++i) {
      sum += i >= 148 && i < 156 ? ' ' : static_cast<signed char>(old_tar[i]);
    }
    char field[8];
    std::snprintf(field, sizeof field, "%06llo", static_cast<unsigned long long>(sum));
    old_tar.replace(148, 7, std::string(field, 6) + '\0');
    CHECK(NamesOf(Unpack("c.tar", old_tar)) == std::vector<std::string>{"c.tar/caf\xE9.txt"});
  }
}

TEST_CASE("members of one name are each read, and the name is said to repeat", "[unpack]") {
  // Once read in silence: two documents named alike in a summary's sources, and no word
  // of why.
  std::string zip =
      ZipArchive({{"a.txt", kText, true}, {"b.txt", "Deux.", true}, {"c.txt", "Trois.", true}});
  for (std::size_t at = zip.find("b.txt"); at != std::string::npos; at = zip.find("b.txt", at)) {
    zip[at] = 'a';  // in its local and its central header
  }
  const auto [name, bytes, repeated] = GENERATE_REF(table<std::string, std::string, std::string>({
      {"a.zip", zip, "a.zip/a.txt"},
      {"t.tar", Tar({{"a.txt", kText}, {"c.txt", "Trois."}, {"a.txt", "Deux."}}), "t.tar/a.txt"},
      {"t.tar", Tar({{"./a.txt", kText}, {"c.txt", "Trois."}, {"a.txt", "Deux."}}), "t.tar/a.txt"},
  }));
  CAPTURE(bytes.substr(0, 8));
  const Unpacked unpacked = Unpack(name, bytes);
  CHECK(NamesOf(unpacked) == std::vector<std::string>{repeated, repeated, name + "/c.txt"});
  REQUIRE(unpacked.members.size() == 3);
  CHECK(unpacked.members[0].text == kText);  // in the archive's order
  CHECK(unpacked.members[1].text == "Deux.");
  CHECK(unpacked.warnings ==
        std::vector<std::string>{repeated + ": the archive holds 2 files of this name, each read"});
}

TEST_CASE("a member named with .. is read, since nothing is extracted", "[unpack]") {
  // Once, such members were taken for hidden files and dropped without a word.
  const Unpacked zip =
      Unpack("z.zip", ZipArchive({{"a/../b/seul.txt", kText}, {"../x.txt", "X."}}));
  CHECK(zip.warnings.empty());
  CHECK(NamesOf(zip) == std::vector<std::string>{"z.zip/../x.txt", "z.zip/a/../b/seul.txt"});
  const Unpacked tar = Unpack("t.tar", Tar({{"../x.txt", kText}, {"..cache/y.txt", "Y."}}));
  CHECK(tar.warnings.empty());
  CHECK(NamesOf(tar) == std::vector<std::string>{"t.tar/../x.txt"});  // "..cache" is hidden
}

TEST_CASE("links and devices in an archive are skipped with a warning each", "[unpack]") {
  const Unpacked tar = Unpack("t.tar", Tar({{"a.txt", kText},
                                            {"dur.txt", "", '1'},
                                            {"lien.txt", "", '2'},
                                            {"tty", "", '3'},
                                            {"disque", "", '4'},
                                            {"dossier/", "", '5'},
                                            {"tube", "", '6'},
                                            {".cache-lien", "", '2'}}));
  CHECK(NamesOf(tar) == std::vector<std::string>{"t.tar/a.txt"});
  CHECK(tar.warnings == std::vector<std::string>{"t.tar/dur.txt: link in the archive, skipped",
                                                 "t.tar/lien.txt: link in the archive, skipped",
                                                 "t.tar/tty: not a regular file, skipped",
                                                 "t.tar/disque: not a regular file, skipped",
                                                 "t.tar/tube: not a regular file, skipped"});
  precis::testing::SevenZipEntry link{"lien.txt", "", false, "a.txt"};
  const Unpacked seven = Unpack("s.7z", SevenZipArchive({{"a.txt", kText}, link}));
  CHECK(NamesOf(seven) == std::vector<std::string>{"s.7z/a.txt"});
  CHECK(seven.warnings == std::vector<std::string>{"s.7z/lien.txt: link in the archive, skipped"});
}

TEST_CASE("what is not an archive is left to the caller", "[unpack]") {
  const auto bytes = GENERATE(as<std::string>{}, "", kText, "PK", std::string("\x1F", 1),
                              std::string(600, 'u'), std::string("7z\xBC\xAF\x27", 5));
  const Unpacked unpacked = Unpack("a.txt", bytes);
  CHECK_FALSE(unpacked.archive);
  CHECK(unpacked.members.empty());
  CHECK(unpacked.warnings.empty());
}
