// A dataset of clusters with reference summaries, as laid out on disk:
//   DATASET/CLUSTER/docs/*.txt   the source articles
//   DATASET/CLUSTER/refs/*.txt   the human reference summaries
// (the layout of samples/ and of every set in ../shared/data/). Other folders in a cluster
// (peers/, ...) are ignored; a folder without docs/ is not a cluster, but one whose
// subfolder holds .txt files is refused as a cluster misnamed.
#ifndef PRECIS_EVAL_DATASET_H_
#define PRECIS_EVAL_DATASET_H_

#include <optional>
#include <string>
#include <string_view>
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
  std::string folder;                 // its path, as ReadDataset reached it
  // Every file read for it (articles, references, left-out ones too): what a run must
  // never write over.
  std::vector<std::string> files;
};

// Whether the clusters' references are read: `order` summarizes docs/ alone, and serves a
// dataset without any refs/.
enum class References { kRequired, kUnread };

// Reads every cluster of `path`, in name order. `path` may also be a single cluster
// folder (one with docs/ in it). Names are ordered by their bytes, not by locale, so that
// results come out the same everywhere; hidden entries (a leading '.') are skipped, and
// only *.txt files are read from docs/ and refs/. A document is named by its file's path
// (as precis::ReadInputs names it), and its text is the file's bytes, unconverted (the
// summarizer decodes it). A reference is read by ReferenceText, which leaves out one that
// is binary or holds no word, with a line in `warnings`; so are files and folders in
// docs/ and refs/ that are not *.txt files, broken links ("broken link, skipped") and
// other entries that are no regular file ("not a regular file, skipped"), and a file read
// already in the same folder under another name, a link or a hard link to it ("read
// already, as PATH, skipped"), as precis says of its inputs. A folder named "Docs" or "Refs" (docs/
// or refs/ in another case) is an Error naming it, not a cluster passed over. Throws
// precis::Error(kIo) naming a path that does not exist or cannot be read, and Error(kInvalidInput)
// naming the folder for a path that is not a folder, a cluster whose name is not valid UTF-8
// (results.json could not keep it apart from another), a dataset without any cluster, a folder with
// refs/ but no docs/ or with a subfolder of .txt files but neither docs/ nor refs/ (doc/ and
// ref/, misnamed: "no docs/, but doc/ holds .txt files"), or a cluster without any document or
// reference with text ("no reference summary in refs/"). With References::kUnread, refs/ is not
// read at all: a cluster holds no reference, and neither a missing refs/ nor an empty reference
// is said.
std::vector<Cluster> ReadDataset(const std::string& path,
                                 std::vector<std::string>* warnings = nullptr,
                                 References references = References::kRequired);

// A summary file's text as precis reads an article's (load.h), so that a reference or a
// tool's summary saved in another encoding scores as its words: decoded from UTF-16,
// UTF-32 or a legacy encoding, ill-formed UTF-8 replaced by U+FFFD, a BOM removed, each
// said in `warnings` ("A1.txt: read as UTF-16LE (byte order mark)"). Nothing for a
// binary file, with Load's warning ("binary file (NUL bytes), skipped").
std::optional<std::string> SummaryText(const Document& file, std::vector<std::string>* warnings);

// Why a reference summary's text (valid UTF-8) cannot be scored against ("empty reference
// summary, skipped", "reference summary without a word (no letter or digit), skipped"),
// or empty when it holds a letter or a digit.
std::string UnusableReference(std::string_view text);

// A reference summary's text, by SummaryText, or nothing when it holds none: an empty
// or binary reference, or one without a letter or digit ("« » — !"), would score every
// system 0 against it and pull a cluster's scores down without a word, so it is left
// out, and said so in `warnings` ("A1.txt: empty reference summary, skipped").
std::optional<std::string> ReferenceText(const Document& file, std::vector<std::string>* warnings);

// The summaries a folder holds, read as refs/ is: its *.txt files in byte order of their
// names, as bytes (for SummaryText or ReferenceText), hidden entries passed over, other
// files and folders left out with a line each in `warnings`, and a line for a folder
// without any ("PATH: no .txt file in the folder"). For `precis-eval rouge`,
// whose folder arguments are read so. Throws Error(kIo) naming a file that cannot be read.
std::vector<Document> ReadSummaryFolder(const std::string& path,
                                        std::vector<std::string>* warnings);

// The text of DIR/CLUSTER.txt, a summary written by another tool, by SummaryText (empty
// for a binary file, which scores 0: "binary file (NUL bytes), scored as an empty
// summary (0)"). Throws Error(kIo) naming the file when it is missing or not a regular
// file.
std::string ReadSystemSummary(const std::string& directory, const std::string& cluster,
                              std::vector<std::string>* warnings = nullptr);

// What a --system-dir holds that no cluster reads: files other than CLUSTER.txt for a
// cluster in `clusters` (a summary of a cluster the dataset lacks, notes) and folders,
// one warning each ("DIR/T99.txt: no cluster T99 in the dataset, not scored", "DIR/x:
// broken link, skipped"), so that a summary misnamed is not dropped in silence. Hidden entries are
// passed over.
std::vector<std::string> UnreadSystemFiles(const std::string& directory,
                                           const std::vector<Cluster>& clusters);

}  // namespace precis::eval

#endif  // PRECIS_EVAL_DATASET_H_
