#include "markdown_inline.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "ascii.h"
#include "character_references.h"

namespace precis {
namespace {

// The longest raw HTML tag read as such; longer ones are text.
constexpr std::size_t kMaxTag = 1024;

bool IsAsciiPunctuation(char c) {
  return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') ||
         (c >= '{' && c <= '~');
}

// What emphasis flanking asks of the character before or after a delimiter run.
enum class CharClass { kSpace, kPunctuation, kOther };

// `c` as decoded (negative for invalid bytes, which count as other characters).
CharClass ClassOf(UChar32 c) {
  if (c < 0) return CharClass::kOther;
  if (u_isUWhiteSpace(c)) return CharClass::kSpace;
  if (u_ispunct(c) || (c < 0x80 && IsAsciiPunctuation(static_cast<char>(c)))) {
    return CharClass::kPunctuation;
  }
  return CharClass::kOther;
}

// The start and the end of the text count as white space.
CharClass ClassBefore(std::string_view s, std::size_t at) {
  if (at == 0) return CharClass::kSpace;
  int32_t i = static_cast<int32_t>(at);
  UChar32 c = 0;
  U8_PREV(reinterpret_cast<const uint8_t*>(s.data()), 0, i, c);
  return ClassOf(c);
}

CharClass ClassAfter(std::string_view s, std::size_t at) {
  if (at >= s.size()) return CharClass::kSpace;
  int32_t i = static_cast<int32_t>(at);
  UChar32 c = 0;
  U8_NEXT(reinterpret_cast<const uint8_t*>(s.data()), i, static_cast<int32_t>(s.size()), c);
  return ClassOf(c);
}

// The first occurrence of `needle` at or after each position asked, for positions that
// never decrease: each stretch of the text is searched once, so a paragraph of a
// thousand unclosed "<" or "&" stays linear.
class ForwardFinder {
 public:
  ForwardFinder(std::string_view text, std::string_view needle) : text_(text), needle_(needle) {}
  std::size_t Next(std::size_t from) {
    if (!searched_ || (found_ != std::string_view::npos && found_ < from)) {
      found_ = text_.find(needle_, from);
      searched_ = true;
    }
    return found_;
  }

 private:
  std::string_view text_;
  std::string_view needle_;
  std::size_t found_ = std::string_view::npos;
  bool searched_ = false;
};

// One run of a paragraph's text, or a run of emphasis delimiters (* _ ~), which stays
// text unless matched.
struct Piece {
  bool delimiter = false;
  std::string text;
  bool can_open = false;
  bool can_close = false;
};

// A raw HTML tag or autolink at `at` ('<') whose '>' is at `close`: its length, or 0.
std::size_t TagOrAutolink(std::string_view s, std::size_t at, std::size_t close) {
  if (close == std::string_view::npos || close - at > kMaxTag) return 0;
  const std::string_view inner = s.substr(at + 1, close - at - 1);
  if (inner.empty()) return 0;
  std::size_t i = inner[0] == '/' ? 1 : 0;
  if (i >= inner.size() || !IsAsciiLetter(inner[i])) return 0;
  while (i < inner.size() &&
         (IsAsciiAlnum(inner[i]) || inner[i] == '-' || inner[i] == '+' || inner[i] == '.')) {
    ++i;
  }
  // An autolink: a scheme, a colon, no white space ("<https://x.fr/a>").
  if (i < inner.size() && inner[i] == ':' && inner[0] != '/') {
    return inner.find_first_of(" \t\n<") == std::string_view::npos ? close + 1 - at : 0;
  }
  // A tag: its name ends at white space, '/' or the end.
  if (i == inner.size() || inner[i] == ' ' || inner[i] == '\t' || inner[i] == '\n' ||
      inner[i] == '/') {
    return close + 1 - at;
  }
  return 0;
}

// Reads one paragraph's inline content (or a heading's, or a table cell's).
class InlineReader {
 public:
  explicit InlineReader(const std::unordered_set<std::string>& labels) : labels_(labels) {}

  // The text, with white space collapsed as a browser lays the rendered page out: what
  // was left out (an image, a tag) leaves no run of spaces behind.
  std::string Read(std::string_view s) {
    pieces_.clear();
    skips_.clear();
    FindCodeSpans(s);
    MatchBrackets(s);
    Tokenize(s);
    MatchEmphasis();
    std::string out;
    bool space = false;
    for (const Piece& piece : pieces_) {
      for (const char c : piece.text) {
        if (c == ' ' || c == '\t') {
          space = true;
          continue;
        }
        if (space && !out.empty() && out.back() != '\n' && c != '\n') out += ' ';
        space = false;
        out += c;
      }
    }
    return out;
  }

 private:
  struct CodeSpan {
    std::size_t content_begin;
    std::size_t content_end;
    std::size_t end;  // after the closing run
  };

  // Backtick runs pair with the next run of the same length; what lies between is code,
  // read as it is, and no other construct reaches inside.
  void FindCodeSpans(std::string_view s) {
    code_spans_.clear();
    std::vector<std::size_t> runs;
    std::vector<std::size_t> lengths;
    for (std::size_t i = 0; i < s.size();) {
      if (s[i] == '\\' && i + 1 < s.size()) {
        i += 2;
        continue;
      }
      if (s[i] != '`') {
        ++i;
        continue;
      }
      std::size_t n = 0;
      while (i + n < s.size() && s[i + n] == '`') ++n;
      runs.push_back(i);
      lengths.push_back(n);
      i += n;
    }
    std::vector<std::size_t> next_same(runs.size(), std::string_view::npos);
    std::unordered_map<std::size_t, std::size_t> later;
    for (std::size_t r = runs.size(); r-- > 0;) {
      const auto it = later.find(lengths[r]);
      if (it != later.end()) next_same[r] = it->second;
      later[lengths[r]] = r;
    }
    for (std::size_t r = 0; r < runs.size(); ++r) {
      if (next_same[r] == std::string_view::npos) continue;
      const std::size_t close = next_same[r];
      code_spans_[runs[r]] = {runs[r] + lengths[r], runs[close], runs[close] + lengths[close]};
      r = close;
    }
  }

  // Pairs [ with ] and ( with ), outside code spans and escapes.
  void MatchBrackets(std::string_view s) {
    matches_.clear();
    std::vector<std::size_t> squares;
    std::vector<std::size_t> rounds;
    for (std::size_t i = 0; i < s.size(); ++i) {
      const auto span = code_spans_.find(i);
      if (span != code_spans_.end()) {
        i = span->second.end - 1;
        continue;
      }
      const char c = s[i];
      if (c == '\\') {
        ++i;
      } else if (c == '[') {
        squares.push_back(i);
      } else if (c == '(') {
        rounds.push_back(i);
      } else if (c == ']' && !squares.empty()) {
        matches_[squares.back()] = i;
        squares.pop_back();
      } else if (c == ')' && !rounds.empty()) {
        matches_[rounds.back()] = i;
        rounds.pop_back();
      }
    }
  }

  std::size_t MatchOf(std::size_t at) const {
    const auto it = matches_.find(at);
    return it == matches_.end() ? std::string_view::npos : it->second;
  }

  // For "[" at `open` whose "]" is at `close`: where the link ends (after its
  // destination "(...)", its reference "[label]" or "[]", or its own "]" when its text is
  // a defined label), or npos when the brackets make no link.
  std::size_t LinkEnd(std::string_view s, std::size_t open, std::size_t close) const {
    const std::size_t after = close + 1;
    if (after < s.size() && s[after] == '(') {
      const std::size_t end = MatchOf(after);
      if (end != std::string_view::npos) return end + 1;
    }
    if (after < s.size() && s[after] == '[') {
      const std::size_t end = MatchOf(after);
      if (end != std::string_view::npos) {
        const bool defined =
            end == after + 1 || TrimBlanks(s.substr(after + 1, end - after - 1)).empty()
                ? Defined(s, open, close)
                : Defined(s, after, end);
        return defined ? end + 1 : std::string_view::npos;
      }
    }
    return Defined(s, open, close) ? after : std::string_view::npos;
  }

  // Whether the brackets at `open` and `close` hold a defined label. CommonMark's labels
  // hold at most 999 characters: without that bound, text nested d brackets deep
  // ("[[[...]]]") would copy every bracket's inside, d times its length.
  bool Defined(std::string_view s, std::size_t open, std::size_t close) const {
    constexpr std::size_t kMaxLabel = 999;
    if (labels_.empty() || close - open - 1 > kMaxLabel * 4) return false;
    return labels_.count(AsciiLowered(TrimBlanks(s.substr(open + 1, close - open - 1)))) > 0;
  }

  void AddText(std::string_view text) {
    if (text.empty()) return;
    if (pieces_.empty() || pieces_.back().delimiter) pieces_.emplace_back();
    pieces_.back().text.append(text);
  }

  void Tokenize(std::string_view s) {
    ForwardFinder semicolons(s, ";");
    ForwardFinder closing_angles(s, ">");
    ForwardFinder comment_ends(s, "-->");
    std::size_t i = 0;
    while (i < s.size()) {
      const char c = s[i];
      const auto span = code_spans_.find(i);
      if (span != code_spans_.end()) {
        std::string_view code = s.substr(span->second.content_begin,
                                         span->second.content_end - span->second.content_begin);
        // One space on each side is padding, when the code is not all spaces.
        if (code.size() >= 2 && code.front() == ' ' && code.back() == ' ' &&
            code.find_first_not_of(' ') != std::string_view::npos) {
          code = code.substr(1, code.size() - 2);
        }
        AddText(code);
        i = span->second.end;
        continue;
      }
      if (c == '\\' && i + 1 < s.size() && IsAsciiPunctuation(s[i + 1])) {
        AddText(s.substr(i + 1, 1));
        i += 2;
        continue;
      }
      if (c == '&') {
        const std::size_t end = semicolons.Next(i);
        std::string decoded;
        if (end != std::string_view::npos && end - i < kMaxCharacterReference &&
            AppendCharacterReference(s.substr(i, end - i + 1), &decoded)) {
          AddText(decoded);
          i = end + 1;
          continue;
        }
      }
      if (c == '<') {
        if (s.compare(i, 4, "<!--") == 0) {
          const std::size_t end = comment_ends.Next(i + 4);
          if (end != std::string_view::npos) {
            i = end + 3;
            continue;
          }
        }
        const std::size_t length = TagOrAutolink(s, i, closing_angles.Next(i + 1));
        if (length > 0) {
          i += length;
          continue;
        }
      }
      const bool image = c == '!' && i + 1 < s.size() && s[i + 1] == '[';
      if (image || c == '[') {
        const std::size_t open = image ? i + 1 : i;
        const std::size_t close = MatchOf(open);
        const std::size_t end = close == std::string_view::npos ? close : LinkEnd(s, open, close);
        if (end != std::string_view::npos) {
          // An image goes whole, as html_text.h leaves <img> out; so does a footnote's
          // call, "[^1]" with "[^1]: ..." defined, whose note is left out with the other
          // definitions ("un record[^1]." is "un record."); a link keeps its text.
          const bool footnote =
              !image && end == close + 1 && close > open + 1 && s[open + 1] == '^';
          if (image || footnote) {
            i = end;
          } else {
            skips_[close] = end;
            i = open + 1;
          }
          continue;
        }
      }
      if (c == ']') {
        const auto skip = skips_.find(i);
        if (skip != skips_.end()) {
          i = skip->second;
          continue;
        }
      }
      if (c == '*' || c == '_' || c == '~') {
        std::size_t n = 0;
        while (i + n < s.size() && s[i + n] == c) ++n;
        AddDelimiter(s, i, n);
        i += n;
        continue;
      }
      std::size_t end = i + 1;
      while (end < s.size() &&
             std::string_view("`\\&<![]*_~").find(s[end]) == std::string_view::npos) {
        ++end;
      }
      AddText(s.substr(i, end - i));
      i = end;
    }
  }

  void AddDelimiter(std::string_view s, std::size_t at, std::size_t n) {
    Piece piece;
    piece.delimiter = true;
    piece.text = std::string(s.substr(at, n));
    const CharClass before = ClassBefore(s, at);
    const CharClass after = ClassAfter(s, at + n);
    const bool left = after != CharClass::kSpace &&
                      (after != CharClass::kPunctuation || before != CharClass::kOther);
    const bool right = before != CharClass::kSpace &&
                       (before != CharClass::kPunctuation || after != CharClass::kOther);
    if (s[at] == '_') {
      piece.can_open = left && (!right || before == CharClass::kPunctuation);
      piece.can_close = right && (!left || after == CharClass::kPunctuation);
    } else if (s[at] == '~') {
      // Strikethrough (GitHub's): two tildes exactly.
      piece.can_open = n == 2 && left;
      piece.can_close = n == 2 && right;
    } else {
      piece.can_open = left;
      piece.can_close = right;
    }
    pieces_.push_back(std::move(piece));
  }

  // A closing run takes the characters of the nearest openers of its kind; what stays
  // unmatched is text.
  void MatchEmphasis() {
    std::unordered_map<char, std::vector<std::size_t>> openers;
    for (std::size_t p = 0; p < pieces_.size(); ++p) {
      Piece& closer = pieces_[p];
      if (!closer.delimiter) continue;
      std::vector<std::size_t>& waiting = openers[closer.text[0]];
      std::size_t left = closer.text.size();
      if (closer.can_close) {
        while (left > 0 && !waiting.empty()) {
          Piece& opener = pieces_[waiting.back()];
          const std::size_t matched = std::min(left, opener.text.size());
          opener.text.resize(opener.text.size() - matched);
          left -= matched;
          if (opener.text.empty()) waiting.pop_back();
        }
      }
      const bool opens = left > 0 && closer.can_open;
      closer.text.resize(left);
      if (opens) waiting.push_back(p);
    }
  }

  const std::unordered_set<std::string>& labels_;
  std::unordered_map<std::size_t, CodeSpan> code_spans_;
  std::unordered_map<std::size_t, std::size_t> matches_;  // [ -> ], ( -> )
  std::unordered_map<std::size_t, std::size_t> skips_;    // a link's ] -> its end
  std::vector<Piece> pieces_;
};

}  // namespace

std::string MarkdownInlineText(std::string_view text,
                               const std::unordered_set<std::string>& labels) {
  return InlineReader(labels).Read(text);
}

}  // namespace precis
