// The precis program end to end, as a user at a terminal runs it.
#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "support/run_command.h"
#include "support/sample_cluster.h"
#include "support/temp_dir.h"
#include "text_measure.h"

namespace precis {
namespace {

using testing::Lines;
using testing::Precis;
using testing::Quoted;
using testing::RunCommand;
using testing::SampleBoilerplate;
using testing::SampleDocsDir;
using testing::Slurp;

TEST_CASE("precis summarizes the sample cluster in about 100 words, one sentence a line") {
  const auto result = RunCommand(Precis() + " " + Quoted(SampleDocsDir()));
  REQUIRE(result.exit_code == 0);
  CHECK(result.err.empty());
  const std::size_t words = CountWords(result.out);
  CHECK(words <= 100);
  CHECK(words >= 60);
  const auto lines = Lines(result.out);
  CHECK(lines.size() >= 2);
  for (const std::string& line : lines) {
    CAPTURE(line);
    CHECK(!line.empty());
    for (const std::string& fragment : SampleBoilerplate()) {
      CHECK(line.find(fragment) == std::string::npos);
    }
  }
  // "summarize" is the default command: both spellings print the same bytes.
  const auto explicit_command = RunCommand(Precis() + " summarize " + Quoted(SampleDocsDir()));
  CHECK(explicit_command.out == result.out);
}

TEST_CASE("Budgets and formats are honoured from the command line") {
  const auto three = RunCommand(Precis() + " --sentences 3 -w 0 " + Quoted(SampleDocsDir()));
  REQUIRE(three.exit_code == 0);
  CHECK(Lines(three.out).size() == 3);

  const auto json = RunCommand(Precis() + " -f json -w 60 " + Quoted(SampleDocsDir()));
  REQUIRE(json.exit_code == 0);
  const auto parsed = nlohmann::json::parse(json.out);
  CHECK(parsed.at("options").at("words") == 60);
  REQUIRE(!parsed.at("sentences").empty());
  for (const auto& s : parsed.at("sentences")) {
    CHECK(s.at("source").get<std::string>().find("poutine-coree-du-nord-2024/docs/") !=
          std::string::npos);
  }

  const auto markdown = RunCommand(Precis() + " --format markdown " + Quoted(SampleDocsDir()));
  REQUIRE(markdown.exit_code == 0);
  for (const std::string& line : Lines(markdown.out)) CHECK(line.rfind("- ", 0) == 0);
}

TEST_CASE("The by-source option prints the same sentences, each source's in turn") {
  const auto story = RunCommand(Precis() + " -f json " + Quoted(SampleDocsDir()));
  const auto by_source = RunCommand(Precis() + " -f json --by-source " + Quoted(SampleDocsDir()));
  REQUIRE(story.exit_code == 0);
  REQUIRE(by_source.exit_code == 0);
  using Place = std::pair<std::size_t, std::size_t>;
  const auto places = [](const std::string& out) {
    std::vector<Place> found;
    const auto parsed = nlohmann::json::parse(out);
    for (const auto& s : parsed.at("sentences")) {
      found.emplace_back(s.at("document").get<std::size_t>(), s.at("sentence").get<std::size_t>());
    }
    return found;
  };
  const std::vector<Place> told = places(story.out);
  std::vector<Place> sorted = told;
  std::sort(sorted.begin(), sorted.end());
  CHECK(places(by_source.out) == sorted);
  // The sample's story order is not its source order, so the option changes something.
  CHECK(told != sorted);
  CHECK(nlohmann::json::parse(by_source.out).at("options").at("by_source") == true);
}

TEST_CASE("precis segment splits the sample as a French reader would") {
  const auto result = RunCommand(Precis() + " segment " + Quoted(SampleDocsDir()));
  REQUIRE(result.exit_code == 0);
  const auto lines = Lines(result.out);
  const auto has_line = [&](const std::string& wanted) {
    return std::find(lines.begin(), lines.end(), wanted) != lines.end();
  };
  // A quotation that opens the sentence stays with its attribution.
  CHECK((has_line("\u00ab\u00a0Des documents importants, tr\u00e8s significatifs\u00a0\u00bb "
                 "seront sign\u00e9s, a assur\u00e9 \u00e0 la presse russe ce lundi 17\u00a0juin le "
                 "conseiller diplomatique de Vladimir Poutine, Iouri Ouchakov, \u00e9voquant "
                 "\u00ab\u00a0la conclusion possible d\u2019un accord de partenariat "
                 "strat\u00e9gique global\u00a0\u00bb.") ||
        has_line("\u00ab Des documents importants, tr\u00e8s significatifs \u00bb seront "
                 "sign\u00e9s, a assur\u00e9 \u00e0 la presse russe ce lundi 17\u00a0juin le "
                 "conseiller diplomatique de Vladimir Poutine, Iouri Ouchakov, \u00e9voquant "
                 "\u00ab la conclusion possible d\u2019un accord de partenariat "
                 "strat\u00e9gique global \u00bb.")));
  // "M." does not end a sentence.
  CHECK((has_line("\u00ab\u00a0Un document d\u2019importance primordiale pr\u00eat \u00e0 fonder "
                 "nos relations prolong\u00e9es a \u00e9t\u00e9 \u00e9tabli\u00a0\u00bb, avait "
                 "mentionn\u00e9 plus t\u00f4t le jour m\u00eame M. Poutine, selon les "
                 "m\u00e9dias russes.") ||
        has_line("\u00ab Un document d\u2019importance primordiale pr\u00eat \u00e0 fonder nos "
                 "relations prolong\u00e9es a \u00e9t\u00e9 \u00e9tabli \u00bb, avait "
                 "mentionn\u00e9 plus t\u00f4t le jour m\u00eame M. Poutine, selon les "
                 "m\u00e9dias russes.")));
  // "6.700" and "152 mm" do not end a sentence either.
  CHECK(has_line("Entre ao\u00fbt et f\u00e9vrier, Pyongyang a envoy\u00e9 environ 6.700 "
                 "conteneurs vers la Russie, pouvant contenir plus de 3 millions d\u2019obus "
                 "d\u2019artillerie de 152 mm ou plus de 500.000 cartouches de lance-roquettes "
                 "multiples de 122 mm, a d\u00e9clar\u00e9 le minist\u00e8re sud-cor\u00e9en de "
                 "la D\u00e9fense plus t\u00f4t cette ann\u00e9e."));
  for (const std::string& line : lines) {
    CAPTURE(line);
    // No sentence starts with the closing mark of the one before.
    CHECK(line.rfind("\u00bb", 0) != 0);
    CHECK(line.rfind("\u201d", 0) != 0);
  }
}

TEST_CASE("precis explain tells why the summary takes each sentence segment finds, or not") {
  const std::string docs = Quoted(SampleDocsDir());
  const auto summary = RunCommand(Precis() + " " + docs);
  const auto segment = RunCommand(Precis() + " segment " + docs);
  const auto explain = RunCommand(Precis() + " explain " + docs);
  REQUIRE(summary.exit_code == 0);
  REQUIRE(segment.exit_code == 0);
  REQUIRE(explain.exit_code == 0);
  CHECK(explain.err.empty());
  const auto rows = Lines(explain.out);
  const auto sentences = Lines(segment.out);
  CHECK(rows[0] == "sentence\tscore\tverdict\treason\ttext");
  std::vector<std::string> chosen;
  std::vector<std::string> explained;  // the sentences' rows, in order
  std::vector<std::string> removed;    // what cleaning dropped, in order
  for (std::size_t i = 1; i < rows.size(); ++i) {
    std::vector<std::string> fields;
    std::size_t begin = 0;
    for (std::size_t tab; (tab = rows[i].find('\t', begin)) != std::string::npos;) {
      fields.push_back(rows[i].substr(begin, tab - begin));
      begin = tab + 1;
    }
    fields.push_back(rows[i].substr(begin));
    CAPTURE(rows[i]);
    REQUIRE(fields.size() == 5);
    // A field that opens with a double quote is quoted as CSV quotes it: read it back.
    for (std::string& field : fields) {
      if (field.empty() || field.front() != '"') continue;
      REQUIRE(field.size() >= 2);
      REQUIRE(field.back() == '"');
      std::string unquoted;
      for (std::size_t k = 1; k + 1 < field.size(); ++k) {
        unquoted += field[k];
        if (field[k] == '"') ++k;  // a doubled quote
      }
      field = unquoted;
    }
    CHECK_FALSE(fields[3].empty());
    if (fields[2] == "removed") {
      CHECK(fields[0].size() >= 3);
      CHECK(fields[0].compare(fields[0].size() - 2, 2, ":-") == 0);
      CHECK(fields[1].empty());
      CHECK(fields[3].find("--keep-boilerplate") != std::string::npos);
      removed.push_back(fields[4]);
      continue;
    }
    explained.push_back(fields[4]);
    if (fields[2] == "chosen") chosen.push_back(fields[4]);
  }
  CHECK(explained == sentences);
  // The agency's sign-off that closes the fourth article is dropped, and said to be,
  // where it stood: after that article's sentences, before the fifth's.
  const auto signoff = std::find(rows.begin(), rows.end(),
                                 "3:-\t\tremoved\tremoved as an agency's or author's sign-off "
                                 "(--keep-boilerplate keeps it)\tafp/ami");
  REQUIRE(signoff != rows.end());
  REQUIRE(signoff + 1 != rows.end());
  CHECK((signoff - 1)->rfind("3:", 0) == 0);
  CHECK((signoff + 1)->rfind("4:0\t", 0) == 0);
  // The same sentences as the summary's, which reads them in another order.
  std::vector<std::string> summary_lines = Lines(summary.out);
  std::sort(summary_lines.begin(), summary_lines.end());
  std::sort(chosen.begin(), chosen.end());
  CHECK(chosen == summary_lines);

  const auto json = RunCommand(Precis() + " explain -f json " + docs);
  REQUIRE(json.exit_code == 0);
  const auto root = nlohmann::json::parse(json.out);
  REQUIRE(root.at("sentences").size() == sentences.size());
  CHECK(root.at("sentences")[0].at("verdict") == "headline");
  CHECK(root.at("sentences")[0].at("reason") == "a headline or title (--include-headlines)");
  REQUIRE(root.at("removed").size() == removed.size());
  const auto& last_removed = root.at("removed").back();
  CHECK(last_removed.at("rule") == "agency-signoff");
  CHECK(last_removed.at("document") == 3);
  CHECK(last_removed.at("text") == "afp/ami");
  // Kept boilerplate is nothing removed.
  const auto kept = RunCommand(Precis() + " explain --keep-boilerplate -f json " + docs);
  REQUIRE(kept.exit_code == 0);
  CHECK(nlohmann::json::parse(kept.out).at("removed").empty());

  // Options change the verdicts: with headlines let in, none is refused as one.
  const auto headlines = RunCommand(Precis() + " explain --include-headlines " + docs);
  REQUIRE(headlines.exit_code == 0);
  CHECK(headlines.out.find("\theadline\t") == std::string::npos);

  const auto markdown = RunCommand(Precis() + " explain --format markdown /nonexistent/dir");
  CHECK(markdown.exit_code == 2);
  CHECK(markdown.err.find("explain writes --format text, json or html, not markdown") !=
        std::string::npos);
  const auto html = RunCommand(Precis() + " explain --format html " + docs);
  REQUIRE(html.exit_code == 0);
  CHECK(html.out.rfind("<!DOCTYPE html>", 0) == 0);
  CHECK(html.out.find("data-verdict=\"headline\" title=\"a headline or title "
                      "(--include-headlines)\"") != std::string::npos);
  CHECK(html.out.find("<p class=\"removed\" data-rule=\"agency-signoff\" title=\"removed as an "
                      "agency&#39;s or author&#39;s sign-off (--keep-boilerplate keeps "
                      "it)\"><del>afp/ami</del></p>\n</article>") != std::string::npos);
  const auto missing = RunCommand(Precis() + " explain /nonexistent/dir");
  CHECK(missing.exit_code == 1);
  CHECK(missing.err.find("/nonexistent/dir") != std::string::npos);
  CHECK(missing.out.empty());
}

TEST_CASE("precis segment --format json gives each sentence its place and headline flag") {
  const auto text = RunCommand(Precis() + " segment " + Quoted(SampleDocsDir()));
  const auto json = RunCommand(Precis() + " segment --format json " + Quoted(SampleDocsDir()));
  REQUIRE(text.exit_code == 0);
  REQUIRE(json.exit_code == 0);
  const auto root = nlohmann::json::parse(json.out);
  const auto& sentences = root.at("sentences");
  const auto lines = Lines(text.out);
  REQUIRE(sentences.size() == lines.size());
  REQUIRE(root.at("documents").size() == 5);
  std::size_t headlines = 0, previous_document = 0;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const auto& s = sentences[i];
    CAPTURE(i);
    CHECK(s.at("text").get<std::string>() == lines[i]);  // the sample has no line break
    CHECK(s.at("source") == root.at("documents").at(s.at("document").get<std::size_t>()));
    CHECK(s.at("document").get<std::size_t>() >= previous_document);
    previous_document = s.at("document").get<std::size_t>();
    if (s.at("headline").get<bool>()) ++headlines;
  }
  // Each article opens on its title, which has no final punctuation.
  CHECK(sentences[0].at("headline") == true);
  CHECK(sentences[0].at("text").get<std::string>().rfind("Vladimir Poutine en chemin", 0) == 0);
  CHECK(headlines >= 5);
  CHECK(headlines < lines.size() / 4);

  // Markdown and HTML are forms of a summary: refused before anything is read.
  const auto html = RunCommand(Precis() + " segment --format html /nonexistent/dir");
  CHECK(html.exit_code == 2);
  CHECK(html.err.find("segment writes --format text or json, not html") != std::string::npos);
  CHECK(html.out.empty());
}

TEST_CASE("The --keep-boilerplate option keeps what the cleaner would drop") {
  const std::string docs = Quoted(SampleDocsDir());
  const auto cleaned = RunCommand(Precis() + " segment " + docs);
  const auto kept = RunCommand(Precis() + " segment --keep-boilerplate " + docs);
  REQUIRE(cleaned.exit_code == 0);
  REQUIRE(kept.exit_code == 0);
  const auto kept_lines = Lines(kept.out);
  CHECK(std::find(kept_lines.begin(), kept_lines.end(), "afp/ami") != kept_lines.end());
  CHECK(kept.out.find("Laisser un commentaire") != std::string::npos);
  CHECK(Lines(kept.out).size() > Lines(cleaned.out).size());
}

// The sample article at `path` as a browser would save it: each line a <p>, escaped, inside
// a page with a script, a style, a navigation bar, a footer, and beside the <article> a
// box of the site's own: a teaser of another story on the same subject, which would lead
// the summary if it were read.
std::string AsWebPage(const std::filesystem::path& path) {
  std::string body;
  for (const std::string& line : Lines(Slurp(path))) {
    if (line.find_first_not_of(" \t") == std::string::npos) continue;
    body += "<p>";
    for (const char c : line) {
      if (c == '&') body += "&amp;";
      else if (c == '<') body += "&lt;";
      else if (c == '>') body += "&gt;";
      else body += c;
    }
    body += "</p>\n";
  }
  return "<!DOCTYPE html>\n<html lang=\"fr\"><head><meta charset=\"utf-8\"><title>Page</title>"
         "<script>var pub = \"Abonnez-vous\";</script><style>p { margin: 0 }</style></head>\n"
         "<body><nav><a href=\"/\">Accueil</a> | <a href=\"/monde\">Monde</a></nav>\n"
         "<main><article>\n" +
         body +
         "</article>\n<section><h2>Les plus lus</h2><p>Vladimir Poutine et Kim Jong-un \u00E0 "
         "Pyongyang\u202F: la Russie et la Cor\u00E9e du Nord signent un accord de partenariat "
         "strat\u00E9gique.</p></section></main>\n"
         "<footer>\u00A9 Le Journal, tous droits r\u00E9serv\u00E9s</footer></body></html>\n";
}

// Writes the sample's articles into `dir` through `convert`, as FILE`extension`, and
// checks that they summarize as the text files do, with one note for them all (five
// files in one format are one choice), which says they were read as `read_as`.
void CheckSampleSavedAs(const testing::TempDir& dir, const std::string& extension,
                        std::string (*convert)(const std::filesystem::path&),
                        const std::string& read_as) {
  std::size_t count = 0;
  for (const auto& entry : std::filesystem::directory_iterator(SampleDocsDir())) {
    dir.Write(entry.path().stem().string() + extension, convert(entry.path()));
    ++count;
  }
  const auto from_text = RunCommand(Precis() + " " + Quoted(SampleDocsDir()));
  const auto from_saved = RunCommand(Precis() + " " + Quoted(dir.path().string()));
  REQUIRE(from_saved.exit_code == 0);
  CHECK(from_saved.out == from_text.out);
  CHECK(from_saved.err == "precis: warning: " + std::to_string(count) + " documents read as " +
                              read_as + " (first: " +
                              (dir.path() / ("000_ab6a184c2056a564" + extension)).string() +
                              "); --plain-text reads them as text\n");
}

TEST_CASE("Saved web pages give the summary of their articles, and --plain-text reads the markup") {
  testing::TempDir pages;
  CheckSampleSavedAs(pages, ".html", AsWebPage, "HTML pages");
  const auto one_page = RunCommand(Precis() + " " +
                                   Quoted((pages.path() / "000_ab6a184c2056a564.html").string()));
  CHECK(one_page.err.find("000_ab6a184c2056a564.html: read as an HTML page (--plain-text reads "
                          "it as text)") != std::string::npos);

  const auto markup =
      RunCommand(Precis() + " segment --plain-text " + Quoted(pages.path().string()));
  REQUIRE(markup.exit_code == 0);
  CHECK(markup.out.find("<p>") != std::string::npos);
  CHECK(markup.err.find("HTML") == std::string::npos);
}

// The sample article at `path` as a web clipper would save it in Markdown: front matter,
// its first line a heading, an image, a byline in emphasis, a name in bold, its last line
// a link, characters escaped where Markdown would read them.
std::string AsMarkdown(const std::filesystem::path& path) {
  const std::vector<std::string> lines = Lines(Slurp(path));
  std::string out = "---\ntitle: \"Page\"\nsource: https://example.org/a\n---\n\n";
  bool first = true;
  for (const std::string& line : lines) {
    if (line.find_first_not_of(" \t") == std::string::npos) continue;
    std::string escaped;
    for (const char c : line) {
      if (std::string_view("\\`*_[]<>&#!|~").find(c) != std::string_view::npos) {
        escaped += '\\';
      }
      escaped += c;
    }
    if (first) {
      out += "# " + escaped + "\n\n![Photo : AFP](https://example.org/photo.jpg)\n\n"
             "*Par la r\u00E9daction*\n\n";
      first = false;
      continue;
    }
    const std::size_t name = escaped.find("Poutine");
    if (name != std::string::npos) escaped.replace(name, 7, "**Poutine**");
    out += escaped + "\n\n";
  }
  return out + "[Lire aussi\u202F: la Cor\u00E9e du Nord](https://example.org/b)\n";
}

TEST_CASE("Markdown saved articles give the summary of their articles") {
  testing::TempDir notes;
  CheckSampleSavedAs(notes, ".md", AsMarkdown, "Markdown");
  const auto syntax =
      RunCommand(Precis() + " segment --plain-text " + Quoted(notes.path().string()));
  REQUIRE(syntax.exit_code == 0);
  CHECK(syntax.out.find("**Poutine**") != std::string::npos);
  CHECK(syntax.err.find("Markdown") == std::string::npos);
}

// Runs `command` on the sample with and without --timings, checks that timing changes
// nothing but stderr, and returns what --timings printed there.
std::string TimingsOf(const std::string& command) {
  const auto plain = RunCommand(Precis() + " " + command + " " + Quoted(SampleDocsDir()));
  const auto timed =
      RunCommand(Precis() + " " + command + " --timings " + Quoted(SampleDocsDir()));
  REQUIRE(timed.exit_code == 0);
  CHECK(timed.out == plain.out);
  CHECK(plain.err.empty());
  CHECK(timed.err.find("peak memory") != std::string::npos);
  CHECK(timed.err.find("5 documents") != std::string::npos);
  return timed.err;
}

// Whether the timings line names `stage`.
bool NamesStage(const std::string& timings, const char* stage) {
  return timings.find(std::string(" ") + stage + " ") != std::string::npos;
}

TEST_CASE("The --timings option reports every stage, the peak memory and the sizes on stderr") {
  const std::string summarize = TimingsOf("--threads 1");
  for (const char* stage : {"load", "clean", "segment", "tokenize", "weight", "graph", "rank",
                            "select", "order", "write", "total"}) {
    CAPTURE(stage);
    CHECK(NamesStage(summarize, stage));
  }
  CHECK_FALSE(NamesStage(summarize, "explain"));
  // explain times its own stage too, and prints the same table.
  const std::string explain = TimingsOf("explain");
  for (const char* stage : {"select", "order", "explain", "write", "total"}) {
    CAPTURE(stage);
    CHECK(NamesStage(explain, stage));
  }
  // segment times the stages it runs, and counts what it found.
  const std::string segment = TimingsOf("segment");
  for (const char* stage : {"load", "clean", "segment", "write", "total"}) {
    CAPTURE(stage);
    CHECK(NamesStage(segment, stage));
  }
  CHECK_FALSE(NamesStage(segment, "tokenize"));
  const std::string sentences =
      RunCommand(Precis() + " segment " + Quoted(SampleDocsDir())).out;
  const std::size_t lines =
      static_cast<std::size_t>(std::count(sentences.begin(), sentences.end(), '\n'));
  CHECK(segment.find("5 documents, " + std::to_string(lines) + " sentences") !=
        std::string::npos);
}

TEST_CASE("Standard input is one document") {
  const std::string text =
      "Le pr\u00e9sident russe est arriv\u00e9 mardi soir \u00e0 Pyongyang pour une visite "
      "d\u2019\u00c9tat de deux jours.\n"
      "Les deux dirigeants ont sign\u00e9 un accord de partenariat strat\u00e9gique global.\n";
  const auto result = RunCommand(Precis() + " -", text);
  REQUIRE(result.exit_code == 0);
  CHECK(!result.out.empty());
  CHECK(text.find(Lines(result.out).at(0)) != std::string::npos);
  // One document named "-", its two lines two sentences of it, in its order.
  const auto json = RunCommand(Precis() + " -f json -", text);
  REQUIRE(json.exit_code == 0);
  const auto parsed = nlohmann::json::parse(json.out);
  CHECK(parsed.at("documents") == nlohmann::json::array({"-"}));
  CHECK(parsed.at("sentence_count") == 2);
  const auto& sentences = parsed.at("sentences");
  REQUIRE(sentences.size() == 2);
  for (std::size_t i = 0; i < 2; ++i) {
    CHECK(sentences[i].at("document") == 0);
    CHECK(sentences[i].at("sentence") == i);
    CHECK(sentences[i].at("source") == "-");
  }
}

TEST_CASE("The auto language reads English as English, names it, and keeps French the default") {
  const std::string english =
      "The Russian president arrived in Pyongyang on Tuesday for a two-day state visit, and he "
      "was met at the airport by the leader of the country.\n"
      "The two leaders signed a treaty that binds each of them to help the other if it is "
      "attacked, the first such pact between the two countries in decades.\n";
  const auto told = RunCommand(Precis() + " --lang en -f json -", english);
  const auto guessed = RunCommand(Precis() + " --lang auto -f json -", english);
  REQUIRE(guessed.exit_code == 0);
  CHECK(guessed.err.empty());
  const auto parsed = nlohmann::json::parse(guessed.out);
  CHECK(parsed.at("language") == "en");
  CHECK(parsed.at("options").at("language") == "auto");
  CHECK(parsed.at("sentences") == nlohmann::json::parse(told.out).at("sentences"));
  // Without --lang, the same text is read as French, with a warning saying it is not.
  const auto french = RunCommand(Precis() + " -f json -", english);
  CHECK(nlohmann::json::parse(french.out).at("language") == "fr");
  CHECK(french.err.find("the text looks like en, not fr") != std::string::npos);
}

TEST_CASE("Errors are one line naming the problem, with the documented exit codes") {
  struct Case {
    std::string args;
    int exit_code;
    std::string message_start;
  };
  const std::vector<Case> cases = {
      {"/nonexistent/article.txt", 1, "precis: /nonexistent/article.txt: "},
      // An unset variable ("$DIR"): the message once named no file at all.
      {"''", 1, "precis: '': no such file (an empty name)\n"},
      {"batch ''", 1, "precis: '': no such file (an empty name)\n"},
      {"--words -5 x.txt", 2, "precis: --words: must be 0 or more, not -5\n"},
      {"--max-words=-1 x.txt", 2, "precis: --max-words: must be 0 or more, not -1\n"},
      // Boost's messages, reworded to name the option first as the others do.
      {"--words cent x.txt", 2, "precis: --words: invalid value 'cent'\n"},
      {"-w", 2, "precis: --words: needs a value\n"},
      {"-w 5 --words 6 x.txt", 2, "precis: --words: given more than once\n"},
      {"--by-source=oui x.txt", 2, "precis: --by-source: takes no value\n"},
      {"--similarity jaccard x.txt", 2,
       "precis: --similarity: unknown similarity 'jaccard' (known: cosine, overlap)\n"},
      {"--lang tlh x.txt", 2, "precis: --lang: unknown language 'tlh' (known: auto, en, fr)\n"},
      {"--format pdf x.txt", 2,
       "precis: --format: unknown format 'pdf' (known: text, json, markdown, html)\n"},
      {"--no-such-option x.txt", 2, "precis: --no-such-option: unknown option\n"},
      // A first word that is no file but nearly a command was meant as one.
      {"sumarize x.txt", 2,
       "precis: sumarize: no such file, nor a command: did you mean 'summarize'?\n"},
      {"explian x.txt", 2,
       "precis: explian: no such file, nor a command: did you mean 'explain'?\n"},
      {"summary x.txt", 1, "precis: summary: "},
      // A command after an option is no file either.
      {"--words= x.txt", 2, "precis: --words: needs a value\n"},
      {"--threads 1 help", 2, "precis: help: no such file; a command comes first: precis help\n"},
      {"--threads 1 batch", 2,
       "precis: batch: no such file; a command comes first: precis batch [OPTIONS] "
       "[FILE...]\n"},
      {"hello.txt", 1, "precis: hello.txt: "},
      {"hepl x.txt", 2, "precis: hepl: no such file, nor a command: did you mean 'help'?\n"},
      {"--threads 1 explain x.txt", 2,
       "precis: explain: no such file; a command comes first: precis explain [OPTIONS] "
       "INPUT...\n"},
      {"", 2, "precis: no input: name files, directories or -\n"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.args);
    const auto result = RunCommand(Precis() + " " + c.args);
    CHECK(result.exit_code == c.exit_code);
    CHECK(result.out.empty());
    CHECK(result.err.rfind(c.message_start, 0) == 0);
    // One line; a usage error adds the hint, and nothing else.
    const std::vector<std::string> lines = Lines(result.err);
    REQUIRE(!lines.empty());
    if (c.exit_code == 2) {
      CHECK(lines ==
            std::vector<std::string>{lines[0], "Try 'precis --help' for more information."});
    } else {
      CHECK(lines.size() == 1);
    }
  }
}

TEST_CASE("Options --help and --version print to stdout and succeed") {
  const auto help = RunCommand(Precis() + " --help");
  CHECK(help.exit_code == 0);
  CHECK(help.out.find("--words") != std::string::npos);
  CHECK(help.out.find("(=100)") != std::string::npos);  // the default, read from Options
  const auto version = RunCommand(Precis() + " --version");
  CHECK(version.exit_code == 0);
  CHECK(version.out.rfind("precis ", 0) == 0);
}

TEST_CASE("segment and explain have help of their own, with the options that matter to them") {
  const auto has = [](const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
  };
  const auto segment = RunCommand(Precis() + " segment --help");
  CHECK(segment.exit_code == 0);
  CHECK(segment.out.rfind("Usage: precis segment [OPTIONS] INPUT...\n", 0) == 0);
  CHECK(has(segment.out, "--keep-boilerplate"));
  CHECK(has(segment.out, "or json (each"));
  // It chooses nothing: no budget, no tuning, no markdown.
  CHECK_FALSE(has(segment.out, "--words"));
  CHECK_FALSE(has(segment.out, "--lambda"));
  CHECK_FALSE(has(segment.out, "markdown"));
  // ...yet reads those options, so that the command word alone can change.
  CHECK(RunCommand(Precis() + " segment -w 5 --lambda 0.3 " + Quoted(SampleDocsDir())).exit_code ==
        0);

  const auto explain = RunCommand(Precis() + " explain --help");
  CHECK(explain.exit_code == 0);
  CHECK(explain.out.rfind("Usage: precis explain [OPTIONS] INPUT...\n", 0) == 0);
  CHECK(has(explain.out, "--words"));
  CHECK(has(explain.out, "--lambda"));
  CHECK(has(explain.out, "tab-separated"));

  CHECK(RunCommand(Precis() + " help segment").out == segment.out);
  CHECK(RunCommand(Precis() + " help explain").out == explain.out);
  const auto unknown = RunCommand(Precis() + " help bogus");
  CHECK(unknown.exit_code == 2);
  CHECK(unknown.err.rfind("precis: bogus: no such command (summarize, segment, explain, batch)\n",
                          0) == 0);
  // A usage error points at the page of the command it was made in.
  const auto wrong_format = RunCommand(Precis() + " segment -f html " + Quoted(SampleDocsDir()));
  CHECK(wrong_format.exit_code == 2);
  CHECK(wrong_format.err ==
        "precis: segment writes --format text or json, not html\n"
        "Try 'precis segment --help' for more information.\n");
  CHECK(has(RunCommand(Precis() + " --help").out, "precis COMMAND --help"));
}

}  // namespace
}  // namespace precis
