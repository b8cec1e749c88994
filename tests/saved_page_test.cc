#include "saved_page.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

namespace precis {
namespace {

TEST_CASE("A saved page's folder is dropped, the page and the other files kept") {
  std::vector<std::string> paths{
      "revue/lemonde-poutine.html",
      "revue/lemonde-poutine_files/analytics.js",
      "revue/lemonde-poutine_files/frames/pub.html",
      "revue/lemonde-poutine_files/style.css",
      "revue/notes_files/à lire.txt",  // no notes.html beside it: the user's own folder
      "revue/résumé.txt",
  };
  const std::vector<std::string> notes = DropSavedPageFolders(&paths);
  CHECK(paths == std::vector<std::string>{"revue/lemonde-poutine.html",
                                          "revue/notes_files/à lire.txt", "revue/résumé.txt"});
  CHECK(notes == std::vector<std::string>{
                     "revue/lemonde-poutine_files: the images, scripts and styles of the saved "
                     "page revue/lemonde-poutine.html, skipped"});
}

TEST_CASE("A saved page's folder is known by the suffixes of other languages and any case") {
  std::vector<std::string> paths{
      "Corée.HTM",          "Corée_fichiers/a.js",   "Poutine.htm", "poutine-Dateien/b.css",
      "visite.xhtml",       "visite_Files/c.json",   "x.html",      "_files/d.txt",
      "x.html_files/e.txt",
  };
  const std::vector<std::string> notes = DropSavedPageFolders(&paths);
  // "_files" alone names no page; "x.html_files" is not "x"'s folder.
  CHECK(paths == std::vector<std::string>{"Corée.HTM", "Poutine.htm", "visite.xhtml", "x.html",
                                          "_files/d.txt", "x.html_files/e.txt"});
  // Short names too, which a moved string no longer holds.
  CHECK(notes == std::vector<std::string>{
                     "Corée_fichiers: the images, scripts and styles of the saved page Corée.HTM, "
                     "skipped",
                     "poutine-Dateien: the images, scripts and styles of the saved page "
                     "Poutine.htm, skipped",
                     "visite_Files: the images, scripts and styles of the saved page "
                     "visite.xhtml, skipped"});
}

TEST_CASE("Only a page in the same folder makes a folder a saved page's") {
  std::vector<std::string> paths{"a.html", "sous/a_files/article.txt"};
  CHECK(DropSavedPageFolders(&paths).empty());
  CHECK(paths.size() == 2);
}

TEST_CASE("Many saved pages' folders are counted in one note") {
  std::vector<std::string> paths;
  for (int i = 0; i < 5; ++i) {
    paths.push_back("p" + std::to_string(i) + ".html");
    paths.push_back("p" + std::to_string(i) + "_files/s.js");
  }
  const std::vector<std::string> notes = DropSavedPageFolders(&paths);
  CHECK(paths.size() == 5);
  CHECK(notes == std::vector<std::string>{
                     "5 folders of saved pages' images, scripts and styles skipped (first: "
                     "p0_files)"});
}

}  // namespace
}  // namespace precis
