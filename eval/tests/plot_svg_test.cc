// The SVG chart of `precis-eval run --plot`, read back with a small XML parser: every
// element balanced, every attribute quoted, every & an entity; then one bar per system x
// measure, heights proportional to the F-score, whiskers at the interval's bounds.
#include "plot_svg.h"

#include <catch2/catch.hpp>
#include <cctype>
#include <cmath>
#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <stdexcept>
#include <string>
#include <vector>

#include "support/run_command.h"
#include "support/temp_dir.h"

namespace precis::eval {
namespace {

struct Element {
  std::string name;
  std::map<std::string, std::string> attributes;  // unescaped
  std::string text;                               // direct text content, unescaped
};

// Unescapes the five named entities and numeric references; throws on a bare & or an
// unknown entity, which would make the document ill-formed.
std::string Unescape(const std::string& raw) {
  std::string out;
  for (std::size_t i = 0; i < raw.size(); ++i) {
    if (raw[i] != '&') {
      out += raw[i];
      continue;
    }
    const std::size_t semi = raw.find(';', i);
    if (semi == std::string::npos) throw std::runtime_error("bare & in " + raw);
    const std::string entity = raw.substr(i + 1, semi - i - 1);
    static const std::map<std::string, std::string> kNamed = {
        {"amp", "&"}, {"lt", "<"}, {"gt", ">"}, {"quot", "\""}, {"apos", "'"}};
    const auto named = kNamed.find(entity);
    if (named == kNamed.end()) throw std::runtime_error("unknown entity &" + entity + ";");
    out += named->second;
    i = semi;
  }
  return out;
}

// The elements of `xml` in document order. Throws on unbalanced or malformed markup.
std::vector<Element> ParseXml(const std::string& xml) {
  std::vector<Element> elements;
  std::vector<std::size_t> open;  // indices into `elements`
  std::size_t i = 0;
  if (xml.rfind("<?xml", 0) == 0) i = xml.find("?>") + 2;
  while (i < xml.size()) {
    if (xml[i] != '<') {
      const std::size_t next = xml.find('<', i);
      const std::string text = xml.substr(i, next - i);
      if (text.find('>') != std::string::npos) throw std::runtime_error("stray > in text");
      const std::string unescaped = Unescape(text);
      if (!open.empty()) {
        elements[open.back()].text += unescaped;
      } else if (unescaped.find_first_not_of(" \n") != std::string::npos) {
        throw std::runtime_error("text outside the root: " + text);
      }
      i = next == std::string::npos ? xml.size() : next;
      continue;
    }
    if (xml.compare(i, 2, "</") == 0) {
      const std::size_t end = xml.find('>', i);
      const std::string name = xml.substr(i + 2, end - i - 2);
      if (open.empty() || elements[open.back()].name != name) {
        throw std::runtime_error("unbalanced </" + name + ">");
      }
      open.pop_back();
      i = end + 1;
      continue;
    }
    // A start tag: a name, then name="value" pairs, then > or />.
    if (open.empty() && !elements.empty()) throw std::runtime_error("a second root element");
    Element element;
    std::size_t j = i + 1;
    while (j < xml.size() && (std::isalnum(static_cast<unsigned char>(xml[j])) || xml[j] == '-')) {
      element.name += xml[j++];
    }
    if (element.name.empty()) throw std::runtime_error("tag without a name");
    bool closed = false;
    for (;;) {
      while (j < xml.size() && xml[j] == ' ') ++j;
      if (j >= xml.size()) throw std::runtime_error("unterminated tag");
      if (xml[j] == '>') {
        ++j;
        break;
      }
      if (xml.compare(j, 2, "/>") == 0) {
        j += 2;
        closed = true;
        break;
      }
      const std::size_t equals = xml.find('=', j);
      const std::string key = xml.substr(j, equals - j);
      if (key.empty() || key.find_first_of(" <>\"") != std::string::npos ||
          xml[equals + 1] != '"') {
        throw std::runtime_error("bad attribute near " + xml.substr(j, 20));
      }
      const std::size_t quote = xml.find('"', equals + 2);
      const std::string value = xml.substr(equals + 2, quote - equals - 2);
      if (value.find('<') != std::string::npos) throw std::runtime_error("< in an attribute");
      if (!element.attributes.emplace(key, Unescape(value)).second) {
        throw std::runtime_error("repeated attribute " + key);
      }
      j = quote + 1;
    }
    elements.push_back(std::move(element));
    if (!closed) open.push_back(elements.size() - 1);
    i = j;
  }
  if (!open.empty()) throw std::runtime_error("<" + elements[open.back()].name + "> not closed");
  return elements;
}

std::vector<Element> WithClass(const std::vector<Element>& elements, const std::string& name,
                               const std::string& css_class) {
  std::vector<Element> out;
  for (const Element& e : elements) {
    const auto c = e.attributes.find("class");
    if (e.name == name && c != e.attributes.end() && c->second == css_class) out.push_back(e);
  }
  return out;
}

double Attribute(const Element& e, const std::string& key) {
  return std::stod(e.attributes.at(key));
}

SystemResult System(const std::string& name, double base) {
  SystemResult system;
  system.spec.name = name;
  for (std::size_t m = 0; m < kMeasureCount; ++m) {
    // Distinct figures for each system and measure, with asymmetric intervals.
    const double mean = base / static_cast<double>(m + 1);
    system.means[m].f = {mean, mean * 0.8, mean * 1.1};
    system.means[m].recall = {0.99, 0.99, 0.99};  // never drawn
  }
  return system;
}

RunResults Results(const std::vector<std::string>& names) {
  RunResults results;
  results.clusters = {"c1", "c2", "c3"};
  double base = 0.45;
  for (const std::string& name : names) {
    results.systems.push_back(System(name, base));
    base -= 0.07;
  }
  return results;
}

RunSettings Settings() {
  RunSettings settings;
  settings.dataset = "../shared/data/rpm2_fr/";
  return settings;
}

TEST_CASE("The chart draws one bar per system and measure, as tall as its F-score") {
  const RunResults results = Results({"precis", "lead", "a<b&c", "Core\u0301e \u00e9t\u00e9"});
  const std::string svg = PlotSvg(results, Settings());
  CAPTURE(svg);
  const std::vector<Element> elements = ParseXml(svg);
  REQUIRE(elements.at(0).name == "svg");
  CHECK(elements.at(0).attributes.at("xmlns") == "http://www.w3.org/2000/svg");

  const std::vector<Element> bars = WithClass(elements, "rect", "bar");
  REQUIRE(bars.size() == 4 * kMeasureCount);
  // Every bar stands on the x axis; height / value is the same for all of them.
  const double bottom = Attribute(bars[0], "y") + Attribute(bars[0], "height");
  const double scale = Attribute(bars[0], "height") / results.systems[0].means[0].f.mean;
  for (std::size_t m = 0; m < kMeasureCount; ++m) {
    for (std::size_t s = 0; s < results.systems.size(); ++s) {
      const Element& bar = bars[m * results.systems.size() + s];  // grouped by measure
      const double value = results.systems[s].means[m].f.mean;
      CAPTURE(m, s);
      CHECK(bar.attributes.at("data-system") == results.systems[s].spec.name);
      CHECK(bar.attributes.at("data-measure") == MeasureName(kAllMeasures[m]));
      CHECK(Attribute(bar, "data-value") == Approx(value).margin(1e-6));
      CHECK(Attribute(bar, "y") + Attribute(bar, "height") == Approx(bottom).margin(0.01));
      CHECK(Attribute(bar, "height") == Approx(value * scale).margin(0.01));
    }
  }
  // Bars of one system share its legend colour; systems differ.
  const std::vector<Element> swatches = WithClass(elements, "rect", "swatch");
  REQUIRE(swatches.size() == 4);
  for (std::size_t s = 0; s < 4; ++s) {
    CHECK(bars[s].attributes.at("fill") == swatches[s].attributes.at("fill"));
    CHECK(bars[4 + s].attributes.at("fill") == swatches[s].attributes.at("fill"));
    if (s > 0) CHECK(swatches[s].attributes.at("fill") != swatches[0].attributes.at("fill"));
  }

  // Whiskers: from the interval's high bound (y1) down to its low bound (y2).
  const std::vector<Element> whiskers = WithClass(elements, "line", "ci");
  REQUIRE(whiskers.size() == bars.size());
  for (std::size_t k = 0; k < whiskers.size(); ++k) {
    const Interval& f = results.systems[k % 4].means[k / 4].f;
    CAPTURE(k);
    CHECK(Attribute(whiskers[k], "y1") == Approx(bottom - f.high * scale).margin(0.02));
    CHECK(Attribute(whiskers[k], "y2") == Approx(bottom - f.low * scale).margin(0.02));
    CHECK(Attribute(whiskers[k], "data-low") == Approx(f.low).margin(1e-6));
    CHECK(Attribute(whiskers[k], "data-high") == Approx(f.high).margin(1e-6));
    // Centred on its bar.
    const Element& bar = bars[k];
    CHECK(Attribute(whiskers[k], "x1") ==
          Approx(Attribute(bar, "x") + Attribute(bar, "width") / 2).margin(0.02));
  }

  // The y axis reaches past the highest bound by less than a step, labelled in order.
  const std::vector<Element> ticks = WithClass(elements, "text", "tick");
  REQUIRE(ticks.size() >= 3);
  CHECK(std::stod(ticks.front().text) == 0.0);
  const double top = std::stod(ticks.back().text);
  const double step = std::stod(ticks[1].text);
  CHECK(top >= 0.45 * 1.1);
  CHECK(top < 0.45 * 1.1 + step);
  CHECK(Attribute(ticks.back(), "y") == Approx(bottom - top * scale).margin(0.02));

  // Legend and titles: names as given, the dataset's folder name.
  const std::vector<Element> labels = WithClass(elements, "text", "legend-label");
  REQUIRE(labels.size() == 4);
  CHECK(labels[2].text == "a<b&c");
  CHECK(labels[3].text == "Core\u0301e \u00e9t\u00e9");
  CHECK(WithClass(elements, "text", "title").at(0).text == "ROUGE F-scores, rpm2_fr");
  std::string subtitle;
  for (const Element& line : WithClass(elements, "text", "subtitle")) subtitle += line.text + "\n";
  CHECK(subtitle.find("Unicode mode") != std::string::npos);
  CHECK(subtitle.find("3 clusters") != std::string::npos);
  CHECK(subtitle.find("95% bootstrap") != std::string::npos);
  CHECK(svg.find("a<b&c") == std::string::npos);
  CHECK(svg.find("a&lt;b&amp;c") != std::string::npos);

  CHECK(PlotSvg(results, Settings()) == svg);  // deterministic
}

TEST_CASE("XML escaping: markup characters become entities, unusable bytes U+FFFD") {
  struct Case {
    std::string in;
    std::string out;
  };
  const std::vector<Case> cases = {
      {"a<b&c", "a&lt;b&amp;c"},
      {"\"l'\u00e9t\u00e9\" > 3,5\u00a0%", "&quot;l&apos;\u00e9t\u00e9&quot; &gt; 3,5\u00a0%"},
      {"\u00ab\u202fCore\u0301e\u202f\u00bb \U0001F600",
       "\u00ab\u202fCore\u0301e\u202f\u00bb \U0001F600"},
      {"tab\there", "tab\there"},
      {"nul\x01", "nul\uFFFD"},
      {"bad\xff\xfe", "bad\uFFFD\uFFFD"},
      {"cut\xc3", "cut\uFFFD"},
      {"overlong\xc0\xaf", "overlong\uFFFD\uFFFD"},
      {"surrogate\xed\xa0\x80", "surrogate\uFFFD\uFFFD\uFFFD"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.in);
    CHECK(XmlEscape(c.in) == c.out);
  }
  // A name XML cannot hold still makes a well-formed chart.
  const std::string svg = PlotSvg(Results({"x\x01\xff"}), Settings());
  CHECK_NOTHROW(ParseXml(svg));
}

TEST_CASE("A chart without systems or scores is still a well-formed chart") {
  const std::vector<Element> none = ParseXml(PlotSvg(RunResults{}, Settings()));
  CHECK(WithClass(none, "rect", "bar").empty());
  CHECK(!WithClass(none, "text", "tick").empty());

  RunResults zero;
  zero.clusters = {"c1"};
  SystemResult system;
  system.spec.name = "empty";
  zero.systems.push_back(system);
  const std::vector<Element> flat = ParseXml(PlotSvg(zero, Settings()));
  const std::vector<Element> bars = WithClass(flat, "rect", "bar");
  REQUIRE(bars.size() == kMeasureCount);
  for (const Element& bar : bars) CHECK(Attribute(bar, "height") == 0.0);
}

TEST_CASE("precis-eval run --plot writes the chart of the run it prints") {
  testing::TempDir dir("precis-plot-test-");
  const std::string svg_path = dir / "chart.svg";
  const std::string eval = std::string("'") + PRECIS_BIN_DIR + "/precis-eval'";
  const auto result = testing::RunCommand(eval + " run '" + PRECIS_SOURCE_DIR +
                                          "/samples' --systems precis,lead --resamples 50 --out '" +
                                          (dir / "out") + "' --plot '" + svg_path + "'");
  REQUIRE(result.exit_code == 0);
  CHECK(!result.out.empty());  // the table is still printed
  const std::vector<Element> elements = ParseXml(testing::Slurp(svg_path));
  const std::vector<Element> bars = WithClass(elements, "rect", "bar");
  REQUIRE(bars.size() == 2 * kMeasureCount);
  // The bars are the F means results.json holds.
  const auto json = nlohmann::json::parse(testing::Slurp(dir / "out/results.json"));
  for (const Element& bar : bars) {
    const std::string system = bar.attributes.at("data-system");
    const std::string measure = bar.attributes.at("data-measure");
    CAPTURE(system, measure);
    for (const auto& s : json.at("systems")) {
      if (s.at("name") == system) {
        CHECK(Attribute(bar, "data-value") ==
              Approx(s.at("means").at(measure).at("F").at("mean").get<double>()).margin(1e-6));
      }
    }
  }
  // Nothing half-written is left beside it.
  for (const auto& entry : std::filesystem::directory_iterator(dir.path())) {
    CHECK(entry.path().filename().string().rfind('.', 0) != 0);
  }

  const auto bad = testing::RunCommand(eval + " run '" + PRECIS_SOURCE_DIR +
                                       "/samples' --systems lead --plot /nonexistent/dir/x.svg");
  CHECK(bad.exit_code == 1);
  CHECK(bad.err.find("/nonexistent/dir/x.svg") != std::string::npos);
}

}  // namespace
}  // namespace precis::eval
