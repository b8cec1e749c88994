#include "html_text.h"

#include <libxml/HTMLparser.h>
#include <libxml/globals.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>

#include <algorithm>
#include <array>
#include <climits>
#include <cstddef>
#include <memory>
#include <new>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "affix.h"
#include "ascii.h"
#include "contains.h"
#include "html_entities.h"
#include "libxml_init.h"
#include "markup_attributes.h"

namespace precis {
namespace {

// What a reader of the page never sees as its text: code, styling, controls and the
// site's furniture around the article (navigation, asides of related links, the page
// footer), and captions, which the cleaner would otherwise have to recognize by their
// wording.
constexpr std::array<std::string_view, 22> kHiddenElements = {
    "aside",  "audio",  "button", "canvas",   "embed",    "figcaption", "footer", "form",
    "head",   "iframe", "map",    "math",     "nav",      "noscript",   "object", "script",
    "select", "style",  "svg",    "template", "textarea", "video"};

// Elements that end a paragraph: HTML's block-level and table elements, hidden or not,
// so that the text on either side of a skipped <nav> does not run together.
constexpr std::array<std::string_view, 47> kBlockElements = {
    "address", "article", "aside",  "blockquote", "body", "caption", "center",   "dd",
    "details", "dialog",  "dir",    "div",        "dl",   "dt",      "fieldset", "figcaption",
    "figure",  "footer",  "form",   "frameset",   "h1",   "h2",      "h3",       "h4",
    "h5",      "h6",      "header", "hgroup",     "hr",   "html",    "legend",   "li",
    "listing", "main",    "menu",   "nav",        "ol",   "p",       "pre",      "section",
    "summary", "table",   "td",     "th",         "tr",   "ul",      "xmp"};

// Elements a browser draws as a box of their own in the line (an image, a control, an
// embedded frame): whether shown or left out here, the words on either side of one are
// apart on screen ("Le vent<img ...>soufflait" is not "ventsoufflait").
constexpr std::array<std::string_view, 15> kBoxElements = {
    "audio", "button", "canvas",   "embed",  "iframe", "img",      "input", "math",
    "meter", "object", "progress", "select", "svg",    "textarea", "video"};

// Elements no browser renders, whose white space (a script's) never shows between words.
constexpr std::array<std::string_view, 5> kUnrenderedElements = {"head", "noscript", "script",
                                                                 "style", "template"};

bool IsPreformatted(std::string_view name) {
  return name == "pre" || name == "listing" || name == "xmp";
}

std::string_view NameOf(const xmlNode* node) {
  return node->name == nullptr ? std::string_view()
                               : std::string_view(reinterpret_cast<const char*>(node->name));
}

// The value of `node`'s attribute `name` (lower-case, as libxml2 gives HTML attribute
// names), or nullptr when it has none; "" for an attribute without a value.
const char* AttributeOf(const xmlNode* node, std::string_view name) {
  for (const xmlAttr* attribute = node->properties; attribute != nullptr;
       attribute = attribute->next) {
    if (attribute->name == nullptr || name != reinterpret_cast<const char*>(attribute->name)) {
      continue;
    }
    const xmlNode* value = attribute->children;
    return value != nullptr && value->content != nullptr
               ? reinterpret_cast<const char*>(value->content)
               : "";
  }
  return nullptr;
}

// The element's ARIA role, lower-cased; "" when it has none. A role may list fallbacks
// ("dialog alert"); the first one is the element's.
std::string RoleOf(const xmlNode* node) {
  const char* role = AttributeOf(node, "role");
  if (role == nullptr) return "";
  const std::string roles = AsciiLowered(role);
  const std::size_t begin = roles.find_first_not_of(" \t\n\r\f");
  if (begin == std::string::npos) return "";
  const std::size_t end = roles.find_first_of(" \t\n\r\f", begin);
  return roles.substr(begin, end - begin);
}

// ARIA landmarks and widgets of a page's furniture: the site's header and footer, its
// navigation and search, sidebars, and dialogs (cookie and subscription prompts).
// Also DPUB-ARIA's footnote calls and endnotes, as pandoc marks them: a call's number would
// stick to the word before it ("un record1.").
constexpr std::array<std::string_view, 9> kFurnitureRoles = {
    "navigation", "banner",      "contentinfo", "complementary", "search",
    "dialog",     "alertdialog", "doc-noteref", "doc-endnotes"};

// Words in a class or id that name a box no story is written in, on any site: cookie and
// consent prompts, newsletter sign-ups, readers' comments, breadcrumbs. Every site names
// its other boxes its own way, and a guess at those could drop the article, so the list
// stops there (Readability's "unlikely candidates" go much further).
constexpr std::array<std::string_view, 8> kFurnitureNames = {
    "cookie", "consent", "gdpr", "newsletter", "comments", "comment-", "disqus", "breadcrumb"};

// Words in a class a platform's embed code gives the post it shows in a page (X's
// "twitter-tweet", Instagram's, TikTok's, Bluesky's, Facebook's, Threads'), alike on every
// site: someone's post the story points to, not words the newspaper wrote, which a summary
// would give as the paper's own.
constexpr std::array<std::string_view, 9> kEmbedNames = {
    "twitter-tweet",   "twitter-video", "instagram-media", "tiktok-embed",  "bluesky-embed",
    "text-post-media", "fb-post",       "fb-video",        "fb-xfbml-parse"};

// Words in a class or id of the boxes a story page puts around the story for its writer and
// its publisher, none of the story's own sentences: the author's biography, the byline.
constexpr std::array<std::string_view, 6> kAuthorBoxNames = {
    "author-bio", "author-box", "authorbox", "author-info", "about-author", "byline"};

// Words in a class or id of a paywall's offer ("Offre spéciale : 1 € le premier mois"). A
// subscriber's page may wrap the story's locked text in a box so named, "paywall-content",
// so a name that also says it holds the text (kTextWords) is kept.
constexpr std::array<std::string_view, 3> kPaywallNames = {"paywall", "subscription", "abonnement"};
constexpr std::array<std::string_view, 5> kTextWords = {"content", "body", "text", "article",
                                                        "story"};

// Words in a class or id of the boxes that tease other stories: related stories ("Sur le
// même sujet", "Lire aussi"), the recommendation widgets (Outbrain, Taboola), a sidebar.
// Such a box is made of <article>s, one a teaser, so only a headline (<h1>, <main>) in it
// says it holds the story. Not "read-more", which may wrap the story's text a button
// unfolds, nor "teaser", which may name its lead. A name that also says it lays out the page
// (kLayoutWords: "content-with-sidebar", "main-sidebar-layout") may be the story's box.
constexpr std::array<std::string_view, 5> kTeaserNames = {"related", "lire-aussi", "outbrain",
                                                          "taboola", "sidebar"};
constexpr std::array<std::string_view, 7> kLayoutWords = {"content", "body", "main",     "column",
                                                          "layout",  "wrap", "container"};

// Words in a class that keep text off the screen for screen readers alone, as the
// frameworks name it (Bootstrap's "sr-only", WordPress's "screen-reader-text",
// "visually-hidden"): "Publicité", "Aller au contenu", "(ouvre un nouvel onglet)".
constexpr std::array<std::string_view, 4> kScreenReaderNames = {
    "sr-only", "screen-reader", "visually-hidden", "visuallyhidden"};

// Words in a class or id of the notice a page shows a reader who blocks its ads ("Vous
// utilisez un bloqueur de publicité"): it speaks of the reader's browser, never of the
// story. Found only where a word of the name starts: "ad-block" ends "head-block" and
// "lead-block", which may hold the story.
constexpr std::array<std::string_view, 2> kAdblockNames = {"adblock", "ad-block"};

// AMP's advertising and tracking elements. What one holds is the ad's stand-in ("Publicité",
// "La publicité n'a pas pu être chargée, désactivez votre bloqueur"), which no browser
// shows once the ad is drawn, and which never is the story's.
constexpr std::array<std::string_view, 5> kAmpAdElements = {"amp-ad", "amp-embed", "amp-sticky-ad",
                                                            "amp-analytics", "amp-auto-ads"};

// Elements that may hold the story itself: never dropped for their class
// (<article class="comments-section">), but for a teaser's inside another article.
constexpr std::array<std::string_view, 4> kStoryElements = {"html", "body", "main", "article"};

// A class that says a state, not a box: "comments-open", "no-comments", "has-sidebar",
// "is-paywalled" on a post.
bool IsStateClass(std::string_view token) {
  return StartsWith(token, "no-") || StartsWith(token, "has-") || StartsWith(token, "with-") ||
         StartsWith(token, "is-") || EndsWith(token, "-open") || EndsWith(token, "-closed") ||
         EndsWith(token, "-enabled") || EndsWith(token, "-disabled") || EndsWith(token, "-allowed");
}

// The node a pre-order walk of `root`'s subtree visits after `at` and everything under
// it: its next sibling, or its nearest ancestor's, `root` when the walk is done. The
// subtree walks here are iterative, as the page readers are: pages nest deeper than any
// stack.
const xmlNode* NextPastSubtree(const xmlNode* at, const xmlNode* root) {
  while (at != root && at->next == nullptr) at = at->parent;
  return at != root ? at->next : root;
}

// Whether the element may hold the story: it holds one of the story's own landmarks
// (<article>, <main>, <h1>), which a box never does, or more elements than a walk here
// looks at. Iterative, as the page readers are: pages nest deeper than any stack.
bool HoldsStory(const xmlNode* node, bool h2_too = false, bool articles_too = true) {
  constexpr int kMaxVisited = 2000;
  int visited = 0;
  const xmlNode* at = node->children;
  while (at != nullptr && at != node) {
    if (at->type == XML_ELEMENT_NODE) {
      const std::string_view name = NameOf(at);
      if ((articles_too && name == "article") || name == "main" || name == "h1" ||
          (h2_too && name == "h2") || ++visited > kMaxVisited) {
        return true;
      }
      if (at->children != nullptr) {
        at = at->children;
        continue;
      }
    }
    at = NextPastSubtree(at, node);
  }
  return false;
}

// A <header> outside any sectioning element is the site's banner (as for ARIA: HTML-AAM
// maps it to role="banner" there), with its subscription offers and menus; inside an
// <article> or a <section>, or holding an <h1> or <h2>, it holds the story's headline.
// Ancestors past 64 levels are not looked at: such a header is kept.
bool IsSiteHeader(const xmlNode* node) {
  if (NameOf(node) != "header") return false;
  int depth = 0;
  for (const xmlNode* up = node->parent; up != nullptr && up->type == XML_ELEMENT_NODE;
       up = up->parent) {
    const std::string_view name = NameOf(up);
    if (name == "article" || name == "aside" || name == "main" || name == "nav" ||
        name == "section" || ++depth > 64) {
      return false;
    }
  }
  // Last, as the walk that costs most. An <h2> counts here: a page without an <h1> may
  // head its story so, and its lead with it.
  return !HoldsStory(node, /*h2_too=*/true);
}

// The element's one element child, when it is a `name` and any text beside it is white
// space; else nullptr.
const xmlNode* SoleChild(const xmlNode* node, std::string_view name) {
  const xmlNode* sole = nullptr;
  for (const xmlNode* child = node->children; child != nullptr; child = child->next) {
    if (child->type == XML_ELEMENT_NODE) {
      if (sole != nullptr || NameOf(child) != name) return nullptr;
      sole = child;
    } else if (child->type == XML_TEXT_NODE && child->content != nullptr) {
      for (const xmlChar* c = child->content; *c != '\0'; ++c) {
        if (!IsAsciiSpace(static_cast<char>(*c))) return nullptr;
      }
    }
  }
  return sole;
}

bool LinksIntoPage(const xmlNode* link) {
  const char* href = AttributeOf(link, "href");
  return href != nullptr && href[0] == '#';
}

// Whether the element holds only a number in brackets, "[2]" or "(2)", as a footnote's
// call without a link is raised: "chiffres<sup>[2]</sup>". A bare raised number is an
// exponent ("m<sup>2</sup>") and stays.
bool IsBracketedNumber(const xmlNode* node) {
  std::string text;
  for (const xmlNode* child = node->children; child != nullptr; child = child->next) {
    if (child->type == XML_ELEMENT_NODE) return false;
    if (child->type == XML_TEXT_NODE && child->content != nullptr) {
      text += reinterpret_cast<const char*>(child->content);
      if (text.size() > 16) return false;
    }
  }
  const std::string_view number = TrimBlanks(text);
  if (number.size() < 3 || number.size() > 5) return false;
  const char open = number.front();
  const char close = number.back();
  if (!((open == '[' && close == ']') || (open == '(' && close == ')'))) return false;
  const std::string_view digits = number.substr(1, number.size() - 2);
  return std::all_of(digits.begin(), digits.end(), IsAsciiDigit);
}

// A footnote's call, whose note the page keeps elsewhere: a raised link into the page,
// <sup><a href="#fn1">1</a></sup>, or a link whose text is raised,
// <a href="#note1"><sup>1</sup></a>; sites write both. An exponent ("1<sup>er</sup>",
// "M<sup>me</sup>") is no link into the page and stays.
bool IsFootnoteCall(const xmlNode* node) {
  const std::string_view name = NameOf(node);
  if (name == "sup") {
    const xmlNode* link = SoleChild(node, "a");
    return (link != nullptr && LinksIntoPage(link)) || IsBracketedNumber(node);
  }
  return name == "a" && LinksIntoPage(node) && SoleChild(node, "sup") != nullptr;
}

// Whether the element's inline style keeps it off the screen: `display: none` or
// `visibility: hidden` (or `collapse`). A page or its scripts hide a teaser, a "read more"
// duplicate or an ad's label so; a reader never sees them. Only the `style` attribute is
// read: a stylesheet's rules would need a CSS engine, and a wrong guess at one could hide
// the story. As in CSS, the last declaration of a property wins unless an earlier one is
// `!important` and it is not. CSS comments are not stripped: they are rare in a style
// attribute; one there may leave a declaration unread, or, if it holds a ';', read the
// text it comments out as one.
enum class Styled { kShown, kNoBox, kInvisible };
Styled StyledVisibility(const xmlNode* node) {
  const char* style = AttributeOf(node, "style");
  if (style == nullptr) return Styled::kShown;
  const std::string lowered = AsciiLowered(style);
  constexpr std::string_view kBlanks = " \t\n\r\f";
  bool hidden[2] = {false, false};     // display, visibility
  bool important[2] = {false, false};  // whether that value was declared !important
  std::size_t begin = 0;
  while (begin < lowered.size()) {  // each declaration in turn
    const std::size_t end = std::min(lowered.find(';', begin), lowered.size());
    const std::string_view declaration = std::string_view(lowered).substr(begin, end - begin);
    begin = end + 1;
    const std::size_t colon = declaration.find(':');
    if (colon == std::string_view::npos) continue;
    std::string_view property = declaration.substr(0, colon);
    std::string_view value = declaration.substr(colon + 1);
    property.remove_prefix(std::min(property.find_first_not_of(kBlanks), property.size()));
    property = property.substr(0, property.find_last_not_of(kBlanks) + 1);
    const int which = property == "display" ? 0 : property == "visibility" ? 1 : -1;
    if (which < 0) continue;
    value = value.substr(0, value.find_last_not_of(kBlanks) + 1);
    bool is_important = false;
    if (EndsWith(value, "important")) {  // "none !important", "none ! important"
      const std::string_view rest = value.substr(0, value.size() - 9);
      const std::size_t bang = rest.find_last_not_of(kBlanks);
      if (bang != std::string_view::npos && rest[bang] == '!') {
        is_important = true;
        value = rest.substr(0, bang);
        value = value.substr(0, value.find_last_not_of(kBlanks) + 1);
      }
    }
    value.remove_prefix(std::min(value.find_first_not_of(kBlanks), value.size()));
    if (important[which] && !is_important) continue;
    important[which] = is_important;
    hidden[which] = which == 0 ? value == "none" : (value == "hidden" || value == "collapse");
  }
  if (hidden[0]) return Styled::kNoBox;
  return hidden[1] ? Styled::kInvisible : Styled::kShown;
}

// Whether a token of the element's class or id holds one of `words` (where a word of the
// token starts, if `at_word_start`), but a state's ("no-comments") or one that also holds
// one of `but` ("paywall-content").
template <std::size_t N, std::size_t M = 0>
bool NamedWithAnyOf(const xmlNode* node, const std::array<std::string_view, N>& words,
                    const std::array<std::string_view, M>& but = {}, bool at_word_start = false) {
  for (const char* attribute : {"class", "id"}) {
    const char* value = AttributeOf(node, attribute);
    if (value == nullptr) continue;
    const std::string lowered = AsciiLowered(value);
    std::size_t begin = 0;
    while (begin < lowered.size()) {  // each class name in turn
      const std::size_t end = std::min(lowered.find_first_of(" \t\n\r\f", begin), lowered.size());
      const std::string_view token = std::string_view(lowered).substr(begin, end - begin);
      const auto holds = [token](std::string_view word) {
        return token.find(word) != std::string_view::npos;
      };
      const auto starts_word = [token](std::string_view word) {
        for (std::size_t at = token.find(word); at != std::string_view::npos;
             at = token.find(word, at + 1)) {
          if (at == 0 || !IsAsciiAlnum(token[at - 1])) return true;
        }
        return false;
      };
      const bool named = at_word_start ? std::any_of(words.begin(), words.end(), starts_word)
                                       : std::any_of(words.begin(), words.end(), holds);
      if (named && std::none_of(but.begin(), but.end(), holds) && !IsStateClass(token)) {
        return true;
      }
      begin = end + 1;
    }
  }
  return false;
}

// Whether the element is an <article> that teases another story, as a related story's card:
// so named, and inside another <article>, which HTML says makes it one related to the
// outer's. An <article> nested without such a name (a quoted post, a live page's entry) is
// the story's, as is one holding the page's <h1>.
bool IsTeaserArticle(const xmlNode* node) {
  constexpr std::array<std::string_view, 2> kCardNames = {"card", "teaser"};
  if (NameOf(node) != "article" ||
      !(NamedWithAnyOf(node, kTeaserNames) || NamedWithAnyOf(node, kCardNames))) {
    return false;
  }
  bool nested = false;
  int depth = 0;  // ancestors past 64 levels are not looked at: such an article is kept
  for (const xmlNode* up = node->parent;
       up != nullptr && up->type == XML_ELEMENT_NODE && !nested && ++depth <= 64; up = up->parent) {
    nested = NameOf(up) == "article";
  }
  return nested && !HoldsStory(node, /*h2_too=*/false, /*articles_too=*/false);
}

// A box so named that holds the story is not left out for its name.
bool NamedAsFurniture(const xmlNode* node, bool screen_readers_only = false) {
  if (Contains(kStoryElements, NameOf(node))) return !screen_readers_only && IsTeaserArticle(node);
  if (NamedWithAnyOf(node, kScreenReaderNames)) return !HoldsStory(node);
  if (screen_readers_only) return false;
  if (NamedWithAnyOf(node, kTeaserNames, kLayoutWords)) {
    return !HoldsStory(node, /*h2_too=*/false, /*articles_too=*/false);
  }
  const bool named = NamedWithAnyOf(node, kFurnitureNames) || NamedWithAnyOf(node, kEmbedNames) ||
                     NamedWithAnyOf(node, kAuthorBoxNames) ||
                     NamedWithAnyOf(node, kPaywallNames, kTextWords) ||
                     NamedWithAnyOf(node, kAdblockNames, std::array<std::string_view, 0>{},
                                    /*at_word_start=*/true);
  return named && !HoldsStory(node);
}

// What an AMP element shows while its content loads, or when it cannot ("Chargement de la
// vidéo en cours"), is its child marked `placeholder` or `fallback`: the page's stand-in
// for a player or an ad, not the story.
bool IsAmpStandIn(const xmlNode* node) {
  const xmlNode* parent = node->parent;
  return parent != nullptr && parent->type == XML_ELEMENT_NODE &&
         StartsWith(NameOf(parent), "amp-") &&
         (AttributeOf(node, "placeholder") != nullptr || AttributeOf(node, "fallback") != nullptr);
}

bool ForScreenReadersOnly(const xmlNode* node) {
  return NamedAsFurniture(node, /*screen_readers_only=*/true);
}

// Whether the element is left out with what it holds: an element a reader never sees
// as text (kHiddenElements), one the page itself declares hidden (the `hidden`
// attribute, an inline `display: none` or `visibility: hidden`, aria-hidden="true"), an
// edit's deleted text, furniture (its ARIA role, or a <header> outside any section), AMP's
// ads and the stand-ins of its players, and one whose class or id names it a cookie
// prompt, a newsletter box, comments, a breadcrumb, an embedded social post, the author's
// box, a paywall's offer, an ad blocker's notice or teasers of other stories.
bool Skipped(const xmlNode* node) {
  if (Contains(kHiddenElements, NameOf(node)) || Contains(kAmpAdElements, NameOf(node))) {
    return true;
  }
  if (NameOf(node) == "title") return true;
  if (IsAmpStandIn(node)) return true;
  // An edit's removed text (<del>310</del> <ins>320</ins> voix) is not what the page says
  // now. <s> and <strike> stay: they mark text still meant to be read ("passe de <s>10
  // euros</s> à 12 euros"), which leaving out would make no sentence.
  if (NameOf(node) == "del") return true;
  if (AttributeOf(node, "hidden") != nullptr) return true;
  if (StyledVisibility(node) != Styled::kShown) return true;
  const char* aria_hidden = AttributeOf(node, "aria-hidden");
  if (aria_hidden != nullptr && AsciiLowered(aria_hidden) == "true") return true;
  return Contains(kFurnitureRoles, RoleOf(node)) || IsSiteHeader(node) || IsFootnoteCall(node) ||
         NamedAsFurniture(node);
}

// Whether the text `node` holds has white space in it, ASCII or the no-break and other
// Unicode spaces a page writes as &nbsp; &thinsp; &#8239;. Iterative, as the walks are.
bool HoldsSpace(const xmlNode* node) {
  const xmlNode* at = node->children;
  while (at != nullptr && at != node) {
    if ((at->type == XML_TEXT_NODE || at->type == XML_CDATA_SECTION_NODE) &&
        at->content != nullptr) {
      const std::string_view text(reinterpret_cast<const char*>(at->content));
      for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (IsAsciiSpace(text[i])) return true;
        if (c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xA0) {
          return true;  // U+00A0
        }
        if (c == 0xE2 && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x80) {
          const auto last = static_cast<unsigned char>(text[i + 2]);
          if (last <= 0x8A || last == 0xAF) return true;  // U+2000 to U+200A, U+202F
        }
      }
    }
    if (at->type == XML_ELEMENT_NODE && at->children != nullptr) {
      at = at->children;
      continue;
    }
    at = NextPastSubtree(at, node);
  }
  return false;
}

// Whether leaving out `node` (Skipped) leaves the words on either side of it apart, as
// they are on screen: it is drawn as a box, or it would show white space of its own
// (aria-hidden="true" hides from screen readers only; a share bar in a sentence). Text
// hidden from the screen too (`hidden`, `display: none`, a script) joins what is around it,
// as a browser shows it: "l’é<span hidden>x</span>vacuation" is one word. What
// `visibility: hidden` hides keeps its place on screen: a blank as wide as its text.
bool SeparatesWords(const xmlNode* node) {
  const std::string_view name = NameOf(node);
  if (Contains(kBoxElements, name)) return true;
  const Styled styled = StyledVisibility(node);
  if (Contains(kUnrenderedElements, name) || AttributeOf(node, "hidden") != nullptr ||
      styled == Styled::kNoBox || ForScreenReadersOnly(node)) {
    return false;
  }
  if (styled == Styled::kInvisible) return node->children != nullptr;
  // A footnote's call goes with the spaces padding its number: "record<sup> 1 </sup>."
  // is "record.", not "record .".
  if (IsFootnoteCall(node) || RoleOf(node) == "doc-noteref") return false;
  return HoldsSpace(node);
}

struct XmlFree {
  void operator()(xmlChar* p) const { xmlFree(p); }
};
struct ContextDeleter {
  void operator()(htmlParserCtxt* context) const { htmlFreeParserCtxt(context); }
};
struct DocDeleter {
  void operator()(xmlDoc* doc) const { xmlFreeDoc(doc); }
};

// Builds the text: paragraphs apart by a blank line, white space collapsed as a browser
// lays it out.
class TextWriter {
 public:
  void Text(const char* text, bool preformatted) {
    for (const char* p = text; *p != '\0'; ++p) {
      if (preformatted) {
        out_.push_back(*p);
        continue;
      }
      if (IsAsciiSpace(*p)) {
        pending_space_ = true;
        continue;
      }
      if (pending_space_ && !out_.empty() && out_.back() != '\n' && !after_open_quote_) {
        out_.push_back(' ');
      }
      pending_space_ = false;
      after_open_quote_ = false;
      out_.push_back(*p);
    }
  }

  // Quotation marks a browser draws around a <q>. White space inside them goes, as French
  // typography puts its own no-break space there: <q> oui </q> is «\u00A0oui\u00A0».
  void OpenQuote(std::string_view mark, bool preformatted) {
    if (!preformatted && pending_space_ && !out_.empty() && out_.back() != '\n') {
      out_.push_back(' ');
    }
    pending_space_ = false;
    out_ += mark;
    after_open_quote_ = !preformatted;
  }
  void CloseQuote(std::string_view mark) {
    pending_space_ = false;
    after_open_quote_ = false;
    out_ += mark;
  }

  // The words on either side of this point are apart: one space between them, unless
  // a line break or a space is there already.
  void WordBreak(bool preformatted) {
    if (!preformatted) {
      pending_space_ = true;
    } else if (!out_.empty() && !IsAsciiSpace(out_.back())) {
      out_.push_back(' ');
    }
  }

  void LineBreak() {
    TrimSpaces();
    if (!out_.empty() && !EndsWithBlankLine()) out_.push_back('\n');
  }

  void ParagraphBreak() {
    LineBreak();
    LineBreak();
  }

  std::string Finish() {
    while (!out_.empty() && IsAsciiSpace(out_.back())) out_.pop_back();
    if (!out_.empty()) out_.push_back('\n');
    return std::move(out_);
  }

 private:
  void TrimSpaces() {
    while (!out_.empty() && out_.back() == ' ') out_.pop_back();
    pending_space_ = false;
  }
  bool EndsWithBlankLine() const {
    return out_.size() >= 2 && out_[out_.size() - 1] == '\n' && out_[out_.size() - 2] == '\n';
  }

  std::string out_;
  bool pending_space_ = false;
  bool after_open_quote_ = false;
};

// Whether a `lang` value names French ("fr", "fr-CA", "FR"); nullopt for an empty one,
// which says nothing, so the language around it holds.
std::optional<bool> NamesFrench(const char* lang) {
  const std::string_view value = TrimBlanks(lang);
  if (value.empty()) return std::nullopt;
  const std::string lowered = AsciiLowered(value);
  return lowered == "fr" || StartsWith(lowered, "fr-") || StartsWith(lowered, "fr_");
}

// Whether the text at `node` is French by the nearest `lang` on it or above it. A page
// that declares no language is taken as French: precis reads French news first, and a
// guess from the words would cost a pass over the page for a quotation mark.
bool FrenchAt(const xmlNode* node) {
  for (const xmlNode* at = node; at != nullptr && at->type == XML_ELEMENT_NODE; at = at->parent) {
    const char* lang = AttributeOf(at, "lang");
    if (lang == nullptr) continue;
    const std::optional<bool> french = NamesFrench(lang);
    if (french.has_value()) return *french;
  }
  return true;
}

// The marks a browser puts around a <q> `depth` quotations deep (0 outermost), after the
// language of the quotation (CSS `quotes: auto`): « » with the no-break spaces French
// typography wants, then “ ”; in other languages “ ”, then ‘ ’. Deeper quotations take the
// inner marks again, as CSS does past the last pair it is given.
std::pair<std::string_view, std::string_view> QuoteMarks(bool french, std::size_t depth) {
  if (french) {
    return depth == 0
               ? std::pair<std::string_view, std::string_view>{"\u00AB\u00A0", "\u00A0\u00BB"}
               : std::pair<std::string_view, std::string_view>{"\u201C", "\u201D"};
  }
  return depth == 0 ? std::pair<std::string_view, std::string_view>{"\u201C", "\u201D"}
                    : std::pair<std::string_view, std::string_view>{"\u2018", "\u2019"};
}

// The text of the elements it walks over, from `start` down.
class PageReader {
 public:
  explicit PageReader(const xmlNode* start) : french_(FrenchAt(start->parent)) {}

  // Whether to read the element's children.
  bool Enter(const xmlNode* node) {
    if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
      if (node->content != nullptr) {
        text_.Text(reinterpret_cast<const char*>(node->content), preformatted_ > 0);
      }
      return false;
    }
    if (node->type != XML_ELEMENT_NODE) return false;
    if (Skipped(node)) {
      if (SeparatesWords(node)) text_.WordBreak(preformatted_ > 0);
      return false;
    }
    const std::string_view name = NameOf(node);
    const char* lang = AttributeOf(node, "lang");
    const std::optional<bool> french = lang == nullptr ? std::nullopt : NamesFrench(lang);
    if (french.has_value()) {
      languages_.push_back({node, french_});
      french_ = *french;
    }
    if (name == "q") {
      text_.OpenQuote(QuoteMarks(french_, quotes_.size()).first, preformatted_ > 0);
      quotes_.push_back(node);
    }
    if (Contains(kBoxElements, name)) text_.WordBreak(preformatted_ > 0);
    if (name == "h1") has_h1_ = true;
    if (name == "br") text_.LineBreak();
    if (Contains(kBlockElements, name)) text_.ParagraphBreak();
    if (IsPreformatted(name)) ++preformatted_;
    return true;
  }

  // After Enter, and after the children it asked for.
  void Leave(const xmlNode* node) {
    if (node->type != XML_ELEMENT_NODE) return;
    const std::string_view name = NameOf(node);
    if (Contains(kBlockElements, name)) text_.ParagraphBreak();
    if (IsPreformatted(name) && !Skipped(node)) --preformatted_;
    if (Contains(kBoxElements, name)) text_.WordBreak(preformatted_ > 0);
    // Those of an element read, not skipped: the stacks hold only what Enter went into.
    if (!quotes_.empty() && quotes_.back() == node) {
      quotes_.pop_back();
      text_.CloseQuote(QuoteMarks(french_, quotes_.size()).second);
    }
    if (!languages_.empty() && languages_.back().node == node) {
      french_ = languages_.back().outer_french;
      languages_.pop_back();
    }
  }

  bool has_h1() const { return has_h1_; }
  std::string Finish() { return text_.Finish(); }

 private:
  // An element that declares its language, and whether the text around it was French.
  struct Language {
    const xmlNode* node;
    bool outer_french;
  };

  TextWriter text_;
  bool has_h1_ = false;
  int preformatted_ = 0;
  bool french_;
  std::vector<Language> languages_;
  std::vector<const xmlNode*> quotes_;  // the <q>s open
};

// Finds what the page says its story is, and its headline.
//
// A news page wraps its story in <article> and the page's main content in <main> (or
// role="main"); what lies outside them (newsletter boxes, "most read" lists, teasers of
// other stories) is the site's, not the story's, even when no ARIA role says so. The
// narrowing is taken only where the page is unambiguous and the loss small: one
// <article> at the top level (a live page of many is read whole), holding at least half
// of the page's visible text, else the first <main> under the same condition, else the
// whole page. A teaser box marked <article> beside a story in plain <div>s is so kept
// from hiding the story.
class ContentFinder {
 public:
  bool Enter(const xmlNode* node) {
    if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
      // White space is left out: a page's indentation says nothing of where its text is.
      if (node->content != nullptr) {
        for (const xmlChar* p = node->content; *p != '\0'; ++p) {
          if (!IsAsciiSpace(static_cast<char>(*p))) ++visible_bytes_;
        }
      }
      return false;
    }
    if (node->type != XML_ELEMENT_NODE) return false;
    const std::string_view name = NameOf(node);
    if (name == "head") ReadTitle(node);
    if (Skipped(node)) return false;
    if (name == "h1" && h1_ == nullptr) h1_ = node;
    if (name == "article" && open_articles_++ == 0) {
      ++top_articles_;
      article_ = {node, visible_bytes_};
    }
    if (main_.node == nullptr && (name == "main" || RoleOf(node) == "main")) {
      main_ = {node, visible_bytes_};
    }
    return true;
  }

  void Leave(const xmlNode* node) {
    if (node->type != XML_ELEMENT_NODE || Skipped(node)) return;
    if (NameOf(node) == "article") --open_articles_;
    if (node == article_.node) article_.bytes = visible_bytes_ - article_.bytes;
    if (node == main_.node) main_.bytes = visible_bytes_ - main_.bytes;
  }

  // The element to read: the story's, or `root`. Call after the walk.
  const xmlNode* Content(const xmlNode* root) const {
    if (top_articles_ == 1 && article_.bytes * 2 >= visible_bytes_) return article_.node;
    if (main_.node != nullptr && main_.bytes * 2 >= visible_bytes_) return main_.node;
    return root;
  }

  // The page's first visible <h1>, or nullptr.
  const xmlNode* h1() const { return h1_; }
  const std::string& title() const { return title_; }

 private:
  // An element and the visible text it holds, in bytes other than white space; while it
  // is open, the count of such bytes before it.
  struct Region {
    const xmlNode* node = nullptr;
    std::size_t bytes = 0;
  };

  void ReadTitle(const xmlNode* head) {
    for (const xmlNode* child = head->children; child != nullptr; child = child->next) {
      if (child->type != XML_ELEMENT_NODE || NameOf(child) != "title") continue;
      std::unique_ptr<xmlChar, XmlFree> content(xmlNodeGetContent(child));
      if (content != nullptr) title_ = reinterpret_cast<const char*>(content.get());
      return;
    }
  }

  std::size_t visible_bytes_ = 0;
  int open_articles_ = 0;
  int top_articles_ = 0;
  Region article_;
  Region main_;
  const xmlNode* h1_ = nullptr;
  std::string title_;
};

// Depth first without recursion: broken pages nest thousands of unclosed tags deep.
// `visitor` has Enter (whether to go into the node's children) and Leave.
template <typename Visitor>
void Walk(const xmlNode* root, Visitor* visitor) {
  const xmlNode* node = root;
  while (node != nullptr) {
    if (visitor->Enter(node) && node->children != nullptr) {
      node = node->children;
      continue;
    }
    while (node != nullptr) {
      visitor->Leave(node);
      if (node == root) return;
      if (node->next != nullptr) {
        node = node->next;
        break;
      }
      node = node->parent;
    }
  }
}

// The text of `node` and what it holds.
std::string TextOf(const xmlNode* node) {
  PageReader reader(node);
  Walk(node, &reader);
  return reader.Finish();
}

// What libxml2 reports on this thread while it lives, which it then no longer prints. A
// buffer that cannot grow reports with no parser context, to the thread's handler, which
// printed "internal buffer error : Memory allocation failed" and left the parser to
// return a page cut short. The thread's handler is the host's again once the parse
// is done; the parse holds the thread meanwhile.
class ParseErrors {
 public:
  ParseErrors() : host_handler_(xmlStructuredError), host_context_(xmlStructuredErrorContext) {
    xmlSetStructuredErrorFunc(this, &ParseErrors::Report);
  }
  ~ParseErrors() { xmlSetStructuredErrorFunc(host_context_, host_handler_); }
  ParseErrors(const ParseErrors&) = delete;
  ParseErrors& operator=(const ParseErrors&) = delete;

  bool out_of_memory() const { return out_of_memory_; }

 private:
  static void Report(void* self, xmlErrorPtr error) {
    if (error != nullptr && error->code == XML_ERR_NO_MEMORY) {
      static_cast<ParseErrors*>(self)->out_of_memory_ = true;
    }
  }

  xmlStructuredErrorFunc host_handler_;
  void* host_context_;
  bool out_of_memory_ = false;
};

}  // namespace

std::string HtmlText(std::string_view html) {
  const std::string numbered = NumberHtml5Entities(html);
  std::string thinned;
  const std::string_view page = WithoutExcessAttributes(numbered, kMaxAttributesPerTag, &thinned);
  if (page.size() > static_cast<std::size_t>(INT_MAX)) return std::string(html);
  InitLibxml2();
  std::unique_ptr<htmlParserCtxt, ContextDeleter> context(htmlNewParserCtxt());
  if (context == nullptr) throw std::bad_alloc();
  // Errors are recovered from silently, per context: a library must not print, nor
  // change libxml2's global error handler under its host program. No network access
  // for external entities. The text is UTF-8 already, whatever its <meta> says. Without
  // XML_PARSE_HUGE, libxml2 stops reading at a text node of 10 MB or 256 levels of
  // nesting, and what follows would be lost without a word.
  const int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                      HTML_PARSE_NONET | HTML_PARSE_NODEFDTD | HTML_PARSE_IGNORE_ENC |
                      HTML_PARSE_COMPACT | XML_PARSE_HUGE;
  const ParseErrors errors;
  std::unique_ptr<xmlDoc, DocDeleter> doc(htmlCtxtReadMemory(
      context.get(), page.data(), static_cast<int>(page.size()), nullptr, "UTF-8", options));
  // Out of memory, libxml2 stops and returns what it has, or nothing: read as the page's
  // whole text, that dropped the page, or its end, without a word. Load names the file.
  if (errors.out_of_memory()) throw std::bad_alloc();
  if (doc == nullptr) return "";
  const xmlNode* root = xmlDocGetRootElement(doc.get());
  if (root == nullptr) return "";
  ContentFinder finder;
  Walk(root, &finder);
  PageReader reader(finder.Content(root));
  Walk(finder.Content(root), &reader);
  std::string body = reader.Finish();
  // The headline stands first: the story's own <h1>, or the page's when the story's
  // element leaves it out, or else the <title>, which usually repeats the h1 with the
  // site's name added.
  if (reader.has_h1()) return body;
  std::string headline;
  if (finder.h1() != nullptr) {
    headline = TextOf(finder.h1());
  } else {
    TextWriter title;
    title.Text(finder.title().c_str(), false);
    headline = title.Finish();
  }
  if (headline.empty()) return body;
  return body.empty() ? headline : headline + "\n" + body;
}

}  // namespace precis
