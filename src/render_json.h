// The JSON form of a sentence, shared by `precis --format json` (render.cc), the batch
// records (batch.cc) and `precis segment` and `precis explain` (render_explanation.cc), so
// that all describe a sentence with the same fields.
#ifndef PRECIS_SRC_RENDER_JSON_H_
#define PRECIS_SRC_RENDER_JSON_H_

#include <cstddef>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "precis/document.h"
#include "precis/summarizer.h"

namespace precis {

// `json` as text (indented by `indent`, or on one line for -1). Bytes a writer did not
// make (a hand-built Summary's invalid UTF-8) become U+FFFD rather than an exception; the
// line separators U+2028 and U+2029 and NEL (U+0085), valid in a JSON string but line
// ends to Python's str.splitlines() and to JavaScript before ES2019, are written as
// \u escapes, so that a JSON Lines record is one line to every reader.
std::string DumpJson(const nlohmann::ordered_json& json, int indent);

// {"text", "source" (the document's name), "document" (its index), "sentence" (the
// position in the document), "score", "rank", "headline"}. `document_names` must hold
// s.document.
nlohmann::ordered_json SentenceJson(const SummarySentence& s,
                                    const std::vector<std::string>& document_names);

// {"text", "source", "document", "sentence", "paragraph", "headline"}: a sentence of its
// document, as `precis segment --format json` lists it. `document_names` must hold
// s.document.
nlohmann::ordered_json SourceSentenceJson(const Sentence& s,
                                          const std::vector<std::string>& document_names);

// SourceSentenceJson's fields, then "score", "verdict" (VerdictName) and "reason": a
// sentence as `precis explain --format json` lists it. `document_names` must hold
// s.document.
nlohmann::ordered_json ExplainedSentenceJson(const ExplainedSentence& s,
                                             const std::vector<std::string>& document_names);

// {"text", "source", "document", "before", "rule", "reason"}: a piece of text cleaning
// dropped, as `precis explain --format json` lists it under "removed". `document_names`
// must hold r.document.
nlohmann::ordered_json RemovedTextJson(const RemovedText& r,
                                       const std::vector<std::string>& document_names);

// Throws Error(kInvalidInput) when `s` names no document of the `document_count` given:
// checked before a list of sentences is written, so that nothing half-written comes out.
void CheckDocumentOf(const Sentence& s, std::size_t document_count);
// The same for a piece of text cleaning removed.
void CheckDocumentOf(const RemovedText& r, std::size_t document_count);

// Throws Error(kInvalidOptions) naming "format" for a value outside OutputFormat (a cast
// integer), which would otherwise be written as some other format without a word.
void CheckOutputFormat(OutputFormat format);

}  // namespace precis

#endif  // PRECIS_SRC_RENDER_JSON_H_
