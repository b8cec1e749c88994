#include "c1_controls.h"

#include <cstdio>
#include <string_view>

#include "named_note.h"

namespace precis {
namespace {

// windows-1252's bytes 0x80 to 0x9F in UTF-8; empty where it defines none.
constexpr std::string_view kWindows1252[32] = {
    "€", "",  "‚", "ƒ", "„", "…", "†", "‡", "ˆ", "‰", "Š", "‹", "Œ", "", "Ž", "",
    "",  "‘", "’", "“", "”", "•", "–", "—", "˜", "™", "š", "›", "œ", "", "ž", "Ÿ",
};

// In UTF-8, U+0080 to U+009F are 0xC2 followed by 0x80 to 0x9F.
bool IsC1At(const std::string& text, std::size_t i) {
  return static_cast<unsigned char>(text[i]) == 0xC2 && i + 1 < text.size() &&
         static_cast<unsigned char>(text[i + 1]) >= 0x80 &&
         static_cast<unsigned char>(text[i + 1]) <= 0x9F;
}

}  // namespace

C1Repair ReadC1AsWindows1252(std::string* text) {
  C1Repair repair;
  std::string out;
  std::size_t copied = 0;  // text[0, copied) is in `out` once the first is replaced
  for (std::size_t i = text->find('\xC2'); i != std::string::npos; i = text->find('\xC2', i)) {
    if (!IsC1At(*text, i)) {
      ++i;
      continue;
    }
    const unsigned char low = static_cast<unsigned char>((*text)[i + 1]);
    const std::string_view replacement = kWindows1252[low - 0x80];
    if (replacement.empty()) {
      i += 2;
      continue;
    }
    if (repair.count == 0) {
      out.reserve(text->size() + text->size() / 16);
      repair.first = low;
    }
    ++repair.count;
    out.append(*text, copied, i - copied);
    out.append(replacement);
    i += 2;
    copied = i;
  }
  if (repair.count == 0) return repair;
  out.append(*text, copied, std::string::npos);
  text->swap(out);
  return repair;
}

std::string C1Warning(const std::string& name, const C1Repair& repair) {
  char code[8];
  std::snprintf(code, sizeof code, "U+%04X", static_cast<unsigned>(repair.first));
  const std::string_view shown = kWindows1252[repair.first - 0x80];
  return NamedNote(name, Counted(repair.count, "control character") +
                             " U+0080 to U+009F read as windows-1252 (" + code + " as " +
                             std::string(shown) + ")");
}

}  // namespace precis
