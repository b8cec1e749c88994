#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <iterator>
#include <limits>
#include <map>
#include <new>
#include <optional>
#include <string>
#include <system_error>
#include <unordered_map>
#include <utility>
#include <vector>

#include "affix.h"
#include "decode.h"
#include "feed_text.h"
#include "named_note.h"
#include "parallel.h"
#include "precis/error.h"
#include "precis/summarizer.h"
#include "rar_volumes.h"
#include "read_chunk.h"
#include "saved_page.h"
#include "unpack.h"

namespace precis {
namespace {

namespace fs = std::filesystem;

// Standard input and a pipe named as an input ("precis <(curl ...)") may never end
// ("yes | precis -"): past this, reading stops with an error rather than filling memory.
constexpr std::size_t kMaxStreamBytes = std::size_t{1} << 30;

// Appends what `fd` holds from its current offset to its end, or up to `limit` bytes, to
// `text`, with read(2) (read_chunk.h says why not a stream).
void AppendRead(int fd, const std::string& name, std::size_t limit, std::string* text) {
  char chunk[1 << 16];
  while (text->size() < limit) {
    const std::size_t got =
        ReadChunk(fd, chunk, std::min(sizeof chunk, limit - text->size()), name);
    if (got == 0) return;
    text->append(chunk, got);
  }
}

std::string ReadStream(int fd, const std::string& name) {
  // Read in blocks, joined at the end: one string grown by doubling held its old buffer
  // beside its new one, and "yes | precis -" peaked at 2.1 GB on its way to the limit.
  constexpr std::size_t kBlockBytes = std::size_t{64} << 20;
  std::vector<std::string> blocks;
  std::size_t total = 0;
  while (true) {
    const std::size_t wanted = std::min(kBlockBytes, kMaxStreamBytes + 1 - total);
    std::string block;
    AppendRead(fd, name, wanted, &block);
    total += block.size();
    const bool ended = block.size() < wanted;
    blocks.push_back(std::move(block));
    if (total > kMaxStreamBytes) {
      throw Error(ErrorCode::kIo, name, "more than 1 GiB, stopped (a stream without end?)");
    }
    if (ended) break;
  }
  if (blocks.size() == 1) return std::move(blocks.front());
  std::string text;
  text.reserve(total);
  for (std::string& block : blocks) {
    text += block;
    std::string().swap(block);
  }
  return text;
}

// Past this size, a file's first kHeadBytes are looked at before the rest is read.
constexpr std::uintmax_t kLargeFile = std::uintmax_t{16} << 20;
constexpr std::size_t kHeadBytes = 64 * 1024;

// Whether `head`, the start of a large file, already shows the file binary whatever
// follows: NUL bytes that are no UTF-16 or UTF-32 text, or an image's signature, in bytes
// that are not an archive's. Those verdicts depend on the first bytes alone, so the head
// gets the warning the whole file would (a 20 GB disk image would not fit in memory).
bool BinaryByItsHead(const std::string& name, std::string_view head) {
  const std::string kind = UnreadableKind(head);
  return (kind == "NUL bytes" || EndsWith(kind, " image")) && !Unpack(name, head).archive;
}

std::string ReadWholeFile(const std::string& name, int fd) {
  struct stat info {};
  if (::fstat(fd, &info) != 0) throw Error(ErrorCode::kIo, name, std::strerror(errno));
  // A file of the system's (/proc, /sys) says it is empty and is not: its size is only
  // a hint, and the file is read to its end whatever it says, as it may have grown since.
  if (!S_ISREG(info.st_mode) || info.st_size <= 0) return ReadStream(fd, name);
  const auto size = static_cast<std::uintmax_t>(info.st_size);
  std::string text;
  if (size > kLargeFile) {
    AppendRead(fd, name, kHeadBytes, &text);
    if (BinaryByItsHead(name, text)) return text;
  }
  // Reserved at once: a string grown by doubling would copy it all once more.
  if (size < std::numeric_limits<std::size_t>::max()) text.reserve(static_cast<std::size_t>(size));
  AppendRead(fd, name, std::numeric_limits<std::size_t>::max(), &text);
  return text;
}

// Reads the file or pipe `path` whole; an error names it.
std::string ReadFile(const fs::path& path) {
  const std::string name = path.string();
  const int fd = ::open(name.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) throw Error(ErrorCode::kIo, name, std::strerror(errno));
  struct Closer {
    int fd;
    ~Closer() { ::close(fd); }
  } closer{fd};
  try {
    return ReadWholeFile(name, fd);
  } catch (const std::bad_alloc&) {
    throw Error(ErrorCode::kIo, name, "too large to read into memory");
  }
}

// Whether a directory listing passes over `name`, as Unpack passes over an archive's
// member: hidden files and folders, and the resource copies macOS adds to what it zips.
bool PassedOver(const std::string& name) {
  return name.empty() || name[0] == '.' || name == "__MACOSX";
}

// The regular files under a directory, its folders' too, in byte order of their paths:
// the order and the files an archive of the same folder gives. A link to a file is read;
// a link to a folder is not followed, since it may lead back up the tree. Whatever else
// is passed over is named in `warnings`, so that no article goes missing unsaid (a pipe
// is never opened: reading one would wait for a writer), and so is a folder laid out as
// an evaluation cluster.
std::vector<fs::path> ListDirectory(const fs::path& directory, std::vector<std::string>* warnings) {
  std::vector<fs::path> files;
  std::vector<std::pair<std::string, std::string>> notes;  // path, why
  std::vector<fs::path> folders{directory};
  while (!folders.empty()) {
    const fs::path folder = std::move(folders.back());
    folders.pop_back();
    std::error_code error;
    fs::directory_iterator it(folder, error);
    bool has_docs = false;
    bool has_refs = false;
    for (; !error && it != fs::directory_iterator(); it.increment(error)) {
      const fs::directory_entry& entry = *it;
      const std::string name = entry.path().filename().string();
      if (PassedOver(name)) continue;
      std::error_code own_error;
      const fs::file_status own = entry.symlink_status(own_error);
      std::error_code target_error;
      const fs::file_status target = entry.status(target_error);
      if (own_error) {
        // Past PATH_MAX ("File name too long"), say so rather than misname its kind.
        notes.emplace_back(entry.path().string(), own_error.message() + ", skipped");
      } else if (fs::is_regular_file(target)) {
        files.push_back(entry.path());
      } else if (fs::is_directory(own)) {
        folders.push_back(entry.path());
        has_docs = has_docs || name == "docs";
        has_refs = has_refs || name == "refs";
      } else if (fs::is_directory(target)) {
        notes.emplace_back(entry.path().string(), "link to a folder, not followed");
      } else if (fs::is_symlink(own) && target_error == std::errc::too_many_symbolic_link_levels) {
        notes.emplace_back(entry.path().string(), "link in a loop of links, skipped");
      } else if (fs::is_symlink(own) && !fs::exists(target)) {
        notes.emplace_back(entry.path().string(), "broken link, skipped");
      } else {
        notes.emplace_back(entry.path().string(), "not a regular file, skipped");
      }
    }
    if (error) throw Error(ErrorCode::kIo, folder.string(), error.message());
    // The layout of samples/ and of precis-eval's datasets: someone who points at a
    // cluster rather than its articles would get the human summaries mixed into the
    // input, and a summary that quotes them, without knowing why.
    if (has_docs && has_refs) {
      notes.emplace_back(folder.string(),
                         "holds docs/ and refs/, as an evaluation cluster does: the reference "
                         "summaries in refs/ are read as articles too (give " +
                             PrintableName((folder / "docs").string()) +
                             " to summarize the articles alone)");
    }
  }
  std::vector<std::string> paths;
  paths.reserve(files.size());
  for (const fs::path& file : files) paths.push_back(file.native());
  std::sort(paths.begin(), paths.end());
  const std::vector<std::string> saved_page_notes = DropSavedPageFolders(&paths);
  // Sorted as the files are: a listing's order is the file system's, not the same twice.
  std::sort(notes.begin(), notes.end());
  for (const auto& [name, why] : notes) warnings->push_back(NamedNote(name, why));
  warnings->insert(warnings->end(), saved_page_notes.begin(), saved_page_notes.end());
  return std::vector<fs::path>(paths.begin(), paths.end());
}

// Adds `text` to the documents unless it cannot be read as one; returns whether it may
// hold a sentence (neither unreadable nor blank).
bool AddDocument(const std::string& name, std::string text, Inputs* inputs) {
  // A feed stands for its articles, as an archive does for its files: each item is a
  // document of its own, "flux.xml/1", "flux.xml/2"..., read as an HTML page.
  if (std::optional<Feed> feed = ReadFeed(text)) {
    if (!feed->error.empty()) {
      inputs->warnings.push_back(NamedNote(name, feed->error + ", skipped"));
      return false;
    }
    for (std::size_t i = 0; i < feed->items.size(); ++i) {
      inputs->documents.push_back(
          {name + "/" + std::to_string(i + 1), FeedItemPage(feed->items[i])});
    }
    return true;
  }
  const std::string unreadable = UnreadableKind(text);
  if (!unreadable.empty()) {
    inputs->warnings.push_back(SkippedNote(name, unreadable));
    return false;
  }
  const bool blank = IsBlank(text);
  inputs->documents.push_back({name, std::move(text)});
  return !blank;
}

// Adds the file `name`: its documents if it is an archive of them (unpack.h), else
// itself. Returns whether any may hold a sentence.
bool Add(const std::string& name, std::string text, Inputs* inputs) {
  Unpacked unpacked = Unpack(name, text);
  if (!unpacked.archive) return AddDocument(name, std::move(text), inputs);
  text = std::string();  // the archive's bytes are no longer needed
  for (std::string& warning : unpacked.warnings) inputs->warnings.push_back(std::move(warning));
  bool usable = false;
  for (Document& member : unpacked.members) {
    usable |= AddDocument(member.name, std::move(member.text), inputs);
  }
  return usable;
}

// Files already read, by device and inode: "precis DIR DIR", a folder and a file in it, a
// link beside its target, or "precis a.txt - < a.txt" would otherwise put the same article
// in the cluster twice, and change the summary.
class ReadOnce {
 public:
  struct Reading {
    std::string name;     // the name it was first read under
    bool usable = false;  // it may hold a sentence
  };

  // The earlier reading of the file `path` (said in `warnings`), or null, and then it is
  // recorded as read under that name.
  const Reading* Seen(const std::string& path, std::vector<std::string>* warnings) {
    struct stat info;
    if (::stat(path.c_str(), &info) != 0) return nullptr;  // reading it will say why
    return Seen(info, path, warnings);
  }
  // The same for standard input, when it is a regular file ("- < a.txt") or a pipe
  // ("cat a.txt | precis - /dev/fd/0": read once, its second reading was empty).
  const Reading* SeenStdin(std::vector<std::string>* warnings) {
    struct stat info;
    if (::fstat(STDIN_FILENO, &info) != 0 || !(S_ISREG(info.st_mode) || S_ISFIFO(info.st_mode))) {
      return nullptr;
    }
    return Seen(info, "-", warnings);
  }
  // Marks the file recorded as `name` since the last Flush as one that may hold a sentence.
  void MarkUsable(const std::string& name) {
    if (const auto found = recent_.find(name); found != recent_.end()) found->second->usable = true;
  }
  void Flush() { recent_.clear(); }
  // The line that counts the repeats Seen did not name, if any.
  void SayUnsaid(std::vector<std::string>* warnings) const {
    if (repeats_ <= kMaxRepeatNotes) return;
    warnings->push_back(std::to_string(repeats_ - kMaxRepeatNotes) +
                        " more files given twice or read already, skipped (first: " +
                        PrintableName(first_unsaid_) + ")");
  }

 private:
  const Reading* Seen(const struct stat& info, const std::string& path,
                      std::vector<std::string>* warnings) {
    const auto [it, added] =
        read_.emplace(std::make_pair(info.st_dev, info.st_ino), Reading{path, false});
    if (added) {
      recent_.emplace(path, &it->second);  // std::map keeps its elements where they are
      return nullptr;
    }
    // "precis many/* many" said so in 10,000 lines: past a few, one line at the end.
    if (++repeats_ <= kMaxRepeatNotes) {
      warnings->push_back(ReadAlreadyNote(path, it->second.name));
    } else if (first_unsaid_.empty()) {
      first_unsaid_ = path;
    }
    return &it->second;
  }

  static constexpr std::size_t kMaxRepeatNotes = 10;
  std::size_t repeats_ = 0;
  std::string first_unsaid_;
  std::map<std::pair<dev_t, ino_t>, Reading> read_;
  // Recorded since the last Flush, by name: a folder of 40,000 files looked each up in a
  // list, which took 6.2 s against 0.7 before.
  std::unordered_map<std::string, Reading*> recent_;
};

// The error for a directory that gave nothing, with the reason of the first entry passed
// over (`warnings[first]`) and how many more there are (the warnings after it, and
// `uncounted` others): the error ends the run before any warning is printed. `problem`
// alone when nothing was warned of.
std::string WithFirstPassedOver(const std::string& problem,
                                const std::vector<std::string>& warnings, std::size_t first,
                                std::size_t uncounted, const std::string& more_what) {
  if (first >= warnings.size()) return problem;
  std::string said = problem + "; " + warnings[first];
  const std::size_t more = warnings.size() - first - 1 + uncounted;
  if (more > 0) said += " (and " + std::to_string(more) + " more " + more_what + ")";
  return said;
}

// Adds `files` in order, the volumes of a RAR archive among them joined first
// (rar_volumes.h). Returns how many may hold a sentence; those are marked in `once`.
std::size_t AddAll(std::vector<NamedBytes>* files, Inputs* inputs, ReadOnce* once) {
  std::vector<std::string> given_names;
  for (const NamedBytes& file : *files) given_names.push_back(file.name);
  JoinRarVolumes(files);
  std::size_t usable = 0;
  for (NamedBytes& file : *files) {
    if (!Add(file.name, std::move(file.bytes), inputs)) continue;
    ++usable;
    once->MarkUsable(file.name);
    // The later volumes joined under the first one's name gave its text too.
    std::string stem;
    if (RarVolumeNumber(file.name, &stem) == 0) continue;
    for (const std::string& name : given_names) {
      std::string other;
      if (name != file.name && RarVolumeNumber(name, &other) > 1 && other == stem) {
        once->MarkUsable(name);
      }
    }
  }
  once->Flush();
  files->clear();
  return usable;
}

}  // namespace

Inputs ReadInputs(const std::vector<std::string>& inputs, std::size_t threads) {
  Inputs read;
  // Files named one by one are held until the next directory, "-" or the end, so that the
  // volumes of a RAR archive given together (x.part1.rar x.part2.rar, x.rar x.r00) are
  // read as one; only when a volume after the first is named, as holding them keeps every
  // archive's bytes at once, and any x.rar could be a first volume.
  const bool volume_named = std::any_of(inputs.begin(), inputs.end(), [](const std::string& input) {
    return RarVolumeNumber(input, nullptr) >= 2;
  });
  std::vector<NamedBytes> given;
  ReadOnce once;
  const auto add_given = [&] { AddAll(&given, &read, &once); };
  for (const std::string& input : inputs) {
    // An unset shell variable ("precis \"$DIR\"") names nothing: said with quotes, since
    // an empty name would leave the message without one.
    if (input.empty()) throw Error(ErrorCode::kIo, "''", "no such file (an empty name)");
    // The system would read the name to its first NUL, another file ("a\0zzz" is "a"),
    // as Python's open() refuses to.
    if (input.find('\0') != std::string::npos) {
      throw Error(ErrorCode::kInvalidInput, input, "embedded null byte in a file name");
    }
    if (input == "-") {
      add_given();
      // A closed descriptor reads as an empty stream: "precis - <&-" is not empty input.
      if (::fcntl(STDIN_FILENO, F_GETFD) == -1) {
        throw Error(ErrorCode::kIo, "-", "standard input is closed");
      }
      if (once.SeenStdin(&read.warnings) != nullptr) continue;
      std::vector<NamedBytes> stdin_file;
      stdin_file.push_back({"-", ReadStream(STDIN_FILENO, "-")});
      AddAll(&stdin_file, &read, &once);
      continue;
    }
    std::error_code error;
    const fs::file_status status = fs::status(input, error);
    if (error || !fs::exists(status)) {
      // A web address is what a reader copies from the browser; saying that precis
      // reads files, and how to get one, beats "No such file or directory".
      if (StartsWith(input, "http://") || StartsWith(input, "https://")) {
        throw Error(ErrorCode::kIo, input,
                    "a web address, not a file: save the page (or its text) and give that file");
      }
      throw Error(ErrorCode::kIo, input, error ? error.message() : std::strerror(ENOENT));
    }
    if (fs::is_directory(status)) {
      add_given();
      // A folder named twice is said once, not once a file.
      if (once.Seen(input, &read.warnings) != nullptr) continue;
      const std::size_t listing_warnings = read.warnings.size();
      std::vector<fs::path> files = ListDirectory(input, &read.warnings);
      if (files.empty()) {
        // The first entry passed over may be the one the user meant (too deep, a
        // broken link).
        throw Error(ErrorCode::kInvalidInput, input,
                    WithFirstPassedOver("directory holds no file to read", read.warnings,
                                        listing_warnings, 0, "skipped"));
      }
      // A usable file read already counts for its folder: the folder gave it.
      bool holds_usable_read = false;
      files.erase(std::remove_if(files.begin(), files.end(),
                                 [&](const fs::path& file) {
                                   const ReadOnce::Reading* earlier =
                                       once.Seen(file.string(), &read.warnings);
                                   holds_usable_read |= earlier != nullptr && earlier->usable;
                                   return earlier != nullptr;
                                 }),
                  files.end());
      if (files.empty() && holds_usable_read) continue;
      // Files are read on every worker (a cluster of 100,000 articles is 100,000 opens
      // and reads), then taken in path order; the first file that fails, in that
      // order, is the one named.
      std::vector<std::string> texts(files.size());
      ParallelRanges(WorkerCount(threads, files.size()), files.size(),
                     [&](std::size_t, std::size_t begin, std::size_t end) {
                       for (std::size_t i = begin; i < end; ++i) texts[i] = ReadFile(files[i]);
                     });
      std::vector<NamedBytes> named(files.size());
      for (std::size_t i = 0; i < files.size(); ++i) {
        named[i] = {files[i].string(), std::move(texts[i])};
      }
      const std::size_t warnings_before = read.warnings.size();
      const std::size_t documents_before = read.documents.size();
      const std::size_t usable = AddAll(&named, &read, &once);
      if (usable == 0 && !holds_usable_read) {
        // The empty files, kept as documents without a warning, are counted too.
        const std::size_t empty = read.documents.size() - documents_before;
        throw Error(ErrorCode::kInvalidInput, input,
                    read.warnings.size() == warnings_before
                        ? "directory holds no usable file (only empty or binary ones)"
                        : WithFirstPassedOver("directory holds no usable file", read.warnings,
                                              warnings_before, empty, "skipped or empty"));
      }
    } else if (fs::is_regular_file(status)) {
      if (once.Seen(input, &read.warnings) != nullptr) continue;
      given.push_back({input, ReadFile(input)});
      if (!volume_named) add_given();
    } else if (fs::is_fifo(status)) {  // a pipe named as an input: read as "-" is
      // Opened again, a pipe read to its end waits for a writer that never comes.
      if (once.Seen(input, &read.warnings) != nullptr) continue;
      given.push_back({input, ReadFile(input)});
      if (!volume_named) add_given();
    } else {
      throw Error(ErrorCode::kIo, input, "not a regular file or directory");
    }
  }
  add_given();
  once.SayUnsaid(&read.warnings);
  return read;
}

}  // namespace precis
