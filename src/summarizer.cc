// The pipeline: each stage is one call, in order; see the stage headers for the how.
#include "precis/summarizer.h"

#include <algorithm>
#include <chrono>
#include <functional>
#include <map>
#include <new>
#include <string>
#include <string_view>
#include <utility>

#include "clean.h"
#include "first_person.h"
#include "graph.h"
#include "interview.h"
#include "language.h"
#include "language_guess.h"
#include "load.h"
#include "named_note.h"
#include "newest_first.h"
#include "order.h"
#include "parallel.h"
#include "plural.h"
#include "precis/error.h"
#include "quotation_context.h"
#include "quotation_speaker.h"
#include "rank.h"
#include "segment.h"
#include "select.h"
#include "size_name.h"
#include "standalone.h"
#include "text_measure.h"
#include "tokenize.h"
#include "weight.h"

namespace precis {
namespace {

// Documents without text said one a line up to this many; past it, in one line.
constexpr std::size_t kMaxEmptyNotes = 10;

// Records the wall time of each stage, in pipeline order, for SummaryStats. The end of a
// stage, and a Poll within a long one, is also where the caller may stop the call
// (Options::cancelled).
class StageClock {
 public:
  explicit StageClock(const std::function<bool()>& cancelled) : cancelled_(cancelled) {}

  // Ends the stage running since the last call (or construction) and names it.
  void Lap(const char* stage) {
    const auto now = std::chrono::steady_clock::now();
    timings_.push_back({stage, std::chrono::duration<double>(now - last_).count()});
    last_ = now;
    asked_ = now;
    if (cancelled_ && cancelled_()) Cancel(stage);
  }
  // Within a long stage: asks Options::cancelled at most every kPollInterval, so that a
  // call made per sentence costs a clock reading.
  void Poll(const char* stage) {
    if (!cancelled_) return;
    const auto now = std::chrono::steady_clock::now();
    if (now - asked_ < kPollInterval) return;
    asked_ = now;
    if (cancelled_()) Cancel(stage);
  }
  std::vector<StageTiming> Take() { return std::move(timings_); }

 private:
  static constexpr std::chrono::milliseconds kPollInterval{100};
  [[noreturn]] static void Cancel(const char* stage) {
    throw Error(ErrorCode::kCancelled, "", std::string("cancelled in the ") + stage + " stage");
  }

  const std::function<bool()>& cancelled_;
  std::chrono::steady_clock::time_point asked_ = std::chrono::steady_clock::now();
  std::chrono::steady_clock::time_point last_ = std::chrono::steady_clock::now();
  std::vector<StageTiming> timings_;
};

struct SentenceRecord {
  std::size_t document;
  std::size_t position;
  TextSpan span;  // in the document's normalized text
  bool headline;
  std::size_t paragraph;
  // Lies inside a quotation that the paragraph's other sentences open and close, or
  // opens or closes one with a straight " (PlaceInQuotations): alone, the reader could
  // take the speaker's words for the article's.
  QuotationPlace quotation = QuotationPlace::kOutside;
  // An interviewee's answer, which the article gives without quotation marks
  // (MarkInterviewAnswers): alone, it too reads as the article's own words.
  bool interview_answer = false;
  // A piece of a sentence too long to keep whole (SentenceSpan::cut).
  bool cut = false;
  // The words after a paragraph's last sentence, without its end (SentenceSpan::unfinished).
  bool unfinished = false;
};

// Everything up to segmentation: what both Summarize and Segment need.
struct Segmented {
  // The caller's documents, which outlive the Segmented made from them.
  const std::vector<Document>* input = nullptr;
  std::vector<LoadedDocument> documents;
  // Whether documents[d].original was dropped because it equals input[d].text, as it
  // does for any valid UTF-8 without a byte order mark: at 100,000 articles the copy is
  // half a gigabyte.
  std::vector<char> original_is_input;
  // What the stages read of document d: documents[d].text, or input[d].text when
  // loading changed nothing (NFC, LF line ends), documents[d].text then being dropped
  // too, for the same reason.
  std::vector<std::string_view> texts;
  std::vector<SentenceRecord> sentences;
  // What cleaning dropped from each document, kept only for Explain.
  std::vector<std::vector<Removal>> removed;
  std::vector<std::string> warnings;
  // The language the documents were read in (Options::language, or what "auto" found).
  const Language* language = nullptr;
  // Of each document, the other language it is written in, whose sentences no summary
  // takes, or "" (WarnOtherLanguages).
  std::vector<std::string> other_languages;

  std::string_view Normalized(const SentenceRecord& s) const {
    return texts[s.document].substr(s.span.begin, s.span.size());
  }
  // The sentence as the source wrote it: output quotes this, never the normalized form,
  // but for a word's cut at a line end, which it joins as the normalized text does.
  std::string Original(const SentenceRecord& s) const { return Original(s.document, s.span); }
  std::string Original(std::size_t document, TextSpan span) const {
    const LoadedDocument& d = documents[document];
    const std::string& original =
        original_is_input[document] ? (*input)[document].text : d.original;
    return QuoteOriginal(d, original, span.begin, span.end);
  }
};

// Why a sentence may not go into a summary, away from its article, or "" when it may. A
// half quotation in straight quotes needs its paragraph to be seen; the rest shows in the
// sentence.
std::string WhyNotInSummary(std::string_view sentence, bool cut, bool unfinished,
                            QuotationPlace quotation, bool refused_answer,
                            const Language& language) {
  // Only a --max-words above its default lets one be looked at; alone, it is half a sentence.
  if (cut) return "a piece of a sentence too long to keep whole";
  if (unfinished) return "unfinished: the text stops before the sentence ends";
  if (refused_answer) return "an interview's answer, without quotation marks";
  switch (quotation) {
    case QuotationPlace::kInside:
      return "quoted speech that its paragraph's other sentences open and close";
    case QuotationPlace::kOpens:
    case QuotationPlace::kCloses:
      if (!NamesSpeaker(sentence, quotation, language)) {
        return "half a quotation that does not say who speaks";
      }
      break;
    case QuotationPlace::kOutside:
      if (SpeaksAsI(sentence, language)) return "says \"I\" without saying who speaks";
      break;
  }
  return WhyNotStandAlone(sentence, language);
}

// A live blog lists its entries newest first (newest_first.h): the summary's sentences
// from one take the places the order gave them, refilled oldest entry first, so that the
// toll rises in the summary as it did in the day. `reading` holds indices into `chosen`.
void ReadEntriesOldestFirst(const Segmented& segmented, const std::vector<std::size_t>& chosen,
                            std::vector<std::size_t>* reading) {
  std::map<std::size_t, std::vector<std::size_t>> slots_of;  // document -> its places
  for (std::size_t slot = 0; slot < reading->size(); ++slot) {
    slots_of[segmented.sentences[chosen[(*reading)[slot]]].document].push_back(slot);
  }
  for (const auto& [document, slots] : slots_of) {
    if (slots.size() < 2) continue;
    // A document's sentences are consecutive, positions counted from 0.
    const SentenceRecord& some = segmented.sentences[chosen[(*reading)[slots[0]]]];
    const std::size_t begin = chosen[(*reading)[slots[0]]] - some.position;
    std::vector<std::string_view> texts;
    std::vector<bool> headlines;
    for (std::size_t k = begin;
         k < segmented.sentences.size() && segmented.sentences[k].document == document; ++k) {
      texts.push_back(segmented.Normalized(segmented.sentences[k]));
      headlines.push_back(segmented.sentences[k].headline);
    }
    const std::vector<std::size_t> entries = EntriesNewestFirst(texts, headlines);
    if (entries.empty()) continue;
    std::vector<std::size_t> ranks;
    for (const std::size_t slot : slots) ranks.push_back((*reading)[slot]);
    const auto key = [&](std::size_t rank) {
      const std::size_t position = segmented.sentences[chosen[rank]].position;
      return std::make_pair(entries[position], position);
    };
    std::sort(ranks.begin(), ranks.end(),
              [&](std::size_t a, std::size_t b) { return key(a) < key(b); });
    for (std::size_t j = 0; j < slots.size(); ++j) (*reading)[slots[j]] = ranks[j];
  }
}

// What to say when memory runs out while `stage` works on the documents' `texts` together:
// the largest is the likely cause, a Word document or an archive member of a few hundred
// KB that unpacked to a hundred MB of text, and the user needs its name.
Error OutOfMemory(const std::vector<Document>& input, const std::vector<std::string_view>& texts,
                  const std::string& stage) {
  std::size_t largest = 0;
  for (std::size_t d = 1; d < texts.size(); ++d) {
    if (texts[d].size() > texts[largest].size()) largest = d;
  }
  if (texts.empty()) return Error(ErrorCode::kInvalidInput, "", "out of memory " + stage);
  return Error(ErrorCode::kInvalidInput, input[largest].name,
               "out of memory " + stage + " its " + RoundedSize(texts[largest].size()) +
                   " of text (the input's largest document)");
}

// What to say when memory runs out past segmentation: the stages hold the cluster as a
// whole, and its size is what the caller can cut.
Error OutOfMemoryOnCluster(const Segmented& segmented, const std::string& doing) {
  std::size_t bytes = 0;
  for (const std::string_view text : segmented.texts) bytes += text.size();
  const std::size_t documents = segmented.texts.size();
  const std::size_t sentences = segmented.sentences.size();
  return Error(ErrorCode::kInvalidInput, "",
               "out of memory while " + doing + " " + CountOf(sentences, "sentence") + " from " +
                   CountOf(documents, "document") + " (" + RoundedSize(bytes) + " of text)");
}

// `keep_removals`: also keep what cleaning dropped (Segmented::removed), which only
// Explain shows.
Segmented LoadCleanSegment(const std::vector<Document>& input, const Options& options,
                           StageClock& clock, bool keep_removals = false) {
  Segmented out;
  out.input = &input;
  // Documents load, clean and segment independently: each worker takes a range of
  // them, and the results are merged in document order, as a sequential run makes them.
  const std::size_t workers = WorkerCount(options.threads, input.size());
  out.documents.resize(input.size());
  out.original_is_input.resize(input.size(), 0);
  out.texts.resize(input.size());
  StopCheck stop_loading([&clock] { clock.Poll("load"); });
  ParallelRanges(
      workers, input.size(),
      [&](std::size_t w, std::size_t begin, std::size_t end) {
        for (std::size_t d = begin; d < end && stop_loading.GoOn(w); ++d) {
          LoadedDocument& loaded = out.documents[d];
          try {
            loaded = Load(input[d], options.load);
          } catch (const std::bad_alloc&) {
            // Which document, and how large: a Word document or an archive member of a few
            // hundred KB may unpack to gigabytes of markup.
            throw Error(ErrorCode::kInvalidInput, input[d].name,
                        "out of memory while reading its " + RoundedSize(input[d].text.size()));
          }
          if (loaded.original == input[d].text) {
            std::string().swap(loaded.original);
            out.original_is_input[d] = 1;
            if (loaded.text == input[d].text) std::string().swap(loaded.text);
          }
          // documents is never resized again, so a view of a text it holds stays valid.
          out.texts[d] = out.original_is_input[d] && loaded.text.empty()
                             ? std::string_view(input[d].text)
                             : std::string_view(loaded.text);
        }
      },
      &stop_loading);
  for (const LoadedDocument& document : out.documents) {
    out.warnings.insert(out.warnings.end(), document.warnings.begin(), document.warnings.end());
  }
  NoteMarkup(out.documents, &out.warnings);
  // Counted once: they name the cluster's language for "auto", and flag the documents
  // written in another one.
  const std::vector<StopwordCounts> stopword_counts = CountStopwords(out.texts, options.threads);
  out.language = &GetLanguage(options.language == kAutoLanguage
                                  ? GuessClusterLanguage(stopword_counts)
                                  : options.language);
  const Language& language = *out.language;
  clock.Lap("load");
  std::vector<CleanedDocument> cleaned;
  try {
    cleaned = Clean(out.texts, language, options.clean, options.threads,
                    [&clock] { clock.Poll("clean"); });
  } catch (const std::bad_alloc&) {
    throw OutOfMemory(input, out.texts, "while cleaning");
  }
  clock.Lap("clean");
  std::vector<std::vector<SentenceRecord>> per_document(cleaned.size());
  StopCheck stop_segmenting([&clock] { clock.Poll("segment"); });
  const auto segment = [&](std::size_t w, std::size_t begin, std::size_t end) {
    SentenceSegmenter segmenter(language);  // not thread-safe: one per worker
    for (std::size_t d = begin; d < end && stop_segmenting.GoOn(w); ++d) {
      std::size_t position = 0;
      AbbreviationNames names(out.texts[d], language.sentences.abbreviations);
      for (std::size_t p = 0; p < cleaned[d].paragraphs.size(); ++p) {
        const std::size_t first = per_document[d].size();
        std::vector<std::string_view> paragraph;
        for (const SentenceSpan& s : segmenter.Split(out.texts[d],
                                                     cleaned[d].paragraphs[p], &names)) {
          per_document[d].push_back({d, position++, s.span, s.headline, p});
          per_document[d].back().cut = s.cut;
          per_document[d].back().unfinished = s.unfinished;
          paragraph.push_back(out.Normalized(per_document[d].back()));
        }
        const std::vector<QuotationPlace> places = PlaceInQuotations(paragraph);
        for (std::size_t k = 0; k < places.size(); ++k) {
          per_document[d][first + k].quotation = places[k];
        }
      }
      std::vector<std::string_view> sentences;
      std::vector<std::size_t> paragraphs;
      for (const SentenceRecord& s : per_document[d]) {
        sentences.push_back(out.Normalized(s));
        paragraphs.push_back(s.paragraph);
      }
      const std::vector<bool> answers = MarkInterviewAnswers(sentences, paragraphs, language);
      for (std::size_t k = 0; k < answers.size(); ++k) {
        per_document[d][k].interview_answer = answers[k];
      }
    }
  };
  try {
    ParallelRanges(workers, cleaned.size(), segment, &stop_segmenting);
  } catch (const std::bad_alloc&) {
    throw OutOfMemory(input, out.texts, "while cutting into sentences");
  }
  // A document left without text by cleaning had text: saying it had none sends the
  // user looking at the wrong file.
  std::vector<char> cleaned_away(cleaned.size());
  for (std::size_t d = 0; d < cleaned.size(); ++d) {
    cleaned_away[d] = cleaned[d].paragraphs.empty() && !cleaned[d].removed.empty();
  }
  if (keep_removals) {
    for (CleanedDocument& document : cleaned) out.removed.push_back(std::move(document.removed));
  }
  std::size_t sentence_count = 0;
  for (const auto& sentences : per_document) sentence_count += sentences.size();
  out.sentences.reserve(sentence_count);
  std::vector<std::size_t> empty;
  for (std::size_t d = 0; d < per_document.size(); ++d) {
    if (per_document[d].empty() && !out.documents[d].skipped) empty.push_back(d);
    out.sentences.insert(out.sentences.end(), per_document[d].begin(), per_document[d].end());
    per_document[d] = {};
  }
  // A folder of 100,000 empty files said so in 100,000 lines: past a few, one line.
  if (empty.size() > kMaxEmptyNotes) {
    out.warnings.push_back(std::to_string(empty.size()) +
                           " documents with no text to summarize (first: " +
                           PrintableName(input[empty.front()].name) + ")");
  } else {
    for (const std::size_t d : empty) {
      out.warnings.push_back(NamedNote(
          input[d].name, cleaned_away[d] ? "no text to summarize once cleaning removed its "
                                           "furniture (ads, credits, the site's interface; "
                                           "--keep-boilerplate keeps it)"
                                         : "no text to summarize"));
    }
  }
  clock.Lap("segment");
  out.other_languages = WarnOtherLanguages(out.documents, stopword_counts, language, &out.warnings);
  return out;
}

// LoadCleanSegment, where memory running out in a stage names the document its size
// points to, and between stages (the language's guess, the first compilation of its
// patterns) the input as a whole.
Segmented LoadCleanSegmentOrError(const std::vector<Document>& input, const Options& options,
                                  StageClock& clock, bool keep_removals = false) {
  try {
    return LoadCleanSegment(input, options, clock, keep_removals);
  } catch (const std::bad_alloc&) {
    throw Error(ErrorCode::kInvalidInput, "", "out of memory while reading the input");
  }
}

// The sentences as Segment returns them: the source's bytes, not the normalized text.
std::vector<Sentence> Sentences(const Segmented& segmented) {
  std::vector<Sentence> sentences;
  sentences.reserve(segmented.sentences.size());
  for (const SentenceRecord& s : segmented.sentences) {
    sentences.push_back({segmented.Original(s), s.document, s.position, s.headline,
                         s.paragraph});
  }
  return sentences;
}

// What cleaning dropped, each piece placed before the first sentence that follows it in
// its document.
std::vector<RemovedText> RemovedTexts(const Segmented& segmented) {
  std::vector<RemovedText> out;
  std::size_t next = 0;  // index in segmented.sentences of the next sentence not yet passed
  for (std::size_t d = 0; d < segmented.removed.size(); ++d) {
    std::size_t before = 0;  // that sentence's position in document d
    for (const Removal& removal : segmented.removed[d]) {
      while (next < segmented.sentences.size() && segmented.sentences[next].document == d &&
             segmented.sentences[next].span.begin < removal.span.begin) {
        ++next;
        ++before;
      }
      out.push_back(
          {segmented.Original(d, removal.span), d, before, std::string(removal.rule),
           "removed as " + DescribeRemoval(removal.rule) + " (--keep-boilerplate keeps it)"});
    }
    while (next < segmented.sentences.size() && segmented.sentences[next].document == d) ++next;
  }
  return out;
}

// What selection needs to know of a sentence, `original` being its text as the source
// wrote it (budgets count what the reader sees).
// The character budget counts the sentence as a reader sees it: an "é" that the source
// wrote decomposed (e and U+0301) is one character, as in its NFC form.
Candidate MakeCandidate(const std::string& original, std::string_view normalized,
                        const SentenceRecord& s, bool standalone) {
  return Candidate{CountWords(original), CountCodePoints(normalized), s.headline, standalone};
}

// Every sentence with its score and verdict, once selection has chosen `chosen`.
// `why_not(i)` is WhyNotInSummary for sentence i, as selection judged it.
std::vector<ExplainedSentence> ExplainSentences(
    const Segmented& segmented, const Eigen::VectorXd& relevance, const SparseMatrix& tfidf,
    const std::vector<std::size_t>& chosen, const Eigen::VectorXd& scores,
    const std::function<std::string(std::size_t)>& why_not, const SelectOptions& options) {
  const std::size_t count = segmented.sentences.size();
  std::vector<Sentence> sentences = Sentences(segmented);
  // Each reason is worked out once: the verdict needs whether there is one, the words
  // need what it is.
  std::vector<std::string> refusals(count);
  std::vector<Candidate> candidates;
  candidates.reserve(count);
  for (std::size_t i = 0; i < count; ++i) {
    refusals[i] = why_not(i);
    candidates.push_back(MakeCandidate(sentences[i].text,
                                       segmented.Normalized(segmented.sentences[i]),
                                       segmented.sentences[i], refusals[i].empty()));
  }
  const std::vector<Judgement> judgements =
      JudgeSentences(relevance, tfidf, candidates, chosen, options);
  std::vector<ExplainedSentence> explained(count);
  for (std::size_t i = 0; i < count; ++i) {
    ExplainedSentence& e = explained[i];
    static_cast<Sentence&>(e) = std::move(sentences[i]);
    e.score = scores[static_cast<Eigen::Index>(i)];
    e.verdict = judgements[i].verdict;
    const SentenceRecord& other = segmented.sentences[judgements[i].duplicate_of];
    e.reason = DescribeJudgement(
        judgements[i], candidates[i], chosen.size(),
        std::to_string(other.document) + ":" + std::to_string(other.position),
        e.verdict == Verdict::kCannotStandAlone ? refusals[i] : std::string(), options);
  }
  return explained;
}

}  // namespace

std::vector<Sentence> Segment(const std::vector<Document>& documents, const Options& options) {
  return Segment(documents, options, nullptr);
}

std::vector<Sentence> Segment(const std::vector<Document>& documents, const Options& options,
                              std::vector<std::string>* warnings,
                              std::vector<StageTiming>* timings) {
  options.Validate();
  StageClock clock(options.cancelled);
  Segmented segmented = LoadCleanSegmentOrError(documents, options, clock);
  // As Summarize warns: an empty result is never silent.
  if (documents.empty()) segmented.warnings.push_back("no document to summarize");
  if (warnings != nullptr) *warnings = std::move(segmented.warnings);
  if (timings != nullptr) *timings = clock.Take();
  try {
    return Sentences(segmented);
  } catch (const std::bad_alloc&) {
    throw OutOfMemoryOnCluster(segmented, "listing");
  }
}

Summary Summarize(const std::vector<Document>& documents, const Options& options) {
  return Summarize(documents, options, nullptr);
}

namespace {

// Summarize from segmentation on: Run's stages after LoadCleanSegment.
Summary SummarizeSegmented(const std::vector<Document>& documents, const Options& options,
                           Segmented& segmented, StageClock& clock,
                           std::vector<Sentence>* sentences, Explanation* explained) {
  const Language& language = *segmented.language;
  if (sentences != nullptr) *sentences = Sentences(segmented);

  // Each worker tokenizes a range of sentences and interns its terms to ids; the ranges
  // are appended in order, which numbers the terms as one sequential pass would.
  const std::size_t sentence_count = segmented.sentences.size();
  const std::size_t workers = WorkerCount(options.threads, sentence_count);
  std::vector<InternedTerms> parts(workers);
  StopCheck stop_tokenizing([&clock] { clock.Poll("tokenize"); });
  ParallelRanges(
      workers, sentence_count,
      [&](std::size_t w, std::size_t begin, std::size_t end) {
        Tokenizer tokenizer(language, options.tokenize);  // not thread-safe: one per worker
        for (std::size_t i = begin; i < end && stop_tokenizing.GoOn(w); ++i) {
          tokenizer.Intern(segmented.Normalized(segmented.sentences[i]), &parts[w]);
        }
      },
      &stop_tokenizing);
  InternedTerms terms = std::move(parts[0]);
  for (std::size_t w = 1; w < workers; ++w) terms.Append(std::move(parts[w]));
  parts = {};
  clock.Lap("tokenize");
  std::vector<std::size_t> document_of(sentence_count);
  std::vector<std::size_t> positions(sentence_count);
  for (std::size_t i = 0; i < sentence_count; ++i) {
    document_of[i] = segmented.sentences[i].document;
    positions[i] = segmented.sentences[i].position;
  }
  // Only TextRank's overlap similarity reads the raw counts.
  TermMatrix matrix = BuildInternedTermMatrix(std::move(terms), document_of,
                                              options.graph.similarity == Similarity::kOverlap,
                                              options.tokenize.name_weight, options.threads);
  clock.Lap("weight");
  // Small clusters rank on the explicit, pruned graph; large ones on the implicit one,
  // whose size is the term matrix's (graph.h, PreferImplicitGraph).
  const bool implicit = PreferImplicitGraph(matrix, options.graph);
  if (options.graph.similarity == Similarity::kOverlap) {
    const std::size_t work = ExplicitGraphWork(matrix);
    if (work > options.graph.max_overlap_work) {
      throw Error(ErrorCode::kInvalidInput, "",
                  "too large for --similarity overlap, whose graph holds every pair of "
                  "sentences that share a word: " +
                      std::to_string(work) + " (pair, shared word) counts, past " +
                      std::to_string(options.graph.max_overlap_work) +
                      "; --similarity cosine ranks clusters of any size");
    }
  }
  const SparseMatrix graph =
      implicit ? SparseMatrix() : BuildSimilarityGraph(matrix, options.graph);
  clock.Lap("graph");
  // Leads are informative in news: the random surfer jumps back to early sentences.
  const Eigen::VectorXd teleport = PositionTeleport(positions, options.rank.position_decay);
  const RankResult ranked =
      implicit ? ImplicitCosinePageRank(matrix.tfidf, options.rank, options.threads, teleport)
               : PageRank(graph, options.rank, teleport);
  clock.Lap("rank");

  // Only the best-ranked sentences are ever looked at: they are measured on demand.
  bool refuse_answers = true;
  const auto why_not = [&](std::size_t i) {
    const SentenceRecord& s = segmented.sentences[i];
    const std::string& other = segmented.other_languages[s.document];
    if (!other.empty()) return "in a document in " + other + ", not " + language.code;
    return WhyNotInSummary(segmented.Normalized(s), s.cut, s.unfinished, s.quotation,
                           refuse_answers && s.interview_answer, language);
  };
  // Selection describes each sentence as it first looks at it, all along the stage (every
  // sentence with no budget): where a long selection can stop, with selection none the wiser.
  const auto describe = [&](std::size_t i) {
    clock.Poll("select");
    const SentenceRecord& s = segmented.sentences[i];
    return MakeCandidate(segmented.Original(s), segmented.Normalized(s), s, why_not(i).empty());
  };
  // The summary's scores stay PageRank's; only the choice weighs the centroid too.
  const Eigen::VectorXd relevance =
      BlendCentroid(ranked.scores, matrix.tfidf, options.select.centroid_weight);
  // The implicit graph is never stored: what ranking walked is the term matrix X.
  const auto graph_edges =
      static_cast<std::size_t>(implicit ? matrix.tfidf.nonZeros() : graph.nonZeros());
  // Ranking is done: from here sentences are compared with their accents folded, so that
  // an outlet's copy written "Elisabeth" or "Ciaran" is its original's near duplicate.
  // Folding every term changed the ranking too and lost on the development sets; this
  // changes none of their summaries (eval/README.md).
  FoldAccentVariants(&matrix);
  const SparseMatrix& compared = matrix.tfidf;
  std::vector<std::size_t> chosen = SelectSentences(relevance, compared, describe, options.select);
  // Where nothing but an interview's answers could be chosen (a cluster of interviews
  // without a chapeau), the answers are the summary rather than nothing.
  if (chosen.empty() &&
      std::any_of(segmented.sentences.begin(), segmented.sentences.end(),
                  [](const SentenceRecord& s) { return s.interview_answer; })) {
    refuse_answers = false;
    chosen = SelectSentences(relevance, compared, describe, options.select);
  }
  clock.Lap("select");

  Summary summary;
  summary.warnings = std::move(segmented.warnings);
  // Not an error, as an empty document is not: but an empty summary is never silent.
  if (documents.empty()) summary.warnings.push_back("no document to summarize");
  summary.sentence_count = segmented.sentences.size();
  summary.language = language.code;
  for (const Document& d : documents) summary.document_names.push_back(d.name);
  std::vector<std::size_t> reading =
      OrderForReading(chosen, matrix.tfidf, document_of, positions, options.order);
  ReadEntriesOldestFirst(segmented, chosen, &reading);
  for (const std::size_t rank : reading) {
    const std::size_t i = chosen[rank];
    const SentenceRecord& s = segmented.sentences[i];
    SummarySentence out;
    out.text = segmented.Original(s);
    out.document = s.document;
    out.position = s.position;
    out.headline = s.headline;
    out.paragraph = s.paragraph;
    out.score = ranked.scores[static_cast<Eigen::Index>(i)];
    out.rank = rank;
    summary.sentences.push_back(std::move(out));
  }
  clock.Lap("order");
  if (chosen.empty() && !segmented.sentences.empty()) {
    // Rare, and the user needs to know which option would let sentences in: only now is
    // every sentence measured.
    const std::size_t count = segmented.sentences.size();
    summary.warnings.push_back(
        "the summary is empty: " +
        DescribeRefusals(CountRefusals(relevance, describe, options.select), count,
                         options.select));
  }
  if (explained != nullptr) {
    explained->sentences = ExplainSentences(segmented, relevance, compared, chosen, ranked.scores,
                                            why_not, options.select);
    explained->removed = RemovedTexts(segmented);
    clock.Lap("explain");
  }
  summary.stats.timings = clock.Take();
  summary.stats.terms = matrix.vocabulary.size();
  summary.stats.graph_edges = graph_edges;
  return summary;
}

// Summarize, storing Segment's sentences in `*sentences`, and every sentence's verdict and
// what cleaning dropped in `*explained`, each unless null.
Summary Run(const std::vector<Document>& documents, const Options& options,
            std::vector<Sentence>* sentences, Explanation* explained) {
  options.Validate();
  StageClock clock(options.cancelled);
  Segmented segmented = LoadCleanSegmentOrError(documents, options, clock, explained != nullptr);
  // Error is the one exception the library throws: a caller capping its memory catches
  // that, and a std::bad_alloc from Eigen or a vector would end its program.
  try {
    return SummarizeSegmented(documents, options, segmented, clock, sentences, explained);
  } catch (const std::bad_alloc&) {
    throw OutOfMemoryOnCluster(segmented, "summarizing");
  }
}

}  // namespace

Summary Summarize(const std::vector<Document>& documents, const Options& options,
                  std::vector<Sentence>* sentences) {
  return Run(documents, options, sentences, nullptr);
}

Explanation Explain(const std::vector<Document>& documents, const Options& options) {
  Explanation explanation;
  explanation.summary = Run(documents, options, nullptr, &explanation);
  return explanation;
}

}  // namespace precis
