// Test-side encoders: UTF-8 text re-encoded as a legacy, UTF-16 or UTF-32 file would hold it,
// written independently of ICU so that tests of the decoder do not check ICU with
// itself.
#ifndef PRECIS_TESTS_SUPPORT_ENCODE_TEXT_H_
#define PRECIS_TESTS_SUPPORT_ENCODE_TEXT_H_

#include <stdexcept>
#include <string>
#include <vector>

namespace precis::testing {

// The code points of well-formed UTF-8.
inline std::vector<char32_t> CodePoints(const std::string& utf8) {
  std::vector<char32_t> out;
  for (std::size_t i = 0; i < utf8.size();) {
    const auto c = static_cast<unsigned char>(utf8[i]);
    const int length = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    char32_t cp = length == 1 ? c : length == 2 ? c & 0x1F : length == 3 ? c & 0x0F : c & 0x07;
    for (int k = 1; k < length; ++k)
      cp = (cp << 6) | (static_cast<unsigned char>(utf8[i + k]) & 0x3F);
    out.push_back(cp);
    i += static_cast<std::size_t>(length);
  }
  return out;
}

// Windows-1252 (ISO-8859-1 plus the printable characters it puts at 0x80-0x9F).
// Throws for a character the code page lacks.
inline std::string ToWindows1252(const std::string& utf8) {
  struct Extra {
    char32_t cp;
    unsigned char byte;
  };
  static const Extra kExtras[] = {{0x20AC, 0x80}, {0x2026, 0x85}, {0x2018, 0x91}, {0x2019, 0x92},
                                  {0x201C, 0x93}, {0x201D, 0x94}, {0x2013, 0x96}, {0x2014, 0x97},
                                  {0x0152, 0x8C}, {0x0153, 0x9C}};
  std::string out;
  for (char32_t cp : CodePoints(utf8)) {
    if (cp < 0x80 || (cp >= 0xA0 && cp <= 0xFF)) {
      out.push_back(static_cast<char>(cp));
      continue;
    }
    bool found = false;
    for (const Extra& e : kExtras) {
      if (e.cp == cp) {
        out.push_back(static_cast<char>(e.byte));
        found = true;
      }
    }
    if (!found) throw std::invalid_argument("not in windows-1252: U+" + std::to_string(cp));
  }
  return out;
}

inline std::string ToUtf16(const std::string& utf8, bool big_endian, bool bom) {
  std::string out;
  auto unit = [&](char32_t u) {
    const char high = static_cast<char>(u >> 8), low = static_cast<char>(u & 0xFF);
    out.push_back(big_endian ? high : low);
    out.push_back(big_endian ? low : high);
  };
  if (bom) unit(0xFEFF);
  for (char32_t cp : CodePoints(utf8)) {
    if (cp < 0x10000) {
      unit(cp);
    } else {
      unit(0xD800 + ((cp - 0x10000) >> 10));
      unit(0xDC00 + ((cp - 0x10000) & 0x3FF));
    }
  }
  return out;
}

inline std::string ToUtf32(const std::string& utf8, bool big_endian, bool bom) {
  std::string out;
  auto unit = [&](char32_t u) {
    for (int k = 0; k < 4; ++k) {
      const int shift = big_endian ? 8 * (3 - k) : 8 * k;
      out.push_back(static_cast<char>((u >> shift) & 0xFF));
    }
  };
  if (bom) unit(0xFEFF);
  for (char32_t cp : CodePoints(utf8)) unit(cp);
  return out;
}

}  // namespace precis::testing

#endif  // PRECIS_TESTS_SUPPORT_ENCODE_TEXT_H_
