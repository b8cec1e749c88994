// A fresh folder under the system's temporary directory, removed with everything in it
// when the test ends: for tests that read or write real files.
#ifndef PRECIS_TESTS_SUPPORT_TEMP_DIR_H_
#define PRECIS_TESTS_SUPPORT_TEMP_DIR_H_

#include <filesystem>
#include <fstream>
#include <random>
#include <stdexcept>
#include <string>
#include <system_error>

namespace precis::testing {

class TempDir {
 public:
  explicit TempDir(const std::string& prefix = "precis-test-") {
    std::random_device random;
    // A random name, retried until new: parallel test processes never share a folder.
    for (;;) {
      path_ = std::filesystem::temp_directory_path() / (prefix + std::to_string(random()));
      if (std::filesystem::create_directory(path_)) break;
    }
  }
  ~TempDir() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const std::filesystem::path& path() const { return path_; }
  std::string operator/(const std::string& relative) const { return (path_ / relative).string(); }

  // Writes `bytes` as given to `relative`, creating folders on the way; returns its path.
  std::filesystem::path Write(const std::string& relative, const std::string& bytes) const {
    const std::filesystem::path file = path_ / relative;
    std::filesystem::create_directories(file.parent_path());
    std::ofstream out(file, std::ios::binary);
    out << bytes;
    if (!out.flush()) throw std::runtime_error("cannot write " + file.string());
    return file;
  }

 private:
  std::filesystem::path path_;
};

}  // namespace precis::testing

#endif  // PRECIS_TESTS_SUPPORT_TEMP_DIR_H_
