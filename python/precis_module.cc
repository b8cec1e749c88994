// The Python module `precis` (pybind11): the summarizer, the batch record format and the
// evaluation harness's Unicode ROUGE, for Python programs and Dask workers.
//
//   import precis
//   for s in precis.summarize([text_a, text_b], words=60):
//       print(s.document, s.text)
//   precis.rouge(summary, [reference])["ROUGE-2"].recall
//
// Every call releases the GIL while the C++ works, so Python threads summarize in
// parallel; on the main thread, a signal's handler that raises (Ctrl-C's
// KeyboardInterrupt) stops a long summary within about a second. precis::Error becomes a
// precis.Error subclass that is also the matching built-in exception (ValueError for
// options and input, OSError for files), so callers that know nothing of precis still
// catch it the usual way.
#include <pybind11/eval.h>
#include <pybind11/pybind11.h>

#include <algorithm>
#include <cerrno>
#include <cstddef>
#include <cstring>
#include <functional>
#include <memory>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

#include "batch_lines.h"
#include "batch_record.h"
#include "dataset.h"
#include "language_advice.h"
#include "named_note.h"
#include "option_advice.h"
#include "option_table.h"
#include "plural.h"
#include "precis/batch.h"
#include "precis/precis.h"
#include "rouge.h"
#include "unicode_tokenizer.h"
#include "unpack.h"

namespace py = pybind11;

namespace {

// Exception classes, created once at import and never freed: translators run until the
// interpreter ends, and the module keeps them alive anyway.
struct ErrorTypes {
  PyObject* base = nullptr;
  PyObject* invalid_options = nullptr;
  PyObject* io = nullptr;
  // By errno, FileError's subclass that is also the built-in OSError subclass the errno
  // names, so that `except FileNotFoundError` catches a missing file as it would open()'s.
  std::vector<std::pair<int, PyObject*>> io_by_errno;
  PyObject* invalid_input = nullptr;
  PyObject* internal = nullptr;
  PyObject* warning = nullptr;
};
ErrorTypes error_types;

// The errno whose text the library's message is ("No such file or directory": the
// library says strerror's words), or 0 for a message of its own.
int ErrnoOf(const std::string& problem) {
  for (int code = 1; code < 134; ++code) {
    if (problem == std::strerror(code)) return code;
  }
  return 0;
}

PyObject* TypeFor(precis::ErrorCode code) {
  switch (code) {
    case precis::ErrorCode::kInvalidOptions:
      return error_types.invalid_options;
    case precis::ErrorCode::kIo:
      return error_types.io;
    case precis::ErrorCode::kInvalidInput:
      return error_types.invalid_input;
    case precis::ErrorCode::kInternal:
    case precis::ErrorCode::kCancelled:  // only by a signal's exception, raised instead
      break;
  }
  return error_types.internal;
}

// Library text is UTF-8 by contract, but a message may quote bytes of a bad input: a
// replacement character is better than a UnicodeDecodeError hiding the real problem.
py::str Utf8(std::string_view bytes) {
  PyObject* text =
      PyUnicode_DecodeUTF8(bytes.data(), static_cast<Py_ssize_t>(bytes.size()), "replace");
  if (text == nullptr) throw py::error_already_set();
  return py::reinterpret_steal<py::str>(text);
}

// A file or document name as os.fsdecode() gives it, and os.listdir() a file's: a byte
// that does not decode is a lone surrogate ("caf\udce9.txt"), which open(), os.fsencode()
// and FsEncode turn back into the same bytes.
py::str FsDecode(std::string_view bytes) {
  PyObject* name =
      PyUnicode_DecodeFSDefaultAndSize(bytes.data(), static_cast<Py_ssize_t>(bytes.size()));
  if (name == nullptr) throw py::error_already_set();
  return py::reinterpret_steal<py::str>(name);
}

PyObject* NewException(py::module_& m, const char* name, const char* doc, py::tuple bases) {
  const std::string qualified = std::string("precis.") + name;
  PyObject* type = PyErr_NewExceptionWithDoc(qualified.c_str(), doc, bases.ptr(), nullptr);
  if (type == nullptr) throw py::error_already_set();
  m.add_object(name, py::reinterpret_borrow<py::object>(type));
  return type;
}

void RegisterErrors(py::module_& m) {
  auto borrow = [](PyObject* type) { return py::reinterpret_borrow<py::object>(type); };
  error_types.base = NewException(
      m, "Error",
      "What precis raises. `path` names the file, document or option at fault (may be\n"
      "empty); `problem` is the message without it; str(e) is \"path: problem\", or\n"
      "the problem alone when `path` is empty.",
      py::make_tuple(borrow(PyExc_Exception)));
  const py::object base = borrow(error_types.base);
  error_types.invalid_options =
      NewException(m, "InvalidOptionsError", "An option is unknown or out of range.",
                   py::make_tuple(base, borrow(PyExc_ValueError)));
  error_types.invalid_input = NewException(
      m, "InvalidInputError",
      "The input cannot be used: a folder without a usable file, more text than\n"
      "precis can index. Poor text (invalid UTF-8, an empty or binary document) is only\n"
      "a PrecisWarning.",
      py::make_tuple(base, borrow(PyExc_ValueError)));
  error_types.io = NewException(
      m, "FileError",
      "A file or directory cannot be read. An OSError: `filename` is the path, and `errno`\n"
      "and `strerror` are set when the system said why; a missing file is also a\n"
      "FileNotFoundError, a refused one a PermissionError, as open() raises them.",
      py::make_tuple(base, borrow(PyExc_OSError)));
  const py::object io = borrow(error_types.io);
  const struct {
    const char* name;
    PyObject* builtin;
    std::vector<int> codes;
  } file_errors[] = {
      {"FileNotFoundError", PyExc_FileNotFoundError, {ENOENT}},
      {"PermissionError", PyExc_PermissionError, {EACCES, EPERM}},
      {"IsADirectoryError", PyExc_IsADirectoryError, {EISDIR}},
      {"NotADirectoryError", PyExc_NotADirectoryError, {ENOTDIR}},
  };
  for (const auto& kind : file_errors) {
    PyObject* type =
        NewException(m, kind.name, "A FileError that is also the OSError its errno names.",
                     py::make_tuple(io, borrow(kind.builtin)));
    for (const int code : kind.codes) error_types.io_by_errno.emplace_back(code, type);
  }
  error_types.internal =
      NewException(m, "InternalError", "A library precis relies on (ICU, libstemmer) failed.",
                   py::make_tuple(base, borrow(PyExc_RuntimeError)));
  error_types.warning = NewException(
      m, "PrecisWarning",
      "A non-fatal problem met while summarizing (\"texts[2]: no text to summarize\").",
      py::make_tuple(borrow(PyExc_UserWarning)));

  py::register_exception_translator([](std::exception_ptr thrown) {
    try {
      if (thrown) std::rethrow_exception(thrown);
    } catch (const precis::Error& e) {
      PyObject* type = TypeFor(e.code());
      // The library names an option as the command line does ("min-words"); here it is
      // the keyword the caller wrote (min_words).
      std::string path = e.path();
      std::string problem = e.problem();
      if (e.code() == precis::ErrorCode::kInvalidOptions) {
        for (const precis::OptionEntry& entry : precis::OptionTable()) {
          if (path == entry.name) path = entry.python_name;
          // "must not exceed max-words (10)": the other option, by its keyword too.
          const std::string_view name = entry.name;
          if (name.find('-') == std::string_view::npos) continue;
          for (std::size_t at = problem.find(name); at != std::string::npos;
               at = problem.find(name, at + 1)) {
            // Not inside a quoted value: "unknown language 'max-words'" is the user's.
            if (std::count(problem.begin(), problem.begin() + static_cast<std::ptrdiff_t>(at),
                           '\'') %
                    2 ==
                0) {
              problem.replace(at, name.size(), entry.python_name);
            }
          }
        }
      }
      // Built from the parts, not from what(), whose C string a NUL in a value would cut;
      // on one line, as what() is: a path's control characters (a line break, a terminal's
      // escape) written '?'. `path` keeps them.
      const std::string message = precis::NamedNote(path, problem);
      const int system_error = e.code() == precis::ErrorCode::kIo ? ErrnoOf(problem) : 0;
      for (const auto& [code, by_errno] : error_types.io_by_errno) {
        if (code == system_error) type = by_errno;
      }
      py::object error = py::reinterpret_borrow<py::object>(type)(Utf8(message));
      // Data a program may pass back (to open(), as `names`), not text to read: the
      // message is for reading.
      error.attr("path") = FsDecode(path);
      error.attr("problem") = Utf8(problem);
      if (e.code() == precis::ErrorCode::kIo) {
        // As an OSError from open() has them; the message stays "path: problem".
        if (!path.empty()) error.attr("filename") = FsDecode(path);
        if (system_error != 0) {
          error.attr("errno") = system_error;
          error.attr("strerror") = Utf8(problem);
        }
      }
      PyErr_SetObject(type, error.ptr());
    }
  });
}

// ---------------------------------------------------------------------------------------
// Options as keyword arguments. One table names them, parses them and documents them with
// the defaults read from precis::Options, the only copy of the defaults.

// `value` as an int, as operator.index() takes one: an int, or an integer of another type
// that says so with __index__ (numpy.int64, what pandas gives for a cell); null for
// anything else, a float among them, and for a bool, refused although it is an int:
// words=True is a slip, not 1.
py::object AsInt(py::handle value) {
  if (PyBool_Check(value.ptr())) return {};
  if (PyLong_Check(value.ptr())) return py::reinterpret_borrow<py::object>(value);
  if (!PyIndex_Check(value.ptr())) return {};
  PyObject* index = PyNumber_Index(value.ptr());
  if (index == nullptr) throw py::error_already_set();
  return py::reinterpret_steal<py::object>(index);
}

// The UTF-8 of a str. A str may hold a lone surrogate ("\ud800"), which UTF-8 cannot;
// pybind11 would raise "RuntimeError: Unable to cast", which names nothing: a ValueError
// names `what`.
std::string Utf8Of(const std::string& what, py::handle str) {
  Py_ssize_t size = 0;
  const char* data = PyUnicode_AsUTF8AndSize(str.ptr(), &size);
  if (data == nullptr) {
    PyErr_Clear();
    throw py::value_error(what + " holds a lone surrogate, which UTF-8 cannot encode");
  }
  return std::string(data, static_cast<std::size_t>(size));
}

// The bytes of a document name, as os.fsencode() makes a path's: a name that read_inputs()
// or os.listdir() decoded with surrogateescape comes back as the file's own bytes.
std::string FsEncode(const std::string& what, py::handle str) {
  if (!PyUnicode_Check(str.ptr())) throw py::type_error(what + " must be a str");
  PyObject* bytes = PyUnicode_EncodeFSDefault(str.ptr());
  if (bytes == nullptr) {
    PyErr_Clear();
    throw py::value_error(what + " holds a lone surrogate that os.fsencode() cannot encode");
  }
  return std::string(py::reinterpret_steal<py::bytes>(bytes));
}

std::size_t ToCount(const char* name, py::handle value) {
  const py::object number = AsInt(value);
  if (!number) throw py::type_error(std::string(name) + " must be an int");
  int overflow = 0;
  const long long count = PyLong_AsLongLongAndOverflow(number.ptr(), &overflow);
  if (overflow != 0) {
    throw precis::Error(precis::ErrorCode::kInvalidOptions, name,
                        overflow > 0 ? "too large" : "must be 0 or more");
  }
  // An option out of range, as the library's own checks raise it (InvalidOptionsError).
  if (count < 0) {
    throw precis::Error(precis::ErrorCode::kInvalidOptions, name,
                        "must be 0 or more, not " + std::to_string(count));
  }
  return static_cast<std::size_t>(count);
}

double ToReal(const char* name, py::handle value) {
  const py::object number =
      PyFloat_Check(value.ptr()) ? py::reinterpret_borrow<py::object>(value) : AsInt(value);
  if (!number) throw py::type_error(std::string(name) + " must be a number");
  const double real = PyFloat_AsDouble(number.ptr());
  if (real == -1.0 && PyErr_Occurred()) {  // an int past a double's range: 10**400
    PyErr_Clear();
    throw precis::Error(precis::ErrorCode::kInvalidOptions, name, "too large");
  }
  return real;
}

bool ToBool(const char* name, py::handle value) {
  if (!PyBool_Check(value.ptr())) throw py::type_error(std::string(name) + " must be a bool");
  return value.ptr() == Py_True;
}

std::string ToString(const char* name, py::handle value) {
  if (!PyUnicode_Check(value.ptr())) throw py::type_error(std::string(name) + " must be a str");
  return Utf8Of(name, value);
}

struct KeywordOption {
  std::string name;
  std::string help;
  std::function<void(py::handle, precis::Options&)> set;
  // Reads the option's value; the table reaches fields through a mutable Options.
  std::function<std::string(precis::Options&)> show;
};

std::string ShowReal(double value) {
  std::ostringstream out;
  out << value;
  return out.str();
}

std::string ShowBool(bool value) { return value ? "True" : "False"; }

// Sets and shows one field of src/option_table.h's entries, by the field's type. A switch
// that clears its field on the command line (--no-stem) is the field itself here
// (stem=False).
struct FieldIo {
  const char* name;
  void Set(py::handle v, std::size_t* field) const { *field = ToCount(name, v); }
  void Set(py::handle v, double* field) const { *field = ToReal(name, v); }
  void Set(py::handle v, bool* field) const { *field = ToBool(name, v); }
  void Set(py::handle v, std::string* field) const { *field = ToString(name, v); }
  void Set(py::handle v, precis::Similarity* field) const {
    *field = precis::ParseSimilarity(ToString(name, v));
  }
  static std::string Show(const std::size_t* field) { return std::to_string(*field); }
  static std::string Show(const double* field) { return ShowReal(*field); }
  static std::string Show(const bool* field) { return ShowBool(*field); }
  static std::string Show(const std::string* field) { return "\"" + *field + "\""; }
  static std::string Show(const precis::Similarity* field) {
    return "\"" + std::string(precis::SimilarityName(*field)) + "\"";
  }
};

// The keyword arguments: every option of the table that is not about reading files, in
// --help's order, then the number of threads, which the command line takes as its own.
const std::vector<KeywordOption>& KeywordOptions() {
  static const std::vector<KeywordOption> options = [] {
    std::vector<KeywordOption> list;
    for (const precis::OptionEntry& entry : precis::OptionTable()) {
      const auto field = entry.field;
      const char* name = entry.python_name;
      // The one files-only option, --encoding, is about bytes: a str is Unicode already.
      const char* help = entry.files_only ? "encoding of every bytes text (windows-1252, "
                                            "ISO-8859-15, UTF-16LE...); default: detect it "
                                            "per text; not with a str text, decoded already"
                         : entry.clears   ? entry.field_help
                                          : entry.help;
      list.push_back({name, help,
                      [field, name](py::handle v, precis::Options& o) {
                        std::visit([&](auto* f) { FieldIo{name}.Set(v, f); }, field(o));
                      },
                      [field](precis::Options& o) {
                        return std::visit([](auto* f) { return FieldIo::Show(f); }, field(o));
                      }});
    }
    list.push_back({"threads", "worker threads for one call (0: one per core); same result whatever",
                    [](py::handle v, precis::Options& o) { o.threads = ToCount("threads", v); },
                    [](precis::Options& o) { return std::to_string(o.threads); }});
    return list;
  }();
  return options;
}

// `bytes_options`: with `encoding`, which only reads bytes (a batch line is text).
std::string OptionsHelp(bool bytes_options) {
  precis::Options defaults;
  std::string help = "Options (keyword only; defaults are the C++ library's):\n";
  for (const KeywordOption& option : KeywordOptions()) {
    if (!bytes_options && option.name == "encoding") continue;
    help += "    " + option.name + "=" + option.show(defaults) + ": " + option.help + "\n";
  }
  return help;
}

// Applies `options` (the call's keyword arguments, minus those the function takes
// itself) to the library defaults. An unknown name is a TypeError, as for any Python call.
precis::Options ParseOptions(const char* function, const py::kwargs& options) {
  precis::Options parsed;
  for (const auto& [key, value] : options) {
    const std::string name = Utf8Of("a keyword argument's name", key);
    bool known = false;
    for (const KeywordOption& option : KeywordOptions()) {
      if (name == option.name) {
        option.set(value, parsed);
        known = true;
        break;
      }
    }
    if (!known) {
      throw py::type_error(std::string(function) + "() got an unexpected keyword argument '" +
                           name + "'");
    }
  }
  return parsed;
}

// ---------------------------------------------------------------------------------------

// `encoded`: an encoding was given, which only bytes can be in; a str is decoded already,
// and its UTF-8 read as, say, ISO-8859-15 would come out garbled.
std::vector<precis::Document> ToDocuments(py::handle texts, py::handle names, bool encoded) {
  if (PyUnicode_Check(texts.ptr()) || PyBytes_Check(texts.ptr()) ||
      !PySequence_Check(texts.ptr())) {
    throw py::type_error("texts must be a list of str or bytes (one per document), not " +
                         std::string(py::str(texts.get_type().attr("__name__"))));
  }
  const py::sequence items = py::reinterpret_borrow<py::sequence>(texts);
  std::vector<precis::Document> documents(items.size());
  for (std::size_t i = 0; i < documents.size(); ++i) {
    const py::object text = items[i];
    // bytes are a file's contents, read as precis reads a file: in whatever encoding,
    // or a PDF, DOCX, ODT, DOC or RTF document.
    if (PyBytes_Check(text.ptr())) {
      documents[i].text = std::string(py::reinterpret_borrow<py::bytes>(text));
    } else if (PyUnicode_Check(text.ptr())) {
      if (encoded) {
        throw precis::Error(precis::ErrorCode::kInvalidOptions, "encoding",
                            "applies to bytes texts, and texts[" + std::to_string(i) +
                                "] is a str, decoded already");
      }
      documents[i].text = Utf8Of("texts[" + std::to_string(i) + "]", text);
      documents[i].unicode = true;  // never re-read as bytes of some encoding or format
    } else {
      throw py::type_error("texts[" + std::to_string(i) + "] must be a str or bytes");
    }
    documents[i].name = "texts[" + std::to_string(i) + "]";
  }
  if (!names.is_none()) {
    if (PyUnicode_Check(names.ptr()) || !PySequence_Check(names.ptr())) {
      throw py::type_error("names must be a list of str");
    }
    const py::sequence given = py::reinterpret_borrow<py::sequence>(names);
    if (given.size() != documents.size()) {
      throw py::value_error("names has " + std::to_string(given.size()) + " items for " +
                            std::to_string(documents.size()) + " texts");
    }
    for (std::size_t i = 0; i < documents.size(); ++i) {
      // An empty name names nothing: a warning about that text would not say which it is.
      std::string name = FsEncode("names[" + std::to_string(i) + "]", given[i]);
      if (!name.empty()) documents[i].name = std::move(name);
    }
  }
  return documents;
}

// The texts' names, which WithKeywords leaves as they are where a warning opens on one.
std::vector<std::string> NamesOf(const std::vector<precis::Document>& documents) {
  std::vector<std::string> names;
  for (const precis::Document& document : documents) names.push_back(document.name);
  return names;
}

// What OpenCompressed did to the texts: its warnings, issued before the call's, and the
// names of the texts it left empty.
struct OpenedTexts {
  std::vector<std::string> warnings;
  std::vector<std::string> emptied;

  // The call's `warnings` after these, without the "no text to summarize" of a text left
  // empty here, whose own warning said why.
  std::vector<std::string> Before(std::vector<std::string> call_warnings) const {
    for (const std::string& name : emptied) {
      const auto said = std::find(call_warnings.begin(), call_warnings.end(),
                                  precis::NamedNote(name, "no text to summarize"));
      if (said != call_warnings.end()) call_warnings.erase(said);
    }
    std::vector<std::string> all = warnings;
    all.insert(all.end(), call_warnings.begin(), call_warnings.end());
    return all;
  }
};

// Bytes as the command line reads a file (precis::ReadInputs): a gzip, bzip2, xz or zstd
// file that holds one document is that document, decompressed under the same limit
// against bombs (unpack.h); before, the summarizer skipped it as binary. An archive of
// files (ZIP, 7z, RAR, tar, .tar.gz...) is not opened: a text is one document, which
// results name by its index; read_inputs() reads each of its files as a document. Such
// a text, and a compressed one that is damaged or too large, is left empty with a
// warning saying why. Call without the GIL: decompressing may take seconds.
OpenedTexts OpenCompressed(std::vector<precis::Document>* documents) {
  OpenedTexts opened;
  for (precis::Document& document : *documents) {
    if (document.unicode) continue;
    precis::Unpacked unpacked = precis::Unpack(document.name, document.text);
    if (!unpacked.archive) continue;
    // A compressed file's one member keeps the file's name; an archive's are "NAME/path".
    if (unpacked.members.size() == 1 && unpacked.members[0].name == document.name) {
      document.text = std::move(unpacked.members[0].text);
      for (std::string& warning : unpacked.warnings) opened.warnings.push_back(std::move(warning));
      continue;
    }
    if (unpacked.members.empty()) {
      for (std::string& warning : unpacked.warnings) opened.warnings.push_back(std::move(warning));
    } else {
      opened.warnings.push_back(precis::NamedNote(
          document.name, "an archive of " + precis::CountOf(unpacked.members.size(), "file") +
                             ", skipped: read_inputs() reads each file in it as a document"));
    }
    document.text.clear();
    opened.emptied.push_back(document.name);
  }
  return opened;
}

// Runs `work` without the GIL and returns what it returns. Not py::gil_scoped_release: at
// interpreter exit, a daemon thread that takes the GIL back is ended by pthread_exit, and
// its unwinding through that class's destructor, which is noexcept, aborted the process.
template <typename Work>
auto WithoutGil(Work work) -> decltype(work()) {
  PyThreadState* const state = PyEval_SaveThread();
  std::optional<decltype(work())> result;
  try {
    result.emplace(work());
  } catch (...) {
    PyEval_RestoreThread(state);
    throw;
  }
  // Outside the try: the unwinding pthread_exit may start here must not be caught.
  PyEval_RestoreThread(state);
  return std::move(*result);
}

// Runs `work(options)` without the GIL, as WithoutGil, but stoppable by a signal: on the
// main thread, the only one where Python runs signal handlers, the end of each stage
// takes the GIL back to run those of the signals that came; one that raises
// (KeyboardInterrupt for Ctrl-C, a signal.alarm handler's exception) stops the call, and
// its exception is what the call raises. Elsewhere, the call runs to its end.
template <typename Work>
auto Interruptibly(precis::Options options, Work work) -> decltype(work(options)) {
  py::object type, value, traceback;  // what a handler raised
  const py::module_ threading = py::module_::import("threading");
  if (threading.attr("current_thread")().is(threading.attr("main_thread")())) {
    options.cancelled = [&] {
      const PyGILState_STATE gil = PyGILState_Ensure();
      const bool raised = PyErr_CheckSignals() != 0;
      if (raised) {
        PyObject* fetched[3];
        PyErr_Fetch(&fetched[0], &fetched[1], &fetched[2]);
        type = py::reinterpret_steal<py::object>(fetched[0]);
        value = py::reinterpret_steal<py::object>(fetched[1]);
        traceback = py::reinterpret_steal<py::object>(fetched[2]);
      }
      PyGILState_Release(gil);
      return raised;
    };
  }
  try {
    return WithoutGil([&] { return work(options); });
  } catch (const precis::Error& e) {
    if (e.code() != precis::ErrorCode::kCancelled || !type) throw;
    PyErr_Restore(type.release().ptr(), value.release().ptr(), traceback.release().ptr());
    throw py::error_already_set();
  }
}

// Non-fatal problems reach Python as precis.PrecisWarning, one each. A warning may name a
// file whose name is not UTF-8 ("caf\xe9.png: binary file"): it reads with U+FFFD, as the
// command line prints it, where PyErr_WarnEx would raise UnicodeDecodeError.
//
// Every public function is a Python wrapper (_by_name below) around its C++ one: stack
// level 1 would be that wrapper's line, the same for every call, and Python's default
// filter would show a warning once for all the caller's lines; 2 is the caller's line.
constexpr int kCallerStackLevel = 2;

void Warn(const std::vector<std::string>& warnings, const std::vector<std::string>& names = {}) {
  for (const std::string& warning : warnings) {
    // The language's advice as Python takes it: lang="en", not --lang en.
    const std::string text = Utf8(precis::WithKeywords(
        precis::ReworkedLanguageAdvice(warning, "lang=\"", "\""), names, precis::kPythonKeywords));
    if (PyErr_WarnEx(error_types.warning, text.c_str(), kCallerStackLevel) != 0) {
      throw py::error_already_set();
    }
  }
}

py::list Summarize(py::handle texts, py::handle names, const py::kwargs& kwargs) {
  const precis::Options options = ParseOptions("summarize", kwargs);
  std::vector<precis::Document> documents =
      ToDocuments(texts, names, !options.load.encoding.empty());
  OpenedTexts opened;
  precis::Summary summary = Interruptibly(options, [&](const precis::Options& o) {
    opened = OpenCompressed(&documents);
    return precis::Summarize(documents, o);
  });
  Warn(opened.Before(std::move(summary.warnings)), NamesOf(documents));
  py::list sentences;
  for (precis::SummarySentence& sentence : summary.sentences) {
    sentences.append(py::cast(std::move(sentence)));
  }
  return sentences;
}

py::list Segment(py::handle texts, py::handle names, const py::kwargs& kwargs) {
  const precis::Options options = ParseOptions("segment", kwargs);
  std::vector<precis::Document> documents =
      ToDocuments(texts, names, !options.load.encoding.empty());
  std::vector<std::string> warnings;
  OpenedTexts opened;
  std::vector<precis::Sentence> found = Interruptibly(options, [&](const precis::Options& o) {
    opened = OpenCompressed(&documents);
    return precis::Segment(documents, o, &warnings);
  });
  Warn(opened.Before(std::move(warnings)), NamesOf(documents));
  py::list sentences;
  for (precis::Sentence& sentence : found) sentences.append(py::cast(std::move(sentence)));
  return sentences;
}

// precis::Explain for the Python call `function` (named in option errors), its warnings
// issued.
precis::Explanation RunExplain(const char* function, py::handle texts, py::handle names,
                               const py::kwargs& kwargs) {
  const precis::Options options = ParseOptions(function, kwargs);
  std::vector<precis::Document> documents =
      ToDocuments(texts, names, !options.load.encoding.empty());
  OpenedTexts opened;
  precis::Explanation explanation = Interruptibly(options, [&](const precis::Options& o) {
    opened = OpenCompressed(&documents);
    return precis::Explain(documents, o);
  });
  const std::vector<std::string> document_names = NamesOf(documents);
  Warn(opened.Before(std::move(explanation.summary.warnings)), document_names);
  // Reasons name the keywords Python takes, as the warnings do: "under min_words=6".
  for (precis::ExplainedSentence& s : explanation.sentences) {
    s.reason = precis::WithKeywords(std::move(s.reason), document_names, precis::kPythonKeywords);
  }
  for (precis::RemovedText& r : explanation.removed) {
    r.reason = precis::WithKeywords(std::move(r.reason), document_names, precis::kPythonKeywords);
  }
  return explanation;
}

py::list Explain(py::handle texts, py::handle names, const py::kwargs& kwargs) {
  precis::Explanation explanation = RunExplain("explain", texts, names, kwargs);
  py::list sentences;
  for (precis::ExplainedSentence& sentence : explanation.sentences) {
    sentences.append(py::cast(std::move(sentence)));
  }
  return sentences;
}

py::list Removed(py::handle texts, py::handle names, const py::kwargs& kwargs) {
  precis::Explanation explanation = RunExplain("removed", texts, names, kwargs);
  py::list removed;
  for (precis::RemovedText& r : explanation.removed) removed.append(py::cast(std::move(r)));
  return removed;
}

// Registers `name(texts, names=None, **options)`, the form of every call on a cluster:
// its docstring is `doc`, then the table of the options.
void DefClusterCall(py::module_& m, const char* name,
                    py::list (*function)(py::handle, py::handle, const py::kwargs&),
                    const std::string& options_help, const std::string& doc) {
  m.def(name, function, py::arg("texts"), py::arg("names") = py::none(),
        (doc + options_help).c_str());
}

// The verdict's name as the command line writes it, back to the enum (for unpickling).
precis::Verdict ParseVerdict(const std::string& name) {
  for (const precis::Verdict v :
       {precis::Verdict::kChosen, precis::Verdict::kHeadline, precis::Verdict::kCannotStandAlone,
        precis::Verdict::kTooShort, precis::Verdict::kTooLong, precis::Verdict::kUnrelated,
        precis::Verdict::kNearDuplicate, precis::Verdict::kNoRoom}) {
    if (name == precis::VerdictName(v)) return v;
  }
  throw py::value_error("unknown verdict '" + name + "'");
}

// A count argument (threads, n, line_number), checked as an option is: a negative one is
// an InvalidOptionsError naming it, not pybind11's "incompatible function arguments"
// with the whole input quoted.
std::size_t CountArgument(const char* name, py::handle value, long minimum = 0) {
  const py::object integer = AsInt(value);
  if (!integer) {
    throw py::type_error(std::string(name) + " must be an int, not " +
                         std::string(py::str(value.get_type().attr("__name__"))));
  }
  const py::int_ number = py::reinterpret_borrow<py::int_>(integer);
  if (number < py::int_(minimum)) {
    throw precis::Error(precis::ErrorCode::kInvalidOptions, name,
                        "must be " + std::to_string(minimum) + " or more, not " +
                            py::str(static_cast<py::handle>(number)).cast<std::string>());
  }
  // Past size_t, as a too large option is (pybind11's cast would raise "Unable to cast").
  const std::size_t count = PyLong_AsSize_t(number.ptr());
  if (count == static_cast<std::size_t>(-1) && PyErr_Occurred() != nullptr) {
    PyErr_Clear();
    throw precis::Error(precis::ErrorCode::kInvalidOptions, name, "too large");
  }
  return count;
}

py::tuple ReadInputs(py::handle paths, py::handle threads_argument) {
  const std::size_t threads = CountArgument("threads", threads_argument);
  // A file name is bytes: os.fsencode gives back those that Python decoded with
  // surrogateescape ("\udcff" for a byte that is not UTF-8), as open() would.
  const py::object fsencode = py::module_::import("os").attr("fsencode");
  const auto path_bytes = [&](py::handle path) {
    return std::string(py::reinterpret_borrow<py::bytes>(fsencode(path)));
  };
  std::vector<std::string> inputs;
  if (PyUnicode_Check(paths.ptr()) || PyBytes_Check(paths.ptr()) ||
      !PySequence_Check(paths.ptr())) {
    inputs.push_back(path_bytes(paths));  // one path
  } else {
    for (const py::handle path : py::reinterpret_borrow<py::sequence>(paths)) {
      inputs.push_back(path_bytes(path));
    }
  }
  const precis::Inputs read = WithoutGil([&] { return precis::ReadInputs(inputs, threads); });
  Warn(read.warnings);
  py::list names;
  py::list texts;
  for (const precis::Document& d : read.documents) {
    names.append(FsDecode(d.name));
    texts.append(py::bytes(d.text));
  }
  return py::make_tuple(names, texts);
}

py::object SummarizeBatchLine(py::handle line, std::size_t line_number, const py::kwargs& kwargs) {
  // `explain` is the batch's own default, not a summarizer option.
  py::kwargs options;
  bool explain = false;
  for (const auto& [key, value] : kwargs) {
    const std::string name = Utf8Of("a keyword argument's name", key);
    // A JSON line is text, decoded already, as is every document in it.
    if (name == "encoding") {
      throw py::type_error(
          "summarize_batch_line() got an unexpected keyword argument 'encoding' (a JSON "
          "line is text, its documents too)");
    }
    if (name != "explain") {
      options[key] = value;
    } else if (PyBool_Check(value.ptr())) {
      explain = value.cast<bool>();
    } else {
      throw py::type_error("summarize_batch_line() argument 'explain' must be a bool, not " +
                           std::string(py::str(value.get_type().attr("__name__"))));
    }
  }
  const precis::Options defaults = ParseOptions("summarize_batch_line", options);
  // Bad defaults are the caller's mistake, raised once, not an error record on every line
  // (precis batch exits 2 for them).
  defaults.Validate();
  const bool bytes = PyBytes_Check(line.ptr());
  if (!bytes && !PyUnicode_Check(line.ptr())) {
    throw py::type_error("line must be a str or bytes");
  }
  const std::string input =
      bytes ? std::string(py::reinterpret_borrow<py::bytes>(line)) : Utf8Of("line", line);
  const std::string record = Interruptibly(defaults, [&](const precis::Options& o) {
    return precis::SummarizeBatchLine(input, line_number, o, explain);
  });
  if (bytes) return py::bytes(record);
  return Utf8(record);
}

// The lines of one JSON Lines input, cut and decoded as `precis batch` reads them (a
// UTF-16 or UTF-32 file, with a byte order mark as PowerShell writes it or without, is
// UTF-8 here), for python/precis_dask.py, which must write the same records: each
// iteration is a line's bytes, or None for a line past the batch's limit, whose record
// _overlong_line_record gives.
class BatchLines {
 public:
  explicit BatchLines(const std::string& path)
      : path_(path),
        input_(std::make_unique<precis::BatchInput>(path)),
        reader_(
            std::make_unique<precis::BatchLineReader>(input_->fd(), precis::kMaxBatchLineBytes)) {}

  py::object Next() {
    // A pipe may keep the reader waiting: the GIL is not held meanwhile, and Ctrl-C stops
    // the wait, as it stops Python's own reads (and did the runner's, before it read
    // through here).
    std::optional<precis::BatchLine> line =
        Interruptibly(precis::Options(),
                      [&](const precis::Options& o) { return reader_->Next(path_, o.cancelled); });
    if (!line) throw py::stop_iteration();
    if (line->overlong) return py::none();
    return py::bytes(line->text);
  }

 private:
  std::string path_;
  std::unique_ptr<precis::BatchInput> input_;
  std::unique_ptr<precis::BatchLineReader> reader_;
};

void CheckOptions(const py::kwargs& kwargs) { ParseOptions("check_options", kwargs).Validate(); }

// ---------------------------------------------------------------------------------------
// ROUGE in the evaluation harness's Unicode mode.

namespace eval = precis::eval;

struct RougeArgs {
  eval::UnicodeTokenizerOptions tokenizer;
  eval::RougeOptions rouge;
};

// rouge()'s and rouge_n()'s keywords, checked as the summarizer's options are (ToBool...):
// pybind11's bool and float arguments took any truth value, and stem=None, a setting left
// unset in a configuration, turned stemming off without a word, and alpha=True was 1.0.
RougeArgs MakeRougeArgs(py::handle lang, py::handle stem, py::handle remove_stopwords,
                        py::handle fold_accents, py::handle best, py::handle jackknife,
                        py::handle alpha_argument) {
  RougeArgs args;
  args.tokenizer.language = ToString("lang", lang);
  args.tokenizer.stem = ToBool("stem", stem);
  args.tokenizer.remove_stopwords = ToBool("remove_stopwords", remove_stopwords);
  args.tokenizer.fold_accents = ToBool("fold_accents", fold_accents);
  args.rouge.multi_reference =
      ToBool("best", best) ? eval::MultiReference::kBest : eval::MultiReference::kAverage;
  args.rouge.jackknife = ToBool("jackknife", jackknife);
  const double alpha = ToReal("alpha", alpha_argument);
  if (!(alpha >= 0.0 && alpha <= 1.0)) {
    throw precis::Error(precis::ErrorCode::kInvalidOptions, "alpha", "must be in [0, 1]");
  }
  args.rouge.alpha = alpha;
  return args;
}

std::vector<std::string> ToReferences(py::handle references) {
  std::vector<std::string> texts;
  std::vector<std::string> names;
  if (PyUnicode_Check(references.ptr())) {
    texts.push_back(Utf8Of("references", references));
    names.emplace_back("references");
  } else if (!PySequence_Check(references.ptr()) || PyBytes_Check(references.ptr())) {
    throw py::type_error("references must be a str or a list of str");
  } else {
    for (const py::handle reference : py::reinterpret_borrow<py::sequence>(references)) {
      names.push_back("references[" + std::to_string(texts.size()) + "]");
      texts.push_back(ToString(names.back().c_str(), reference));
    }
  }
  // As precis-eval reads refs/: a reference without a word would count as a reference
  // that the summary missed entirely, and pull precision and F down without a word.
  std::vector<std::string> usable;
  std::vector<std::string> warnings;
  for (std::size_t i = 0; i < texts.size(); ++i) {
    if (const std::string problem = eval::UnusableReference(texts[i]); !problem.empty()) {
      warnings.push_back(precis::NamedNote(names[i], problem));
    } else {
      usable.push_back(std::move(texts[i]));
    }
  }
  Warn(warnings);
  if (usable.empty()) {
    throw precis::Error(precis::ErrorCode::kInvalidInput, "references",
                        texts.empty() ? "none given" : "no reference summary holds a word");
  }
  return usable;
}

// The summary rouge() scores: a str, as the references are.
std::string ToSummary(py::handle summary) {
  if (!PyUnicode_Check(summary.ptr())) throw py::type_error("summary must be a str");
  return Utf8Of("summary", summary);
}

struct Tokenized {
  eval::TokenizedText summary;
  std::vector<eval::TokenizedText> references;
};

// Call without the GIL.
Tokenized Tokenize(const std::string& summary, const std::vector<std::string>& references,
                   const eval::UnicodeTokenizerOptions& options) {
  eval::UnicodeTokenizer tokenizer(options);
  Tokenized tokenized;
  tokenized.summary = tokenizer.Tokenize(summary);
  for (const std::string& reference : references) {
    tokenized.references.push_back(tokenizer.Tokenize(reference));
  }
  return tokenized;
}

py::dict Rouge(const py::object& summary_text, py::handle references, py::handle lang,
               py::handle stem, py::handle remove_stopwords, py::handle fold_accents,
               py::handle best, py::handle jackknife, py::handle alpha) {
  const RougeArgs args =
      MakeRougeArgs(lang, stem, remove_stopwords, fold_accents, best, jackknife, alpha);
  const std::string summary = ToSummary(summary_text);
  const std::vector<std::string> texts = ToReferences(references);
  const eval::RougeScores scores = WithoutGil([&] {
    const Tokenized tokenized = Tokenize(summary, texts, args.tokenizer);
    return eval::Score(tokenized.summary, tokenized.references, args.rouge);
  });
  py::dict result;
  for (const eval::Measure measure : eval::kAllMeasures) {
    result[py::str(eval::MeasureName(measure))] = py::cast(scores[measure]);
  }
  return result;
}

eval::Prf RougeN(const py::object& summary_text, py::handle references, py::handle n_argument,
                 py::handle lang, py::handle stem, py::handle remove_stopwords,
                 py::handle fold_accents, py::handle best, py::handle jackknife, py::handle alpha) {
  const std::size_t n = CountArgument("n", n_argument, 1);
  const RougeArgs args =
      MakeRougeArgs(lang, stem, remove_stopwords, fold_accents, best, jackknife, alpha);
  const std::string summary = ToSummary(summary_text);
  const std::vector<std::string> texts = ToReferences(references);
  return WithoutGil([&] {
    const Tokenized tokenized = Tokenize(summary, texts, args.tokenizer);
    return eval::ScoreRougeN(tokenized.summary, tokenized.references, n, args.rouge);
  });
}

std::string ShowPrf(const eval::Prf& prf) {
  std::ostringstream out;
  out << "Score(recall=" << prf.recall << ", precision=" << prf.precision << ", f=" << prf.f << ")";
  return out.str();
}

const char* kRougeDoc = R"(
Scores `summary` against `references` (a str or a list of str) with ROUGE (Lin 2004),
counted as ROUGE-1.5.5 counts, on the evaluation harness's Unicode tokens: a token is a
run of letters or digits, NFC-normalized and case-folded ("L’Élysée" -> "l", "élysée"),
each line a sentence (only ROUGE-L sees sentences).

    lang: "fr" or "en", for stems and stopwords
    stem: Snowball stems of the language (default True)
    remove_stopwords: drop the language's function words (default False)
    fold_accents: "é" counts as "e" (default False)
    best: with several references, keep the one with the best recall (ROUGE-1.5.5's -f B)
          instead of pooling them (-f A, the default)
    jackknife: average over the subsets of all references but one
    alpha: F = 1 / (alpha / P + (1 - alpha) / R) (default 0.5)

Each keyword must be of its type (stem=None is a TypeError, as for summarize()).
An empty summary scores 0. A reference without a letter or digit is left out, with a
precis.PrecisWarning ("references[1]: empty reference summary, skipped"), as precis-eval
leaves it out. Raises precis.InvalidOptionsError (a ValueError) for an unknown language,
precis.InvalidInputError (a ValueError) when no reference holds a word. The GIL is released while scoring.)";

}  // namespace

// Builds, at import, every table the library makes on first use (clean's regex sets,
// the stemmers and stopwords, libxml2's parser, the language guesser): a process that
// forks while another thread builds one, as a multiprocessing pool started after a first
// call in a thread does, leaves the child waiting forever on that table's guard.
void BuildTablesBeforeAnyFork() {
  const std::vector<precis::Document> documents = {
      {"page.html",
       "<html><body><h1>Poutine à Pyongyang</h1><p>Le président russe est arrivé mardi à "
       "Pyongyang, a indiqué l’agence KCNA. The Russian president arrived on Tuesday, the "
       "agency said.</p></body></html>"},
      {"note.md", "# Sommet\n\nLes deux dirigeants ont signé un accord mercredi, selon Séoul."},
  };
  for (const char* language : {"fr", "en", "auto"}) {
    precis::Options options;
    options.language = language;
    options.threads = 1;
    precis::Explain(documents, options);
  }
  for (const char* language : {"fr", "en"}) {
    precis::eval::UnicodeTokenizerOptions tokenizer;
    tokenizer.language = language;
    precis::eval::UnicodeTokenizer(tokenizer).Tokenize("Le président est arrivé.");
  }
}

PYBIND11_MODULE(precis, m) {
  m.doc() = R"(precis: extractive multi-document summarization of news, French first.

    import precis
    for s in precis.summarize([text_a, text_b], words=60):
        print(s.document, s.text)

summarize() chooses a cluster's best sentences, among those segment() lists;
read_inputs() reads files, folders and archives as the command line does;
summarize_batch_line() turns one JSON line of a batch file into the record `precis batch`
writes; rouge() and rouge_n() score a summary against references. Errors are
precis.Error subclasses that are also ValueError (options, input), OSError (files) or
RuntimeError (internal); an argument of the wrong type is a TypeError, and `names` not
matching `texts` a ValueError, as Python's own calls raise.)";
  // Each docstring starts with its own signature line, more telling than pybind11's
  // "texts: handle, **kwargs".
  py::options options;
  options.disable_function_signatures();
  m.attr("__version__") = precis::kVersion;
  RegisterErrors(m);

  // A summary's Sentence is a SourceSentence with a score and a rank, as in C++.
  py::class_<precis::Sentence>(m, "SourceSentence",
                               "A sentence of a text, as segment() found it and its source "
                               "wrote it.")
      .def_property_readonly(
          "text", [](const precis::Sentence& s) { return Utf8(s.text); },
          "the sentence, verbatim from the text precis read: a substring of its str,\n"
          "unless that is an HTML page or Markdown read as what a reader sees (markup=True)")
      .def_readonly("document", &precis::Sentence::document, "index of its text in `texts`")
      .def_readonly("position", &precis::Sentence::position,
                    "index of the sentence in its text, after cleaning")
      .def_readonly("paragraph", &precis::Sentence::paragraph,
                    "index of its paragraph in its text, after cleaning: sentences that share "
                    "one were written together")
      .def_readonly("headline", &precis::Sentence::headline,
                    "words without final punctuation: a title, a heading, or the end of a "
                    "paragraph that lacks it (chosen only with include_headlines)")
      .def("__repr__",
           [](const precis::Sentence& s) {
             return py::str(
                        "SourceSentence(document={}, paragraph={}, position={}, headline={}, "
                        "text={!r})")
                 .format(s.document, s.paragraph, s.position, s.headline, Utf8(s.text));
           })
      .def(py::pickle(
          [](const precis::Sentence& s) {
            return py::make_tuple(py::bytes(s.text), s.document, s.position, s.headline,
                                  s.paragraph);
          },
          [](const py::tuple& state) {
            precis::Sentence s;
            s.text = state[0].cast<std::string>();
            s.document = state[1].cast<std::size_t>();
            s.position = state[2].cast<std::size_t>();
            s.headline = state[3].cast<bool>();
            s.paragraph = state[4].cast<std::size_t>();
            return s;
          }));

  py::class_<precis::SummarySentence, precis::Sentence>(
      m, "Sentence", "A sentence chosen for a summary, as its source wrote it.")
      .def_readonly("score", &precis::SummarySentence::score,
                    "centrality (PageRank); the scores of all the cluster's sentences sum to 1")
      .def_readonly("rank", &precis::SummarySentence::rank,
                    "0 for the sentence chosen first, 1 for the next, ...")
      .def("__repr__",
           [](const precis::SummarySentence& s) {
             return py::str(
                        "Sentence(document={}, paragraph={}, position={}, rank={}, score={:.6f}, "
                        "text={!r})")
                 .format(s.document, s.paragraph, s.position, s.rank, s.score, Utf8(s.text));
           })
      // Picklable, so that Dask or multiprocessing can return sentences from a worker.
      .def(py::pickle(
          [](const precis::SummarySentence& s) {
            return py::make_tuple(py::bytes(s.text), s.document, s.position, s.headline, s.score,
                                  s.rank, s.paragraph);
          },
          [](const py::tuple& state) {
            precis::SummarySentence s;
            s.text = state[0].cast<std::string>();
            s.document = state[1].cast<std::size_t>();
            s.position = state[2].cast<std::size_t>();
            s.headline = state[3].cast<bool>();
            s.score = state[4].cast<double>();
            s.rank = state[5].cast<std::size_t>();
            s.paragraph = state[6].cast<std::size_t>();
            return s;
          }));

  py::class_<eval::Prf>(m, "Score", "ROUGE recall, precision and F-measure, each in [0, 1].")
      .def_readonly("recall", &eval::Prf::recall)
      .def_readonly("precision", &eval::Prf::precision)
      .def_readonly("f", &eval::Prf::f)
      .def("__repr__", &ShowPrf)
      .def(py::pickle(
          [](const eval::Prf& prf) { return py::make_tuple(prf.recall, prf.precision, prf.f); },
          [](const py::tuple& state) {
            return eval::Prf{state[0].cast<double>(), state[1].cast<double>(),
                             state[2].cast<double>()};
          }));

  py::class_<precis::ExplainedSentence, precis::Sentence>(
      m, "ExplainedSentence",
      "A sentence of a text, as segment() found it, with what the summary made of it.")
      .def_readonly("score", &precis::ExplainedSentence::score,
                    "centrality (PageRank), as Sentence.score")
      .def_property_readonly(
          "verdict",
          [](const precis::ExplainedSentence& s) { return precis::VerdictName(s.verdict); },
          "\"chosen\", or the first test it failed: \"headline\", \"cannot-stand-alone\", "
          "\"too-short\", \"too-long\", \"unrelated\", \"near-duplicate\", \"no-room\"")
      .def_property_readonly(
          "reason", [](const precis::ExplainedSentence& s) { return Utf8(s.reason); },
          "the verdict in words, naming the option that would change it (\"a question\", "
          "\"5 words, under --min-words 6\")")
      .def("__repr__",
           [](const precis::ExplainedSentence& s) {
             return py::str(
                        "ExplainedSentence(document={}, paragraph={}, position={}, score={:.6f}, "
                        "verdict={!r}, reason={!r}, text={!r})")
                 .format(s.document, s.paragraph, s.position, s.score,
                         precis::VerdictName(s.verdict), Utf8(s.reason), Utf8(s.text));
           })
      .def(py::pickle(
          [](const precis::ExplainedSentence& s) {
            return py::make_tuple(py::bytes(s.text), s.document, s.position, s.headline,
                                  s.paragraph, s.score, precis::VerdictName(s.verdict),
                                  py::bytes(s.reason));
          },
          [](const py::tuple& state) {
            precis::ExplainedSentence s;
            s.text = state[0].cast<std::string>();
            s.document = state[1].cast<std::size_t>();
            s.position = state[2].cast<std::size_t>();
            s.headline = state[3].cast<bool>();
            s.paragraph = state[4].cast<std::size_t>();
            s.score = state[5].cast<double>();
            s.verdict = ParseVerdict(state[6].cast<std::string>());
            s.reason = state[7].cast<std::string>();
            return s;
          }));

  py::class_<precis::RemovedText>(
      m, "RemovedText",
      "Text that cleaning dropped from a document before finding its sentences: an ad, a "
      "photo credit, a comment form, a dateline cut off a paragraph...")
      .def_property_readonly(
          "text", [](const precis::RemovedText& r) { return Utf8(r.text); },
          "the text dropped, verbatim from the text precis read (as SourceSentence.text)")
      .def_readonly("document", &precis::RemovedText::document, "index of its text")
      .def_readonly("before", &precis::RemovedText::before,
                    "position of the first sentence of its text that follows it (the "
                    "text's sentence count when none does)")
      .def_property_readonly(
          "rule", [](const precis::RemovedText& r) { return Utf8(r.rule); },
          "the rule that dropped it: \"photo-credit\", \"inline-ad\", \"dateline\"...")
      .def_property_readonly(
          "reason", [](const precis::RemovedText& r) { return Utf8(r.reason); },
          "the rule in words, naming the option that keeps the text")
      .def("__repr__",
           [](const precis::RemovedText& r) {
             return py::str("RemovedText(document={}, before={}, rule={!r}, text={!r})")
                 .format(r.document, r.before, Utf8(r.rule), Utf8(r.text));
           })
      .def(py::pickle(
          [](const precis::RemovedText& r) {
            return py::make_tuple(py::bytes(r.text), r.document, r.before, py::bytes(r.rule),
                                  py::bytes(r.reason));
          },
          [](const py::tuple& state) {
            precis::RemovedText r;
            r.text = state[0].cast<std::string>();
            r.document = state[1].cast<std::size_t>();
            r.before = state[2].cast<std::size_t>();
            r.rule = state[3].cast<std::string>();
            r.reason = state[4].cast<std::string>();
            return r;
          }));

  // Results are values: equal when their type and fields are (a summary run twice
  // compares equal), and hashable, since none can be changed. Pickle protocols 0 and 1
  // rebuild an object through object.__new__, which a pybind11 type refuses by aborting
  // the process; __reduce__ sends every protocol the way protocol 2 goes: pybind11's
  // __new__, then __setstate__. Python functions, so that pickle can name _reconstruct (a
  // pybind11 function's __self__ is a capsule, which pickle cannot save). pybind11's
  // __new__ allocates an object without building its C++ value, so a bare
  // SourceSentence.__new__(SourceSentence) read uninitialized memory, and could crash on
  // its text; the classes' own __new__ refuses, and only _reconstruct keeps pybind11's
  // (pybind11_object.__new__ itself, its base's, stays reachable to a deliberate caller).
  py::exec(R"(
def _file_error_message(self):
    # OSError would print "[Errno 2] No such file or directory: 'a.txt'" once errno is
    # set: the message stays every precis.Error's "path: problem".
    return str(self.args[0]) if self.args else ""

FileError.__str__ = _file_error_message
del _file_error_message

def _file_error_reduce(self):
    # OSError's own pickles errno, strerror and filename only when they were its
    # arguments; these were set after, and a FileError raised in a multiprocessing pool
    # or a Dask worker reached the caller without them. BaseException.__setstate__ sets
    # each attribute of the state, those three included.
    state = dict(self.__dict__)
    state.update(errno=self.errno, strerror=self.strerror, filename=self.filename)
    return type(self), self.args, state

FileError.__reduce__ = _file_error_reduce
del _file_error_reduce

def _refuse_new(cls, *args, **kwargs):
    raise TypeError(
        f"precis.{cls.__name__} objects cannot be created directly: summarize(), "
        "segment(), explain(), removed(), rouge() and rouge_n() return them")

def _reconstruct(cls, state, _allocate=SourceSentence.__new__):
    self = _allocate(cls)
    self.__setstate__(state)
    return self

def _reduce(self):
    return _reconstruct, (type(self), self.__getstate__())

def _eq(self, other):
    if type(self) is not type(other):
        return NotImplemented
    return self.__getstate__() == other.__getstate__()

def _hash(self):
    return hash((type(self).__name__, self.__getstate__()))
)",
           m.attr("__dict__"));
  for (const char* name : {"SourceSentence", "Score", "RemovedText"}) {  // and subclasses
    py::object cls = m.attr(name);
    cls.attr("__reduce__") = m.attr("_reduce");
    cls.attr("__eq__") = m.attr("_eq");
    cls.attr("__hash__") = m.attr("_hash");
    cls.attr("__new__") = py::staticmethod(m.attr("_refuse_new"));
  }

  const std::string options_help = OptionsHelp(true);
  DefClusterCall(m, "summarize", &Summarize, options_help,
                 R"(summarize(texts, names=None, **options) -> list[Sentence]

Summarizes a cluster of articles about one event: `texts` is a list, one item per
document, of str or of bytes (a file's contents, read as `precis summarize` reads a file:
in any encoding, or a PDF, DOCX, ODT, DOC or RTF document, or gzip, bzip2, xz or zstd
compressed; an archive of files, ZIP or tar, is left empty with a warning: read_inputs()
reads each of its files). Returns the chosen sentences in reading
order (each document's in its own order, and between documents as the sources tell
the story), each verbatim from its text (from the text precis
read, for bytes). `names` (a list of str as long as `texts`) names the
documents in warnings and errors; by default, and for an empty name, they are
"texts[0]", "texts[1]", ...
A name is encoded as os.fsencode() encodes a path, so that read_inputs()'s names, like
os.listdir()'s, keep the bytes of a file name that is not UTF-8.
Non-fatal problems (an empty text, a budget smaller than any sentence) are
precis.PrecisWarning warnings. Raises precis.InvalidOptionsError or
precis.InvalidInputError (both ValueError), TypeError for arguments of the wrong type
(an integer may be any type operator.index() takes, numpy.int64, but not a bool).
The GIL is released while summarizing: threads summarize in parallel.

)");
  DefClusterCall(m, "segment", &Segment, options_help,
                 R"(segment(texts, names=None, **options) -> list[SourceSentence]

Every sentence summarize() chooses from, as `precis segment` prints them: `texts` and
`names` as for summarize(), and of the options below those that read and cut the texts
(lang, keep_boilerplate, markup...) apply; the budget and selection ones are checked, then
unused. Returns each text's sentences after cleaning, in document order, headlines
included (headline=True), each verbatim from its text. A summary's Sentence has the same
document and position as the SourceSentence it was chosen from. Warns and raises as
summarize() does. The GIL is released while segmenting.

)");
  DefClusterCall(m, "explain", &Explain, options_help,
                 R"(explain(texts, names=None, **options) -> list[ExplainedSentence]

Why each sentence is in the summary or not, as `precis explain` prints it: `texts`,
`names` and the options as for summarize(). Returns every sentence segment() returns, in
its order, each with its score, its verdict ("chosen", or the first test it failed, in
the order selection applies them) and the reason in words, naming the option that would
change it. The chosen ones are summarize()'s sentences. Warns and raises as summarize()
does. The GIL is released while summarizing.

)");
  DefClusterCall(m, "removed", &Removed, options_help,
                 R"(removed(texts, names=None, **options) -> list[RemovedText]

What cleaning dropped before segment() found the sentences, as `precis explain` lists it
in its "removed" rows: `texts`, `names` and the options as for summarize(). Returns each
piece in document order, with the rule that dropped it and where it stood (`before`: the
position of the first sentence after it). Empty with keep_boilerplate=True. Warns and
raises as summarize() does. The GIL is released while it runs.

)");
  m.def("read_inputs", &ReadInputs, py::arg("paths"), py::arg("threads") = 0,
        R"(read_inputs(paths, threads=0) -> (names, texts)

Reads what the command line reads: `paths` is a path (str, bytes or os.PathLike) or a list
of them, each a file, a directory (each regular file in it and in its folders, in byte
order of their paths, hidden ones excepted), a ZIP, 7z, RAR or tar archive or a gzip, bzip2,
xz or zstd file (each file in it, named "a.zip/path/in/it"; the volumes of a multi-volume
RAR archive given together are read as one) or "-" for standard input. Returns the
documents' names and their bytes, in order, ready for
summarize(texts, names). A name is decoded as os.fsdecode() decodes a path: a file name
that is not UTF-8 comes back as os.listdir() gives it ("caf\udce9.txt"), which open()
and read_inputs() take back. Binary files and archives that cannot be read are skipped with a
precis.PrecisWarning each. Raises precis.FileError (an OSError) naming a path that cannot
be read, precis.InvalidInputError for a directory without any usable file. The GIL is
released while reading; `threads` read a directory's files (0: one per core). Unlike
summarize(), it cannot be stopped midway: reading "-" or a named pipe waits for the writer,
and Ctrl-C takes effect only once the writer writes or closes the pipe.)");
  m.def(
      "summarize_batch_line",
      [](py::handle line, py::handle line_number, const py::kwargs& kwargs) {
        // Output line N answers input line N, counted from 1 as precis batch counts them.
        return SummarizeBatchLine(line, CountArgument("line_number", line_number, 1), kwargs);
      },
      py::arg("line"), py::arg("line_number"),
      (R"(summarize_batch_line(line, line_number, explain=False, **options) -> str or bytes

Exactly what `precis batch` writes for one input line (without the newline): `line` is a
JSON object {"id": ..., "documents": [...], "options": {...}, "explain": false},
`line_number` its 1-based number in the file, and the options below are the defaults of
a line that sets none; `explain` is what a line without "explain" gets (`precis batch
--explain`).
Returns bytes for bytes, str for str. Never raises for a bad line: the problem becomes an
error record naming the line. Bad defaults raise precis.InvalidOptionsError, as
`precis batch` exits 2 for them, rather than making every record an error. The GIL is
released while summarizing.

)" + OptionsHelp(false))
          .c_str());
  // For python/precis_dask.py only: reading input as `precis batch` does.
  py::class_<BatchLines>(m, "_BatchLines",
                         "_BatchLines(path): the lines of a JSON Lines file (\"-\": standard "
                         "input) as `precis batch` reads them, as UTF-8 bytes; None for a "
                         "line over the batch's limit. Raises precis.FileError.")
      .def(py::init([](py::handle path) {
             return std::make_unique<BatchLines>(std::string(py::reinterpret_borrow<py::bytes>(
                 py::module_::import("os").attr("fsencode")(path))));
           }),
           py::arg("path"))
      .def("__iter__", [](py::object self) { return self; })
      .def("__next__", &BatchLines::Next);
  m.def(
      "_overlong_line_record",
      [](py::handle line_number) {
        return py::bytes(precis::OverlongLineRecord(CountArgument("line_number", line_number, 1),
                                                    precis::kMaxBatchLineBytes)
                             .json);
      },
      py::arg("line_number"),
      "_overlong_line_record(line_number) -> bytes: the record `precis batch` writes for a "
      "line over its limit.");
  m.def("check_options", &CheckOptions,
        ("check_options(**options) -> None\n\n"
         "Raises what summarize() would for these options (precis.InvalidOptionsError, "
         "TypeError),\nwithout summarizing: for a program that checks its settings before "
         "a long run.\n\n" +
         options_help)
            .c_str());
  m.def("rouge", &Rouge, py::arg("summary"), py::arg("references"), py::kw_only(),
        py::arg("lang") = "fr", py::arg("stem") = true, py::arg("remove_stopwords") = false,
        py::arg("fold_accents") = false, py::arg("best") = false, py::arg("jackknife") = false,
        py::arg("alpha") = 0.5,
        (std::string("rouge(summary, references, **options) -> dict[str, Score]\n") + kRougeDoc +
         "\n\nReturns {\"ROUGE-1\": Score, \"ROUGE-2\": ..., \"ROUGE-L\": ..., \"ROUGE-SU4\": "
         "...}.")
            .c_str());
  m.def("rouge_n", &RougeN, py::arg("summary"), py::arg("references"), py::arg("n") = 2,
        py::kw_only(), py::arg("lang") = "fr", py::arg("stem") = true,
        py::arg("remove_stopwords") = false, py::arg("fold_accents") = false,
        py::arg("best") = false, py::arg("jackknife") = false, py::arg("alpha") = 0.5,
        (std::string("rouge_n(summary, references, n=2, **options) -> Score\n") + kRougeDoc +
         "\n\nROUGE-N alone, for any n >= 1 (n = 0 raises precis.InvalidOptionsError).")
            .c_str());

  // The functions as Python functions of this module, each calling its pybind11 one: a
  // pybind11 function's __self__ is a capsule, which pickle cannot save, so that
  // pool.map(precis.summarize, clusters), functools.partial(precis.summarize, words=60)
  // and dask.delayed(precis.summarize) all failed. A Python function pickles by its name.
  py::exec(R"(
def _by_name(name):
    implementation = globals()[name]

    def call(*args, **kwargs):
        try:
            return implementation(*args, **kwargs)
        except TypeError as error:
            # pybind11's message for arguments that fit no signature goes on with every
            # argument, texts whole ("Invoked with: [...17 MB...], None, 60"): the
            # signatures are what the caller needs.
            message = str(error)
            cut = message.find("\n\nInvoked with:")
            if not message.startswith(name + "(): incompatible function arguments") or cut < 0:
                raise
            raise TypeError(message[:cut] + "\n\nOptions are keyword arguments (words=60).") from None

    call.__name__ = call.__qualname__ = name
    call.__module__ = __name__
    call.__doc__ = implementation.__doc__
    globals()[name] = call

for _name in ("summarize", "segment", "explain", "removed", "read_inputs",
              "summarize_batch_line", "check_options", "rouge", "rouge_n"):
    _by_name(_name)
del _name, _by_name
)",
           m.attr("__dict__"));

  BuildTablesBeforeAnyFork();
}
