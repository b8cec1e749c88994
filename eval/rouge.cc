// ROUGE (Lin 2004), counted and combined as ROUGE-1.5.5 does. The script's rules, in the
// order it applies them, and where this file reproduces each:
//   - n-grams and skip bigrams are taken over the whole text, across sentence ends (the
//     script joins the lines before splitting words): CountNGrams, CountSkipBigrams;
//   - hits are clipped per reference, min(count in summary, count in reference) for each
//     distinct gram;
//   - ROUGE-L is the summary-level union LCS of Lin (2004), with the script's own clipping
//     of hits by unigram counts (its 1.4.1 fix against double counting): CountLcs;
//   - the references combine by -f A (pooled sums) or -f B (best recall): Combine; with
//     jackknifing, which DUC and TAC ran outside the script, the M leave-one-out results
//     are averaged: CombineReferences;
//   - figures are rounded to five decimals and F computed from the rounded R and P, when
//     rouge155_rounding asks for the script's exact output: FromCounts.
#include "rouge.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <limits>
#include <string_view>
#include <vector>

#include "precis/error.h"

namespace precis::eval {
namespace {

// Tokens are replaced by small integers before counting: the summary's distinct tokens get
// ids 0..V-1, and a reference token the summary lacks gets kUnknown, since a gram holding
// one can never be a hit.
using Id = std::uint32_t;
constexpr Id kUnknown = std::numeric_limits<Id>::max();
constexpr std::uint32_t kAbsent = std::numeric_limits<std::uint32_t>::max();

std::uint64_t Mix(std::uint64_t x) {  // the splitmix64 finalizer
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ULL;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebULL;
  x ^= x >> 31;
  return x;
}

// A power of two at least twice `entries`, so linear probing stays short.
std::size_t TableSize(std::size_t entries) {
  std::size_t size = 16;
  while (size < 2 * entries) size <<= 1;
  return size;
}

// The summary's vocabulary, by open addressing. Keys are views into the caller's tokens,
// valid for one call.
class Vocabulary {
 public:
  void Reset(std::size_t max_entries) {
    slots_.assign(TableSize(max_entries), Slot{});
    size_ = 0;
  }

  Id Intern(std::string_view token) {
    const std::size_t hash = std::hash<std::string_view>()(token);
    Slot* slot = Probe(token, hash);
    if (slot->id == kUnknown) *slot = Slot{token, hash, size_++};
    return slot->id;
  }

  Id Find(std::string_view token) { return Probe(token, std::hash<std::string_view>()(token))->id; }

  Id size() const { return size_; }

 private:
  struct Slot {
    std::string_view key;
    std::size_t hash = 0;
    Id id = kUnknown;
  };

  Slot* Probe(std::string_view token, std::size_t hash) {
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
      Slot& slot = slots_[i];
      if (slot.id == kUnknown || (slot.hash == hash && slot.key == token)) return &slot;
    }
  }

  std::vector<Slot> slots_;
  Id size_ = 0;
};

// The summary's distinct grams and how often each occurs. A gram is keyed by a 64-bit
// value: exact for unigrams, bigrams and skip bigrams (two 32-bit ids), a hash for longer
// n-grams, which are then compared id by id with their first occurrence.
class GramTable {
 public:
  void Reset(std::size_t max_entries) {
    slots_.assign(TableSize(max_entries), Slot{});
    counts.clear();
  }

  // Counts one occurrence of the gram `key` whose ids start at `ids` (n of them).
  void Add(std::uint64_t key, const Id* ids, std::size_t n) {
    Slot* slot = Probe(key, ids, n);
    if (slot->index == kAbsent) {
      *slot = Slot{key, ids, static_cast<std::uint32_t>(counts.size())};
      counts.push_back(0);
    }
    ++counts[slot->index];
  }

  // The gram's index in `counts`, or kAbsent.
  std::uint32_t Find(std::uint64_t key, const Id* ids, std::size_t n) {
    return Probe(key, ids, n)->index;
  }

  std::vector<std::uint32_t> counts;

 private:
  struct Slot {
    std::uint64_t key = 0;
    const Id* ids = nullptr;
    std::uint32_t index = kAbsent;
  };

  Slot* Probe(std::uint64_t key, const Id* ids, std::size_t n) {
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = Mix(key) & mask;; i = (i + 1) & mask) {
      Slot& slot = slots_[i];
      if (slot.index == kAbsent) return &slot;
      if (slot.key == key && (n <= 2 || std::equal(ids, ids + n, slot.ids))) return &slot;
    }
  }

  std::vector<Slot> slots_;
};

std::uint64_t PairKey(Id a, Id b) { return (std::uint64_t{a} << 32) | b; }
// A skip-bigram table also holds unigrams (-u): keyed with a second id no token has.
std::uint64_t UnigramKey(Id a) { return PairKey(a, kUnknown); }

std::uint64_t NGramKey(const Id* ids, std::size_t n) {
  if (n == 1) return ids[0];
  if (n == 2) return PairKey(ids[0], ids[1]);
  std::uint64_t key = n;
  for (std::size_t i = 0; i < n; ++i) key = Mix(key ^ ids[i]) + i;
  return key;
}

// What ROUGE-1.5.5 keeps of one measure against one reference.
struct RefCounts {
  std::int64_t hits = 0;
  std::int64_t model = 0;  // grams (ROUGE-L: tokens) of the reference
  std::int64_t peer = 0;   // grams (ROUGE-L: tokens) of the summary
  double recall = 0.0;     // what -f B compares
};

// Texts as ids: flat arrays, with the offsets where sentences start.
struct IdText {
  std::vector<Id> ids;
  std::vector<std::size_t> sentence_starts;  // one per sentence, then ids.size()
};

struct Scratch {
  Vocabulary vocabulary;
  IdText summary;
  std::vector<IdText> references;
  GramTable grams;
  std::vector<std::uint32_t> used;  // per summary gram: hits taken against one reference
  std::vector<RefCounts> per_reference;
  // ROUGE-L.
  std::vector<std::uint32_t> summary_counts;  // per id
  std::vector<std::uint32_t> model_left, peer_left;
  std::vector<std::uint8_t> moves, hit_mask;
  std::vector<std::uint32_t> previous_row, row;
};

// One per thread: the oracle calls ScoreRougeN thousands of times per cluster.
Scratch& ThreadScratch() {
  thread_local Scratch scratch;
  return scratch;
}

void ToIds(const TokenizedText& text, bool intern, Scratch& s, IdText& out) {
  out.ids.clear();
  out.sentence_starts.clear();
  for (const std::vector<std::string>& sentence : text) {
    out.sentence_starts.push_back(out.ids.size());
    for (const std::string& token : sentence) {
      out.ids.push_back(intern ? s.vocabulary.Intern(token) : s.vocabulary.Find(token));
    }
  }
  out.sentence_starts.push_back(out.ids.size());
}

void Prepare(const TokenizedText& summary, const std::vector<TokenizedText>& references,
             Scratch& s) {
  std::size_t tokens = 0;
  for (const auto& sentence : summary) tokens += sentence.size();
  s.vocabulary.Reset(tokens);
  ToIds(summary, /*intern=*/true, s, s.summary);
  if (s.references.size() < references.size()) s.references.resize(references.size());
  for (std::size_t r = 0; r < references.size(); ++r) {
    ToIds(references[r], /*intern=*/false, s, s.references[r]);
  }
  s.per_reference.resize(references.size());
}

double RecallOf(std::int64_t hits, std::int64_t model) {
  return model > 0 ? static_cast<double>(hits) / static_cast<double>(model) : 0.0;
}

// ROUGE-1.5.5 prints "%7.5f" and reads its own output back: C's rounding of the binary
// value, which Perl's sprintf shares.
double Round5(double x) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.5f", x);
  return std::strtod(buffer, nullptr);
}

// -f B picks on the recall the script compares: rounded for n-grams and skip bigrams, exact
// for ROUGE-L (whose per-reference score the script leaves unrounded).
double SelectionRecall(std::int64_t hits, std::int64_t model, bool rounded) {
  const double recall = RecallOf(hits, model);
  return rounded ? Round5(recall) : recall;
}

void CountNGrams(std::size_t n, bool round_selection, Scratch& s, std::size_t references) {
  const std::vector<Id>& summary = s.summary.ids;
  const std::size_t peer = summary.size() >= n ? summary.size() - n + 1 : 0;
  s.grams.Reset(peer);
  for (std::size_t i = 0; i < peer; ++i) s.grams.Add(NGramKey(&summary[i], n), &summary[i], n);

  for (std::size_t r = 0; r < references; ++r) {
    const std::vector<Id>& ids = s.references[r].ids;
    s.used.assign(s.grams.counts.size(), 0);
    std::int64_t hits = 0;
    std::size_t known_run = 0;  // consecutive known ids ending at k
    for (std::size_t k = 0; k < ids.size(); ++k) {
      known_run = ids[k] == kUnknown ? 0 : known_run + 1;
      if (known_run < n) continue;
      const Id* gram = &ids[k + 1 - n];
      const std::uint32_t index = s.grams.Find(NGramKey(gram, n), gram, n);
      if (index != kAbsent && s.used[index] < s.grams.counts[index]) {
        ++s.used[index];
        ++hits;
      }
    }
    const std::int64_t model = ids.size() >= n ? static_cast<std::int64_t>(ids.size() - n + 1) : 0;
    s.per_reference[r] = {hits, model, static_cast<std::int64_t>(peer),
                          SelectionRecall(hits, model, round_selection)};
  }
}

// The number of skip grams ROUGE-1.5.5 counts in a text of `size` tokens. Its loop runs
// the first word over every token but the last, so the last token is never counted as a
// unigram, and a one-token text has no gram at all.
std::size_t SkipGramCount(std::size_t size, std::size_t distance, bool unigrams) {
  std::size_t count = 0;
  for (std::size_t i = 0; i + 1 < size; ++i) {
    count += (unigrams ? 1 : 0) + std::min(size - 1 - i, distance >= size ? size : distance + 1);
  }
  return count;
}

// Calls pair(first, second) for each skip bigram of `ids`, and unigram(first) for each
// unigram when `unigrams`, in the order of SkipGramCount's loop.
template <typename Pair, typename Unigram>
void ForEachSkipGram(const std::vector<Id>& ids, std::size_t distance, bool unigrams, Pair pair,
                     Unigram unigram) {
  const std::size_t size = ids.size();
  for (std::size_t i = 0; i + 1 < size; ++i) {
    if (unigrams) unigram(ids[i]);
    const std::size_t end = distance >= size ? size : std::min(size, i + distance + 2);
    for (std::size_t j = i + 1; j < end; ++j) pair(ids[i], ids[j]);
  }
}

void CountSkipBigrams(std::size_t distance, bool unigrams, bool round_selection, Scratch& s,
                      std::size_t references) {
  const std::vector<Id>& summary = s.summary.ids;
  const std::size_t peer = SkipGramCount(summary.size(), distance, unigrams);
  s.grams.Reset(peer);
  ForEachSkipGram(
      summary, distance, unigrams, [&](Id a, Id b) { s.grams.Add(PairKey(a, b), nullptr, 2); },
      [&](Id a) { s.grams.Add(UnigramKey(a), nullptr, 2); });

  for (std::size_t r = 0; r < references; ++r) {
    const std::vector<Id>& ids = s.references[r].ids;
    s.used.assign(s.grams.counts.size(), 0);
    std::int64_t hits = 0;
    const auto match = [&](std::uint64_t key) {
      const std::uint32_t index = s.grams.Find(key, nullptr, 2);
      if (index != kAbsent && s.used[index] < s.grams.counts[index]) {
        ++s.used[index];
        ++hits;
      }
    };
    ForEachSkipGram(
        ids, distance, unigrams,
        [&](Id a, Id b) {
          if (a != kUnknown && b != kUnknown) match(PairKey(a, b));
        },
        [&](Id a) {
          if (a != kUnknown) match(UnigramKey(a));
        });
    const auto model = static_cast<std::int64_t>(SkipGramCount(ids.size(), distance, unigrams));
    s.per_reference[r] = {hits, model, static_cast<std::int64_t>(peer),
                          SelectionRecall(hits, model, round_selection)};
  }
}

// Marks in `hit_mask` the positions of `model` on one longest common subsequence with
// `peer`, the one ROUGE-1.5.5 traces back: a match is always taken; otherwise the DP moves
// up (drops a model token) when that keeps at least as long a subsequence, else left.
// Which LCS is traced matters: the union over peer sentences depends on it.
void MarkLcs(const Id* model, std::size_t m, const Id* peer, std::size_t n, Scratch& s) {
  enum : std::uint8_t { kDiagonal, kUp, kLeft };
  s.moves.resize(m * n);
  s.previous_row.assign(n + 1, 0);
  s.row.assign(n + 1, 0);
  for (std::size_t i = 1; i <= m; ++i) {
    for (std::size_t j = 1; j <= n; ++j) {
      std::uint8_t move;
      if (model[i - 1] == peer[j - 1]) {  // peer ids are never kUnknown
        s.row[j] = s.previous_row[j - 1] + 1;
        move = kDiagonal;
      } else if (s.previous_row[j] >= s.row[j - 1]) {
        s.row[j] = s.previous_row[j];
        move = kUp;
      } else {
        s.row[j] = s.row[j - 1];
        move = kLeft;
      }
      s.moves[(i - 1) * n + (j - 1)] = move;
    }
    s.previous_row.swap(s.row);
  }
  for (std::size_t i = m, j = n; i > 0 && j > 0;) {
    switch (s.moves[(i - 1) * n + (j - 1)]) {
      case kDiagonal:
        s.hit_mask[--i] = 1;
        --j;
        break;
      case kUp:
        --i;
        break;
      default:
        --j;
        break;
    }
  }
}

// Summary-level ROUGE-L (Lin 2004, section 3.2): per reference sentence, the union of its
// LCS positions with every summary sentence. ROUGE-1.5.5 then counts a marked token only
// while both texts still have an unused occurrence of that word, so no occurrence serves
// twice.
void CountLcs(Scratch& s, std::size_t references) {
  const IdText& summary = s.summary;
  const Id vocabulary = s.vocabulary.size();
  s.summary_counts.assign(vocabulary, 0);
  for (Id id : summary.ids) ++s.summary_counts[id];
  const std::int64_t peer = static_cast<std::int64_t>(summary.ids.size());

  for (std::size_t r = 0; r < references; ++r) {
    const IdText& reference = s.references[r];
    s.peer_left = s.summary_counts;
    s.model_left.assign(vocabulary, 0);
    for (Id id : reference.ids) {
      if (id != kUnknown) ++s.model_left[id];
    }
    std::int64_t hits = 0;
    const std::int64_t base = static_cast<std::int64_t>(reference.ids.size());
    for (std::size_t a = 0; a + 1 < reference.sentence_starts.size(); ++a) {
      const std::size_t begin = reference.sentence_starts[a];
      const std::size_t m = reference.sentence_starts[a + 1] - begin;
      const Id* model = reference.ids.data() + begin;
      if (std::all_of(model, model + m, [](Id id) { return id == kUnknown; })) continue;
      s.hit_mask.assign(m, 0);
      for (std::size_t b = 0; b + 1 < summary.sentence_starts.size(); ++b) {
        const std::size_t peer_begin = summary.sentence_starts[b];
        const std::size_t n = summary.sentence_starts[b + 1] - peer_begin;
        if (n > 0) MarkLcs(model, m, summary.ids.data() + peer_begin, n, s);
      }
      for (std::size_t k = 0; k < m; ++k) {
        if (s.hit_mask[k] == 0) continue;
        const Id id = model[k];
        if (s.model_left[id] > 0 && s.peer_left[id] > 0) {
          --s.model_left[id];
          --s.peer_left[id];
          ++hits;
        }
      }
    }
    s.per_reference[r] = {hits, base, peer, RecallOf(hits, base)};
  }
}

Prf FromCounts(std::int64_t hits, std::int64_t model, std::int64_t peer,
               const RougeOptions& options) {
  Prf prf;
  prf.recall = RecallOf(hits, model);
  prf.precision = RecallOf(hits, peer);
  if (options.rouge155_rounding) {
    prf.recall = Round5(prf.recall);
    prf.precision = Round5(prf.precision);
  }
  const double alpha = options.alpha;
  const double denominator = (1.0 - alpha) * prf.precision + alpha * prf.recall;
  prf.f = denominator > 0.0 ? prf.precision * prf.recall / denominator : 0.0;
  if (options.rouge155_rounding) prf.f = Round5(prf.f);
  return prf;
}

// The references other than `left_out` (none when it is out of range), combined by -f.
Prf Combine(const std::vector<RefCounts>& counts, std::size_t left_out,
            const RougeOptions& options) {
  std::int64_t hits = 0, model = 0, peer = 0;
  if (options.multi_reference == MultiReference::kAverage) {
    for (std::size_t r = 0; r < counts.size(); ++r) {
      if (r == left_out) continue;
      hits += counts[r].hits;
      model += counts[r].model;
      peer += counts[r].peer;
    }
  } else {
    double best = -1.0;  // the script's start value: the first reference always qualifies
    for (std::size_t r = 0; r < counts.size(); ++r) {
      if (r == left_out || !(counts[r].recall > best)) continue;
      best = counts[r].recall;
      hits = counts[r].hits;
      model = counts[r].model;
      peer = counts[r].peer;
    }
  }
  return FromCounts(hits, model, peer, options);
}

Prf CombineReferences(const std::vector<RefCounts>& counts, const RougeOptions& options) {
  const std::size_t m = counts.size();
  if (m == 0) return Prf{};
  if (!options.jackknife || m == 1) return Combine(counts, m, options);
  Prf mean;
  for (std::size_t left_out = 0; left_out < m; ++left_out) {
    const Prf prf = Combine(counts, left_out, options);
    mean.recall += prf.recall;
    mean.precision += prf.precision;
    mean.f += prf.f;
  }
  const double scale = 1.0 / static_cast<double>(m);
  mean.recall *= scale;
  mean.precision *= scale;
  mean.f *= scale;
  if (options.rouge155_rounding) {
    mean.recall = Round5(mean.recall);
    mean.precision = Round5(mean.precision);
    mean.f = Round5(mean.f);
  }
  return mean;
}

}  // namespace

const char* MeasureName(Measure measure) {
  switch (measure) {
    case Measure::kRouge1:
      return "ROUGE-1";
    case Measure::kRouge2:
      return "ROUGE-2";
    case Measure::kRougeL:
      return "ROUGE-L";
    case Measure::kRougeSU4:
      return "ROUGE-SU4";
  }
  return "ROUGE-?";
}

std::string MeasureLabel(Measure measure, const RougeOptions& options) {
  if (measure != Measure::kRougeSU4) return MeasureName(measure);
  const std::string distance = options.skip_distance == std::numeric_limits<std::size_t>::max()
                                   ? "*"
                                   : std::to_string(options.skip_distance);
  return std::string(options.skip_unigrams ? "ROUGE-SU" : "ROUGE-S") + distance;
}

RougeScores Score(const TokenizedText& summary, const std::vector<TokenizedText>& references,
                  const RougeOptions& options) {
  Scratch& s = ThreadScratch();
  Prepare(summary, references, s);
  const std::size_t m = references.size();
  const bool rounded = options.rouge155_rounding;
  RougeScores scores;
  CountNGrams(1, rounded, s, m);
  scores[Measure::kRouge1] = CombineReferences(s.per_reference, options);
  CountNGrams(2, rounded, s, m);
  scores[Measure::kRouge2] = CombineReferences(s.per_reference, options);
  CountLcs(s, m);
  scores[Measure::kRougeL] = CombineReferences(s.per_reference, options);
  CountSkipBigrams(options.skip_distance, options.skip_unigrams, rounded, s, m);
  scores[Measure::kRougeSU4] = CombineReferences(s.per_reference, options);
  return scores;
}

Prf ScoreRougeN(const TokenizedText& summary, const std::vector<TokenizedText>& references,
                std::size_t n, const RougeOptions& options) {
  if (n == 0) throw Error(ErrorCode::kInvalidOptions, "", "ROUGE-N needs n >= 1");
  Scratch& s = ThreadScratch();
  Prepare(summary, references, s);
  CountNGrams(n, options.rouge155_rounding, s, references.size());
  return CombineReferences(s.per_reference, options);
}

}  // namespace precis::eval
