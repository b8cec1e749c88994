#include "graph.h"
namespace precis {
SparseMatrix BuildSimilarityGraph(const TermMatrix& t, const GraphOptions&) {
  SparseMatrix g(t.tfidf.rows(), t.tfidf.rows()); return g;
}
}  // namespace precis
