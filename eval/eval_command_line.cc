#include "eval_command_line.h"

#include <algorithm>
#include <boost/program_options.hpp>
#include <sstream>
#include <string_view>

#include "affix.h"
#include "ascii.h"
#include "language.h"
#include "precis/error.h"

namespace precis::eval {
namespace {

namespace po = boost::program_options;

// ROUGE-1.5.5's flags (its getopts string), by whether they take a value. -h and -H (the
// Perl script's usage) are left out: after --rouge155, -h still asks precis-eval for help.
constexpr std::string_view kPerlSwitches = "adMmsuUvx";
constexpr std::string_view kPerlValued = "bceflnprtwz23";

bool IsPerlSwitch(char c) { return kPerlSwitches.find(c) != std::string_view::npos; }
bool IsPerlValued(char c) { return kPerlValued.find(c) != std::string_view::npos; }

// Scoring options as the command line spells them, before they become ScoringOptions.
struct ScoringFlags {
  std::string language = "fr";  // `rouge` only: `run` scores in the summaries' language
  bool no_stem = false;
  bool remove_stopwords = false;
  bool fold_accents = false;
  bool best = false;
  bool jackknife = false;
  bool rouge155 = false;
  std::vector<std::string> rouge155_args;
};

// `run` takes precis's own --no-stem (how precis tokenizes), so the scorer's is
// --rouge-no-stem there: changing how precis works must never change the yardstick.
void AddScoringGroups(ScoringFlags& flags, bool for_run, po::options_description& all) {
  po::options_description unicode("Scoring, Unicode mode (the default)");
  auto add = unicode.add_options();
  if (!for_run) {
    add("lang,l", po::value<std::string>(&flags.language)->default_value(flags.language),
        "language of the texts, for stemming and stopwords: fr or en");
  }
  add(for_run ? "rouge-no-stem" : "no-stem", po::bool_switch(&flags.no_stem),
      "compare words as they are, without Snowball stemming");
  add("remove-stopwords", po::bool_switch(&flags.remove_stopwords),
      "leave the language's function words out of the counts");
  add("fold-accents", po::bool_switch(&flags.fold_accents),
      "count \"e\" and \"\xc3\xa9\" as the same letter");
  add("best", po::bool_switch(&flags.best),
      "score against the best reference instead of averaging over them (-f B)");
  add("jackknife", po::bool_switch(&flags.jackknife),
      "average over the leave-one-out subsets of the references, as DUC and TAC reported");
  po::options_description rouge155("Scoring, ROUGE-1.5.5 mode");
  rouge155.add_options()(
      "rouge155",
      "score as ROUGE-1.5.5 does (ASCII words only); the Perl script's own flags follow, "
      "with their own meaning, up to the first argument that is not one: -n N, -m, -s, "
      "-l N, -b N, -2 N, -u, -f A|B, -p ALPHA (others such as -a -c -r -t -d -x are "
      "accepted and change nothing)");
  all.add(unicode).add(rouge155);
}

// Parses the scoring flags into `scoring`. In ROUGE-1.5.5 mode the Unicode options have
// no meaning, and a user who gives one surely expects an effect: say so.
void ApplyScoring(const ScoringFlags& flags, bool for_run, const po::variables_map& vm,
                  ScoringOptions& scoring) {
  scoring.rouge155 = flags.rouge155;
  if (flags.rouge155) {
    const std::vector<std::pair<const char*, bool>> unicode_only = {
        {for_run ? "--rouge-no-stem" : "--no-stem", flags.no_stem},
        {"--remove-stopwords", flags.remove_stopwords},
        {"--fold-accents", flags.fold_accents},
        {"--best", flags.best},
        {"--jackknife", flags.jackknife},
        {"--lang", !for_run && vm.count("lang") && !vm["lang"].defaulted()}};
    for (const auto& [name, given] : unicode_only) {
      if (given) {
        throw UsageError(std::string(name) +
                         " is a Unicode-mode option; with --rouge155, give ROUGE-1.5.5's own "
                         "flags (-m, -s, -f B ...)");
      }
    }
    scoring.rouge155_args = flags.rouge155_args;
    try {
      scoring.rouge155_flags = ParseRouge155Flags(flags.rouge155_args);
    } catch (const Error& e) {
      throw UsageError(std::string("--rouge155: ") + e.what());
    }
    return;
  }
  scoring.unicode.stem = !flags.no_stem;
  scoring.unicode.remove_stopwords = flags.remove_stopwords;
  scoring.unicode.fold_accents = flags.fold_accents;
  scoring.rouge.multi_reference = flags.best ? MultiReference::kBest : MultiReference::kAverage;
  scoring.rouge.jackknife = flags.jackknife;
}

// A count that Boost would wrap round if negative (see src/command_line.cc).
// A whole number from `minimum` to `maximum`, named in the message as precis names its
// own ("--resamples: must be 40 to 1000000, not 0").
po::typed_value<long long>* Count(long long* field, const char* name, long long minimum,
                                  long long maximum = std::numeric_limits<long long>::max()) {
  return po::value<long long>(field)->default_value(*field)->notifier(
      [name, minimum, maximum](long long value) {
        if (value >= minimum && value <= maximum) return;
        const std::string range = maximum == std::numeric_limits<long long>::max()
                                      ? std::to_string(minimum) + " or more"
                                      : std::to_string(minimum) + " to " + std::to_string(maximum);
        throw po::error(std::string("--") + name + ": must be " + range + ", not " +
                        std::to_string(value));
      });
}

po::variables_map Parse(const std::vector<std::string>& args,
                        const po::options_description& options,
                        const po::positional_options_description& positional) {
  po::variables_map vm = StoreArguments(args, options, positional);
  if (!vm.count("help")) NotifyArguments(vm);
  return vm;
}

// The options of each command, bound to `line`. `flags`, `counts` and the strings must
// outlive the parse.
struct Bound {
  ScoringFlags scoring;
  std::string format = "text";
  std::string systems = "precis,lead,random,oracle";
  std::vector<std::string> system_dirs;
  long long seed = 1;
  long long resamples = 1000;
  long long threads = 0;
  std::string measure = "ROUGE-2";
  std::string statistic = "F";
  std::string system_b;
};

po::options_description RougeCommandOptions(EvalCommandLine& line, Bound& bound) {
  po::options_description main("Options");
  main.add_options()
      ("ref", po::value<std::vector<std::string>>(&line.rouge.references)->composing(),
       "a reference summary, one sentence a line; repeat for several (a folder: each "
       ".txt file in it)")
      ("format,f", po::value<std::string>(&bound.format)->default_value(bound.format),
       "output: text (four lines a summary) or json")
      ("help,h", "print this help and exit");
  po::options_description all;
  all.add(main);
  AddScoringGroups(bound.scoring, false, all);
  return all;
}

po::options_description RunOptions(EvalCommandLine& line, Bound& bound) {
  RunSettings& settings = line.run.settings;
  const SummarizeOptionGroups summarize = SummarizeOptions(settings.options);
  po::options_description summary("Summarize (as precis summarize; precis and the baselines)");
  for (const auto& option : summarize.main.options()) summary.add(option);
  po::options_description systems("Systems");
  systems.add_options()
      ("systems", po::value<std::string>(&bound.systems)->default_value(bound.systems),
       "built-in systems to score, comma-separated (may be empty): precis, lead (first "
       "sentences, round-robin), random, oracle (greedy ROUGE-2 ceiling)")
      ("system-dir", po::value<std::vector<std::string>>(&bound.system_dirs)->composing(),
       "NAME=DIR: score another tool's summaries, read from DIR/CLUSTER.txt; repeatable")
      ("seed", Count(&bound.seed, "seed", 0),
       "seed of the random baseline and of the bootstrap");
  po::options_description run("Run");
  // --resamples: each resample of each system, measure and statistic holds a mean; past a
  // million, memory grows by gigabytes for intervals no finer than a million gives. Under
  // 40, a 95% interval's 2.5% tails hold no resample of their own: the bounds are the
  // extreme resamples, or with one the single resampled mean, which can exclude the mean.
  run.add_options()(
      "out,o", po::value<std::string>(&line.run.out),
      "write results.json, results.csv and summaries/SYSTEM/CLUSTER.txt in this folder")(
      "explain", po::bool_switch(&line.run.settings.explain),
      "with --out, also write explanations/CLUSTER.json: why each sentence is in precis's "
      "summary or not, as precis explain --format json prints it")(
      "plot", po::value<std::string>(&line.run.plot),
      "draw each system's ROUGE F-scores with their confidence intervals as an SVG chart "
      "in this file")("resamples", Count(&bound.resamples, "resamples", 40, 1000000),
                      "bootstrap resamples for each confidence interval (40 to 1000000)")(
      "threads,j", Count(&bound.threads, "threads", 0),
      "clusters summarized at once (0: one per core)")("help,h", "print this help and exit");
  po::options_description all;
  all.add(summary).add(summarize.tuning).add(systems);
  AddScoringGroups(bound.scoring, true, all);
  all.add(run);
  return all;
}

po::options_description OrderOptions(EvalCommandLine& line) {
  OrderCommandLine& order = line.order;
  const SummarizeOptionGroups summarize = SummarizeOptions(order.options);
  po::options_description summary("Summarize (as precis summarize)");
  for (const auto& option : summarize.main.options()) summary.add(option);
  po::options_description votes("Votes");
  votes.add_options()
      ("match", po::value<double>(&order.match)->default_value(order.match, "0.3"),
       "cosine of stemmed words (stopwords left out) at which a third article's sentence "
       "tells a summary sentence")
      ("help,h", "print this help and exit");
  po::options_description all;
  all.add(summary).add(summarize.tuning).add(votes);
  return all;
}

po::options_description CompareOptions(EvalCommandLine& line, Bound& bound) {
  CompareCommandLine& compare = line.compare;
  po::options_description main("Options");
  main.add_options()("system",
                     po::value<std::string>(&compare.system_a)->default_value(compare.system_a),
                     "the system compared in RESULTS_A")(
      "system-b", po::value<std::string>(&bound.system_b),
      "the system compared in RESULTS_B (default: the same as --system)")(
      "measure", po::value<std::string>(&bound.measure)->default_value(bound.measure),
      "ROUGE-1, ROUGE-2, ROUGE-L or ROUGE-SU4 (or the S4, SU* ... the files name it)")(
      "stat", po::value<std::string>(&bound.statistic)->default_value(bound.statistic),
      "F (F-measure), R (recall) or P (precision)")("help,h", "print this help and exit");
  return main;
}

// Unicode scoring stems and drops stopwords in one language, which "auto" is not (run
// summarizes with it, but must score in one).
void CheckScoringLanguage(const std::string& language) {
  if (language == kAutoLanguage) {
    throw UsageError("--lang: Unicode scoring needs one language (known: " + KnownLanguageList() +
                     "), not auto; --rouge155 scores without one");
  }
  try {
    GetLanguage(language);
  } catch (const Error& e) {
    throw UsageError(std::string("--") + e.what());
  }
}

void FinishRouge(EvalCommandLine& line, Bound& bound, const po::variables_map& vm) {
  RougeCommandLine& rouge = line.rouge;
  ApplyScoring(bound.scoring, false, vm, rouge.scoring);
  CheckScoringLanguage(bound.scoring.language);
  rouge.scoring.unicode.language = bound.scoring.language;
  if (bound.format != "text" && bound.format != "json") {
    throw UsageError("unknown format '" + bound.format + "' (known: text, json)");
  }
  rouge.json = bound.format == "json";
  if (rouge.references.empty()) throw UsageError("no reference: give one with --ref FILE");
  if (rouge.systems.empty()) throw UsageError("no summary to score: name SYSTEM files");
}

void FinishRun(EvalCommandLine& line, Bound& bound, const po::variables_map& vm) {
  RunSettings& settings = line.run.settings;
  if (settings.dataset.empty()) throw UsageError("no dataset: name its folder");
  // As precis's -o '': an empty name is a slip (an unset variable), not "no file".
  if (vm.count("out") && line.run.out.empty()) throw UsageError("--out: empty folder name");
  if (vm.count("plot") && line.run.plot.empty()) throw UsageError("--plot: empty file name");
  // The chart is SVG whatever the name says: "chart.png" would be an SVG that image
  // viewers and slide tools refuse to open.
  const std::string plot_name = precis::AsciiLowered(line.run.plot);
  for (const std::string_view image :
       {".png", ".jpg", ".jpeg", ".gif", ".webp", ".pdf", ".bmp", ".tif", ".tiff", ".eps"}) {
    if (precis::EndsWith(plot_name, image)) {
      throw UsageError("--plot: " + line.run.plot +
                       ": the chart is an SVG image; give a name "
                       "ending in .svg");
    }
  }
  try {
    settings.options.Validate();
    settings.systems = ParseSystemList(bound.systems);
    for (const std::string& spec : bound.system_dirs) {
      settings.systems.push_back(ParseSystemDirectory(spec));
    }
  } catch (const Error& e) {
    throw UsageError(std::string("--") + e.what());
  }
  for (std::size_t i = 0; i < settings.systems.size(); ++i) {
    for (std::size_t j = 0; j < i; ++j) {
      if (settings.systems[i].name == settings.systems[j].name) {
        throw UsageError("two systems are named '" + settings.systems[i].name + "'");
      }
    }
  }
  if (settings.systems.empty()) {
    throw UsageError("no system to score: give --systems or --system-dir");
  }
  if (settings.explain) {
    if (line.run.out.empty()) {
      throw UsageError("--explain writes its explanations with --out: name a folder");
    }
    const bool has_precis =
        std::any_of(settings.systems.begin(), settings.systems.end(),
                    [](const SystemSpec& s) { return s.kind == SystemKind::kPrecis; });
    if (!has_precis) {
      throw UsageError("--explain explains precis's summaries: add precis to --systems");
    }
  }
  ApplyScoring(bound.scoring, true, vm, settings.scoring);
  if (!settings.scoring.rouge155) CheckScoringLanguage(settings.options.language);
  settings.scoring.unicode.language = settings.options.language;
  settings.seed = static_cast<std::uint64_t>(bound.seed);
  settings.resamples = static_cast<std::size_t>(bound.resamples);
  settings.threads = static_cast<std::size_t>(bound.threads);
}

void FinishOrder(EvalCommandLine& line) {
  OrderCommandLine& order = line.order;
  if (order.dataset.empty()) throw UsageError("no dataset: name its folder");
  if (!(order.match > 0.0 && order.match <= 1.0)) {
    throw UsageError("--match must be above 0 and at most 1");
  }
  try {
    order.options.Validate();
  } catch (const Error& e) {
    throw UsageError(std::string("--") + e.what());
  }
}

void FinishCompare(EvalCommandLine& line, const Bound& bound,
                   const std::vector<std::string>& results) {
  CompareCommandLine& compare = line.compare;
  if (results.size() != 2) {
    throw UsageError("compare needs two results files, RESULTS_A.json RESULTS_B.json");
  }
  compare.path_a = results[0];
  compare.path_b = results[1];
  compare.system_b = bound.system_b.empty() ? compare.system_a : bound.system_b;
  try {
    compare.measure = ParseMeasure(bound.measure);
    compare.statistic = ParseStatistic(bound.statistic);
  } catch (const Error& e) {
    throw UsageError(std::string("--") + e.what());
  }
}

const char* kRougeUsage =
    "Usage: precis-eval rouge --ref REF.txt [--ref REF2.txt ...] [OPTIONS] SYSTEM.txt...\n\n"
    "Scores each SYSTEM summary against the references with ROUGE (Lin 2004):\n"
    "ROUGE-1, ROUGE-2, ROUGE-L (summary-level union LCS) and ROUGE-SU4, as recall,\n"
    "precision and F-measure. A file holds one sentence a line; - is standard input.\n";
const char* kRunUsage =
    "Usage: precis-eval run DATASET [OPTIONS]\n\n"
    "Summarizes each cluster of DATASET (CLUSTER/docs/*.txt, CLUSTER/refs/*.txt) with\n"
    "precis and the baselines, reads other tools' summaries (--system-dir), scores them\n"
    "all against the cluster's references and prints the means over clusters with\n"
    "bootstrap confidence intervals (Efron & Tibshirani 1993).\n";
const char* kCompareUsage =
    "Usage: precis-eval compare RESULTS_A.json RESULTS_B.json [OPTIONS]\n\n"
    "Says whether a system of RESULTS_A beats one of RESULTS_B (both written by\n"
    "run --out; they may be the same file), pairing their scores cluster by cluster:\n"
    "paired bootstrap and permutation tests, verdict at p < 0.05, and how large a\n"
    "difference the clusters could show at all.\n\n";
const char* kOrderUsage =
    "Usage: precis-eval order DATASET [OPTIONS]\n\n"
    "Summarizes each cluster of DATASET (CLUSTER/docs/*.txt) with precis and asks the\n"
    "cluster's other articles whether the summary reads its sentences in the order they\n"
    "tell them: for two summary sentences from two articles, a third article that tells\n"
    "both is a vote. Prints the share of votes that precis's order agrees with, by\n"
    "document (by-source) and leads first (by-position), and precis's order against\n"
    "each, cluster by cluster.\n";

// The command `word` names; kHelp when it names none.
EvalCommand CommandNamed(std::string_view word) {
  if (word == "rouge") return EvalCommand::kRouge;
  if (word == "run") return EvalCommand::kRun;
  if (word == "compare") return EvalCommand::kCompare;
  if (word == "order") return EvalCommand::kOrder;
  return EvalCommand::kHelp;
}

}  // namespace

std::vector<std::string> ExtractRouge155Flags(std::vector<std::string>& args, bool& found) {
  const auto end = std::find(args.begin(), args.end(), "--");
  const auto at = std::find(args.begin(), end, "--rouge155");
  found = at != end;
  if (!found) return {};
  std::vector<std::string> flags;
  std::size_t i = static_cast<std::size_t>(at - args.begin()) + 1;
  for (; i < args.size(); ++i) {
    const std::string& arg = args[i];
    if (arg.size() < 2 || arg[0] != '-' || !(IsPerlSwitch(arg[1]) || IsPerlValued(arg[1]))) {
      break;
    }
    // Getopt::Std reads "-ax" as -a -x and "-n2" as -n 2: so does this.
    for (std::size_t j = 1; j < arg.size(); ++j) {
      const char c = arg[j];
      if (IsPerlValued(c)) {
        flags.push_back(std::string("-") + c);
        if (j + 1 < arg.size()) {
          flags.push_back(arg.substr(j + 1));
        } else if (i + 1 < args.size()) {
          flags.push_back(args[++i]);
        } else {
          throw UsageError(std::string("--rouge155: -") + c + " needs a value");
        }
        break;
      }
      if (!IsPerlSwitch(c)) {
        throw UsageError(std::string("--rouge155: unknown ROUGE-1.5.5 flag -") + c +
                         " in '" + arg + "'");
      }
      flags.push_back(std::string("-") + c);
    }
  }
  args.erase(at, args.begin() + static_cast<std::ptrdiff_t>(i));
  const auto new_end = std::find(args.begin(), args.end(), "--");
  if (std::find(args.begin(), new_end, "--rouge155") != new_end) {
    throw UsageError("--rouge155 is given twice");
  }
  return flags;
}

EvalCommandLine ParseEvalCommandLine(int argc, const char* const argv[]) {
  EvalCommandLine line;
  if (argc < 2) throw UsageError("no command: rouge, run, compare or order");
  const std::string_view word = argv[1];
  if (word == "--help" || word == "-h") return line;
  if (word == "help") {
    if (argc > 2) {
      line.help_topic = CommandNamed(argv[2]);
      if (line.help_topic == EvalCommand::kHelp) {
        throw UsageError("no help on '" + std::string(argv[2]) +
                         "' (commands: rouge, run, compare)");
      }
    }
    return line;
  }
  if (word == "--version") {
    line.command = EvalCommand::kVersion;
    return line;
  }
  const EvalCommand command = CommandNamed(word);
  if (command == EvalCommand::kHelp) {
    throw UsageError("unknown command '" + std::string(word) + "' (known: rouge, run, compare, order)");
  }

  std::vector<std::string> args(argv + 2, argv + argc);
  Bound bound;
  if (command == EvalCommand::kRouge || command == EvalCommand::kRun) {
    bound.scoring.rouge155_args = ExtractRouge155Flags(args, bound.scoring.rouge155);
  }
  std::vector<std::string> results;
  // Arguments past a command's one dataset, kept to be named: Boost's own "too many
  // positional options" does not say which.
  std::vector<std::string> extra;
  po::options_description options;
  po::positional_options_description positional;
  switch (command) {
    case EvalCommand::kRouge:
      options.add(RougeCommandOptions(line, bound));
      options.add_options()("system", po::value<std::vector<std::string>>(&line.rouge.systems));
      positional.add("system", -1);
      break;
    case EvalCommand::kRun:
      options.add(RunOptions(line, bound));
      options.add_options()("dataset", po::value<std::string>(&line.run.settings.dataset))(
          "extra", po::value<std::vector<std::string>>(&extra));
      positional.add("dataset", 1).add("extra", -1);
      break;
    case EvalCommand::kOrder:
      options.add(OrderOptions(line));
      options.add_options()("dataset", po::value<std::string>(&line.order.dataset))(
          "extra", po::value<std::vector<std::string>>(&extra));
      positional.add("dataset", 1).add("extra", -1);
      break;
    default:
      options.add(CompareOptions(line, bound));
      options.add_options()("result", po::value<std::vector<std::string>>(&results));
      positional.add("result", -1);
      break;
  }
  const po::variables_map vm = Parse(args, options, positional);
  if (vm.count("help")) {
    line.help_topic = command;
    return line;
  }
  if (!extra.empty()) {
    throw UsageError("unexpected argument '" + extra.front() + "': give one dataset");
  }
  line.command = command;
  switch (command) {
    case EvalCommand::kRouge:
      FinishRouge(line, bound, vm);
      break;
    case EvalCommand::kRun:
      FinishRun(line, bound, vm);
      break;
    case EvalCommand::kOrder:
      FinishOrder(line);
      break;
    default:
      FinishCompare(line, bound, results);
      break;
  }
  return line;
}

std::string EvalHelpText(EvalCommand topic) {
  EvalCommandLine line;
  Bound bound;
  std::ostringstream out;
  switch (topic) {
    case EvalCommand::kRouge:
      out << kRougeUsage << RougeCommandOptions(line, bound);
      break;
    case EvalCommand::kRun:
      out << kRunUsage << RunOptions(line, bound)
          << "\nPut --rouge155 and its flags after the other options, or end them with a long\n"
             "option: every short flag after --rouge155 is read as ROUGE-1.5.5's (-l is its\n"
             "word limit there, not --lang). --lang auto needs --rouge155: Unicode scoring\n"
             "stems with one language's rules.\n";
      break;
    case EvalCommand::kCompare:
      out << kCompareUsage << CompareOptions(line, bound);
      break;
    case EvalCommand::kOrder:
      out << kOrderUsage << OrderOptions(line);
      break;
    default:
      out << "Usage: precis-eval rouge --ref REF.txt [--ref ...] [OPTIONS] SYSTEM.txt...\n"
             "       precis-eval run DATASET [OPTIONS]\n"
             "       precis-eval compare RESULTS_A.json RESULTS_B.json [OPTIONS]\n"
             "       precis-eval order DATASET [OPTIONS]\n\n"
             "Evaluates summaries with ROUGE (Lin 2004) against human references.\n\n"
             "Commands:\n"
             "  rouge    score summary files against reference files\n"
             "  run      summarize a dataset with precis and baselines, score every system,\n"
             "           print means with confidence intervals, write per-cluster results\n"
             "  compare  test whether one system beats another, cluster by cluster\n"
             "  order    ask each cluster's other articles whether the summary's sentence\n"
             "           order tells the story as they do\n\n"
             "Scoring is in Unicode mode by default (words as a French reader sees them);\n"
             "--rouge155 followed by ROUGE-1.5.5's own flags reproduces the Perl script.\n\n"
             "'precis-eval COMMAND --help' lists a command's options.\n"
             "  -h [ --help ]   print this help and exit\n"
             "  --version       print the version and exit\n";
      break;
  }
  return out.str();
}

}  // namespace precis::eval
