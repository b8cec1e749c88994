#include "command_line.h"

#include <algorithm>
#include <boost/make_shared.hpp>
#include <boost/program_options.hpp>
#include <filesystem>
#include <iterator>
#include <sstream>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "option_table.h"
#include "precis/error.h"

namespace precis {
namespace {

namespace po = boost::program_options;

// Binds a count option to a size_t field. Boost reads "-5" into an unsigned by wrapping
// it round, so counts go through a signed value and are checked here.
po::typed_value<long long>* Count(std::size_t* field, const char* name) {
  return po::value<long long>()
      ->default_value(static_cast<long long>(*field))
      ->notifier([field, name](long long value) {
        // Boost's own message for this drops the value: "the argument for option
        // 'words' is invalid".
        if (value < 0) {
          throw UsageError(std::string("--") + name + ": must be 0 or more, not " +
                           std::to_string(value));
        }
        *field = static_cast<std::size_t>(value);
      });
}

// A double option whose default --help shows as people write it ("0.7", not
// "0.69999999999999996").
po::typed_value<double>* Real(double* field) {
  std::ostringstream shown;
  shown << *field;
  return po::value<double>(field)->default_value(*field, shown.str());
}

// A table entry's value, bound to its field, by the field's type. Counts and reals show
// their defaults as above; a word shows its default unless it has none (--encoding).
po::value_semantic* Semantic(const OptionEntry& entry, std::size_t* field) {
  return Count(field, entry.name);
}
po::value_semantic* Semantic(const OptionEntry&, double* field) { return Real(field); }
po::value_semantic* Semantic(const OptionEntry& entry, bool* field) {
  if (!entry.clears) return po::bool_switch(field);
  return po::bool_switch()->notifier([field](bool on) {
    if (on) *field = false;
  });
}
po::value_semantic* Semantic(const OptionEntry&, std::string* field) {
  auto* value = po::value<std::string>(field);
  return field->empty() ? value : value->default_value(*field);
}
po::value_semantic* Semantic(const OptionEntry&, Similarity* field) {
  return po::value<std::string>()
      ->default_value(SimilarityName(*field))
      ->notifier([field](const std::string& name) {
        try {
          *field = ParseSimilarity(name);
        } catch (const Error& e) {
          throw UsageError("--" + e.path() + ": " + e.problem());
        }
      });
}

struct Described {
  po::options_description visible;
  po::options_description all;
};

// A command's options as --help shows them (`main`, then `tuning`, or `shown` alone when
// given), and as parsed: `main` and `tuning` with the hidden positional "input", bound to
// `inputs`.
Described WithInputs(const po::options_description& main, const po::options_description& tuning,
                     std::vector<std::string>& inputs,
                     const po::options_description* shown = nullptr) {
  po::options_description hidden;
  hidden.add_options()("input", po::value<std::vector<std::string>>(&inputs));
  Described described;
  if (shown != nullptr) {
    described.visible.add(*shown);
  } else {
    described.visible.add(main).add(tuning);
  }
  described.all.add(main).add(tuning).add(hidden);
  return described;
}

// What --format writes, per command.
const char* FormatHelp(Command topic) {
  switch (topic) {
    case Command::kSegment:
      return "output: text (a sentence a line) or json (each sentence with its document, "
             "paragraph and headline flag)";
    case Command::kExplain:
      return "output: text (a tab-separated table: sentence, score, verdict, reason and "
             "text, with rows for the lines cleaning removed), json, or html (the page, "
             "each sentence left out saying why on hover)";
    default:
      return "output: text (a sentence a line), json, markdown or html (a page showing the "
             "summary within its sources); segment and explain write others (precis "
             "segment --help, precis explain --help)";
  }
}

// The summary's own options, which segment reads and ignores: it chooses nothing.
bool ChoosesSentences(const std::string& name) {
  return name == "words" || name == "sentences" || name == "chars" || name == "by-source";
}

// Options are bound to `line`'s fields, whose current values are the defaults shown. Every
// command parses every option, so that the command word can change and the options stay;
// `visible` holds what `topic`'s --help shows.
Described Describe(CommandLine& line, std::string& format, Command topic = Command::kSummarize) {
  SummarizeOptionGroups summarize = SummarizeOptions(line.options);
  // precis's own options go among the summarize options where --help has always shown
  // them: the output format right after the language, --help and --version last.
  po::options_description main("Options");
  po::options_description shown("Options");
  const bool segment = topic == Command::kSegment;
  for (const auto& option : summarize.main.options()) {
    main.add(option);
    if (!segment || !ChoosesSentences(option->long_name())) shown.add(option);
    if (option->long_name() == "lang") {
      const auto format_option = boost::make_shared<po::option_description>(
          "format,f", po::value<std::string>(&format)->default_value(format), FormatHelp(topic));
      main.add(format_option);
      shown.add(format_option);
    }
  }
  // --threads is precis's own, not a summarize option: precis-eval runs clusters in
  // parallel and has a --threads of its own for that.
  po::options_description own;
  own.add_options()("threads", Count(&line.options.threads, "threads"),
                    segment
                        ? "worker threads (0: one per core); the sentences are the same whatever "
                          "the number"
                        : "worker threads (0: one per core); the summary is the same whatever the "
                          "number")(
      "output,o", po::value<std::string>(&line.output),
      "write to FILE instead of stdout (-: stdout) via a temporary file renamed into place")(
      "timings", po::bool_switch(&line.timings),
      "print each stage's time, the peak memory and the problem's size on stderr")(
      "help,h", "print this help and exit")("version", "print the version and exit");
  for (const auto& option : own.options()) {
    main.add(option);
    shown.add(option);
  }

  return WithInputs(main, summarize.tuning, line.inputs, segment ? &shown : nullptr);
}

// Reads `args` against `all`: the words that are no option are inputs.
po::variables_map Store(const std::vector<std::string>& args,
                        const po::options_description& all) {
  po::positional_options_description positional;
  positional.add("input", -1);
  return StoreArguments(args, all, positional);
}

// Runs `check`, turning an invalid option (precis::Error, which names it) into a
// UsageError that names it as the user typed it.
template <typename Check>
void AsUsageError(Check check) {
  try {
    check();
  } catch (const Error& e) {
    throw UsageError(std::string("--") + e.what());
  }
}

// `precis batch`: the summarize options are every cluster's defaults, but for the
// files-only ones (--encoding: JSON text is UTF-8); --format and --output are left out too
// (the output is JSON Lines on stdout, a stream).
Described DescribeBatch(CommandLine& line) {
  SummarizeOptionGroups summarize = SummarizeOptions(line.options);
  po::options_description main("Options");
  main.add_options()(
      "threads", Count(&line.options.threads, "threads"),
      "clusters summarized at once (0: one per core); the output is the same whatever "
      "the number")("explain", po::bool_switch(&line.explain),
                    "add \"sentences\" and \"removed\" to the record of every line that does not "
                    "say \"explain\": false")(
      "output,o", po::value<std::string>(&line.output),
      "write to FILE instead of stdout (- is stdout), through a temporary file renamed into "
      "place once every line is done: FILE is complete or as it was");
  for (const auto& option : summarize.main.options()) {
    if (FindBatchOption(option->long_name()) != nullptr) main.add(option);
  }
  main.add_options()("help,h", "print this help and exit")("version", "print the version and exit");

  return WithInputs(main, summarize.tuning, line.inputs);
}

CommandLine ParseBatchCommandLine(int argc, const char* const argv[]) {
  CommandLine line;
  line.command = Command::kBatch;
  Described described = DescribeBatch(line);
  po::variables_map vm = Store({argv + 2, argv + argc}, described.all);
  if (vm.count("help")) {
    line.command = Command::kHelp;
    line.help_topic = Command::kBatch;
    return line;
  }
  if (vm.count("version")) {
    line.command = Command::kVersion;
    return line;
  }
  NotifyArguments(vm);
  AsUsageError([&] { line.options.Validate(); });
  if (vm.count("output") && line.output.empty()) throw UsageError("--output: empty file name");
  if (line.output == "-") line.output.clear();  // standard output, as "-" is standard input
  if (line.inputs.empty()) line.inputs.push_back("-");
  return line;
}

// Edits (insertions, deletions, substitutions, swaps of neighbours) between two short
// words: Damerau-Levenshtein's optimal string alignment.
std::size_t EditDistance(std::string_view a, std::string_view b) {
  std::vector<std::vector<std::size_t>> d(a.size() + 1, std::vector<std::size_t>(b.size() + 1));
  for (std::size_t i = 0; i <= a.size(); ++i) d[i][0] = i;
  for (std::size_t j = 0; j <= b.size(); ++j) d[0][j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
        d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
      }
    }
  }
  return d[a.size()][b.size()];
}

// The words that name a command where the first input would be.
constexpr std::string_view kCommandWords[] = {"summarize", "segment", "explain", "batch", "help"};

// "precis sumarize a.txt" read "sumarize" as a file and said "No such file or
// directory": a first word that is no path but nearly a command was meant as one.
void CheckNotMistypedCommand(std::string_view word) {
  if (word.empty() || word.size() > 16 || word.front() == '-') return;
  if (!std::all_of(word.begin(), word.end(), [](char c) { return c >= 'a' && c <= 'z'; })) return;
  std::error_code error;
  if (std::filesystem::exists(std::filesystem::path(word), error)) return;
  // Two edits for a long word, one for a short one: "he" and "hello" are no "help".
  const std::size_t allowed = word.size() >= 6 ? 2 : 1;
  for (const std::string_view command : kCommandWords) {
    if (EditDistance(word, command) <= allowed) {
      throw UsageError(std::string(word) + ": no such file, nor a command: did you mean '" +
                       std::string(command) + "'?");
    }
  }
}

// Boost's messages name the option in the middle ("the argument ('abc') for option
// '--words' is invalid"); precis's put it first, as every other usage error does.
std::string UsageProblem(const po::error& error) {
  const auto* named = dynamic_cast<const po::error_with_option_name*>(&error);
  if (named == nullptr || named->get_option_name().empty()) return error.what();
  const std::string option = named->get_option_name();
  if (dynamic_cast<const po::unknown_option*>(&error) != nullptr) {
    return option + ": unknown option";
  }
  if (dynamic_cast<const po::multiple_occurrences*>(&error) != nullptr) {
    return option + ": given more than once";
  }
  if (const auto* syntax = dynamic_cast<const po::invalid_command_line_syntax*>(&error)) {
    if (syntax->kind() == po::invalid_syntax::missing_parameter ||
        syntax->kind() == po::invalid_syntax::empty_adjacent_parameter) {
      return option + ": needs a value";
    }
    if (syntax->kind() == po::invalid_syntax::extra_parameter) return option + ": takes no value";
  }
  if (dynamic_cast<const po::validation_error*>(&error) != nullptr) {
    // The value is only in the message: "the argument ('abc') for option ...".
    const std::string what = error.what();
    const std::size_t open = what.find("('");
    const std::size_t close = what.rfind("') for option");
    if (open != std::string::npos && close != std::string::npos && close >= open + 2) {
      return option + ": invalid value '" + what.substr(open + 2, close - open - 2) + "'";
    }
    return option + ": invalid value";
  }
  return error.what();
}

}  // namespace

po::variables_map StoreArguments(const std::vector<std::string>& args,
                                 const po::options_description& options,
                                 const po::positional_options_description& positional) {
  po::variables_map vm;
  try {
    po::store(po::command_line_parser(args)
                  .options(options)
                  .positional(positional)
                  .style(po::command_line_style::default_style &
                         ~po::command_line_style::allow_guessing)
                  .run(),
              vm);
  } catch (const po::error& e) {
    throw UsageError(UsageProblem(e));
  }
  return vm;
}

void NotifyArguments(po::variables_map& vm) {
  try {
    po::notify(vm);
  } catch (const po::error& e) {
    throw UsageError(UsageProblem(e));
  }
}

SummarizeOptionGroups SummarizeOptions(Options& options) {
  SummarizeOptionGroups groups{po::options_description(), po::options_description("Tuning")};
  for (const OptionEntry& entry : OptionTable()) {
    std::string name = entry.name;
    if (entry.short_name != '\0') name += std::string(",") + entry.short_name;
    po::value_semantic* semantic = std::visit(
        [&entry](auto* field) { return Semantic(entry, field); }, entry.field(options));
    (entry.tuning ? groups.tuning : groups.main)
        .add(boost::make_shared<po::option_description>(name.c_str(), semantic, entry.help));
  }
  return groups;
}

CommandLine ParseCommandLine(int argc, const char* const argv[]) {
  CommandLine line;
  int first = 1;
  if (argc > 1) {
    const std::string_view word = argv[1];
    if (word == "summarize") {
      first = 2;
    } else if (word == "segment") {
      line.command = Command::kSegment;
      first = 2;
    } else if (word == "explain") {
      line.command = Command::kExplain;
      first = 2;
    } else if (word == "batch") {
      return ParseBatchCommandLine(argc, argv);
    } else if (word == "help") {
      // "precis help segment" is "precis segment --help".
      line.command = Command::kHelp;
      if (argc > 3) throw UsageError("help takes one command at most");
      if (argc > 2) {
        const std::string_view topic = argv[2];
        if (topic == "segment") {
          line.help_topic = Command::kSegment;
        } else if (topic == "explain") {
          line.help_topic = Command::kExplain;
        } else if (topic == "batch") {
          line.help_topic = Command::kBatch;
        } else if (topic != "summarize") {
          throw UsageError(std::string(topic) +
                           ": no such command (summarize, segment, explain, batch)");
        }
      }
      return line;
    } else {
      CheckNotMistypedCommand(word);
    }
  }
  std::string format = "text";
  Described described = Describe(line, format);
  po::variables_map vm = Store({argv + first, argv + argc}, described.all);
  if (vm.count("help")) {
    line.help_topic = line.command;
    line.command = Command::kHelp;
    return line;
  }
  if (vm.count("version")) {
    line.command = Command::kVersion;
    return line;
  }
  NotifyArguments(vm);
  AsUsageError([&] {
    line.format = ParseOutputFormat(format);
    line.options.Validate();
  });
  // Refused before any input is read: RenderSentences would refuse it after.
  if (line.command == Command::kSegment && line.format != OutputFormat::kText &&
      line.format != OutputFormat::kJson) {
    throw UsageError("segment writes --format text or json, not " + format);
  }
  if (line.command == Command::kExplain && line.format == OutputFormat::kMarkdown) {
    throw UsageError("explain writes --format text, json or html, not " + format);
  }
  // An empty --output would read as "no --output", and the summary would go to stdout;
  // an empty --encoding as "detect it".
  if (vm.count("output") && line.output.empty()) throw UsageError("--output: empty file name");
  // "-" is standard output, as it is standard input among the inputs; ./- names a file.
  if (line.output == "-") line.output.clear();
  if (vm.count("encoding") && line.options.load.encoding.empty()) {
    throw UsageError("--encoding: empty name");
  }
  if (line.inputs.empty()) throw UsageError("no input: name files, directories or -");
  // "precis --threads 1 explain DIR" read "explain" as a file.
  for (const std::string& input : line.inputs) {
    if (std::find(std::begin(kCommandWords), std::end(kCommandWords), input) ==
        std::end(kCommandWords)) {
      continue;
    }
    std::error_code error;
    if (!std::filesystem::exists(std::filesystem::path(input), error)) {
      const std::string usage = input == "help"    ? "precis help"
                                : input == "batch" ? "precis batch [OPTIONS] [FILE...]"
                                                   : "precis " + input + " [OPTIONS] INPUT...";
      throw UsageError(input + ": no such file; a command comes first: " + usage);
    }
  }
  return line;
}

namespace {

// What INPUT may be: the same for every command that reads a cluster.
constexpr const char* kInputHelp =
    "INPUT is a file, a directory (each file in it and in its folders, in path\n"
    "order), an archive (.zip, .7z, .rar, .tar, .tar.gz, .tar.bz2, .tar.xz, .tar.zst,\n"
    ".gz, .bz2, .xz, .zst: each file in it) or - for standard input. All inputs\n"
    "together form one cluster.\n"
    "A file that is an HTML page or Markdown is read as the text a reader sees (see\n"
    "--plain-text); a Word, OpenDocument, RTF or PDF document as its text.\n\n";

}  // namespace

std::string HelpText(Command topic) {
  CommandLine line;
  std::string format = "text";
  std::ostringstream out;
  switch (topic) {
    case Command::kSegment:
      out << "Usage: precis segment [OPTIONS] INPUT...\n\n"
             "Prints the sentences of a cluster's articles, one a line, as the summary\n"
             "chooses among them: read, cleaned of ads, captions, credits and the like,\n"
             "and cut into sentences. The summary's budgets and tuning options are read\n"
             "and change nothing here (precis --help lists them).\n\n";
      break;
    case Command::kExplain:
      out << "Usage: precis explain [OPTIONS] INPUT...\n\n"
             "Prints every sentence of a cluster with its score and why the summary, made\n"
             "with the same options, takes it or not (chosen, no room, near duplicate of\n"
             "another, cannot stand alone...), naming the option that would change it;\n"
             "and the lines cleaning removed, with the rule that removed them.\n\n";
      break;
    default:
      out << "Usage: precis [summarize] [OPTIONS] INPUT...\n"
             "       precis segment [OPTIONS] INPUT...\n"
             "       precis explain [OPTIONS] INPUT...\n"
             "       precis batch [OPTIONS] [FILE...]   (see precis batch --help)\n\n"
             "Summarizes a cluster of news articles about one event into the sentences that\n"
             "cover it best, drawn across all of them (summarize, the default), prints the\n"
             "cleaned sentences of the articles, one a line (segment), or prints every sentence\n"
             "with its score and why the summary takes it or not, one a line (explain).\n"
             "precis COMMAND --help tells more of each.\n\n";
      break;
  }
  out << kInputHelp << Describe(line, format, topic).visible;
  return out.str();
}

std::string BatchHelpText() {
  CommandLine line;
  std::ostringstream out;
  out << "Usage: precis batch [OPTIONS] [FILE...]\n\n"
         "Summarizes many clusters, one a line of JSON Lines input, into one JSON line each,\n"
         "in input order. An input line is\n"
         "  {\"id\": \"c1\", \"documents\": [\"text\", {\"name\": \"afp\", \"text\": \"...\"}],\n"
         "   \"options\": {\"words\": 50}}\n"
         "(\"id\" and \"options\" optional; \"options\" takes the long names below). An output\n"
         "line is {\"id\", \"language\", \"summary\": [sentences as --format json writes them],\n"
         "\"warnings\"}; a line with \"explain\": true (or without \"explain\", under --explain)\n"
         "also gets \"sentences\": [every sentence as precis explain --format json lists it,\n"
         "with its verdict and reason] and \"removed\": [what cleaning dropped]. The output line is\n"
         "{\"id\", \"line\", \"error\"} for a line that cannot be summarized: every input\n"
         "line, blank ones included, gets one output line, and the exit code is 0 unless a\n"
         "file cannot be read. FILE is - or absent for standard input. The options below\n"
         "are the defaults of every cluster.\n\n"
      << DescribeBatch(line).visible;
  return out.str();
}

}  // namespace precis
