#include "data_sniff.h"

#include <cstddef>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "affix.h"
#include "ascii.h"

namespace precis {
namespace {

// A header's names are words, not phrases: "title", "Date de publication".
constexpr std::size_t kMaxColumnNameBytes = 64;

bool LooksLikeJson(std::string_view text) {
  const std::size_t first = text.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos || (text[first] != '{' && text[first] != '[')) return false;
  // accept() parses without building the value, and the parser keeps its own stack.
  return nlohmann::json::accept(text.substr(first));
}

bool IsColumnName(std::string_view field) {
  if (field.empty() || field.size() > kMaxColumnNameBytes) return false;
  if (IsAsciiBlankOrBreak(field.front()) || IsAsciiBlankOrBreak(field.back())) return false;
  if (field.find('\n') != std::string_view::npos) return false;
  return !EndsWithAny(field, {".", "!", "?", ":", "\u2026"});
}

// The fields of the record at `*at`, unquoted, and `*at` moved past its line break;
// false when a quoted field is never closed or is followed by anything but a delimiter,
// or when a field that is not quoted opens with a blank.
bool ReadRecord(std::string_view text, char delimiter, std::size_t* at,
                std::vector<std::string>* fields) {
  fields->clear();
  std::size_t i = *at;
  while (true) {
    std::string field;
    if (i < text.size() && text[i] == '"') {
      for (++i;; ++i) {
        if (i >= text.size()) return false;
        if (text[i] != '"') {
          field += text[i];
        } else if (i + 1 < text.size() && text[i + 1] == '"') {
          field += '"';
          ++i;
        } else {
          ++i;
          break;
        }
      }
      if (i < text.size() && text[i] != delimiter && text[i] != '\n' && text[i] != '\r') {
        return false;
      }
    } else {
      // Prose puts a blank after its commas and semicolons; a table's writer does not.
      if (i < text.size() && (text[i] == ' ' || text[i] == '\t')) return false;
      while (i < text.size() && text[i] != delimiter && text[i] != '\n' && text[i] != '\r') {
        field += text[i++];
      }
    }
    fields->push_back(std::move(field));
    if (i < text.size() && text[i] == delimiter) {
      ++i;
      continue;
    }
    if (i < text.size() && text[i] == '\r') ++i;
    if (i < text.size() && text[i] == '\n') ++i;
    *at = i;
    return true;
  }
}

bool LooksLikeCsv(std::string_view text, char delimiter) {
  std::size_t at = 0;
  std::vector<std::string> fields;
  if (!ReadRecord(text, delimiter, &at, &fields) || fields.size() < kMinCsvColumns) return false;
  for (const std::string& name : fields) {
    if (!IsColumnName(name)) return false;
  }
  const std::size_t columns = fields.size();
  std::size_t records = 1;
  while (at < text.size()) {
    // Blank lines may follow the last record, as editors leave them.
    if (text.find_first_not_of(" \t\r\n", at) == std::string_view::npos) break;
    if (!ReadRecord(text, delimiter, &at, &fields) || fields.size() != columns) return false;
    ++records;
  }
  return records >= 2;
}

}  // namespace

std::string DataKind(std::string_view text) {
  if (LooksLikeJson(text)) return "JSON data";
  if (LooksLikeCsv(text, ',') || LooksLikeCsv(text, ';')) return "CSV table";
  return "";
}

}  // namespace precis
