// Multi-volume RAR archives given as their volumes (x.part1.rar, x.part2.rar... or, as
// RAR 2 named them and WinRAR's -vn still does, x.rar, x.r00, x.r01...), joined
// back into one archive: the RAR reader (rar_reader.h) reads volumes that follow one
// another, and a volume read alone loses the files split across it and its neighbours.
//
//   std::vector<NamedBytes> files = ...;   // as read, in the order given
//   JoinRarVolumes(&files);                // x.part1.rar now holds every volume
#ifndef PRECIS_SRC_RAR_VOLUMES_H_
#define PRECIS_SRC_RAR_VOLUMES_H_

#include <string>
#include <string_view>
#include <vector>

namespace precis {

struct NamedBytes {
  std::string name;  // a path, as given
  std::string bytes;
};

// The number of a volume named as WinRAR names them, "x.part2.rar" or "X.PART02.RAR": 2,
// `stem` receiving the name before ".partN.rar" ("x"); or in the old style, "x.rar" 1,
// "x.r00" 2... "x.r99" 101, "x.s00" 102, up to "x.z99", `stem` receiving the first
// volume's name, its extension lowered ("x.rar"). Any other .rar name is an old-style
// first volume, which only the later ones beside it make a set of. 0 for other names.
unsigned RarVolumeNumber(std::string_view name, std::string* stem);

// The names a reader should give beside `archive` (a path) for its set to be whole, for
// the warning about a file split across a missing volume: "x.part1.rar, x.part2.rar..."
// for "dossier/x.part2.rar" (in its own width: "x.part01.rar, x.part02.rar..."),
// "x.rar, x.r00, x.r01..." for an old-style name, and "x.part1.rar, x.part2.rar..." as
// they are written, for a name that is neither.
std::string RarVolumeNamesHint(std::string_view archive);

// Joins each set of volumes in `files` that is whole from its first (parts 1 to n of one
// stem, part 1 the first volume by its main header, as RAR 3 and later mark it, and the
// others later ones) into one file, at the place of part 1 and under its name, as WinRAR
// opens a set by its first volume; the other parts leave `files`. A set with a part
// missing, or whose parts are not volumes, is left as it is: each is then read alone, and
// the reader names what is split across the missing ones.
void JoinRarVolumes(std::vector<NamedBytes>* files);

}  // namespace precis

#endif  // PRECIS_SRC_RAR_VOLUMES_H_
