// Value types that go into and come out of precis.
#ifndef PRECIS_DOCUMENT_H_
#define PRECIS_DOCUMENT_H_

#include <cstddef>
#include <string>
#include <vector>

namespace precis {

// One source article. `text` is its bytes as read from its file: UTF-8 (a BOM, CRLF line
// ends and decomposed accents are fine), another encoding, an HTML page, Markdown, or a
// DOCX, ODT, DOC, RTF or PDF file (LoadOptions says how each is read); `name` identifies
// it in messages and output, typically its file path.
struct Document {
  std::string name;
  std::string text;
  // The text is Unicode already, held as UTF-8 (a Python str, a JSON string in a batch
  // line): it is read as UTF-8 whatever its bytes look like, never taken for another
  // encoding (LoadOptions::encoding is not used) or for a binary file; a NUL in it is
  // dropped, with a warning, rather than making it binary. An HTML page, Markdown or RTF
  // source in it is still read as one.
  bool unicode = false;
};

// A sentence of a document as the source wrote it.
struct Sentence {
  // The sentence's bytes in the text precis read: the source's own bytes for a UTF-8
  // plain-text document (CRLF and decomposed accents kept; a word cut by a hyphen at a
  // line end joined again, "gouverne-\nment" as "gouvernement", where the document
  // shows it is a cut), else in the UTF-8 it was decoded to or the text extracted from
  // its markup (HTML, Markdown) or its format (DOCX, ODT, DOC, RTF, PDF).
  std::string text;
  std::size_t document = 0;  // index of the document in the input
  std::size_t position = 0;  // index of the sentence in its document, after cleaning
  bool headline = false;     // words without final punctuation: a title, a heading, or
                             // the unpunctuated end of a paragraph (never chosen but
                             // under SelectOptions::include_headlines)
  std::size_t paragraph = 0; // index of its paragraph in its document, after cleaning
};

// A sentence chosen for the summary.
struct SummarySentence : Sentence {
  double score = 0.0;        // its centrality (PageRank); the scores of a cluster sum to 1
  std::size_t rank = 0;      // 0 for the sentence chosen first, 1 for the next, ...
};

// What became of a sentence in a summary (Explain): chosen, or the first reason it was not.
enum class Verdict {
  kChosen,
  kHeadline,          // a headline or title, never chosen (SelectOptions::include_headlines)
  kCannotStandAlone,  // a reader could not follow it out of its article (a question...)
  kTooShort,          // fewer words than SelectOptions::min_words
  kTooLong,           // more words than SelectOptions::max_words
  kUnrelated,         // relevance under SelectOptions::min_relevance of the best
  kNearDuplicate,     // a chosen sentence's cosine with it reaches duplicate_threshold, or
                      // they have 0.8 of their terms in common (SelectOptions)
  kNoRoom,            // passed every test, but did not fit what a budget had left
};

// A sentence of a document, with what the summary made of it.
struct ExplainedSentence : Sentence {
  double score = 0.0;        // its centrality (PageRank), as SummarySentence::score
  Verdict verdict = Verdict::kChosen;
  // The verdict in words, for people, naming the option that would change it: "chosen
  // 1st of 6", "a question", "opens with \"mais\", which points back", "near duplicate of
  // 2:0 (cosine 0.71, --duplicate-threshold 0.5)" (document:position)...
  std::string reason;
};

// Text the clean stage dropped from a document before segmenting it (Explain): a line of
// boilerplate (an ad, a photo credit, a comment form...) or what was cut off a kept
// paragraph (a dateline "PARIS (AFP) - ", a final "(AFP)"). CleanOptions::keep_boilerplate
// keeps it all.
struct RemovedText {
  std::string text;          // the bytes dropped, in the text precis read (as Sentence)
  std::size_t document = 0;  // index of the document in the input
  // Where it stood: the position of the first sentence of its document that follows it,
  // or the document's sentence count when none does.
  std::size_t before = 0;
  std::string rule;  // the rule that dropped it: "photo-credit", "inline-ad", "dateline"...
  // The rule in words, for people, naming the option that keeps the text: "removed as a
  // photo credit (--keep-boilerplate keeps it)".
  std::string reason;
};

// Where the time went and how big the problem was: what `precis --timings` prints.
struct StageTiming {
  std::string stage;     // "load", "clean", "segment", "tokenize", "weight", "graph", "rank",
                         // "select", "order", and "explain" for Explain; the command line
                         // adds "write"
  double seconds = 0.0;  // wall-clock time
};

struct SummaryStats {
  std::vector<StageTiming> timings;  // in pipeline order
  std::size_t terms = 0;             // distinct terms (columns of the TF-IDF matrix)
  std::size_t graph_edges = 0;       // non-zeros of the similarity graph (both directions)
  // (for a cluster ranked on the implicit graph, see GraphOptions::max_explicit_work: the
  // non-zeros of the sentence x term matrix, which stands for the graph)
};

struct Summary {
  // In reading order: each document's sentences in their order in it, and between
  // documents the order the sources tell the story in (what one source tells before
  // another chosen sentence is read first); by document where they say nothing.
  std::vector<SummarySentence> sentences;
  // Non-fatal problems met on the way, one line each ("a.txt: no text to summarize").
  std::vector<std::string> warnings;
  // Document names in input order, so that Sentence::document can be shown.
  std::vector<std::string> document_names;
  std::size_t sentence_count = 0;  // sentences the summary was chosen from
  // The language the documents were read in: Options::language, or the one "auto" found.
  std::string language;
  SummaryStats stats;
};

}  // namespace precis

#endif  // PRECIS_DOCUMENT_H_
