#include "fuzz_entry.h"

#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <limits>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

#include "clean.h"
#include "language.h"
#include "load.h"
#include "markdown_text.h"
#include "precis/batch.h"
#include "precis/document.h"
#include "precis/error.h"
#include "precis/options.h"
#include "precis/summarizer.h"
#include "rouge.h"
#include "rouge155.h"
#include "segment.h"
#include "simple_words.h"
#include "tokenize.h"
#include "unpack.h"
#include "unicode_tokenizer.h"

// Not assert(): the invariants must hold in release builds too, where CI may run them.
#define FUZZ_CHECK(condition)                                                                     \
  do {                                                                                            \
    if (!(condition)) {                                                                           \
      std::fprintf(stderr, "%s:%d: fuzz invariant failed: %s\n", __FILE__, __LINE__, #condition); \
      std::abort();                                                                               \
    }                                                                                             \
  } while (false)

namespace precis::fuzz {
namespace {

// Structurally valid UTF-8 (no overlongs, surrogates or code points past U+10FFFF).
bool IsValidUtf8(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    const auto b = static_cast<unsigned char>(s[i]);
    std::size_t length = 0;
    unsigned char low = 0x80;
    unsigned char high = 0xBF;
    if (b < 0x80) {
      ++i;
      continue;
    } else if (b >= 0xC2 && b <= 0xDF) {
      length = 2;
    } else if (b >= 0xE0 && b <= 0xEF) {
      length = 3;
      if (b == 0xE0) low = 0xA0;
      if (b == 0xED) high = 0x9F;
    } else if (b >= 0xF0 && b <= 0xF4) {
      length = 4;
      if (b == 0xF0) low = 0x90;
      if (b == 0xF4) high = 0x8F;
    } else {
      return false;
    }
    if (i + length > s.size()) return false;
    const auto second = static_cast<unsigned char>(s[i + 1]);
    if (second < low || second > high) return false;
    for (std::size_t k = 2; k < length; ++k) {
      const auto c = static_cast<unsigned char>(s[i + k]);
      if (c < 0x80 || c > 0xBF) return false;
    }
    i += length;
  }
  return true;
}

bool IsCharBoundary(std::string_view s, std::size_t offset) {
  return offset == 0 || offset >= s.size() ||
         (static_cast<unsigned char>(s[offset]) & 0xC0) != 0x80;
}

// Up to `max_pieces` pieces of `text`, cut at form feeds; the last takes the rest.
std::vector<std::string> CutAtFormFeeds(std::string_view text, std::size_t max_pieces) {
  std::vector<std::string> pieces;
  while (pieces.size() + 1 < max_pieces) {
    const std::size_t cut = text.find('\f');
    if (cut == std::string_view::npos) break;
    pieces.emplace_back(text.substr(0, cut));
    text.remove_prefix(cut + 1);
  }
  pieces.emplace_back(text);
  return pieces;
}

// Segmenters and tokenizers are costly to build: one per language and options, kept for
// the life of the process (the fuzzer runs millions of inputs in one).
SentenceSegmenter& SegmenterFor(const std::string& code) {
  static std::map<std::string, std::unique_ptr<SentenceSegmenter>> segmenters;
  auto& slot = segmenters[code];
  if (!slot) slot = std::make_unique<SentenceSegmenter>(GetLanguage(code));
  return *slot;
}

Tokenizer& TokenizerFor(const std::string& code, const TokenizeOptions& options) {
  static std::map<std::tuple<std::string, bool, bool>, std::unique_ptr<Tokenizer>> tokenizers;
  auto& slot = tokenizers[{code, options.stem, options.remove_stopwords}];
  if (!slot) slot = std::make_unique<Tokenizer>(GetLanguage(code), options);
  return *slot;
}

// SimpleWords stands in for ICU's word iterator where it does not decline: there it must
// find exactly ICU's words (simple_words.h), which this checks on every sentence.
void CheckSimpleWords(std::string_view sentence, const std::string& code) {
  std::vector<SimpleWord> simple;
  if (!SimpleWords(sentence, &simple)) return;
  static std::map<std::string, std::unique_ptr<icu::BreakIterator>> breakers;
  auto& breaker = breakers[code];
  UErrorCode status = U_ZERO_ERROR;
  if (!breaker) {
    breaker.reset(icu::BreakIterator::createWordInstance(
        icu::Locale(GetLanguage(code).word_locale.c_str()), status));
    FUZZ_CHECK(U_SUCCESS(status) && breaker);
  }
  UText text = UTEXT_INITIALIZER;
  utext_openUTF8(&text, sentence.data(), static_cast<int64_t>(sentence.size()), &status);
  breaker->setText(&text, status);
  utext_close(&text);
  FUZZ_CHECK(U_SUCCESS(status));
  std::size_t next = 0;
  int32_t start = breaker->first();
  for (int32_t end = breaker->next(); end != icu::BreakIterator::DONE;
       start = end, end = breaker->next()) {
    const int32_t kind = breaker->getRuleStatus();
    if (kind < UBRK_WORD_NONE_LIMIT) continue;
    FUZZ_CHECK(next < simple.size());
    FUZZ_CHECK(simple[next].begin == static_cast<std::size_t>(start));
    FUZZ_CHECK(simple[next].size == static_cast<std::size_t>(end - start));
    FUZZ_CHECK(simple[next].number == (kind < UBRK_WORD_NUMBER_LIMIT));
    ++next;
  }
  FUZZ_CHECK(next == simple.size());
}

void CheckLoaded(const LoadedDocument& loaded) {
  FUZZ_CHECK(IsValidUtf8(loaded.original));
  FUZZ_CHECK(IsValidUtf8(loaded.text));
  FUZZ_CHECK(loaded.text.find('\r') == std::string::npos);
  FUZZ_CHECK(loaded.to_original.ToOriginal(loaded.text.size()) == loaded.original.size());
  std::size_t previous = 0;
  for (std::size_t offset = 0; offset <= loaded.text.size(); ++offset) {
    const std::size_t original = loaded.to_original.ToOriginal(offset);
    FUZZ_CHECK(original <= loaded.original.size());
    FUZZ_CHECK(original >= previous);  // monotone: spans never turn inside out
    previous = original;
    if (IsCharBoundary(loaded.text, offset)) {
      FUZZ_CHECK(IsCharBoundary(loaded.original, original));
    }
  }
}

// What an archive gives read_inputs.cc: members named inside it, within the limit, and
// nothing at all for what is not an archive.
void CheckUnpacked(const Unpacked& unpacked, const std::string& name, std::size_t max_bytes) {
  if (!unpacked.archive) {
    FUZZ_CHECK(unpacked.members.empty() && unpacked.warnings.empty());
    return;
  }
  FUZZ_CHECK(!unpacked.members.empty() || !unpacked.warnings.empty());
  std::size_t total = 0;
  for (std::size_t i = 0; i < unpacked.members.size(); ++i) {
    const Document& member = unpacked.members[i];
    FUZZ_CHECK(member.name == name || member.name.rfind(name + "/", 0) == 0);
    FUZZ_CHECK(i == 0 || unpacked.members[i - 1].name <= member.name);
    total += member.text.size();
  }
  FUZZ_CHECK(total <= max_bytes);
  for (const std::string& warning : unpacked.warnings) {
    FUZZ_CHECK(warning.rfind(name, 0) == 0);
    FUZZ_CHECK(warning.find('\n') == std::string::npos);
  }
}

void CheckCleaned(const LoadedDocument& loaded, const CleanedDocument& cleaned) {
  const std::string& text = loaded.text;
  std::size_t end = 0;
  for (const TextSpan& p : cleaned.paragraphs) {
    FUZZ_CHECK(p.begin >= end);
    FUZZ_CHECK(p.begin < p.end);
    FUZZ_CHECK(p.end <= text.size());
    FUZZ_CHECK(IsCharBoundary(text, p.begin));
    FUZZ_CHECK(IsCharBoundary(text, p.end));
    end = p.end;
  }
  for (const Removal& r : cleaned.removed) {
    FUZZ_CHECK(r.span.begin <= r.span.end);
    FUZZ_CHECK(r.span.end <= text.size());
    FUZZ_CHECK(!r.rule.empty());
    for (const TextSpan& p : cleaned.paragraphs) {
      FUZZ_CHECK(r.span.end <= p.begin || r.span.begin >= p.end);
    }
  }
}

void CheckSentences(std::string_view text, TextSpan paragraph,
                    const std::vector<SentenceSpan>& sentences) {
  std::size_t end = paragraph.begin;
  for (const SentenceSpan& s : sentences) {
    FUZZ_CHECK(s.span.begin >= end);
    FUZZ_CHECK(s.span.begin < s.span.end);
    FUZZ_CHECK(s.span.end <= paragraph.end);
    FUZZ_CHECK(s.span.size() <= kMaxSentenceBytes);
    FUZZ_CHECK(IsCharBoundary(text, s.span.begin));
    FUZZ_CHECK(IsCharBoundary(text, s.span.end));
    end = s.span.end;
  }
}

void CheckSummary(const Summary& summary, const std::vector<Document>& documents,
                  const Options& options) {
  FUZZ_CHECK(summary.document_names.size() == documents.size());
  FUZZ_CHECK(summary.sentences.size() <= summary.sentence_count);
  std::vector<bool> rank_seen(summary.sentences.size(), false);
  for (std::size_t i = 0; i < summary.sentences.size(); ++i) {
    const SummarySentence& s = summary.sentences[i];
    FUZZ_CHECK(s.document < documents.size());
    FUZZ_CHECK(!s.text.empty());
    FUZZ_CHECK(IsValidUtf8(s.text));
    FUZZ_CHECK(std::isfinite(s.score) && s.score >= 0.0 && s.score <= 1.0 + 1e-9);
    FUZZ_CHECK(s.rank < rank_seen.size() && !rank_seen[s.rank]);
    rank_seen[s.rank] = true;
    for (std::size_t j = 0; j < i; ++j) {  // reading order keeps each source's own
      const SummarySentence& p = summary.sentences[j];
      FUZZ_CHECK(p.document != s.document || p.position < s.position);
    }
  }
  for (OutputFormat format : {OutputFormat::kText, OutputFormat::kJson, OutputFormat::kMarkdown}) {
    const std::string rendered = Render(summary, format, options);
    // An empty summary renders as nothing in text and Markdown; otherwise every format
    // ends with a newline (summarizer.h).
    if (!summary.sentences.empty() || format == OutputFormat::kJson) {
      FUZZ_CHECK(!rendered.empty() && rendered.back() == '\n');
    }
    FUZZ_CHECK(IsValidUtf8(rendered));
  }
}

// Explain's verdicts: the chosen sentences are the summary's, every sentence has a reason,
// and every format renders.
void CheckExplanation(const Explanation& explanation, const std::vector<Document>& documents,
                      const Options& options) {
  CheckSummary(explanation.summary, documents, options);
  FUZZ_CHECK(explanation.sentences.size() == explanation.summary.sentence_count);
  std::size_t chosen = 0;
  for (const ExplainedSentence& e : explanation.sentences) {
    FUZZ_CHECK(e.document < documents.size());
    FUZZ_CHECK(!e.reason.empty());
    FUZZ_CHECK(IsValidUtf8(e.reason));
    if (e.verdict != Verdict::kChosen) continue;
    ++chosen;
    FUZZ_CHECK(std::any_of(explanation.summary.sentences.begin(),
                           explanation.summary.sentences.end(), [&](const SummarySentence& s) {
                             return s.document == e.document && s.position == e.position &&
                                    s.text == e.text;
                           }));
  }
  FUZZ_CHECK(chosen == explanation.summary.sentences.size());
  // What cleaning dropped: in document order, each where a sentence could follow it.
  std::vector<std::size_t> sentences_of(documents.size());
  for (const ExplainedSentence& e : explanation.sentences) ++sentences_of[e.document];
  FUZZ_CHECK(!options.clean.keep_boilerplate || explanation.removed.empty());
  for (std::size_t i = 0; i < explanation.removed.size(); ++i) {
    const RemovedText& r = explanation.removed[i];
    FUZZ_CHECK(r.document < documents.size());
    FUZZ_CHECK(r.before <= sentences_of[r.document]);
    FUZZ_CHECK(!r.text.empty() && !r.rule.empty() && !r.reason.empty());
    if (i == 0) continue;
    const RemovedText& previous = explanation.removed[i - 1];
    FUZZ_CHECK(previous.document < r.document ||
               (previous.document == r.document && previous.before <= r.before));
  }
  for (OutputFormat format : {OutputFormat::kText, OutputFormat::kJson, OutputFormat::kHtml}) {
    const std::string rendered = RenderExplanation(explanation, format, options);
    FUZZ_CHECK(!rendered.empty() && rendered.back() == '\n');
    FUZZ_CHECK(IsValidUtf8(rendered));
  }
}

}  // namespace

void RunPipeline(const std::uint8_t* data, std::size_t size) {
  if (size < 2) return;
  const std::uint8_t flags = data[0];
  Options options;
  options.language = (flags & 1) != 0 ? "en" : "fr";
  options.threads = 1;
  options.clean.keep_boilerplate = (flags & 2) != 0;
  options.tokenize.stem = (flags & 4) == 0;
  options.tokenize.remove_stopwords = (flags & 8) == 0;
  options.select.include_headlines = (flags & 16) != 0;
  options.graph.similarity = (flags & 32) != 0 ? Similarity::kOverlap : Similarity::kCosine;
  const std::size_t max_documents = 1 + ((flags >> 6) % 3);
  options.select.words = 1 + data[1] % 64;

  const std::string_view text(reinterpret_cast<const char*>(data) + 2, size - 2);
  // Archives are opened before Load (read_inputs.cc), and their members loaded.
  constexpr std::size_t kMaxUnpackedBytes = std::size_t{1} << 20;
  const Unpacked unpacked = Unpack("fuzz", text, kMaxUnpackedBytes);
  CheckUnpacked(unpacked, "fuzz", kMaxUnpackedBytes);
  for (std::size_t i = 0; i < unpacked.members.size() && i < max_documents; ++i) {
    CheckLoaded(Load(unpacked.members[i]));
  }

  std::vector<Document> documents;
  for (std::string& piece : CutAtFormFeeds(text, max_documents)) {
    documents.push_back({"doc" + std::to_string(documents.size()), std::move(piece)});
  }

  try {
    std::vector<LoadedDocument> loaded;
    for (const Document& document : documents) {
      loaded.push_back(Load(document));
      CheckLoaded(loaded.back());
      // The Markdown reader on any text, taken for Markdown or not, whatever constructs
      // it leaves unclosed: UTF-8 in, UTF-8 out.
      FUZZ_CHECK(IsValidUtf8(MarkdownText(loaded.back().original)));
    }
    const Language& language = GetLanguage(options.language);
    const std::vector<CleanedDocument> cleaned = Clean(loaded, language, options.clean);
    FUZZ_CHECK(cleaned.size() == loaded.size());
    SentenceSegmenter& segmenter = SegmenterFor(options.language);
    Tokenizer& tokenizer = TokenizerFor(options.language, options.tokenize);
    for (std::size_t d = 0; d < loaded.size(); ++d) {
      const std::string& doc_text = loaded[d].text;
      CheckCleaned(loaded[d], cleaned[d]);
      AbbreviationNames names(doc_text, language.sentences.abbreviations);
      for (const TextSpan& paragraph : cleaned[d].paragraphs) {
        const std::vector<SentenceSpan> sentences =
            segmenter.Split(doc_text, paragraph, &names);
        CheckSentences(doc_text, paragraph, sentences);
        for (const SentenceSpan& s : sentences) {
          const std::string_view sentence =
              std::string_view(doc_text).substr(s.span.begin, s.span.size());
          CheckSimpleWords(sentence, options.language);
          for (const std::string& term : tokenizer.Terms(sentence)) {
            FUZZ_CHECK(!term.empty());
            FUZZ_CHECK(IsValidUtf8(term));
          }
        }
      }
    }
  } catch (const Error&) {
    // Expected for unusable text; anything else escapes and is a crash.
  }

  try {
    // Explain runs Summarize's pipeline and judges every sentence after it.
    CheckExplanation(Explain(documents, options), documents, options);
  } catch (const Error&) {
  }
}

namespace {

void CheckTokens(const eval::TokenizedText& tokens) {
  for (const auto& sentence : tokens) {
    FUZZ_CHECK(!sentence.empty());  // a line with no token gives no sentence
    for (const std::string& token : sentence) FUZZ_CHECK(!token.empty());
  }
}

bool IsUnitInterval(double x) { return std::isfinite(x) && x >= 0.0 && x <= 1.0 + 1e-9; }

std::size_t TokenCount(const eval::TokenizedText& text) {
  std::size_t count = 0;
  for (const auto& sentence : text) count += sentence.size();
  return count;
}

// ROUGE-L costs the sum over sentence pairs of their length products (rouge.h), and skip
// bigrams with no distance limit the square of a text's length: quadratic by design, so a
// 64 KB input scored against itself would only report a timeout, and slow the fuzzer
// to a crawl. Above this many token pairs only ROUGE-N is checked; a 100-word summary
// against four 665-word references stays below.
constexpr std::size_t kMaxLcsCells = std::size_t{1} << 18;

void CheckScores(const eval::TokenizedText& summary,
                 const std::vector<eval::TokenizedText>& references,
                 const eval::RougeOptions& options) {
  std::size_t reference_tokens = 0;
  std::size_t squares = 0;  // skip bigrams without a distance limit are quadratic too
  for (const auto& reference : references) {
    reference_tokens += TokenCount(reference);
    squares += TokenCount(reference) * TokenCount(reference);
  }
  const std::size_t summary_tokens = TokenCount(summary);
  std::size_t cost = summary_tokens * std::max(reference_tokens, summary_tokens);
  if (options.skip_distance > summary_tokens + reference_tokens) {
    cost += squares + 2 * summary_tokens * summary_tokens;
  }
  if (cost > kMaxLcsCells) {
    for (std::size_t n : {1, 2, 3}) {
      const eval::Prf prf = eval::ScoreRougeN(summary, references, n, options);
      FUZZ_CHECK(IsUnitInterval(prf.recall) && IsUnitInterval(prf.precision));
      FUZZ_CHECK(IsUnitInterval(prf.f));
    }
    return;
  }
  const eval::RougeScores scores = eval::Score(summary, references, options);
  for (eval::Measure m : eval::kAllMeasures) {
    FUZZ_CHECK(IsUnitInterval(scores[m].recall));
    FUZZ_CHECK(IsUnitInterval(scores[m].precision));
    FUZZ_CHECK(IsUnitInterval(scores[m].f));
  }
  // rouge.h: "ROUGE-L never exceeds ROUGE-1"; with -f B each measure picks its best
  // reference by recall, which keeps the inequality for recall.
  FUZZ_CHECK(scores[eval::Measure::kRougeL].recall <= scores[eval::Measure::kRouge1].recall + 1e-9);
  if (options.multi_reference == eval::MultiReference::kAverage) {
    FUZZ_CHECK(scores[eval::Measure::kRougeL].precision <=
               scores[eval::Measure::kRouge1].precision + 1e-9);
  }
  // ScoreRougeN follows the same conventions as Score.
  for (std::size_t n : {1, 2}) {
    const eval::Prf prf = eval::ScoreRougeN(summary, references, n, options);
    const eval::Prf& full = scores[n == 1 ? eval::Measure::kRouge1 : eval::Measure::kRouge2];
    FUZZ_CHECK(std::fabs(prf.recall - full.recall) <= 1e-9);
    FUZZ_CHECK(std::fabs(prf.precision - full.precision) <= 1e-9);
  }
  // A text scored against itself alone matches every unigram and every LCS token.
  if (TokenCount(summary) > 0) {
    const eval::RougeScores self = eval::Score(summary, {summary}, options);
    FUZZ_CHECK(std::fabs(self[eval::Measure::kRouge1].recall - 1.0) <= 1e-9);
    FUZZ_CHECK(std::fabs(self[eval::Measure::kRouge1].precision - 1.0) <= 1e-9);
    FUZZ_CHECK(std::fabs(self[eval::Measure::kRougeL].recall - 1.0) <= 1e-9);
  }
}

}  // namespace

void RunRougeTokenizer(const std::uint8_t* data, std::size_t size) {
  if (size < 3) return;
  const std::uint8_t unicode_flags = data[0];
  const std::uint8_t rouge155_flags = data[1];
  const std::uint8_t limit = data[2];
  const std::string_view text(reinterpret_cast<const char*>(data) + 3, size - 3);
  const std::vector<std::string> pieces = CutAtFormFeeds(text, 5);

  eval::RougeOptions rouge;
  rouge.multi_reference =
      (unicode_flags & 16) != 0 ? eval::MultiReference::kBest : eval::MultiReference::kAverage;
  rouge.jackknife = (unicode_flags & 32) != 0;
  rouge.rouge155_rounding = (unicode_flags & 64) != 0;
  rouge.skip_unigrams = (unicode_flags & 128) == 0;
  const std::size_t distance = (rouge155_flags >> 4) & 7;
  rouge.skip_distance = distance == 7 ? std::numeric_limits<std::size_t>::max() : distance;

  eval::UnicodeTokenizerOptions unicode_options;
  unicode_options.language = (unicode_flags & 1) != 0 ? "en" : "fr";
  unicode_options.stem = (unicode_flags & 2) == 0;
  unicode_options.remove_stopwords = (unicode_flags & 4) != 0;
  unicode_options.fold_accents = (unicode_flags & 8) != 0;

  eval::Rouge155Flags flags;
  flags.stem = (rouge155_flags & 1) != 0;
  flags.remove_stopwords = (rouge155_flags & 2) != 0;
  switch ((rouge155_flags >> 2) & 3) {
    case 1:
      flags.word_limit = limit;
      break;
    case 2:
      flags.byte_limit = limit;
      break;
    default:
      break;
  }
  flags.rouge = rouge;
  flags.rouge.rouge155_rounding = true;

  try {
    // The ROUGE-1.5.5 tokenizer is rebuilt per input so that its stem cache carries
    // nothing from an earlier input (a crash must replay alone); the Unicode one keeps no
    // state between calls and is costly to build, so there is one per option set.
    static std::map<std::array<bool, 4>, std::unique_ptr<eval::UnicodeTokenizer>>
        unicode_tokenizers;
    auto& slot =
        unicode_tokenizers[{unicode_options.language == "en", unicode_options.stem,
                            unicode_options.remove_stopwords, unicode_options.fold_accents}];
    if (!slot) slot = std::make_unique<eval::UnicodeTokenizer>(unicode_options);
    eval::UnicodeTokenizer& unicode = *slot;
    eval::Rouge155Tokenizer rouge155(flags);
    for (eval::RougeTokenizer* tokenizer :
         std::array<eval::RougeTokenizer*, 2>{&unicode, &rouge155}) {
      const eval::RougeOptions& options = tokenizer == &unicode ? rouge : flags.rouge;
      const eval::TokenizedText summary = tokenizer->Tokenize(pieces[0]);
      CheckTokens(summary);
      std::vector<eval::TokenizedText> references;
      for (std::size_t i = 1; i < pieces.size(); ++i) {
        references.push_back(tokenizer->Tokenize(pieces[i]));
        CheckTokens(references.back());
      }
      if (references.empty()) references.push_back(summary);
      CheckScores(summary, references, options);
    }
  } catch (const Error&) {
  }
}

namespace {

using Json = nlohmann::json;

// A well-formed line holding the documents cut from `text`.
std::string BatchLineOf(std::uint8_t flags, std::uint8_t budget, std::string_view text) {
  Json documents = Json::array();
  // JSON strings are UTF-8: invalid bytes would make the line itself invalid, which the
  // raw mode already covers.
  for (std::string& piece : CutAtFormFeeds(text, 3)) {
    documents.push_back(IsValidUtf8(piece) ? std::move(piece) : std::string());
  }
  Json line = {{"id", "fuzz"}, {"documents", documents}, {"options", {{"words", 1 + budget % 64}}}};
  if ((flags & 2) != 0) line["explain"] = true;
  if ((flags & 4) != 0) line["options"]["lang"] = "en";
  return line.dump();
}

void CheckBatchRecord(const std::string& out) {
  FUZZ_CHECK(out.find('\n') == std::string::npos);
  FUZZ_CHECK(IsValidUtf8(out));
  const nlohmann::ordered_json record = nlohmann::ordered_json::parse(out, nullptr, false);
  FUZZ_CHECK(!record.is_discarded() && record.is_object());
  std::vector<std::string> keys;
  for (const auto& item : record.items()) keys.push_back(item.key());
  if (record.contains("error")) {
    FUZZ_CHECK((keys == std::vector<std::string>{"id", "line", "error"}));
    FUZZ_CHECK(record["line"] == 1);
    FUZZ_CHECK(record["error"].is_string() && !record["error"].get<std::string>().empty());
    return;
  }
  const bool explained = record.contains("sentences");
  FUZZ_CHECK(keys == (explained ? std::vector<std::string>{"id", "language", "summary",
                                                           "sentences", "removed", "warnings"}
                                : std::vector<std::string>{"id", "language", "summary",
                                                           "warnings"}));
  std::set<std::pair<std::size_t, std::size_t>> summary;
  for (const auto& s : record["summary"]) {
    FUZZ_CHECK(s["text"].is_string() && !s["text"].get<std::string>().empty());
    summary.emplace(s["document"].get<std::size_t>(), s["sentence"].get<std::size_t>());
  }
  FUZZ_CHECK(summary.size() == record["summary"].size());
  if (!explained) return;
  std::set<std::pair<std::size_t, std::size_t>> chosen;
  for (const auto& s : record["sentences"]) {
    FUZZ_CHECK(s["reason"].is_string() && !s["reason"].get<std::string>().empty());
    if (s["verdict"] == "chosen") {
      chosen.emplace(s["document"].get<std::size_t>(), s["sentence"].get<std::size_t>());
    }
  }
  FUZZ_CHECK(chosen == summary);
}

}  // namespace

void RunBatchLine(const std::uint8_t* data, std::size_t size) {
  if (size < 2) return;
  const std::string_view rest(reinterpret_cast<const char*>(data) + 2, size - 2);
  const std::string line =
      (data[0] & 1) != 0 ? BatchLineOf(data[0], data[1], rest) : std::string(rest);
  const bool explain = (data[0] & 8) != 0;
  const std::string out = SummarizeBatchLine(line, 1, Options(), explain);
  CheckBatchRecord(out);
  FUZZ_CHECK(SummarizeBatchLine(line, 1, Options(), explain) == out);
}

}  // namespace precis::fuzz
