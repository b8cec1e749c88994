// Stage 9c, write: what became of every sentence (precis explain), as text or JSON.
#include <charconv>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "one_line.h"
#include "precis/error.h"
#include "precis/summarizer.h"
#include "precis/version.h"
#include "render_json.h"

namespace precis {
namespace {

// Whether `removed` stood before sentence `s`: an earlier document, or before its position.
bool StoodBefore(const RemovedText& removed, const Sentence& s) {
  return removed.document < s.document ||
         (removed.document == s.document && removed.before <= s.position);
}

// A field of the table: on one line, tabs as spaces (OneLine), and quoted as CSV quotes
// when it opens with a double quote ("\"Nous avons signé...\", a-t-il dit."), which a
// quote-aware reader (Python's csv excel-tab, pandas) would otherwise take for the start
// of a quoted field running over the next rows. Other fields are as written.
std::string Field(std::string_view text) {
  std::string line = OneLine(text, true);
  if (line.empty() || line.front() != '"') return line;
  std::string quoted = "\"";
  for (const char c : line) {
    if (c == '"') quoted += '"';
    quoted += c;
  }
  return quoted + '"';
}

// A row per sentence, and one per piece of text cleaning dropped where it stood, so that
// a line the user looks for is found either way. A dropped piece has no position and no
// score: "document:-" and an empty score.
std::string RenderExplanationText(const Explanation& explanation) {
  std::string out = "sentence\tscore\tverdict\treason\ttext\n";
  std::size_t next_removed = 0;
  const auto removed_rows_before = [&](const Sentence* s) {
    for (; next_removed < explanation.removed.size(); ++next_removed) {
      const RemovedText& r = explanation.removed[next_removed];
      if (s != nullptr && !StoodBefore(r, *s)) break;
      out += std::to_string(r.document) + ":-\t\tremoved\t" + Field(r.reason) + '\t' +
             Field(r.text) + '\n';
    }
  };
  for (const ExplainedSentence& s : explanation.sentences) {
    removed_rows_before(&s);
    // Scores as %.6g would print them, without the locale's say.
    char score[32];
    const auto end = std::to_chars(score, score + sizeof score, s.score,
                                   std::chars_format::general, 6);
    out += std::to_string(s.document) + ':' + std::to_string(s.position) + '\t' +
           std::string(score, end.ptr) + '\t' + VerdictName(s.verdict) + '\t' + Field(s.reason) +
           '\t' + Field(s.text) + '\n';
  }
  removed_rows_before(nullptr);
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

nlohmann::ordered_json ExplainedSentenceJson(const ExplainedSentence& s,
                                             const std::vector<std::string>& document_names) {
  nlohmann::ordered_json sentence = SourceSentenceJson(s, document_names);
  sentence["score"] = s.score;
  sentence["verdict"] = VerdictName(s.verdict);
  sentence["reason"] = s.reason;
  return sentence;
}

nlohmann::ordered_json RemovedTextJson(const RemovedText& r,
                                       const std::vector<std::string>& document_names) {
  return {{"text", r.text},
          {"source", document_names.at(r.document)},
          {"document", r.document},
          {"before", r.before},
          {"rule", r.rule},
          {"reason", r.reason}};
}

std::string RenderExplanation(const Explanation& explanation, OutputFormat format,
                              const Options& options) {
  CheckOutputFormat(format);
  const std::vector<std::string>& names = explanation.summary.document_names;
  for (const ExplainedSentence& s : explanation.sentences) CheckDocumentOf(s, names.size());
  for (const RemovedText& r : explanation.removed) CheckDocumentOf(r, names.size());
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
    list.push_back(ExplainedSentenceJson(s, names));
  }
  nlohmann::ordered_json removed = nlohmann::ordered_json::array();
  for (const RemovedText& r : explanation.removed) removed.push_back(RemovedTextJson(r, names));
  const nlohmann::ordered_json root = {
      {"precis", kVersion},
      {"documents", names},
      {"language", explanation.summary.language},
      {"warnings", explanation.summary.warnings},
      {"sentences", list},
      {"removed", removed},
  };
  return DumpJson(root, 2) + '\n';
}

}  // namespace precis
