#include "option_table.h"

namespace precis {

const std::vector<OptionEntry>& OptionTable() {
  using O = Options;
  // clang-format off
  // Never destroyed: a batch line being summarized when the process exits (a Python
  // daemon thread) still reads it.
  static const std::vector<OptionEntry>& table = *new std::vector<OptionEntry>{
      {"words", 'w', "words", false, false, false,
       "summary budget in words (0: no limit); a sentence is never cut", nullptr,
       [](O& o) -> OptionField { return &o.select.words; }},
      {"sentences", '\0', "sentences", false, false, false,
       "summary budget in sentences (0: no limit)", nullptr,
       [](O& o) -> OptionField { return &o.select.sentences; }},
      {"chars", '\0', "chars", false, false, false,
       "summary budget in characters (0: no limit)", nullptr,
       [](O& o) -> OptionField { return &o.select.chars; }},
      {"lang", 'l', "lang", false, false, false,
       "language of the input: fr, en or auto (the one most documents are written in, "
       "by their function words)",
       nullptr,
       [](O& o) -> OptionField { return &o.language; }},
      {"plain-text", '\0', "markup", false, true, false,
       "read every input as plain text, even an HTML page or Markdown",
       "read an input that is an HTML page or Markdown as the text a reader sees",
       [](O& o) -> OptionField { return &o.load.markup; }},
      {"keep-boilerplate", '\0', "keep_boilerplate", false, false, false,
       "keep ads, captions, credits and the like", nullptr,
       [](O& o) -> OptionField { return &o.clean.keep_boilerplate; }},
      {"by-source", '\0', "by_source", false, false, false,
       "print the summary by source, each document's sentences in turn, instead of in "
       "the order the sources tell the story", nullptr,
       [](O& o) -> OptionField { return &o.order.by_source; }},
      {"encoding", '\0', "encoding", false, false, true,
       "encoding of every input (windows-1252, ISO-8859-15, UTF-16LE...); "
       "default: detect it per file", nullptr,
       [](O& o) -> OptionField { return &o.load.encoding; }},
      {"lambda", '\0', "lambda_", true, false, false,
       "MMR trade-off: 1 ranks by centrality alone, lower favours novelty", nullptr,
       [](O& o) -> OptionField { return &o.select.lambda; }},
      {"centroid-weight", '\0', "centroid_weight", true, false, false,
       "share of the relevance given to closeness to the cluster's centroid (0: rank alone)",
       nullptr,
       [](O& o) -> OptionField { return &o.select.centroid_weight; }},
      {"min-relevance", '\0', "min_relevance", true, false, false,
       "a sentence scoring under this share of the best is never chosen, even to fill the "
       "budget (0: any)", nullptr,
       [](O& o) -> OptionField { return &o.select.min_relevance; }},
      {"duplicate-threshold", '\0', "duplicate_threshold", true, false, false,
       "cosine at which two sentences are near duplicates", nullptr,
       [](O& o) -> OptionField { return &o.select.duplicate_threshold; }},
      {"min-words", '\0', "min_words", true, false, false,
       "shortest sentence a summary may use, in words", nullptr,
       [](O& o) -> OptionField { return &o.select.min_words; }},
      {"max-words", '\0', "max_words", true, false, false,
       "longest sentence a summary may use, in words", nullptr,
       [](O& o) -> OptionField { return &o.select.max_words; }},
      {"include-headlines", '\0', "include_headlines", true, false, false,
       "let headlines and titles into the summary", nullptr,
       [](O& o) -> OptionField { return &o.select.include_headlines; }},
      {"similarity", '\0', "similarity", true, false, false,
       "sentence similarity: cosine (LexRank) or overlap (TextRank)", nullptr,
       [](O& o) -> OptionField { return &o.graph.similarity; }},
      {"min-similarity", '\0', "min_similarity", true, false, false,
       "graph edges weaker than this are dropped", nullptr,
       [](O& o) -> OptionField { return &o.graph.min_similarity; }},
      {"damping", '\0', "damping", true, false, false,
       "PageRank damping factor", nullptr,
       [](O& o) -> OptionField { return &o.rank.damping; }},
      {"position-decay", '\0', "position_decay", true, false, false,
       "position prior: jumps favour a document's first sentences, decaying over this many "
       "(0: uniform)", nullptr,
       [](O& o) -> OptionField { return &o.rank.position_decay; }},
      {"name-weight", '\0', "name_weight", true, false, false,
       "extra weight of names, words written with a capital inside sentences (0: none)",
       nullptr,
       [](O& o) -> OptionField { return &o.tokenize.name_weight; }},
      {"no-stem", '\0', "stem", true, true, false,
       "do not stem words", "Snowball stemming of terms",
       [](O& o) -> OptionField { return &o.tokenize.stem; }},
      {"keep-stopwords", '\0', "remove_stopwords", true, true, false,
       "do not drop function words", "drop the language's function words from terms",
       [](O& o) -> OptionField { return &o.tokenize.remove_stopwords; }},
  };
  // clang-format on
  return table;
}

std::string DashedOptionName(std::string name) {
  for (char& c : name) {
    if (c == '_') c = '-';
  }
  return name;
}

const OptionEntry* FindBatchOption(const std::string& key, bool* names_field) {
  std::string name = DashedOptionName(key);
  if (name == "language") name = "lang";
  if (names_field != nullptr) *names_field = false;
  for (const OptionEntry& entry : OptionTable()) {
    if (entry.files_only) continue;
    if (name == entry.name) return &entry;
    if (entry.clears && name == DashedOptionName(entry.python_name)) {
      if (names_field != nullptr) *names_field = true;
      return &entry;
    }
  }
  return nullptr;
}

}  // namespace precis
