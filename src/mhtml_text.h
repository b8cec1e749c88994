// Stage 1, part of load: the page inside a web archive (MHTML) or a mail (.eml).
//
//   std::optional<MhtmlPage> page = ReadMhtmlPage(bytes_of_a_saved_page);
//   page->html == "<!DOCTYPE html><html>...<p>Le trafic était perturbé...</p>...";
//
// Chrome and Edge save a page as a single file ("Webpage, Single File", .mhtml), a MIME
// message (RFC 2557) whose parts are the page and its pictures and styles, each encoded
// for mail: quoted-printable ("perturb=C3=A9"), base64 or as it is. Read as text, the
// page's words are split at every 76th column and its accents are codes. The reader
// finds the message's boundary, takes the first part that is an HTML page (the page
// itself; later ones are its frames) and decodes it; load reads that as any page.
#ifndef PRECIS_SRC_MHTML_TEXT_H_
#define PRECIS_SRC_MHTML_TEXT_H_

#include <optional>
#include <string>
#include <string_view>

namespace precis {

struct MhtmlPage {
  // The HTML page's bytes, decoded from their transfer encoding (still in the page's own
  // charset, which the page or detection tells).
  std::string html;
  // Whether `html` is a mail's text/plain body rather than an HTML page.
  bool plain = false;
  // The charset its part declares, lower case; empty when it declares none.
  std::string charset;
  // Why there is no page, empty when there is one: "web archive (MHTML) without an HTML
  // page", "e-mail message without a text part".
  std::string error;
};

// The first HTML part of `bytes` when they are a web archive: a MIME message whose headers
// open them and whose Content-Type is multipart/related with a boundary; or, when they
// are a mail (.eml, or the first message of an mbox: MIME-Version or a mail's headers, and
// a Content-Type that is a multipart or text/html or text/plain), its first text/html part,
// else its first text/plain one (`plain`), found in nested multiparts and attached
// messages (message/rfc822) but not in attachments. nullopt for any other bytes, which it
// tells from the first header line and at most 16 KB of headers. Never throws on bad
// input; linear in the size of `bytes`.
std::optional<MhtmlPage> ReadMhtmlPage(std::string_view bytes);

}  // namespace precis

#endif  // PRECIS_SRC_MHTML_TEXT_H_
