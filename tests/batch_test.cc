// Batch records (include/precis/batch.h): one JSON line in, one JSON line out.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

#include "precis/precis.h"
#include "text_measure.h"

namespace precis {
namespace {

using Json = nlohmann::json;

// French news text with its typography: « » with U+202F and U+00A0, ’, M., 6.700, 3,5 %,
// a decomposed é, CRLF.
const std::string kAfp =
    "Le pr\u00e9sident russe Vladimir Poutine est arriv\u00e9 mardi soir \u00e0 Pyongyang "
    "pour une visite d\u2019\u00c9tat de deux jours en Cor\u00e9e du Nord.\r\n"
    "\u00ab\u202fDes documents importants, tr\u00e8s significatifs\u202f\u00bb seront "
    "sign\u00e9s, a assur\u00e9 M. Ouchakov, le conseiller diplomatique du Kremlin.\r\n"
    "Pyongyang a envoy\u00e9 environ 6.700 conteneurs de munitions vers la Russie "
    "depuis le mois d\u2019ao\u00fbt, selon S\u00e9oul.\r\n";
const std::string kLeMonde =
    "Vladimir Poutine et Kim Jong-un ont sign\u00e9 mercredi \u00e0 Pyongyang un accord de "
    "partenariat strat\u00e9gique global entre la Russie et la Cor\u00e9e du Nord.\n"
    "Les \u00e9changes entre les deux pays ont progress\u00e9 de 3,5\u00a0% l\u2019an "
    "dernier, selon les douanes russes qui ne publient plus le d\u00e9tail.\n"
    "La visite du pr\u00e9sident russe inqui\u00e8te les Etats-Unis et la Core\u0301e du "
    "Sud, qui redoutent une coop\u00e9ration militaire accrue.\n";

std::string Line(const Json& object) { return object.dump(); }

Json Cluster() {
  return {{"id", "c1"},
          {"documents", Json::array({{{"name", "afp.txt"}, {"text", kAfp}}, kLeMonde})}};
}

Json Record(const std::string& line, std::size_t number = 1, const Options& defaults = {}) {
  const std::string out = SummarizeBatchLine(line, number, defaults);
  CAPTURE(out);
  REQUIRE(out.find('\n') == std::string::npos);  // one line, no final newline
  return Json::parse(out);
}

// The record's top-level keys, in the order written.
std::vector<std::string> Keys(const std::string& line, std::size_t number) {
  std::vector<std::string> keys;
  const auto record = nlohmann::ordered_json::parse(SummarizeBatchLine(line, number, {}));
  for (const auto& item : record.items()) keys.push_back(item.key());
  return keys;
}

std::size_t SummaryWords(const Json& record) {
  std::size_t words = 0;
  for (const Json& s : record.at("summary")) words += CountWords(s.at("text").get<std::string>());
  return words;
}

TEST_CASE("A cluster line becomes a record with the sentences --format json describes") {
  const Json record = Record(Line(Cluster()));
  CHECK(record.at("id") == "c1");
  CHECK(record.at("warnings") == Json::array());
  CHECK(Keys(Line(Cluster()), 1) ==
        std::vector<std::string>{"id", "language", "summary", "warnings"});
  REQUIRE(!record.at("summary").empty());

  // The sentences are the library's summary, serialized as Render's JSON serializes them.
  Options options;
  options.threads = 1;
  const Summary summary = Summarize({{"afp.txt", kAfp}, {"2", kLeMonde}}, options);
  const Json rendered = Json::parse(Render(summary, OutputFormat::kJson, options));
  CHECK(record.at("summary") == rendered.at("sentences"));
  for (const Json& s : record.at("summary")) {
    const std::string text = s.at("text");
    CAPTURE(text);
    const std::size_t document = s.at("document");
    CHECK(s.at("source") == (document == 0 ? "afp.txt" : "2"));  // default names count from 1
    CHECK((document == 0 ? kAfp : kLeMonde).find(text) != std::string::npos);  // verbatim
  }
}

TEST_CASE("A line asking \"explain\" also lists every sentence with its verdict") {
  // A comment form under the second article: cleaning drops it, and says so.
  const std::string le_monde = kLeMonde + "\nLaisser un commentaire\n";
  Json line = Cluster();
  line["documents"][1] = le_monde;
  line["explain"] = true;
  line["options"] = {{"words", 40}};
  const Json record = Record(Line(line));
  CHECK(Keys(Line(line), 1) ==
        std::vector<std::string>{"id", "language", "summary", "sentences", "removed", "warnings"});
  // The summary is the one the line gives without "explain".
  line["explain"] = false;
  CHECK(Keys(Line(line), 1) ==
        std::vector<std::string>{"id", "language", "summary", "warnings"});
  CHECK(record.at("summary") == Record(Line(line)).at("summary"));

  // The sentences are the library's explanation, as `precis explain --format json` writes
  // it, but for the options its reasons name: a line's keys, not the command line's flags.
  Options options;
  options.threads = 1;
  options.select.words = 40;
  const Explanation explanation = Explain({{"afp.txt", kAfp}, {"2", le_monde}}, options);
  Json rendered = Json::parse(RenderExplanation(explanation, OutputFormat::kJson, options));
  const auto as_line_says = [](Json& items) {
    for (Json& item : items) {
      std::string reason = item.at("reason").get<std::string>();
      for (const auto& [flag, key] :
           {std::pair<std::string, std::string>{"--words 40", "\"words\": 40"},
            {"(--include-headlines)", "(\"include_headlines\": true)"},
            {"(--keep-boilerplate ", "(\"keep_boilerplate\": true "}}) {
        if (const auto at = reason.find(flag); at != std::string::npos) {
          reason.replace(at, flag.size(), key);
        }
      }
      item["reason"] = reason;
    }
  };
  as_line_says(rendered.at("sentences"));
  as_line_says(rendered.at("removed"));
  CHECK(record.at("sentences") == rendered.at("sentences"));
  CHECK(record.at("removed") == rendered.at("removed"));
  bool budget_named = false;
  for (const Json& s : record.at("sentences")) {
    const std::string reason = s.at("reason").get<std::string>();
    CHECK(reason.find("--") == std::string::npos);
    budget_named = budget_named || reason.find("left of \"words\": 40") != std::string::npos;
  }
  CHECK(budget_named);
  REQUIRE(record.at("removed").size() == 1);
  CHECK(record.at("removed")[0].at("text") == "Laisser un commentaire");
  CHECK(record.at("removed")[0].at("source") == "2");
  CHECK(record.at("removed")[0].at("before") == 3);
  // Every sentence of both articles is there, and the chosen ones are the summary's.
  REQUIRE(record.at("sentences").size() == 6);
  std::set<std::string> chosen;
  std::set<std::string> verdicts;
  for (const Json& s : record.at("sentences")) {
    verdicts.insert(s.at("verdict").get<std::string>());
    CHECK(!s.at("reason").get<std::string>().empty());
    if (s.at("verdict") == "chosen") chosen.insert(s.at("text").get<std::string>());
  }
  std::set<std::string> summary;
  for (const Json& s : record.at("summary")) summary.insert(s.at("text").get<std::string>());
  CHECK(chosen == summary);
  CHECK(verdicts.size() >= 2);  // 40 words leave some sentences out

  // The caller's default (precis batch --explain) reaches the lines that do not say.
  line.erase("explain");
  CHECK(SummarizeBatchLine(Line(line), 1, {}, true) == SummarizeBatchLine([&] {
          Json said = line;
          said["explain"] = true;
          return Line(said);
        }(), 1, {}));
  line["explain"] = false;
  CHECK(Record(Line(line)).count("sentences") == 0);
  CHECK(Record(Line(line)).count("removed") == 0);
  CHECK(Json::parse(SummarizeBatchLine(Line(line), 1, {}, true)).count("sentences") == 0);
}

TEST_CASE("Ids are echoed as given: string, integer, real or absent") {
  struct Case {
    Json id;
    Json expected;
  };
  const std::vector<Case> cases = {
      {"lemonde-2024-06-19", "lemonde-2024-06-19"},
      {"cor\u00e9e \u00ab\u202fdu Nord\u202f\u00bb", "cor\u00e9e \u00ab\u202fdu Nord\u202f\u00bb"},
      {42, 42},
      {-7, -7},
      {18446744073709551615ULL, 18446744073709551615ULL},
      {2.5, 2.5},
      {nullptr, nullptr},  // no "id" field at all
  };
  for (const Case& c : cases) {
    CAPTURE(c.id.dump());
    Json line = Cluster();
    if (c.id.is_null()) {
      line.erase("id");
    } else {
      line["id"] = c.id;
    }
    const Json record = Record(Line(line));
    CHECK(record.at("id") == c.expected);
    CHECK(record.at("id").dump() == c.expected.dump());  // 42 stays 42, not 42.0
    CHECK(!record.contains("error"));
  }
}

TEST_CASE("Per-cluster options override the defaults, under the CLI's long names") {
  const Json plain = Record(Line(Cluster()));
  Json one = Cluster();
  one["options"] = {{"sentences", 1}, {"words", 0}};
  CHECK(Record(Line(one)).at("summary").size() == 1);

  Json short_budget = Cluster();
  short_budget["options"] = {{"words", 30}};
  const Json shorter = Record(Line(short_budget));
  CHECK(SummaryWords(shorter) <= 30);
  CHECK(SummaryWords(shorter) < SummaryWords(plain));

  // "_" stands for "-", and "language" for "lang"; 30.0 is a count.
  Json spelled = Cluster();
  spelled["options"] = {{"words", 30.0}, {"min_words", 6}, {"language", "fr"}};
  CHECK(Record(Line(spelled)).at("summary") == shorter.at("summary"));

  // The defaults are what a line without options gets; the line's options win over them.
  Options defaults;
  defaults.select.words = 30;
  CHECK(Record(Line(Cluster()), 1, defaults).at("summary") == shorter.at("summary"));
  Json back = Cluster();
  back["options"] = {{"words", 100}};
  CHECK(Record(Line(back), 1, defaults).at("summary") == plain.at("summary"));

  // The language the record names: French by default, and what "auto" finds.
  CHECK(plain.at("language") == "fr");
  Json english = Cluster();
  english["documents"] = Json::array(
      {"The Russian president arrived in Pyongyang on Tuesday for a two-day state visit, and "
       "he was met at the airport by the leader of the country.",
       "The two leaders signed a treaty that binds each of them to help the other if it is "
       "attacked, the first such pact between the two countries in decades."});
  english["options"] = {{"lang", "auto"}};
  const Json guessed = Record(Line(english));
  CHECK(guessed.at("language") == "en");
  CHECK(!guessed.at("summary").empty());
  CHECK(guessed.at("warnings").empty());

  // A budget no sentence fits: an empty summary and a warning, not an error.
  Json tiny = Cluster();
  tiny["options"] = {{"words", 3}};
  const Json empty = Record(Line(tiny));
  CHECK(empty.at("summary").empty());
  CHECK(empty.at("warnings").size() == 1);
}

TEST_CASE("The options block of --format json replays its run as a line's options") {
  Options options;
  options.select.words = 40;
  options.select.lambda = 0.5;
  options.tokenize.stem = false;
  options.tokenize.remove_stopwords = false;
  options.load.markup = false;
  options.rank.tolerance = 1e-9;
  options.rank.max_iterations = 50;
  // Ranked on the implicit graph, which no edge is pruned from: other scores.
  options.graph.max_explicit_work = 0;
  options.graph.max_overlap_work = 1000;
  const std::vector<Document> documents = {{"afp.txt", kAfp}, {"2", kLeMonde}};
  const Summary direct = Summarize(documents, options);
  const Json block = Json::parse(Render(direct, OutputFormat::kJson, options)).at("options");
  REQUIRE(block.at("stem") == false);
  REQUIRE(block.at("encoding").is_null());
  CHECK(block.at("max_overlap_work") == 1000);

  Json replay = Cluster();
  replay["options"] = block;
  const Json record = Record(Line(replay));
  REQUIRE(record.contains("summary"));
  REQUIRE(record.at("summary").size() == direct.sentences.size());
  for (std::size_t i = 0; i < direct.sentences.size(); ++i) {
    CHECK(record.at("summary")[i].at("text") == direct.sentences[i].text);
    CHECK(record.at("summary")[i].at("score") == direct.sentences[i].score);
  }
  // The fields, unlike the switches, are true when on: "stem": false is --no-stem.
  const Json plain = Record(Line(Cluster()));
  CHECK(plain.at("summary")[0].at("score") != record.at("summary")[0].at("score"));
  Json stem_on = Cluster();
  stem_on["options"] = {{"stem", true}, {"remove_stopwords", true}, {"markup", true}};
  CHECK(Record(Line(stem_on)).at("summary") == plain.at("summary"));

  // What the block names for a file's bytes, or twice, is refused as such.
  Json encoded = Cluster();
  encoded["options"] = {{"encoding", "latin1"}};
  CHECK(Record(Line(encoded))
            .at("error")
            .get<std::string>()
            .rfind("options.encoding: JSON text", 0) == 0);
  Json twice = Cluster();
  twice["options"] = {{"stem", false}, {"no-stem", true}};
  CHECK(Record(Line(twice)).at("error") == "options: 'no-stem' and 'stem' name the same option");
  Json zero = Cluster();
  zero["options"] = {{"max_iterations", 0}};
  // Named by the key the line wrote, which the help's dashed name is not.
  CHECK(Record(Line(zero)).at("error") == "options.max_iterations: must be positive");
  // The line's own value is at fault, against the default of the other option.
  Json narrow = Cluster();
  narrow["options"] = {{"max-words", 3}, {"words", 50}};
  CHECK(Record(Line(narrow)).at("error") == "options.max-words: must be at least min-words (6)");
  // A library caller's defaults at fault, the line setting only the option they break.
  Options strict;
  strict.select.min_words = 12;
  Json loose = Cluster();
  loose["options"] = {{"max-words", 10}};
  CHECK(Record(Line(loose), 1, strict).at("error") ==
        "options.max-words: the defaults' min-words must not exceed max-words (10)");
}

TEST_CASE("A JSON string is Unicode text, never bytes to sniff for an encoding or a format") {
  // A stray NUL made the document "binary" and the line an error; UTF-16-looking text was
  // re-read as UTF-16, and a "%PDF" opening was taken for a damaged PDF.
  const Json nul = Record(
      R"({"documents": ["Vladimir Poutine est arriv\u00e9\u0000 mercredi \u00e0 Pyongyang pour )"
      R"(une visite de deux jours."]})");
  REQUIRE(nul.contains("summary"));
  CHECK(
      nul.at("summary").at(0).at("text") ==
      "Vladimir Poutine est arriv\u00e9 mercredi \u00e0 Pyongyang pour une visite de deux jours.");
  CHECK(nul.at("warnings") == Json::array({"1: a NUL character dropped"}));
  // An empty name names nothing: the warning said "a NUL character dropped" of no document.
  const Json unnamed = Record(
      R"({"documents": ["Kim Jong-un a accueilli M. Poutine \u00e0 l'a\u00e9roport mardi soir.", )"
      R"({"name": "", "text": "Vladimir Poutine est arriv\u00e9\u0000 mercredi \u00e0 )"
      R"(Pyongyang pour une visite de deux jours."}]})");
  CHECK(unnamed.at("warnings") == Json::array({"2: a NUL character dropped"}));
  const Json wide = Record(
      R"({"documents": ["L\u0000e\u0000 \u0000p\u0000r\u0000\u00e9\u0000s\u0000i\u0000d\u0000e\u0000n\u0000t\u0000 )"
      R"(est arriv\u00e9 mardi soir \u00e0 Pyongyang pour une visite."]})");
  REQUIRE(wide.contains("summary"));
  CHECK(wide.at("summary").at(0).at("text") ==
        "Le pr\u00e9sident est arriv\u00e9 mardi soir \u00e0 Pyongyang pour une visite.");
}

TEST_CASE("The language's advice says what a line takes, not the command line's --lang") {
  const std::string english =
      "The two leaders signed a treaty that binds each of them to help the other if it is "
      "attacked, the first such pact between the two countries in decades. The West has been "
      "trying to isolate both of them for years, and it is worried by the pact. The treaty was "
      "signed in Pyongyang on Wednesday, and the leaders said it would last for a long time.";
  const Json record = Record(Json{{"documents", Json::array({english, english + " Yes."})}}.dump());
  const std::string advice =
      ": the text looks like en, not fr; the summary may be poor: give \"lang\": \"en\" in the "
      "line's options";
  CHECK(record.at("warnings") == Json::array({"1" + advice, "2" + advice}));
  CHECK(Record(Json{{"documents", Json::array({english})}, {"options", {{"lang", "en"}}}}.dump())
            .at("warnings")
            .empty());
}

TEST_CASE("Other advice names a line's option keys too, and following it silences it") {
  const std::string page =
      "<html><body><p>Le pr\u00e9sident russe est arriv\u00e9 mardi \u00e0 Pyongyang pour "
      "une visite d\u2019\u00c9tat de deux jours.</p><p>Kim Jong-un l\u2019attendait \u00e0 "
      "l\u2019a\u00e9roport, selon l\u2019agence officielle KCNA.</p></body></html>";
  const Json record =
      Record(Json{{"documents", Json::array({page})}, {"options", {{"words", 3}}}}.dump());
  CHECK(record.at("warnings") ==
        Json::array({"1: read as an HTML page (\"markup\": false reads it as text)",
                     "the summary is empty: of 2 sentences, 2 are longer than the budget of "
                     "\"words\": 3"}));
  // "markup": false is an option a line takes: the page is read as text, and says nothing.
  const Json as_text =
      Record(Json{{"documents", Json::array({page})}, {"options", {{"markup", false}}}}.dump());
  for (const Json& warning : as_text.at("warnings")) {
    CHECK(warning.get<std::string>().find("HTML page") == std::string::npos);
  }
}

TEST_CASE("Every problem with a line becomes an error record naming it") {
  struct Case {
    std::string line;
    std::string message;  // a part of the "error" text
    Json id;              // the id the record echoes
  };
  const std::string docs =
      R"("documents": ["Le pr\u00e9sident russe est arriv\u00e9 mardi soir \u00e0 )"
      R"(Pyongyang pour deux jours."])";
  std::string nested_objects = "1";
  for (int depth = 0; depth < 70; ++depth) nested_objects = R"({"a": )" + nested_objects + "}";
  const std::vector<Case> cases = {
      {"", "blank line", nullptr},
      {" \t\r", "blank line", nullptr},
      {"{", "invalid JSON: parse error", nullptr},
      // The id read before the fault names the line too.
      {"{\"id\": \"c\u00e9\", \"documents\": [\"\xff\xfe\"]}", "invalid JSON", "c\u00e9"},
      {R"({"id": 5, "documents": ["Un texte.")", "invalid JSON: parse error", 5},
      {R"({"id": 9.1e15, "documents": [)", "invalid JSON: parse error", nullptr},
      {"[1, 2]", "must be a JSON object, not array", nullptr},
      // A number past a double's range is the line's fault, not an internal error.
      {R"({"id": 1e400, )" + docs + "}", "invalid JSON: number overflow parsing '1e400'", nullptr},
      {R"({"options": {"lambda": 1e999}, )" + docs + "}",
       "invalid JSON: number overflow parsing '1e999'", nullptr},
      {"\"texte\"", "must be a JSON object, not string", nullptr},
      {R"({"id": "a"})", "no \"documents\" field", "a"},
      {R"({"id": 3, "documents": "texte"})", "documents: must be an array, not string", 3},
      {R"({"id": "a", "documents": []})", "documents: empty array", "a"},
      {R"({"documents": [3]})", "document 1: must be a string or an object, not number", nullptr},
      {R"({"documents": ["x", {"name": "afp"}]})", "document 2: no \"text\" field", nullptr},
      {R"({"documents": [{"text": 5}]})", "document 1: text must be a string", nullptr},
      {R"({"documents": [{"text": "x", "name": 1}]})", "document 1: name must be a string",
       nullptr},
      {R"({"documents": [{"text": "x", "title": "t"}]})", "unknown field 'title'", nullptr},
      {R"({"id": true, )" + docs + "}", "id: must be a string or a number, not boolean", nullptr},
      // Read as doubles, two such ids would come back as one rounded number.
      {R"({"id": 123456789012345678901234567890, )" + docs + "}",
       "id: a number this large loses digits as JSON numbers are read; give it as a string",
       nullptr},
      {R"({"id": -18446744073709551617, )" + docs + "}", "id: a number this large loses digits",
       nullptr},
      {R"({"id": 9.1e15, )" + docs + "}", "id: a number this large loses digits", nullptr},
      {R"({"id": "a", "option": {"words": 5}, )" + docs + "}", "unknown field 'option'", "a"},
      {R"({"id": "a", "options": [1], )" + docs + "}", "options: must be an object", "a"},
      {R"({"id": "a", "options": {"wrods": 5}, )" + docs + "}", "unknown option 'wrods'", "a"},
      {R"({"options": {"threads": 2}, )" + docs + "}", "unknown option 'threads'", nullptr},
      {R"({"options": {"encoding": "latin1"}, )" + docs + "}",
       "options.encoding: JSON text is UTF-8 already", nullptr},
      {R"({"options": {"words": -5}, )" + docs + "}", "options.words: must be a non-negative",
       nullptr},
      {R"({"options": {"words": "50"}, )" + docs + "}", "options.words: must be a non-negative",
       nullptr},
      {R"({"options": {"words": 2.5}, )" + docs + "}", "options.words: must be a non-negative",
       nullptr},
      {R"({"options": {"lambda": 2}, )" + docs + "}", "options.lambda: must be in [0, 1]", nullptr},
      {R"({"options": {"lambda": "0.5"}, )" + docs + "}", "options.lambda: must be a number",
       nullptr},
      {R"({"options": {"centroid_weight": 1.5}, )" + docs + "}",
       "options.centroid_weight: must be in [0, 1]", nullptr},
      {R"({"options": {"position_decay": -1}, )" + docs + "}",
       "options.position_decay: must be 0 (no position prior) or more", nullptr},
      {R"({"options": {"name-weight": -0.5}, )" + docs + "}",
       "options.name-weight: must be 0 (names weigh as other words) or more", nullptr},
      {R"({"options": {"min-words": 80}, )" + docs + "}",
       "options.min-words: must not exceed max-words", nullptr},
      {R"({"options": {"lang": "tlh"}, )" + docs + "}", "unknown language 'tlh'", nullptr},
      {R"({"options": {"similarity": "jaccard"}, )" + docs + "}", "unknown similarity", nullptr},
      {R"({"options": {"keep-boilerplate": "yes"}, )" + docs + "}",
       "options.keep-boilerplate: must be true or false", nullptr},
      {R"({"options": {"lang": "fr", "language": "fr"}, )" + docs + "}", "name the same option",
       nullptr},
      {R"({"id": 9, "documents": ["", " \n "]})", "no sentence to summarize", 9},
      // Why there is none, which a record without "warnings" must say itself.
      {R"({"id": 11, "documents": [{"name": "vide.txt", "text": " \n "}, "\u00ab \u00bb"]})",
       "no sentence to summarize in the input (vide.txt: no text to summarize", 11},
      // A key given twice would keep its last value unseen; a NUL byte ended nlohmann's
      // input, dropping what followed it unread.
      {R"({"options": {"words": 100, "words": 1}, )" + docs + "}", "options: duplicate key 'words'",
       nullptr},
      {R"({"id": "b", "options": {"words": 100, "words": 1}, )" + docs + "}",
       "options: duplicate key 'words'", "b"},
      {R"({"documents": ["Un."], )" + docs + "}", "duplicate key 'documents'", nullptr},
      {R"({"id": 4, "documents": [{"text": "Un.", "name": "a", "text": "Deux."}]})",
       "documents[0]: duplicate key 'text'", 4},
      {R"({"documents": ["Un.", [1, {}], {"a": [{"b": {"c": 1, "c": 2}}]}]})",
       "documents[2].a[0].b: duplicate key 'c'", nullptr},
      // A key of megabytes is quoted by its start.
      {R"({"options": {")" + std::string(1'000'000, 'k') + R"(": {"x": 1, "x": 2}}})",
       "options." + std::string(40, 'k') + "...: duplicate key 'x'", nullptr},
      // A tree nested millions deep took some 70 times the line's bytes to build.
      {R"({"id": )" + std::string(70, '[') + "1" + std::string(70, ']') + ", " + docs + "}",
       "nested more than 64 levels deep, where a line needs 3", nullptr},
      {R"({"options": )" + nested_objects + ", " + docs + "}", "nested more than 64 levels deep",
       nullptr},
      {std::string(R"({"id": 12, )") + docs + "}" + std::string(1, '\0') +
           R"(, "options": {"bogus": 1}})",
       "invalid JSON: NUL byte at column", nullptr},
      {R"({"id": "e", "explain": "yes", )" + docs + "}",
       "explain: must be true or false, not string", "e"},
      {R"({"explain": 1, )" + docs + "}", "explain: must be true or false, not number", nullptr},
  };
  std::size_t number = 100;
  for (const Case& c : cases) {
    CAPTURE(c.line);
    ++number;
    const Json record = Record(c.line, number);
    CHECK(Keys(c.line, number) == std::vector<std::string>{"id", "line", "error"});
    CHECK(record.at("line") == number);
    CHECK(record.at("id") == c.id);
    const std::string message = record.at("error");
    CAPTURE(message);
    CHECK(message.find(c.message) != std::string::npos);
  }
}

TEST_CASE("A parse error quotes the end of the token it stopped in, not the whole token") {
  // A control character at the end of a 2 MB string made an error record of 2 MB.
  const std::string line = R"({"documents": [")" + std::string(2'000'000, 'a') + "\x01\"]}";
  const Json record = Record(line, 1);
  const std::string message = record.at("error");
  CAPTURE(message);
  CHECK(message.size() < 300);
  CHECK(message.find("invalid JSON: parse error at line 1, column 2000017") == 0);
  const std::string tail = "last read: '..." + std::string(32, 'a') + "<U+0001>'";
  CHECK(message.compare(message.size() - tail.size(), tail.size(), tail) == 0);
  // A short token is quoted whole.
  const std::string brief =
      Record(R"({"documents": ["un)" + std::string("\x01\"]}"), 2).at("error");
  CHECK(brief.find("last read: '\"un<U+0001>'") != std::string::npos);
}

TEST_CASE("Records are deterministic whatever the thread defaults") {
  Json line = Cluster();
  line["documents"].push_back({{"name", "vide.txt"}, {"text", ""}});
  const std::string text = Line(line);
  Options many;
  many.threads = 8;  // ignored: a cluster in a batch runs on one thread
  const std::string first = SummarizeBatchLine(text, 1, Options{});
  CHECK(SummarizeBatchLine(text, 1, Options{}) == first);
  CHECK(SummarizeBatchLine(text, 1, many) == first);
  // The line number is only in error records.
  CHECK(SummarizeBatchLine(text, 2, Options{}) == first);
  CHECK(Json::parse(first).at("warnings") == Json::array({"vide.txt: no text to summarize"}));

  // Whitespace, key order and a BOM do not change the record.
  const std::string spaced =
      "\xEF\xBB\xBF  {\"id\": \"c1\",\t\"documents\": " + line.at("documents").dump(1, '\t') +
      "}  \r";
  CHECK(SummarizeBatchLine(spaced, 1, Options{}) == first);
  CHECK(SummarizeBatchLine(spaced, 7, Options{}) == first);
}

TEST_CASE("Invalid defaults make every line that keeps them an error record, and never throw") {
  Options defaults;
  defaults.select.lambda = -1;
  const Json record = Record(Line(Cluster()), 3, defaults);
  CHECK(record.at("id") == "c1");
  CHECK(record.at("line") == 3);
  // Named as the defaults' own, since the line has no "options" to look in.
  CHECK(record.at("error") == "defaults.lambda: must be in [0, 1]");
  // Every such line, whatever it holds: another cluster, a blank line, one not JSON.
  Json another = Cluster();
  another["id"] = "c2";
  const std::vector<std::string> lines = {Line(another), "", "{pas du json"};
  for (std::size_t i = 0; i < lines.size(); ++i) {
    CAPTURE(lines[i]);
    const Json other = Record(lines[i], 4 + i, defaults);
    CHECK(other.contains("error"));
    CHECK_FALSE(other.contains("summary"));
    CHECK(other.at("line") == 4 + i);
  }
  // A line's own options are checked as it sets them: one that sets lambda is summarized.
  another["options"] = {{"lambda", 0.5}};
  const Json overridden = Record(Line(another), 7, defaults);
  CHECK_FALSE(overridden.contains("error"));
  CHECK_FALSE(overridden.at("summary").empty());
}

}  // namespace
}  // namespace precis
