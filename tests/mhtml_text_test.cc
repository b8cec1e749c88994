#include "mhtml_text.h"

#include <catch2/catch.hpp>
#include <optional>
#include <string>

#include "load.h"

namespace {

using precis::MhtmlPage;
using precis::ReadMhtmlPage;

// A page as Chrome saves it ("Webpage, Single File"): CRLF lines, a folded Content-Type,
// the page quoted-printable with its lines cut at 76 columns, then a picture.
const std::string kChromeArchive =
    "From: <Saved by Blink>\r\n"
    "Snapshot-Content-Location: https://www.exemple.fr/greve\r\n"
    "Subject: =?utf-8?Q?Gr=C3=A8ve?=\r\n"
    "MIME-Version: 1.0\r\n"
    "Content-Type: multipart/related;\r\n"
    "\ttype=\"text/html\";\r\n"
    "\tboundary=\"----MultipartBoundary--abc----\"\r\n"
    "\r\n"
    "\r\n"
    "------MultipartBoundary--abc----\r\n"
    "Content-Type: text/html\r\n"
    "Content-ID: <frame-1@mhtml.blink>\r\n"
    "Content-Transfer-Encoding: quoted-printable\r\n"
    "Content-Location: https://www.exemple.fr/greve\r\n"
    "\r\n"
    "<html><head><meta charset=3D\"utf-8\"></head><body><p>Le trafic =C3=A9tait pert=\r\n"
    "urb=C3=A9 mardi, selon l=E2=80=99entreprise : 3,5 % des trains.</p></body></html>\r\n"
    "------MultipartBoundary--abc----\r\n"
    "Content-Type: image/png\r\n"
    "Content-Transfer-Encoding: base64\r\n"
    "\r\n"
    "iVBORw0KGgo=\r\n"
    "------MultipartBoundary--abc------\r\n";

const std::string kPage =
    "<html><head><meta charset=\"utf-8\"></head><body><p>Le trafic \u00E9tait perturb\u00E9 "
    "mardi, selon l\u2019entreprise : 3,5 % des trains.</p></body></html>";

}  // namespace

TEST_CASE("A web archive's page is found and decoded from quoted-printable", "[mhtml]") {
  const std::optional<MhtmlPage> page = ReadMhtmlPage(kChromeArchive);
  REQUIRE(page);
  CHECK(page->error.empty());
  CHECK(page->html == kPage);
}

TEST_CASE("A web archive's page may be base64, after other parts, with LF lines", "[mhtml]") {
  const std::string archive =
      "MIME-Version: 1.0\n"
      "Content-Type: multipart/related; boundary=sep; type=\"text/html\"\n"
      "\n"
      "--sep\n"
      "Content-Type: text/css\n"
      "\n"
      "p { color: red }\n"
      "--sep\n"
      "Content-Type: TEXT/HTML; charset=utf-8\n"
      "Content-Transfer-Encoding: Base64\n"
      "\n"
      "PHA+TGUgcHLDqXNpZGVudCBlc3QgYXJyaXbDqSDDoCBQeW9uZ3lhbmcuPC9wPg==\n"
      "--sep--\n";
  const std::optional<MhtmlPage> page = ReadMhtmlPage(archive);
  REQUIRE(page);
  CHECK(page->error.empty());
  CHECK(page->html == "<p>Le pr\u00E9sident est arriv\u00E9 \u00E0 Pyongyang.</p>");
}

TEST_CASE("A web archive without a page says so", "[mhtml]") {
  const std::string archive =
      "MIME-Version: 1.0\nContent-Type: multipart/related; boundary=\"b\"\n\n"
      "--b\nContent-Type: image/jpeg\n\nxxxx\n--b--\n";
  const std::optional<MhtmlPage> page = ReadMhtmlPage(archive);
  REQUIRE(page);
  CHECK(page->error == "web archive (MHTML) without an HTML page");
}

TEST_CASE("Text that opens like a message but is no web archive is not one", "[mhtml]") {
  const auto text = GENERATE(
      as<std::string>{}, "Objet : r\u00E9union\n\nLe texte de la note.\n",
      "Paris: le trafic reprend.\n\nLe texte.\n",
      "Content-Type: multipart/mixed; boundary=b\n\n--b\n\nUn.\n--b--\n",
      "Content-Type: multipart/related\n\nSans fronti\u00E8re.\n",
      "Content-Type: multipart/related; boundary=b\n(the headers never end)",
      "Le pr\u00E9sident : \u00AB Content-Type: multipart/related; boundary=b \u00BB\n\nUn.\n", "");
  CAPTURE(text);
  CHECK_FALSE(ReadMhtmlPage(text).has_value());
}

TEST_CASE("Load reads a web archive as the page it holds, and --plain-text as it is",
          "[mhtml][load]") {
  const precis::LoadedDocument page = precis::Load({"greve.mhtml", kChromeArchive});
  CHECK(page.original ==
        "Le trafic \u00E9tait perturb\u00E9 mardi, selon l\u2019entreprise : 3,5 % des trains.\n");
  precis::LoadOptions plain;
  plain.markup = false;
  CHECK(precis::Load({"greve.mhtml", kChromeArchive}, plain).original.rfind("From: <Saved", 0) ==
        0);
}

TEST_CASE("A mail's body is found in nested parts: HTML first, else text", "[mhtml]") {
  // A newsletter as mail clients save it: its HTML beside an inline logo, the text and
  // HTML versions one level down; the HTML base64 ("<p>« Partez », dit le préfet.</p>").
  const std::string newsletter =
      "Content-Type: multipart/related; boundary=\"R\"\n"
      "MIME-Version: 1.0\nFrom: Exemple Info <lettre@exemple.fr>\nSubject: La lettre\n\n"
      "--R\nContent-Type: multipart/alternative; boundary=\"A\"\n\n"
      "--A\nContent-Type: text/plain; charset=utf-8\n\nLa version texte.\n"
      "--A\nContent-Type: text/html; charset=\"utf-8\"\nContent-Transfer-Encoding: base64\n\n"
      "PHA+wqsgUGFydGV6IMK7LCBkaXQgbGUgcHLDqWZldC48L3A+\n"
      "--A--\n"
      "--R\nContent-Type: image/png\nContent-ID: <logo@x>\n\niVBORw0KGgo=\n--R--\n";
  const std::optional<MhtmlPage> page = ReadMhtmlPage(newsletter);
  REQUIRE(page);
  CHECK(page->error.empty());
  CHECK_FALSE(page->plain);
  CHECK(page->charset == "utf-8");
  CHECK(page->html == "<p>\u00AB Partez \u00BB, dit le pr\u00E9fet.</p>");

  // Text only, quoted-printable in Latin-1; an attached text file is no body.
  const std::string forwarded =
      "From: a@exemple.fr\nSubject: Fwd\nContent-Type: multipart/mixed; boundary=M\n\n"
      "--M\nContent-Type: text/plain\nContent-Disposition: attachment\n\nPi\u00E8ce jointe.\n"
      "--M\nContent-Type: message/rfc822\n\n"
      "Subject: Crue\nContent-Type: text/plain; charset=iso-8859-1\n"
      "Content-Transfer-Encoding: quoted-printable\n\n"
      "La pr=E9fecture a ordonn=E9 l=92=E9vacu=\nation.\n--M--\n";
  const std::optional<MhtmlPage> text = ReadMhtmlPage(forwarded);
  REQUIRE(text);
  CHECK(text->plain);
  CHECK(text->charset == "iso-8859-1");
  CHECK(text->html ==
        "La pr\xE9"
        "fecture a ordonn\xE9 l\x92\xE9vacuation.");

  const std::optional<MhtmlPage> none = ReadMhtmlPage(
      "From: a@exemple.fr\nContent-Type: multipart/mixed; boundary=M\n\n"
      "--M\nContent-Type: image/jpeg\n\nxxxx\n--M--\n");
  REQUIRE(none);
  CHECK(none->error == "e-mail message without a text part");
}

TEST_CASE("Load reads a mail in its part's charset, cut-short base64 as far as it goes",
          "[mhtml][load]") {
  const precis::LoadedDocument latin =
      precis::Load({"lettre.eml",
                    "From Exemple Fri Jan 17 08:00:00 2025\nFrom: a@exemple.fr\nMIME-Version: 1.0\n"
                    "Content-Type: text/plain; charset=iso-8859-1\nContent-Transfer-Encoding: "
                    "quoted-printable\n\n=AB Aucun risque =BB, a d=E9clar=E9 le pr=E9fet.\n"});
  CHECK(latin.text == "\u00AB Aucun risque \u00BB, a d\u00E9clar\u00E9 le pr\u00E9fet.\n");
  // "Le préfet est arrivé." cut inside its last group.
  const precis::LoadedDocument cut =
      precis::Load({"coupe.eml",
                    "From: a@exemple.fr\nContent-Type: text/plain; charset=utf-8\n"
                    "Content-Transfer-Encoding: base64\n\nTGUgcHLDqWZldCBlc3QgYXJyaXbDqS4"});
  CHECK(cut.text == "Le pr\u00E9fet est arriv\u00E9.");
}
