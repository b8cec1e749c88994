// Stage 3, segment: splits paragraphs into sentences.
#ifndef PRECIS_SRC_SEGMENT_H_
#define PRECIS_SRC_SEGMENT_H_

#include <memory>
#include <string_view>
#include <vector>

#include <unicode/brkiter.h>

#include "clean.h"
#include "language.h"


namespace precis {

struct SentenceSpan {
  TextSpan span;          // trimmed of surrounding white space
  bool headline = false;  // the paragraph has no final punctuation: a title, not prose
};

// ICU's sentence BreakIterator with the locale's abbreviation suppressions ("M. Poutine"
// stays whole in French), corrected for French typography: a closing » ” ) or ] that
// follows a space belongs to the sentence before it.
// Not thread-safe: use one per thread. Construction is costly; reuse it.
class SentenceSegmenter {
 public:
  explicit SentenceSegmenter(const Language& language);
  ~SentenceSegmenter();
  SentenceSegmenter(const SentenceSegmenter&) = delete;
  SentenceSegmenter& operator=(const SentenceSegmenter&) = delete;

  // The sentences of one paragraph `paragraph` of `text`, in order. Linear in its size.
  std::vector<SentenceSpan> Split(std::string_view text, TextSpan paragraph);

 private:
  std::unique_ptr<icu::BreakIterator> breaker_;
};

}  // namespace precis

#endif  // PRECIS_SRC_SEGMENT_H_
