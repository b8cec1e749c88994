#include "plot_svg.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

#include "markup_escape.h"
#include "plural.h"

namespace precis::eval {
namespace {

// Okabe & Ito's colour-blind-safe palette, black last; cycled beyond eight systems.
constexpr const char* kColors[] = {"#0072B2", "#E69F00", "#009E73", "#D55E00",
                                   "#CC79A7", "#56B4E9", "#F0E442", "#000000"};

// Layout in SVG user units (pixels). Text widths are estimated, since SVG cannot measure
// text without a renderer: 0.6 em a character is generous for sans-serif Latin text.
constexpr double kFontSize = 12;
constexpr double kCharWidth = 0.6 * kFontSize;
constexpr double kTitleCharWidth = 0.6 * 15;
constexpr double kMarginLeft = 70;    // tick labels and the axis title
constexpr double kMarginTop = 76;     // title and subtitle
constexpr double kMarginBottom = 36;  // group labels
constexpr double kMarginRight = 16;
constexpr double kPlotHeight = 300;
constexpr double kBarWidth = 16;
constexpr double kGroupGap = 28;
constexpr double kLegendGap = 24;
constexpr double kLegendRow = 18;
constexpr double kCapHalfWidth = 4;

std::string Number(double value, int decimals = 2) {
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
  return buffer;
}

// Code points, for width estimates.
std::size_t Length(const std::string& utf8) {
  std::size_t n = 0;
  for (unsigned char c : utf8) n += (c & 0xC0) != 0x80;
  return n;
}

// The top of the y axis and the tick step: the smallest 1, 2, 2.5 or 5 x 10^k step that
// reaches `max` in at most 6 ticks. Scores are in [0, 1]; an all-zero chart gets 0..1.
struct Scale {
  double top = 1.0;
  double step = 0.2;
  int decimals = 1;
};

Scale NiceScale(double max) {
  Scale scale;
  if (!(max > 0)) return scale;
  const double magnitude = std::pow(10.0, std::floor(std::log10(max / 6)));
  for (double multiple : {1.0, 2.0, 2.5, 5.0, 10.0, 20.0}) {
    const double step = multiple * magnitude;
    const double ticks = std::ceil(max / step - 1e-9);
    if (ticks <= 6) {
      scale.step = step;
      scale.top = ticks * step;
      break;
    }
  }
  scale.decimals = 0;
  while (scale.decimals < 8) {
    const double scaled = scale.step * std::pow(10.0, scale.decimals);
    if (std::fabs(scaled - std::round(scaled)) < 1e-6) break;
    ++scale.decimals;
  }
  return scale;
}

// The dataset's folder name: "../shared/data/rpm2_fr/" -> "rpm2_fr".
std::string DatasetName(std::string path) {
  while (path.size() > 1 && path.back() == '/') path.pop_back();
  const std::size_t slash = path.rfind('/');
  if (slash != std::string::npos && slash + 1 < path.size()) path.erase(0, slash + 1);
  return path.empty() ? "dataset" : path;
}

// What XML 1.0 excludes from a document besides ill-formed UTF-8 and surrogates: control
// characters other than tab, line feed and carriage return, and U+FFFE and U+FFFF.
bool ForbiddenInXml(char32_t cp) {
  if (cp < 0x20) return cp != '\t' && cp != '\n' && cp != '\r';
  return cp == 0xFFFE || cp == 0xFFFF;
}

}  // namespace

std::string XmlEscape(const std::string& text) {
  return EscapeMarkup(text, ForbiddenInXml, "&apos;");
}

std::string PlotSvg(const RunResults& results, const RunSettings& settings) {
  const std::size_t systems = results.systems.size();
  const std::size_t measures = kAllMeasures.size();

  double max = 0.0;
  std::size_t longest_name = 0;
  for (const SystemResult& system : results.systems) {
    for (Measure m : kAllMeasures) {
      const Interval& f = system.means[static_cast<std::size_t>(m)].f;
      max = std::max({max, f.mean, f.high});
    }
    longest_name = std::max(longest_name, Length(system.spec.name));
  }
  const Scale scale = NiceScale(max);

  const std::string title = "ROUGE F-scores, " + DatasetName(settings.dataset);
  // Two lines of subtitle, so that a long scoring description does not set the width.
  const std::string subtitles[] = {DescribeScoring(settings.scoring),
                                   CountOf(results.clusters.size(), "cluster") +
                                       "; whiskers: " + Number(settings.confidence * 100, 0) +
                                       "% bootstrap confidence intervals"};

  const double group_width = static_cast<double>(std::max<std::size_t>(systems, 1)) * kBarWidth;
  const double plot_width = static_cast<double>(measures) * (group_width + kGroupGap) + kGroupGap;
  const double plot_left = kMarginLeft;
  const double plot_right = plot_left + plot_width;
  const double plot_top = kMarginTop;
  const double plot_bottom = plot_top + kPlotHeight;
  const double legend_left = plot_right + kLegendGap;
  const double legend_width = 18 + static_cast<double>(longest_name) * kCharWidth;
  const double width = std::ceil(
      std::max({legend_left + legend_width + kMarginRight,
                16 + static_cast<double>(Length(title)) * kTitleCharWidth + kMarginRight,
                16 + static_cast<double>(Length(subtitles[0])) * kCharWidth + kMarginRight,
                16 + static_cast<double>(Length(subtitles[1])) * kCharWidth + kMarginRight}));
  const double height = std::ceil(
      std::max(plot_bottom, plot_top + static_cast<double>(systems) * kLegendRow) + kMarginBottom);
  const auto y_of = [&](double value) {
    return plot_bottom - std::clamp(value, 0.0, scale.top) / scale.top * kPlotHeight;
  };

  std::string svg;
  svg += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  svg += "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + Number(width, 0) + "\" height=\"" +
         Number(height, 0) + "\" viewBox=\"0 0 " + Number(width, 0) + " " + Number(height, 0) +
         "\" font-family=\"DejaVu Sans, Helvetica, Arial, sans-serif\" font-size=\"12\">\n";
  svg += "<title>" + XmlEscape(title) + "</title>\n";
  svg += "<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n";
  svg += "<text class=\"title\" x=\"16\" y=\"24\" font-size=\"15\" font-weight=\"bold\">" +
         XmlEscape(title) + "</text>\n";
  for (int line = 0; line < 2; ++line) {
    svg += "<text class=\"subtitle\" x=\"16\" y=\"" + Number(42 + 15 * line, 0) +
           "\" fill=\"#444444\">" + XmlEscape(subtitles[line]) + "</text>\n";
  }

  // Grid lines and tick labels at every step, from 0 to the top.
  svg += "<g class=\"y-axis\">\n";
  const int ticks = static_cast<int>(std::lround(scale.top / scale.step));
  for (int t = 0; t <= ticks; ++t) {
    const double value = scale.step * t;
    const std::string y = Number(y_of(value));
    svg += "<line class=\"grid\" x1=\"" + Number(plot_left) + "\" x2=\"" + Number(plot_right) +
           "\" y1=\"" + y + "\" y2=\"" + y + "\" stroke=\"#dddddd\"/>\n";
    svg += "<text class=\"tick\" x=\"" + Number(plot_left - 6) + "\" y=\"" + y +
           "\" text-anchor=\"end\" dominant-baseline=\"middle\">" + Number(value, scale.decimals) +
           "</text>\n";
  }
  svg += "<line class=\"axis\" x1=\"" + Number(plot_left) + "\" x2=\"" + Number(plot_left) +
         "\" y1=\"" + Number(plot_top) + "\" y2=\"" + Number(plot_bottom) +
         "\" stroke=\"#000000\"/>\n";
  svg += "<line class=\"axis\" x1=\"" + Number(plot_left) + "\" x2=\"" + Number(plot_right) +
         "\" y1=\"" + Number(plot_bottom) + "\" y2=\"" + Number(plot_bottom) +
         "\" stroke=\"#000000\"/>\n";
  const double label_x = 18;
  const double label_y = plot_top + kPlotHeight / 2;
  svg += "<text class=\"axis-label\" x=\"" + Number(label_x) + "\" y=\"" + Number(label_y) +
         "\" text-anchor=\"middle\" transform=\"rotate(-90 " + Number(label_x) + " " +
         Number(label_y) + ")\">mean F-score over clusters</text>\n";
  svg += "</g>\n";

  // Bars, grouped by measure, then their whiskers on top of every bar.
  std::string bars = "<g class=\"bars\">\n";
  std::string whiskers = "<g class=\"whiskers\" stroke=\"#000000\">\n";
  for (std::size_t m = 0; m < measures; ++m) {
    const double group_left =
        plot_left + kGroupGap + static_cast<double>(m) * (group_width + kGroupGap);
    const std::string label = MeasureLabel(kAllMeasures[m], ScoringRougeOptions(settings.scoring));
    const char* measure_name = label.c_str();
    bars += "<text class=\"group-label\" x=\"" + Number(group_left + group_width / 2) + "\" y=\"" +
            Number(plot_bottom + 20) + "\" text-anchor=\"middle\">" + measure_name + "</text>\n";
    for (std::size_t s = 0; s < systems; ++s) {
      const SystemResult& system = results.systems[s];
      const Interval& f = system.means[m].f;
      const std::string name = XmlEscape(system.spec.name);
      const double x = group_left + static_cast<double>(s) * kBarWidth;
      const double top = y_of(f.mean);
      bars += "<rect class=\"bar\" data-system=\"" + name + "\" data-measure=\"" + measure_name +
              "\" data-value=\"" + Number(f.mean, 6) + "\" x=\"" + Number(x + 1) + "\" y=\"" +
              Number(top) + "\" width=\"" + Number(kBarWidth - 2) + "\" height=\"" +
              Number(plot_bottom - top) + "\" fill=\"" + kColors[s % std::size(kColors)] +
              "\"><title>" + name + ", " + measure_name + " F = " + Number(f.mean, 4) + " [" +
              Number(f.low, 4) + ", " + Number(f.high, 4) + "]</title></rect>\n";
      const std::string center = Number(x + kBarWidth / 2);
      const std::string low = Number(y_of(f.low));
      const std::string high = Number(y_of(f.high));
      whiskers += "<line class=\"ci\" data-system=\"" + name + "\" data-measure=\"" + measure_name +
                  "\" data-low=\"" + Number(f.low, 6) + "\" data-high=\"" + Number(f.high, 6) +
                  "\" x1=\"" + center + "\" x2=\"" + center + "\" y1=\"" + high + "\" y2=\"" + low +
                  "\"/>\n";
      for (const std::string& y : {high, low}) {
        whiskers += "<line class=\"ci-cap\" x1=\"" + Number(x + kBarWidth / 2 - kCapHalfWidth) +
                    "\" x2=\"" + Number(x + kBarWidth / 2 + kCapHalfWidth) + "\" y1=\"" + y +
                    "\" y2=\"" + y + "\"/>\n";
      }
    }
  }
  svg += bars + "</g>\n" + whiskers + "</g>\n";

  svg += "<g class=\"legend\">\n";
  for (std::size_t s = 0; s < systems; ++s) {
    const double y = plot_top + static_cast<double>(s) * kLegendRow;
    svg += "<rect class=\"swatch\" x=\"" + Number(legend_left) + "\" y=\"" + Number(y) +
           "\" width=\"12\" height=\"12\" fill=\"" + kColors[s % std::size(kColors)] + "\"/>\n";
    svg += "<text class=\"legend-label\" x=\"" + Number(legend_left + 18) + "\" y=\"" +
           Number(y + 10) + "\">" + XmlEscape(results.systems[s].spec.name) + "</text>\n";
  }
  svg += "</g>\n</svg>\n";
  return svg;
}

}  // namespace precis::eval
