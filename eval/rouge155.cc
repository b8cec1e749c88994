// ROUGE-1.5.5 mode. Tokenization, truncation and flags follow the Perl script (ROUGE-1.5.5,
// Lin 2004): its readText (SPL input, -l/-b), its cleanup regexes and its createNGram
// (stopwords, token filter, stemming). Comments name the quirks reproduced on purpose.
#include "rouge155.h"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "porter_stemmer.h"
#include "precis/error.h"

// Generated at build time from eval/data/smart_common_words.txt (cmake/EmbedText.cmake).
namespace precis::data {
extern const char k_smart_common_words[];
}  // namespace precis::data

namespace precis::eval {
namespace {

// Perl's \s on a byte string: ASCII blanks only (not 0x85 or 0xA0).
bool IsPerlSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

bool IsAsciiAlnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// The script's stopword hash: one key per line of the file, taken as it stands.
const std::unordered_set<std::string_view>& SmartStopwords() {
  static const std::unordered_set<std::string_view> words = [] {
    std::unordered_set<std::string_view> set;
    std::string_view rest(data::k_smart_common_words);
    while (!rest.empty()) {
      const std::size_t eol = rest.find('\n');
      set.insert(rest.substr(0, eol));
      rest = eol == std::string_view::npos ? std::string_view() : rest.substr(eol + 1);
    }
    return set;
  }();
  return words;
}

// Perl's split(/\s+/, $line): a line that starts with blanks yields an empty first field,
// and trailing empty fields are dropped, so an all-blank line has none. The script counts
// these fields as the line's words for -l.
std::vector<std::string_view> PerlSplit(std::string_view line) {
  std::vector<std::string_view> fields;
  std::size_t i = 0;
  if (i < line.size() && IsPerlSpace(line[i])) {
    while (i < line.size() && IsPerlSpace(line[i])) ++i;
    if (i == line.size()) return fields;
    fields.emplace_back();
  }
  while (i < line.size()) {
    const std::size_t begin = i;
    while (i < line.size() && !IsPerlSpace(line[i])) ++i;
    fields.push_back(line.substr(begin, i - begin));
    while (i < line.size() && IsPerlSpace(line[i])) ++i;
  }
  return fields;
}

// Lines as the script reads them with SPL input: split at '\n' (chomp removes nothing else,
// so a CR stays and later becomes a blank), the empty ones skipped, A-Z lowercased.
std::vector<std::string> ReadLines(std::string_view text) {
  std::vector<std::string> lines;
  while (!text.empty()) {
    const std::size_t eol = text.find('\n');
    std::string line(text.substr(0, eol));
    text = eol == std::string_view::npos ? std::string_view() : text.substr(eol + 1);
    if (line.empty()) continue;
    for (char& c : line) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    lines.push_back(std::move(line));
  }
  return lines;
}

// -l: whole lines while the running word count stays below the limit; the line that reaches
// it keeps its first (limit - count) fields, joined by single spaces. Words are counted
// before any cleanup: "U.S.-led" is one word here and three tokens later.
void TruncateWords(std::vector<std::string>& lines, std::size_t limit) {
  std::size_t count = 0;
  for (std::size_t k = 0; k < lines.size(); ++k) {
    const std::vector<std::string_view> fields = PerlSplit(lines[k]);
    if (count + fields.size() < limit) {
      count += fields.size();
      continue;
    }
    std::string kept;
    for (std::size_t f = 0; f < limit - count; ++f) {
      if (f > 0) kept += ' ';
      kept += fields[f];
    }
    lines[k] = std::move(kept);
    lines.resize(k + 1);
    return;
  }
}

// -b: the same with bytes (of the lowercased line, blanks and punctuation included; the
// spaces that join lines do not count). The cut may fall inside a word, or a UTF-8 letter.
void TruncateBytes(std::vector<std::string>& lines, std::size_t limit) {
  std::size_t count = 0;
  for (std::size_t k = 0; k < lines.size(); ++k) {
    if (count + lines[k].size() < limit) {
      count += lines[k].size();
      continue;
    }
    lines[k].resize(limit - count);
    lines.resize(k + 1);
    return;
  }
}

std::string FlagName(char flag) { return std::string("-") + flag; }

[[noreturn]] void BadValue(char flag, const std::string& value, const std::string& expected) {
  throw Error(ErrorCode::kInvalidOptions, FlagName(flag),
              "bad value \"" + value + "\": expected " + expected);
}

long long ParseInteger(char flag, const std::string& value) {
  errno = 0;
  char* end = nullptr;
  const long long number = std::strtoll(value.c_str(), &end, 10);
  if (value.empty() || *end != '\0' || errno == ERANGE) BadValue(flag, value, "an integer");
  return number;
}

double ParseNumber(char flag, const std::string& value) {
  errno = 0;
  char* end = nullptr;
  const double number = std::strtod(value.c_str(), &end);
  if (value.empty() || *end != '\0' || errno == ERANGE) BadValue(flag, value, "a number");
  return number;
}

std::size_t ParseCount(char flag, const std::string& value) {
  const long long number = ParseInteger(flag, value);
  if (number < 0) BadValue(flag, value, "a count >= 0");
  return static_cast<std::size_t>(number);
}

}  // namespace

Rouge155Flags ParseRouge155Flags(const std::vector<std::string>& args) {
  Rouge155Flags flags;
  bool word_limit_given = false, byte_limit_given = false, unigrams = false;
  long long skip_distance = 0;
  bool skip_given = false;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    if (arg.size() < 2 || arg[0] != '-') {
      throw Error(ErrorCode::kInvalidOptions, arg,
                  "not a ROUGE-1.5.5 flag (precis-eval gives the texts itself)");
    }
    // Getopt::Std with the script's spec "ahHb:c:de:f:l:mMn:p:st:r:2:3:w:uUvxz:".
    for (std::size_t pos = 1; pos < arg.size(); ++pos) {
      const char flag = arg[pos];
      if (std::strchr("ahHdMvx", flag) != nullptr) continue;  // output and selection only
      if (flag == 'm') {
        flags.stem = true;
        continue;
      }
      if (flag == 's') {
        flags.remove_stopwords = true;
        continue;
      }
      if (flag == 'u' || flag == 'U') {
        unigrams = true;
        continue;
      }
      if (std::strchr("bceflnprt23wz", flag) == nullptr) {
        throw Error(ErrorCode::kInvalidOptions, FlagName(flag), "unknown ROUGE-1.5.5 flag");
      }
      std::string value;
      if (pos + 1 < arg.size()) {
        value = arg.substr(pos + 1);
      } else if (i + 1 < args.size()) {
        value = args[++i];
      } else {
        throw Error(ErrorCode::kInvalidOptions, FlagName(flag), "needs a value");
      }
      switch (flag) {
        case 'n': {
          const std::size_t n = ParseCount(flag, value);
          if (n == 0) BadValue(flag, value, "an n-gram size >= 1");
          flags.max_n = n;
          break;
        }
        case 'l':
          flags.word_limit = ParseCount(flag, value);
          word_limit_given = true;
          break;
        case 'b':
          flags.byte_limit = ParseCount(flag, value);
          byte_limit_given = true;
          break;
        case 'f':
          if (value == "A") {
            flags.rouge.multi_reference = MultiReference::kAverage;
          } else if (value == "B") {
            flags.rouge.multi_reference = MultiReference::kBest;
          } else {
            BadValue(flag, value, "A (model average) or B (best model)");
          }
          break;
        case 'p': {
          const double alpha = ParseNumber(flag, value);
          if (!(alpha >= 0.0 && alpha <= 1.0)) BadValue(flag, value, "an alpha in [0, 1]");
          flags.rouge.alpha = alpha;
          break;
        }
        case '2':
          skip_distance = ParseInteger(flag, value);
          skip_given = true;
          break;
        case 'c': {
          const double confidence = ParseNumber(flag, value);
          if (!(confidence >= 0.0 && confidence <= 100.0)) {
            BadValue(flag, value, "a confidence level in [0, 100]");
          }
          break;
        }
        case 'r':
          ParseInteger(flag, value);
          break;
        case 't':
          // -t 1 averages over tokens rather than summaries, and -t 2 prints raw counts:
          // figures precis-eval does not compute, which must not pass for them.
          if (ParseInteger(flag, value) != 0) {
            BadValue(flag, value,
                     "0: precis-eval averages over summaries, as -t 0 does (token-level "
                     "averaging, -t 1, and raw counts, -t 2, are not computed)");
          }
          break;
        case 'w':
          if (!(ParseNumber(flag, value) > 0.0)) BadValue(flag, value, "a weight > 0");
          break;
        default:  // -e DIR, -z FORMAT, -3 MODE: any text
          break;
      }
      break;  // the value ended this argument
    }
  }
  if (word_limit_given && byte_limit_given) {
    throw Error(ErrorCode::kInvalidOptions, "-l",
                "give a length limit in words (-l) or in bytes (-b), not both");
  }
  if (skip_given) {
    // The script takes a negative distance as "no limit".
    flags.rouge.skip_distance = skip_distance < 0 ? std::numeric_limits<std::size_t>::max()
                                                  : static_cast<std::size_t>(skip_distance);
    flags.rouge.skip_unigrams = unigrams;
  }
  return flags;
}

struct Rouge155Tokenizer::State {
  Rouge155Flags flags;
  std::unordered_map<std::string, std::string> stems;  // Rouge155Stem is the slow part
};

Rouge155Tokenizer::Rouge155Tokenizer(const Rouge155Flags& flags)
    : state_(std::make_unique<State>()) {
  state_->flags = flags;
}

Rouge155Tokenizer::~Rouge155Tokenizer() = default;

TokenizedText Rouge155Tokenizer::Tokenize(std::string_view text) {
  const Rouge155Flags& flags = state_->flags;
  std::vector<std::string> lines = ReadLines(text);
  // The script applies only one limit (the flag parser refuses both), words first.
  if (flags.word_limit > 0) {
    TruncateWords(lines, flags.word_limit);
  } else if (flags.byte_limit > 0) {
    TruncateBytes(lines, flags.byte_limit);
  }

  const std::unordered_set<std::string_view>& stopwords = SmartStopwords();
  TokenizedText sentences;
  for (const std::string& line : lines) {
    std::vector<std::string> tokens;
    // '-' becomes a token of its own, and every byte outside [A-Za-z0-9-] a blank; the
    // tokens that do not start with [a-z0-9] are then dropped, which leaves the runs of
    // ASCII letters and digits ('-' and every other byte end a token).
    std::size_t i = 0;
    while (i < line.size()) {
      if (!IsAsciiAlnum(line[i])) {
        ++i;
        continue;
      }
      const std::size_t begin = i;
      while (i < line.size() && IsAsciiAlnum(line[i])) ++i;
      std::string token = line.substr(begin, i - begin);
      if (flags.remove_stopwords && stopwords.count(token) > 0) continue;
      if (flags.stem && token.size() > 3) {
        auto found = state_->stems.find(token);
        if (found == state_->stems.end()) {
          found = state_->stems.emplace(token, Rouge155Stem(token)).first;
        }
        token = found->second;
      }
      tokens.push_back(std::move(token));
    }
    if (!tokens.empty()) sentences.push_back(std::move(tokens));
  }
  return sentences;
}

}  // namespace precis::eval
