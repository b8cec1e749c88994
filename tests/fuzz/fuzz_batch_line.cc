// libFuzzer target: bytes -> a batch line -> SummarizeBatchLine -> its JSON record.
// How the bytes are read: fuzz_entry.h. Run it with scripts/fuzz.
#include <cstddef>
#include <cstdint>

#include "fuzz_entry.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  precis::fuzz::RunBatchLine(data, size);
  return 0;
}
