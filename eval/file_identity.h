// Files told apart by what they are (device and inode), not by how they are named: a link
// beside its target, a hard link or the same path given twice is one file. precis's
// read_inputs.cc tells its inputs apart so; precis-eval does too, so that an article is
// not read twice and a file it writes never replaces one it reads.
#ifndef PRECIS_EVAL_FILE_IDENTITY_H_
#define PRECIS_EVAL_FILE_IDENTITY_H_

#include <sys/types.h>

#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace precis::eval {

using FileIdentity = std::pair<dev_t, ino_t>;

// The identity of the file `path` names (links followed), or nothing when it cannot be
// stat'ed (missing, unreadable: whoever reads it says why).
std::optional<FileIdentity> IdentityOf(const std::string& path);

// Files read so far, each under the name it was first read by. Not thread-safe.
class ReadOnce {
 public:
  // Whether `path` is a file read already; if so, says it in `warnings` as precis does
  // ("b.txt: read already, as a.txt, skipped", or "a.txt: given twice, read once" for the
  // same name), else records it as read under `path`.
  bool ReadAlready(const std::string& path, std::vector<std::string>* warnings);

 private:
  std::map<FileIdentity, std::string> read_;
};

}  // namespace precis::eval

#endif  // PRECIS_EVAL_FILE_IDENTITY_H_
