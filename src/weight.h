// Stage 5, weight: the sentence x term TF-IDF matrix.
#ifndef PRECIS_SRC_WEIGHT_H_
#define PRECIS_SRC_WEIGHT_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "sparse.h"

namespace precis {

struct TermMatrix {
  // sentences x terms; raw term counts.
  SparseMatrix counts;
  // sentences x terms; tf * idf with rows scaled to unit L2 norm (a sentence
  // without any term keeps an empty row), so that a dot product of two rows is
  // their cosine.
  SparseMatrix tfidf;
  // Term ids -> terms, in order of first appearance (deterministic for a given
  // input).
  std::vector<std::string> vocabulary;
};

// Builds both matrices from each sentence's terms. `counts` holds the raw count
// of each term in each sentence; `tfidf` uses binary tf (1 if the term occurs in
// the sentence, however often); idf(t) = log(N / df(t)) + 1 over the N sentences, df(t)
// being the number of sentences containing t, so that a term found in every
// sentence still counts a little. Terms are compared byte for byte: normalizing
// them is the tokenizer's job. N sentences without any term give an N x 0
// matrix; no sentence, a 0 x 0 one. Throws Error(kInvalidInput) past 2^31 - 1
// sentences or term occurrences (Eigen's index type). Linear in the number of
// term occurrences (expected, through hashing).
TermMatrix BuildTermMatrix(
    const std::vector<std::vector<std::string>>& sentence_terms);

// Sentences as term ids: what tokenizing a million sentences leaves in memory instead
// of a string per term occurrence. Sentence i's terms are ids[row_begin[i] ..
// row_begin[i + 1]), indexing `vocabulary`, which lists terms in order of first
// appearance.
struct InternedTerms {
  std::vector<int> ids;
  std::vector<std::size_t> row_begin = {0};
  std::vector<std::string> vocabulary;
  // Per term id: how often it occurred after its sentence's first word, and how often
  // of those it was written with a capital (CountCase). One entry per term of
  // `vocabulary`, grown with it; Add leaves it at zero. The two counts share an entry:
  // one memory access, and no bounds check, per word of the cluster.
  struct CaseCount {
    uint32_t inner = 0;
    uint32_t capitalized = 0;
    bool operator==(const CaseCount& o) const {
      return inner == o.inner && capitalized == o.capitalized;
    }
  };
  std::vector<CaseCount> case_counts;

  std::size_t sentences() const { return row_begin.size() - 1; }
  // Appends one sentence, giving new terms the next ids.
  void Add(const std::vector<std::string>& terms);
  // The same in two steps, for a caller that has ids already: the id of `term`,
  // giving a new term the next one, and the end of the current sentence.
  int Intern(const std::string& term);
  void EndSentence() { row_begin.push_back(ids.size()); }
  // Records one occurrence of term `id` after its sentence's first word, `capitalized`
  // or not: what tells a name from a word (BuildInternedTermMatrix's name_weight).
  void CountCase(int id, bool capitalized) {
    CaseCount& count = case_counts[static_cast<std::size_t>(id)];
    ++count.inner;
    count.capitalized += capitalized;
  }
  // Appends every sentence of `next` after ours, renumbering its terms: ids stay in
  // order of first appearance over the concatenation, so interning ranges of sentences
  // separately (one range per thread) and appending them in order gives exactly what
  // interning all the sentences in one pass gives.
  void Append(InternedTerms&& next);

 private:
  std::unordered_map<std::string, int> index_;
};

// BuildTermMatrix on interned sentences; the same matrices, bit for bit, as on the
// strings they were interned from, but for names: a term capitalized in at least half
// of its counted occurrences (CountCase) has its idf multiplied by 1 + `name_weight`
// (TokenizeOptions::name_weight). Consumes `terms` to spare a copy of the ids.
// With `document_of` (the document of each sentence, one entry per sentence) and at
// least two documents, idf counts documents instead of sentences: idf(t) =
// log(D / df(t)) + 1 over the D documents. In a cluster about one event, a word every
// outlet uses is the event's own vocabulary, and one outlet's pet words or boilerplate
// must not outweigh it merely by being rare among sentences; measured on the
// development sets together with the position prior (eval/README.md, "Tuning"). One
// document gives no such contrast, so it keeps the sentence idf. Throws
// Error(kInternal) if `document_of` is neither empty nor one entry per sentence.
// With `keep_counts` false, `counts` is left empty (0 x 0) and `tfidf` takes its
// storage over: the pruned cosine graph and the implicit one only read `tfidf`, and at
// 100,000 articles the copy is half a gigabyte. `threads` workers (0: one per core)
// sort and write the rows; the matrix is the same, bit for bit, for any number of them.
TermMatrix BuildInternedTermMatrix(InternedTerms&& terms,
                                   const std::vector<std::size_t>& document_of = {},
                                   bool keep_counts = true, double name_weight = 0.0,
                                   std::size_t threads = 1);

// Merges, in matrix->tfidf, the columns of terms that differ only in their accents
// (FoldAccents, tokenize.h: "élisabeth" and "elisabeth", "ciarán" and "ciaran") into the
// column of the first of them, and scales each row it changes to unit norm again; the
// other columns of a class are left empty, and the vocabulary and the counts stay as they
// were. A sentence holding both spellings keeps one entry, the larger weight, as binary
// tf counts a word once. Returns whether any column moved. For selection's similarities
// and the reading order, once ranking is done: terms keep their accents for weighting
// and ranking, which folding them all did not improve (eval/README.md). Linear in the
// vocabulary's length and the matrix's nonzeros (a row that changes is sorted); no copy
// of the matrix.
bool FoldAccentVariants(TermMatrix* matrix);

}  // namespace precis

#endif  // PRECIS_SRC_WEIGHT_H_
