#include "decode.h"

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>

#include <algorithm>
#include <cstring>
#include <memory>
#include <string>

#include "affix.h"
#include "ascii.h"
#include "converter.h"
#include "decompress.h"
#include "doc_text.h"
#include "html_sniff.h"
#include "icu_status.h"
#include "named_note.h"
#include "office_text.h"
#include "pdf_text.h"
#include "plural.h"
#include "precis/error.h"
#include "zip_package.h"

namespace precis {
namespace {

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";
constexpr std::string_view kUtf16LeBom = "\xFF\xFE";
constexpr std::string_view kUtf16BeBom = "\xFE\xFF";
// UTF-32LE's mark starts with UTF-16LE's: it is checked first.
constexpr std::string_view kUtf32LeBom("\xFF\xFE\0\0", 4);
constexpr std::string_view kUtf32BeBom("\0\0\xFE\xFF", 4);

// How much of the start of a file the signature checks and the detector read:
// enough for the detector's n-gram statistics, cheap on a 100 MB file.
constexpr std::size_t kSampleBytes = 64 * 1024;
constexpr std::size_t kUtf16SampleBytes = 4096;

// Below this confidence (0-100) the detector's answer is a guess no better than
// the default.
constexpr int32_t kMinDetectorConfidence = 10;

constexpr std::string_view kZipMagic = "PK\x03\x04";

struct Signature {
  std::string_view magic;
  const char* kind;
};
constexpr Signature kSignatures[] = {
    {"\x89PNG\r\n\x1A\n", "PNG image"},
    {"\xFF\xD8\xFF", "JPEG image"},
    {"GIF87a", "GIF image"},
    {"GIF89a", "GIF image"},
    // .docx and .odt are read (office_text.h); .xlsx, .pptx, .epub and the rest are not.
    // ReadInputs opens archives of articles (unpack.h) before their bytes come here.
    // So are 7z and RAR archives, and gzip, bzip2, xz and zstd files (decompress.h's
    // SniffCompression, below); one inside an archive is not opened, but named here.
    {kZipMagic, "ZIP archive"},
    {"7z\xBC\xAF\x27\x1C", "7z archive"},
    {"Rar!\x1A\x07", "RAR archive"},
    // .doc is read (doc_text.h); .xls, .ppt, .msg and the rest are not.
    {"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", "OLE2 file other than a Word document"},
};

// "UTF-16LE" or "UTF-16BE" when the NUL bytes of the sample fall on one side of
// each byte pair, as they do in UTF-16 text of Latin script (the high byte of
// most code units is 0); empty otherwise.
std::string Utf16Layout(std::string_view bytes) {
  const std::size_t size = std::min(bytes.size(), kUtf16SampleBytes) & ~std::size_t{1};
  if (size < 4) return "";
  std::size_t even = 0, odd = 0;  // NUL bytes at even and odd offsets
  for (std::size_t i = 0; i < size; i += 2) {
    even += bytes[i] == '\0';
    odd += bytes[i + 1] == '\0';
  }
  const std::size_t pairs = size / 2;
  // Text has a NUL high byte in at least a third of its code units (Latin text:
  // nearly all), and NUL low bytes almost never (U+0100, U+0200...).
  if (odd * 3 >= pairs && even * 20 <= odd) return "UTF-16LE";
  if (even * 3 >= pairs && odd * 20 <= even) return "UTF-16BE";
  return "";
}

// "UTF-32LE" or "UTF-32BE" when the sample's code units all have a NUL high byte and
// nearly all a NUL second byte, as UTF-32 text of any script in the first 65,536 code
// points does, while few have a NUL low byte; empty otherwise.
std::string Utf32Layout(std::string_view bytes) {
  const std::size_t size = std::min(bytes.size(), kUtf16SampleBytes) & ~std::size_t{3};
  if (size < 8) return "";
  std::size_t nul[4] = {0, 0, 0, 0};  // NUL bytes at each offset of a code unit
  for (std::size_t i = 0; i < size; ++i) nul[i % 4] += bytes[i] == '\0';
  const std::size_t units = size / 4;
  if (nul[3] == units && nul[2] * 10 >= units * 9 && nul[0] * 20 <= units) return "UTF-32LE";
  if (nul[0] == units && nul[1] * 10 >= units * 9 && nul[3] * 20 <= units) return "UTF-32BE";
  return "";
}

// `shown` names the encoding to the user where ICU's name is not the one read: "UTF-16"
// reads a byte order mark, which says whether it is "UTF-16LE" or "UTF-16BE".
Decoded Converted(const std::string& name, std::string_view bytes, const std::string& encoding,
                  const std::string& how, const std::string& shown = "") {
  Converter from = OpenConverter(encoding);
  Decoded decoded;
  decoded.kind = Decoded::kConverted;
  std::size_t replaced = 0;
  decoded.text = ToUtf8(bytes, from.get(), &replaced);
  decoded.encoding = shown.empty() ? encoding : shown;
  std::string note = how.empty() ? "" : "read as " + decoded.encoding + " (" + how + ")";
  if (replaced != 0) {
    // Text that is not in the encoding (a wrong --encoding) must not pass for what it says.
    note += (note.empty() ? "" : "; ") + CountOf(replaced, "byte sequence") + " not valid in " +
            decoded.encoding + " replaced by U+FFFD";
  }
  if (!note.empty()) decoded.note = NamedNote(name, note);
  return decoded;
}

struct Utf8Census {
  std::size_t invalid = 0;    // maximal ill-formed subparts
  std::size_t multibyte = 0;  // well-formed sequences of 2 to 4 bytes, but the lookalikes
  // Well-formed three-byte sequences whose middle byte is 0xA0: in Latin-1 French, a
  // letter, a non-breaking space and a sign ("cl\xE9\xA0\xBB", clé »), which UTF-8 reads as
  // one rare character (U+983B); not counted as UTF-8 evidence.
  std::size_t lookalikes = 0;
  // Whether every ill-formed subpart is made of bytes that windows-1252 makes letters or
  // signs (every byte from 0xA0: é, à, «, °, non-breaking space..., and ‘ ’ “ ” – — … €
  // œ Œ below it).
  bool all_latin = true;
  // Whether the only ill-formed subpart ends the input and opens on a lead byte, as UTF-8
  // cut short would leave it ("x\xE2\x82", "Caf\xC3"). Beside other Latin-1 bytes, it is
  // the file's last letter or sign ("nomm\xE9", "cl\xE9\xBB").
  bool ends_cut = false;
  // Whether any ASCII letter occurs: text in a Latin script has some, where a few stray
  // bytes ("\xC0\xAF", an overlong '/') have none.
  bool ascii_letter = false;
};

bool IsWindows1252Typography(unsigned char byte) {
  switch (byte) {
    case 0x80:  // €
    case 0x85:  // …
    case 0x8C:  // Œ
    case 0x91:  // ‘
    case 0x92:  // ’
    case 0x93:  // “
    case 0x94:  // ”
    case 0x96:  // –
    case 0x97:  // —
    case 0x9C:  // œ
      return true;
    default:
      return byte >= 0xA0;
  }
}

Utf8Census CountUtf8(std::string_view bytes) {
  const auto* s = reinterpret_cast<const unsigned char*>(bytes.data());
  Utf8Census census;
  std::size_t i = 0;
  while (i < bytes.size()) {
    if (s[i] < 0x80) {
      census.ascii_letter = census.ascii_letter || IsAsciiLetter(static_cast<char>(s[i]));
      ++i;
      continue;
    }
    std::size_t subpart = 0;
    const std::size_t length = WellFormedUtf8Length(s + i, bytes.size() - i, &subpart);
    if (length != 0) {
      if (length == 3 && s[i + 1] == 0xA0 && IsWindows1252Typography(s[i + 2])) {
        ++census.lookalikes;
      } else {
        ++census.multibyte;
      }
      i += length;
    } else {
      ++census.invalid;
      // "d\xE9clar\xE9\xA0:" holds a two-byte subpart, é and a non-breaking space.
      census.all_latin =
          census.all_latin && std::all_of(s + i, s + i + subpart, IsWindows1252Typography);
      census.ends_cut =
          i + subpart == bytes.size() && census.invalid == 1 && s[i] >= 0xC2 && s[i] <= 0xF4;
      i += subpart;
    }
  }
  return census;
}

// The charset an HTML page declares, when ICU knows it and it is not a Unicode encoding
// (the bytes are known to be neither UTF-8 nor UTF-16); empty otherwise.
std::string KnownPageCharset(std::string_view bytes) {
  if (!LooksLikeHtml(bytes)) return "";
  std::string declared = DeclaredCharset(bytes);
  if (declared.empty()) return "";
  if (declared == "iso-8859-1" || declared == "latin1" || declared == "us-ascii" ||
      declared == "ascii") {
    declared = "windows-1252";
  }
  const Converter converter = TryOpenConverter(declared);
  if (!converter) return "";
  UErrorCode status = U_ZERO_ERROR;
  const char* canonical = ucnv_getName(converter.get(), &status);
  // A page that says UTF-16 without its NUL bytes is not UTF-16 (browsers read it as UTF-8).
  if (U_FAILURE(status) || std::string_view(canonical).substr(0, 3) == "UTF") return "";
  return declared;
}

// The detector's best answer that is not a Unicode encoding (the bytes are
// known not to be UTF-8, and UTF-16/32 were ruled out by their NUL bytes) and
// that ICU can convert from, or empty when it has none it is reasonably sure of.
// The detector names some encodings no converter goes by: "IBM420_rtl" and
// "IBM424_ltr" add the text's direction to an EBCDIC code page.
std::string DetectLegacyEncoding(std::string_view bytes) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UCharsetDetector, void (*)(UCharsetDetector*)> detector(ucsdet_open(&status),
                                                                          ucsdet_close);
  CheckIcu(status, "ucsdet_open");
  const std::string_view sample = bytes.substr(0, kSampleBytes);
  ucsdet_setText(detector.get(), sample.data(), static_cast<int32_t>(sample.size()), &status);
  int32_t count = 0;
  const UCharsetMatch** matches = ucsdet_detectAll(detector.get(), &count, &status);
  CheckIcu(status, "ucsdet_detectAll");
  for (int32_t i = 0; i < count; ++i) {
    const char* name = ucsdet_getName(matches[i], &status);
    const int32_t confidence = ucsdet_getConfidence(matches[i], &status);
    CheckIcu(status, "ucsdet_getName");
    if (confidence < kMinDetectorConfidence) break;  // sorted by confidence
    if (std::strncmp(name, "UTF-", 4) == 0 || !TryOpenConverter(name)) continue;
    return name;
  }
  return "";
}

}  // namespace

std::size_t WellFormedUtf8Length(const unsigned char* s, std::size_t size, std::size_t* subpart) {
  const unsigned char lead = s[0];
  if (lead < 0x80) return 1;
  std::size_t trail;
  // The range of the first trailing byte; the others are always 80..BF.
  unsigned char low = 0x80, high = 0xBF;
  if (lead >= 0xC2 && lead <= 0xDF) {
    trail = 1;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    trail = 2;
    if (lead == 0xE0) low = 0xA0;   // overlong
    if (lead == 0xED) high = 0x9F;  // surrogates
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    trail = 3;
    if (lead == 0xF0) low = 0x90;   // overlong
    if (lead == 0xF4) high = 0x8F;  // past U+10FFFF
  } else {
    *subpart = 1;  // a trailing byte, C0, C1 or F5..FF: never valid anywhere
    return 0;
  }
  for (std::size_t k = 1; k <= trail; ++k) {
    if (k >= size || s[k] < low || s[k] > high) {
      *subpart = k;
      return 0;
    }
    low = 0x80;
    high = 0xBF;
  }
  return trail + 1;
}

std::string SkippedNote(const std::string& name, const std::string& kind) {
  return NamedNote(name, "binary file (" + kind + "), skipped");
}

std::string UnreadableKind(std::string_view bytes) {
  // Formats Load extracts text from, although their bytes are not text.
  if (LooksLikePdf(bytes) || SniffOfficeFormat(bytes) != OfficeFormat::kNone ||
      IsWordDocument(bytes)) {
    return "";
  }
  for (const Signature& signature : kSignatures) {
    if (!StartsWith(bytes, signature.magic)) continue;
    // A spreadsheet or an e-book called a "ZIP archive" would seem one precis opens.
    if (signature.magic == kZipMagic) return ZipPackageName(bytes);
    return signature.kind;
  }
  if (const Compression compression = SniffCompression(bytes);
      compression != Compression::kNone) {
    return CompressionName(compression);
  }
  if (!ByteOrderMarkEncoding(bytes).empty()) return "";
  if (std::memchr(bytes.data(), '\0', bytes.size()) == nullptr) return "";
  if (!Utf16Layout(bytes).empty() || !Utf32Layout(bytes).empty()) return "";
  return "NUL bytes";
}

std::string UnicodeEncodingOf(std::string_view bytes) {
  if (std::string marked = ByteOrderMarkEncoding(bytes); !marked.empty()) return marked;
  if (std::memchr(bytes.data(), '\0', std::min(bytes.size(), kUtf16SampleBytes)) == nullptr) {
    return "";
  }
  const std::string utf32 = Utf32Layout(bytes);
  return utf32.empty() ? Utf16Layout(bytes) : utf32;
}

bool IsBlank(std::string_view bytes) {
  if (StartsWith(bytes, kUtf8Bom)) bytes.remove_prefix(kUtf8Bom.size());
  return std::all_of(bytes.begin(), bytes.end(), [](char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
  });
}

std::string ByteOrderMarkEncoding(std::string_view bytes) {
  // UTF-32LE's mark starts with UTF-16LE's: it is checked first.
  if (StartsWith(bytes, kUtf32LeBom)) return "UTF-32LE";
  if (StartsWith(bytes, kUtf32BeBom)) return "UTF-32BE";
  if (StartsWith(bytes, kUtf16LeBom)) return "UTF-16LE";
  if (StartsWith(bytes, kUtf16BeBom)) return "UTF-16BE";
  return "";
}

Decoded Decode(const std::string& name, std::string_view bytes, const std::string& encoding,
               bool html) {
  if (!encoding.empty()) {
    Converter forced = OpenConverter(encoding);
    UErrorCode status = U_ZERO_ERROR;
    const std::string canonical = ucnv_getName(forced.get(), &status);
    CheckIcu(status, "ucnv_getName");
    Decoded decoded = canonical == "UTF-8" ? Decoded{} : Converted(name, bytes, encoding, "");
    // The caller's encoding is obeyed, but a UTF-16 file read as UTF-8 is a NUL every
    // other byte: the warning names what the bytes look like, so the fix is one word.
    const std::string looks = UnicodeEncodingOf(bytes);
    // ICU's "UTF-16" and "UTF-32" take the byte order mark's order, big-endian without one.
    const bool generic_fits = canonical == looks.substr(0, 6) &&
                              (!ByteOrderMarkEncoding(bytes).empty() || EndsWith(looks, "BE"));
    if (!looks.empty() && canonical != looks && !generic_fits) {
      const std::string hint = "its bytes look like " + looks + ", not " + encoding;
      decoded.note = decoded.note.empty() ? NamedNote(name, hint) : decoded.note + "; " + hint;
    }
    return decoded;
  }
  if (StartsWith(bytes, kUtf8Bom)) return {};
  if (const std::string marked = ByteOrderMarkEncoding(bytes); !marked.empty()) {
    // ICU's "UTF-16" and "UTF-32" read the mark, remove it and take its byte order.
    return Converted(name, bytes, marked.substr(0, 6), "byte order mark", marked);
  }
  const std::string unreadable = UnreadableKind(bytes);
  if (!unreadable.empty()) {
    Decoded decoded;
    decoded.kind = Decoded::kUnreadable;
    decoded.note = SkippedNote(name, unreadable);
    return decoded;
  }
  if (std::memchr(bytes.data(), '\0', bytes.size()) != nullptr) {
    const std::string utf32 = Utf32Layout(bytes);
    return Converted(name, bytes, utf32.empty() ? Utf16Layout(bytes) : utf32, "detected");
  }
  const Utf8Census census = CountUtf8(bytes);
  if (census.invalid > 0 && html) {
    // A page's own word beats a guess, which a short page gives too few bytes for.
    const std::string declared = KnownPageCharset(bytes);
    if (!declared.empty()) return Converted(name, bytes, declared, "declared by the page");
  }
  if (census.invalid > 0 && census.invalid < kMinInvalidForOtherEncoding && census.multibyte == 0 &&
      census.all_latin && census.ascii_letter && !census.ends_cut) {
    // A short Latin-1 note ("Cr\xE9dit \xE0 la une") gives the detector too little to go
    // on (it answers Shift_JIS), but nothing in it is UTF-8, and its bytes read as
    // windows-1252 make words; damaged UTF-8 keeps a multi-byte sequence or a cut one.
    return Converted(name, bytes, "windows-1252", "assumed");
  }
  if (census.invalid < kMinInvalidForOtherEncoding || census.invalid <= census.multibyte) {
    return {};
  }
  const std::string detected = DetectLegacyEncoding(bytes);
  if (detected.empty()) return Converted(name, bytes, "windows-1252", "assumed");
  return Converted(name, bytes, detected, "detected");
}

}  // namespace precis
