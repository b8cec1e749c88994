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

namespace {

// ICU's substitution, counted: it says nothing of the bytes it replaces.
struct CountingCallback {
  UConverterToUCallback substitute = nullptr;
  const void* substitute_context = nullptr;
  std::size_t count = 0;

  static void Call(const void* context, UConverterToUnicodeArgs* args, const char* units,
                   int32_t length, UConverterCallbackReason reason, UErrorCode* status) {
    auto* self = static_cast<CountingCallback*>(const_cast<void*>(context));
    if (reason == UCNV_UNASSIGNED || reason == UCNV_ILLEGAL || reason == UCNV_IRREGULAR) {
      ++self->count;
    }
    self->substitute(self->substitute_context, args, units, length, reason, status);
  }
};

}  // namespace

std::string ToUtf8(std::string_view bytes, UConverter* from, std::size_t* replaced) {
  UErrorCode status = U_ZERO_ERROR;
  CountingCallback counting;
  ucnv_setToUCallBack(from, &CountingCallback::Call, &counting, &counting.substitute,
                      &counting.substitute_context, &status);
  CheckIcu(status, "ucnv_setToUCallBack");
  struct Restore {
    UConverter* converter;
    CountingCallback* counting;
    ~Restore() {
      UErrorCode ignored = U_ZERO_ERROR;
      ucnv_setToUCallBack(converter, counting->substitute, counting->substitute_context, nullptr,
                          nullptr, &ignored);
    }
  } restore{from, &counting};
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
  if (replaced != nullptr) *replaced = counting.count;
  return out;
}

}  // namespace precis
