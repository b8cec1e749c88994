// The pipeline: each stage is one call, in order; see the stage headers for the how.
#include "precis/summarizer.h"

#include <chrono>
#include <string_view>
#include <utility>

#include "clean.h"
#include "graph.h"
#include "language.h"
#include "load.h"
#include "order.h"
#include "rank.h"
#include "segment.h"
#include "select.h"
#include "standalone.h"
#include "text_measure.h"
#include "tokenize.h"
#include "weight.h"

namespace precis {
namespace {

// Records the wall time of each stage, in pipeline order, for SummaryStats.
class StageClock {
 public:
  // Ends the stage running since the last call (or construction) and names it.
  void Lap(const char* stage) {
    const auto now = std::chrono::steady_clock::now();
    timings_.push_back({stage, std::chrono::duration<double>(now - last_).count()});
    last_ = now;
  }
  std::vector<StageTiming> Take() { return std::move(timings_); }

 private:
  std::chrono::steady_clock::time_point last_ = std::chrono::steady_clock::now();
  std::vector<StageTiming> timings_;
};

struct SentenceRecord {
  std::size_t document;
  std::size_t position;
  TextSpan span;  // in the document's normalized text
  bool headline;
};

// Everything up to segmentation: what both Summarize and Segment need.
struct Segmented {
  std::vector<LoadedDocument> documents;
  std::vector<SentenceRecord> sentences;
  std::vector<std::string> warnings;

  std::string_view Normalized(const SentenceRecord& s) const {
    return std::string_view(documents[s.document].text).substr(s.span.begin, s.span.size());
  }
  // The sentence as the source wrote it: output quotes this, never the normalized form.
  std::string Original(const SentenceRecord& s) const {
    const LoadedDocument& d = documents[s.document];
    const std::size_t begin = d.to_original.ToOriginal(s.span.begin);
    const std::size_t end = d.to_original.ToOriginal(s.span.end);
    return d.original.substr(begin, end - begin);
  }
};

Segmented LoadCleanSegment(const std::vector<Document>& input, const Options& options,
                           const Language& language, StageClock& clock) {
  Segmented out;
  out.documents.reserve(input.size());
  for (const Document& document : input) {
    out.documents.push_back(Load(document));
    auto& warnings = out.documents.back().warnings;
    out.warnings.insert(out.warnings.end(), warnings.begin(), warnings.end());
  }
  clock.Lap("load");
  const std::vector<CleanedDocument> cleaned = Clean(out.documents, language, options.clean);
  clock.Lap("clean");
  SentenceSegmenter segmenter(language);
  for (std::size_t d = 0; d < cleaned.size(); ++d) {
    std::size_t position = 0;
    for (const TextSpan& paragraph : cleaned[d].paragraphs) {
      for (const SentenceSpan& s : segmenter.Split(out.documents[d].text, paragraph)) {
        out.sentences.push_back({d, position++, s.span, s.headline});
      }
    }
    if (position == 0) out.warnings.push_back(input[d].name + ": no text to summarize");
  }
  clock.Lap("segment");
  return out;
}

}  // namespace

std::vector<Sentence> Segment(const std::vector<Document>& documents, const Options& options) {
  options.Validate();
  StageClock clock;
  const Segmented segmented =
      LoadCleanSegment(documents, options, GetLanguage(options.language), clock);
  std::vector<Sentence> sentences;
  sentences.reserve(segmented.sentences.size());
  for (const SentenceRecord& s : segmented.sentences) {
    sentences.push_back({segmented.Original(s), s.document, s.position, s.headline});
  }
  return sentences;
}

Summary Summarize(const std::vector<Document>& documents, const Options& options) {
  options.Validate();
  const Language& language = GetLanguage(options.language);
  StageClock clock;
  Segmented segmented = LoadCleanSegment(documents, options, language, clock);

  Tokenizer tokenizer(language, options.tokenize);
  std::vector<std::vector<std::string>> terms;
  terms.reserve(segmented.sentences.size());
  for (const SentenceRecord& s : segmented.sentences) {
    terms.push_back(tokenizer.Terms(segmented.Normalized(s)));
  }
  clock.Lap("tokenize");
  const TermMatrix matrix = BuildTermMatrix(terms);
  clock.Lap("weight");
  const SparseMatrix graph = BuildSimilarityGraph(matrix, options.graph);
  clock.Lap("graph");
  const RankResult ranked = PageRank(graph, options.rank);
  clock.Lap("rank");

  std::vector<Candidate> candidates;
  candidates.reserve(segmented.sentences.size());
  for (const SentenceRecord& s : segmented.sentences) {
    const std::string original = segmented.Original(s);
    candidates.push_back({CountWords(original), CountCodePoints(original), s.headline,
                          CanStandAlone(segmented.Normalized(s), language)});
  }
  const std::vector<std::size_t> chosen =
      SelectSentences(ranked.scores, matrix.tfidf, candidates, options.select);
  clock.Lap("select");

  Summary summary;
  summary.warnings = std::move(segmented.warnings);
  summary.sentence_count = segmented.sentences.size();
  for (const Document& d : documents) summary.document_names.push_back(d.name);
  for (std::size_t rank = 0; rank < chosen.size(); ++rank) {
    const SentenceRecord& s = segmented.sentences[chosen[rank]];
    SummarySentence out;
    out.text = segmented.Original(s);
    out.document = s.document;
    out.position = s.position;
    out.headline = s.headline;
    out.score = ranked.scores[static_cast<Eigen::Index>(chosen[rank])];
    out.rank = rank;
    summary.sentences.push_back(std::move(out));
  }
  if (chosen.empty() && !segmented.sentences.empty()) {
    summary.warnings.push_back("no sentence fits the budget; the summary is empty");
  }
  OrderForReading(summary.sentences);
  summary.stats.timings = clock.Take();
  summary.stats.terms = matrix.vocabulary.size();
  summary.stats.graph_edges = static_cast<std::size_t>(graph.nonZeros());
  return summary;
}

}  // namespace precis
