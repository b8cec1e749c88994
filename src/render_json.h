// The JSON form of a summary sentence, shared by `precis --format json` (render.cc) and the
// batch records (batch.cc), so that both describe a sentence with the same fields.
#ifndef PRECIS_SRC_RENDER_JSON_H_
#define PRECIS_SRC_RENDER_JSON_H_

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "precis/document.h"

namespace precis {

// {"text", "source" (the document's name), "document" (its index), "sentence" (the
// position in the document), "score", "rank", "headline"}. `document_names` must hold
// s.document.
nlohmann::ordered_json SentenceJson(const SummarySentence& s,
                                    const std::vector<std::string>& document_names);

}  // namespace precis

#endif  // PRECIS_SRC_RENDER_JSON_H_
