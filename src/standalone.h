// Whether a sentence can stand alone in a summary, away from its context.
#ifndef PRECIS_SRC_STANDALONE_H_
#define PRECIS_SRC_STANDALONE_H_

#include <string_view>

#include "language.h"

namespace precis {

// False for a sentence that a reader could not follow out of its article: one that
// starts in lower case (a fragment, or a translation slip that dropped its start), a
// question, one that ends with a colon (it announces what follows), or one that starts
// with a closing quote or bracket. `sentence` is NFC UTF-8, trimmed.
bool CanStandAlone(std::string_view sentence, const Language& language);

}  // namespace precis

#endif  // PRECIS_SRC_STANDALONE_H_
