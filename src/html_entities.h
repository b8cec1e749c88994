// HTML5's named character references that HTML 4 lacks, which libxml2 2.9's HTML parser
// leaves in the text as written ("dit&period;"), rewritten as numeric references before
// it parses the page.
#ifndef PRECIS_SRC_HTML_ENTITIES_H_
#define PRECIS_SRC_HTML_ENTITIES_H_

#include <string>
#include <string_view>

namespace precis {

// The code point that HTML5's reference `&name;` stands for, for the names HTML 4 does not have
// and text may use: every ASCII punctuation mark (&period;, &colon;, &lpar;...), &Tab; and
// &NewLine;, the typographic spaces, quotation marks and dashes (&ThinSpace;, &lsquor;,
// &hyphen;...), and the upper-case aliases (&AMP;, &COPY;...). 0 for any other name.
// `name` is without "&" and ";". Logarithmic in the size of the table.
char32_t Html5Entity(std::string_view name);

// `html` with each `&name;` that Html5Entity knows written as a numeric reference
// ("&period;" -> "&#46;"), everything else as it is: the parser then decodes them with the
// rest, in text and attributes alike, and "&amp;period;" still shows "&period;". Linear in
// the size of the page.
std::string NumberHtml5Entities(std::string_view html);

}  // namespace precis

#endif  // PRECIS_SRC_HTML_ENTITIES_H_
