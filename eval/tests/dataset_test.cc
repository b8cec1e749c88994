#include "dataset.h"

#include <sys/stat.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "precis/error.h"
#include "support/encode_text.h"
#include "support/temp_dir.h"

namespace precis::eval {
namespace {

namespace fs = std::filesystem;

// Relative path -> content.
using Tree = std::vector<std::pair<std::string, std::string>>;

// A temporary folder that can be filled with a whole tree of files at once.
class TempDir : public precis::testing::TempDir {
 public:
  TempDir() : precis::testing::TempDir("precis-dataset-test-") {}
  void Make(const Tree& tree) const {
    for (const auto& [relative, content] : tree) Write(relative, content);
  }
};

std::vector<std::string> ClusterNames(const std::vector<Cluster>& clusters) {
  std::vector<std::string> names;
  for (const Cluster& c : clusters) names.push_back(c.name);
  return names;
}

std::vector<std::string> DocumentFiles(const Cluster& cluster) {
  std::vector<std::string> files;
  for (const Document& d : cluster.documents) files.push_back(fs::path(d.name).filename().string());
  return files;
}

std::vector<std::string> ReferenceNames(const Cluster& cluster) {
  std::vector<std::string> names;
  for (const Reference& r : cluster.references) names.push_back(r.name);
  return names;
}

// Text of our own with the typography the readers must carry through untouched:
// decomposed é (e + U+0301), U+00A0 and U+202F inside guillemets, ’, CRLF.
const std::string kArticle =
    "La mairie de Brest a pre\xCC\x81sente\xCC\x81 son budget mardi.\r\n"
    "«\xC2\xA0Nous investirons 6.700 euros par e\xCC\x81"
    "cole\xE2\x80\xAF», a dit Mme Le Gall.\r\n"
    "L’opposition parle d’un budget «\xE2\x80\xAFtimide\xE2\x80\xAF»…\r\n";
const std::string kReference = "Brest pre\xCC\x81sente un budget de 3,5 % en hausse.\n";

TEST_CASE("clusters come in byte order of their names, other entries ignored", "[dataset]") {
  TempDir dir;
  // Byte order puts capitals first and "a10" before "a2"; a locale or natural sort would not.
  Tree tree;
  for (const std::string name : {"c", "a2", "B", "a10", "a", "été"}) {
    tree.push_back({"set/" + name + "/docs/01.txt", "Texte de " + name + "."});
    tree.push_back({"set/" + name + "/refs/A.txt", "Résumé de " + name + "."});
  }
  tree.push_back({"set/README.md", "Notes sur le corpus."});
  tree.push_back({"set/clusters.tsv", "a\tb\n"});
  tree.push_back({"set/official_eval/scores.txt", "0.1"});      // a folder without docs/
  tree.push_back({"set/.cache/docs/01.txt", "Copie cachée."});  // hidden, and without refs/
  dir.Make(tree);

  const std::vector<Cluster> clusters = ReadDataset(dir / "set");
  CHECK(ClusterNames(clusters) == std::vector<std::string>{"B", "a", "a10", "a2", "c", "été"});
  for (const Cluster& c : clusters) {
    CAPTURE(c.name);
    REQUIRE(c.documents.size() == 1);
    CHECK(c.documents[0].text == "Texte de " + c.name + ".");
    REQUIRE(c.references.size() == 1);
    CHECK(c.references[0].text == "Résumé de " + c.name + ".");
  }
}

TEST_CASE("documents and references come in byte order of their file names", "[dataset]") {
  TempDir dir;
  dir.Make({
      {"c/docs/10.txt", "dix"},
      {"c/docs/02.txt", kArticle},
      {"c/docs/1.txt", "un"},
      {"c/docs/Z.txt", "zed"},
      {"c/refs/B.txt", "b"},
      {"c/refs/A2.txt", "a2"},
      {"c/refs/A1.txt", kReference},
      {"c/refs/a0.txt", "a0"},
  });
  const std::vector<Cluster> clusters = ReadDataset(dir / "c");
  REQUIRE(clusters.size() == 1);
  const Cluster& c = clusters[0];
  CHECK(DocumentFiles(c) == std::vector<std::string>{"02.txt", "1.txt", "10.txt", "Z.txt"});
  CHECK(ReferenceNames(c) == std::vector<std::string>{"A1", "A2", "B", "a0"});
  // Bytes as on disk: no CRLF conversion, no normalization of the decomposed accents.
  CHECK(c.documents[0].text == kArticle);
  CHECK(c.references[0].text == kReference);
  // Documents are named by their path, so that precis's warnings point at the file.
  CHECK(fs::equivalent(c.documents[0].name, dir.path() / "c" / "docs" / "02.txt"));
}

TEST_CASE("a single cluster folder reads as a dataset of one", "[dataset]") {
  TempDir dir;
  dir.Make({
      {"set/T01_C1/docs/01.txt", kArticle},
      {"set/T01_C1/refs/A1.txt", kReference},
      {"set/T02_C1/docs/01.txt", "autre"},
      {"set/T02_C1/refs/A1.txt", "autre"},
  });
  // Relative paths: each generated value reruns the test case, with a new folder.
  const auto [relative, expected_clusters] = GENERATE(table<std::string, std::size_t>({
      {"set/T01_C1", 1},
      {"set/T01_C1/", 1},  // a trailing separator does not empty the name
      {"set/T01_C1/.", 1},
      {"set", 2},  // the dataset around it, for contrast
  }));
  CAPTURE(relative);
  const std::vector<Cluster> clusters = ReadDataset(dir / relative);
  REQUIRE(clusters.size() == expected_clusters);
  CHECK(clusters[0].name == "T01_C1");
  CHECK(clusters[0].documents.size() == 1);
  CHECK(clusters[0].references.size() == 1);
}

TEST_CASE("hidden entries, peers/ and files other than .txt are not read", "[dataset]") {
  TempDir dir;
  dir.Make({
      {"c/docs/01.txt", kArticle},
      {"c/docs/.01.txt.swp", "brouillon"},
      {"c/docs/.brouillon.txt", "brouillon"},
      {"c/docs/LISEZMOI.md", "notes"},
      {"c/docs/.cache/02.txt", "cache"},
      {"c/refs/A.txt", kReference},
      {"c/refs/.A.txt", "ancienne version"},
      {"c/refs/notes.md", "notes"},
      {"c/peers/lexrank.txt", "un système"},
      {"c/peers/B.txt", "un autre"},
  });
  const std::vector<Cluster> clusters = ReadDataset(dir / "c");
  REQUIRE(clusters.size() == 1);
  CHECK(DocumentFiles(clusters[0]) == std::vector<std::string>{"01.txt"});
  CHECK(ReferenceNames(clusters[0]) == std::vector<std::string>{"A"});
}

TEST_CASE("unusable datasets raise an Error naming the path at fault", "[dataset]") {
  struct Case {
    const char* what;
    Tree tree;
    std::string read;  // relative to the temporary folder
    ErrorCode code;
    std::string at_fault;
    std::string problem;  // part of it
  };
  const Case kCases[] = {
      {"no refs/",
       {{"c/docs/01.txt", "texte"}},
       "c",
       ErrorCode::kInvalidInput,
       "c",
       "no reference summary in refs/"},
      {"refs/ holding only a hidden file",
       {{"c/docs/01.txt", "texte"}, {"c/refs/.A.txt", "caché"}},
       "c",
       ErrorCode::kInvalidInput,
       "c",
       "no reference summary in refs/"},
      {"refs/ without .txt",
       {{"c/docs/01.txt", "texte"}, {"c/refs/A.md", "a"}},
       "c",
       ErrorCode::kInvalidInput,
       "c",
       "no reference summary in refs/"},
      {"one cluster of a dataset without refs/",
       {{"set/x/docs/01.txt", "t"}, {"set/x/refs/A.txt", "r"}, {"set/y/docs/01.txt", "t"}},
       "set",
       ErrorCode::kInvalidInput,
       "set/y",
       "no reference summary in refs/"},
      {"docs/ without any article",
       {{"c/docs/.01.txt", "t"}, {"c/refs/A.txt", "r"}},
       "c",
       ErrorCode::kInvalidInput,
       "c",
       "docs/"},
      {"a folder without any cluster",
       {{"set/notes/a.txt", "t"}, {"set/README.md", "r"}},
       "set",
       ErrorCode::kInvalidInput,
       "set",
       "no cluster"},
      {"refs/ holding only an empty and a binary file",
       {{"c/docs/01.txt", "texte"},
        {"c/refs/A.txt", " \n"},
        {"c/refs/B.txt", std::string("\x89PNG\r\n\x1A\n\0\0", 10)}},
       "c",
       ErrorCode::kInvalidInput,
       "c",
       "no reference summary in refs/ holds text (2 empty or binary)"},
      {"a cluster whose docs/ is gone, beside a whole one",
       {{"set/x/docs/01.txt", "t"}, {"set/x/refs/A.txt", "r"}, {"set/y/refs/A.txt", "r"}},
       "set",
       ErrorCode::kInvalidInput,
       "set/y",
       "refs/ without docs/"},
      {"a nonexistent path", {}, "absent", ErrorCode::kIo, "absent", ""},
      {"a file", {{"f.txt", "texte"}}, "f.txt", ErrorCode::kInvalidInput, "f.txt", ""},
  };
  for (const Case& c : kCases) {
    CAPTURE(c.what);
    TempDir dir;
    dir.Make(c.tree);
    try {
      ReadDataset(dir / c.read);
      FAIL("no Error thrown");
    } catch (const Error& e) {
      CHECK(e.code() == c.code);
      CHECK(fs::path(e.path()).lexically_normal() == fs::path(dir / c.at_fault).lexically_normal());
      CHECK_THAT(e.problem(), Catch::Contains(c.problem));
      CHECK_THAT(e.what(), Catch::StartsWith(e.path() + ": "));
    }
  }
}

TEST_CASE("references are decoded as articles are, and empty ones left out", "[dataset]") {
  // Precomposed: windows-1252 has é but not the combining accent.
  const std::string reference = "Brest pr\u00e9sente un budget de 3,5\u00a0% en hausse.\n";
  const std::string five = reference + reference + reference + reference + reference;
  TempDir dir;
  dir.Make({{"c/docs/01.txt", kArticle},
            {"c/refs/A.txt", testing::ToUtf16(reference, false, true)},
            // Ten accents, past the few that UTF-8 repair takes for damage.
            {"c/refs/B.txt", testing::ToWindows1252(five)},
            {"c/refs/C.txt", ""},
            {"c/refs/D.txt", std::string("\x89PNG\r\n\x1A\n\0\0", 10)},
            {"c/refs/E.txt", kReference}});
  std::vector<std::string> warnings;
  const std::vector<Cluster> clusters = ReadDataset(dir / "c", &warnings);
  REQUIRE(clusters.size() == 1);
  CHECK(ReferenceNames(clusters[0]) == std::vector<std::string>{"A", "B", "E"});
  CHECK(clusters[0].references[0].text == reference);
  CHECK(clusters[0].references[1].text == five);
  CHECK(clusters[0].references[2].text == kReference);  // UTF-8 stays byte for byte
  const std::string refs = (dir.path() / "c" / "refs").string();
  CHECK(warnings == std::vector<std::string>{
                        refs + "/A.txt: read as UTF-16LE (byte order mark)",
                        refs + "/B.txt: read as ISO-8859-1 (detected)",
                        refs + "/C.txt: empty reference summary, skipped",
                        refs + "/D.txt: binary file (PNG image), skipped",
                    });
  // The articles are left to the summarizer, which decodes them itself.
  CHECK(clusters[0].documents[0].text == kArticle);
}

TEST_CASE("files other than *.txt in docs/ and refs/ are left out with a warning", "[dataset]") {
  // An article saved as a page was once left out without a word, and the summary scored
  // differed from what precis prints for the folder.
  TempDir dir;
  dir.Make({{"c/docs/01.txt", kArticle},
            {"c/docs/page.html", "<p>Un article.</p>"},
            {"c/docs/.DS_Store", "x"},
            {"c/refs/A.txt", kReference},
            {"c/refs/README", "Les résumés de l'équipe."}});
  std::vector<std::string> warnings;
  const std::vector<Cluster> clusters = ReadDataset(dir / "c", &warnings);
  REQUIRE(clusters.size() == 1);
  CHECK(clusters[0].documents.size() == 1);
  CHECK(ReferenceNames(clusters[0]) == std::vector<std::string>{"A"});
  const std::string c = (dir.path() / "c").string();
  CHECK(warnings ==
        std::vector<std::string>{
            c + "/docs/page.html: not a .txt file, skipped (precis-eval reads docs/*.txt)",
            c + "/refs/README: not a .txt file, skipped (precis-eval reads refs/*.txt)"});
}

TEST_CASE("folders in docs/ and refs/ are left out with a warning, not in silence", "[dataset]") {
  TempDir dir;
  dir.Make({{"c/docs/01.txt", kArticle},
            {"c/docs/more/02.txt", kArticle},
            {"c/refs/A.txt", kReference},
            {"c/refs/old/A5.txt", kReference}});
  std::vector<std::string> warnings;
  const std::vector<Cluster> clusters = ReadDataset(dir / "c", &warnings);
  REQUIRE(clusters.size() == 1);
  CHECK(DocumentFiles(clusters[0]) == std::vector<std::string>{"01.txt"});
  CHECK(ReferenceNames(clusters[0]) == std::vector<std::string>{"A"});
  const std::string c = (dir.path() / "c").string();
  CHECK(warnings == std::vector<std::string>{
                        c + "/docs/more: a folder, skipped (precis-eval reads docs/*.txt)",
                        c + "/refs/old: a folder, skipped (precis-eval reads refs/*.txt)"});
}

TEST_CASE("broken links and entries that are no regular file are said as precis says them",
          "[dataset]") {
  // They were once passed over without a word: a reference whose link broke was left out
  // of the mean unseen.
  TempDir dir;
  dir.Make({{"c/docs/01.txt", kArticle}, {"c/refs/A.txt", kReference}, {"sys/c.txt", "x"}});
  const fs::path c = dir.path() / "c";
  struct Case {
    std::string name;
    fs::path entry;
    std::string problem;
  };
  const std::vector<Case> cases = {
      {"broken link in docs/", c / "docs" / "02.txt", "broken link, skipped"},
      {"FIFO in refs/", c / "refs" / "B.txt", "not a regular file, skipped"},
      {"broken link in a system's folder", dir.path() / "sys" / "d.txt", "broken link, skipped"},
      {"FIFO in a system's folder", dir.path() / "sys" / "e", "not a regular file, skipped"},
  };
  for (const Case& k : cases) {
    if (k.problem == "broken link, skipped") {
      fs::create_symlink("missing.txt", k.entry);
    } else {
      REQUIRE(::mkfifo(k.entry.c_str(), 0600) == 0);
    }
  }
  std::vector<std::string> warnings;
  const std::vector<Cluster> clusters = ReadDataset(c.string(), &warnings);
  const std::vector<std::string> unread = UnreadSystemFiles(dir / "sys", clusters);
  warnings.insert(warnings.end(), unread.begin(), unread.end());
  for (const Case& k : cases) {
    CAPTURE(k.name);
    CHECK(std::count(warnings.begin(), warnings.end(), k.entry.string() + ": " + k.problem) == 1);
  }
  REQUIRE(clusters.size() == 1);
  CHECK(DocumentFiles(clusters[0]) == std::vector<std::string>{"01.txt"});
  CHECK(ReferenceNames(clusters[0]) == std::vector<std::string>{"A"});
}

TEST_CASE("a file in docs/ or refs/ twice, by a link or a hard link, is read once", "[dataset]") {
  // precis reads an article once whatever its names, and a run's precis summary must be
  // the one precis prints for docs/*.txt; a reference counted twice would weigh twice.
  TempDir dir;
  dir.Make({{"c/docs/01.txt", kArticle},
            {"c/docs/02.txt", kArticle + "Autre phrase.\n"},
            {"c/refs/A.txt", kReference},
            {"c/refs/B.txt", "Un autre résumé de Brest.\n"}});
  const fs::path c = dir.path() / "c";
  struct Case {
    fs::path copy;
    fs::path original;
    bool hard;
  };
  const std::vector<Case> cases = {{c / "docs" / "11.txt", c / "docs" / "01.txt", false},
                                   {c / "docs" / "12.txt", c / "docs" / "02.txt", true},
                                   {c / "refs" / "C.txt", c / "refs" / "A.txt", true},
                                   {c / "refs" / "D.txt", c / "refs" / "B.txt", false}};
  for (const Case& k : cases) {
    if (k.hard) {
      fs::create_hard_link(k.original, k.copy);
    } else {
      fs::create_symlink(k.original.filename(), k.copy);
    }
  }
  std::vector<std::string> warnings;
  const std::vector<Cluster> clusters = ReadDataset(c.string(), &warnings);
  REQUIRE(clusters.size() == 1);
  CHECK(DocumentFiles(clusters[0]) == std::vector<std::string>{"01.txt", "02.txt"});
  CHECK(ReferenceNames(clusters[0]) == std::vector<std::string>{"A", "B"});
  for (const Case& k : cases) {
    CAPTURE(k.copy);
    CHECK(std::count(warnings.begin(), warnings.end(),
                     k.copy.string() + ": read already, as " + k.original.string() + ", skipped") ==
          1);
  }
}

TEST_CASE("a cluster whose name is not valid UTF-8 is refused, naming it", "[dataset]") {
  // "caf\xe9" and "caf\xe8" would both be "caf\uFFFD" in results.json, and compare could
  // no longer tell them apart.
  TempDir dir;
  dir.Make({{"set/caf\xe9/docs/01.txt", kArticle},
            {"set/caf\xe9/refs/A.txt", kReference},
            {"set/caf\xc3\xa9/docs/01.txt", kArticle},
            {"set/caf\xc3\xa9/refs/A.txt", kReference}});
  try {
    ReadDataset(dir / "set");
    FAIL("no error");
  } catch (const Error& e) {
    CHECK(e.code() == ErrorCode::kInvalidInput);
    CHECK(std::string(e.what()).find("caf\xe9: cluster name is not valid UTF-8") !=
          std::string::npos);
  }
  fs::remove_all(dir.path() / "set" / "caf\xe9");
  CHECK(ClusterNames(ReadDataset(dir / "set")) == std::vector<std::string>{"caf\xc3\xa9"});
}

TEST_CASE("a summary folder without any .txt file is said so, naming it", "[dataset]") {
  TempDir dir;
  fs::create_directories(dir.path() / "empty");
  dir.Make({{"notes/README", "rien"}});
  for (const char* folder : {"empty", "notes"}) {
    CAPTURE(folder);
    std::vector<std::string> warnings;
    CHECK(ReadSummaryFolder(dir / folder, &warnings).empty());
    CHECK(warnings.back() == dir / folder + ": no .txt file in the folder");
  }
}

TEST_CASE("a cluster whose docs/ or refs/ is named in another case is refused", "[dataset]") {
  TempDir dir;
  dir.Make({{"set/T01/docs/01.txt", kArticle},
            {"set/T01/refs/A.txt", kReference},
            {"set/T02/Docs/01.txt", kArticle},
            {"set/T02/Refs/A.txt", kReference}});
  try {
    ReadDataset(dir / "set");
    FAIL("no error");
  } catch (const Error& e) {
    CHECK(e.code() == ErrorCode::kInvalidInput);
    CHECK(e.path() == (dir.path() / "set" / "T02" / "Docs").string());
    CHECK(e.problem() == "precis-eval reads CLUSTER/docs/, in lower case");
  }
  TempDir refs;
  refs.Make({{"c/docs/01.txt", kArticle}, {"c/REFS/A.txt", kReference}});
  CHECK_THROWS_WITH(ReadDataset(refs / "c"), Catch::Contains("precis-eval reads CLUSTER/refs/"));
}

TEST_CASE("a reference without a letter or digit is left out like an empty one", "[dataset]") {
  TempDir dir;
  dir.Make({{"c/docs/01.txt", kArticle},
            {"c/refs/A.txt", kReference},
            {"c/refs/B.txt", "\u00ab\u00a0\u00bb \u2014 ! \u2026\n"},
            {"c/refs/C.txt", "3,5\u00a0%\n"}});  // a digit is a word to ROUGE
  std::vector<std::string> warnings;
  const std::vector<Cluster> clusters = ReadDataset(dir / "c", &warnings);
  REQUIRE(clusters.size() == 1);
  CHECK(ReferenceNames(clusters[0]) == std::vector<std::string>{"A", "C"});
  CHECK(warnings == std::vector<std::string>{
                        (dir.path() / "c" / "refs" / "B.txt").string() +
                        ": reference summary without a word (no letter or digit), skipped"});
}

TEST_CASE("what a system's folder holds that no cluster reads is said, one line each",
          "[dataset]") {
  TempDir dir;
  dir.Make({{"set/T01/docs/01.txt", kArticle},
            {"set/T01/refs/A.txt", kReference},
            {"sys/T01.txt", "Un résumé."},
            {"sys/T99.txt", "Le résumé d’un autre jeu."},
            {"sys/notes.md", "notes"},
            {"sys/old/T01.txt", "Une ancienne version."},
            {"sys/.T01.txt.swp", "brouillon"}});
  const std::vector<Cluster> clusters = ReadDataset(dir / "set");
  const std::string sys = (dir.path() / "sys").string();
  CHECK(UnreadSystemFiles(sys, clusters) ==
        std::vector<std::string>{
            sys + "/T99.txt: no cluster T99 in the dataset, not scored",
            sys + "/notes.md: not a .txt file, not read (a system's summaries are "
                  "DIR/CLUSTER.txt)",
            sys + "/old: a folder, not read (a system's summaries are DIR/CLUSTER.txt)"});
  CHECK(UnreadSystemFiles((dir.path() / "nowhere").string(), clusters).empty());
}

TEST_CASE("ReadSystemSummary reads DIR/CLUSTER.txt as its text", "[dataset]") {
  TempDir dir;
  dir.Make({{"sys/T01_C1.txt", kArticle},
            {"sys/T02_C1.txt", ""},
            {"sys/U16_C1.txt", testing::ToUtf16(kReference, true, true)},
            {"sys/PNG_C1.txt", std::string("\x89PNG\r\n\x1A\n\0\0", 10)}});
  CHECK(ReadSystemSummary(dir / "sys", "T01_C1") == kArticle);
  CHECK(ReadSystemSummary(dir / "sys", "T02_C1").empty());  // empty is a valid summary
  std::vector<std::string> warnings;
  CHECK(ReadSystemSummary(dir / "sys", "U16_C1", &warnings) == kReference);
  CHECK(ReadSystemSummary(dir / "sys", "PNG_C1", &warnings).empty());  // scores 0
  const std::string sys = (dir.path() / "sys").string();
  CHECK(warnings ==
        std::vector<std::string>{
            sys + "/U16_C1.txt: read as UTF-16BE (byte order mark)",
            sys + "/PNG_C1.txt: binary file (PNG image), scored as an empty summary (0)"});

  const auto missing = GENERATE(as<std::string>{}, "T03_C1", "T01_C1.txt");
  CAPTURE(missing);
  try {
    ReadSystemSummary(dir / "sys", missing);
    FAIL("no Error thrown");
  } catch (const Error& e) {
    CHECK(e.code() == ErrorCode::kIo);
    CHECK(fs::path(e.path()) == dir.path() / "sys" / (missing + ".txt"));
  }
}

TEST_CASE("ReadSystemSummary of a folder named like the file is an Error", "[dataset]") {
  TempDir dir;
  dir.Make({{"sys/T01_C1.txt/inside.txt", "x"}});
  try {
    ReadSystemSummary(dir / "sys", "T01_C1");
    FAIL("no Error thrown");
  } catch (const Error& e) {
    CHECK(e.code() == ErrorCode::kIo);
    CHECK(fs::path(e.path()) == dir.path() / "sys" / "T01_C1.txt");
  }
}

TEST_CASE("the sample dataset reads as one cluster of five articles", "[dataset]") {
  const std::string samples = std::string(PRECIS_SOURCE_DIR) + "/samples";
  // Both the dataset and the cluster in it: README.md sits beside docs/ and refs/.
  for (const std::string& path : {samples, samples + "/poutine-coree-du-nord-2024"}) {
    CAPTURE(path);
    const std::vector<Cluster> clusters = ReadDataset(path);
    REQUIRE(clusters.size() == 1);
    CHECK(clusters[0].name == "poutine-coree-du-nord-2024");
    CHECK(clusters[0].documents.size() == 5);
    CHECK(ReferenceNames(clusters[0]) == std::vector<std::string>{"A", "B", "C"});
  }
}

// Splits a line of clusters.tsv at tabs.
std::vector<std::string> Fields(const std::string& line) {
  std::vector<std::string> fields;
  std::istringstream in(line);
  for (std::string field; std::getline(in, field, '\t');) fields.push_back(field);
  return fields;
}

TEST_CASE("every development set reads as its clusters.tsv lists it", "[dataset]") {
  const fs::path data = fs::path(PRECIS_SHARED_DIR) / "data";
  if (!fs::is_directory(data)) {
    WARN("skipped: no development data at " << data.string());
    return;
  }
  for (const char* set : {"rpm2_fr", "multiling2011_fr", "duc2004_task2"}) {
    CAPTURE(set);
    std::ifstream table(data / set / "clusters.tsv");
    if (!table) {
      WARN("skipped: no " << (data / set / "clusters.tsv").string());
      continue;
    }
    // Columns cluster, n_docs, n_refs, then ref_ids in the sets that name references.
    std::string line;
    std::getline(table, line);
    const std::vector<std::string> header = Fields(line);
    REQUIRE(header.size() >= 3);
    std::vector<std::vector<std::string>> rows;
    while (std::getline(table, line)) {
      if (!line.empty()) rows.push_back(Fields(line));
    }

    const std::vector<Cluster> clusters = ReadDataset((data / set).string());
    REQUIRE(clusters.size() == rows.size());
    for (std::size_t i = 0; i < rows.size(); ++i) {
      CAPTURE(rows[i][0]);
      CHECK(clusters[i].name == rows[i][0]);
      CHECK(std::to_string(clusters[i].documents.size()) == rows[i][1]);
      CHECK(std::to_string(clusters[i].references.size()) == rows[i][2]);
      if (header.size() > 3 && header[3] == "ref_ids") {
        std::string ids;
        for (const std::string& name : ReferenceNames(clusters[i])) {
          ids += (ids.empty() ? "" : ",") + name;
        }
        CHECK(ids == rows[i][3]);
      }
    }
  }
}

}  // namespace
}  // namespace precis::eval
