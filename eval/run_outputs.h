// Where a `run` writes (--out, --plot), checked against what it reads: the run must never
// write over an article, a reference or a summary it scores, nor into the dataset.
#ifndef PRECIS_EVAL_RUN_OUTPUTS_H_
#define PRECIS_EVAL_RUN_OUTPUTS_H_

#include <string>
#include <vector>

#include "dataset.h"
#include "evaluation_run.h"

namespace precis::eval {

// The name of the --plot file when it goes straight into the --out folder (OUT/NAME.svg),
// to be written with the folder (WriteResults); "" when it goes elsewhere or either is
// not given. Throws Error(kInvalidOptions, plot) for a plot deeper inside --out or named
// as a file a run writes there (results.json...), which the folder would replace.
std::string PlotNameInOut(const std::string& plot, const std::string& out);

// Before a run that may take minutes, a --plot that cannot be written: a folder, or a file
// in a folder that does not exist (unless it is the --out folder, made by the run).
// Throws Error(kIo, plot).
void CheckPlotPath(const std::string& plot, const std::string& out);

// Refuses, with Error(kInvalidOptions) naming the path (exit 2, as precis's -o): a --plot
// that is a file the run reads (same device and inode: a link or a hard link counts;
// "--plot names an input file; refusing to overwrite it") or lies in a cluster's folder,
// and an --out that is the dataset's folder, holds it, lies in a cluster's folder, or
// is or holds anything else the run reads ("--out would replace PATH, an input of this
// run (--system-dir mine); choose another --out"), links followed.
// `out` or `plot` empty: not given.
void CheckRunOutputs(const std::string& out, const std::string& plot, const RunSettings& settings,
                     const std::vector<Cluster>& clusters);

}  // namespace precis::eval

#endif  // PRECIS_EVAL_RUN_OUTPUTS_H_
