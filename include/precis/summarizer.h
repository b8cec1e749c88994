// The calls that summarize.
//
//   #include <precis/precis.h>
//
//   std::vector<precis::Document> docs = {{"lemonde", text1}, {"afp", text2}};
//   precis::Options options;            // French, 100 words
//   precis::Summary summary = precis::Summarize(docs, options);
//   for (const auto& s : summary.sentences) std::cout << s.text << '\n';
//
// Thread safety: every function here is reentrant; calls on different threads share
// nothing. The same input and options always give the same output, byte for byte.
#ifndef PRECIS_SUMMARIZER_H_
#define PRECIS_SUMMARIZER_H_

#include <string>
#include <vector>

#include "precis/document.h"
#include "precis/options.h"

namespace precis {

// Summarizes a cluster of documents about one event into the sentences that cover it
// best, drawn across all of them, within options.select's budget.
// Throws Error on invalid options (kInvalidOptions), more text than the index types
// hold, or a cluster too large for Similarity::kOverlap's graph (past
// GraphOptions::max_overlap_work; kInvalidInput); text it cannot use gives warnings
// instead (Error's header).
// Cost: about linear in the size of the text for the text stages; the graph costs the
// number of sentence pairs that share a term.
Summary Summarize(const std::vector<Document>& documents, const Options& options = {});

// Summarize and Segment in one run, for a caller that shows the summary within its
// sources (RenderHtml): also stores in `*sentences`, unless it is null, every sentence
// Segment would return. A summary sentence's document and position index that list.
Summary Summarize(const std::vector<Document>& documents, const Options& options,
                  std::vector<Sentence>* sentences);

// A summary, and why each sentence is in it or not.
struct Explanation {
  Summary summary;  // what Summarize returns for the same documents and options
  // Every sentence Segment returns, in its order, with its score and verdict: the chosen
  // ones are the summary's, and each of the others says the first test it failed, in
  // the order selection applies them (Verdict).
  std::vector<ExplainedSentence> sentences;
  // What cleaning dropped before any sentence was found, in document order and, within a
  // document, in the order of the text: the lines a user may look for among the sentences
  // in vain.
  std::vector<RemovedText> removed;
};

// Summarize, also telling why each sentence is in the summary or not: for a user who
// wonders why a sentence was left out, and which option would let it in. Throws as
// Summarize does. Costs a little more than Summarize: every sentence is judged, where
// selection looks only at the best-scored ones.
Explanation Explain(const std::vector<Document>& documents, const Options& options = {});

// The cleaned sentences of every document, in document order: what Summarize chooses
// from. Throws as Summarize does.
std::vector<Sentence> Segment(const std::vector<Document>& documents,
                              const Options& options = {});

// Segment, also storing in `*warnings`, unless it is null, what Summarize would warn of
// reading the same documents (a file skipped and why, one without text, one in another
// language), for a caller that shows them; and in `*timings`, unless it is null, the
// stages' times, as SummaryStats holds them (load, clean, segment).
std::vector<Sentence> Segment(const std::vector<Document>& documents, const Options& options,
                              std::vector<std::string>* warnings,
                              std::vector<StageTiming>* timings = nullptr);

// What ReadInputs found: the documents to summarize, and one warning per file it
// skipped ("a.png: binary file (PNG image), skipped").
struct Inputs {
  std::vector<Document> documents;
  std::vector<std::string> warnings;
};

// Reads the inputs a user names: a file, a directory (each regular file in it and in its
// folders, in byte order of their paths, hidden ones and __MACOSX/ excepted; links to
// folders are not followed, a saved page's folder of scripts and images (a_files/ beside
// a.html) is passed over, and what is not a file is named in a warning) or "-" for
// standard input (one document named "-"). A ZIP, 7z, RAR or tar archive, or a gzip,
// bzip2, xz or zstd file, stands for the files in it, named "a.zip/path/in/it", each
// control character of the path written '?' (a compressed file's content keeps its
// name); one that cannot be read is skipped with a warning. The volumes of a
// multi-volume RAR archive (x.part1.rar, x.part2.rar..., or x.rar, x.r00...) given
// together, in one directory or as consecutive files, in any order, are read as one
// archive named as its first volume.
// Binary files (images, packages such as XLSX, OLE2 files other than DOC, NUL bytes that
// are not UTF-16 or UTF-32) are skipped with a warning; empty files, PDFs and DOC files
// are kept (Summarize warns about the first and reads the others). The bytes are not
// decoded here: Summarize does that (LoadOptions).
// Throws Error(kIo) naming the path that cannot be read, and Error(kInvalidInput)
// naming a directory without any usable file (none, or only empty and binary ones).
// A directory's files are read by `threads` workers (0: one per core), which changes
// nothing in the result.
Inputs ReadInputs(const std::vector<std::string>& inputs, std::size_t threads = 0);

enum class OutputFormat { kText, kJson, kMarkdown, kHtml };

// Renders a summary: text is one sentence a line; JSON lists every sentence with its
// source, document index, sentence index and score, plus the language the documents were
// read in and `options` (a Summary does not keep the options it was made with: pass
// the same ones to tell them truly); Markdown is a list with the sources named. Every format
// ends with a newline, but an empty summary, as text or Markdown, is "". An OutputFormat
// outside the enum throws Error(kInvalidOptions) naming "format".
// A Summary does not hold its sources' text, so kHtml renders here the summary alone
// (RenderHtml with no sentences); RenderHtml shows it within its sources.
// Throws Error(kInvalidInput) when, in a format that names sources (all but text), a
// sentence names no document of summary.document_names.
std::string Render(const Summary& summary, OutputFormat format, const Options& options);

// A self-contained HTML5 page (UTF-8, inline CSS, no script, lang from Summary::language,
// else options.language): the summary, each sentence linking to its place below, then
// every document under its name with its sentences in paragraphs, the chosen ones in
// <mark> elements whose data-rank (1 for the sentence chosen first: SummarySentence::rank
// + 1) and data-score show on hover. `sentences` is what Segment (or the three-argument
// Summarize) returned for the documents summarized; it may be empty, for the summary
// alone. All text is HTML-escaped and otherwise kept byte for byte, but for what HTML
// forbids (control characters, noncharacters, invalid UTF-8), which becomes U+FFFD.
// Throws Error(kInvalidInput) when a summary sentence is not in `sentences` (same
// document, position and text) or a sentence names no document of the summary.
std::string RenderHtml(const Summary& summary, const std::vector<Sentence>& sentences,
                       const Options& options);

// The same page for what Explain returned: each sentence left out also shows its reason
// on hover (a title attribute), and names its verdict in data-verdict; what cleaning
// removed stands struck out where it stood, in a paragraph of class "removed" that names
// its rule in data-rule. Throws as above, and when a removed text names no document.
std::string RenderHtml(const Explanation& explanation, const Options& options);

// Renders what Segment returned for documents named `document_names` (a sentence's
// document indexes it): text is one sentence a line, each run of its own line breaks
// (and a space before them) turned into one space, as Render writes a summary's; JSON
// lists every sentence with its source, document index, sentence index, paragraph index
// and whether it is a headline (never chosen but under
// SelectOptions::include_headlines), plus the documents' names. Both end with
// a newline. Throws Error(kInvalidOptions) for kMarkdown and kHtml, which
// are forms of a summary, and Error(kInvalidInput) when a sentence names no document.
std::string RenderSentences(const std::vector<Sentence>& sentences,
                            const std::vector<std::string>& document_names, OutputFormat format);

// Renders what Explain returned: text is a tab-separated table with a header line, a row
// per sentence in Segment's order: "document:position", score, the verdict's name
// (VerdictName), the reason, and the sentence on one line (its line breaks and tabs
// written as a space); between them, where it stood, a row per piece of text cleaning
// removed: "document:-", no score, "removed", its reason and its text. JSON lists every
// sentence with the fields RenderSentences writes, plus its score, verdict and reason,
// then under "removed" what cleaning dropped (text, source, document, before, rule,
// reason), and the documents' names, the language and the warnings. HTML is RenderHtml's
// page for the explanation. Each ends with a newline.
// Throws Error(kInvalidOptions) for kMarkdown, and Error(kInvalidInput) when a sentence
// or a removed text names no document of the summary.
std::string RenderExplanation(const Explanation& explanation, OutputFormat format,
                              const Options& options = {});

// "chosen", "headline", "cannot-stand-alone", "too-short", "too-long", "unrelated",
// "near-duplicate", "no-room": the names RenderExplanation writes.
const char* VerdictName(Verdict verdict);

// Parses "text", "json", "markdown" (or "md") or "html"; throws Error(kInvalidOptions)
// otherwise.
OutputFormat ParseOutputFormat(const std::string& name);

}  // namespace precis

#endif  // PRECIS_SUMMARIZER_H_
