// The HTML page: escaping, the summary marked once in its sources, and the API that
// carries the sources' sentences from Summarize to RenderHtml.
#include "render_html.h"

#include <catch2/catch.hpp>
#include <cstddef>
#include <string>
#include <vector>

#include "precis/precis.h"

namespace precis {
namespace {

std::size_t Occurrences(const std::string& haystack, const std::string& needle) {
  std::size_t count = 0;
  for (std::size_t at = haystack.find(needle); at != std::string::npos;
       at = haystack.find(needle, at + needle.size())) {
    ++count;
  }
  return count;
}

TEST_CASE("HTML escaping turns markup into text and keeps French typography byte for byte") {
  struct Case {
    const char* what;
    std::string in;
    std::string out;
  };
  const std::vector<Case> cases = {
      {"script", "<script>alert('x')</script>", "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"},
      {"ampersand", "AT&T & Cie", "AT&amp;T &amp; Cie"},
      {"an entity stays text", "&amp;", "&amp;amp;"},
      {"double quotes", "il a dit \"non\"", "il a dit &quot;non&quot;"},
      {"attribute breakout", "\" onmouseover=\"x", "&quot; onmouseover=&quot;x"},
      {"guillemets, U+202F", "\u00ab\u202fDes documents\u202f\u00bb",
       "\u00ab\u202fDes documents\u202f\u00bb"},
      {"guillemets, U+00A0", "\u00ab\u00a0accord\u00a0\u00bb", "\u00ab\u00a0accord\u00a0\u00bb"},
      {"apostrophe U+2019", "d\u2019un \u00e9t\u00e9", "d\u2019un \u00e9t\u00e9"},
      {"decomposed accent", "pre\u0301sident", "pre\u0301sident"},
      {"numbers", "6.700 obus, 3,5\u00a0%", "6.700 obus, 3,5\u00a0%"},
      {"line ends and tab", "a\r\nb\tc", "a\r\nb\tc"},
      {"control character", std::string("a\x01") + "b", "a\uFFFDb"},
      {"NUL", std::string("a\0b", 3), "a\uFFFDb"},
      {"C1 control", "a\u0085b", "a\uFFFDb"},
      {"truncated sequence", "caf\xC3", "caf\uFFFD"},
      {"overlong slash", "\xC0\xAF", "\uFFFD\uFFFD"},
      {"surrogate", "\xED\xA0\x80", "\uFFFD\uFFFD\uFFFD"},
      {"noncharacter", "\uFDD0", "\uFFFD"},
      {"emoji", "\U0001F1EB\U0001F1F7", "\U0001F1EB\U0001F1F7"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.what);
    CHECK(EscapeHtml(c.in) == c.out);
  }
}

// A small cluster whose every sentence carries something to escape or to keep.
std::vector<Document> TrickyCluster() {
  return {
      {"lemonde <1> & \"co\".txt",
       "Vladimir Poutine est arriv\u00e9 \u00e0 Pyongyang pour une visite d\u2019\u00c9tat "
       "tr\u00e8s attendue <script>alert(1)</script> par Kim Jong-un. "
       "Le pre\u0301sident russe et Kim Jong-un ont sign\u00e9 un \u00ab\u202faccord de "
       "partenariat strat\u00e9gique\u202f\u00bb \u00e0 Pyongyang mercredi.\n"
       "Selon Moscou, l\u2019accord pr\u00e9voit une assistance mutuelle en cas "
       "d\u2019agression contre l\u2019un des deux pays & leurs alli\u00e9s.\n"},
      {"afp\u2019s \"d\u00e9p\u00eache\".txt",
       "Kim Jong-un a accueilli Vladimir Poutine \u00e0 l\u2019a\u00e9roport de Pyongyang "
       "avec une c\u00e9r\u00e9monie \"grandiose\" au milieu de la nuit.\n"
       "Les deux dirigeants ont sign\u00e9 un accord de partenariat strat\u00e9gique global "
       "selon l\u2019agence KCNA, qui parle d\u2019une alliance.\n\n"
       "Washington s\u2019inqui\u00e8te d\u2019une coop\u00e9ration militaire entre la "
       "Russie et la Cor\u00e9e du Nord, a dit un porte-parole <b>am\u00e9ricain</b>.\n"},
      {"vide.txt", ""},
  };
}

struct Rendered {
  Summary summary;
  std::vector<Sentence> sentences;
  std::string page;
};

Rendered RenderTricky(const Options& options) {
  Rendered r;
  r.summary = Summarize(TrickyCluster(), options, &r.sentences);
  r.page = RenderHtml(r.summary, r.sentences, options);
  return r;
}

Options TwoSentenceOptions() {
  Options options;
  options.select.words = 0;
  options.select.sentences = 2;
  return options;
}

TEST_CASE("The sentences Summarize hands back are Segment's, positions and paragraphs included") {
  const Options options = TwoSentenceOptions();
  std::vector<Sentence> from_summarize;
  const Summary summary = Summarize(TrickyCluster(), options, &from_summarize);
  const std::vector<Sentence> segmented = Segment(TrickyCluster(), options);
  REQUIRE(from_summarize.size() == segmented.size());
  for (std::size_t i = 0; i < segmented.size(); ++i) {
    CAPTURE(i);
    CHECK(from_summarize[i].text == segmented[i].text);
    CHECK(from_summarize[i].document == segmented[i].document);
    CHECK(from_summarize[i].position == segmented[i].position);
    CHECK(from_summarize[i].paragraph == segmented[i].paragraph);
    CHECK(from_summarize[i].headline == segmented[i].headline);
  }
  // A line is a paragraph; the first of the first document holds two sentences.
  CHECK(segmented.at(0).paragraph == 0);
  CHECK(segmented.at(1).paragraph == 0);
  CHECK(segmented.at(2).paragraph == 1);
  // The summary is the one the two-argument call gives.
  const Summary plain = Summarize(TrickyCluster(), options);
  REQUIRE(plain.sentences.size() == summary.sentences.size());
  for (std::size_t i = 0; i < plain.sentences.size(); ++i) {
    CHECK(plain.sentences[i].text == summary.sentences[i].text);
    CHECK(plain.sentences[i].paragraph == summary.sentences[i].paragraph);
  }
}

TEST_CASE("Every summary sentence is marked exactly once in its source, with its rank") {
  const Rendered r = RenderTricky(TwoSentenceOptions());
  REQUIRE(r.summary.sentences.size() == 2);
  CHECK(Occurrences(r.page, "<mark ") == r.summary.sentences.size());
  const std::size_t sources = r.page.find("<section id=\"sources\">");
  REQUIRE(sources != std::string::npos);
  for (const SummarySentence& s : r.summary.sentences) {
    CAPTURE(s.text);
    const std::string rank = "data-rank=\"" + std::to_string(s.rank + 1) + "\"";
    const std::string id = "s" + std::to_string(s.document) + "-" + std::to_string(s.position);
    const std::string open = "<mark id=\"" + id + "\" " + rank;
    const std::size_t at = r.page.find(open);
    REQUIRE(at != std::string::npos);
    CHECK(at > sources);
    CHECK(Occurrences(r.page, open) == 1);
    // The mark holds the escaped sentence, and the tooltip names rank and score.
    const std::size_t text_at = r.page.find('>', at) + 1;
    CHECK(r.page.compare(text_at, EscapeHtml(s.text).size() + 7, EscapeHtml(s.text) + "</mark>") ==
          0);
    const std::size_t tag_end = r.page.find('>', at);
    const std::string tag = r.page.substr(at, tag_end - at);
    CHECK(tag.find("title=\"rang " + std::to_string(s.rank + 1) + " \u00b7 score 0,") !=
          std::string::npos);
    CHECK(std::stod(tag.substr(tag.find("data-score=\"") + 12)) == Approx(s.score));
    // The summary links to it.
    CHECK(Occurrences(r.page, "<a href=\"#" + id + "\">" + EscapeHtml(s.text) + "</a>") == 1);
  }
}

TEST_CASE("Every document is on the page under its escaped name, every other sentence unmarked") {
  const Rendered r = RenderTricky(TwoSentenceOptions());
  for (const Document& d : TrickyCluster()) {
    CAPTURE(d.name);
    CHECK(Occurrences(r.page, "<h3>" + EscapeHtml(d.name) + "</h3>") == 1);
  }
  CHECK(r.page.find("<h3>lemonde &lt;1&gt; &amp; &quot;co&quot;.txt</h3>") != std::string::npos);
  CHECK(r.page.find("(aucun texte \u00e0 r\u00e9sumer)") != std::string::npos);  // vide.txt
  std::size_t unmarked = 0;
  for (const Sentence& s : r.sentences) {
    bool chosen = false;
    for (const SummarySentence& c : r.summary.sentences) {
      chosen = chosen || (c.document == s.document && c.position == s.position);
    }
    if (chosen) continue;
    CAPTURE(s.text);
    CHECK(Occurrences(r.page, "<span class=\"s\">" + EscapeHtml(s.text) + "</span>") == 1);
    CHECK(r.page.find(">" + EscapeHtml(s.text) + "</mark>") == std::string::npos);
    ++unmarked;
  }
  CHECK(unmarked == r.sentences.size() - r.summary.sentences.size());
  CHECK(unmarked >= 3);
  // Nothing of the sources became markup, and nothing is fetched from elsewhere.
  CHECK(r.page.find("<script") == std::string::npos);
  CHECK(r.page.find("<b>") == std::string::npos);
  CHECK(r.page.find("&lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
  CHECK(r.page.find("src=") == std::string::npos);
  CHECK(r.page.find("<link") == std::string::npos);
  CHECK(r.page.find("url(") == std::string::npos);
  // Typography as the source wrote it: decomposed accent, narrow no-break spaces, ’.
  CHECK(r.page.find("Le pre\u0301sident russe") != std::string::npos);
  CHECK(r.page.find("\u00ab\u202faccord de partenariat strat\u00e9gique\u202f\u00bb") !=
        std::string::npos);
  CHECK(r.page.find("l\u2019accord pr\u00e9voit") != std::string::npos);
  // Every element that holds a source's text or name is a bidi isolate, so that an
  // unclosed U+202E in one cannot show the next source's name backwards (checked in
  // Chromium by hand: "txt.olr/4c" before, "c4/rlo.txt" after).
  CHECK(r.page.find("ul.summary a, cite, h3, mark, span.s, del, .warnings li { unicode-bidi: "
                    "isolate; }") != std::string::npos);
}

TEST_CASE("A paragraph of the source is a paragraph of the page") {
  const Rendered r = RenderTricky(TwoSentenceOptions());
  // Sentences 0 and 1 of the first document share a paragraph; sentence 2 opens the next.
  const auto where = [&](std::size_t position) {
    for (const Sentence& s : r.sentences) {
      if (s.document == 0 && s.position == position)
        return r.page.find(EscapeHtml(s.text), r.page.find("id=\"d0\""));
    }
    return std::string::npos;
  };
  const std::size_t first = where(0);
  const std::size_t second = where(1);
  const std::size_t third = where(2);
  REQUIRE(first != std::string::npos);
  REQUIRE(second != std::string::npos);
  REQUIRE(third != std::string::npos);
  CHECK(r.page.substr(first, second - first).find("</p>") == std::string::npos);
  CHECK(r.page.substr(second, third - second).find("</p>") != std::string::npos);
}

TEST_CASE("A word hyphenated across a line break shows whole on the page") {
  // A browser shows a line break as a space: "nord- coréens" where the text output
  // prints "nord-coréens".
  const std::vector<Document> documents = {
      {"wrapped.txt",
       "Les missiles balistiques nord-\ncoréens ont été livrés à la Russie selon les\n"
       "États-Unis, qui accusent Pyongyang depuis des mois.\n"},
  };
  Options options;
  options.select.words = 0;
  std::vector<Sentence> sentences;
  const Summary summary = Summarize(documents, options, &sentences);
  REQUIRE(summary.sentences.size() == 1);
  const std::string page = RenderHtml(summary, sentences, options);
  CHECK(page.find("nord-coréens") != std::string::npos);
  CHECK(page.find("nord-\n") == std::string::npos);
  CHECK(Render(summary, OutputFormat::kText, options).find("nord-coréens") != std::string::npos);
}

TEST_CASE("The page is deterministic and takes its language from the options") {
  Options options = TwoSentenceOptions();
  options.threads = 1;
  const std::string one_thread = RenderTricky(options).page;
  options.threads = 4;
  CHECK(RenderTricky(options).page == one_thread);
  CHECK(one_thread.rfind("<!DOCTYPE html>\n<html lang=\"fr\">\n", 0) == 0);
  CHECK(one_thread.find("<meta charset=\"utf-8\">") != std::string::npos);
  CHECK(one_thread.size() >= 7);
  CHECK(one_thread.compare(one_thread.size() - 8, 8, "</html>\n") == 0);

  Options english = TwoSentenceOptions();
  english.language = "en";
  const std::vector<Document> docs = {
      {"bbc",
       "Vladimir Putin arrived in Pyongyang for a rare state visit on Wednesday. "
       "Putin and Kim Jong-un signed a strategic partnership treaty in Pyongyang. "
       "The treaty includes a mutual defence clause, the state media said."}};
  std::vector<Sentence> sentences;
  const Summary summary = Summarize(docs, english, &sentences);
  const std::string page = RenderHtml(summary, sentences, english);
  CHECK(page.find("<html lang=\"en\">") != std::string::npos);
  CHECK(page.find("title=\"rank 1 \u00b7 score 0.") != std::string::npos);

  // With "auto", the page takes the language found, not the word "auto".
  Options automatic = TwoSentenceOptions();
  automatic.language = "auto";
  const Summary guessed = Summarize(docs, automatic, &sentences);
  CHECK(guessed.language == "en");
  CHECK(RenderHtml(guessed, sentences, automatic) == page);
}

TEST_CASE("Render in HTML is the summary alone, and sentences that do not match are refused") {
  const Options options = TwoSentenceOptions();
  const Rendered r = RenderTricky(options);
  const std::string alone = Render(r.summary, OutputFormat::kHtml, options);
  CHECK(alone == RenderHtml(r.summary, {}, options));
  CHECK(alone.find("<mark") == std::string::npos);
  CHECK(alone.find("href=") == std::string::npos);
  CHECK(alone.find("id=\"sources\"") == std::string::npos);
  for (const SummarySentence& s : r.summary.sentences) {
    CHECK(Occurrences(alone, EscapeHtml(s.text)) == 1);
  }
  CHECK(ParseOutputFormat("html") == OutputFormat::kHtml);

  // Sentences of other options or documents would mark the wrong text.
  std::vector<Sentence> shifted = r.sentences;
  for (Sentence& s : shifted) ++s.position;
  std::vector<Sentence> foreign = r.sentences;
  foreign.push_back({"Phrase d\u2019un autre document.", 7, 0, false, 0});
  for (const auto* bad : {&shifted, &foreign}) {
    try {
      RenderHtml(r.summary, *bad, options);
      FAIL("no error for sentences that do not match the summary");
    } catch (const Error& e) {
      CHECK(e.code() == ErrorCode::kInvalidInput);
    }
  }
}

}  // namespace
}  // namespace precis
