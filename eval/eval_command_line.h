// The precis-eval command line: four commands (rouge, run, compare, order) parsed with
// Boost.Program_options. `run` takes every option of `precis summarize`, shared through
// src/command_line.h. ROUGE-1.5.5 mode takes the Perl script's own flags after --rouge155,
// which are set apart before Boost sees the rest.
#ifndef PRECIS_EVAL_EVAL_COMMAND_LINE_H_
#define PRECIS_EVAL_EVAL_COMMAND_LINE_H_

#include <string>
#include <vector>

#include "command_line.h"  // precis::UsageError
#include "evaluation_run.h"

namespace precis::eval {

enum class EvalCommand { kRouge, kRun, kCompare, kOrder, kHelp, kVersion };

struct RougeCommandLine {
  std::vector<std::string> references;  // --ref, in order (a folder: each .txt file in it)
  std::vector<std::string> systems;     // positional
  ScoringOptions scoring;
  bool json = false;
};

struct RunCommandLine {
  RunSettings settings;
  std::string out;  // --out; empty: no files
  std::string plot;  // --plot FILE.svg: the chart of plot_svg.h; empty: none
};

struct CompareCommandLine {
  std::string path_a;
  std::string path_b;
  std::string system_a = "precis";
  std::string system_b;  // defaults to system_a
  Measure measure = Measure::kRouge2;
  Statistic statistic = Statistic::kF;
};

struct OrderCommandLine {
  std::string dataset;
  Options options;     // how precis summarizes, as in `run`
  double match = 0.3;  // --match: the cosine at which a third article tells a sentence
};

struct EvalCommandLine {
  EvalCommand command = EvalCommand::kHelp;
  // kHelp: the command whose help was asked for (kHelp for the general one).
  EvalCommand help_topic = EvalCommand::kHelp;
  RougeCommandLine rouge;
  RunCommandLine run;
  CompareCommandLine compare;
  OrderCommandLine order;
};

// Parses argv. Throws precis::UsageError for an unknown command or option, a bad value or
// a missing argument.
EvalCommandLine ParseEvalCommandLine(int argc, const char* const argv[]);

// The text of --help: the general one for kHelp, else the command's.
std::string EvalHelpText(EvalCommand topic);

// Sets apart the ROUGE-1.5.5 flags that follow "--rouge155" in `args`: removes
// "--rouge155" and every Perl flag after it (with its value), up to the first argument
// that is not one, and returns them one flag or value an element, bundles split
// ("-ax" -> "-a", "-x"; "-n2" -> "-n", "2"). `found` tells whether --rouge155 was there.
// Throws UsageError for a flag missing its value or a repeated --rouge155.
std::vector<std::string> ExtractRouge155Flags(std::vector<std::string>& args, bool& found);

}  // namespace precis::eval

#endif  // PRECIS_EVAL_EVAL_COMMAND_LINE_H_
