// Synthetic French clusters for the scale benchmark (eval/bench/run).
//
// A cluster of any size is built from the sentences of real French articles: each
// document is a headline and paragraphs of sentences drawn across the sources, about
// 5 KB long as news articles are. A fixed pool of sentences alone would give a
// vocabulary that stops growing after a few hundred documents, so a larger cluster
// would only be a copy of a smaller one and cost the summarizer nothing new. Real text
// follows Heaps' law instead, V(n) = K·n^β with β around 0.5 (Heaps 1978, "Information
// Retrieval: Computational and Theoretical Aspects"), so some content words are
// replaced by synthetic French-looking words drawn from a Zipfian pool (Zipf 1949)
// whose size grows like K·sqrt(n), n being the number of words written so far.
//
// Everything is a function of the seed and of the source sentences: the draws use
// std::mt19937_64 (specified bit for bit by the standard) with our own bounded draws,
// never the std distributions, whose output differs between standard libraries.
#ifndef PRECIS_EVAL_BENCH_BENCH_GENERATOR_H_
#define PRECIS_EVAL_BENCH_BENCH_GENERATOR_H_

#include <cstddef>
#include <cstdint>
#include <random>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace precis::bench {

// The sentences of the source articles, as precis::Segment finds them (cleaned of
// scraped boilerplate), one line each.
struct SourceText {
  std::vector<std::string> sentences;    // prose, with final punctuation
  std::vector<std::size_t> document_of;  // index of the source document of each sentence
  std::vector<std::size_t> first_of;     // first sentence of each source document
  std::vector<std::string> headlines;    // lines without final punctuation
};

// Reads every file of each folder (in name order, hidden ones excepted) and segments
// each folder as one cluster with precis::Segment.
// Throws std::runtime_error (or std::filesystem::filesystem_error) when a folder
// cannot be read, and std::invalid_argument when the folders hold no sentence.
SourceText LoadSources(const std::vector<std::string>& folders);

// Counts words (runs of letters, case kept) and distinct words, to show the
// vocabulary growth.
class VocabularyCounter {
 public:
  void Add(std::string_view text);
  std::size_t tokens() const { return tokens_; }
  std::size_t distinct() const { return words_.size(); }

 private:
  std::unordered_set<std::string> words_;
  std::size_t tokens_ = 0;
};

// Writes documents one at a time, so that a cluster of 100,000 never sits in memory.
class ClusterGenerator {
 public:
  // `source` must outlive the generator and hold at least one sentence.
  ClusterGenerator(const SourceText& source, std::uint64_t seed);

  // The next document: a headline line, a blank line, then paragraphs of one to four
  // sentences separated by blank lines; 10 to 40 sentences, about 5 KB.
  std::string NextDocument();

  // Words written so far, perturbed or not (the n of Heaps' law).
  std::uint64_t words_written() const { return words_written_; }

 private:
  std::uint64_t Below(std::uint64_t n);  // uniform in [0, n), without modulo bias
  double Unit();                         // uniform in [0, 1)
  std::string Perturb(std::string_view sentence);
  std::string SyntheticWord(std::uint64_t rank) const;

  const SourceText& source_;
  std::mt19937_64 engine_;
  std::uint64_t salt_;
  std::uint64_t words_written_ = 0;
};

struct ClusterStats {
  std::size_t documents = 0;
  std::uint64_t bytes = 0;
  std::size_t tokens = 0;          // words, as VocabularyCounter counts them
  std::size_t distinct_words = 0;  // vocabulary size
};

// Writes `documents` files DIR/000000.txt, DIR/000001.txt... (creating DIR), and
// counts their vocabulary when `count_vocabulary`. Throws std::runtime_error when a
// file cannot be written.
ClusterStats WriteCluster(const SourceText& source, std::size_t documents, std::uint64_t seed,
                          const std::string& directory, bool count_vocabulary = true);

}  // namespace precis::bench

#endif  // PRECIS_EVAL_BENCH_BENCH_GENERATOR_H_
