// A guard for libxml2 (2.9), which checks each new attribute of a tag against all the
// earlier ones: one tag with 50,000 attributes (a 526 KB page) took 6.6 s to parse, and a
// 470 KB DOCX 91 s. No page or document needs more than a handful.
#ifndef PRECIS_SRC_MARKUP_ATTRIBUTES_H_
#define PRECIS_SRC_MARKUP_ATTRIBUTES_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace precis {

// More attributes than this in one tag are blanked before parsing.
inline constexpr std::size_t kMaxAttributesPerTag = 1000;

// `markup` with every attribute of a tag past its first `keep` overwritten by spaces,
// which keeps every offset and every character outside such tags. A tag is '<', a
// letter, a name, attributes, then '>'; one that meets another '<' first (script code,
// "a<b" in text) is left as it is, so a blank never reaches past a real tag's end. Views
// `markup` itself when no tag has too many (the usual case: one linear scan, no copy),
// else `storage`, which receives the thinned copy.
std::string_view WithoutExcessAttributes(std::string_view markup, std::size_t keep,
                                         std::string* storage);

}  // namespace precis

#endif  // PRECIS_SRC_MARKUP_ATTRIBUTES_H_
