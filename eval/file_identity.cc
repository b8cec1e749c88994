#include "file_identity.h"

#include <sys/stat.h>

#include "named_note.h"

namespace precis::eval {

std::optional<FileIdentity> IdentityOf(const std::string& path) {
  struct stat info;
  if (::stat(path.c_str(), &info) != 0) return std::nullopt;
  return FileIdentity{info.st_dev, info.st_ino};
}

bool ReadOnce::ReadAlready(const std::string& path, std::vector<std::string>* warnings) {
  const std::optional<FileIdentity> identity = IdentityOf(path);
  if (!identity) return false;
  const auto [it, added] = read_.emplace(*identity, path);
  if (added) return false;
  if (warnings != nullptr) warnings->push_back(ReadAlreadyNote(path, it->second));
  return true;
}

}  // namespace precis::eval
