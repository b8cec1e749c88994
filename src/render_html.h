// Stage 9b, write, as a web page: the summary within its sources (RenderHtml in
// precis/summarizer.h). The escaping is exposed here for its tests.
#ifndef PRECIS_SRC_RENDER_HTML_H_
#define PRECIS_SRC_RENDER_HTML_H_

#include <string>
#include <string_view>

namespace precis {

// Text made safe for HTML element content and quoted attribute values: & < > " ' become
// character references; what HTML forbids in a page (invalid UTF-8, control characters
// other than tab, line feed, form feed and carriage return, noncharacters) becomes
// U+FFFD. Every other byte is kept, so French typography (« », U+00A0, U+202F, ’) and
// decomposed accents reach the page as the source wrote them.
std::string EscapeHtml(std::string_view text);

}  // namespace precis

#endif  // PRECIS_SRC_RENDER_HTML_H_
