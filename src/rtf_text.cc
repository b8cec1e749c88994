#include "rtf_text.h"

#include <algorithm>
#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "affix.h"
#include "ascii.h"
#include "contains.h"
#include "converter.h"
#include "decode.h"
#include "paragraph_text.h"
#include "symbol_font.h"
#include "utf8.h"

namespace precis {
namespace {

// Destinations that hold no body text, whether or not the writer marked them
// ignorable with \*: tables of the document's resources, metadata, pictures and
// objects, the other parts of the page, field instructions and list numbers (which
// DOCX and ODT readers do not show either).
constexpr std::string_view kSkippedDestinations[] = {
    "colortbl",  "stylesheet", "listtable",    "listoverridetable",
    "revtbl",    "rsidtbl",   "info",         "generator", "pict",
    "object",    "shp",       "shpinst",      "shprslt",   "nonshppict",
    "header",    "headerl",   "headerr",      "headerf",   "footer",
    "footerl",   "footerr",   "footerf",      "footnote",  "annotation",
    "fldinst",   "listtext",  "pntext",       "pntxta",    "pntxtb",
    "template",  "userprops", "docvar",       "ftnsep",    "ftnsepc",
    "aftnsep",   "aftnsepc",  "xe",           "tc",        "txe",
    "themedata", "datastore", "latentstyles", "xmlnstbl",  "filetbl",
};

// Control words that end a paragraph: a paragraph, a table cell or row, a section or a
// page.
constexpr std::string_view kParagraphEnds[] = {"par",  "sect",     "page",   "row",
                                               "cell", "nestcell", "nestrow"};

struct NamedText {
  std::string_view word;
  std::string_view text;
};
constexpr NamedText kNamedTexts[] = {
    {"line", "\n"},          {"tab", " "},
    {"emspace", " "},        {"enspace", " "},
    {"qmspace", " "},        {"emdash", "\u2014"},
    {"endash", "\u2013"},    {"lquote", "\u2018"},
    {"rquote", "\u2019"},    {"ldblquote", "\u201C"},
    {"rdblquote", "\u201D"}, {"bullet", "\u2022"},
};

// RTF's limits on a control word (RTF 1.9.1, "Conventions of an RTF Reader").
constexpr std::size_t kMaxWordLetters = 32;
constexpr std::size_t kMaxParameterDigits = 10;

// The code page of a font's \fcharsetN (RTF 1.9.1, "Font Table"), for older documents that
// write Cyrillic, Greek or Central European text as bytes in a font of that script rather
// than as \uN. 0 (ANSI) and 1 (default) read in the document's code page, 2 (symbol) as
// its font (CurrentSymbolKind).
struct FontCharset {
  long charset;
  long code_page;
};
constexpr FontCharset kFontCharsets[] = {
    {77, 10000}, {128, 932},  {129, 949},  {130, 1361}, {134, 936},
    {136, 950},  {161, 1253}, {162, 1254}, {163, 1258}, {177, 1255},
    {178, 1256}, {186, 1257}, {204, 1251}, {222, 874},  {238, 1250},
    {254, 437},  {255, 850},
};

// \fcharset2: a symbol font, whose codes are signs or pictographs, not a code page's.
constexpr long kSymbolCharset = 2;
// A font name longer than this is no font's: the rest is not kept.
constexpr std::size_t kMaxFontNameBytes = 64;

// No font chosen (\fN), or a font without a code page of its own.
constexpr long kNoFont = -1;

struct Group {
  bool skipped = false;  // a destination with no body text
  bool font_table = false;  // \fonttbl: its \fN name fonts rather than choose one
  long font = kNoFont;      // \fN: the font of the text
  bool hidden = false;   // \v
  bool deleted = false;  // \deleted: a revision's deleted text
  long fallback = 1;     // \ucN: characters that stand for each \uN in older readers
};

// The converter for a code page number (10000 is Mac Roman, as Windows numbers it), or
// none when ICU does not know it.
Converter CodePageOrNone(long number) {
  const std::string digits = std::to_string(number);
  if (number == 65001) return TryOpenConverter("UTF-8");
  if (number == 10000) return TryOpenConverter("macintosh");
  for (const std::string& name : {"windows-" + digits, "cp" + digits, "ibm-" + digits}) {
    if (Converter converter = TryOpenConverter(name)) return converter;
  }
  return Converter();
}

// The converter for the document's code page (\ansicpgN), Windows-1252 when ICU does not
// know it.
Converter CodePage(long number) {
  Converter converter = CodePageOrNone(number);
  return converter ? std::move(converter) : TryOpenConverter("windows-1252");
}

class RtfReader {
 public:
  RtfReader(std::string_view rtf, bool raw_utf8)
      : rtf_(rtf), code_page_(CodePage(1252)), raw_utf8_(raw_utf8) {}

  std::string Read() {
    std::size_t at = 0;
    while (at < rtf_.size()) {
      const char c = rtf_[at];
      if (c == '{') {
        BeginGroup();
        ++at;
      } else if (c == '}') {
        if (!EndGroup()) break;  // the document's own group has closed
        ++at;
      } else if (c == '\\') {
        at = Control(at);
      } else if (c == '\r' || c == '\n') {
        ++at;  // line ends in RTF source are not text
      } else if (c == '\t') {
        Text(" ");
        ++at;
      } else if (raw_utf8_ && static_cast<unsigned char>(c) >= 0x80) {
        at += Utf8Character(at);
      } else {
        Byte(c);
        ++at;
      }
    }
    Flush();
    return out_.Finish();
  }

 private:
  Group& Current() { return groups_.back(); }
  bool Visible() const {
    const Group& group = groups_.back();
    return !group.skipped && !group.hidden && !group.deleted;
  }

  void BeginGroup() {
    Flush();
    fallback_left_ = 0;
    groups_.push_back(groups_.back());
  }

  // False when the group closed is the document's outermost.
  bool EndGroup() {
    Flush();
    fallback_left_ = 0;
    if (groups_.size() > 1) groups_.pop_back();
    return groups_.size() > 1;
  }

  // Reads the control word or symbol at `at` (a backslash) and returns where the next
  // token starts.
  std::size_t Control(std::size_t at) {
    ++at;
    if (at >= rtf_.size()) return at;
    const char first = rtf_[at];
    if (IsAsciiLetter(first)) {
      const std::size_t start = at;
      while (at < rtf_.size() && at - start < kMaxWordLetters && IsAsciiLetter(rtf_[at])) ++at;
      const std::string_view word = rtf_.substr(start, at - start);
      bool has_parameter = false;
      long parameter = 0;
      bool negative = false;
      if (at < rtf_.size() && rtf_[at] == '-') {
        negative = true;
        ++at;
      }
      const std::size_t digits = at;
      while (at < rtf_.size() && at - digits < kMaxParameterDigits && IsAsciiDigit(rtf_[at])) {
        parameter = parameter * 10 + (rtf_[at] - '0');
        has_parameter = true;
        ++at;
      }
      if (negative) parameter = -parameter;
      if (at < rtf_.size() && rtf_[at] == ' ') ++at;  // the delimiter is part of the word
      if (word == "bin" && has_parameter && parameter > 0) {
        // Binary data, whatever bytes it holds: braces and backslashes in it are not RTF.
        return at + std::min(static_cast<std::size_t>(parameter), rtf_.size() - at);
      }
      Word(word, has_parameter, parameter);
      return at;
    }
    if (first == '\'') {
      if (at + 2 < rtf_.size()) {
        const int high = HexDigitValue(rtf_[at + 1]);
        const int low = HexDigitValue(rtf_[at + 2]);
        if (high >= 0 && low >= 0) {
          Byte(static_cast<char>(high * 16 + low));
          return at + 3;
        }
      }
      return at + 1;  // what follows a \' without its two digits is text
    }
    ControlSymbol(first);
    return at + 1;
  }

  void Word(std::string_view word, bool has_parameter, long parameter) {
    Flush();
    if (fallback_left_ > 0) {
      --fallback_left_;  // a control word counts as one fallback character
      return;
    }
    const bool on = !has_parameter || parameter != 0;
    if (Contains(kSkippedDestinations, word)) {
      Current().skipped = true;
    } else if (word == "fonttbl") {
      Current().skipped = Current().font_table = true;
    } else if (word == "f" && has_parameter) {
      if (Current().font_table) {
        defined_font_ = parameter;
        font_entry_depth_ = groups_.size();
      } else {
        Current().font = parameter;
      }
    } else if (word == "fcharset" && has_parameter && Current().font_table) {
      if (parameter == kSymbolCharset) symbol_charset_fonts_.insert(defined_font_);
      for (const FontCharset& charset : kFontCharsets) {
        if (charset.charset == parameter) font_code_pages_[defined_font_] = charset.code_page;
      }
    } else if (word == "cpg" && has_parameter && Current().font_table) {
      font_code_pages_[defined_font_] = parameter;
    } else if (word == "deff" && has_parameter) {
      Current().font = parameter;
    } else if (Contains(kParagraphEnds, word)) {
      if (Visible()) out_.EndParagraph();
    } else if (word == "u" && has_parameter) {
      Unicode(parameter < 0 ? parameter + 0x10000 : parameter);
      fallback_left_ = Current().fallback;
    } else if (word == "uc" && has_parameter) {
      Current().fallback = std::clamp(parameter, 0L, 16L);
    } else if (word == "v") {
      Current().hidden = on;
    } else if (word == "deleted") {
      Current().deleted = on;
    } else if (word == "plain") {
      Current().hidden = Current().deleted = false;
    } else if (word == "ansicpg" && has_parameter) {
      code_page_ = CodePage(parameter);
    } else if (word == "mac") {
      code_page_ = CodePage(10000);
    } else if (word == "pc") {
      code_page_ = CodePage(437);
    } else if (word == "pca") {
      code_page_ = CodePage(850);
    } else {
      for (const NamedText& named : kNamedTexts) {
        if (word == named.word) Text(named.text);
      }
    }
  }

  void ControlSymbol(char c) {
    Flush();
    switch (c) {
      case '*':  // an ignorable destination: one this reader has no use for
        Current().skipped = true;
        return;
      case '\\':
      case '{':
      case '}':
        Byte(c);
        return;
      case '~':
        Text("\u00A0");
        return;
      case '_':
        Text("-");
        return;
      case '\r':
      case '\n':  // a backslash before a line end is \par
        if (Visible()) out_.EndParagraph();
        return;
    }
    // \- (an optional hyphen), \| and \: (formulas, index entries): not text.
  }

  // The UTF-8 character at `at` in source that was Unicode text, as one character of
  // text (a fallback skips it whole); its length, or 1 for a byte that starts none.
  std::size_t Utf8Character(std::size_t at) {
    std::size_t subpart = 0;
    const std::size_t length = WellFormedUtf8Length(
        reinterpret_cast<const unsigned char*>(rtf_.data()) + at, rtf_.size() - at, &subpart);
    if (length == 0) return 1;
    if (fallback_left_ > 0) {
      --fallback_left_;
    } else if (Visible()) {
      Flush();
      out_.Literal(rtf_.substr(at, length));
    }
    return length;
  }

  // A byte of text in the document's code page.
  void Byte(char c) {
    if (fallback_left_ > 0) {
      --fallback_left_;
      return;
    }
    // A font's name, "Symbol;", is the font table's text; not that of the groups inside
    // its entry (a {\*\panose} number, an {\*\falt} alternative).
    if (Current().font_table && groups_.size() == font_entry_depth_) {
      std::string& name = font_names_[defined_font_];
      if (name.size() < kMaxFontNameBytes) name.push_back(c);
    }
    if (!Visible() || static_cast<unsigned char>(c) < 0x20) return;
    pending_.push_back(c);
  }

  void Unicode(long unit) {
    if (unit >= 0xD800 && unit < 0xDC00) {
      high_surrogate_ = unit;
      return;
    }
    long c = unit;
    if (unit >= 0xDC00 && unit < 0xE000) {
      if (high_surrogate_ == 0) return;
      c = 0x10000 + ((high_surrogate_ - 0xD800) << 10) + (unit - 0xDC00);
    }
    high_surrogate_ = 0;
    if (c < 0x20 || c > 0x10FFFF) return;
    // Word writes a symbol font's codes as private-use characters, U+F020 to U+F0FF.
    if (c >= 0xF020 && c <= 0xF0FF) {
      const SymbolKind kind = CurrentSymbolKind();
      if (kind == SymbolKind::kPictographs) return;
      if (kind == SymbolKind::kSymbol) c = SymbolFontCharacter(static_cast<UChar32>(c));
      if (c < 0) return;
    }
    std::string utf8;
    AppendUtf8(static_cast<UChar32>(c), &utf8);
    Text(utf8);
  }

  void Text(std::string_view utf8) {
    Flush();
    if (Visible()) out_.Literal(utf8);
  }

  // The converter for the bytes of the current font: its own code page, if its
  // \fcharset or \cpg names one ICU knows, else the document's.
  UConverter* FontConverter() {
    const auto font = font_code_pages_.find(Current().font);
    if (font == font_code_pages_.end()) return code_page_.get();
    auto open = font_converters_.find(font->second);
    if (open == font_converters_.end()) {
      open = font_converters_.emplace(font->second, CodePageOrNone(font->second)).first;
    }
    return open->second ? open->second.get() : code_page_.get();
  }

  // What the current font's codes are: the Symbol font's signs, a symbol font's
  // pictographs (Wingdings' bullets and ticks, \fcharset2 under another name), which no
  // code page reads and which are dropped rather than read as letters, or text.
  enum class SymbolKind { kText, kSymbol, kPictographs };
  SymbolKind CurrentSymbolKind() {
    const auto name = font_names_.find(Current().font);
    if (name != font_names_.end() && IsSymbolFont(name->second)) return SymbolKind::kSymbol;
    return symbol_charset_fonts_.count(Current().font) > 0 ? SymbolKind::kPictographs
                                                           : SymbolKind::kText;
  }

  // Converts the bytes gathered so far, which may be a multi-byte code page's pairs.
  void Flush() {
    if (pending_.empty()) return;
    const SymbolKind kind = CurrentSymbolKind();
    if (kind != SymbolKind::kText) {
      for (const char c : pending_) {
        const UChar32 sign =
            kind == SymbolKind::kSymbol ? SymbolFontCharacter(static_cast<unsigned char>(c)) : -1;
        if (sign >= 0) {
          std::string utf8;
          AppendUtf8(sign, &utf8);
          out_.Literal(utf8);
        }
      }
    } else if (UConverter* converter = FontConverter()) {
      out_.Literal(ToUtf8(pending_, converter));
    } else {  // no converter at all: ASCII is the one safe reading
      for (char c : pending_) {
        if (static_cast<unsigned char>(c) < 0x80) out_.Literal(std::string_view(&c, 1));
      }
    }
    pending_.clear();
  }

  std::string_view rtf_;
  Converter code_page_;
  long defined_font_ = kNoFont;                  // the font table's entry being read
  std::size_t font_entry_depth_ = 0;             // the depth of its group
  std::map<long, std::string> font_names_;       // font number -> name, as written
  std::set<long> symbol_charset_fonts_;          // the fonts of \fcharset2
  std::map<long, long> font_code_pages_;         // font number -> code page
  std::map<long, Converter> font_converters_;    // code page -> converter, opened once
  std::vector<Group> groups_ = {Group()};  // the state outside any group, then each group's
  std::string pending_;
  long fallback_left_ = 0;
  long high_surrogate_ = 0;
  bool raw_utf8_ = false;
  ParagraphText out_;
};

}  // namespace

bool LooksLikeRtf(std::string_view bytes) { return StartsWith(bytes, "{\\rtf"); }

std::string ReadRtfText(std::string_view bytes, bool raw_utf8) {
  return RtfReader(bytes, raw_utf8).Read();
}

}  // namespace precis
