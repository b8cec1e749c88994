// Reference points for every score: lead, random and the extractive oracle. Each draws on
// the same cleaned sentences as precis (precis::Segment), without headlines unless
// options.select.include_headlines, within the same budget as precis's select (words,
// sentences, chars of options.select, each 0 for no limit, measured on the source text of
// the sentence; a sentence that does not fit is skipped and the next one tried, never
// cut), and writes its summary as precis's text output does: one sentence a line (line
// breaks inside a sentence become a space), each line ending in '\n', in the order chosen.
// select's other filters (min_words, max_words, standalone) are not applied: they are
// precis's judgement of a good sentence, which a baseline should not borrow.
// All three throw as precis::Segment does (Error(kInvalidOptions) for bad options).
#ifndef PRECIS_EVAL_BASELINES_H_
#define PRECIS_EVAL_BASELINES_H_

#include <cstdint>
#include <string>
#include <vector>

#include "dataset.h"
#include "precis/options.h"
#include "tokenizer.h"

namespace precis::eval {

// The first sentences of the documents in turn (first of each document, then second of
// each, ...), skipping headlines, until the budget is full: news is written as an
// inverted pyramid, so this is the baseline any summarizer must beat.
std::string LeadSummary(const Cluster& cluster, const Options& options);

// Sentences drawn at random (std::mt19937_64 seeded with `seed` and an FNV-1a hash of the
// cluster's name) until the budget is full: a seeded shuffle, then a greedy fill. The same
// seed gives the same summary on every machine and standard library.
std::string RandomSummary(const Cluster& cluster, const Options& options, std::uint64_t seed);

// The greedy extractive oracle: repeatedly adds the source sentence that most raises
// ROUGE-2 recall against the cluster's references (tokenized by `tokenizer`; pooled over
// them, without jackknifing), within the budget, until no sentence raises it; ties go to
// the earlier sentence (document, then position). An approximate ceiling for extractive
// systems, so that every other score can be read as a fraction of it: greedy is not
// optimal, and under a tight budget a lucky pick can beat it.
// Cost: O(k * N) ROUGE-2 evaluations for k chosen sentences out of N; each sentence and
// reference is tokenized once.
std::string OracleSummary(const Cluster& cluster, const Options& options,
                          RougeTokenizer& tokenizer);

}  // namespace precis::eval

#endif  // PRECIS_EVAL_BASELINES_H_
