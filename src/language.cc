#include "language.h"
#include "precis/error.h"
namespace precis {
const Language& GetLanguage(std::string_view code) {
  static const Language fr{"fr", "fr@ss=standard", "fr", "french", {}, {}};
  static const Language en{"en", "en@ss=standard", "en", "english", {}, {}};
  if (code == "fr") return fr;
  if (code == "en") return en;
  throw Error(ErrorCode::kInvalidOptions, "lang", "unknown language");
}
}  // namespace precis
