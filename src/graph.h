// Stage 6, graph: sentence similarity as a sparse weighted graph.
#ifndef PRECIS_SRC_GRAPH_H_
#define PRECIS_SRC_GRAPH_H_

#include "precis/options.h"
#include "sparse.h"
#include "weight.h"

namespace precis {

// The symmetric sentences x sentences similarity matrix: cosine of TF-IDF rows, or
// TextRank's overlap measure, with no self-loops and no edge weaker than
// options.min_similarity. Costs the number of sentence pairs that share a term.
SparseMatrix BuildSimilarityGraph(const TermMatrix& terms, const GraphOptions& options);

}  // namespace precis

#endif  // PRECIS_SRC_GRAPH_H_
