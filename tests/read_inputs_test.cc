#include <fcntl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

#include "precis/precis.h"
#include "support/compressed_bytes.h"
#include "support/rar_archive.h"
#include "support/tar_archive.h"
#include "support/temp_dir.h"
#include "support/zip_archive.h"

namespace precis {
namespace {

namespace fs = std::filesystem;

using testing::TempDir;

TEST_CASE("A directory gives its regular files in name order, hidden files skipped") {
  TempDir dir;
  dir.Write("b.txt", "Deuxi\u00e8me.");
  dir.Write("a.txt", "Premier.\r\n");
  dir.Write(".cache", "ignored");
  fs::create_directories(dir.path() / "sub");
  const auto documents = ReadInputs({dir.path().string()}).documents;
  REQUIRE(documents.size() == 2);
  CHECK(fs::path(documents[0].name).filename() == "a.txt");
  CHECK(documents[0].text == "Premier.\r\n");  // bytes as they are: Load normalizes later
  CHECK(fs::path(documents[1].name).filename() == "b.txt");
  CHECK(documents[1].text == "Deuxi\u00e8me.");
}

TEST_CASE("A directory's folders are read too, as a ZIP of the directory would be") {
  // Articles filed by outlet ("lemonde/", "figaro/") are one cluster, not one article.
  const std::vector<testing::ZipEntry> tree{
      {"lemonde/poutine.txt", "Vladimir Poutine est arriv\u00e9 \u00e0 Pyongyang."},
      {"b.txt", "Le pacte pr\u00e9voit une aide mutuelle."},
      {"figaro/2024/juin.txt", "M. Kim l\u2019a accueilli \u00ab chaleureusement \u00bb."},
      {"figaro/a.txt", "Les \u00c9tats-Unis s\u2019inqui\u00e8tent."},
      {".git/HEAD.txt", "ref: refs/heads/main"},
      {"lemonde/.brouillon.txt", "Ne pas publier."},
      {"__MACOSX/._b.txt", "resource fork"},
  };
  TempDir dir;
  for (const testing::ZipEntry& entry : tree) dir.Write("d/" + entry.name, entry.content);
  dir.Write("d.zip", testing::ZipArchive(tree));
  const Inputs folder = ReadInputs({(dir.path() / "d").string()});
  const Inputs archive = ReadInputs({(dir.path() / "d.zip").string()});
  CHECK(folder.warnings.empty());
  REQUIRE(folder.documents.size() == 4);
  REQUIRE(archive.documents.size() == 4);
  const std::vector<std::string> paths{"b.txt", "figaro/2024/juin.txt", "figaro/a.txt",
                                       "lemonde/poutine.txt"};
  for (std::size_t i = 0; i < paths.size(); ++i) {
    CHECK(folder.documents[i].name == (dir.path() / "d" / paths[i]).string());
    CHECK(archive.documents[i].name == (dir.path() / "d.zip").string() + "/" + paths[i]);
    CHECK(folder.documents[i].text == archive.documents[i].text);
  }
  CHECK(folder.documents[1].text == "M. Kim l\u2019a accueilli \u00ab chaleureusement \u00bb.");
}

TEST_CASE("What a directory holds besides files is named in a warning, never opened") {
  TempDir dir;
  dir.Write("a.txt", "Premier article.");
  const fs::path outside = dir.Write("ailleurs/z.txt", "Un article rang\u00e9 ailleurs.");
  const fs::path d = dir.path() / "d";
  fs::create_directories(d);
  fs::create_symlink(dir.path() / "a.txt", d / "lien.txt");
  fs::create_symlink(outside.parent_path(), d / "dossier");
  fs::create_symlink(d / "absent.txt", d / "mort.txt");
  fs::create_symlink(d / "boucle1", d / "boucle2");
  fs::create_symlink(d / "boucle2", d / "boucle1");
  // A pipe with no writer: opening it to read would wait forever.
  REQUIRE(::mkfifo((d / "tube.txt").c_str(), 0600) == 0);
  const Inputs inputs = ReadInputs({d.string()});
  REQUIRE(inputs.documents.size() == 1);
  CHECK(inputs.documents[0].name == (d / "lien.txt").string());
  CHECK(inputs.documents[0].text == "Premier article.");
  const std::vector<std::string> expected{
      (d / "boucle1").string() + ": link in a loop of links, skipped",
      (d / "boucle2").string() + ": link in a loop of links, skipped",
      (d / "dossier").string() + ": link to a folder, not followed",
      (d / "mort.txt").string() + ": broken link, skipped",
      (d / "tube.txt").string() + ": not a regular file, skipped",
  };
  CHECK(inputs.warnings == expected);
}

TEST_CASE("A folder laid out as an evaluation cluster is read whole, with a warning") {
  // samples/ and precis-eval's datasets keep the human summaries beside the articles;
  // pointing at the cluster rather than its docs/ mixes them into the input.
  TempDir dir;
  dir.Write("jeux/cluster/docs/01.txt", "Les Jeux olympiques de P\u00e9kin s\u2019ouvrent.");
  dir.Write("jeux/cluster/refs/A.txt", "R\u00e9sum\u00e9 : la c\u00e9r\u00e9monie a eu lieu.");
  dir.Write("jeux/docs-only/docs/01.txt", "Un article sans r\u00e9sum\u00e9.");
  dir.Write("jeux/refs-file/docs/01.txt", "Un article.");
  dir.Write("jeux/refs-file/refs", "un fichier, pas un dossier");
  const fs::path jeux = dir.path() / "jeux";
  const Inputs inputs = ReadInputs({jeux.string()});
  CHECK(inputs.documents.size() == 5);  // nothing is left out: the user may want refs/
  const fs::path cluster = jeux / "cluster";
  const std::vector<std::string> expected{
      cluster.string() +
      ": holds docs/ and refs/, as an evaluation cluster does: the reference summaries in "
      "refs/ are read as articles too (give " +
      (cluster / "docs").string() + " to summarize the articles alone)"};
  CHECK(inputs.warnings == expected);
  CHECK(ReadInputs({(cluster / "docs").string()}).warnings.empty());
}

TEST_CASE("A page saved complete is read without its folder, in a directory or a ZIP") {
  // "Save as: web page, complete" puts the page's scripts, style sheets and data beside
  // it; read as articles, they would be sentences of code and change every term's idf.
  const std::vector<testing::ZipEntry> tree{
      {"poutine.html", "<p>Vladimir Poutine est arriv\u00e9 \u00e0 Pyongyang.</p>"},
      {"poutine_files/analytics.js", "var message = \"Abonnez-vous \u00e0 1 \u20ac.\";"},
      {"poutine_files/ld.json", "{\"headline\": \"Poutine \u00e0 Pyongyang\"}"},
      {"poutine_files/style.css", "body { font-family: Georgia; }"},
      {"kim.txt", "M. Kim l\u2019a accueilli \u00ab chaleureusement \u00bb."},
  };
  TempDir dir;
  for (const testing::ZipEntry& entry : tree) dir.Write("d/" + entry.name, entry.content);
  dir.Write("d.zip", testing::ZipArchive(tree));
  const fs::path folder_path = dir.path() / "d";
  const Inputs folder = ReadInputs({folder_path.string()});
  REQUIRE(folder.documents.size() == 2);
  CHECK(folder.documents[0].name == (folder_path / "kim.txt").string());
  CHECK(folder.documents[1].name == (folder_path / "poutine.html").string());
  CHECK(folder.warnings ==
        std::vector<std::string>{(folder_path / "poutine_files").string() +
                                 ": the images, scripts and styles of the saved page " +
                                 (folder_path / "poutine.html").string() + ", skipped"});
  const std::string zip_name = (dir.path() / "d.zip").string();
  const Inputs archive = ReadInputs({zip_name});
  REQUIRE(archive.documents.size() == 2);
  CHECK(archive.documents[1].name == zip_name + "/poutine.html");
  CHECK(archive.warnings ==
        std::vector<std::string>{zip_name + "/poutine_files: the images, scripts and styles of "
                                            "the saved page " +
                                 zip_name + "/poutine.html, skipped"});
  // Given by its own name, the folder is what the user asked for.
  CHECK(ReadInputs({(folder_path / "poutine_files").string()}).documents.size() == 3);
}

TEST_CASE("A directory reads the same whatever the number of workers") {
  TempDir dir;
  for (int i = 0; i < 40; ++i) {
    std::string text = "Article n° " + std::to_string(i) + " : « Bonjour ».\n";
    // Sizes from empty to a few hundred kilobytes, one binary file among them.
    for (int k = 0; k < (i * i * i) % 9000; ++k) text += "Le président a parlé. ";
    if (i == 7) text.clear();
    if (i == 13) text = std::string("\xFF\xD8\xFF\xE0\0\x10JFIF", 10);
    dir.Write("f" + std::to_string(100 + i) + ".txt", text);
  }
  const Inputs one = ReadInputs({dir.path().string()}, 1);
  REQUIRE(one.documents.size() == 39);
  REQUIRE(one.warnings.size() == 1);
  CHECK(one.documents[7].text.empty());
  CHECK(std::any_of(one.documents.begin(), one.documents.end(),
                    [](const Document& d) { return d.text.size() > 100000; }));
  for (const std::size_t threads : {2, 3, 8}) {
    CAPTURE(threads);
    const Inputs many = ReadInputs({dir.path().string()}, threads);
    REQUIRE(many.documents.size() == one.documents.size());
    for (std::size_t i = 0; i < one.documents.size(); ++i) {
      CHECK(many.documents[i].name == one.documents[i].name);
      CHECK(many.documents[i].text == one.documents[i].text);
    }
    CHECK(many.warnings == one.warnings);
  }
}

TEST_CASE("A feed stands for its articles, one document each, its XML never read as text") {
  TempDir dir;
  dir.Write("flux.xml",
            "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n"
            "<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\">\n"
            "<channel><title>Exemple Info</title>\n"
            "<item><title>Crue de la Loire : Saumur \xE9vacu\xE9</title>\n"
            "<pubDate>Wed, 15 Jan 2025 00:00:00 +0100</pubDate>\n"
            "<description>Le r\xE9sum\xE9.</description>\n"
            "<content:encoded><![CDATA[<p>La pr\xE9"
            "fecture a ordonn\xE9 l'\xE9vacuation.</p>]]></content:encoded></item>\n"
            "<item><title>Sans texte complet</title>\n"
            "<description>&lt;p&gt;\xAB Aucun risque \xBB, dit le pr\xE9"
            "fet.&lt;/p&gt;</description></item>\n"
            "</channel></rss>\n");
  dir.Write("vide.xml",
            "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">"
            "<title>Rien</title></feed>");
  const Inputs read = ReadInputs({dir.path().string()});
  REQUIRE(read.documents.size() == 2);
  CHECK(fs::path(read.documents[0].name).parent_path().filename() == "flux.xml");
  CHECK(fs::path(read.documents[0].name).filename() == "1");
  CHECK_THAT(read.documents[0].text,
             Catch::Contains("<h1>Crue de la Loire : Saumur \u00e9vacu\u00e9</h1>") &&
                 Catch::Contains("<p>La pr\u00e9fecture a ordonn\u00e9 l'\u00e9vacuation.</p>") &&
                 !Catch::Contains("pubDate") && !Catch::Contains("r\u00e9sum\u00e9"));
  CHECK_THAT(read.documents[1].text,
             Catch::Contains("<p>\u00ab Aucun risque \u00bb, dit le pr\u00e9fet.</p>"));
  REQUIRE(read.warnings.size() == 1);
  CHECK_THAT(read.warnings[0], Catch::EndsWith("vide.xml: Atom feed without an article, skipped"));
}

TEST_CASE("Files and directories combine into one cluster, in argument order") {
  TempDir dir;
  const fs::path single = dir.Write("z.txt", "Seul.");
  fs::create_directories(dir.path() / "d");
  dir.Write("d/m.txt", "M.");
  const auto documents = ReadInputs({single.string(), (dir.path() / "d").string()}).documents;
  REQUIRE(documents.size() == 2);
  CHECK(documents[0].name == single.string());
  CHECK(documents[1].text == "M.");
}

TEST_CASE("A file reached twice is read once, with a warning") {
  // "precis DIR DIR", a folder and a file in it, or a link beside its target once put
  // the same article in the cluster twice, and it weighed double in the summary.
  TempDir dir;
  const fs::path a = dir.Write("d/a.txt", "Premier article.");
  dir.Write("d/b.txt", "Second article.");
  fs::create_symlink(a, dir.path() / "d" / "z-lien.txt");
  const std::string d = (dir.path() / "d").string();
  const Inputs inputs = ReadInputs({d, a.string(), d});
  std::vector<std::string> names;
  for (const Document& document : inputs.documents) names.push_back(document.name);
  CHECK(names == std::vector<std::string>{a.string(), d + "/b.txt"});
  // The folder named twice is said once, not once a file.
  CHECK(inputs.warnings == std::vector<std::string>{
                               d + "/z-lien.txt: read already, as " + a.string() + ", skipped",
                               a.string() + ": given twice, read once",
                               d + ": given twice, read once",
                           });
  // A folder whose only article was read already is no folder without a usable file,
  // even beside an empty one.
  dir.Write("e/vide.txt", "");
  const fs::path b = dir.Write("e/b.txt", "Troisième article.");
  const Inputs again = ReadInputs({b.string(), (dir.path() / "e").string()});
  REQUIRE(again.documents.size() == 2);
  CHECK(again.documents[0].name == b.string());
  // ...but an empty file read again, through a link beside it, is no usable one.
  dir.Write("f/vide.txt", "");
  fs::create_symlink(dir.path() / "f" / "vide.txt", dir.path() / "f" / "lien.txt");
  CHECK_THROWS_WITH(ReadInputs({b.string(), (dir.path() / "f").string()}),
                    Catch::Contains("directory holds no usable file"));
}

TEST_CASE("Files given twice past a few are counted in one warning") {
  // "precis many/* many" said so in a line a file, 5,000 lines for 5,000 files.
  TempDir dir;
  std::vector<std::string> files;
  for (int i = 0; i < 25; ++i) {
    const std::string name = "d/" + std::string(i < 10 ? "0" : "") + std::to_string(i) + ".txt";
    files.push_back(dir.Write(name, "Article numéro " + std::to_string(i) + ".").string());
  }
  std::vector<std::string> inputs = files;
  inputs.push_back((dir.path() / "d").string());
  const Inputs read = ReadInputs(inputs);
  CHECK(read.documents.size() == 25);
  REQUIRE(read.warnings.size() == 11);
  CHECK(read.warnings[9] == files[9] + ": given twice, read once");
  CHECK(read.warnings[10] ==
        "15 more files given twice or read already, skipped (first: " + files[10] + ")");
}

TEST_CASE("A folder past the longest path the system takes is named with the reason") {
  // Made through descriptors, as no path reaches it: 2,100 levels of "d/", 4,200 bytes.
  TempDir dir;
  dir.Write("deep/a.txt", "Premier article.");
  int fd = ::open((dir.path() / "deep").c_str(), O_RDONLY | O_DIRECTORY);
  REQUIRE(fd >= 0);
  bool made = true;
  for (int level = 0; level < 2100 && made; ++level) {
    const int next = ::mkdirat(fd, "d", 0700) == 0 ? ::openat(fd, "d", O_RDONLY | O_DIRECTORY) : -1;
    ::close(fd);
    made = next >= 0;
    fd = next;
  }
  REQUIRE(made);
  ::close(fd);
  const Inputs inputs = ReadInputs({(dir.path() / "deep").string()});
  REQUIRE(inputs.documents.size() == 1);
  // It was "not a regular file, skipped", which hid why its files were not read.
  REQUIRE(inputs.warnings.size() == 1);
  CHECK(inputs.warnings[0].find(": File name too long, skipped") != std::string::npos);
  // std::filesystem removes by path and would stop at the limit; rm walks by descriptor.
  const std::string remove = "rm -rf '" + (dir.path() / "deep").string() + "'";
  CHECK(std::system(remove.c_str()) == 0);
}

TEST_CASE("A missing path is an I/O error naming it") {
  try {
    ReadInputs({"/nonexistent/precis/article.txt"});
    FAIL("no error");
  } catch (const Error& e) {
    CHECK(e.code() == ErrorCode::kIo);
    CHECK(e.path() == "/nonexistent/precis/article.txt");
    CHECK(std::string(e.what()).rfind("/nonexistent/precis/article.txt: ", 0) == 0);
  }
}

TEST_CASE("A path with a line break still gives a one-line warning and error") {
  TempDir dir;
  dir.Write("a.txt", "Premier.");
  dir.Write("d\n\tx.png", std::string("\x89PNG\r\n\x1A\n\0\0", 10));
  const Inputs inputs = ReadInputs({dir.path().string()});
  REQUIRE(inputs.warnings.size() == 1);
  CHECK(inputs.warnings[0] ==
        (dir.path() / "d??x.png").string() + ": binary file (PNG image), skipped");
  const std::string missing = (dir.path() / "absent\n.txt").string();
  try {
    ReadInputs({missing});
    FAIL("no error");
  } catch (const Error& e) {
    CHECK(e.path() == missing);
    CHECK(std::string(e.what()).rfind((dir.path() / "absent?.txt").string() + ": ", 0) == 0);
  }
}

TEST_CASE("A directory without any file is an input error naming it") {
  TempDir dir;
  dir.Write(".hidden", "x");
  try {
    ReadInputs({dir.path().string()});
    FAIL("no error");
  } catch (const Error& e) {
    CHECK(e.code() == ErrorCode::kInvalidInput);
    CHECK(e.path() == dir.path().string());
    CHECK(e.problem() == "directory holds no file to read");
  }
  // What was passed over is said in the error, since it ends the run before any warning.
  TempDir links;
  fs::create_symlink("/nonexistent/article.txt", links.path() / "a-broken");
  fs::create_symlink("/", links.path() / "b-root");
  try {
    ReadInputs({links.path().string()});
    FAIL("no error");
  } catch (const Error& e) {
    CHECK(e.code() == ErrorCode::kInvalidInput);
    CHECK(e.problem() == "directory holds no file to read; " +
                             (links.path() / "a-broken").string() +
                             ": broken link, skipped (and 1 more skipped)");
  }
}

TEST_CASE("Binary files are skipped with a warning, empty ones kept for Summarize") {
  TempDir dir;
  dir.Write("a.txt", "Premier.");
  dir.Write("b.gz", std::string("\x1F\x8B\x08\0\0\0\0\0", 8));
  dir.Write("c.txt", " \r\n");
  dir.Write("d.png", std::string("\x89PNG\r\n\x1A\n\0\0", 10));
  // A PDF is kept: Load reads its text layer (pdf_text.h), or says why it cannot.
  dir.Write("e.pdf", std::string("%PDF-1.4\n%\xE2\xE3\xCF\xD3\n", 15));
  const Inputs inputs = ReadInputs({dir.path().string()});
  REQUIRE(inputs.documents.size() == 3);
  CHECK(fs::path(inputs.documents[0].name).filename() == "a.txt");
  CHECK(fs::path(inputs.documents[1].name).filename() == "c.txt");
  CHECK(fs::path(inputs.documents[2].name).filename() == "e.pdf");
  REQUIRE(inputs.warnings.size() == 2);
  // A gzip file is opened (unpack.h): this one is only a header.
  CHECK(inputs.warnings[0] ==
        (dir.path() / "b.gz").string() + ": damaged gzip file (cut short), skipped");
  CHECK(inputs.warnings[1] ==
        (dir.path() / "d.png").string() + ": binary file (PNG image), skipped");
  // A file named directly is skipped the same way.
  const Inputs single = ReadInputs({(dir.path() / "b.gz").string()});
  CHECK(single.documents.empty());
  CHECK(single.warnings.size() == 1);
}

TEST_CASE("A pipe named as an input is read as standard input is") {
  // What "precis <(curl ...)" hands over: /dev/fd/63, a pipe with a writer at its end.
  TempDir dir;
  const std::string fifo = dir / "tube";
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  const std::string text = "Le pr\u00e9sident russe est arriv\u00e9 mardi \u00e0 Pyongyang.\n";
  std::thread writer([&] { std::ofstream(fifo, std::ios::binary) << text; });
  const Inputs inputs = ReadInputs({fifo});
  writer.join();
  REQUIRE(inputs.documents.size() == 1);
  CHECK(inputs.documents[0].name == fifo);
  CHECK(inputs.documents[0].text == text);
  CHECK(inputs.warnings.empty());

  // Named twice, it is read once: opened again, it waited for a writer forever.
  std::thread once([&] { std::ofstream(fifo, std::ios::binary) << text; });
  const Inputs twice = ReadInputs({fifo, fifo});
  once.join();
  REQUIRE(twice.documents.size() == 1);
  CHECK(twice.documents[0].text == text);
  CHECK(twice.warnings == std::vector<std::string>{fifo + ": given twice, read once"});
}

TEST_CASE("A large file is judged binary by its start only where its start decides") {
  TempDir dir;
  constexpr std::uintmax_t kLarge = std::uintmax_t{17} << 20;  // past ReadFile's 16 MiB
  // Sparse, 1 TiB of NUL bytes, as a disk image holds: more than memory could take, so
  // this only passes if the start alone is read (it decides).
  dir.Write("image.txt", std::string(1, '\0'));
  std::filesystem::resize_file(dir / "image.txt", std::uintmax_t{1} << 40);
  // Text for its first 64 KiB, then NUL bytes: only the whole file tells.
  dir.Write("late.txt", std::string(70 * 1024, 'a') + '\0');
  std::filesystem::resize_file(dir / "late.txt", kLarge);
  // A tar archive starts with NUL bytes too, but is an archive.
  dir.Write("big.tar", testing::Tar({{"a.txt", "Le pr\u00e9sident est arriv\u00e9."},
                                     {"b.txt", std::string(kLarge, 'b')}}));
  const Inputs inputs = ReadInputs({dir / "image.txt", dir / "late.txt", dir / "big.tar"});
  CHECK(inputs.warnings ==
        std::vector<std::string>{dir / "image.txt" + ": binary file (NUL bytes), skipped",
                                 dir / "late.txt" + ": binary file (NUL bytes), skipped"});
  REQUIRE(inputs.documents.size() == 2);
  CHECK(inputs.documents[0].name == dir / "big.tar" + "/a.txt");
  CHECK(inputs.documents[1].text.size() == kLarge);
}

TEST_CASE("An archive's files are documents, named inside it, in the directory's order") {
  TempDir dir;
  dir.Write("a.txt", "Premier.");
  dir.Write("b.zip", testing::ZipArchive({{"z.txt", "Dernier."}, {"m/k.html", "<p>Milieu.</p>"}}));
  dir.Write("c.txt.gz", testing::Gzip("Troisi\u00e8me."));
  const Inputs inputs = ReadInputs({dir.path().string()});
  CHECK(inputs.warnings.empty());
  REQUIRE(inputs.documents.size() == 4);
  const std::string b = (dir.path() / "b.zip").string();
  CHECK(inputs.documents[0].name == (dir.path() / "a.txt").string());
  CHECK(inputs.documents[1].name == b + "/m/k.html");
  CHECK(inputs.documents[2].name == b + "/z.txt");
  CHECK(inputs.documents[3].name == (dir.path() / "c.txt.gz").string());
  CHECK(inputs.documents[1].text == "<p>Milieu.</p>");
  CHECK(inputs.documents[3].text == "Troisi\u00e8me.");
  // An archive of nothing readable is a directory of nothing usable.
  TempDir empty;
  empty.Write("photos.zip",
              testing::ZipArchive({{"a.png", std::string("\x89PNG\r\n\x1A\n\0", 9)}}));
  try {
    ReadInputs({empty.path().string()});
    FAIL("no error");
  } catch (const Error& e) {
    CHECK(e.code() == ErrorCode::kInvalidInput);
  }
}

TEST_CASE("The volumes of a RAR archive are read as one, in a directory or named together") {
  const int version = GENERATE(4, 5);
  CAPTURE(version);
  const std::string split_text =
      "Le Kremlin confirme la visite de M.\u00a0Poutine, la premi\u00e8re depuis 2000.";
  const std::vector<testing::RarEntry> entries{{"a.txt", "Premier article."},
                                               {"coup\u00e9.txt", split_text},
                                               {"c.txt", "\u00ab\u00a0Trois\u00a0\u00bb, dit-il."}};
  const std::vector<std::string> volumes = testing::RarVolumes(version, entries, 1);
  TempDir dir;
  dir.Write("d/x.part1.rar", volumes[0]);
  dir.Write("d/x.part2.rar", volumes[1]);
  dir.Write("d/z.txt", "Sans rapport.");
  const std::string first = (dir.path() / "d" / "x.part1.rar").string();
  const auto check_joined = [&](const Inputs& read, std::size_t at) {
    CHECK(read.warnings.empty());
    REQUIRE(read.documents.size() == 4);
    CHECK(read.documents[at].name == first + "/a.txt");
    CHECK(read.documents[at + 1].name == first + "/c.txt");
    CHECK(read.documents[at + 2].name == first + "/coup\u00e9.txt");
    CHECK(read.documents[at + 2].text == split_text);
  };
  // The warning for coupé.txt, split across a volume missing beside `archive`.
  const auto split_warning = [&](const std::string& archive, const std::string& volume_names) {
    return (dir.path() / archive).string() +
           "/coup\u00e9.txt: split across the volumes of a multi-volume RAR archive, and one "
           "is missing, skipped: give every volume (" +
           volume_names + ") together";
  };
  SECTION("in a directory") { check_joined(ReadInputs({(dir.path() / "d").string()}), 0); }
  SECTION("named in any order, at the place of the first volume") {
    check_joined(ReadInputs({(dir.path() / "d" / "x.part2.rar").string(),
                             (dir.path() / "d" / "z.txt").string(), first}),
                 1);
  }
  SECTION("named in the old style, x.rar then x.r00, in a directory or by name") {
    dir.Write("old/X.rar", volumes[0]);
    dir.Write("old/X.R00", volumes[1]);
    const std::string old_first = (dir.path() / "old" / "X.rar").string();
    for (const Inputs& read : {ReadInputs({(dir.path() / "old").string()}),
                               ReadInputs({(dir.path() / "old" / "X.R00").string(), old_first})}) {
      CHECK(read.warnings.empty());
      REQUIRE(read.documents.size() == 3);
      CHECK(read.documents[0].name == old_first + "/a.txt");
      CHECK(read.documents[2].name == old_first + "/coup\u00e9.txt");
      CHECK(read.documents[2].text == split_text);
    }
  }
  SECTION("a later volume read already counts as usable for a folder that links to it") {
    // Read under the first volume's name, it once stayed unusable, and a folder holding
    // only a link to it was "directory holds no usable file".
    fs::create_directories(dir.path() / "liens");
    fs::create_symlink(dir.path() / "d" / "x.part2.rar", dir.path() / "liens" / "x.part2.rar");
    const Inputs read = ReadInputs({(dir.path() / "d").string(), (dir.path() / "liens").string()});
    CHECK(read.documents.size() == 4);
    REQUIRE(read.warnings.size() == 1);
    CHECK(read.warnings[0].find("x.part2.rar: read already, as ") != std::string::npos);
  }
  SECTION("an old-style first volume alone names the volumes it lacks, as it is named") {
    dir.Write("lone/X.rar", volumes[0]);
    const Inputs read = ReadInputs({(dir.path() / "lone").string()});
    REQUIRE_FALSE(read.warnings.empty());
    CHECK(read.warnings[0] == split_warning("lone/X.rar", "X.rar, X.r00, X.r01..."));
  }
  SECTION("with a volume missing, each is read alone and says what it lacks") {
    dir.Write("e/x.part1.rar", volumes[0]);
    dir.Write("e/x.part3.rar", volumes[1]);
    const Inputs read = ReadInputs({(dir.path() / "e").string()});
    REQUIRE_FALSE(read.warnings.empty());
    CHECK(read.warnings[0] == split_warning("e/x.part1.rar", "x.part1.rar, x.part2.rar..."));
    CHECK(read.documents[0].name == (dir.path() / "e" / "x.part1.rar").string() + "/a.txt");
  }
  SECTION("archives that are not volumes are not joined, whatever their names") {
    dir.Write("f/y.part1.rar", version == 4 ? testing::Rar4Archive({entries[0]})
                                            : testing::Rar5Archive({entries[0]}));
    dir.Write("f/y.part2.rar", version == 4 ? testing::Rar4Archive({entries[2]})
                                            : testing::Rar5Archive({entries[2]}));
    const Inputs read = ReadInputs({(dir.path() / "f").string()});
    CHECK(read.warnings.empty());
    REQUIRE(read.documents.size() == 2);
    CHECK(read.documents[0].name == (dir.path() / "f" / "y.part1.rar").string() + "/a.txt");
    CHECK(read.documents[1].name == (dir.path() / "f" / "y.part2.rar").string() + "/c.txt");
  }
}

TEST_CASE("A directory of only empty and binary files is an input error naming it") {
  TempDir dir;
  dir.Write("empty.txt", "");
  dir.Write("blank.txt", "\n \t\r\n");
  dir.Write("x.bin", std::string("\x01\0\x02\0\0\0\x03", 7));
  try {
    ReadInputs({dir.path().string()});
    FAIL("no error");
  } catch (const Error& e) {
    CHECK(e.code() == ErrorCode::kInvalidInput);
    CHECK(e.path() == dir.path().string());
    CHECK(std::string(e.what()).find("no usable file") != std::string::npos);
  }
}

// 0 when reading `path` raises an I/O error naming it, else what went wrong (1 to 3).
int ReadFailsNamingIt(const std::string& path) {
  try {
    ReadInputs({path});
    return 1;
  } catch (const Error& e) {
    return e.code() != ErrorCode::kIo ? 2 : e.path() != path ? 3 : 0;
  }
}

TEST_CASE("An unreadable file is an I/O error naming it") {
  TempDir dir;
  const fs::path secret = dir.Write("secret.txt", "Texte.");
  fs::permissions(secret, fs::perms::none);
  if (::geteuid() != 0) {
    CHECK(ReadFailsNamingIt(secret.string()) == 0);
    return;
  }
  // Permissions do not stop root, which CI runs as: the read runs in a child that has
  // become nobody, and its exit code says what happened.
  fs::permissions(dir.path(),
                  fs::perms::owner_all | fs::perms::group_exec | fs::perms::others_exec);
  const pid_t child = ::fork();
  REQUIRE(child >= 0);
  if (child == 0) {
    if (::setgid(65534) != 0 || ::setuid(65534) != 0) ::_exit(4);
    ::_exit(ReadFailsNamingIt(secret.string()));
  }
  int status = 0;
  REQUIRE(::waitpid(child, &status, 0) == child);
  REQUIRE(WIFEXITED(status));
  if (WEXITSTATUS(status) == 4) {
    WARN("running as root without the right to become nobody: permissions do not stop reads");
    return;
  }
  CHECK(WEXITSTATUS(status) == 0);
}

}  // namespace
}  // namespace precis
