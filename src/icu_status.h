// The one place where ICU status codes become precis::Error.
#ifndef PRECIS_SRC_ICU_STATUS_H_
#define PRECIS_SRC_ICU_STATUS_H_

#include <unicode/utypes.h>

#include "precis/error.h"

namespace precis {

// Throws Error(kInternal) naming `what` when `status` is a failure; warnings pass.
inline void CheckIcu(UErrorCode status, const char* what) {
  if (U_FAILURE(status)) {
    throw Error(ErrorCode::kInternal, "", std::string("ICU ") + what + ": " + u_errorName(status));
  }
}

}  // namespace precis

#endif  // PRECIS_SRC_ICU_STATUS_H_
