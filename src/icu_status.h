// The one place where ICU status codes become precis::Error.
#ifndef PRECIS_SRC_ICU_STATUS_H_
#define PRECIS_SRC_ICU_STATUS_H_

#include <unicode/utypes.h>

#include <new>
#include <string>

#include "precis/error.h"

namespace precis {

// Throws Error(kInternal) naming `what` when `status` is a failure; warnings pass. ICU
// short of memory throws std::bad_alloc instead, as an allocation would: the stages turn
// it into an Error naming the document whose size is the likely cause, which "ICU
// document buffer: U_MEMORY_ALLOCATION_ERROR" did not.
inline void CheckIcu(UErrorCode status, const char* what) {
  if (status == U_MEMORY_ALLOCATION_ERROR) throw std::bad_alloc();
  if (U_FAILURE(status)) {
    throw Error(ErrorCode::kInternal, "", std::string("ICU ") + what + ": " + u_errorName(status));
  }
}

}  // namespace precis

#endif  // PRECIS_SRC_ICU_STATUS_H_
