// The text of a word processor's document as Load wants it (office_text.h, doc_text.h):
// paragraphs separated by a blank line, blank paragraphs dropped, ending with "\n".
#ifndef PRECIS_SRC_PARAGRAPH_TEXT_H_
#define PRECIS_SRC_PARAGRAPH_TEXT_H_

#include <string>
#include <string_view>

#include "ascii.h"

namespace precis {

// Builds the text a paragraph at a time, with ODF's collapsing of white space where the
// format asks for it.
class ParagraphText {
 public:
  // Ends the paragraph in progress, if it holds anything but spaces.
  void EndParagraph() {
    std::string_view paragraph = paragraph_;
    while (!paragraph.empty() && IsAsciiSpace(paragraph.front())) paragraph.remove_prefix(1);
    while (!paragraph.empty() && IsAsciiSpace(paragraph.back())) paragraph.remove_suffix(1);
    if (!paragraph.empty()) {
      if (!text_.empty()) text_ += "\n\n";
      text_ += paragraph;
    }
    paragraph_.clear();
  }
  // Forgets the paragraph in progress, which is not to be read.
  void DropParagraph() { paragraph_.clear(); }
  void Literal(std::string_view s) { paragraph_ += s; }
  // ODF 1.2, 6.1.2: tabs, line feeds and carriage returns count as spaces, and a run of
  // spaces counts as one.
  void Collapsed(std::string_view s) {
    for (char c : s) {
      if (c == '\t' || c == '\n' || c == '\r') c = ' ';
      if (c == ' ' && (paragraph_.empty() || paragraph_.back() == ' ')) continue;
      paragraph_ += c;
    }
  }
  std::string Finish() {
    EndParagraph();
    if (!text_.empty()) text_ += '\n';
    return std::move(text_);
  }

 private:
  std::string text_;
  std::string paragraph_;
};

}  // namespace precis

#endif  // PRECIS_SRC_PARAGRAPH_TEXT_H_
