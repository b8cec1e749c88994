// Stage 9b, write: a summary as text, JSON or Markdown (HTML: render_html.cc).
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <utility>

#include "ascii.h"
#include "markup_escape.h"
#include "named_note.h"
#include "one_line.h"
#include "precis/error.h"
#include "precis/summarizer.h"
#include "precis/version.h"
#include "render_json.h"

namespace precis {
namespace {

std::string RenderText(const Summary& summary) {
  std::string out;
  for (const SummarySentence& s : summary.sentences) out += OneLine(s.text) + '\n';
  return out;
}

// Backslash-escapes the characters that Markdown would read as markup, so that a
// sentence renders as the words the source wrote: "&amp;" as those five characters, not
// as "&", and "~~" (GitHub's strikethrough) as two tildes.
std::string EscapeMarkdown(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '\\': case '`': case '*': case '_': case '[': case ']': case '<': case '>':
      case '#': case '|': case '&': case '~':
        out += '\\';
        [[fallthrough]];
      default:
        out += c;
    }
  }
  return out;
}

// EscapeMarkdown, and the marks that start a list only at a line's start: a sentence
// opening "+ Kim..." or "1) ..." would be a list inside its list item.
std::string EscapeMarkdownLine(const std::string& text) {
  std::string out = EscapeMarkdown(text);
  std::size_t mark = 0;  // where the list's mark would stand: after up to nine digits
  while (mark < out.size() && mark < 9 && IsAsciiDigit(out[mark])) ++mark;
  const bool list_mark =
      mark < out.size() &&
      (mark > 0 ? out[mark] == '.' || out[mark] == ')' : out[mark] == '+' || out[mark] == '-') &&
      (mark + 1 == out.size() || out[mark + 1] == ' ' || out[mark + 1] == '\t');
  if (list_mark) out.insert(mark, 1, '\\');
  return out;
}

std::string RenderMarkdown(const Summary& summary) {
  std::string out;
  for (const SummarySentence& s : summary.sentences) {
    // A file's name may hold a line break too, which would end the list item.
    out += "- " + EscapeMarkdownLine(OneLine(s.text)) + " *(" +
           EscapeMarkdown(WellFormedUtf8(PrintableName(summary.document_names.at(s.document)))) +
           ")*\n";
  }
  return out;
}

nlohmann::ordered_json OptionsJson(const Options& o) {
  return {
      {"language", o.language},
      {"words", o.select.words},
      {"sentences", o.select.sentences},
      {"chars", o.select.chars},
      {"markup", o.load.markup},
      // null: detected file by file.
      {"encoding", o.load.encoding.empty() ? nlohmann::ordered_json()
                                           : nlohmann::ordered_json(o.load.encoding)},
      {"keep_boilerplate", o.clean.keep_boilerplate},
      {"stem", o.tokenize.stem},
      {"remove_stopwords", o.tokenize.remove_stopwords},
      {"name_weight", o.tokenize.name_weight},
      {"similarity", SimilarityName(o.graph.similarity)},
      {"min_similarity", o.graph.min_similarity},
      {"max_explicit_work", o.graph.max_explicit_work},
      {"max_overlap_work", o.graph.max_overlap_work},
      {"damping", o.rank.damping},
      {"position_decay", o.rank.position_decay},
      {"tolerance", o.rank.tolerance},
      {"max_iterations", o.rank.max_iterations},
      {"lambda", o.select.lambda},
      {"centroid_weight", o.select.centroid_weight},
      {"min_relevance", o.select.min_relevance},
      {"duplicate_threshold", o.select.duplicate_threshold},
      {"min_words", o.select.min_words},
      {"max_words", o.select.max_words},
      {"include_headlines", o.select.include_headlines},
      {"by_source", o.order.by_source},
  };
}

std::string RenderJson(const Summary& summary, const Options& options) {
  nlohmann::ordered_json sentences = nlohmann::ordered_json::array();
  for (const SummarySentence& s : summary.sentences) {
    sentences.push_back(SentenceJson(s, summary.document_names));
  }
  const nlohmann::ordered_json root = {
      {"precis", kVersion},
      {"sentences", sentences},
      {"documents", summary.document_names},
      {"sentence_count", summary.sentence_count},
      {"language", summary.language},
      {"warnings", summary.warnings},
      {"options", OptionsJson(options)},
  };
  // Invalid UTF-8 cannot reach here (Load repairs it), but a caller may build a Summary
  // by hand: replace rather than throw from a writer.
  return DumpJson(root, 2) + '\n';
}

}  // namespace

namespace {

// The fields every form of a sentence opens with: its text and where it comes from.
nlohmann::ordered_json TextAndPlace(const Sentence& s,
                                    const std::vector<std::string>& document_names) {
  return {
      {"text", s.text},
      {"source", document_names.at(s.document)},
      {"document", s.document},
      {"sentence", s.position},
  };
}

}  // namespace

std::string DumpJson(const nlohmann::ordered_json& json, int indent) {
  std::string text =
      json.dump(indent, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
  // Each of these byte sequences is the whole character: the dump is valid UTF-8.
  static constexpr std::pair<std::string_view, std::string_view> kEscapes[] = {
      {"\xE2\x80\xA8", "\\u2028"}, {"\xE2\x80\xA9", "\\u2029"}, {"\xC2\x85", "\\u0085"}};
  for (const auto& [raw, escaped] : kEscapes) {
    for (std::size_t at = text.find(raw); at != std::string::npos;
         at = text.find(raw, at + escaped.size())) {
      text.replace(at, raw.size(), escaped);
    }
  }
  return text;
}

nlohmann::ordered_json SentenceJson(const SummarySentence& s,
                                    const std::vector<std::string>& document_names) {
  nlohmann::ordered_json sentence = TextAndPlace(s, document_names);
  sentence["score"] = s.score;
  sentence["rank"] = s.rank;
  sentence["headline"] = s.headline;
  return sentence;
}

nlohmann::ordered_json SourceSentenceJson(const Sentence& s,
                                          const std::vector<std::string>& document_names) {
  nlohmann::ordered_json sentence = TextAndPlace(s, document_names);
  sentence["paragraph"] = s.paragraph;
  sentence["headline"] = s.headline;
  return sentence;
}

void CheckOutputFormat(OutputFormat format) {
  switch (format) {
    case OutputFormat::kText:
    case OutputFormat::kJson:
    case OutputFormat::kMarkdown:
    case OutputFormat::kHtml:
      return;
  }
  throw Error(ErrorCode::kInvalidOptions, "format",
              "unknown output format " + std::to_string(static_cast<int>(format)) +
                  " (known: text, json, markdown, html)");
}

void CheckDocumentOf(const RemovedText& r, std::size_t document_count) {
  if (r.document >= document_count) {
    throw Error(ErrorCode::kInvalidInput, "",
                "removed text names document " + std::to_string(r.document) + " of " +
                    std::to_string(document_count));
  }
}

void CheckDocumentOf(const Sentence& s, std::size_t document_count) {
  if (s.document >= document_count) {
    throw Error(ErrorCode::kInvalidInput, "",
                "a sentence names document " + std::to_string(s.document) + " of " +
                    std::to_string(document_count));
  }
}

std::string Render(const Summary& summary, OutputFormat format, const Options& options) {
  CheckOutputFormat(format);
  // Every format but text names each sentence's source: a summary put together by hand
  // may not have them all, which is the caller's mistake to hear about, not a crash.
  if (format != OutputFormat::kText) {
    for (const SummarySentence& s : summary.sentences) {
      CheckDocumentOf(s, summary.document_names.size());
    }
  }
  switch (format) {
    case OutputFormat::kJson:
      return RenderJson(summary, options);
    case OutputFormat::kMarkdown:
      return RenderMarkdown(summary);
    case OutputFormat::kHtml:
      return RenderHtml(summary, {}, options);
    case OutputFormat::kText:
      break;
  }
  return RenderText(summary);
}

std::string RenderSentences(const std::vector<Sentence>& sentences,
                            const std::vector<std::string>& document_names, OutputFormat format) {
  CheckOutputFormat(format);
  if (format == OutputFormat::kMarkdown || format == OutputFormat::kHtml) {
    throw Error(ErrorCode::kInvalidOptions, "",
                "the sentences of a cluster are written as text or json; markdown and html "
                "are forms of a summary");
  }
  for (const Sentence& s : sentences) CheckDocumentOf(s, document_names.size());
  if (format == OutputFormat::kText) {
    std::string out;
    // One sentence a line, whatever line breaks a headline kept, written as the summary
    // writes it: a sentence of the summary is found verbatim in this list.
    for (const Sentence& s : sentences) out += OneLine(s.text) + '\n';
    return out;
  }
  nlohmann::ordered_json list = nlohmann::ordered_json::array();
  for (const Sentence& s : sentences) list.push_back(SourceSentenceJson(s, document_names));
  const nlohmann::ordered_json root = {
      {"precis", kVersion},
      {"documents", document_names},
      {"sentences", list},
  };
  return DumpJson(root, 2) + '\n';
}

OutputFormat ParseOutputFormat(const std::string& name) {
  if (name == "text") return OutputFormat::kText;
  if (name == "json") return OutputFormat::kJson;
  if (name == "markdown" || name == "md") return OutputFormat::kMarkdown;
  if (name == "html") return OutputFormat::kHtml;
  throw Error(ErrorCode::kInvalidOptions, "format",
              "unknown format '" + name + "' (known: text, json, markdown, html)");
}

}  // namespace precis
