// Stage 0 and 1, part of reading inputs and of load: the articles inside a news feed.
//
//   std::optional<Feed> feed = ReadFeed(bytes_of_an_rss_file);
//   feed->kind == "RSS feed";
//   feed->items[0].title == "Crue de la Loire : 3 200 habitants évacués";
//   feed->items[0].html == "<p>La préfecture de Maine-et-Loire a ordonné...</p>";
//   FeedItemPage(feed->items[0]) == "<!DOCTYPE html><html>...<h1>Crue de la Loire...";
//
// A site's feed (RSS 2.0, RSS 1.0, Atom) or an Evernote export (.enex) is XML that holds
// several articles, each with its title and its text as HTML, escaped or in CDATA. Read as
// text, every line of it is markup that ends without punctuation: a headline, never
// chosen, and the articles are lost. Like an archive, a feed stands for its items.
#ifndef PRECIS_SRC_FEED_TEXT_H_
#define PRECIS_SRC_FEED_TEXT_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace precis {

struct FeedItem {
  std::string title;  // as text, UTF-8; may be empty
  // The item's text as HTML, UTF-8: RSS's content:encoded, else its description; Atom's
  // content, else its summary (type="text" escaped into a paragraph); Evernote's content.
  std::string html;
};

struct Feed {
  std::string kind;             // "RSS feed", "Atom feed" or "Evernote export"
  std::vector<FeedItem> items;  // in the feed's order; those without title or text left out
  // Why nothing could be read, empty when `items` is not empty:
  // "RSS feed without an article", "damaged RSS feed (XML that cannot be read)".
  std::string error;
};

// Whether `bytes` open (after a BOM, white space, an XML declaration, comments and a
// doctype, within their first 4 KiB) with the root element of a feed: <rss>, <feed> (Atom),
// <rdf:RDF> (RSS 1.0) or <en-export>.
bool LooksLikeFeed(std::string_view bytes);

// The items of the feed `bytes`, or nullopt when LooksLikeFeed says they are none. XML
// errors are recovered from as far as libxml2 can (a stray "&" in a title); entities are
// never expanded and nothing is fetched. Never throws on bad input but std::bad_alloc;
// time and memory linear in the size of the feed.
std::optional<Feed> ReadFeed(std::string_view bytes);

// An item as an HTML page whose <h1> is its title, for load to read as any page.
std::string FeedItemPage(const FeedItem& item);

}  // namespace precis

#endif  // PRECIS_SRC_FEED_TEXT_H_
