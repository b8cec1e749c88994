#include "precis/error.h"

#include <memory>
#include <utility>

#include "named_note.h"

namespace precis {

Error::Error(ErrorCode code, std::string path, const std::string& problem)
    : std::runtime_error(NamedNote(path, problem)),
      code_(code),
      details_(std::make_shared<const Details>(Details{std::move(path), problem})) {}

}  // namespace precis
