#include "simple_words.h"

namespace precis {
namespace {

enum class Kind {
  kLetter,      // UAX #29 ALetter: ASCII and Latin-1 letters, Œ œ Ÿ
  kDigit,       // Numeric: 0-9
  kApostrophe,  // ' (Single_Quote) and ’ (MidNumLet): join two letters
  kJoiner,      // . , ; : (MidNumLet, MidNum, MidLetter): may join letters or digits
  kSeparator,   // white space and punctuation that never join anything
  kUnknown,     // anything else: ICU's job
};

// The kind of the character that starts text[i], and its length in bytes.
Kind KindAt(std::string_view text, std::size_t i, std::size_t* length) {
  const auto lead = static_cast<unsigned char>(text[i]);
  *length = 1;
  if (lead < 0x80) {
    if ((lead >= 'a' && lead <= 'z') || (lead >= 'A' && lead <= 'Z')) return Kind::kLetter;
    if (lead >= '0' && lead <= '9') return Kind::kDigit;
    switch (lead) {
      case '\'':
        return Kind::kApostrophe;
      case '.':
      case ',':
      case ';':
      case ':':
        return Kind::kJoiner;
      case ' ':
      case '\t':
      case '\n':
      case '\r':
      case '!':
      case '"':
      case '$':
      case '%':
      case '&':
      case '(':
      case ')':
      case '+':
      case '-':
      case '/':
      case '<':
      case '=':
      case '>':
      case '?':
      case '[':
      case ']':
      case '|':
        return Kind::kSeparator;
      default:  // controls, '_' (ExtendNumLet), '#' and '*' (emoji bases), '@'...
        return Kind::kUnknown;
    }
  }
  if (i + 1 >= text.size()) return Kind::kUnknown;
  const auto second = static_cast<unsigned char>(text[i + 1]);
  if (lead == 0xC3 && second >= 0x80 && second <= 0xBF) {  // U+00C0-U+00FF
    *length = 2;
    return second == 0x97 || second == 0xB7 ? Kind::kUnknown : Kind::kLetter;  // but × ÷
  }
  if (lead == 0xC2) {  // U+0080-U+00BF: no-break space, « and » only
    *length = 2;
    return second == 0xA0 || second == 0xAB || second == 0xBB ? Kind::kSeparator : Kind::kUnknown;
  }
  if (lead == 0xC5) {  // U+0140-U+017F: Œ, œ and Ÿ only
    *length = 2;
    return second == 0x92 || second == 0x93 || second == 0xB8 ? Kind::kLetter : Kind::kUnknown;
  }
  if (lead == 0xE2 && i + 2 < text.size()) {
    const auto third = static_cast<unsigned char>(text[i + 2]);
    *length = 3;
    if (second == 0x80) {
      if (third == 0x99) return Kind::kApostrophe;  // ’
      // – — “ ” …
      if (third == 0x93 || third == 0x94 || third == 0x9C || third == 0x9D || third == 0xA6) {
        return Kind::kSeparator;
      }
    }
    if (second == 0x82 && third == 0xAC) return Kind::kSeparator;  // €
  }
  return Kind::kUnknown;
}

bool IsWordKind(Kind kind) { return kind == Kind::kLetter || kind == Kind::kDigit; }

}  // namespace

bool SimpleWords(std::string_view text, std::vector<SimpleWord>* words) {
  words->clear();
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t length = 0;
    const Kind run = KindAt(text, i, &length);
    if (run == Kind::kUnknown) return false;
    if (!IsWordKind(run)) {
      // A separator, or a mark that follows no word (inside a word, the loop below
      // reads it).
      i += length;
      continue;
    }
    const std::size_t begin = i;
    i += length;
    while (i < text.size()) {
      std::size_t next_length = 0;
      const Kind next = KindAt(text, i, &next_length);
      if (next == run) {
        i += next_length;
        continue;
      }
      if (next == Kind::kUnknown || IsWordKind(next)) return false;  // "G7", "1er"
      if (next == Kind::kSeparator) break;
      // An apostrophe or a joiner: what follows it decides.
      const std::size_t after = i + next_length;
      if (after == text.size()) break;
      std::size_t after_length = 0;
      const Kind following = KindAt(text, after, &after_length);
      if (following == Kind::kUnknown) return false;
      if (!IsWordKind(following)) break;
      if (next == Kind::kApostrophe && run == Kind::kLetter && following == Kind::kLetter) {
        i = after + after_length;  // "l'homme", "aujourd’hui"
        continue;
      }
      return false;  // "U.S", "6.700", "3,5", "l'11"
    }
    words->push_back({begin, i - begin, run == Kind::kDigit});
  }
  return true;
}

}  // namespace precis
