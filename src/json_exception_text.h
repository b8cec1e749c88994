// What an nlohmann::json exception says, for a message of our own.
#ifndef PRECIS_SRC_JSON_EXCEPTION_TEXT_H_
#define PRECIS_SRC_JSON_EXCEPTION_TEXT_H_

#include <exception>
#include <string>

namespace precis {

// `e.what()` without nlohmann's "[json.exception.parse_error.101] " tag, which names the
// library's internals, not the input's problem: "parse error at line 1, column 3: ...".
inline std::string JsonExceptionText(const std::exception& e) {
  std::string message = e.what();
  const std::size_t tag_end = message.find("] ");
  if (message.rfind("[json.exception.", 0) == 0 && tag_end != std::string::npos) {
    message.erase(0, tag_end + 2);
  }
  return message;
}

}  // namespace precis

#endif  // PRECIS_SRC_JSON_EXCEPTION_TEXT_H_
