// Escaping for HTML and XML text, shared by the HTML page and precis-eval's SVG charts,
// and the well-formed UTF-8 that the Markdown summary needs too.
#ifndef PRECIS_SRC_MARKUP_ESCAPE_H_
#define PRECIS_SRC_MARKUP_ESCAPE_H_

#include <string>
#include <string_view>

namespace precis {

// `text` made safe for element content and quoted attribute values: & < > " become
// character references and ' becomes `apostrophe` (HTML and XML spell it differently);
// each byte that does not start well-formed UTF-8 (overlong forms and surrogates are not
// well formed), and each code point `forbidden` rejects, becomes one U+FFFD. Every other
// byte is kept as it is. Linear in the size of the text.
std::string EscapeMarkup(std::string_view text, bool (*forbidden)(char32_t cp),
                         const char* apostrophe);

// `text` with each byte that does not start well-formed UTF-8 replaced by U+FFFD, as
// EscapeMarkup does, for output that is UTF-8 but not markup: Markdown, whose file names
// come from a file system that may hold any bytes. Linear in the size of the text.
std::string WellFormedUtf8(std::string_view text);

}  // namespace precis

#endif  // PRECIS_SRC_MARKUP_ESCAPE_H_
