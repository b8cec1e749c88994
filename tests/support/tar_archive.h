// POSIX ustar archives built in memory, for tests of the archive reader (unpack.h) and
// of ReadInputs: the entries a case needs, in its order, of the types it names.
#ifndef PRECIS_TESTS_SUPPORT_TAR_ARCHIVE_H_
#define PRECIS_TESTS_SUPPORT_TAR_ARCHIVE_H_

#include <cstdio>
#include <string>
#include <vector>

namespace precis::testing {

struct TarEntry {
  std::string name;
  std::string content;
  char type = '0';  // '0' a file, '2' a symbolic link, '5' a folder, 'L' a GNU long name...
};

// A POSIX ustar archive, as `tar --format=ustar` writes one (names under 100 bytes).
inline std::string Tar(const std::vector<TarEntry>& entries) {
  std::string tar;
  for (const TarEntry& entry : entries) {
    std::string header(512, '\0');
    header.replace(0, entry.name.size(), entry.name);
    std::snprintf(&header[100], 8, "%07o", 0644);
    std::snprintf(&header[124], 12, "%011o", static_cast<unsigned>(entry.content.size()));
    std::snprintf(&header[136], 12, "%011o", 0u);
    header[156] = entry.type;
    header.replace(257, 6, std::string("ustar\0", 6));
    header.replace(263, 2, "00");
    header.replace(148, 8, "        ");
    unsigned sum = 0;
    for (char c : header) sum += static_cast<unsigned char>(c);
    std::snprintf(&header[148], 8, "%06o", sum);
    tar += header + entry.content;
    tar.append((512 - entry.content.size() % 512) % 512, '\0');
  }
  return tar + std::string(1024, '\0');
}

}  // namespace precis::testing

#endif  // PRECIS_TESTS_SUPPORT_TAR_ARCHIVE_H_
