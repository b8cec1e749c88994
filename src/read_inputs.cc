#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <limits>
#include <sstream>
#include <system_error>

#include "affix.h"
#include "decode.h"
#include "parallel.h"
#include "precis/error.h"
#include "precis/summarizer.h"
#include "unpack.h"

namespace precis {
namespace {

namespace fs = std::filesystem;

std::string ReadStream(std::istream& in, const std::string& name) {
  std::ostringstream buffer;
  buffer << in.rdbuf();
  // An empty stream sets failbit on <<; only a bad stream is a read error.
  if (in.bad()) throw Error(ErrorCode::kIo, name, "read error");
  return buffer.str();
}

std::string ReadFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(ErrorCode::kIo, path.string(), std::strerror(errno));
  // A regular file is read straight into a string of its size: a string stream would
  // grow by doubling and then copy it all once more.
  std::error_code error;
  const std::uintmax_t size = fs::file_size(path, error);
  if (error || size > static_cast<std::uintmax_t>(std::numeric_limits<std::streamsize>::max())) {
    return ReadStream(in, path.string());
  }
  std::string text(static_cast<std::size_t>(size), '\0');
  in.read(text.data(), static_cast<std::streamsize>(size));
  if (in.bad()) throw Error(ErrorCode::kIo, path.string(), "read error");
  text.resize(static_cast<std::size_t>(in.gcount()));
  // The file may have grown since it was measured: what was added is read too.
  if (in.good() && in.peek() != std::char_traits<char>::eof()) {
    text += ReadStream(in, path.string());
  }
  return text;
}

// The regular files of a directory, in byte order of their names, hidden ones excepted.
std::vector<fs::path> ListDirectory(const fs::path& directory) {
  std::error_code error;
  fs::directory_iterator it(directory, error);
  if (error) throw Error(ErrorCode::kIo, directory.string(), error.message());
  std::vector<fs::path> files;
  for (const fs::directory_entry& entry : it) {
    const std::string name = entry.path().filename().string();
    if (name.empty() || name[0] == '.') continue;
    if (entry.is_regular_file(error)) files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end(), [](const fs::path& a, const fs::path& b) {
    return a.filename().string() < b.filename().string();
  });
  return files;
}

// Adds `text` to the documents unless it cannot be read as one; returns whether it may
// hold a sentence (neither unreadable nor blank).
bool AddDocument(const std::string& name, std::string text, Inputs* inputs) {
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

}  // namespace

Inputs ReadInputs(const std::vector<std::string>& inputs, std::size_t threads) {
  Inputs read;
  for (const std::string& input : inputs) {
    if (input == "-") {
      Add("-", ReadStream(std::cin, "-"), &read);
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
      const std::vector<fs::path> files = ListDirectory(input);
      if (files.empty()) {
        throw Error(ErrorCode::kInvalidInput, input, "directory holds no file to read");
      }
      // Files are read on every worker (a cluster of 100,000 articles is 100,000 opens
      // and reads), then taken in name order; the first file that fails, in that
      // order, is the one named.
      std::vector<std::string> texts(files.size());
      ParallelRanges(WorkerCount(threads, files.size()), files.size(),
                     [&](std::size_t, std::size_t begin, std::size_t end) {
                       for (std::size_t i = begin; i < end; ++i) texts[i] = ReadFile(files[i]);
                     });
      std::size_t usable = 0;
      for (std::size_t i = 0; i < files.size(); ++i) {
        usable += Add(files[i].string(), std::move(texts[i]), &read);
      }
      if (usable == 0) {
        throw Error(ErrorCode::kInvalidInput, input,
                    "directory holds no usable file (only empty or binary ones)");
      }
    } else if (fs::is_regular_file(status)) {
      Add(input, ReadFile(input), &read);
    } else {
      throw Error(ErrorCode::kIo, input, "not a regular file or directory");
    }
  }
  return read;
}

}  // namespace precis
