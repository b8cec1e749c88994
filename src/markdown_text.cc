#include "markdown_text.h"

#include <algorithm>
#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "ascii.h"
#include "next_line.h"
#include "contains.h"
#include "html_text.h"
#include "markdown_inline.h"
#include "text_measure.h"

namespace precis {
namespace {

// How far LooksLikeMarkdown reads: a page of any article holds its marks.
constexpr std::size_t kSniffBytes = 64 * 1024;
// A front matter block or a reader's header longer than this many lines is not one.
constexpr std::size_t kMaxHeaderLines = 200;

std::vector<std::string_view> SplitLines(std::string_view text) {
  std::vector<std::string_view> lines;
  for (std::size_t at = 0; at < text.size();) lines.push_back(NextLine(text, &at));
  return lines;
}

// Columns of leading white space, a tab to the next multiple of 4.
std::size_t Indent(std::string_view line) {
  std::size_t columns = 0;
  for (const char c : line) {
    if (c == ' ') {
      ++columns;
    } else if (c == '\t') {
      columns += 4 - columns % 4;
    } else {
      break;
    }
  }
  return columns;
}

bool IsBlank(std::string_view line) { return TrimBlanks(line).empty(); }

// The line after at most three spaces of indentation; false when it is indented more,
// and no block marker may start it.
bool StripIndent(std::string_view line, std::string_view* rest) {
  std::size_t spaces = 0;
  while (spaces < line.size() && line[spaces] == ' ') ++spaces;
  if (spaces > 3) return false;
  *rest = line.substr(spaces);
  return true;
}

// "# Titre ##" -> "Titre": an ATX heading's text, or false.
bool AtxHeading(std::string_view line, std::string_view* text) {
  std::string_view rest;
  if (!StripIndent(line, &rest)) return false;
  std::size_t hashes = 0;
  while (hashes < rest.size() && rest[hashes] == '#') ++hashes;
  if (hashes == 0 || hashes > 6) return false;
  if (hashes < rest.size() && rest[hashes] != ' ' && rest[hashes] != '\t') return false;
  std::string_view content = TrimBlanks(rest.substr(hashes));
  // A closing sequence of #s after a space is not part of the text.
  std::size_t end = content.size();
  while (end > 0 && content[end - 1] == '#') --end;
  if (end == 0) {
    content = {};
  } else if (end < content.size() && (content[end - 1] == ' ' || content[end - 1] == '\t')) {
    content = TrimBlanksRight(content.substr(0, end));
  }
  *text = content;
  return true;
}

// "```" or "~~~~" opening or closing a fenced code block: its character and length.
bool CodeFence(std::string_view line, char* fence_char, std::size_t* length) {
  std::string_view rest;
  if (!StripIndent(line, &rest) || rest.empty() || (rest[0] != '`' && rest[0] != '~')) {
    return false;
  }
  std::size_t n = 0;
  while (n < rest.size() && rest[n] == rest[0]) ++n;
  if (n < 3) return false;
  // An info string may follow a backtick fence, but holds no backtick.
  if (rest[0] == '`' && rest.find('`', n) != std::string_view::npos) return false;
  *fence_char = rest[0];
  *length = n;
  return true;
}

// A line of one of - * _ = (and spaces): a thematic break, or a setext heading's
// underline when it follows a paragraph (any number of = or -, no inner spaces).
enum class Rule { kNone, kBreak, kUnderline };

Rule RuleLine(std::string_view line, bool after_paragraph) {
  std::string_view rest;
  if (!StripIndent(line, &rest)) return Rule::kNone;
  rest = TrimBlanksRight(rest);
  if (rest.empty()) return Rule::kNone;
  const char c = rest[0];
  if (c != '-' && c != '*' && c != '_' && c != '=') return Rule::kNone;
  std::size_t count = 0;
  bool inner_space = false;
  for (const char x : rest) {
    if (x == c) {
      ++count;
    } else if (x == ' ' || x == '\t') {
      inner_space = true;
    } else {
      return Rule::kNone;
    }
  }
  if (after_paragraph && (c == '=' || c == '-') && !inner_space) return Rule::kUnderline;
  return c != '=' && count >= 3 ? Rule::kBreak : Rule::kNone;
}

// "[label]: destination": a link reference definition; its label, lower-cased.
bool ReferenceDefinition(std::string_view line, std::string* label) {
  std::string_view rest;
  if (!StripIndent(line, &rest) || rest.size() < 4 || rest[0] != '[') return false;
  const std::size_t close = rest.find(']');
  if (close == std::string_view::npos || close == 1 || close + 1 >= rest.size() ||
      rest[close + 1] != ':') {
    return false;
  }
  const std::string_view inner = rest.substr(1, close - 1);
  if (inner.find('[') != std::string_view::npos || TrimBlanks(inner).empty()) return false;
  if (TrimBlanks(rest.substr(close + 2)).empty()) return false;
  *label = AsciiLowered(TrimBlanks(inner));
  return true;
}

// "- item", "* item", "+ item", "1. item", "2) item": the item's text.
bool ListItem(std::string_view line, std::string_view* text) {
  const std::string_view rest = TrimBlanksLeft(line);
  if (rest.empty()) return false;
  std::size_t marker = 0;
  if (rest[0] == '-' || rest[0] == '*' || rest[0] == '+') {
    marker = 1;
  } else {
    while (marker < rest.size() && marker < 9 && IsAsciiDigit(rest[marker])) {
      ++marker;
    }
    if (marker == 0 || marker >= rest.size() || (rest[marker] != '.' && rest[marker] != ')')) {
      return false;
    }
    ++marker;
  }
  if (marker < rest.size() && rest[marker] != ' ' && rest[marker] != '\t') return false;
  *text = TrimBlanksLeft(rest.substr(marker));
  return true;
}

// "| a | b |": a table row's cells; "|---|:--:|" is a delimiter row, with no cells.
bool TableRow(std::string_view line, std::vector<std::string_view>* cells) {
  const std::string_view row = TrimBlanks(line);
  if (row.size() < 2 || row.front() != '|' || row.back() != '|') return false;
  cells->clear();
  bool delimiter = true;
  std::size_t begin = 1;
  for (std::size_t i = 1; i < row.size(); ++i) {
    if (row[i] == '\\') {
      ++i;
      continue;
    }
    if (row[i] != '|') continue;
    const std::string_view cell = TrimBlanks(row.substr(begin, i - begin));
    if (cell.empty() || cell.find_first_not_of("-: ") != std::string_view::npos ||
        cell.find('-') == std::string_view::npos) {
      delimiter = false;
    }
    cells->push_back(cell);
    begin = i + 1;
  }
  if (delimiter) cells->clear();
  return true;
}

std::string_view StripQuoteMarkers(std::string_view line) {
  std::string_view rest;
  while (StripIndent(line, &rest) && !rest.empty() && rest[0] == '>') {
    rest.remove_prefix(1);
    if (!rest.empty() && (rest[0] == ' ' || rest[0] == '\t')) rest.remove_prefix(1);
    line = rest;
  }
  return line;
}

// CommonMark's HTML blocks that end with a closing tag (their content is raw: a script
// must not become text) and those that end at a blank line (block-level elements).
constexpr std::array<std::string_view, 4> kRawBlockTags = {"script", "pre", "style", "textarea"};
constexpr std::array<std::string_view, 62> kBlockTags = {
    "address",  "article",  "aside",    "base",       "basefont", "blockquote", "body",   "caption",
    "center",   "col",      "colgroup", "dd",         "details",  "dialog",     "dir",    "div",
    "dl",       "dt",       "fieldset", "figcaption", "figure",   "footer",     "form",   "frame",
    "frameset", "h1",       "h2",       "h3",         "h4",       "h5",         "h6",     "head",
    "header",   "hr",       "html",     "iframe",     "legend",   "li",         "link",   "main",
    "menu",     "menuitem", "nav",      "noframes",   "ol",       "optgroup",   "option", "p",
    "param",    "section",  "source",   "summary",    "table",    "tbody",      "td",     "tfoot",
    "th",       "thead",    "title",    "tr",         "track",    "ul"};

// Whether `line` opens an HTML block: a raw one, whose closing tag ("</script>") is set
// in `end_tag`, or a block-level element's, ending at a blank line (`end_tag` empty).
bool HtmlBlockStart(std::string_view line, std::string* end_tag) {
  std::string_view rest;
  if (!StripIndent(line, &rest) || rest.size() < 2 || rest[0] != '<') return false;
  const bool closing = rest[1] == '/';
  std::size_t end = closing ? 2 : 1;
  while (end < rest.size() && IsAsciiAlnum(rest[end])) {
    ++end;
  }
  const std::string name = AsciiLowered(rest.substr(closing ? 2 : 1, end - (closing ? 2 : 1)));
  const char after = end < rest.size() ? rest[end] : ' ';
  const bool name_ends = after == ' ' || after == '\t' || after == '>' ||
                         (after == '/' && end + 1 < rest.size() && rest[end + 1] == '>');
  if (name.empty() || !name_ends) return false;
  if (!closing && Contains(kRawBlockTags, name)) {
    *end_tag = "</" + name + ">";
    return true;
  }
  end_tag->clear();
  return Contains(kBlockTags, name);
}

// Whether a word goes on across a line break between `text` and `next`: `text` ends on a
// word's hyphen and `next` opens on a letter or a digit (InWordBreakBytes).
bool HyphenatedAcross(std::string_view text, std::string_view next) {
  std::string probe(text.substr(text.size() - std::min<std::size_t>(text.size(), 4)));
  const std::size_t at = probe.size();
  probe += '\n';
  probe += next.substr(0, 4);
  return InWordBreakBytes(probe, at) != 0;
}

// Adds `line` to the paragraph it continues. A line ending with two spaces or a
// backslash breaks the line; other line ends inside a paragraph are spaces, but for one
// inside a word hyphenated across it ("gouverne-" / "ment", "États-" / "Unis"), kept for
// load to join as it joins plain text's (hyphen_join.h): a browser shows a space there,
// but the writer wrapped a word, not two.
void AppendToParagraph(std::string_view line, std::string* paragraph) {
  line = TrimBlanksLeft(line);
  if (!paragraph->empty()) {
    const bool hard =
        paragraph->back() == '\\' || (paragraph->size() >= 2 && paragraph->back() == ' ' &&
                                      (*paragraph)[paragraph->size() - 2] == ' ');
    if (paragraph->back() == '\\') paragraph->pop_back();
    paragraph->resize(TrimBlanksRight(*paragraph).size());
    *paragraph += hard || HyphenatedAcross(*paragraph, line) ? '\n' : ' ';
  }
  paragraph->append(line);
}

// Builds the text: paragraphs apart by a blank line.
class BlockWriter {
 public:
  void Paragraph(std::string_view text) {
    text = TrimBlanks(text);
    if (text.empty()) return;
    if (!out_.empty()) out_ += "\n\n";
    out_.append(text);
    preformatted_ = false;
  }
  void Line(std::string_view line) {
    if (!out_.empty() && !preformatted_) out_ += "\n\n";
    if (preformatted_ && !out_.empty()) out_ += '\n';
    out_.append(line);
    preformatted_ = true;
  }
  void EndPreformatted() { preformatted_ = false; }
  std::string Finish() {
    if (!out_.empty()) out_ += '\n';
    return std::move(out_);
  }

 private:
  std::string out_;
  bool preformatted_ = false;
};

// "key: value" with a YAML key (letters, digits, _ and -); its value.
bool YamlKey(std::string_view line, std::string_view* key, std::string_view* value) {
  const std::size_t colon = line.find(':');
  if (colon == 0 || colon == std::string_view::npos) return false;
  for (std::size_t i = 0; i < colon; ++i) {
    const char c = line[i];
    if (!(IsAsciiAlnum(c) || c == '_' || c == '-')) {
      return false;
    }
  }
  if (colon + 1 < line.size() && line[colon + 1] != ' ' && line[colon + 1] != '\t') return false;
  *key = line.substr(0, colon);
  *value = TrimBlanks(line.substr(colon + 1));
  return true;
}

// A leading YAML front matter block, as static site generators and web clippers write
// it: "---", then keys ("title: ...") and their indented or listed values, then "---" or
// "...". How many lines it takes, and its title; 0 when the document opens otherwise,
// so that prose between two rules is not taken for one.
std::size_t FrontMatter(const std::vector<std::string_view>& lines, std::string* title) {
  title->clear();
  if (lines.empty() || TrimBlanksRight(lines[0]) != "---") return 0;
  bool has_key = false;
  std::string found;
  for (std::size_t i = 1; i < lines.size() && i <= kMaxHeaderLines; ++i) {
    const std::string_view line = TrimBlanksRight(lines[i]);
    if (line == "---" || line == "...") {
      if (!has_key) return 0;
      *title = std::move(found);
      return i + 1;
    }
    std::string_view key;
    std::string_view value;
    if (YamlKey(line, &key, &value)) {
      has_key = true;
      if (key == "title") {
        if (value.size() >= 2 && (value.front() == '"' || value.front() == '\'') &&
            value.back() == value.front()) {
          value = value.substr(1, value.size() - 2);
        }
        found = std::string(value);
      }
      continue;
    }
    // A key's value on the lines below it is indented or listed; a comment is "#...".
    if (line.empty() || line[0] == ' ' || line[0] == '\t' || line[0] == '-' || line[0] == '#') {
      continue;
    }
    return 0;
  }
  return 0;
}

// The header a reader service (Jina Reader) puts before the page it converts: "Title:
// ...", "URL Source: ...", "Published Time: ..." and the line "Markdown Content:", each
// line "Name: value" or blank. How many lines it takes, and its title; 0 when the
// document does not open so.
std::size_t ReaderHeader(const std::vector<std::string_view>& lines, std::string* title) {
  title->clear();
  std::size_t i = 0;
  while (i < lines.size() && IsBlank(lines[i])) ++i;
  if (i == lines.size() || lines[i].substr(0, 7) != "Title: ") return 0;
  std::string found(TrimBlanks(lines[i].substr(7)));
  for (++i; i < lines.size() && i <= kMaxHeaderLines; ++i) {
    const std::string_view line = TrimBlanksRight(lines[i]);
    if (line == "Markdown Content:") {
      *title = std::move(found);
      return i + 1;
    }
    const std::size_t colon = line.find(": ");
    if (!line.empty() && (colon == std::string_view::npos || colon == 0)) return 0;
  }
  return 0;
}

// The leading block that is about the document rather than its text (front matter, a
// reader's header): how many lines it takes, and its title.
std::size_t MetadataBlock(const std::vector<std::string_view>& lines, std::string* title) {
  const std::size_t front_matter = FrontMatter(lines, title);
  return front_matter > 0 ? front_matter : ReaderHeader(lines, title);
}

}  // namespace

bool LooksLikeMarkdown(std::string_view text) {
  const std::vector<std::string_view> lines = SplitLines(text.substr(0, kSniffBytes));
  int marks = 0;
  // Marks that only Markdown's block syntax makes (headings, fences, reference
  // definitions), as against links and strong emphasis, which a plain text may carry.
  bool block_marks = false;
  bool first = true;
  std::string title;
  if (MetadataBlock(lines, &title) > 0) return true;
  std::string label;
  // Whether a blank line stands between two lines of text, and whether two lines of text
  // follow each other, which Markdown would join into one paragraph.
  bool blank_between = false;
  bool joined = false;
  bool blank_before = false;
  bool previous_text = false;
  std::vector<std::string_view> cells;
  for (const std::string_view line : lines) {
    if (IsBlank(line)) {
      blank_before = !first;
      previous_text = false;
      continue;
    }
    blank_between = blank_between || blank_before;
    blank_before = false;
    std::string_view heading;
    char fence = 0;
    std::size_t fence_length = 0;
    std::string_view item;
    std::string end_tag;
    bool text_line = false;
    if (AtxHeading(line, &heading) && !heading.empty()) {
      if (first) return true;
      ++marks;
      block_marks = true;
    } else if (CodeFence(line, &fence, &fence_length) || ReferenceDefinition(line, &label)) {
      ++marks;
      block_marks = true;
    } else {
      text_line = !ListItem(line, &item) && !TableRow(line, &cells) &&
                  StripQuoteMarkers(line).size() == line.size() &&
                  RuleLine(line, false) == Rule::kNone && !HtmlBlockStart(line, &end_tag);
    }
    joined = joined || (previous_text && text_line);
    previous_text = text_line;
    first = false;
    // "[text](destination" and "**strong**" on the line.
    const std::size_t first_bracket = line.find('[');
    for (std::size_t at = line.find("]("); at != std::string_view::npos;
         at = line.find("](", at + 2)) {
      if (at + 2 < line.size() && line[at + 2] != ' ' && first_bracket < at) ++marks;
    }
    for (std::size_t at = line.find("**"); at != std::string_view::npos;) {
      const std::size_t close = line.find("**", at + 2);
      if (close == std::string_view::npos) break;
      if (close > at + 2 && line[at + 2] != ' ' && line[close - 1] != ' ') ++marks;
      at = line.find("**", close + 2);
    }
    if (marks >= 2 && (block_marks || blank_between)) return true;
  }
  // A text written one paragraph a line, without a blank line anywhere, is not Markdown
  // however many links or bold words it holds: Markdown would join its headline, byline
  // and first paragraph into one ("Incendie à Marseille Par Claire Dupont Un violent
  // incendie..."), and no one writing Markdown puts paragraphs so.
  if (!block_marks && joined && !blank_between) return false;
  return marks >= 2;
}

std::string MarkdownText(std::string_view markdown) {
  const std::vector<std::string_view> lines = SplitLines(markdown);
  std::string title;
  const std::size_t first = MetadataBlock(lines, &title);

  // Reference definitions first: "[texte][1]" is a link only if "[1]: ..." is defined,
  // wherever it is.
  std::unordered_set<std::string> labels;
  std::string label;
  for (std::size_t i = first; i < lines.size(); ++i) {
    if (ReferenceDefinition(StripQuoteMarkers(lines[i]), &label)) labels.insert(label);
  }

  const auto inlines = [&labels](std::string_view text) {
    return MarkdownInlineText(text, labels);
  };
  BlockWriter body;
  std::string paragraph;
  bool has_heading = false;
  const auto flush = [&] {
    if (!paragraph.empty()) body.Paragraph(inlines(paragraph));
    paragraph.clear();
  };
  char fence_char = 0;
  std::size_t fence_length = 0;
  bool in_comment = false;
  std::vector<std::string_view> cells;
  bool in_list = false;
  for (std::size_t i = first; i < lines.size(); ++i) {
    if (fence_char != 0) {
      char c = 0;
      std::size_t n = 0;
      if (CodeFence(lines[i], &c, &n) && c == fence_char && n >= fence_length &&
          TrimBlanks(lines[i]).size() == n) {
        fence_char = 0;
        body.EndPreformatted();
      } else {
        body.Line(lines[i]);
      }
      continue;
    }
    if (in_comment) {
      in_comment = lines[i].find("-->") == std::string_view::npos;
      continue;
    }
    std::string_view line = StripQuoteMarkers(lines[i]);
    std::string_view text;
    if (IsBlank(line)) {
      flush();
      body.EndPreformatted();
      continue;
    }
    // Indented code, where it cannot continue a paragraph or a list item: its lines as
    // they are written, as fenced code.
    const std::size_t indent = Indent(line);
    if (indent >= 4 && paragraph.empty() && !in_list) {
      body.Line(TrimBlanksLeft(line));
      continue;
    }
    if (indent == 0) in_list = false;
    if (CodeFence(line, &fence_char, &fence_length)) {
      flush();
      continue;
    }
    if (AtxHeading(line, &text)) {
      flush();
      body.Paragraph(inlines(text));
      has_heading = true;
      continue;
    }
    const Rule rule = RuleLine(line, !paragraph.empty());
    if (rule != Rule::kNone) {
      has_heading = has_heading || rule == Rule::kUnderline;
      flush();
      continue;
    }
    if (paragraph.empty() && ReferenceDefinition(line, &label)) continue;
    if (TrimBlanks(line).substr(0, 4) == "<!--") {
      flush();
      in_comment = line.find("-->") == std::string_view::npos;
      continue;
    }
    std::string end_tag;
    if (HtmlBlockStart(line, &end_tag)) {
      flush();
      // A raw HTML block (a figure, an embed, a script) is read as a page fragment is:
      // html_text.h leaves out what a reader never sees there.
      std::string block;
      for (; i < lines.size(); ++i) {
        if (end_tag.empty() && IsBlank(lines[i])) break;
        block.append(lines[i]).push_back('\n');
        if (!end_tag.empty() && AsciiLowered(lines[i]).find(end_tag) != std::string::npos) break;
      }
      std::string text = HtmlText(block);
      if (!text.empty()) text.pop_back();  // the final "\n"
      for (std::size_t begin = 0; begin < text.size();) {
        std::size_t end = text.find("\n\n", begin);
        if (end == std::string::npos) end = text.size();
        body.Paragraph(std::string_view(text).substr(begin, end - begin));
        begin = end + 2;
      }
      continue;
    }
    if (TableRow(line, &cells)) {
      flush();
      for (const std::string_view cell : cells) body.Paragraph(inlines(cell));
      continue;
    }
    if (ListItem(line, &text)) {
      flush();
      line = text;
      in_list = true;
    }
    AppendToParagraph(line, &paragraph);
  }
  flush();
  std::string text = body.Finish();
  if (has_heading || title.empty()) return text;
  std::string headline = inlines(title);
  if (TrimBlanks(headline).empty()) return text;
  return std::string(TrimBlanks(headline)) + "\n" + (text.empty() ? "" : "\n" + text);
}

}  // namespace precis
