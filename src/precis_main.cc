// precis: the command-line program, a thin layer over the library.
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <new>
#include <string>
#include <string_view>
#include <vector>

#include "atomic_file.h"
#include "batch_runner.h"
#include "command_line.h"
#include "precis/precis.h"

namespace {

void PrintWarnings(const std::vector<std::string>& warnings) {
  for (const std::string& w : warnings) std::cerr << "precis: warning: " << w << '\n';
}

double SecondsSince(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

// --timings: one line of stage times, one of peak memory and sizes. Reading the files is
// counted in "load", with the library's own validation and normalization.
void PrintTimings(const std::vector<precis::StageTiming>& timings, double read_seconds,
                  double write_seconds, const std::string& sizes) {
  std::string line = "precis: timings (s):";
  double total = read_seconds + write_seconds;
  char field[64];
  for (const precis::StageTiming& t : timings) {
    const double seconds = t.stage == "load" ? t.seconds + read_seconds : t.seconds;
    std::snprintf(field, sizeof field, " %s %.3f", t.stage.c_str(), seconds);
    line += field;
    total += t.seconds;
  }
  std::snprintf(field, sizeof field, " write %.3f total %.3f", write_seconds, total);
  std::cerr << line << field << '\n';
  struct rusage usage {};
  getrusage(RUSAGE_SELF, &usage);  // ru_maxrss is in KiB on Linux
  std::snprintf(field, sizeof field, "%.1f", static_cast<double>(usage.ru_maxrss) / 1024.0);
  std::cerr << "precis: peak memory " << field << " MiB; " << sizes << '\n';
}

std::string Sizes(std::size_t documents, std::size_t sentences) {
  return std::to_string(documents) + " documents, " + std::to_string(sentences) + " sentences";
}

std::string SummarySizes(const precis::Summary& summary, std::size_t documents) {
  return Sizes(documents, summary.sentence_count) + ", " +
         std::to_string(summary.stats.terms) + " terms, " +
         std::to_string(summary.stats.graph_edges) + " graph edges";
}

void Write(const std::string& text) {
  errno = 0;
  std::cout << text;
  std::cout.flush();
  // The stream keeps no reason; the failed write(2) left it in errno ("No space left on
  // device" says what "write error" does not).
  if (!std::cout) {
    const int error = errno;
    throw precis::Error(precis::ErrorCode::kIo, "stdout",
                        error != 0 ? std::strerror(error) : "write error");
  }
}

// Refuses an --output that names one of the inputs (or a file read from an input
// directory): the rename would replace the article with its summary.
void CheckOutputIsNotInput(const std::string& output, const precis::CommandLine& line,
                           const std::vector<precis::Document>& documents) {
  namespace fs = std::filesystem;
  std::error_code error;
  if (!fs::exists(output, error)) return;
  // A folder, an input's or not, is no file to write: WriteFileAtomically says so.
  if (fs::is_directory(output, error)) return;
  const auto refuse = [&] {
    throw precis::Error(precis::ErrorCode::kInvalidOptions, output,
                        "--output names an input file; refusing to overwrite it");
  };
  std::vector<std::string> paths = line.inputs;
  for (const precis::Document& d : documents) paths.push_back(d.name);
  for (const std::string& path : paths) {
    if (path != "-" && fs::equivalent(output, path, error)) refuse();
  }
  // "precis - -o in.txt < in.txt": standard input is that file.
  struct stat in = {};
  struct stat out = {};
  const bool reads_stdin =
      std::find(line.inputs.begin(), line.inputs.end(), "-") != line.inputs.end();
  if (reads_stdin && ::fstat(STDIN_FILENO, &in) == 0 && S_ISREG(in.st_mode) &&
      ::stat(output.c_str(), &out) == 0 && in.st_dev == out.st_dev && in.st_ino == out.st_ino) {
    refuse();
  }
}

// The temporary file of an -o being written, which a signal that ends the run removes:
// it would stay behind, hidden, at each interrupted run (a page of tens of MB for a large
// cluster). A fixed buffer, as a handler may not allocate.
char g_temporary_output[4096] = {};

extern "C" void RemoveTemporaryOutputAndDie(int signal_number) {
  if (g_temporary_output[0] != '\0') ::unlink(g_temporary_output);
  ::signal(signal_number, SIG_DFL);
  ::raise(signal_number);
}

void RemoveOnSignal(const std::string& temporary) {
  if (temporary.empty() || temporary.size() >= sizeof g_temporary_output) return;
  std::copy(temporary.begin(), temporary.end(), g_temporary_output);
  g_temporary_output[temporary.size()] = '\0';
  for (const int signal_number : {SIGINT, SIGTERM, SIGHUP}) {
    // A signal ignored (nohup, a shell's background job) stays ignored.
    struct sigaction current {};
    if (::sigaction(signal_number, nullptr, &current) == 0 && current.sa_handler == SIG_IGN) {
      continue;
    }
    ::signal(signal_number, RemoveTemporaryOutputAndDie);
  }
}

// Writes --output `path` through an AtomicFile that `write` fills, its temporary file
// removed if a signal ends the run meanwhile.
template <typename Write>
void WriteOutputFile(const std::string& path, Write write) {
  precis::AtomicFile file(path);
  RemoveOnSignal(file.temporary());
  write(file);
  file.Commit();
  g_temporary_output[0] = '\0';  // renamed into place: nothing left to remove
}

void Emit(const precis::CommandLine& line, const std::vector<precis::Document>& documents,
          const std::string& text) {
  if (line.output.empty()) {
    Write(text);
    return;
  }
  CheckOutputIsNotInput(line.output, line, documents);
  WriteOutputFile(line.output, [&](precis::AtomicFile& file) { file.Write(text); });
}

// Failed lines are records in the output, not a failure of the run: say how many, exit 0.
int RunBatch(const precis::CommandLine& line) {
  precis::BatchRunOptions options;
  options.inputs = line.inputs;
  options.defaults = line.options;
  options.threads = line.options.threads;
  options.explain = line.explain;
  options.progress = ::isatty(STDERR_FILENO) == 1;
  precis::BatchRunStats stats;
  if (line.output.empty()) {
    stats = precis::RunBatch(options, stdout);
  } else {
    CheckOutputIsNotInput(line.output, line, {});
    options.output_name = line.output;
    WriteOutputFile(line.output, [&](precis::AtomicFile& file) {
      stats = precis::RunBatch(options, file.stream());
    });
  }
  if (stats.errors > 0) {
    std::cerr << "precis: batch: " << stats.errors << " of " << stats.lines
              << " lines could not be summarized (see the \"error\" records)\n";
  }
  return 0;
}

// The error for inputs without a single sentence ("no sentence to summarize", "no sentence
// found"). With one input, it names it, as every other error about a file does; the
// warnings above it may be many lines up.
precis::Error NoSentence(const precis::CommandLine& line, const std::string& problem) {
  const bool one = line.inputs.size() == 1;
  return precis::Error(precis::ErrorCode::kInvalidInput, one ? line.inputs.front() : "",
                       one ? problem : problem + " in the input");
}

int Run(const precis::CommandLine& line) {
  switch (line.command) {
    case precis::Command::kHelp:
      Write(line.help_topic == precis::Command::kBatch ? precis::BatchHelpText()
                                                       : precis::HelpText(line.help_topic));
      return 0;
    case precis::Command::kVersion:
      Write(std::string("precis ") + precis::kVersion + '\n');
      return 0;
    case precis::Command::kSegment: {
      const auto read_start = std::chrono::steady_clock::now();
      const precis::Inputs inputs = precis::ReadInputs(line.inputs, line.options.threads);
      const double read_seconds = SecondsSince(read_start);
      PrintWarnings(inputs.warnings);
      const auto& documents = inputs.documents;
      // The library's "no document to summarize" would only repeat the error below.
      if (documents.empty()) throw NoSentence(line, "no sentence found");
      std::vector<std::string> warnings;
      std::vector<precis::StageTiming> timings;
      const std::vector<precis::Sentence> sentences =
          precis::Segment(documents, line.options, &warnings, &timings);
      PrintWarnings(warnings);
      if (sentences.empty()) throw NoSentence(line, "no sentence found");
      const auto write_start = std::chrono::steady_clock::now();
      std::vector<std::string> names;
      for (const precis::Document& d : documents) names.push_back(d.name);
      Emit(line, documents, precis::RenderSentences(sentences, names, line.format));
      if (line.timings) {
        PrintTimings(timings, read_seconds, SecondsSince(write_start),
                     Sizes(documents.size(), sentences.size()));
      }
      return 0;
    }
    case precis::Command::kBatch:
      return RunBatch(line);
    case precis::Command::kSummarize:
    case precis::Command::kExplain:
      break;
  }
  const auto read_start = std::chrono::steady_clock::now();
  const precis::Inputs inputs = precis::ReadInputs(line.inputs, line.options.threads);
  const auto& documents = inputs.documents;
  const double read_seconds = SecondsSince(read_start);
  PrintWarnings(inputs.warnings);
  // The library's "no document to summarize" would only repeat the error below, under the
  // warnings that said why each file was skipped.
  if (documents.empty()) throw NoSentence(line, "no sentence to summarize");
  // The page shows the summary within its sources: their sentences come from the same
  // run, so that positions match and nothing is segmented twice.
  const bool html = line.format == precis::OutputFormat::kHtml;
  const bool explain = line.command == precis::Command::kExplain;
  std::vector<precis::Sentence> sentences;
  precis::Explanation explanation;
  if (explain) {
    explanation = precis::Explain(documents, line.options);
  } else {
    explanation.summary =
        precis::Summarize(documents, line.options, html ? &sentences : nullptr);
  }
  PrintWarnings(explanation.summary.warnings);
  // The JSON and the page are kept where stderr is not: they must tell, as it did, which
  // files were skipped and why, or a document left out would leave no trace.
  explanation.summary.warnings.insert(explanation.summary.warnings.begin(), inputs.warnings.begin(),
                                      inputs.warnings.end());
  const precis::Summary& summary = explanation.summary;
  if (summary.sentence_count == 0) throw NoSentence(line, "no sentence to summarize");
  const auto write_start = std::chrono::steady_clock::now();
  Emit(line, documents,
       explain ? precis::RenderExplanation(explanation, line.format, line.options)
       : html  ? precis::RenderHtml(summary, sentences, line.options)
               : precis::Render(summary, line.format, line.options));
  if (line.timings) {
    PrintTimings(summary.stats.timings, read_seconds, SecondsSince(write_start),
                 SummarySizes(summary, documents.size()));
  }
  return 0;
}

}  // namespace

int main(int argc, char* argv[]) {
  precis::CommandLine line;
  try {
    line = precis::ParseCommandLine(argc, argv);
  } catch (const precis::UsageError& e) {
    // Each command has its own page of help, with the options it reads.
    const std::string_view command = argc > 1 ? std::string_view(argv[1]) : "";
    const bool own_page = command == "batch" || command == "segment" || command == "explain";
    std::cerr << "precis: " << e.what() << "\nTry 'precis "
              << (own_page ? std::string(command) + " " : std::string())
              << "--help' for more information.\n";
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
