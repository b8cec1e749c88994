#include "converter.h"

#include <iterator>

#include "icu_status.h"
#include "named_note.h"
#include "precis/error.h"

namespace precis {

Converter TryOpenConverter(const std::string& encoding) {
  // ICU reads the name as a C string: "UTF-8\0garbage" would open UTF-8.
  if (encoding.find('\0') != std::string::npos) return nullptr;
  UErrorCode status = U_ZERO_ERROR;
  Converter converter(ucnv_open(encoding.c_str(), &status));
  if (U_FAILURE(status)) converter.reset();
  return converter;
}

Converter OpenConverter(const std::string& encoding) {
  Converter converter = TryOpenConverter(encoding);
  if (!converter) {
    throw Error(ErrorCode::kInvalidOptions, "encoding",
                "unknown encoding '" + PrintableName(encoding) + "'");
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

Utf8Stream::Utf8Stream(UConverter* from) : from_(from) {
  UErrorCode status = U_ZERO_ERROR;
  to_.reset(ucnv_open("UTF-8", &status));
  CheckIcu(status, "ucnv_open UTF-8");
}

std::string Utf8Stream::Convert(std::string_view bytes, bool last) {
  std::string out;
  out.reserve(bytes.size() + bytes.size() / 2);
  const char* source = bytes.data();
  const char* const source_limit = bytes.data() + bytes.size();
  char buffer[16 * 1024];
  UErrorCode status;
  do {
    status = U_ZERO_ERROR;
    char* target = buffer;
    ucnv_convertEx(to_.get(), from_, &target, buffer + sizeof buffer, &source, source_limit, pivot_,
                   &pivot_source_, &pivot_target_, pivot_ + std::size(pivot_), reset_, last,
                   &status);
    reset_ = false;
    out.append(buffer, static_cast<std::size_t>(target - buffer));
  } while (status == U_BUFFER_OVERFLOW_ERROR);
  CheckIcu(status, "ucnv_convertEx");
  return out;
}

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
  std::string out = Utf8Stream(from).Convert(bytes, /*last=*/true);
  if (replaced != nullptr) *replaced = counting.count;
  return out;
}

}  // namespace precis
