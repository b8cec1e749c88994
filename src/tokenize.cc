#include "tokenize.h"
#include <sstream>
#include <unicode/brkiter.h>
namespace precis {
Tokenizer::Tokenizer(const Language& l, const TokenizeOptions& o) : language_(l), options_(o) {}
Tokenizer::~Tokenizer() = default;
std::vector<std::string> Tokenizer::Terms(std::string_view s) {
  std::istringstream in{std::string(s)}; std::vector<std::string> t; std::string w;
  while (in >> w) t.push_back(w);
  return t;
}
}  // namespace precis
