#include "precis/error.h"

#include <utility>

namespace precis {
namespace {

std::string Describe(const std::string& path, const std::string& problem) {
  return path.empty() ? problem : path + ": " + problem;
}

}  // namespace

Error::Error(ErrorCode code, std::string path, const std::string& problem)
    : std::runtime_error(Describe(path, problem)),
      code_(code),
      path_(std::move(path)),
      problem_(problem) {}

}  // namespace precis
