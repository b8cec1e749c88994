#include "weight.h"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "parallel.h"
#include "precis/error.h"
#include "tokenize.h"

namespace precis {
namespace {

using StorageIndex = SparseMatrix::StorageIndex;

// Eigen stores indices as int; a corpus past that (billions of sentences or
// terms) is refused rather than silently wrapped.
StorageIndex CheckedIndex(std::size_t n, const char* what) {
  if (n > static_cast<std::size_t>(std::numeric_limits<StorageIndex>::max())) {
    throw Error(ErrorCode::kInvalidInput, "",
                std::string("too many ") + what + " for the term matrix");
  }
  return static_cast<StorageIndex>(n);
}

}  // namespace

int InternedTerms::Intern(const std::string& term) {
  const auto [it, inserted] = index_.try_emplace(term, static_cast<int>(vocabulary.size()));
  if (inserted) {
    CheckedIndex(vocabulary.size() + 1, "terms");
    vocabulary.push_back(term);
    case_counts.emplace_back();
  }
  return it->second;
}

void InternedTerms::Add(const std::vector<std::string>& terms) {
  for (const std::string& term : terms) ids.push_back(Intern(term));
  EndSentence();
}

void InternedTerms::Append(InternedTerms&& next) {
  // next's ids are in first-appearance order within its own sentences: those new to us
  // get our next ids in that same order, as a single pass would have given them.
  std::vector<int> renumber(next.vocabulary.size());
  for (std::size_t local = 0; local < next.vocabulary.size(); ++local) {
    const auto [it, inserted] =
        index_.try_emplace(next.vocabulary[local], static_cast<int>(vocabulary.size()));
    if (inserted) {
      CheckedIndex(vocabulary.size() + 1, "terms");
      vocabulary.push_back(std::move(next.vocabulary[local]));
      case_counts.emplace_back();
    }
    renumber[local] = it->second;
    CaseCount& count = case_counts[static_cast<std::size_t>(renumber[local])];
    count.inner += next.case_counts[local].inner;
    count.capitalized += next.case_counts[local].capitalized;
  }
  const std::size_t offset = ids.size();
  ids.reserve(offset + next.ids.size());
  for (const int id : next.ids) ids.push_back(renumber[static_cast<std::size_t>(id)]);
  for (std::size_t i = 1; i < next.row_begin.size(); ++i) {
    row_begin.push_back(offset + next.row_begin[i]);
  }
  next = InternedTerms();
}

TermMatrix BuildTermMatrix(
    const std::vector<std::vector<std::string>>& sentence_terms) {
  InternedTerms interned;
  for (const auto& terms : sentence_terms) interned.Add(terms);
  return BuildInternedTermMatrix(std::move(interned));
}

TermMatrix BuildInternedTermMatrix(InternedTerms&& terms,
                                   const std::vector<std::size_t>& document_of,
                                   bool keep_counts, double name_weight,
                                   std::size_t threads) {
  if (!document_of.empty() && document_of.size() != terms.sentences()) {
    throw Error(ErrorCode::kInternal, "", "BuildInternedTermMatrix needs one document per sentence");
  }
  TermMatrix matrix;
  const StorageIndex sentence_count = CheckedIndex(terms.sentences(), "sentences");
  CheckedIndex(terms.ids.size(), "terms");
  matrix.vocabulary = std::move(terms.vocabulary);
  const StorageIndex term_count =
      CheckedIndex(matrix.vocabulary.size(), "terms");

  // The compressed rows of `counts` are written directly: each sentence's ids sorted in
  // place, a repeated term summed into its count. (setFromTriplets would go through a
  // triplet array and a transposed copy, three times the matrix's memory, a gigabyte
  // at 100,000 articles.) Rows are independent, so both passes split them among the
  // workers; at 100,000 articles, filling the rows' fresh pages took over a second on
  // one core. Each row is written by one worker alone: the result does not depend on
  // the number of threads.
  std::vector<int>& ids = terms.ids;
  const std::vector<std::size_t>& row_begin = terms.row_begin;
  const std::size_t rows = static_cast<std::size_t>(sentence_count);
  const std::size_t workers = WorkerCount(threads, rows);
  matrix.counts.resize(sentence_count, term_count);
  StorageIndex* const outer = matrix.counts.outerIndexPtr();
  // First each row's number of distinct terms, in outer[r + 1] (a row holds no more
  // than terms.ids, checked above), then their running sum from outer[0], which resize
  // zeroed: the rows' offsets.
  ParallelRanges(workers, rows, [&](std::size_t, std::size_t begin, std::size_t end) {
    for (std::size_t r = begin; r < end; ++r) {
      const auto first = ids.begin() + static_cast<std::ptrdiff_t>(row_begin[r]);
      const auto last = ids.begin() + static_cast<std::ptrdiff_t>(row_begin[r + 1]);
      std::sort(first, last);
      StorageIndex distinct = 0;
      for (auto it = first; it != last; ++it) distinct += it == first || *it != *(it - 1);
      outer[r + 1] = distinct;
    }
  });
  for (std::size_t r = 0; r < rows; ++r) outer[r + 1] += outer[r];
  matrix.counts.resizeNonZeros(outer[rows]);
  StorageIndex* const inner = matrix.counts.innerIndexPtr();
  double* const values = matrix.counts.valuePtr();
  ParallelRanges(workers, rows, [&](std::size_t, std::size_t begin, std::size_t end) {
    for (std::size_t r = begin; r < end; ++r) {
      StorageIndex next = outer[r];
      for (std::size_t p = row_begin[r]; p < row_begin[r + 1]; ++p) {
        if (p > row_begin[r] && ids[p] == ids[p - 1]) {
          values[next - 1] += 1.0;
          continue;
        }
        inner[next] = ids[p];
        values[next] = 1.0;
        ++next;
      }
    }
  });
  terms.ids = {};

  // After summing, each stored entry is one (sentence, term) pair. A unit is a
  // document, or a sentence when there are fewer than two documents: df counts the
  // units a term occurs in, each once (the rows of a document are consecutive or not,
  // so the last unit counted is remembered per term).
  std::size_t document_count = 0;
  for (const std::size_t d : document_of) document_count = std::max(document_count, d + 1);
  const bool by_document = document_count >= 2;
  std::vector<double> idf(static_cast<std::size_t>(term_count), 0.0);
  std::vector<std::size_t> last_unit(static_cast<std::size_t>(term_count), SIZE_MAX);
  for (StorageIndex row = 0; row < sentence_count; ++row) {
    const std::size_t unit =
        by_document ? document_of[static_cast<std::size_t>(row)] : static_cast<std::size_t>(row);
    for (SparseMatrix::InnerIterator it(matrix.counts, row); it; ++it) {
      const auto term = static_cast<std::size_t>(it.col());
      if (last_unit[term] == unit) continue;
      last_unit[term] = unit;
      idf[term] += 1.0;
    }
  }
  // The +1 keeps a term found in every unit (log 1 = 0) from vanishing, as
  // scikit-learn's smooth idf does.
  const double n = static_cast<double>(by_document ? document_count : sentence_count);
  for (double& value : idf) value = std::log(n / value) + 1.0;
  // Names: written with a capital inside sentences, where other words are not, at least
  // half the time (a word that starts sentences, "Mais", or a common noun in a title
  // case headline stays below). The event's people and places are what its summaries
  // name: 1.1 x idf won on the development sets (eval/README.md, "Tuning").
  for (std::size_t term = 0; term < terms.case_counts.size(); ++term) {
    const uint32_t seen = terms.case_counts[term].inner;
    if (seen > 0 && 2 * static_cast<uint64_t>(terms.case_counts[term].capitalized) >= seen) {
      idf[term] *= 1.0 + name_weight;
    }
  }

  // Binary tf * idf, then each row scaled to unit L2 norm so that a row dot product is
  // a cosine. A term counts once per sentence: with raw counts, a word a sentence
  // repeats outweighs the rest of it and decides its similarity to every other. With
  // MMR's lambda at 0.6, binary tf won on the development sets (eval/README.md,
  // "Tuning"). Every weight is positive, so only an empty row has norm 0.
  if (keep_counts) {
    matrix.tfidf = matrix.counts;
  } else {
    // swap, not a move: Eigen's SparseMatrix has no move assignment, and would copy.
    matrix.tfidf.swap(matrix.counts);
  }
  for (StorageIndex row = 0; row < sentence_count; ++row) {
    double squared_norm = 0.0;
    for (SparseMatrix::InnerIterator it(matrix.tfidf, row); it; ++it) {
      it.valueRef() = idf[static_cast<std::size_t>(it.col())];
      squared_norm += it.value() * it.value();
    }
    if (squared_norm == 0.0) continue;
    const double inverse_norm = 1.0 / std::sqrt(squared_norm);
    for (SparseMatrix::InnerIterator it(matrix.tfidf, row); it; ++it) {
      it.valueRef() *= inverse_norm;
    }
  }
  return matrix;
}

bool FoldAccentVariants(TermMatrix* matrix) {
  // Each term's column becomes its class's first: the column space stays the
  // vocabulary's, so that a row without a variant is left as it is.
  std::unordered_map<std::string, StorageIndex> first_column;
  std::vector<StorageIndex> column_of(matrix->vocabulary.size());
  bool merges = false;
  for (std::size_t t = 0; t < matrix->vocabulary.size(); ++t) {
    const auto [at, added] =
        first_column.emplace(FoldAccents(matrix->vocabulary[t]), static_cast<StorageIndex>(t));
    merges = merges || !added;
    column_of[t] = at->second;
  }
  if (!merges) return false;

  // Rewritten in place, row by row: a copy of the matrix, or triplets to build one,
  // took 140 MiB more on 10,000 documents. A row holding both spellings shrinks, and the
  // rows after it move down over the gap; the storage keeps its size (makeCompressed
  // would copy it whole to give the slack back).
  SparseMatrix& tfidf = matrix->tfidf;
  StorageIndex* const outer = tfidf.outerIndexPtr();
  StorageIndex* const inner = tfidf.innerIndexPtr();
  double* const values = tfidf.valuePtr();
  std::vector<std::pair<StorageIndex, double>> entries;
  StorageIndex write = 0;
  for (Eigen::Index row = 0; row < tfidf.rows(); ++row) {
    const StorageIndex begin = outer[row];
    const StorageIndex end = outer[row + 1];
    outer[row] = write;
    entries.clear();
    bool moved = false;
    for (StorageIndex k = begin; k < end; ++k) {
      const StorageIndex column = column_of[static_cast<std::size_t>(inner[k])];
      moved = moved || column != inner[k];
      entries.emplace_back(column, values[k]);
    }
    if (moved) std::sort(entries.begin(), entries.end());
    // Both spellings in one sentence count once, with the larger weight, as binary tf
    // counts a word once.
    const StorageIndex start = write;
    double squares = 0.0;
    for (const auto& [column, value] : entries) {
      if (write > start && inner[write - 1] == column) {
        squares -= values[write - 1] * values[write - 1];
        values[write - 1] = std::max(values[write - 1], value);
      } else {
        inner[write] = column;
        values[write] = value;
        ++write;
      }
      squares += values[write - 1] * values[write - 1];
    }
    const double norm = std::sqrt(squares);
    if (moved && norm > 0.0) {
      for (StorageIndex k = start; k < write; ++k) values[k] /= norm;
    }
  }
  outer[tfidf.rows()] = write;
  tfidf.data().resize(write);
  return true;
}

}  // namespace precis
