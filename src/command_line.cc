#include "command_line.h"

#include <sstream>
#include <string_view>

#include <boost/program_options.hpp>

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
        if (value < 0) {
          throw po::validation_error(po::validation_error::invalid_option_value, name,
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

struct Described {
  po::options_description visible;
  po::options_description all;
};

// A command's options as --help shows them (`main`, then `tuning`), and as parsed: the
// same with the hidden positional "input", bound to `inputs`.
Described WithInputs(const po::options_description& main,
                     const po::options_description& tuning, std::vector<std::string>& inputs) {
  po::options_description hidden;
  hidden.add_options()("input", po::value<std::vector<std::string>>(&inputs));
  Described described;
  described.visible.add(main).add(tuning);
  described.all.add(main).add(tuning).add(hidden);
  return described;
}

// Options are bound to `line`'s fields, whose current values are the defaults shown.
Described Describe(CommandLine& line, std::string& format, SummarizeExtras& extras) {
  SummarizeOptionGroups summarize = SummarizeOptions(line.options, extras);
  // precis's own options go among the summarize options where --help has always shown
  // them: the output format right after the language, --help and --version last.
  po::options_description main("Options");
  for (const auto& option : summarize.main.options()) {
    main.add(option);
    if (option->long_name() == "lang") {
      main.add_options()
          ("format,f", po::value<std::string>(&format)->default_value(format),
           "output: text (a sentence a line), json, markdown or html (a page showing the "
           "summary within its sources)");
    }
  }
  // --threads is precis's own, not a summarize option: precis-eval runs clusters in
  // parallel and has a --threads of its own for that.
  main.add_options()
      ("threads", Count(&line.options.threads, "threads"),
       "worker threads (0: one per core); the summary is the same whatever the number")
      ("output,o", po::value<std::string>(&line.output),
       "write to FILE (through a temporary file renamed into place) instead of stdout")
      ("timings", po::bool_switch(&line.timings),
       "print each stage's time, the peak memory and the problem's size on stderr")
      ("help,h", "print this help and exit")
      ("version", "print the version and exit");

  return WithInputs(main, summarize.tuning, line.inputs);
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

// `precis batch`: the summarize options are every cluster's defaults. --encoding is left
// out (JSON text is UTF-8), and so are --format and --output (the output is JSON Lines
// on stdout, a stream).
Described DescribeBatch(CommandLine& line, SummarizeExtras& extras) {
  SummarizeOptionGroups summarize = SummarizeOptions(line.options, extras);
  po::options_description main("Options");
  main.add_options()
      ("threads", Count(&line.options.threads, "threads"),
       "clusters summarized at once (0: one per core); the output is the same whatever "
       "the number");
  for (const auto& option : summarize.main.options()) {
    if (option->long_name() != "encoding") main.add(option);
  }
  main.add_options()("help,h", "print this help and exit");

  return WithInputs(main, summarize.tuning, line.inputs);
}

CommandLine ParseBatchCommandLine(int argc, const char* const argv[]) {
  CommandLine line;
  line.command = Command::kBatch;
  SummarizeExtras extras;
  Described described = DescribeBatch(line, extras);
  po::variables_map vm = Store({argv + 2, argv + argc}, described.all);
  if (vm.count("help")) {
    line.command = Command::kHelp;
    line.help_topic = Command::kBatch;
    return line;
  }
  NotifyArguments(vm);
  ApplySummarizeExtras(extras, line.options);
  AsUsageError([&] { line.options.Validate(); });
  if (line.inputs.empty()) line.inputs.push_back("-");
  return line;
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
    throw UsageError(e.what());
  }
  return vm;
}

void NotifyArguments(po::variables_map& vm) {
  try {
    po::notify(vm);
  } catch (const po::error& e) {
    throw UsageError(e.what());
  }
}

SummarizeOptionGroups SummarizeOptions(Options& o, SummarizeExtras& extras) {
  SummarizeOptionGroups groups{po::options_description(), po::options_description("Tuning")};
  groups.main.add_options()
      ("words,w", Count(&o.select.words, "words"),
       "summary budget in words (0: no limit); a sentence is never cut")
      ("sentences", Count(&o.select.sentences, "sentences"),
       "summary budget in sentences (0: no limit)")
      ("chars", Count(&o.select.chars, "chars"),
       "summary budget in characters (0: no limit)")
      ("lang,l", po::value<std::string>(&o.language)->default_value(o.language),
       "language of the input: fr or en")
      ("keep-boilerplate", po::bool_switch(&o.clean.keep_boilerplate),
       "keep ads, captions, credits and the like")
      ("encoding", po::value<std::string>(&o.load.encoding),
       "encoding of every input (windows-1252, ISO-8859-15, UTF-16LE...); "
       "default: detect it per file");

  groups.tuning.add_options()
      ("lambda", Real(&o.select.lambda),
       "MMR trade-off: 1 ranks by centrality alone, lower favours novelty")
      ("centroid-weight", Real(&o.select.centroid_weight),
       "share of the relevance given to closeness to the cluster's centroid (0: rank alone)")
      ("min-relevance", Real(&o.select.min_relevance),
       "a sentence scoring under this share of the best is never chosen, even to fill the "
       "budget (0: any)")
      ("duplicate-threshold",
       Real(&o.select.duplicate_threshold),
       "cosine at which two sentences are near duplicates")
      ("min-words", Count(&o.select.min_words, "min-words"),
       "shortest sentence a summary may use, in words")
      ("max-words", Count(&o.select.max_words, "max-words"),
       "longest sentence a summary may use, in words")
      ("include-headlines", po::bool_switch(&o.select.include_headlines),
       "let headlines and titles into the summary")
      ("similarity",
       po::value<std::string>(&extras.similarity)->default_value(extras.similarity),
       "sentence similarity: cosine (LexRank) or overlap (TextRank)")
      ("min-similarity",
       Real(&o.graph.min_similarity),
       "graph edges weaker than this are dropped")
      ("damping", Real(&o.rank.damping),
       "PageRank damping factor")
      ("position-decay", Real(&o.rank.position_decay),
       "position prior: jumps favour a document's first sentences, decaying over this many (0: uniform)")
      ("name-weight", Real(&o.tokenize.name_weight),
       "extra weight of names, words written with a capital inside sentences (0: none)")
      ("no-stem", po::bool_switch(&extras.no_stem), "do not stem words")
      ("keep-stopwords", po::bool_switch(&extras.keep_stopwords),
       "do not drop function words");
  return groups;
}

void ApplySummarizeExtras(const SummarizeExtras& extras, Options& options) {
  if (extras.no_stem) options.tokenize.stem = false;
  if (extras.keep_stopwords) options.tokenize.remove_stopwords = false;
  try {
    options.graph.similarity = ParseSimilarity(extras.similarity);
  } catch (const Error& e) {
    throw UsageError(e.problem());
  }
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
    } else if (word == "batch") {
      return ParseBatchCommandLine(argc, argv);
    } else if (word == "help") {
      line.command = Command::kHelp;
      return line;
    }
  }
  std::string format = "text";
  SummarizeExtras extras;
  Described described = Describe(line, format, extras);
  po::variables_map vm = Store({argv + first, argv + argc}, described.all);
  if (vm.count("help")) {
    line.command = Command::kHelp;
    return line;
  }
  if (vm.count("version")) {
    line.command = Command::kVersion;
    return line;
  }
  NotifyArguments(vm);
  ApplySummarizeExtras(extras, line.options);
  AsUsageError([&] {
    line.format = ParseOutputFormat(format);
    line.options.Validate();
  });
  if (line.inputs.empty()) throw UsageError("no input: name files, directories or -");
  return line;
}

std::string HelpText() {
  CommandLine line;
  std::string format = "text";
  SummarizeExtras extras;
  std::ostringstream out;
  out << "Usage: precis [summarize] [OPTIONS] INPUT...\n"
         "       precis segment [OPTIONS] INPUT...\n"
         "       precis batch [OPTIONS] [FILE...]   (see precis batch --help)\n\n"
         "Summarizes a cluster of news articles about one event into the sentences that\n"
         "cover it best, drawn across all of them (summarize, the default), or prints the\n"
         "cleaned sentences of the articles, one a line (segment).\n\n"
         "INPUT is a text file, a directory (each regular file in it, in name order) or -\n"
         "for standard input. All inputs together form one cluster.\n\n"
      << Describe(line, format, extras).visible;
  return out.str();
}

std::string BatchHelpText() {
  CommandLine line;
  SummarizeExtras extras;
  std::ostringstream out;
  out << "Usage: precis batch [OPTIONS] [FILE...]\n\n"
         "Summarizes many clusters, one a line of JSON Lines input, into one JSON line each,\n"
         "in input order. An input line is\n"
         "  {\"id\": \"c1\", \"documents\": [\"text\", {\"name\": \"afp\", \"text\": \"...\"}],\n"
         "   \"options\": {\"words\": 50}}\n"
         "(\"id\" and \"options\" optional; \"options\" takes the long names below). An output\n"
         "line is {\"id\", \"summary\": [sentences as --format json writes them], \"warnings\"},\n"
         "or {\"id\", \"line\", \"error\"} for a line that cannot be summarized: every input\n"
         "line, blank ones included, gets one output line, and the exit code is 0 unless a\n"
         "file cannot be read. FILE is - or absent for standard input. The options below are\n"
         "the defaults of every cluster.\n\n"
      << DescribeBatch(line, extras).visible;
  return out.str();
}

}  // namespace precis
