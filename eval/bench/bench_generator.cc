#include "bench_generator.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "precis/precis.h"

namespace precis::bench {
namespace {

// Share of content words replaced by a synthetic word. With about 40 % of the words
// long enough to be content words, 1 word in 12 is synthetic: sentences stay readable
// and nearly every sentence of a large cluster differs from its source.
constexpr double kPerturbation = 0.2;
// Heaps' law constant of the synthetic pool, K·n^0.5 words after n words written.
// K = 30 gives, with the sources' own words, some 40,000 distinct words per million
// words, the order of magnitude of French newswire.
constexpr double kPoolConstant = 30.0;
constexpr std::size_t kMinPool = 16;
// Share of a document's sentences that follow one source article in order, the rest
// coming from anywhere: articles about one event retell each other.
constexpr double kFollowSource = 0.6;
constexpr std::size_t kMinSentences = 10;
constexpr std::size_t kMaxSentences = 40;
constexpr std::uint64_t kMinBytes = 2500;  // a document's target size is uniform in
constexpr std::uint64_t kMaxBytes = 7500;  // [kMinBytes, kMaxBytes]: 5 KB on average
constexpr std::size_t kMinContentLetters = 5;

// Function words long enough to look like content words; replacing them would make
// the text unlike French to the tokenizer's stopword list.
constexpr std::array<std::string_view, 40> kStopwords = {
    "alors", "après",     "aucun",  "aussi",   "autre",     "autres",   "avait",  "avant",
    "avoir", "avons",     "cette",  "celui",   "comme",     "contre",   "depuis", "donc",
    "elles", "encore",    "entre",  "était",   "étaient",   "étant",    "leurs",  "lorsque",
    "moins", "notamment", "parce",  "pendant", "plusieurs", "pourquoi", "quand",  "quelque",
    "selon", "toujours",  "toutes", "très",    "vers",      "ainsi",    "dont",   "avec"};

// SplitMix64 (Steele, Lea & Flood 2014): a bijective mixer, so that the synthetic word
// of a rank needs no storage.
std::uint64_t Mix(std::uint64_t x) {
  x += 0x9E3779B97F4A7C15ULL;
  x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
  x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
  return x ^ (x >> 31);
}

// Decodes one UTF-8 code point at text[i]; an invalid byte is U+FFFD of length 1.
char32_t Decode(std::string_view text, std::size_t i, std::size_t* length) {
  const auto b = static_cast<unsigned char>(text[i]);
  std::size_t n = b < 0x80           ? 1
                  : (b >> 5) == 0x6  ? 2
                  : (b >> 4) == 0xE  ? 3
                  : (b >> 3) == 0x1E ? 4
                                     : 0;
  if (n == 0 || i + n > text.size()) {
    *length = 1;
    return 0xFFFD;
  }
  char32_t cp = n == 1 ? b : n == 2 ? (b & 0x1F) : n == 3 ? (b & 0x0F) : (b & 0x07);
  for (std::size_t k = 1; k < n; ++k) {
    const auto c = static_cast<unsigned char>(text[i + k]);
    if ((c >> 6) != 0x2) {
      *length = 1;
      return 0xFFFD;
    }
    cp = (cp << 6) | (c & 0x3F);
  }
  *length = n;
  return cp;
}

// Latin letters, the only ones French words use (œ and æ included).
bool IsLetter(char32_t c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
         (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7);
}

bool IsUpper(char32_t c) { return (c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0xDE && c != 0xD7); }

// Calls f(begin, end) for each run of letters of `text`, and g(begin, end) for the
// bytes between them.
template <typename Word, typename Other>
void ForEachWord(std::string_view text, Word word, Other other) {
  std::size_t i = 0;
  while (i < text.size()) {
    const std::size_t start = i;
    std::size_t length = 0;
    const bool letter = IsLetter(Decode(text, i, &length));
    i += length;
    while (i < text.size() && IsLetter(Decode(text, i, &length)) == letter) i += length;
    if (letter) {
      word(start, i);
    } else {
      other(start, i);
    }
  }
}

bool IsStopword(std::string_view word) {
  std::string lower(word);
  for (char& c : lower) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return std::find(kStopwords.begin(), kStopwords.end(), lower) != kStopwords.end();
}

// Syllables of French shape; the onsets are ASCII so that a capital is one byte.
constexpr std::array<std::string_view, 24> kOnsets = {"b", "c",  "ch", "d",  "f", "g",  "gr", "l",
                                                      "m", "n",  "p",  "pr", "r", "s",  "t",  "tr",
                                                      "v", "br", "cl", "pl", "j", "qu", "fr", "vr"};
constexpr std::array<std::string_view, 16> kVowels = {
    "a", "e", "i", "o", "u", "é", "è", "ou", "ai", "au", "eu", "on", "an", "in", "oi", "ie"};
constexpr std::array<std::string_view, 20> kEndings = {
    "",     "e",    "s",    "t",   "ne",   "re",  "ette", "ier", "ois",  "eau",
    "ence", "ment", "tion", "ard", "ille", "ine", "ac",   "el",  "ogne", "aire"};

// The regular files of a folder in name order, hidden ones excepted, as precis reads
// a folder. Read here rather than with precis::ReadInputs to depend on nothing but
// Segment.
std::vector<Document> ReadFolder(const std::string& folder) {
  std::vector<std::filesystem::path> paths;
  for (const auto& entry : std::filesystem::directory_iterator(folder)) {
    if (entry.is_regular_file() && entry.path().filename().string()[0] != '.') {
      paths.push_back(entry.path());
    }
  }
  std::sort(paths.begin(), paths.end());
  std::vector<Document> documents;
  for (const auto& path : paths) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    if (!in) throw std::runtime_error("cannot read " + path.string());
    documents.push_back({path.filename().string(), text.str()});
  }
  return documents;
}

}  // namespace

SourceText LoadSources(const std::vector<std::string>& folders) {
  SourceText source;
  for (const std::string& folder : folders) {
    const std::vector<Document> documents = ReadFolder(folder);
    std::size_t last_document = static_cast<std::size_t>(-1);
    for (const Sentence& s : Segment(documents)) {
      std::string text = s.text;
      for (char& c : text) {
        if (c == '\n' || c == '\r' || c == '\t') c = ' ';
      }
      if (s.headline) {
        source.headlines.push_back(std::move(text));
        continue;
      }
      if (s.document != last_document) {
        last_document = s.document;
        source.first_of.push_back(source.sentences.size());
      }
      source.document_of.push_back(source.first_of.size() - 1);
      source.sentences.push_back(std::move(text));
    }
  }
  if (source.sentences.empty()) {
    throw std::invalid_argument("the source folders hold no sentence");
  }
  return source;
}

void VocabularyCounter::Add(std::string_view text) {
  ForEachWord(
      text,
      [&](std::size_t b, std::size_t e) {
        ++tokens_;
        words_.emplace(text.substr(b, e - b));
      },
      [](std::size_t, std::size_t) {});
}

ClusterGenerator::ClusterGenerator(const SourceText& source, std::uint64_t seed)
    : source_(source), engine_(seed), salt_(Mix(seed ^ 0x5EEDULL)) {}

std::uint64_t ClusterGenerator::Below(std::uint64_t n) {
  // Rejection of the top partial block removes the modulo bias.
  const std::uint64_t limit = std::mt19937_64::max() - std::mt19937_64::max() % n;
  std::uint64_t x;
  do {
    x = engine_();
  } while (x >= limit);
  return x % n;
}

double ClusterGenerator::Unit() { return static_cast<double>(engine_() >> 11) * 0x1.0p-53; }

std::string ClusterGenerator::SyntheticWord(std::uint64_t rank) const {
  std::uint64_t h = Mix(rank ^ salt_);
  std::string word;
  const std::size_t syllables = 2 + h % 2;
  h /= 2;
  for (std::size_t k = 0; k < syllables; ++k) {
    if (h < (1ULL << 20)) h = Mix(h ^ rank);
    // A syllable after the first may start with its vowel.
    if (k == 0 || h % 5 != 0) word += kOnsets[(h / 5) % kOnsets.size()];
    h /= 5 * kOnsets.size();
    word += kVowels[h % kVowels.size()];
    h /= kVowels.size();
  }
  word += kEndings[Mix(h ^ rank) % kEndings.size()];
  return word;
}

std::string ClusterGenerator::Perturb(std::string_view sentence) {
  std::string out;
  out.reserve(sentence.size() + 16);
  ForEachWord(
      sentence,
      [&](std::size_t b, std::size_t e) {
        const std::string_view word = sentence.substr(b, e - b);
        ++words_written_;
        std::size_t letters = 0;
        bool all_upper = true;
        bool first_upper = false;
        for (std::size_t i = 0; i < word.size();) {
          std::size_t length = 0;
          const char32_t c = Decode(word, i, &length);
          if (letters == 0) first_upper = IsUpper(c);
          all_upper = all_upper && IsUpper(c);
          ++letters;
          i += length;
        }
        // The draw happens for every content word, replaced or not, so that the
        // stream of draws does not depend on earlier outcomes.
        if (letters < kMinContentLetters || IsStopword(word) || Unit() >= kPerturbation) {
          out += word;
          return;
        }
        const double pool = std::max<double>(
            kMinPool, kPoolConstant * std::sqrt(static_cast<double>(words_written_)));
        // Zipf's law with exponent 1 as a continuous draw: (pool+1)^u has density
        // proportional to 1/x on [1, pool+1), so rank r comes with probability ~1/r.
        const auto rank = static_cast<std::uint64_t>(std::pow(pool + 1.0, Unit())) - 1;
        std::string synthetic = SyntheticWord(rank);
        // After an elision (l', d', qu'), French wants a vowel: l'Atinanier, not l'Tinanier.
        const std::string_view before = sentence.substr(0, b);
        if (!before.empty() &&
            (before.back() == '\'' ||
             (before.size() >= 3 && before.substr(before.size() - 3) == "\u2019"))) {
          synthetic.insert(0, 1, "aeiou"[Mix(rank ^ 0xE11DULL) % 5]);
        }
        if (all_upper) {
          for (char& c : synthetic) {
            if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
          }
        } else if (first_upper) {
          synthetic[0] = static_cast<char>(synthetic[0] - 'a' + 'A');
        }
        out += synthetic;
      },
      [&](std::size_t b, std::size_t e) { out += sentence.substr(b, e - b); });
  return out;
}

std::string ClusterGenerator::NextDocument() {
  std::string headline;
  if (!source_.headlines.empty()) {
    headline = Perturb(source_.headlines[Below(source_.headlines.size())]);
  } else {
    // No title in the sources: the first words of a sentence, without its punctuation.
    const std::string& s = source_.sentences[Below(source_.sentences.size())];
    std::size_t cut = std::min<std::size_t>(s.size(), 80);
    while (cut < s.size() && cut > 0 && s[cut] != ' ') --cut;
    if (cut == 0) cut = s.size();
    std::string_view head(s.data(), cut);
    while (!head.empty() &&
           std::string_view(" .!?;:,").find(head.back()) != std::string_view::npos) {
      head.remove_suffix(1);
    }
    headline = Perturb(head);
  }
  std::string text = headline + "\n\n";

  const std::size_t follow = Below(source_.first_of.size());
  const std::size_t follow_begin = source_.first_of[follow];
  const std::size_t follow_end = follow + 1 < source_.first_of.size() ? source_.first_of[follow + 1]
                                                                      : source_.sentences.size();
  std::size_t next = follow_begin + Below(follow_end - follow_begin);
  const std::uint64_t target = kMinBytes + Below(kMaxBytes - kMinBytes + 1);
  std::size_t count = 0;
  std::size_t in_paragraph = 0;
  std::size_t paragraph_size = 1 + Below(4);
  while (count < kMinSentences || (text.size() < target && count < kMaxSentences)) {
    std::size_t index;
    if (Unit() < kFollowSource) {
      index = next;
      next = next + 1 < follow_end ? next + 1 : follow_begin;
    } else {
      index = Below(source_.sentences.size());
    }
    if (in_paragraph == paragraph_size) {
      text += "\n\n";
      in_paragraph = 0;
      paragraph_size = 1 + Below(4);
    } else if (in_paragraph > 0) {
      text += ' ';
    }
    text += Perturb(source_.sentences[index]);
    ++in_paragraph;
    ++count;
  }
  text += '\n';
  return text;
}

ClusterStats WriteCluster(const SourceText& source, std::size_t documents, std::uint64_t seed,
                          const std::string& directory, bool count_vocabulary) {
  std::filesystem::create_directories(directory);
  ClusterGenerator generator(source, seed);
  VocabularyCounter vocabulary;
  ClusterStats stats;
  char name[32];
  for (std::size_t i = 0; i < documents; ++i) {
    const std::string text = generator.NextDocument();
    std::snprintf(name, sizeof name, "%06zu.txt", i);
    const std::string path = (std::filesystem::path(directory) / name).string();
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(text.data(), static_cast<std::streamsize>(text.size()));
    out.close();
    if (!out) throw std::runtime_error("cannot write " + path);
    if (count_vocabulary) vocabulary.Add(text);
    stats.bytes += text.size();
    ++stats.documents;
  }
  stats.tokens = vocabulary.tokens();
  stats.distinct_words = vocabulary.distinct();
  return stats;
}

}  // namespace precis::bench
