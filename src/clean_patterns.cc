#include "clean_patterns.h"

#include <unicode/regex.h>
#include <unicode/uchar.h>
#include <unicode/uniset.h>
#include <unicode/unistr.h>
#include <unicode/utf16.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <initializer_list>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_set>
#include <vector>

#include "ascii.h"
#include "clean_pattern_tables.h"
#include "fork_safe_mutex.h"
#include "icu_status.h"
#include "incise.h"
#include "language.h"
#include "phrase_words.h"

namespace precis::clean_rules {
namespace {

// Paragraphs longer than this (in bytes) only go through the anchored rules.
constexpr std::size_t kMaxSearchBytes = 2000;

// Spans this short have their patterns' failures kept by text (ParagraphRules::Run): a
// cell of a table or an item of a list, far too short for the step limit to cut a match.
// Past this many texts kept, the memory starts again (each costs about 100 bytes).
constexpr std::size_t kMaxRememberedBytes = 64;
constexpr std::size_t kMaxRememberedSpans = 1 << 16;

// ICU's unit for RegexMatcher::setTimeLimit: about a millisecond of matching each (10,000
// steps of its engine). The longest match of prose on record, a 1 MB paragraph, takes a
// few dozen.
constexpr int32_t kMatchStepLimit = 1000;

// How many combinations of parts PartsRegex keeps compiled. The 410 files of the seeds,
// the sample and the development sets use 12 (French; English none); each takes about
// 35 KB.
constexpr std::size_t kMaxPartsRegexes = 256;

// A day named by its distance and "at", before a time: "aujourd’hui à 08h12", "hier à".
constexpr std::string_view kRelativeDayAt =
    R"re((?i:hier|aujourd['’]hui|yesterday|today)\s+(?i:à|at)\s+)re";

// A wire caption describes a picture: who, doing what, where, when. Shorter sentences
// that end with a full date are more often news ("Le G7 se réunit en Italie le 13 juin
// 2024.", a scheduled event in the present).
constexpr std::size_t kCaptionMinWords = 12;

std::string Replace(std::string s, const std::string& from, const std::string& to) {
  for (std::size_t at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size())) {
    s.replace(at, from.size(), to);
  }
  return s;
}

// An agency's name in a sign-off, or the word for one: "AFP", "agences", "wires".
std::string SignoffToken(const std::string& agency) {
  return "(?:" + agency + "|(?i:agences?|agencies|wires?))";
}

// A sign-off's agency may take its article after "avec" only: "(avec l’AFP)". After "et"
// it is a name beside another, a heading's or a sentence's ("## Google et l’AFP", "20
// Minutes et l’AFP").
std::string AvecArticle() { return R"re((?i:avec)\s+(?i:l)['’]\s?)re"; }

// The French départements as one alternation for a case-insensitive regex: each letter
// with an accent also unaccented ("FINISTERE"), a hyphen also a space, ' also ’.
std::string DepartmentAlternation() {
  static const std::pair<const char*, const char*> kLoose[] = {
      {"é", "[eé]"}, {"è", "[eè]"}, {"ê", "[eê]"},     {"ô", "[oô]"},     {"â", "[aâ]"},
      {"û", "[uû]"}, {"ç", "[cç]"}, {"-", "[\\s\\-]"}, {" ", "[\\s\\-]"}, {"'", "['’]"}};
  std::string alternation;
  for (const char* department : kFrenchDepartments) {
    if (!alternation.empty()) alternation += '|';
    std::string loose = department;
    for (const auto& [from, to] : kLoose) loose = Replace(loose, from, to);
    alternation += loose;
  }
  return alternation;
}

// The regexes, one per kind. Kinds that have several shapes are alternations; the
// code in Classify adds the length and shape conditions that regexes say badly.
enum Kind : int {
  kPlugLead,
  kPlugFields,
  kDuration,
  kCtaCaps,
  kCtaMixed,
  kCtaStrong,
  kCtaOwnPages,
  kBracketCta,
  kAnnouncer,
  kCommentFormRe,
  kUiLine,
  kUiPhrase,
  kCapsCredit,
  kCapsCreditTail,
  kCreditTail,
  kCreditSuffix,
  kPhotoLead,
  kPhotoTail,
  kBracketCredit,
  kCopyrightMark,
  kCopyrightMarkTail,
  kCopyrightNotice,
  kCopyrightLead,
  kSignoffLine,
  kReporterLine,
  kRegionRubric,
  kPersonName,
  kSignoffStamp,
  kSlashInitials,
  kSignoffSuffix,
  kDatelinePrefix,
  kPlaceDatelinePrefix,
  kTownDatelinePrefix,
  kKickerPrefix,
  kDateLine,
  kDateMention,
  kDatePrefix,
  kBylineLead,
  kBylineStamp,
  kCreditPhrase,
  kCaptionDate,
  kNotPresent,
  kGluedSignoff,
  kGluedByline,
  kRegionDatelinePrefix,
  kClockPrefix,
  kRelativeStampPrefix,
  kGluedBylinePrefix,
  kPaywallPrefix,
  kTweetSignoff,
  kTweetLink,
  kNewTabSuffix,
  kFundingNote,
  kSiteNotice,
  kListHeading,
  kLinkLine,
  kListedOpening,
  kDialogHeading,
  kDialogLine,
  kCommentsHeading,
  kBareCommentsHeading,
  kCommentButton,
  kCommentMarker,
  kKindCount
};

std::unique_ptr<icu::RegexPattern> Compile(const std::string& pattern, int kind) {
  UErrorCode status = U_ZERO_ERROR;
  UParseError parse_error;
  // DOTALL: a paragraph joined from hard-wrapped lines has line feeds inside.
  std::unique_ptr<icu::RegexPattern> regex(icu::RegexPattern::compile(
      icu::UnicodeString::fromUTF8(pattern), UREGEX_DOTALL, parse_error, status));
  CheckIcu(status, ("clean pattern " + std::to_string(kind)).c_str());
  return regex;
}

}  // namespace

class Patterns {
 public:
  // `own` is the document language, `language` its data; `tables` lists every table
  // whose UI vocabulary applies (own first).
  Patterns(const LanguageTable& own, const Language& language,
           std::vector<const LanguageTable*> tables);

  const Language& language() const { return language_; }

  const icu::RegexPattern& Get(int kind) const { return *regexes_[kind]; }
  bool IsUiWord(const std::string& folded) const { return ui_words_.count(folded) > 0; }
  bool glued_infinitives() const { return glued_infinitives_; }
  // Lower-case ASCII literals one of which any match of `kind` contains; empty: no filter.
  const std::vector<std::string>& Literals(int kind) const { return literals_[kind]; }
  // For a pattern written as parts (AlternationPart), its parts in order; empty for the
  // others. A span that lacks the literals of a part cannot match any of its alternatives
  // anywhere: the alternation of the other parts alone, in their order, finds what the
  // whole pattern finds.
  struct Part {
    std::string alternation;
    std::vector<std::string> literals;
  };
  const std::vector<Part>& Parts(int kind) const { return parts_[kind]; }
  // The alternation of the parts of `kind` that `mask` selects (bit i: part i), compiled
  // on first use and kept: real spans select few of the combinations. Null once
  // kMaxPartsRegexes are kept, where the whole pattern serves, finding the same matches
  // more slowly: lines written to hold every set of trigger words (a spammed comment
  // section) once kept 4,096 regexes, 140 MB, for the life of the process.
  const icu::RegexPattern* PartsRegex(int kind, uint64_t mask) const;
  // What any match of `kind` ends the span with, past trailing white space and periods.
  Tail TailOf(int kind) const { return tails_[kind]; }
  // What the span starts with when `kind` (anchored) matches.
  Head HeadOf(int kind) const { return heads_[kind]; }
  // Whether every match of `kind` holds a decimal digit.
  bool NeedsDigit(int kind) const { return needs_digit_[kind]; }

 private:
  void AddGluedFurniture(std::vector<std::string>& source, const std::string& agency,
                         const std::string& name, const std::string& marker,
                         const std::string& time, const std::string& signoff_leads);

  std::vector<std::unique_ptr<icu::RegexPattern>> regexes_;
  std::vector<std::vector<std::string>> literals_;
  std::vector<std::vector<Part>> parts_;
  mutable std::map<std::pair<int, uint64_t>, std::unique_ptr<icu::RegexPattern>> parts_regexes_;
  std::vector<Tail> tails_;
  std::vector<Head> heads_;
  std::vector<bool> needs_digit_;
  std::unordered_set<std::string> ui_words_;
  bool glued_infinitives_;
  const Language& language_;
};

Patterns::Patterns(const LanguageTable& own, const Language& language,
                   std::vector<const LanguageTable*> tables)
    : regexes_(kKindCount),
      literals_(kKindCount),
      parts_(kKindCount),
      tails_(kKindCount, Tail::kAny),
      heads_(kKindCount, Head::kAny),
      needs_digit_(kKindCount, false),
      glued_infinitives_(own.glued_infinitives),
      language_(language) {
  // The union of one field over the tables, as a non-capturing group.
  auto all = [&tables](const char* LanguageTable::*field) {
    std::string alt;
    for (const LanguageTable* t : tables) {
      if (!alt.empty()) alt += '|';
      alt += t->*field;
    }
    return "(?:" + alt + ")";
  };
  for (const LanguageTable* t : tables) {
    for (const char* w : t->ui_words) ui_words_.insert(w);
    for (const char* l : t->comment_form_literals) literals_[kCommentFormRe].emplace_back(l);
  }

  const std::string month = "(?i:" + all(&LanguageTable::months) + ")";
  const std::string weekday = "(?i:" + all(&LanguageTable::weekdays) + ")";
  const std::string marker = "(?i:" + all(&LanguageTable::date_markers) + ")";
  const std::string ag = std::string("(?i:") + kNewsAgencies + ")(?![\\p{L}\\p{N}])";
  const std::string pag =
      std::string("(?i:") + kPhotoAgencies + "|" + kNewsAgencies + ")(?![\\p{L}\\p{N}])";
  // An agency where datelines and sign-offs put one in brackets: "(AFP)", "(APS)".
  const std::string bracket_ag =
      "(?:" + ag + "|(?:" + kFrancophoneAgencies + ")(?![\\p{L}\\p{N}]))";
  const std::string caps_word = R"re(\p{Lu}[\p{Lu}\p{M}'’.\-]+)re";
  const std::string name = R"re(\p{Lu}[\p{L}\p{M}'’.\-]+)re";
  const std::string day = R"re((?:\d{1,2}(?:er|st|nd|rd|th)?))re";
  const std::string num_date =
      R"re((?:\d{1,2}[/.\-]\d{1,2}[/.\-](?:\d{4}|\d{2})|\d{4}-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?(?:[T\s]\d{1,2}:\d{2}(?::\d{2})?Z?)?)(?![\p{N}]))re";
  const std::string word_date = "(?:(?:" + weekday + "\\s*,?\\s+)?(?:(?i:le|the)\\s+)?" + day +
                                "\\s+" + month + "(?:\\s+\\d{4})?|(?:" + weekday + "\\s*,?\\s+)?" +
                                month + "\\s+" + day + "(?:\\s*,\\s*|\\s+)\\d{4}|(?:" + weekday +
                                "\\s*,?\\s+)?" + month + "\\s+" + day + "(?![\\p{N}])|" + month +
                                "\\s+\\d{4})(?![\\p{L}\\p{N}])";
  const std::string time =
      R"re((?:(?:\d{1,2}\s*[h:]\s*\d{2}(?::\d{2})?|\d{1,2}\s*h(?![\p{L}]))(?:\s*(?i:am|pm|a\.m\.|p\.m\.))?|\d{1,2}\s*(?i:am|pm|a\.m\.|p\.m\.)))re";
  const std::string zone =
      R"re((?:GMT|UTC|CET|CEST|ET|EST|EDT|PT|PST|PDT|BST|HNE|HAE)(?:[+\-]\d{1,2})?(?![\p{L}]))re";
  const std::string full_word_date = "(?:(?:" + weekday + "\\s*,?\\s+)?" + day + "\\s+" + month +
                                     "\\s+\\d{4}|(?:" + weekday + "\\s*,?\\s+)?" + month + "\\s+" +
                                     day + "\\s*,?\\s+\\d{4})";
  // The Guardian's "10.15 GMT": a period between hours and minutes, which only the zone
  // or am/pm after it tells from a decimal.
  const std::string dotted_time = R"re(\d{1,2}\.\d{2}(?=\s*(?:(?i:am|pm)|)re" + zone + "))";
  // Reuters glues its two stamps: "June 19, 2024 9:47 AM GMT+2Updated 2 hours ago". Only a
  // zone's offset in digits ends before the stamp word; "ESTUpdated" may be a word. First:
  // kDateLine's items are possessive, and "GMT" alone would be taken.
  const std::string glued_zone = R"re((?:GMT|UTC)[+\-]\d{1,2}(?=)re" + marker + ")";
  const std::string date_item = "(?:" + glued_zone + "|(?:" + num_date + "|" + word_date + "|" +
                                time + "|" + dotted_time + "|" + zone + "|" + weekday + "|" +
                                marker + "|(?i:" + all(&LanguageTable::date_words) +
                                "))(?![\\p{L}\\p{N}]))";
  // Le Temps parts its two stamps with a slash: "Publié le 9 juin 2024 à 17:42. / Modifié le
  // 9 juin 2024 à 19:05.".
  const std::string sep = R"re([\s,|·•/\-–—:().]*+)re";

  std::vector<std::string> source(kKindCount);
  source[kPlugLead] = R"re(^(?:>>|»»|>\s|►|▶|▷|→|⇒))re";
  source[kPlugFields] = R"re(\s/\s.*\s/\s)re";
  literals_[kPlugFields] = {"/"};
  source[kDuration] =
      R"re((?<![\p{L}\p{N}])\d{1,3}\s*(?i:min|mn|minutes?|sec|s|h)\.?(?![\p{L}\p{N}])|(?<![\p{N}:])\d{1,2}:\d{2}(?::\d{2})?(?![\p{N}]))re";
  source[kCtaCaps] =
      "^" + all(&LanguageTable::cta_caps) + R"re((?:\s*+$|[\s:>»|–—.\-]++(?!\p{Lu}\p{Lu})))re";
  // A dash or a period after the label separates it from a headline that may end with a
  // period itself ("À lire aussi - La Corée du Nord fournit des obus à la Russie."); the
  // space after it keeps "Et aussi-tôt" prose.
  source[kCtaMixed] =
      "^(?i:" + all(&LanguageTable::cta_mixed) + R"re()\s*+(?:[:>»|→►▶]|[\-–—.](?=\s)|$))re";
  source[kCtaStrong] = "^(?i:" + all(&LanguageTable::cta_strong) + R"re()\s+\S)re";
  // A call before the paper's own pages ("Lire aussi notre décryptage..."), or before a
  // headline in quotes that ends the line ("Lisez l’article « Le maire et les enveloppes
  // brunes »."): prose goes on after the quote ("Lisez « Le Petit Prince » à vos enfants,
  // conseille...").
  source[kCtaOwnPages] = "^(?i:" + all(&LanguageTable::cta_strong) +
                         R"re()\s+(?:(?i:notre|nos|our)\s|«[^»\n]{1,200}»\s*\.?\s*$))re";
  // "[À LIRE]", "(LIRE AUSSI)", "[Lire aussi]", "[READ MORE]": the label in brackets.
  source[kBracketCta] = "^[(\\[]\\s*(?:" + all(&LanguageTable::cta_caps) +
                        "|(?i:" + all(&LanguageTable::cta_mixed) + R"re())\s*[)\]])re";
  literals_[kBracketCta] = {"(", "["};
  source[kAnnouncer] = "^(?i:" + all(&LanguageTable::announcers) + R"re()\s*:\s*$)re";
  source[kCommentFormRe] = "(?i:" + all(&LanguageTable::comment_form) + ")";
  const std::string ui_label = "(?i:" + all(&LanguageTable::ui_labels) + ")";
  // Labels one after the other, or joined by a bar or a slash. A dash joins them only on
  // an advertising label's line ("Advertisement - Scroll to continue"): "Facebook -
  // Instagram" or "Menu - Accueil" is as often a heading of the story's.
  const auto labels_by = [&ui_label](const std::string& separator) {
    return ui_label + "(?:" + separator + ui_label + ")*+";
  };
  source[kUiLine] =
      "^(?:" + labels_by(R"re([\s|·•/,]+)re") +
      R"re(|(?=.*(?i:advertisement|advertising|publicité|scroll\s|faites\s+défiler)))re" +
      labels_by(R"re([\s|·•/,\-–—]+)re") + R"re()\s*[.:!]?$)re";
  std::string ui_phrases;
  for (const LanguageTable* t : tables) {
    for (const AlternationPart& part : t->ui_phrases) {
      if (!ui_phrases.empty()) ui_phrases += '|';
      ui_phrases += part.alternation;
      parts_[kUiPhrase].push_back({part.alternation, {part.literals.begin(), part.literals.end()}});
    }
  }
  source[kUiPhrase] = "(?i:(?:" + ui_phrases + "))";
  // "RAMIL SITDIKOV / AFP", "STR / AFP", "Kevin Lamarque / Reuters" open a caption.
  // A paper credits its own photographer glued to its name, alone on its line: "Denis
  // Allard/Libération" (spaced, two names are a headline's "Macron / Le Pen").
  source[kCapsCredit] = "^(?:(?:" + caps_word + "\\s+){1,3}" + caps_word + "\\s*/\\s*(?:" + pag +
                        "|" + caps_word + "(?![\\p{L}]))|" + caps_word + "\\s*/\\s*" + pag +
                        "|(?:" + name + "\\s+){1,3}" + name + "\\s*/\\s*" + pag + "|(?:" + name +
                        "\\s+){1,3}" + name + "/" + name + "(?:\\s+" + name + ")?\\s*$)";
  // Every alternative opens with a capitalized word and has "NAME / AGENCY" or "Name/Outlet".
  heads_[kCapsCredit] = Head::kUpper;
  literals_[kCapsCredit] = {"/"};
  // "... 2024. STR / AFP", "... KCNA VIA AFP": a caption's closing credit.
  source[kCapsCreditTail] = "[\\s.](?:" + caps_word + "\\s+){0,3}" + caps_word +
                            "(?:\\s*/\\s*|\\s+VIA\\s+)" + pag + R"re([\s.)\]]*$)re";
  literals_[kCapsCreditTail] = {"/", "via"};
  // A caption's closing credit in the other forms papers print, after the caption's last
  // sentence: a photographer or a pool in mixed case before the agency ("... 2024. Gavriil
  // Grigorov / AP", "Sputnik/Gavriil Grigorov/Pool via REUTERS", "— Gavriil
  // Grigorov/AP/SIPA"); "Photo" and names only ("Photo Le Progrès /Joël PHILIPPON",
  // "Photo DNA/Jean-Marc LOOS", "Photo DR", "Photo : Kremlin.ru"; "Photo ID is now
  // required" is prose); AP's credits in brackets, longer than kBracketCredit allows
  // ("(Kristina Kormilitsyna, Sputnik, Kremlin Pool Photo via AP)", "(Korean Central News
  // Agency/Korea News Service via AP)"); Ouest-France's capitals after a bar ("... quai des
  // Indes. | ARCHIVES OUEST-FRANCE", "| THIERRY CREUX / OUEST-FRANCE"; a rubric's "...
  // janvier. | ANALYSE" is not one); the agency before the photographer ("... Marseille.
  // AFP / Nicolas Tucat"), and the lower-case kind of picture or a "Crédit :" before the
  // names ("Photo archives Valentine Chapuis / AFP", "Photo illustration Sipa", "Crédit :
  // Christophe Simon / AFP"; "Crédit Agricole" has no colon). Each takes the whole paragraph, as a
  // caption is: a bracket of two names is a source as often ("(Ifop/Fiducial)", "(Olivier
  // Faure/PS)"), and prose names an agency inside its sentence ("released by Kim Jong Un via
  // KCNA").
  const std::string names = "(?:" + name + "\\s+){0,3}" + name;
  const std::string after_sentence = R"re((?:[.!?…»"”)]\s+|\s[—–]\s+))re";
  // A paper's name may hold a particle or a figure ("Photo La Voix du Nord - Jean Dupont",
  // "Image : France 3 Bretagne").
  const std::string credit_words =
      R"re((?:\p{Lu}[\p{L}\p{M}'’.\-]*)(?:(?:\s*[/\-–]\s*|\s+(?:(?:du|de|des)\s+|d['’])?)(?:\p{Lu}[\p{L}\p{M}'’.\-]*|\p{N}{1,3}(?=\s+\p{Lu}))){0,7})re";
  // Le Parisien's credit, its initials and its photographer: "LP/Olivier Arandel".
  const std::string lp_credit =
      R"re(\(?LP\s*/\s*\p{Lu}\p{Ll}[\p{L}\p{M}'’\-]*(?:\s+)re" + name + R"re(){1,3}\)?[\s.]*$)re";
  // A grab from a screen: "Capture d'écran BFMTV", "Photo : capture d'écran X".
  const std::string screen_grab = R"re((?:(?i:photo)\s*:\s*)?(?i:capture\s+d['’]\s*écran)\s+)re";
  source[kCreditTail] =
      after_sentence + names + "(?:\\s*/\\s*" + names + "){0,3}(?:\\s*/\\s*|\\s+(?i:via)\\s+)" +
      pag + "(?:\\s*/\\s*" + pag + R"re()*[\s.]*$|)re" + after_sentence + pag + "(?:\\s*/\\s*" +
      names + R"re(){1,2}[\s.]*$|)re" + after_sentence +
      R"re((?:(?i:photos?)(?:\s+(?i:d['’]\s*)?(?i:archives?|illustration))?|(?:(?i:crédits?|credits?)(?:\s+(?i:photos?))?|(?i:images?))(?=\s*:))(?:\s*:\s*|\s+))re" +
      credit_words + R"re([\s.]*$|)re" + after_sentence + lp_credit + "|" + after_sentence +
      screen_grab + credit_words + R"re([\s.]*$|)re" +
      R"re((?<=[.!?…»"”])\s*\((?=[^()]*(?i:photo|pool|/))[^()]{1,80}?\s(?i:via)\s+)re" + pag +
      R"re(\s*\)[\s.]*$|[.!?…»"”)]\s*\|\s*(?=[^|]*(?:OUEST-FRANCE|/)))re" +
      R"re((?:\p{Lu}[\p{Lu}\p{M}'’.\-]*+\s*/?\s*){1,6}$)re";
  // "dit" for "Crédit :", whose accent the ASCII pre-filter cannot spell.
  literals_[kCreditTail] = {"/", "via", "photo", "|", "dit", "image", "capture"};
  // A picture's credit in brackets glued after the story's sentence: "(DR)" (droits
  // réservés), "(Capture d’écran KCNA)". Group 1 goes; the sentence before it may be prose
  // that tells what the picture shows ("La télévision d’État a diffusé ... fumée
  // orange."), and stays unless it is a caption by other rules.
  source[kCreditSuffix] =
      R"re((?<=[.!?…»"”])\s*(\(\s*(?:DR|(?i:capture\s+d['’]écran|screenshot)[^()]{0,60})\s*\))[\s.]*$)re";
  literals_[kCreditSuffix] = {"dr", "cran", "screenshot"};
  tails_[kCreditSuffix] = Tail::kCloser;
  // Up to six words in capitals: a name or an outlet's in a credit.
  const std::string caps_words =
      R"re(\p{Lu}[\p{Lu}\p{M}'’.\-]*(?:\s+\p{Lu}[\p{Lu}\p{M}'’.\-]*){0,5})re";
  source[kPhotoLead] =
      "^(?:" + lp_credit + "|" + screen_grab + credit_words +
      "[\\s.]*$|(?i:" + all(&LanguageTable::photo_words) +
      R"re()\s*(?::|©)|(?i:photos?|images?)\s+(?:(?i:(?:d['’]\s*)?(?:illustration|archives?))|)re" +
      pag +
      R"re()|(?i:photo|photograph|image)\s+(?i:by|de|par)\s+\p{Lu}|(?i:afp|ap|reuters|epa)\s+(?i:photo)\s*/)re"
      // "Photo Denis Allard pour Libération"; a line of picture agencies alone ("Sipa
      // Press", "Getty Images via AFP").
      + "|(?i:photos?)\\s+(?:" + name + "\\s+){1,3}(?i:pour|for)\\s+\\p{Lu}|" + pag +
      "(?:\\s*(?:/|,|(?i:via|and|et)(?=\\s))\\s*" + pag + ")*[\\s.]*$" +
      // La Presse's credit, all in capitals: "PHOTO ROBERT SKINNER, LA PRESSE", "PHOTO
      // FOURNIE PAR LA SÛRETÉ DU QUÉBEC". Its comma or its "fournie par" tells it from a
      // heading in capitals ("PHOTOS INÉDITES DU PRÉSIDENT").
      "|PHOTOS?\\s+(?:" + caps_words + "\\s*,\\s*" + caps_words +
      R"re(|(?:(?:FOURNIES?|TIRÉES?)\s+(?:PAR|DE|D['’])|GRACIEUSETÉ|COURTOISIE)(?:\s*)re" +
      caps_words + ")?)\\s*$)";
  source[kPhotoTail] =
      R"re((?:^|[.!?)\]»|–—\-]\s*|\()\s*(?i:photos?|images?|illustrations?)\s+(?:(?i:(?:d['’]\s*)?(?:illustration|archives?))(?:\s+)re" +
      pag + R"re()?|)re" + pag + R"re()[\s.)\]]*$)re";
  literals_[kPhotoTail] = {"photo", "image", "illustration"};
  source[kBracketCredit] =
      R"re([\[(]\s*(?:(?i:photos?)(?:\s*[:©]|\s+\p{L})|(?i:crédits?|credits?|images?|illustrations?)\s*(?i:photos?)?\s*[:©]|©|[^\[\]()]{0,40}?(?i:via)\s+[^\[\]()]{0,40}?)re" +
      pag +
      R"re(|[^\[\]()]{0,20}?(?i:afp|ap|reuters|epa)\s+(?i:photo)\s*/|[^\[\]()]{0,40}?\p{L}\s*/\s*)re" +
      pag + R"re()[^\[\]()]{0,80}[\])][\s.]*$)re";
  // It opens with ( or [ and closes with ) or ] before the end.
  literals_[kBracketCredit] = {"(", "["};
  tails_[kBracketCredit] = Tail::kCloser;
  // A copyright is a credit, not the prose that mentions one ("sued OpenAI over copyright
  // infringement", "La marque © Renault a été déposée en 1899"), nor the "Ã©" of
  // double-encoded UTF-8: © or "(c) Name" apart from a word, in a short line or among its
  // last words; "Copyright 2024", "copyright: AFP", "Copyright © ..."; or a short line
  // that opens on "Copyright Name".
  const std::string mark = R"re((?:(?<![\p{L}\p{N}])©|\((?i:c)\)\s*\p{Lu}))re";
  source[kCopyrightMark] = mark;
  literals_[kCopyrightMark] = {"©", "(c)"};
  source[kCopyrightMarkTail] = mark + R"re(\S*(?:\s+\S+){0,8}\s*$)re";
  literals_[kCopyrightMarkTail] = {"©", "(c)"};
  source[kCopyrightNotice] = R"re((?i:copyright)\s*(?:[:©\p{Nd}]|\((?i:c)\)))re";
  literals_[kCopyrightNotice] = {"copyright"};
  source[kCopyrightLead] = R"re(^[\s\p{P}]*(?:\p{L}+\s+)?(?i:copyright)\s+\p{Lu})re";
  literals_[kCopyrightLead] = {"copyright"};
  const std::string signoff_token = SignoffToken(ag);
  const std::string avec_article = AvecArticle();
  // "avec AFP", "(AFP)", "AFP/Reuters", "Le Monde avec AFP", "franceinfo avec AFP", "20
  // Minutes avec AFP": agencies, optionally after a lead word or the outlet's name.
  const std::string signoff =
      R"re(^[\s(\[\-–—]*(?:(?:(?:\p{N}+\s+(?=\p{Lu}))?\p{Lu}[\p{L}'’.\-]*\s+|\p{Ll}[\p{L}\p{N}.\-]*\s+(?=\p{Ll}))(?:\p{Lu}[\p{L}'’.\-]*\s+){0,3}(?:)re" +
      avec_article + R"re(|(?i:avec|with|et|and)\s+)|)re" + avec_article + R"re(|(?i:)re" +
      all(&LanguageTable::signoff_leads) + R"re()\s*:?\s*)?)re" + signoff_token +
      R"re((?:\s*(?:[/,&+]|(?i:et|and)(?=\s))\s*)re" + signoff_token + R"re()*)re";
  // The acronyms of kFrancophoneAgencies and La Presse Canadienne's, "(APS)", "Avec MAP",
  // "Source : AIP", "(PC)": in brackets or after a lead only, as "MAP" or "PC" alone may
  // head a story's map or a party's results.
  const std::string acronym_signoff = R"re(^[\s\-–—]*(?:[(\[]\s*|(?i:)re" +
                                      all(&LanguageTable::signoff_leads) + R"re()\s*:?\s*)(?:)re" +
                                      kFrancophoneAgencies + R"re(|PC|CP)(?![\p{L}\p{N}]))re";
  // A place, as a byline or a sign-off names where its author works: up to three
  // capitalized words, "de" or "d’" between them ("Bamako", "New York", "Côte d’Ivoire").
  const std::string place =
      name + R"re((?:\s+(?:(?:de|du|des|la|le|sur)\s+|d['’]\s?)?)re" + name + "){0,2}";
  const std::string at_place = R"re(\s+(?i:à|au|aux|en)\s+)re" + place;
  // The acronyms of kFrancophoneAgencies alone, or after a dash ("APS", "— MAP"); alone,
  // not those that are words too ("MAP" may head a map).
  const std::string lone_acronym = R"re(^\s*(?:[\-–—]+\s*(?:)re" +
                                   std::string(kFrancophoneAgencies) + R"re(|PC|CP)|(?!(?:)re" +
                                   kFrancophoneAgencyWords + R"re()(?![\p{L}\p{N}]))(?:)re" +
                                   kFrancophoneAgencies + R"re())(?![\p{L}\p{N}]))re";
  // La Presse Canadienne's signature names the town of its desk ("La Presse Canadienne à
  // Québec"), as any agency's may ("AFP à Dakar"): the place ends the line, where a
  // sentence would go on.
  source[kSignoffLine] = "(?:" + signoff + "(?:" + at_place + ")?|" + acronym_signoff + "|" +
                         lone_acronym + R"re()[\s)\].]*$)re";
  // "Par notre correspondant à Bamako", "De notre envoyée spéciale à Kiev", "Envoyé spécial
  // à Nouakchott", "Nos envoyés spéciaux en Ukraine": the paper's own reporter, on the line
  // where a byline stands. Without "notre" it needs its place: "Envoyé spécial" alone is a
  // programme's name. Whole lines only: a sentence goes on after the place ("Notre
  // correspondant à Bamako a vu les blindés entrer dans la ville.").
  const std::string reporter =
      R"re((?i:correspondante?s?|envoyée?s?\s+spéciale?s?|envoyés\s+spéciaux)(?:\s+(?i:permanente?s?|régionale?s?|régionaux))?)re";
  source[kReporterLine] = "^(?:(?i:par|de)\\s+)?(?:(?i:notre|nos)\\s+" + reporter +
                          "(?:" + at_place + ")?|" + reporter + at_place + R"re()\s*\.?$)re";
  literals_[kReporterLine] = {"correspond", "envoy"};
  // RTBF's rubric over its regional stories: "Régions - Hainaut", "Régions - Brabant wallon".
  source[kRegionRubric] =
      R"re(^(?i:régions?)\s+[\-–—]\s+)re" + place + R"re((?:\s+(?i:wallon))?\s*$)re";
  literals_[kRegionRubric] = {"gions"};
  // A person's name alone on a line, as a byline gives it: two to four capitalized words,
  // a name's particles between them ("Isabelle Ducas", "Jean-François de La Roche").
  std::string particles;
  for (const char* particle : kNameParticles) {
    particles += particles.empty() ? "" : "|";
    particles += particle;
  }
  const std::string given = R"re(\p{Lu}[\p{L}\p{M}'’\-]+)re";
  source[kPersonName] = "^" + given + "(?:\\s+(?:(?:" + particles + ")\\s+)?" + given + "){1,3}$";
  heads_[kPersonName] = Head::kUpper;
  // Desk initials glued by slashes ("afp/ami", "pac/ats", AFP's "bur-abc/jp/dch"); spaced,
  // "STR / AFP" is a credit. Or the end mark of a Québec press release, "-30-", "- 30 -".
  source[kSlashInitials] =
      R"re(^[(\[]?\s*(?:\p{Ll}{2,6}(?:-\p{Ll}{2,6})?|\p{Lu}{2,6})(?:/(?:\p{Ll}{2,6}|\p{Lu}{2,6}))+\s*[)\]]?\s*\.?$|^[\-–—]\s*30\s*[\-–—]$)re";
  source[kSignoffSuffix] = R"re((?<=[.!?…»"”])\s*[(\[]\s*)re" + bracket_ag +
                           R"re((?:\s*[/,]\s*)re" + bracket_ag + R"re()*\s*[)\]]\s*\.?$)re";
  literals_[kSignoffSuffix] = {"(", "["};
  tails_[kSignoffSuffix] = Tail::kCloser;
  // An embedded tweet's signature on a line of its own: "— Préfet du Finistère (@Prefet29)
  // 3 juin 2024", "— Jean Dupont (@jdupont) June 3, 2024". Group 1 is the signature. After
  // words on its line it stays: there it tells who speaks ("« Pensées pour les victimes. »
  // — Emmanuel Macron (@EmmanuelMacron) 3 juin 2024", "vu deux millions de fois — selon
  // Christophe Martin (@cmartin) 3 juin 2024"). Prose that quotes a tweet names its author
  // otherwise ("a tweeté le préfet (@Prefet29) le 3 juin 2024.").
  source[kTweetSignoff] =
      R"re((?:^|\n)\s*([\-–—]{1,2}\s*[^()\n]{1,60}?\s*\(\s*@\w{1,15}\s*\)\s*)re" + full_word_date +
      R"re()\s*$)re";
  literals_[kTweetSignoff] = {"@"};
  tails_[kTweetSignoff] = Tail::kDigit;
  needs_digit_[kTweetSignoff] = true;
  // The link to an embedded tweet's picture, which the tweet's text ends with once the
  // page is flattened: "Restez chez vous ! pic.twitter.com/AbC123xyz", or alone on its
  // line. Group 1 is the link, or the links (one per picture, four at most). Only last in
  // the paragraph: before the tweet's signature it stays, as the signature does there
  // (kTweetSignoff), and prose may name a link ("Le lien pic.twitter.com/AbC123xyz a été
  // partagé"). The bounds keep the search linear on a long run of links.
  // A tweet's other links are shortened to t.co, which only their scheme in front tells
  // from a word ("https://t.co/AbC123xyz"). Prose may end on one as the object of its
  // sentence ("consultable à l’adresse https://t.co/AbC123xyz"): the first link goes only
  // after a mark or on a line of its own, not after a word.
  const std::string picture_link = R"re((?:https?://)?pic\.(?:twitter|x)\.com/[A-Za-z0-9]{4,20})re";
  const std::string short_link = R"re(https?://t\.co/[A-Za-z0-9]{4,20})re";
  const std::string tweet_link = "(?:" + picture_link + "|" + short_link + ")";
  source[kTweetLink] = R"re((?:^|[\s.!?…»"”])((?:)re" + picture_link +
                       R"re(|(?<![\p{L}\p{N},;:'’]\s))re" + short_link + ")(?:\\s+" + tweet_link +
                       R"re(){0,3})\s*$)re";
  literals_[kTweetLink] = {"pic.twitter.com", "pic.x.com", "://t.co/"};
  // A screen reader's note on a link, flattened into its text: Reuters's "Purchase
  // Licensing Rights, opens new tab", which may end the picture's credit ("... Pool via
  // REUTERS Purchase Licensing Rights, opens new tab"). Group 1 goes; a link's own label
  // before it (the licensing one) with it, since it is the page's too.
  source[kNewTabSuffix] =
      R"re(((?:\b(?i:purchase\s+licensing\s+rights)\s*)?,\s*(?i:opens\s+(?:in\s+)?(?:a\s+)?new\s+(?:tab|window))\.?)\s*$)re";
  literals_[kNewTabSuffix] = {"new tab", "new window"};
  // AP's note on who funds a beat, a paragraph of its own under the story: "The
  // Associated Press’ climate and environmental coverage receives financial support from
  // multiple private foundations. AP is solely responsible for all content. Find AP’s
  // standards for working with philanthropies, ... at AP.org." Longer than the phrase
  // rules read, it is matched whole; a story that quotes the formula goes on after it
  // ("AP is solely responsible for all content, the agency said.").
  source[kFundingNote] =
      R"re(^(?:(?i:the)\s+)?(?:Associated\s+Press|AP)\b[^.]{0,120}?\b(?i:receives\s+(?:financial\s+)?support)\b[^.]{0,200}\.\s+(?:(?i:the)\s+)?AP\s+(?i:is\s+solely\s+responsible\s+for\s+all\s+content)\s*\.?(?:\s*(?i:find)\s+AP['’]s\s+(?i:standards)\b[^\n]*)?\s*$)re";
  literals_[kFundingNote] = {"solely"};
  heads_[kFundingNote] = Head::kUpper;
  // A site's notices of consent and data use, the same on every site that runs a
  // consent platform or a newsletter form ("Nous et nos partenaires stockons et/ou accédons
  // à des informations sur un appareil...", "Les informations recueillies sont destinées
  // à ... l'envoi de votre newsletter"), or an embed's that is blocked until the reader
  // accepts cookies, which runs past the dialog rule's length when the page joins its
  // lines; the footer that asks readers to report an error in this article ("Signaler une
  // erreur dans cet article", "Vous avez repéré une erreur ou une coquille dans cet
  // article ?": the article, or the question asked of nothing else, tell it from a story's
  // "Signaler une erreur médicale ...", "Vous avez repéré une erreur dans le calcul de
  // votre impôt ?"); a sponsored link's label before its teaser ("Contenus sponsorisés : Cette
  // astuce..."); a press release's closing words on who sent it ("À propos de Grenoble en
  // commun : Grenoble en commun est un rassemblement...", the name said twice; a story's "À
  // propos de la réforme : le ministre..." goes on to other words). Long, so matched from the paragraph's start, by formulas a story does not
  // open with: "Les informations recueillies" only with the newsletter or the
  // unsubscribing that makes it the form's.
  source[kSiteNotice] =
      R"re(^(?i:nous\s+et\s+nos\s+(?:\d+\s+)?partenaires\s+(?:stockons|utilisons|traitons|accédons|pouvons|collectons)\b|avec\s+votre\s+(?:permission|accord|consentement)\s*,\s*nous\s+et\s+nos\s+partenaires\b|en\s+cliquant\s+sur\s+«?\s*[^»,.]{1,30}?\s*»?\s*,\s*vous\s+(?:acceptez|consentez)\b|ce\s+contenu\s+(?:est|a\s+été)\s+bloqué\s+car\s+vous\s+n['’]avez\s+pas\s+accepté\b|les\s+(?:informations|données)\s+(?:personnelles\s+)?recueillies\b[^\n]{0,300}?\b(?:newsletters?|lettres?\s+d['’]information|désinscrire|désabonner)\b|vous\s+souhaitez\s+(?:nous\s+)?signaler\s+une\s+erreur\b|signal(?:er|ez)\s+une\s+(?:erreur|coquille|faute)\s+(?:dans|sur)\s+(?:cet\s+article|ce\s+contenu|l['’]article)\b|vous\s+avez\s+(?:repéré|remarqué|relevé|constaté|trouvé)\s+une\s+(?:erreur|coquille|faute)(?:\s+ou\s+une\s+(?:erreur|coquille|faute))?(?:\s+(?:dans|sur)\s+(?:cet\s+article|ce\s+contenu|l['’]article))?\s*\?|(?:cet\s+article\s+vous\s+a\s+été\s+utile\s*\?\s*)?sachez\s+que\s+vous\s+pouvez\s+suivre\b[^.]{1,60}?\bdans\s+l['’]espace\b|contenus?\s+(?:sponsorisés?|partenaires?)\s*:|[àa]\s+propos\s+(?:de\s+|du\s+|des\s+|d['’])(?<about>[^:,.!?\n]{1,80}?)\s*:\s+(?:l['’]|la\s+|le\s+|les\s+)?\k<about>\b|we\s+and\s+our\s+(?:\d+\s+)?partners\s+(?:store|use|process|access|collect|may)\b|with\s+your\s+(?:permission|consent)\s*,\s*we\s+and\s+our\s+partners\b|by\s+clicking\s+(?:on\s+)?["“]?[^"”,.]{1,30}?["”]?\s*,\s*you\s+(?:agree|accept|consent)\b|(?:sponsored\s+(?:content|stories|links)|promoted\s+stories)\s*:))re";
  literals_[kSiteNotice] = {"partenaire",  "partners", "cliquant", "clicking", "bloqu",
                            "recueillies", "signal",   "erreur",   "coquille", "faute",
                            "sachez",      "sponsor",  "promoted", "propos"};
  // A heading without a colon over the paper's list of links: Le Figaro's "La rédaction vous
  // conseille", Ouest-France's "Ouest-France vous recommande", "Dans la même rubrique". The
  // headlines under it are links, as after "Lire aussi :". Only the papers' own: "Météo-France
  // vous recommande" heads the story's safety instructions ("Restez chez vous").
  source[kListHeading] =
      R"re(^(?:(?i:(?:la\s+rédaction|ouest-france|le\s+figaro|le\s+parisien|20\s+minutes)\s+vous\s+(?:conseille|recommande))|(?i:dans\s+la\s+même\s+rubrique))\s*:?$)re";
  literals_[kListHeading] = {"vous", "rubrique"};
  // A link on a line of its own, maybe after a short label ("https://t.co/AbC123xyz…",
  // "Voir la vidéo : https://www.youtube.com/watch?v=abc", "Source : www.insee.fr"): what
  // the page linked to, not a sentence of the story. A link within prose stays.
  source[kLinkLine] = R"re(^(?:[^:\n]{1,40}?\s*:\s*)?(?:https?://|www\.)\S+$)re";
  literals_[kLinkLine] = {"http", "www."};
  // "PARIS (Reuters) -", "BRUSSELS, Belgium (AP) _", "Paris, 19 juin 2024 (AFP) - ", "Dakar,
  // 12 juin (APS) – ".
  const std::string paren_agency =
      "\\(\\s*" + bracket_ag + "(?:\\s*[/,\\-]\\s*" + bracket_ag + ")*\\s*\\)";
  // "Izmir (Turquie) (AFP) - ": the country in parentheses, as AFP writes it.
  source[kDatelinePrefix] =
      "^" + name + "(?:[\\s\\-]+" + name +
      "){0,3}(?:\\s*,\\s*[^()\\n]{1,40}?)?(?:\\s*\\([^()\\n]{1,40}\\))?\\s*" + paren_agency +
      R"re(\s*(?:[\-–—_:]+\s*|$))re"
      // "(AFP) - Le président ...": alone, "(AFP)" is a sign-off.
      + "|^" + paren_agency +
      R"re(\s*[\-–—_:]+\s*)re"
      // "MONTRÉAL (PC) — ", "TORONTO (CP) - ": La Presse Canadienne's acronym, a party's
      // too ("Jean Tremblay (PC) - 12 345 voix"), only after a place in capitals.
      + "|^" + caps_word + "(?:[\\s\\-]+" + caps_word +
      R"re(){0,3}(?:\s*,\s*[^()\n]{1,40}?)?\s*\(\s*(?:PC|CP)\s*\)\s*[\-–—_:]+\s*)re"
      // "WASHINGTON _ NASA and ...": the wire dateline without agency.
      + "|^" + caps_word + "(?:[\\s\\-]+" + caps_word +
      R"re(){0,3}(?:\s*,\s*[^()\n_]{1,40}?)?\s+(?:_|--)\s+(?=\p{Lu}))re";
  // Each alternative has its agency in parentheses or its "_" / "--" separator.
  literals_[kDatelinePrefix] = {"(", "_", "--"};
  // "Meadow Lake, Saskatchewan – Le conseil...", "Londres, Angleterre -- Pour...": a place
  // and its region in any case, then a dash, as WikiNews writes its dateline. The comma
  // tells it from a title's rubric ("Cyclisme - Armstrong fait durer le suspens"), the
  // final stop from a title's teams ("Football, France - Belgique : les Bleus en quart"),
  // but not from two names ("Nicolas Sarkozy, Carla Bruni - ..."): only the story's
  // opening paragraphs are read for it.
  // A press release's or a wire's place and full date without an agency: "Paris, le 14
  // octobre 2024 – ", "Ankara, 6 février 2023 (07h05) - ", "..., 6 février 2023 à 07h05 - ".
  // Without the dash the date is the sentence's own ("Paris, le 14 octobre 2024, le
  // président a...").
  const std::string dated_place = "(?:" + weekday + "\\s+)?" + day + "\\s+" + month +
                                  "\\s+\\d{4}(?:\\s*\\(\\s*" + time +
                                  "\\s*\\)|\\s*,?\\s+(?i:à)\\s+" + time + ")?";
  source[kPlaceDatelinePrefix] = "^" + name + "(?:[\\s\\-]+" + name + "){0,3}\\s*,\\s*(?:" + name +
                                 "(?:[\\s\\-]+" + name + "){0,2}|(?:(?i:le)\\s+)?" + dated_place +
                                 R"re()\s+(?:--|[\-–—])\s+(?=\p{Lu})(?=[\s\S]*[.!?…»"”]\s*$))re";
  literals_[kPlaceDatelinePrefix] = {"-", "–", "—"};
  // "Rabat - Le gouvernement marocain a annoncé...", "Dakar – Le président...": a town of
  // one word (or hyphenated words) in mixed case, a spaced dash, then a sentence, as papers
  // without an agency write their dateline ("RABAT - " is kKickerPrefix's). A match's
  // teams read the same way unless what follows the dash is told apart: a name before a
  // colon or a score ("Paris-Saint-Germain - Lyon : le match a été reporté.", "Lens - Lille
  // 2-1") and a title without its final stop stay. The town's second letter is in lower
  // case: the capitals are the kicker's.
  // Or "BAIN-DE-BRETAGNE (35) – ", "LE MANS (72) - ": the town in capitals and its
  // département's number, as Ouest-France, Le Télégramme or La Voix du Nord print it.
  // kRegionDatelinePrefix leaves the number out, which opens sentences further down
  // ("DUPONT (45) –", an age); before a story's lead, where alone this is read, a name and
  // an age or a line's number seldom stand, and a line's, an epidemic's and a law's words
  // never name a town. No second bracket (two teams) and a final stop, as there.
  source[kTownDatelinePrefix] =
      R"re(^(?:\p{Lu}\p{Ll}[\p{L}\p{M}'’]*(?:-\p{L}[\p{L}\p{M}'’]*)*\s+(?:--|[\-–—])\s+)re"
      R"re((?=\p{Lu}[\p{L}\p{M}'’\-]*\s+[\p{L}«"“])(?!\p{Lu}[\p{L}\p{M}'’\-]*(?:\s+\p{Lu}[\p{L}\p{M}'’\-]*){0,2}\s*(?::|\p{N})))re"
      R"re(|(?!(?:LIGNE|COVID|ARTICLE|ROUTE)\s*\()(?:(?:LE|LA|LES)\s+)?\p{Lu}[\p{Lu}\p{M}'’]{2,}(?:[\-\s]\p{Lu}[\p{Lu}\p{M}'’]*){0,4})re"
      R"re(\s*\(\s*(?:0[1-9]|[1-8]\d|9[0-5]|2[AB]|97[1-6])\s*\)\s*(?:--|[\-–—])\s+(?=[\p{Lu}«"“„]))re"
      R"re((?![^()\n]{0,80}\()))re"
      R"re((?=[\s\S]*[.!?…][»"”)]*\s*$))re";
  heads_[kTownDatelinePrefix] = Head::kUpper;
  literals_[kTownDatelinePrefix] = {"-", "–", "—"};
  // "INTERNATIONAL - ", "EXCLUSIF - ": a rubric glued before the first sentence. Agency
  // names are left to the dateline rules: "BBC - « ... »" attributes a quote. A rubric's
  // first word has four capitals at least ("USA - Le président..." names a subject), or
  // is an article or "EN" before such a word ("EN DIRECT - ", "LA VÉRIFICATION - "). A
  // scoop credits its newsroom, whose name may hold a figure or a slash ("INFO EUROPE 1 -
  // ", "INFO 20 MINUTES - ", "INFO TF1/LCI - "): only after "INFO", since figures
  // elsewhere are a score's ("PSG 2 - Lens 1 : ...").
  const std::string caps_rubric_word = R"re(\p{Lu}[\p{Lu}\p{M}'’]+)re";
  const std::string newsroom_word = R"re([\p{Lu}\p{N}][\p{Lu}\p{M}\p{N}'’]*(?:/[\p{Lu}\p{N}]+)*)re";
  source[kKickerPrefix] =
      "^(?!" + ag + ")(?!" + all(&LanguageTable::cta_caps) +
      "(?![\\p{L}]))(?:" + R"re((?:(?:EN|LA|LE|LES)\s+)?\p{Lu}[\p{Lu}\p{M}'’]{3,}(?:[\s\-])re" +
      caps_rubric_word + "){0,2}|INFO(?:\\s+" + newsroom_word + "){1,3})" +
      R"re(\s+[\-–—]\s+(?=\p{Lu}))re";
  // The look-aheads consume nothing: the rubric's first two letters open the span.
  heads_[kKickerPrefix] = Head::kCapsStart;
  source[kDateLine] = "^" + sep + "(?:" + date_item + sep + ")++$";
  // A day named by its distance, with its time, dates a line as well: Le Monde stamps the
  // day's articles "Publié aujourd’hui à 08h12, modifié à 11h40".
  // So does a stamp word before a relative date ("Updated 2 hours ago", "Mis à jour il y a 2
  // heures"); without it, "Il y a 12 minutes" may head an entry of the story's timeline.
  source[kDateMention] =
      num_date + "|" + day + "\\s+" + month + "(?![\\p{L}])|" + month +
      "\\s+(?:\\d{1,2}(?![\\p{N}])|\\d{4})|" + std::string(kRelativeDayAt) + time + "|" + marker +
      // La Presse stamps the day's articles with the time alone: "Publié à 5 h 00".
      "\\s*:?\\s*(?i:à|at)\\s+" + time + "|" + marker +
      R"re(\s*:?\s*(?:(?i:il\s+y\s+a)\s+\d+\s*(?i:min|minutes?|h|heures?|jours?)|\d+\s*(?i:mins?|minutes?|h|hrs?|hours?|days?)\s+(?i:ago))(?![\p{L}]))re";
  const std::string stamped_date = marker + "\\s*:?\\s*(?:" + word_date + "|" + num_date + ")";
  const std::string date_time = "\\s*(?:,|(?i:à|at)|[\\-–—])?\\s*" + time + "(?:\\s*" + zone + ")?";
  // Ouest-France prints its sign-off and its stamp on one line: "Ouest-France avec AFP.
  // Publié le 19/06/2024 à 11h20". The stamp word must follow the agency, and the rest be
  // the stamp's dates and times: "Le Monde avec AFP. Le 19 juin, Kim a reçu" is no stamp.
  source[kSignoffStamp] =
      signoff + R"re([\s)\]]*[.,·|\-–—]?\s*(?=)re" + marker + ")(?:" + date_item + sep + ")++$";
  source[kDatePrefix] =
      // A stop ends a stamp run into the lead only when it has its stamp word and its time:
      // "Mis à jour le 3 juin 2024 à 18h05. La". A story writes "11 septembre 2001. Ce
      // jour-là", "Mardi 6 juin 1944. Plus de", and also "Publié le 17 août 2023. Le roman"
      // or "Modifié le 1er janvier 2024. L'article L. 1234-1", where the stamp word is its
      // own.
      "^(?:" + stamped_date + date_time + R"re(\s*\.\s*(?=[\p{Lu}«"“„])|)re" +
      // A comma, a dash or a bar parts two stamps run into the lead: "Publié le 3 juin 2024
      // à 18h05, mis à jour le 4 juin 2024 à 08h12 Les", "... 18h05 - mis à jour le ...".
      // "Publié le 3 juin, modifié le 10 juin, le décret prévoit" is a sentence, and so is
      // the second stamp before a stop.
      stamped_date + "(?:" + date_time + ")?\\s*[,\\-–—|·]\\s*(?=" + stamped_date +
      "(?:" + date_time + R"re()?(?:\s*[\-–—|:·]\s*|\s+)[\p{Lu}«"“„])|(?:)re" + stamped_date + "|" +
      num_date + "|" + full_word_date + ")(?:" + date_time + ")?" +
      // A comma makes the date the sentence's own: "Mercredi 19 juin 2024,
      // Vladimir Poutine et Kim Jong-un ont signé un traité." A zone alone is no lead: the
      // stamp ends with it ("Publié le 3 juin 2024 à 4 h 00 HAE").
      R"re((?:\s*[\-–—|:·]\s*|\s+)(?=[\p{Lu}«"“„])(?!)re" + zone + R"re(\s*$)))re";
  // Every date form has a day or a year in digits (\d{1,2} or \d{4}).
  needs_digit_[kDatePrefix] = true;
  source[kBylineLead] = "^(?i:" + all(&LanguageTable::byline_leads) + ")\\s+(?:" + name + "\\s+" +
                        name + "|" + name + "\\s*$|" + ag + ")";
  // A web byline runs into the page's date stamp: "Par Jean Dupont (avec AFP) · Publié le
  // 19 juin 2024 à 12h05, modifié à 14h30", and a stamp into the next one: "... à 18h05 -
  // mis à jour le 4 juin ..." or Le Temps's "... à 17:42. / Modifié le ...". A hyphen or a
  // slash only with a space before it ("Jean-Publié" is none).
  source[kBylineStamp] = R"re((?:[·|–—]|\s[\-/])\s*)re" + marker + R"re((?![\p{L}]))re";
  source[kCreditPhrase] =
      R"re((?:^|[.;:]\s+)\(?(?i:)re" + all(&LanguageTable::credit_leads) +
      R"re()\s+(?:\p{Lu}|(?i:notre|nos)\s+(?i:correspondant|envoy)\p{L}*)|(?i:)re" +
      all(&LanguageTable::credit_anywhere) + ")";
  // A credit names its author, or the paper's own reporter ("Avec la contribution de notre
  // correspondant à Bruxelles, Jean Quatremer"); a wire puts it in brackets ("(Reporting
  // by John Smith)").
  // From the credit_leads and credit_anywhere fields of both tables: rapport(s),
  // report(age)s, additional reporting, reporting by; avec la contribution /
  // collaboration de, ont contribué, contributed; propos recueillis; édité(e); traduit(e);
  // article rédigé par, écrit par la rédaction; editing, writing, compiled, translated,
  // research by.
  literals_[kCreditPhrase] = {"rapport",    "report",   "contribu", "collaboration", "recueillis",
                              "dit",        "traduit",  "editing",  "writing",       "compiled",
                              "translated", "research", "dig",      "crit"};
  // The picture's credit in brackets may follow the date: "(Denis Allard/Libération)".
  const std::string bracket_credit =
      R"re(\s*\((?:)re" + name + R"re(\s+){1,3})re" + name + R"re(\s*/\s*\p{Lu}[^()]{0,40}\))re";
  source[kCaptionDate] =
      Replace(Replace(Replace(own.caption_date, "{M}", own.months), "{W}", own.weekdays), "{C}",
              bracket_credit);
  tails_[kCaptionDate] = Tail::kAny;  // the year, then "." (both tables), or a credit's ")"
  source[kNotPresent] = own.not_present;
  source[kDialogHeading] = "(?i:" + all(&LanguageTable::dialog_headings) + ")";
  // The blocked embed, the device ("appareil"), the refused cookies.
  literals_[kDialogHeading] = {"bloqu", "appareil", "cookies", "blocked", "device"};
  source[kDialogLine] = "(?i:" + all(&LanguageTable::dialog_lines) + ")[\\s.!]*";
  source[kCommentsHeading] = "(?i:" + all(&LanguageTable::comments_headings) + ")[\\s.!:]*";
  source[kBareCommentsHeading] =
      "(?i:" + all(&LanguageTable::bare_comments_headings) + ")[\\s.!:]*";
  // A pseudonym: a word that holds a digit or an underscore ("Jean75", "marie_c"), which
  // names and words seldom do, alone on its line or before a colon and the comment.
  // Bounded, so that a long word without a digit fails fast.
  const std::string pseudonym = R"re(\p{L}[\p{L}\p{N}.\-]{0,30}?[\p{N}_][\p{L}\p{N}_.\-]{0,30})re";
  // The buttons may share a line ("Répondre · Signaler").
  const std::string button = "(?i:" + all(&LanguageTable::comment_buttons) + ")";
  source[kCommentButton] = "^" + button + "(?:\\s*[·|•–-]\\s*" + button + ")*[\\s.!]*$";
  source[kCommentMarker] = "^(?:(?i:" + all(&LanguageTable::comment_markers) + ")[\\s.!]*$|" +
                           pseudonym + "(?:\\s*:\\s|\\s*$))";
  AddGluedFurniture(source, ag, name, marker, time, all(&LanguageTable::signoff_leads));

  for (int kind = 0; kind < kKindCount; ++kind) {
    regexes_[kind] = Compile(source[kind], kind);
    // PartsRegex's masks have a bit per part.
    if (parts_[kind].size() > 64) CheckIcu(U_ILLEGAL_ARGUMENT_ERROR, "clean pattern parts");
  }
}

const icu::RegexPattern* Patterns::PartsRegex(int kind, uint64_t mask) const {
  // One for every language's patterns: a regex is compiled once per combination, rarely.
  // Never destroyed, as ForkSafeMutex asks.
  static ForkSafeMutex& mutex = *new ForkSafeMutex;
  const std::lock_guard<ForkSafeMutex> lock(mutex);
  const auto key = std::make_pair(kind, mask);
  auto found = parts_regexes_.find(key);
  if (found == parts_regexes_.end()) {
    if (parts_regexes_.size() >= kMaxPartsRegexes) return nullptr;
    found = parts_regexes_.emplace(key, nullptr).first;
  }
  std::unique_ptr<icu::RegexPattern>& regex = found->second;
  if (!regex) {
    std::string alternation;
    for (std::size_t i = 0; i < parts_[kind].size(); ++i) {
      if ((mask >> i & 1) == 0) continue;
      if (!alternation.empty()) alternation += '|';
      alternation += parts_[kind][i].alternation;
    }
    regex = Compile("(?i:(?:" + alternation + "))", kind);
  }
  return regex.get();
}

// Furniture glued to a paragraph's prose with no line break of its own: a sign-off after
// the last sentence, a region's dateline, a live blog's clock time, a relative date
// stamp, a byline or a paywall label before the lead. Scrapers flatten them into the
// paragraph; left there, they either pass for words of the story or, with the final
// punctuation gone, turn the whole paragraph into a headline that is never chosen.
void Patterns::AddGluedFurniture(std::vector<std::string>& source, const std::string& agency,
                                 const std::string& name, const std::string& marker,
                                 const std::string& time, const std::string& signoff_leads) {
  const std::string token = SignoffToken(agency);
  const std::string avec_article = AvecArticle();
  // A sentence's final punctuation, not an initial's ("to U.N. agencies."); group 1, what
  // follows it, is the furniture. Consumed rather than looked behind at, the stop lets
  // ICU's search skip to the candidates: a look-behind first is tried at every position.
  // Never a question's or an exclamation's: "Quelle agence l'a diffusée ? Reuters." answers.
  const std::string after_stop = R"re([.…»"”](?<![\s.]\p{Lu}\.)(?<![?!]\s?[»"”])()re";
  // What kSignoffLine takes as a line of its own ("(avec AFP)", "– Le Monde avec AFP",
  // "J.D. avec AFP"), up to the paragraph's end. "agences" needs its lead ("avec"); a
  // bare list of agencies its bracket or dash ("Lesquelles ? Reuters et AFP." answers).
  // Or what kSlashInitials takes, an agency among them: ATS's and Belga's "(ats/nxp)",
  // "belga/jdc", "pac/ats", glued to the last sentence by a scraper.
  const std::string desk = R"re(\p{Ll}{2,6}(?:-\p{Ll}{2,6})?)re";
  source[kGluedSignoff] =
      after_stop +
      R"re(\s+[(\[\-–—]*\s*(?:(?:(?:\p{N}+\s+(?=\p{Lu}))?(?:\p{Lu}[\p{L}'’.\-]*\s+){1,4}(?:)re" +
      avec_article + R"re(|(?i:avec|with)\s+)|)re" + avec_article + R"re(|(?i:)re" + signoff_leads +
      R"re()\s*:?\s*))re" + token + R"re(|[(\[\-–—]\s*)re" + agency + "|(?:" + desk + "/)*" +
      agency + "(?:/" + desk + ")+|(?:" + desk + "/)+" + agency +
      R"re()(?:\s*(?:[/,&+]|(?i:et|and)(?=\s))\s*)re" + token + R"re()*[\s)\].]*)$)re";
  // "Par Marie Dupont, à Brest", "La rédaction avec AFP": two names at least after "Par",
  // so that a sentence's "Par ailleurs" or "Par Toutatis" is never one. "La rédaction"
  // alone, or "La rédaction du Monde", may be a sentence's answer: it stays.
  const std::string names = name + "(?:\\s+" + name + "){1,3}";
  // One reporter or two: "Jean Dupont", "Jean Dupont et Marie Le Goff".
  const std::string authors = names + "(?:\\s+(?:et|and)\\s+" + names + ")?";
  // The agency a newsroom signs with: "avec AFP", "avec l’AFP", "with Reuters".
  const std::string with_agency = "(?:" + avec_article + "|(?i:avec|with)\\s+)" + token;
  source[kGluedByline] = after_stop + R"re(\s+(?:(?:Par|By)\s+)re" + authors +
                         "(?:\\s*,\\s*(?:à|au|en|depuis|in|from)\\s+" + name + "(?:\\s+" + name +
                         R"re(){0,2})?|(?:La\s+[Rr]édaction|The\s+[Ee]ditors)\s+)re" + with_agency +
                         R"re()\s*\.?)$)re";
  literals_[kGluedByline] = {"par", "by", "daction", "editors"};
  // "SAINT-MALO (Ille-et-Vilaine) - ", "Brest (Finistère) – ": a town of one word (or
  // hyphenated words), its département in parentheses, a dash, then a sentence. The
  // region has a lower-case letter, which tells it from a party's acronym ("Marine Le Pen
  // (RN) – ..."), and no space but around "de" or "et", which tells it from a party's or a
  // club's name ("LR (Les Républicains) - ", "Mbappé (Real Madrid) - "); the final stop
  // and no second name in parentheses tell the lead from a match's title ("Lens
  // (Pas-de-Calais) - Lille (Nord) : le derby").
  // Regional papers also write the département's name in capitals, read only from the
  // list of départements since a party's acronym is in capitals too ("BREST (FINISTÈRE)
  // - "). Before it, not an acronym of up to four capitals ("PSG (PARIS) – Le club",
  // "RN (NORD) – Le parti", "SNCF (NORD)") nor a département ("NORD (PAS-DE-CALAIS) -
  // Le conseil départemental"): those are the sentence's subject. A number in brackets
  // ("LORIENT (56) – ") is not read: "LIGNE (13) –", "COVID (19) –", "DUPONT (45) –",
  // "DEMBÉLÉ (11) –" open sentences the same way.
  // ClassifyParagraph also holds the dateline to the story's opening, and to a document
  // where no other paragraph opens with a name, a bracket and a dash (kListedOpening):
  // several mark a list (results by département, a team's marks), none a dateline.
  const std::string town = R"re(\p{Lu}[\p{L}\p{M}'’]+(?:-\p{L}[\p{L}\p{M}'’]*)*)re";
  const std::string departments = "(?i:" + DepartmentAlternation() + ")(?![\\p{L}\\-])";
  source[kRegionDatelinePrefix] =
      "^(?:" + town + "\\s*\\((?=[^()]*\\p{Ll})" + town + "(?:\\s+(?:de|et)\\s+" + town +
      ")?|(?!(?:\\p{Lu}\\p{M}*){1,4}\\s*\\()(?!" + departments + "\\s*\\()" + town + "\\s*\\(" +
      departments + ")" +
      R"re(\)\s*(?:--|[\-–—])\s+(?=[\p{Lu}«"“„])(?![^()\n]{0,80}\()(?=[\s\S]*[.!?…»"”]\s*$))re";
  heads_[kRegionDatelinePrefix] = Head::kUpper;
  literals_[kRegionDatelinePrefix] = {"("};
  // What a dateline looks like to a reader, loosely: a capitalized name of up to four
  // words, a bracket, a dash ("GIRONDE (33) – ", "Le député LR (Nord) - "), maybe in bold.
  source[kListedOpening] =
      R"re(^[*_]*\p{Lu}[\p{L}\p{M}'’.\-]*(?:\s+\p{L}[\p{L}\p{M}'’.\-]*){0,3}[*_]*\s*\([^()\n]{1,40}\)[*_]*\s*(?:--|[\-–—])\s)re";
  literals_[kListedOpening] = {"("};
  // A live blog stamps each entry with the clock: "18h45 - ", "18h30 : ", "18:45 – ", or
  // the time alone before an article ("12:40 La préfecture signale...", "12h40 La
  // préfecture..."), where its page set them apart. A sentence that gives the time says
  // when ("À 15h10, ...", "6h30. Les premiers ouvriers arrivent"), and a range ("18h45 -
  // 19h30 : ...") is a programme's. After "12h40", a name that opens on an article ("12h40
  // Le Havre - Brest", a timetable's line) stays: the article must precede a word in lower
  // case.
  source[kClockPrefix] =
      R"re(^(?:(?:[01]?\d|2[0-3])\s*(?:[hH]|:)\s*[0-5]\d(?![\p{N}])\s*(?:--|[\-–—:|·])\s*(?=[\p{Lu}«"“„])|(?:[01]?\d|2[0-3]):[0-5]\d(?![\p{N}:])\s+(?=(?:Le|La|Les|Un|Une|Des|Du|Au|Aux|Ce|Cet|Cette|Ces|The|A|An)\s|L['’])|(?:[01]?\d|2[0-3])\s*[hH]\s*[0-5]\d(?![\p{N}])\s+(?=(?:Le|La|Les|Un|Une|Des|Du|Au|Aux|Ce|Cet|Cette|Ces)\s+\p{Ll}|L['’]\p{L})))re";
  needs_digit_[kClockPrefix] = true;
  // What opens a sentence glued after a page's label: an article, or an elided one.
  const std::string articles = "Le|La|Les|Un|Une|Des|Du|Au|Aux|Ce|Cet|Cette|Ces|The|A|An";
  const auto opening_words = [&articles](const std::string& others) {
    return "(?=(?:" + articles + others + R"re()\s|L['’]))re";
  };
  const std::string article_lead = opening_words("");
  // "Il y a 2 heures La tempête...", "Il y a 2 h 30 Les...", "Publié il y a 35 min ...":
  // the page's relative date, in digits, in minutes or hours, glued to a sentence that
  // opens on an article; the story writes "il y a deux jours, la ..." or "Il y a 15 jours
  // Emmanuel Macron ...". "Hier à 18h05 Les pompiers...": the day and the clock, with no
  // comma nor stop, before an article and a word in lower case ("Hier à 18h05, les
  // pompiers", "Hier à 18h05 Le Havre" are the story's). A stamp word may stand before
  // the day ("Publié hier à 18h05 Les...", "Mis à jour aujourd'hui à 9 h 30 La..."): the
  // same guards tell it from "Publié hier à 18h05, le rapport" or "Publiée hier à 18h05
  // dans le Journal officiel".
  source[kRelativeStampPrefix] =
      "^(?:(?:" + marker +
      R"re(\s+)?(?:(?i:il\s+y\s+a)\s+\d+\s*(?:(?i:h|heures?)(?:\s*\d{1,2}(?:\s*(?i:min|mn|minutes?))?)?|(?i:min|mn|minutes?))|\d+\s*(?i:mins?|minutes?|h|hrs?|hours?)\s+(?i:ago))(?![\p{L}])\s*(?:[.:\-–—|·]\s*)?)re" +
      article_lead + "|(?:" + marker + R"re((?:\s*:)?\s+)?)re" + std::string(kRelativeDayAt) +
      time + R"re((?![\p{L}\p{N}])\s*(?:[:\-–—|·]\s*)?(?=(?:)re" + articles +
      R"re()\s+\p{Ll}|L['’]\p{L})))re";
  needs_digit_[kRelativeStampPrefix] = true;
  // "Par Jean Dupont La tempête...": a byline of two to four names, then a word that opens
  // a sentence (an article or a pronoun), with nothing between. StripPrefix also wants a
  // sentence after it. Not after a dash: "Par Jean Dupont - Les pompiers..." has the shape
  // of "Par Air France – Les vols vers Brest seront supprimés", where "Par" opens the
  // sentence, and only a list of given names would tell a person from a company or a
  // place ("Par La Poste", "Par Saint-Malo et Dinan"); leaving a byline in costs less than
  // cutting a sentence's subject. A bar is the page's, never a sentence's: "Par Jean
  // Dupont | Les pompiers..." and "Par Jean Dupont | Publié le 3 juin..." (a stamp, which
  // StripPrefix cuts next) lose their byline before any capital; "Par ailleurs | la" and
  // "Par Toutatis | Le" have no two names. A name that opens on an article is a company's,
  // a paper's or a place's ("Par La Poste | Le service sera interrompu", "By The Guardian"),
  // the subject of the sentence as often as its author: it stays, unless an agency signs
  // with it ("Par Le Parisien avec AFP | Les habitants..."), which only a newsroom does.
  const std::string bar = R"re(\s*\|\s*(?=[\p{Lu}«"“„]))re";
  source[kGluedBylinePrefix] =
      "^(?:Par|By)\\s+(?:(?!(?:" + articles + ")\\s|L['’])" + authors + "(?:\\s+" +
      opening_words("|Il|Elle|Ils|Elles|On|Selon|Après|Depuis|Dans|Pour|He|She|They|In|After") +
      "|" + bar + ")|" + authors + "\\s+" + with_agency + bar + ")";
  heads_[kGluedBylinePrefix] = Head::kUpper;
  // "Article réservé aux abonnés La tempête...", "Réservé à nos abonnés Les vents...": the
  // paywall's label, as sites write it, before a sentence that opens on an article.
  // "Réservée aux abonnés Free, la nouvelle offre ..." and "Exclusivité abonnés Canal+
  // jusqu'en 2026, ..." are the story's.
  // So are a box's label and a badge that a copy of the page runs into the lead, with
  // nothing between: La Dépêche's "l'essentiel Un TER...", a clipper's "**L'essentiel**
  // Un TER...", "En bref Le...", the badges "Abonnés", "Offert", "Vidéo", "Exclusif",
  // "Direct". "L'essentiel des blessés...", "Offert par la mairie, un buffet..." or "Vidéo
  // à l'appui, un riverain..." are the story's.
  source[kPaywallPrefix] =
      R"re(^(?:(?:(?:Article|Contenu)\s+réservé|Réservée?)\s+(?:aux|à\s+nos)\s+abonnés|(?:ARTICLE|CONTENU)\s+RÉSERVÉ\s+(?:AUX|À\s+NOS)\s+ABONNÉS|Exclusivité\s+abonnés|Subscribers?\s+only|For\s+subscribers)(?![\p{L}])\s*(?:[.:\-–—|·]\s*)?)re" +
      article_lead +
      R"re(|^(?:[Ll]['’]essentiel|L['’]ESSENTIEL|Ce\s+qu['’]il\s+faut\s+(?:retenir|savoir)|CE\s+QU['’]IL\s+FAUT\s+(?:RETENIR|SAVOIR)|En\s+bref|EN\s+BREF|Abonnés|ABONNÉS|Offert|OFFERT|Vidéo|VIDÉO|Exclusif|EXCLUSIF|Direct|DIRECT)(?![\p{L}])\s+)re" +
      article_lead;
  literals_[kPaywallPrefix] = {"abonn", "subscri", "essentiel", "retenir", "savoir",
                               "bref",  "offert",  "vid",       "exclusi", "direct"};
}

const Patterns& PatternsFor(std::string_view language_code) {
  // Function-local statics: compiled once, on first use, thread-safely (C++11 magic
  // statics); icu::RegexPattern is immutable and may be shared. Never destroyed: a thread
  // still cleaning when the process exits (a Python daemon thread) must not find them gone.
  if (language_code == "fr") {
    static const Patterns& french =
        *new Patterns(kFrench, GetLanguage("fr"), {&kFrench, &kEnglish});
    return french;
  }
  static const Patterns& english = *new Patterns(kEnglish, GetLanguage("en"), {&kEnglish});
  return english;
}

// ---------------------------------------------------------------------------------------
// Rules written as code: shapes a regex says badly.

namespace {

bool EndsWith(const std::vector<UChar32>& w, const char* suffix) {
  std::size_t n = std::char_traits<char>::length(suffix);
  if (w.size() < n) return false;
  for (std::size_t i = 0; i < n; ++i) {
    if (w[w.size() - n + i] != static_cast<UChar32>(suffix[i])) return false;
  }
  return true;
}

// Share widgets flattened to text glue their labels: "ParticiperRéemployer",
// "FacebookTwitter". A lower→upper case change inside a word is also how names and
// brands are written (McDonald, iPhone, LinkedIn, TotalEnergies), so two glued parts of
// four letters or more are needed, and one of them must be a UI word (or, in French,
// both infinitives, the form UI labels take).
bool IsGluedUi(const std::vector<UChar32>& cps, const Patterns& patterns) {
  std::vector<std::vector<UChar32>> parts;  // case-folded parts of the current word
  auto word_is_glued = [&]() {
    for (std::size_t i = 1; i < parts.size(); ++i) {
      const auto& a = parts[i - 1];
      const auto& b = parts[i];
      if (a.size() < 4 || b.size() < 4) continue;
      if (patterns.IsUiWord(ToUtf8(a)) || patterns.IsUiWord(ToUtf8(b))) return true;
      if (patterns.glued_infinitives() && (EndsWith(a, "er") || EndsWith(a, "ir")) &&
          (EndsWith(b, "er") || EndsWith(b, "ir"))) {
        return true;
      }
    }
    return false;
  };
  UChar32 prev = ' ';
  for (UChar32 c : cps) {
    if (!u_isalpha(c)) {
      if (word_is_glued()) return true;
      parts.clear();
    } else {
      if (parts.empty() || (u_islower(prev) && u_isupper(c))) parts.emplace_back();
      parts.back().push_back(u_tolower(c));
    }
    prev = u_isalpha(c) ? c : ' ';
  }
  return word_is_glued();
}

// "Michael Mitsanas, Katharina Krebs, Maria Knight et Paul B.": a credit line made of
// person names. At least three items of two to four capitalized words, and almost every
// word capitalized: prose listing names carries lower-case verbs and articles.
bool IsNameList(const std::vector<UChar32>& cps) {
  static const std::unordered_set<std::string>& kParticles =
      *new std::unordered_set<std::string>(kNameParticles.begin(), kNameParticles.end());
  std::size_t capitalized = 0, counted = 0, name_items = 0, item_words = 0;
  bool item_ok = true;
  auto close_item = [&]() {
    if (item_ok && item_words >= 2 && item_words <= 4) ++name_items;
    item_words = 0;
    item_ok = true;
  };
  std::vector<UChar32> word;
  auto close_word = [&](bool comma) {
    std::size_t b = 0, e = word.size();
    while (b < e && !u_isalnum(word[b])) ++b;
    while (e > b && !u_isalnum(word[e - 1]) && word[e - 1] != '&') --e;
    if (b < e) {
      std::vector<UChar32> core(word.begin() + static_cast<std::ptrdiff_t>(b),
                                word.begin() + static_cast<std::ptrdiff_t>(e));
      const std::string lower = MatchKey(ToUtf8(core));
      if (lower == "et" || lower == "and" || core == std::vector<UChar32>{'&'}) {
        close_item();
      } else if (kParticles.count(lower) == 0) {
        ++counted;
        if (u_isupper(core.front())) {
          ++capitalized;
          ++item_words;
        } else {
          item_ok = false;
        }
      }
    }
    word.clear();
    if (comma) close_item();
  };
  for (UChar32 c : cps) {
    if (IsSpace(c)) {
      close_word(false);
    } else if (c == ',' || c == ';') {
      close_word(true);
    } else {
      word.push_back(c);
    }
  }
  close_word(true);
  return name_items >= 3 && counted > 0 && capitalized * 100 >= counted * 85;
}

}  // namespace

// ---------------------------------------------------------------------------------------
// ParagraphRules.

namespace {

// Code points outside ASCII that a case-insensitive ICU regex may match against ASCII
// pattern letters: those whose case folding (simple or full) or case mapping yields
// ASCII, such as U+212A KELVIN SIGN, U+017F LONG S, U+00DF ß ("ss"), U+FB01 ﬁ ("fi"),
// U+0130 İ. In a paragraph that has any, the ASCII pre-filter of ParagraphRules::Find
// could miss a match, so it steps aside. Only code points that change under folding or
// case mapping are candidates.
const icu::UnicodeSet& FoldsToAscii() {
  static const icu::UnicodeSet* const set = [] {
    UErrorCode status = U_ZERO_ERROR;
    icu::UnicodeSet candidates(u"[[:Changes_When_Casefolded:][:Changes_When_Casemapped:]]", status);
    CheckIcu(status, "case-folding set");
    auto* out = new icu::UnicodeSet();
    auto ascii = [](UChar32 c) { return c >= 0 && c < 0x80; };
    const int32_t ranges = candidates.getRangeCount();
    for (int32_t r = 0; r < ranges; ++r) {
      for (UChar32 c = std::max<UChar32>(candidates.getRangeStart(r), 0x80);
           c <= candidates.getRangeEnd(r); ++c) {
        bool hit = ascii(u_foldCase(c, U_FOLD_CASE_DEFAULT)) || ascii(u_tolower(c)) ||
                   ascii(u_toupper(c)) || ascii(u_totitle(c));
        icu::UnicodeString full(c);
        full.foldCase();
        for (int32_t i = 0; !hit && i < full.length(); ++i) hit = full.charAt(i) < 0x80;
        if (hit) out->add(c);
      }
    }
    out->freeze();
    return out;
  }();
  return *set;
}

}  // namespace

ParagraphRules::ParagraphRules(const Patterns& patterns)
    : patterns_(patterns), folds_to_ascii_(&FoldsToAscii()) {
  static_assert(kKindCount <= static_cast<int>(std::tuple_size<decltype(matchers_)>::value),
                "matchers_ is too small");
  for (int kind = 0; kind < kKindCount; ++kind) matchers_[kind] = NewMatcher(patterns_.Get(kind));
}

ParagraphRules::~ParagraphRules() = default;

std::unique_ptr<icu::RegexMatcher> ParagraphRules::NewMatcher(const icu::RegexPattern& regex) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::RegexMatcher> matcher(regex.matcher(status));
  CheckIcu(status, "regex matcher");
  // A pattern that backtracks over a run it can split many ways (a paragraph of
  // thousands of spaces, a stamp before a million of them) would take minutes or
  // overflow ICU's backtrack stack and end the whole run. The limit counts the match
  // engine's steps, not the clock, so it gives every machine the same answer; a match
  // cut off by it is read as none (Run), and the furniture stays in.
  matcher->setTimeLimit(kMatchStepLimit, status);
  CheckIcu(status, "regex time limit");
  return matcher;
}

void ParagraphRules::Reset(std::string_view text) {
  text_ = text;
  fold_risk_.clear();
  other_digits_.clear();
  lowered_span_ = {0, 0};
  lowered_valid_ = false;
  head_valid_ = false;
  failed_valid_ = false;
  const auto* p = reinterpret_cast<const uint8_t*>(text.data());
  const auto n = static_cast<int32_t>(text.size());
  to_utf16_.assign(text.size() + 1, 0);
  to_utf8_.clear();
  to_utf8_.reserve(text.size() + 1);
  // Written in place: a UTF-8 text never needs more UTF-16 units than it has bytes.
  utf16_.remove();
  UChar* units = utf16_.getBuffer(n + 1);
  if (units == nullptr) CheckIcu(U_MEMORY_ALLOCATION_ERROR, "document buffer");
  int32_t length = 0;
  for (int32_t i = 0; i < n;) {
    const int32_t begin = i;
    UChar32 c;
    U8_NEXT(p, i, n, c);
    if (c < 0) c = 0xFFFD;  // load repaired the text; never reached in practice
    if (c >= 0x80 && folds_to_ascii_->contains(c)) {
      fold_risk_.push_back(static_cast<std::size_t>(begin));
    }
    if (c >= 0x80 && u_charType(c) == U_DECIMAL_DIGIT_NUMBER) {
      other_digits_.push_back(static_cast<std::size_t>(begin));
    }
    for (int32_t b = begin; b < i; ++b) to_utf16_[static_cast<std::size_t>(b)] = length;
    U16_APPEND_UNSAFE(units, length, c);
    while (static_cast<int32_t>(to_utf8_.size()) < length) {
      to_utf8_.push_back(static_cast<std::size_t>(begin));
    }
  }
  utf16_.releaseBuffer(length);
  to_utf16_[text.size()] = utf16_.length();
  to_utf8_.push_back(text.size());
  for (int kind = 0; kind < kKindCount; ++kind) {
    matchers_[kind]->reset(utf16_);
  }
  ++document_;
}

int ParagraphRules::KindCount() { return kKindCount; }

bool ParagraphRules::Run(int kind, TextSpan span, Anchor anchor) {
  // Most paragraphs are prose that cannot match most patterns: skip the regex, the
  // costliest step of the clean stage on the case-insensitive alternations.
  icu::RegexMatcher* const matcher = MatcherFor(kind, span);
  if (matcher == nullptr) return false;
  if (anchor != Anchor::kAnywhere && !HeadMayMatch(kind, span)) return false;
  // A pattern's answer depends on the span's text alone (the region's bounds are opaque
  // and anchor ^ and $), so a failure on a text holds wherever that text comes again: a
  // table's cells or a list's figures repeat it thousands of times. Looked up only where
  // the regex would run, the pre-filters costing less. A match is run each time, since
  // MatchEnd reads it off the matcher.
  uint64_t* const failed = FailuresOf(span, anchor);
  const uint64_t bit = uint64_t{1} << kind;
  if (failed != nullptr && (*failed & bit) != 0) return false;
  ran_[kind] = matcher;
  const bool found = Match(*matcher, span, anchor);
  if (failed != nullptr && !found) *failed |= bit;
  return found;
}

uint64_t* ParagraphRules::FailuresOf(TextSpan span, Anchor anchor) {
  if (!prefilter_ || span.size() > kMaxRememberedBytes) return nullptr;
  if (!failed_valid_ || !(failed_span_ == span)) {
    if (failures_.size() >= kMaxRememberedSpans) failures_.clear();
    failed_ = &failures_[std::string(text_.substr(span.begin, span.size()))];
    failed_span_ = span;
    failed_valid_ = true;
  }
  return &(*failed_)[static_cast<std::size_t>(anchor)];
}

bool ParagraphRules::Match(icu::RegexMatcher& m, TextSpan span, Anchor anchor) {
  UErrorCode status = U_ZERO_ERROR;
  m.region(to_utf16_[span.begin], to_utf16_[span.end], status);
  bool found = false;
  switch (anchor) {
    case Anchor::kWhole:
      found = m.matches(status);
      break;
    case Anchor::kPrefix:
      found = m.lookingAt(status);
      break;
    case Anchor::kAnywhere:
      found = m.find(status);
      break;
  }
  if (status == U_REGEX_TIME_OUT || status == U_REGEX_STACK_OVERFLOW) return false;
  CheckIcu(status, "regex match");
  return found;
}

bool ParagraphRules::HasDigit(TextSpan span) const {
  for (std::size_t i = span.begin; i < span.end; ++i) {
    if (text_[i] >= '0' && text_[i] <= '9') return true;
  }
  const auto other = std::lower_bound(other_digits_.begin(), other_digits_.end(), span.begin);
  return other != other_digits_.end() && *other < span.end;
}

bool ParagraphRules::MayMatch(int kind, TextSpan span) {
  if (!prefilter_) return true;
  const Head head = patterns_.HeadOf(kind);
  if (head != Head::kAny) {
    const auto* p = reinterpret_cast<const uint8_t*>(text_.data());
    const auto end = static_cast<int32_t>(span.end);
    int32_t i = static_cast<int32_t>(span.begin);
    if (i >= end) return false;
    UChar32 c;
    U8_NEXT(p, i, end, c);
    if (u_charType(c) != U_UPPERCASE_LETTER) return false;
    if (head == Head::kCapsStart) {
      if (i >= end) return false;
      U8_NEXT(p, i, end, c);
      const bool caps = c == '\'' || c == 0x2019 || u_charType(c) == U_UPPERCASE_LETTER ||
                        (U_GET_GC_MASK(c) & U_GC_M_MASK) != 0;
      if (!caps) return false;
    }
  }
  if (patterns_.NeedsDigit(kind) && !HasDigit(span)) return false;
  const Tail tail = patterns_.TailOf(kind);
  if (tail != Tail::kAny) {
    // Past what may follow the pattern's last character before its `$` (\s* and a
    // period: skipping all white space and periods is a superset), that character.
    const auto* p = reinterpret_cast<const uint8_t*>(text_.data());
    int32_t i = static_cast<int32_t>(span.end);
    UChar32 c = -1;
    while (i > static_cast<int32_t>(span.begin)) {
      U8_PREV(p, static_cast<int32_t>(span.begin), i, c);
      if (c != '.' && !u_isUWhiteSpace(c)) break;
      c = -1;
    }
    const bool fits = tail == Tail::kCloser ? (c == ')' || c == ']')
                                            : (c >= 0 && u_charType(c) == U_DECIMAL_DIGIT_NUMBER);
    if (!fits) return false;
  }
  const std::vector<std::string>& literals = patterns_.Literals(kind);
  return literals.empty() || MayFoldToAscii(span) || HoldsLiteral(span, literals);
}

bool ParagraphRules::MayFoldToAscii(TextSpan span) const {
  const auto risk = std::lower_bound(fold_risk_.begin(), fold_risk_.end(), span.begin);
  return risk != fold_risk_.end() && *risk < span.end;
}

bool ParagraphRules::HoldsLiteral(TextSpan span, const std::vector<std::string>& literals) {
  if (!lowered_valid_ || lowered_span_.begin != span.begin || lowered_span_.end != span.end) {
    // Bytes of UTF-8 past ASCII are all >= 0x80: only ASCII letters change, and no
    // multi-byte sequence can take part in a match of an ASCII literal.
    lowered_.assign(text_.data() + span.begin, span.size());
    LowerAscii(&lowered_);
    lowered_span_ = span;
    lowered_valid_ = true;
  }
  for (const std::string& literal : literals) {
    if (lowered_.find(literal) != std::string::npos) return true;
  }
  return false;
}

icu::RegexMatcher* ParagraphRules::MatcherFor(int kind, TextSpan span) {
  if (!MayMatch(kind, span)) return nullptr;
  const std::vector<Patterns::Part>& parts = patterns_.Parts(kind);
  if (!prefilter_ || parts.empty() || MayFoldToAscii(span)) return matchers_[kind].get();
  uint64_t mask = 0;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (HoldsLiteral(span, parts[i].literals)) mask |= uint64_t{1} << i;
  }
  if (mask == 0) return nullptr;
  auto found = parts_matchers_.find({kind, mask});
  if (found == parts_matchers_.end()) {
    const icu::RegexPattern* regex = patterns_.PartsRegex(kind, mask);
    if (regex == nullptr) return matchers_[kind].get();
    found = parts_matchers_.emplace(std::make_pair(kind, mask), PartsMatcher{NewMatcher(*regex), 0})
                .first;
  }
  PartsMatcher& entry = found->second;
  if (entry.document != document_) {
    entry.matcher->reset(utf16_);
    entry.document = document_;
  }
  return entry.matcher.get();
}

bool ParagraphRules::HeadMayMatch(int kind, TextSpan span) {
  if (!prefilter_) return true;
  // The span's first kHeadProbeLength code points, alone: if the pattern fails on them
  // without reading past their end (ICU's hitEnd), no text that starts with them can
  // match at its start either. Paragraphs open with few distinct heads ("Le", "La",
  // "Les"...), so each head is probed once per pattern and the answers kept, a bit per
  // pattern; the head of the last span is kept too, since each span meets several.
  if (!head_valid_ || head_span_.begin != span.begin || head_span_.end != span.end) {
    head_begin_ = to_utf16_[span.begin];
    const int32_t limit = to_utf16_[span.end];
    head_end_ = head_begin_;
    uint64_t key = 0;
    for (int i = 0; i < kHeadProbeLength && head_end_ < limit; ++i) {
      UChar32 c;
      U16_NEXT(utf16_.getBuffer(), head_end_, limit, c);
      // Plus one: a shorter head then has zero bits where a longer one has a code point.
      key = (key << 21) | static_cast<uint64_t>(c + 1);
    }
    head_ = &head_answers_[key];
    head_span_ = span;
    head_valid_ = true;
  }
  const uint64_t bit = uint64_t{1} << kind;
  if ((head_->known & bit) == 0) {
    UErrorCode status = U_ZERO_ERROR;
    if (!head_matchers_[kind]) {
      head_matchers_[kind].reset(patterns_.Get(kind).matcher(status));
      CheckIcu(status, "regex matcher");
    }
    head_text_.setTo(utf16_, head_begin_, head_end_ - head_begin_);
    icu::RegexMatcher& m = *head_matchers_[kind];
    m.reset(head_text_);
    const bool may = m.lookingAt(status) || m.hitEnd();
    CheckIcu(status, "regex head probe");
    head_->known |= bit;
    if (may) head_->may |= bit;
  }
  return (head_->may & bit) != 0;
}

std::size_t ParagraphRules::MatchEnd(int kind) {
  UErrorCode status = U_ZERO_ERROR;
  const int32_t end = ran_[kind]->end(status);
  CheckIcu(status, "regex end");
  return to_utf8_[static_cast<std::size_t>(end)];
}

// ---------------------------------------------------------------------------------------
// Phrases of furniture inside sentences of news (their words: phrase_words.h).

namespace {

// A clause after a colon this long is a sentence of its own, whatever its verb: the
// words a credit or a notice puts after its colon (names, a ban) are fewer.
constexpr std::size_t kColonClauseWords = 10;

}  // namespace

// Every match of `m` in `span`, in order.
std::vector<TextSpan> ParagraphRules::PhrasesIn(icu::RegexMatcher& m, TextSpan span) {
  UErrorCode status = U_ZERO_ERROR;
  m.region(to_utf16_[span.begin], to_utf16_[span.end], status);
  std::vector<TextSpan> matches;
  while (m.find(status)) {
    CheckIcu(status, "regex find");
    const int32_t start = m.start(status);
    const int32_t end = m.end(status);
    CheckIcu(status, "regex bounds");
    matches.push_back(
        {to_utf8_[static_cast<std::size_t>(start)], to_utf8_[static_cast<std::size_t>(end)]});
    if (end == start) break;  // no pattern matches empty; a guard against looping
  }
  // Cut off by the step limit: the matches found so far are all there are.
  if (status == U_REGEX_TIME_OUT || status == U_REGEX_STACK_OVERFLOW) status = U_ZERO_ERROR;
  CheckIcu(status, "regex find");
  return matches;
}

// A UI or credit phrase is furniture when it is the sentence it stands in: it leads the
// sentence or a clause ("Tous droits réservés.", "Traduit par Marie Dupont", "Pour en
// savoir plus, cliquez ici."), follows only a name ("CNN’s Betsy Klein contributed
// reporting.") or the page's own words ("Cet article est réservé aux abonnés."), or the
// sentence speaks to the reader ("En poursuivant votre navigation, vous acceptez...",
// "Newsletter Recevez gratuitement...").
// It is news when a clause of the story goes on after it ("Traduit par Marie Dupont, il
// paraîtra aussi en anglais", "Téléchargez l’application TousAntiCovid, a exhorté le
// ministre") or when the story's own subject stands before it ("L’accès aux
// entraînements est réservé aux abonnés", "Les internautes pourront refuser les
// cookies"). A paragraph goes whole when any of its matches is furniture, as before.
bool ParagraphRules::PhraseIsFurniture(int kind, TextSpan span, TextSpan* sentence) {
  icu::RegexMatcher* const matcher = MatcherFor(kind, span);
  if (matcher == nullptr) return false;
  // No phrase in the span is what Find fails on: Run's memory of failures serves.
  uint64_t* const failed = FailuresOf(span, Anchor::kAnywhere);
  const uint64_t bit = uint64_t{1} << kind;
  if (failed != nullptr && (*failed & bit) != 0) return false;
  const std::vector<TextSpan> matches = PhrasesIn(*matcher, span);
  if (matches.empty()) {
    if (failed != nullptr) *failed |= bit;
    return false;
  }

  const std::vector<PlacedCodePoint> cps = Decode(text_, span);
  const auto index_of = [&cps](std::size_t at) {
    return static_cast<std::size_t>(
        std::lower_bound(cps.begin(), cps.end(), at,
                         [](const PlacedCodePoint& a, std::size_t b) { return a.at < b; }) -
        cps.begin());
  };
  const std::vector<std::size_t> starts = SentenceStarts(cps, span.begin, /*digit_opens=*/true);
  for (TextSpan match : matches) {
    std::size_t from = index_of(match.begin);
    const std::size_t to = index_of(match.end);
    // The credit pattern takes the stop before its lead ("... Paul B. Rapports de").
    while (from < to && !u_isalnum(cps[from].c)) ++from;
    if (from == to) continue;
    const std::size_t at = cps[from].at;
    const std::size_t sentence_begin =
        index_of(*(std::upper_bound(starts.begin(), starts.end(), at) - 1));
    const auto next = std::upper_bound(starts.begin(), starts.end(), at);
    const std::size_t sentence_end = next == starts.end() ? cps.size() : index_of(*next);

    *sentence = {cps[sentence_begin].at,
                 sentence_end == cps.size() ? span.end : cps[sentence_end].at};
    // Quoted words are reported speech ("« Cliquez ici pour récupérer votre colis »,
    // indiquait le faux SMS"), not the page's, when the story's words around them say
    // so: four or more, none naming the page or its reader ("Pour lire la suite,
    // « cliquez ici »." is the page's).
    bool quoted = false;
    for (std::size_t i = sentence_begin; i < from; ++i) {
      const UChar32 c = cps[i].c;
      if (c == 0x00AB || c == 0x201C) quoted = true;
      if (c == 0x00BB || c == 0x201D) quoted = false;
      if (c == '"') quoted = !quoted;
    }
    if (quoted) {
      const std::vector<std::string> around = WordsOf(cps, sentence_begin, sentence_end, true);
      if (around.size() >= 4 && !NamesThePage(around) && !AddressesReader(around)) continue;
    }
    // A clause of the story after a comma, that is no other credit. After the page's
    // imperative, only a verb of saying makes it the story's: "Téléchargez l’application
    // TousAntiCovid, a exhorté le ministre", not "..., la référence de l’info".
    const bool imperative = IsImperative(WordsOf(cps, from, to, false).front());
    bool clause = false;
    bool said = false;  // the clause reports the words before it ("..., lançait le candidat")
    for (std::size_t i = to; i < sentence_end && !clause; ++i) {
      if (cps[i].c != ',' && cps[i].c != ':') continue;
      std::size_t j = i + 1;
      while (j < sentence_end && IsSpace(cps[j].c)) ++j;
      if (j == sentence_end || !u_islower(cps[j].c)) continue;
      const TextSpan rest{cps[j].at, sentence_end == cps.size() ? span.end : cps[sentence_end].at};
      const std::vector<std::string> words = WordsOf(cps, j, sentence_end, false);
      if (cps[i].c == ':') {
        // After a colon, the furniture may go on with its own words ("Tous droits réservés :
        // reproduction interdite", "Photos : les archives de Jean Dupont", "... : la
        // reproduction de cet article est soumise à l’accord de la rédaction"): only a
        // clause with a verb of its own is the story's ("Tous droits réservés aux auteurs :
        // la CNIL rappelle que..."), and never after the page's imperative.
        clause = !imperative && IsClause(words, false) &&
                 (IsIncise(words, patterns_.language().reporting_verbs, kDialogIncise) ||
                  ((words.size() >= kColonClauseWords || Find(kNotPresent, rest)) &&
                   !NamesThePage(words))) &&
                 !Find(kind, rest);
        continue;
      }
      // After the imperative, the verb of saying needs its subject ("écrit chaque matin par
      // la rédaction" describes the newsletter).
      clause = IsClause(words, imperative) && (!imperative || IsSaying(words)) && !Find(kind, rest);
      said = clause && IsSaying(words);
      if (!clause &&
          (IsIncise(words, patterns_.language().reporting_verbs, kInstructionIncise) ||
           IsRequest(words)) &&
          !Find(kind, rest)) {
        clause = said = true;
      }
    }
    // The page's own words to its reader are furniture, unless the story reports them.
    // A credit's clause may be the newsroom's own words: only the reader's address counts.
    if (!said && AddressesReader(WordsOf(cps, sentence_begin, sentence_end, true),
                                 clause && kind == kCreditPhrase)) {
      return true;
    }
    if (clause) continue;
    if (imperative) return true;  // the page speaks to its reader
    // A compound given name is one word of the credit ("Hyung-jin Kim contributed").
    const std::vector<std::string> before = WordsOf(cps, sentence_begin, from, false, true);
    bool leads = before.empty();
    for (std::size_t i = from; !leads && i > sentence_begin; --i) {
      const UChar32 c = cps[i - 1].c;
      if (IsSpace(c)) continue;
      leads = c == ',' || c == ';' || c == ':' || c == '.' || c == '|' || c == 0x2013 ||
              c == 0x2014 || c == 0x00B7;
      break;
    }
    if (leads || NamesThePage(before)) return true;
    if (!before.empty() && !IsPlaceWord(before.front()) && NamesAndPlaces(before) &&
        PlaceOnly(WordsOf(cps, to, sentence_end, false))) {
      return true;
    }
  }
  return false;
}

bool ParagraphRules::OpensLikeDateline(TextSpan span) {
  return LookingAt(kListedOpening, span) || LookingAt(kTownDatelinePrefix, span);
}

bool ParagraphRules::IsPersonName(TextSpan span) {
  return span.size() <= kMaxSearchBytes && Matches(kPersonName, span);
}

std::size_t ParagraphRules::StripPrefix(TextSpan span, bool opening, bool dateline_list,
                                        std::string_view* rule) {
  if (LookingAt(kDatePrefix, span)) {
    *rule = kDateStamp;
    return MatchEnd(kDatePrefix);
  }
  if (LookingAt(kDatelinePrefix, span)) {
    *rule = kDateline;
    return MatchEnd(kDatelinePrefix);
  }
  if (opening && LookingAt(kPlaceDatelinePrefix, span)) {
    *rule = kDateline;
    return MatchEnd(kPlaceDatelinePrefix);
  }
  if (LookingAt(kKickerPrefix, span)) {
    const std::size_t end = MatchEnd(kKickerPrefix);
    // A kicker introduces a sentence; before a short title it may be the title itself.
    if (MeasureShape(text_.substr(end, span.end - end)).words >= 4) {
      *rule = kKicker;
      return end;
    }
  }
  return StripGluedPrefix(span, opening, dateline_list, rule);
}

std::size_t ParagraphRules::StripTownDateline(TextSpan span) {
  return LookingAt(kTownDatelinePrefix, span) ? MatchEnd(kTownDatelinePrefix) : span.begin;
}

std::size_t ParagraphRules::StripGluedPrefix(TextSpan span, bool opening, bool dateline_list,
                                             std::string_view* rule) {
  // Further down the story, "LR (Les Républicains) - " or "Quimper (Finistère) – " is how
  // a sentence names a person, a party or a group; where the story opens, the dateline.
  // In a list of such openings ("FINISTÈRE (Bretagne) – ..." then "MORBIHAN (Bretagne) –
  // ..."), each names the subject of its paragraph.
  if (opening && !dateline_list && LookingAt(kRegionDatelinePrefix, span)) {
    *rule = kDateline;
    return MatchEnd(kRegionDatelinePrefix);
  }
  if (LookingAt(kClockPrefix, span)) {
    *rule = kDateStamp;
    return MatchEnd(kClockPrefix);
  }
  if (LookingAt(kRelativeStampPrefix, span)) {
    *rule = kDateStamp;
    return MatchEnd(kRelativeStampPrefix);
  }
  if (LookingAt(kPaywallPrefix, span)) {
    *rule = kSiteUi;
    return MatchEnd(kPaywallPrefix);
  }
  // Names and capitals run on for a while ("Par Air France Les passagers"): only before a
  // sentence, among a story's first paragraphs, where bylines stand.
  if (opening && LookingAt(kGluedBylinePrefix, span)) {
    const std::size_t end = MatchEnd(kGluedBylinePrefix);
    const Shape rest = MeasureShape(text_.substr(end, span.end - end));
    if (rest.ends_sentence && rest.words >= 4) {
      *rule = kByline;
      return end;
    }
  }
  return span.begin;
}

std::size_t ParagraphRules::StripSuffix(TextSpan span, std::string_view* rule) {
  if (Find(kSignoffSuffix, span)) {
    UErrorCode status = U_ZERO_ERROR;
    const int32_t start = ran_[kSignoffSuffix]->start(status);
    CheckIcu(status, "regex start");
    *rule = kAgencySignoff;
    return to_utf8_[static_cast<std::size_t>(start)];
  }
  return StripGluedSuffix(span, rule);
}

std::size_t ParagraphRules::StripGluedSuffix(TextSpan span, std::string_view* rule) {
  for (const auto& [kind, name] : {std::pair<int, std::string_view>{kGluedSignoff, kAgencySignoff},
                                   std::pair<int, std::string_view>{kGluedByline, kByline},
                                   std::pair<int, std::string_view>{kTweetSignoff, kAgencySignoff},
                                   std::pair<int, std::string_view>{kTweetLink, kSiteUi},
                                   std::pair<int, std::string_view>{kNewTabSuffix, kSiteUi},
                                   std::pair<int, std::string_view>{kCreditSuffix, kPhotoCredit}}) {
    if (!Find(kind, span)) continue;
    UErrorCode status = U_ZERO_ERROR;
    const int32_t start = ran_[kind]->start(1, status);
    CheckIcu(status, "regex start");
    *rule = name;
    return to_utf8_[static_cast<std::size_t>(start)];
  }
  return span.end;
}

bool ParagraphRules::NotPresent(TextSpan span) { return Find(kNotPresent, span); }

// A dialog's notice is a few sentences; a longer paragraph that holds its words is the
// story's.
constexpr std::size_t kDialogMaxWords = 60;

// The fewest words, its quote mark among them, of a sentence of prose quoted by mail.
constexpr std::size_t kQuotedProseWords = 8;

bool ParagraphRules::OpensDialog(TextSpan span) {
  // Past words of the story's ("Désormais, vous ne pouvez lire...", "le message suivant :
  // Ce contenu a été bloqué..."), the heading is what the story reports.
  if (span.size() > kMaxSearchBytes || !LookingAt(kDialogHeading, span)) return false;
  const Shape shape = MeasureShape(text_.substr(span.begin, span.size()));
  if (shape.words > kDialogMaxWords || shape.has_quote) return false;
  // "..., explique la direction", "..., the company confirmed": the story gives the
  // dialog's words to someone.
  const std::vector<PlacedCodePoint> cps = Decode(text_, span);
  for (std::size_t i = 0; i < cps.size(); ++i) {
    if (cps[i].c != ',') continue;
    const std::vector<std::string> words = WordsOf(cps, i + 1, cps.size(), false);
    if (IsIncise(words, patterns_.language().reporting_verbs, kDialogIncise)) return false;
  }
  return true;
}

bool ParagraphRules::IsDialogLine(TextSpan span) {
  return span.size() <= kMaxSearchBytes && (Matches(kDialogLine, span) || OpensDialog(span));
}

bool ParagraphRules::IsCommentsHeading(TextSpan span) {
  return span.size() <= kMaxSearchBytes && Matches(kCommentsHeading, span);
}

bool ParagraphRules::IsBareCommentsHeading(TextSpan span) {
  return span.size() <= kMaxSearchBytes && Matches(kBareCommentsHeading, span);
}

bool ParagraphRules::MarksCommenter(TextSpan span) {
  return span.size() <= kMaxSearchBytes && LookingAt(kCommentMarker, span);
}

bool ParagraphRules::IsCommentButton(TextSpan span) {
  return span.size() <= kMaxSearchBytes && LookingAt(kCommentButton, span);
}

// The story's part of `span` when its furniture is `sentence` and stands at one end of it,
// the other end holding a sentence of prose ("Le club a dévoilé son stade. Réservé aux
// abonnés.", "... said on Tuesday. (Reporting by John Smith)"); empty otherwise.
TextSpan ParagraphRules::StoryBeside(TextSpan span, TextSpan sentence) const {
  TextSpan rest{0, 0};
  if (sentence.end == span.end && sentence.begin > span.begin) {
    rest = TrimSpan(text_, {span.begin, sentence.begin});
  } else if (sentence.begin == span.begin && sentence.end < span.end) {
    rest = TrimSpan(text_, {sentence.end, span.end});
  }
  if (rest.size() == 0) return rest;
  const Shape shape = MeasureShape(text_.substr(rest.begin, rest.size()));
  const bool prose = shape.ends_sentence && shape.has_lower && shape.words >= 4 &&
                     (shape.first_upper || shape.first_digit);
  return prose ? rest : TextSpan{0, 0};
}

// Whether `span`, which opens on a plug's lead, is a mail's quote mark before prose ("> Le
// juge d'instruction a ordonné la saisie de plusieurs biens..."): a plug announces a
// programme or a video in a title, which no final stop ends.
bool ParagraphRules::MailQuotedProse(TextSpan span, const Shape& shape) const {
  return text_[span.begin] == '>' && span.size() > 1 && text_[span.begin + 1] != '>' &&
         shape.ends_sentence && shape.has_lower && shape.words >= kQuotedProseWords;
}

Verdict ParagraphRules::Classify(TextSpan span, const Shape& shape, bool first) {
  if (!shape.has_letter) return {kNoText};
  const std::size_t words = shape.words;
  // Boilerplate is short. Past this size only the anchored rules run, which keeps the
  // unanchored searches (quadratic at worst in the length they scan) within a bound.
  const bool small = span.size() <= kMaxSearchBytes;

  if ((LookingAt(kPlugLead, span) && !MailQuotedProse(span, shape)) ||
      (small && words <= 60 && Find(kPlugFields, span) && Find(kDuration, span))) {
    return {kProgrammePlug};
  }

  // Inline ads. A bare call to action ("LIRE AUSSI", "Lire aussi :") also announces the
  // headlines that follow it.
  // A lead glued after the link's headline stays.
  for (Kind kind : {kCtaCaps, kCtaMixed}) {
    if (LookingAt(kind, span)) {
      const std::size_t end = MatchEnd(kind);
      const bool bare = !MeasureShape(text_.substr(end, span.end - end)).has_letter;
      if (bare) return {kInlineAd, true};
      return {kInlineAd, false, false, GluedLeadAfterHeadline(text_, {end, span.end})};
    }
  }
  if (shape.headline() && words <= 25 && LookingAt(kCtaStrong, span)) return {kInlineAd};
  // A link to the paper's own pages may end on a period ("Lire aussi notre décryptage sur
  // les relations entre Moscou et Pyongyang."); other words after the call may be a
  // sentence's infinitive subject ("Lire aussi les Mémoires de guerre permet de
  // comprendre de Gaulle, estime l’historien."). With a second sentence, they may head a
  // glued lead.
  if (shape.ends_sentence && words <= 25 && LookingAt(kCtaOwnPages, span) &&
      IsOneSentence(text_, span)) {
    return {kInlineAd};
  }
  // Before a headline, a label in brackets heads a link. Before a sentence it may too, or
  // head the story's words: where the headline would end cannot be told, and the line
  // stays (the stand-alone stage refuses the sentence that holds the label).
  if (LookingAt(kBracketCta, span)) {
    const std::size_t end = MatchEnd(kBracketCta);
    const bool bare = !MeasureShape(text_.substr(end, span.end - end)).has_letter;
    if (bare || (shape.headline() && words <= 25)) return {kInlineAd, bare};
  }
  if (words <= 12 && Matches(kAnnouncer, span)) return {kTeaser, true};
  if (words <= 6 && Matches(kListHeading, span)) return {kSiteUi, true};
  // Evaluated where it is needed: a small paragraph that the UI or sign-off rules below
  // take never runs these two regexes.
  const auto picture_lead = [&] {
    return LookingAt(kCapsCredit, span) || LookingAt(kPhotoLead, span);
  };
  if (!small) return picture_lead() ? Verdict{kPhotoCredit, false, true} : Verdict{};

  const std::string_view text = text_.substr(span.begin, span.size());
  const std::vector<UChar32> cps = CodePoints(text);
  if (words <= 8 && IsGluedUi(cps, patterns_)) return {kGluedUi};
  if (words <= 40 && Find(kCommentFormRe, span)) return {kCommentForm};
  if (words <= 12 && Matches(kUiLine, span)) return {kSiteUi};
  if (words <= 8 && Matches(kLinkLine, span)) return {kSiteUi};
  if (words <= 80 && LookingAt(kFundingNote, span)) return {kSiteUi};
  if (words <= 120 && LookingAt(kSiteNotice, span)) return {kSiteUi};
  TextSpan sentence;
  if (words <= 30 && PhraseIsFurniture(kUiPhrase, span, &sentence)) {
    return {kSiteUi, false, false, StoryBeside(span, sentence)};
  }

  // Before the credits: "AFP/Reuters" also has the shape of "NAME / AGENCY".
  if ((words <= 8 && Matches(kSignoffLine, span)) ||
      (words <= 3 && Matches(kSlashInitials, span)) ||
      (words <= 20 && Matches(kSignoffStamp, span) && Find(kDateMention, span))) {
    return {kAgencySignoff};
  }

  if (picture_lead()) return {kPhotoCredit, false, true};
  if (Find(kPhotoTail, span) || Find(kBracketCredit, span) || Find(kCapsCreditTail, span) ||
      Find(kCreditTail, span) ||
      (words <= 60 && (Find(kCopyrightNotice, span) ||
                       Find(words <= 20 ? kCopyrightMark : kCopyrightMarkTail, span) ||
                       (words <= 12 && Find(kCopyrightLead, span))))) {
    return {kPhotoCredit};
  }

  // "Par La Poste, les colis arrivent en deux jours.": names, then a clause of the
  // sentence they open; a byline's comma leads to a title or a place ("Par Marie Dupont,
  // envoyée spéciale à Séoul").
  const bool byline_lead = words <= 30 && LookingAt(kBylineLead, span) &&
                           !(shape.ends_sentence && ClauseAfterComma(text_, span));
  if ((byline_lead && (words <= 12 || Find(kBylineStamp, span))) ||
      (words <= 40 && IsNameList(cps)) || (words <= 12 && Matches(kReporterLine, span))) {
    return {kByline};
  }
  if (words <= 6 && Matches(kRegionRubric, span)) return {kKicker};
  if (words <= 60 && PhraseIsFurniture(kCreditPhrase, span, &sentence)) {
    return {kByline, false, false, StoryBeside(span, sentence)};
  }

  // A date line that ends with a colon heads a timeline entry ("Le 8 août :"): keep it.
  // Past 16 words, only a page's two stamps, parted by a stamp word ("... à 18h05 - mis à
  // jour le mardi 4 juin 2024 à 08h12"): four dates and times in a row are a programme's
  // listing ("Samedi 3 juin à 20h30, dimanche 4 juin à 16h, samedi 10 juin à 20h30, ...").
  if ((words <= 16 || (words <= 22 && Find(kBylineStamp, span))) && !shape.ends_colon &&
      Matches(kDateLine, span) && Find(kDateMention, span)) {
    return {kDateStamp};
  }

  // A wire-photo caption: one present-tense sentence that ends with the full date the
  // picture was taken ("... à l'aéroport de Pyongyang le 19 juin 2024."). News prose
  // rarely gives the year of the current event, and reports it in a past tense. The
  // picture's credit in brackets may close it: "... le 14 avril 2023. (Denis
  // Allard/Libération)", which the shape reads as a title's end.
  const bool credited = text_[span.end - 1] == ')';
  if (!first && words >= kCaptionMinWords && words <= 45 && (shape.ends_sentence || credited) &&
      !shape.has_quote && Find(kCaptionDate, span) && !Find(kNotPresent, span) &&
      IsOneSentence(text_, span)) {
    return {kWireCaption};
  }
  return {};
}

}  // namespace precis::clean_rules
