#include "converter.h"

#include "icu_status.h"
#include "precis/error.h"

namespace precis {

Converter TryOpenConverter(const std::string& encoding) {
  UErrorCode status = U_ZERO_ERROR;
  Converter converter(ucnv_open(encoding.c_str(), &status));
  if (U_FAILURE(status)) converter.reset();
  return converter;
}

Converter OpenConverter(const std::string& encoding) {
  Converter converter = TryOpenConverter(encoding);
  if (!converter) {
    throw Error(ErrorCode::kInvalidOptions, "encoding", "unknown encoding '" + encoding + "'");
  }
  return converter;
}

std::string ToUtf8(std::string_view bytes, UConverter* from) {
  UErrorCode status = U_ZERO_ERROR;
  Converter to(ucnv_open("UTF-8", &status));
  CheckIcu(status, "ucnv_open UTF-8");
  std::string out;
  out.reserve(bytes.size() + bytes.size() / 2);
  const char* source = bytes.data();
  const char* const source_limit = bytes.data() + bytes.size();
  UChar pivot[1024];
  UChar* pivot_source = pivot;
  UChar* pivot_target = pivot;
  char buffer[16 * 1024];
  bool reset = true;
  do {
    status = U_ZERO_ERROR;
    char* target = buffer;
    ucnv_convertEx(to.get(), from, &target, buffer + sizeof buffer, &source, source_limit, pivot,
                   &pivot_source, &pivot_target, pivot + 1024, reset, /*flush=*/true, &status);
    reset = false;
    out.append(buffer, static_cast<std::size_t>(target - buffer));
  } while (status == U_BUFFER_OVERFLOW_ERROR);
  CheckIcu(status, "ucnv_convertEx");
  return out;
}

}  // namespace precis
