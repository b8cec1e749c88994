// Stage 1, part of load: whether a document is data rather than an article.
//
//   DataKind("{\"status\": \"ok\", \"articles\": [...]}")                   == "JSON data"
//   DataKind("title,url,date\nCrue de la Loire,https://x.fr/a,2025-01-15\n") == "CSV table"
//   DataKind("[Mis à jour] Le préfet, hier soir, a parlé.")                 == ""
//
// A news API's response or a spreadsheet's export holds articles, but read as text its
// keys, quotes, URLs and dates become the summary's sentences, and its articles run into
// one document. Load skips such a file with a warning naming what it is.
#ifndef PRECIS_SRC_DATA_SNIFF_H_
#define PRECIS_SRC_DATA_SNIFF_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace precis {

// "JSON data" when `text` (UTF-8) opens, after white space, with "{" or "[" and is one
// JSON value (RFC 8259); "CSV table" when it is records of at least kMinCsvColumns fields
// separated by commas (or else semicolons), quoted as RFC 4180 quotes them (a quoted field
// may hold the delimiter and line breaks; one that is not opens with no blank), every
// record with as many fields as the first, at least two records, the first a header of
// names: each field of it short, neither empty nor with a blank at its end, a line break
// or sentence punctuation at its end.
// Prose's commas are followed by a space and its paragraphs by blank lines, so prose is
// neither. Empty otherwise. Linear in the size of `text`; no recursion on nesting.
std::string DataKind(std::string_view text);

// Fewer columns than this do not make a table: two could be a list of "place, date"
// lines.
inline constexpr std::size_t kMinCsvColumns = 3;

}  // namespace precis

#endif  // PRECIS_SRC_DATA_SNIFF_H_
