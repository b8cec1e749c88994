// precis: the command-line program, a thin layer over the library.
#include <iostream>
#include <new>

#include "command_line.h"
#include "precis/precis.h"

namespace {

void PrintWarnings(const std::vector<std::string>& warnings) {
  for (const std::string& w : warnings) std::cerr << "precis: warning: " << w << '\n';
}

void Write(const std::string& text) {
  std::cout << text;
  std::cout.flush();
  if (!std::cout) throw precis::Error(precis::ErrorCode::kIo, "stdout", "write error");
}

int Run(const precis::CommandLine& line) {
  switch (line.command) {
    case precis::Command::kHelp:
      Write(precis::HelpText());
      return 0;
    case precis::Command::kVersion:
      Write(std::string("precis ") + precis::kVersion + '\n');
      return 0;
    case precis::Command::kSegment: {
      const auto documents = precis::ReadInputs(line.inputs);
      std::string out;
      for (const precis::Sentence& s : precis::Segment(documents, line.options)) {
        std::string text = s.text;
        for (char& c : text) {
          if (c == '\n' || c == '\r') c = ' ';
        }
        out += text + '\n';
      }
      Write(out);
      return 0;
    }
    case precis::Command::kSummarize:
      break;
  }
  const auto documents = precis::ReadInputs(line.inputs);
  const precis::Summary summary = precis::Summarize(documents, line.options);
  PrintWarnings(summary.warnings);
  if (summary.sentence_count == 0) {
    throw precis::Error(precis::ErrorCode::kInvalidInput, "",
                        "no sentence to summarize in the input");
  }
  Write(precis::Render(summary, line.format, line.options));
  return 0;
}

}  // namespace

int main(int argc, char* argv[]) {
  precis::CommandLine line;
  try {
    line = precis::ParseCommandLine(argc, argv);
  } catch (const precis::UsageError& e) {
    std::cerr << "precis: " << e.what() << "\nTry 'precis --help' for more information.\n";
    return 2;
  }
  try {
    return Run(line);
  } catch (const precis::Error& e) {
    std::cerr << "precis: " << e.what() << '\n';
    return e.code() == precis::ErrorCode::kInvalidOptions ? 2 : 1;
  } catch (const std::bad_alloc&) {
    std::cerr << "precis: out of memory\n";
    return 1;
  } catch (const std::exception& e) {
    std::cerr << "precis: internal error: " << e.what() << '\n';
    return 1;
  }
}
