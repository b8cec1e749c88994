// The precis program fed what real clusters hold: missing paths, empty and binary files,
// legacy encodings, damaged UTF-8, huge lines, degenerate clusters, odd budgets, the
// wrong language and exotic characters. One table row per case of the "Bad input" issue:
// the exit code, what stderr must say and what stdout must be.
#include <algorithm>
#include <catch2/catch.hpp>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <functional>
#include <set>
#include <string>
#include <vector>

#include "decode.h"
#include "support/encode_text.h"
#include "support/compressed_bytes.h"
#include "support/office_article.h"
#include "support/rar_archive.h"
#include "support/run_command.h"
#include "support/sample_cluster.h"
#include "support/seven_zip_archive.h"
#include "support/word97_file.h"
#include "support/zip_archive.h"
#include "text_measure.h"

namespace precis {
namespace {

namespace fs = std::filesystem;
using testing::Lines;
using testing::Precis;
using testing::RunCommand;
using testing::Slurp;

// A scratch directory holding the sample cluster as "utf8/"; commands run inside it,
// so that messages name short relative paths.
class Scratch {
 public:
  Scratch() {
    static int counter = 0;
    path_ = fs::temp_directory_path() /
            ("precis_bad_input_" + std::to_string(::getpid()) + "_" + std::to_string(counter++));
    fs::remove_all(path_);
    fs::create_directories(path_ / "utf8");
    for (const auto& entry : fs::directory_iterator(testing::SampleDocsDir())) {
      samples_.push_back(entry.path().filename().string());
    }
    std::sort(samples_.begin(), samples_.end());
    for (const std::string& name : samples_) {
      Write("utf8/" + name, Slurp(fs::path(testing::SampleDocsDir()) / name));
    }
  }
  ~Scratch() { fs::remove_all(path_); }

  void Write(const std::string& name, const std::string& bytes) const {
    fs::create_directories((path_ / name).parent_path());
    std::ofstream(path_ / name, std::ios::binary) << bytes;
  }
  // The sample cluster re-encoded into directory `dir`.
  void WriteCluster(const std::string& dir,
                    const std::function<std::string(const std::string&)>& encode) const {
    for (const std::string& name : samples_) {
      Write(dir + "/" + name, encode(Sample(name)));
    }
  }
  std::string Sample(const std::string& name) const { return Slurp(path_ / "utf8" / name); }
  const std::vector<std::string>& samples() const { return samples_; }
  const fs::path& path() const { return path_; }

  // `prefix` runs precis through another program ("setpriv ... ").
  testing::CommandResult Run(const std::string& args, const std::string& prefix = "") const {
    return RunCommand("cd '" + path_.string() + "' && " + prefix + Precis() + " " + args);
  }

 private:
  fs::path path_;
  std::vector<std::string> samples_;
};

bool IsValidUtf8(const std::string& s) {
  for (std::size_t i = 0; i < s.size();) {
    std::size_t subpart = 0;
    const std::size_t length = WellFormedUtf8Length(
        reinterpret_cast<const unsigned char*>(s.data()) + i, s.size() - i, &subpart);
    if (length == 0) return false;
    i += length;
  }
  return true;
}

enum class Out {
  kEmpty,          // nothing on stdout
  kSummary,        // a valid summary: UTF-8 lines, each a sentence `precis segment` prints
  kSampleSummary,  // exactly the summary of the sample cluster read as UTF-8
};

struct Row {
  const char* name;
  // Writes the row's files into the scratch directory; returns precis's arguments.
  std::function<std::string(const Scratch&)> setup;
  int exit_code;
  std::vector<std::string> err_has;  // each must occur in stderr
  Out out;
};

const std::string kSentence =
    "Le pr\u00e9sident russe est arriv\u00e9 mardi \u00e0 Pyongyang pour une visite "
    "d\u2019\u00c9tat.";

const std::string kEnglish =
    "The president of Russia arrived in the capital of North Korea on Tuesday for a state "
    "visit. He was met at the airport by the leader of the country and they drove into the "
    "city together. The two men signed a treaty that binds each of them to help the other if "
    "it is attacked. It is the first pact of this kind between the two countries in decades. "
    "The treaty was seen in the West as a warning, and the allies of Ukraine said that they "
    "would watch what comes of it with the greatest care.\n";

// Sentences with characters that must pass through untouched.
const std::vector<std::string> kExotic = {
    "Le convoi \x01 est arriv\u00e9 devant le palais \x7F pr\u00e9sidentiel dans la nuit.",
    "Une famille \U0001F468\u200D\U0001F469\u200D\U0001F467 a salu\u00e9 le cort\u00e8ge "
    "officiel sur la place.",
    "Le journal a cit\u00e9 le nom \u200F\u05E9\u05DC\u05D5\u05DD\u200F et le mot \u202E"
    "invers\u00e9\u202C dans son titre.",
    "La de\u0301le\u0301gation a visite\u0301 le mus\u00e9e national avec tous ses "
    "conseillers.",
};

fs::path PdfFixture(const std::string& name) {
  return fs::path(PRECIS_SOURCE_DIR) / "tests" / "data" / "pdf" / name;
}

const std::vector<Row>& Rows() {
  static const std::vector<Row> rows = {
      {"a path that does not exist",
       [](const Scratch&) { return "missing.txt"; },
       1,
       {"precis: missing.txt: No such file or directory\n"},
       Out::kEmpty},
      {"a web address, which a reader copies from the browser",
       [](const Scratch&) { return "https://www.lemonde.fr/international/article.html"; },
       1,
       {"precis: https://www.lemonde.fr/international/article.html: a web address, not a file: "
        "save the page (or its text) and give that file\n"},
       Out::kEmpty},
      {"a path that cannot be read (through a file)",
       [](const Scratch& s) { return "utf8/" + s.samples()[0] + "/x.txt"; },
       1,
       {": Not a directory"},
       Out::kEmpty},
      {"a usage error",
       [](const Scratch&) { return "--words -3 utf8"; },
       2,
       {"precis: ", "--help"},
       Out::kEmpty},
      {"no input at all", [](const Scratch&) { return ""; }, 2, {"precis: no input"}, Out::kEmpty},
      // A closed descriptor reads as nothing, which must not pass for empty input.
      {"standard input closed",
       [](const Scratch&) { return "- <&-"; },
       1,
       {"precis: -: standard input is closed\n"},
       Out::kEmpty},
      // A read that fails must not pass for an end of file: a failing disk would give the
      // summary of what is left, and a folder as stdin an empty document.
      {"a file whose reads fail, beside good ones",
       [](const Scratch&) { return "utf8 /proc/self/mem"; },
       1,
       {"precis: /proc/self/mem: Input/output error\n"},
       Out::kEmpty},
      {"standard input from a folder",
       [](const Scratch&) { return "- < utf8"; },
       1,
       {"precis: -: Is a directory\n"},
       Out::kEmpty},
      // A write that fails says why, not only that it failed.
      {"standard output on a full disk",
       [](const Scratch&) { return "utf8 > /dev/full"; },
       1,
       {"precis: stdout: No space left on device\n"},
       Out::kEmpty},
      // Empty would mean "detect it", which the user did not ask for.
      {"an empty --encoding",
       [](const Scratch&) { return "--encoding '' utf8"; },
       2,
       {"precis: --encoding: empty name\nTry 'precis --help'"},
       Out::kEmpty},
      {"an unknown --encoding",
       [](const Scratch&) { return "--encoding klingon-8 utf8"; },
       2,
       // Found with the other options, before any file is read: a usage error.
       {"precis: --encoding: unknown encoding 'klingon-8'\nTry 'precis --help'"},
       Out::kEmpty},
      {"a directory without files",
       [](const Scratch& s) {
         fs::create_directories(s.path() / "void");
         return "void";
       },
       1,
       {"precis: void: directory holds no file to read"},
       Out::kEmpty},
      {"a directory with no usable file",
       [](const Scratch& s) {
         s.Write("junk/empty.txt", "");
         s.Write("junk/blank.txt", " \r\n\t\n");
         s.Write("junk/photo.jpg", std::string("\xFF\xD8\xFF\xE0\0\x10JFIF\0", 11));
         return "junk";
       },
       1,
       {"precis: junk: directory holds no usable file"},
       Out::kEmpty},
      {"a directory of damaged archives says why in its error, the first reason and a count",
       [](const Scratch& s) {
         const std::string gz = testing::Gzip(s.Sample(s.samples().front()));
         s.Write("abimes/a.txt.gz", gz.substr(0, gz.size() / 2));
         s.Write("abimes/b.txt.gz", gz.substr(0, gz.size() / 3));
         return "abimes";
       },
       1,
       {"precis: abimes: directory holds no usable file; abimes/a.txt.gz: damaged gzip file (cut "
        "short), skipped (and 1 more skipped or empty)\n"},
       Out::kEmpty},
      {"one empty file",
       [](const Scratch& s) {
         s.Write("empty.txt", "");
         return "empty.txt";
       },
       1,
       {"precis: warning: empty.txt: no text to summarize\n",
        "precis: empty.txt: no sentence to summarize\n"},
       Out::kEmpty},
      {"one damaged PDF",
       [](const Scratch& s) {
         s.Write("scan.pdf", "%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj\n");
         return "scan.pdf";
       },
       1,
       {"precis: warning: scan.pdf: damaged PDF, skipped\n",
        "precis: scan.pdf: no sentence to summarize\n"},
       Out::kEmpty},
      {"precis segment on one damaged PDF",
       [](const Scratch& s) {
         s.Write("scan.pdf", "%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj\n");
         return "segment scan.pdf";
       },
       1,
       {"precis: warning: scan.pdf: damaged PDF, skipped\n",
        "precis: scan.pdf: no sentence found\n"},
       Out::kEmpty},
      {"one PDF without a text layer",
       [](const Scratch& s) {
         s.Write("scan.pdf", Slurp(PdfFixture("blank.pdf")));
         return "scan.pdf";
       },
       1,
       {"precis: warning: scan.pdf: PDF without a text layer (a scan? precis does no OCR), "
        "skipped\n",
        "precis: scan.pdf: no sentence to summarize\n"},
       Out::kEmpty},
      {"a password-protected PDF among text files",
       [](const Scratch& s) {
         s.Write("utf8/locked.pdf", Slurp(PdfFixture("locked.pdf")));
         return "utf8";
       },
       0,
       {"precis: warning: utf8/locked.pdf: password-protected PDF, skipped\n"},
       Out::kSampleSummary},
      {"a PDF, alone",
       [](const Scratch& s) {
         s.Write("article.pdf", Slurp(PdfFixture("article-pages.pdf")));
         return "article.pdf";
       },
       0,
       {},
       Out::kSummary},
      {"two files of boilerplate only",
       [](const Scratch& s) {
         s.Write("pub.txt", "Publicit\u00e9\n");
         s.Write("partage.txt", "Partager sur Facebook\n\nPartager sur X\n");
         return "pub.txt partage.txt";
       },
       1,
       {"precis: warning: pub.txt: no text to summarize once cleaning removed its furniture "
        "(ads, credits, the site's interface; --keep-boilerplate keeps it)\n",
        "precis: no sentence to summarize in the input\n"},
       Out::kEmpty},
      {"an empty file among others",
       [](const Scratch& s) {
         s.Write("empty.txt", "");
         return "utf8 empty.txt";
       },
       0,
       {"precis: warning: empty.txt: no text to summarize"},
       Out::kSummary},
      {"a whitespace-only file among others",
       [](const Scratch& s) {
         s.Write("blank.txt", "  \r\n\u00a0\n\t");
         return "utf8 blank.txt";
       },
       0,
       {"precis: warning: blank.txt: no text to summarize"},
       Out::kSummary},
      {"a damaged PDF among text files",
       [](const Scratch& s) {
         s.Write("utf8/scan.pdf", "%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj\n");
         return "utf8";
       },
       0,
       {"precis: warning: utf8/scan.pdf: damaged PDF, skipped"},
       Out::kSampleSummary},
      {"an image among text files",
       [](const Scratch& s) {
         s.Write("photo.jpg", std::string("\xFF\xD8\xFF\xE0\0\x10JFIF\0", 11));
         return "utf8 photo.jpg";
       },
       0,
       {"precis: warning: photo.jpg: binary file (JPEG image), skipped"},
       Out::kSampleSummary},
      {"an RTF document, alone",
       [](const Scratch& s) {
         s.Write("note.rtf",
                 "{\\rtf1\\ansi\\ansicpg1252 Le pr\\'e9sident est arriv\\'e9 \\'e0 Pyongyang "
                 "mardi soir, pour une visite d\\'e9j\\'e0 annonc\\'e9e par le Kremlin.\\par\n}");
         return "note.rtf";
       },
       0,
       {},
       Out::kSummary},
      {"a Word document, alone",
       [](const Scratch& s) {
         s.Write("article.docx", testing::ReadOfficeFixture("article.docx"));
         return "article.docx";
       },
       0,
       {},
       Out::kSummary},
      {"an OpenDocument text among text files",
       [](const Scratch& s) {
         s.Write("utf8/article.odt", testing::ReadOfficeFixture("article.odt"));
         return "utf8";
       },
       0,
       {},
       Out::kSummary},
      {"a damaged Word document among text files",
       [](const Scratch& s) {
         std::string docx = testing::ZipArchive(
             {{"word/document.xml",
               "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/"
               "main\"><w:body><w:p><w:r><w:t>Le Kremlin confirme la visite.</w:t></w:r></w:p>"
               "</w:body></w:document>",
               true}});
         docx[docx.find("Kremlin")] = 'k';
         s.Write("utf8/abime.docx", docx);
         return "utf8";
       },
       0,
       {"precis: warning: utf8/abime.docx: damaged Word document (CRC error), skipped"},
       Out::kSampleSummary},
      {"a Word 97-2003 document, alone",
       [](const Scratch& s) {
         s.Write("article.doc", testing::ReadOfficeFixture("article.doc"));
         return "article.doc";
       },
       0,
       {},
       Out::kSummary},
      {"a Word 97-2003 document cut short among text files",
       [](const Scratch& s) {
         const std::string doc = testing::ReadOfficeFixture("article.doc");
         s.Write("utf8/coupe.doc", doc.substr(0, doc.size() / 2));
         return "utf8";
       },
       0,
       {"precis: warning: utf8/coupe.doc: damaged Word 97-2003 or other OLE2 file (its "
        "directory is damaged), skipped"},
       Out::kSampleSummary},
      {"a password-protected Word 97-2003 document, alone",
       [](const Scratch& s) {
         const std::u16string text =
             u"Le Kremlin confirme la visite de M. Poutine \u00e0 Pyongyang.\r";
         std::string doc = testing::Word97File(
             testing::Word97Stream({{text}}, static_cast<std::uint32_t>(text.size())));
         testing::PutU16(&doc, 1536 + 0x0A, 0x0300);  // the FIB's fEncrypted, in sector 2
         s.Write("secret.doc", doc);
         return "secret.doc";
       },
       1,
       {"precis: warning: secret.doc: password-protected Word 97-2003 document, skipped\n",
        "precis: secret.doc: no sentence to summarize\n"},
       Out::kEmpty},
      {"the sample cluster in a ZIP archive, with a Mac's hidden files",
       [](const Scratch& s) {
         std::vector<testing::ZipEntry> entries = {{"__MACOSX/articles/._a.txt", "\x01\x02"},
                                                   {"articles/.DS_Store", "\x01\x02"}};
         for (const std::string& name : s.samples()) {
           entries.push_back({"articles/" + name, s.Sample(name)});
         }
         s.Write("articles.zip", testing::ZipArchive(entries));
         return "articles.zip";
       },
       0,
       {},
       Out::kSampleSummary},
      {"a directory of gzipped articles",
       [](const Scratch& s) {
         s.WriteCluster("gz", testing::Gzip);
         return "gz";
       },
       0,
       {},
       Out::kSampleSummary},
      {"a gzip file cut short among text files",
       [](const Scratch& s) {
         const std::string gz = testing::Gzip(s.Sample(s.samples().front()));
         s.Write("utf8/coupe.txt.gz", gz.substr(0, gz.size() / 2));
         return "utf8";
       },
       0,
       {"precis: warning: utf8/coupe.txt.gz: damaged gzip file (cut short), skipped"},
       Out::kSampleSummary},
      {"the sample cluster in a 7z archive, last article first, with a folder and a hidden file",
       [](const Scratch& s) {
         std::vector<testing::SevenZipEntry> entries = {{"articles/", "", true},
                                                        {"articles/.DS_Store", "\x01\x02"}};
         for (auto name = s.samples().rbegin(); name != s.samples().rend(); ++name) {
           entries.push_back({"articles/" + *name, s.Sample(*name)});
         }
         s.Write("articles.7z", testing::SevenZipArchive(entries));
         return "articles.7z";
       },
       0,
       {},
       Out::kSampleSummary},
      {"the sample cluster in a RAR archive (RAR 5), in a folder, with a hidden file",
       [](const Scratch& s) {
         std::vector<testing::RarEntry> entries = {{"articles/", "", true},
                                                   {"articles/.DS_Store", "\x01\x02"}};
         for (const std::string& name : s.samples()) {
           entries.push_back({"articles/" + name, s.Sample(name)});
         }
         s.Write("articles.rar", testing::Rar5Archive(entries));
         return "articles.rar";
       },
       0,
       {},
       Out::kSampleSummary},
      {"a RAR archive cut between two articles, which libarchive would take for its end",
       [](const Scratch& s) {
         std::vector<testing::RarEntry> entries;
         for (const std::string& name : s.samples()) entries.push_back({name, s.Sample(name)});
         const std::string archive = testing::Rar4Archive(entries);
         // Right after the next-to-last article's data.
         const std::string& kept = s.Sample(s.samples()[s.samples().size() - 2]);
         const std::size_t cut = archive.rfind(kept) + kept.size();
         s.Write("coupe.rar", archive.substr(0, cut));
         return "coupe.rar";
       },
       0,
       {"precis: warning: coupe.rar: damaged RAR archive (cut short), the rest skipped\n"},
       Out::kSummary},
      {"a 7z archive cut short, alone",
       [](const Scratch& s) {
         std::vector<testing::SevenZipEntry> entries;
         for (const std::string& name : s.samples()) entries.push_back({name, s.Sample(name)});
         s.Write("coupe.7z", testing::SevenZipArchive(entries).substr(0, 300));
         return "coupe.7z";
       },
       1,
       {"precis: warning: coupe.7z: damaged 7z archive (cut short), skipped\n",
        "precis: coupe.7z: no sentence to summarize\n"},
       Out::kEmpty},
      {"a ZIP archive of nothing but hidden files, alone",
       [](const Scratch& s) {
         s.Write("vide.zip", testing::ZipArchive({{".DS_Store", "\x01\x02"}}));
         return "vide.zip";
       },
       1,
       {"precis: warning: vide.zip: archive holds no file, skipped\n",
        "precis: vide.zip: no sentence to summarize\n"},
       Out::kEmpty},
      {"a spreadsheet among text files",
       [](const Scratch& s) {
         s.Write("utf8/chiffres.xlsx", testing::ZipArchive({{"[Content_Types].xml", "<Types/>"},
                                                            {"xl/workbook.xml", "<workbook/>"}}));
         return "utf8";
       },
       0,
       {"precis: warning: utf8/chiffres.xlsx: binary file (Excel spreadsheet, XLSX), skipped"},
       Out::kSampleSummary},
      {"an e-book among text files, under the name of a ZIP archive",
       [](const Scratch& s) {
         s.Write("utf8/revue.zip",
                 testing::ZipArchive({{"mimetype", "application/epub+zip"},
                                      {"META-INF/container.xml", "<container/>"},
                                      {"OEBPS/ch1.xhtml", "<p>La Loire d\u00e9borde.</p>"}}));
         return "utf8";
       },
       0,
       {"precis: warning: utf8/revue.zip: binary file (EPUB e-book), skipped"},
       Out::kSampleSummary},
      {"a news API's JSON among text files",
       [](const Scratch& s) {
         s.Write("utf8/everything.json",
                 "{\"status\": \"ok\", \"articles\": [{\"title\": \"Crue de la Loire\", "
                 "\"content\": \"La pr\u00e9fecture a ordonn\u00e9 l'\u00e9vacuation de 3 200 "
                 "habitants.\"}]}\n");
         return "utf8";
       },
       0,
       {"precis: warning: utf8/everything.json: JSON data, not an article; skipped"},
       Out::kSampleSummary},
      {"a CSV export of articles, alone",
       [](const Scratch& s) {
         s.Write("articles.csv",
                 "title,url,date,text\nCrue de la Loire,https://x.fr/0,2025-01-15,\"La "
                 "pr\u00e9fecture a ordonn\u00e9 mardi soir l'\u00e9vacuation de 3 200 "
                 "habitants.\n\nLa Loire a atteint 6,40 m\u00e8tres.\"\n");
         return "articles.csv";
       },
       1,
       {"precis: warning: articles.csv: CSV table, not an article; skipped\n",
        "precis: articles.csv: no sentence to summarize\n"},
       Out::kEmpty},
      {"subtitles of a news report, alone",
       [](const Scratch& s) {
         s.Write("journal.srt",
                 "1\n00:00:12,000 --> 00:00:14,400\nLe pic de la crue de la Loire\n\n2\n"
                 "00:00:14,500 --> 00:00:16,900\na \u00e9t\u00e9 atteint mercredi soir \u00e0 "
                 "Saumur, selon\n\n3\n00:00:17,000 --> 00:00:19,400\nle service de "
                 "pr\u00e9vision des crues.\n");
         return "journal.srt";
       },
       0,
       {"precis: warning: journal.srt: read as subtitles (--plain-text reads it as text)"},
       Out::kSummary},
      {"a file with NUL bytes among text files",
       [](const Scratch& s) {
         s.Write("core", std::string("\x7F"
                                     "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0\x03\0>\0",
                                     20));
         return "utf8 core";
       },
       0,
       {"precis: warning: core: binary file (NUL bytes), skipped"},
       Out::kSampleSummary},
      {"a Windows-1252 cluster",
       [](const Scratch& s) {
         s.WriteCluster("cp1252", testing::ToWindows1252);
         return "cp1252";
       },
       0,
       {"read as windows-1252 (detected)"},
       Out::kSampleSummary},
      {"an ISO-8859-1 file (no Windows-only characters)",
       [](const Scratch& s) {
         std::string text = s.Sample(s.samples()[0]);
         for (const auto& [from, to] : std::vector<std::pair<std::string, std::string>>{
                  {"\u2019", "'"}, {"\u0153", "oe"}, {"\u2013", "-"}}) {
           for (std::size_t at; (at = text.find(from)) != std::string::npos;) {
             text.replace(at, from.size(), to);
           }
         }
         s.Write("latin1.txt", testing::ToWindows1252(text));
         return "latin1.txt";
       },
       0,
       {"latin1.txt: read as ISO-8859-1 (detected)"},
       Out::kSummary},
      {"a Windows-1252 cluster with --encoding",
       [](const Scratch& s) {
         s.WriteCluster("cp1252", testing::ToWindows1252);
         return "--encoding windows-1252 cp1252";
       },
       0,
       {},
       Out::kSampleSummary},
      {"an ISO-8859-15 file with --encoding (0xA4 is the euro sign)",
       [](const Scratch& s) {
         s.Write("euro.txt",
                 "Le baril a atteint 80 \xA4 mardi, selon les analystes du "
                 "march\xE9 de Londres.\n");
         return "--encoding ISO-8859-15 euro.txt";
       },
       0,
       {},
       Out::kSummary},
      {"a UTF-16LE cluster with a byte order mark",
       [](const Scratch& s) {
         s.WriteCluster("u16",
                        [](const std::string& t) { return testing::ToUtf16(t, false, true); });
         return "u16";
       },
       0,
       {"read as UTF-16LE (byte order mark)"},
       Out::kSampleSummary},
      {"a UTF-16BE cluster without a byte order mark",
       [](const Scratch& s) {
         s.WriteCluster("u16",
                        [](const std::string& t) { return testing::ToUtf16(t, true, false); });
         return "u16";
       },
       0,
       {"read as UTF-16BE (detected)"},
       Out::kSampleSummary},
      {"invalid UTF-8 bytes in a UTF-8 file",
       [](const Scratch& s) {
         s.Write("utf8/" + s.samples()[1], "\xFF" + s.Sample(s.samples()[1]));
         return "utf8";
       },
       0,
       {"invalid UTF-8 at byte 0 replaced by U+FFFD"},
       Out::kSummary},
      {"a 5 MB line without punctuation among articles",
       [](const Scratch& s) {
         std::string line;
         line.reserve(5u << 20);
         while (line.size() < (5u << 20)) line += "mot ";
         s.Write("utf8/zz_long.txt", line);
         return "utf8";
       },
       0,
       {},
       Out::kSummary},
      {"one document",
       [](const Scratch& s) { return "utf8/" + s.samples()[0]; },
       0,
       {},
       Out::kSummary},
      {"one sentence",
       [](const Scratch& s) {
         s.Write("one.txt", kSentence + "\n");
         return "one.txt";
       },
       0,
       {},
       Out::kSummary},
      {"identical documents",
       [](const Scratch& s) {
         s.Write("same/a.txt", s.Sample(s.samples()[0]));
         s.Write("same/b.txt", s.Sample(s.samples()[0]));
         return "same";
       },
       0,
       {},
       Out::kSummary},
      {"every sentence identical",
       [](const Scratch& s) {
         std::string text;
         for (int i = 0; i < 30; ++i) text += kSentence + (i % 3 == 2 ? "\n\n" : " ");
         s.Write("echo.txt", text);
         return "echo.txt";
       },
       0,
       {},
       Out::kSummary},
      {"a budget smaller than the shortest sentence",
       [](const Scratch&) { return "-w 2 utf8"; },
       0,
       {"precis: warning: the summary is empty: of ", "longer than the budget of --words 2"},
       Out::kEmpty},
      {"only short sentences",
       [](const Scratch& s) {
         s.Write("court.txt", "Le Kremlin confirme.\n\nKim attend à Pyongyang.\n");
         return "court.txt";
       },
       0,
       {"precis: warning: the summary is empty: of 2 sentences, 2 are shorter than "
        "--min-words 6"},
       Out::kEmpty},
      {"only headlines",
       [](const Scratch& s) {
         s.Write("titres.txt",
                 "Vladimir Poutine en visite d’État à Pyongyang\n\n"
                 "« Un pacte stratégique » entre la Russie et la Corée du Nord\n");
         return "titres.txt";
       },
       0,
       {"precis: warning: the summary is empty: of 2 sentences, 2 are headlines or titles "
        "(--include-headlines)"},
       Out::kEmpty},
      {"a budget larger than all the text",
       [](const Scratch&) { return "-w 100000 utf8"; },
       0,
       {},
       Out::kSummary},
      {"text in another language than --lang",
       [](const Scratch& s) {
         s.Write("english.txt", kEnglish);
         return "english.txt";
       },
       0,
       {"english.txt: the text looks like en, not fr"},
       Out::kSummary},
      {"control characters, joiners, RTL marks, emoji, decomposed accents",
       [](const Scratch& s) {
         std::string text;
         for (const std::string& sentence : kExotic) text += sentence + "\n\n";
         s.Write("exotic.txt", text);
         return "-w 0 exotic.txt";
       },
       0,
       {},
       Out::kSummary},
  };
  return rows;
}

// Catch runs a test case's body once per section, and the rows are sections: the sample's
// summary, which every run compares with, is computed once.
const testing::CommandResult& SampleSummary() {
  static const testing::CommandResult summary = Scratch().Run("utf8");
  return summary;
}

TEST_CASE("Every kind of bad input gives the documented exit code, message and output") {
  const testing::CommandResult& reference = SampleSummary();
  REQUIRE(reference.exit_code == 0);
  REQUIRE(!reference.out.empty());

  for (const Row& row : Rows()) {
    DYNAMIC_SECTION(row.name) {
      const Scratch scratch;
      const std::string args = row.setup(scratch);
      CAPTURE(row.name, args);
      const auto start = std::chrono::steady_clock::now();
      const auto result = scratch.Run(args);
      const double seconds =
          std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
      CAPTURE(result.err, seconds);
      CHECK(result.exit_code == row.exit_code);
      CHECK(seconds < 120);  // bounded, even for the 5 MB line in a debug build
      for (const std::string& needle : row.err_has) {
        CHECK(result.err.find(needle) != std::string::npos);
      }
      // A row that expects nothing on stderr gets nothing: a stray warning is a change.
      if (row.err_has.empty()) CHECK(result.err.empty());
      // Every message is a line of its own that names the program.
      for (const std::string& line : Lines(result.err)) {
        CHECK((line.rfind("precis: ", 0) == 0 || line.rfind("Try 'precis --help'", 0) == 0));
      }
      switch (row.out) {
        case Out::kEmpty:
          CHECK(result.out.empty());
          break;
        case Out::kSampleSummary:
          CHECK(result.out == reference.out);
          break;
        case Out::kSummary: {
          REQUIRE(!result.out.empty());
          CHECK(IsValidUtf8(result.out));
          CHECK(result.out.back() == '\n');
          // Each line is one of the input's sentences, exactly as `segment` gives them.
          const auto segmented = scratch.Run("segment " + args);
          REQUIRE(segmented.exit_code == 0);
          const auto sentences = Lines(segmented.out);
          const std::set<std::string> known(sentences.begin(), sentences.end());
          std::set<std::string> seen;
          for (const std::string& line : Lines(result.out)) {
            CAPTURE(line);
            CHECK(known.count(line) == 1);
            CHECK(seen.insert(line).second);  // never the same sentence twice
          }
          break;
        }
      }
    }
  }
}

// The rows whose summary is known exactly, beyond "a valid summary".
TEST_CASE("Degenerate clusters and odd characters give the summary they should") {
  const Scratch scratch;
  scratch.Write("one.txt", kSentence + "\n");
  CHECK(scratch.Run("one.txt").out == kSentence + "\n");

  std::string echo;
  for (int i = 0; i < 30; ++i) echo += kSentence + " ";
  scratch.Write("echo.txt", echo);
  CHECK(scratch.Run("echo.txt").out == kSentence + "\n");

  // Exotic characters come out as the source wrote them: nothing removed or recomposed.
  std::string exotic;
  for (const std::string& sentence : kExotic) exotic += sentence + "\n\n";
  scratch.Write("exotic.txt", exotic);
  const auto result = scratch.Run("-w 0 exotic.txt");
  REQUIRE(result.exit_code == 0);
  for (const std::string& sentence : kExotic) {
    CAPTURE(sentence);
    CHECK(result.out.find(sentence + "\n") != std::string::npos);
  }

  // The euro sign of ISO-8859-15 arrives as U+20AC.
  scratch.Write("euro.txt",
                "Le baril a atteint 80 \xA4 mardi, selon les analystes du "
                "march\xE9 de Londres.\n");
  CHECK(scratch.Run("--encoding ISO-8859-15 euro.txt").out ==
        "Le baril a atteint 80 \u20ac mardi, selon les analystes du march\u00e9 de Londres.\n");

  // A budget larger than the text gives every sentence that may stand in a summary:
  // more than the default budget does, and at least all of those.
  const auto all = scratch.Run("-w 100000 utf8");
  const auto some = scratch.Run("utf8");
  REQUIRE(all.exit_code == 0);
  CHECK(Lines(all.out).size() > Lines(some.out).size());
  for (const std::string& line : Lines(some.out)) {
    CAPTURE(line);
    CHECK(all.out.find(line + "\n") != std::string::npos);
  }
}

TEST_CASE("The --output file is written whole, or not at all") {
  const Scratch scratch;
  const auto stdout_run = scratch.Run("utf8");
  REQUIRE(stdout_run.exit_code == 0);

  const auto written = scratch.Run("--output summary.txt utf8");
  CHECK(written.exit_code == 0);
  CHECK(written.out.empty());
  CHECK(Slurp(scratch.path() / "summary.txt") == stdout_run.out);
  // No temporary file is left beside it.
  std::size_t files = 0;
  for (const auto& entry : fs::directory_iterator(scratch.path())) files += entry.is_regular_file();
  CHECK(files == 1);

  // An existing file is replaced only by a complete summary: a failed run leaves it as it was.
  scratch.Write("summary.txt", "previous\n");
  const auto failed = scratch.Run("--output summary.txt missing.txt");
  CHECK(failed.exit_code == 1);
  CHECK(Slurp(scratch.path() / "summary.txt") == "previous\n");

  // An input is never overwritten, whether named or read from a directory.
  const std::string input = "utf8/" + scratch.samples()[0];
  for (const std::string& args :
       {"-o " + input + " " + input, "-o " + input + " utf8", "-o ./" + input + " utf8"}) {
    CAPTURE(args);
    const auto refused = scratch.Run(args);
    CHECK(refused.exit_code == 2);
    CHECK(refused.err.find("refusing to overwrite") != std::string::npos);
    CHECK(scratch.Sample(scratch.samples()[0]) ==
          Slurp(fs::path(testing::SampleDocsDir()) / scratch.samples()[0]));
  }

  // "-" is standard output, as it is standard input; ./- names a file.
  const auto dash = scratch.Run("-o - utf8");
  CHECK(dash.exit_code == 0);
  CHECK(dash.out == stdout_run.out);
  CHECK(!fs::exists(scratch.path() / "-"));
  CHECK(scratch.Run("-o ./- utf8").exit_code == 0);
  CHECK(Slurp(scratch.path() / "-") == stdout_run.out);
  fs::remove(scratch.path() / "-");

  // A directory that does not exist: an error naming the file, nothing created.
  const auto nowhere = scratch.Run("-o no/such/dir/summary.txt utf8");
  CHECK(nowhere.exit_code == 1);
  CHECK(nowhere.err.rfind("precis: no/such/dir/summary.txt: ", 0) == 0);
  CHECK(!fs::exists(scratch.path() / "no"));
}

TEST_CASE("An output path that is no plain file is treated as a shell's > would") {
  const Scratch scratch;
  const auto stdout_run = scratch.Run("utf8");
  REQUIRE(stdout_run.exit_code == 0);

  // A link is followed: the file it points at gets the summary, and the link stays.
  scratch.Write("target.txt", "previous\n");
  fs::permissions(scratch.path() / "target.txt",
                  fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read);
  fs::create_symlink("target.txt", scratch.path() / "link.txt");
  CHECK(scratch.Run("-o link.txt utf8").exit_code == 0);
  CHECK(fs::is_symlink(fs::symlink_status(scratch.path() / "link.txt")));
  CHECK(Slurp(scratch.path() / "target.txt") == stdout_run.out);
  // The file replaced keeps its permissions (0640, not the umask's 0644).
  CHECK(fs::status(scratch.path() / "target.txt").permissions() ==
        (fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read));
  // A link to nothing yet: the file is made where it points.
  fs::create_symlink("made.txt", scratch.path() / "dangling.txt");
  CHECK(scratch.Run("-o dangling.txt utf8").exit_code == 0);
  CHECK(fs::is_symlink(fs::symlink_status(scratch.path() / "dangling.txt")));
  CHECK(Slurp(scratch.path() / "made.txt") == stdout_run.out);

  // A loop of links is refused, and stays a loop.
  fs::create_symlink("loop-b.txt", scratch.path() / "loop-a.txt");
  fs::create_symlink("loop-a.txt", scratch.path() / "loop-b.txt");
  const auto looped = scratch.Run("-o loop-a.txt utf8");
  CHECK(looped.exit_code == 1);
  CHECK(looped.err == "precis: loop-a.txt: Too many levels of symbolic links\n");
  CHECK(fs::is_symlink(fs::symlink_status(scratch.path() / "loop-a.txt")));
  CHECK(fs::is_symlink(fs::symlink_status(scratch.path() / "loop-b.txt")));

  // A device is written to, not replaced (through a link, so that a failure here could
  // only ever replace the link, never /dev/null itself).
  fs::create_symlink("/dev/null", scratch.path() / "null");
  CHECK(scratch.Run("-o null utf8").exit_code == 0);
  CHECK(fs::is_symlink(fs::symlink_status(scratch.path() / "null")));
  CHECK(fs::is_character_file(fs::status("/dev/null")));
  // A FIFO hands the summary to whoever reads it.
  REQUIRE(::mkfifo((scratch.path() / "fifo").c_str(), 0600) == 0);
  // Both sides time out, so that a failure on one side cannot leave the other waiting.
  const std::string dir = "'" + scratch.path().string() + "'";
  const auto piped = RunCommand("cd " + dir + " && { timeout 60 " + Precis() +
                                " -o fifo utf8 & timeout 60 cat fifo > read.txt; wait $!; }");
  CHECK(piped.exit_code == 0);
  CHECK(fs::is_fifo(fs::status(scratch.path() / "fifo")));
  CHECK(Slurp(scratch.path() / "read.txt") == stdout_run.out);

  // A descriptor's name writes through the descriptor, as a shell's > does: opened anew,
  // the log that stdout appends to would be written from its start, or replaced.
  scratch.Write("log.txt", "before\n");
  for (const std::string name : {"/dev/stdout", "/dev/fd/1", "/proc/self/fd/1"}) {
    CHECK(scratch.Run("-o " + name + " utf8 >> log.txt").exit_code == 0);
  }
  CHECK(scratch.Run("-o /dev/stderr utf8 2>> log.txt").exit_code == 0);
  CHECK(Slurp(scratch.path() / "log.txt") ==
        "before\n" + stdout_run.out + stdout_run.out + stdout_run.out + stdout_run.out);
  const auto closed = scratch.Run("-o /dev/fd/9 utf8 9>&-");
  CHECK(closed.exit_code == 1);
  CHECK(closed.err == "precis: /dev/fd/9: Bad file descriptor\n");
  // A file with two names keeps them both: a rename would part them.
  scratch.Write("first.txt", "previous\n");
  fs::create_hard_link(scratch.path() / "first.txt", scratch.path() / "second.txt");
  CHECK(scratch.Run("-o second.txt utf8").exit_code == 0);
  CHECK(fs::equivalent(scratch.path() / "first.txt", scratch.path() / "second.txt"));
  CHECK(Slurp(scratch.path() / "first.txt") == stdout_run.out);

  // Standard input read from a file is an input too.
  const std::string input = "utf8/" + scratch.samples()[0];
  const auto from_stdin = scratch.Run("- -o " + input + " < " + input);
  CHECK(from_stdin.exit_code == 2);
  CHECK(from_stdin.err ==
        "precis: " + input + ": --output names an input file; refusing to overwrite it\n");
  CHECK(scratch.Sample(scratch.samples()[0]) ==
        Slurp(fs::path(testing::SampleDocsDir()) / scratch.samples()[0]));

  // No name, or a folder's, is an error, not stdout and not a file inside it.
  const auto empty = scratch.Run("-o '' utf8");
  CHECK(empty.exit_code == 2);
  CHECK(empty.out.empty());
  CHECK(empty.err ==
        "precis: --output: empty file name\nTry 'precis --help' for more information.\n");
  fs::create_directory(scratch.path() / "out");
  for (const std::string folder : {"out", "out/"}) {
    const auto into_folder = scratch.Run("-o " + folder + " utf8");
    CHECK(into_folder.exit_code == 1);
    CHECK(into_folder.err == "precis: " + folder + ": is a directory\n");
  }
  // The folder of the input too.
  const auto input_folder = scratch.Run("-o utf8 utf8");
  CHECK(input_folder.exit_code == 1);
  CHECK(input_folder.err == "precis: utf8: is a directory\n");
  const auto new_folder = scratch.Run("-o new/ utf8");
  CHECK(new_folder.exit_code == 1);
  CHECK(new_folder.err == "precis: new/: names a directory, not a file\n");
  CHECK(!fs::exists(scratch.path() / "new"));
}

TEST_CASE("An unreadable file is an error naming it, with nothing on stdout") {
  // Permissions do not stop root, which CI runs as: there precis runs as nobody.
  std::string as_user;
  if (::geteuid() == 0) {
    as_user = "setpriv --reuid=65534 --regid=65534 --clear-groups ";
    // nobody must be able to become nobody, and to reach the program in its folder.
    if (RunCommand(as_user + Precis() + " --version").exit_code != 0) {
      WARN(
          "running as root, and nobody cannot run precis here: permissions do not stop "
          "reads");
      return;
    }
  }
  const Scratch scratch;
  scratch.Write("secret.txt", kSentence);
  fs::permissions(scratch.path() / "secret.txt", fs::perms::none);
  const auto result = scratch.Run("utf8 secret.txt", as_user);
  CHECK(result.exit_code == 1);
  CHECK(result.err == "precis: secret.txt: Permission denied\n");
  CHECK(result.out.empty());
}

TEST_CASE("A file in a folder the user may not write to is written over, as > would") {
  // Permissions do not stop root, which CI runs as: there precis runs as nobody.
  std::string as_user;
  if (::geteuid() == 0) {
    as_user = "setpriv --reuid=65534 --regid=65534 --clear-groups ";
    if (RunCommand(as_user + Precis() + " --version").exit_code != 0) {
      WARN("running as root, and nobody cannot run precis here: permissions do not stop writes");
      return;
    }
  }
  const Scratch scratch;
  const auto stdout_run = scratch.Run("utf8", as_user);
  REQUIRE(stdout_run.exit_code == 0);
  const fs::path folder = scratch.path() / "locked";
  fs::create_directory(folder);
  scratch.Write("locked/summary.txt", "previous\n");
  fs::permissions(
      folder / "summary.txt",
      fs::perms::all & ~(fs::perms::owner_exec | fs::perms::group_exec | fs::perms::others_exec));
  const fs::perms open_folder = fs::status(folder).permissions();
  fs::permissions(folder, fs::perms::owner_read | fs::perms::owner_exec | fs::perms::group_read |
                              fs::perms::group_exec | fs::perms::others_read |
                              fs::perms::others_exec);

  // A failed run leaves the file as it was.
  const auto failed = scratch.Run("-o locked/summary.txt utf8 missing.txt", as_user);
  CHECK(failed.exit_code == 1);
  CHECK(Slurp(folder / "summary.txt") == "previous\n");

  const auto written = scratch.Run("-o locked/summary.txt utf8", as_user);
  CAPTURE(written.err);
  CHECK(written.exit_code == 0);
  CHECK(Slurp(folder / "summary.txt") == stdout_run.out);
  std::size_t files = 0;
  for (const auto& entry : fs::directory_iterator(folder)) files += entry.is_regular_file();
  CHECK(files == 1);

  // A file that is not there yet cannot be made there, and the error says why.
  const auto refused = scratch.Run("-o locked/new.txt utf8", as_user);
  CHECK(refused.exit_code == 1);
  CHECK(refused.err == "precis: locked/new.txt: Permission denied\n");
  CHECK(!fs::exists(folder / "new.txt"));
  fs::permissions(folder, open_folder);  // so that the scratch folder can be removed
}

#ifndef __SANITIZE_ADDRESS__  // AddressSanitizer reserves terabytes of address space
TEST_CASE("Threads the system will not start leave their work to the others", "[cli]") {
  // Under a 300 MB address-space limit, 64 threads of 8 MB stacks cannot all start:
  // std::thread's exception once ended the process ("terminate called without an
  // active exception", SIGABRT) with the threads already started still joinable.
  const Scratch scratch;
  const auto free_run = scratch.Run("--threads 1 utf8");
  REQUIRE(free_run.exit_code == 0);
  const auto limited = scratch.Run("--threads 64 utf8", "ulimit -v 300000 && ");
  CAPTURE(limited.err);
  CHECK(limited.exit_code == 0);
  CHECK(limited.out == free_run.out);
}
#endif

#ifndef __SANITIZE_ADDRESS__  // AddressSanitizer reserves terabytes of address space
TEST_CASE("Running out of memory names the document that took it", "[cli]") {
  // A Word document of 60 KB holding 33 MB of markup: its text outgrows a 400 MB address
  // space. The message once said "precis: out of memory", naming no file among many.
  std::string body;
  for (int i = 0; i < 400000; ++i) {
    body += "<w:p><w:r><w:t>Le Kremlin confirme la visite de Vladimir Poutine.</w:t></w:r></w:p>";
  }
  const Scratch scratch;
  scratch.Write("utf8/enorme.docx",
                testing::ZipArchive({{"word/document.xml",
                                      "<w:document xmlns:w=\"http://schemas.openxmlformats.org/"
                                      "wordprocessingml/2006/main\"><w:body>" +
                                          body + "</w:body></w:document>",
                                      false}}));
  const auto result = scratch.Run("--threads 1 utf8", "ulimit -v 400000 && ");
  CHECK(result.exit_code == 1);
  CHECK(result.out.empty());
  CHECK_THAT(result.err, Catch::Matches("precis: utf8/enorme\\.docx: out of memory while "
                                        "(reading|cleaning|cutting into sentences) its "
                                        "[0-9.]+ [KMG]iB.*\n"));
}
#endif

#ifndef __SANITIZE_ADDRESS__  // AddressSanitizer reserves terabytes of address space
TEST_CASE("An HTML page that memory cannot hold is named, never dropped in silence", "[cli]") {
  // libxml2 short of memory returns the page cut short, or nothing, and printed its own
  // "internal buffer error : Memory allocation failed" lines: at some limits the page was
  // read as one without text, and the summary drawn from the other file, exit 0.
  std::string page =
      "<!DOCTYPE html><html lang=\"fr\"><head><title>Poutine à Pyongyang</title></head>"
      "<body><article><h1>Poutine à Pyongyang</h1>";
  for (int i = 0; i < 30000; ++i) {
    page +=
        "<div class=\"c\"><p>Le président russe est arrivé mercredi à Pyongyang pour "
        "une visite de deux jours, la première depuis 24 ans, et 6.700 conteneurs "
        "d’obus (3,5 % du total) ont été livrés. « Nous irons jusqu’au bout », a dit M. "
        "Kim. Paragraphe " +
        std::to_string(i) + ".</p></div>\n";
  }
  page += "</article></body></html>";
  const Scratch scratch;
  scratch.Write("lourd/page.html", page);
  scratch.Write("lourd/autre.txt",
                "Poutine en Corée du Nord\n\nLe président russe est arrivé à Pyongyang. Kim "
                "Jong-un l’a accueilli à l’aéroport.\n");
  for (const char* limit : {"130000", "150000", "170000", "190000"}) {
    CAPTURE(limit);
    const auto result =
        scratch.Run("--threads 1 lourd", std::string("ulimit -v ") + limit + " && ");
    CAPTURE(result.err);
    CHECK(result.err.find("error :") == std::string::npos);  // libxml2's own lines
    if (result.exit_code == 0) {
      CHECK(result.err.find("no text") == std::string::npos);
    } else {
      CHECK(result.exit_code == 1);
      CHECK_THAT(result.err, Catch::Matches("precis: lourd/page\\.html: out of memory while "
                                            "(reading|cleaning|cutting into sentences) its "
                                            "[0-9.]+ [KMG]iB.*\n"));
    }
  }
}
#endif

TEST_CASE("Standard input that is a file named too is read once", "[cli]") {
  // "precis a.txt - < a.txt" once read the article twice, and it weighed double.
  const Scratch scratch;
  const std::string file = "utf8/" + scratch.samples().front();
  const auto once = scratch.Run("segment " + file);
  const auto twice = scratch.Run("segment " + file + " - < " + file);
  CHECK(twice.exit_code == 0);
  CHECK(twice.out == once.out);
  CHECK(twice.err.find("precis: warning: -: read already, as " + file + ", skipped\n") !=
        std::string::npos);
  // A pipe on standard input named again as /dev/fd/0: its second reading was empty.
  const auto piped = scratch.Run("segment - /dev/fd/0", "cat " + file + " | ");
  CHECK(piped.exit_code == 0);
  CHECK(piped.out == once.out);
  CHECK(piped.err == "precis: warning: /dev/fd/0: read already, as -, skipped\n");
}

TEST_CASE("Input with no document gets the skipped files' warnings and one error", "[cli]") {
  // The library's "no document to summarize" warning once sat between them, repeating the
  // error that followed.
  const Scratch scratch;
  scratch.Write("vide.tar", std::string(10240, '\0'));
  for (const std::string& command :
       {std::string(), std::string("explain "), std::string("segment ")}) {
    CAPTURE(command);
    const auto result = scratch.Run(command + "vide.tar");
    CHECK(result.exit_code == 1);
    CHECK(result.out.empty());
    CHECK(result.err ==
          "precis: warning: vide.tar: archive holds no file, skipped\n"
          "precis: vide.tar: no sentence " +
              std::string(command == "segment " ? "found" : "to summarize") + "\n");
  }
}

TEST_CASE("The JSON and the page keep the warnings of the files skipped", "[cli]") {
  // Kept where stderr is not, they were the only record that a document was left out.
  const Scratch scratch;
  scratch.Write("dump.bin", std::string("Texte\0\0\0 suite", 14));
  const std::string skipped = "dump.bin: binary file (NUL bytes), skipped";
  for (const std::string& command :
       {std::string("-f json "), std::string("explain -f json "), std::string("-f html ")}) {
    CAPTURE(command);
    const auto result = scratch.Run(command + "utf8 dump.bin");
    CHECK(result.exit_code == 0);
    CHECK(result.err == "precis: warning: " + skipped + "\n");
    CHECK(result.out.find(skipped) != std::string::npos);
  }
}

// 100 MB in one file, one line without punctuation: the segmenter's cap keeps every
// stage on bounded pieces. Run with: bad_input_test "[slow]"
TEST_CASE("A 100 MB file without punctuation is handled in bounded time", "[.][slow]") {
  const Scratch scratch;
  std::string text;
  text.reserve(100u << 20);
  while (text.size() < (100u << 20)) text += "mot ";
  scratch.Write("huge.txt", text);
  const auto start = std::chrono::steady_clock::now();
  const auto result = scratch.Run("huge.txt");
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  CAPTURE(result.err, seconds);
  CHECK(result.exit_code == 0);
  // Every 4,000-byte piece is 1,000 words, past --max-words: the documented outcome.
  CHECK(result.err.find("the summary is empty: ") != std::string::npos);
  // Without final punctuation, every piece is a headline first (and too long after that).
  CHECK(result.err.find(" are headlines or titles (--include-headlines)") != std::string::npos);
  CHECK(result.out.empty());
  CHECK(seconds < 600);
}

}  // namespace
}  // namespace precis
