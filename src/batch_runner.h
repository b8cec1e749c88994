// `precis batch`: JSON Lines in, one record a line out, in input order, with the clusters
// summarized on several threads. The records themselves are SummarizeBatchLine's
// (include/precis/batch.h); this layer only reads, orders, writes and counts.
#ifndef PRECIS_SRC_BATCH_RUNNER_H_
#define PRECIS_SRC_BATCH_RUNNER_H_

#include <cstddef>
#include <cstdio>
#include <string>
#include <vector>

#include "batch_lines.h"
#include "precis/options.h"

namespace precis {

struct BatchRunOptions {
  std::vector<std::string> inputs;  // files read in turn, "-" for standard input
  Options defaults;                 // every cluster's options before its own "options"
  std::size_t threads = 0;          // clusters summarized at once; 0: one per core
  bool explain = false;             // what a line without "explain" gets (--explain)
  // "precis: batch: N clusters, R/s" on stderr about once a second, then a final line.
  bool progress = false;
  std::size_t max_line_bytes = kMaxBatchLineBytes;
  std::string output_name = "stdout";  // what a write error names: the -o file
};

struct BatchRunStats {
  std::size_t lines = 0;   // records written: one per input line
  std::size_t errors = 0;  // of which error records
};

// Reads every input's lines in turn (numbered from 1 across all of them, as the output
// is) and writes each line's record followed by "\n" to `out`, in input order. Streams:
// a record is written as soon as it and every record before it are done, and at most a
// few lines per thread are held in memory, so input of any length works as a pipe.
// The output is the same bytes whatever `threads` is, and when the system cannot start
// that many threads, the run goes on with those it could start.
// Throws precis::Error(kIo) naming the input that cannot be opened (before anything is
// written) or read (after the records of the lines read before), or output_name when
// `out` fails.
BatchRunStats RunBatch(const BatchRunOptions& options, std::FILE* out);

}  // namespace precis

#endif  // PRECIS_SRC_BATCH_RUNNER_H_
