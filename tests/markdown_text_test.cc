#include "markdown_text.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <string>

#include "markdown_inline.h"

namespace precis {
namespace {

TEST_CASE("LooksLikeMarkdown knows an article in Markdown from prose", "[markdown]") {
  const auto [text, markdown] = GENERATE(table<std::string, bool>({
      // The examples of markdown_text.h.
      {"# Poutine \u00E0 Pyongyang\n\nIl est **arriv\u00E9** mardi.\n", true},
      {"Il est arriv\u00E9 mardi, \u00E0 10 h 30 * heure locale.\n", false},
      // A heading first is enough; later, it takes a second mark.
      {"\n\n## Le sommet\n\nTexte.\n", true},
      {"Texte.\n\n# Suite\n\nEncore du texte.\n", false},
      {"Texte.\n\n# Suite\n\nVoir [la carte](https://x.fr/carte).\n", true},
      {"Un [lien](https://x.fr/a) et une ![photo](a.jpg).\n", true},
      {"Un seul [lien](https://x.fr/a) dans un long texte.\n", false},
      {"Le **sommet** a eu lieu \u00E0 **Pyongyang**.\n", true},
      // Front matter alone, as web clippers write it; not prose between two rules.
      {"---\ntitle: Poutine\nsource: https://x.fr\ntags:\n  - clippings\n- AFP\n---\n"
       "\nLe sommet.\n",
       true},
      {"---\nLe sommet s\u2019est tenu mardi.\n---\n\nSuite.\n", false},
      // A reader service's header alone; not a title line in prose.
      {"Title: Poutine\n\nURL Source: https://x.fr/a\n\nMarkdown Content:\nLe sommet.\n", true},
      {"Title: Poutine\n\nLe sommet a eu lieu.\n\nMarkdown Content:\nSuite.\n", false},
      {"---\n---\n\nTexte.\n", false},
      {"---\nNote : voir plus bas.\n---\n", false},
      {"Voir [1].\n\n[1]: https://x.fr/a\n\nEt [2](https://x.fr/b).\n", true},
      // Prose: hashtags, asterisks, brackets and parentheses that are not Markdown's.
      {"#MeToo a chang\u00E9 le d\u00E9bat.\n#Paris2024 aussi.\n", false},
      {"Prix : 10 ** 3 euros [environ] (hors taxes) ** selon l\u2019AFP.\n", false},
      {"Il a dit [sic] (deux fois) que 6*7 = 42.\n", false},
      {"** Important ** : lire la suite.\n", false},
      // A text written one paragraph a line, with a bold word and a link: Markdown would
      // join its headline and byline to the first sentence. With blank lines between
      // paragraphs, or a block mark, or lines that are list items, it is Markdown.
      {"Incendie \u00E0 Marseille : 6.700 habitants \u00E9vacu\u00E9s\nPar Claire Dupont\n"
       "Un violent incendie s\u2019est d\u00E9clar\u00E9 \u00E0 **Marseille**.\n"
       "Le feu a parcouru 1\u202F200 hectares, selon la [pr\u00E9fecture](https://x.fr).\n",
       false},
      {"Incendie \u00E0 Marseille\r\nUn incendie \u00E0 **Marseille**.\r\nSelon la "
       "[pr\u00E9fecture](https://x.fr).\r\n",
       false},
      {"Incendie \u00E0 Marseille\n\nUn incendie \u00E0 **Marseille**.\nSelon la "
       "[pr\u00E9fecture](https://x.fr).\n",
       true},
      {"Incendie \u00E0 Marseille\nUn incendie \u00E0 **Marseille**.\n\n[1]: https://x.fr\n", true},
      {"- [Le sommet](https://x.fr/a)\n- [La visite](https://x.fr/b)\n", true},
      {"\n\nUn incendie \u00E0 **Marseille**, selon la [pr\u00E9fecture](https://x.fr).\n\n", true},
      {"", false},
  }));
  CAPTURE(text);
  CHECK(LooksLikeMarkdown(text) == markdown);
}

TEST_CASE("MarkdownText gives the text a reader sees, a block a paragraph", "[markdown]") {
  const auto [markdown, text] = GENERATE(table<std::string, std::string>({
      // The example of markdown_text.h.
      {"# Poutine \u00E0 Pyongyang\n\n![Photo](a.jpg)\n\nIl est **arriv\u00E9** "
       "[mardi](https://x.fr/a).\n",
       "Poutine \u00E0 Pyongyang\n\nIl est arriv\u00E9 mardi.\n"},
      // Headings, ATX (closing #s too) and setext.
      {"## Le sommet ##\n\nTexte.\n", "Le sommet\n\nTexte.\n"},
      {"Le sommet\n=========\n\nTexte.\n\nSuite\n-----\nFin.\n",
       "Le sommet\n\nTexte.\n\nSuite\n\nFin.\n"},
      // Emphasis, strong and strikethrough go; intraword underscores and lone stars stay.
      {"*Le* __sommet__ ***final*** ~~annul\u00E9~~ de snake_case et 6 * 7.\n",
       "Le sommet final annul\u00E9 de snake_case et 6 * 7.\n"},
      {"**\u00AB\u00A0Non\u00A0\u00BB**, a dit M. Poutine.\n",
       "\u00AB\u00A0Non\u00A0\u00BB, a dit M. Poutine.\n"},
      {"Un **gras jamais ferm\u00E9.\n", "Un **gras jamais ferm\u00E9.\n"},
      // Links keep their text; images, destinations and reference definitions go.
      {"Voir [la carte *d\u00E9taill\u00E9e*](https://x.fr/a_(b) \"Titre\") et ![](x.png) "
       "[l\u2019AFP][afp], [Reuters][] ou [TASS].\n\n[afp]: https://afp.com\n[reuters]: "
       "https://reuters.com\n[tass]: <https://tass.ru> \"TASS\"\n",
       "Voir la carte d\u00E9taill\u00E9e et l\u2019AFP, Reuters ou TASS.\n"},
      // A footnote's call goes with its note ("^1" once stayed in the sentence); one whose
      // note is not defined is text, as a renderer shows it.
      {"Un record[^1] en 2024, selon l\u2019AFP[^afp].\n\n[^1]: Depuis 1990.\n[^afp]: "
       "D\u00E9p\u00EAche.\n",
       "Un record en 2024, selon l\u2019AFP.\n"},
      {"Sans note[^2].\n", "Sans note[^2].\n"},
      // Brackets that make no link are text.
      {"Il a dit [sic] (deux fois) et [note][inconnue].\n",
       "Il a dit [sic] (deux fois) et [note][inconnue].\n"},
      // A label, nested or not, is looked up, within CommonMark's 999 characters (here
      // 4,000 bytes, as a character may take 4), with an empty second label standing for
      // the first.
      {"[[Poutine]] et [[sic]] \u00E0 [Pyongyang][].\n\n[poutine]: https://x.fr/p\n"
       "[pyongyang]: https://x.fr/v\n",
       "[Poutine] et [[sic]] \u00E0 Pyongyang.\n"},
      {"[" + std::string(4000, 'a') + "].\n\n[" + std::string(4000, 'a') + "]: https://x.fr\n",
       "[" + std::string(4000, 'a') + "].\n"},
      // Escapes, code spans, character references.
      {"\\*pas d\u2019emphase\\*, `a * b`, `` x ` y ``, &eacute;t&eacute; &#233; &#x202F;% "
       "&amp; &inconnu;\n",
       "*pas d\u2019emphase*, a * b, x ` y, \u00E9t\u00E9 \u00E9 \u202F% & &inconnu;\n"},
      // Inline HTML tags, comments and autolinks go; their text stays.
      {"Le <span class=\"x\">sommet</span><br/> <!-- pub --> <https://x.fr/a> fini.\n",
       "Le sommet fini.\n"},
      // A raw HTML block is read as a page fragment: a figure's caption and a script go.
      {"Avant.\n\n<figure>\n<img src=\"a.jpg\">\n<figcaption>KCNA VIA AFP</figcaption>\n"
       "</figure>\n\n<div class=\"encadr\u00E9\">\n<p>Un <b>encadr\u00E9</b>.</p>\n</div>\n\n"
       "<script>\nvar pub = \"Abonnez-vous\";\n\nshow(pub);\n</script>\nApr\u00E8s.\n",
       "Avant.\n\nUn encadr\u00E9.\n\nApr\u00E8s.\n"},
      // Lists, quotations, rules and tables.
      {"- Un.\n- Deux,\n  suite.\n\n1. Trois.\n2) Quatre.\n",
       "Un.\n\nDeux, suite.\n\nTrois.\n\nQuatre.\n"},
      {"> Une citation\n> sur deux lignes.\n>\n> > Imbriqu\u00E9e.\n",
       "Une citation sur deux lignes.\n\nImbriqu\u00E9e.\n"},
      {"Avant.\n\n* * *\n\nApr\u00E8s.\n", "Avant.\n\nApr\u00E8s.\n"},
      {"| Pays | Obus |\n|:---|---:|\n| Cor\u00E9e du Nord | 6.700 |\n",
       "Pays\n\nObus\n\nCor\u00E9e du Nord\n\n6.700\n"},
      // Soft line breaks are spaces, hard ones line breaks.
      {"Une phrase\ncoup\u00E9e en deux.  \nUne autre\\\nencore.\n",
       "Une phrase coup\u00E9e en deux.\nUne autre\nencore.\n"},
      // Fenced code is kept as it is written, fences out.
      {"Texte.\n\n```python\nx = 1  # *pas* d\u2019emphase\n\ny = 2\n```\n\nFin.\n",
       "Texte.\n\nx = 1  # *pas* d\u2019emphase\n\ny = 2\n\nFin.\n"},
      // Indented code too, where it continues no paragraph and no list item.
      {"Texte.\n\n    x = 1\n    y = 2\n\nSuite\n    continu\u00E9e.\n\n- Point\n\n    "
       "second paragraphe.\n",
       "Texte.\n\nx = 1\ny = 2\n\nSuite continu\u00E9e.\n\nPoint\n\nsecond paragraphe.\n"},
      // Front matter goes; its title stands first only without a heading.
      {"---\ntitle: \"Poutine \u00E0 Pyongyang\"\nauthor: AFP\n---\n\nIl est arriv\u00E9.\n",
       "Poutine \u00E0 Pyongyang\n\nIl est arriv\u00E9.\n"},
      {"---\ntitle: Poutine | Le Journal\n---\n\n# Poutine \u00E0 Pyongyang\n\nTexte.\n",
       "Poutine \u00E0 Pyongyang\n\nTexte.\n"},
      // A rule with inner spaces under a paragraph is a break, not a heading's underline.
      {"---\ntitle: Poutine\n---\n\nTexte.\n- - -\nSuite.\n", "Poutine\n\nTexte.\n\nSuite.\n"},
      // A reader service's header goes the same way.
      {"Title: Poutine \u00E0 Pyongyang\n\nURL Source: https://x.fr/a\n\nPublished Time: "
       "2024-06-19T12:05:00+02:00\n\nMarkdown Content:\nIl est **arriv\u00E9**.\n",
       "Poutine \u00E0 Pyongyang\n\nIl est arriv\u00E9.\n"},
      // A "---" that never closes is a rule, not front matter; so is one around prose.
      {"---\nTexte.\n", "Texte.\n"},
      {"---\nLe sommet.\n---\n\nSuite.\n", "Le sommet.\n\nSuite.\n"},
      {"---\ntitle: Poutine\nauthor:\n  - \"[[Jean Dupont]]\"\n...\nIl est arriv\u00E9.\n",
       "Poutine\n\nIl est arriv\u00E9.\n"},
      // CRLF, a block HTML comment, decomposed accents and emoji.
      {"# Titre\r\n\r\n<!-- d\u00E9but\r\nde pub -->\r\nCafe\u0301 \U0001F468\u200D\U0001F469.\r\n",
       "Titre\n\nCafe\u0301 \U0001F468\u200D\U0001F469.\n"},
      {"", ""},
  }));
  CAPTURE(markdown);
  CHECK(MarkdownText(markdown) == text);
}

TEST_CASE("MarkdownInlineText reads a block's inline content", "[markdown]") {
  // The example of markdown_inline.h.
  CHECK(MarkdownInlineText("Il est **arriv\u00E9** [mardi](https://x.fr/a) ![](a.jpg)", {}) ==
        "Il est arriv\u00E9 mardi");
  // A shortcut or collapsed reference is a link only when the document defines it.
  CHECK(MarkdownInlineText("[TASS] et [AFP][]", {"tass"}) == "TASS et [AFP][]");
  CHECK(MarkdownInlineText("[TASS] et [AFP][]", {"afp"}) == "[TASS] et AFP");
}

// Unclosed constructs by the hundred thousand: each is looked for once, so the time
// grows with the size (cmark 0.30.2 takes 4 s on 240 KB of "![[]()").
TEST_CASE("MarkdownText reads pathological paragraphs whole", "[markdown]") {
  // Each unit leaves text: a line of backticks or tildes alone would be a code fence,
  // and one opening with "<!--" a comment running to the end, as CommonMark reads them.
  const auto unit = GENERATE(as<std::string>{}, "![[]()", "[", "](", "<a ", "&amp", "a`", "**_",
                             "[a](<b", "\\[", "a<!--", "a~~");
  std::string markdown;
  while (markdown.size() < 2u << 20) markdown += unit;
  CAPTURE(unit);
  const std::string text = MarkdownText(markdown);
  CHECK(text.size() <= markdown.size() + 1);
  CHECK_FALSE(text.empty());
  // Whole: markup may go, but every letter a reader would see stays.
  for (const char letter : {'a', 'b'}) {
    CAPTURE(letter);
    CHECK(std::count(text.begin(), text.end(), letter) ==
          std::count(markdown.begin(), markdown.end(), letter));
  }
}

}  // namespace
}  // namespace precis
