// The precis command line: Boost.Program_options bound to precis::Options, so that every
// default shown by --help is the one in include/precis/options.h.
//
// The options of `precis summarize` are shared with precis-eval, whose `run` accepts every
// one of them: SummarizeOptions() binds them. Boost types are fine here: this header is
// internal to the command-line programs and never installed.
#ifndef PRECIS_SRC_COMMAND_LINE_H_
#define PRECIS_SRC_COMMAND_LINE_H_

#include <stdexcept>
#include <string>
#include <vector>

#include <boost/program_options/options_description.hpp>
#include <boost/program_options/positional_options.hpp>
#include <boost/program_options/variables_map.hpp>

#include "precis/options.h"
#include "precis/summarizer.h"

namespace precis {

enum class Command { kSummarize, kSegment, kExplain, kBatch, kHelp, kVersion };

struct CommandLine {
  Command command = Command::kSummarize;
  // For `precis batch`: the defaults of every cluster, and in `threads` the number of
  // clusters summarized at once (0: one per core); each cluster runs on one thread.
  Options options;
  OutputFormat format = OutputFormat::kText;
  std::vector<std::string> inputs;
  bool timings = false;  // --timings: stage times, peak memory and sizes on stderr
  // precis batch --explain: every line without an "explain" field lists its sentences.
  bool explain = false;
  // --output FILE: where the summary goes instead of stdout, written to a temporary file
  // beside it and renamed into place; empty for stdout.
  std::string output;
  // Which command's --help to print, for Command::kHelp: kSummarize or kBatch.
  Command help_topic = Command::kSummarize;
};

// A mistake in the command line itself (exit code 2, with a hint to --help).
class UsageError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// The options of `precis summarize` (the table of src/option_table.h), bound to
// `options`, whose current values are the defaults --help shows. `options` must outlive
// the parse: Boost writes into it on notify(), which also parses --similarity (throwing
// UsageError for an unknown name). Does not validate: call options.Validate().
struct SummarizeOptionGroups {
  // Budget, language, cleaning; without a caption, so that each program can place them
  // among its own options.
  boost::program_options::options_description main;
  // Ranking, selection, similarity, stemming; captioned "Tuning".
  boost::program_options::options_description tuning;
};
SummarizeOptionGroups SummarizeOptions(Options& options);

// Reads `args` against `options`, the words that are no option going to `positional`;
// a prefix of an option's name is not taken for the option. Stores without notifying,
// so that --help and --version can be looked at before values are checked: then call
// NotifyArguments. Both turn Boost's errors into UsageError. Shared by precis and
// precis-eval.
boost::program_options::variables_map StoreArguments(
    const std::vector<std::string>& args,
    const boost::program_options::options_description& options,
    const boost::program_options::positional_options_description& positional);
void NotifyArguments(boost::program_options::variables_map& vm);

// Parses argv. Throws UsageError for unknown options, bad values or missing inputs.
CommandLine ParseCommandLine(int argc, const char* const argv[]);

// The text of --help: summarize's, which names every command, or segment's or explain's
// (`precis segment --help`), each with the options that change what it prints.
std::string HelpText(Command topic = Command::kSummarize);

// The text of `precis batch --help`.
std::string BatchHelpText();

}  // namespace precis

#endif  // PRECIS_SRC_COMMAND_LINE_H_
