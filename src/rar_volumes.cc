#include "rar_volumes.h"

#include <algorithm>
#include <cstddef>
#include <map>
#include <string>
#include <utility>

#include "affix.h"
#include "ascii.h"
#include "rar_reader.h"

namespace precis {

namespace {

// The number of a volume named in the old style, before RAR 3: "x.rar" 1, "x.r00" 2...
// "x.r99" 101, "x.s00" 102, up to "x.z99"; `stem` receives "x.rar", the first volume's
// name with its extension lowered, so that every volume of the set gives the same one.
unsigned OldStyleVolumeNumber(std::string_view name, std::string_view lowered, std::string* stem) {
  if (lowered.size() < 5 || lowered[lowered.size() - 4] != '.') return 0;
  const std::string_view extension = lowered.substr(lowered.size() - 3);
  unsigned value = 0;
  if (extension == "rar") {
    value = 1;
  } else if (extension[0] >= 'r' && extension[0] <= 'z' && IsAsciiDigit(extension[1]) &&
             IsAsciiDigit(extension[2])) {
    value = static_cast<unsigned>(extension[0] - 'r') * 100 +
            static_cast<unsigned>(extension[1] - '0') * 10 +
            static_cast<unsigned>(extension[2] - '0') + 2;
  } else {
    return 0;
  }
  if (stem != nullptr) stem->assign(std::string(name.substr(0, name.size() - 3)) + "rar");
  return value;
}

}  // namespace

unsigned RarVolumeNumber(std::string_view name, std::string* stem) {
  // Lowering ASCII keeps every byte where it was, so positions in `lowered` are in `name`.
  const std::string lowered = AsciiLowered(name);
  std::string_view rest = lowered;
  if (!EndsWith(rest, ".rar")) return OldStyleVolumeNumber(name, lowered, stem);
  rest.remove_suffix(4);
  std::size_t digits = 0;
  while (digits < rest.size() && digits < 6 && IsAsciiDigit(rest[rest.size() - 1 - digits])) {
    ++digits;
  }
  const std::string_view number = rest.substr(rest.size() - digits);
  rest.remove_suffix(digits);
  if (digits == 0 || !EndsWith(rest, ".part")) return OldStyleVolumeNumber(name, lowered, stem);
  unsigned value = 0;
  for (const char c : number) value = value * 10 + static_cast<unsigned>(c - '0');
  if (stem != nullptr) stem->assign(name.substr(0, rest.size() - 5));
  return value;
}

std::string RarVolumeNamesHint(std::string_view archive) {
  const std::size_t slash = archive.find_last_of('/');
  const std::string_view name =
      slash == std::string_view::npos ? archive : archive.substr(slash + 1);
  std::string stem;
  if (RarVolumeNumber(name, &stem) == 0) return "x.part1.rar, x.part2.rar...";
  // An old-style stem is the first volume's name, as long as the name of any volume; a
  // new-style one leaves ".partN.rar" out.
  if (stem.size() < name.size()) {
    // The number keeps the width the set was written in ("x.part01.rar").
    const std::size_t width = name.size() - stem.size() - std::string_view(".part.rar").size();
    const auto part = [&](unsigned n) {
      std::string digits = std::to_string(n);
      if (digits.size() < width) digits.insert(0, width - digits.size(), '0');
      return stem + ".part" + digits + ".rar";
    };
    return part(1) + ", " + part(2) + "...";
  }
  // Old style: `stem` is the first volume's name, "x.rar".
  const std::string base = stem.substr(0, stem.size() - 3);
  return stem + ", " + base + "r00, " + base + "r01...";
}

void JoinRarVolumes(std::vector<NamedBytes>* files) {
  // Each stem's parts: number -> index in `files`. A number given twice leaves the set
  // as it is.
  std::map<std::string, std::map<unsigned, std::size_t>> sets;
  std::map<std::string, bool> ambiguous;
  for (std::size_t i = 0; i < files->size(); ++i) {
    std::string stem;
    const unsigned number = RarVolumeNumber((*files)[i].name, &stem);
    if (number == 0) continue;
    if (!sets[stem].emplace(number, i).second) ambiguous[stem] = true;
  }
  std::vector<bool> joined_away(files->size(), false);
  for (const auto& [stem, parts] : sets) {
    if (parts.size() < 2 || ambiguous.count(stem) != 0) continue;
    // Whole from part 1: the numbers run 1, 2... n.
    if (parts.begin()->first != 1 || parts.rbegin()->first != parts.size()) continue;
    // Each part must be the volume its name says: the first, then later ones. Misnamed
    // volumes joined in the wrong order would end the archive early, unsaid.
    bool volumes = true;
    for (const auto& [number, i] : parts) {
      const RarVolumeKind kind = RarVolumeOf((*files)[i].bytes);
      volumes = volumes && kind == (number == 1 ? RarVolumeKind::kFirst : RarVolumeKind::kLater);
    }
    if (!volumes) continue;
    const std::size_t first = parts.begin()->second;
    std::string& into = (*files)[first].bytes;
    std::size_t size = 0;
    for (const auto& [number, i] : parts) size += (*files)[i].bytes.size();
    into.reserve(size);
    for (auto part = std::next(parts.begin()); part != parts.end(); ++part) {
      std::string& bytes = (*files)[part->second].bytes;
      into += bytes;
      bytes = std::string();
      joined_away[part->second] = true;
    }
  }
  std::size_t kept = 0;
  for (std::size_t i = 0; i < files->size(); ++i) {
    if (joined_away[i]) continue;
    if (kept != i) (*files)[kept] = std::move((*files)[i]);  // a string moved onto itself empties
    ++kept;
  }
  files->resize(kept);
}

}  // namespace precis
