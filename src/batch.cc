// Batch records: one JSON line in, one JSON line out (include/precis/batch.h).
//
// Input line: a JSON object with
//   "documents"  required; a non-empty array whose items are a string (the text; named
//                "1", "2"... by position) or an object {"text": "...", "name": "..."}
//                ("name" optional, same default; an empty one too). Text is UTF-8, as
//                JSON strings are.
//   "id"         optional; a string or a number, echoed in the output record (a number
//                as nlohmann re-serializes it: 7 stays 7, 1e2 becomes 100.0). An integer
//                past 64 bits, or a number of 2^53 or more written with a fraction or an
//                exponent, is an error: read as a double, it would come back rounded.
//   "explain"    optional; true adds "sentences" to the output record: every sentence of
//                the cluster with its score and why the summary takes it or not, as
//                `precis explain --format json` lists them (the reasons naming options
//                by the line's keys), and "removed": what cleaning dropped. Absent, the
//                caller's default
//                (false unless `precis batch --explain`).
//   "options"    optional; an object overriding `defaults` for this cluster, keyed by the
//                long option names of `precis summarize` ("_" may stand for "-"):
//                  counts (non-negative integers): words, sentences, chars, min-words,
//                    max-words
//                  numbers: lambda, centroid-weight, min-relevance,
//                    duplicate-threshold, min-similarity, damping, position-decay,
//                    name-weight
//                  booleans: keep-boilerplate, include-headlines, no-stem, keep-stopwords,
//                    plain-text, by-source
//                  strings: lang (or language), similarity ("cosine" or "overlap")
//                and the names of `precis --format json`'s "options" block, so that a
//                block copied from a run's output replays it: "stem", "markup" and
//                "remove_stopwords" (the fields that no-stem, plain-text and
//                keep-stopwords clear; true sets them), "tolerance", "max_iterations",
//                "max_explicit_work", "max_overlap_work" and "encoding" (null only)
//                --encoding, --threads and --format are not per-cluster options: JSON text
//                is already UTF-8 (defaults.load.encoding is ignored for the same reason),
//                clusters run on one thread each, and the output format is this one.
// Any other field, at the top level, in "options" or in a document object, is an error:
// a misspelt "option" would otherwise summarize with the wrong budget, silently. So is a
// key given twice in one object, and a NUL byte anywhere in the line (nlohmann would end
// the line there, and read no further).
//
// Output, compact JSON on one line, without a final newline, keys in this order:
//   success: {"id": ID, "language": "fr", "summary": [SENTENCE...], "warnings": ["..."]}
//            "language" is the one the documents were read in: "lang", or what "auto"
//            found.
//            SENTENCE is what `precis --format json` writes for a sentence (render_json.h):
//            {"text", "source", "document", "sentence", "score", "rank", "headline"},
//            in reading order. "id" is null when the line has none.
//            With "explain": true, "sentences": [EXPLAINED...] follows "summary", EXPLAINED
//            being {"text", "source", "document", "sentence", "paragraph", "headline",
//            "score", "verdict", "reason"}, in document order, then "removed":
//            [{"text", "source", "document", "before", "rule", "reason"}...], what
//            cleaning dropped, in document order ("before": the position of the first
//            sentence after it).
//   error:   {"id": ID, "line": LINE_NUMBER, "error": "what is wrong"}
//            "id" is null when the line has none or the line cannot be read that far.
// A blank line is an error record too ("blank line"): every input line gets exactly one
// output line, so a line's output is found at the same position. A cluster without any
// sentence is an error, as it is for `precis` (exit 1); an empty summary because the
// budget is too small is not (a warning says so).
#include "precis/batch.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <new>
#include <nlohmann/json.hpp>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

#include "ascii.h"
#include "batch_record.h"
#include "checked_json_builder.h"
#include "json_exception_text.h"
#include "language_advice.h"
#include "option_advice.h"
#include "option_table.h"
#include "precis/error.h"
#include "precis/summarizer.h"
#include "render_json.h"
#include "size_name.h"
#include "utf8.h"

namespace precis {
namespace {

using Json = nlohmann::json;
using OrderedJson = nlohmann::ordered_json;

// A problem with the line, said in the words of its JSON.
class LineError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

std::string TypeName(const Json& value) { return value.type_name(); }

std::size_t CountValue(const std::string& key, const Json& value) {
  // 100.0 is accepted: JSON writers fed from floating-point columns (pandas) write counts
  // that way. 2^53 bounds the doubles that are exact integers.
  if (value.is_number_unsigned()) return value.get<std::size_t>();
  // nlohmann reads "-0" as a signed integer, which is 0 all the same.
  if (value.is_number_integer() && value.get<std::int64_t>() == 0) return 0;
  if (value.is_number_float()) {
    const double v = value.get<double>();
    if (v >= 0 && v <= 9007199254740992.0 && std::floor(v) == v) {
      return static_cast<std::size_t>(v);
    }
  }
  throw LineError("options." + key + ": must be a non-negative integer, not " +
                  (value.is_number() ? value.dump() : TypeName(value)));
}

double RealValue(const std::string& key, const Json& value) {
  if (!value.is_number()) {
    throw LineError("options." + key + ": must be a number, not " + TypeName(value));
  }
  return value.get<double>();
}

bool BoolValue(const std::string& key, const Json& value) {
  if (!value.is_boolean()) {
    throw LineError("options." + key + ": must be true or false, not " + TypeName(value));
  }
  return value.get<bool>();
}

std::string StringValue(const std::string& key, const Json& value) {
  if (!value.is_string()) {
    throw LineError("options." + key + ": must be a string, not " + TypeName(value));
  }
  return value.get<std::string>();
}

// Sets `entry`'s field of `options` from its JSON value, checked for the field's type.
// `names_field`: the key names the field a clearing switch clears ("stem" for
// --no-stem), so that true sets the field.
void SetOption(const OptionEntry& entry, bool names_field, const std::string& key,
               const Json& value, Options& options) {
  struct Setter {
    const OptionEntry& entry;
    bool names_field;
    const std::string& key;
    const Json& value;
    void operator()(std::size_t* field) const { *field = CountValue(key, value); }
    void operator()(double* field) const { *field = RealValue(key, value); }
    // An explicit false for a switch that clears (no-stem) restores the field: the
    // line's value wins over the defaults'.
    void operator()(bool* field) const {
      const bool on = BoolValue(key, value);
      *field = entry.clears && !names_field ? !on : on;
    }
    void operator()(std::string* field) const { *field = StringValue(key, value); }
    void operator()(Similarity* field) const {
      try {
        *field = ParseSimilarity(StringValue(key, value));
      } catch (const Error& e) {
        throw LineError("options." + key + ": " + e.problem());
      }
    }
  };
  std::visit(Setter{entry, names_field, key, value}, entry.field(options));
}

// Sets an option that --format json's "options" block names but the command line does
// not, so that a block copied from a run's output replays that run; false for any
// other key. "encoding" is there for a file's bytes, and JSON text is UTF-8: only its
// null, "detected file by file", is taken.
bool SetBlockOnlyOption(const std::string& dashed, const std::string& key, const Json& value,
                        Options& options) {
  if (dashed == "encoding") {
    if (!value.is_null()) {
      throw LineError("options." + key +
                      ": JSON text is UTF-8 already; only null, as --format json writes it, "
                      "is taken");
    }
    return true;
  }
  if (dashed == "tolerance") {
    options.rank.tolerance = RealValue(key, value);
    return true;
  }
  if (dashed == "max-explicit-work") {
    options.graph.max_explicit_work = CountValue(key, value);
    return true;
  }
  if (dashed == "max-overlap-work") {
    options.graph.max_overlap_work = CountValue(key, value);
    return true;
  }
  if (dashed == "max-iterations") {
    const std::size_t count = CountValue(key, value);
    if (count > static_cast<std::size_t>(std::numeric_limits<int>::max())) {
      throw LineError("options." + key + ": must be at most " +
                      std::to_string(std::numeric_limits<int>::max()));
    }
    options.rank.max_iterations = static_cast<int>(count);
    return true;
  }
  return false;
}

// In --help's order, then the alias.
std::string KnownOptionNames() {
  std::string names;
  for (const OptionEntry& entry : OptionTable()) {
    if (entry.files_only) continue;
    if (!names.empty()) names += ", ";
    names += entry.name;
  }
  return names + ", language; and the names of --format json's \"options\"";
}

// `set`, when given, receives the command-line names of the options the line sets.
Options ClusterOptions(const Json& line, const Options& defaults,
                       std::vector<std::pair<std::string, std::string>>* set = nullptr) {
  Options options = defaults;
  options.threads = 1;            // a batch runs clusters in parallel, not stages
  options.load.encoding.clear();  // JSON strings are UTF-8 whatever the defaults say
  const auto it = line.find("options");
  if (it == line.end()) return options;
  if (!it->is_object()) throw LineError("options: must be an object, not " + TypeName(*it));
  // What each key names: an entry's name, or a block-only key's dashed form.
  std::vector<std::pair<std::string, std::string>> seen;
  // nlohmann::json keeps object keys sorted: options apply in an order that does not
  // depend on how the line was written.
  for (const auto& [key, value] : it->items()) {
    bool names_field = false;
    const OptionEntry* entry = FindBatchOption(key, &names_field);
    const std::string named = entry != nullptr ? entry->name : DashedOptionName(key);
    for (const auto& [other, other_key] : seen) {
      if (other == named) {
        throw LineError("options: '" + other_key + "' and '" + key + "' name the same option");
      }
    }
    if (entry != nullptr) {
      SetOption(*entry, names_field, key, value, options);
    } else if (!SetBlockOnlyOption(named, key, value, options)) {
      throw LineError("options: unknown option '" + key + "' (known: " + KnownOptionNames() + ")");
    }
    seen.emplace_back(named, key);
    if (set != nullptr) set->emplace_back(named, key);
  }
  return options;
}

std::vector<Document> Documents(const Json& line) {
  const auto it = line.find("documents");
  if (it == line.end()) throw LineError("no \"documents\" field");
  if (!it->is_array()) {
    throw LineError("documents: must be an array, not " + TypeName(*it));
  }
  if (it->empty()) throw LineError("documents: empty array");
  std::vector<Document> documents;
  documents.reserve(it->size());
  for (const Json& item : *it) {
    // Named by position from 1, as a reader counts them.
    const std::string number = std::to_string(documents.size() + 1);
    // A JSON string is Unicode: never re-read as bytes of some encoding or format.
    Document document{number, "", true};
    if (item.is_string()) {
      document.text = item.get<std::string>();
    } else if (item.is_object()) {
      for (const auto& [key, value] : item.items()) {
        if (key != "name" && key != "text") {
          throw LineError("document " + number + ": unknown field '" + key +
                          "' (known: name, text)");
        }
      }
      const auto text = item.find("text");
      if (text == item.end()) throw LineError("document " + number + ": no \"text\" field");
      if (!text->is_string()) {
        throw LineError("document " + number + ": text must be a string, not " + TypeName(*text));
      }
      document.text = text->get<std::string>();
      const auto name = item.find("name");
      if (name != item.end()) {
        if (!name->is_string()) {
          throw LineError("document " + number + ": name must be a string, not " + TypeName(*name));
        }
        // An empty name names nothing: a warning about the document would not say which.
        if (!name->get_ref<const std::string&>().empty()) document.name = name->get<std::string>();
      }
    } else {
      throw LineError("document " + number + ": must be a string or an object, not " +
                      TypeName(item));
    }
    documents.push_back(std::move(document));
  }
  return documents;
}

// A writer never throws on text it did not make: invalid UTF-8 cannot come out of a
// parsed line, but a parse error message quotes the raw bytes it stopped at.
std::string Dump(const OrderedJson& record) { return DumpJson(record, -1); }

std::string ErrorRecord(const OrderedJson& id, std::size_t line_number,
                        const std::string& message) {
  return Dump({{"id", id}, {"line", line_number}, {"error", message}});
}

bool IsBlank(std::string_view line) {
  for (char c : line) {
    if (c != ' ' && c != '\t' && c != '\r' && c != '\n') return false;
  }
  return true;
}

// A Validate error as the line's author reads it. The value at fault is the line's, named
// by the key as written ("options.max_iterations: ..."), or the defaults' (a library
// caller's, unchecked). A problem between two options may be the line's doing though it
// sets only the other: {"max-words": 3} under the default min-words.
std::string BlamedOption(const Error& e,
                         const std::vector<std::pair<std::string, std::string>>& set) {
  for (const auto& [named, key] : set) {
    if (named == e.path()) return "options." + key + ": " + e.problem();
  }
  // Whole names only: "words" is not named by "max-words".
  const auto names = [&](const std::string& name) {
    const std::string& problem = e.problem();
    const auto part_of_name = [&](std::size_t i) {
      return i < problem.size() && (IsAsciiAlnum(problem[i]) || problem[i] == '-');
    };
    for (std::size_t at = problem.find(name); at != std::string::npos;
         at = problem.find(name, at + 1)) {
      if ((at == 0 || !part_of_name(at - 1)) && !part_of_name(at + name.size())) return true;
    }
    return false;
  };
  for (const auto& [named, key] : set) {
    if (names(named)) return "options." + key + ": the defaults' " + e.path() + " " + e.problem();
  }
  return "defaults." + e.path() + ": " + e.problem();
}

// Deeper than a line goes (its documents' objects sit 3 levels down): the parsed tree of
// a line nested millions deep takes some 70 times the line's bytes.
constexpr std::size_t kMaxLineDepth = 64;

// A parse error in one line of words: without nlohmann's "[json.exception.parse_error.101] "
// tag, and with the token it "last read" cut to its last bytes, where the error is: a
// string of 20 MB with a control character at its end made an error record of 20 MB.
std::string ParseErrorMessage(const Json::exception& e) {
  constexpr std::size_t kShownBytes = 40;
  const std::string message = JsonExceptionText(e);
  const std::string_view last_read = "; last read: '";
  const std::size_t quoted = message.find(last_read);
  if (quoted == std::string::npos) return message;
  const std::size_t begin = quoted + last_read.size();
  const std::size_t end = message.rfind('\'');
  if (end == std::string::npos || end <= begin || end - begin <= kShownBytes) return message;
  std::size_t cut = end - kShownBytes;
  // Not inside a UTF-8 sequence, which the record's writer would show as U+FFFD.
  while (cut < end && IsUtf8ContinuationByte(message[cut])) ++cut;
  return message.substr(0, begin) + "..." + message.substr(cut);
}

// A line's "id" as its record echoes it; throws LineError for one that cannot be.
const Json& CheckedId(const Json& id) {
  if (!id.is_string() && !id.is_number()) {
    throw LineError("id: must be a string or a number, not " + TypeName(id));
  }
  // An integer past 64 bits is read as a double, which keeps 53 bits: two such ids would
  // come back rounded, maybe to the same number. Refused rather than echoed wrong.
  constexpr double kExactDoubles = 9007199254740992.0;  // 2^53
  if (id.is_number_float() && std::fabs(id.get<double>()) >= kExactDoubles) {
    throw LineError(
        "id: a number this large loses digits as JSON numbers are read; give it as a string");
  }
  return id;
}

// The success record; throws LineError or precis::Error for a bad line. `id` is set as
// soon as the line's id is known, for the error record. `explain` holds for a line
// without its own "explain".
std::string Summarize(std::string_view text, OrderedJson& id, const Options& defaults,
                      bool explain) {
  if (IsBlank(text)) throw LineError("blank line (expected a JSON object)");
  // nlohmann ends its input at a NUL byte, so that whatever follows one would be
  // dropped unread; JSON allows none, in a string or out of one.
  if (const std::size_t nul = text.find('\0'); nul != std::string_view::npos) {
    throw LineError("invalid JSON: NUL byte at column " + std::to_string(nul + 1));
  }
  Json line;
  // The tree built before a parse error holds the line's id when it came first, as it
  // usually does: the error record then says which line failed by its id too.
  const auto id_read_so_far = [&] {
    if (!line.is_object()) return;
    try {
      if (const auto given = line.find("id"); given != line.end()) id = CheckedId(*given);
    } catch (const LineError&) {  // no id fit to echo: the record says null
    }
  };
  try {
    CheckedJsonBuilder<Json> builder(line, kMaxLineDepth);
    Json::sax_parse(text.begin(), text.end(), &builder);
  } catch (const Json::exception& e) {  // parse_error, or out_of_range for 1e400
    id_read_so_far();
    throw LineError("invalid JSON: " + ParseErrorMessage(e));
  } catch (const JsonShapeError& e) {
    id_read_so_far();
    throw LineError(e.what() + std::string(e.too_deep() ? ", where a line needs 3" : ""));
  }
  if (!line.is_object()) {
    throw LineError("a line must be a JSON object, not " + TypeName(line));
  }
  if (const auto given = line.find("id"); given != line.end()) id = CheckedId(*given);
  for (const auto& [key, value] : line.items()) {
    if (key != "id" && key != "documents" && key != "options" && key != "explain") {
      throw LineError("unknown field '" + key + "' (known: id, documents, options, explain)");
    }
  }
  if (const auto it = line.find("explain"); it != line.end()) {
    if (!it->is_boolean()) {
      throw LineError("explain: must be true or false, not " + TypeName(*it));
    }
    explain = it->get<bool>();
  }
  const std::vector<Document> documents = Documents(line);
  std::vector<std::pair<std::string, std::string>> set;  // option, key as the line wrote it
  const Options options = ClusterOptions(line, defaults, &set);
  try {
    options.Validate();
  } catch (const Error& e) {
    throw LineError(BlamedOption(e, set));
  }
  Explanation explanation;
  if (explain) {
    explanation = precis::Explain(documents, options);
  } else {
    explanation.summary = precis::Summarize(documents, options);
  }
  const Summary& summary = explanation.summary;
  // Advice as a line takes it: "lang": "en" in its options, not --lang en, and
  // "keep_boilerplate": true, not --keep-boilerplate.
  std::vector<std::string> warnings;
  for (const std::string& w : summary.warnings) {
    warnings.push_back(
        WithKeywords(ReworkedLanguageAdvice(w, "\"lang\": \"", "\" in the line's options"),
                     summary.document_names, kJsonKeywords));
  }
  if (summary.sentence_count == 0) {
    // The warnings say why ("1: binary file (NUL bytes), skipped"): an error record has
    // no "warnings" of its own, and a damaged input must not read as an empty one.
    std::string why;
    for (const std::string& w : warnings) why += (why.empty() ? " (" : "; ") + w;
    throw LineError("no sentence to summarize in the input" + (why.empty() ? "" : why + ")"));
  }
  OrderedJson chosen = OrderedJson::array();
  for (const SummarySentence& s : summary.sentences) {
    chosen.push_back(SentenceJson(s, summary.document_names));
  }
  OrderedJson record = {{"id", id}, {"language", summary.language}, {"summary", chosen}};
  if (explain) {
    // Reasons name the options as a line sets them, as the warnings do: "under
    // \"min_words\": 6", not --min-words 6.
    OrderedJson sentences = OrderedJson::array();
    for (ExplainedSentence& s : explanation.sentences) {
      s.reason = WithKeywords(std::move(s.reason), summary.document_names, kJsonKeywords);
      sentences.push_back(ExplainedSentenceJson(s, summary.document_names));
    }
    record["sentences"] = std::move(sentences);
    OrderedJson removed = OrderedJson::array();
    for (RemovedText& r : explanation.removed) {
      r.reason = WithKeywords(std::move(r.reason), summary.document_names, kJsonKeywords);
      removed.push_back(RemovedTextJson(r, summary.document_names));
    }
    record["removed"] = std::move(removed);
  }
  record["warnings"] = warnings;
  return Dump(record);
}

}  // namespace

BatchRecord SummarizeBatchRecord(std::string_view line, std::size_t line_number,
                                 const Options& defaults, bool explain) {
  OrderedJson id;  // null until the line gives one
  try {
    return {Summarize(line, id, defaults, explain), false};
  } catch (const LineError& e) {
    return {ErrorRecord(id, line_number, e.what()), true};
  } catch (const Error& e) {
    if (e.code() == ErrorCode::kCancelled) throw;  // the caller's doing, not the line's
    return {ErrorRecord(id, line_number, e.what()), true};
  } catch (const std::bad_alloc&) {
    return {ErrorRecord(id, line_number, "out of memory"), true};
  } catch (const std::exception& e) {
    return {ErrorRecord(id, line_number, std::string("internal error: ") + e.what()), true};
  }
}

BatchRecord OverlongLineRecord(std::size_t line_number, std::size_t max_bytes) {
  return {ErrorRecord(OrderedJson(), line_number,
                      "line over " + SizeName(max_bytes) + ", skipped (a cluster is one line)"),
          true};
}

std::string SummarizeBatchLine(std::string_view line, std::size_t line_number,
                               const Options& defaults, bool explain) {
  return SummarizeBatchRecord(line, line_number, defaults, explain).json;
}

}  // namespace precis
