#include "results_io.h"

#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string_view>
#include <system_error>

#include "atomic_file.h"
#include "checked_json_builder.h"
#include "json_exception_text.h"
#include "named_note.h"
#include "precis/error.h"
#include "precis/summarizer.h"
#include "precis/version.h"
#include "text_measure.h"

namespace precis::eval {
namespace {

namespace fs = std::filesystem;
using Json = nlohmann::ordered_json;

std::string Printf(const char* format, double value) {
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, format, value);
  return buffer;
}

const char* KindName(SystemKind kind) {
  switch (kind) {
    case SystemKind::kPrecis:
      return "precis";
    case SystemKind::kLead:
      return "lead";
    case SystemKind::kRandom:
      return "random";
    case SystemKind::kOracle:
      return "oracle";
    case SystemKind::kDirectory:
      break;
  }
  return "directory";
}

SystemKind ParseKind(const std::string& name) {
  for (const SystemKind kind :
       {SystemKind::kPrecis, SystemKind::kLead, SystemKind::kRandom, SystemKind::kOracle}) {
    if (name == KindName(kind)) return kind;
  }
  return SystemKind::kDirectory;
}

Json PrfJson(const Prf& prf) { return {{"R", prf.recall}, {"P", prf.precision}, {"F", prf.f}}; }

Json ScoresJson(const RougeScores& scores, const RougeOptions& rouge) {
  Json json = Json::object();
  for (const Measure m : kAllMeasures) json[MeasureLabel(m, rouge)] = PrfJson(scores[m]);
  return json;
}

Json IntervalJson(const Interval& interval) {
  return {{"mean", interval.mean}, {"low", interval.low}, {"high", interval.high}};
}

Json ScoringJson(const ScoringOptions& scoring) {
  const RougeOptions& rouge = ScoringRougeOptions(scoring);
  Json json;
  if (scoring.rouge155) {
    const Rouge155Flags& flags = scoring.rouge155_flags;
    json = {{"mode", "rouge155"},
            {"flags", scoring.rouge155_args},
            {"max_n", flags.max_n},
            {"stem", flags.stem},
            {"remove_stopwords", flags.remove_stopwords},
            {"word_limit", flags.word_limit},
            {"byte_limit", flags.byte_limit}};
  } else {
    json = {{"mode", "unicode"},
            {"language", scoring.unicode.language},
            {"stem", scoring.unicode.stem},
            {"remove_stopwords", scoring.unicode.remove_stopwords},
            {"fold_accents", scoring.unicode.fold_accents}};
  }
  json["multi_reference"] = rouge.multi_reference == MultiReference::kBest ? "best" : "average";
  json["jackknife"] = rouge.jackknife;
  json["alpha"] = rouge.alpha;
  json["skip_distance"] = rouge.skip_distance;
  json["skip_unigrams"] = rouge.skip_unigrams;
  return json;
}

// The summarize options as `precis --format json` records them: rendering an empty
// summary asks the library itself, so the field names never drift from precis's.
Json SummarizeOptionsJson(const Options& options) {
  return Json::parse(Render(Summary{}, OutputFormat::kJson, options)).at("options");
}

Json SystemSpecJson(const SystemSpec& spec) {
  Json json = {{"name", spec.name}, {"kind", KindName(spec.kind)}};
  if (spec.kind == SystemKind::kDirectory) json["directory"] = spec.directory;
  return json;
}

std::string Dump(const Json& json) {
  return json.dump(2, ' ', false, Json::error_handler_t::replace) + '\n';
}

std::string CsvField(const std::string& field) {
  if (field.find_first_of(",\"\r\n") == std::string::npos) return field;
  std::string quoted = "\"";
  for (char c : field) {
    if (c == '"') quoted += '"';
    quoted += c;
  }
  return quoted + '"';
}

std::string Cell(const Interval& interval) {
  return Printf("%.4f", interval.mean) + " [" + Printf("%.4f", interval.low) + "," +
         Printf("%.4f", interval.high) + "]";
}

// The columns `text` takes in a terminal: its code points, so that a system or a cluster
// named "café" lines up with "lead" (accents that combine aside: names come as written).
std::size_t Columns(std::string_view text) {
  return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) {
    return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  }));
}

std::string Pad(std::string text, std::size_t width) {
  const std::size_t columns = Columns(text);
  if (columns < width) text.append(width - columns, ' ');
  return text;
}

// "1 cluster", "2 clusters"; `plural` for the irregular ("losses").
std::string Count(std::size_t n, const std::string& singular, const std::string& plural = "") {
  return std::to_string(n) + " " + (n == 1 ? singular : plural.empty() ? singular + "s" : plural);
}

std::string Budget(const SelectOptions& select) {
  std::string text;
  const auto add = [&](std::size_t n, const char* unit) {
    if (n == 0) return;
    text += (text.empty() ? "" : ", ") + Count(n, unit);
  };
  add(select.words, "word");
  add(select.sentences, "sentence");
  add(select.chars, "character");
  return text.empty() ? "no budget" : text;
}

std::string PValue(double p) {
  if (p < 0.001) return "p < 0.001";
  return "p = " + Printf("%.3g", p);
}

}  // namespace

std::string FormatRougeLines(const RougeScores& scores, const RougeOptions& rouge) {
  std::string out;
  for (const Measure m : kAllMeasures) {
    char line[128];
    std::snprintf(line, sizeof line, "%s R=%.5f P=%.5f F=%.5f\n", MeasureLabel(m, rouge).c_str(),
                  scores[m].recall, scores[m].precision, scores[m].f);
    out += line;
  }
  return out;
}

std::string RougeJson(const std::vector<std::string>& system_names,
                      const std::vector<RougeScores>& scores,
                      const std::vector<std::string>& reference_names,
                      const ScoringOptions& scoring) {
  Json systems = Json::array();
  for (std::size_t i = 0; i < scores.size() && i < system_names.size(); ++i) {
    systems.push_back({{"system", system_names[i]},
                       {"scores", ScoresJson(scores[i], ScoringRougeOptions(scoring))}});
  }
  return Dump(
      {{"scoring", ScoringJson(scoring)}, {"references", reference_names}, {"systems", systems}});
}

namespace {

// One row per system whose summaries are at hand (not those read back from results.json).
std::string FormatLengthTable(const RunResults& results, std::size_t width) {
  std::string rows;
  for (const SystemResult& s : results.systems) {
    if (s.summaries.empty()) continue;
    std::size_t total = 0;
    std::size_t shortest = static_cast<std::size_t>(-1);
    std::size_t longest = 0;
    for (const std::string& summary : s.summaries) {
      const std::size_t words = CountWords(summary);
      total += words;
      shortest = std::min(shortest, words);
      longest = std::max(longest, words);
    }
    const double mean = static_cast<double>(total) / static_cast<double>(s.summaries.size());
    rows += Pad(s.spec.name, width) + Pad(Printf("%.1f", mean), 8) +
            Pad(std::to_string(shortest), 6) + std::to_string(longest) + '\n';
  }
  if (rows.empty()) return rows;
  return '\n' + Pad("Words", width) + Pad("mean", 8) + Pad("min", 6) + "max\n" + rows;
}

}  // namespace

std::string FormatResultsTable(const RunResults& results, const RunSettings& settings) {
  const RougeOptions& rouge = ScoringRougeOptions(settings.scoring);
  std::size_t width = Columns(MeasureLabel(Measure::kRougeSU4, rouge));
  for (const SystemResult& s : results.systems) width = std::max(width, Columns(s.spec.name));
  width += 2;
  const std::size_t cell = Cell(Interval{}).size() + 2;

  std::string out = PrintableName(settings.dataset) + ": " +
                    Count(results.clusters.size(), "cluster") + ", summaries of " +
                    Budget(settings.options.select) + "\n" + DescribeScoring(settings.scoring) +
                    "\n";
  out += "Means over clusters with " + Printf("%.0f", settings.confidence * 100) +
         "% bootstrap intervals (" + Count(settings.resamples, "resample") + ")\n";
  for (const Measure m : kAllMeasures) {
    out += '\n' + Pad(MeasureLabel(m, rouge), width) + Pad("R", cell) + Pad("P", cell) + "F\n";
    for (const SystemResult& s : results.systems) {
      const PrfIntervals& means = s.means[static_cast<std::size_t>(m)];
      out += Pad(s.spec.name, width) + Pad(Cell(means.recall), cell) +
             Pad(Cell(means.precision), cell) + Cell(means.f) + '\n';
    }
  }
  return out + FormatLengthTable(results, width);
}

std::string ResultsJson(const RunResults& results, const RunSettings& settings,
                        const std::string& plot_name) {
  Json systems_settings = Json::array();
  for (const SystemSpec& spec : settings.systems) systems_settings.push_back(SystemSpecJson(spec));
  const Json settings_json = {{"dataset", settings.dataset},
                              {"scoring", ScoringJson(settings.scoring)},
                              {"summarize", SummarizeOptionsJson(settings.options)},
                              {"systems", systems_settings},
                              {"seed", settings.seed},
                              {"resamples", settings.resamples},
                              {"confidence", settings.confidence}};
  const RougeOptions& rouge = ScoringRougeOptions(settings.scoring);
  Json systems = Json::array();
  for (const SystemResult& s : results.systems) {
    Json means = Json::object();
    for (const Measure m : kAllMeasures) {
      const PrfIntervals& i = s.means[static_cast<std::size_t>(m)];
      means[MeasureLabel(m, rouge)] = {{"R", IntervalJson(i.recall)},
                                       {"P", IntervalJson(i.precision)},
                                       {"F", IntervalJson(i.f)}};
    }
    Json per_cluster = Json::array();
    for (std::size_t c = 0; c < s.per_cluster.size(); ++c) {
      Json row = {{"cluster", results.clusters.at(c)}};
      for (const Measure m : kAllMeasures) {
        row[MeasureLabel(m, rouge)] = PrfJson(s.per_cluster[c][m]);
      }
      per_cluster.push_back(row);
    }
    Json system = SystemSpecJson(s.spec);
    system["means"] = means;
    system["per_cluster"] = per_cluster;
    systems.push_back(system);
  }
  Json json = {{"precis_eval", kVersion},
               {"settings", settings_json},
               {"clusters", results.clusters},
               {"systems", systems},
               {"warnings", results.warnings}};
  // The plot written beside it, which a later run may then replace with the folder.
  if (!plot_name.empty()) json["plot"] = plot_name;
  return Dump(json);
}

std::string ResultsCsv(const RunResults& results, const RunSettings& settings) {
  const RougeOptions& rouge = ScoringRougeOptions(settings.scoring);
  std::string out = "system,cluster,measure,R,P,F\n";
  for (const SystemResult& s : results.systems) {
    for (std::size_t c = 0; c < s.per_cluster.size(); ++c) {
      for (const Measure m : kAllMeasures) {
        const Prf& prf = s.per_cluster[c][m];
        out += CsvField(s.spec.name) + ',' + CsvField(results.clusters.at(c)) + ',' +
               MeasureLabel(m, rouge) + ',' + Printf("%.6f", prf.recall) + ',' +
               Printf("%.6f", prf.precision) + ',' + Printf("%.6f", prf.f) + '\n';
      }
    }
  }
  return out;
}

namespace {

// A recall, precision or F of a results file: a ROUGE score is a ratio from 0 to 1, so
// any other value is a file edited or damaged, whose comparison would mean nothing.
double Score(const Json& prf, const char* key, const std::string& system, const std::string& path) {
  const double value = prf.at(key).get<double>();
  if (!(value >= 0.0 && value <= 1.0)) {
    throw Error(ErrorCode::kInvalidInput, path,
                "system '" + system + "' has a score " + key + " = " + prf.at(key).dump() +
                    ", outside 0 to 1");
  }
  return value;
}

// Deeper than any results file goes (its deepest value sits 6 levels down): copying or
// printing a value recurses once per level, and a file nested thousands deep would
// overflow the stack, so the parser refuses one nested deeper.
constexpr std::size_t kMaxDepth = 64;

[[noreturn]] void NotResults(const std::string& path, const std::string& problem) {
  throw Error(ErrorCode::kInvalidInput, path, "not a precis-eval results file: " + problem);
}

// A library message without its tag, on one line.
std::string LibraryMessage(const std::exception& e) { return PrintableName(JsonExceptionText(e)); }

// The whole file: a results file is read whole anyway, and its text places a parse error
// at a line and column. Reading stops at a NUL byte, which no JSON holds: /dev/zero or a
// binary file is refused at once rather than read to its end (or without one).
std::string ReadJsonText(const std::string& path) {
  // A folder opens, and only its reading fails ("Is a directory" from deep in the stream).
  std::error_code error;
  if (fs::is_directory(path, error)) {
    throw Error(ErrorCode::kInvalidInput, path, "a folder, not a precis-eval results file");
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(ErrorCode::kIo, path, std::strerror(errno));
  std::string text;
  char chunk[1 << 16];
  while (in.read(chunk, sizeof chunk) || in.gcount() > 0) {
    const std::string_view read(chunk, static_cast<std::size_t>(in.gcount()));
    if (read.find('\0') != std::string_view::npos) {
      throw Error(ErrorCode::kInvalidInput, path,
                  "a binary file (NUL bytes), not a precis-eval results file");
    }
    text.append(read);
  }
  if (in.bad()) throw Error(ErrorCode::kIo, path, "read error");
  return text;
}

// `text` parsed, or Error(kInvalidInput) naming where it stops being JSON, in the words of
// an editor's status line ("invalid JSON at line 3, column 9: unexpected ','").
Json ParseResultsJson(const std::string& text, const std::string& path) {
  if (text.find_first_not_of(" \t\r\n") == std::string::npos ||
      (text.rfind("\xEF\xBB\xBF", 0) == 0 &&
       text.find_first_not_of(" \t\r\n", 3) == std::string::npos)) {
    throw Error(ErrorCode::kInvalidInput, path, "an empty file, not a precis-eval results file");
  }
  try {
    Json tree;
    CheckedJsonBuilder<Json> builder(tree, kMaxDepth);
    Json::sax_parse(text, &builder);
    return tree;
  } catch (const JsonShapeError& e) {
    NotResults(path, PrintableName(e.what()));
  } catch (const Json::parse_error& e) {
    // The library counts bytes from 1, the end of the text being size() + 1.
    const std::size_t at = std::min<std::size_t>(e.byte == 0 ? 0 : e.byte - 1, text.size());
    const std::size_t line_start = at == 0 ? std::string::npos : text.rfind('\n', at - 1);
    const std::size_t line =
        1 + static_cast<std::size_t>(std::count(text.begin(), text.begin() + at, '\n'));
    const std::size_t column = line_start == std::string::npos ? at + 1 : at - line_start;
    std::string problem;
    if (at >= text.size()) {
      problem = "the file ends before the JSON does (truncated?)";
    } else {
      // "syntax error while parsing value - unexpected ','; expected ..." without the
      // context, and without the bytes last read, which may be anything (a binary file's).
      const std::string what = e.what();
      const std::size_t dash = what.find(" - ");
      problem = dash == std::string::npos ? "" : what.substr(dash + 3);
      problem = PrintableName(problem.substr(0, problem.find("; last read")));
    }
    throw Error(ErrorCode::kInvalidInput, path,
                "invalid JSON at line " + std::to_string(line) + ", column " +
                    std::to_string(column) + (problem.empty() ? "" : ": " + problem));
  } catch (const Json::exception& e) {
    // A number beyond a double's range ("number overflow parsing '1e400'").
    throw Error(ErrorCode::kInvalidInput, path, "invalid JSON: " + LibraryMessage(e));
  }
}

// A value as an error shows it: a scalar as written (a string quoted, in ASCII, cut at 40
// characters), a container by its kind.
std::string Shown(const Json& value) {
  if (value.is_object()) return "an object";
  if (value.is_array()) return "an array";
  std::string text = value.dump(-1, ' ', true, Json::error_handler_t::replace);
  if (text.size() > 40) text = text.substr(0, 37) + "...";
  return PrintableName(text);
}

enum class Kind { kObject, kArray, kString, kNumber, kCount, kBoolean };

// `value`, found at `where` ("systems[0].per_cluster[2].ROUGE-2.R", "" for the top
// level), when it is of `kind`; else the file is refused, naming where and what it holds.
const Json& Expect(const Json& value, Kind kind, const std::string& where,
                   const std::string& path) {
  bool ok = false;
  const char* expected = "";
  switch (kind) {
    case Kind::kObject:
      ok = value.is_object();
      expected = "an object";
      break;
    case Kind::kArray:
      ok = value.is_array();
      expected = "an array";
      break;
    case Kind::kString:
      ok = value.is_string();
      expected = "a string";
      break;
    case Kind::kNumber:
      ok = value.is_number();
      expected = "a number";
      break;
    case Kind::kCount:
      ok = value.is_number_unsigned();
      expected = "a count (a whole number, 0 or more)";
      break;
    case Kind::kBoolean:
      ok = value.is_boolean();
      expected = "true or false";
      break;
  }
  if (!ok) {
    NotResults(path, (where.empty() ? std::string("the top level") : where) + " is " +
                         Shown(value) + ", not " + expected);
  }
  return value;
}

std::string Within(const std::string& where, const std::string& key) {
  return where.empty() ? key : where + "." + key;
}

std::string Within(const std::string& where, std::size_t index) {
  return where + "[" + std::to_string(index) + "]";
}

// Member `key` of the object at `where`, of `kind`, which the file must have.
const Json& Member(const Json& object, const std::string& where, const std::string& key, Kind kind,
                   const std::string& path) {
  const auto found = object.find(key);
  if (found == object.end()) {
    NotResults(path, "missing \"" + key + "\"" + (where.empty() ? "" : " in " + where));
  }
  return Expect(*found, kind, Within(where, key), path);
}

// Member `key` of the object at `where`, of `kind`, or null when the file leaves it out.
const Json* Optional(const Json& object, const std::string& where, const std::string& key,
                     Kind kind, const std::string& path) {
  const auto found = object.find(key);
  if (found == object.end()) return nullptr;
  return &Expect(*found, kind, Within(where, key), path);
}

// The results file `json` (read from `path`), each field checked for its kind before it
// is read: the library's own exceptions name neither the field nor, often, the problem
// in a reader's words.
RunResults ResultsOf(const Json& json, const std::string& path) {
  RunResults results;
  Expect(json, Kind::kObject, "", path);
  for (const Json& cluster : Member(json, "", "clusters", Kind::kArray, path)) {
    const std::string& name =
        Expect(cluster, Kind::kString, Within("clusters", results.clusters.size()), path)
            .get_ref<const std::string&>();
    // Scores pair by cluster name: a name twice would pair with a guess.
    if (std::find(results.clusters.begin(), results.clusters.end(), name) !=
        results.clusters.end()) {
      throw Error(ErrorCode::kInvalidInput, path,
                  "cluster '" + PrintableName(name) + "' is listed twice");
    }
    results.clusters.push_back(name);
  }
  // A run reads at least one cluster; a file without one would compare nothing.
  if (results.clusters.empty()) NotResults(path, "\"clusters\" is empty");
  // Without its settings, or their scoring, nothing tells how the scores were made, nor
  // that compare pairs runs scored alike: it is no run's file.
  const Json& settings = Member(json, "", "settings", Kind::kObject, path);
  const Json& scoring = Member(settings, "settings", "scoring", Kind::kObject, path);
  // What the flags mean, not how they were written: "-n 4 -m" and "-m -n 4", or
  // flags that change nothing (-a -c 95 -x), score alike.
  Json effective = scoring;
  effective.erase("flags");
  results.scoring = effective.dump();
  // Its per-cluster rows name the skip-bigram measure as these settings made it.
  RougeOptions rouge;
  if (const Json* d = Optional(scoring, "settings.scoring", "skip_distance", Kind::kCount, path)) {
    rouge.skip_distance = d->get<std::size_t>();
  }
  if (const Json* u =
          Optional(scoring, "settings.scoring", "skip_unigrams", Kind::kBoolean, path)) {
    rouge.skip_unigrams = u->get<bool>();
  }
  results.skip_measure = MeasureLabel(Measure::kRougeSU4, rouge);
  if (const Json* summarize = Optional(settings, "settings", "summarize", Kind::kObject, path)) {
    // Each budget a count, as SelectOptions holds it, under the unit's plural ("words").
    for (const char* unit : {"word", "sentence", "char"}) {
      const Json* value =
          Optional(*summarize, "settings.summarize", std::string(unit) + "s", Kind::kCount, path);
      if (value == nullptr) continue;
      const auto n = value->get<std::size_t>();
      if (n != 0) results.budget += (results.budget.empty() ? "" : ", ") + Count(n, unit);
    }
  }
  const Json& systems = Member(json, "", "systems", Kind::kArray, path);
  for (std::size_t i = 0; i < systems.size(); ++i) {
    const std::string where = Within("systems", i);
    const Json& s = Expect(systems[i], Kind::kObject, where, path);
    SystemResult system;
    system.spec.name = Member(s, where, "name", Kind::kString, path).get<std::string>();
    // Two entries of one name: which one compare took would be a guess.
    for (const SystemResult& earlier : results.systems) {
      if (earlier.spec.name == system.spec.name) {
        throw Error(ErrorCode::kInvalidInput, path,
                    "system '" + system.spec.name + "' is listed twice");
      }
    }
    system.spec.kind = ParseKind(Member(s, where, "kind", Kind::kString, path).get<std::string>());
    if (const Json* directory = Optional(s, where, "directory", Kind::kString, path)) {
      system.spec.directory = directory->get<std::string>();
    }
    const Json& per_cluster = Member(s, where, "per_cluster", Kind::kArray, path);
    if (per_cluster.size() != results.clusters.size()) {
      throw Error(ErrorCode::kInvalidInput, path,
                  "system '" + system.spec.name + "' has " + std::to_string(per_cluster.size()) +
                      " clusters, not " + std::to_string(results.clusters.size()));
    }
    for (std::size_t c = 0; c < per_cluster.size(); ++c) {
      const std::string row_where = Within(where + ".per_cluster", c);
      const Json& row = Expect(per_cluster[c], Kind::kObject, row_where, path);
      const std::string cluster =
          Member(row, row_where, "cluster", Kind::kString, path).get<std::string>();
      if (cluster != results.clusters[c]) {
        // A name the file lists elsewhere is out of place; another is no cluster of it.
        const bool known = std::find(results.clusters.begin(), results.clusters.end(), cluster) !=
                           results.clusters.end();
        throw Error(
            ErrorCode::kInvalidInput, path,
            "system '" + PrintableName(system.spec.name) + "' " +
                (known ? "lists its clusters out of order"
                       : "scores a cluster '" + PrintableName(cluster) + "' the run did not have"));
      }
      RougeScores scores;
      for (const Measure m : kAllMeasures) {
        const std::string measure = m == Measure::kRougeSU4 ? results.skip_measure : MeasureName(m);
        const Json& prf = Member(row, row_where, measure, Kind::kObject, path);
        const std::string prf_where = Within(row_where, measure);
        for (const char* key : {"R", "P", "F"}) Member(prf, prf_where, key, Kind::kNumber, path);
        scores[m] = {Score(prf, "R", system.spec.name, path),
                     Score(prf, "P", system.spec.name, path),
                     Score(prf, "F", system.spec.name, path)};
      }
      system.per_cluster.push_back(scores);
    }
    results.systems.push_back(std::move(system));
  }
  return results;
}

}  // namespace

RunResults ReadResults(const std::string& given) {
  // A run's --out folder stands for the results.json in it.
  std::error_code error;
  const std::string path =
      fs::is_directory(given, error) ? (fs::path(given) / "results.json").string() : given;
  const Json json = ParseResultsJson(ReadJsonText(path), path);
  try {
    return ResultsOf(json, path);
  } catch (const Json::exception& e) {
    // A case the checks missed still names the file, not the library alone.
    NotResults(path, LibraryMessage(e));
  }
}

namespace {

// DIR as given, without a trailing "/" or "/.", so that it has a name to put beside it.
fs::path OutFolder(const std::string& directory) {
  fs::path root = fs::path(directory).lexically_normal();
  if (!root.has_filename()) root = root.parent_path();
  if (root.empty() || root == "." || root == "..") {
    root = fs::absolute(root.empty() ? fs::path(".") : root).lexically_normal();
    if (!root.has_filename()) root = root.parent_path();
  }
  return root;
}

// Whether `json` is a results.json as ResultsJson writes it: its top-level keys, each of
// its kind.
bool IsRunResults(const Json& json) {
  if (!json.is_object()) return false;
  const auto has = [&](const char* key, Json::value_t kind) {
    const auto found = json.find(key);
    return found != json.end() && found->type() == kind;
  };
  return has("precis_eval", Json::value_t::string) && has("settings", Json::value_t::object) &&
         has("clusters", Json::value_t::array) && has("systems", Json::value_t::array) &&
         has("warnings", Json::value_t::array);
}

// A hidden name beside `root`, for this process.
fs::path Beside(const fs::path& root, const std::string& what) {
  return root.parent_path() /
         ("." + root.filename().string() + "." + what + "-" + std::to_string(::getpid()));
}

}  // namespace

void CheckResultsFolder(const std::string& directory) {
  const fs::path root = OutFolder(directory);
  std::error_code error;
  const fs::file_status status = fs::symlink_status(root, error);
  if (!fs::exists(status)) return;
  if (fs::is_symlink(status)) {
    // Replacing it would replace the link, not the run it points to: say where to point.
    const fs::path target = fs::read_symlink(root, error);
    throw Error(ErrorCode::kIo, root.string(),
                "a symbolic link (to " + PrintableName(target.string()) +
                    "): give the folder itself to --out");
  }
  if (!fs::is_directory(status)) throw Error(ErrorCode::kIo, root.string(), "not a folder");
  // Replacing the folder a shell stands in would leave that shell in a removed directory.
  const fs::path folder = fs::canonical(root, error);
  const fs::path here = fs::current_path(error);
  if (!folder.empty() && !here.empty()) {
    const auto [mismatch, _] =
        std::mismatch(folder.begin(), folder.end(), here.begin(), here.end());
    if (mismatch == folder.end()) {
      throw Error(ErrorCode::kIo, root.string(),
                  "holds the current directory, which replacing it would remove: run from "
                  "elsewhere, or give another --out");
    }
  }
  // A run replaces the folder whole: only what a run wrote may go. A results.json alone
  // proves nothing (a dataset may hold one of its own), so it must be precis-eval's, and
  // nothing else may be in the folder.
  if (fs::is_empty(root, error) && !error) return;
  const fs::path json_path = root / "results.json";
  if (!fs::exists(json_path, error)) {
    throw Error(ErrorCode::kIo, root.string(),
                "exists and holds no results.json: refusing to replace a folder that no run wrote");
  }
  Json json;
  {
    std::ifstream in(json_path, std::ios::binary);
    json = Json::parse(in, nullptr, false);
  }
  if (!IsRunResults(json)) {
    throw Error(ErrorCode::kIo, root.string(),
                "holds a results.json that precis-eval did not write: refusing to replace the "
                "folder");
  }
  std::vector<std::string> written = {"results.json", "results.csv", "summaries", "explanations"};
  if (const auto plot = json.find("plot"); plot != json.end() && plot->is_string()) {
    written.push_back(plot->get<std::string>());
  }
  fs::directory_iterator it(root, error);
  if (error) throw Error(ErrorCode::kIo, root.string(), error.message());
  for (const fs::directory_entry& entry : it) {
    const std::string name = entry.path().filename().string();
    if (std::find(written.begin(), written.end(), name) == written.end()) {
      throw Error(
          ErrorCode::kIo, root.string(),
          "holds " + PrintableName(name) + ", which no run writes: refusing to replace the folder");
    }
  }
}

void WriteResults(const std::string& directory, const RunResults& results,
                  const RunSettings& settings, const std::string& plot_name,
                  const std::string& plot_svg) {
  CheckResultsFolder(directory);
  const fs::path root = OutFolder(directory);
  const auto make_directory = [](const fs::path& path) {
    std::error_code error;
    fs::create_directories(path, error);
    if (error) throw Error(ErrorCode::kIo, path.string(), error.message());
  };
  make_directory(root.parent_path().empty() ? fs::path(".") : root.parent_path());
  // Everything goes into a hidden folder beside DIR, which then takes DIR's place: a run
  // stopped while writing leaves DIR as it was, never half old and half new, and files
  // an earlier run wrote there do not outlive it.
  const fs::path staging = Beside(root, "tmp");
  std::error_code ignored;
  fs::remove_all(staging, ignored);
  try {
    make_directory(staging);
    // FOLDER/CLUSTER.EXTENSION for each cluster, when there is one text per cluster.
    const auto write_per_cluster = [&](const fs::path& folder,
                                       const std::vector<std::string>& texts,
                                       const std::string& extension) {
      if (texts.size() != results.clusters.size()) return;
      make_directory(folder);
      for (std::size_t c = 0; c < texts.size(); ++c) {
        WriteFileAtomically((folder / (results.clusters[c] + extension)).string(), texts[c]);
      }
    };
    for (const SystemResult& s : results.systems) {
      write_per_cluster(staging / "summaries" / s.spec.name, s.summaries, ".txt");
    }
    if (!results.explanations.empty()) {
      write_per_cluster(staging / "explanations", results.explanations, ".json");
    }
    WriteFileAtomically((staging / "results.csv").string(), ResultsCsv(results, settings));
    // The plot goes in with the rest, so that the folder that takes DIR's place holds it.
    if (!plot_name.empty()) WriteFileAtomically((staging / plot_name).string(), plot_svg);
    WriteFileAtomically((staging / "results.json").string(),
                        ResultsJson(results, settings, plot_name));
    const fs::path previous = Beside(root, "old");
    std::error_code error;
    const bool replacing = fs::exists(fs::symlink_status(root, error));
    if (replacing) {
      fs::remove_all(previous, ignored);
      fs::rename(root, previous, error);
      if (error) throw Error(ErrorCode::kIo, root.string(), error.message());
    }
    fs::rename(staging, root, error);
    if (error) {
      if (replacing) fs::rename(previous, root, ignored);  // put the old run back
      throw Error(ErrorCode::kIo, root.string(), error.message());
    }
    if (replacing) fs::remove_all(previous, ignored);
  } catch (...) {
    fs::remove_all(staging, ignored);
    throw;
  }
}

std::string FormatComparison(const Comparison& comparison, const std::string& label_a,
                             const std::string& label_b) {
  const std::string what = comparison.measure_label + " " + StatisticName(comparison.statistic);
  const PairedComparison& test = comparison.test;
  // A cluster's name may hold a line break or an escape (a folder name may): written '?',
  // as precis writes such names, one row stays one line and the terminal stays as it was.
  std::size_t width = std::string("cluster").size();
  for (const ClusterDifference& c : comparison.clusters) {
    width = std::max(width, Columns(PrintableName(c.cluster)));
  }
  width += 2;

  std::string out = "A: " + PrintableName(label_a) + "\nB: " + PrintableName(label_b) + "\n" +
                    what + " over " + Count(comparison.clusters.size(), "cluster") + "\n\n";
  out += Pad("cluster", width) + "A       B       A-B\n";
  for (const ClusterDifference& c : comparison.clusters) {
    out += Pad(PrintableName(c.cluster), width) + Printf("%.4f", c.a) + "  " + Printf("%.4f", c.b) +
           "  " + Printf("%+.4f", c.a - c.b) + '\n';
  }
  out += "\nA against B: " + Count(test.wins, "win") + ", " + Count(test.losses, "loss", "losses") +
         ", " + Count(test.ties, "tie") + "\n";
  out += "mean difference A-B: " + Printf("%+.4f", test.difference.mean) + " [" +
         Printf("%+.4f", test.difference.low) + "," + Printf("%+.4f", test.difference.high) +
         "] (95% bootstrap interval)\n";
  // A resample of one cluster is that cluster: every one has the observed mean, and the
  // shift method's p is its floor, 1 / (resamples + 1), which reads as a strong result.
  out += "paired bootstrap: " +
         (comparison.clusters.size() < 2 ? std::string("none (one cluster cannot be resampled)")
                                         : PValue(test.p_bootstrap)) +
         "; permutation: " + PValue(test.p_permutation) + "\n";
  // What the clusters can show at all. Sign flips of k differing clusters give p no lower
  // than 2 / 2^k, so under 6 of them no difference can be significant; from 6, the t-test's
  // power says how large a true difference, spread as these are, is found more often than
  // missed.
  const std::size_t differing = test.wins + test.losses;
  constexpr std::size_t kFewestSignificant = 6;
  if (differing > 0 && differing < kFewestSignificant) {
    out += "only " + Count(differing, "cluster") + (differing == 1 ? " differs" : " differ") +
           ": the permutation test cannot go below " +
           PValue(2.0 / static_cast<double>(std::size_t{1} << differing)) + "\n";
  } else if (differing >= kFewestSignificant && std::isfinite(test.detectable)) {
    out += "detectable at 0.05 with 80% power: " + Printf("%.4f", test.detectable) +
           " (paired t over " + Count(comparison.clusters.size(), "cluster") + ", sd of A-B " +
           Printf("%.4f", test.sd) + ")\n";
  }
  // The verdict rests on the permutation test: exact up to 20 clusters and without the
  // bootstrap's tendency to understate p on few clusters.
  const double p = test.p_permutation;
  if (p < 0.05 && test.difference.mean != 0.0) {
    const bool a_wins = test.difference.mean > 0.0;
    out += std::string(a_wins ? "A beats B" : "B beats A") + " on " + what + ": " +
           Printf("%+.4f", a_wins ? test.difference.mean : -test.difference.mean) + ", " +
           PValue(p) + "\n";
  } else {
    out += "no significant difference (" + PValue(p) + ")\n";
  }
  return out;
}

}  // namespace precis::eval
