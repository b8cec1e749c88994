// What precis-eval writes and reads: the `rouge` lines, the `run` table, results.json and
// results.csv, and the `compare` report. Files are written whole or not at all.
#ifndef PRECIS_EVAL_RESULTS_IO_H_
#define PRECIS_EVAL_RESULTS_IO_H_

#include <string>
#include <vector>

#include "evaluation_run.h"
#include "rouge.h"

namespace precis::eval {

// The four lines ROUGE tools print, in the order ROUGE-1, ROUGE-2, ROUGE-L, ROUGE-SU4:
// "ROUGE-2 R=0.12345 P=0.12345 F=0.12345" (five decimals, as ROUGE-1.5.5 prints), the
// last named as `rouge` makes it (MeasureLabel: ROUGE-S4 without unigrams...).
std::string FormatRougeLines(const RougeScores& scores, const RougeOptions& rouge);

// The `rouge` command's --format json: the scoring settings, the references and, per
// system, R, P and F of every measure. Ends with a newline.
std::string RougeJson(const std::vector<std::string>& system_names,
                      const std::vector<RougeScores>& scores,
                      const std::vector<std::string>& reference_names,
                      const ScoringOptions& scoring);

// The `run` table: one block per measure, one row per system, R, P and F as
// "0.3123 [0.2901,0.3340]" (mean over clusters and its bootstrap interval); then the
// summaries' lengths in words (mean, min, max over clusters, before any cut the scoring
// makes), since recall rises with length and other tools' summaries may overrun the budget.
std::string FormatResultsTable(const RunResults& results, const RunSettings& settings);

// results.json: the settings, then per system the means with their intervals and every
// cluster's R, P, F for every measure, and "plot": `plot_name` when the run's plot was
// written beside it. The same run gives the same bytes.
std::string ResultsJson(const RunResults& results, const RunSettings& settings,
                        const std::string& plot_name = "");

// results.csv: a header, then one row per system x cluster x measure.
std::string ResultsCsv(const RunResults& results, const RunSettings& settings);

// Reads back the clusters and per-cluster scores of a results.json, or of the one in
// `path` when it is a run's --out folder, with the settings compare checks (RunResults's
// scoring and budget). Throws precis::Error(kIo, path) when unreadable, and
// Error(kInvalidInput, path) saying why when it is not a precis-eval results file: empty,
// binary, "invalid JSON at line 3, column 9: ...", or a field missing or of the wrong kind,
// named by where it sits ("missing \"R\" in systems[0].per_cluster[2].ROUGE-2",
// "clusters is \"abc\", not an array").
RunResults ReadResults(const std::string& path);

// Writes DIR/results.json, DIR/results.csv, DIR/summaries/SYSTEM/CLUSTER.txt, when the
// run kept them DIR/explanations/CLUSTER.json, and DIR/`plot_name` (`plot_svg`) when a
// name is given (a --plot inside DIR), creating DIR's parents as needed. They are
// written into a hidden folder beside DIR (.DIR.tmp-PID), which then takes DIR's place
// whole: an earlier run's DIR is replaced, stale files included, and a run stopped while
// writing leaves DIR as it was (and that hidden folder). Throws precis::Error(kIo) naming
// the path that failed, and CheckResultsFolder's.
void WriteResults(const std::string& directory, const RunResults& results,
                  const RunSettings& settings, const std::string& plot_name = "",
                  const std::string& plot_svg = "");

// Whether WriteResults may put a run in DIR: DIR does not exist, or is an empty folder, or
// is an earlier run's: a results.json precis-eval wrote (its top-level keys checked) and
// nothing else but what a run writes (results.csv, summaries/, explanations/, the plot its
// results.json names); and DIR does not hold the current directory. Throws Error(kIo, DIR)
// otherwise, saying why ("exists and holds no results.json: refusing to replace a folder
// that no run wrote", "holds notes.txt, which no run writes: refusing to replace the
// folder", "a symbolic link (to ...)"), so that a run can fail before it starts rather
// than after.
void CheckResultsFolder(const std::string& directory);

// The `compare` report: per-cluster values and differences, wins/losses/ties, the mean
// difference with its interval, both p-values and a one-line verdict at p < 0.05.
std::string FormatComparison(const Comparison& comparison, const std::string& label_a,
                             const std::string& label_b);

}  // namespace precis::eval

#endif  // PRECIS_EVAL_RESULTS_IO_H_
