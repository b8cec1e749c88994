// Stage 2, clean: finds the paragraphs of each document and drops scraped-page
// boilerplate (inline ads, teasers, captions and photo credits, comment forms, share
// widgets, bylines, agency sign-offs, date stamps, programme plugs).
#ifndef PRECIS_SRC_CLEAN_H_
#define PRECIS_SRC_CLEAN_H_

#include <cstddef>
#include <string_view>
#include <vector>

#include "language.h"
#include "load.h"
#include "precis/options.h"

namespace precis {

// A byte range [begin, end) of LoadedDocument::text.
struct TextSpan {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::size_t size() const { return end - begin; }
  bool operator==(const TextSpan& o) const { return begin == o.begin && end == o.end; }
};

struct Removal {
  TextSpan span;
  std::string_view rule;  // a static name for the rule that fired, e.g. "inline-ad"
};

struct CleanedDocument {
  // The kept paragraphs, in order, trimmed of surrounding white space and of any
  // boilerplate prefix or suffix. A paragraph is one line of the input, or several
  // when a line visibly continues on the next one.
  std::vector<TextSpan> paragraphs;
  std::vector<Removal> removed;  // what was dropped and why, in document order
};

// Cleans every document of a cluster; the cluster is needed because boilerplate shows
// itself by repeating across documents. One result per input document, in order.
// Linear in the size of the text.
std::vector<CleanedDocument> Clean(const std::vector<LoadedDocument>& documents,
                                   const Language& language, const CleanOptions& options);

}  // namespace precis

#endif  // PRECIS_SRC_CLEAN_H_
