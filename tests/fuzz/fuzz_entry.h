// The bodies of the libFuzzer targets, shared by the fuzzers (fuzz_pipeline.cc,
// fuzz_rouge_tokenizer.cc, fuzz_batch_line.cc) and by fuzz_regression_test.cc, which replays every input
// of tests/fuzz/regressions/ through them in the ordinary test suite. A crash found once
// thereby stays a test in every build, with or without clang.
//
// Each function takes arbitrary bytes, runs a stage of precis on them and checks the
// invariants that stage promises (spans in bounds and in order, valid UTF-8, scores in
// [0, 1]...). precis::Error is an expected outcome and is swallowed; a broken invariant
// prints what broke and calls std::abort(), which both libFuzzer and CTest report as a
// failure. Inputs are decoded as described next to each function, so that a crash file
// can be read by hand.
#ifndef PRECIS_TESTS_FUZZ_FUZZ_ENTRY_H_
#define PRECIS_TESTS_FUZZ_FUZZ_ENTRY_H_

#include <cstddef>
#include <cstdint>

namespace precis::fuzz {

// Byte 0 chooses options: bit 0 the language (0 "fr", 1 "en"), bit 1 keep_boilerplate,
// bit 2 no stemming, bit 3 keep stopwords, bit 4 include_headlines, bit 5 overlap
// similarity, bits 6-7 the number of documents (1 + value % 3). Byte 1 is the word
// budget (1 + value % 64). The rest is the text, cut into documents at form feeds
// ('\f'): the first pieces are documents, the last one takes what remains. Opens the
// whole text as an archive (Unpack, up to 1 MiB) and loads its first members; runs
// Load (and MarkdownText on its text, taken for Markdown or not) -> Clean ->
// SentenceSegmenter::Split -> Tokenizer::Terms on every document, then
// Explain on the cluster (Summarize, then every sentence judged) and Render and
// RenderExplanation in every format.
void RunPipeline(const std::uint8_t* data, std::size_t size);

// Byte 0 chooses the Unicode tokenizer's options: bit 0 language ("fr"/"en"), bit 1 no
// stemming, bit 2 stopword removal, bit 3 accent folding; and the ROUGE options: bit 4
// best reference (-f B), bit 5 jackknife, bit 6 five-decimal rounding, bit 7 no skip
// unigrams. Byte 1 chooses the ROUGE-1.5.5 flags: bit 0 -m, bit 1 -s, bits 2-3 the limit
// (none, -l, -b, none), bits 4-6 the skip distance (0-6, 7 for unlimited). Byte 2 is the
// limit's value. The rest is cut at form feeds: the first piece is the summary, the next
// ones (up to four) the references. Each text is tokenized by both tokenizers and scored.
void RunRougeTokenizer(const std::uint8_t* data, std::size_t size);

// Byte 0 chooses how the rest is read: with bit 0 clear, it is a batch line as a user
// wrote it, JSON or not; with bit 0 set, it is text cut at form feeds into up to three
// documents, which a well-formed line carries, with bit 1 asking "explain", bit 2 "lang":
// "en" and byte 1 the word budget (1 + value % 64). Bit 3, in either mode, makes
// "explain" the default of a line that does not say (batch --explain). SummarizeBatchLine
// must answer on one line of valid UTF-8 JSON: an error record, or a summary whose
// "sentences", when the line asked for them, agree with it; and the same bytes when asked
// again.
void RunBatchLine(const std::uint8_t* data, std::size_t size);

}  // namespace precis::fuzz

#endif  // PRECIS_TESTS_FUZZ_FUZZ_ENTRY_H_
