// The folder a browser saves beside a page ("Save as: web page, complete" writes a.html
// and a_files/), which holds the page's images, scripts, style sheets and embedded frames
// rather than articles.
#ifndef PRECIS_SRC_SAVED_PAGE_H_
#define PRECIS_SRC_SAVED_PAGE_H_

#include <string>
#include <vector>

namespace precis {

// Removes from `paths` ('/'-separated names of the files of one folder or archive) every
// file under a saved page's folder, a folder "<stem>_files" (or a localized suffix:
// "_fichiers", "-Dateien", ...) beside a file "<stem>.html" (or .htm, .xhtml, .shtml) in
// `paths`. Returns the note for each such folder, for a user who would otherwise wonder
// where its files went: "a_files: what the saved page a.html shows (images, scripts,
// styles), skipped". Up to kMaxSavedPageNotes folders get a note each; more get one line
// for them all. Keeps the order of the paths it leaves; O(total length of the paths).
std::vector<std::string> DropSavedPageFolders(std::vector<std::string>* paths);

inline constexpr std::size_t kMaxSavedPageNotes = 3;

}  // namespace precis

#endif  // PRECIS_SRC_SAVED_PAGE_H_
