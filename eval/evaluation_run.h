// What precis-eval's commands compute, apart from parsing and printing: scoring texts
// (`rouge`), scoring every system on every cluster of a dataset (`run`), and pairing two
// systems' per-cluster scores for a significance test (`compare`).
//
//   RunSettings settings;
//   settings.dataset = "../shared/data/rpm2_fr";
//   settings.systems = ParseSystemList("precis,lead");
//   RunResults results = RunEvaluation(ReadDataset(settings.dataset), settings);
//   // results.systems[0].means[Measure::kRouge2].recall.mean ...
#ifndef PRECIS_EVAL_EVALUATION_RUN_H_
#define PRECIS_EVAL_EVALUATION_RUN_H_

#include <array>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "dataset.h"
#include "precis/options.h"
#include "rouge.h"
#include "rouge155.h"
#include "statistics.h"
#include "tokenizer.h"
#include "unicode_tokenizer.h"

namespace precis::eval {

// How summaries are scored: Unicode mode (the default) or ROUGE-1.5.5 mode.
struct ScoringOptions {
  bool rouge155 = false;
  // Unicode mode.
  UnicodeTokenizerOptions unicode;
  RougeOptions rouge;
  // ROUGE-1.5.5 mode: the Perl script's flags one per element, as given (kept for the
  // record), and what they mean.
  std::vector<std::string> rouge155_args;
  Rouge155Flags rouge155_flags;
};

// A tokenizer for `scoring`'s mode; not thread-safe, so one per thread. Throws
// precis::Error(kInvalidOptions) for an unknown language.
std::unique_ptr<RougeTokenizer> MakeTokenizer(const ScoringOptions& scoring);

// The ROUGE options of `scoring`'s mode.
const RougeOptions& ScoringRougeOptions(const ScoringOptions& scoring);

// One line for people: "Unicode mode (fr, Snowball stems, average over references,
// jackknife)" or "ROUGE-1.5.5 mode (-n 2 -m -l 100)".
std::string DescribeScoring(const ScoringOptions& scoring);

// Scores each system text against every reference text: the `rouge` command. The result
// is in the order of `systems`.
std::vector<RougeScores> ScoreTexts(const std::vector<std::string>& systems,
                                    const std::vector<std::string>& references,
                                    const ScoringOptions& scoring);

enum class SystemKind { kPrecis, kLead, kRandom, kOracle, kDirectory };

struct SystemSpec {
  std::string name;  // as reports show it, and the folder name under summaries/
  SystemKind kind = SystemKind::kPrecis;
  std::string directory;  // kDirectory: where CLUSTER.txt files are read from
};

// "precis,lead,random,oracle" (any subset, any order; "" is none). Throws
// precis::Error(kInvalidOptions, "systems", ...) for an unknown or repeated name.
std::vector<SystemSpec> ParseSystemList(const std::string& list);

// "NAME=DIR" for --system-dir. Throws precis::Error(kInvalidOptions, "system-dir", ...)
// when NAME is empty or cannot be a folder name.
SystemSpec ParseSystemDirectory(const std::string& spec);

struct RunSettings {
  std::string dataset;  // as given: recorded in results, and names clusters in errors
  Options options;      // how precis and the baselines summarize (budget, language)
  std::vector<SystemSpec> systems;
  ScoringOptions scoring;
  std::uint64_t seed = 1;        // the random baseline's and the bootstrap's
  std::size_t resamples = 1000;  // bootstrap resamples for each interval
  double confidence = 0.95;
  std::size_t threads = 0;  // 0: one per core; never more than there are clusters
  // Keep why each sentence is in precis's summary or not (RunResults::explanations).
  bool explain = false;
};

// A mean over clusters with its bootstrap interval, for each of R, P and F.
struct PrfIntervals {
  Interval recall;
  Interval precision;
  Interval f;
};

struct SystemResult {
  SystemSpec spec;
  std::vector<RougeScores> per_cluster;             // indexed like RunResults::clusters
  std::vector<std::string> summaries;               // idem; empty when read back from a file
  std::array<PrfIntervals, kMeasureCount> means{};  // indexed by Measure
};

struct RunResults {
  std::vector<std::string> clusters;  // names, in dataset order
  std::vector<SystemResult> systems;  // in settings.systems order
  // With settings.explain, one per cluster: what `precis explain --format json` prints for
  // it, whose chosen sentences are precis's summary there. Empty otherwise.
  std::vector<std::string> explanations;
  // Non-fatal problems, "CLUSTER: problem", in cluster order then system order.
  std::vector<std::string> warnings;
  // Read back from a results file (ReadResults), for compare's checks: its
  // settings.scoring block as compact JSON, and its summary budget ("100 words"); empty
  // for a file that has no settings.
  std::string scoring;
  std::string budget;
  // What the skip-bigram measure was in the file (MeasureLabel: "ROUGE-SU4", "ROUGE-S4").
  std::string skip_measure = "ROUGE-SU4";
};

// Called after each cluster is scored, from worker threads but never two at a time.
using ProgressCallback = std::function<void(std::size_t done, std::size_t total)>;

// Summarizes every cluster with each system, scores the summaries against the cluster's
// references and computes the means with their intervals. Clusters run in parallel
// (settings.threads); results never depend on timing or thread count. Throws the
// precis::Error of the first cluster (in dataset order) that fails, naming its path.
// Cost: summarizing dominates; scoring is linear in text size, and the intervals cost
// resamples x clusters for each system, measure and statistic.
RunResults RunEvaluation(const std::vector<Cluster>& clusters, const RunSettings& settings,
                         const ProgressCallback& progress = {});

// Fills `system.means` from `system.per_cluster`.
void ComputeMeans(SystemResult& system, std::size_t resamples, double confidence,
                  std::uint64_t seed);

enum class Statistic { kRecall, kPrecision, kF };

double StatisticOf(const Prf& prf, Statistic statistic);
// "R", "P", "F".
const char* StatisticName(Statistic statistic);
// "R"/"recall", "P"/"precision", "F"/"F1", any case. Throws Error(kInvalidOptions).
Statistic ParseStatistic(const std::string& name);
// "ROUGE-2", "rouge-su4", "2", "L", ... Throws Error(kInvalidOptions).
Measure ParseMeasure(const std::string& name);

// One system of one results file, for `compare`.
struct ComparedSide {
  std::string path;    // the results file, for messages
  std::string system;  // a system name in it
  const RunResults* results = nullptr;
};

struct ClusterDifference {
  std::string cluster;
  double a = 0.0;
  double b = 0.0;
};

struct Comparison {
  Measure measure = Measure::kRouge2;
  std::string measure_label = "ROUGE-2";  // as A's file names it (MeasureLabel)
  Statistic statistic = Statistic::kF;
  std::vector<ClusterDifference> clusters;  // in A's cluster order
  PairedComparison test;
};

// Pairs A's and B's scores cluster by cluster (by name) and tests the difference A - B.
// Throws Error(kInvalidInput, PATH, ...) when a system is missing from its file or the
// two files do not hold the same clusters.
Comparison CompareSystems(const ComparedSide& a, const ComparedSide& b, Measure measure,
                          Statistic statistic, std::size_t resamples = 10000,
                          std::uint64_t seed = 1);

}  // namespace precis::eval

#endif  // PRECIS_EVAL_EVALUATION_RUN_H_
