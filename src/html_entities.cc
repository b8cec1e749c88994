#include "html_entities.h"

#include <algorithm>
#include <cstddef>
#include <iterator>
#include <string>
#include <string_view>
#include <utility>

namespace precis {
namespace {

// From the WHATWG HTML Standard's table of named character references, the names HTML 4
// lacks that news text could use. Sorted by name in byte order, for binary search.
constexpr std::pair<std::string_view, char32_t> kEntities[] = {
    {"AMP", 0x0026},
    {"COPY", 0x00A9},
    {"CenterDot", 0x00B7},
    {"CloseCurlyDoubleQuote", 0x201D},
    {"CloseCurlyQuote", 0x2019},
    {"DiacriticalGrave", 0x0060},
    {"GT", 0x003E},
    {"Hat", 0x005E},
    {"LT", 0x003C},
    {"MediumSpace", 0x205F},
    {"NewLine", 0x000A},
    {"NoBreak", 0x2060},
    {"NonBreakingSpace", 0x00A0},
    {"OpenCurlyDoubleQuote", 0x201C},
    {"OpenCurlyQuote", 0x2018},
    {"QUOT", 0x0022},
    {"REG", 0x00AE},
    {"TRADE", 0x2122},
    {"Tab", 0x0009},
    {"ThinSpace", 0x2009},
    {"UnderBar", 0x005F},
    {"VerticalLine", 0x007C},
    {"VeryThinSpace", 0x200A},
    {"ZeroWidthSpace", 0x200B},
    {"ast", 0x002A},
    {"bsol", 0x005C},
    {"bullet", 0x2022},
    {"centerdot", 0x00B7},
    {"colon", 0x003A},
    {"comma", 0x002C},
    {"commat", 0x0040},
    {"dash", 0x2010},
    {"divide", 0x00F7},
    {"dollar", 0x0024},
    {"emsp13", 0x2004},
    {"emsp14", 0x2005},
    {"equals", 0x003D},
    {"excl", 0x0021},
    {"grave", 0x0060},
    {"hairsp", 0x200A},
    {"half", 0x00BD},
    {"horbar", 0x2015},
    {"hyphen", 0x2010},
    {"lbrace", 0x007B},
    {"lbrack", 0x005B},
    {"lcub", 0x007B},
    {"ldquor", 0x201E},
    {"lowbar", 0x005F},
    {"lpar", 0x0028},
    {"lsqb", 0x005B},
    {"lsquor", 0x201A},
    {"midast", 0x002A},
    {"mldr", 0x2026},
    {"nldr", 0x2025},
    {"num", 0x0023},
    {"numsp", 0x2007},
    {"percnt", 0x0025},
    {"period", 0x002E},
    {"plus", 0x002B},
    {"puncsp", 0x2008},
    {"quest", 0x003F},
    {"rbrace", 0x007D},
    {"rbrack", 0x005D},
    {"rcub", 0x007D},
    {"rdquor", 0x201D},
    {"rpar", 0x0029},
    {"rsqb", 0x005D},
    {"rsquor", 0x2019},
    {"semi", 0x003B},
    {"sol", 0x002F},
    {"verbar", 0x007C},
    {"vert", 0x007C},
};

// The longest name above is "CloseCurlyDoubleQuote" (21 letters).
constexpr std::size_t kMaxNameLength = 21;

}  // namespace

char32_t Html5Entity(std::string_view name) {
  const auto* found =
      std::lower_bound(std::begin(kEntities), std::end(kEntities), name,
                       [](const auto& entity, std::string_view key) { return entity.first < key; });
  return found != std::end(kEntities) && found->first == name ? found->second : 0;
}

std::string NumberHtml5Entities(std::string_view html) {
  std::string rewritten;
  rewritten.reserve(html.size());
  std::size_t copied = 0;
  for (std::size_t amp = html.find('&'); amp != std::string_view::npos;
       amp = html.find('&', amp + 1)) {
    // The ";" is looked for only as far as a name can go, so that a page of many "&" and
    // no ";" stays linear.
    const std::string_view after = html.substr(amp + 1, kMaxNameLength + 1);
    const std::size_t length = after.find(';');
    if (length == std::string_view::npos) continue;
    const char32_t code_point = Html5Entity(after.substr(0, length));
    if (code_point == 0) continue;
    rewritten.append(html, copied, amp - copied);
    rewritten += "&#" + std::to_string(static_cast<unsigned long>(code_point)) + ';';
    copied = amp + 1 + length + 1;
    amp = copied - 1;
  }
  rewritten.append(html, copied, std::string_view::npos);
  return rewritten;
}

}  // namespace precis
