// The command line's options that a warning advises ("(--plain-text reads it as text)",
// "--keep-boilerplate keeps it", "the budget of --words 3"), written in the words of the
// interface that takes them instead: a Python keyword, a batch line's JSON key.
#ifndef PRECIS_SRC_OPTION_ADVICE_H_
#define PRECIS_SRC_OPTION_ADVICE_H_

#include <string>
#include <string_view>
#include <vector>

namespace precis {

// How an interface writes an option with its value.
struct KeywordStyle {
  bool python;                  // Python's keyword (lambda_), or a batch line's key (lambda)
  std::string_view quote;       // around the keyword: "" in Python, "\"" in JSON
  std::string_view assign;      // "=" in Python, ": " in JSON
  std::string_view true_word;   // "True", "true"
  std::string_view false_word;  // "False", "false"
};
inline constexpr KeywordStyle kPythonKeywords{true, "", "=", "True", "False"};
inline constexpr KeywordStyle kJsonKeywords{false, "\"", ": ", "true", "false"};

// `warning` with each command-line option it names written as the interface's keyword
// for it (OptionEntry::python_name; for a batch line the name with underscores,
// "min_words", or a cleared field's name, as FindBatchOption reads them): a switch as its
// keyword set true, one that clears its field as the field set false (--plain-text is
// markup=False, --no-stem stem=False), an option and its value as the keyword and the
// value, quoted for a word (similarity="overlap"). Only whole flags, after a space or
// "(", are rewritten; a document's name among `names` is left as it is wherever the text
// quotes it (a file may be called "--words 3.html"). Explain's reasons ("5 words, under
// --min-words 6") are rewritten the same way.
std::string WithKeywords(std::string warning, const std::vector<std::string>& names,
                         const KeywordStyle& style);

}  // namespace precis

#endif  // PRECIS_SRC_OPTION_ADVICE_H_
