// A dataset of clusters with reference summaries, as laid out on disk:
//   DATASET/CLUSTER/docs/*.txt   the source articles
//   DATASET/CLUSTER/refs/*.txt   the human reference summaries
// (the layout of samples/ and of every set in ../shared/data/). Other folders in a cluster
// (peers/, ...) are ignored; a folder without docs/ is not a cluster.
#ifndef PRECIS_EVAL_DATASET_H_
#define PRECIS_EVAL_DATASET_H_

#include <string>
#include <vector>

#include "precis/document.h"

namespace precis::eval {

struct Reference {
  std::string name;  // file name without .txt ("A1")
  std::string text;
};

struct Cluster {
  std::string name;                   // the folder's name ("T01_C1")
  std::vector<Document> documents;    // in file-name order
  std::vector<Reference> references;  // in file-name order
};

// Reads every cluster of `path`, in name order. `path` may also be a single cluster
// folder (one with docs/ in it). Names are ordered by their bytes, not by locale, so that
// results come out the same everywhere; hidden entries (a leading '.') are skipped, and
// only *.txt files are read from docs/ and refs/. A document is named by its file's path
// (as precis::ReadInputs names it), and its text is the file's bytes, unconverted.
// Throws precis::Error(kIo) naming a path that does not exist or cannot be read, and
// Error(kInvalidInput) naming the folder for a path that is not a folder, a dataset
// without any cluster, or a cluster without any document or reference ("no reference
// summary in refs/").
std::vector<Cluster> ReadDataset(const std::string& path);

// The text of DIR/CLUSTER.txt (its bytes): a summary written by another tool. Throws
// Error(kIo) naming the file when it is missing or not a regular file.
std::string ReadSystemSummary(const std::string& directory, const std::string& cluster);

}  // namespace precis::eval

#endif  // PRECIS_EVAL_DATASET_H_
