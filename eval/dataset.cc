#include "dataset.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <system_error>
#include <unordered_set>
#include <utility>
#include <vector>

#include "ascii.h"
#include "decode.h"
#include "file_identity.h"
#include "load.h"
#include "named_note.h"
#include "precis/error.h"

namespace precis::eval {
namespace {

namespace fs = std::filesystem;

// Whole file, as bytes: articles are decoded by the summarizer, summaries by
// SummaryText. Error conventions are those of precis::ReadInputs (the path, then
// strerror).
std::string ReadFile(const fs::path& path) {
  std::error_code error;
  const fs::file_status status = fs::status(path, error);
  if (error || !fs::exists(status)) {
    throw Error(ErrorCode::kIo, path.string(), error ? error.message() : std::strerror(ENOENT));
  }
  if (!fs::is_regular_file(status)) {
    throw Error(ErrorCode::kIo, path.string(), "not a regular file");
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(ErrorCode::kIo, path.string(), std::strerror(errno));
  std::ostringstream buffer;
  buffer << in.rdbuf();
  // An empty file sets failbit on <<; only a bad stream is a read error.
  if (in.bad()) throw Error(ErrorCode::kIo, path.string(), "read error");
  return buffer.str();
}

bool IsHidden(const fs::path& path) {
  const std::string name = path.filename().string();
  return name.empty() || name[0] == '.';
}

bool IsDirectory(const fs::path& path) {
  std::error_code error;
  return fs::is_directory(path, error);
}

// Whether `text` (valid UTF-8) holds a letter or a digit: a reference of punctuation
// alone has no word to match, in either scoring mode.
bool HoldsWord(std::string_view text) {
  int32_t i = 0;
  const auto size = static_cast<int32_t>(text.size());
  while (i < size) {
    UChar32 c = 0;
    U8_NEXT(reinterpret_cast<const uint8_t*>(text.data()), i, size, c);
    if (c >= 0 && u_isalnum(c)) return true;
  }
  return false;
}

// Sorting by the bytes of the name, never by locale, keeps cluster and document order
// (and so every result file) the same on every machine.
void SortByName(std::vector<fs::path>& paths) {
  std::sort(paths.begin(), paths.end(), [](const fs::path& a, const fs::path& b) {
    return a.filename().string() < b.filename().string();
  });
}

// Why `path`, an entry of a folder, is neither a file nor a folder to read, in precis's
// words for its inputs: a broken link, or a FIFO, a socket, a device. Null for a file or
// a folder (links followed).
const char* NotAFile(const fs::path& path) {
  std::error_code ignored;
  const fs::file_status own = fs::symlink_status(path, ignored);
  const fs::file_status target = fs::status(path, ignored);
  if (fs::is_symlink(own) && !fs::exists(target)) return "broken link, skipped";
  if (!fs::is_directory(target) && !fs::is_regular_file(target)) {
    return "not a regular file, skipped";
  }
  return nullptr;
}

// The visible entries of `directory` that are directories (want_directories) or regular
// files ending in .txt (otherwise), in byte order of their names. Notes such as a README
// in docs/ are not articles, hence the .txt filter; the other files are said in `skipped`
// when given, since an article saved as page.html would otherwise be left out unseen.
std::vector<fs::path> List(const fs::path& directory, bool want_directories,
                           std::vector<std::string>* skipped = nullptr) {
  std::error_code error;
  fs::directory_iterator it(directory, error);
  if (error) throw Error(ErrorCode::kIo, directory.string(), error.message());
  std::vector<fs::path> out;
  std::vector<fs::path> others;
  for (const fs::directory_entry& entry : it) {
    if (IsHidden(entry.path())) continue;
    if (want_directories) {
      if (entry.is_directory(error)) out.push_back(entry.path());
    } else if (entry.is_directory(error)) {
      if (skipped != nullptr) others.push_back(entry.path());
    } else if (entry.is_regular_file(error)) {
      if (entry.path().extension() == ".txt") {
        out.push_back(entry.path());
      } else if (skipped != nullptr) {
        others.push_back(entry.path());
      }
    } else if (skipped != nullptr) {
      // A broken link or a FIFO is no article either, and said as precis says it: a
      // link whose target moved would otherwise leave a reference out unseen.
      others.push_back(entry.path());
    }
  }
  SortByName(out);
  SortByName(others);
  for (const fs::path& other : others) {
    if (const char* problem = NotAFile(other)) {
      skipped->push_back(NamedNote(other.string(), problem));
    } else {
      const std::string what = IsDirectory(other) ? "a folder" : "not a .txt file";
      skipped->push_back(
          NamedNote(other.string(), what + ", skipped (precis-eval reads " +
                                        PrintableName(directory.filename().string()) + "/*.txt)"));
    }
  }
  return out;
}

bool IsValidUtf8(std::string_view text) {
  int32_t i = 0;
  const auto size = static_cast<int32_t>(text.size());
  while (i < size) {
    UChar32 c = 0;
    U8_NEXT(reinterpret_cast<const uint8_t*>(text.data()), i, size, c);
    if (c < 0) return false;
  }
  return true;
}

// The name a user sees for a folder: "a/b/" and "a/b/." are "b", "." is the current
// directory's own name.
std::string FolderName(const fs::path& folder) {
  std::error_code error;
  fs::path normal = fs::absolute(folder, error);
  if (error) normal = folder;
  normal = normal.lexically_normal();
  if (!normal.has_filename()) normal = normal.parent_path();
  return normal.filename().string();
}

// A cluster whose folders are named "Docs" or "REFS" would be passed over as a folder
// that is no cluster, or read without its references: refused, naming it.
void CheckFolderNameCase(const fs::path& folder) {
  std::error_code error;
  fs::directory_iterator it(folder, error);
  if (error) return;  // ReadCluster or List says why, naming the folder
  for (const fs::directory_entry& entry : it) {
    const std::string name = entry.path().filename().string();
    for (const char* expected : {"docs", "refs"}) {
      // On a file system that ignores case, Docs/ is docs/ and reads as such.
      if (name != expected && precis::AsciiLowered(name) == expected && entry.is_directory(error) &&
          !IsDirectory(folder / expected)) {
        throw Error(ErrorCode::kInvalidInput, entry.path().string(),
                    std::string("precis-eval reads CLUSTER/") + expected + "/, in lower case");
      }
    }
  }
}

// Whether `folder` holds a visible .txt file.
bool HoldsText(const fs::path& folder) {
  std::error_code error;
  fs::directory_iterator it(folder, error);
  if (error) return false;
  for (const fs::directory_entry& entry : it) {
    if (!IsHidden(entry.path()) && entry.path().extension() == ".txt" &&
        entry.is_regular_file(error)) {
      return true;
    }
  }
  return false;
}

// In a folder without docs/ nor refs/, its first subfolder (by name) that holds .txt
// files: a cluster whose docs/ is misnamed (doc/, articles/), which would otherwise be
// passed over as a folder that is no cluster. Empty when there is none, as in the notes
// beside the clusters of published sets (official_eval/'s folders hold .csv and .tsv).
fs::path MisnamedDocs(const fs::path& folder) {
  std::error_code error;
  fs::directory_iterator it(folder, error);
  if (error) return {};
  std::vector<fs::path> subfolders;
  for (const fs::directory_entry& entry : it) {
    if (!IsHidden(entry.path()) && entry.is_directory(error)) subfolders.push_back(entry.path());
  }
  SortByName(subfolders);
  for (const fs::path& subfolder : subfolders) {
    if (HoldsText(subfolder)) return subfolder;
  }
  return {};
}

Cluster ReadCluster(const fs::path& folder, std::vector<std::string>* warnings,
                    References references) {
  Cluster cluster;
  cluster.name = FolderName(folder);
  cluster.folder = folder.string();
  // Its name keys results.json, which is UTF-8: "caf\xe9" and "caf\xe8" would both be
  // "caf\uFFFD" there, and compare could no longer pair them. Renaming is the user's call.
  if (!IsValidUtf8(cluster.name)) {
    throw Error(ErrorCode::kInvalidInput, PrintableName(folder.string()),
                "cluster name is not valid UTF-8");
  }
  // A link or a hard link to an article is that article: precis reads it once (and warns),
  // so its summary here is the one precis prints for docs/*.txt.
  ReadOnce documents;
  for (const fs::path& file : List(folder / "docs", false, warnings)) {
    cluster.files.push_back(file.string());
    if (documents.ReadAlready(file.string(), warnings)) continue;
    // Named by path, as precis::ReadInputs names them, so that warnings point at a file.
    cluster.documents.push_back({file.string(), ReadFile(file)});
  }
  if (cluster.documents.empty()) {
    throw Error(ErrorCode::kInvalidInput, folder.string(), "no document (*.txt) in docs/");
  }
  if (references == References::kUnread) return cluster;
  const fs::path refs = folder / "refs";
  std::size_t files = 0;
  if (IsDirectory(refs)) {
    ReadOnce read;  // a reference counted twice would weigh twice in the mean
    for (const fs::path& file : List(refs, false, warnings)) {
      cluster.files.push_back(file.string());
      if (read.ReadAlready(file.string(), warnings)) continue;
      ++files;
      std::optional<std::string> text = ReferenceText({file.string(), ReadFile(file)}, warnings);
      if (text) cluster.references.push_back({file.stem().string(), std::move(*text)});
    }
  }
  // Without a reference there is nothing to score against: better to stop than to
  // average in a zero.
  if (cluster.references.empty()) {
    throw Error(ErrorCode::kInvalidInput, folder.string(),
                files == 0 ? "no reference summary in refs/"
                           : "no reference summary in refs/ holds text (" +
                                 std::to_string(files) + " empty or binary)");
  }
  return cluster;
}

}  // namespace

std::optional<std::string> SummaryText(const Document& file, std::vector<std::string>* warnings) {
  LoadOptions plain;
  plain.markup = false;  // a summary is text: "<" or "#" in it is not markup
  LoadedDocument loaded = Load(file, plain);
  if (warnings != nullptr) {
    for (std::string& w : loaded.warnings) warnings->push_back(std::move(w));
  }
  if (loaded.skipped) return std::nullopt;
  return std::move(loaded.original);
}

std::string UnusableReference(std::string_view text) {
  if (HoldsWord(text)) return "";
  return IsBlank(text) ? "empty reference summary, skipped"
                       : "reference summary without a word (no letter or digit), skipped";
}

std::optional<std::string> ReferenceText(const Document& file, std::vector<std::string>* warnings) {
  std::optional<std::string> text = SummaryText(file, warnings);
  if (!text) return text;
  if (const std::string problem = UnusableReference(*text); !problem.empty()) {
    if (warnings != nullptr) warnings->push_back(NamedNote(file.name, problem));
    return std::nullopt;
  }
  return text;
}

std::vector<Document> ReadSummaryFolder(const std::string& path,
                                        std::vector<std::string>* warnings) {
  std::vector<Document> files;
  for (const fs::path& file : List(fs::path(path), false, warnings)) {
    files.push_back({file.string(), ReadFile(file)});
  }
  if (files.empty() && warnings != nullptr) {
    warnings->push_back(NamedNote(path, "no .txt file in the folder"));
  }
  return files;
}

std::vector<Cluster> ReadDataset(const std::string& path, std::vector<std::string>* warnings,
                                 References references) {
  const fs::path root(path);
  std::error_code error;
  const fs::file_status status = fs::status(root, error);
  if (error || !fs::exists(status)) {
    throw Error(ErrorCode::kIo, path, error ? error.message() : std::strerror(ENOENT));
  }
  if (!fs::is_directory(status)) {
    throw Error(ErrorCode::kInvalidInput, path, "not a dataset or cluster folder");
  }

  std::vector<Cluster> clusters;
  CheckFolderNameCase(root);
  if (IsDirectory(root / "docs")) {
    clusters.push_back(ReadCluster(root, warnings, references));
    return clusters;
  }
  for (const fs::path& folder : List(root, true)) {
    // Other folders (official_eval/, ...) and files (README.md, clusters.tsv) sit next
    // to the clusters in the published sets; a folder with references but no articles
    // is a cluster that lost them, and one with Docs/ or doc/ a cluster misnamed.
    CheckFolderNameCase(folder);
    if (IsDirectory(folder / "docs")) {
      clusters.push_back(ReadCluster(folder, warnings, references));
    } else if (IsDirectory(folder / "refs")) {
      throw Error(ErrorCode::kInvalidInput, folder.string(), "refs/ without docs/");
    } else if (const fs::path texts = MisnamedDocs(folder); !texts.empty()) {
      throw Error(ErrorCode::kInvalidInput, folder.string(),
                  "no docs/, but " + PrintableName(texts.filename().string()) +
                      "/ holds .txt files: precis-eval reads CLUSTER/docs/ and CLUSTER/refs/");
    }
  }
  if (clusters.empty()) {
    throw Error(ErrorCode::kInvalidInput, path, "no cluster (a folder with docs/) in it");
  }
  return clusters;
}

std::string ReadSystemSummary(const std::string& directory, const std::string& cluster,
                              std::vector<std::string>* warnings) {
  const fs::path file = fs::path(directory) / (cluster + ".txt");
  // A binary file is no summary: it scores as an empty one, 0, which its warning says
  // (Load's own says "skipped", true of an article, not of a system's summary).
  std::vector<std::string> notes;
  std::optional<std::string> text = SummaryText({file.string(), ReadFile(file)}, &notes);
  if (!text && !notes.empty()) {
    std::string& note = notes.back();
    constexpr std::string_view kSkipped = ", skipped";
    if (note.size() >= kSkipped.size() &&
        note.compare(note.size() - kSkipped.size(), kSkipped.size(), kSkipped) == 0) {
      note.replace(note.size() - kSkipped.size(), kSkipped.size(),
                   ", scored as an empty summary (0)");
    }
  }
  if (warnings != nullptr) warnings->insert(warnings->end(), notes.begin(), notes.end());
  return text.value_or("");
}

std::vector<std::string> UnreadSystemFiles(const std::string& directory,
                                           const std::vector<Cluster>& clusters) {
  std::unordered_set<std::string> read;
  for (const Cluster& c : clusters) read.insert(c.name + ".txt");
  std::error_code error;
  fs::directory_iterator it(directory, error);
  if (error) return {};  // ReadSystemSummary names the folder's problem
  std::vector<fs::path> unread;
  for (const fs::directory_entry& entry : it) {
    if (IsHidden(entry.path()) || read.count(entry.path().filename().string()) > 0) continue;
    unread.push_back(entry.path());
  }
  SortByName(unread);
  std::vector<std::string> notes;
  for (const fs::path& path : unread) {
    if (const char* problem = NotAFile(path)) {
      notes.push_back(NamedNote(path.string(), problem));
    } else if (IsDirectory(path)) {
      notes.push_back(NamedNote(path.string(),
                                "a folder, not read (a system's summaries are "
                                "DIR/CLUSTER.txt)"));
    } else if (path.extension() == ".txt") {
      notes.push_back(NamedNote(
          path.string(), "no cluster " + path.stem().string() + " in the dataset, not scored"));
    } else {
      notes.push_back(NamedNote(path.string(),
                                "not a .txt file, not read (a system's "
                                "summaries are DIR/CLUSTER.txt)"));
    }
  }
  return notes;
}

}  // namespace precis::eval
