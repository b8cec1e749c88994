#include "unicode_tokenizer.h"

#include <libstemmer.h>
#include <unicode/brkiter.h>
#include <unicode/bytestream.h>
#include <unicode/casemap.h>
#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>

#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "icu_status.h"
#include "language.h"
#include "precis/error.h"

namespace precis::eval {
namespace {

bool IsAscii(std::string_view text) {
  for (char c : text) {
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  }
  return true;
}

bool IsAsciiAlnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// Copies `text` to `out` with every ill-formed UTF-8 sequence replaced by U+FFFD, which
// is a symbol and so never part of a token. Returns false, leaving `out` alone, when the
// text is well-formed, so that the common case copies nothing.
bool ReplaceIllFormedUtf8(std::string_view text, std::string* out) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  const auto length = static_cast<int32_t>(text.size());
  int32_t i = 0;
  bool well_formed = true;
  while (i < length && well_formed) {
    UChar32 c;
    U8_NEXT(bytes, i, length, c);
    well_formed = c >= 0;
  }
  if (well_formed) return false;
  out->clear();
  for (i = 0; i < length;) {
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(bytes, i, length, c);
    if (c < 0) {
      out->append("\uFFFD");
    } else {
      out->append(text.data() + start, static_cast<std::size_t>(i - start));
    }
  }
  return true;
}

enum class CharClass { kLetter, kDigit, kMark, kIgnorable, kOther };

// Letters (L*) and decimal digits (Nd) are what u_isalnum accepts; marks (M*) stay with
// the letter they modify. Default-ignorable code points (soft hyphen, ZWJ, ZWNJ,
// variation selectors, BOM) are invisible in rendered text, so they neither split a word
// nor appear in its token: "présiden\u00ADtielle" is "présidentielle".
CharClass Classify(UChar32 c) {
  if (c < 0x80) {  // most of a French line; no ASCII character is ignorable or a mark
    if (c >= '0' && c <= '9') return CharClass::kDigit;
    return IsAsciiAlnum(static_cast<char>(c)) ? CharClass::kLetter : CharClass::kOther;
  }
  if (u_hasBinaryProperty(c, UCHAR_DEFAULT_IGNORABLE_CODE_POINT)) return CharClass::kIgnorable;
  const uint32_t category = U_MASK(u_charType(c));
  if ((category & U_GC_L_MASK) != 0) return CharClass::kLetter;
  if ((category & U_GC_ND_MASK) != 0) return CharClass::kDigit;
  if ((category & U_GC_M_MASK) != 0) return CharClass::kMark;
  return CharClass::kOther;
}

}  // namespace

struct UnicodeTokenizer::State {
  explicit State(const UnicodeTokenizerOptions& tokenizer_options)
      : options(tokenizer_options), language(GetLanguage(tokenizer_options.language)) {
    UErrorCode status = U_ZERO_ERROR;
    nfc = icu::Normalizer2::getNFCInstance(status);
    CheckIcu(status, "NFC normalizer");
    nfd = icu::Normalizer2::getNFDInstance(status);
    CheckIcu(status, "NFD normalizer");
    breaker.reset(
        icu::BreakIterator::createWordInstance(icu::Locale(language.word_locale.c_str()), status));
    CheckIcu(status, "word break iterator");
    if (breaker == nullptr) {
      throw Error(ErrorCode::kInternal, "", "ICU word break iterator: not created");
    }
    if (options.stem) {
      stemmer = sb_stemmer_new(language.stemmer.c_str(), "UTF_8");
      if (stemmer == nullptr) {
        throw Error(ErrorCode::kInternal, "",
                    "libstemmer: no UTF-8 stemmer '" + language.stemmer + "'");
      }
    }
  }
  ~State() {
    if (stemmer != nullptr) sb_stemmer_delete(stemmer);
  }
  State(const State&) = delete;
  State& operator=(const State&) = delete;

  void TokenizeLine(std::string_view line, TokenizedText* out);
  void TokenizeAsciiLine(std::string_view line);
  void TokenizeUnicodeLine(std::string_view line);
  // Case-folds and normalizes `line` into `folded` (NFC after folding too: folding
  // NFC text can, rarely, unnormalize it, e.g. with Greek iota subscript).
  void FoldLine(std::string_view line);
  // Ends the current run: `token` becomes a token of `sentence` unless it is empty or a
  // stopword. `has_letter` tells a word from a number, which is never stemmed.
  void EmitToken(bool has_letter);
  void FoldAccents();

  const UnicodeTokenizerOptions options;
  const Language& language;
  // Owned by ICU; shared, immutable singletons.
  const icu::Normalizer2* nfc = nullptr;
  const icu::Normalizer2* nfd = nullptr;
  // Reused (setText) rather than rebuilt per call: creating one loads the rules.
  std::unique_ptr<icu::BreakIterator> breaker;
  sb_stemmer* stemmer = nullptr;  // null when stemming is off

  // Scratch buffers kept across lines and calls, so that tokenizing allocates little
  // more than the returned tokens (the oracle tokenizes every source sentence).
  std::vector<std::string> sentence;
  std::string token;
  std::string clean;  // the line with ill-formed UTF-8 replaced
  std::string nfc_buffer;
  std::string folded;
  std::string scratch;
  // Word -> stem. Snowball spends thousands of instructions on a French word, a lookup a
  // few hundred, and news repeats its words: with the cache, stemming adds a tenth to the
  // time of a run instead of doubling it. Stemming is a pure function, so the cache
  // changes no result; clearing it when full bounds its memory.
  static constexpr std::size_t kStemCacheSize = 1 << 16;
  std::unordered_map<std::string, std::string> stems;
};

void UnicodeTokenizer::State::TokenizeLine(std::string_view line, TokenizedText* out) {
  if (line.size() > static_cast<std::size_t>(std::numeric_limits<int32_t>::max())) {
    throw Error(ErrorCode::kInvalidInput, "", "line too long to tokenize (2 GiB or more)");
  }
  sentence.clear();
  if (IsAscii(line)) {
    TokenizeAsciiLine(line);
  } else {
    TokenizeUnicodeLine(line);
  }
  // A line without tokens (blank, or punctuation only) is no sentence: it could only
  // add an empty sentence, which no ROUGE measure counts.
  if (!sentence.empty()) {
    out->push_back(std::move(sentence));
    sentence = std::vector<std::string>();
  }
}

// Pure-ASCII lines (nearly all of DUC's English, some French ones) skip ICU. The
// result is the one the general path gives: ASCII text is NFC, folds by lowercasing,
// and UAX #29 never breaks between two ASCII letters or digits (rules WB5, WB8-WB10),
// so word boundaries only ever fall where a run of [A-Za-z0-9] ends anyway.
void UnicodeTokenizer::State::TokenizeAsciiLine(std::string_view line) {
  token.clear();
  bool has_letter = false;
  for (char c : line) {
    if (IsAsciiAlnum(c)) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
      has_letter = has_letter || c > '9';
      token.push_back(c);
    } else if (!token.empty()) {
      EmitToken(has_letter);
      has_letter = false;
    }
  }
  if (!token.empty()) EmitToken(has_letter);
}

void UnicodeTokenizer::State::FoldLine(std::string_view line) {
  UErrorCode status = U_ZERO_ERROR;
  if (!nfc->isNormalizedUTF8(line, status)) {
    CheckIcu(status, "NFC check");
    nfc_buffer.clear();
    icu::StringByteSink<std::string> sink(&nfc_buffer);
    nfc->normalizeUTF8(0, line, sink, nullptr, status);
    CheckIcu(status, "NFC normalization");
    line = nfc_buffer;
  }
  CheckIcu(status, "NFC check");
  folded.clear();
  {
    icu::StringByteSink<std::string> sink(&folded);
    icu::CaseMap::utf8Fold(U_FOLD_CASE_DEFAULT, line, sink, nullptr, status);
    CheckIcu(status, "case folding");
  }
  if (!nfc->isNormalizedUTF8(folded, status)) {
    CheckIcu(status, "NFC check");
    scratch.clear();
    icu::StringByteSink<std::string> sink(&scratch);
    nfc->normalizeUTF8(0, folded, sink, nullptr, status);
    CheckIcu(status, "NFC normalization");
    folded.swap(scratch);
  }
  CheckIcu(status, "NFC check");
}

void UnicodeTokenizer::State::TokenizeUnicodeLine(std::string_view line) {
  if (ReplaceIllFormedUtf8(line, &clean)) line = clean;
  FoldLine(line);

  // ICU reads the UTF-8 in place; the iterator keeps a shallow clone of the UText.
  UErrorCode status = U_ZERO_ERROR;
  UText text = UTEXT_INITIALIZER;
  utext_openUTF8(&text, folded.data(), static_cast<int64_t>(folded.size()), &status);
  CheckIcu(status, "UTF-8 text");
  breaker->setText(&text, status);
  utext_close(&text);
  CheckIcu(status, "word break iterator");

  // Word boundaries first (they split scripts written without spaces, Thai or
  // Chinese, into words), then each segment into maximal runs of letters and digits:
  // UAX #29 keeps "l’ukraine", "6.700", "3,5" and words joined by U+202F (ExtendNumLet)
  // whole, and ROUGE counts their parts.
  const auto* bytes = reinterpret_cast<const uint8_t*>(folded.data());
  int32_t start = breaker->first();
  for (int32_t end = breaker->next(); end != icu::BreakIterator::DONE;
       start = end, end = breaker->next()) {
    token.clear();
    bool has_letter = false;
    bool marks_attach = false;  // a mark joins a run only after a letter (or its marks)
    for (int32_t i = start; i < end;) {
      const int32_t char_start = i;
      UChar32 c;
      U8_NEXT(bytes, i, end, c);
      const CharClass kind = Classify(c);
      const auto append = [&] {
        token.append(folded, static_cast<std::size_t>(char_start),
                     static_cast<std::size_t>(i - char_start));
      };
      switch (kind) {
        case CharClass::kIgnorable:
          break;
        case CharClass::kLetter:
          append();
          has_letter = true;
          marks_attach = true;
          break;
        case CharClass::kDigit:
          append();
          marks_attach = false;
          break;
        case CharClass::kMark:
          if (!token.empty() && marks_attach) {
            append();
            break;
          }
          [[fallthrough]];
        case CharClass::kOther:
          if (!token.empty()) EmitToken(has_letter);
          token.clear();
          has_letter = false;
          marks_attach = false;
          break;
      }
    }
    if (!token.empty()) EmitToken(has_letter);
  }
}

void UnicodeTokenizer::State::EmitToken(bool has_letter) {
  // Stopwords are matched before stemming and accent folding, as the lists hold
  // case-folded words with their accents ("à", "été", "déjà").
  if (options.remove_stopwords && language.stopwords.count(token) != 0) {
    token.clear();
    return;
  }
  if (stemmer != nullptr && has_letter) {
    const auto cached = stems.find(token);
    if (cached != stems.end()) {
      token = cached->second;
    } else {
      const sb_symbol* stem =
          sb_stemmer_stem(stemmer, reinterpret_cast<const sb_symbol*>(token.data()),
                          static_cast<int>(token.size()));
      if (stem == nullptr) throw Error(ErrorCode::kInternal, "", "libstemmer: out of memory");
      if (stems.size() >= kStemCacheSize) stems.clear();
      auto& entry = stems[token];
      entry.assign(reinterpret_cast<const char*>(stem),
                   static_cast<std::size_t>(sb_stemmer_length(stemmer)));
      token = entry;
    }
  }
  // Accents go after stemming: Snowball's French rules read them ("-ité", "-ée").
  if (options.fold_accents && !IsAscii(token)) FoldAccents();
  if (!token.empty()) sentence.push_back(token);
  token.clear();
}

// NFD, then every nonspacing mark (Mn) dropped, then NFC: "é" -> "e", "ç" -> "c",
// "ï" -> "i". Letters with no canonical decomposition keep their identity: "œ", "æ",
// "ø", "ł" are letters of their own, not accented ones, so "cœur" stays apart from
// "coeur". Spacing marks (Mc, vowel signs of Indic scripts) are kept.
void UnicodeTokenizer::State::FoldAccents() {
  UErrorCode status = U_ZERO_ERROR;
  scratch.clear();
  {
    icu::StringByteSink<std::string> sink(&scratch);
    nfd->normalizeUTF8(0, token, sink, nullptr, status);
    CheckIcu(status, "NFD normalization");
  }
  const auto* bytes = reinterpret_cast<const uint8_t*>(scratch.data());
  const auto length = static_cast<int32_t>(scratch.size());
  token.clear();
  for (int32_t i = 0; i < length;) {
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(bytes, i, length, c);
    if (u_charType(c) != U_NON_SPACING_MARK) {
      token.append(scratch, static_cast<std::size_t>(start), static_cast<std::size_t>(i - start));
    }
  }
  if (!nfc->isNormalizedUTF8(token, status)) {
    CheckIcu(status, "NFC check");
    scratch.clear();
    icu::StringByteSink<std::string> sink(&scratch);
    nfc->normalizeUTF8(0, token, sink, nullptr, status);
    CheckIcu(status, "NFC normalization");
    token.swap(scratch);
  }
  CheckIcu(status, "NFC check");
}

UnicodeTokenizer::UnicodeTokenizer(const UnicodeTokenizerOptions& options)
    : state_(std::make_unique<State>(options)) {}

UnicodeTokenizer::~UnicodeTokenizer() = default;

TokenizedText UnicodeTokenizer::Tokenize(std::string_view text) {
  TokenizedText sentences;
  while (!text.empty()) {
    const std::size_t end = text.find('\n');
    state_->TokenizeLine(text.substr(0, end), &sentences);
    if (end == std::string_view::npos) break;
    text.remove_prefix(end + 1);
  }
  return sentences;
}

}  // namespace precis::eval
