// Stage 0, part of decode: what program made a ZIP archive that holds no articles.
//
//   ZipPackageName(bytes_of_an_epub) == "EPUB e-book";
//   ZipPackageName(bytes_of_an_xlsx) == "Excel spreadsheet, XLSX";
//   ZipPackageName(bytes_of_a_zip_of_articles) == "ZIP archive";
//
// Spreadsheets, presentations and e-books are ZIP archives of their program's parts. precis
// opens ZIP archives of articles, so a warning that calls such a file a "ZIP archive"
// contradicts the documentation and leaves the user to guess; its program's name does not.
#ifndef PRECIS_SRC_ZIP_PACKAGE_H_
#define PRECIS_SRC_ZIP_PACKAGE_H_

#include <string>
#include <string_view>

namespace precis {

// The name of the package `bytes` (which open with a ZIP entry's header) are, from the
// media type in their "mimetype" entry (EPUB, OpenDocument) or the members their format
// requires (Office Open XML's "xl/workbook.xml", "ppt/presentation.xml"; EPUB's
// "META-INF/container.xml"): "EPUB e-book", "Excel spreadsheet, XLSX", "PowerPoint
// presentation, PPTX", "OpenDocument spreadsheet, ODS", "OpenDocument presentation, ODP",
// "OpenDocument drawing, ODG"; another "Office Open XML package other than a Word document"
// or "OpenDocument file other than a text (application/...)"; else "ZIP archive". Reads the
// archive's directory and at most 256 bytes of one entry.
std::string ZipPackageName(std::string_view bytes);

}  // namespace precis

#endif  // PRECIS_SRC_ZIP_PACKAGE_H_
