// Stage 1, part of load: the spoken text of a subtitle file (SubRip .srt, WebVTT .vtt).
//
//   LooksLikeSubtitles("1\n00:00:12,000 --> 00:00:14,400\nLe pic de la crue\n") == true
//   SubtitleText("WEBVTT\n\n00:00:12.000 --> 00:00:14.400\nLe pic de la crue\n\n"
//                "00:00:14.500 --> 00:00:16.900\n<i>a été atteint.</i>\n")
//       == "Le pic de la crue a été atteint.\n";
//
// Broadcasters cut speech into cues of a few words, each under its number and timing line,
// without regard for sentences. Read as text, every cue is a paragraph: its timing line
// glued to the end of a sentence, the rest of the sentence headlines that are never chosen.
// Read as subtitles, the cues' lines are joined back into the running text a viewer hears.
#ifndef PRECIS_SRC_SUBTITLE_TEXT_H_
#define PRECIS_SRC_SUBTITLE_TEXT_H_

#include <string>
#include <string_view>

namespace precis {

// Whether `text` (UTF-8, without a BOM) is WebVTT, opening with the line "WEBVTT" (or
// "WEBVTT" and a space or tab before a title), or SubRip, whose first line that is not
// blank is a cue number ("1") followed by a timing line ("00:00:12,000 -->
// 00:00:14,400"), or is that timing line. Reads the first lines only.
bool LooksLikeSubtitles(std::string_view text);

// The cues' text as running text: without cue numbers or identifiers, timing lines and
// their settings, WebVTT's header, NOTE, STYLE and REGION blocks, cue tags ("<i>",
// "<c.jaune>", "<v Anne>", "<00:00:13.000>"), SubRip's "{\an8}" positions, lines that
// only describe a sound ("[Musique]", "(Rires)"), a dialogue's "- " and a line that
// repeats the one before it (roll-up captions, as YouTube's, show each line twice).
// Character references ("&amp;", "&lt;") are read as their characters. A cue's lines and
// consecutive cues join with a space, so that a sentence cut across cues is whole; a
// paragraph ends where a sentence ends and either the speaker changes or the speech
// pauses (kParagraphPauseMs). Ends with "\n" unless empty. Linear in the size of `text`.
std::string SubtitleText(std::string_view text);

// A silence between two cues at least this long, after a sentence, starts a paragraph:
// cues within a stretch of speech follow each other within a few frames, while a new
// shot or subject leaves a pause of a second or more.
inline constexpr long kParagraphPauseMs = 2000;

}  // namespace precis

#endif  // PRECIS_SRC_SUBTITLE_TEXT_H_
