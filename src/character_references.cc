#include "character_references.h"

#include <libxml/HTMLparser.h>
#include <unicode/umachine.h>

#include <algorithm>

#include "ascii.h"
#include "html_entities.h"
#include "utf8.h"

namespace precis {
namespace {

void AppendReferenced(UChar32 c, std::string* out) {
  AppendUtf8(c <= 0 || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF) ? 0xFFFD : c, out);
}

bool IsNameCharacter(char c) { return IsAsciiAlnum(c); }

}  // namespace

bool AppendCharacterReference(std::string_view reference, std::string* out) {
  if (reference.size() < 3 || reference.front() != '&' || reference.back() != ';') return false;
  const std::string_view body = reference.substr(1, reference.size() - 2);
  if (body[0] == '#') {
    const bool hex = body.size() > 1 && (body[1] == 'x' || body[1] == 'X');
    const std::string_view digits = body.substr(hex ? 2 : 1);
    if (digits.empty() || digits.size() > (hex ? 6u : 7u)) return false;
    UChar32 value = 0;
    for (const char d : digits) {
      const int digit = hex ? HexDigitValue(d) : IsAsciiDigit(d) ? d - '0' : -1;
      if (digit < 0) return false;
      value = value * (hex ? 16 : 10) + digit;
    }
    AppendReferenced(value, out);
    return true;
  }
  for (const char c : body) {
    if (!IsNameCharacter(c)) return false;
  }
  const std::string name(body);
  if (const htmlEntityDesc* entity =
          htmlEntityLookup(reinterpret_cast<const xmlChar*>(name.c_str()))) {
    AppendReferenced(static_cast<UChar32>(entity->value), out);
    return true;
  }
  if (const char32_t c = Html5Entity(name); c != 0) {
    AppendReferenced(static_cast<UChar32>(c), out);
    return true;
  }
  return false;
}

ReferencesRead ReadCharacterReferences(std::string* text) {
  ReferencesRead read;
  std::size_t& count = read.count;
  std::string out;
  std::size_t copied = 0;  // (*text)[0, copied) is in `out` once the first is replaced
  for (std::size_t i = text->find('&'); i != std::string::npos; i = text->find('&', i)) {
    // Looked for within the longest reference only, so that "&" after "&" stays linear.
    const std::size_t semicolon =
        std::string_view(*text).substr(i + 1, kMaxCharacterReference - 1).find(';');
    if (semicolon == std::string_view::npos) {
      ++i;
      continue;
    }
    const std::size_t end = i + 1 + semicolon;
    const std::size_t size_before = out.size();
    if (count == 0) out.reserve(text->size());
    out.append(*text, copied, i - copied);
    const std::string_view reference = std::string_view(*text).substr(i, end - i + 1);
    if (!AppendCharacterReference(reference, &out)) {
      out.resize(size_before);
      ++i;
      continue;
    }
    ++count;
    if (std::find(read.examples.begin(), read.examples.end(), reference) == read.examples.end()) {
      if (read.examples.size() < kMaxReferenceExamples) {
        read.examples.emplace_back(reference);
      } else {
        read.more_kinds = true;
      }
    }
    copied = i = end + 1;
  }
  if (count == 0) return read;
  out.append(*text, copied, std::string::npos);
  text->swap(out);
  return read;
}

}  // namespace precis
