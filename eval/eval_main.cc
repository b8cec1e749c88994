// precis-eval: the evaluation harness's command-line program, a thin layer over
// libprecis_eval. Usage errors exit 2, runtime errors 1, as precis does.
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <limits>
#include <new>
#include <optional>
#include <string>
#include <vector>

#include "atomic_file.h"
#include "dataset.h"
#include "eval_command_line.h"
#include "evaluation_run.h"
#include "file_identity.h"
#include "named_note.h"
#include "order_agreement.h"
#include "plot_svg.h"
#include "precis/precis.h"
#include "results_io.h"
#include "run_outputs.h"
#include "size_name.h"

namespace {

using namespace precis::eval;

void PrintWarnings(const std::vector<std::string>& warnings) {
  for (const std::string& w : warnings) std::cerr << "precis-eval: warning: " << w << '\n';
}

void Write(const std::string& text) {
  std::cout << text;
  std::cout.flush();
  if (!std::cout) throw precis::Error(precis::ErrorCode::kIo, "stdout", "write error");
}

// The files that `precis-eval rouge` arguments name: a folder stands for its *.txt files,
// read as a dataset's refs/ is (a README or a backup beside the summaries is no
// summary); a file, an archive or "-" is read as precis reads its inputs, and a file
// given twice (by the same name, a link or a folder that holds it) once, with a warning
// as precis's: counted twice, a reference would weigh twice in the mean.
std::vector<precis::Document> ReadSummaries(const std::vector<std::string>& args,
                                            std::vector<std::string>* warnings) {
  std::vector<precis::Document> documents;
  ReadOnce read;
  for (const std::string& arg : args) {
    std::error_code error;
    std::vector<precis::Document> files;
    if (arg != "-" && std::filesystem::is_directory(arg, error)) {
      files = ReadSummaryFolder(arg, warnings);
    } else {
      precis::Inputs inputs = precis::ReadInputs({arg});
      warnings->insert(warnings->end(), inputs.warnings.begin(), inputs.warnings.end());
      files = std::move(inputs.documents);
    }
    for (precis::Document& d : files) {
      if (d.name != "-" && read.ReadAlready(d.name, warnings)) continue;
      documents.push_back(std::move(d));
    }
  }
  return documents;
}

// What to say when memory runs out while scoring: the longest text given is the likely
// cause, and with no limit on the skip distance (-2 -1), ROUGE-S holds every pair of its
// words, 200 million for 20,000 words.
precis::Error OutOfMemoryScoring(const std::vector<std::string>& system_names,
                                 const std::vector<std::string>& system_texts,
                                 const std::vector<std::string>& reference_names,
                                 const std::vector<std::string>& reference_texts,
                                 const RougeOptions& rouge) {
  std::string name;
  std::size_t longest = 0;
  const auto consider = [&](const std::vector<std::string>& names,
                            const std::vector<std::string>& texts) {
    for (std::size_t i = 0; i < texts.size(); ++i) {
      if (texts[i].size() > longest || name.empty()) {
        longest = texts[i].size();
        name = names[i];
      }
    }
  };
  consider(system_names, system_texts);
  consider(reference_names, reference_texts);
  std::string problem = "out of memory scoring its " + precis::RoundedSize(longest) +
                        " of text (the longest summary given)";
  if (rouge.skip_distance == std::numeric_limits<std::size_t>::max()) {
    problem +=
        ": ROUGE-S with no limit on the skip distance (-2 -1) counts every pair of its "
        "words; give a limit (-2 4)";
  }
  return precis::Error(precis::ErrorCode::kInvalidInput, name, problem);
}

int Rouge(const RougeCommandLine& line) {
  // Standard input can be read once: a second "-" would be an empty text.
  if (std::count(line.references.begin(), line.references.end(), "-") +
          std::count(line.systems.begin(), line.systems.end(), "-") >
      1) {
    throw precis::Error(precis::ErrorCode::kInvalidOptions, "-",
                        "standard input given more than once");
  }
  std::vector<std::string> warnings;
  const std::vector<precis::Document> references = ReadSummaries(line.references, &warnings);
  const std::vector<precis::Document> systems = ReadSummaries(line.systems, &warnings);
  std::vector<std::string> reference_texts, reference_names, system_texts, system_names;
  for (const precis::Document& d : references) {
    std::optional<std::string> text = ReferenceText(d, &warnings);  // as in refs/
    if (!text) continue;
    reference_texts.push_back(std::move(*text));
    reference_names.push_back(d.name);
  }
  for (const precis::Document& d : systems) {
    // A binary summary in a folder is left out, as its warning says ("binary file (NUL
    // bytes), skipped") and as ReadInputs leaves out one given by name; scored, it would
    // print a block of zeros under its name.
    std::optional<std::string> text = SummaryText(d, &warnings);
    if (!text) continue;
    system_texts.push_back(std::move(*text));
    system_names.push_back(d.name);
  }
  PrintWarnings(warnings);
  // Named by the arguments that gave nothing, so that the error says where to look.
  const auto joined = [](const std::vector<std::string>& args) {
    std::string out;
    for (const std::string& arg : args) out += (out.empty() ? "" : ", ") + arg;
    return out;
  };
  if (reference_texts.empty()) {
    throw precis::Error(precis::ErrorCode::kInvalidInput, joined(line.references),
                        "no reference summary holds text (see the warnings)");
  }
  if (system_texts.empty()) {
    throw precis::Error(precis::ErrorCode::kInvalidInput, joined(line.systems),
                        "no summary to score (see the warnings)");
  }
  std::vector<RougeScores> scores;
  try {
    scores = ScoreTexts(system_texts, reference_texts, line.scoring);
  } catch (const std::bad_alloc&) {
    throw OutOfMemoryScoring(system_names, system_texts, reference_names, reference_texts,
                             ScoringRougeOptions(line.scoring));
  }
  if (line.json) {
    Write(RougeJson(system_names, scores, reference_names, line.scoring));
    return 0;
  }
  // Each block is named unless one file was asked for and scored: a folder, or a file
  // left out, must not make the figures read as another file's.
  const bool named = scores.size() > 1 || line.systems.size() > 1 ||
                     (scores.size() == 1 && system_names[0] != line.systems[0]);
  std::string out;
  for (std::size_t i = 0; i < scores.size(); ++i) {
    // A file's name may hold a line break or an escape: '?' keeps the block one line.
    if (named) out += (i ? "\n" : "") + precis::PrintableName(system_names[i]) + '\n';
    out += FormatRougeLines(scores[i], ScoringRougeOptions(line.scoring));
  }
  Write(out);
  return 0;
}

// "12/50 clusters, 0:35 left" on one terminal line, redrawn in place; nothing when
// stderr is a file or a pipe, where it would only be noise.
ProgressCallback TerminalProgress() {
  if (!::isatty(STDERR_FILENO)) return {};
  const auto start = std::chrono::steady_clock::now();
  return [start](std::size_t done, std::size_t total) {
    const double elapsed =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    const long left = static_cast<long>(
        elapsed / static_cast<double>(done) * static_cast<double>(total - done) + 0.5);
    if (done < total) {
      std::fprintf(stderr, "\rprecis-eval: %zu/%zu clusters, %ld:%02ld left ", done, total,
                   left / 60, left % 60);
    } else {
      std::fprintf(stderr, "\r%60s\r", "");
    }
    std::fflush(stderr);
  };
}

int Run(const RunCommandLine& line) {
  const RunSettings& settings = line.settings;
  for (const SystemSpec& system : settings.systems) {
    std::error_code error;
    if (system.kind == SystemKind::kDirectory &&
        !std::filesystem::is_directory(system.directory, error)) {
      throw precis::Error(precis::ErrorCode::kIo, system.directory,
                          "no such folder (--system-dir " + system.name + ")");
    }
  }
  std::vector<std::string> read_warnings;
  const std::vector<Cluster> clusters = ReadDataset(settings.dataset, &read_warnings);
  for (const SystemSpec& system : settings.systems) {
    if (system.kind != SystemKind::kDirectory) continue;
    for (std::string& note : UnreadSystemFiles(system.directory, clusters)) {
      read_warnings.push_back(std::move(note));
    }
  }
  // All before the run, not after it. What the outputs would overwrite of the dataset
  // first: an --out that is the dataset is refused as such, not as a folder no run wrote.
  CheckRunOutputs(line.out, line.plot, settings, clusters);
  if (!line.out.empty()) CheckResultsFolder(line.out);
  if (!line.plot.empty()) CheckPlotPath(line.plot, line.out);
  const std::string plot_in_out = PlotNameInOut(line.plot, line.out);
  PrintWarnings(read_warnings);
  RunResults results = RunEvaluation(clusters, settings, TerminalProgress());
  PrintWarnings(results.warnings);
  // results.json keeps every warning of the run, a reference left out first of all.
  results.warnings.insert(results.warnings.begin(), read_warnings.begin(), read_warnings.end());
  // A plot inside --out goes in with the folder, which replaces an earlier one whole;
  // elsewhere it comes after, so that a run whose plot is written has written all.
  const std::string plot = line.plot.empty() ? "" : PlotSvg(results, settings);
  if (!line.out.empty()) WriteResults(line.out, results, settings, plot_in_out, plot);
  if (!line.plot.empty() && plot_in_out.empty()) precis::WriteFileAtomically(line.plot, plot);
  Write(FormatResultsTable(results, settings));
  return 0;
}

int Compare(const CompareCommandLine& line) {
  const RunResults a = ReadResults(line.path_a);
  const RunResults b = line.path_b == line.path_a ? a : ReadResults(line.path_b);
  // A difference between two ways of scoring is no difference between two systems.
  if (a.scoring != b.scoring) {
    throw precis::Error(precis::ErrorCode::kInvalidInput, line.path_b,
                        "scored otherwise than " + line.path_a +
                            " (settings.scoring differs): compare runs scored alike");
  }
  if (a.budget != b.budget && !a.budget.empty() && !b.budget.empty()) {
    PrintWarnings({line.path_a + " has summaries of " + a.budget + ", " + line.path_b + " of " +
                   b.budget + ": the scores differ by their length too"});
  }
  const Comparison comparison =
      CompareSystems({line.path_a, line.system_a, &a}, {line.path_b, line.system_b, &b},
                     line.measure, line.statistic);
  Write(FormatComparison(comparison, line.path_a + " (system " + line.system_a + ")",
                         line.path_b + " (system " + line.system_b + ")"));
  return 0;
}

int Order(const OrderCommandLine& line) {
  std::vector<std::string> read_warnings;
  // Orders are voted on by the articles; references have no say.
  const std::vector<Cluster> clusters =
      ReadDataset(line.dataset, &read_warnings, References::kUnread);
  PrintWarnings(read_warnings);
  const std::vector<ClusterOrder> orders = MeasureOrder(clusters, line.options, line.match);
  for (const ClusterOrder& order : orders) PrintWarnings(order.warnings);
  Write(FormatOrderTable(orders, line.match));
  return 0;
}

int Dispatch(const EvalCommandLine& line) {
  switch (line.command) {
    case EvalCommand::kRouge:
      return Rouge(line.rouge);
    case EvalCommand::kRun:
      return Run(line.run);
    case EvalCommand::kCompare:
      return Compare(line.compare);
    case EvalCommand::kOrder:
      return Order(line.order);
    case EvalCommand::kVersion:
      Write(std::string("precis-eval ") + precis::kVersion + '\n');
      return 0;
    case EvalCommand::kHelp:
      break;
  }
  Write(EvalHelpText(line.help_topic));
  return 0;
}

}  // namespace

int main(int argc, char* argv[]) {
  EvalCommandLine line;
  try {
    line = ParseEvalCommandLine(argc, argv);
  } catch (const precis::UsageError& e) {
    const std::string command = argc > 1 ? argv[1] : "";
    const bool known = command == "rouge" || command == "run" || command == "compare" ||
                       command == "order";
    std::cerr << "precis-eval: " << e.what() << "\nTry 'precis-eval "
              << (known ? command + " " : "") << "--help' for more information.\n";
    return 2;
  }
  try {
    return Dispatch(line);
  } catch (const precis::Error& e) {
    std::cerr << "precis-eval: " << e.what() << '\n';
    return e.code() == precis::ErrorCode::kInvalidOptions ? 2 : 1;
  } catch (const std::bad_alloc&) {
    std::cerr << "precis-eval: out of memory\n";
    return 1;
  } catch (const std::exception& e) {
    std::cerr << "precis-eval: internal error: " << e.what() << '\n';
    return 1;
  }
}
