#include "option_advice.h"

#include <algorithm>
#include <cstddef>
#include <variant>

#include "option_table.h"
#include "precis/options.h"

namespace precis {

namespace {

// Whether `at` falls inside one of `names` where `text` quotes it: a document may be
// called "--words 3.html", and a reason names the document a near duplicate repeats.
bool InsideName(const std::string& text, std::size_t at, const std::vector<std::string>& names) {
  for (const std::string& name : names) {
    if (name.empty()) continue;
    const std::size_t earliest = at + 1 >= name.size() ? at + 1 - name.size() : 0;
    for (std::size_t found = text.find(name, earliest); found != std::string::npos && found <= at;
         found = text.find(name, found + 1)) {
      if (at < found + name.size()) return true;
    }
  }
  return false;
}

}  // namespace

std::string WithKeywords(std::string warning, const std::vector<std::string>& names,
                         const KeywordStyle& style) {
  const auto is_name_char = [](char c) { return (c >= 'a' && c <= 'z') || c == '-'; };
  Options options;
  for (const OptionEntry& entry : OptionTable()) {
    const std::string flag = std::string("--") + entry.name;
    const OptionField field = entry.field(options);
    for (std::size_t at = warning.find(flag); at != std::string::npos;
         at = warning.find(flag, at + 1)) {
      const std::size_t end = at + flag.size();
      if ((at > 0 && warning[at - 1] != ' ' && warning[at - 1] != '(') ||
          (end < warning.size() && is_name_char(warning[end]))) {
        continue;  // part of a longer word: --min-words in --min-words-x
      }
      if (InsideName(warning, at, names)) continue;
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
