// The language warning's advice, in the words of whoever takes the options.
#ifndef PRECIS_SRC_LANGUAGE_ADVICE_H_
#define PRECIS_SRC_LANGUAGE_ADVICE_H_

#include <string>
#include <string_view>

namespace precis {

// What ends a warning that the documents are in another language than the one asked for,
// before the language's code: "a.txt: the text looks like en, not fr; the summary may be
// poor: give --lang en". The command line's words; a batch line takes "lang", Python lang=.
inline constexpr std::string_view kLanguageAdvice = ": give --lang ";

// `warning` with its closing advice, if it has one, reworded as `before`, the code and
// `after`: ReworkedLanguageAdvice(w, "lang=\"", "\"") ends "...: give lang=\"en\"".
inline std::string ReworkedLanguageAdvice(const std::string& warning, std::string_view before,
                                          std::string_view after) {
  const std::size_t at = warning.rfind(kLanguageAdvice);
  if (at == std::string::npos) return warning;
  const std::string code = warning.substr(at + kLanguageAdvice.size());
  // Only the advice that ends the warning: a file's name may hold the same words.
  if (code.empty() || code.find_first_of(" ;:") != std::string::npos) return warning;
  return warning.substr(0, at) + ": give " + std::string(before) + code + std::string(after);
}

}  // namespace precis

#endif  // PRECIS_SRC_LANGUAGE_ADVICE_H_
