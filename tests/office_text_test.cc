#include "office_text.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "support/office_article.h"
#include "support/zip_archive.h"

namespace {

using precis::OfficeFormat;
using precis::testing::kArticleText;
using precis::testing::ReadOfficeFixture;
using precis::testing::ZipArchive;
using precis::testing::ZipEntry;

const char* const kWordNs = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

std::string Docx(const std::string& body) {
  return ZipArchive(
      {{"[Content_Types].xml", "<Types/>"},
       {"word/document.xml", std::string("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document "
                                         "xmlns:w=\"") +
                                 kWordNs +
                                 "\" xmlns:mc=\"http://schemas.openxmlformats.org/"
                                 "markup-compatibility/2006\"><w:body>" +
                                 body + "</w:body></w:document>"}});
}

const char* const kWordBodyType =
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";

// A Word body holding one paragraph of `text`.
std::string WordBody(const std::string& text) {
  return std::string("<w:document xmlns:w=\"") + kWordNs + "\"><w:body><w:p><w:r><w:t>" + text +
         "</w:t></w:r></w:p></w:body></w:document>";
}

// A package whose relationships name `target` as its main part, of `type` by
// [Content_Types].xml, with `parts` in it.
std::string Package(const std::string& target, const std::string& part_name,
                    const std::string& type, std::vector<ZipEntry> parts) {
  parts.insert(parts.begin(),
               {{"[Content_Types].xml",
                 "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas."
                 "openxmlformats.org/package/2006/content-types\"><Default Extension=\"xml\" "
                 "ContentType=\"application/xml\"/><Override PartName=\"" +
                     part_name + "\" ContentType=\"" + type + "\"/></Types>"},
                {"_rels/.rels",
                 "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas."
                 "openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" "
                 "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                 "officeDocument\" Target=\"" +
                     target + "\"/></Relationships>"}});
  return ZipArchive(parts);
}

std::string Odt(const std::string& body,
                const std::string& mimetype = "application/vnd.oasis.opendocument.text") {
  return ZipArchive(
      {{"mimetype", mimetype, true},
       {"content.xml",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content "
        "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
        "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
        "xmlns:draw=\"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0\"><office:body>"
        "<office:text>" +
            body + "</office:text></office:body></office:document-content>"}});
}

const char* const kOdtNamespaces =
    "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
    "xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\" "
    "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"";

// An ODT whose content.xml declares `automatic_styles` before `body`, and whose
// styles.xml, if any, declares `common_styles`.
std::string StyledOdt(const std::string& automatic_styles, const std::string& body,
                      const std::string& common_styles = "") {
  std::vector<ZipEntry> entries = {
      {"mimetype", "application/vnd.oasis.opendocument.text", true},
      {"content.xml", std::string("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                                  "<office:document-content ") +
                          kOdtNamespaces + "><office:automatic-styles>" + automatic_styles +
                          "</office:automatic-styles><office:body><office:text>" + body +
                          "</office:text></office:body></office:document-content>"}};
  if (!common_styles.empty()) {
    entries.push_back({"styles.xml", std::string("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                                                 "<office:document-styles ") +
                                         kOdtNamespaces + "><office:styles>" + common_styles +
                                         "</office:styles></office:document-styles>"});
  }
  return ZipArchive(entries);
}

// `inside`, within `depth` elements each in the next.
std::string Nested(int depth, const std::string& inside) {
  std::string xml;
  for (int i = 0; i < depth; ++i) xml += "<x>";
  xml += inside;
  for (int i = 0; i < depth; ++i) xml += "</x>";
  return xml;
}

std::string TextOf(const std::string& bytes) {
  const precis::OfficeText read = precis::ReadOfficeText(bytes);
  CAPTURE(read.error);
  CHECK(read.format != OfficeFormat::kNone);
  CHECK(read.format == precis::SniffOfficeFormat(bytes));
  CHECK(read.error.empty());
  return read.text;
}

}  // namespace

TEST_CASE("documents written by a word processor read as their body's text", "[office]") {
  const auto [file, format] = GENERATE(table<std::string, OfficeFormat>({
      {"article.docx", OfficeFormat::kDocx},
      {"article.odt", OfficeFormat::kOdt},
      {"article.fodt", OfficeFormat::kFodt},
  }));
  CAPTURE(file);
  const std::string bytes = ReadOfficeFixture(file);
  CHECK(precis::SniffOfficeFormat(bytes) == format);
  CHECK(TextOf(bytes) == kArticleText);
}

TEST_CASE("DOCX: runs, tabs, breaks, and what is not running text", "[office]") {
  const auto [body, expected] = GENERATE(table<std::string, std::string>({
      // Runs join; a tab stop in the paragraph's properties is not a tab.
      {"<w:p><w:pPr><w:tabs><w:tab w:val=\"left\" w:pos=\"720\"/></w:tabs></w:pPr>"
       "<w:r><w:t>Le Kremlin </w:t></w:r><w:r><w:t>confirme.</w:t></w:r></w:p>",
       "Le Kremlin confirme.\n"},
      {"<w:p><w:r><w:t>Prix</w:t><w:tab/><w:t>3,5\u00a0%</w:t><w:br/><w:t>Source</w:t>"
       "</w:r></w:p>",
       "Prix 3,5\u00a0%\nSource\n"},
      {"<w:p><w:r><w:t>nord</w:t><w:noBreakHyphen/><w:t>cor\u00e9en</w:t></w:r></w:p>",
       "nord-cor\u00e9en\n"},
      // Insert > Symbol: the Symbol font's code, in Word's private-use form or not; another
      // symbol font's pictograph is left out.
      {"<w:p><w:r><w:t>20</w:t><w:sym w:font=\"Symbol\" w:char=\"F0B1\"/><w:t>2 et 3</w:t>"
       "<w:sym w:font=\"Symbol\" w:char=\"B4\"/><w:t>2 degr\u00e9s</w:t>"
       "<w:sym w:font=\"Wingdings\" w:char=\"F0FC\"/></w:r></w:p>",
       "20\u00b12 et 3\u00d72 degr\u00e9s\n"},
      // Decomposed accents are kept as written: load normalizes later.
      {"<w:p><w:r><w:t>De\u0301le\u0301gation</w:t></w:r></w:p>", "De\u0301le\u0301gation\n"},
      // Empty paragraphs make no blank lines.
      {"<w:p/><w:p><w:r><w:t>Un.</w:t></w:r></w:p><w:p></w:p><w:p><w:r><w:t>Deux.</w:t>"
       "</w:r></w:p>",
       "Un.\n\nDeux.\n"},
      // Deleted and moved-away text, field codes, text boxes and their fallback copy.
      {"<w:p><w:r><w:t>Reste.</w:t></w:r><w:del><w:r><w:delText>Parti.</w:delText></w:r>"
       "</w:del><w:moveFrom><w:r><w:t>D\u00e9plac\u00e9.</w:t></w:r></w:moveFrom></w:p>",
       "Reste.\n"},
      {"<w:p><w:r><w:instrText>PAGE</w:instrText></w:r><w:r><w:t>Page.</w:t></w:r></w:p>",
       "Page.\n"},
      {"<w:p><w:r><mc:AlternateContent><mc:Choice><w:drawing><w:txbxContent><w:p><w:r>"
       "<w:t>L\u00e9gende.</w:t></w:r></w:p></w:txbxContent></w:drawing></mc:Choice>"
       "<mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>L\u00e9gende.</w:t></w:r></w:p>"
       "</w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent><w:t>Texte.</w:t>"
       "</w:r></w:p>",
       "Texte.\n"},
      // Table cells, one paragraph each.
      {"<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Russie</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r>"
       "<w:t>Cor\u00e9e du Nord</w:t></w:r></w:p></w:tc></w:tr></w:tbl>",
       "Russie\n\nCor\u00e9e du Nord\n"},
      // Character data outside <w:t> is not text.
      {"<w:p>\n  <w:r>\n    <w:t xml:space=\"preserve\"> Kim </w:t>\n  </w:r>\n</w:p>", "Kim\n"},
      {"", ""},
  }));
  CAPTURE(body);
  CHECK(TextOf(Docx(body)) == expected);
}

TEST_CASE("DOCX: the body is the part the package's relationships name", "[office]") {
  const auto [name, bytes, expected] = GENERATE(table<std::string, std::string, std::string>({
      {"Word Online's word/document2.xml",
       Package("word/document2.xml", "/word/document2.xml", kWordBodyType,
               {{"word/document2.xml", WordBody("L\u2019\u00e9lu a d\u00e9missionn\u00e9.")}}),
       "L\u2019\u00e9lu a d\u00e9missionn\u00e9.\n"},
      {"an absolute target, a part name in other case",
       Package("/word/Principal.xml", "/WORD/principal.xml", kWordBodyType,
               {{"word/Principal.xml", WordBody("\u00ab Non \u00bb, dit-il.")}}),
       "\u00ab Non \u00bb, dit-il.\n"},
      {"the named part before a word/document.xml left behind",
       Package("word/document2.xml", "/word/document2.xml", kWordBodyType,
               {{"word/document.xml", WordBody("Version p\u00e9rim\u00e9e.")},
                {"word/document2.xml", WordBody("Version \u00e0 jour.")}}),
       "Version \u00e0 jour.\n"},
      {"a macro-enabled template",
       Package("word/document.xml", "/word/document.xml",
               "application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
               {{"word/document.xml", WordBody("Mod\u00e8le.")}}),
       "Mod\u00e8le.\n"},
      {"a target that is missing: word/document.xml, as before",
       Package("word/absent.xml", "/word/absent.xml", kWordBodyType,
               {{"word/document.xml", WordBody("Corps s\u00fbr.")}}),
       "Corps s\u00fbr.\n"},
  }));
  CAPTURE(name);
  REQUIRE(precis::SniffOfficeFormat(bytes) == OfficeFormat::kDocx);
  CHECK(TextOf(bytes) == expected);
}

TEST_CASE("ODT: white space collapsed as ODF says, and what is not running text", "[office]") {
  const auto [body, expected] = GENERATE(table<std::string, std::string>({
      {"<text:h>Titre</text:h><text:p>Il  est\n\tarriv\u00e9.</text:p>",
       "Titre\n\nIl est arriv\u00e9.\n"},
      {"<text:p>Un<text:s/>deux<text:s text:c=\"3\"/>trois<text:tab/>quatre"
       "<text:line-break/>cinq</text:p>",
       "Un deux   trois quatre\ncinq\n"},
      // A crafted count of spaces is capped.
      {"<text:p>a<text:s text:c=\"999999999999\"/>b</text:p>", "a" + std::string(100, ' ') + "b\n"},
      {"<text:p>a<text:s text:c=\"-4\"/>b</text:p>", "a b\n"},
      {"<text:p>Texte<text:note><text:note-citation>1</text:note-citation><text:note-body>"
       "<text:p>Note.</text:p></text:note-body></text:note> suivi.</text:p>",
       "Texte suivi.\n"},
      {"<text:p>Texte.<office:annotation><text:p>Commentaire.</text:p></office:annotation>"
       "</text:p>",
       "Texte.\n"},
      {"<text:table-of-content><text:index-body><text:p>Titre 1</text:p></text:index-body>"
       "</text:table-of-content><text:p>Corps.</text:p>",
       "Corps.\n"},
      {"<text:p><draw:frame><draw:text-box><text:p>L\u00e9gende.</text:p></draw:text-box>"
       "</draw:frame>Corps.</text:p>",
       "Corps.\n"},
      {"<text:list><text:list-item><text:p>Un.</text:p></text:list-item><text:list-item>"
       "<text:p>Deux.</text:p></text:list-item></text:list>",
       "Un.\n\nDeux.\n"},
      {"<text:p/><text:p>  </text:p>", ""},
  }));
  CAPTURE(body);
  CHECK(TextOf(Odt(body)) == expected);
}

TEST_CASE("DOCX: hidden text is left out, as Word prints it", "[office]") {
  const auto [body, expected] = GENERATE(table<std::string, std::string>({
      {"<w:p><w:r><w:t xml:space=\"preserve\">Le d\u00e9put\u00e9 a vot\u00e9 </w:t></w:r>"
       "<w:r><w:rPr><w:i/><w:vanish/></w:rPr><w:t xml:space=\"preserve\">TEXTE MASQU\u00c9 "
       "</w:t></w:r><w:r><w:t>contre l\u2019amendement.</w:t></w:r></w:p>",
       "Le d\u00e9put\u00e9 a vot\u00e9 contre l\u2019amendement.\n"},
      // A hidden run's tabs and breaks go with it; the next run is not hidden.
      {"<w:p><w:r><w:rPr><w:vanish/></w:rPr><w:tab/><w:t>Note</w:t><w:br/></w:r><w:r>"
       "<w:t>\u00ab Oui \u00bb, a-t-il dit.</w:t></w:r></w:p>",
       "\u00ab Oui \u00bb, a-t-il dit.\n"},
      // A paragraph all hidden leaves no blank line.
      {"<w:p><w:r><w:t>Un.</w:t></w:r></w:p><w:p><w:r><w:rPr><w:vanish/></w:rPr>"
       "<w:t>Cach\u00e9.</w:t></w:r></w:p><w:p><w:r><w:t>Deux.</w:t></w:r></w:p>",
       "Un.\n\nDeux.\n"},
      // Turned off, or only on the paragraph mark, or only in a revision's old properties,
      // it hides nothing.
      {"<w:p><w:r><w:rPr><w:vanish w:val=\"false\"/></w:rPr><w:t>L\u2019\u00e9t\u00e9."
       "</w:t></w:r></w:p>",
       "L\u2019\u00e9t\u00e9.\n"},
      {"<w:p><w:pPr><w:rPr><w:vanish/></w:rPr></w:pPr><w:r><w:t>Marque masqu\u00e9e."
       "</w:t></w:r></w:p>",
       "Marque masqu\u00e9e.\n"},
      {"<w:p><w:r><w:rPr><w:rPrChange w:id=\"1\"><w:rPr><w:vanish/></w:rPr></w:rPrChange>"
       "</w:rPr><w:t>R\u00e9vis\u00e9.</w:t></w:r></w:p>",
       "R\u00e9vis\u00e9.\n"},
  }));
  CAPTURE(body);
  CHECK(TextOf(Docx(body)) == expected);
}

TEST_CASE("DOCX: a character style that hides its text hides the runs that name it", "[office]") {
  const std::string styles =
      std::string("<w:styles xmlns:w=\"") + kWordNs +
      "\"><w:style w:type=\"character\" w:styleId=\"Masque\"><w:rPr><w:vanish/></w:rPr>"
      "</w:style><w:style w:type=\"character\" w:styleId=\"MasqueH\u00e9rit\u00e9\"><w:basedOn "
      "w:val=\"Masque\"/></w:style><w:style w:type=\"character\" w:styleId=\"Affich\u00e9\">"
      "<w:basedOn w:val=\"Masque\"/><w:rPr><w:vanish w:val=\"0\"/></w:rPr></w:style>"
      "<w:style w:type=\"character\" w:styleId=\"Boucle\"><w:basedOn w:val=\"Boucle\"/>"
      "</w:style><w:style w:type=\"paragraph\" w:styleId=\"Normal\"><w:pPr><w:rPr><w:vanish/>"
      "</w:rPr></w:pPr></w:style></w:styles>";
  const std::string body =
      std::string("<w:document xmlns:w=\"") + kWordNs +
      "\"><w:body><w:p><w:pPr><w:pStyle w:val=\"Normal\"/></w:pPr>"
      "<w:r><w:t xml:space=\"preserve\">\u00ab Non \u00bb</w:t></w:r>"
      "<w:r><w:rPr><w:rStyle w:val=\"Masque\"/></w:rPr><w:t> un</w:t></w:r>"
      "<w:r><w:rPr><w:rStyle w:val=\"MasqueH\u00e9rit\u00e9\"/></w:rPr><w:t> deux</w:t></w:r>"
      "<w:r><w:rPr><w:rStyle w:val=\"Affich\u00e9\"/></w:rPr><w:t xml:space=\"preserve\">, "
      "dit l\u2019\u00e9lu</w:t></w:r>"
      "<w:r><w:rPr><w:rStyle w:val=\"Masque\"/><w:vanish w:val=\"off\"/></w:rPr>"
      "<w:t xml:space=\"preserve\"> au Parlement</w:t></w:r>"
      "<w:r><w:rPr><w:rStyle w:val=\"Boucle\"/></w:rPr><w:t>.</w:t></w:r></w:p></w:body>"
      "</w:document>";
  const std::string rels =
      "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
      "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
      "relationships/styles\" Target=\"styles2.xml\"/></Relationships>";
  const std::string expected = "\u00ab Non \u00bb, dit l\u2019\u00e9lu au Parlement.\n";
  SECTION("styles in word/styles.xml") {
    CHECK(TextOf(ZipArchive({{"word/document.xml", body}, {"word/styles.xml", styles}})) ==
          expected);
  }
  SECTION("styles where the body's own relationships say, as Word Online writes them") {
    CHECK(TextOf(Package("word/document2.xml", "/word/document2.xml", kWordBodyType,
                         {{"word/document2.xml", body},
                          {"word/_rels/document2.xml.rels", rels},
                          {"word/styles2.xml", styles}})) == expected);
  }
}

// A DOCX whose word/styles.xml holds `styles` (w:style and w:docDefaults elements) and
// whose body holds `body`.
std::string StyledDocx(const std::string& styles, const std::string& body) {
  const std::string word = std::string("xmlns:w=\"") + kWordNs + "\"";
  return ZipArchive(
      {{"word/document.xml", "<w:document " + word + "><w:body>" + body + "</w:body></w:document>"},
       {"word/styles.xml", "<w:styles " + word + ">" + styles + "</w:styles>"}});
}

TEST_CASE("DOCX: a paragraph style that hides its text hides its paragraphs' runs", "[office]") {
  const std::string styles =
      "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"/>"
      "<w:style w:type=\"paragraph\" w:styleId=\"Note\"><w:basedOn w:val=\"Normal\"/><w:rPr>"
      "<w:i/><w:vanish/></w:rPr></w:style>"
      "<w:style w:type=\"paragraph\" w:styleId=\"NoteR\u00e9dac\"><w:basedOn w:val=\"Note\"/>"
      "</w:style>"
      "<w:style w:type=\"character\" w:styleId=\"Masque\"><w:rPr><w:vanish/></w:rPr></w:style>"
      "<w:style w:type=\"character\" w:styleId=\"Neutre\"><w:rPr><w:vanish w:val=\"0\"/>"
      "</w:rPr></w:style>";
  const auto [body, expected] = GENERATE(table<std::string, std::string>({
      // The paragraph leaves no blank line; the paragraphs of the default style are shown.
      {"<w:p><w:r><w:t>Un.</w:t></w:r></w:p><w:p><w:pPr><w:pStyle w:val=\"Note\"/></w:pPr>"
       "<w:r><w:t>Note de la r\u00e9daction.</w:t></w:r></w:p><w:p><w:r>"
       "<w:t>\u00ab Deux \u00bb.</w:t></w:r></w:p>",
       "Un.\n\n\u00ab Deux \u00bb.\n"},
      // Through w:basedOn; a run's own w:vanish turned off shows it, and so does a
      // character style that hides too, since vanish is a toggle (ECMA-376 17.7.3): two
      // styles that hide cancel out. A character style that turns it off toggles nothing.
      {"<w:p><w:pPr><w:pStyle w:val=\"NoteR\u00e9dac\"/></w:pPr>"
       "<w:r><w:t xml:space=\"preserve\">Masqu\u00e9 </w:t></w:r>"
       "<w:r><w:rPr><w:vanish w:val=\"0\"/></w:rPr><w:t>L\u2019\u00e9lue</w:t></w:r>"
       "<w:r><w:rPr><w:rStyle w:val=\"Neutre\"/></w:rPr><w:t> encore masqu\u00e9</w:t></w:r>"
       "<w:r><w:rPr><w:rStyle w:val=\"Masque\"/></w:rPr><w:t xml:space=\"preserve\"> a "
       "r\u00e9pondu.</w:t></w:r></w:p>",
       "L\u2019\u00e9lue a r\u00e9pondu.\n"},
      // A paragraph inside a hidden one has its own style.
      {"<w:p><w:pPr><w:pStyle w:val=\"Note\"/></w:pPr><w:r><w:t>Cach\u00e9</w:t></w:r>"
       "<w:sdt><w:sdtContent><w:p><w:r><w:t>Montr\u00e9</w:t></w:r></w:p></w:sdtContent>"
       "</w:sdt><w:r><w:t>Cach\u00e9 aussi</w:t></w:r></w:p>",
       "Montr\u00e9\n"},
  }));
  CAPTURE(body);
  CHECK(TextOf(StyledDocx(styles, body)) == expected);
}

TEST_CASE("DOCX: hidden by the default paragraph style or the document defaults", "[office]") {
  const std::string body =
      "<w:p><w:r><w:t>Cach\u00e9.</w:t></w:r></w:p><w:p><w:r><w:rPr><w:vanish w:val=\"false\"/>"
      "</w:rPr><w:t>\u00ab L\u2019\u00e9t\u00e9 \u00bb, dit-elle.</w:t></w:r></w:p>";
  const std::string shown = "\u00ab L\u2019\u00e9t\u00e9 \u00bb, dit-elle.\n";
  SECTION("the paragraph style of paragraphs that name none") {
    CHECK(TextOf(StyledDocx("<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\">"
                            "<w:rPr><w:vanish/></w:rPr></w:style>",
                            body)) == shown);
  }
  SECTION("the document's default run properties, which no style toggles off") {
    CHECK(TextOf(StyledDocx("<w:docDefaults><w:rPrDefault><w:rPr><w:vanish/></w:rPr>"
                            "</w:rPrDefault></w:docDefaults><w:style w:type=\"character\" "
                            "w:styleId=\"Masque\"><w:rPr><w:vanish/></w:rPr></w:style>",
                            body + "<w:p><w:r><w:rPr><w:rStyle w:val=\"Masque\"/></w:rPr>"
                                   "<w:t>Toujours cach\u00e9.</w:t></w:r></w:p>")) == shown);
  }
  SECTION("default run properties turned off, or only a revision's old ones") {
    CHECK(TextOf(StyledDocx("<w:docDefaults><w:rPrDefault><w:rPr><w:vanish w:val=\"0\"/>"
                            "<w:rPrChange w:id=\"1\"><w:rPr><w:vanish/></w:rPr></w:rPrChange>"
                            "</w:rPr></w:rPrDefault></w:docDefaults>",
                            body)) == "Cach\u00e9.\n\n" + shown);
  }
}

TEST_CASE("ODT: text a style hides is left out, as LibreOffice prints it", "[office]") {
  const auto [automatic_styles, body, common_styles, expected] =
      GENERATE(table<std::string, std::string, std::string, std::string>({
          {"<style:style style:name=\"T1\" style:family=\"text\"><style:text-properties "
           "text:display=\"none\"/></style:style>",
           "<text:p>Le d\u00e9put\u00e9 a vot\u00e9 <text:span text:style-name=\"T1\">TEXTE "
           "MASQU\u00c9 </text:span>contre l\u2019amendement.</text:p>",
           "", "Le d\u00e9put\u00e9 a vot\u00e9 contre l\u2019amendement.\n"},
          // A paragraph's style hides the whole paragraph, heading or not.
          {"<style:style style:name=\"P1\" style:family=\"paragraph\"><style:text-properties "
           "text:display=\"none\"/></style:style>",
           "<text:p>Un.</text:p><text:h text:style-name=\"P1\">Titre cach\u00e9</text:h>"
           "<text:p text:style-name=\"P1\">Paragraphe <text:span>masqu\u00e9</text:span>."
           "</text:p><text:p>\u00ab Deux \u00bb.</text:p>",
           "", "Un.\n\n\u00ab Deux \u00bb.\n"},
          // Names are per family: a text style named as a hidden paragraph style is not.
          {"<style:style style:name=\"X\" style:family=\"paragraph\"><style:text-properties "
           "text:display=\"none\"/></style:style>",
           "<text:p>L\u2019\u00e9t\u00e9 <text:span text:style-name=\"X\">arrive</text:span>."
           "</text:p>",
           "", "L\u2019\u00e9t\u00e9 arrive.\n"},
          // Inherited from a named style of styles.xml, unless the child shows it again.
          {"<style:style style:name=\"T1\" style:family=\"text\" "
           "style:parent-style-name=\"Cach\u00e9\"/><style:style style:name=\"T2\" "
           "style:family=\"text\" style:parent-style-name=\"Cach\u00e9\"><style:text-properties "
           "text:display=\"true\"/></style:style>",
           "<text:p>Le maire<text:span text:style-name=\"T1\"> (note)</text:span><text:span "
           "text:style-name=\"T2\"> a parl\u00e9</text:span>.</text:p>",
           "<style:style style:name=\"Cach\u00e9\" style:family=\"text\"><style:text-properties "
           "text:display=\"none\"/></style:style>",
           "Le maire a parl\u00e9.\n"},
      }));
  CAPTURE(body);
  CHECK(TextOf(StyledOdt(automatic_styles, body, common_styles)) == expected);
}

TEST_CASE("ODT: hidden text and hidden paragraph fields, and conditional text", "[office]") {
  const auto [body, expected] = GENERATE(table<std::string, std::string>({
      // A hidden text field last found hidden shows nothing, whatever its content says.
      {"<text:p>Le maire<text:hidden-text text:condition=\"ooow:Brouillon\" "
       "text:string-value=\" (\u00e0 v\u00e9rifier)\" text:is-hidden=\"true\"> (\u00e0 "
       "v\u00e9rifier)</text:hidden-text> a d\u00e9missionn\u00e9.</text:p>",
       "Le maire a d\u00e9missionn\u00e9.\n"},
      // Shown, it shows its text:string-value, as LibreOffice does; without one, its content.
      {"<text:p>\u00ab Oui \u00bb<text:hidden-text text:condition=\"ooow:Final\" "
       "text:string-value=\", a-t-elle dit\" text:is-hidden=\"false\"/>.</text:p>",
       "\u00ab Oui \u00bb, a-t-elle dit.\n"},
      {"<text:p>L\u2019\u00e9t\u00e9<text:hidden-text> arrive</text:hidden-text>.</text:p>",
       "L\u2019\u00e9t\u00e9 arrive.\n"},
      // A hidden paragraph field hides the paragraph it is in, text before it included.
      {"<text:p>Un.</text:p><text:p>Texte <text:span>r\u00e9serv\u00e9</text:span> \u00e0 la "
       "r\u00e9daction.<text:hidden-paragraph text:condition=\"ooow:1\" "
       "text:is-hidden=\"true\"/></text:p><text:h><text:hidden-paragraph "
       "text:is-hidden=\"true\"/>Titre cach\u00e9</text:h><text:p>\u00ab Deux \u00bb.</text:p>",
       "Un.\n\n\u00ab Deux \u00bb.\n"},
      {"<text:p><text:hidden-paragraph text:condition=\"ooow:0\" text:is-hidden=\"false\"/>"
       "L\u2019\u00e9lue a parl\u00e9.</text:p><text:p>Apr\u00e8s.</text:p>",
       "L\u2019\u00e9lue a parl\u00e9.\n\nApr\u00e8s.\n"},
      // Conditional text shows the value its condition last chose, false by default.
      {"<text:p>La s\u00e9ance est <text:conditional-text text:condition=\"ooow:Ouverte\" "
       "text:string-value-if-true=\"ouverte\" text:string-value-if-false=\"close\" "
       "text:current-value=\"true\">ouverte</text:conditional-text>.</text:p>",
       "La s\u00e9ance est ouverte.\n"},
      {"<text:p>La s\u00e9ance est <text:conditional-text text:condition=\"ooow:Ouverte\" "
       "text:string-value-if-true=\"ouverte\" text:string-value-if-false=\"close\"/>."
       "</text:p>",
       "La s\u00e9ance est close.\n"},
  }));
  CAPTURE(body);
  CHECK(TextOf(Odt(body)) == expected);
}

TEST_CASE("other archives and other bytes are not word-processor documents", "[office]") {
  const auto [name, bytes] = GENERATE(table<std::string, std::string>({
      {"a spreadsheet",
       ZipArchive({{"mimetype", "application/vnd.oasis.opendocument.spreadsheet", true},
                   {"content.xml", "<x/>"}})},
      {"an e-book", ZipArchive({{"mimetype", "application/epub+zip", true},
                                {"OEBPS/content.opf", "<package/>"}})},
      {"an Excel workbook", ZipArchive({{"xl/workbook.xml", "<workbook/>"}})},
      {"an Excel workbook named as the package's main part",
       Package("xl/workbook.xml", "/xl/workbook.xml",
               "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
               {{"xl/workbook.xml", "<workbook/>"}})},
      {"an empty archive", std::string("PK\x05\x06") + std::string(18, '\0')},
      {"a truncated archive", Docx("<w:p/>").substr(0, 40)},
      {"text", std::string("Le pr\u00e9sident est arriv\u00e9.")},
      {"an XML file that is not a flat ODT",
       std::string("<?xml version=\"1.0\"?><rss><item>Le Kremlin confirme.</item></rss>")},
      {"a flat spreadsheet",
       std::string("<?xml version=\"1.0\"?><office:document office:mimetype=\""
                   "application/vnd.oasis.opendocument.spreadsheet\"/>")},
      {"nothing", std::string()},
  }));
  CAPTURE(name);
  CHECK(precis::SniffOfficeFormat(bytes) == OfficeFormat::kNone);
  const precis::OfficeText read = precis::ReadOfficeText(bytes);
  CHECK(read.format == OfficeFormat::kNone);
  CHECK(read.text.empty());
  CHECK(read.error.empty());
}

TEST_CASE("damaged documents are refused with the reason", "[office]") {
  std::string crc = ZipArchive({{"word/document.xml",
                                 std::string("<w:document xmlns:w=\"") + kWordNs +
                                     "\"><w:body><w:p><w:r><w:t>Texte intact.</w:t></w:r>"
                                     "</w:p></w:body></w:document>",
                                 true}});
  crc[crc.find("intact")] = 'I';
  const auto [name, bytes, error] = GENERATE_REF(table<std::string, std::string, std::string>({
      {"a CRC mismatch", crc, "damaged Word document (CRC error)"},
      {"malformed XML", Docx("<w:p><w:r><w:t>Texte</w:r></w:p>"),
       "damaged Word document (its XML is not well-formed)"},
      {"a DTD, which could declare entities to expand",
       ZipArchive({{"word/document.xml", "<!DOCTYPE d [<!ENTITY a \"aaaaaaaaaa\">]><d>&a;</d>"}}),
       "damaged Word document (it declares a DTD)"},
      {"a password-protected ODT",
       ZipArchive({{"mimetype", "application/vnd.oasis.opendocument.text", true},
                   {"META-INF/manifest.xml",
                    "<manifest:manifest><manifest:file-entry manifest:full-path=\"content.xml\">"
                    "<manifest:encryption-data manifest:checksum-type=\"SHA1/1K\"/>"
                    "</manifest:file-entry></manifest:manifest>"},
                   {"content.xml", std::string("\x8F\x03\xA1\x7E binary", 11)}}),
       "password-protected OpenDocument text"},
      {"a body compressed with LZMA, which libzip cannot decompress, not called damaged",
       precis::testing::WithZipMethod(ZipArchive({{"word/document.xml", "<w:document/>", true}}),
                                      14),
       "Word document compressed with LZMA (method 14), which precis cannot decompress"},
      {"XML nested 100,000 levels deep: libxml2's limit, named, not called damage",
       Docx(Nested(100000, "<w:p><w:r><w:t>Texte.</w:t></w:r></w:p>")),
       "Word document whose XML is nested over 256 levels deep"},
      {"the same in an ODT", Odt(Nested(300, "<text:p>Texte.</text:p>")),
       "OpenDocument text whose XML is nested over 256 levels deep"},
      {"a run of text over 10 MB: libxml2's limit too, once called not well-formed",
       Docx("<w:p><w:r><w:t>" + std::string(10'500'000, 'a') + "</w:t></w:r></w:p>"),
       "Word document whose XML holds a run of text over 10 MB, libxml2's limit"},
      {"an ODT without content.xml",
       ZipArchive({{"mimetype", "application/vnd.oasis.opendocument.text", true}}),
       "damaged OpenDocument text (no content.xml)"},
  }));
  CAPTURE(name);
  const OfficeFormat format = precis::SniffOfficeFormat(bytes);
  REQUIRE(format != OfficeFormat::kNone);
  const precis::OfficeText read = precis::ReadOfficeText(bytes);
  CHECK(read.format == format);
  CHECK(read.error == error);
  CHECK(read.text.empty());
}

TEST_CASE("a DOCX with two bodies reads the first and says so", "[office]") {
  // libzip adds no second entry of one name: the second is renamed in the archive's bytes.
  const std::string body =
      std::string("<w:document xmlns:w=\"") + kWordNs + "\"><w:body><w:p><w:r><w:t>";
  std::string bytes = ZipArchive(
      {{"word/document.xml", body + "Le premier.</w:t></w:r></w:p></w:body></w:document>"},
       {"word/document.xmX", body + "Le second.</w:t></w:r></w:p></w:body></w:document>"}});
  for (std::size_t at = bytes.find("document.xmX"); at != std::string::npos;
       at = bytes.find("document.xmX", at)) {
    bytes[at + 11] = 'l';
  }
  const precis::OfficeText read = precis::ReadOfficeText(bytes);
  CHECK(read.error.empty());
  CHECK(read.text == "Le premier.\n");
  CHECK(read.note == "2 parts named word/document.xml, the first read");
  CHECK(precis::ReadOfficeText(Docx("<w:p><w:r><w:t>Seul.</w:t></w:r></w:p>")).note.empty());
}

TEST_CASE("XML nested deep, within libxml2's limit of 256 levels, is read", "[office]") {
  CHECK(TextOf(Docx(Nested(240, "<w:p><w:r><w:t>Texte.</w:t></w:r></w:p>"))) == "Texte.\n");
  CHECK(TextOf(Odt(Nested(240, "<text:p>Texte.</text:p>"))) == "Texte.\n");
}

TEST_CASE("a flat ODT is read from its own bytes, BOM or not", "[office]") {
  const std::string fodt =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document "
      "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
      "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
      "xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\" "
      "office:mimetype=\"application/vnd.oasis.opendocument.text\"><office:master-styles>"
      "<style:master-page><style:header><text:p>En-t\u00eate du journal</text:p></style:header>"
      "</style:master-page></office:master-styles><office:body><office:text><text:p>Le "
      "Kremlin confirme.</text:p></office:text></office:body></office:document>";
  for (const std::string& bytes : {fodt, "\xEF\xBB\xBF" + fodt}) {
    REQUIRE(precis::SniffOfficeFormat(bytes) == OfficeFormat::kFodt);
    CHECK(TextOf(bytes) == "Le Kremlin confirme.\n");
  }
  const precis::OfficeText capped = precis::ReadOfficeText(fodt, 100);
  CHECK(capped.error == "OpenDocument text over 100 bytes");
}

TEST_CASE("a body part past the limit is refused, not read into memory", "[office]") {
  // 4 MiB of one paragraph deflate to a few kilobytes: what a ZIP bomb is made of.
  const std::string bytes =
      Docx("<w:p><w:r><w:t>" + std::string(std::size_t{4} << 20, 'a') + "</w:t></w:r></w:p>");
  CHECK(bytes.size() < 64 * 1024);
  const precis::OfficeText capped = precis::ReadOfficeText(bytes, std::size_t{1} << 20);
  CHECK(capped.error == "Word document over 1 MiB once uncompressed");
  CHECK(capped.text.empty());
  const precis::OfficeText read = precis::ReadOfficeText(bytes, std::size_t{8} << 20);
  CHECK(read.error.empty());
  CHECK(read.text.size() == (std::size_t{4} << 20) + 1);
}
