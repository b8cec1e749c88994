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

// `bytes` in `from`, as UTF-8. Bytes the encoding cannot map become U+FFFD (or
// the converter's substitution character): text is replaced, never dropped; how many
// sequences were goes to `*replaced` when given, for the caller's warning.
// Converts through a small pivot buffer, so memory is the output alone.
std::string ToUtf8(std::string_view bytes, UConverter* from, std::size_t* replaced = nullptr);

}  // namespace precis

#endif  // PRECIS_SRC_CONVERTER_H_
