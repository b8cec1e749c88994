// `precis-eval run --plot FILE.svg`: each system's mean ROUGE F-scores with their
// bootstrap confidence intervals, as a standalone SVG chart drawn by our own code.
//
//   const RunResults results = RunEvaluation(clusters, settings);
//   WriteFileAtomically("results.svg", PlotSvg(results, settings));
//
// The chart groups bars by measure (ROUGE-1, ROUGE-2, ROUGE-L, ROUGE-SU4), one bar per
// system in the legend's colour, each with a whisker from the interval's low to its high
// bound. Each bar is a <rect class="bar"> carrying data-system, data-measure and
// data-value, and each whisker a <line class="ci"> carrying data-low and data-high, so
// that tests and scripts can read the chart back. A bar's <title> shows its figures on
// hover.
#ifndef PRECIS_EVAL_PLOT_SVG_H_
#define PRECIS_EVAL_PLOT_SVG_H_

#include <string>

#include "evaluation_run.h"

namespace precis::eval {

// The SVG document (UTF-8, with its XML declaration, ending with a newline). Heights are
// proportional to the F-score, from 0 at the x axis to the top tick, the first "nice"
// value (1, 2, 2.5 or 5 x 10^k steps) at or above every interval's high bound. System
// names and the dataset are escaped for XML; bytes that XML cannot hold (invalid UTF-8,
// control characters) become U+FFFD. Deterministic: the same results give the same bytes.
// The title names the dataset's folder; the subtitle the scoring mode, the number of
// clusters and the confidence level of settings.
std::string PlotSvg(const RunResults& results, const RunSettings& settings);

// `text` with & < > " ' as entities and what XML cannot hold replaced by U+FFFD.
std::string XmlEscape(const std::string& text);

}  // namespace precis::eval

#endif  // PRECIS_EVAL_PLOT_SVG_H_
