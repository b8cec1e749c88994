#include "load.h"

#include <catch2/catch.hpp>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "decode.h"
#include "language.h"
#include "language_guess.h"
#include "precis/error.h"
#include "support/encode_text.h"
#include "support/word97_file.h"
#include "support/zip_archive.h"

namespace precis {
namespace {

// The original bytes behind normalized bytes [begin, end).
std::string OriginalOf(const LoadedDocument& doc, std::size_t begin, std::size_t end) {
  const std::size_t original_begin = doc.to_original.ToOriginal(begin);
  const std::size_t original_end = doc.to_original.ToOriginal(end);
  REQUIRE(original_begin <= original_end);
  REQUIRE(original_end <= doc.original.size());
  return doc.original.substr(original_begin, original_end - original_begin);
}

LoadedDocument LoadText(std::string text) { return Load({"doc.txt", std::move(text)}); }

TEST_CASE("Load keeps the name and passes clean text through", "[load]") {
  const LoadedDocument doc = Load({"a/b.txt", "Le président russe est arrivé."});
  CHECK(doc.name == "a/b.txt");
  CHECK(doc.original == "Le président russe est arrivé.");
  CHECK(doc.text == doc.original);
  CHECK(doc.warnings.empty());
  CHECK(doc.to_original.piece_count() == 0);
  CHECK(doc.to_original.ToOriginal(doc.text.size()) == doc.original.size());
}

TEST_CASE("The example of load.h holds", "[load]") {
  const LoadedDocument doc = Load({"a.txt", "\uFEFFCafe\u0301\r\n"});
  CHECK(doc.original == "Cafe\u0301\r\n");
  CHECK(doc.text == "Caf\u00E9\n");
  CHECK(doc.to_original.ToOriginal(5) == 6);
  CHECK(doc.to_original.ToOriginal(6) == 8);
}

TEST_CASE("Load removes a leading BOM only", "[load]") {
  const auto [input, original, text] = GENERATE(table<std::string, std::string, std::string>({
      {"\uFEFFBonjour", "Bonjour", "Bonjour"},
      {"\uFEFF", "", ""},
      // A second U+FEFF is a zero-width no-break space, which the original keeps and the
      // text, as every invisible format character, leaves out.
      {"\uFEFF\uFEFFx", "\uFEFFx", "x"},
      {"x\xEF\xBB\xBF", "x\xEF\xBB\xBF", "x"},
  }));
  CAPTURE(input);
  const LoadedDocument doc = LoadText(input);
  CHECK(doc.original == original);
  CHECK(doc.text == text);
  CHECK(doc.warnings.empty());
}

TEST_CASE("Invisible format characters are left out of the text, not the original", "[load]") {
  // Web pages scatter them; between a period and the next sentence one kept the two as
  // one sentence. The joiners, which shape emoji and scripts, stay, and so does a soft
  // hyphen at a line's end, where a word is cut.
  const auto [input, text] = GENERATE(table<std::string, std::string>({
      {"Il est arrivé.\u200B Kim l’a accueilli.", "Il est arrivé. Kim l’a accueilli."},
      {"à Pyongyang.\u2060 Les deux", "à Pyongyang. Les deux"},
      {"\u200EM. Poutine\u200F a parlé\u202A 6.700\u202C fois\u2066 (3,5\u00A0%)\u2069.",
       "M. Poutine a parlé 6.700 fois (3,5\u00A0%)."},
      {"gouver\u00ADnement, « visite\u00AD »", "gouvernement, « visite »"},
      {"gouver\u00AD\nnement", "gouver\u00AD\nnement"},
      {"ZWNJ\u200C et ZWJ\u200D restent", "ZWNJ\u200C et ZWJ\u200D restent"},
      {"\u200B\u200B\u200B", ""},
  }));
  CAPTURE(input);
  const LoadedDocument doc = LoadText(input);
  CHECK(doc.original == input);
  CHECK(doc.text == text);
  // Each word of the text maps back to where the original has it.
  for (const std::string word : {"Kim", "Les", "Poutine", "6.700", "restent"}) {
    const std::size_t at = doc.text.find(word);
    if (at == std::string::npos) continue;
    CHECK(doc.to_original.ToOriginal(at) == input.find(word));
  }
  CHECK(doc.to_original.ToOriginal(doc.text.size()) == input.size());
}

TEST_CASE("Load turns CRLF and lone CR into LF in text only", "[load]") {
  const auto [input, text] = GENERATE(table<std::string, std::string>({
      {"a\r\nb", "a\nb"},
      {"a\rb", "a\nb"},
      {"a\r\r\nb\r", "a\n\nb\n"},
      {"\r\n\r\n", "\n\n"},
      {"a\n\rb", "a\n\nb"},  // LF CR is two line ends
      {"Ligne un.\r\nLigne deux.\r\n", "Ligne un.\nLigne deux.\n"},
  }));
  CAPTURE(input);
  const LoadedDocument doc = LoadText(input);
  CHECK(doc.original == input);
  CHECK(doc.text == text);
  CHECK(doc.to_original.ToOriginal(doc.text.size()) == input.size());
}

TEST_CASE("A line of CRLF text maps back to its original bytes", "[load]") {
  const LoadedDocument doc = LoadText("Un.\r\nDeux.\r\nTrois.");
  REQUIRE(doc.text == "Un.\nDeux.\nTrois.");
  CHECK(OriginalOf(doc, 4, 9) == "Deux.");
  CHECK(OriginalOf(doc, 4, 10) == "Deux.\r\n");  // the LF stands for both bytes
  CHECK(OriginalOf(doc, 10, 16) == "Trois.");
}

TEST_CASE("Load composes decomposed accents and maps words back exactly", "[load]") {
  // "Le cafe\u0301 est pre\u0302t." with both accents decomposed.
  const std::string decomposed = "Le cafe\xCC\x81 est pre\xCC\x82t.";
  const LoadedDocument doc = LoadText(decomposed);
  CHECK(doc.original == decomposed);
  REQUIRE(doc.text == "Le café est prêt.");
  // Normalized "café" is [3, 8), "prêt" is [13, 18).
  CHECK(OriginalOf(doc, 3, 8) == "cafe\xCC\x81");
  CHECK(OriginalOf(doc, 13, 18) == "pre\xCC\x82t");
  CHECK(OriginalOf(doc, 0, doc.text.size()) == decomposed);
  // Only the two accents are stored.
  CHECK(doc.to_original.piece_count() == 2);
}

TEST_CASE("A word cut at a line end is read whole, its original kept as given", "[load]") {
  // The text writes the cut's hyphen U+00AD, and quoting leaves it and the break out.
  const auto [input, text, quoted] = GENERATE(table<std::string, std::string, std::string>({
      {"Le gouverne-\nment a tranch\u00e9. Le gouvernement se tait.",
       "Le gouverne\u00AD\nment a tranch\u00e9. Le gouvernement se tait.",
       "Le gouvernement a tranch\u00e9. Le gouvernement se tait."},
      // CRLF: the LF stands for both bytes, and the cut takes both.
      {"Le gouverne-\r\nment a tranch\u00e9.\r\nLe gouvernement se tait.\r\n",
       "Le gouverne\u00AD\nment a tranch\u00e9.\nLe gouvernement se tait.\n",
       "Le gouvernement a tranch\u00e9.\r\nLe gouvernement se tait.\r\n"},
      // Decomposed accents: compared composed, quoted as written.
      {"Le pre\u0301si-\ndent et le pr\u00e9sident.",
       "Le pr\u00e9si\u00AD\ndent et le pr\u00e9sident.",
       "Le pre\u0301sident et le pr\u00e9sident."},
      {"Le pre\u0301si-\r\n  dent et le pre\u0301sident.",
       "Le pr\u00e9si\u00AD\n  dent et le pr\u00e9sident.",
       "Le pre\u0301sident et le pre\u0301sident."},
      // A soft hyphen is a cut already.
      {"Le gouverne\u00AD\r\nment a tranch\u00e9.", "Le gouverne\u00AD\nment a tranch\u00e9.",
       "Le gouvernement a tranch\u00e9."},
      // A compound keeps its hyphen and its break; clean joins the lines.
      {"Les \u00c9tats-\r\nUnis.", "Les \u00c9tats-\nUnis.", "Les \u00c9tats-\r\nUnis."},
      {"Il a dit -\nrien.", "Il a dit -\nrien.", "Il a dit -\nrien."},
  }));
  CAPTURE(input);
  for (const bool unicode : {false, true}) {
    for (const bool markup : {true, false}) {
      CAPTURE(unicode, markup);
      LoadOptions options;
      options.markup = markup;
      const LoadedDocument doc = Load({"doc.txt", input, unicode}, options);
      CHECK(doc.original == input);
      CHECK(doc.text == text);
      CHECK(QuoteOriginal(doc, doc.original, 0, doc.text.size()) == quoted);
      // Every word maps back to its own bytes: after the cut, the rest of the text.
      const std::size_t last = doc.text.rfind(' ') + 1;
      CHECK(OriginalOf(doc, last, doc.text.size()) == input.substr(input.rfind(' ') + 1));
      // A quote of part of the text leaves out only the cuts inside it.
      CHECK(QuoteOriginal(doc, doc.original, 0, doc.text.find(' ')) ==
            input.substr(0, input.find(' ')));
    }
  }
}

TEST_CASE("An HTML page's source line ends are no cuts", "[load]") {
  const LoadedDocument doc =
      LoadText("<html><body><p>Le gouverne-\nment. Le gouvernement.</p></body></html>");
  CHECK(doc.text.find("gouverne-") != std::string::npos);
}

TEST_CASE("Markdown wrapped across a cut word is read as plain text is", "[load][markdown]") {
  const LoadedDocument doc = LoadText(
      "# Titre\n\nLe **gouverne-\nment** a tranch\u00e9 avec les \u00c9tats-\n  Unis, "
      "dit le\ngouvernement.\n");
  REQUIRE(doc.markup == LoadedDocument::Markup::kMarkdown);
  CHECK(doc.text ==
        "Titre\n\nLe gouverne\u00AD\nment a tranch\u00e9 avec les \u00c9tats-\nUnis, dit le "
        "gouvernement.\n");
  CHECK(QuoteOriginal(doc, doc.original, 0, doc.text.size()) ==
        "Titre\n\nLe gouvernement a tranch\u00e9 avec les \u00c9tats-\nUnis, dit le "
        "gouvernement.\n");
}

TEST_CASE("Load applies canonical equivalences beyond accents", "[load]") {
  const auto [input, text] = GENERATE(table<std::string, std::string>({
      {"e\xCC\x81", "\xC3\xA9"},                      // e U+0301 -> é
      {"\xC3\xA9", "\xC3\xA9"},                       // é stays
      {"\xE2\x84\xAB", "\xC3\x85"},                   // U+212B ANGSTROM SIGN -> Å
      {"\xE2\x84\xA6", "\xCE\xA9"},                   // U+2126 OHM SIGN -> Ω
      {"\xE1\x84\x80\xE1\x85\xA1", "\xEA\xB0\x80"},   // Hangul jamo -> 가
      {"a\xCC\x81\xCC\xA3", "\xE1\xBA\xA1\xCC\x81"},  // reorders marks: ạ U+0301
      {"\xEF\xAC\x81", "\xEF\xAC\x81"},               // ﬁ: compatibility, not NFC
  }));
  CAPTURE(input);
  const LoadedDocument doc = LoadText("x " + input + " y");
  CHECK(doc.text == "x " + text + " y");
  CHECK(OriginalOf(doc, 2, 2 + text.size()) == input);
  CHECK(OriginalOf(doc, 3 + text.size(), 4 + text.size()) == "y");
}

TEST_CASE("Load replaces invalid UTF-8 and names the byte", "[load]") {
  const std::string fffd = "\xEF\xBF\xBD";
  const auto [input, original, warning] =
      GENERATE_REF(table<std::string, std::string, std::string>({
          // 0x81 means nothing in windows-1252 either.
          {"ab\x81"
           "cd",
           "ab" + fffd + "cd", "doc.txt: invalid UTF-8 at byte 2 replaced by U+FFFD"},
          {"\xFF", fffd, "doc.txt: invalid UTF-8 at byte 0 replaced by U+FFFD"},
          // Truncated sequences: the lead and its valid trailing bytes are one
          // subpart.
          {"x\xE2\x82", "x" + fffd, "doc.txt: invalid UTF-8 at byte 1 replaced by U+FFFD"},
          {"x\xE2\x82y", "x" + fffd + "y", "doc.txt: invalid UTF-8 at byte 1 replaced by U+FFFD"},
          {"\xF0\x9F\x98 ok", fffd + " ok", "doc.txt: invalid UTF-8 at byte 0 replaced by U+FFFD"},
          {"caf\xC3", "caf" + fffd, "doc.txt: invalid UTF-8 at byte 3 replaced by U+FFFD"},
          // Overlongs, surrogates and code points past U+10FFFF: every byte is a
          // subpart.
          {"\xC0\xAF", fffd + fffd,
           "doc.txt: invalid UTF-8 replaced by U+FFFD (2 places, first at byte 0)"},
          {"-\xE0\x80\xAF", "-" + fffd + fffd + fffd,
           "doc.txt: invalid UTF-8 replaced by U+FFFD (3 places, first at byte 1)"},
          {"\xED\xA0\x80", fffd + fffd + fffd,
           "doc.txt: invalid UTF-8 replaced by U+FFFD (3 places, first at byte 0)"},
          {"\xF4\x90\x80\x80", fffd + fffd + fffd + fffd,
           "doc.txt: invalid UTF-8 replaced by U+FFFD (4 places, first at byte 0)"},
          {"\xF5\x80", fffd + fffd,
           "doc.txt: invalid UTF-8 replaced by U+FFFD (2 places, first at byte 0)"},
          // Latin-1 text among UTF-8: each lone byte is reported.
          {"Cr\xE9"
           "dit \xE0 la une, l\u2019\u00E9t\u00E9",
           "Cr" + fffd + "dit " + fffd + " la une, l\u2019\u00E9t\u00E9",
           "doc.txt: invalid UTF-8 replaced by U+FFFD (2 places, first at byte 2)"},
          // Offsets count the caller's bytes, BOM included.
          {"\xEF\xBB\xBF"
           "abc\x80",
           "abc" + fffd, "doc.txt: invalid UTF-8 at byte 6 replaced by U+FFFD"},
      }));
  CAPTURE(input);
  const LoadedDocument doc = LoadText(input);
  CHECK(doc.original == original);
  CHECK(doc.text == original);
  REQUIRE(doc.warnings.size() == 1);
  CHECK(doc.warnings[0] == warning);
}

TEST_CASE("A short Latin-1 text is read as windows-1252, not repaired as UTF-8", "[load][decode]") {
  // Too few bytes for the detector (it answered Shift_JIS), too many lost to U+FFFD: with
  // no UTF-8 in it, and each ill-formed byte one that windows-1252 makes a letter or a
  // sign, it is read so.
  const auto [input, original] = GENERATE(table<std::string, std::string>({
      {"Cr\xE9"
       "dit \xE0 la une.",
       "Cr\u00E9dit \u00E0 la une."},
      {"L\x92\xE9t\xE9 \xE0 Pyongyang.", "L\u2019\u00E9t\u00E9 \u00E0 Pyongyang."},
      {"\xAB Oui \xBB, 3,5 \x80.", "\u00AB Oui \u00BB, 3,5 \u20AC."},
      {"\x9Cuvre", "\u0153uvre"},
      // é, a non-breaking space and », which UTF-8 would read as U+983B, beside bytes
      // that are no UTF-8.
      {"Il a parl\xE9 du \xAB\xA0mot cl\xE9\xA0\xBB hier.",
       "Il a parl\u00E9 du \u00AB\u00A0mot cl\u00E9\u00A0\u00BB hier."},
      // é before a non-breaking space: a two-byte piece of ill-formed UTF-8.
      {"Il a d\xE9"
       "clar\xE9\xA0: oui.",
       "Il a d\u00E9clar\u00E9\u00A0: oui."},
      // The file's last byte a letter or a sign, without a final line break: a lead byte
      // there could be UTF-8 cut short, but not beside other Latin-1 letters.
      {"Le pr\xE9"
       "fet a \xE9t\xE9 nomm\xE9",
       "Le pr\u00E9fet a \u00E9t\u00E9 nomm\u00E9"},
      {"de \xAB"
       "documents importants\xBB",
       "de \u00AB"
       "documents importants\u00BB"},
      {"Il est all\xE9 \xE0", "Il est all\u00E9 \u00E0"},
      {"\xAB Le mot cl\xE9\xBB", "\u00AB Le mot cl\u00E9\u00BB"},
      // » can open no UTF-8 sequence, so alone at the end it is no cut one.
      {"Fin\xBB", "Fin\u00BB"},
  }));
  CAPTURE(input);
  const LoadedDocument doc = LoadText(input);
  CHECK(doc.original == original);
  CHECK(doc.warnings == std::vector<std::string>{"doc.txt: read as windows-1252 (assumed)"});
  // A cut sequence, at the end or not, or a byte windows-1252 leaves undefined, is
  // damage: repaired as UTF-8.
  for (const std::string& damaged :
       {std::string("Caf\xE9"), std::string("Caf\xC3"), std::string("Caf\xE9 \x81 x"),
        std::string("\xF0\x9F\x98 ok"), std::string("\xF0\x9F\x98")}) {
    CAPTURE(damaged);
    const LoadedDocument repaired = LoadText(damaged);
    CHECK(repaired.original.find("\xEF\xBF\xBD") != std::string::npos);
  }
}

TEST_CASE("Valid edge sequences and a literal U+FFFD are not reported", "[load]") {
  // U+0081, not U+0080 as the lowest: U+0080 is read as windows-1252's € (c1_controls.h).
  const std::string input =
      "\xC2\x81 \xDF\xBF \xE0\xA0\x80 \xED\x9F\xBF \xEE\x80\x80 \xEF\xBF\xBD "
      "\xF0\x90\x80\x80 \xF4\x8F\xBF\xBF";
  const LoadedDocument doc = LoadText(input);
  CHECK(doc.original == input);
  CHECK(doc.warnings.empty());
}

TEST_CASE("Empty and white-space-only documents", "[load]") {
  const auto [input, text] = GENERATE(table<std::string, std::string>({
      {"", ""},
      {" ", " "},
      {"  \t\r\n \r", "  \t\n \n"},
      {"\xC2\xA0\xE2\x80\xAF", "\xC2\xA0\xE2\x80\xAF"},  // U+00A0 U+202F
  }));
  CAPTURE(input);
  const LoadedDocument doc = LoadText(input);
  CHECK(doc.original == input);
  CHECK(doc.text == text);
  CHECK(doc.warnings.empty());
  CHECK(doc.to_original.ToOriginal(0) == 0);
  CHECK(doc.to_original.ToOriginal(text.size()) == input.size());
}

TEST_CASE("Typographic spaces, emoji and joiners are kept as they are", "[load]") {
  const std::string input =
      GENERATE(as<std::string>{},
               // « NBSP ... NBSP », « NNBSP ... NNBSP »
               "\u00AB\u00A0Des documents importants\u00A0\u00BB", "\u00AB\u202FOui\u202F\u00BB",
               "3,5\u202F%, 6.700 conteneurs, 152\u00A0mm",
               // ’ and '
               "L\u2019Occident l'a dit",
               // A family emoji joined by ZWJ; a heart with VS16; a flag.
               "Famille \U0001F469\u200D\U0001F469\u200D\U0001F467",
               "\u2764\uFE0F \U0001F1EB\U0001F1F7", "Il h\u00E9site\u2026 (\u2026)",
               // ZWNJ
               "a\u200Cc");
  CAPTURE(input);
  const LoadedDocument doc = LoadText(input);
  CHECK(doc.text == input);
  CHECK(doc.original == input);
  CHECK(doc.to_original.piece_count() == 0);
}

// A deterministic mix of pieces whose normalized form is known: every offset
// between two pieces must map back to the start of the same piece in the
// original, however the text is cut into chunks internally.
TEST_CASE("Offsets map back exactly across a long mixed document", "[load]") {
  struct Token {
    const char* original;
    const char* normalized;
  };
  const Token tokens[] = {
      {"a", "a"},
      {"Le ", "Le "},
      {"e\xCC\x81", "\xC3\xA9"},
      {"\xC3\xA9", "\xC3\xA9"},
      {"\r\n", "\n"},
      {"\r", "\n"},
      {"\xE2\x84\xAB", "\xC3\x85"},
      {"\xE1\x84\x80\xE1\x85\xA1", "\xEA\xB0\x80"},
      {"\xF0\x9F\x98\x80", "\xF0\x9F\x98\x80"},
      {"\xC2\xA0", "\xC2\xA0"},
      {"o\xCC\x88\xCC\x81", "\xC3\xB6\xCC\x81"},
  };
  constexpr std::size_t kTokenCount = sizeof(tokens) / sizeof(tokens[0]);
  std::string original, normalized;
  std::vector<std::pair<std::size_t, std::size_t>> starts;  // (normalized, original)
  std::uint32_t state = 12345;
  while (original.size() < 600 * 1024) {
    state = state * 1103515245u + 12345u;
    const Token& token = tokens[(state >> 16) % kTokenCount];
    starts.emplace_back(normalized.size(), original.size());
    original += token.original;
    normalized += token.normalized;
  }
  starts.emplace_back(normalized.size(), original.size());
  const LoadedDocument doc = LoadText(original);
  REQUIRE(doc.original == original);
  REQUIRE(doc.text == normalized);
  std::size_t mismatches = 0;
  for (const auto& [normalized_offset, original_offset] : starts) {
    if (doc.to_original.ToOriginal(normalized_offset) != original_offset) ++mismatches;
  }
  CHECK(mismatches == 0);
}

TEST_CASE("The offset map grows with the changes, not with the text", "[load]") {
  const std::string paragraph(4000, 'x');
  std::string input;
  for (int i = 0; i < 1000; ++i) input += paragraph + "\n";  // 4 MB, nothing to change
  CHECK(LoadText(input).to_original.piece_count() == 0);
  // Three decomposed accents: one piece each.
  input.insert(3000000, "e\xCC\x81");
  input.insert(2000000, "e\xCC\x81");
  input.insert(1000000, "e\xCC\x81");
  const LoadedDocument doc = LoadText(input);
  CHECK(doc.text.size() == input.size() - 3);
  CHECK(doc.to_original.piece_count() == 3);
}

// French news text with the characters legacy files get wrong: accents, ’, œ, –,
// U+00A0 inside « guillemets », and more than kMinInvalidForOtherEncoding of them.
const std::string kFrench =
    "Le pr\u00e9sident russe est arriv\u00e9 \u00e0 Pyongyang mardi soir. Il a \u00e9t\u00e9 "
    "re\u00e7u par le dirigeant nord-cor\u00e9en, qui l\u2019attendait "
    "\u00e0 l\u2019a\u00e9roport. "
    "Les deux pays ont sign\u00e9 un accord de d\u00e9fense\u00a0: \u00ab\u00a0une \u00e9tape "
    "historique\u00a0\u00bb, selon le Kremlin \u2013 une \u0153uvre commune.\r\n";

TEST_CASE("Load reads text in another encoding and says how", "[load][decode]") {
  using testing::ToUtf16;
  const auto [bytes, note] = GENERATE(table<std::string, std::string>({
      {testing::ToWindows1252(kFrench), "doc.txt: read as windows-1252 (detected)"},
      {ToUtf16(kFrench, false, true), "doc.txt: read as UTF-16LE (byte order mark)"},
      {ToUtf16(kFrench, true, true), "doc.txt: read as UTF-16BE (byte order mark)"},
      {ToUtf16(kFrench, false, false), "doc.txt: read as UTF-16LE (detected)"},
      {ToUtf16(kFrench, true, false), "doc.txt: read as UTF-16BE (detected)"},
      // An emoji is a surrogate pair in UTF-16.
      {ToUtf16("Bravo \U0001F44F !", false, true), "doc.txt: read as UTF-16LE (byte order mark)"},
      // UTF-32LE's mark starts with UTF-16LE's; read as UTF-16, every letter would be
      // followed by a NUL.
      {testing::ToUtf32(kFrench, false, true), "doc.txt: read as UTF-32LE (byte order mark)"},
      {testing::ToUtf32(kFrench, true, true), "doc.txt: read as UTF-32BE (byte order mark)"},
      {testing::ToUtf32(kFrench, false, false), "doc.txt: read as UTF-32LE (detected)"},
      {testing::ToUtf32(kFrench, true, false), "doc.txt: read as UTF-32BE (detected)"},
  }));
  CAPTURE(note);
  const LoadedDocument doc = LoadText(bytes);
  REQUIRE(doc.warnings.size() == 1);
  CHECK(doc.warnings[0] == note);
  if (bytes.size() > 40) {
    CHECK(doc.original == kFrench);
    CHECK(doc.text.find("\u00e9t\u00e9 re\u00e7u") != std::string::npos);
    CHECK(doc.text.back() == '\n');
  } else {
    CHECK(doc.original == "Bravo \U0001F44F !");
  }
}

TEST_CASE("A lone UTF-16 surrogate is replaced and counted in a marked file as in another",
          "[load][decode]") {
  // The byte order mark's own note took the place of the count, so the U+FFFD went by
  // without a word.
  const std::string lone_high_le("\x00\xD8", 2), lone_low_be("\xDC\x00", 2);
  const auto [bytes, note] = GENERATE_COPY(table<std::string, std::string>({
      {"\xFF\xFE" + testing::ToUtf16("\u00c9t\u00e9", false, false) + lone_high_le +
           testing::ToUtf16(" chaud.", false, false),
       "doc.txt: read as UTF-16LE (byte order mark); 1 byte sequence not valid in UTF-16LE "
       "replaced by U+FFFD"},
      {"\xFE\xFF" + testing::ToUtf16("\u00c9t\u00e9", true, false) + lone_low_be +
           testing::ToUtf16(" chaud.", true, false),
       "doc.txt: read as UTF-16BE (byte order mark); 1 byte sequence not valid in UTF-16BE "
       "replaced by U+FFFD"},
  }));
  const LoadedDocument doc = LoadText(bytes);
  REQUIRE(doc.warnings.size() == 1);
  CHECK(doc.warnings[0] == note);
  CHECK(doc.original == "\u00c9t\u00e9\ufffd chaud.");
}

TEST_CASE("An encoding the detector names but ICU cannot convert from is passed over",
          "[load][decode]") {
  // Bytes the fuzzer found (a RAR member): ICU's detector's best guess is "IBM420_rtl",
  // an EBCDIC code page with a text direction, which no converter is called; Load
  // stopped the whole run with "encoding: unknown encoding 'IBM420_rtl'".
  const std::string bytes =
      "Vladimir Poutine estriv\xc3\xa9 \xc3\xa0 mardi.\n\xc2\xab Nou" + std::string(25, '\xb9') +
      "s signerons un accord \xc2\xbb" + "Chiffr\xc3\xa9.";
  const LoadedDocument doc = LoadText(bytes);
  REQUIRE(doc.warnings.size() == 1);
  CHECK(doc.warnings[0].find("IBM420") == std::string::npos);
  CHECK(doc.warnings[0].rfind("doc.txt: read as ", 0) == 0);
  CHECK(doc.text.find("signerons un accord") != std::string::npos);
}

TEST_CASE("Binary documents load as no text with a warning naming the kind", "[load][decode]") {
  const auto [bytes, kind] = GENERATE(table<std::string, std::string>({
      {std::string("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16), "PNG image"},
      {std::string("\xFF\xD8\xFF\xE0\0\x10JFIF", 10), "JPEG image"},
      {"GIF89a\x01\x02", "GIF image"},
      {std::string("PK\x03\x04\x14\0\0\0", 8), "ZIP archive"},
      {std::string("7z\xBC\xAF\x27\x1C\0\x04", 8), "7z archive"},
      {std::string("Rar!\x1A\x07\x00\xCF\x90\x73\0\0", 12), "RAR archive"},
      {std::string("Rar!\x1A\x07\x01\0\x33\x92\xB5\xE5\x0A\x01\x05", 15), "RAR archive"},
      {std::string("\x1F\x8B\x08\0\0\0\0\0", 8), "gzip file"},
      {std::string("\xFD" "7zXZ\0\0\x04\xE6\xD6\xB4\x46", 12), "xz file"},
      {std::string("BZh11AY&SY\0\0\0\0", 14), "bzip2 file"},
      {testing::CompoundFileBytes({{"Workbook", "=SUM(A1:A3)"}}),
       "OLE2 file other than a Word document"},
      // NUL bytes at random places, not every other byte as in UTF-16.
      {std::string("ELF\0\0\0\x01\x02\x03 text \0\x7F\x00\x00zz yy xx", 22), "NUL bytes"},
  }));
  CAPTURE(kind);
  CHECK(UnreadableKind(bytes) == kind);
  const LoadedDocument doc = LoadText(bytes);
  CHECK(doc.text.empty());
  CHECK(doc.original.empty());
  REQUIRE(doc.warnings.size() == 1);
  CHECK(doc.warnings[0] == "doc.txt: binary file (" + kind + "), skipped");
}

TEST_CASE("A DOCX loads as its text, and a damaged one as none with a warning", "[load][decode]") {
  const std::string paragraph =
      "<w:p><w:r><w:t>Le pr\u00e9sident russe est arrive\u0301 \u00e0 Pyongyang.</w:t></w:r>"
      "</w:p>";
  const std::string docx = testing::ZipArchive(
      {{"word/document.xml",
        "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
        "<w:body>" +
            paragraph + "</w:body></w:document>",
        true}});
  CHECK(UnreadableKind(docx).empty());
  LoadedDocument doc = LoadText(docx);
  CHECK(doc.warnings.empty());
  // The original is the document's text as written; `text` is its NFC form.
  CHECK(doc.original == "Le pr\u00e9sident russe est arrive\u0301 \u00e0 Pyongyang.\n");
  CHECK(doc.text == "Le pr\u00e9sident russe est arriv\u00e9 \u00e0 Pyongyang.\n");
  CHECK(doc.to_original.ToOriginal(doc.text.size()) == doc.original.size());

  std::string damaged = docx;
  damaged[damaged.find("Pyongyang")] = 'p';
  CHECK(UnreadableKind(damaged).empty());
  doc = LoadText(damaged);
  CHECK(doc.text.empty());
  REQUIRE(doc.warnings.size() == 1);
  CHECK(doc.warnings[0] == "doc.txt: damaged Word document (CRC error), skipped");

  // Other programs' packages stay unreadable, named as what they are, not as archives of
  // articles.
  const struct {
    std::vector<testing::ZipEntry> entries;
    std::string kind;
  } packages[] = {
      {{{"[Content_Types].xml", "<Types/>"}, {"xl/workbook.xml", "<workbook/>"}},
       "Excel spreadsheet, XLSX"},
      {{{"ppt/presentation.xml", "<p:presentation/>"}}, "PowerPoint presentation, PPTX"},
      {{{"[Content_Types].xml", "<Types/>"}, {"visio/document.xml", "<VisioDocument/>"}},
       "Office Open XML package other than a Word document"},
      {{{"mimetype", "application/epub+zip"}, {"OEBPS/ch1.xhtml", "<p>La Loire.</p>"}},
       "EPUB e-book"},
      {{{"META-INF/container.xml", "<container/>"}}, "EPUB e-book"},
      {{{"mimetype", "application/vnd.oasis.opendocument.presentation"},
        {"content.xml", "<office:document-content/>"}},
       "OpenDocument presentation, ODP"},
      {{{"mimetype", "application/vnd.oasis.opendocument.spreadsheet-template"}},
       "OpenDocument spreadsheet, ODS"},
      {{{"mimetype", "application/vnd.oasis.opendocument.formula"}},
       "OpenDocument file other than a text (application/vnd.oasis.opendocument.formula)"},
  };
  for (const auto& package : packages) {
    CAPTURE(package.kind);
    const std::string bytes = testing::ZipArchive(package.entries);
    CHECK(UnreadableKind(bytes) == package.kind);
    CHECK(Load({"revue.zip", bytes}).warnings ==
          std::vector<std::string>{"revue.zip: binary file (" + package.kind + "), skipped"});
  }
}

TEST_CASE("A Word 97-2003 document loads as its text, and a damaged one as none with a warning",
          "[load][decode]") {
  const std::u16string text = u"Le pr\u00e9sident russe est arrive\u0301 \u00e0 Pyongyang.\r";
  const std::string doc_file =
      testing::Word97File(testing::Word97Stream({{text}}, static_cast<std::uint32_t>(text.size())));
  CHECK(UnreadableKind(doc_file).empty());
  LoadedDocument doc = LoadText(doc_file);
  CHECK(doc.warnings.empty());
  CHECK(doc.original == "Le pr\u00e9sident russe est arrive\u0301 \u00e0 Pyongyang.\n");
  CHECK(doc.text == "Le pr\u00e9sident russe est arriv\u00e9 \u00e0 Pyongyang.\n");

  // A compound file cut short may be a .doc: it is named as damaged, not as binary.
  const std::string damaged = doc_file.substr(0, 1200);
  CHECK(UnreadableKind(damaged).empty());
  doc = LoadText(damaged);
  CHECK(doc.text.empty());
  REQUIRE(doc.warnings.size() == 1);
  CHECK(doc.warnings[0] ==
        "doc.txt: damaged Word 97-2003 or other OLE2 file (its directory is damaged), skipped");
}

// RTF is text, but a reader would see its control words: "{\rtf1\ansi ... Le pr\'e9sident".
TEST_CASE("An RTF document loads as the text it shows, markup or not", "[load][decode]") {
  const std::string rtf =
      "{\\rtf1\\ansi\\ansicpg1252\\deff0 {\\fonttbl {\\f0 Times;}}\\f0\\fs24 Le pr\\'e9sident "
      "russe est arriv\\'e9 mardi \\'e0 Pyongyang.\\par\n}";
  CHECK(UnreadableKind(rtf).empty());
  for (const bool markup : {true, false}) {
    LoadOptions options;
    options.markup = markup;
    const LoadedDocument doc = Load({"note.rtf", rtf}, options);
    CHECK(doc.warnings.empty());
    CHECK(doc.text == "Le pr\u00e9sident russe est arriv\u00e9 mardi \u00e0 Pyongyang.\n");
  }
  // Text that only mentions it is read as text.
  CHECK(LoadText("Le format {\\rtf1} date de 1987.").text == "Le format {\\rtf1} date de 1987.");
}

TEST_CASE("Text, UTF-16 and UTF-32 text are not binary", "[decode]") {
  CHECK(UnreadableKind(kFrench).empty());
  CHECK(UnreadableKind("").empty());
  CHECK(UnreadableKind(testing::ToUtf16(kFrench, true, false)).empty());
  for (const bool big_endian : {false, true}) {
    CHECK(UnreadableKind(testing::ToUtf32(kFrench, big_endian, false)).empty());
    CHECK(UnreadableKind(testing::ToUtf32("Oui.", big_endian, true)).empty());
  }
  // Two NUL bytes in four, but the high byte of a UTF-32 unit is never 0x61 nor 0x62.
  CHECK(UnreadableKind(std::string("a\0\0ba\0\0ba\0\0ba\0\0b", 16)) == "NUL bytes");
  CHECK(UnreadableKind(testing::ToWindows1252(kFrench)).empty());
  CHECK(IsBlank(" \r\n\t\n"));
  CHECK(IsBlank("\xEF\xBB\xBF\n"));
  CHECK(IsBlank(""));
  CHECK_FALSE(IsBlank(" x "));
  CHECK_FALSE(IsBlank("\xC2\xA0."));
}

TEST_CASE("A few invalid bytes in UTF-8 text are repaired, not read as another encoding",
          "[load][decode]") {
  // Ten stray bytes among many well-formed accents: damage, not Windows-1252.
  std::string input;
  for (int i = 0; i < 10; ++i) input += kFrench + "\x92";
  const LoadedDocument doc = LoadText(input);
  REQUIRE(doc.warnings.size() == 1);
  CHECK(doc.warnings[0] == "doc.txt: invalid UTF-8 replaced by U+FFFD (10 places, first at byte " +
                               std::to_string(kFrench.size()) + ")");
  CHECK(doc.original.substr(0, kFrench.size()) == kFrench);
  CHECK(doc.original.substr(kFrench.size(), 3) == "\xEF\xBF\xBD");
}

TEST_CASE("An explicit encoding is used as given, without a note", "[load][decode]") {
  const auto [encoding, bytes, original] = GENERATE(table<std::string, std::string, std::string>({
      {"ISO-8859-1",
       "Cr\xE9"
       "dit \xE0 la une",
       "Cr\u00e9dit \u00e0 la une"},
      {"latin1", "\xE9t\xE9", "\u00e9t\u00e9"},
      // 0xA4 is the euro sign in ISO-8859-15, the currency sign in ISO-8859-1.
      {"ISO-8859-15", "10 \xA4", "10 \u20ac"},
      {"windows-1252", "l\x92\x9Cuvre", "l\u2019\u0153uvre"},
      {"UTF-16LE", std::string("\xE9\0t\0\xE9\0", 6), "\u00e9t\u00e9"},
      // Forcing UTF-8 keeps the repair of invalid bytes.
      {"UTF-8",
       "Cr\xE9"
       "dit",
       "Cr\xEF\xBF\xBD"
       "dit"},
  }));
  CAPTURE(encoding);
  LoadOptions options;
  options.encoding = encoding;
  const LoadedDocument doc = Load({"doc.txt", bytes}, options);
  CHECK(doc.original == original);
  if (encoding != "UTF-8") CHECK(doc.warnings.empty());
}

TEST_CASE("Bytes an explicit encoding cannot read are replaced, and said", "[load][decode]") {
  // A wrong --encoding made "pr\uFFFDsident" without a word, and UTF-32 on a text file
  // made "no text to summarize" of text that was there.
  LoadOptions ascii;
  ascii.encoding = "US-ASCII";
  const LoadedDocument doc = Load({"a.txt", "Le pr\xE9sident \xE0 Pyongyang."}, ascii);
  CHECK(doc.original == "Le pr\uFFFDsident \uFFFD Pyongyang.");
  CHECK(doc.warnings == std::vector<std::string>{
                            "a.txt: 2 byte sequences not valid in US-ASCII replaced by U+FFFD"});
  LoadOptions utf32;
  utf32.encoding = "UTF-32";
  const LoadedDocument wide = Load({"b.txt", "Le chat dort."}, utf32);
  REQUIRE(wide.warnings.size() == 1);
  CHECK(wide.warnings[0].find("not valid in UTF-32 replaced by U+FFFD") != std::string::npos);
  // The right encoding has nothing to say.
  LoadOptions latin1;
  latin1.encoding = "ISO-8859-1";
  CHECK(Load({"c.txt", "Le pr\xE9sident"}, latin1).warnings.empty());
}

TEST_CASE("An explicit encoding a UTF-16 file contradicts is obeyed, its NULs dropped and said",
          "[load][decode]") {
  // --encoding UTF-8 on a UTF-16 file passed a NUL every other byte into the summary.
  using testing::ToUtf16;
  const std::string french = "Le président a annoncé une réforme.";
  LoadOptions utf8;
  utf8.encoding = "UTF-8";
  const LoadedDocument marked = Load({"a.txt", ToUtf16(french, false, true)}, utf8);
  CHECK(marked.original.find('\0') == std::string::npos);
  CHECK(marked.original.find("Le pr") != std::string::npos);
  REQUIRE(marked.warnings.size() == 3);
  CHECK(marked.warnings[0] == "a.txt: its bytes look like UTF-16LE, not UTF-8");
  CHECK(marked.warnings[2] == "a.txt: 35 NUL characters dropped");
  LoadOptions latin1;
  latin1.encoding = "ISO-8859-1";
  const LoadedDocument big = Load({"b.txt", ToUtf16(french, true, false)}, latin1);
  CHECK(big.original.find('\0') == std::string::npos);
  CHECK(big.warnings.front() == "b.txt: its bytes look like UTF-16BE, not ISO-8859-1");
  // The encoding the bytes are in, by any of its names, has nothing to say; ICU's
  // "UTF-16" reads text without a byte order mark as big-endian.
  for (const char* name : {"UTF-16", "UTF-16LE", "utf16"}) {
    CAPTURE(name);
    LoadOptions right;
    right.encoding = name;
    const LoadedDocument read = Load({"c.txt", ToUtf16(french, false, true)}, right);
    CHECK(read.original == french);
    CHECK(read.warnings.empty());
  }
  LoadOptions generic;
  generic.encoding = "UTF-16";
  CHECK(Load({"e.txt", ToUtf16(french, true, false)}, generic).warnings.empty());
  const LoadedDocument swapped = Load({"f.txt", ToUtf16(french, false, false)}, generic);
  CHECK(swapped.warnings.front() == "f.txt: its bytes look like UTF-16LE, not UTF-16");
  // Nor does UTF-8 text with a stray NUL-free layout.
  CHECK(Load({"d.txt", french}, utf8).warnings.empty());
}

TEST_CASE("C1 controls in any input are read as windows-1252, in what output quotes",
          "[load][c1]") {
  // UTF-8 that went through a Latin-1 decoder once; a page's "&#146;", which libxml2
  // reads as U+0092; a file forced as ISO-8859-1 that was windows-1252.
  const LoadedDocument utf8 = Load({"a.txt", "L\u0092accord co\u00FBte 3,5\u00A0\u0080.\r\n"});
  CHECK(utf8.original == "L\u2019accord co\u00FBte 3,5\u00A0\u20AC.\r\n");
  CHECK(utf8.text == "L\u2019accord co\u00FBte 3,5\u00A0\u20AC.\n");
  CHECK(utf8.warnings == std::vector<std::string>{
                             "a.txt: 2 control characters U+0080 to U+009F read as windows-1252 "
                             "(U+0092 as \u2019)"});

  const LoadedDocument page = Load(
      {"b.html", "<html><body><p>En cas d&#146;agression &#x93;mutuelle&#148;.</p></body></html>"});
  CHECK(page.original == "En cas d\u2019agression \u201Cmutuelle\u201D.\n");
  REQUIRE(page.warnings.size() == 1);
  CHECK(page.warnings[0] ==
        "b.html: 3 control characters U+0080 to U+009F read as windows-1252 (U+0092 as \u2019)");

  LoadOptions latin1;
  latin1.encoding = "ISO-8859-1";
  const LoadedDocument forced = Load({"c.txt", "l\x92\x9Cuvre"}, latin1);
  CHECK(forced.original == "l\u2019\u0153uvre");
  CHECK(forced.warnings.size() == 1);
}

TEST_CASE("Plain text escaped for a page has its references read, unless asked not to",
          "[load][references]") {
  const std::string escaped = "Standard &AMP; Poor&#39;s a dit&nbsp;: l&#146;accord, R&D; & Co.";
  const LoadedDocument doc = Load({"a.txt", escaped});
  CHECK(doc.original == "Standard & Poor's a dit\u00A0: l\u2019accord, R&D; & Co.");
  CHECK(doc.warnings ==
        std::vector<std::string>{"a.txt: 4 character references (&AMP;, &#39;, &nbsp;...) read "
                                 "as the characters they stand for (--plain-text keeps them)",
                                 "a.txt: a control character U+0080 to U+009F read as windows-1252 "
                                 "(U+0092 as \u2019)"});
  LoadOptions plain;
  plain.markup = false;
  const LoadedDocument kept = Load({"a.txt", escaped}, plain);
  CHECK(kept.original == escaped);
  CHECK(kept.warnings.empty());
}

TEST_CASE("The references' warning names those the text holds, in the singular for one",
          "[load][references]") {
  const struct {
    std::string text;
    std::string warning;
  } cases[] = {
      {"L&rsquo;\u00e9vacuation de Saumur est ordonn\u00e9e.",
       "a.txt: a character reference (&rsquo;) read as the character it stands for "
       "(--plain-text keeps it)"},
      {"Aujourd&#39;hui, l&#39;eau monte \u00e0 Saumur.",
       "a.txt: 2 character references (&#39;) read as the characters they stand for "
       "(--plain-text keeps them)"},
      {"&laquo;&nbsp;Partez&nbsp;&raquo;, a dit le pr&eacute;fet.",
       "a.txt: 5 character references (&laquo;, &nbsp;, &raquo;...) read as the characters "
       "they stand for (--plain-text keeps them)"},
  };
  for (const auto& c : cases) {
    INFO(c.text);
    CHECK(Load({"a.txt", c.text}).warnings == std::vector<std::string>{c.warning});
  }
}

TEST_CASE("A Unicode document is read as UTF-8, never sniffed as a file's bytes",
          "[load][decode]") {
  const std::string article = "Le président a annoncé une réforme, a dit M. Durand.";
  const auto unicode = [](std::string text) { return Document{"texts[0]", std::move(text), true}; };
  // A NUL is dropped and said, not the mark of a binary file.
  const LoadedDocument nul = Load(unicode(article + std::string(1, '\0')));
  CHECK_FALSE(nul.skipped);
  CHECK(nul.original == article);
  CHECK(nul.warnings == std::vector<std::string>{"texts[0]: a NUL character dropped"});
  // NULs between letters are no UTF-16; bytes that are no UTF-8 are repaired, not decoded.
  CHECK(Load(unicode(std::string("a\0b\0c\0d\0", 8))).original == "abcd");
  const LoadedDocument latin =
      Load(unicode("Cr\xE9"
                   "dit"));
  CHECK(latin.original ==
        "Cr\uFFFD"
        "dit");
  // An encoding given for files does not apply; RTF source keeps its UTF-8 letters, and
  // its \'e9 is still read in its code page; a page is still a page.
  LoadOptions latin9;
  latin9.encoding = "ISO-8859-15";
  CHECK(Load(unicode(article), latin9).original == article);
  CHECK(Load(unicode(R"({\rtf1\ansi\ansicpg1252 Le pr\'e9sident a annoncé une réforme.\par})"))
            .original == "Le président a annoncé une réforme.\n");
  const LoadedDocument page = Load(unicode("<p>Le pr&eacute;sident est arrivé.</p>"));
  CHECK(page.original == "Le président est arrivé.\n");
  CHECK(page.markup == LoadedDocument::Markup::kHtml);
  // The same bytes as a file's: NUL bytes make it binary.
  CHECK(Load({"a.txt", article + std::string(1, '\0')}).skipped);
}

TEST_CASE("An HTML page loads as its text, with a note, and --plain-text keeps the markup",
          "[load][html]") {
  const std::string page =
      "<!DOCTYPE html>\r\n<html><body><h1>Poutine \xE0 Pyongyang</h1>\r\n"
      "<p>Le pr\xE9sident russe est arriv\xE9&nbsp;mardi \xE0 l\x92"
      "a\xE9roport, "
      "o\xF9 l\x92"
      "attendait son homologue, \xE0 la t\xEAte d\x92une d\xE9l\xE9gation.</p>"
      "</body></html>\r\n";
  // In Windows-1252, as many saved pages are: decoded first, then read as a page.
  const LoadedDocument doc = Load({"a.html", page});
  CHECK(doc.original ==
        "Poutine \u00E0 Pyongyang\n\nLe pr\u00E9sident russe est arriv\u00E9\u00A0mardi "
        "\u00E0 l\u2019a\u00E9roport, o\u00F9 l\u2019attendait son homologue, \u00E0 la "
        "t\u00EAte d\u2019une d\u00E9l\u00E9gation.\n");
  CHECK(doc.text == doc.original);
  CHECK(doc.markup == LoadedDocument::Markup::kHtml);
  CHECK(doc.warnings == std::vector<std::string>{"a.html: read as windows-1252 (detected)"});

  LoadOptions plain;
  plain.markup = false;
  const LoadedDocument as_text = Load({"a.html", page}, plain);
  CHECK(as_text.original.rfind("<!DOCTYPE html>\r\n", 0) == 0);
  CHECK(as_text.text.rfind("<!DOCTYPE html>\n", 0) == 0);
  CHECK(as_text.markup == LoadedDocument::Markup::kNone);
  CHECK(as_text.warnings == std::vector<std::string>{"a.html: read as windows-1252 (detected)"});

  // Prose that opens with a chevron is prose.
  const LoadedDocument prose = Load({"b.txt", "<3 Merci \u00E0 tous."});
  CHECK(prose.original == "<3 Merci \u00E0 tous.");
  CHECK(prose.markup == LoadedDocument::Markup::kNone);
}

TEST_CASE("A short page in a legacy encoding is read in the charset it declares",
          "[load][html][decode]") {
  // Three accented letters: too few for detection, which would repair them as bad UTF-8.
  const auto [meta, note, original] = GENERATE(table<std::string, std::string, std::string>({
      {"<meta charset=\"windows-1252\">", "a.html: read as windows-1252 (declared by the page)",
       "L\u2019\u00E9t\u00E9 \u00E0 Pyongyang.\n"},
      {"<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=ISO-8859-1\">",
       "a.html: read as windows-1252 (declared by the page)",
       "L\u2019\u00E9t\u00E9 \u00E0 Pyongyang.\n"},
      {"<meta charset='iso-8859-15'>", "a.html: read as iso-8859-15 (declared by the page)",
       "L\u2019\u00E9t\u00E9 \u00E0 Pyongyang.\n"},
      // A page that claims UTF-8 or an unknown charset is read as any file would be: a
      // short text whose every byte past ASCII is a windows-1252 letter or sign.
      {"<meta charset=\"utf-8\">", "a.html: read as windows-1252 (assumed)",
       "L\u2019\u00E9t\u00E9 \u00E0 Pyongyang.\n"},
      {"<meta charset=\"x-klingon\">", "a.html: read as windows-1252 (assumed)",
       "L\u2019\u00E9t\u00E9 \u00E0 Pyongyang.\n"},
  }));
  CAPTURE(meta);
  // 0x92 is ’ in windows-1252, a control character in ISO-8859-1 and ISO-8859-15, ’ for
  // browsers in the first two, and for precis in all three (c1_controls.h), with a note.
  const std::string page =
      "<html><head>" + meta + "</head><body><p>L\x92\xE9t\xE9 \xE0 Pyongyang.</p></body></html>";
  const LoadedDocument doc = Load({"a.html", page});
  CHECK(doc.original == original);
  const bool control = meta.find("iso-8859-15") != std::string::npos;
  REQUIRE(doc.warnings.size() == (control ? 2 : 1));
  CHECK(doc.warnings[0].rfind(note, 0) == 0);
  // The same bytes as plain text: the declaration is markup like any other.
  LoadOptions plain;
  plain.markup = false;
  CHECK(Load({"a.html", page}, plain).warnings.at(0) == "a.html: read as windows-1252 (assumed)");
}

TEST_CASE("Pages and Markdown get a note each, or one line a kind when there are many",
          "[load][html][markdown]") {
  std::vector<LoadedDocument> documents;
  for (const char* name : {"a.html", "b.txt", "c.htm", "", "d.html", "e.html"}) {
    const bool page = std::string(name) != "b.txt";
    documents.push_back(Load({name, page ? "<p>Un texte.</p>" : "Un texte."}));
  }
  documents.push_back(Load({"f.md", "# Titre\n\nUn **texte**.\n"}));
  std::vector<std::string> notes;
  NoteMarkup(documents, &notes);
  CHECK(notes == std::vector<std::string>{
                     "5 documents read as HTML pages (first: a.html); --plain-text reads them "
                     "as text",
                     "f.md: read as Markdown (--plain-text reads it as text)"});
  documents.resize(4);
  for (const char* name : {"g.md", "h.md", "i.md", "j.md"}) {
    documents.push_back(Load({name, "# Titre\n\nUn **texte**.\n"}));
  }
  notes.clear();
  NoteMarkup(documents, &notes);
  CHECK(notes == std::vector<std::string>{
                     "a.html: read as an HTML page (--plain-text reads it as text)",
                     "c.htm: read as an HTML page (--plain-text reads it as text)",
                     "read as an HTML page (--plain-text reads it as text)",
                     "4 documents read as Markdown (first: g.md); --plain-text reads them as "
                     "text"});
}

TEST_CASE("Markdown loads as its text, and --plain-text keeps the syntax", "[load][markdown]") {
  const std::string markdown =
      "# Poutine \u00E0 Pyongyang\r\n\r\n![Photo](a.jpg)\r\n\r\nLe **pr\u00E9sident** "
      "russe est arriv\u00E9 [mardi](https://x.fr/a) \u00E0 l\u2019a\u00E9roport.\r\n";
  const LoadedDocument doc = Load({"a.md", markdown});
  CHECK(doc.markup == LoadedDocument::Markup::kMarkdown);
  CHECK(doc.original ==
        "Poutine \u00E0 Pyongyang\n\nLe pr\u00E9sident russe est arriv\u00E9 "
        "mardi \u00E0 l\u2019a\u00E9roport.\n");
  CHECK(doc.text == doc.original);
  CHECK(doc.warnings.empty());

  LoadOptions plain;
  plain.markup = false;
  const LoadedDocument as_text = Load({"a.md", markdown}, plain);
  CHECK(as_text.markup == LoadedDocument::Markup::kNone);
  CHECK(as_text.original == markdown);

  // An HTML page is a page, whatever Markdown it also looks like.
  const LoadedDocument page = Load({"b.html", "<p># Titre</p><p>Un **texte**.</p>"});
  CHECK(page.markup == LoadedDocument::Markup::kHtml);
  CHECK(page.original == "# Titre\n\nUn **texte**.\n");
}

TEST_CASE("An unknown encoding is an option error", "[load][decode]") {
  LoadOptions options;
  options.encoding = "klingon-8";
  try {
    Load({"doc.txt", "x"}, options);
    FAIL("no error");
  } catch (const Error& e) {
    CHECK(e.code() == ErrorCode::kInvalidOptions);
    CHECK(e.path() == "encoding");
  }
}

const std::string kEnglish =
    "The president of Russia arrived in the capital of North Korea on Tuesday, and he was "
    "met at the airport by the leader of the country. They signed a treaty that binds each "
    "of them to help the other if it is attacked, which is the first such pact in decades. "
    "It is not clear what the treaty will mean for the war, but it was seen as a warning "
    "to the West, which has been trying to isolate both of them for years.";

TEST_CASE("A text clearly in another language is flagged, a short or matching one is not",
          "[language_guess]") {
  const Language& fr = GetLanguage("fr");
  const Language& en = GetLanguage("en");
  CHECK(GuessOtherLanguage(CountStopwords(kEnglish), fr) == "en");
  CHECK(GuessOtherLanguage(CountStopwords(kEnglish), en).empty());
  CHECK(GuessOtherLanguage(CountStopwords(kFrench + kFrench + kFrench), fr).empty());
  CHECK(GuessOtherLanguage(CountStopwords(kFrench + kFrench + kFrench), en) == "fr");
  // Too few words to be sure.
  CHECK(GuessOtherLanguage(CountStopwords("The end of the war."), fr).empty());
  // A wire brief of 32 words is enough (an adversarial test's got into a French summary).
  const std::string brief =
      "French President Emmanuel Macron dissolved the National Assembly on Sunday after the "
      "far-right National Rally won the European elections. Snap legislative elections will be "
      "held on June 30 and July 7, he said.";
  CHECK(GuessOtherLanguage(CountStopwords(brief), fr) == "en");
  // ...but not a French one that quotes English titles.
  CHECK(GuessOtherLanguage(CountStopwords("Le film « The Lord of the Rings » et la série « The "
                                          "Crown » sortent en salle le 19 décembre à Paris."),
                           fr)
            .empty());
  // Names and numbers only.
  CHECK(
      GuessOtherLanguage(CountStopwords("Poutine Kim Jong Un Pyongyang 2024 Moscou"), fr).empty());
}

TEST_CASE("A language precis does not read is told by its own function words", "[language_guess]") {
  const Language& fr = GetLanguage("fr");
  // A paper's Spanish edition: its "la", "de", "en" count as French, 32 to its 11 own.
  const std::string spanish =
      "El presidente francés, Emmanuel Macron, disolvió el domingo la Asamblea Nacional tras la "
      "victoria de la extrema derecha de Reagrupación Nacional en las elecciones europeas. Las "
      "elecciones legislativas anticipadas se celebrarán el 30 de junio y el 7 de julio, según "
      "anunció el jefe del Estado en un discurso televisado desde el Elíseo. La decisión "
      "sorprendió a su propio partido, que no había sido informado de antemano, y a los "
      "dirigentes de la oposición de izquierda. Los sondeos dan ventaja a la extrema derecha, "
      "pero muchos analistas creen que la campaña será muy disputada. También el primer "
      "ministro reconoció que la noticia fue una sorpresa para todos.";
  CHECK(GuessOtherLanguage(CountStopwords(spanish), fr) == "es");
  CHECK(GuessOtherLanguage(
            CountStopwords("Il presidente francese Emmanuel Macron ha sciolto domenica "
                           "l'Assemblea nazionale dopo la vittoria dell'estrema destra alle "
                           "elezioni europee. Le elezioni si terranno il 30 giugno e il 7 "
                           "luglio, ha annunciato il capo dello Stato."),
            fr) == "it");
  CHECK(GuessOtherLanguage(CountStopwords("Der französische Präsident Emmanuel Macron hat am "
                                          "Sonntag die Nationalversammlung aufgelöst, nachdem die "
                                          "extreme Rechte die Europawahl gewonnen hatte. Die "
                                          "Wahlen finden am 30. Juni und am 7. Juli statt."),
                           fr) == "de");
  // A French article that quotes a few foreign words is French.
  CHECK(GuessOtherLanguage(CountStopwords("« Wir schaffen das », avait lancé Angela Merkel en "
                                          "2015, quand l’Allemagne accueillait un million de "
                                          "réfugiés ; Carla Del Ponte et le club de Los Angeles "
                                          "ont salué à Amazon.com le choix « più forte »."),
                           fr)
            .empty());
  // None is given to --lang: the warning of a cluster all in Spanish advises nothing.
  std::vector<LoadedDocument> documents{Load({"a.txt", spanish}), Load({"b.txt", spanish})};
  std::vector<std::string> warnings;
  WarnOtherLanguages(documents, CountStopwords(TextsOf(documents), 1), fr, &warnings);
  CHECK(warnings.front() == "a.txt: the text looks like es, not fr; the summary may be poor");
  // Nothing flagged: nothing said, nothing left out (the advice once read a flag of none).
  documents = {Load({"c.txt", kFrench})};
  warnings.clear();
  CHECK(WarnOtherLanguages(documents, CountStopwords(TextsOf(documents), 1), fr, &warnings) ==
        std::vector<std::string>(1));
  CHECK(warnings.empty());
}

TEST_CASE("Many documents in the wrong language give one warning", "[language_guess]") {
  std::vector<LoadedDocument> documents;
  for (const char* name : {"a.txt", "b.txt"}) documents.push_back(Load({name, kEnglish}));
  std::vector<std::string> warnings;
  WarnOtherLanguages(documents, CountStopwords(TextsOf(documents), /*threads=*/1),
                     GetLanguage("fr"), &warnings);
  REQUIRE(warnings.size() == 2);
  // Every document in one other language: the warning says which option mends it.
  CHECK(warnings[0] ==
        "a.txt: the text looks like en, not fr; the summary may be poor: give --lang en");
  for (const char* name : {"c.txt", "d.txt"}) documents.push_back(Load({name, kEnglish}));
  // With a French one among them, no option mends the whole cluster.
  documents.push_back(Load({"e.txt", kFrench}));
  // Documents are guessed in parallel; the warning must not depend on how they split. A
  // French summary leaves the English ones out.
  for (const std::size_t threads : {1, 2, 3}) {
    warnings.clear();
    const std::vector<std::string> left_out = WarnOtherLanguages(
        documents, CountStopwords(TextsOf(documents), threads), GetLanguage("fr"), &warnings);
    REQUIRE(warnings.size() == 1);
    CHECK(warnings[0] ==
          "4 documents look like en, not fr (first: a.txt); their sentences are "
          "left out of the summary");
    CHECK(left_out == std::vector<std::string>{"en", "en", "en", "en", ""});
  }
  documents.pop_back();
  warnings.clear();
  // None in French: nothing is left out, or the summary would be empty.
  CHECK(WarnOtherLanguages(documents, CountStopwords(TextsOf(documents), 1), GetLanguage("fr"),
                           &warnings) == std::vector<std::string>(4));
  REQUIRE(warnings.size() == 1);
  CHECK(warnings[0] == "4 documents look like en, not fr (first: a.txt); the summary may be "
                       "poor: give --lang en");
  // One of two: its own line says so.
  documents.resize(1);
  documents.push_back(Load({"e.txt", kFrench}));
  warnings.clear();
  WarnOtherLanguages(documents, CountStopwords(TextsOf(documents), 1), GetLanguage("fr"),
                     &warnings);
  CHECK(warnings == std::vector<std::string>{"a.txt: the text looks like en, not fr; its "
                                             "sentences are left out of the summary"});
}

TEST_CASE("A cluster's language is the one most of its documents are written in",
          "[language_guess]") {
  const auto counts = [](const std::vector<std::string>& texts) {
    const std::vector<std::string_view> views(texts.begin(), texts.end());
    return CountStopwords(views, /*threads=*/2);
  };
  CHECK(GuessClusterLanguage(counts({kEnglish, kEnglish})) == "en");
  CHECK(GuessClusterLanguage(counts({kFrench, kFrench})) == "fr");
  // One French article among three English ones.
  CHECK(GuessClusterLanguage(counts({kEnglish, kFrench, kEnglish, kEnglish})) == "en");
  // A document is one vote, however long: a long French article does not outvote two
  // short English ones...
  std::string long_french;
  while (long_french.size() < 200000) long_french += kFrench;
  CHECK(GuessClusterLanguage(counts({long_french, kEnglish, kEnglish})) == "en");
  // ...but on a tie of votes, the stopwords of the whole cluster decide.
  CHECK(GuessClusterLanguage(counts({long_french, kEnglish})) == "fr");
  CHECK(GuessClusterLanguage(counts({kFrench, kEnglish + kEnglish})) == "en");
  // A document without a majority of its own does not vote.
  CHECK(GuessClusterLanguage(counts({"the la", "the of"})) == "en");
  // Nothing to go by (names and numbers, a tie, no document at all): French, the default.
  CHECK(GuessClusterLanguage(counts({"Poutine Kim Jong-un Pyongyang 2024"})) == "fr");
  CHECK(GuessClusterLanguage(counts({"the la"})) == "fr");
  CHECK(GuessClusterLanguage({}) == "fr");
}

TEST_CASE("Stopword counts do not depend on the number of threads", "[language_guess]") {
  const std::vector<std::string> texts = {kEnglish, kFrench, "", "Pyongyang", kEnglish + kFrench};
  const std::vector<std::string_view> views(texts.begin(), texts.end());
  const std::vector<StopwordCounts> one = CountStopwords(views, 1);
  for (const std::size_t threads : {2, 3, 8}) {
    const std::vector<StopwordCounts> many = CountStopwords(views, threads);
    REQUIRE(many.size() == one.size());
    for (std::size_t d = 0; d < one.size(); ++d) {
      CHECK(many[d].hits == one[d].hits);
      CHECK(many[d].words == one[d].words);
    }
  }
  CHECK(one[2].words == 0);
  CHECK(one[0].hits[1] > one[0].hits[0]);  // English: "en" is second in KnownLanguages
  CHECK(std::string(KnownLanguages()[1]) == "en");
}

// 100 MB through Load; run with: load_test "[slow]"
TEST_CASE("Load handles a 100 MB document in linear time", "[.][slow][load]") {
  std::string input;
  input.reserve(100u << 20);
  const std::string line = "Le pr\xC3\xA9sident russe est arriv\xC3\xA9 \xC3\xA0 Pyongyang.\r\n";
  while (input.size() + line.size() < (100u << 20)) input += line;
  const auto start = std::chrono::steady_clock::now();
  const LoadedDocument doc = LoadText(input);
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  CAPTURE(seconds);
  const std::size_t lines = input.size() / line.size();
  CHECK(doc.text.size() == input.size() - lines);
  CHECK(doc.to_original.ToOriginal(doc.text.size()) == input.size());
  // One piece per CRLF, the only change: not one per byte.
  CHECK(doc.to_original.piece_count() == lines);
  CHECK(seconds < 30);
}

}  // namespace
}  // namespace precis

namespace precis {
namespace {

TEST_CASE("A feed given as one document is its articles' text, each under its title") {
  const struct {
    const char* name;
    std::string feed;
    std::string text;
  } cases[] = {
      {"RSS, content:encoded in CDATA",
       "<?xml version=\"1.0\"?><rss version=\"2.0\" "
       "xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel><item>"
       "<title>Crue &amp; d\u00e9crue</title><description>court</description>"
       "<content:encoded><![CDATA[<p>L\u2019eau monte.</p><p>\u00ab Partez \u00bb, "
       "dit-il.</p>]]></content:encoded></item></channel></rss>",
       "Crue & d\u00e9crue\n\nL\u2019eau monte.\n\n\u00ab Partez \u00bb, dit-il."},
      {"Atom, text and html content",
       "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><title>Un</title>"
       "<content type=\"text\">Le pr\u00e9fet &lt;parle&gt;.</content></entry>"
       "<entry><title>Deux</title><content type=\"html\">&lt;p&gt;Il pleut &amp;amp; "
       "il vente.&lt;/p&gt;</content></entry></feed>",
       "Un\n\nLe pr\u00e9fet <parle>.\n\nDeux\n\nIl pleut & il vente."},
  };
  for (const auto& c : cases) {
    INFO(c.name);
    const LoadedDocument doc = Load({"flux.xml", c.feed});
    CHECK(doc.text == c.text);
    CHECK(doc.warnings.empty());
  }
}

TEST_CASE("A damaged or empty feed is skipped with a warning naming it") {
  const LoadedDocument damaged = Load({"flux.xml", "<rss version=\"2.0\"><channel><item>"});
  CHECK(damaged.skipped);
  REQUIRE(damaged.warnings.size() == 1);
  CHECK(damaged.warnings[0] ==
        "flux.xml: RSS feed without an article (its XML is damaged), skipped");
  // Given as plain text, a feed is what the caller asked for.
  LoadOptions plain;
  plain.markup = false;
  CHECK_FALSE(Load({"flux.xml", "<rss version=\"2.0\"><channel>x</channel></rss>"}, plain).skipped);
}

}  // namespace
}  // namespace precis

namespace precis {
namespace {

TEST_CASE("A page saved with its HTTP response is read as its body, in the response's charset") {
  const struct {
    const char* name;
    std::string bytes;
    std::string text;
  } cases[] = {
      {"curl -i, charset in the headers",
       "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=ISO-8859-1\r\n"
       "Content-Length: 80\r\n\r\n<!DOCTYPE html><html><body><p>\xAB Nous ne prendrons aucun "
       "risque \xBB, a d\xE9"
       "clar\xE9 le pr\xE9"
       "fet.</p></body></html>",
       "\u00AB Nous ne prendrons aucun risque \u00BB, a d\u00E9clar\u00E9 le pr\u00E9fet.\n"},
      {"curl -iL, a redirect first, HTTP/2",
       "HTTP/1.1 301 Moved Permanently\nLocation: https://exemple.fr/a\n\n"
       "HTTP/2 200\ncontent-type: text/html\n\n<p>L\u2019eau monte \u00e0 Saumur.</p>",
       "L\u2019eau monte \u00e0 Saumur.\n"},
      {"prose that merely starts with HTTP", "HTTP/1.1 est un protocole.\n\nVoil\u00e0.",
       "HTTP/1.1 est un protocole.\n\nVoil\u00e0."},
  };
  for (const auto& c : cases) {
    INFO(c.name);
    const LoadedDocument doc = Load({"article.html", c.bytes});
    CHECK(doc.text == c.text);
  }
}

}  // namespace
}  // namespace precis

namespace precis {
namespace {

TEST_CASE("Subtitles load as the running text of their cues", "[load][subtitles]") {
  const struct {
    const char* name;
    std::string file;
    std::string text;
  } cases[] = {
      {"SubRip, a sentence across three cues, CRLF",
       "1\r\n00:00:12,000 --> 00:00:14,400\r\nLe pic de la crue de la Loire\r\n\r\n"
       "2\r\n00:00:14,500 --> 00:00:16,900\r\na \u00e9t\u00e9 atteint mercredi soir "
       "\u00e0 Saumur,\r\n\r\n3\r\n00:00:17,000 --> 00:00:19,400\r\n{\\an8}selon le service "
       "de <i>pr\u00e9vision</i> des crues.\r\n",
       "Le pic de la crue de la Loire a \u00e9t\u00e9 atteint mercredi soir \u00e0 Saumur, "
       "selon le service de pr\u00e9vision des crues.\n"},
      {"SubRip without blank lines between cues, two lines a cue",
       "1\n00:00:01,000 --> 00:00:03,000\nLes 3 200 habitants \u00e9vacu\u00e9s\nne pourront "
       "pas rentrer\n2\n00:00:03,100 --> 00:00:05,000\navant plusieurs jours.\n",
       "Les 3 200 habitants \u00e9vacu\u00e9s ne pourront pas rentrer avant plusieurs "
       "jours.\n"},
      {"WebVTT: header, STYLE and NOTE blocks, identifiers, settings, tags and voices",
       "WEBVTT - Journal de 20 heures\nKind: captions\n\nSTYLE\n::cue { color: yellow }\n\n"
       "NOTE relu par la r\u00e9daction\n\nintro\n00:00:01.000 --> 00:00:03.000 align:start\n"
       "<v Anne Dupont>Bonsoir. La Loire\n\n00:03.100 --> 00:05.000\n<c.jaune>a "
       "d\u00e9bord\u00e9</c> \u00e0 Saumur.\n\n00:00:05.100 --> 00:00:06.000\n[Musique]\n\n"
       "00:00:06.100 --> 00:00:08.000\n<v Paul>Les pompiers &amp; les gendarmes sont "
       "l\u00e0.\n",
       "Bonsoir. La Loire a d\u00e9bord\u00e9 \u00e0 Saumur.\n\nLes pompiers & les gendarmes "
       "sont l\u00e0.\n"},
      {"A pause after a sentence starts a paragraph, a pause inside one does not",
       "WEBVTT\n\n00:00:01.000 --> 00:00:03.000\nLa digue a c\u00e9d\u00e9 dans la "
       "nuit.\n\n00:00:09.000 --> 00:00:11.000\nLes secours sont arriv\u00e9s\n\n"
       "00:00:15.000 --> 00:00:17.000\n\u00e0 l\u2019aube.\n",
       "La digue a c\u00e9d\u00e9 dans la nuit.\n\nLes secours sont arriv\u00e9s \u00e0 "
       "l\u2019aube.\n"},
      {"A dialogue's dashes turn speakers; a roll-up caption's repeated line is read once",
       "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n- Vous partez ?\n- Oui, on n\u2019a pas le "
       "choix.\n\n00:00:02.000 --> 00:00:03.000\nOui, on n\u2019a pas le choix.\nL\u2019eau "
       "monte trop vite.\n",
       "Vous partez ?\n\nOui, on n\u2019a pas le choix. L\u2019eau monte trop vite.\n"},
  };
  for (const auto& c : cases) {
    INFO(c.name);
    const LoadedDocument doc = Load({"journal.srt", c.file});
    CHECK(doc.markup == LoadedDocument::Markup::kSubtitles);
    CHECK(doc.text == c.text);
    CHECK(doc.warnings.empty());
  }
}

TEST_CASE("A cue line of tag openings never closed loads in linear time", "[load][subtitles]") {
  std::string vtt = "WEBVTT\n\n00:00:01.000 --> 00:00:03.000\nLa Loire ";
  for (int i = 0; i < 2000000; ++i) vtt += "<i";
  vtt += " monte.\n";
  const auto start = std::chrono::steady_clock::now();
  const LoadedDocument doc = Load({"journal.vtt", vtt});
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  CHECK(doc.markup == LoadedDocument::Markup::kSubtitles);
  CHECK(doc.text.rfind("La Loire <i<i", 0) == 0);
  CHECK(seconds < 10);  // quadratic, each '<' looking anew for its '>': most of a minute
}

TEST_CASE("Text that only looks like subtitles at a glance stays text", "[load][subtitles]") {
  for (const char* text : {
           "12\nmorts dans la crue de la Loire, selon le dernier bilan.\n",
           "1\n00:00:12 --> 00:00:14\nLe chronom\u00e8tre s\u2019est arr\u00eat\u00e9.\n",
           "Le direct commence \u00e0 00:00:12,000 --> 00:00:14,400 heure de Paris.\n",
           "WEBVTTX\n\n00:00:01.000 --> 00:00:03.000\nUn texte.\n",
       }) {
    INFO(text);
    const LoadedDocument doc = Load({"a.txt", text});
    CHECK(doc.markup == LoadedDocument::Markup::kNone);
    CHECK(doc.text == text);
  }
  // --plain-text reads subtitles as they are written.
  LoadOptions plain;
  plain.markup = false;
  const std::string srt = "1\n00:00:01,000 --> 00:00:03,000\nLa Loire a d\u00e9bord\u00e9.\n";
  CHECK(Load({"a.srt", srt}, plain).text == srt);
  std::vector<LoadedDocument> documents = {Load({"a.srt", srt})};
  std::vector<std::string> notes;
  NoteMarkup(documents, &notes);
  CHECK(notes ==
        std::vector<std::string>{"a.srt: read as subtitles (--plain-text reads it as text)"});
}

}  // namespace
}  // namespace precis

namespace precis {
namespace {

TEST_CASE("JSON and CSV are skipped as data, with a warning naming the file", "[load][data]") {
  const struct {
    const char* name;
    const char* file_name;
    std::string file;
    std::string warning;
  } cases[] = {
      {"a news API's response, pretty-printed", "everything.json",
       "{\n  \"status\": \"ok\",\n  \"articles\": [\n    {\n      \"title\": \"Crue de la "
       "Loire\",\n      \"content\": \"La pr\u00e9fecture a ordonn\u00e9 l'\u00e9vacuation "
       "de 3 200 habitants.\"\n    }\n  ]\n}\n",
       "everything.json: JSON data, not an article; skipped"},
      {"a JSON array on one line, after a blank line", "a.txt",
       "\n[{\"titre\": \"Crue\", \"texte\": \"La Loire d\u00e9borde \u00e0 Saumur.\"}]",
       "a.txt: JSON data, not an article; skipped"},
      {"a CSV export whose text field holds paragraphs and quotes", "articles.csv",
       "title,url,date,text\nCrue de la Loire,https://x.fr/0,2025-01-15,\"La pr\u00e9fecture a "
       "ordonn\u00e9 l'\u00e9vacuation, mardi soir.\n\nLe \"\"pic\"\" est attendu "
       "jeudi.\"\r\nD\u00e9crue,https://x.fr/1,2025-01-16,\"La Loire baisse enfin.\"\r\n\r\n",
       "articles.csv: CSV table, not an article; skipped"},
      {"a spreadsheet's export with semicolons", "export",
       "Titre;Date de publication;Auteur\nCrue de la Loire;15/01/2025;R\u00e9daction\n"
       "D\u00e9crue \u00e0 Saumur;16/01/2025;AFP\n",
       "export: CSV table, not an article; skipped"},
  };
  for (const auto& c : cases) {
    INFO(c.name);
    const LoadedDocument doc = Load({c.file_name, c.file});
    CHECK(doc.skipped);
    CHECK(doc.text.empty());
    CHECK(doc.warnings == std::vector<std::string>{c.warning});
    // --plain-text reads the file as it is written.
    LoadOptions plain;
    plain.markup = false;
    CHECK_FALSE(Load({c.file_name, c.file}, plain).skipped);
  }
}

TEST_CASE("Prose that opens with a bracket or is full of commas is no data", "[load][data]") {
  for (const char* text : {
           "[Mis \u00e0 jour] La pr\u00e9fecture a ordonn\u00e9 l'\u00e9vacuation de Saumur.\n",
           "[1] Selon la pr\u00e9fecture, 3 200 habitants ont \u00e9t\u00e9 \u00e9vacu\u00e9s.\n",
           "{Encadr\u00e9} Les chiffres de la crue.\n",
           "Le maire, Jean Dupont, a parl\u00e9.\nLe pr\u00e9fet, Paul Martin, a r\u00e9pondu.\n",
           "Saumur,Angers,Tours\n",
           "Crue de la Loire, Saumur, 15 janvier\nLe pr\u00e9fet, hier soir, a "
           "parl\u00e9.\n",
           "Titre,Date,Auteur\nLa Loire, qui d\u00e9borde, inqui\u00e8te\n",
           "Saumur,Angers,Tours\n\nLe pr\u00e9fet, hier, a parl\u00e9 aux \u00e9lus.\n",
           "Lieu,Date\nSaumur,15/01\nAngers,16/01\n",
       }) {
    INFO(text);
    const LoadedDocument doc = Load({"a.txt", text});
    CHECK_FALSE(doc.skipped);
    CHECK(doc.warnings.empty());
    CHECK(doc.text == text);
  }
}

}  // namespace
}  // namespace precis
