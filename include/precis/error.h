// precis::Error: the one exception type the library throws.
//
//   try {
//     precis::Summary summary = precis::Summarize(documents);
//   } catch (const precis::Error& e) {
//     std::cerr << "precis: " << e.what() << '\n';   // "lang: unknown language 'de' ..."
//   }
//
// Invalid options, unreadable files, input too large to index and memory running out (an
// Error naming the document whose size is the likely cause) raise an Error. Text
// that is merely poor is not an error: bytes that are not UTF-8 are read in the encoding
// they look like or replaced by U+FFFD (LoadOptions::encoding says which), and an empty
// or binary document is skipped, each with a warning in the Summary; so is degenerate
// input (no sentence at all, a budget larger than the text), which has a defined result.
#ifndef PRECIS_ERROR_H_
#define PRECIS_ERROR_H_

#include <memory>
#include <stdexcept>
#include <string>

namespace precis {

enum class ErrorCode {
  kInvalidOptions,  // an option is out of range or unknown (a usage error for a CLI)
  kIo,              // a file or directory cannot be opened or read
  kInvalidInput,    // the input exists but cannot be used: a directory without a usable
                    // file, more text than the index types hold, a sentence given to a
                    // renderer that names no document
  kInternal,        // a library that precis relies on failed (ICU, libstemmer)
  kCancelled,       // Options::cancelled returned true: the caller stopped the call
};

class Error : public std::runtime_error {
 public:
  // `path` names the file or option at fault; it may be empty when nothing does. An
  // option is named as the command line names it ("min-words" for select.min_words,
  // "lang" for language), which is also its name in a batch line's "options".
  Error(ErrorCode code, std::string path, const std::string& problem);
  // Copied, never moved: a move would leave the details empty, and path() of an Error
  // kept after std::move(e) would read through a null pointer. A copy shares them.
  Error(const Error&) = default;
  Error& operator=(const Error&) = default;
  ~Error() override = default;

  ErrorCode code() const noexcept { return code_; }
  const std::string& path() const noexcept { return details_->path; }
  // The problem alone, without the path; what() is "path: problem", on one line (a
  // control character of the path written '?'; path() keeps it as given), or the
  // problem alone when the path is empty.
  const std::string& problem() const noexcept { return details_->problem; }

 private:
  struct Details {
    std::string path;
    std::string problem;
  };
  ErrorCode code_;
  // Shared, as std::runtime_error shares its message: copying an exception must not
  // throw (a throw while one is being thrown or caught by value ends the program).
  std::shared_ptr<const Details> details_;
};

}  // namespace precis

#endif  // PRECIS_ERROR_H_
