// Stage 9c, write: what became of every sentence (precis explain), as text or JSON.
#include <charconv>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "precis/error.h"
#include "precis/summarizer.h"
#include "precis/version.h"

namespace precis {
namespace {

// A field of a tab-separated line: the sentence's own line breaks and tabs would start a
// new record or a new column.
std::string Field(const std::string& text) {
  std::string field;
  field.reserve(text.size());
  for (const char c : text) {
    if (c == '\n' || c == '\r' || c == '\t') {
      if (!field.empty() && field.back() != ' ') field += ' ';
    } else {
      field += c;
    }
  }
  return field;
}

std::string RenderExplanationText(const Explanation& explanation) {
  std::string out = "sentence\tscore\tverdict\treason\ttext\n";
  for (const ExplainedSentence& s : explanation.sentences) {
    // Scores as %.6g would print them, without the locale's say.
    char score[32];
    const auto end = std::to_chars(score, score + sizeof score, s.score,
                                   std::chars_format::general, 6);
    out += std::to_string(s.document) + ':' + std::to_string(s.position) + '\t' +
           std::string(score, end.ptr) + '\t' + VerdictName(s.verdict) + '\t' +
           Field(s.reason) + '\t' + Field(s.text) + '\n';
  }
  return out;
}

}  // namespace

const char* VerdictName(Verdict verdict) {
  switch (verdict) {
    case Verdict::kChosen: return "chosen";
    case Verdict::kHeadline: return "headline";
    case Verdict::kCannotStandAlone: return "cannot-stand-alone";
    case Verdict::kTooShort: return "too-short";
    case Verdict::kTooLong: return "too-long";
    case Verdict::kUnrelated: return "unrelated";
    case Verdict::kNearDuplicate: return "near-duplicate";
    case Verdict::kNoRoom: return "no-room";
  }
  return "unknown";
}

std::string RenderExplanation(const Explanation& explanation, OutputFormat format,
                              const Options& options) {
  const std::vector<std::string>& names = explanation.summary.document_names;
  for (const ExplainedSentence& s : explanation.sentences) {
    if (s.document >= names.size()) {
      throw Error(ErrorCode::kInvalidInput, "",
                  "a sentence names document " + std::to_string(s.document) + " of " +
                      std::to_string(names.size()));
    }
  }
  switch (format) {
    case OutputFormat::kText:
      return RenderExplanationText(explanation);
    case OutputFormat::kJson:
      break;
    case OutputFormat::kHtml:
      return RenderHtml(explanation, options);
    case OutputFormat::kMarkdown:
      throw Error(ErrorCode::kInvalidOptions, "",
                  "an explanation is written as text, json or html; markdown is a form of a "
                  "summary");
  }
  nlohmann::ordered_json list = nlohmann::ordered_json::array();
  for (const ExplainedSentence& s : explanation.sentences) {
    list.push_back({
        {"text", s.text},
        {"source", names[s.document]},
        {"document", s.document},
        {"sentence", s.position},
        {"paragraph", s.paragraph},
        {"headline", s.headline},
        {"score", s.score},
        {"verdict", VerdictName(s.verdict)},
        {"reason", s.reason},
    });
  }
  const nlohmann::ordered_json root = {
      {"precis", kVersion},
      {"documents", names},
      {"language", explanation.summary.language},
      {"warnings", explanation.summary.warnings},
      {"sentences", list},
  };
  return root.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + '\n';
}

}  // namespace precis
