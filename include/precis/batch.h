// Many clusters, one JSON line each: the record format that `precis batch`, the Python
// module and the Dask runner share, so that all three write the same bytes.
//
//   precis::Options defaults;           // what a line without "options" gets
//   std::string out = precis::SummarizeBatchLine(
//       R"({"id": "c1", "documents": ["Le Kremlin a confirmé la visite mardi soir.",
//                                     "Le président russe est arrivé à Pyongyang."]})",
//       1, defaults);
//
// Input, one JSON object per line:
//   {"id": "c1",                  // string or number (within 64 bits); optional
//    "documents": ["text", {"name": "afp", "text": "..."}, ...],
//    "options": {"words": 50, "lang": "fr", ...},   // optional, per cluster
//    "explain": true}                 // optional: add "sentences" and "removed"
// Output, one JSON object on one line, without the final newline:
//   {"id": "c1", "language": "fr", "summary": [...], ...}   // on success; with "explain",
//                                     // "sentences": every sentence, its verdict and reason,
//                                     // and "removed": what cleaning dropped
//   {"id": "c1", "line": 7, "error": "..."}                  // on any problem with the line
// The option names are the command line's long ones, with - or _ ("words", "lang" or
// "language", "min-words", "no-stem", "keep-stopwords", "plain-text"...: `precis batch
// --help` lists them), or the names of `precis --format json`'s "options" block ("stem":
// false is "no-stem": true), which a line can take whole to replay that run; each is
// checked as Options::Validate checks it. Any other field,
// at the top level, in "options" or in a document object, is an error, and so is a key
// given twice in one object. JSON text is UTF-8: `defaults.load.encoding` is not used,
// whatever it holds.
#ifndef PRECIS_BATCH_H_
#define PRECIS_BATCH_H_

#include <cstddef>
#include <string>
#include <string_view>

#include "precis/options.h"

namespace precis {

// Summarizes the cluster one input line describes and returns its output record. Never
// throws for a bad line (malformed JSON, a blank line, missing documents, unknown or
// invalid option, unusable text): the problem becomes an error record naming
// `line_number` as given (precis batch counts from 1; the Python module refuses 0), so
// that a batch never drops a line and output line N always answers input line N. `line` may end with "\r" or "\n" (ignored like any JSON white
// space). Each cluster runs on one thread whatever defaults.threads says: parallelism
// belongs across clusters. `explain` is what a line that has no "explain" field gets
// (`precis batch --explain`). Deterministic: the same line, number and defaults give
// the same bytes. Reentrant; calls on different threads share nothing. Throws only
// Error(kCancelled), when defaults.cancelled stops the call (Options::cancelled).
std::string SummarizeBatchLine(std::string_view line, std::size_t line_number,
                               const Options& defaults, bool explain = false);

}  // namespace precis

#endif  // PRECIS_BATCH_H_
