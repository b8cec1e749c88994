#include "select.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <limits>
#include <string>
#include <unordered_map>
#include <vector>

#include "plural.h"
#include "precis/error.h"
#include "shortest_decimal.h"

namespace precis {
namespace {

// A sentence and its copy have a cosine of 1 only up to rounding (unit rows are
// computed, not exact); this slack keeps duplicate_threshold = 1 meaning
// "identical".
constexpr double kSimilaritySlack = 1e-12;

// Whether a candidate this similar to a chosen sentence is its near duplicate. Sentences
// that share no term never are, however small the threshold (1e-12 once made every
// sentence the first one's duplicate, and the summary empty).
bool IsNearDuplicate(double similarity, const SelectOptions& options) {
  return similarity > 0.0 && similarity >= options.duplicate_threshold - kSimilaritySlack;
}

// The share of their terms two sentences have in common, unweighted: the cosine of their
// binary term vectors, `shared` terms over the root of the product of their term counts.
// Idf makes the words every article of a cluster shares cheap: ten wire briefs that
// differ by the agency's name alone have a TF-IDF cosine of 0.45, the name (idf 3.3,
// and a name's bonus) outweighing the sentence they share (idf 1 a word). Their share
// of terms in common, 0.92, does not depend on how many articles repeat them.
double TermShare(std::size_t shared, std::size_t a, std::size_t b) {
  if (shared == 0) return 0.0;
  return static_cast<double>(shared) / std::sqrt(static_cast<double>(a) * static_cast<double>(b));
}

// A candidate with this share of its terms in common with a chosen sentence is its near
// duplicate too, whatever their TF-IDF cosine. No development summary changes at 0.6,
// 0.7 or 0.8 (three do at 0.5). At 0.8 none of their sentences changes verdict, even with
// no budget: the closest pairs the cosine lets through share 0.70 and 0.72 of their
// terms, and each says what the other does not ("Hodler ... has been muzzled by IOC
// president Samaranch", "Samaranch immediately disassociated himself from Hodler's
// allegations"). The overlap coefficient (shared terms over the shorter sentence's)
// would make "Le président a rencontré M. Kim mercredi à Pyongyang." a duplicate of "Le
// président a quitté Pyongyang mercredi soir après sa rencontre." (4 of its 5 terms).
constexpr double kTermShareThreshold = 0.8;

// Never under duplicate_threshold, so that a threshold of 1 still means "identical" (the
// same terms, whose cosine is 1 either way).
bool SharesNearlyAllTerms(double share, const SelectOptions& options) {
  return share > 0.0 &&
         share >= std::max(kTermShareThreshold, options.duplicate_threshold) - kSimilaritySlack;
}

std::size_t TermCount(const SparseMatrix& tfidf, std::size_t i) {
  return static_cast<std::size_t>(tfidf.innerVector(static_cast<Eigen::Index>(i)).nonZeros());
}

// The per-sentence filters, in the order an empty summary's warning reports them.
enum class Filter { kNone, kHeadline, kFragment, kTooShort, kTooLong };

Filter FirstFailed(const Candidate& candidate, const SelectOptions& options) {
  // Length first: a piece of a line that never ends (no final stop, so a "headline") is
  // refused for its length, which --include-headlines would not change.
  if (candidate.words > options.max_words) return Filter::kTooLong;
  if (candidate.headline && !options.include_headlines) return Filter::kHeadline;
  if (!candidate.standalone) return Filter::kFragment;
  if (candidate.words < options.min_words) return Filter::kTooShort;
  return Filter::kNone;
}

bool PassesFilters(const Candidate& candidate, const SelectOptions& options) {
  return FirstFailed(candidate, options) == Filter::kNone;
}

// Whether `candidate` still fits the word budget, or the character budget, once `used`
// words or code points are taken (0 in a budget: no limit).
bool WithinWords(const Candidate& candidate, std::size_t used, const SelectOptions& options) {
  return options.words == 0 || used + candidate.words <= options.words;
}
bool WithinChars(const Candidate& candidate, std::size_t used, const SelectOptions& options) {
  return options.chars == 0 || used + candidate.code_points <= options.chars;
}

// The best score among the candidates that pass the filters: what relevance is a share of.
double BestPassingScore(const Eigen::VectorXd& scores, const std::vector<Candidate>& candidates,
                        const SelectOptions& options) {
  double best = 0.0;
  for (std::size_t i = 0; i < candidates.size(); ++i) {
    if (PassesFilters(candidates[i], options)) {
      best = std::max(best, scores[static_cast<Eigen::Index>(i)]);
    }
  }
  return best;
}

// Row `i` of `tfidf` scattered into a dense vector, so that its dot product with any other
// row costs that row's terms only.
std::vector<double> DenseRow(const SparseMatrix& tfidf, std::size_t i) {
  std::vector<double> row(static_cast<std::size_t>(tfidf.cols()), 0.0);
  for (SparseMatrix::InnerIterator it(tfidf, static_cast<Eigen::Index>(i)); it; ++it) {
    row[static_cast<std::size_t>(it.col())] += it.value();
  }
  return row;
}

// The dot product of row `i` with a DenseRow, summed in the order of row i's terms, and
// the number of terms they have in common (every weight is positive).
struct Overlap {
  double dot = 0.0;
  std::size_t shared = 0;
};
Overlap DotWithDense(const SparseMatrix& tfidf, std::size_t i, const std::vector<double>& dense) {
  Overlap overlap;
  for (SparseMatrix::InnerIterator it(tfidf, static_cast<Eigen::Index>(i)); it; ++it) {
    const double weight = dense[static_cast<std::size_t>(it.col())];
    overlap.dot += it.value() * weight;
    overlap.shared += weight != 0.0;
  }
  return overlap;
}

// What a budget has left once `used` is taken; SIZE_MAX for no budget (0).
std::size_t Left(std::size_t budget, std::size_t used) {
  return budget == 0 ? SIZE_MAX : budget - std::min(used, budget);
}

// "1st", "2nd", "3rd", "4th", "11th", "21st"...
std::string Ordinal(std::size_t n) {
  const std::size_t tens = n % 100;
  const char* suffix = tens >= 11 && tens <= 13 ? "th"
                       : n % 10 == 1            ? "st"
                       : n % 10 == 2            ? "nd"
                       : n % 10 == 3            ? "rd"
                                                : "th";
  return std::to_string(n) + suffix;
}

// `decimals` decimals, whatever the locale: "0.71".
std::string Fixed(double value, int decimals) {
  char buffer[32];
  const auto result =
      std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed, decimals);
  return std::string(buffer, result.ptr);
}

// `decimals` decimals, rounded down, so that a value just under a threshold does not print
// as it: "0.149" for 0.1499 with 3.
std::string DecimalsDown(double value, int decimals) {
  const double scale = std::pow(10.0, decimals);
  return Fixed(std::floor(value * scale) / scale, decimals);
}

}  // namespace

std::vector<std::size_t> SelectSentences(
    const Eigen::VectorXd& scores, const SparseMatrix& tfidf,
    const std::vector<Candidate>& candidates, const SelectOptions& options) {
  if (static_cast<std::size_t>(scores.size()) != candidates.size()) {
    throw Error(ErrorCode::kInternal, "",
                "SelectSentences needs one score and one tfidf row per candidate");
  }
  return SelectSentences(
      scores, tfidf, [&candidates](std::size_t i) { return candidates[i]; }, options);
}

std::vector<std::size_t> SelectSentences(
    const Eigen::VectorXd& scores, const SparseMatrix& tfidf,
    const std::function<Candidate(std::size_t)>& describe, const SelectOptions& options) {
  const auto n = static_cast<std::size_t>(scores.size());
  if (static_cast<std::size_t>(tfidf.rows()) != n) {
    throw Error(
        ErrorCode::kInternal, "",
        "SelectSentences needs one score and one tfidf row per candidate");
  }

  // The pool holds the sentences that may be chosen, by descending score (ties by
  // ascending index), to find the best that passes the filters and the relevance floor.
  // Sentences are described, and filtered, only when first looked at, and similarities
  // to the chosen sentences are brought up to date only for the candidates looked at.
  std::vector<std::size_t> pool(n);
  for (std::size_t i = 0; i < n; ++i) pool[i] = i;
  std::stable_sort(pool.begin(), pool.end(), [&scores](std::size_t a, std::size_t b) {
    return scores[static_cast<Eigen::Index>(a)] > scores[static_cast<Eigen::Index>(b)];
  });
  std::unordered_map<std::size_t, Candidate> described;  // those that pass the filters
  // Sentence i as described, or null when it fails the filters; described on first
  // sight. The pool holds each sentence once, so one that fails is never asked again.
  const auto passing = [&](std::size_t i) -> const Candidate* {
    if (const auto found = described.find(i); found != described.end()) return &found->second;
    const Candidate c = describe(i);
    if (!PassesFilters(c, options)) return nullptr;
    return &described.emplace(i, c).first->second;
  };
  // Relevance is divided by the best score that passes the filters: the first in the
  // pool that does, the ones before it being dropped.
  std::size_t first = 0;
  while (first < pool.size() && passing(pool[first]) == nullptr) ++first;
  pool.erase(pool.begin(), pool.begin() + static_cast<std::ptrdiff_t>(first));
  const double max_score = pool.empty() ? 0.0 : scores[static_cast<Eigen::Index>(pool[0])];
  const auto relevance = [&](std::size_t i) {
    // Scores are divided by the best one in the pool, so that relevance and similarity
    // both live in [0, 1] and lambda weighs them as MMR intends. All-zero scores leave
    // novelty, then index, to decide.
    return max_score > 0.0 ? scores[static_cast<Eigen::Index>(i)] / max_score : 0.0;
  };
  // The pool is by descending score: those under the floor are its tail.
  if (max_score > 0.0) {
    pool.erase(std::find_if(pool.begin(), pool.end(),
                            [&](std::size_t i) { return relevance(i) < options.min_relevance; }),
               pool.end());
  }

  std::vector<double> max_similarity(n, 0.0);  // to the first compared[i] chosen
  std::vector<double> max_share(n, 0.0);       // TermShare, likewise
  std::vector<std::size_t> compared(n, 0);
  std::vector<std::size_t> chosen;
  std::size_t words = 0;
  std::size_t chars = 0;
  const auto fits = [&](const Candidate& c) {
    return WithinWords(c, words, options) && WithinChars(c, chars, options);
  };
  // The chosen sentences by term: for each column, the chosen rows that hold it, in the
  // order chosen, with their weight. A candidate is compared only with the chosen rows it
  // shares a term with, through its own terms: with no budget every sentence is chosen,
  // and comparing each with every one chosen took minutes for 60,000 sentences. Each dot
  // product adds the shared terms' products in column order, as DotWithDense's in
  // JudgeSentences, whose near-duplicate verdicts must agree with these bit for bit.
  struct Posting {
    std::size_t chosen_position;
    double value;
  };
  std::vector<std::vector<Posting>> chosen_by_term(static_cast<std::size_t>(tfidf.cols()));
  std::vector<double> dots;          // by chosen position, zero between uses
  std::vector<std::size_t> shared;   // terms in common, by chosen position, likewise
  std::vector<std::size_t> chosen_terms;  // term count, by chosen position
  std::vector<std::size_t> touched;  // the chosen positions `dots` holds
  const auto update_similarity = [&](std::size_t i) {
    const std::size_t from = compared[i];
    if (from == chosen.size()) return;
    compared[i] = chosen.size();
    for (SparseMatrix::InnerIterator it(tfidf, static_cast<Eigen::Index>(i)); it; ++it) {
      const std::vector<Posting>& postings = chosen_by_term[static_cast<std::size_t>(it.col())];
      // Postings are in the order chosen: those not yet compared are a suffix.
      auto p = std::lower_bound(
          postings.begin(), postings.end(), from,
          [](const Posting& posting, std::size_t at) { return posting.chosen_position < at; });
      for (; p != postings.end(); ++p) {
        if (shared[p->chosen_position] == 0) touched.push_back(p->chosen_position);
        dots[p->chosen_position] += p->value * it.value();
        ++shared[p->chosen_position];
      }
    }
    const std::size_t terms = TermCount(tfidf, i);
    for (const std::size_t c : touched) {
      max_similarity[i] = std::max(max_similarity[i], dots[c]);
      max_share[i] = std::max(max_share[i], TermShare(shared[c], terms, chosen_terms[c]));
      dots[c] = 0.0;
      shared[c] = 0;
    }
    touched.clear();
  };
  const auto choose = [&](std::size_t i) {
    const std::size_t position = chosen.size();
    chosen.push_back(i);
    dots.push_back(0.0);
    shared.push_back(0);
    chosen_terms.push_back(TermCount(tfidf, i));
    for (SparseMatrix::InnerIterator it(tfidf, static_cast<Eigen::Index>(i)); it; ++it) {
      chosen_by_term[static_cast<std::size_t>(it.col())].push_back({position, it.value()});
    }
  };

  // Once fewer words are left than a candidate may have, none can fit: stopping then
  // spares the last round a look at every sentence.
  const auto room_left = [&] {
    return options.words == 0 ||
           options.words - words >= std::max<std::size_t>(options.min_words, 1);
  };
  // Candidates by their MMR value when last computed, best first (ties by ascending
  // index): a value only falls as sentences are chosen (a similarity only grows), so one
  // computed earlier bounds it from above. Each round takes the top, brings its value up
  // to date, and chooses it when it still leads the others' bounds, else puts it back:
  // the argmax the full scan would find, ties to the lower index included, for a few
  // looks a round. (With no budget, scanning down to where relevance alone bounds the
  // value looked at nearly every sentence each round: 60,000 sentences took a minute.)
  struct Bound {
    double value;
    std::size_t index;
  };
  const auto below = [](const Bound& a, const Bound& b) {
    return a.value < b.value || (a.value == b.value && a.index > b.index);
  };
  std::vector<Bound> heap;
  heap.reserve(pool.size());
  for (const std::size_t i : pool) heap.push_back({options.lambda * relevance(i), i});
  std::make_heap(heap.begin(), heap.end(), below);
  std::vector<std::size_t>().swap(pool);
  while (!heap.empty() && room_left() &&
         (options.sentences == 0 || chosen.size() < options.sentences)) {
    std::pop_heap(heap.begin(), heap.end(), below);
    const std::size_t i = heap.back().index;
    heap.pop_back();
    const Candidate* candidate = passing(i);
    if (candidate == nullptr) continue;
    update_similarity(i);
    // Budgets only fill up and similarities only grow, so a candidate that does not
    // fit now or is a near duplicate now never will be choosable: drop it for good.
    if (!fits(*candidate) || IsNearDuplicate(max_similarity[i], options) ||
        SharesNearlyAllTerms(max_share[i], options)) {
      continue;
    }
    const Bound now{options.lambda * relevance(i) - (1.0 - options.lambda) * max_similarity[i], i};
    if (!heap.empty() && below(now, heap.front())) {
      heap.push_back(now);
      std::push_heap(heap.begin(), heap.end(), below);
      continue;
    }
    choose(i);
    words += candidate->words;
    chars += candidate->code_points;
  }
  return chosen;
}

std::vector<Judgement> JudgeSentences(const Eigen::VectorXd& scores, const SparseMatrix& tfidf,
                                      const std::vector<Candidate>& candidates,
                                      const std::vector<std::size_t>& chosen,
                                      const SelectOptions& options) {
  const std::size_t n = candidates.size();
  if (static_cast<std::size_t>(scores.size()) != n || static_cast<std::size_t>(tfidf.rows()) != n) {
    throw Error(ErrorCode::kInternal, "",
                "JudgeSentences needs one score and one tfidf row per candidate");
  }
  std::vector<Judgement> judgements(n);
  std::size_t used_words = 0;
  std::size_t used_chars = 0;
  for (const std::size_t i : chosen) {
    if (i >= n) {
      throw Error(ErrorCode::kInternal, "", "JudgeSentences: a chosen index out of range");
    }
    used_words += candidates[i].words;
    used_chars += candidates[i].code_points;
  }
  std::vector<char> is_chosen(n, 0);
  for (std::size_t rank = 0; rank < chosen.size(); ++rank) {
    is_chosen[chosen[rank]] = 1;
    judgements[chosen[rank]].chosen_rank = rank;
  }
  const double max_score = BestPassingScore(scores, candidates, options);
  // Each sentence's closest chosen one: a column of similarities per chosen sentence.
  std::vector<double> closest(n, -1.0);
  std::vector<std::size_t> closest_of(n, 0);
  // And the one it shares the most of its terms with, with their cosine.
  std::vector<double> most_shared(n, -1.0);
  std::vector<std::size_t> most_shared_of(n, 0);
  std::vector<double> most_shared_cosine(n, 0.0);
  for (const std::size_t c : chosen) {
    const std::vector<double> row = DenseRow(tfidf, c);
    const std::size_t c_terms = TermCount(tfidf, c);
    for (std::size_t i = 0; i < n; ++i) {
      const auto [dot, in_common] = DotWithDense(tfidf, i, row);
      // Ties go to the sentence chosen first, as the strictly greater keeps it.
      if (dot > closest[i]) {
        closest[i] = dot;
        closest_of[i] = c;
      }
      const double share = TermShare(in_common, TermCount(tfidf, i), c_terms);
      if (share > most_shared[i]) {
        most_shared[i] = share;
        most_shared_of[i] = c;
        most_shared_cosine[i] = dot;
      }
    }
  }
  for (std::size_t i = 0; i < n; ++i) {
    Judgement& j = judgements[i];
    if (is_chosen[i]) continue;
    switch (FirstFailed(candidates[i], options)) {
      case Filter::kHeadline: j.verdict = Verdict::kHeadline; continue;
      case Filter::kFragment: j.verdict = Verdict::kCannotStandAlone; continue;
      case Filter::kTooShort: j.verdict = Verdict::kTooShort; continue;
      case Filter::kTooLong: j.verdict = Verdict::kTooLong; continue;
      case Filter::kNone: break;
    }
    if (max_score > 0.0 &&
        scores[static_cast<Eigen::Index>(i)] / max_score < options.min_relevance) {
      j.verdict = Verdict::kUnrelated;
      j.share = scores[static_cast<Eigen::Index>(i)] / max_score;
    } else if (!chosen.empty() && IsNearDuplicate(closest[i], options)) {
      j.verdict = Verdict::kNearDuplicate;
      j.duplicate_of = closest_of[i];
      j.similarity = closest[i];
    } else if (!chosen.empty() && SharesNearlyAllTerms(most_shared[i], options)) {
      j.verdict = Verdict::kNearDuplicate;
      j.duplicate_of = most_shared_of[i];
      j.similarity = most_shared_cosine[i];
      j.term_share = most_shared[i];
    } else {
      // What is left fits no budget: selection stops only when no candidate fits.
      j.verdict = Verdict::kNoRoom;
      j.words_left = Left(options.words, used_words);
      j.chars_left = Left(options.chars, used_chars);
    }
  }
  return judgements;
}

std::string DescribeJudgement(const Judgement& j, const Candidate& c, std::size_t chosen_count,
                              const std::string& duplicate_name, const std::string& why_not,
                              const SelectOptions& options) {
  switch (j.verdict) {
    case Verdict::kChosen:
      return "chosen " + Ordinal(j.chosen_rank + 1) + " of " + std::to_string(chosen_count);
    case Verdict::kHeadline:
      return "a headline or title (--include-headlines)";
    case Verdict::kCannotStandAlone:
      return why_not;
    case Verdict::kTooShort:
      return CountOf(c.words, "word") + ", under --min-words " + std::to_string(options.min_words);
    case Verdict::kTooLong:
      return CountOf(c.words, "word") + ", over --max-words " + std::to_string(options.max_words);
    case Verdict::kUnrelated:
      // Rounded down, so that a share just under the floor does not print as the floor.
      return "relevance " + DecimalsDown(j.share, 3) + " of the best, under --min-relevance " +
             ShortestDecimal(options.min_relevance);
    case Verdict::kNearDuplicate:
      if (j.term_share > 0.0) {
        return "near duplicate of " + duplicate_name + " (" + Fixed(j.term_share, 2) +
               " of their terms in common, cosine " + DecimalsDown(j.similarity, 2) +
               " under --duplicate-threshold " + ShortestDecimal(options.duplicate_threshold) + ")";
      }
      return "near duplicate of " + duplicate_name + " (cosine " + Fixed(j.similarity, 2) +
             ", --duplicate-threshold " + ShortestDecimal(options.duplicate_threshold) + ")";
    case Verdict::kNoRoom:
      break;
  }
  if (options.sentences != 0 && chosen_count >= options.sentences) {
    return "no room: the summary has its --sentences " + std::to_string(options.sentences);
  }
  if (c.words > j.words_left) {
    return "no room: " + CountOf(c.words, "word") + ", " + std::to_string(j.words_left) +
           " left of --words " + std::to_string(options.words);
  }
  if (options.chars != 0 && c.code_points > j.chars_left) {
    return "no room: " + CountOf(c.code_points, "character") + ", " + std::to_string(j.chars_left) +
           " left of --chars " + std::to_string(options.chars);
  }
  // No budget left it out: no limit names what did, and none may be made up.
  return "not chosen: the summary was complete without it";
}

Refusals CountRefusals(const Eigen::VectorXd& scores,
                       const std::function<Candidate(std::size_t)>& describe,
                       const SelectOptions& options) {
  std::vector<Candidate> candidates;
  candidates.reserve(static_cast<std::size_t>(scores.size()));
  for (std::size_t i = 0; i < static_cast<std::size_t>(scores.size()); ++i) {
    candidates.push_back(describe(i));
  }
  // The floor is a share of the best score among the sentences that pass the filters,
  // as in SelectSentences.
  const double max_score = BestPassingScore(scores, candidates, options);
  Refusals refusals;
  for (std::size_t i = 0; i < candidates.size(); ++i) {
    const Candidate& c = candidates[i];
    switch (FirstFailed(c, options)) {
      case Filter::kHeadline: ++refusals.headlines; continue;
      case Filter::kFragment: ++refusals.fragments; continue;
      case Filter::kTooShort: ++refusals.too_short; continue;
      case Filter::kTooLong: ++refusals.too_long; continue;
      case Filter::kNone: break;
    }
    if (!WithinWords(c, 0, options)) {
      ++refusals.over_words;
    } else if (!WithinChars(c, 0, options)) {
      ++refusals.over_chars;
    } else if (max_score > 0.0 &&
               scores[static_cast<Eigen::Index>(i)] / max_score < options.min_relevance) {
      ++refusals.unrelated;
    } else {
      ++refusals.others;
    }
  }
  return refusals;
}

std::string DescribeRefusals(const Refusals& refusals, std::size_t sentence_count,
                             const SelectOptions& options) {
  std::string text = "of " + CountOf(sentence_count, "sentence");
  const auto add = [&text](std::size_t count, const std::string& one, const std::string& many) {
    if (count != 0) text += ", " + std::to_string(count) + " " + (count == 1 ? one : many);
  };
  const auto both = [&add](std::size_t count, const std::string& predicate) {
    add(count, "is " + predicate, "are " + predicate);
  };
  add(refusals.headlines, "is a headline or title (--include-headlines)",
      "are headlines or titles (--include-headlines)");
  add(refusals.fragments, "cannot stand alone", "cannot stand alone");
  both(refusals.too_short, "shorter than --min-words " + std::to_string(options.min_words));
  both(refusals.too_long, "longer than --max-words " + std::to_string(options.max_words));
  both(refusals.over_words, "longer than the budget of --words " + std::to_string(options.words));
  both(refusals.over_chars, "longer than the budget of --chars " + std::to_string(options.chars));
  both(refusals.unrelated,
       "under --min-relevance " + ShortestDecimal(options.min_relevance) + " of the best score");
  both(refusals.others, "left out by the other limits");
  return text;
}

}  // namespace precis
