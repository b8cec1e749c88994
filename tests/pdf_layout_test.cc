#include "pdf_layout.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

namespace {

using precis::PdfPage;
using precis::PdfWord;

// Body text is 10 points: a line is 13 points high, set 13 points below the one before,
// and a character is about 5 points wide.
constexpr double kLine = 13;

// A line of words from `x` at line `row` (in body lines from the top), `size` points,
// each word followed by a space but the last.
std::vector<PdfWord> Line(const std::string& text, double row, double size = 10, double x = 50) {
  std::vector<PdfWord> words;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find(' ', start);
    if (end == std::string::npos) end = text.size();
    PdfWord word;
    word.text = text.substr(start, end - start);
    word.x = x;
    word.y = row * kLine;
    word.width = 0.5 * size * static_cast<double>(word.text.size());
    word.height = 1.3 * size;
    word.font_size = size;
    word.space_after = end < text.size();
    x += word.width + 0.3 * size;
    words.push_back(word);
    start = end + 1;
  }
  return words;
}

PdfPage Page(const std::vector<std::vector<PdfWord>>& lines) {
  PdfPage page;
  page.height = 842;
  for (const auto& line : lines) page.words.insert(page.words.end(), line.begin(), line.end());
  return page;
}

const std::string kBody = "Le président russe est arrivé mardi soir à Pyongyang pour une";
const std::string kBody2 = "visite de deux jours, la première depuis vingt-quatre ans.";

}  // namespace

TEST_CASE("PDF lines become paragraphs by their spacing, size and indent", "[pdf]") {
  const auto [name, pages, expected] =
      GENERATE_REF(table<std::string, std::vector<PdfPage>, std::string>({
          {"nothing", {}, ""},
          {"a page without words", {Page({})}, ""},
          {"wrapped lines make one paragraph",
           {Page({Line(kBody, 0), Line(kBody2, 1)})},
           kBody + " " + kBody2 + "\n"},
          {"a gap of half a line starts a paragraph",
           {Page({Line(kBody, 0), Line(kBody2, 1), Line("Il repart demain pour Hanoï,", 2),
                  Line("au Vietnam.", 3), Line("Séoul s’inquiète du rapprochement.", 4.55)})},
           kBody + " " + kBody2 + " Il repart demain pour Hanoï, au Vietnam.\n\n" +
               "Séoul s’inquiète du rapprochement.\n"},
          {"a heading in larger type is its own paragraph",
           {Page({Line("Poutine à Pyongyang", 0, 18), Line(kBody, 2), Line(kBody2, 3)})},
           "Poutine à Pyongyang\n\n" + kBody + " " + kBody2 + "\n"},
          {"a first-line indent after a sentence starts a paragraph",
           {Page({Line(kBody, 0), Line(kBody2, 1), Line("Séoul s’inquiète.", 2, 10, 70)})},
           kBody + " " + kBody2 + "\n\nSéoul s’inquiète.\n"},
          {"a short last line ending a sentence ends its paragraph",
           {Page({Line(kBody, 0), Line("visite.", 1), Line("Séoul s’inquiète.", 2)})},
           kBody + " visite.\n\nSéoul s’inquiète.\n"},
          {"a one-line subtitle ending a sentence, over a full line, is its own paragraph",
           {Page({Line("« Une collaboration militaire »", 0), Line(kBody, 1), Line(kBody2, 2)})},
           "« Une collaboration militaire »\n\n" + kBody + " " + kBody2 + "\n"},
          {"small print (a caption, a footnote) is left out",
           {Page({Line(kBody, 0), Line(kBody2, 1), Line("Photo : RAMIL SITDIKOV / AFP", 2, 7),
                  Line("1 Heure locale.", 3, 7)})},
           kBody + " " + kBody2 + "\n"},
      }));
  CAPTURE(name);
  CHECK(precis::PdfParagraphs(pages) == expected);
}

TEST_CASE("PDF words: note markers go, superscripts and gaps are read as a reader would", "[pdf]") {
  std::vector<PdfWord> line = Line("arrivé à Pyongyang", 0);
  line.back().space_after = false;
  PdfWord marker = line.back();  // a note marker in small print, glued to the word
  marker.text = "1";
  marker.x += marker.width;
  marker.font_size = 6;
  marker.height = 7.8;
  marker.space_after = true;
  line.push_back(marker);
  for (PdfWord word : Line("pour une visite de deux jours.", 0, 10, marker.x + 5)) {
    line.push_back(word);
  }
  // "Mme" printed as M and a superscript "me"; "READ" and "La" apart with no space
  // reported between them.
  std::vector<PdfWord> second = Line("M", 1);
  second.back().space_after = false;
  PdfWord superscript = second.back();
  superscript.text = "me";
  superscript.x += superscript.width;
  superscript.font_size = 6;
  superscript.space_after = true;
  second.push_back(superscript);
  for (PdfWord word : Line("Kim a parlé. READ", 1, 10, superscript.x + 8)) second.push_back(word);
  second.back().space_after = false;
  for (PdfWord word : Line("La suite.", 1, 10, second.back().x + second.back().width + 4)) {
    second.push_back(word);
  }
  for (const auto& padding : {Line(kBody, 2), Line(kBody2, 3)}) {
    second.insert(second.end(), padding.begin(), padding.end());
  }
  CHECK(precis::PdfParagraphs({Page({line, second})}) ==
        "arrivé à Pyongyang pour une visite de deux jours. Mme Kim a parlé. READ La suite.\n\n" +
            kBody + " " + kBody2 + "\n");
}

TEST_CASE("A typeset PDF's cuts at syllables are joined, its compounds kept", "[pdf]") {
  // A newspaper's page: lines end on hyphens before lower-case words that the document
  // never writes whole, as typesetting cuts them. Once the page is seen to do so, such a
  // cut is joined; a known compound's head or tail keeps its hyphen.
  const PdfPage page =
      Page({Line("Le pacte qui pr\u00e9-", 0), Line("voit une aide vaut 34,4 mil-", 1),
            Line("lions de dollars, dit le porte-", 2), Line("parole, qui peut-", 3),
            Line("\u00eatre cit\u00e9.", 4)});
  CHECK(precis::PdfParagraphs({page}) ==
        "Le pacte qui pr\u00e9voit une aide vaut 34,4 millions de dollars, dit le porte-parole, "
        "qui peut-\u00eatre cit\u00e9.\n");
  // One such line end alone does not make a typeset page: the hyphen stays.
  const PdfPage once = Page({Line("Le pacte qui pr\u00e9-", 0), Line("voit une aide.", 1)});
  CHECK(precis::PdfParagraphs({once}) == "Le pacte qui pr\u00e9-voit une aide.\n");
}

TEST_CASE("A typeset PDF keeps the hyphen of numbers", "[pdf]") {
  const auto [first, second, joined] = GENERATE(table<std::string, std::string, std::string>({
      {"il y a vingt-", "cinq ans.", "il y a vingt-cinq ans."},
      {"dans les soixante-", "dix jours.", "dans les soixante-dix jours."},
      // A cut at a syllable, for comparison.
      {"la diplo-", "matie.", "la diplomatie."},
  }));
  CAPTURE(first, second);
  const PdfPage page =
      Page({Line("Le pacte qui pr\u00e9-", 0), Line("voit une aide vaut 34,4 mil-", 1),
            Line("lions de dollars.", 2), Line(first, 4), Line(second, 5)});
  CHECK(precis::PdfParagraphs({page}) ==
        "Le pacte qui pr\u00e9voit une aide vaut 34,4 millions de dollars.\n\n" + joined + "\n");
}

TEST_CASE("PDF words cut at a line end are joined, compounds keep their hyphen", "[pdf]") {
  const auto [first, second, joined] = GENERATE(table<std::string, std::string, std::string>({
      // "gouvernement" is written whole below: the hyphen only cut it.
      {"le gouverne-", "ment a parlé.", "le gouvernement a parlé."},
      {"le «gouverne-", "ment» a parlé.", "le «gouvernement» a parlé."},
      {"le «\u202Fgouverne-", "ment\u202F» a parlé.", "le «\u202Fgouvernement\u202F» a parlé."},
      {"le gouver\u00AD", "nement a parlé.", "le gouvernement a parlé."},
      // Chromium prints a cut at a soft hyphen as U+00AD then U+2010 HYPHEN.
      {"la responsabilité environne\u00AD\u2010", "mentale a parlé.",
       "la responsabilité environnementale a parlé."},
      {"le gouverne\u2010", "ment a parlé.", "le gouvernement a parlé."},
      // Not written whole anywhere: a compound split at its own hyphen.
      {"le porte-", "parole a parlé.", "le porte-parole a parlé."},
      {"le porte\u2010", "parole a parlé.", "le porte\u2010parole a parlé."},
      {"le dirigeant nord-", "coréen a parlé.", "le dirigeant nord-coréen a parlé."},
      {"l’Extrême-", "Orient russe.", "l’Extrême-Orient russe."},
      // A dash between words is no cut.
      {"la guerre -", "la guerre d’agression.", "la guerre - la guerre d’agression."},
  }));
  CAPTURE(first, second);
  const PdfPage page = Page({Line(first, 0), Line(second, 1), Line("Ensuite.", 3),
                             Line("Le gouvernement nord-coréen se tait.", 5)});
  CHECK(precis::PdfParagraphs({page}) ==
        joined + "\n\nEnsuite.\n\nLe gouvernement nord-coréen se tait.\n");
}

TEST_CASE("PDF pages: running heads and folios go, a cut sentence goes on", "[pdf]") {
  std::vector<PdfPage> pages;
  for (int p = 1; p <= 3; ++p) {
    std::vector<std::vector<PdfWord>> lines = {Line("Le Journal du soir – 18 juin 2024", 0)};
    if (p == 1) lines.push_back(Line("Poutine à Pyongyang", 2, 18));
    lines.push_back(Line(p == 2 ? "massivement la Russie, selon Séoul." : kBody, 2 + p));
    lines.push_back(Line(p == 1 ? "visite pour ravitailler" : "Le Kremlin se tait.", 3 + p));
    lines.push_back(Line("- " + std::to_string(p) + " -", 50));
    pages.push_back(Page(lines));
  }
  // The second page's last sentence is short: it ends its paragraph.
  CHECK(precis::PdfParagraphs(pages) ==
        "Poutine à Pyongyang\n\n" + kBody +
            " visite pour ravitailler massivement la Russie, selon Séoul.\n\nLe Kremlin se "
            "tait.\n\n" +
            kBody + " Le Kremlin se tait.\n");
}

TEST_CASE("PDF columns read down the left one, then the right one", "[pdf]") {
  // Balanced columns, whose paragraphs stand level: poppler gives their blocks across the
  // page, as a table's rows. A sentence runs from the foot of the left column to the top
  // of the right one.
  const std::vector<std::vector<PdfWord>> left_top = {
      Line("Le président russe est arrivé mardi", 10),
      Line("soir à Pyongyang pour deux jours.", 11)};
  const std::vector<std::vector<PdfWord>> left_foot = {
      Line("Il doit signer avec Kim Jong-un un", 12.5),
      Line("traité de défense mutuelle, qui", 13.5)};
  const std::vector<std::vector<PdfWord>> right_top = {
      Line("engage les deux pays en cas", 10, 10, 300),
      Line("d’agression, selon le Kremlin.", 11, 10, 300)};
  const std::vector<std::vector<PdfWord>> right_foot = {
      Line("Séoul s’inquiète de ce pacte et", 12.5, 10, 300),
      Line("convoque l’ambassadeur russe.", 13.5, 10, 300)};
  const std::vector<PdfWord> title =
      Line("Poutine et Kim Jong-un signent un pacte de défense", 7, 18);
  const std::string columns =
      "Le président russe est arrivé mardi soir à Pyongyang pour deux jours.\n\nIl doit signer "
      "avec Kim Jong-un un traité de défense mutuelle, qui engage les deux pays en cas "
      "d’agression, selon le Kremlin.\n\nSéoul s’inquiète de ce pacte et convoque "
      "l’ambassadeur russe.\n";
  const auto [name, blocks, expected] = GENERATE_COPY(
      table<std::string, std::vector<std::vector<std::vector<PdfWord>>>, std::string>({
          {"by rows", {left_top, right_top, left_foot, right_foot}, columns},
          {"right first", {right_top, right_foot, left_top, left_foot}, columns},
          {"in order", {left_top, left_foot, right_top, right_foot}, columns},
          {"under a title across both",
           {{title}, left_top, right_top, left_foot, right_foot},
           "Poutine et Kim Jong-un signent un pacte de défense\n\n" + columns},
      }));
  CAPTURE(name);
  std::vector<std::vector<PdfWord>> lines;
  for (const auto& block : blocks) lines.insert(lines.end(), block.begin(), block.end());
  CHECK(precis::PdfParagraphs({Page(lines)}) == expected);
}

TEST_CASE("PDF lines side by side over a small part of the page are no columns", "[pdf]") {
  // A two-column table in a page of one column: kept in the order poppler gives it, here
  // its right column first.
  const PdfPage page = Page({Line(kBody, 10), Line(kBody2, 11), Line("Habitants", 12.5, 10, 300),
                             Line("3 millions", 13.5, 10, 300), Line("Ville", 12.5),
                             Line("Pyongyang", 13.5), Line(kBody, 15), Line(kBody2, 16),
                             Line(kBody, 17), Line(kBody2, 18), Line(kBody, 19), Line(kBody2, 20)});
  const std::string body = kBody + " " + kBody2;
  CHECK(precis::PdfParagraphs({page}) == body + "\n\nHabitants 3 millions\n\nVille Pyongyang\n\n" +
                                             body + " " + body + " " + body + "\n");
}
