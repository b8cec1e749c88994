// ICU's charset converters, owned, and a conversion of bytes to UTF-8: what decode.h does
// to a file in a legacy encoding, and rtf_text.h to the bytes of an RTF document.
#ifndef PRECIS_SRC_CONVERTER_H_
#define PRECIS_SRC_CONVERTER_H_

#include <unicode/ucnv.h>

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

namespace precis {

struct ConverterCloser {
  void operator()(UConverter* c) const { ucnv_close(c); }
};
using Converter = std::unique_ptr<UConverter, ConverterCloser>;

// A converter from `encoding` (an ICU name or alias: "windows-1252", "cp1251",
// "ISO-8859-15"...), or null when ICU knows no such encoding.
Converter TryOpenConverter(const std::string& encoding);

// The same, for a name the user gave: throws Error(kInvalidOptions) naming it when ICU
// knows no such encoding.
Converter OpenConverter(const std::string& encoding);

// Bytes in one encoding as UTF-8, a chunk at a time: ICU's converters carry a character
// cut by a chunk's end (a UTF-16 surrogate pair, a UTF-32 code unit, a multi-byte
// sequence) over to the next chunk, so chunks may end anywhere. Borrows `from`, which
// must outlive it and serve no other conversion meanwhile. Not movable (ICU's pivot
// buffer lives in it); not synchronized.
//
//   Utf8Stream stream(utf16le);
//   stream.Convert("\x3D\xD8", false) + stream.Convert("\x25\xDD", true) == "\U0001F525"
class Utf8Stream {
 public:
  explicit Utf8Stream(UConverter* from);
  Utf8Stream(const Utf8Stream&) = delete;
  Utf8Stream& operator=(const Utf8Stream&) = delete;

  // The UTF-8 of `bytes` and of what the last call carried over. `last` ends the stream:
  // a character still cut becomes U+FFFD (or the converter's substitution character).
  // Throws Error(kInternal) if ICU fails. Linear in the size of `bytes`.
  std::string Convert(std::string_view bytes, bool last);

 private:
  UConverter* from_;
  Converter to_;
  UChar pivot_[1024];
  UChar* pivot_source_ = pivot_;
  UChar* pivot_target_ = pivot_;
  bool reset_ = true;  // until the first call
};

// `bytes` in `from`, as UTF-8. Bytes the encoding cannot map become U+FFFD (or
// the converter's substitution character): text is replaced, never dropped; how many
// sequences were goes to `*replaced` when given, for the caller's warning.
// Converts through a small pivot buffer, so memory is the output alone.
std::string ToUtf8(std::string_view bytes, UConverter* from, std::size_t* replaced = nullptr);

}  // namespace precis

#endif  // PRECIS_SRC_CONVERTER_H_
