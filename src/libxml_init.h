// libxml2's process-wide initialization, shared by its users (html_text.cc, feed_text.cc,
// office_text.cc).
#ifndef PRECIS_SRC_LIBXML_INIT_H_
#define PRECIS_SRC_LIBXML_INIT_H_

#include <libxml/parser.h>

namespace precis {

// Calls xmlInitParser once per process, before any parse, as libxml2 asks of threaded
// programs: 2.9's own guard is not thread-safe, so an HTML page and a Word document loaded
// at once on two threads must not both run it. One function-local static for the whole
// program (an inline function's statics are shared), initialized thread-safely.
inline void InitLibxml2() {
  static const bool initialized = (xmlInitParser(), true);
  (void)initialized;
}

}  // namespace precis

#endif  // PRECIS_SRC_LIBXML_INIT_H_
