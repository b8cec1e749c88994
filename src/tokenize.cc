#include "tokenize.h"

#include <libstemmer.h>
#include <unicode/casemap.h>
#include <unicode/normalizer2.h>
#include <unicode/ubrk.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstdint>
#include <functional>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

#include "ascii.h"
#include "icu_status.h"
#include "precis/error.h"
#include "text_measure.h"

namespace precis {
namespace {

constexpr std::string_view kNarrowNoBreakSpace = "\u202F";

// Folds `word` into `out`, reusing its capacity. ASCII words (every number,
// many French words) skip ICU.
void FoldCase(std::string_view word, std::string* out) {
  bool ascii = true;
  for (char c : word) ascii = ascii && static_cast<unsigned char>(c) < 0x80;
  if (ascii) {
    out->assign(word);
    LowerAscii(out);
    return;
  }
  // Full folding can grow a word ("ß" -> "ss", "ŉ" -> "ʼn"); a second pass gets
  // the room ICU asks for.
  out->resize(word.size() * 2 + 8);
  for (int attempt = 0; attempt < 2; ++attempt) {
    UErrorCode status = U_ZERO_ERROR;
    const int32_t length = icu::CaseMap::utf8Fold(
        U_FOLD_CASE_DEFAULT, word.data(), static_cast<int32_t>(word.size()),
        out->data(), static_cast<int32_t>(out->size()), /*edits=*/nullptr,
        status);
    if (status == U_BUFFER_OVERFLOW_ERROR && attempt == 0) {
      out->resize(static_cast<std::size_t>(length));
      continue;
    }
    CheckIcu(status, "case folding");
    out->resize(static_cast<std::size_t>(length));
    return;
  }
}

// Removes the soft hyphens (U+00AD) a page puts where a word may break ("coopé&shy;ration"):
// invisible, they would make "coopé\u00ADration" and "coopération" two terms.
void RemoveSoftHyphens(std::string* word) {
  for (std::size_t at = word->find("\u00AD"); at != std::string::npos;
       at = word->find("\u00AD", at)) {
    word->erase(at, 2);
  }
}

// Writes the apostrophes that ICU lets inside a word, ’ (U+2019, French
// typography) and ‘ (U+2018, a common slip for it), as ', in place, so both
// spellings make one term.
void NormalizeApostrophes(std::string* word) {
  if (word->find('\xE2') == std::string::npos) return;
  std::size_t out = 0;
  for (std::size_t in = 0; in < word->size(); ++in) {
    if ((*word)[in] == '\xE2' && in + 2 < word->size() &&
        (*word)[in + 1] == '\x80' &&
        ((*word)[in + 2] == '\x99' || (*word)[in + 2] == '\x98')) {
      (*word)[out++] = '\'';
      in += 2;
    } else {
      (*word)[out++] = (*word)[in];
    }
  }
  word->resize(out);
}

bool IsCapitalAt(std::string_view word, std::size_t at) {
  if (at >= word.size()) return false;
  const auto lead = static_cast<unsigned char>(word[at]);
  if (lead < 0x80) return lead >= 'A' && lead <= 'Z';
  auto i = static_cast<int32_t>(at);
  UChar32 c;
  U8_NEXT(word.data(), i, static_cast<int32_t>(std::min<std::size_t>(word.size(), at + 4)), c);
  return c >= 0 && (u_isupper(c) || u_istitle(c));
}

// Whether `word` as written starts with a capital, past an elision: "l’Élysée" and
// "d'Ukraine" do, "aujourd’hui" does not.
bool StartsWithCapital(std::string_view word) {
  if (IsCapitalAt(word, 0)) return true;
  constexpr std::size_t kLongestElision = 6;  // "jusqu", "lorsqu", "puisqu"
  const std::size_t apostrophe = word.substr(0, kLongestElision + 1).find_first_of("'\xE2");
  if (apostrophe == std::string_view::npos || apostrophe > kLongestElision) return false;
  if (word[apostrophe] == '\'') return IsCapitalAt(word, apostrophe + 1);
  if (word.compare(apostrophe, 3, "\u2019") != 0) return false;
  return IsCapitalAt(word, apostrophe + 3);
}

}  // namespace

std::string FoldAccents(std::string_view term) {
  bool ascii = true;
  for (char c : term) ascii = ascii && static_cast<unsigned char>(c) < 0x80;
  if (ascii) return std::string(term);
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  CheckIcu(status, "Unicode normalizer");
  const icu::UnicodeString decomposed =
      nfd->normalize(icu::UnicodeString::fromUTF8(
                         icu::StringPiece(term.data(), static_cast<int32_t>(term.size()))),
                     status);
  CheckIcu(status, "NFD normalization");
  icu::UnicodeString bare;
  for (int32_t i = 0; i < decomposed.length(); ++i) {
    const char16_t c = decomposed.charAt(i);
    if (c < 0x0300 || c > 0x036F) bare.append(c);
  }
  // Recomposed, so that what had no accent to lose (Hangul, "ł") reads as it came.
  const icu::UnicodeString folded = nfc->normalize(bare, status);
  CheckIcu(status, "NFC normalization");
  std::string out;
  folded.toUTF8String(out);
  return out;
}

Tokenizer::Tokenizer(const Language& language, const TokenizeOptions& options)
    : language_(language), options_(options) {
  UErrorCode status = U_ZERO_ERROR;
  breaker_.reset(icu::BreakIterator::createWordInstance(
      icu::Locale(language_.word_locale.c_str()), status));
  CheckIcu(status, "word break iterator");
  if (breaker_ == nullptr) {
    throw Error(ErrorCode::kInternal, "",
                "ICU word break iterator: not created");
  }
  if (options_.stem) {
    stemmer_ = sb_stemmer_new(language_.stemmer.c_str(), "UTF_8");
    if (stemmer_ == nullptr) {
      throw Error(ErrorCode::kInternal, "",
                  "libstemmer: no UTF-8 stemmer '" + language_.stemmer + "'");
    }
  }
}

Tokenizer::~Tokenizer() {
  if (stemmer_ != nullptr) sb_stemmer_delete(stemmer_);
}

bool Tokenizer::MakeTerm(std::string_view word, bool number) {
  FoldCase(word, &folded_);
  NormalizeApostrophes(&folded_);
  RemoveSoftHyphens(&folded_);
  // One leading elision at most: "qu'aujourd'hui" -> "aujourd'hui", whose own
  // apostrophe is not an elision. A word ending in its apostrophe is left
  // alone.
  const std::size_t apostrophe = folded_.find('\'');
  if (apostrophe != std::string::npos && apostrophe != 0 &&
      apostrophe + 1 < folded_.size()) {
    const std::string_view prefix(folded_.data(), apostrophe);
    for (const std::string& elision : language_.elisions) {
      if (prefix == elision) {
        folded_.erase(0, apostrophe + 1);
        break;
      }
    }
  }
  if (options_.remove_stopwords && language_.stopwords.count(folded_) != 0)
    return false;
  if (stemmer_ == nullptr || number) return true;
  // The stem lives in a buffer the stemmer owns and reuses: copy it out now.
  const sb_symbol* stem = sb_stemmer_stem(
      stemmer_, reinterpret_cast<const sb_symbol*>(folded_.data()),
      static_cast<int>(folded_.size()));
  if (stem == nullptr)
    throw Error(ErrorCode::kInternal, "", "libstemmer: out of memory");
  folded_.assign(reinterpret_cast<const char*>(stem),
                 static_cast<std::size_t>(sb_stemmer_length(stemmer_)));
  return true;
}

namespace {

// `sentence` without each soft hyphen that ends a line and the line break after it
// (LineBreakRunBytes), in `joined`, or `sentence` itself when it holds none: such a
// hyphen marks a word cut at the line end ("gouverne\u00AD\nment", load.h), which ICU
// would read as two words.
std::string_view JoinedAcrossCuts(std::string_view sentence, std::string* joined) {
  constexpr std::string_view kSoftHyphen = "\u00AD";
  std::size_t at = sentence.find(kSoftHyphen);
  while (at != std::string_view::npos &&
         LineBreakRunBytes(sentence, at + kSoftHyphen.size()) == 0) {
    at = sentence.find(kSoftHyphen, at + 1);
  }
  if (at == std::string_view::npos) return sentence;
  joined->clear();
  std::size_t from = 0;
  for (; at != std::string_view::npos; at = sentence.find(kSoftHyphen, at + 1)) {
    const std::size_t run = LineBreakRunBytes(sentence, at + kSoftHyphen.size());
    if (run == 0) continue;
    joined->append(sentence.substr(from, at - from));
    from = at + kSoftHyphen.size() + run;
  }
  joined->append(sentence.substr(from));
  return *joined;
}

}  // namespace

template <typename Emit>
void Tokenizer::ForEachWord(std::string_view sentence, Emit emit) {
  sentence = JoinedAcrossCuts(sentence, &joined_);
  if (sentence.empty()) return;
  if (sentence.size() >
      static_cast<std::size_t>(std::numeric_limits<int32_t>::max())) {
    throw Error(ErrorCode::kInvalidInput, "",
                "sentence too long to tokenize (2 GiB or more)");
  }

  // Most sentences are plain Latin text, where UAX #29 reduces to a few rules that
  // SimpleWords applies without ICU's machinery (the stage takes about 40% less time on
  // the benchmark's clusters); it declines the rest, which ICU reads below.
  if (SimpleWords(sentence, &simple_words_)) {
    for (const SimpleWord& word : simple_words_) {
      emit(sentence.substr(word.begin, word.size),
           word.number ? UBRK_WORD_NUMBER : UBRK_WORD_LETTER);
    }
    return;
  }

  // ICU reads the UTF-8 in place: no UTF-16 copy of the sentence. The iterator
  // keeps its own shallow clone of the UText, so ours can be closed at once.
  UErrorCode status = U_ZERO_ERROR;
  UText text = UTEXT_INITIALIZER;
  utext_openUTF8(&text, sentence.data(), static_cast<int64_t>(sentence.size()),
                 &status);
  CheckIcu(status, "UTF-8 text");
  breaker_->setText(&text, status);
  utext_close(&text);
  CheckIcu(status, "word break iterator");

  int32_t start = breaker_->first();
  for (int32_t end = breaker_->next(); end != icu::BreakIterator::DONE;
       start = end, end = breaker_->next()) {
    // The rule status tells words (numbers, letters, kana, ideographs) from the
    // spaces, punctuation and symbols in between, which all stay below
    // UBRK_WORD_NONE_LIMIT.
    const int32_t kind = breaker_->getRuleStatus();
    if (kind < UBRK_WORD_NONE_LIMIT) continue;

    // UAX #29 makes U+202F, the narrow no-break space of French typography
    // ("«\u202Fmot\u202F»", "6\u202F700"), a word joiner (ExtendNumLet) like
    // "_"; for precis it is a space, so the word is cut there.
    std::string_view word = sentence.substr(
        static_cast<std::size_t>(start), static_cast<std::size_t>(end - start));
    while (!word.empty()) {
      const std::size_t space = word.find(kNarrowNoBreakSpace);
      if (space != 0) emit(word.substr(0, space), kind);
      if (space == std::string_view::npos) break;
      word.remove_prefix(space + kNarrowNoBreakSpace.size());
    }
  }
}

std::vector<std::string> Tokenizer::Terms(std::string_view sentence) {
  std::vector<std::string> terms;
  // About one term per eight bytes of French news: most sentences never
  // reallocate.
  terms.reserve(sentence.size() / 8);
  ForEachWord(sentence, [&](std::string_view word, int32_t kind) {
    // Numbers are not words of the language: a stemmer would only damage them.
    if (MakeTerm(word, kind < UBRK_WORD_NUMBER_LIMIT)) terms.push_back(folded_);
  });
  return terms;
}

int Tokenizer::CachedId(std::string_view word, int32_t rule_status,
                        InternedTerms* out, bool* capitalized) {
  const bool number = rule_status < UBRK_WORD_NUMBER_LIMIT;
  key_.assign(1, number ? 'n' : 'w');
  key_.append(word);
  const std::size_t hash = std::hash<std::string_view>()(key_);
  const std::size_t mask = slots_.size() - 1;
  std::size_t i = hash & mask;
  for (; slots_[i].id != kEmptySlot; i = (i + 1) & mask) {
    const Slot& slot = slots_[i];
    if (slot.hash == hash && slot.key_size == key_.size() &&
        keys_.compare(slot.key_begin, slot.key_size, key_) == 0) {
      *capitalized = slot.capitalized;
      return slot.id;
    }
  }
  const int id = MakeTerm(word, number) ? out->Intern(folded_) : -1;
  *capitalized = StartsWithCapital(word);
  if (cached_ >= kMaxCachedWords ||
      keys_.size() + key_.size() > std::numeric_limits<uint32_t>::max()) {
    return id;
  }
  slots_[i] = {hash, static_cast<uint32_t>(keys_.size()),
               static_cast<uint32_t>(key_.size()), id, *capitalized};
  keys_.append(key_);
  // At most half full, so that probes stay short; grown by rehashing.
  if (++cached_ * 2 > slots_.size()) {
    std::vector<Slot> old(slots_.size() * 2);
    old.swap(slots_);
    const std::size_t grown_mask = slots_.size() - 1;
    for (const Slot& slot : old) {
      if (slot.id == kEmptySlot) continue;
      std::size_t j = slot.hash & grown_mask;
      while (slots_[j].id != kEmptySlot) j = (j + 1) & grown_mask;
      slots_[j] = slot;
    }
  }
  return id;
}

void Tokenizer::Intern(std::string_view sentence, InternedTerms* out) {
  // The cached ids are ids of the InternedTerms this tokenizer last filled, as it
  // left it: another one, or that one changed by someone else, starts afresh.
  const OwnerState state{out, out->ids.size(), out->row_begin.size(),
                         out->vocabulary.size()};
  if (slots_.empty() || !(state == owner_)) {
    slots_.assign(1024, Slot());
    keys_.clear();
    cached_ = 0;
  }
  // Every sentence capitalizes its first word: only the words after it tell names.
  bool first_word = true;
  ForEachWord(sentence, [&](std::string_view word, int32_t kind) {
    bool capitalized = false;
    const int id = CachedId(word, kind, out, &capitalized);
    if (id >= 0) {
      out->ids.push_back(id);
      if (!first_word) out->CountCase(id, capitalized);
    }
    first_word = false;
  });
  out->EndSentence();
  owner_ = {out, out->ids.size(), out->row_begin.size(), out->vocabulary.size()};
}

}  // namespace precis
