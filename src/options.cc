#include "precis/options.h"

#include <cmath>
#include <string>

#include "contains.h"
#include "converter.h"
#include "language.h"
#include "named_note.h"
#include "precis/error.h"

namespace precis {
namespace {

void Require(bool ok, const char* option, const std::string& problem) {
  if (!ok) throw Error(ErrorCode::kInvalidOptions, option, problem);
}

}  // namespace

const char* SimilarityName(Similarity similarity) {
  switch (similarity) {
    case Similarity::kCosine:
      return "cosine";
    case Similarity::kOverlap:
      return "overlap";
  }
  return "unknown";  // a cast integer, which Validate refuses
}

Similarity ParseSimilarity(const std::string& name) {
  if (name == "cosine") return Similarity::kCosine;
  if (name == "overlap") return Similarity::kOverlap;
  throw Error(ErrorCode::kInvalidOptions, "similarity",
              "unknown similarity '" + PrintableName(name) + "' (known: cosine, overlap)");
}

void Options::Validate() const {
  const auto& known = KnownLanguages();
  Require(language == kAutoLanguage || Contains(known, language), "lang",
          "unknown language '" + PrintableName(language) + "' (known: auto, " +
              KnownLanguageList() + ")");
  // Checked here, before any document is read, rather than at the first one that is.
  if (!load.encoding.empty()) OpenConverter(load.encoding);
  Require(std::isfinite(tokenize.name_weight) && tokenize.name_weight >= 0.0, "name-weight",
          "must be 0 (names weigh as other words) or more");
  // A cast integer is no measure: the graph would fall back on one without a word.
  Require(graph.similarity == Similarity::kCosine || graph.similarity == Similarity::kOverlap,
          "similarity",
          "unknown similarity " + std::to_string(static_cast<int>(graph.similarity)) +
              " (known: cosine, overlap)");
  Require(graph.min_similarity >= 0.0 && graph.min_similarity < 1.0, "min-similarity",
          "must be in [0, 1)");
  Require(rank.damping > 0.0 && rank.damping < 1.0, "damping", "must be in (0, 1)");
  Require(std::isfinite(rank.position_decay) && rank.position_decay >= 0.0, "position-decay",
          "must be 0 (no position prior) or more");
  Require(rank.tolerance > 0.0, "tolerance", "must be positive");
  Require(rank.max_iterations > 0, "max-iterations", "must be positive");
  Require(select.lambda >= 0.0 && select.lambda <= 1.0, "lambda", "must be in [0, 1]");
  Require(select.centroid_weight >= 0.0 && select.centroid_weight <= 1.0, "centroid-weight",
          "must be in [0, 1]");
  Require(select.min_relevance >= 0.0 && select.min_relevance <= 1.0, "min-relevance",
          "must be in [0, 1]");
  Require(select.duplicate_threshold > 0.0 && select.duplicate_threshold <= 1.0,
          "duplicate-threshold", "must be in (0, 1]");
  // The option a caller moved is the one to blame: "--max-words 3" alone breaks the rule
  // against min-words' default, and the message must not name an option never given.
  if (select.min_words == SelectOptions{}.min_words) {
    Require(select.min_words <= select.max_words, "max-words",
            "must be at least min-words (" + std::to_string(select.min_words) + ")");
  }
  Require(select.min_words <= select.max_words, "min-words",
          "must not exceed max-words (" + std::to_string(select.max_words) + ")");
}

}  // namespace precis
