#include "quotation_context.h"

#include <cstddef>
#include <string_view>
#include <vector>

namespace precis {
namespace {

// +1 for « or “ at text[at], -1 for » or ”, 0 otherwise. UTF-8 never starts a code point
// inside another, so the marks can be matched as bytes; most bytes are ASCII and fail the
// first test.
int MarkAt(std::string_view text, std::size_t at) {
  const auto byte = [&](std::size_t i) {
    return at + i < text.size() ? static_cast<unsigned char>(text[at + i]) : 0;
  };
  if (byte(0) == 0xC2) {
    if (byte(1) == 0xAB) return 1;   // «
    if (byte(1) == 0xBB) return -1;  // »
  } else if (byte(0) == 0xE2 && byte(1) == 0x80) {
    if (byte(2) == 0x9C) return 1;   // “
    if (byte(2) == 0x9D) return -1;  // ”
  }
  return 0;
}

// Marks the sentences that start and end with a straight " open.
void MarkStraight(const std::vector<std::string_view>& sentences, std::vector<bool>* inside) {
  std::vector<bool> odd;
  odd.reserve(sentences.size());
  bool total_odd = false;
  for (const std::string_view sentence : sentences) {
    std::size_t count = 0;
    for (const char c : sentence) count += c == '"';
    odd.push_back(count % 2 != 0);
    total_odd ^= odd.back();
  }
  if (total_odd) return;
  bool open = false;
  for (std::size_t k = 0; k < sentences.size(); ++k) {
    const bool open_at_start = open;
    open ^= odd[k];
    if (open_at_start && open) (*inside)[k] = true;
  }
}

// Marks the sentences that start and end inside « » or “ ”.
void MarkDirectional(const std::vector<std::string_view>& sentences,
                     std::vector<bool>* inside) {
  std::vector<bool> marked(sentences.size(), false);
  std::size_t depth = 0;
  for (std::size_t k = 0; k < sentences.size(); ++k) {
    const std::string_view sentence = sentences[k];
    const bool open_at_start = depth > 0;
    for (std::size_t i = 0; i < sentence.size(); ++i) {
      const int mark = MarkAt(sentence, i);
      if (mark > 0) {
        ++depth;
      } else if (mark < 0) {
        if (depth == 0) return;  // a mark that closes nothing: none can be trusted
        --depth;
      }
    }
    marked[k] = open_at_start && depth > 0;
  }
  if (depth != 0) return;
  for (std::size_t k = 0; k < sentences.size(); ++k) {
    if (marked[k]) (*inside)[k] = true;
  }
}

}  // namespace

std::vector<bool> InsideQuotations(const std::vector<std::string_view>& sentences) {
  std::vector<bool> inside(sentences.size(), false);
  MarkStraight(sentences, &inside);
  MarkDirectional(sentences, &inside);
  return inside;
}

}  // namespace precis
