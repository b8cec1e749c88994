#include "baselines.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <random>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "one_line.h"
#include "precis/document.h"
#include "precis/summarizer.h"
#include "rouge.h"
#include "text_measure.h"

namespace precis::eval {
namespace {

// A source sentence as the baselines see it: its line of output and what it costs.
struct Candidate {
  std::string line;  // the sentence on one line
  std::size_t document = 0;
  std::size_t words = 0;
  std::size_t code_points = 0;
};

// The sentences any summary of `cluster` may use, in document then position order:
// precis's own segmentation, without the headlines it would not choose either.
// Sentences are measured on their source text, as precis's select measures them; the
// one-line form is never longer, so the written summary stays within the budget too.
std::vector<Candidate> Candidates(const Cluster& cluster, const Options& options) {
  std::vector<Candidate> out;
  for (const Sentence& s : Segment(cluster.documents, options)) {
    if (s.headline && !options.select.include_headlines) continue;
    const std::size_t words = CountWords(s.text);
    // A sentence of nothing but white space would be a blank line, which ROUGE skips.
    if (words == 0) continue;
    out.push_back({OneLine(s.text), s.document, words, CountCodePoints(s.text)});
  }
  return out;
}

// The three budgets of SelectOptions as precis's select applies them: 0 is no limit,
// all of them hold at once, and a sentence that does not fit is skipped, never cut.
class Budget {
 public:
  explicit Budget(const SelectOptions& options) : options_(options) {}

  bool Full() const { return options_.sentences != 0 && sentences_ >= options_.sentences; }
  bool Fits(const Candidate& c) const {
    return !Full() && (options_.words == 0 || words_ + c.words <= options_.words) &&
           (options_.chars == 0 || chars_ + c.code_points <= options_.chars);
  }
  void Take(const Candidate& c) {
    ++sentences_;
    words_ += c.words;
    chars_ += c.code_points;
  }

 private:
  const SelectOptions& options_;
  std::size_t sentences_ = 0;
  std::size_t words_ = 0;
  std::size_t chars_ = 0;
};

// Takes the candidates in the order given, each that still fits, and writes them one a
// line.
std::string FillGreedily(const std::vector<Candidate>& candidates,
                         const std::vector<std::size_t>& order, const SelectOptions& options) {
  Budget budget(options);
  std::string summary;
  for (const std::size_t i : order) {
    if (budget.Full()) break;
    if (!budget.Fits(candidates[i])) continue;
    budget.Take(candidates[i]);
    summary += candidates[i].line;
    summary += '\n';
  }
  return summary;
}

// FNV-1a, 64 bits: std::hash may differ between standard libraries, and the random
// baseline must not.
std::uint64_t Fnv1a(std::string_view text) {
  std::uint64_t hash = 0xcbf29ce484222325ULL;
  for (const char c : text) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 0x100000001b3ULL;
  }
  return hash;
}

// SplitMix64's finalizer (Steele, Lea & Flood 2014): mixes the seed and the name's hash
// so that nearby seeds or names do not give related engine states.
std::uint64_t Mix(std::uint64_t x) {
  x += 0x9e3779b97f4a7c15ULL;
  x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
  x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
  return x ^ (x >> 31);
}

// Uniform in [0, bound) by rejection: draws below 2^64 mod bound are thrown away, so
// every value keeps the same number of preimages. std::uniform_int_distribution would
// do, but its algorithm is left to each standard library, and seeds must replay
// everywhere. mt19937_64 covers all 64 bits, which this relies on.
std::uint64_t Below(std::mt19937_64& engine, std::uint64_t bound) {
  const std::uint64_t threshold = (0 - bound) % bound;  // 2^64 mod bound
  std::uint64_t draw = engine();
  while (draw < threshold) draw = engine();
  return draw % bound;
}

}  // namespace

std::string LeadSummary(const Cluster& cluster, const Options& options) {
  const std::vector<Candidate> candidates = Candidates(cluster, options);
  // Candidates are grouped by document, in position order; the first candidate of each
  // document and the number it has give round r's pick as first[d] + r.
  std::size_t documents = 0;
  for (const Candidate& c : candidates) documents = std::max(documents, c.document + 1);
  std::vector<std::size_t> first(documents, 0);
  std::vector<std::size_t> count(documents, 0);
  for (std::size_t i = candidates.size(); i-- > 0;) {
    first[candidates[i].document] = i;
    ++count[candidates[i].document];
  }
  std::vector<std::size_t> order;
  order.reserve(candidates.size());
  for (std::size_t round = 0; order.size() < candidates.size(); ++round) {
    for (std::size_t d = 0; d < documents; ++d) {
      if (round < count[d]) order.push_back(first[d] + round);
    }
  }
  return FillGreedily(candidates, order, options.select);
}

std::string RandomSummary(const Cluster& cluster, const Options& options, std::uint64_t seed) {
  const std::vector<Candidate> candidates = Candidates(cluster, options);
  // The cluster's name enters the seed so that one seed does not draw the same
  // positions in every cluster.
  std::mt19937_64 engine(Mix(seed ^ Mix(Fnv1a(cluster.name))));
  std::vector<std::size_t> order(candidates.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  // Fisher-Yates (Knuth's Algorithm P): every order equally likely.
  for (std::size_t i = order.size(); i > 1; --i) {
    std::swap(order[i - 1], order[Below(engine, i)]);
  }
  return FillGreedily(candidates, order, options.select);
}

std::string OracleSummary(const Cluster& cluster, const Options& options,
                          RougeTokenizer& tokenizer) {
  const std::vector<Candidate> candidates = Candidates(cluster, options);
  // Without a reference no sentence can raise recall (and ScoreRougeN wants one).
  if (cluster.references.empty()) return "";
  std::vector<TokenizedText> references;
  references.reserve(cluster.references.size());
  for (const Reference& r : cluster.references) references.push_back(tokenizer.Tokenize(r.text));
  // Each sentence is tokenized once; the inner loop only appends and removes lines.
  std::vector<TokenizedText> tokens;
  tokens.reserve(candidates.size());
  for (const Candidate& c : candidates) tokens.push_back(tokenizer.Tokenize(c.line));

  // ROUGE-2 recall pooled over the references, without jackknifing: the jackknife
  // scores M subsets of M - 1 references, so M times the work in the inner loop, to
  // reward the same shared bigrams with slightly different weights. The summary chosen
  // is then scored like any other, jackknife and all.
  RougeOptions rouge;
  rouge.jackknife = false;

  // The pool holds, in ascending order, the candidates that may still be added; one
  // that does not fit now never will, since budgets only fill up.
  std::vector<std::size_t> pool(candidates.size());
  for (std::size_t i = 0; i < pool.size(); ++i) pool[i] = i;
  Budget budget(options.select);
  TokenizedText summary;
  std::vector<std::size_t> chosen;
  double recall = 0.0;
  while (!budget.Full()) {
    std::size_t best = candidates.size();
    double best_recall = recall;
    std::size_t kept = 0;
    for (const std::size_t i : pool) {
      if (!budget.Fits(candidates[i])) continue;
      pool[kept++] = i;
      const std::size_t before = summary.size();
      summary.insert(summary.end(), tokens[i].begin(), tokens[i].end());
      const double candidate_recall = ScoreRougeN(summary, references, 2, rouge).recall;
      summary.resize(before);
      // Strictly greater over ascending indices: ties go to the earlier sentence, and
      // a sentence that adds nothing is never taken.
      if (candidate_recall > best_recall) {
        best = i;
        best_recall = candidate_recall;
      }
    }
    pool.resize(kept);
    if (best == candidates.size()) break;
    budget.Take(candidates[best]);
    summary.insert(summary.end(), tokens[best].begin(), tokens[best].end());
    chosen.push_back(best);
    recall = best_recall;
    pool.erase(std::find(pool.begin(), pool.end(), best));
  }
  std::string out;
  for (const std::size_t i : chosen) {
    out += candidates[i].line;
    out += '\n';
  }
  return out;
}

}  // namespace precis::eval
