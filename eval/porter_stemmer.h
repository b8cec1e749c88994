// The stemmer of ROUGE-1.5.5's -m option: WordNet 2.0 exceptions first, then the Porter
// stemmer, exactly as the Perl script (ROUGE-1.5.5, Lin 2004) applies them, so that stemmed
// scores reproduce published figures.
//
//   PorterStem("relational");      // "relat"
//   Rouge155Stem("went");          // "go" (verb.exc)
//   Rouge155Stem("ponies");        // "poni"
//
// All functions are thread-safe: the exception table is built once, on first use.
#ifndef PRECIS_EVAL_PORTER_STEMMER_H_
#define PRECIS_EVAL_PORTER_STEMMER_H_

#include <string>
#include <string_view>

namespace precis::eval {

// Porter (1980), "An algorithm for suffix stripping", in the variant ROUGE-1.5.5 embeds
// (Martin Porter's Perl "Release 1", with Chin-Yew Lin's 2004 change to step 4). `word` is
// lowercase ASCII; other bytes count as consonants. Words shorter than 3 bytes are returned
// unchanged. It departs from the 1980 paper as Porter's own implementations do (step 2
// maps "-bli" to "-ble" and "-logi" to "-log", not "-abli" to "-able"), and from those in
// step 4, which runs three passes, each on the result of the previous one and each only
// when m > 1 holds for what remains: the longest of the paper's suffixes other than
// "-ment", "-ent" and "-ion"; then "-ment"; then "-ent", or else "-ion" after s or t. A word can so
// lose two suffixes: "agreement" -> "agreem" and "settlement" -> "settlem", where Porter's C
// version gives "agreement" and "settlement". Linear in the length of the word.
std::string PorterStem(std::string_view word);

// The WordNet 2.0 base form of `word` (lowercase) when the exception lists that ROUGE-1.5.5
// compiles into WordNet-2.0.exc.db have it ("went" -> "go", "children" -> "child"), else
// an empty view. Where a word is listed twice the later entry wins, reading adj, adv, noun,
// verb in that order (ROUGE's database builder reads the lists in directory order and
// overwrites), and a line with several base forms gives its first.
std::string_view WordNetException(std::string_view word);

// ROUGE-1.5.5's stemming of one token under -m: tokens of 3 bytes or fewer are kept as they
// are; longer ones take their WordNet exception if there is one, else their Porter stem.
std::string Rouge155Stem(std::string_view token);

}  // namespace precis::eval

#endif  // PRECIS_EVAL_PORTER_STEMMER_H_
