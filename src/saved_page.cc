#include "saved_page.h"

#include <algorithm>
#include <cstddef>
#include <optional>
#include <string_view>
#include <unordered_map>

#include "ascii.h"
#include "named_note.h"

namespace precis {
namespace {

// Windows, and the browsers that follow it, name the folder in the language of the
// system that saved the page (Windows' "connected files").
constexpr std::string_view kFolderSuffixes[] = {"_files",     "_fichiers", "-Dateien", "_archivos",
                                                "_arquivos",  "_file",     "-filer",   "_bestanden",
                                                "-bestanden", "_pliki",    "_soubory", ".files"};
constexpr std::string_view kPageExtensions[] = {".html", ".htm", ".xhtml", ".shtml", ".xht"};

// Windows matches names without regard to case: "A.HTM" and "a_Files" go together.
bool EndsWithNoCase(std::string_view s, std::string_view suffix) {
  if (s.size() < suffix.size()) return false;
  const std::string_view tail = s.substr(s.size() - suffix.size());
  return std::equal(tail.begin(), tail.end(), suffix.begin(),
                    [](char a, char b) { return LowerAscii(a) == LowerAscii(b); });
}

// Each page among `paths` by its name without its extension, lower-cased: "dir/a" ->
// "dir/a.html". Copies: the paths move out of their vector as they are sorted out.
std::unordered_map<std::string, std::string> PagesByStem(const std::vector<std::string>& paths) {
  std::unordered_map<std::string, std::string> pages;
  for (const std::string& path : paths) {
    for (const std::string_view extension : kPageExtensions) {
      if (path.size() > extension.size() && EndsWithNoCase(path, extension)) {
        pages.emplace(
            AsciiLowered(std::string_view(path).substr(0, path.size() - extension.size())),
            path);  // the first in byte order, if two
        break;
      }
    }
  }
  return pages;
}

// The page `folder` was saved with, if it is a saved page's folder.
std::optional<std::string> PageOf(std::string_view folder,
                                  const std::unordered_map<std::string, std::string>& pages) {
  for (const std::string_view suffix : kFolderSuffixes) {
    if (folder.size() <= suffix.size() || !EndsWithNoCase(folder, suffix)) continue;
    const std::string_view stem = folder.substr(0, folder.size() - suffix.size());
    if (stem.back() == '/') continue;  // a folder named "_files" alone
    if (const auto page = pages.find(AsciiLowered(stem)); page != pages.end()) return page->second;
  }
  return std::nullopt;
}

}  // namespace

std::vector<std::string> DropSavedPageFolders(std::vector<std::string>* paths) {
  const std::unordered_map<std::string, std::string> pages = PagesByStem(*paths);
  if (pages.empty()) return {};
  std::vector<std::pair<std::string, std::string>> dropped;  // folder, page
  // Whether each folder seen is a saved page's: the files of one share their folders.
  std::unordered_map<std::string, bool> verdicts;
  std::vector<std::string> kept;
  for (std::string& path : *paths) {
    bool drop = false;
    for (std::size_t slash = path.find('/'); slash != std::string::npos && !drop;
         slash = path.find('/', slash + 1)) {
      const std::string folder = path.substr(0, slash);
      const auto [verdict, added] = verdicts.emplace(folder, false);
      if (added) {
        if (const std::optional<std::string> page = PageOf(folder, pages)) {
          verdict->second = true;
          dropped.emplace_back(folder, *page);
        }
      }
      drop = verdict->second;
    }
    if (!drop) kept.push_back(std::move(path));
  }
  *paths = std::move(kept);
  std::vector<std::string> notes;
  if (dropped.size() > kMaxSavedPageNotes) {
    notes.push_back(std::to_string(dropped.size()) +
                    " folders of saved pages' images, scripts and styles skipped (first: " +
                    PrintableName(dropped.front().first) + ")");
    return notes;
  }
  for (const auto& [folder, page] : dropped) {
    notes.push_back(NamedNote(folder, "the images, scripts and styles of the saved page " +
                                          PrintableName(page) + ", skipped"));
  }
  return notes;
}

}  // namespace precis
