// The sample cluster shipped in samples/, and what must never reach a summary of it.
#ifndef PRECIS_TESTS_SUPPORT_SAMPLE_CLUSTER_H_
#define PRECIS_TESTS_SUPPORT_SAMPLE_CLUSTER_H_

#include <string>
#include <vector>

namespace precis::testing {

inline std::string SampleDocsDir() {
  return std::string(PRECIS_SOURCE_DIR) + "/samples/poutine-coree-du-nord-2024/docs";
}

// Fragments of the scraped-page noise in the sample articles: ads, teasers, captions,
// credits, comment form, share widget, sign-off, programme plug, date stamp, byline.
inline const std::vector<std::string>& SampleBoilerplate() {
  static const std::vector<std::string> fragments = {
      "READ",
      "Driggs du Plessis",
      "Laisser un commentaire",
      "Votre adresse e-mail",
      "champs obligatoires",
      "\u00c0 voir \u00e9galement",
      "ce que contient la d\u00e9claration finale",
      "RAMIL SITDIKOV",
      "Photo d\u2019illustration",
      "[via REUTERS",
      "afp/ami",
      "R\u00e9employer ce contenu",
      "Rapports suppl\u00e9mentaires",
      ">> L'interview",
      "date 2024-06",
      "\u00e0 l'a\u00e9roport de Pyongyang le 19 juin 2024.",
  };
  return fragments;
}

}  // namespace precis::testing

#endif  // PRECIS_TESTS_SUPPORT_SAMPLE_CLUSTER_H_
