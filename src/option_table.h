// The options that say how a cluster is summarized, listed once for every interface: the
// command line (precis summarize and batch, precis-eval run), batch JSON lines and the
// Python module read this table, so that an option added here is offered, described and
// parsed alike everywhere. Each interface only turns its own kind of value (a word of the
// command line, a JSON value, a Python object) into the field's type. The defaults are
// the Options structs' (include/precis/options.h), never copied here.
#ifndef PRECIS_SRC_OPTION_TABLE_H_
#define PRECIS_SRC_OPTION_TABLE_H_

#include <cstddef>
#include <string>
#include <variant>
#include <vector>

#include "precis/options.h"

namespace precis {

// Where an option's value lives in an Options, by type: a count, a real number, a
// switch, a word (the language, the encoding) or the similarity measure.
using OptionField = std::variant<std::size_t*, double*, bool*, std::string*, Similarity*>;

struct OptionEntry {
  const char* name;         // --name; batch JSON takes name or name_with_underscores
  char short_name;          // -w, or '\0'
  const char* python_name;  // the Python module's keyword argument
  bool tuning;              // --help lists it under "Tuning"
  // A switch that clears its field (--no-stem sets tokenize.stem to false). Python names
  // the field itself instead (stem=False), described by field_help.
  bool clears;
  // Only where inputs are bytes, read from files: batch JSON and Python hand over text
  // that is Unicode already.
  bool files_only;
  const char* help;
  const char* field_help;  // for a switch that clears: what the field means
  OptionField (*field)(Options& options);
};

// In --help's order: the budget, the language and the input first, then the tuning.
const std::vector<OptionEntry>& OptionTable();

// `name` with each '_' written '-': batch JSON's "min_words" is the command line's
// "min-words".
std::string DashedOptionName(std::string name);

// The entry a batch JSON key names: "min_words" and "min-words" both name --min-words,
// and "language" names --lang; nullptr for any other key, and for the files-only options.
// A switch that clears its field is also named by the field, as --format json's
// "options" block and the Python module name it ("stem" for --no-stem, "markup" for
// --plain-text, "remove_stopwords" for --keep-stopwords); then `*names_field` (when
// given) is set, and a true value sets the field rather than the switch.
const OptionEntry* FindBatchOption(const std::string& key, bool* names_field = nullptr);

}  // namespace precis

#endif  // PRECIS_SRC_OPTION_TABLE_H_
