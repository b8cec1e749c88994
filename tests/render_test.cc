#include <algorithm>
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <string>
#include <utility>
#include <vector>

#include "precis/precis.h"

namespace precis {
namespace {

Summary FrenchSummary() {
  Summary summary;
  summary.document_names = {"lemonde_*1*.txt", "afp.txt"};
  summary.sentence_count = 12;
  SummarySentence a;
  a.text = "\u00ab\u202fDes documents importants\u202f\u00bb seront sign\u00e9s, a dit M. Ouchakov.";
  a.document = 0;
  a.position = 2;
  a.score = 0.25;
  a.rank = 1;
  SummarySentence b;
  b.text = "Pyongyang a envoy\u00e9 6.700 conteneurs,\nsoit 3,5\u00a0% de *plus*.";
  b.document = 1;
  b.position = 0;
  b.score = 0.5;
  b.rank = 0;
  summary.sentences = {a, b};
  summary.warnings = {"vide.txt: no text to summarize"};
  return summary;
}

TEST_CASE("Text output is one sentence a line, verbatim but for line breaks") {
  const std::string out = Render(FrenchSummary(), OutputFormat::kText, Options{});
  CHECK(out ==
        "\u00ab\u202fDes documents importants\u202f\u00bb seront sign\u00e9s, a dit M. Ouchakov.\n"
        "Pyongyang a envoy\u00e9 6.700 conteneurs, soit 3,5\u00a0% de *plus*.\n");
}

TEST_CASE("JSON output carries every sentence's source, indices, score and the options") {
  Options options;
  options.select.words = 42;
  options.language = "fr";
  const auto json = nlohmann::json::parse(Render(FrenchSummary(), OutputFormat::kJson, options));
  const Summary summary = FrenchSummary();
  REQUIRE(json.at("sentences").size() == summary.sentences.size());
  // Each sentence as given: the text byte for byte (line break included), its source
  // named from its document, and its indices, score and rank.
  for (std::size_t i = 0; i < summary.sentences.size(); ++i) {
    CAPTURE(i);
    const SummarySentence& given = summary.sentences[i];
    const auto& written = json.at("sentences").at(i);
    CHECK(written.at("text") == given.text);
    CHECK(written.at("source") == summary.document_names.at(given.document));
    CHECK(written.at("document") == given.document);
    CHECK(written.at("sentence") == given.position);
    CHECK(written.at("score") == Approx(given.score));
    CHECK(written.at("rank") == given.rank);
    CHECK(written.at("headline") == given.headline);
  }
  CHECK(json.at("sentences").at(0).at("source") == "lemonde_*1*.txt");
  CHECK(json.at("sentences").at(1).at("source") == "afp.txt");
  CHECK(json.at("options").at("words") == 42);
  CHECK(json.at("options").at("language") == "fr");
  // The encoding once went unrecorded: null when each file's was detected.
  CHECK(json.at("options").at("encoding").is_null());
  Options forced = options;
  forced.load.encoding = "ISO-8859-15";
  CHECK(nlohmann::json::parse(Render(FrenchSummary(), OutputFormat::kJson, forced))
            .at("options")
            .at("encoding") == "ISO-8859-15");
  CHECK(json.at("warnings").at(0) == "vide.txt: no text to summarize");
  CHECK(json.at("precis") == kVersion);

  // U+2028, U+2029 and NEL are escaped: line ends to Python's splitlines() and to older
  // JavaScript, they must not split a record. The text reads back the same.
  Summary separated = FrenchSummary();
  separated.sentences[0].text = "Un\u2028deux\u2029trois\u0085quatre.";
  const std::string written = Render(separated, OutputFormat::kJson, options);
  CHECK(written.find("Un\\u2028deux\\u2029trois\\u0085quatre.") != std::string::npos);
  CHECK(written.find("\u2028") == std::string::npos);
  CHECK(nlohmann::json::parse(written).at("sentences").at(0).at("text") ==
        separated.sentences[0].text);
}

TEST_CASE("Markdown output escapes markup and names each source") {
  const std::string out = Render(FrenchSummary(), OutputFormat::kMarkdown, Options{});
  CHECK(out.find("- \u00ab\u202fDes documents importants\u202f\u00bb seront sign\u00e9s, a dit "
                 "M. Ouchakov. *(lemonde\\_\\*1\\*.txt)*\n") != std::string::npos);
  CHECK(out.find("de \\*plus\\*.") != std::string::npos);
  // A file name may hold a line break or a tab; the list item stays on its line.
  Summary odd_names = FrenchSummary();
  odd_names.document_names[1] = "d\u00e9p\u00eache\n2024\tafp.txt";
  const std::string odd = Render(odd_names, OutputFormat::kMarkdown, Options{});
  CHECK(odd.find("3,5\u00a0% de \\*plus\\*. *(d\u00e9p\u00eache?2024?afp.txt)*\n") !=
        std::string::npos);
  CHECK(std::count(odd.begin(), odd.end(), '\n') == 2);
  // A sentence that opens as a list item would make a list inside the summary's.
  for (const auto& [text, escaped] : std::vector<std::pair<std::string, std::string>>{
           {"+ Kim a accueilli Poutine.", "\\+ Kim a accueilli Poutine."},
           {"- Kim a accueilli Poutine.", "\\- Kim a accueilli Poutine."},
           {"2024. Kim a accueilli Poutine.", "2024\\. Kim a accueilli Poutine."},
           {"1) Kim a accueilli Poutine.", "1\\) Kim a accueilli Poutine."},
           {"2024 fut l\u2019ann\u00e9e du pacte.", "2024 fut l\u2019ann\u00e9e du pacte."},
           {"-20 % en un an.", "-20 % en un an."}}) {
    Summary one = FrenchSummary();
    one.sentences.resize(1);
    one.sentences[0].text = text;
    CAPTURE(text);
    CHECK(Render(one, OutputFormat::kMarkdown, Options{}).rfind("- " + escaped + " *(", 0) == 0);
  }
  // An entity or a strikethrough in a name is shown as written, not rendered.
  odd_names.document_names[1] = "a&amp;b~~c~~.txt";
  CHECK(Render(odd_names, OutputFormat::kMarkdown, Options{})
            .find("*(a\\&amp;b\\~\\~c\\~\\~.txt)*\n") !=
        std::string::npos);  // A Latin-1 file name ("caf\xE9.txt") gives U+FFFD, as JSON and HTML
                             // write it: the
  // output stays UTF-8.
  odd_names.document_names[1] = "caf\xE9.txt";
  CHECK(Render(odd_names, OutputFormat::kMarkdown, Options{}).find("*(caf\uFFFD.txt)*\n") !=
        std::string::npos);
}

TEST_CASE("An empty summary renders as nothing in text, as an empty list in JSON") {
  Summary empty;
  CHECK(Render(empty, OutputFormat::kText, Options{}).empty());
  const auto json = nlohmann::json::parse(Render(empty, OutputFormat::kJson, Options{}));
  CHECK(json.at("sentences").empty());
}

TEST_CASE("Output formats parse by name, and an unknown name is an options error") {
  CHECK(ParseOutputFormat("text") == OutputFormat::kText);
  CHECK(ParseOutputFormat("json") == OutputFormat::kJson);
  CHECK(ParseOutputFormat("markdown") == OutputFormat::kMarkdown);
  CHECK(ParseOutputFormat("md") == OutputFormat::kMarkdown);
  CHECK(ParseOutputFormat("html") == OutputFormat::kHtml);
  try {
    ParseOutputFormat("html5");
    FAIL("no error for an unknown format");
  } catch (const Error& e) {
    CHECK(e.code() == ErrorCode::kInvalidOptions);
    CHECK(std::string(e.what()).find("html5") != std::string::npos);
  }
}

TEST_CASE("A format outside the enum is an options error, not another format") {
  const auto cast = static_cast<OutputFormat>(9);
  const auto refused = [](const auto& render) {
    try {
      render();
    } catch (const Error& e) {
      return e.code() == ErrorCode::kInvalidOptions && e.path() == "format" &&
             e.problem() == "unknown output format 9 (known: text, json, markdown, html)";
    }
    return false;
  };
  CHECK(refused([&] { return Render(Summary{}, cast, Options{}); }));
  CHECK(refused([&] { return RenderSentences({}, {}, cast); }));
  CHECK(refused([&] { return RenderExplanation(Explanation{}, cast, Options{}); }));
}

TEST_CASE("A summary sentence naming no document is an input error in every named format") {
  // A Summary put together by hand, its names out of step with its sentences: the formats
  // that name sources must say so rather than index past the names.
  Summary summary = FrenchSummary();
  summary.document_names = {"lemonde.txt"};  // the second sentence names document 1
  for (const OutputFormat format :
       {OutputFormat::kJson, OutputFormat::kMarkdown, OutputFormat::kHtml}) {
    CAPTURE(static_cast<int>(format));
    try {
      Render(summary, format, Options{});
      FAIL("no error for a sentence of document 1 among 1 name");
    } catch (const Error& e) {
      CHECK(e.code() == ErrorCode::kInvalidInput);
      CHECK(std::string(e.what()) == "a sentence names document 1 of 1");
    }
  }
  // Text names no source: the sentences are all it needs.
  CHECK(Render(summary, OutputFormat::kText, Options{}) ==
        "\u00ab\u202fDes documents importants\u202f\u00bb seront sign\u00e9s, a dit M. Ouchakov.\n"
        "Pyongyang a envoy\u00e9 6.700 conteneurs, soit 3,5\u00a0% de *plus*.\n");
}

std::vector<Sentence> FrenchSentences() {
  return {
      {"Poutine \u00e0 Pyongyang\net apr\u00e8s ?", 0, 0, true, 0},
      {"\u00ab\u202fDes documents importants\u202f\u00bb, a dit M. Ouchakov.", 0, 1, false, 1},
      {"Pyongyang a envoy\u00e9 6.700 conteneurs, soit 3,5\u00a0% de plus.", 1, 0, false, 0},
  };
}

TEST_CASE("Segmented sentences as text: one a line, line breaks turned into spaces") {
  const std::string out =
      RenderSentences(FrenchSentences(), {"lemonde.txt", "afp.txt"}, OutputFormat::kText);
  CHECK(out ==
        "Poutine \u00e0 Pyongyang et apr\u00e8s ?\n"
        "\u00ab\u202fDes documents importants\u202f\u00bb, a dit M. Ouchakov.\n"
        "Pyongyang a envoy\u00e9 6.700 conteneurs, soit 3,5\u00a0% de plus.\n");
  CHECK(RenderSentences({}, {}, OutputFormat::kText).empty());
}

TEST_CASE("A sentence reads the same in the segmented list and in the summary") {
  // A paragraph joined across CRLF lines, or across a line that ended with a space.
  for (const std::string text :
       {"La visite a dur\u00e9 deux jours\r\net s\u2019est achev\u00e9e.",
        "La visite a dur\u00e9 deux jours \net s\u2019est achev\u00e9e."}) {
    CAPTURE(text);
    Summary summary;
    summary.document_names = {"a.txt"};
    SummarySentence chosen;
    chosen.text = text;
    summary.sentences = {chosen};
    const std::string listed = RenderSentences({chosen}, {"a.txt"}, OutputFormat::kText);
    CHECK(listed == "La visite a dur\u00e9 deux jours et s\u2019est achev\u00e9e.\n");
    CHECK(Render(summary, OutputFormat::kText, Options{}) == listed);
  }
}

TEST_CASE("Segmented sentences as JSON: each with its source, indices and headline flag") {
  const auto json = nlohmann::json::parse(
      RenderSentences(FrenchSentences(), {"lemonde.txt", "afp.txt"}, OutputFormat::kJson));
  CHECK(json.at("documents") == nlohmann::json({"lemonde.txt", "afp.txt"}));
  const auto& sentences = json.at("sentences");
  REQUIRE(sentences.size() == 3);
  // The text is kept byte for byte, line break included: JSON escapes it.
  CHECK(sentences[0].at("text") == "Poutine \u00e0 Pyongyang\net apr\u00e8s ?");
  CHECK(sentences[0].at("headline") == true);
  CHECK(sentences[1].at("headline") == false);
  CHECK(sentences[1].at("paragraph") == 1);
  CHECK(sentences[2].at("source") == "afp.txt");
  CHECK(sentences[2].at("document") == 1);
  CHECK(sentences[2].at("sentence") == 0);
  CHECK(sentences[2].at("text") == "Pyongyang a envoy\u00e9 6.700 conteneurs, soit 3,5\u00a0% de plus.");
}

TEST_CASE("Segmented sentences: summary formats and unknown documents are refused") {
  const auto code = [](OutputFormat format, const std::vector<std::string>& names) {
    try {
      RenderSentences(FrenchSentences(), names, format);
    } catch (const Error& e) {
      return e.code();
    }
    return ErrorCode::kInternal;  // no error
  };
  CHECK(code(OutputFormat::kMarkdown, {"a", "b"}) == ErrorCode::kInvalidOptions);
  CHECK(code(OutputFormat::kHtml, {"a", "b"}) == ErrorCode::kInvalidOptions);
  CHECK(code(OutputFormat::kJson, {"a"}) == ErrorCode::kInvalidInput);  // names document 1
}

// FrenchSummary's sentences, and a question of the first document left out.
Explanation FrenchExplanation() {
  Explanation explanation;
  explanation.summary = FrenchSummary();
  for (const SummarySentence& s : explanation.summary.sentences) {
    ExplainedSentence chosen;
    static_cast<Sentence&>(chosen) = s;
    chosen.score = s.score;
    chosen.verdict = Verdict::kChosen;
    chosen.reason = s.rank == 0 ? "chosen 1st of 2" : "chosen 2nd of 2";
    explanation.sentences.push_back(chosen);
  }
  ExplainedSentence question;
  question.text = "Que fera M.\u00a0Kim\t?";
  question.document = 0;
  question.position = 3;
  question.paragraph = 2;
  question.score = 0.125;
  question.verdict = Verdict::kCannotStandAlone;
  question.reason = "a question";
  explanation.sentences.insert(explanation.sentences.begin() + 1, question);
  return explanation;
}

TEST_CASE("An explanation as text: a tab-separated row per sentence, one line each") {
  CHECK(RenderExplanation(FrenchExplanation(), OutputFormat::kText) ==
        "sentence\tscore\tverdict\treason\ttext\n"
        "0:2\t0.25\tchosen\tchosen 2nd of 2\t\u00ab\u202fDes documents importants\u202f\u00bb "
        "seront sign\u00e9s, a dit M. Ouchakov.\n"
        "0:3\t0.125\tcannot-stand-alone\ta question\tQue fera M.\u00a0Kim ?\n"
        "1:0\t0.5\tchosen\tchosen 1st of 2\tPyongyang a envoy\u00e9 6.700 conteneurs, soit "
        "3,5\u00a0% de *plus*.\n");
  // A field that opens with a double quote is quoted as CSV quotes it: a quote-aware
  // reader would otherwise run it into the next rows. One with quotes inside stays as is.
  Explanation quoted = FrenchExplanation();
  quoted.sentences[1].text = "\"Nous avons sign\u00e9, a dit M. Poutine.";
  quoted.sentences[2].text = "Il a dit \"oui\".";
  const std::string text = RenderExplanation(quoted, OutputFormat::kText);
  CHECK(text.find("\ta question\t\"\"\"Nous avons sign\u00e9, a dit M. Poutine.\"\n") !=
        std::string::npos);
  CHECK(text.find("\tchosen 1st of 2\tIl a dit \"oui\".\n") != std::string::npos);
}

TEST_CASE("An explanation as JSON: each sentence with its place, score, verdict and reason") {
  const auto root =
      nlohmann::json::parse(RenderExplanation(FrenchExplanation(), OutputFormat::kJson));
  REQUIRE(root.at("sentences").size() == 3);
  const auto& q = root.at("sentences")[1];
  CHECK(q.at("text") == "Que fera M.\u00a0Kim\t?");
  CHECK(q.at("source") == "lemonde_*1*.txt");
  CHECK(q.at("sentence") == 3);
  CHECK(q.at("paragraph") == 2);
  CHECK(q.at("score") == 0.125);
  CHECK(q.at("verdict") == "cannot-stand-alone");
  CHECK(q.at("reason") == "a question");
  CHECK(root.at("sentences")[2].at("verdict") == "chosen");
  CHECK(root.at("warnings")[0] == "vide.txt: no text to summarize");
}

TEST_CASE("An explanation as HTML: the summary's page, each sentence left out saying why") {
  const std::string page = RenderExplanation(FrenchExplanation(), OutputFormat::kHtml);
  CHECK(page == RenderHtml(FrenchExplanation(), Options{}));
  CHECK(page.find("<span class=\"s\" data-verdict=\"cannot-stand-alone\" title=\"a question\">"
                  "Que fera M.\u00a0Kim\t?</span>") != std::string::npos);
  // The chosen sentence is marked as on the summary's page, without a verdict.
  CHECK(page.find("<mark id=") != std::string::npos);
  CHECK(page.find("data-verdict=\"chosen\"") == std::string::npos);
}

// FrenchExplanation, and what cleaning dropped: before the first document's first
// sentence, after its last, and before the second's.
Explanation FrenchExplanationWithRemovals() {
  Explanation explanation = FrenchExplanation();
  const std::string reason = "removed as a photo credit (--keep-boilerplate keeps it)";
  explanation.removed = {
      {"MOSCOU (AFP) -", 0, 0, "dateline", "removed as a dateline (--keep-boilerplate keeps it)"},
      {"Photo\u00a0:\tS. <b>Ivanov</b>\n/ AFP", 0, 4, "photo-credit", reason},
      {"Lire aussi : \u00ab\u202fL\u2019accord\u202f\u00bb", 1, 0, "inline-ad",
       "removed as an inline ad or a link to another article (--keep-boilerplate keeps it)"},
  };
  return explanation;
}

TEST_CASE("An explanation lists what cleaning dropped among the sentences, where it stood") {
  const Explanation explanation = FrenchExplanationWithRemovals();
  CHECK(RenderExplanation(explanation, OutputFormat::kText) ==
        "sentence\tscore\tverdict\treason\ttext\n"
        "0:-\t\tremoved\tremoved as a dateline (--keep-boilerplate keeps it)\tMOSCOU (AFP) -\n"
        "0:2\t0.25\tchosen\tchosen 2nd of 2\t\u00ab\u202fDes documents importants\u202f\u00bb "
        "seront sign\u00e9s, a dit M. Ouchakov.\n"
        "0:3\t0.125\tcannot-stand-alone\ta question\tQue fera M.\u00a0Kim ?\n"
        "0:-\t\tremoved\tremoved as a photo credit (--keep-boilerplate keeps it)\t"
        "Photo\u00a0: S. <b>Ivanov</b> / AFP\n"
        "1:-\t\tremoved\tremoved as an inline ad or a link to another article "
        "(--keep-boilerplate keeps it)\tLire aussi : \u00ab\u202fL\u2019accord\u202f\u00bb\n"
        "1:0\t0.5\tchosen\tchosen 1st of 2\tPyongyang a envoy\u00e9 6.700 conteneurs, soit "
        "3,5\u00a0% de *plus*.\n");

  const auto root = nlohmann::json::parse(RenderExplanation(explanation, OutputFormat::kJson));
  REQUIRE(root.at("removed").size() == 3);
  const auto& photo = root.at("removed")[1];
  CHECK(photo.at("text") == "Photo\u00a0:\tS. <b>Ivanov</b>\n/ AFP");
  CHECK(photo.at("source") == "lemonde_*1*.txt");
  CHECK(photo.at("document") == 0);
  CHECK(photo.at("before") == 4);
  CHECK(photo.at("rule") == "photo-credit");
  CHECK(photo.at("reason") == "removed as a photo credit (--keep-boilerplate keeps it)");
  CHECK(nlohmann::json::parse(RenderExplanation(FrenchExplanation(), OutputFormat::kJson))
            .at("removed")
            .empty());

  // On the page, struck out between the paragraphs, escaped; the credit closes its article.
  const std::string page = RenderExplanation(explanation, OutputFormat::kHtml);
  const std::size_t dateline = page.find(
      "<p class=\"removed\" data-rule=\"dateline\" title=\"removed as a dateline "
      "(--keep-boilerplate keeps it)\"><del>MOSCOU (AFP) -</del></p>\n");
  const std::size_t credit =
      page.find("<del>Photo\u00a0:\tS. &lt;b&gt;Ivanov&lt;/b&gt;\n/ AFP</del></p>\n</article>");
  const std::size_t ad = page.find("<del>Lire aussi");
  const std::size_t second_article = page.find("<article id=\"d1\">");
  REQUIRE(dateline != std::string::npos);
  REQUIRE(credit != std::string::npos);
  REQUIRE(ad != std::string::npos);
  CHECK(dateline > page.find("<article id=\"d0\">"));
  CHECK(dateline < page.find("Des documents importants", page.find("<article id=\"d0\">")));
  CHECK(credit > page.find("Que fera M."));
  CHECK(ad > second_article);
  CHECK(ad < page.find("Pyongyang a envoy", second_article));
}

TEST_CASE("An explanation: Markdown and unknown documents are refused") {
  try {
    RenderExplanation(FrenchExplanation(), OutputFormat::kMarkdown);
    FAIL("rendered");
  } catch (const Error& e) {
    CHECK(e.code() == ErrorCode::kInvalidOptions);
  }
  Explanation stray = FrenchExplanation();
  stray.sentences[2].document = 2;
  try {
    RenderExplanation(stray, OutputFormat::kText);
    FAIL("rendered");
  } catch (const Error& e) {
    CHECK(e.code() == ErrorCode::kInvalidInput);
  }
  Explanation stray_removal = FrenchExplanationWithRemovals();
  stray_removal.removed[1].document = 2;
  for (const OutputFormat format : {OutputFormat::kText, OutputFormat::kJson}) {
    try {
      RenderExplanation(stray_removal, format);
      FAIL("rendered");
    } catch (const Error& e) {
      CHECK(e.code() == ErrorCode::kInvalidInput);
      CHECK(std::string(e.what()).find("removed text names document 2 of 2") != std::string::npos);
    }
  }
  try {
    RenderHtml(stray_removal, Options{});
    FAIL("rendered");
  } catch (const Error& e) {
    CHECK(e.code() == ErrorCode::kInvalidInput);
  }
  for (const Verdict v : {Verdict::kChosen, Verdict::kHeadline, Verdict::kCannotStandAlone,
                          Verdict::kTooShort, Verdict::kTooLong, Verdict::kUnrelated,
                          Verdict::kNearDuplicate, Verdict::kNoRoom}) {
    CHECK(std::string(VerdictName(v)) != "unknown");
  }
}

}  // namespace
}  // namespace precis
