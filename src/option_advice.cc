#include "option_advice.h"

#include <algorithm>
#include <cstddef>
#include <variant>

#include "named_note.h"
#include "option_table.h"
#include "precis/options.h"

namespace precis {

std::string WithKeywords(std::string warning, const std::vector<std::string>& names,
                         const KeywordStyle& style) {
  std::size_t from = 0;
  for (const std::string& name : names) {
    const std::string named = NamedNote(name, "");
    if (!name.empty() && warning.compare(0, named.size(), named) == 0) {
      from = std::max(from, named.size());
    }
  }
  const auto is_name_char = [](char c) { return (c >= 'a' && c <= 'z') || c == '-'; };
  Options options;
  for (const OptionEntry& entry : OptionTable()) {
    const std::string flag = std::string("--") + entry.name;
    const OptionField field = entry.field(options);
    for (std::size_t at = warning.find(flag, from); at != std::string::npos;
         at = warning.find(flag, at + 1)) {
      const std::size_t end = at + flag.size();
      if ((at > 0 && warning[at - 1] != ' ' && warning[at - 1] != '(') ||
          (end < warning.size() && is_name_char(warning[end]))) {
        continue;  // part of a longer word: --min-words in --min-words-x
      }
      std::string name = entry.python_name;
      if (!style.python && !entry.clears) {
        name = entry.name;
        std::replace(name.begin(), name.end(), '-', '_');
      }
      const std::string quoted = std::string(style.quote) + name + std::string(style.quote);
      std::string keyword = quoted + std::string(style.assign);
      std::size_t replaced = flag.size();
      if (std::holds_alternative<bool*>(field)) {
        keyword += entry.clears ? style.false_word : style.true_word;
      } else if (end < warning.size() && warning[end] == ' ') {
        // The option's value follows: "--words 3", "--similarity overlap".
        std::size_t value_end = warning.find_first_of(" ),;", end + 1);
        if (value_end == std::string::npos) value_end = warning.size();
        const std::string value = warning.substr(end + 1, value_end - end - 1);
        const bool word = std::holds_alternative<std::string*>(field) ||
                          std::holds_alternative<Similarity*>(field);
        keyword += word ? "\"" + value + "\"" : value;
        replaced = value_end - at;
      } else {
        // A flag named without its value ("--words" alone): the keyword alone.
        keyword = quoted;
      }
      warning.replace(at, replaced, keyword);
      at += keyword.size() - 1;
    }
  }
  return warning;
}

}  // namespace precis
