// The article every word-processor reader is tested on, and a way to read its files.
#ifndef PRECIS_TESTS_SUPPORT_OFFICE_ARTICLE_H_
#define PRECIS_TESTS_SUPPORT_OFFICE_ARTICLE_H_

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

namespace precis::testing {

// tests/data/office/article.fodt (a flat ODT, written by hand), converted by LibreOffice 7.4
// (`soffice --headless --convert-to odt article.fodt`, then `docx:"MS Word 2007 XML"`,
// `doc:"MS Word 97"` and `rtf`): a heading, French typography, a footnote, a comment, a deleted
// tracked change, a text frame with a caption, three kept spaces, a line break and a
// table. Real files, as a word processor writes them, with everything a reader skips.
inline const char* const kArticleText =
    "Poutine en visite d\u2019\u00c9tat \u00e0 Pyongyang\n\n"
    "Le pr\u00e9sident russe, M. Poutine, est arriv\u00e9 mardi soir \u00e0 Pyongyang pour une "
    "visite de deux jours.\n\n"
    "\u00ab\u00a0Nous allons signer un accord\u00a0\u00bb, a d\u00e9clar\u00e9 le dirigeant "
    "nord-cor\u00e9en devant 6.700 invit\u00e9s.\n\n"
    "Les \u00e9changes ont progress\u00e9 de 3,5\u00a0%   en un an.\nS\u00e9oul "
    "s\u2019inqui\u00e8te.\n\n"
    "Le cort\u00e8ge a travers\u00e9 la ville sous les acclamations.\n\n"
    "Russie\n\nCor\u00e9e du Nord\n";

inline std::string ReadOfficeFixture(const std::string& name) {
  const std::filesystem::path path =
      std::filesystem::path(PRECIS_SOURCE_DIR) / "tests" / "data" / "office" / name;
  std::ifstream in(path, std::ios::binary);
  REQUIRE(in);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

}  // namespace precis::testing

#endif  // PRECIS_TESTS_SUPPORT_OFFICE_ARTICLE_H_
