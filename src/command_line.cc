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

// Options are bound to `line`'s fields, whose current values are the defaults shown.
Described Describe(CommandLine& line, std::string& format, std::string& similarity) {
  Options& o = line.options;
  po::options_description main("Options");
  main.add_options()
      ("words,w", Count(&o.select.words, "words"),
       "summary budget in words (0: no limit); a sentence is never cut")
      ("sentences", Count(&o.select.sentences, "sentences"),
       "summary budget in sentences (0: no limit)")
      ("chars", Count(&o.select.chars, "chars"),
       "summary budget in characters (0: no limit)")
      ("lang,l", po::value<std::string>(&o.language)->default_value(o.language),
       "language of the input: fr or en")
      ("format,f", po::value<std::string>(&format)->default_value(format),
       "output: text (a sentence a line), json or markdown")
      ("keep-boilerplate", po::bool_switch(&o.clean.keep_boilerplate),
       "keep ads, captions, credits and the like")
      ("help,h", "print this help and exit")
      ("version", "print the version and exit");

  po::options_description tuning("Tuning");
  tuning.add_options()
      ("lambda", Real(&o.select.lambda),
       "MMR trade-off: 1 ranks by centrality alone, lower favours novelty")
      ("duplicate-threshold",
       Real(&o.select.duplicate_threshold),
       "cosine at which two sentences are near duplicates")
      ("min-words", Count(&o.select.min_words, "min-words"),
       "shortest sentence a summary may use, in words")
      ("max-words", Count(&o.select.max_words, "max-words"),
       "longest sentence a summary may use, in words")
      ("include-headlines", po::bool_switch(&o.select.include_headlines),
       "let headlines and titles into the summary")
      ("similarity", po::value<std::string>(&similarity)->default_value(similarity),
       "sentence similarity: cosine (LexRank) or overlap (TextRank)")
      ("min-similarity",
       Real(&o.graph.min_similarity),
       "graph edges weaker than this are dropped")
      ("damping", Real(&o.rank.damping),
       "PageRank damping factor")
      ("no-stem", "do not stem words")
      ("keep-stopwords", "do not drop function words");

  po::options_description hidden;
  hidden.add_options()("input", po::value<std::vector<std::string>>(&line.inputs));

  Described described;
  described.visible.add(main).add(tuning);
  described.all.add(main).add(tuning).add(hidden);
  return described;
}

}  // namespace

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
    } else if (word == "help") {
      line.command = Command::kHelp;
      return line;
    }
  }
  std::string format = "text";
  std::string similarity = "cosine";
  Described described = Describe(line, format, similarity);
  po::positional_options_description positional;
  positional.add("input", -1);

  std::vector<std::string> args(argv + first, argv + argc);
  po::variables_map vm;
  try {
    po::store(po::command_line_parser(args)
                  .options(described.all)
                  .positional(positional)
                  .style(po::command_line_style::default_style &
                         ~po::command_line_style::allow_guessing)
                  .run(),
              vm);
    if (vm.count("help")) {
      line.command = Command::kHelp;
      return line;
    }
    if (vm.count("version")) {
      line.command = Command::kVersion;
      return line;
    }
    po::notify(vm);
  } catch (const po::error& e) {
    throw UsageError(e.what());
  }
  if (vm.count("no-stem")) line.options.tokenize.stem = false;
  if (vm.count("keep-stopwords")) line.options.tokenize.remove_stopwords = false;
  if (similarity == "cosine") {
    line.options.graph.similarity = Similarity::kCosine;
  } else if (similarity == "overlap") {
    line.options.graph.similarity = Similarity::kOverlap;
  } else {
    throw UsageError("unknown similarity '" + similarity + "' (known: cosine, overlap)");
  }
  try {
    line.format = ParseOutputFormat(format);
    line.options.Validate();
  } catch (const Error& e) {
    throw UsageError(std::string("--") + e.what());
  }
  if (line.inputs.empty()) throw UsageError("no input: name files, directories or -");
  return line;
}

std::string HelpText() {
  CommandLine line;
  std::string format = "text";
  std::string similarity = "cosine";
  std::ostringstream out;
  out << "Usage: precis [summarize] [OPTIONS] INPUT...\n"
         "       precis segment [OPTIONS] INPUT...\n\n"
         "Summarizes a cluster of news articles about one event into the sentences that\n"
         "cover it best, drawn across all of them (summarize, the default), or prints the\n"
         "cleaned sentences of the articles, one a line (segment).\n\n"
         "INPUT is a text file, a directory (each regular file in it, in name order) or -\n"
         "for standard input. All inputs together form one cluster.\n\n"
      << Describe(line, format, similarity).visible;
  return out.str();
}

}  // namespace precis
