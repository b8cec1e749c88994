// The words, in capitals, that news pages label a link to another page with: "LIRE
// AUSSI", "À LIRE", "VIDÉO", "READ MORE", "[EN DIRECT]", "[EXCLUSIF]". One list for the
// two classifiers that read such labels, which ask different things of one:
// page_aside.cc's IsCapitalLabel wants a bracket of these words alone, a pointer among
// them (it cuts what it finds out of the text); standalone.cc's HoldsLinkLabel wants one
// word that names a link among any capitals in square brackets.
#ifndef PRECIS_SRC_LINK_LABEL_WORDS_H_
#define PRECIS_SRC_LINK_LABEL_WORDS_H_

#include <algorithm>
#include <iterator>
#include <string_view>

namespace precis {

enum class LabelWord {
  kNone,
  // Names reading or a medium, a label by itself: "LIRE", "VOIR", "READ", "VIDÉO", "PHOTOS".
  kPointer,
  // Goes with a pointer ("LIRE AUSSI", "READ MORE", "EN DIRECT") and names a link alone in
  // square brackets, but not in parentheses: "(MORE)" is a wire's note to editors.
  kQualifier,
  // Joins the others and names no link alone: "[A]" is a footnote, "(EN)" a language.
  kJoining,
  // A teaser's rubric, heading another page's headline as a link's words do ("[EXCLUSIF]",
  // "[ENQUÊTE]", "[LIVE]"). Never part of a label in parentheses.
  kRubric,
};

// What `word`, a run of capitals, is to a link label. Linear in the list's size.
inline LabelWord ClassifyLabelWord(std::string_view word) {
  static constexpr std::string_view kPointers[] = {
      "LIRE",  "VOIR",    "READ",      "SEE",         "WATCH", "LISTEN",
      "VIDÉO", "VIDÉOS",  "VIDEO",     "VIDEOS",      "PHOTO", "PHOTOS",
      "AUDIO", "PODCAST", "DIAPORAMA", "INFOGRAPHIE", "REPLAY"};
  static constexpr std::string_view kQualifiers[] = {"AUSSI", "ÉGALEMENT", "EGALEMENT",
                                                     "ALSO",  "MORE",      "DIRECT"};
  static constexpr std::string_view kJoining[] = {"À", "A", "EN"};
  static constexpr std::string_view kRubrics[] = {
      "DÉCRYPTAGE", "EXCLUSIF",  "EXCLUSIVE", "ENQUÊTE", "TÉMOIGNAGE", "ABONNÉS",
      "INTERVIEW",  "ENTRETIEN", "RÉCIT",     "ANALYSE", "RELATED",    "LIVE"};
  const auto in = [word](const auto& list) {
    return std::find(std::begin(list), std::end(list), word) != std::end(list);
  };
  if (in(kPointers)) return LabelWord::kPointer;
  if (in(kQualifiers)) return LabelWord::kQualifier;
  if (in(kJoining)) return LabelWord::kJoining;
  if (in(kRubrics)) return LabelWord::kRubric;
  return LabelWord::kNone;
}

}  // namespace precis

#endif  // PRECIS_SRC_LINK_LABEL_WORDS_H_
