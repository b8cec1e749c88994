// The .txt files under a folder, read whole: real articles for the tests that check a
// rule against every line of them (samples/, and the seeds and datasets of
// PRECIS_SHARED_DIR when that folder is there).
#ifndef PRECIS_TESTS_SUPPORT_TEXT_FILES_H_
#define PRECIS_TESTS_SUPPORT_TEXT_FILES_H_

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <system_error>
#include <vector>

namespace precis::testing {

// The bytes of every .txt file under `dir`, at any depth, in path order; none when `dir`
// is not a folder.
inline std::vector<std::string> TextsUnder(const std::filesystem::path& dir) {
  std::vector<std::string> texts;
  std::error_code error;
  if (!std::filesystem::is_directory(dir, error)) return texts;
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(dir)) {
    if (entry.is_regular_file() && entry.path().extension() == ".txt") {
      files.push_back(entry.path());
    }
  }
  std::sort(files.begin(), files.end());
  for (const auto& file : files) {
    std::ifstream in(file, std::ios::binary);
    texts.emplace_back(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  }
  return texts;
}

}  // namespace precis::testing

#endif  // PRECIS_TESTS_SUPPORT_TEXT_FILES_H_
