// Options for every stage of the pipeline, with their defaults. The defaults here are the
// only copy: the command-line program reads them back from these structs.
//
//   precis::Options options;
//   options.select.words = 150;
//   options.language = "en";
//   options.Validate();   // throws precis::Error(kInvalidOptions) on a bad value
#ifndef PRECIS_OPTIONS_H_
#define PRECIS_OPTIONS_H_

#include <cstddef>
#include <functional>
#include <string>

namespace precis {

// Load: how a document's bytes become text.
struct LoadOptions {
  // The encoding of every document, as ICU names it ("windows-1252", "ISO-8859-15",
  // "UTF-16LE"...). Empty: detect it per document (UTF-8, UTF-32 or UTF-16 by byte order
  // mark or NUL layout, else ICU's charset detector), and skip binary files with a
  // warning. The detector is asked only when 8 or more byte sequences are not UTF-8 and
  // they outnumber the UTF-8 ones. Fewer, in a text with no valid multi-byte sequence,
  // each a Windows-1252 letter or sign (é, ’, «), are read as Windows-1252 with a
  // warning ("read as windows-1252 (assumed)"); otherwise they are taken for damage and
  // replaced by U+FFFD, with a warning. A short ISO-8859-15 or other snippet needs its
  // encoding given here.
  std::string encoding;
  // Read a document that is an HTML page (it opens with a doctype, <html>, <p>...) or
  // Markdown ("# Titre", "**gras**", "[lien](url)"...) as the text a reader sees: its
  // blocks as paragraphs, without markup, scripts, navigation, images or captions.
  // False: every document is plain text, markup and all. A DOCX, ODT, DOC, RTF or PDF
  // file is read as its body's paragraphs either way: its control words or bytes are not
  // the text.
  bool markup = true;
};

// Clean: removal of scraped-page boilerplate (ads, captions, comment forms, credits).
struct CleanOptions {
  // Keep every non-empty line of the input; no cleaning rule runs.
  bool keep_boilerplate = false;
};

// Tokenize: how sentences become the terms that similarity is computed on.
struct TokenizeOptions {
  bool stem = true;               // Snowball stemming for the language
  bool remove_stopwords = true;   // drop the language's function words
  // A term written with a capital at least half the times it occurs after a sentence's
  // first word is a name (Pyongyang, Kim, Sihanouk), and its idf is multiplied by
  // 1 + name_weight: the people and places of the event are what its summaries name.
  // 0 weighs names as other words. 0.1 was chosen on the development sets, where 0.05
  // to 0.15 all beat 0 (eval/README.md, "Tuning").
  double name_weight = 0.1;
};

enum class Similarity {
  kCosine,   // cosine of TF-IDF vectors (LexRank, Erkan & Radev 2004)
  kOverlap,  // shared terms / (log|Si| + log|Sj|) (TextRank, Mihalcea & Tarau 2004)
};

// "cosine" or "overlap", the names every interface (command line, batch JSON, Python)
// uses. ParseSimilarity throws Error(kInvalidOptions) naming "similarity" for any other.
const char* SimilarityName(Similarity similarity);
Similarity ParseSimilarity(const std::string& name);

// Graph: the sentence similarity graph that ranking runs on.
struct GraphOptions {
  Similarity similarity = Similarity::kCosine;
  // Edges weaker than this are dropped: they carry little signal and most of the cost.
  double min_similarity = 0.05;
  // Above this much work (the (sentence, sentence, shared term) triples the explicit
  // cosine graph costs, about 12 bytes of memory each at worst), ranking runs on the
  // implicit, unpruned cosine graph instead: linear in the term matrix rather than
  // quadratic in the sentences (see src/graph.h and README, "Scaling"). The default
  // keeps clusters of up to about a hundred articles on the explicit graph (the
  // development clusters cost at most 70,000), while the explicit graph is still cheap
  // next to the text work: at 20 million, 500 articles spent 0.55 s of 0.77 on it.
  std::size_t max_explicit_work = 2'000'000;
  // TextRank's overlap has no implicit form (its norm is per pair): past this much
  // work, about 1 GB of graph (200 synthetic articles cost 16 million, 0.5 GB; 1,600
  // were killed at 24 GB), summarizing with kOverlap throws Error(kInvalidInput).
  std::size_t max_overlap_work = 32'000'000;
};

// Rank: PageRank over the similarity graph, by power iteration.
struct RankOptions {
  double damping = 0.85;        // Brin & Page 1998; the value TextRank uses
  // News puts its facts first (the inverted pyramid), so the random surfer jumps back to
  // a sentence with a weight that decays with its position in its article:
  // exp(-position / position_decay) + 0.001 (personalized PageRank, Haveliwala 2002).
  // 0 jumps uniformly, as plain TextRank and LexRank do. 2 was chosen on the development
  // sets, where any value from 1 to 4 beats uniform (eval/README.md, "Tuning").
  double position_decay = 2.0;
  // Stop when the L1 change of the scores falls below this. 1e-6 chooses the same
  // sentences as 1e-8 on the 41 development clusters and the generated benchmark up to
  // 100,000 articles (one DUC cluster takes the other copy of a sentence two articles
  // share), and needs 17 iterations at 100,000 articles where 1e-8 needed 42.
  double tolerance = 1e-6;
  int max_iterations = 200;     // hard cap, whether or not the tolerance was reached
};

// Select: which ranked sentences make the summary, within the budget.
// Budgets never cut a sentence; a budget of 0 means "no limit of this kind", and when
// several are set, all of them hold.
struct SelectOptions {
  std::size_t words = 100;      // whitespace-separated words in the summary
  std::size_t sentences = 0;    // sentences in the summary
  std::size_t chars = 0;        // code points of the summary in NFC (an "é" is one, however
                                // written), line breaks excluded
  // Maximal Marginal Relevance (Carbonell & Goldstein 1998): a candidate scores
  // lambda * rank - (1 - lambda) * (its highest similarity to a chosen sentence).
  // 1 ignores redundancy; lower values favour novelty over centrality. 0.6 was chosen
  // with centroid_weight = 0.2 on the development sets (eval/README.md, "Tuning").
  double lambda = 0.6;
  // The relevance MMR weighs mixes the rank score with the sentence's cosine to the
  // cluster's centroid (MEAD, Radev et al. 2004), each divided by its maximum:
  //   (1 - centroid_weight) * rank + centroid_weight * centroid.
  // PageRank with the position prior favours well-connected lead sentences; the
  // centroid adds what the cluster as a whole says most. 0: rank alone.
  double centroid_weight = 0.2;
  // A sentence whose relevance (as above, a share of the best) is below this is never
  // chosen, even when the budget has room for it: what fills the last few words is
  // otherwise whatever short sentence fits, however little the ranking thinks of it
  // (in the sample cluster, the machine-translation fragment "Un prêt à un pays déchiré
  // par la guerre."). 0: any sentence may fill the budget.
  double min_relevance = 0.15;
  // Two sentences at least this similar (cosine of TF-IDF) are near duplicates, and
  // never both chosen, whatever lambda says. So are two with 0.8 of their terms in common
  // (or this, if higher), weights aside: idf makes the words every article shares cheap,
  // and copies that differ by one name fall under any cosine threshold in a large cluster.
  double duplicate_threshold = 0.5;
  // Sentences shorter or longer than this (in words) cannot stand alone in a summary.
  std::size_t min_words = 6;
  std::size_t max_words = 70;
  // Headlines and titles (lines without final punctuation) may be chosen.
  bool include_headlines = false;
};

// Order: how the chosen sentences are read (src/order.h).
struct OrderOptions {
  // Each source's sentences in turn, in the order the documents were given, rather than
  // the order the sources tell the story in: for a reader who wants each outlet's account
  // whole, or a program that expects the order precis printed at first.
  bool by_source = false;
};

// Options::language for "read the documents in the language most of them are written in".
inline constexpr char kAutoLanguage[] = "auto";

struct Options {
  // "fr", "en", or "auto": the language most of the documents are written in, by their
  // function words (French when nothing tells), which Summary::language then names.
  std::string language = "fr";
  // Worker threads for the stages that split by document; 0 uses every core. At most 4
  // per core (64 at least), and as many as the system lets start, the calling thread
  // doing the rest. The summary is the same whatever the number.
  std::size_t threads = 0;
  LoadOptions load;
  CleanOptions clean;
  TokenizeOptions tokenize;
  GraphOptions graph;
  RankOptions rank;
  SelectOptions select;
  OrderOptions order;
  // Asked on the calling thread as each stage of a Summarize, Explain or Segment call
  // ends (load, clean, segment, tokenize, weight, graph, rank, select, order), and every
  // tenth of a second within load, clean, segment, tokenize and select, between the
  // documents or sentences the calling thread works on: once it returns true, the call
  // throws Error(ErrorCode::kCancelled) there. For a caller that gives up a long call (a
  // user's Ctrl-C, a deadline): the call ends within a tenth of a second and a document's
  // time in those stages, within the stage's time in the others (weight, graph, rank,
  // order: under a second for 100,000 sentences). Empty: never asked. Not an option of
  // the command line or of a batch line.
  std::function<bool()> cancelled;

  // Throws precis::Error(ErrorCode::kInvalidOptions) naming the first bad option.
  void Validate() const;
};

}  // namespace precis

#endif  // PRECIS_OPTIONS_H_
