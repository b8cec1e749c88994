#include "evaluation_run.h"

#include <algorithm>
#include <atomic>
#include <cctype>
#include <exception>
#include <filesystem>
#include <limits>
#include <map>
#include <mutex>
#include <set>
#include <system_error>
#include <thread>
#include <utility>

#include "baselines.h"
#include "precis/error.h"
#include "precis/summarizer.h"

namespace precis::eval {
namespace {

namespace fs = std::filesystem;

std::string Lowercase(std::string text) {
  for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text;
}

// Where a cluster's files are, for messages: the dataset itself when it is one cluster.
std::string ClusterPath(const std::string& dataset, const std::string& cluster) {
  std::error_code error;
  if (fs::is_directory(fs::path(dataset) / "docs", error)) return dataset;
  return (fs::path(dataset) / cluster).string();
}

// One cluster's summaries and scores, one element per system.
struct ClusterOutcome {
  std::vector<std::string> summaries;
  std::vector<RougeScores> scores;
  std::vector<std::string> warnings;
  std::string explanation;  // precis's, with RunSettings::explain
};

std::string SystemSummary(const SystemSpec& system, const Cluster& cluster,
                          const RunSettings& settings, RougeTokenizer& tokenizer,
                          std::vector<std::string>& warnings, std::string& explanation) {
  switch (system.kind) {
    case SystemKind::kPrecis: {
      // Explain's summary is Summarize's, so explaining costs no second run.
      Explanation explained;
      if (settings.explain) {
        explained = Explain(cluster.documents, settings.options);
        explanation = RenderExplanation(explained, OutputFormat::kJson, settings.options);
      } else {
        explained.summary = Summarize(cluster.documents, settings.options);
      }
      const Summary& summary = explained.summary;
      for (const std::string& w : summary.warnings) warnings.push_back(cluster.name + ": " + w);
      if (summary.sentence_count == 0) {
        warnings.push_back(cluster.name + ": no sentence to summarize; precis scores 0");
      }
      // Exactly what `precis` prints, so that a score here is the score of its output.
      return Render(summary, OutputFormat::kText, settings.options);
    }
    case SystemKind::kLead:
      return LeadSummary(cluster, settings.options);
    case SystemKind::kRandom:
      return RandomSummary(cluster, settings.options, settings.seed);
    case SystemKind::kOracle:
      // The oracle maximizes the score as it is measured here, with the same tokens.
      return OracleSummary(cluster, settings.options, tokenizer);
    case SystemKind::kDirectory:
      return ReadSystemSummary(system.directory, cluster.name, &warnings);
  }
  return {};
}

ClusterOutcome EvaluateCluster(const Cluster& cluster, const RunSettings& settings,
                               RougeTokenizer& tokenizer) {
  std::vector<TokenizedText> references;
  references.reserve(cluster.references.size());
  for (const Reference& r : cluster.references) references.push_back(tokenizer.Tokenize(r.text));
  const RougeOptions& rouge = ScoringRougeOptions(settings.scoring);
  ClusterOutcome outcome;
  for (const SystemSpec& system : settings.systems) {
    outcome.summaries.push_back(
        SystemSummary(system, cluster, settings, tokenizer, outcome.warnings, outcome.explanation));
    outcome.scores.push_back(
        Score(tokenizer.Tokenize(outcome.summaries.back()), references, rouge));
  }
  return outcome;
}

// A cluster's error, naming the cluster's folder when the library named nothing.
Error InCluster(const Error& e, const std::string& cluster_path) {
  if (!e.path().empty()) return e;
  return Error(e.code(), cluster_path, e.problem());
}

bool ValidFolderName(const std::string& name) {
  return !name.empty() && name != "." && name != ".." &&
         name.find_first_of("/\\") == std::string::npos && name.find('\0') == std::string::npos;
}

}  // namespace

std::unique_ptr<RougeTokenizer> MakeTokenizer(const ScoringOptions& scoring) {
  if (scoring.rouge155) return std::make_unique<Rouge155Tokenizer>(scoring.rouge155_flags);
  return std::make_unique<UnicodeTokenizer>(scoring.unicode);
}

const RougeOptions& ScoringRougeOptions(const ScoringOptions& scoring) {
  return scoring.rouge155 ? scoring.rouge155_flags.rouge : scoring.rouge;
}

std::string DescribeScoring(const ScoringOptions& scoring) {
  if (scoring.rouge155) {
    std::string flags;
    for (const std::string& arg : scoring.rouge155_args) flags += (flags.empty() ? "" : " ") + arg;
    return "ROUGE-1.5.5 mode (" + (flags.empty() ? std::string("default flags") : flags) + ")";
  }
  const UnicodeTokenizerOptions& u = scoring.unicode;
  std::string text = "Unicode mode (" + u.language;
  text += u.stem ? ", Snowball stems" : ", no stemming";
  if (u.remove_stopwords) text += ", stopwords removed";
  if (u.fold_accents) text += ", accents folded";
  text += scoring.rouge.multi_reference == MultiReference::kBest ? ", best reference"
                                                                 : ", average over references";
  text += scoring.rouge.jackknife ? ", jackknife)" : ", no jackknife)";
  return text;
}

std::vector<RougeScores> ScoreTexts(const std::vector<std::string>& systems,
                                    const std::vector<std::string>& references,
                                    const ScoringOptions& scoring) {
  const std::unique_ptr<RougeTokenizer> tokenizer = MakeTokenizer(scoring);
  std::vector<TokenizedText> tokenized;
  tokenized.reserve(references.size());
  for (const std::string& r : references) tokenized.push_back(tokenizer->Tokenize(r));
  std::vector<RougeScores> scores;
  scores.reserve(systems.size());
  for (const std::string& s : systems) {
    scores.push_back(Score(tokenizer->Tokenize(s), tokenized, ScoringRougeOptions(scoring)));
  }
  return scores;
}

std::vector<SystemSpec> ParseSystemList(const std::string& list) {
  static const std::map<std::string, SystemKind> kKnown = {{"precis", SystemKind::kPrecis},
                                                           {"lead", SystemKind::kLead},
                                                           {"random", SystemKind::kRandom},
                                                           {"oracle", SystemKind::kOracle}};
  std::vector<SystemSpec> systems;
  std::set<std::string> seen;
  std::size_t start = 0;
  while (start <= list.size() && !list.empty()) {
    const std::size_t comma = std::min(list.find(',', start), list.size());
    const std::string name = list.substr(start, comma - start);
    start = comma + 1;
    if (name.empty()) continue;  // "precis,,lead" and a trailing comma are harmless
    const auto known = kKnown.find(name);
    if (known == kKnown.end()) {
      throw Error(ErrorCode::kInvalidOptions, "systems",
                  "unknown system '" + name + "' (known: precis, lead, random, oracle)");
    }
    if (!seen.insert(name).second) {
      throw Error(ErrorCode::kInvalidOptions, "systems", "'" + name + "' is named twice");
    }
    systems.push_back({name, known->second, ""});
  }
  return systems;
}

SystemSpec ParseSystemDirectory(const std::string& spec) {
  const std::size_t equals = spec.find('=');
  if (equals == std::string::npos || equals + 1 == spec.size()) {
    throw Error(ErrorCode::kInvalidOptions, "system-dir", "'" + spec + "' is not NAME=DIR");
  }
  const std::string name = spec.substr(0, equals);
  if (!ValidFolderName(name)) {
    throw Error(ErrorCode::kInvalidOptions, "system-dir",
                "'" + name + "' cannot name a system (it names a folder of summaries)");
  }
  return {name, SystemKind::kDirectory, spec.substr(equals + 1)};
}

RunResults RunEvaluation(const std::vector<Cluster>& clusters, const RunSettings& settings,
                         const ProgressCallback& progress) {
  // Fails here, once, rather than in every worker.
  MakeTokenizer(settings.scoring);

  const std::size_t count = clusters.size();
  std::vector<ClusterOutcome> outcomes(count);
  std::vector<std::exception_ptr> failures(count);
  std::atomic<std::size_t> next{0};
  // Workers skip clusters after the first failure but finish those before it, so the
  // error reported is always that of the first failing cluster in dataset order.
  std::atomic<std::size_t> first_failure{std::numeric_limits<std::size_t>::max()};
  std::mutex progress_mutex;
  std::size_t done = 0;

  const auto worker = [&]() {
    std::unique_ptr<RougeTokenizer> tokenizer;
    for (std::size_t i = next++; i < count; i = next++) {
      if (i > first_failure.load()) continue;
      try {
        if (!tokenizer) tokenizer = MakeTokenizer(settings.scoring);
        outcomes[i] = EvaluateCluster(clusters[i], settings, *tokenizer);
      } catch (...) {
        failures[i] = std::current_exception();
        std::size_t expected = first_failure.load();
        while (i < expected && !first_failure.compare_exchange_weak(expected, i)) {
        }
        continue;
      }
      if (progress) {
        const std::lock_guard<std::mutex> lock(progress_mutex);
        progress(++done, count);
      }
    }
  };

  std::size_t threads = settings.threads;
  if (threads == 0) threads = std::max(1u, std::thread::hardware_concurrency());
  threads = std::max<std::size_t>(1, std::min(threads, count));
  std::vector<std::thread> pool;
  for (std::size_t t = 1; t < threads; ++t) {
    try {
      pool.emplace_back(worker);
    } catch (const std::system_error&) {
      break;  // fewer threads: slower, and the same results
    }
  }
  worker();
  for (std::thread& t : pool) t.join();

  for (std::size_t i = 0; i < count; ++i) {
    if (!failures[i]) continue;
    try {
      std::rethrow_exception(failures[i]);
    } catch (const Error& e) {
      throw InCluster(e, ClusterPath(settings.dataset, clusters[i].name));
    }
  }

  RunResults results;
  for (const Cluster& c : clusters) results.clusters.push_back(c.name);
  for (std::size_t s = 0; s < settings.systems.size(); ++s) {
    SystemResult system;
    system.spec = settings.systems[s];
    for (ClusterOutcome& outcome : outcomes) {
      system.per_cluster.push_back(outcome.scores[s]);
      system.summaries.push_back(std::move(outcome.summaries[s]));
    }
    ComputeMeans(system, settings.resamples, settings.confidence, settings.seed);
    results.systems.push_back(std::move(system));
  }
  for (ClusterOutcome& outcome : outcomes) {
    results.warnings.insert(results.warnings.end(), outcome.warnings.begin(),
                            outcome.warnings.end());
    if (settings.explain) results.explanations.push_back(std::move(outcome.explanation));
  }
  return results;
}

void ComputeMeans(SystemResult& system, std::size_t resamples, double confidence,
                  std::uint64_t seed) {
  for (const Measure m : kAllMeasures) {
    std::vector<double> recall, precision, f;
    for (const RougeScores& scores : system.per_cluster) {
      recall.push_back(scores[m].recall);
      precision.push_back(scores[m].precision);
      f.push_back(scores[m].f);
    }
    PrfIntervals& means = system.means[static_cast<std::size_t>(m)];
    means.recall = BootstrapMean(recall, resamples, confidence, seed);
    means.precision = BootstrapMean(precision, resamples, confidence, seed);
    means.f = BootstrapMean(f, resamples, confidence, seed);
  }
}

double StatisticOf(const Prf& prf, Statistic statistic) {
  switch (statistic) {
    case Statistic::kRecall:
      return prf.recall;
    case Statistic::kPrecision:
      return prf.precision;
    case Statistic::kF:
      break;
  }
  return prf.f;
}

const char* StatisticName(Statistic statistic) {
  switch (statistic) {
    case Statistic::kRecall:
      return "R";
    case Statistic::kPrecision:
      return "P";
    case Statistic::kF:
      break;
  }
  return "F";
}

Statistic ParseStatistic(const std::string& name) {
  const std::string n = Lowercase(name);
  if (n == "r" || n == "recall") return Statistic::kRecall;
  if (n == "p" || n == "precision") return Statistic::kPrecision;
  if (n == "f" || n == "f1") return Statistic::kF;
  throw Error(ErrorCode::kInvalidOptions, "stat",
              "unknown statistic '" + name + "' (known: R, P, F)");
}

Measure ParseMeasure(const std::string& name) {
  std::string n = Lowercase(name);
  if (n.rfind("rouge-", 0) == 0) n = n.substr(6);
  for (const Measure m : kAllMeasures) {
    if (n == Lowercase(MeasureName(m)).substr(6)) return m;
  }
  // The skip-bigram measure by whatever -2 and -u made it in the files (MeasureLabel).
  if (!n.empty() && n[0] == 's') {
    return Measure::kRougeSU4;
  }
  throw Error(ErrorCode::kInvalidOptions, "measure",
              "unknown measure '" + name + "' (known: ROUGE-1, ROUGE-2, ROUGE-L, ROUGE-SU4)");
}

Comparison CompareSystems(const ComparedSide& a, const ComparedSide& b, Measure measure,
                          Statistic statistic, std::size_t resamples, std::uint64_t seed) {
  const auto find = [](const ComparedSide& side) -> const SystemResult& {
    std::string known;
    for (const SystemResult& s : side.results->systems) {
      if (s.spec.name == side.system) return s;
      known += (known.empty() ? "" : ", ") + s.spec.name;
    }
    throw Error(ErrorCode::kInvalidInput, side.path,
                "no system '" + side.system + "' (it has: " + known + ")");
  };
  const SystemResult& system_a = find(a);
  const SystemResult& system_b = find(b);

  std::map<std::string, std::size_t> index_b;
  for (std::size_t i = 0; i < b.results->clusters.size(); ++i) {
    index_b[b.results->clusters[i]] = i;
  }
  Comparison comparison;
  comparison.measure = measure;
  comparison.measure_label =
      measure == Measure::kRougeSU4 ? a.results->skip_measure : MeasureName(measure);
  comparison.statistic = statistic;
  std::vector<std::string> only_a;
  std::vector<double> values_a, values_b;
  for (std::size_t i = 0; i < a.results->clusters.size(); ++i) {
    const std::string& name = a.results->clusters[i];
    const auto found = index_b.find(name);
    if (found == index_b.end()) {
      only_a.push_back(name);
      continue;
    }
    const double value_a = StatisticOf(system_a.per_cluster.at(i)[measure], statistic);
    const double value_b = StatisticOf(system_b.per_cluster.at(found->second)[measure], statistic);
    comparison.clusters.push_back({name, value_a, value_b});
    values_a.push_back(value_a);
    values_b.push_back(value_b);
    index_b.erase(found);
  }
  if (!only_a.empty() || !index_b.empty()) {
    const auto list = [](const std::vector<std::string>& names) {
      std::string text;
      for (std::size_t i = 0; i < names.size() && i < 5; ++i) text += (i ? ", " : "") + names[i];
      if (names.size() > 5) text += ", ... (" + std::to_string(names.size()) + " in all)";
      return text;
    };
    std::vector<std::string> only_b;
    for (const auto& [name, index] : index_b) only_b.push_back(name);
    std::string problem = "its clusters differ from " + a.path + "'s:";
    if (!only_a.empty()) problem += " missing " + list(only_a) + (only_b.empty() ? "" : ";");
    if (!only_b.empty()) problem += " extra " + list(only_b);
    throw Error(ErrorCode::kInvalidInput, b.path, problem);
  }
  comparison.test = ComparePaired(values_a, values_b, resamples, seed);
  return comparison;
}

}  // namespace precis::eval
