// Tests for RarVolumeNumber and JoinRarVolumes: the volumes of a RAR archive found by name
// and joined.
#include "rar_volumes.h"

#include <catch2/catch.hpp>
#include <string>
#include <tuple>
#include <vector>

#include "rar_reader.h"
#include "support/rar_archive.h"

namespace precis {
namespace {

TEST_CASE("RarVolumeNumber reads WinRAR's names of volumes", "[rar]") {
  std::string name, expected_stem;
  unsigned expected = 0;
  std::tie(name, expected, expected_stem) = GENERATE(table<std::string, unsigned, std::string>({
      {"x.part2.rar", 2, "x"},
      {"dossier/Poutine à Pyongyang.PART01.RAR", 1, "dossier/Poutine à Pyongyang"},
      {"x.part10.rar", 10, "x"},
      {"x.part1.zip", 0, ""},
      // The old style, RAR 2's and WinRAR's -vn: any other .rar name may be a first volume.
      {"x.rar", 1, "x.rar"},
      {"dossier/Poutine à Pyongyang.R00", 2, "dossier/Poutine à Pyongyang.rar"},
      {"x.r99", 101, "x.rar"},
      {"x.s00", 102, "x.rar"},
      {"x.part.rar", 1, "x.part.rar"},
      {"x.part1234567.rar", 1, "x.part1234567.rar"},  // no set has that many parts
      {"x.r0", 0, ""},
      {"x.q00", 0, ""},
      {"x.r0a", 0, ""},
      {".r00", 0, ""},
      {"r00", 0, ""},
  }));
  CAPTURE(name);
  std::string stem;  // left as it is for a name that is no volume's
  CHECK(RarVolumeNumber(name, &stem) == expected);
  CHECK(stem == expected_stem);
}

TEST_CASE("RarVolumeNamesHint names the volumes a set needs, as the archive is named", "[rar]") {
  CHECK(RarVolumeNamesHint("dossier/Poutine à Pyongyang.part2.rar") ==
        "Poutine à Pyongyang.part1.rar, Poutine à Pyongyang.part2.rar...");
  CHECK(RarVolumeNamesHint("x.PART03.RAR") == "x.part01.rar, x.part02.rar...");
  CHECK(RarVolumeNamesHint("/tmp/articles.r00") == "articles.rar, articles.r00, articles.r01...");
  CHECK(RarVolumeNamesHint("articles.RAR") == "articles.rar, articles.r00, articles.r01...");
  CHECK(RarVolumeNamesHint("volume.bin") == "x.part1.rar, x.part2.rar...");
  CHECK(RarVolumeNamesHint("-") == "x.part1.rar, x.part2.rar...");
}

TEST_CASE("JoinRarVolumes joins a whole set at its first volume, and only that", "[rar]") {
  const std::vector<testing::RarEntry> entries{
      {"a.txt", "Un."}, {"b.txt", "Deux, coupé en deux volumes."}, {"c.txt", "Trois."}};
  const std::vector<std::string> volumes = testing::RarVolumes(5, entries, 1);
  std::vector<NamedBytes> files{{"x.part2.rar", volumes[1]},
                                {"article.txt", "Texte."},
                                {"x.part1.rar", volumes[0]},
                                {"y.part1.rar", volumes[0]}};
  JoinRarVolumes(&files);
  REQUIRE(files.size() == 3);
  CHECK(files[0].name == "article.txt");
  CHECK(files[0].bytes == "Texte.");
  CHECK(files[1].name == "x.part1.rar");
  CHECK(files[1].bytes == volumes[0] + volumes[1]);
  CHECK(files[2].name == "y.part1.rar");  // a set of one: nothing to join
  CHECK(files[2].bytes == volumes[0]);

  // Volumes whose names do not say which they are: joined in that order, the archive
  // would end with the one named first.
  std::vector<NamedBytes> misnamed{{"x.part1.rar", volumes[1]}, {"x.part2.rar", volumes[0]}};
  JoinRarVolumes(&misnamed);
  CHECK(misnamed.size() == 2);
  for (const int version : {4, 5}) {
    const std::vector<std::string> set = testing::RarVolumes(version, entries, 1);
    CHECK(RarVolumeOf(set[0]) == RarVolumeKind::kFirst);
    CHECK(RarVolumeOf(set[1]) == RarVolumeKind::kLater);
    const std::string single =
        version == 4 ? testing::Rar4Archive(entries) : testing::Rar5Archive(entries);
    CHECK(RarVolumeOf(single) == RarVolumeKind::kNone);
  }
  CHECK(RarVolumeOf("Rar!") == RarVolumeKind::kNone);

  // The old style: x.rar, then x.r00. A .rar of the other style with the same start is
  // another set.
  std::vector<NamedBytes> old_style{{"x.R00", volumes[1]},
                                    {"x.part1.rar", volumes[0]},
                                    {"x.RAR", volumes[0]},
                                    {"z.rar", volumes[0]}};
  JoinRarVolumes(&old_style);
  REQUIRE(old_style.size() == 3);
  CHECK(old_style[0].name == "x.part1.rar");
  CHECK(old_style[0].bytes == volumes[0]);
  CHECK(old_style[1].name == "x.RAR");
  CHECK(old_style[1].bytes == volumes[0] + volumes[1]);
  CHECK(old_style[2].name == "z.rar");

  // A part given twice: which is which cannot be told.
  std::vector<NamedBytes> twice{
      {"x.part1.rar", volumes[0]}, {"x.part2.rar", volumes[1]}, {"x.part2.rar", volumes[1]}};
  JoinRarVolumes(&twice);
  CHECK(twice.size() == 3);
}

}  // namespace
}  // namespace precis
