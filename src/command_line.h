// The precis command line: Boost.Program_options bound to precis::Options, so that every
// default shown by --help is the one in include/precis/options.h.
#ifndef PRECIS_SRC_COMMAND_LINE_H_
#define PRECIS_SRC_COMMAND_LINE_H_

#include <stdexcept>
#include <string>
#include <vector>

#include "precis/options.h"
#include "precis/summarizer.h"

namespace precis {

enum class Command { kSummarize, kSegment, kHelp, kVersion };

struct CommandLine {
  Command command = Command::kSummarize;
  Options options;
  OutputFormat format = OutputFormat::kText;
  std::vector<std::string> inputs;
};

// A mistake in the command line itself (exit code 2, with a hint to --help).
class UsageError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Parses argv. Throws UsageError for unknown options, bad values or missing inputs.
CommandLine ParseCommandLine(int argc, const char* const argv[]);

// The text of --help.
std::string HelpText();

}  // namespace precis

#endif  // PRECIS_SRC_COMMAND_LINE_H_
