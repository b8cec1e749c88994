// A program that uses an installed precis the way a user would: through
// find_package(precis) or pkg-config, with <precis/precis.h> alone. It summarizes French
// articles held in memory and exits non-zero when the summary breaks one of the library's
// promises, so that a packaging mistake (missing header or dependency, data read from the
// source tree, exceptions lost across a shared library) fails the test that runs it.
#include <precis/precis.h>

#include <cstddef>
#include <iostream>
#include <string>
#include <string_view>
#include <vector>

namespace {

// "\u00a0" and "\u202f" around guillemets, as French typesetting puts them.
const std::vector<precis::Document> kArticles = {
    {"lemonde",
     "Sommet à Pyongyang : Poutine et Kim signent un pacte de défense\n\n"
     "M. Poutine est arrivé mercredi à Pyongyang pour sa première visite en Corée du Nord "
     "depuis vingt-quatre ans.\n"
     "Le président russe et M. Kim Jong-un ont signé un accord de « partenariat "
     "stratégique global » qui prévoit une assistance mutuelle en cas d’agression.\n"
     "Selon Séoul, la Corée du Nord aurait livré à la Russie près de 6.700 conteneurs de "
     "munitions depuis l’été dernier.\n"
     "Les États-Unis se sont dits « préoccupés » par ce rapprochement militaire entre les "
     "deux pays.\n"},
    {"afp",
     "Vladimir Poutine et Kim Jong-un ont signé mercredi à Pyongyang un traité "
     "d’assistance mutuelle en cas d’agression contre l’un des deux pays.\n"
     "« C’est un document véritablement révolutionnaire », a déclaré M. Poutine lors "
     "d’une conférence de presse commune.\n"
     "Washington accuse Pyongyang d’avoir fourni des milliers de conteneurs de munitions "
     "à Moscou pour sa guerre en Ukraine.\n"
     "Le commerce entre les deux pays a progressé de 3,5\u202f% l’an dernier, selon les "
     "douanes russes.\n"},
    {"liberation",
     "La visite de M. Poutine en Corée du Nord inquiète Séoul et Tokyo.\n"
     "Le traité signé à Pyongyang engage la Russie et la Corée du Nord à se porter "
     "assistance en cas d’agression.\n"
     "Kim Jong-un a qualifié la Russie d’«\u00a0alliée la plus honnête\u00a0» de son "
     "pays, devant une foule réunie sur la place Kim Il-sung.\n"
     "Les services sud-coréens estiment que les 6.700 conteneurs livrés contiendraient "
     "plusieurs millions d’obus.\n"},
};

// Words as precis counts them: runs of anything but white space, no-break spaces included.
std::size_t CountWords(std::string_view text) {
  std::size_t words = 0;
  bool in_word = false;
  for (std::size_t i = 0; i < text.size();) {
    std::size_t width = 1;
    bool space = text[i] == ' ' || text[i] == '\n' || text[i] == '\t' || text[i] == '\r';
    if (text.compare(i, 2, "\u00a0") == 0) {
      space = true;
      width = 2;
    } else if (text.compare(i, 3, "\u202f") == 0) {
      space = true;
      width = 3;
    }
    if (!space && !in_word) ++words;
    in_word = !space;
    i += width;
  }
  return words;
}

int failures = 0;

void Check(bool ok, const std::string& what) {
  if (!ok) {
    std::cerr << "consumer: FAILED: " << what << '\n';
    ++failures;
  }
}

}  // namespace

int main() {
#ifdef PRECIS_EXPECTED_VERSION
  // The header and the package must agree on the version they were installed as.
  Check(std::string(precis::kVersion) == PRECIS_EXPECTED_VERSION,
        std::string("precis::kVersion is ") + precis::kVersion + ", the package says " +
            PRECIS_EXPECTED_VERSION);
#endif

  precis::Options options;
  options.select.words = 60;
  const precis::Summary summary = precis::Summarize(kArticles, options);

  Check(!summary.sentences.empty(), "the summary is empty");
  Check(summary.document_names.size() == kArticles.size(), "document_names has the wrong size");
  std::size_t words = 0;
  for (const precis::SummarySentence& sentence : summary.sentences) {
    words += CountWords(sentence.text);
    Check(sentence.document < kArticles.size() &&
              kArticles[sentence.document].text.find(sentence.text) != std::string::npos,
          "not a verbatim sentence of its document: " + sentence.text);
    std::cout << sentence.text << '\n';
  }
  Check(words <= options.select.words,
        "the summary has " + std::to_string(words) + " words, over the budget of 60");

  // The same input gives the same summary whatever the number of threads.
  precis::Options one_thread = options;
  one_thread.threads = 1;
  const precis::Summary again = precis::Summarize(kArticles, one_thread);
  bool same = again.sentences.size() == summary.sentences.size();
  for (std::size_t i = 0; same && i < again.sentences.size(); ++i)
    same = again.sentences[i].text == summary.sentences[i].text;
  Check(same, "one thread and every core give different summaries");

  const std::string text = precis::Render(summary, precis::OutputFormat::kText, options);
  for (const precis::SummarySentence& sentence : summary.sentences)
    Check(text.find(sentence.text) != std::string::npos,
          "Render(kText) lacks a chosen sentence: " + sentence.text);

  // precis::Error must reach the caller as itself, also across a shared library.
  precis::Options bad = options;
  bad.rank.damping = 2.0;
  bool caught = false;
  try {
    precis::Summarize(kArticles, bad);
  } catch (const precis::Error& error) {
    caught = error.code() == precis::ErrorCode::kInvalidOptions;
  }
  Check(caught, "a damping of 2 did not throw precis::Error(kInvalidOptions)");

  return failures == 0 ? 0 : 1;
}
