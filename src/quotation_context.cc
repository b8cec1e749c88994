#include "quotation_context.h"

#include <cstddef>
#include <string_view>
#include <vector>

namespace precis {
namespace {

// UTF-8 never starts a code point inside another, so the marks can be found as bytes.
constexpr std::string_view kOpening[] = {"\u00AB", "\u201C"};  // « “
constexpr std::string_view kClosing[] = {"\u00BB", "\u201D"};  // » ”

bool HasMarkAt(std::string_view text, std::size_t at, const std::string_view (&marks)[2]) {
  for (const std::string_view mark : marks) {
    if (text.compare(at, mark.size(), mark) == 0) return true;
  }
  return false;
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
      if (HasMarkAt(sentence, i, kOpening)) {
        ++depth;
      } else if (HasMarkAt(sentence, i, kClosing)) {
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
