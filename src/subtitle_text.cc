#include "subtitle_text.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "affix.h"
#include "ascii.h"
#include "character_references.h"
#include "next_line.h"

namespace precis {
namespace {

bool IsBlankLine(std::string_view line) { return TrimBlanks(line).empty(); }

bool IsCueNumber(std::string_view line) {
  line = TrimBlanks(line);
  if (line.empty()) return false;
  for (char c : line) {
    if (!IsAsciiDigit(c)) return false;
  }
  return true;
}

// Reads `count` digits at `*at` into `*value`.
bool ReadDigits(std::string_view s, std::size_t* at, std::size_t count, long* value) {
  if (*at + count > s.size()) return false;
  *value = 0;
  for (std::size_t k = 0; k < count; ++k) {
    const char c = s[*at + k];
    if (!IsAsciiDigit(c)) return false;
    *value = *value * 10 + (c - '0');
  }
  *at += count;
  return true;
}

// A timestamp at `*at` in milliseconds: "hh:mm:ss,mmm" (SubRip) or "[hh:]mm:ss.mmm"
// (WebVTT; other tools write SubRip's with the period too, or one digit of hours).
std::optional<long> ReadTimestamp(std::string_view s, std::size_t* at) {
  long fields[3] = {0, 0, 0};
  int count = 0;
  while (count < 3) {
    std::size_t digits = 0;
    while (*at + digits < s.size() && IsAsciiDigit(s[*at + digits]) && digits < 3) ++digits;
    if (digits == 0 || !ReadDigits(s, at, digits, &fields[count])) return std::nullopt;
    ++count;
    if (*at >= s.size() || s[*at] != ':') break;
    ++*at;
  }
  if (count < 2 || *at >= s.size() || (s[*at] != ',' && s[*at] != '.')) return std::nullopt;
  ++*at;
  long millis = 0;
  if (!ReadDigits(s, at, 3, &millis)) return std::nullopt;
  const long hours = count == 3 ? fields[0] : 0;
  const long minutes = fields[count - 2];
  const long seconds = fields[count - 1];
  if (minutes > 59 || seconds > 59) return std::nullopt;
  return ((hours * 60 + minutes) * 60 + seconds) * 1000 + millis;
}

struct Timing {
  long start = 0;
  long end = 0;
};

// "00:00:12,000 --> 00:00:14,400", and WebVTT's cue settings after it.
std::optional<Timing> ReadTiming(std::string_view line) {
  std::size_t at = line.size() - TrimBlanksLeft(line).size();
  const std::optional<long> start = ReadTimestamp(line, &at);
  if (!start) return std::nullopt;
  while (at < line.size() && (line[at] == ' ' || line[at] == '\t')) ++at;
  if (line.substr(at, 3) != "-->") return std::nullopt;
  at += 3;
  while (at < line.size() && (line[at] == ' ' || line[at] == '\t')) ++at;
  const std::optional<long> end = ReadTimestamp(line, &at);
  if (!end) return std::nullopt;
  if (at < line.size() && line[at] != ' ' && line[at] != '\t') return std::nullopt;
  return Timing{*start, *end};
}

bool IsTiming(std::string_view line) { return ReadTiming(line).has_value(); }

// One line of a cue as text: tags and SubRip positions left out, and the voice a
// WebVTT "<v Anne>" tag names.
std::string LineText(std::string_view line, std::string* voice) {
  std::string text;
  // The next '>' and '}' at or after `i`, each looked for again only once passed, so that
  // a line of '<' without '>' takes linear time.
  std::size_t angle = line.find('>');
  std::size_t brace = line.find('}');
  const auto next = [line](char close, std::size_t from, std::size_t* cached) {
    if (*cached != std::string_view::npos && *cached < from) *cached = line.find(close, from);
    return *cached;
  };
  for (std::size_t i = 0; i < line.size();) {
    const char c = line[i];
    const std::size_t close = c == '<' ? next('>', i, &angle) : c == '{' ? next('}', i, &brace) : 0;
    const bool tag = c == '<' && close != std::string_view::npos && i + 1 < close &&
                     (IsAsciiAlnum(line[i + 1]) || line[i + 1] == '/');
    const bool position =
        c == '{' && close != std::string_view::npos && i + 1 < close && line[i + 1] == '\\';
    if (!tag && !position) {
      text += c;
      ++i;
      continue;
    }
    if (tag && line[i + 1] == 'v' && i + 2 < close && (line[i + 2] == ' ' || line[i + 2] == '.')) {
      const std::string_view inside = line.substr(i + 2, close - i - 2);
      const std::size_t space = inside.find(' ');
      *voice = space == std::string_view::npos ? "" : std::string(TrimBlanks(inside.substr(space)));
    }
    i = close + 1;
  }
  return text;
}

// A caption for the deaf that describes a sound rather than saying words.
bool IsSoundDescription(std::string_view text) {
  return text.size() >= 2 && ((text.front() == '[' && text.back() == ']') ||
                              (text.front() == '(' && text.back() == ')'));
}

// Whether `text` ends a sentence, maybe inside a quotation or parentheses that close with it.
bool EndsSentence(std::string_view text) {
  for (bool trimmed = true; trimmed;) {
    trimmed = false;
    for (std::string_view closing : {" ", "\"", ")", "\u00BB", "\u201D", "\u00A0", "\u202F"}) {
      if (EndsWith(text, closing)) {
        text.remove_suffix(closing.size());
        trimmed = true;
      }
    }
  }
  return EndsWithAny(text, {".", "!", "?", "\u2026"});
}

// The dialogue mark that opens a speaker's line: "- Oui.", "– Non."
std::size_t DialogueDashSize(std::string_view text) {
  for (std::string_view dash : {"- ", "\u2013 ", "\u2014 "}) {
    if (StartsWith(text, dash)) return dash.size();
  }
  return 0;
}

// Collects the cues' text into paragraphs.
class RunningText {
 public:
  void AddCue(const Timing& timing, const std::vector<std::string_view>& lines) {
    bool pause = have_cue_ && timing.start - last_end_ >= kParagraphPauseMs;
    for (std::string_view line : lines) {
      std::string voice = voice_;
      std::string text = LineText(line, &voice);
      std::string_view shown = TrimBlanks(text);
      bool turn = voice != voice_;
      voice_ = voice;
      if (const std::size_t dash = DialogueDashSize(shown); dash != 0) {
        shown = TrimBlanks(shown.substr(dash));
        turn = true;
      }
      if (shown.empty() || IsSoundDescription(shown) || shown == last_line_) continue;
      last_line_ = std::string(shown);
      if (!out_.empty()) {
        out_ += (turn || pause) && EndsSentence(out_) ? "\n\n" : " ";
      }
      out_ += shown;
      pause = false;
    }
    have_cue_ = true;
    last_end_ = timing.end;
  }

  std::string Finish() {
    if (!out_.empty()) out_ += '\n';
    ReadCharacterReferences(&out_);
    return std::move(out_);
  }

 private:
  std::string out_;
  std::string voice_;
  std::string last_line_;
  bool have_cue_ = false;
  long last_end_ = 0;
};

}  // namespace

bool LooksLikeSubtitles(std::string_view text) {
  std::size_t at = 0;
  std::string_view first = NextLine(text, &at);
  if (first == "WEBVTT" || StartsWith(first, "WEBVTT ") || StartsWith(first, "WEBVTT\t")) {
    return true;
  }
  while (IsBlankLine(first) && at < text.size()) first = NextLine(text, &at);
  if (IsTiming(first)) return true;
  return IsCueNumber(first) && at < text.size() && IsTiming(NextLine(text, &at));
}

std::string SubtitleText(std::string_view text) {
  std::vector<std::string_view> lines;
  for (std::size_t at = 0; at < text.size();) lines.push_back(NextLine(text, &at));
  RunningText running;
  std::vector<std::string_view> payload;
  for (std::size_t i = 0; i < lines.size();) {
    if (IsBlankLine(lines[i])) {
      ++i;
      continue;
    }
    // A cue's timing line comes first, or after its number or identifier; a block without
    // one is WebVTT's header, a NOTE, STYLE or REGION, or debris.
    std::optional<Timing> timing = ReadTiming(lines[i]);
    if (!timing && i + 1 < lines.size()) {
      timing = ReadTiming(lines[i + 1]);
      if (timing) ++i;
    }
    if (!timing) {
      while (i < lines.size() && !IsBlankLine(lines[i])) ++i;
      continue;
    }
    payload.clear();
    // A cue ends at a blank line, or where the next one starts without one, as some
    // tools write them.
    for (++i; i < lines.size() && !IsBlankLine(lines[i]) && !IsTiming(lines[i]) &&
              !(IsCueNumber(lines[i]) && i + 1 < lines.size() && IsTiming(lines[i + 1]));
         ++i) {
      payload.push_back(lines[i]);
    }
    running.AddCue(*timing, payload);
  }
  return running.Finish();
}

}  // namespace precis
