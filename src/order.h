// Stage 9a, order: the chosen sentences in an order that tells the story as the sources do.
#ifndef PRECIS_SRC_ORDER_H_
#define PRECIS_SRC_ORDER_H_

#include <cstddef>
#include <vector>

#include "precis/options.h"
#include "sparse.h"

namespace precis {

// Summaries longer than this are read by source: each pair of sentences is compared, and
// such a summary (`--words 0` gives every sentence that may stand alone) is a digest of the
// sources rather than a story.
inline constexpr std::size_t kMaxStoryOrdered = 64;

// The order in which to read the chosen sentences, rows `chosen_rows` of `tfidf`: indices
// into `chosen_rows`, each once. Sentence i of the cluster is row i of `tfidf` (unit rows:
// a dot product is a cosine) and sentence positions[i] of document document_of[i]; a
// document's sentences are consecutive rows, in position order.
//
// Each document's sentences keep their order, and a run of consecutive ones (positions
// p, p + 1...) stays together, since the second may lean on the first. Between documents
// the evidence is the precedence and succession of Okazaki et al. (2004) and Bollegala et
// al. (2010), read in the two sources only: u goes before v as far as v's document tells
// u's content before v, and u's document tells v's content after u, each measured as the
// best cosine of the other sentence with that part of the document. The order is built
// greedily (Cohen, Schapire & Singer 1999): of the runs whose document's earlier chosen
// sentences are placed, the next is the one with the most evidence for going before the
// sentences left, less the evidence against. Ties go by document, then position; so does
// the whole summary past kMaxStoryOrdered sentences, or with options.by_source. On the 41
// development clusters a third article that tells two of a summary's sentences agrees
// with this order for 68% of such pairs, against 43% by document (`precis-eval order`,
// eval/README.md).
//
// Throws Error(kInternal) unless `document_of` and `positions` have one entry per row
// and every chosen row exists. Cost: O(k R t + k^3) time for k chosen sentences from
// documents of R sentences in all, of t terms each; O(k^2 + L) memory for the longest
// such document's L.
std::vector<std::size_t> OrderForReading(const std::vector<std::size_t>& chosen_rows,
                                         const SparseMatrix& tfidf,
                                         const std::vector<std::size_t>& document_of,
                                         const std::vector<std::size_t>& positions,
                                         const OrderOptions& options = {});

}  // namespace precis

#endif  // PRECIS_SRC_ORDER_H_
