// Stage 9b, write, as a web page: the summary, then the documents it came from with the
// chosen sentences marked where they stand.
//
// The page needs nothing but itself: CSS inline, no script, no font or image to fetch,
// so that it can be mailed, archived or opened offline. Scores and ranks show on hover
// through the title attribute, which every browser renders without script. Element ids
// are built from indices only ("d2", "s2-14": document 2, sentence 14), never from
// document names, so that any name is safe and every id unique.
#include "render_html.h"

#include <charconv>
#include <cstddef>
#include <limits>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "markup_escape.h"
#include "one_line.h"
#include "precis/error.h"
#include "precis/summarizer.h"
#include "precis/version.h"
#include "render_json.h"
#include "shortest_decimal.h"

namespace precis {
namespace {

// A sentence's text as the page shows it: a browser shows a line break as a space, which
// a word hyphenated across lines ("nord-\ncoréens") must not get; OneLine drops that break
// as the text output does.
std::string SentenceHtml(std::string_view text) { return EscapeHtml(OneLine(text)); }

// What the HTML parser reports as an error in the input stream, besides bad UTF-8.
bool ForbiddenInHtml(char32_t cp) {
  if (cp < 0x20) return cp != '\t' && cp != '\n' && cp != '\f' && cp != '\r';
  if (cp >= 0x7F && cp <= 0x9F) return true;
  if (cp >= 0xFDD0 && cp <= 0xFDEF) return true;
  return (cp & 0xFFFE) == 0xFFFE;
}

// The words of the page in the summary's language; English for any other.
struct Labels {
  const char* lang_fallback;  // when neither the summary nor the options name a language
  const char* summary;
  const char* sources;
  const char* chosen;     // "sentences chosen: "
  const char* of;         // " of "
  const char* documents;  // " · documents: "
  const char* rank;
  const char* score;
  const char* no_text;
  const char* empty_summary;
  char decimal_mark;
};

const Labels& LabelsFor(const std::string& language) {
  // Never destroyed, like every table a call may still read while the process exits.
  static const Labels& kFrench = *new Labels{
      "fr",
      "R\u00e9sum\u00e9",
      "Sources",
      "Phrases choisies\u00a0: ",
      " sur ",
      " \u00b7 documents\u00a0: ",
      "rang",
      "score",
      "(aucun texte \u00e0 r\u00e9sumer)",
      "(r\u00e9sum\u00e9 vide)",
      ',',
  };
  static const Labels& kEnglish = *new Labels{
      "en",
      "Summary",
      "Sources",
      "Sentences chosen: ",
      " of ",
      " \u00b7 documents: ",
      "rank",
      "score",
      "(no text to summarize)",
      "(empty summary)",
      '.',
  };
  return language == "fr" ? kFrench : kEnglish;
}

// Three significant digits with the language's decimal mark: what the tooltip shows.
// to_chars, unlike printf, ignores the C locale, so the page is the same everywhere.
std::string Rounded(double value, char decimal_mark) {
  char buffer[64];
  const auto result =
      std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::general, 3);
  std::string text(buffer, result.ptr);
  for (char& c : text) {
    if (c == '.') c = decimal_mark;
  }
  return text;
}

std::string SentenceId(std::size_t document, std::size_t position) {
  return "s" + std::to_string(document) + "-" + std::to_string(position);
}

// Each sentence, source name and heading is a bidi isolate: an article's unclosed
// right-to-left override (U+202E) would otherwise run on and show the next source's name
// backwards ("txt.olr" for "rlo.txt").
constexpr const char* kStyle = R"css(
:root { --ink: #1f1f24; --muted: #676770; --rule: #e2e0da; --mark: #ffe27a;
        --mark-strong: #ffc928; --paper: #fbfaf6; }
* { box-sizing: border-box; }
body { margin: 0; background: var(--paper); color: var(--ink);
       font: 17px/1.6 Georgia, "Times New Roman", serif; }
main { max-width: 46rem; margin: 0 auto; padding: 2rem 1.25rem 4rem; }
h1, h2, h3, .meta, .warnings, cite { font-family: system-ui, "Segoe UI", sans-serif; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
h2 { font-size: 1.3rem; margin: 2.5rem 0 0; }
h3 { font-size: .95rem; color: var(--muted); overflow-wrap: anywhere; margin: 1.5rem 0 .5rem; }
.meta, .warnings { color: var(--muted); font-size: .85rem; margin: 0 0 .75rem; }
.warnings { padding-left: 1.2rem; }
#summary { background: #fff; border: 1px solid var(--rule); border-radius: 10px;
           padding: 1.25rem 1.5rem; box-shadow: 0 1px 3px rgba(0, 0, 0, .06); }
ul.summary { list-style: none; padding: 0; margin: 0; }
ul.summary li { position: relative; padding-left: 2.3rem; margin: .7rem 0; }
ul.summary li::before { content: attr(data-rank); position: absolute; left: 0; top: .2rem;
  width: 1.6rem; height: 1.6rem; border-radius: 50%; background: var(--mark);
  font: 600 .8rem/1.6rem system-ui, sans-serif; text-align: center; }
ul.summary a { color: inherit; text-decoration: none; border-bottom: 1px solid #d9bf5a; }
ul.summary a:hover { background: #fff6d1; }
cite { color: var(--muted); font-size: .8rem; font-style: normal; white-space: nowrap; }
article { border-top: 1px solid var(--rule); margin-top: 1.5rem; }
article p { margin: 0 0 .8rem; }
p.headline { font-weight: bold; }
p.empty { color: var(--muted); font-style: italic; }
span.s:hover { background: #efede6; }
span.s[title] { cursor: help; }
p.removed { color: var(--muted); font-size: .85rem; cursor: help; }
p.removed del { text-decoration-color: #b9b6ad; }
mark { background: var(--mark); color: inherit; padding: .05em .15em; border-radius: 3px;
       cursor: help; scroll-margin-top: 2rem; }
mark::before { content: attr(data-rank); font: 700 .7rem system-ui, sans-serif;
  vertical-align: super; margin-right: .2em; color: #8a6a00; }
mark:target { background: var(--mark-strong); outline: 2px solid #d08f00; }
ul.summary a, cite, h3, mark, span.s, del, .warnings li { unicode-bidi: isolate; }
)css";

class Page {
 public:
  // `explanation`, unless null, gives every sentence of `sentences` its verdict, shown on
  // the ones left out, and what cleaning dropped, shown struck out where it stood.
  Page(const Summary& summary, std::vector<const Sentence*> sentences, const Options& options,
       const Explanation* explanation = nullptr)
      : summary_(summary),
        sentences_(std::move(sentences)),
        language_(summary.language.empty() ? options.language : summary.language),
        labels_(LabelsFor(language_)),
        removed_(summary.document_names.size()) {
    if (explanation == nullptr) return;
    for (const ExplainedSentence& e : explanation->sentences) {
      verdicts_.emplace(Key(e.document, e.position), &e);
    }
    for (const RemovedText& r : explanation->removed) {
      CheckDocumentOf(r, removed_.size());
      removed_[r.document].push_back(&r);
    }
  }

  std::string Render() {
    Check();
    Head();
    out_ += "<main>\n";
    SummarySection();
    if (!sentences_.empty()) SourcesSection();
    out_ += "</main>\n</body>\n</html>\n";
    return std::move(out_);
  }

 private:
  using Key = std::pair<std::size_t, std::size_t>;  // document, position

  // Positions that do not match would mark the wrong sentences: refuse them.
  void Check() {
    const std::size_t documents = summary_.document_names.size();
    for (const Sentence* sentence : sentences_) {
      const Sentence& s = *sentence;
      if (s.document >= documents) {
        throw Error(ErrorCode::kInvalidInput, "",
                    "sentence of document " + std::to_string(s.document) +
                        ", but the summary names " + std::to_string(documents) + " documents");
      }
      if (!by_key_.emplace(Key(s.document, s.position), &s).second) {
        throw Error(ErrorCode::kInvalidInput, "",
                    "two sentences at position " + std::to_string(s.position) + " of document " +
                        std::to_string(s.document));
      }
    }
    for (const SummarySentence& s : summary_.sentences) {
      const std::string where = "summary sentence " + std::to_string(s.position) + " of document " +
                                std::to_string(s.document);
      if (s.document >= documents) {
        throw Error(ErrorCode::kInvalidInput, "", where + " names no document of the summary");
      }
      if (sentences_.empty()) continue;
      const auto found = by_key_.find(Key(s.document, s.position));
      if (found == by_key_.end() || found->second->text != s.text) {
        throw Error(ErrorCode::kInvalidInput, "",
                    where +
                        " is not among the sentences given (Segment them with the "
                        "options and documents Summarize used)");
      }
      chosen_.emplace(Key(s.document, s.position), &s);
    }
  }

  void Head() {
    // "auto" is no language tag: a summary made by hand may not say what it found.
    const std::string lang =
        language_.empty() || language_ == kAutoLanguage ? labels_.lang_fallback : language_;
    out_ += "<!DOCTYPE html>\n<html lang=\"" + EscapeHtml(lang) + "\">\n<head>\n";
    out_ += "<meta charset=\"utf-8\">\n";
    out_ += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
    out_ += "<meta name=\"generator\" content=\"precis " + EscapeHtml(kVersion) + "\">\n";
    out_ += "<title>" + std::string(labels_.summary) + "</title>\n";
    out_ += "<style>" + std::string(kStyle) + "</style>\n</head>\n<body>\n";
  }

  std::string Tooltip(const SummarySentence& s) const {
    return std::string(labels_.rank) + " " + std::to_string(s.rank + 1) + " \u00b7 " +
           labels_.score + " " + Rounded(s.score, labels_.decimal_mark);
  }

  void SummarySection() {
    out_ += "<section id=\"summary\">\n<h1>" + std::string(labels_.summary) + "</h1>\n";
    out_ += "<p class=\"meta\">" + std::string(labels_.chosen) +
            std::to_string(summary_.sentences.size()) + labels_.of +
            std::to_string(summary_.sentence_count) + labels_.documents +
            std::to_string(summary_.document_names.size()) + "</p>\n";
    if (!summary_.warnings.empty()) {
      out_ += "<ul class=\"warnings\">\n";
      for (const std::string& w : summary_.warnings) out_ += "<li>" + EscapeHtml(w) + "</li>\n";
      out_ += "</ul>\n";
    }
    if (summary_.sentences.empty()) {
      out_ += "<p class=\"empty\">" + std::string(labels_.empty_summary) + "</p>\n";
    } else {
      out_ += "<ul class=\"summary\">\n";
      for (const SummarySentence& s : summary_.sentences) {
        out_ += "<li data-rank=\"" + std::to_string(s.rank + 1) + "\" title=\"" +
                EscapeHtml(Tooltip(s)) + "\">";
        // Without the sources on the page there is nothing to link to.
        if (sentences_.empty()) {
          out_ += SentenceHtml(s.text);
        } else {
          out_ += "<a href=\"#" + SentenceId(s.document, s.position) + "\">" +
                  SentenceHtml(s.text) + "</a>";
        }
        out_ += " <cite>" + EscapeHtml(summary_.document_names[s.document]) + "</cite></li>\n";
      }
      out_ += "</ul>\n";
    }
    out_ += "</section>\n";
  }

  void SourcesSection() {
    std::vector<std::vector<const Sentence*>> by_document(summary_.document_names.size());
    for (const auto& entry : by_key_) by_document[entry.first.first].push_back(entry.second);
    out_ += "<section id=\"sources\">\n<h2>" + std::string(labels_.sources) + "</h2>\n";
    for (std::size_t d = 0; d < by_document.size(); ++d) {
      out_ += "<article id=\"d" + std::to_string(d) + "\">\n<h3>" +
              EscapeHtml(summary_.document_names[d]) + "</h3>\n";
      if (by_document[d].empty()) {
        out_ += "<p class=\"empty\">" + std::string(labels_.no_text) + "</p>\n";
      }
      const auto& sentences = by_document[d];  // by position: by_key_ is ordered
      // Cleaning drops whole paragraphs, or cuts text off a paragraph's ends: what it
      // dropped always stands between paragraphs.
      std::size_t next_removed = 0;
      const auto removed_before = [&](std::size_t position) {
        for (; next_removed < removed_[d].size(); ++next_removed) {
          const RemovedText& r = *removed_[d][next_removed];
          if (r.before > position) break;
          out_ += "<p class=\"removed\" data-rule=\"" + EscapeHtml(r.rule) + "\" title=\"" +
                  EscapeHtml(r.reason) + "\"><del>" + EscapeHtml(r.text) + "</del></p>\n";
        }
      };
      for (std::size_t begin = 0; begin < sentences.size();) {
        removed_before(sentences[begin]->position);
        std::size_t end = begin;
        bool headline = true;
        while (end < sentences.size() && sentences[end]->paragraph == sentences[begin]->paragraph) {
          headline = headline && sentences[end]->headline;
          ++end;
        }
        out_ += headline ? "<p class=\"headline\">" : "<p>";
        for (std::size_t i = begin; i < end; ++i) {
          if (i > begin) out_ += ' ';
          SentenceElement(*sentences[i]);
        }
        out_ += "</p>\n";
        begin = end;
      }
      removed_before(std::numeric_limits<std::size_t>::max());
      out_ += "</article>\n";
    }
    out_ += "</section>\n";
  }

  void SentenceElement(const Sentence& s) {
    const auto found = chosen_.find(Key(s.document, s.position));
    if (found == chosen_.end()) {
      const auto verdict = verdicts_.find(Key(s.document, s.position));
      if (verdict == verdicts_.end()) {
        out_ += "<span class=\"s\">" + SentenceHtml(s.text) + "</span>";
      } else {
        out_ += "<span class=\"s\" data-verdict=\"" +
                std::string(VerdictName(verdict->second->verdict)) + "\" title=\"" +
                EscapeHtml(verdict->second->reason) + "\">" + SentenceHtml(s.text) + "</span>";
      }
      return;
    }
    const SummarySentence& chosen = *found->second;
    out_ += "<mark id=\"" + SentenceId(s.document, s.position) + "\" data-rank=\"" +
            std::to_string(chosen.rank + 1) + "\" data-score=\"" + ShortestDecimal(chosen.score) +
            "\" title=\"" + EscapeHtml(Tooltip(chosen)) + "\">" + SentenceHtml(s.text) + "</mark>";
  }

  const Summary& summary_;
  // Pointers, so that an Explanation's sentences are shown without copying their text.
  const std::vector<const Sentence*> sentences_;
  const std::string language_;  // what the summary was read in, else what options asked
  const Labels& labels_;
  std::map<Key, const Sentence*> by_key_;
  std::map<Key, const SummarySentence*> chosen_;
  std::map<Key, const ExplainedSentence*> verdicts_;
  std::vector<std::vector<const RemovedText*>> removed_;  // by document, in order
  std::string out_;
};

}  // namespace

std::string EscapeHtml(std::string_view text) {
  return EscapeMarkup(text, ForbiddenInHtml, "&#39;");
}

// Each sentence of `sentences` by its address.
template <typename SentenceType>
std::vector<const Sentence*> Addresses(const std::vector<SentenceType>& sentences) {
  std::vector<const Sentence*> addresses;
  addresses.reserve(sentences.size());
  for (const Sentence& s : sentences) addresses.push_back(&s);
  return addresses;
}

std::string RenderHtml(const Summary& summary, const std::vector<Sentence>& sentences,
                       const Options& options) {
  return Page(summary, Addresses(sentences), options).Render();
}

std::string RenderHtml(const Explanation& explanation, const Options& options) {
  return Page(explanation.summary, Addresses(explanation.sentences), options, &explanation)
      .Render();
}

}  // namespace precis
