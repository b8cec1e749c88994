#include "rtf_text.h"

#include <catch2/catch.hpp>
#include <string>

#include "support/office_article.h"

namespace {

using precis::LooksLikeRtf;
using precis::ReadRtfText;

// A document around `body`, as word processors open one.
std::string Rtf(const std::string& body) {
  return "{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\froman Times;}}"
         "{\\colortbl;\\red0\\green0\\blue0;}\\f0\\fs24 " +
         body + "}";
}

}  // namespace

TEST_CASE("an RTF document written by a word processor reads as its DOCX and ODT do", "[rtf]") {
  const std::string bytes = precis::testing::ReadOfficeFixture("article.rtf");
  // What must be left out is in the file: the deleted change, the comment, the footnote
  // and the text box's caption.
  REQUIRE(bytes.find("Texte supprim") != std::string::npos);
  REQUIRE(bytes.find("rifier le chiffre") != std::string::npos);
  REQUIRE(bytes.find("Note de la r") != std::string::npos);
  REQUIRE(bytes.find("la place Kim Il-sung") != std::string::npos);
  CHECK(LooksLikeRtf(bytes));
  CHECK(ReadRtfText(bytes) == precis::testing::kArticleText);
}

TEST_CASE("RTF: code pages, Unicode and its fallbacks, escapes and special characters", "[rtf]") {
  const auto [rtf, expected] = GENERATE(table<std::string, std::string>({
      {Rtf("Le pr\\'e9sident \\'e0 l\\'92\\'e9t\\'e9\\'85\\par"),
       "Le pr\u00e9sident \u00e0 l\u2019\u00e9t\u00e9\u2026\n"},
      // Other code pages, multi-byte ones included.
      {"{\\rtf1\\ansi\\ansicpg1251 \\'cf\\'f0\\'e8\\'e2\\'e5\\'f2\\par}",
       "\u041f\u0440\u0438\u0432\u0435\u0442\n"},
      {"{\\rtf1\\ansi\\ansicpg932 \\'93\\'fa\\'96\\'7b\\par}", "\u65e5\u672c\n"},
      // A font's own script (\fcharset), for text written as bytes in it: Cyrillic,
      // Central European; ANSI fonts and text outside any group in the document's page.
      {"{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\fswiss\\fcharset0 Arial;}"
       "{\\f1\\fnil\\fcharset204{\\*\\panose 0}Arial CYR;}{\\f2\\fcharset238 Arial CE;}}"
       "caf\\'e9 {\\f1 \\'cf\\'f0\\'e8\\'e2\\'e5\\'f2} \\f2 \\'a3\\'f3d\\'9f\\f0  \\'e9t\\'e9\\par}",
       "caf\u00e9 \u041f\u0440\u0438\u0432\u0435\u0442 \u0141\u00f3d\u017a \u00e9t\u00e9\n"},
      // The default font's (\deff), a font's \cpg, and the Symbol font's signs.
      {"{\\rtf1\\ansi\\deff1{\\fonttbl{\\f0\\fcharset2 Symbol;}{\\f1\\fcharset161 Greek;}"
       "{\\f2\\cpg1251 Cyr;}}\\'e1\\'e8\\f2 \\'e4\\f0 \\'b1\\par}",
       "\u03b1\u03b8\u0434\u00b1\n"},
      // Symbol's codes are its signs, not Windows-1252's letters ("3´2" was read for "3×2"),
      // as bytes or as Word's private-use \uN; its name is the entry's text, not its
      // panose's. Another symbol font's pictographs (Wingdings' tick) are left out.
      {"{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\fcharset0 Times;}"
       "{\\f1\\ftech\\fcharset2{\\*\\panose 05050102010706020507}Symbol;}"
       "{\\f3\\fnil\\fcharset2 Wingdings;}}"
       "3{\\f1\\'b4}2, 20{\\f1 \\u-3919?}2\\'b0, {\\f1 a} + {\\f1 b} = {\\f1 p}. {\\f3 \\'fc} "
       "Pr\\'eat.\\par}",
       "3\u00d72, 20\u00b12\u00b0, \u03b1 + \u03b2 = \u03c0.  Pr\u00eat.\n"},
      // Mac Roman, by the document's \mac or a font's \fcharset77.
      {"{\\rtf1\\mac caf\\'8e\\par}", "caf\u00e9\n"},
      {"{\\rtf1\\ansi{\\fonttbl{\\f3\\fcharset77 Geneva;}}\\f3 caf\\'8e\\par}", "caf\u00e9\n"},
      // A code page ICU does not know reads as Windows-1252.
      {"{\\rtf1\\ansi\\ansicpg99999 caf\\'e9\\par}", "caf\u00e9\n"},
      // \uN, and the N characters after it that stand in for it (\ucN, 1 by default).
      {Rtf("l\\u8217\\'92\\u233\\'e9t\\u233?"), "l\u2019\u00e9t\u00e9\n"},
      {Rtf("\\uc0\\u233 t\\u233"), "\u00e9t\u00e9\n"},
      {Rtf("V\\uc2 \\u233\\'c3\\'a9rifier"), "V\u00e9rifier\n"},
      // The fallback ends with its group.
      {Rtf("{\\uc3\\u233}t\\'e9"), "\u00e9t\u00e9\n"},
      // Negative numbers are code units past 0x7FFF; a surrogate pair is one character.
      {Rtf("\\u-4064?\\u-10179?\\u-8638?"), "\uf020\U0001F642\n"},
      // Escaped braces and backslashes; a no-break space, optional and no-break hyphens.
      {Rtf("\\{ \\} \\\\ 3,5\\~% nord\\_cor\\'e9en Pyong\\-yang"),
       "{ } \\ 3,5\u00a0% nord-cor\u00e9en Pyongyang\n"},
      // Named characters.
      {Rtf("\\ldblquote Oui\\rdblquote \\emdash\\endash\\lquote\\rquote\\bullet"),
       "\u201cOui\u201d\u2014\u2013\u2018\u2019\u2022\n"},
      // Line ends in the source are not text; a tab is a space.
      {Rtf("Un\r\ndeux\ttrois"), "Undeux trois\n"},
  }));
  CAPTURE(rtf);
  CHECK(ReadRtfText(rtf) == expected);
}

TEST_CASE("RTF: paragraphs, cells and line breaks", "[rtf]") {
  const auto [rtf, expected] = GENERATE(table<std::string, std::string>({
      {Rtf("Un.\\par Deux.\\line Trois.\\par\\par Quatre."), "Un.\n\nDeux.\nTrois.\n\nQuatre.\n"},
      {Rtf("\\trowd\\cellx100\\cellx200 Russie\\cell Cor\\'e9e\\cell\\row Fin."),
       "Russie\n\nCor\u00e9e\n\nFin.\n"},
      {Rtf("Un.\\sect Deux.\\page Trois."), "Un.\n\nDeux.\n\nTrois.\n"},
      // A backslash before a line end is \par.
      {Rtf("Un.\\\nDeux."), "Un.\n\nDeux.\n"},
  }));
  CAPTURE(rtf);
  CHECK(ReadRtfText(rtf) == expected);
}

TEST_CASE("RTF: what a reader of the page does not see is left out", "[rtf]") {
  const auto [rtf, expected] = GENERATE(table<std::string, std::string>({
      // Tables of fonts, colors and styles, and document information.
      {"{\\rtf1{\\fonttbl{\\f0 Arial;}}{\\stylesheet{\\s0 Normal;}}{\\info{\\title Titre}"
       "{\\author Moi}}Corps.}",
       "Corps.\n"},
      // A field shows its result, not its instruction, marked ignorable or not.
      {Rtf("Voir {\\field{\\*\\fldinst{HYPERLINK \"https://example.org\"}}{\\fldrslt{le site}}}."),
       "Voir le site.\n"},
      {Rtf("Page {\\field{\\fldinst PAGE}{\\fldrslt 3}}."), "Page 3.\n"},
      // Footnotes, comments, headers and footers, text boxes, pictures.
      {Rtf("Texte{\\super\\chftn}{\\footnote\\pard Note.} suivi{\\*\\annotation Avis.}."),
       "Texte suivi.\n"},
      {Rtf("{\\header En-t\\'eate}{\\footerr Pied}Corps."), "Corps.\n"},
      {Rtf("Corps.{\\shp{\\*\\shpinst{\\shptxt L\\'e9gende.}}}"), "Corps.\n"},
      {Rtf("Avant{\\pict\\pngblip 89504e47}Apr\\'e8s"), "AvantApr\u00e8s\n"},
      // Binary data is stepped over, whatever bytes it holds.
      {Rtf("Avant{\\pict\\bin4 }{\\{}Apr\\'e8s"), "AvantApr\u00e8s\n"},
      // Any destination marked ignorable.
      {Rtf("A{\\*\\bkmkstart _GoBack}B{\\*\\themedata 01ff}C"), "ABC\n"},
      // List numbers, as DOCX and ODT readers leave them out.
      {Rtf("{\\listtext\\pard\\plain 1.\\tab}Premier point"), "Premier point\n"},
      // Hidden text and deleted revisions, by group or by toggle; \plain shows again.
      {Rtf("A{\\v cach\\'e9}B\\v C\\v0 D\\v E\\plain F"), "ABDF\n"},
      {Rtf("Garder.{\\deleted  Supprimer.} Fin."), "Garder. Fin.\n"},
  }));
  CAPTURE(rtf);
  CHECK(ReadRtfText(rtf) == expected);
}

TEST_CASE("RTF: broken documents are read as far as they go", "[rtf]") {
  // A group never closed, a document closed early, text after its end.
  CHECK(ReadRtfText("{\\rtf1 Texte {\\b non ferm\\'e9") == "Texte non ferm\u00e9\n");
  CHECK(ReadRtfText("{\\rtf1 Un.}} Deux.") == "Un.\n");
  // A control word cut by the end of the file, a \' without its digits, \bin past the end.
  CHECK(ReadRtfText("{\\rtf1 Fin\\") == "Fin\n");
  CHECK(ReadRtfText("{\\rtf1 A\\'zB\\'e") == "AzBe\n");
  CHECK(ReadRtfText("{\\rtf1 A\\bin99999 xyz") == "A\n");
  // Groups deeper than any stack: no recursion.
  std::string deep = "{\\rtf1 ";
  deep.append(200000, '{');
  deep += "profond";
  CHECK(ReadRtfText(deep) == "profond\n");
  // Nothing but markup.
  CHECK(ReadRtfText("{\\rtf1{\\fonttbl{\\f0 Arial;}}}").empty());
}

TEST_CASE("RTF is known by its first bytes", "[rtf]") {
  CHECK(LooksLikeRtf("{\\rtf1\\ansi}"));
  CHECK_FALSE(LooksLikeRtf("Le format {\\rtf1} date de 1987."));
  CHECK_FALSE(LooksLikeRtf(""));
}
