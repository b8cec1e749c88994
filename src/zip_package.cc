#include "zip_package.h"

#include <zip.h>

#include <string>
#include <string_view>

#include "affix.h"
#include "zip_reader.h"

namespace precis {
namespace {

struct Package {
  std::string_view key;  // a media type's start, or a member's name
  const char* name;
};

// ODF's templates ("...presentation-template") are named as their documents.
constexpr Package kMediaTypes[] = {
    {"application/epub+zip", "EPUB e-book"},
    {"application/vnd.oasis.opendocument.spreadsheet", "OpenDocument spreadsheet, ODS"},
    {"application/vnd.oasis.opendocument.presentation", "OpenDocument presentation, ODP"},
    {"application/vnd.oasis.opendocument.graphics", "OpenDocument drawing, ODG"},
};

constexpr Package kMembers[] = {
    {"xl/workbook.xml", "Excel spreadsheet, XLSX"},
    {"ppt/presentation.xml", "PowerPoint presentation, PPTX"},
    {"META-INF/container.xml", "EPUB e-book"},
};

constexpr std::size_t kMaxMediaTypeBytes = 256;

bool HasMember(zip_t* archive, std::string_view name) {
  return zip_name_locate(archive, std::string(name).c_str(), 0) >= 0;
}

// A media type fit to quote in a message: printable ASCII on one line.
bool IsPrintableMediaType(std::string_view type) {
  if (type.empty() || type.size() > 100) return false;
  for (char c : type) {
    if (c <= ' ' || c > '~') return false;
  }
  return true;
}

}  // namespace

std::string ZipPackageName(std::string_view bytes) {
  const ZipHandle archive = OpenZip(bytes);
  if (archive == nullptr) return "ZIP archive";
  const ZipEntryRead mimetype = ReadZipEntry(archive.get(), "mimetype", kMaxMediaTypeBytes);
  const bool has_type = mimetype.problem.empty() && !mimetype.too_large;
  if (has_type) {
    for (const Package& package : kMediaTypes) {
      if (StartsWith(mimetype.content, package.key)) return package.name;
    }
  }
  for (const Package& package : kMembers) {
    if (HasMember(archive.get(), package.key)) return package.name;
  }
  if (HasMember(archive.get(), "[Content_Types].xml")) {
    return "Office Open XML package other than a Word document";
  }
  if (has_type && StartsWith(mimetype.content, "application/vnd.oasis.opendocument.") &&
      IsPrintableMediaType(mimetype.content)) {
    return "OpenDocument file other than a text (" + mimetype.content + ")";
  }
  return "ZIP archive";
}

}  // namespace precis
