// The library end to end: Summarize and Segment on the sample cluster and on texts held
// in memory.
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <cctype>
#include <set>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

#include "one_line.h"
#include "precis/precis.h"
#include "support/sample_cluster.h"
#include "text_measure.h"

namespace precis {
namespace {

using testing::SampleBoilerplate;
using testing::SampleDocsDir;

const std::vector<Document>& SampleDocuments() {
  static const std::vector<Document> documents = ReadInputs({SampleDocsDir()}).documents;
  return documents;
}

// The lower-cased words of four letters or more: a crude, independent stand-in for the
// library's own terms, enough to see two sentences saying the same thing.
std::set<std::string> ContentWords(const std::string& text) {
  std::set<std::string> words;
  std::string word;
  for (std::size_t i = 0; i <= text.size(); ++i) {
    const unsigned char c = i < text.size() ? static_cast<unsigned char>(text[i]) : ' ';
    if (std::isalnum(c) || c >= 0x80) {
      word += static_cast<char>(std::tolower(c));
    } else {
      if (word.size() >= 4) words.insert(word);
      word.clear();
    }
  }
  return words;
}

double Jaccard(const std::set<std::string>& a, const std::set<std::string>& b) {
  std::size_t shared = 0;
  for (const std::string& w : a) shared += b.count(w);
  const std::size_t all = a.size() + b.size() - shared;
  return all == 0 ? 0.0 : static_cast<double>(shared) / static_cast<double>(all);
}

std::vector<std::string> Texts(const Summary& summary) {
  std::vector<std::string> texts;
  for (const auto& s : summary.sentences) texts.push_back(s.text);
  return texts;
}

std::size_t SummaryWords(const Summary& summary) {
  std::size_t words = 0;
  for (const auto& s : summary.sentences) words += CountWords(s.text);
  return words;
}

TEST_CASE("The sample summary keeps the word budget and draws on several sources") {
  const std::size_t budget = GENERATE(40, 100, 250);
  CAPTURE(budget);
  Options options;
  options.select.words = budget;
  const Summary summary = Summarize(SampleDocuments(), options);
  REQUIRE(!summary.sentences.empty());
  CHECK(SummaryWords(summary) <= budget);
  // Greedy filling leaves little unused: at least half the budget is spent.
  CHECK(SummaryWords(summary) * 2 >= budget);
  std::set<std::size_t> sources;
  for (const auto& s : summary.sentences) sources.insert(s.document);
  CHECK(sources.size() >= 2);
}

TEST_CASE("No boilerplate of the sample reaches a summary or the segmented sentences") {
  Options options;
  options.select.words = 400;
  const Summary summary = Summarize(SampleDocuments(), options);
  const std::vector<Sentence> sentences = Segment(SampleDocuments(), options);
  for (const std::string& fragment : SampleBoilerplate()) {
    CAPTURE(fragment);
    for (const auto& s : summary.sentences) CHECK(s.text.find(fragment) == std::string::npos);
    for (const auto& s : sentences) CHECK(s.text.find(fragment) == std::string::npos);
  }
}

TEST_CASE("No two summary sentences are near duplicates") {
  Options options;
  options.select.words = 250;
  const Summary summary = Summarize(SampleDocuments(), options);
  for (std::size_t i = 0; i < summary.sentences.size(); ++i) {
    for (std::size_t j = i + 1; j < summary.sentences.size(); ++j) {
      CAPTURE(summary.sentences[i].text, summary.sentences[j].text);
      CHECK(Jaccard(ContentWords(summary.sentences[i].text),
                    ContentWords(summary.sentences[j].text)) < 0.5);
    }
  }
}

TEST_CASE("Summary sentences are quoted verbatim from their source, in reading order") {
  const Summary summary = Summarize(SampleDocuments());
  for (std::size_t i = 0; i < summary.sentences.size(); ++i) {
    const SummarySentence& s = summary.sentences[i];
    CAPTURE(s.text);
    CHECK(SampleDocuments().at(s.document).text.find(s.text) != std::string::npos);
    for (std::size_t j = 0; j < i; ++j) {
      if (summary.sentences[j].document == s.document) {
        CHECK(summary.sentences[j].position < s.position);
      }
    }
  }
}

TEST_CASE("The summary tells the story in the order the sources tell it") {
  // The sample's summary takes the pact's conclusion from one article (002, "ont conclu
  // un pacte") and the arrival from another (003, "est arrivé mardi"), which tells the
  // pact as still to come. By document, the pact would come first; the arrival is read
  // before it.
  const Summary summary = Summarize(SampleDocuments());
  std::size_t arrival = summary.sentences.size();
  std::size_t pact = summary.sentences.size();
  for (std::size_t i = 0; i < summary.sentences.size(); ++i) {
    const std::string& text = summary.sentences[i].text;
    if (text.find("est arrivé mardi à Pyongyang") != std::string::npos) arrival = i;
    if (text.find("ont conclu un pacte stratégique") != std::string::npos) pact = i;
  }
  REQUIRE(arrival < summary.sentences.size());
  REQUIRE(pact < summary.sentences.size());
  CHECK(summary.sentences[pact].document < summary.sentences[arrival].document);
  CHECK(arrival < pact);
}

TEST_CASE("The same input and options give the same output, byte for byte") {
  const Options options;
  const std::string first = Render(Summarize(SampleDocuments(), options), OutputFormat::kJson,
                                   options);
  const std::string second = Render(Summarize(SampleDocuments(), options), OutputFormat::kJson,
                                    options);
  CHECK(first == second);
}

TEST_CASE("Any number of threads gives the single-threaded output, byte for byte") {
  // Enough documents that every worker gets several, with the cluster's repeated lines
  // split across workers.
  std::vector<Document> documents;
  for (int copy = 0; copy < 3; ++copy) {
    for (const Document& d : SampleDocuments()) documents.push_back(d);
  }
  Options options;
  options.threads = 1;
  const std::string sequential = Render(Summarize(documents, options), OutputFormat::kJson,
                                        options);
  std::vector<Sentence> segmented = Segment(documents, options);
  for (const std::size_t threads : {std::size_t{2}, std::size_t{5}, std::size_t{0}}) {
    CAPTURE(threads);
    options.threads = threads;
    CHECK(Render(Summarize(documents, options), OutputFormat::kJson, options) == sequential);
    const std::vector<Sentence> again = Segment(documents, options);
    REQUIRE(again.size() == segmented.size());
    for (std::size_t i = 0; i < again.size(); ++i) CHECK(again[i].text == segmented[i].text);
  }
}

TEST_CASE("The implicit graph ranks large clusters, and stats report the term matrix then") {
  Options options;
  const Summary explicit_graph = Summarize(SampleDocuments(), options);
  options.graph.max_explicit_work = 0;  // as if the cluster were large
  const Summary implicit_graph = Summarize(SampleDocuments(), options);
  REQUIRE_FALSE(implicit_graph.sentences.empty());
  CHECK(SummaryWords(implicit_graph) <= options.select.words);
  // The explicit graph has an edge for most pairs of this cluster's 126 sentences; the
  // implicit one reports the term matrix's non-zeros, a few per sentence.
  CHECK(implicit_graph.stats.graph_edges < explicit_graph.stats.graph_edges);
  CHECK(implicit_graph.stats.graph_edges > implicit_graph.sentence_count);
  // The ranking is faithful: most chosen sentences are the explicit graph's too.
  std::size_t shared = 0;
  for (const auto& a : implicit_graph.sentences) {
    for (const auto& b : explicit_graph.sentences) shared += a.text == b.text;
  }
  CHECK(shared * 2 >= explicit_graph.sentences.size());
}

TEST_CASE("Sentence and character budgets hold too") {
  Options options;
  options.select.words = 0;
  options.select.sentences = 2;
  CHECK(Summarize(SampleDocuments(), options).sentences.size() == 2);
  options.select.sentences = 0;
  options.select.chars = 300;
  const Summary summary = Summarize(SampleDocuments(), options);
  std::size_t chars = 0;
  for (const auto& s : summary.sentences) chars += CountCodePoints(s.text);
  CHECK(chars <= 300);
  CHECK(!summary.sentences.empty());
}

TEST_CASE("The character budget counts a decomposed accent as one character") {
  Options options;
  options.select.words = 0;
  options.select.chars = 300;
  const std::vector<Document> composed = SampleDocuments();
  std::size_t chars = 0;
  for (const auto& s : Summarize(composed, options).sentences) chars += CountCodePoints(s.text);
  // The budget set to what the summary takes: the same sentences fit, exactly.
  options.select.chars = chars;
  const Summary tight = Summarize(composed, options);
  std::vector<Document> decomposed = composed;
  std::size_t accents = 0;
  for (Document& d : decomposed) {
    for (std::size_t at = d.text.find("\u00E9"); at != std::string::npos;
         at = d.text.find("\u00E9", at)) {
      d.text.replace(at, 2, "e\u0301");
      ++accents;
    }
  }
  REQUIRE(accents > 0);
  const Summary same = Summarize(decomposed, options);
  REQUIRE(same.sentences.size() == tight.sentences.size());
  std::size_t decomposed_accents = 0;
  for (std::size_t i = 0; i < same.sentences.size(); ++i) {
    CHECK(same.sentences[i].document == tight.sentences[i].document);
    CHECK(same.sentences[i].position == tight.sentences[i].position);
    // Output quotes the source as it wrote it.
    decomposed_accents += same.sentences[i].text.find("e\u0301") != std::string::npos ? 1 : 0;
  }
  CHECK(decomposed_accents > 0);
}

// The pieces a wrapper may break a word into: after each hyphen between letters
// ("nord-", "coréens") when it breaks at hyphens, as Python's textwrap does, else whole.
std::vector<std::string> Chunks(const std::string& word, bool at_hyphens) {
  std::vector<std::string> chunks(1);
  for (std::size_t i = 0; i < word.size(); ++i) {
    chunks.back() += word[i];
    const bool between_letters = i > 0 && i + 1 < word.size() && word[i - 1] != '-' &&
                                 std::isalpha(static_cast<unsigned char>(word[i + 1]));
    if (at_hyphens && word[i] == '-' && between_letters) chunks.emplace_back();
  }
  return chunks;
}

// Where a typesetter may cut `word` so that its first part and a hyphen fit in `room`
// columns: the last place before a consonant that a vowel follows, four code points or
// more on each side, in a word of lower-case letters ("gouverne-" / "ment"). The byte
// offset and the code points before it; {0, 0} when nowhere.
std::pair<std::size_t, std::size_t> SyllableCut(const std::string& word, std::size_t room) {
  static const std::u32string kVowels =
      U"aeiouy\u00e0\u00e2\u00e4\u00e9\u00e8\u00ea\u00eb"
      U"\u00ee\u00ef\u00f4\u00f6\u00f9\u00fb\u00fc\u0153";
  std::vector<std::pair<UChar32, std::size_t>> points;  // code point, byte offset
  for (int32_t i = 0; i < static_cast<int32_t>(word.size());) {
    const auto at = static_cast<std::size_t>(i);
    UChar32 c;
    U8_NEXT(word.data(), i, static_cast<int32_t>(word.size()), c);
    if (!u_islower(c)) return {0, 0};
    points.emplace_back(c, at);
  }
  const auto vowel = [](UChar32 c) {
    return kVowels.find(static_cast<char32_t>(c)) != std::u32string::npos;
  };
  std::pair<std::size_t, std::size_t> cut{0, 0};
  for (std::size_t k = 4; k + 4 <= points.size() && k + 1 <= room; ++k) {
    if (!vowel(points[k].first) && vowel(points[k + 1].first)) cut = {points[k].second, k};
  }
  return cut;
}

// `text` wrapped at `width` code points as fmt and mail programs wrap it: lines broken at
// spaces (never at a no-break space) and, `at_hyphens`, after hyphens, or, `cut_words`,
// inside a long word that does not fit, as a typesetter cuts it ("gouverne-" /
// "ment"); each line of the input a paragraph, a blank line after each.
std::string Wrap(const std::string& text, std::size_t width, bool at_hyphens,
                 bool cut_words = false) {
  std::string out;
  std::size_t begin = 0;
  while (begin < text.size()) {
    std::size_t end = text.find('\n', begin);
    if (end == std::string::npos) end = text.size();
    std::size_t column = 0;
    std::size_t word_begin = begin;
    while (word_begin < end) {
      std::size_t word_end = text.find(' ', word_begin);
      if (word_end == std::string::npos || word_end > end) word_end = end;
      const std::string word = text.substr(word_begin, word_end - word_begin);
      bool first_chunk = true;
      for (const std::string& chunk : Chunks(word, at_hyphens)) {
        if (chunk.empty()) continue;
        const std::size_t space = first_chunk && column != 0 ? 1 : 0;
        const std::size_t columns = CountCodePoints(chunk);
        const auto [cut, cut_columns] =
            cut_words && column + space + columns > width
                ? SyllableCut(chunk, width - std::min(width, column + space))
                : std::pair<std::size_t, std::size_t>{0, 0};
        if (cut != 0) {
          out += std::string(space, ' ') + chunk.substr(0, cut) + "-\n" + chunk.substr(cut);
          column = columns - cut_columns;
          first_chunk = false;
          continue;
        }
        if (column != 0 && column + space + columns > width) {
          out += '\n';
          column = 0;
        } else if (space != 0) {
          out += ' ';
          ++column;
        }
        out += chunk;
        column += columns;
        first_chunk = false;
      }
      word_begin = word_end + 1;
    }
    out += "\n\n";
    begin = end + 1;
  }
  return out;
}

// Checks that `wrapped`, the sample wrapped some way, segments and summarizes as the
// sample does with each of its lines a paragraph of its own, as its blank lines made it
// wrapped; returns those sentences.
std::vector<std::string> CheckReadsAsUnwrapped(const std::vector<Document>& wrapped) {
  std::vector<Document> spaced = SampleDocuments();
  for (Document& d : spaced) d.text = Wrap(d.text, SIZE_MAX, false);
  Options options;
  std::vector<std::string> expected;
  for (const Sentence& s : Segment(spaced, options)) expected.push_back(s.text);
  std::vector<std::string> got;
  for (const Sentence& s : Segment(wrapped, options)) got.push_back(OneLine(s.text));
  CHECK(got == expected);
  std::vector<std::string> summary = Texts(Summarize(wrapped, options));
  for (std::string& text : summary) text = OneLine(text);
  CHECK(summary == Texts(Summarize(spaced, options)));
  return expected;
}

TEST_CASE("Articles wrapped at a fixed width read as they do unwrapped") {
  const std::size_t width = GENERATE(60, 72, 80);
  const bool at_hyphens = GENERATE(false, true);
  CAPTURE(width, at_hyphens);
  std::vector<Document> wrapped = SampleDocuments();
  for (Document& d : wrapped) d.text = Wrap(d.text, width, at_hyphens);
  const std::vector<std::string> expected = CheckReadsAsUnwrapped(wrapped);

  // Forwarded by mail, each line quoted with "> ": every sentence, in order. (A wire
  // caption wrapped over quoted lines may be kept: its pattern does not see through the
  // marks inside it.)
  std::vector<Document> quoted = wrapped;
  for (Document& d : quoted) {
    std::string text = "> ";
    for (const char c : d.text) text += c == '\n' ? std::string("\n> ") : std::string(1, c);
    d.text = text;
  }
  std::vector<std::string> got;
  for (const Sentence& s : Segment(quoted, Options())) got.push_back(OneLine(s.text));
  std::size_t found = 0;
  for (const std::string& text : got) {
    if (found < expected.size() && text == expected[found]) ++found;
  }
  CHECK(found == expected.size());
  CHECK(got.size() <= expected.size() + 1);
}

TEST_CASE("Articles wrapped with words cut at syllables read as they do unwrapped") {
  // Widths at which each article has two cuts or more: one alone, in a word the article
  // never writes whole, keeps its hyphen (hyphen_join.h).
  const std::size_t width = GENERATE(55, 66, 80);
  CAPTURE(width);
  std::vector<Document> wrapped = SampleDocuments();
  for (Document& d : wrapped) {
    d.text = Wrap(d.text, width, false, true);
    std::size_t cuts = 0;
    for (std::size_t at = d.text.find("-\n"); at != std::string::npos;
         at = d.text.find("-\n", at + 1)) {
      cuts += at > 0 && d.text[at - 1] != ' ' ? 1 : 0;
    }
    CAPTURE(d.name);
    CHECK(cuts >= 2);
  }
  CheckReadsAsUnwrapped(wrapped);
}

TEST_CASE("A word cut at a line end prints and counts whole, the original otherwise quoted") {
  // CRLF and a decomposed accent: the sentence keeps them, not the cut's hyphen and break.
  const std::string text =
      "Le gouverne-\r\nment russe a confirm\u00e9 l\u2019accord avec les \u00c9tats-\r\n"
      "Unis. Le pre\u0301sident du gouvernement a parl\u00e9.\r\n";
  Options options;
  const std::vector<Sentence> sentences = Segment({{"a.txt", text}}, options);
  REQUIRE(sentences.size() == 2);
  CHECK(sentences[0].text ==
        "Le gouvernement russe a confirm\u00e9 l\u2019accord avec les \u00c9tats-\r\nUnis.");
  CHECK(OneLine(sentences[0].text) ==
        "Le gouvernement russe a confirm\u00e9 l\u2019accord avec les \u00c9tats-Unis.");
  CHECK(sentences[1].text == "Le pre\u0301sident du gouvernement a parl\u00e9.");
}

TEST_CASE("An invisible character after a period does not join two sentences") {
  // A zero-width space, a word joiner, a byte order mark, a direction mark or a soft
  // hyphen beside a sentence's end, as web pages scatter them, once made the paragraph
  // one sentence. The sentences are still quoted with the source's own bytes.
  for (const std::string invisible : {"\u200B", "\u2060", "\uFEFF", "\u200E", "\u00AD"}) {
    CAPTURE(invisible);
    const std::string text = "Le président russe est arrivé mercredi à Pyongyang." + invisible +
                             " Kim Jong-un l’a accueilli à l’aéroport." + invisible +
                             " Les deux dirigeants signeront un accord de 6.700 mots.";
    const std::vector<Sentence> sentences = Segment({{"a.txt", text}}, Options{});
    REQUIRE(sentences.size() == 3);
    CHECK(sentences[1].text.find("Kim Jong-un l’a accueilli à l’aéroport.") == 0);
    CHECK(sentences[2].text == "Les deux dirigeants signeront un accord de 6.700 mots.");
  }
}

TEST_CASE("A list's numbers and a mail's quote marks are left out of the quoted sentences") {
  // A byte order mark, CRLF and a decomposed accent put the source's bytes apart from the
  // text the stages read: each sentence is still quoted from its first word on.
  const std::string text =
      "\xEF\xBB\xBF"  // a byte order mark
      "1. Le pre\u0301sident a annonc\u00e9 mardi une r\u00e9forme des "
      "retraites.\r\n2) Les syndicats ont appel\u00e9 \u00e0 une gr\u00e8ve g\u00e9n\u00e9rale "
      "jeudi.\r\n\r\n> Le ministre a d\u00e9clar\u00e9 que le projet serait pr\u00e9sent\u00e9 "
      "au Parlement en janvier prochain.\r\n";
  Options options;
  const std::vector<Sentence> sentences = Segment({{"a.txt", text}}, options);
  REQUIRE(sentences.size() == 3);
  CHECK(sentences[0].text ==
        "Le pre\u0301sident a annonc\u00e9 mardi une r\u00e9forme des "
        "retraites.");
  CHECK(sentences[1].text ==
        "Les syndicats ont appel\u00e9 \u00e0 une gr\u00e8ve "
        "g\u00e9n\u00e9rale jeudi.");
  CHECK(sentences[2].text ==
        "Le ministre a d\u00e9clar\u00e9 que le projet serait "
        "pr\u00e9sent\u00e9 au Parlement en janvier prochain.");
}

TEST_CASE("Texts held in memory are summarized, decomposed accents quoted as given") {
  // "é" written as e + U+0301: the summary must quote these bytes, not the NFC form.
  const std::string decomposed = "Le pre\u0301sident russe est arrive\u0301 a\u0300 Pyongyang pour "
                                 "signer un accord de partenariat strate\u0301gique.";
  const std::vector<Document> documents = {
      {"un", decomposed + " Il y restera deux jours avec toute sa d\u00e9l\u00e9gation."},
      {"deux", "Le pr\u00e9sident russe a sign\u00e9 un accord strat\u00e9gique \u00e0 "
               "Pyongyang mercredi. Les Occidentaux s\u2019inqui\u00e8tent de ce "
               "rapprochement militaire."},
  };
  Options options;
  options.select.words = 0;
  options.select.sentences = 4;
  const Summary summary = Summarize(documents, options);
  REQUIRE(summary.document_names == std::vector<std::string>{"un", "deux"});
  const bool quoted = std::any_of(summary.sentences.begin(), summary.sentences.end(),
                                  [&](const SummarySentence& s) { return s.text == decomposed; });
  CHECK(quoted);
}

TEST_CASE("A copy that differs only in its accents is a near duplicate, quoted as written") {
  // AFP writes capitals without accents; a live page adds them. With their accents
  // apart, the two sentences' cosine is under the near-duplicate threshold.
  const std::vector<Document> documents = {
      {"afp",
       "La tempête Ciarán a fait deux morts en France jeudi, a annoncé le ministre de "
       "l’Intérieur. La Première ministre Elisabeth Borne se rendra vendredi dans le "
       "Finistère, a annoncé Matignon. Des rafales de 207\u00a0km/h ont été mesurées à "
       "la pointe du Raz."},
      {"direct",
       "La tempête Ciaran a privé d’électricité 1,2 million de foyers.\n\nÉlisabeth Borne "
       "se rendra vendredi dans le Finistère sinistré, annonce Matignon.\n\nLes trains ne "
       "circuleront pas en Bretagne avant vendredi midi."},
  };
  Options options;
  options.select.words = 0;
  options.select.sentences = 6;
  const Summary summary = Summarize(documents, options);
  std::size_t borne = 0;
  for (const SummarySentence& s : summary.sentences) {
    if (s.text.find("Borne se rendra") == std::string::npos) continue;
    ++borne;
    const bool verbatim =
        s.text ==
            "La Première ministre Elisabeth Borne se rendra vendredi dans le Finistère, "
            "a annoncé Matignon." ||
        s.text ==
            "Élisabeth Borne se rendra vendredi dans le Finistère sinistré, annonce Matignon.";
    CAPTURE(s.text);
    CHECK(verbatim);
  }
  CHECK(borne == 1);
}

TEST_CASE("Copies that differ by a word are near duplicates however many articles share the rest") {
  // Idf is by document: the words all ten briefs share weigh 1 each, the agency's name
  // 3.3, so that two briefs' cosine is 0.45, under the near-duplicate threshold; most of
  // their terms are in common, whatever their weights.
  std::vector<Document> documents;
  for (const char* agency :
       {"AFP", "Reuters", "Belga", "Xinhua", "Kyodo", "DPA", "ANSA", "EFE", "Yonhap", "TASS"}) {
    documents.push_back(
        {agency, std::string("Le sommet entre les deux dirigeants s’est tenu mercredi dans la "
                             "capitale nord-coréenne, a rapporté l’agence ") +
                     agency + " dans un communiqué."});
  }
  const Summary summary = Summarize(documents);
  REQUIRE(summary.sentences.size() == 1);
  CHECK(summary.sentences[0].text.find("l’agence AFP") != std::string::npos);
  const Explanation explanation = Explain(documents);
  REQUIRE(explanation.sentences.size() == 10);
  for (std::size_t i = 1; i < 10; ++i) {
    CAPTURE(i);
    CHECK(explanation.sentences[i].verdict == Verdict::kNearDuplicate);
    CHECK(explanation.sentences[i].reason ==
          "near duplicate of 0:0 (0.92 of their terms in common, cosine 0.45 under "
          "--duplicate-threshold 0.5)");
  }
}

TEST_CASE("Two sentences sharing most of their words but not what they say are both chosen") {
  const std::vector<Document> documents = {
      {"un", "Le président a rencontré M.\u00a0Kim mercredi à Pyongyang."},
      {"deux", "Le président a quitté Pyongyang mercredi soir après sa rencontre."},
  };
  Options options;
  options.select.words = 0;
  CHECK(Summarize(documents, options).sentences.size() == 2);
}

TEST_CASE("A paragraph whose sign-off is glued to its last sentence is summarized") {
  // With "(avec AFP)" after its stop, the paragraph ended on no punctuation: one headline,
  // never chosen, and the summary was empty.
  const std::string first =
      "Le préfet du Finistère a levé la vigilance rouge jeudi après-midi, tout en appelant les "
      "habitants à la prudence.";
  const std::string second =
      "Enedis a mobilisé 3.000 techniciens pour rétablir le courant dans les départements "
      "bretons.";
  const std::vector<Document> documents = {
      {"ouest", "Tempête Ciarán : deux morts\n\n" + first + " " + second + " (avec AFP)"}};
  const Summary summary = Summarize(documents, Options());
  std::vector<std::string> texts;
  for (const SummarySentence& s : summary.sentences) texts.push_back(s.text);
  CHECK(texts == std::vector<std::string>{first, second});
}

TEST_CASE("Quoted speech without a mark of its own is never chosen") {
  // The middle sentence, alone, would read as the article's words, not the minister's.
  const std::string middle = "Nous ne c\u00e9derons \u00e0 aucune pression venue de Washington.";
  const std::vector<Document> documents = {
      {"un", "Le ministre russe est arriv\u00e9 \u00e0 Pyongyang pour signer l\u2019accord. "
             "\u00ab\u00a0Le voyage a \u00e9t\u00e9 long. " + middle +
             " Rien ne nous arr\u00eatera\u00a0\u00bb, a-t-il d\u00e9clar\u00e9 mardi."},
      {"deux", "L\u2019accord de partenariat sera sign\u00e9 \u00e0 Pyongyang mercredi. "
               "Les Occidentaux s\u2019inqui\u00e8tent de ce rapprochement."},
  };
  Options options;
  options.select.words = 0;  // every sentence that may stand alone
  const std::vector<std::string> texts = Texts(Summarize(documents, options));
  CHECK(std::find(texts.begin(), texts.end(), middle) == texts.end());
  CHECK(std::find(texts.begin(), texts.end(),
                  "L\u2019accord de partenariat sera sign\u00e9 \u00e0 Pyongyang mercredi.") !=
        texts.end());
  // In one paragraph of its own, with no quotation around it, the same sentence may be.
  const std::vector<Document> plain = {
      documents[1],
      {"trois", "Le ministre russe est arriv\u00e9 \u00e0 Pyongyang pour signer l\u2019accord. " +
                    middle}};
  const std::vector<std::string> plain_texts = Texts(Summarize(plain, options));
  CHECK(std::find(plain_texts.begin(), plain_texts.end(), middle) != plain_texts.end());
}

TEST_CASE("An interview's answers are chosen only where nothing else can be") {
  // The Défenseure's opinion, alone, would read as the article's claim.
  const std::string answer = "Les mineurs sont d\u00e9j\u00e0 assez fich\u00e9s par la police.";
  const std::string interview =
      "La D\u00e9fenseure des enfants s\u2019inqui\u00e8te du fichier Edvige.\n"
      "Comment r\u00e9agissez-vous \u00e0 ce d\u00e9cret\u00a0?\n"
      "Je le regrette, le fichier Edvige va trop loin.\n"
      "Quels dangers pr\u00e9sente ce fichier\u00a0?\n"
      "Nous craignons les abus.\n" + answer + "\n";
  const Document report = {"deux", "Le d\u00e9cret a paru mardi au Journal officiel. "
                                   "Plusieurs syndicats contestent le fichier Edvige."};
  Options options;
  options.select.words = 0;          // every sentence that may stand alone,
  options.select.min_relevance = 0;  // however peripheral
  const auto chosen = [&](const std::vector<Document>& documents) {
    const std::vector<std::string> texts = Texts(Summarize(documents, options));
    return std::find(texts.begin(), texts.end(), answer) != texts.end();
  };
  CHECK_FALSE(chosen({{"un", interview}, report}));
  // Where nothing else could be chosen, the answers are the summary rather than nothing.
  const std::string answers_only =
      "Comment r\u00e9agissez-vous \u00e0 ce d\u00e9cret\u00a0?\n"
      "Je le regrette, le fichier Edvige va trop loin.\n"
      "Quels dangers pr\u00e9sente ce fichier\u00a0?\n"
      "Nous craignons les abus.\n" + answer + "\n";
  CHECK(chosen({{"un", answers_only}}));
  // Where the article asks one question and answers in its own voice, it may be.
  const std::string article =
      "La D\u00e9fenseure des enfants s\u2019inqui\u00e8te du fichier Edvige.\n"
      "Que change ce d\u00e9cret\u00a0?\n" + answer + "\n";
  CHECK(chosen({{"un", article}, report}));
}

TEST_CASE("Half a quotation in straight quotes is chosen only if it says who speaks") {
  // Straight quotes do not show which way they face; the paragraph tells which sentence
  // opens the quotation and which closes it.
  const std::string opens =
      "\"Le voyage a \u00e9t\u00e9 long et difficile pour toute la "
      "d\u00e9l\u00e9gation russe.";
  const std::string closes_attributed =
      "Rien ne nous arr\u00eatera dans cette voie, a d\u00e9clar\u00e9 M.\u00a0Lavrov "
      "mardi.\"";
  const std::string opens_attributed =
      "Le ministre a ajout\u00e9 : \"Nous signerons l\u2019accord de 6.700 pages mercredi.";
  const std::string closes = "Les d\u00e9tails suivront dans la semaine, \u00e0 3,5 % pr\u00e8s.\"";
  const std::vector<Document> documents = {
      {"un", "Le ministre russe est arriv\u00e9 \u00e0 Pyongyang pour signer l\u2019accord.\n\n" +
                 opens + " " + closes_attributed + "\n\n" + opens_attributed + " " + closes},
      {"deux",
       "L\u2019accord de partenariat sera sign\u00e9 \u00e0 Pyongyang mercredi. "
       "Les Occidentaux s\u2019inqui\u00e8tent de ce rapprochement."},
  };
  Options options;
  options.select.words = 0;          // every sentence that may stand alone,
  options.select.min_relevance = 0;  // however peripheral
  const std::vector<std::string> texts = Texts(Summarize(documents, options));
  const auto chosen = [&](const std::string& text) {
    return std::find(texts.begin(), texts.end(), text) != texts.end();
  };
  CHECK_FALSE(chosen(opens));
  CHECK_FALSE(chosen(closes));
  CHECK(chosen(closes_attributed));
  CHECK(chosen(opens_attributed));
}

TEST_CASE("A sentence saying \"je\" is chosen only if it says who speaks") {
  // A post quoted without its author's line, which cleaning drops as a sign-off.
  const std::string post =
      "Je salue l\u2019engagement exceptionnel des 150 marins-pompiers mobilis\u00e9s sur "
      "l\u2019incendie du port de Marseille.";
  const std::string attributed =
      "Je salue le travail des 150 marins-pompiers sur le port de Marseille, a "
      "d\u00e9clar\u00e9 le ministre.";
  const std::vector<Document> documents = {
      {"un", "Un incendie a d\u00e9truit un entrep\u00f4t du port de Marseille dans la nuit. " +
                 post + " " + attributed},
      {"deux",
       "L\u2019entrep\u00f4t du port de Marseille stockait 300 tonnes de pneus. Le parquet "
       "a ouvert une enqu\u00eate."},
  };
  Options options;
  options.select.words = 0;
  options.select.min_relevance = 0;
  const std::vector<std::string> texts = Texts(Summarize(documents, options));
  CHECK(std::find(texts.begin(), texts.end(), post) == texts.end());
  CHECK(std::find(texts.begin(), texts.end(), attributed) != texts.end());
  const Explanation explanation = Explain(documents, options);
  REQUIRE(explanation.sentences.size() == 5);
  CHECK(explanation.sentences[1].reason == "says \"I\" without saying who speaks");
}

TEST_CASE("A live blog's entries newest first are summarized oldest first") {
  const std::vector<Document> documents = {
      {"direct",
       "DIRECT. Effondrement d\u2019un immeuble \u00e0 Lyon\n\n18 h 45\n\nLe maire de Lyon "
       "annonce une cellule d\u2019aide psychologique pour les familles des victimes.\n\n17 h "
       "10\n\nLe bilan de l\u2019effondrement s\u2019alourdit \u00e0 quatre morts, selon la "
       "pr\u00e9fecture du Rh\u00f4ne.\n\n12 h 30\n\nDeux personnes ont \u00e9t\u00e9 "
       "retrouv\u00e9es mortes sous les d\u00e9combres de l\u2019immeuble effondr\u00e9.\n\n"
       "6 h 40\n\nUn immeuble de cinq \u00e9tages s\u2019est effondr\u00e9 vers 4 h rue "
       "Pasteur, \u00e0 Lyon.\n"},
  };
  Options options;
  options.select.words = 0;
  options.select.min_relevance = 0;
  const std::vector<std::string> texts = Texts(Summarize(documents, options));
  REQUIRE(texts.size() == 4);
  CHECK(texts[0].rfind("Un immeuble de cinq", 0) == 0);
  CHECK(texts[1].rfind("Deux personnes", 0) == 0);
  CHECK(texts[2].rfind("Le bilan", 0) == 0);
  CHECK(texts[3].rfind("Le maire", 0) == 0);
}

TEST_CASE("English clusters are summarized with --lang en") {
  const std::vector<Document> documents = {
      {"a", "The president arrived in Pyongyang on Wednesday for a two-day state visit. "
            "He was greeted at the airport by the North Korean leader."},
      {"b", "The two leaders signed a strategic partnership treaty in Pyongyang. "
            "Western governments are worried about the growing military cooperation."},
  };
  Options options;
  options.language = "en";
  options.select.words = 30;
  const Summary summary = Summarize(documents, options);
  REQUIRE(!summary.sentences.empty());
  CHECK(SummaryWords(summary) <= 30);
  CHECK(summary.language == "en");
  CHECK(summary.warnings.empty());
}

TEST_CASE("Language auto reads each cluster in the language its documents are written in") {
  Options automatic;
  automatic.language = "auto";
  // The French sample: the same summary as the default, French.
  const Summary french = Summarize(SampleDocuments(), automatic);
  const Summary by_default = Summarize(SampleDocuments());
  CHECK(french.language == "fr");
  CHECK(by_default.language == "fr");
  CHECK(Texts(french) == Texts(by_default));
  CHECK(french.warnings.empty());

  // English articles, and one French one among them: English, and the French one flagged.
  const std::vector<Document> documents = {
      {"a", "The president arrived in Pyongyang on Wednesday for a two-day state visit, and he "
            "was greeted at the airport by the North Korean leader. They are expected to sign "
            "a treaty that would bind each of them to help the other if it is attacked."},
      {"b", "The two leaders signed a strategic partnership treaty in Pyongyang. Western "
            "governments are worried about the growing military cooperation between the two "
            "countries, which have both been isolated by the West for years."},
      {"c", "It is not clear what the treaty will mean for the war in Ukraine, but it was "
            "seen as a warning to the United States and its allies in Asia and in Europe."},
      {"d", "Le pr\u00e9sident russe est arriv\u00e9 \u00e0 Pyongyang mercredi pour une "
            "visite d\u2019\u00c9tat de deux jours. Il a \u00e9t\u00e9 re\u00e7u par le "
            "dirigeant nord-cor\u00e9en, qui l\u2019attendait \u00e0 l\u2019a\u00e9roport "
            "avec les membres de son gouvernement et de son parti."},
  };
  Options english;
  english.language = "en";
  const Summary guessed = Summarize(documents, automatic);
  const Summary told = Summarize(documents, english);
  CHECK(guessed.language == "en");
  CHECK(Texts(guessed) == Texts(told));
  CHECK(guessed.warnings == told.warnings);
  REQUIRE(guessed.warnings.size() == 1);
  CHECK(guessed.warnings[0] ==
        "d: the text looks like fr, not en; its sentences are left out of the summary");
  // An English summary, though the French article tells the same first.
  for (const SummarySentence& s : guessed.sentences) CHECK(s.document != 3);
  const Explanation explained = Explain(documents, automatic);
  for (const ExplainedSentence& s : explained.sentences) {
    if (s.document != 3) continue;
    CHECK(s.verdict == Verdict::kCannotStandAlone);
    CHECK(s.reason == "in a document in fr, not en");
  }
}

TEST_CASE("Degenerate input has a defined result, not an error") {
  SECTION("no document") {
    const Summary summary = Summarize({});
    CHECK(summary.sentences.empty());
    CHECK(summary.sentence_count == 0);
    // Empty, but never silently so.
    CHECK(summary.warnings == std::vector<std::string>{"no document to summarize"});
    // Segment's caller is told the same; it was told nothing.
    std::vector<std::string> warnings;
    CHECK(Segment({}, Options{}, &warnings).empty());
    CHECK(warnings == std::vector<std::string>{"no document to summarize"});
  }
  SECTION("a line that never ends is refused for its length, not as a headline") {
    // Cut into pieces of at most kMaxSentenceBytes, none ending with a stop: headlines by
    // their form, but --include-headlines would not let one in.
    std::string endless;
    for (int i = 0; i < 3000; ++i) endless += "mot ";
    const Summary summary = Summarize({{"long.txt", endless}});
    CHECK(summary.sentences.empty());
    REQUIRE(summary.sentence_count >= 3);
    const std::string n = std::to_string(summary.sentence_count);
    CHECK(summary.warnings ==
          std::vector<std::string>{"the summary is empty: of " + n + " sentences, " + n +
                                   " are longer than --max-words 70"});
  }
  SECTION("a piece of a sentence too long to keep whole is never chosen") {
    // Raising --max-words lets the pieces past the length test; one alone is half a
    // sentence (here the first opens well, "Le président..." and ends mid-clause).
    std::string enumeration = "Le pr\u00e9sident russe a cit\u00e9 ";
    for (int i = 0; i < 400; ++i) enumeration += "l\u2019\u00e9nergie, ";
    enumeration += "et la d\u00e9fense.";
    Options options;
    options.select.max_words = 100000;
    options.select.words = 100000;
    const std::vector<Document> documents{
        {"long.txt", enumeration},
        {"court.txt", "Vladimir Poutine a rencontr\u00e9 Kim Jong-un \u00e0 Pyongyang mercredi."}};
    const Explanation explanation = Explain(documents, options);
    REQUIRE(explanation.sentences.size() >= 3);
    std::size_t pieces = 0;
    for (const ExplainedSentence& s : explanation.sentences) {
      if (s.document != 0) continue;
      ++pieces;
      CHECK(s.verdict == Verdict::kCannotStandAlone);
      CHECK(s.reason == "a piece of a sentence too long to keep whole");
    }
    CHECK(pieces >= 2);
    REQUIRE(explanation.summary.sentences.size() == 1);
    CHECK(explanation.summary.sentences[0].document == 1);
  }
  SECTION("an empty document among others is reported and skipped") {
    const Summary summary = Summarize(
        {{"vide.txt", "  \n\t\n"},
         {"plein.txt", "Le Kremlin a confirm\u00e9 la visite du pr\u00e9sident russe en Cor\u00e9e "
                       "du Nord mardi."}});
    REQUIRE(summary.sentences.size() == 1);
    CHECK(summary.sentences[0].document == 1);
    REQUIRE(!summary.warnings.empty());
    CHECK(summary.warnings[0].rfind("vide.txt: ", 0) == 0);
  }
}

TEST_CASE("Invalid options raise an options error naming the option") {
  // The option and the problem Summarize names for `options`, on the sample.
  const auto refused = [](const Options& options) -> std::pair<std::string, std::string> {
    try {
      Summarize(SampleDocuments(), options);
    } catch (const Error& e) {
      CHECK(e.code() == ErrorCode::kInvalidOptions);
      return {e.path(), e.problem()};
    }
    FAIL("no error");
    return {};
  };
  Options options;
  options.language = "tlh";
  const auto [option, problem] = refused(options);
  CHECK(option == "lang");
  CHECK(problem == "unknown language 'tlh' (known: auto, en, fr)");
  options = Options{};
  options.select.lambda = 1.5;
  CHECK(refused(options).first == "lambda");
  // Validate knows it before any document is read, as it knows every other option.
  options = Options{};
  options.load.encoding = "klingon-8";
  CHECK(refused(options) ==
        std::pair<std::string, std::string>{"encoding", "unknown encoding 'klingon-8'"});
  CHECK_THROWS_AS(options.Validate(), Error);
  options.load.encoding = "windows-1252";
  CHECK_NOTHROW(options.Validate());
  // ICU reads a name as a C string: the part before a NUL is not the name given. A NUL
  // or a line break in a value is written '?', so that what() shows all of it, on a line.
  options.load.encoding = std::string("UTF-8\0garbage", 13);
  CHECK(refused(options) ==
        std::pair<std::string, std::string>{"encoding", "unknown encoding 'UTF-8?garbage'"});
  options = Options{};
  options.language = std::string("fr\0x", 4);
  CHECK(refused(options).second == "unknown language 'fr?x' (known: auto, en, fr)");
  options.language = "fr\nen";
  CHECK(refused(options).second == "unknown language 'fr?en' (known: auto, en, fr)");
  // Between two options, the one moved from its default is named: "--max-words 3" once
  // blamed --min-words, which the user had not given.
  options = Options{};
  options.select.max_words = 3;
  CHECK(refused(options) ==
        std::pair<std::string, std::string>{"max-words", "must be at least min-words (6)"});
  options.select.min_words = 80;
  options.select.max_words = 70;
  CHECK(refused(options) ==
        std::pair<std::string, std::string>{"min-words", "must not exceed max-words (70)"});
}

TEST_CASE("A cluster too large for the overlap graph is an error, not gigabytes") {
  // 1,600 synthetic articles once took 24 GB before the system killed the process: the
  // overlap graph holds every pair of sentences that share a word.
  Options options;
  options.graph.similarity = Similarity::kOverlap;
  REQUIRE_NOTHROW(Summarize(SampleDocuments(), options));
  options.graph.max_overlap_work = 100;
  try {
    Summarize(SampleDocuments(), options);
    FAIL("no error");
  } catch (const Error& e) {
    CHECK(e.code() == ErrorCode::kInvalidInput);
    CHECK(e.path().empty());
    CHECK(std::string(e.what()).rfind("too large for --similarity overlap, whose graph holds "
                                      "every pair of sentences that share a word: ",
                                      0) == 0);
    CHECK(std::string(e.what()).find(
              " (pair, shared word) counts, past 100; --similarity cosine ranks "
              "clusters of any "
              "size") != std::string::npos);
  }
  // The cosine graph has its implicit form for such clusters.
  options.graph.similarity = Similarity::kCosine;
  options.graph.max_explicit_work = 100;
  CHECK_FALSE(Summarize(SampleDocuments(), options).sentences.empty());
}

TEST_CASE("An Error copies without throwing, and its copy tells the same") {
  // Standard exceptions guarantee it: a copy that throws while one is thrown or caught
  // by value ends the program.
  STATIC_REQUIRE(std::is_nothrow_copy_constructible_v<Error>);
  STATIC_REQUIRE(std::is_nothrow_copy_assignable_v<Error>);
  const Error original(ErrorCode::kIo, "dépêches/afp\n.txt", "Permission denied");
  Error copy = original;
  CHECK(copy.code() == ErrorCode::kIo);
  CHECK(copy.path() == "dépêches/afp\n.txt");
  CHECK(copy.problem() == "Permission denied");
  CHECK(std::string(copy.what()) == "dépêches/afp?.txt: Permission denied");
  copy = Error(ErrorCode::kInvalidOptions, "", "lambda must be in [0, 1]");
  CHECK(std::string(copy.what()) == "lambda must be in [0, 1]");
  CHECK(original.problem() == "Permission denied");
}

TEST_CASE("An Error moved from still tells what it was") {
  // Kept in a log with std::move, the caught Error is still named by the handler.
  Error caught(ErrorCode::kInvalidOptions, "lang", "unknown language 'de'");
  std::vector<Error> log;
  log.push_back(std::move(caught));
  CHECK(caught.path() == "lang");  // NOLINT(bugprone-use-after-move): what is tested
  CHECK(caught.problem() == "unknown language 'de'");
  CHECK(std::string(caught.what()) == "lang: unknown language 'de'");
  Error assigned(ErrorCode::kIo, "", "");
  assigned = std::move(log.front());
  CHECK(assigned.code() == ErrorCode::kInvalidOptions);
  CHECK(log.front().path() == "lang");  // NOLINT(bugprone-use-after-move)
}

TEST_CASE("Similarity names parse both ways, and an unknown one names the option") {
  for (const Similarity s : {Similarity::kCosine, Similarity::kOverlap}) {
    CHECK(ParseSimilarity(SimilarityName(s)) == s);
  }
  CHECK(std::string(SimilarityName(Similarity::kOverlap)) == "overlap");
  try {
    ParseSimilarity("Cosine");
    FAIL("no error");
  } catch (const Error& e) {
    CHECK(e.code() == ErrorCode::kInvalidOptions);
    CHECK(e.path() == "similarity");
    CHECK(e.problem() == "unknown similarity 'Cosine' (known: cosine, overlap)");
  }
  // A cast integer is refused too: the graph would otherwise pick a measure silently.
  Options options;
  options.graph.similarity = static_cast<Similarity>(7);
  try {
    options.Validate();
    FAIL("no error");
  } catch (const Error& e) {
    CHECK(e.code() == ErrorCode::kInvalidOptions);
    CHECK(e.path() == "similarity");
    CHECK(e.problem() == "unknown similarity 7 (known: cosine, overlap)");
  }
  CHECK_THROWS_AS(Summarize(SampleDocuments(), options), Error);
  // Named as the verdicts' names name a cast integer, not as one of the measures.
  CHECK(std::string(SimilarityName(static_cast<Similarity>(7))) == "unknown");
}

TEST_CASE("Segment gives the warnings Summarize gives about the same documents") {
  std::vector<Document> documents = SampleDocuments();
  documents.push_back({"vide.txt", " \n"});
  documents.push_back({"scan.pdf", "%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj\n"});
  std::vector<std::string> warnings;
  const std::vector<Sentence> sentences = Segment(documents, Options(), &warnings);
  CHECK(sentences.size() == Segment(SampleDocuments()).size());
  const Summary summary = Summarize(documents);
  CHECK(warnings == summary.warnings);
  CHECK(std::find(warnings.begin(), warnings.end(), "vide.txt: no text to summarize") !=
        warnings.end());
  CHECK(std::find(warnings.begin(), warnings.end(), "scan.pdf: damaged PDF, skipped") !=
        warnings.end());
}

TEST_CASE("Many documents without text are said in one line, a few one each") {
  // A folder of 100,000 empty files printed 100,000 warnings.
  std::vector<Document> documents = SampleDocuments();
  for (int i = 0; i < 10; ++i) documents.push_back({"vide" + std::to_string(i) + ".txt", " \n"});
  const Summary few = Summarize(documents);
  CHECK(std::count_if(few.warnings.begin(), few.warnings.end(), [](const std::string& w) {
          return w.find(": no text to summarize") != std::string::npos;
        }) == 10);
  documents.push_back({"vide10.txt", ""});
  const Summary many = Summarize(documents);
  CHECK(std::count(many.warnings.begin(), many.warnings.end(),
                   "11 documents with no text to summarize (first: vide0.txt)") == 1);
  CHECK(std::none_of(many.warnings.begin(), many.warnings.end(), [](const std::string& w) {
    return w.find(": no text to summarize") != std::string::npos;
  }));
  REQUIRE(many.sentences.size() == few.sentences.size());
  for (std::size_t i = 0; i < few.sentences.size(); ++i) {
    CHECK(many.sentences[i].text == few.sentences[i].text);
  }
}

TEST_CASE("Explain judges every sentence Segment returns, the summary's as chosen") {
  const Explanation explanation = Explain(SampleDocuments());
  const std::vector<Sentence> sentences = Segment(SampleDocuments());
  const Summary summary = Summarize(SampleDocuments());
  CHECK(Texts(explanation.summary) == Texts(summary));
  REQUIRE(explanation.sentences.size() == sentences.size());
  std::size_t chosen = 0;
  for (std::size_t i = 0; i < sentences.size(); ++i) {
    const ExplainedSentence& e = explanation.sentences[i];
    CAPTURE(e.text, e.reason);
    CHECK(e.text == sentences[i].text);
    CHECK(e.document == sentences[i].document);
    CHECK(e.position == sentences[i].position);
    CHECK_FALSE(e.reason.empty());
    CHECK((e.verdict == Verdict::kHeadline) == e.headline);
    if (e.verdict != Verdict::kChosen) continue;
    ++chosen;
    const auto in_summary =
        std::find_if(summary.sentences.begin(), summary.sentences.end(),
                     [&](const SummarySentence& s) {
                       return s.document == e.document && s.position == e.position;
                     });
    REQUIRE(in_summary != summary.sentences.end());
    CHECK(e.score == in_summary->score);
    CHECK(e.reason.rfind("chosen ", 0) == 0);
  }
  CHECK(chosen == summary.sentences.size());
}

TEST_CASE("Explain says why a sentence is left out, naming the option that would let it in") {
  const std::string question = "Que va faire Kim Jong Un \u00e0 Pyongyang\u00a0?";
  const std::string copy =
      "Vladimir Poutine est arriv\u00e9 mardi soir \u00e0 Pyongyang pour une visite "
      "d\u2019\u00c9tat.";
  const std::vector<Document> documents = {
      {"un", "Vladimir Poutine est arriv\u00e9 mardi \u00e0 Pyongyang pour une visite "
             "d\u2019\u00c9tat. " + question +
             " Mais le Kremlin n\u2019a rien dit de l\u2019accord."},
      {"deux", copy + " L\u2019accord de partenariat sera sign\u00e9 \u00e0 Pyongyang mercredi. "
                      "Il y a 6.700 soldats."},
  };
  Options options;
  options.select.words = 15;
  const Explanation explanation = Explain(documents, options);
  const auto reason_of = [&](const std::string& text) {
    for (const ExplainedSentence& e : explanation.sentences) {
      if (e.text == text) return std::make_pair(e.verdict, e.reason);
    }
    return std::make_pair(Verdict::kChosen, std::string("not found"));
  };
  CHECK(reason_of(question) == std::make_pair(Verdict::kCannotStandAlone,
                                              std::string("a question")));
  CHECK(reason_of("Mais le Kremlin n\u2019a rien dit de l\u2019accord.") ==
        std::make_pair(Verdict::kCannotStandAlone,
                       std::string("opens with \"mais\", which points back")));
  CHECK(reason_of("Il y a 6.700 soldats.") ==
        std::make_pair(Verdict::kTooShort, std::string("5 words, under --min-words 6")));
  // The arrival is chosen once; its other telling is a near duplicate of the first.
  const auto arrival = reason_of(copy);
  const auto first = reason_of("Vladimir Poutine est arriv\u00e9 mardi \u00e0 Pyongyang pour "
                               "une visite d\u2019\u00c9tat.");
  CHECK(((arrival.first == Verdict::kNearDuplicate && first.first == Verdict::kChosen) ||
         (first.first == Verdict::kNearDuplicate && arrival.first == Verdict::kChosen)));
  const std::string duplicate = arrival.first == Verdict::kNearDuplicate ? arrival.second
                                                                          : first.second;
  CHECK(duplicate.rfind("near duplicate of ", 0) == 0);
  CHECK(duplicate.find("--duplicate-threshold 0.5)") != std::string::npos);
  // The treaty passed every test, and its 8 words found 4 left of the 15, after the
  // arrival's 11.
  CHECK(reason_of("L\u2019accord de partenariat sera sign\u00e9 \u00e0 Pyongyang mercredi.") ==
        std::make_pair(Verdict::kNoRoom, std::string("no room: 8 words, 4 left of --words 15")));
  // Interview answers say so, while something else can be chosen.
  const Explanation interview = Explain(
      {{"un", "La D\u00e9fenseure des enfants s\u2019inqui\u00e8te du fichier Edvige.\n"
              "Comment r\u00e9agissez-vous \u00e0 ce d\u00e9cret\u00a0?\n"
              "Je le regrette, le fichier Edvige va trop loin.\n"
              "Quels dangers pr\u00e9sente ce fichier\u00a0?\n"
              "Nous craignons les abus de la police.\n"}});
  REQUIRE(interview.sentences.size() == 5);
  CHECK(interview.sentences[2].reason == "an interview's answer, without quotation marks");
  // The words a paywall cut after the lead's sentence are unfinished, not a title that
  // --include-headlines would let in.
  const std::string cut_off =
      "Selon nos informations, les enqu\u00eateurs affirment que le conducteur du tracteur "
      "s\u2019\u00e9tait arr\u00eat\u00e9 sur les voies pour";
  Options with_headlines;
  with_headlines.select.include_headlines = true;
  const Explanation paywall =
      Explain({{"un",
                "Un TER reliant Rennes \u00e0 Nantes a percut\u00e9 un tracteur sur un passage "
                "\u00e0 niveau \u00e0 Bain-de-Bretagne mardi matin, faisant deux morts et "
                "vingt-cinq bless\u00e9s. " +
                    cut_off +
                    "\n\nCet article est r\u00e9serv\u00e9 aux "
                    "abonn\u00e9s."}},
              with_headlines);
  const auto unfinished =
      std::find_if(paywall.sentences.begin(), paywall.sentences.end(),
                   [&](const ExplainedSentence& e) { return e.text == cut_off; });
  REQUIRE(unfinished != paywall.sentences.end());
  CHECK_FALSE(unfinished->headline);
  CHECK(unfinished->verdict == Verdict::kCannotStandAlone);
  CHECK(unfinished->reason == "unfinished: the text stops before the sentence ends");
}

TEST_CASE("Explain lists what cleaning dropped, as the source wrote it, where it stood") {
  // CRLF line ends and a decomposed accent: the stages read them normalized, the
  // explanation quotes the source.
  const std::string credit = "Photo : Ame\u0301lie Dupont";
  const std::vector<Document> documents = {
      {"un", "PARIS (AFP) - Vladimir Poutine est arriv\u00e9 mardi \u00e0 Pyongyang pour une "
             "visite d\u2019\u00c9tat.\r\n\r\n" + credit + "\r\n\r\nL\u2019accord de "
             "partenariat sera sign\u00e9 mercredi \u00e0 Pyongyang, selon le Kremlin.\r\n\r\n"
             "Laisser un commentaire\r\n"},
      {"deux", "Kim Jong Un a accueilli Vladimir Poutine \u00e0 l\u2019a\u00e9roport de "
               "Pyongyang.\n"},
  };
  const Explanation explanation = Explain(documents);
  REQUIRE(explanation.sentences.size() == 3);
  REQUIRE(explanation.removed.size() == 3);
  const RemovedText& dateline = explanation.removed[0];
  CHECK(dateline.text == "PARIS (AFP) -");
  CHECK(dateline.document == 0);
  CHECK(dateline.before == 0);
  CHECK(dateline.rule == "dateline");
  CHECK(dateline.reason == "removed as a dateline (--keep-boilerplate keeps it)");
  const RemovedText& photo = explanation.removed[1];
  CHECK(photo.text == credit);
  CHECK(photo.before == 1);
  CHECK(photo.rule == "photo-credit");
  // After the document's last sentence: its sentence count.
  const RemovedText& form = explanation.removed[2];
  CHECK(form.text == "Laisser un commentaire");
  CHECK(form.before == 2);
  CHECK(form.rule == "comment-form");
  CHECK(form.reason == "removed as a comment form (--keep-boilerplate keeps it)");
  // The sentences around the credit are whole: nothing cleaned away is in them.
  CHECK(explanation.sentences[0].text ==
        "Vladimir Poutine est arriv\u00e9 mardi \u00e0 Pyongyang pour une visite "
        "d\u2019\u00c9tat.");

  Options keep;
  keep.clean.keep_boilerplate = true;
  CHECK(Explain(documents, keep).removed.empty());
  // Summarize has no use for them, and the summary is the same.
  CHECK(Texts(explanation.summary) == Texts(Summarize(documents)));
}

TEST_CASE("Options::cancelled stops a call where it first says so") {
  // Each stage's end asks it once (selection may ask more): stopping at the n-th answer
  // throws kCancelled, never a summary.
  const struct {
    const char* call;
    std::size_t stop_at;
  } cases[] = {{"summarize", 1}, {"summarize", 5}, {"explain", 3}, {"segment", 1}, {"segment", 3}};
  for (const auto& c : cases) {
    CAPTURE(c.call, c.stop_at);
    std::size_t asked = 0;
    Options options;
    options.cancelled = [&] { return ++asked == c.stop_at; };
    try {
      if (std::string(c.call) == "summarize") Summarize(SampleDocuments(), options);
      if (std::string(c.call) == "explain") Explain(SampleDocuments(), options);
      if (std::string(c.call) == "segment") Segment(SampleDocuments(), options);
      FAIL("not cancelled");
    } catch (const Error& e) {
      CHECK(e.code() == ErrorCode::kCancelled);
      CHECK(asked == c.stop_at);
    }
  }
  // Asked and never stopping: the same summary as without.
  std::size_t asked = 0;
  Options options;
  options.cancelled = [&] { return ++asked == 0; };
  CHECK(Texts(Summarize(SampleDocuments(), options)) == Texts(Summarize(SampleDocuments())));
  CHECK(asked >= 9);  // load, clean, segment, tokenize, weight, graph, rank, select, order
}

}  // namespace
}  // namespace precis
