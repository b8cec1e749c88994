// SummarizeBatchLine with the one fact its caller cannot read off the bytes cheaply:
// whether the record is an error. For `precis batch`, which counts the failed lines.
#ifndef PRECIS_SRC_BATCH_RECORD_H_
#define PRECIS_SRC_BATCH_RECORD_H_

#include <cstddef>
#include <string>
#include <string_view>

#include "precis/options.h"

namespace precis {

struct BatchRecord {
  std::string json;    // exactly what SummarizeBatchLine returns
  bool error = false;  // an {"id", "line", "error"} record
};

// SummarizeBatchLine's record and whether it is an error record. Never throws for a bad
// line (see include/precis/batch.h).
BatchRecord SummarizeBatchRecord(std::string_view line, std::size_t line_number,
                                 const Options& defaults, bool explain = false);

// The error record of line `line_number` when it is longer than `max_bytes` and was not
// read whole.
BatchRecord OverlongLineRecord(std::size_t line_number, std::size_t max_bytes);

}  // namespace precis

#endif  // PRECIS_SRC_BATCH_RECORD_H_
