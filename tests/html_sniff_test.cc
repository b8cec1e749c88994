#include "html_sniff.h"

#include <catch2/catch.hpp>
#include <string>

namespace precis {
namespace {

TEST_CASE("LooksLikeHtml knows a page from prose that opens with a chevron", "[html]") {
  const auto [text, html] = GENERATE(table<std::string, bool>({
      {"<!DOCTYPE html><html lang=\"fr\"><head>", true},
      {"<!doctype HTML>\n<title>Poutine</title>", true},
      {"\uFEFF", false},
      {"  \n\t<html lang=\"fr\">", true},
      {"<P>Le président russe est arrivé.</P>", true},
      {"<br/>Le président", true},
      {"<div\nclass=\"article\">", true},
      {"<!-- enregistré depuis le navigateur -->", true},
      {"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\">",
       true},
      // An RSS feed is XML, not a page.
      {"<?xml version=\"1.0\"?><rss version=\"2.0\">", false},
      {"<3 à tous les lecteurs de « Libération ».", false},
      {"<Nom> a déclaré : « Non. »", false},
      {"<paragraphe> n'est pas une balise.", false},
      {"<p sans fin", false},
      {"Le président <p> au milieu.", false},
      {"", false},
      {"   ", false},
  }));
  CAPTURE(text);
  CHECK(LooksLikeHtml(text) == html);
}

TEST_CASE("DeclaredCharset reads a page's meta declaration in its first KiB", "[html]") {
  const auto [page, charset] = GENERATE(table<std::string, std::string>({
      {"<html><head><meta charset=\"Windows-1252\"><title>x</title>", "windows-1252"},
      {"<meta charset=utf-8>", "utf-8"},
      {"<meta charset = 'ISO-8859-15' />", "iso-8859-15"},
      {"<META http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">",
       "iso-8859-1"},
      {"<meta name=\"description\" content=\"Le charset du site\"><meta charset=\"koi8-r\">",
       "koi8-r"},
      // Not in a meta, or past where HTML allows it, or empty: no declaration.
      {"<p>charset=latin1</p>", ""},
      {"<html>" + std::string(1100, ' ') + "<meta charset=\"latin1\">", ""},
      {"<meta charset=\"\">", ""},
      {"", ""},
  }));
  CAPTURE(page);
  CHECK(DeclaredCharset(page) == charset);
}

}  // namespace
}  // namespace precis
