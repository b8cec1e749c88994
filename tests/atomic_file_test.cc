// Tests for AtomicFile's writes over a file with other names, which it cannot rename
// over: every name sees the new contents, and a full disk leaves the old ones whole.
#include "atomic_file.h"

#include <sys/mount.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

#include "precis/error.h"

namespace precis {
namespace {

namespace fs = std::filesystem;

std::string Contents(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

void Put(const fs::path& path, const std::string& contents) {
  std::ofstream(path, std::ios::binary) << contents;
}

// A fresh directory, removed with what it holds.
struct ScratchDirectory {
  ScratchDirectory() {
    std::string pattern = (fs::temp_directory_path() / "precis-atomic-XXXXXX").string();
    REQUIRE(::mkdtemp(pattern.data()) != nullptr);
    path = pattern;
  }
  ~ScratchDirectory() {
    std::error_code ignored;
    fs::remove_all(path, ignored);
  }
  fs::path path;
};

TEST_CASE("AtomicFile: a file with two names gets the new contents under both") {
  ScratchDirectory scratch;
  const fs::path out = scratch.path / "résumé.jsonl";
  const fs::path other = scratch.path / "autre-nom.jsonl";
  Put(out, std::string(5000, 'x') + "\n");
  fs::create_hard_link(out, other);
  const std::string summary = "{\"summary\": \"Le président russe est arrivé à Pyongyang.\"}\n";
  AtomicFile file(out.string());
  file.Write(summary);
  CHECK(Contents(out) == std::string(5000, 'x') + "\n");  // untouched until the commit
  file.Commit();
  CHECK(Contents(out) == summary);  // the old, longer contents cut at the new end
  CHECK(Contents(other) == summary);
  CHECK(fs::hard_link_count(out) == 2);
}

TEST_CASE("AtomicFile: a full disk leaves a file with two names as it was") {
  ScratchDirectory scratch;
  // A small file system of its own, full once the old file and a filler are in it. Only
  // root may mount one; elsewhere there is nothing to test.
  const fs::path disk = scratch.path / "disk";
  fs::create_directory(disk);
  if (::mount("tmpfs", disk.c_str(), "tmpfs", 0, "size=64k") != 0) {
    WARN("no tmpfs to fill (mount: " << std::strerror(errno) << "); not tested");
    return;
  }
  struct Unmount {
    const fs::path& at;
    ~Unmount() { ::umount2(at.c_str(), MNT_DETACH); }
  } unmount{disk};
  const fs::path out = disk / "records.jsonl";
  const std::string old_records(8192, 'o');
  Put(out, old_records);
  fs::create_hard_link(out, disk / "copy.jsonl");
  {
    std::ofstream filler(disk / "filler", std::ios::binary);
    const std::string block(4096, 'f');
    while (filler.write(block.data(), block.size()) && filler.flush()) {
    }
  }
  AtomicFile file(out.string());
  file.Write(std::string(32768, 'n'));  // kept in a temporary file elsewhere until Commit
  try {
    file.Commit();
    FAIL("the commit found room on a full disk");
  } catch (const Error& e) {
    CHECK(e.code() == ErrorCode::kIo);
  }
  CHECK(Contents(out) == old_records);
}

}  // namespace
}  // namespace precis
