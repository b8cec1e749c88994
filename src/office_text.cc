#include "office_text.h"

#include <libxml/parser.h>
#include <libxml/xmlreader.h>
#include <zip.h>

#include <algorithm>
#include <array>
#include <climits>
#include <cstddef>
#include <cstdlib>
#include <map>
#include <memory>
#include <new>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "affix.h"
#include "ascii.h"
#include "contains.h"
#include "libxml_init.h"
#include "markup_attributes.h"
#include "paragraph_text.h"
#include "size_name.h"
#include "symbol_font.h"
#include "utf8.h"
#include "zip_reader.h"

namespace precis {
namespace {

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";
// A flat ODT names its type on its root element, after the namespace declarations.
constexpr std::size_t kFodtSniffBytes = 4096;
constexpr std::string_view kDocxBody = "word/document.xml";
constexpr std::string_view kPackageRelationships = "_rels/.rels";
constexpr std::string_view kContentTypes = "[Content_Types].xml";
// Relationships and content types name a few dozen parts; a larger one is not trusted.
constexpr std::size_t kMaxPackagePartBytes = std::size_t{1} << 20;
constexpr std::size_t kMaxPackageElements = 10000;
// The content types of a Word body (ECMA-376 part 1, and Microsoft's for the
// macro-enabled ones): documents and templates, with or without macros. A spreadsheet's or
// a presentation's main part is also an officeDocument relationship's target.
constexpr std::array<std::string_view, 4> kWordMainTypes = {
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
    "application/vnd.ms-word.document.macroEnabled.main+xml",
    "application/vnd.ms-word.template.macroEnabledTemplate.main+xml"};
constexpr std::string_view kOdtBody = "content.xml";
constexpr std::string_view kOdtManifest = "META-INF/manifest.xml";
constexpr std::size_t kMaxManifestBytes = std::size_t{1} << 20;
constexpr std::array<std::string_view, 2> kOdtMimetypes = {
    "application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.text-template"};

// WordprocessingML, transitional (what Word and LibreOffice write) and strict.
constexpr std::array<std::string_view, 2> kWordNamespaces = {
    "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "http://purl.oclc.org/ooxml/wordprocessingml/main"};
constexpr std::string_view kOdtTextNamespace = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
constexpr std::string_view kOdtOfficeNamespace = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
constexpr std::string_view kOdtStyleNamespace = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
constexpr std::string_view kOdtStyles = "styles.xml";
constexpr std::string_view kOdtDrawNamespace = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0";

// Word elements whose content is not the body's running text: properties (their <w:tab>
// elements are tab stops, not tabs), deleted or moved-away text, and drawings, which hold
// text boxes and their fallback copies. A run's and a paragraph's properties (<w:rPr>,
// <w:pPr>) are read apart, for whether the run is hidden.
constexpr std::array<std::string_view, 11> kWordSkipped = {
    "del",    "drawing", "moveFrom", "object", "pict",       "sdtPr",
    "sectPr", "tblPr",   "tcPr",     "trPr",   "txbxContent"};
constexpr std::string_view kDocxStyles = "word/styles.xml";
// Past this many links of w:basedOn a chain of styles is taken as a loop.
constexpr int kMaxStyleChain = 32;

// ODT text elements that are not running text: notes, tracked changes (which keep deleted
// text), generated indexes (they repeat the headings) and declarations.
constexpr std::array<std::string_view, 12> kOdtTextSkipped = {
    "alphabetical-index", "bibliography",     "illustration-index", "note",
    "object-index",       "sequence-decls",   "table-index",        "table-of-content",
    "tracked-changes",    "user-field-decls", "user-index",         "variable-decls"};

// A run of ODT's <text:s text:c="N"/> beyond this is written as this many spaces: no
// text needs more, and a crafted count would otherwise allocate gigabytes.
constexpr long kMaxOdtSpaces = 100;

struct ReaderDeleter {
  void operator()(xmlTextReader* reader) const { xmlFreeTextReader(reader); }
};

std::string_view View(const xmlChar* s) {
  return s == nullptr ? std::string_view() : std::string_view(reinterpret_cast<const char*>(s));
}

// A node of the streaming reader, as the walks below need it.
struct Node {
  int type;
  std::string_view name;  // local name
  std::string_view ns;    // namespace URI
  bool empty;             // an element written <x/>, which has no end node
};

bool IsCharacterData(int type) {
  return type == XML_READER_TYPE_TEXT || type == XML_READER_TYPE_CDATA ||
         type == XML_READER_TYPE_SIGNIFICANT_WHITESPACE || type == XML_READER_TYPE_WHITESPACE;
}

// The attribute `name` in namespace `ns` of the current element, if it has one.
std::optional<std::string> OptionalAttribute(xmlTextReader* reader, std::string_view ns,
                                             const char* name) {
  xmlChar* value =
      xmlTextReaderGetAttributeNs(reader, reinterpret_cast<const xmlChar*>(name),
                                  reinterpret_cast<const xmlChar*>(std::string(ns).c_str()));
  if (value == nullptr) return std::nullopt;
  std::string copy(View(value));
  xmlFree(value);
  return copy;
}

// The attribute `name` in namespace `ns` of the current element, "" when it has none.
std::string Attribute(xmlTextReader* reader, std::string_view ns, const char* name) {
  return OptionalAttribute(reader, ns, name).value_or("");
}

std::string WordValue(xmlTextReader* reader, std::string_view ns) {
  return Attribute(reader, ns, "val");
}

// Whether an ST_OnOff value (ECMA-376) that is present says on.
bool IsOnValue(std::string_view value) {
  return value != "0" && value != "false" && value != "off";
}

// Whether a toggle property such as <w:vanish/> is on: it is unless its w:val says off.
bool IsOn(xmlTextReader* reader, std::string_view ns) { return IsOnValue(WordValue(reader, ns)); }

// What styles.xml says of hidden text (<w:vanish/>).
struct WordHiddenStyles {
  std::set<std::string> character;  // the ids of the character styles that hide their text
  std::set<std::string> paragraph;  // and of the paragraph styles
  bool default_paragraph = false;   // the style of the paragraphs that name none hides
  bool defaults = false;            // the document's default run properties hide
};

// The character and paragraph styles of styles.xml that hide their text (<w:vanish/>,
// maybe through w:basedOn), for runs that name one in <w:rStyle> and paragraphs that name
// one in <w:pStyle>, and the document's default run properties.
class WordStylesWalker {
 public:
  bool Visit(const Node& node, xmlTextReader* reader) {
    if (!Contains(kWordNamespaces, node.ns)) return true;
    if (node.type == XML_READER_TYPE_END_ELEMENT) {
      if (node.name == "style" || node.name == "rPrDefault") current_ = nullptr;
      return true;
    }
    if (node.type != XML_READER_TYPE_ELEMENT) return true;
    if (node.name == "style") {
      current_ = nullptr;
      const std::string type = Attribute(reader, node.ns, "type");
      if (type == "character" || type == "paragraph") {
        const std::string id = Attribute(reader, node.ns, "styleId");
        current_ = &styles_[id];
        current_->paragraph = type == "paragraph";
        const std::string is_default = Attribute(reader, node.ns, "default");
        if (current_->paragraph && !is_default.empty() && IsOnValue(is_default) &&
            !default_paragraph_) {
          default_paragraph_ = id;
        }
      }
      return true;
    }
    if (node.name == "rPrDefault") current_ = &defaults_;
    if (current_ == nullptr) return true;
    // A table style's parts and a revision's old properties are not the style's own.
    if (node.name == "tblStylePr" || node.name == "rPrChange" || node.name == "pPr") return false;
    if (node.name == "basedOn") current_->based_on = WordValue(reader, node.ns);
    if (node.name == "vanish") current_->vanish = IsOn(reader, node.ns) ? 1 : 0;
    return true;
  }

  WordHiddenStyles Finish() const {
    WordHiddenStyles hidden;
    for (const auto& [id, style] : styles_) {
      if (Hides(style)) (style.paragraph ? hidden.paragraph : hidden.character).insert(id);
    }
    hidden.default_paragraph =
        default_paragraph_ && hidden.paragraph.count(*default_paragraph_) > 0;
    hidden.defaults = defaults_.vanish == 1;
    return hidden;
  }

 private:
  struct Style {
    std::string based_on;
    int vanish = -1;  // unset, off, on: unset looks to the style it is based on
    bool paragraph = false;  // a paragraph style, else a character style
  };

  // ECMA-376 17.7.3: within one kind of style, the nearest value along w:basedOn.
  bool Hides(const Style& style) const {
    const Style* link = &style;
    for (int i = 0; i < kMaxStyleChain && link != nullptr && link->vanish < 0; ++i) {
      const auto base = styles_.find(link->based_on);
      link = base == styles_.end() ? nullptr : &base->second;
    }
    return link != nullptr && link->vanish == 1;
  }

  std::map<std::string, Style> styles_;
  std::optional<std::string> default_paragraph_;  // the first style marked w:default
  Style defaults_;                                // w:docDefaults/w:rPrDefault
  Style* current_ = nullptr;
};

// WordprocessingML's body: text is only what <w:t> holds, literally (Word marks the
// spaces it keeps with xml:space="preserve"), in runs that are not hidden.
class WordWalker {
 public:
  explicit WordWalker(WordHiddenStyles hidden_styles) : hidden_styles_(std::move(hidden_styles)) {}

  // Returns false for an element whose subtree is to be skipped.
  bool Visit(const Node& node, xmlTextReader* reader) {
    const bool word = Contains(kWordNamespaces, node.ns);
    if (node.type == XML_READER_TYPE_ELEMENT) {
      if (node.ns == "http://schemas.openxmlformats.org/markup-compatibility/2006") {
        return node.name != "Fallback";  // a second copy of what Choice holds
      }
      if (!word) return true;
      if (Contains(kWordSkipped, node.name)) return false;
      // Hidden text (Word's Font > Hidden, <w:vanish/>) is not on the printed page. Only a
      // run's own properties and styles count: those of a paragraph mark, in <w:pPr>,
      // hide the mark. A style comes first in <w:rPr>, so that direct formatting after it
      // prevails. Of the paragraph's properties only its style is read: the rest, among
      // them a revision's old style, is skipped.
      if (in_run_properties_) {
        if (node.name == "rStyle") {
          run_hidden_ = StyleHidden(hidden_styles_.character.count(WordValue(reader, node.ns)) > 0);
        }
        if (node.name == "vanish") run_hidden_ = IsOn(reader, node.ns);
        return false;
      }
      if (in_paragraph_properties_) {
        if (node.name == "pStyle" && !paragraph_hidden_.empty()) {
          paragraph_hidden_.back() = hidden_styles_.paragraph.count(WordValue(reader, node.ns)) > 0;
        }
        return false;
      }
      if (node.name == "rPr") {
        in_run_properties_ = !node.empty;
      } else if (node.name == "pPr") {
        in_paragraph_properties_ = !node.empty;
      } else if (node.name == "r") {
        run_hidden_ = StyleHidden(false);
      } else if (node.name == "p") {
        out_.EndParagraph();  // what came before a nested paragraph stays apart from it
        paragraph_hidden_.push_back(hidden_styles_.default_paragraph);
      } else if (run_hidden_) {
        return true;
      } else if (node.name == "t") {
        in_text_ = !node.empty;
      } else if (node.name == "tab" || node.name == "ptab") {
        out_.Literal(" ");
      } else if (node.name == "br" || node.name == "cr") {
        out_.Literal("\n");
      } else if (node.name == "noBreakHyphen") {
        out_.Literal("-");
      } else if (node.name == "sym") {
        Symbol(reader, node.ns);
      }
    } else if (node.type == XML_READER_TYPE_END_ELEMENT) {
      if (word && node.name == "p") {
        out_.EndParagraph();
        if (!paragraph_hidden_.empty()) paragraph_hidden_.pop_back();
      }
      if (word && node.name == "t") in_text_ = false;
      if (word && node.name == "rPr") in_run_properties_ = false;
      if (word && node.name == "pPr") in_paragraph_properties_ = false;
      if (word && node.name == "r") run_hidden_ = false;
    } else if (in_text_ && IsCharacterData(node.type)) {
      out_.Literal(View(xmlTextReaderConstValue(reader)));
    }
    return true;
  }
  std::string Finish() { return out_.Finish(); }

 private:
  // A character Insert > Symbol put in: <w:sym w:font="Symbol" w:char="F0B1"/> is "±".
  // Another symbol font's (Wingdings' ticks and bullets) is a pictograph no table here
  // reads, and is left out.
  void Symbol(xmlTextReader* reader, std::string_view ns) {
    if (!IsSymbolFont(Attribute(reader, ns, "font"))) return;
    const std::string hex = Attribute(reader, ns, "char");
    UChar32 code = 0;
    for (const char digit : hex) {
      const int value = HexDigitValue(digit);
      if (value < 0 || code > 0xFFFF) return;
      code = code * 16 + value;
    }
    const UChar32 sign = hex.empty() ? -1 : SymbolFontCharacter(code);
    if (sign < 0) return;
    std::string utf8;
    AppendUtf8(sign, &utf8);
    out_.Literal(utf8);
  }

  // Whether the styles hide a run whose character style hides (or not), in its paragraph.
  // <w:vanish/> is a toggle (ECMA-376 17.7.3): a paragraph style and a character style
  // that both hide cancel out, but the document's defaults hide whatever the styles say.
  bool StyleHidden(bool character_style_hides) const {
    const bool paragraph_style_hides = !paragraph_hidden_.empty() && paragraph_hidden_.back();
    return hidden_styles_.defaults || paragraph_style_hides != character_style_hides;
  }

  WordHiddenStyles hidden_styles_;
  ParagraphText out_;
  bool in_text_ = false;
  bool in_run_properties_ = false;
  bool in_paragraph_properties_ = false;
  bool run_hidden_ = false;
  std::vector<bool> paragraph_hidden_;  // whether the style of each open paragraph hides
};

// The OpenDocument styles that hide their text, LibreOffice's Font Effects > Hidden:
// text:display="none" in their text properties (ODF 1.2 part 1), or in those of a
// style they inherit from.
class OdtStyles {
 public:
  // Takes in a node of the style namespace, from styles.xml or content.xml.
  void Visit(const Node& node, xmlTextReader* reader) {
    if (node.type == XML_READER_TYPE_END_ELEMENT && node.name == "style") current_ = nullptr;
    if (node.type != XML_READER_TYPE_ELEMENT) return;
    if (node.name == "style") {
      Style& style = styles_[{Attribute(reader, kOdtStyleNamespace, "family"),
                              Attribute(reader, kOdtStyleNamespace, "name")}];
      style = {Attribute(reader, kOdtStyleNamespace, "parent-style-name"), -1};
      current_ = &style;
    } else if (node.name == "text-properties" && current_ != nullptr) {
      const std::string display = Attribute(reader, kOdtTextNamespace, "display");
      if (display == "none") current_->display_none = 1;
      if (display == "true") current_->display_none = 0;
    }
  }

  // Whether the style `name` of `family` ("paragraph", "text") hides its text.
  bool Hidden(const std::string& family, std::string name) const {
    for (int i = 0; i < kMaxStyleChain && !name.empty(); ++i) {
      const auto style = styles_.find({family, name});
      if (style == styles_.end()) return false;
      if (style->second.display_none >= 0) return style->second.display_none == 1;
      name = style->second.parent;
    }
    return false;
  }

 private:
  struct Style {
    std::string parent;
    int display_none;  // unset, shown, hidden: unset looks to the parent
  };
  std::map<std::pair<std::string, std::string>, Style> styles_;  // by family and name
  Style* current_ = nullptr;
};

// The styles of an ODT's styles.xml, its named ones that content.xml's derive from.
class OdtStylesWalker {
 public:
  bool Visit(const Node& node, xmlTextReader* reader) {
    if (node.ns == kOdtStyleNamespace) styles_.Visit(node, reader);
    return true;
  }
  OdtStyles Finish() { return std::move(styles_); }

 private:
  OdtStyles styles_;
};

// The text an ODT field shows, when its attributes say it (ODF 1.2 part 1,
// <text:hidden-text> and <text:conditional-text>): a hidden text field's text:string-value
// unless text:is-hidden, conditional text's value for the text:current-value its condition
// last gave. The element's content is only a copy of what showed when the file was saved,
// which LibreOffice falls back on, as this does, for a field whose attributes are missing.
// Conditions are not evaluated, since they need the document's variables: their last
// result is saved beside them, and LibreOffice reads that too.
std::optional<std::string> OdtFieldText(std::string_view name, xmlTextReader* reader) {
  if (name == "hidden-text") {
    if (Attribute(reader, kOdtTextNamespace, "is-hidden") == "true") return "";
    return OptionalAttribute(reader, kOdtTextNamespace, "string-value");
  }
  if (name == "conditional-text") {
    const bool current = Attribute(reader, kOdtTextNamespace, "current-value") == "true";
    return OptionalAttribute(reader, kOdtTextNamespace,
                             current ? "string-value-if-true" : "string-value-if-false");
  }
  return std::nullopt;
}

// OpenDocument's body: the character data of <text:p> and <text:h>, white space collapsed
// as ODF says, with <text:s>, <text:tab> and <text:line-break> for the spaces it keeps,
// and fields as they show, but not what a style or a field hides.
class OdtWalker {
 public:
  // `styles`: those of styles.xml; content.xml's own come before its body.
  explicit OdtWalker(OdtStyles styles) : styles_(std::move(styles)) {}

  bool Visit(const Node& node, xmlTextReader* reader) {
    const bool text = node.ns == kOdtTextNamespace;
    if (node.ns == kOdtStyleNamespace) styles_.Visit(node, reader);
    if (node.type == XML_READER_TYPE_ELEMENT) {
      if (node.ns == kOdtOfficeNamespace) {
        // A flat ODT also holds its page styles, whose headers and footers are paragraphs.
        return node.name != "annotation" && node.name != "forms" && node.name != "master-styles";
      }
      if (node.ns == kOdtDrawNamespace) return node.name != "frame" && node.name != "custom-shape";
      if (!text) return true;
      if (Contains(kOdtTextSkipped, node.name)) return false;
      if (node.name == "p" || node.name == "h") {
        EndParagraph();
        if (styles_.Hidden("paragraph", Attribute(reader, kOdtTextNamespace, "style-name"))) {
          return false;
        }
        if (!node.empty) ++depth_;
      } else if (node.name == "span") {
        return !styles_.Hidden("text", Attribute(reader, kOdtTextNamespace, "style-name"));
      } else if (node.name == "s") {
        out_.Literal(std::string(SpaceCount(reader), ' '));
      } else if (node.name == "tab") {
        out_.Literal(" ");
      } else if (node.name == "line-break") {
        out_.Literal("\n");
      } else if (node.name == "hidden-paragraph") {
        // By its condition's last result, wherever in the paragraph it stands.
        if (Attribute(reader, kOdtTextNamespace, "is-hidden") == "true") paragraph_hidden_ = true;
      } else if (const std::optional<std::string> shown = OdtFieldText(node.name, reader)) {
        if (depth_ > 0) out_.Collapsed(*shown);
        return false;
      }
    } else if (node.type == XML_READER_TYPE_END_ELEMENT) {
      if (text && (node.name == "p" || node.name == "h")) {
        EndParagraph();
        if (depth_ > 0) --depth_;
      }
    } else if (depth_ > 0 && IsCharacterData(node.type)) {
      out_.Collapsed(View(xmlTextReaderConstValue(reader)));
    }
    return true;
  }
  std::string Finish() { return out_.Finish(); }

 private:
  // Ends the paragraph in progress, left out when a hidden paragraph field hides it.
  void EndParagraph() {
    if (paragraph_hidden_) out_.DropParagraph();
    paragraph_hidden_ = false;
    out_.EndParagraph();
  }

  // The count of <text:s text:c="N"/>: 1 by default, at most kMaxOdtSpaces.
  static std::size_t SpaceCount(xmlTextReader* reader) {
    const long count = std::strtol(Attribute(reader, kOdtTextNamespace, "c").c_str(), nullptr, 10);
    return static_cast<std::size_t>(std::clamp(count, 1L, kMaxOdtSpaces));
  }

  OdtStyles styles_;
  ParagraphText out_;
  int depth_ = 0;  // of open paragraphs and headings
  bool paragraph_hidden_ = false;  // by a hidden paragraph field
};

// Why a walk over a body part stopped early; `reason` is empty when it did not. A limit
// reached is no damage, and is said apart.
struct WalkEnd {
  std::string reason;
  bool damaged = true;
};

// Why libxml2 stopped, in a reader's words: libxml2's own message is not for a user, but
// one of its limits is no damage and is named.
class XmlFailure {
 public:
  // Records the errors of `reader`, which must not outlive this.
  void Listen(xmlTextReader* reader) {
    xmlTextReaderSetStructuredErrorHandler(reader, &XmlFailure::Record, this);
  }
  WalkEnd Reason() const {
    // libxml2 stops at 256 levels of nesting (xmlParserMaxDepth) without XML_PARSE_HUGE,
    // which is kept: a word processor nests a few dozen, and past that depth lies a
    // crafted file. The error has no code of its own (XML_ERR_INTERNAL_ERROR), only this
    // message, and the limit as its number.
    if (depth_limit_ > 0) {
      return {"XML is nested over " + std::to_string(depth_limit_) + " levels deep", false};
    }
    // The same for a text node over 10,000,000 bytes (XML_MAX_TEXT_LENGTH), which libxml2
    // reports as an error, not a fatal one, before it stops.
    if (huge_text_) return {"XML holds a run of text over 10 MB, libxml2's limit", false};
    return {"its XML is not well-formed"};
  }

 private:
  static void Record(void* self, xmlError* error) {
    auto* failure = static_cast<XmlFailure*>(self);
    if (error == nullptr || failure->fatal_seen_) return;
    if (error->level == XML_ERR_ERROR && error->message != nullptr &&
        std::string_view(error->message).find("huge text node") != std::string_view::npos) {
      failure->huge_text_ = true;
      failure->fatal_seen_ = true;
      return;
    }
    if (error->level != XML_ERR_FATAL) return;
    failure->fatal_seen_ = true;
    if (error->message != nullptr &&
        std::string_view(error->message).find("Excessive depth") != std::string_view::npos) {
      failure->depth_limit_ = error->int1 > 0 ? error->int1 : kLibxml2MaxDepth;
    }
  }

  static constexpr int kLibxml2MaxDepth = 256;  // xmlParserMaxDepth, should int1 not say
  bool fatal_seen_ = false;  // the first fatal error is the cause; later ones follow it
  int depth_limit_ = 0;
  bool huge_text_ = false;
};

// Streams `xml` through `walker`. Returns why the XML could not be read, if it could not.
template <typename Walker>
WalkEnd Walk(std::string_view xml, Walker* walker) {
  std::string thinned;
  xml = WithoutExcessAttributes(xml, kMaxAttributesPerTag, &thinned);
  if (xml.size() > static_cast<std::size_t>(INT_MAX)) return {"too large for libxml2"};
  InitLibxml2();
  // Errors are reported by the return value, not printed: a library must not print. No
  // network access, no entity expansion (a DTD, which these formats never have, is refused
  // below before anything can refer to its entities). The encoding is the one the XML
  // declares (OPC allows UTF-16 parts).
  XmlFailure failure;
  std::unique_ptr<xmlTextReader, ReaderDeleter> reader(
      xmlReaderForMemory(xml.data(), static_cast<int>(xml.size()), nullptr, nullptr,
                         XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING));
  if (reader == nullptr) throw std::bad_alloc();
  failure.Listen(reader.get());
  int status = xmlTextReaderRead(reader.get());
  while (status == 1) {
    const Node node = {xmlTextReaderNodeType(reader.get()),
                       View(xmlTextReaderConstLocalName(reader.get())),
                       View(xmlTextReaderConstNamespaceUri(reader.get())),
                       xmlTextReaderIsEmptyElement(reader.get()) == 1};
    if (node.type == XML_READER_TYPE_DOCUMENT_TYPE) return {"it declares a DTD"};
    if (!walker->Visit(node, reader.get())) {
      status = xmlTextReaderNext(reader.get());
      continue;
    }
    if (node.empty && node.type == XML_READER_TYPE_ELEMENT) {
      // An empty element has no end node: give the walker one.
      walker->Visit({XML_READER_TYPE_END_ELEMENT, node.name, node.ns, true}, reader.get());
    }
    status = xmlTextReaderRead(reader.get());
  }
  return status == 0 ? WalkEnd{} : failure.Reason();
}

// The attributes of the elements named in `elements`, whatever their namespace, for the
// small parts that describe a package: relationships and content types.
class AttributeWalker {
 public:
  using Row = std::vector<std::string>;  // the element's local name, then the attributes

  AttributeWalker(std::vector<std::string_view> elements, std::vector<const char*> attributes)
      : elements_(std::move(elements)), attributes_(std::move(attributes)) {}

  bool Visit(const Node& node, xmlTextReader* reader) {
    if (node.type != XML_READER_TYPE_ELEMENT || !Contains(elements_, node.name) ||
        rows_.size() >= kMaxPackageElements) {
      return true;
    }
    Row row = {std::string(node.name)};
    for (const char* name : attributes_) {
      xmlChar* value = xmlTextReaderGetAttribute(reader, reinterpret_cast<const xmlChar*>(name));
      row.emplace_back(View(value));
      xmlFree(value);
    }
    rows_.push_back(std::move(row));
    return true;
  }
  std::vector<Row> Finish() { return std::move(rows_); }

 private:
  std::vector<std::string_view> elements_;
  std::vector<const char*> attributes_;
  std::vector<Row> rows_;
};

// The rows of `part` as AttributeWalker reads them; none when the part is missing, too
// large or not XML, which leaves the reader to its fallback.
// Whether `walker` walked the whole of `entry`, a part read whole that is well-formed XML;
// false when the part is missing, too large or not XML, which leaves the caller to its
// fallback (the package's parts that only refine the reading: relationships, styles).
template <typename Walker>
bool WalkedWhole(const ZipEntryRead& entry, Walker* walker) {
  return entry.problem.empty() && !entry.too_large && Walk(entry.content, walker).reason.empty();
}

std::vector<AttributeWalker::Row> PackageElements(zip_t* archive, std::string_view part,
                                                  std::vector<std::string_view> elements,
                                                  std::vector<const char*> attributes) {
  AttributeWalker walker(std::move(elements), std::move(attributes));
  if (!WalkedWhole(ReadZipEntry(archive, part, kMaxPackagePartBytes), &walker)) return {};
  return walker.Finish();
}

// The part a relationship's `target` names, as a ZIP entry name, from the part `source`
// (ECMA-376 part 2, Open Packaging Conventions: relative to the source's folder, or to the
// package's root when it opens with "/"). "." and ".." segments are resolved, never above the root.
std::string ResolvePart(std::string_view source, std::string_view target) {
  std::vector<std::string_view> segments;
  std::string_view path = target;
  if (StartsWith(target, "/")) {
    path.remove_prefix(1);
  } else {
    const std::size_t slash = source.rfind('/');
    if (slash != std::string_view::npos) {
      std::string_view folder = source.substr(0, slash);
      while (!folder.empty()) {
        const std::size_t end = folder.find('/');
        segments.push_back(folder.substr(0, end));
        folder = end == std::string_view::npos ? std::string_view() : folder.substr(end + 1);
      }
    }
  }
  while (true) {
    const std::size_t end = path.find('/');
    const std::string_view segment = path.substr(0, end);
    if (segment == "..") {
      if (!segments.empty()) segments.pop_back();
    } else if (!segment.empty() && segment != ".") {
      segments.push_back(segment);
    }
    if (end == std::string_view::npos) break;
    path.remove_prefix(end + 1);
  }
  std::string resolved;
  for (std::string_view segment : segments) {
    if (!resolved.empty()) resolved += '/';
    resolved += segment;
  }
  return resolved;
}

// Where the relationships of `part` are kept: word/document2.xml's in
// word/_rels/document2.xml.rels.
std::string RelationshipsOf(std::string_view part) {
  const std::size_t slash = part.rfind('/');
  const std::size_t name = slash == std::string_view::npos ? 0 : slash + 1;
  return std::string(part.substr(0, name)) + "_rels/" + std::string(part.substr(name)) + ".rels";
}

// The entry of `archive` named `part` (OPC part names compare without regard to ASCII
// case), or -1.
zip_int64_t LocatePart(zip_t* archive, const std::string& part) {
  return part.empty() ? -1 : zip_name_locate(archive, part.c_str(), ZIP_FL_NOCASE);
}

// The targets, resolved, of the internal relationships of `source` whose type ends with
// `type_suffix`, in the order they are declared.
std::vector<std::string> RelatedParts(zip_t* archive, std::string_view source,
                                      std::string_view type_suffix) {
  std::vector<std::string> parts;
  const std::string rels =
      source.empty() ? std::string(kPackageRelationships) : RelationshipsOf(source);
  for (const AttributeWalker::Row& row :
       PackageElements(archive, rels, {"Relationship"}, {"Type", "Target", "TargetMode"})) {
    if (EndsWith(row[1], type_suffix) && row[3] != "External") {
      parts.push_back(ResolvePart(source, row[2]));
    }
  }
  return parts;
}

// Whether [Content_Types].xml gives `part` a Word body's type, by its name or, failing
// that, by its extension.
bool IsWordBody(const std::vector<AttributeWalker::Row>& types, std::string_view part) {
  const std::string name = AsciiLowered("/" + std::string(part));
  for (const AttributeWalker::Row& row : types) {
    if (row[0] == "Override" && AsciiLowered(row[1]) == name) {
      return Contains(kWordMainTypes, std::string_view(row[3]));
    }
  }
  const std::size_t dot = name.rfind('.');
  const std::string extension = dot == std::string::npos ? "" : name.substr(dot + 1);
  for (const AttributeWalker::Row& row : types) {
    if (row[0] == "Default" && AsciiLowered(row[2]) == extension) {
      return Contains(kWordMainTypes, std::string_view(row[3]));
    }
  }
  return false;
}

// The ZIP entry that holds a DOCX's body, or "" for an archive that is no DOCX. Word finds
// the body through the package's relationships, and Word Online names it
// word/document2.xml; a writer that leaves out the relationships or the content types
// still puts it at word/document.xml, which Word's own files all use.
std::string DocxBody(zip_t* archive) {
  const std::vector<std::string> targets = RelatedParts(archive, "", "/officeDocument");
  if (!targets.empty()) {
    const std::vector<AttributeWalker::Row> types = PackageElements(
        archive, kContentTypes, {"Override", "Default"}, {"PartName", "Extension", "ContentType"});
    for (const std::string& target : targets) {
      const zip_int64_t index = LocatePart(archive, target);
      if (index >= 0 && IsWordBody(types, target)) {
        const char* name = zip_get_name(archive, static_cast<zip_uint64_t>(index), 0);
        if (name != nullptr) return name;
      }
    }
  }
  if (zip_name_locate(archive, std::string(kDocxBody).c_str(), 0) >= 0) {
    return std::string(kDocxBody);
  }
  return "";
}

// What the styles of the DOCX whose body is `body` hide; nothing when its styles part is
// missing or cannot be read, which only leaves such text in.
WordHiddenStyles HiddenStyles(zip_t* archive, const std::string& body, std::size_t max_xml_bytes) {
  std::vector<std::string> parts = RelatedParts(archive, body, "/styles");
  parts.emplace_back(kDocxStyles);
  for (const std::string& part : parts) {
    const zip_int64_t index = LocatePart(archive, part);
    if (index < 0) continue;
    WordStylesWalker walker;
    if (!WalkedWhole(ReadZipEntry(archive, static_cast<zip_uint64_t>(index), max_xml_bytes),
                     &walker)) {
      return {};
    }
    return walker.Finish();
  }
  return {};
}

// The styles of an ODT's styles.xml; none when it is missing or cannot be read, which
// only leaves text they would hide in.
OdtStyles OdtStylesOf(zip_t* archive, std::size_t max_xml_bytes) {
  OdtStylesWalker walker;
  if (!WalkedWhole(ReadZipEntry(archive, kOdtStyles, max_xml_bytes), &walker)) return {};
  return walker.Finish();
}

// Word and LibreOffice refuse an archive with two bodies; precis reads the first, as
// libzip finds it, and says so, since which one the writer meant cannot be told.
std::string DuplicateNote(zip_t* archive, std::string_view part) {
  const zip_int64_t entries = zip_get_num_entries(archive, 0);
  std::size_t copies = 0;
  for (zip_int64_t i = 0; i < entries; ++i) {
    const char* name = zip_get_name(archive, static_cast<zip_uint64_t>(i), 0);
    if (name != nullptr && part == name) ++copies;
  }
  if (copies < 2) return "";
  return std::to_string(copies) + " parts named " + std::string(part) + ", the first read";
}

// Whether `bytes` open as XML, after a UTF-8 byte order mark if any.
bool IsXml(std::string_view bytes) {
  if (StartsWith(bytes, kUtf8Bom)) bytes.remove_prefix(kUtf8Bom.size());
  return StartsWith(bytes, "<?xml");
}

// kFodt when XML `bytes` name an ODF text type on their root element, else kNone.
OfficeFormat FlatFormat(std::string_view bytes) {
  const std::string_view head = bytes.substr(0, kFodtSniffBytes);
  for (std::string_view mimetype : kOdtMimetypes) {
    if (head.find("office:mimetype=\"" + std::string(mimetype) + '"') != std::string::npos) {
      return OfficeFormat::kFodt;
    }
  }
  return OfficeFormat::kNone;
}

// The ZIP archive in `bytes`, or nullptr when they do not open as one.
ZipHandle OpenOfficeArchive(std::string_view bytes) {
  if (!LooksLikeZip(bytes)) return nullptr;
  return OpenZip(bytes);
}

// What an open archive holds, and the entry of its body.
struct ArchiveKind {
  OfficeFormat format = OfficeFormat::kNone;
  std::string body;
};

ArchiveKind ArchiveFormat(zip_t* archive) {
  std::string docx_body = DocxBody(archive);
  if (!docx_body.empty()) return {OfficeFormat::kDocx, std::move(docx_body)};
  const ZipEntryRead mimetype = ReadZipEntry(archive, "mimetype", 256);
  if (mimetype.problem.empty() && !mimetype.too_large &&
      Contains(kOdtMimetypes, std::string_view(mimetype.content))) {
    return {OfficeFormat::kOdt, std::string(kOdtBody)};
  }
  return {};
}

}  // namespace

OfficeFormat SniffOfficeFormat(std::string_view bytes) {
  if (IsXml(bytes)) return FlatFormat(bytes);
  const ZipHandle archive = OpenOfficeArchive(bytes);
  return archive == nullptr ? OfficeFormat::kNone : ArchiveFormat(archive.get()).format;
}

const char* OfficeFormatName(OfficeFormat format) {
  switch (format) {
    case OfficeFormat::kDocx:
      return "Word document";
    case OfficeFormat::kOdt:
    case OfficeFormat::kFodt:
      return "OpenDocument text";
    case OfficeFormat::kNone:
      break;
  }
  return "word-processor document";
}

OfficeText ReadOfficeText(std::string_view bytes, std::size_t max_xml_bytes) {
  OfficeText read;
  // The archive is opened once, to tell the format and to read the body.
  ZipHandle archive;
  ArchiveKind kind;
  if (IsXml(bytes)) {
    read.format = FlatFormat(bytes);
  } else if ((archive = OpenOfficeArchive(bytes)) != nullptr) {
    kind = ArchiveFormat(archive.get());
    read.format = kind.format;
  }
  const OfficeFormat format = read.format;
  if (format == OfficeFormat::kNone) return read;
  const std::string name = OfficeFormatName(format);
  const std::string too_large = name + " over " + SizeName(max_xml_bytes);
  std::string_view xml = bytes;
  ZipEntryRead entry;
  if (format != OfficeFormat::kFodt) {
    // A password-protected ODT is a ZIP archive whose parts are encrypted (ODF 1.2, part
    // 3, 3.8), which would otherwise read as XML that is not well-formed. (Word wraps a
    // protected DOCX in an OLE2 file instead.)
    if (format == OfficeFormat::kOdt) {
      const ZipEntryRead manifest = ReadZipEntry(archive.get(), kOdtManifest, kMaxManifestBytes);
      if (manifest.content.find("encryption-data") != std::string::npos) {
        read.error = "password-protected " + name;
        return read;
      }
    }
    entry = ReadZipEntry(archive.get(), kind.body, max_xml_bytes);
    if (entry.too_large) {
      read.error = too_large + " once uncompressed";
      return read;
    }
    if (!entry.cannot_decompress.empty()) {
      read.error = name + " " + entry.cannot_decompress;
      return read;
    }
    if (!entry.problem.empty()) {
      read.error = "damaged " + name + " (" + entry.problem + ")";
      return read;
    }
    xml = entry.content;
    read.note = DuplicateNote(archive.get(), kind.body);
  } else if (xml.size() > max_xml_bytes) {
    read.error = too_large;
    return read;
  }
  WalkEnd end;
  if (format == OfficeFormat::kDocx) {
    WordWalker walker(HiddenStyles(archive.get(), kind.body, max_xml_bytes));
    end = Walk(xml, &walker);
    read.text = walker.Finish();
  } else {
    OdtWalker walker(format == OfficeFormat::kOdt ? OdtStylesOf(archive.get(), max_xml_bytes)
                                                  : OdtStyles());
    end = Walk(xml, &walker);
    read.text = walker.Finish();
  }
  if (!end.reason.empty()) {
    read.error =
        end.damaged ? "damaged " + name + " (" + end.reason + ")" : name + " whose " + end.reason;
    read.text.clear();
  }
  return read;
}

}  // namespace precis
