#include "precis/error.h"

#include <utility>

#include "named_note.h"

namespace precis {

Error::Error(ErrorCode code, std::string path, const std::string& problem)
    : std::runtime_error(NamedNote(path, problem)),
      code_(code),
      path_(std::move(path)),
      problem_(problem) {}

}  // namespace precis
