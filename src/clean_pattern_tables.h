// The per-language vocabulary of the clean stage's patterns: what scraped news pages
// say around an article, as regex alternations that clean_patterns.cc assembles into
// its rules. Data only; internal to the clean stage.
#ifndef PRECIS_SRC_CLEAN_PATTERN_TABLES_H_
#define PRECIS_SRC_CLEAN_PATTERN_TABLES_H_

#include <initializer_list>

namespace precis::clean_rules {

// A run of alternatives of a regex alternation, and its pre-filter: every alternative
// contains one of the literals (lower-case ASCII, matched ASCII-case-insensitively), so a
// paragraph with none of them cannot match the part.
struct AlternationPart {
  const char* alternation;
  std::initializer_list<const char*> literals;
};

// What scraped news pages of one language say around an article. Each field is a regex
// alternation without an enclosing group; they were read off the seed articles, the
// French press of rpm2 and MultiLing and the English newswire of DUC 2004, then widened
// to the usual variants of each label. Words are matched case-insensitively unless the
// field says otherwise: case is a signal only for the all-caps call-to-action labels.
struct LanguageTable {
  const char* months;
  const char* weekdays;
  const char* date_markers;  // "Publié le", "Updated": what announces a date stamp
  const char* date_words;    // small words that may sit inside a date-only line
  const char* cta_caps;      // case-sensitive: "LIRE AUSSI", "READ"
  const char* cta_mixed;     // followed by a colon, a dash, a period or nothing: "Lire aussi :"
  const char* cta_strong;    // followed directly by a headline: "Lire aussi Le ..."
  const char* announcers;    // a line that ends in ':' and announces links
  const char* comment_form;
  // Pre-filter of the unanchored comment_form search: every alternative of the field
  // contains one of these literals (lower-case ASCII, matched ASCII-case-insensitively),
  // so a paragraph with none of them cannot match. Derived by hand from the field, as the
  // literals of ui_phrases' parts: keep them in step when editing it (the tests check them
  // on samples).
  std::initializer_list<const char*> comment_form_literals;
  const char* ui_labels;  // a line made only of these is page furniture
  // These anywhere in a short line make it furniture: one alternation cut into parts, in
  // order, each with the literals of its own pre-filter, so that a line runs only the
  // parts whose literals it holds (a part with a common word, "article", "notre", stays
  // short).
  std::initializer_list<AlternationPart> ui_phrases;
  const char* photo_words;   // words that open a caption or credit: "Photo :"
  const char* byline_leads;  // "Par", "By"
  const char* credit_leads;  // "Rapports supplémentaires de", followed by a name
  const char* credit_anywhere;
  const char* signoff_leads;  // "avec AFP", "Source : AFP"
  // Wire-caption rule, this language only: tenses that are not a caption's present,
  // and the full date (with the year) that closes a wire-photo caption. {M} and {W}
  // stand for the month and weekday alternations, {C} for the picture's credit in
  // brackets that may follow the date.
  const char* not_present;
  const char* caption_date;
  // Glued share-widget labels: words that site UI glues together ("ParticiperRéemployer").
  std::initializer_list<const char*> ui_words;
  bool glued_infinitives;  // French UI labels are infinitives: two glued ones are UI
  // Words that open a subject, lower case, as the clause rules of the furniture phrases
  // read a clause after a comma or a verb of saying: subject pronouns ("il", "they") and
  // determiners ("le", "cette", "the", "its").
  std::initializer_list<const char*> subject_pronouns;
  std::initializer_list<const char*> determiners;
  // A dialog of the page's that copying takes along with the article: the notice of an
  // embed blocked until the reader accepts cookies, the one-device-at-a-time warning of a
  // paid site. dialog_headings, found anywhere in a short paragraph, open one; dialog_lines,
  // matched as whole lines, are its buttons and explanations, furniture only beside a
  // heading ("Gérer mes choix" alone could be a headline's), see clean.cc.
  const char* dialog_headings;
  const char* dialog_lines;
  // A reader comments section: the heading that opens it, a line of its own with a count
  // or a state ("Commentaires (3)", "Les commentaires sont fermés"; "Réactions" alone titles
  // an article's section too), the buttons under each comment ("Répondre", "Signaler"), and
  // the other lines that mark comments, whole lines ("Il y a 2 heures", "J'aime"); a
  // pseudonym with a digit or an underscore ("Jean75", "Jean75 : ...") marks them too, in
  // any language. Ages and pseudonyms alone may be a live blog's or a story's ("A69 : le
  // collectif..."), so a section needs a button.
  const char* comments_headings;
  const char* comment_buttons;
  const char* comment_markers;
  // A comments heading with neither count nor state ("Commentaires", "Vos réactions",
  // "Comments"), which may title a section of the story as well: its section needs a
  // commenter's mark besides a button, a pseudonym or an age.
  const char* bare_comments_headings;
};

extern const LanguageTable kFrench;
extern const LanguageTable kEnglish;

// News and photo agencies, whatever the language (alternations, matched
// case-insensitively). The rules add the trailing look-ahead that keeps "AP" from
// matching the start of "APPEL".
extern const char* const kNewsAgencies;
extern const char* const kPhotoAgencies;
// Acronyms of agencies that are also other things' ("MAP", "TAP"), matched in capitals
// only and where a dateline or a sign-off puts an agency: in brackets.
extern const char* const kFrancophoneAgencies;
// Those of kFrancophoneAgencies that are words too, which a line holding only the acronym
// may mean ("MAP" over a map).
extern const char* const kFrancophoneAgencyWords;

// The French départements (and the overseas ones), as a regional dateline names them in
// brackets: "BREST (FINISTÈRE) - ". Written once with their accents, hyphens and
// apostrophes; the rules also take them in capitals, unaccented, with spaces for hyphens
// and ’ for '.
extern const std::initializer_list<const char*> kFrenchDepartments;

// The lower-case particles of personal names, whatever the language ("de Gaulle", "van
// Gogh", "bin Salman"): a list of names may hold them among its capitalized words.
extern const std::initializer_list<const char*> kNameParticles;

}  // namespace precis::clean_rules

#endif  // PRECIS_SRC_CLEAN_PATTERN_TABLES_H_
