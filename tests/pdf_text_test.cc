#include "pdf_text.h"

#include <catch2/catch.hpp>
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include "support/run_command.h"
#include "support/sample_cluster.h"

namespace {

namespace fs = std::filesystem;

std::string Fixture(const std::string& name) {
  return precis::testing::Slurp(fs::path(PRECIS_SOURCE_DIR) / "tests" / "data" / "pdf" / name);
}

// The paragraphs of `text` (blank-line separated), each on one line.
std::vector<std::string> Paragraphs(const std::string& text) {
  std::vector<std::string> paragraphs;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find("\n\n", start);
    if (end == std::string::npos) end = text.size();
    std::string paragraph = text.substr(start, end - start);
    for (char& c : paragraph) {
      if (c == '\n') c = ' ';
    }
    while (!paragraph.empty() && paragraph.back() == ' ') paragraph.pop_back();
    if (!paragraph.empty()) paragraphs.push_back(paragraph);
    start = end + 2;
  }
  return paragraphs;
}

std::string WithPlainSpaces(std::string text) {
  for (const std::string space : {"\u00A0", "\u202F"}) {
    for (std::size_t at = text.find(space); at != std::string::npos; at = text.find(space)) {
      text.replace(at, space.size(), " ");
    }
  }
  return text;
}

const std::string kTwoSentences =
    "BT /F1 12 Tf 72 700 Td (Le premier ministre a annonce mardi une reforme.) Tj "
    "0 -20 Td (Les syndicats ont reagi vivement.) Tj ET";

// A PDF of one page drawn by `content` in font /F1, `font`, whose page tree lists `kids` and
// counts `count`: "3 0 R 3 0 R", 2 lists the one page twice.
std::string PdfWithKids(
    const std::string& kids, int count, const std::string& content = kTwoSentences,
    const std::string& font = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>") {
  const std::vector<std::string> objects = {
      "<< /Type /Catalog /Pages 2 0 R >>",
      "<< /Type /Pages /Kids [" + kids + "] /Count " + std::to_string(count) + " >>",
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
      "/Resources << /Font << /F1 5 0 R >> >> >>",
      "<< /Length " + std::to_string(content.size()) + " >>\nstream\n" + content + "\nendstream",
      font};
  std::string pdf = "%PDF-1.4\n";
  std::string xref = "xref\n0 6\n0000000000 65535 f \n";
  for (std::size_t i = 0; i < objects.size(); ++i) {
    char entry[21];
    std::snprintf(entry, sizeof entry, "%010zu 00000 n \n", pdf.size());
    xref += entry;
    pdf += std::to_string(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
  }
  const std::size_t xref_at = pdf.size();
  return pdf + xref + "trailer\n<< /Size 6 /Root 1 0 R >>\nstartxref\n" + std::to_string(xref_at) +
         "\n%%EOF\n";
}

// A font embedded as printers embed subsets: its codes are glyph ids (Identity-H), and no
// ToUnicode map says which letters they draw.
const std::string kIdentityFont =
    "<< /Type /Font /Subtype /Type0 /BaseFont /ABCDEF+Sans /Encoding /Identity-H "
    "/DescendantFonts [<< /Type /Font /Subtype /CIDFontType2 /BaseFont /ABCDEF+Sans "
    "/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /DW 500 >>] >>";

// Ten lines of 50 glyph ids from 3 (a subset's space) to 80, as such a font numbers them.
std::string GlyphIdLines() {
  std::string content = "BT /F1 11 Tf 14 TL 72 760 Td\n";
  unsigned id = 7;
  for (int line = 0; line < 10; ++line) {
    content += "<";
    for (int glyph = 0; glyph < 50; ++glyph) {
      id = (id * 37 + 11) % 78 + 3;
      char hex[5];
      std::snprintf(hex, sizeof hex, "%04X", glyph % 6 == 5 ? 3u : id);
      content += hex;
    }
    content += "> Tj T*\n";
  }
  return content + "ET";
}

}  // namespace

// tests/data/pdf/article-pages.pdf is article-pages.fodt printed by LibreOffice 7.4: the
// first article of the sample cluster set on two A5 pages, under a running head ("Le
// Journal du soir – mardi 18 juin 2024") and over a folio ("Page 1"), with a caption and
// a footnote in 8 points, and a paragraph cut by the page break.
TEST_CASE("A PDF's text layer reads back as the article's paragraphs", "[pdf]") {
  const precis::PdfText read = precis::ReadPdfText(Fixture("article-pages.pdf"));
  REQUIRE(read.error.empty());
  // The article as the fodt has it: its title, then its paragraphs but the two caption
  // lines the sample opens with, and the rubric "INTERNATIONAL - " it dropped.
  std::vector<std::string> expected = Paragraphs(precis::testing::Slurp(
      fs::path(precis::testing::SampleDocsDir()) / "000_ab6a184c2056a564.txt"));
  REQUIRE(expected.size() > 10);
  expected.erase(expected.begin() + 1);
  expected[1].erase(0, std::string("INTERNATIONAL - ").size());
  // A PDF keeps no difference between a space and a no-break space.
  for (std::string& paragraph : expected) paragraph = WithPlainSpaces(paragraph);
  CHECK(Paragraphs(read.text) == expected);
  CHECK(read.text.back() == '\n');
  // What was left out.
  for (const char* absent : {"Le Journal du soir", "Page 1", "Page 2", "RAMIL SITDIKOV",
                             "depuis 2011", "Kim Jong Un1"}) {
    CAPTURE(absent);
    CHECK(read.text.find(absent) == std::string::npos);
  }
}

// two-columns.pdf is the same article on one A4 page in two justified columns: the
// column break cuts a sentence ("... au cours de" / "laquelle ..."), a compound falls at
// a line end ("porte-" / "parole"), and the folio comes out between the columns in
// poppler's reading order. On one page, the running head cannot be told from a title.
TEST_CASE("A PDF in two columns reads as the same paragraphs", "[pdf]") {
  const precis::PdfText pages = precis::ReadPdfText(Fixture("article-pages.pdf"));
  const precis::PdfText columns = precis::ReadPdfText(Fixture("two-columns.pdf"));
  REQUIRE(columns.error.empty());
  CHECK(columns.text == "Le Journal du soir \u2013 mardi 18 juin 2024\n\n" + pages.text);
}

TEST_CASE("A PDF that cannot be read says why", "[pdf]") {
  const auto [name, bytes, error] = GENERATE_REF(table<std::string, std::string, std::string>({
      {"no PDF at all behind the signature", "%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj\n",
       "damaged PDF"},
      {"a password", Fixture("locked.pdf"), "password-protected PDF"},
      {"a page without text (a scan)", Fixture("blank.pdf"),
       "PDF without a text layer (a scan? precis does no OCR)"},
      // Once "without a text layer", as if the pages were scans.
      {"a page tree that lists itself", PdfWithKids("2 0 R", 1),
       "PDF without pages (its page tree is empty or damaged)"},
      {"a page tree without pages", PdfWithKids("", 0),
       "PDF without pages (its page tree is empty or damaged)"},
      // Its text came out as control characters among ASCII noise, and was summarized.
      {"a font without a map to Unicode", PdfWithKids("3 0 R", 1, GlyphIdLines(), kIdentityFont),
       "PDF whose text is glyph codes, not letters (its fonts have no ToUnicode map)"},
  }));
  CAPTURE(name);
  CHECK(precis::LooksLikePdf(bytes));
  const precis::PdfText read = precis::ReadPdfText(bytes);
  CHECK(read.error == error);
  CHECK(read.text.empty());
}

TEST_CASE("A page listed twice is read once, and said to repeat", "[pdf]") {
  // Once "PDF without a text layer": each line of the page stood on every page, and was
  // left out as a running head.
  const precis::PdfText once = precis::ReadPdfText(PdfWithKids("3 0 R", 1));
  REQUIRE(once.error.empty());
  CHECK(once.text ==
        "Le premier ministre a annonce mardi une reforme.\n\nLes syndicats ont reagi vivement.\n");
  CHECK(once.note.empty());
  const precis::PdfText twice = precis::ReadPdfText(PdfWithKids("3 0 R 3 0 R 3 0 R", 3));
  CHECK(twice.error.empty());
  CHECK(twice.text == once.text);
  CHECK(twice.note == "2 pages repeating an earlier one word for word, read once");
}

TEST_CASE("A truncated PDF is read as far as it goes, or refused, never a crash", "[pdf]") {
  const std::string article = Fixture("article-pages.pdf");
  const precis::PdfText whole = precis::ReadPdfText(article);
  REQUIRE(whole.error.empty());
  std::size_t read_some = 0;
  for (const std::size_t size : {std::size_t{20}, article.size() / 3, article.size() - 100}) {
    CAPTURE(size);
    const precis::PdfText read = precis::ReadPdfText(article.substr(0, size));
    CHECK(read.error.empty() != read.text.empty());
    // What it reads is the file's own text, not text made up from a damaged stream:
    // each paragraph is one of the whole file's.
    std::size_t start = 0;
    while (start < read.text.size()) {
      std::size_t end = read.text.find("\n\n", start);
      if (end == std::string::npos) end = read.text.size();
      const std::string paragraph = read.text.substr(start, end - start);
      CAPTURE(paragraph);
      if (!paragraph.empty() && paragraph != "\n") {
        CHECK(whole.text.find(paragraph) != std::string::npos);
      }
      start = end + 2;
    }
    if (!read.text.empty()) ++read_some;
  }
  CHECK(read_some >= 1);  // the file cut 100 bytes short still gives its text
  CHECK_FALSE(precis::LooksLikePdf("Le PDF du rapport.\n"));
  CHECK_FALSE(precis::LooksLikePdf(""));
}
