// Stage 9a, order: the chosen sentences in an order that reads well.
#ifndef PRECIS_SRC_ORDER_H_
#define PRECIS_SRC_ORDER_H_

#include <vector>

#include "precis/document.h"

namespace precis {

// Sorts by document index, then by position in the document, so that each source's
// sentences follow its own story line.
void OrderForReading(std::vector<SummarySentence>& sentences);

}  // namespace precis

#endif  // PRECIS_SRC_ORDER_H_
