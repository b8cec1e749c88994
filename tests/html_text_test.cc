#include "html_text.h"

#include <catch2/catch.hpp>
#include <string>

#include "html_entities.h"

namespace precis {
namespace {

TEST_CASE("HtmlText gives the text a reader sees, a block a paragraph", "[html]") {
  const auto [html, text] = GENERATE(table<std::string, std::string>({
      // The example of html_text.h.
      {"<h1>Poutine à Pyongyang</h1><p>Il est arrivé&nbsp;mardi.<script>x()</script></p>",
       "Poutine à Pyongyang\n\nIl est arrivé\u00A0mardi.\n"},
      // Character references, named and numeric, with French typography's spaces kept.
      {"<p>L&rsquo;&Eacute;lys&eacute;e : &laquo;&#160;non&#x202F;&raquo;, 6.700 &amp; "
       "3,5&nbsp;%</p>",
       "L\u2019\u00C9lys\u00E9e : \u00AB\u00A0non\u202F\u00BB, 6.700 & 3,5\u00A0%\n"},
      // HTML5's references that libxml2 2.9 does not know; an unknown name stays as written.
      {"<p>Il l&apos;a dit&period; Co&ucirc;t&nbsp;&colon; 3&comma;5&NonBreakingSpace;&percnt; "
       "&lpar;environ&rpar;&NewLine;&lsquor;oui&rsquor; &amp;period; &bogus; fin&excl;</p>",
       "Il l'a dit. Co\u00FBt\u00A0: 3,5\u00A0% (environ) \u201Aoui\u2019 &period; &bogus; "
       "fin!\n"},
      {"<p title=\"a&period;\">&hyphen;&dash;&mldr;&CloseCurlyDoubleQuote;&ThinSpace;x</p>",
       "\u2010\u2010\u2026\u201D\u2009x\n"},
      // ASCII white space collapses as a browser lays it out; inline elements do not break.
      {"<p>Le   président\n\t<b>russe</b> <a href=\"/x\">Vladimir</a>\r\n Poutine.</p>",
       "Le président russe Vladimir Poutine.\n"},
      {"<p>ligne un<br>ligne deux<br/><br>autre paragraphe</p>",
       "ligne un\nligne deux\n\nautre paragraphe\n"},
      {"<ul><li>Un.</li><li>Deux.</li></ul><table><tr><td>Trois</td><td>Quatre</td></tr></table>",
       "Un.\n\nDeux.\n\nTrois\n\nQuatre\n"},
      {"<pre>a   b\n  c</pre><p>d   e</p>", "a   b\n  c\n\nd e\n"},
      // What a reader never sees as the article: code, controls, furniture, captions.
      {"<html><head><style>p{}</style><script>var a = 1;</script></head><body>"
       "<nav><a>Accueil</a></nav><form><button>OK</button></form>"
       "<p>Le texte.</p><figure><img src=\"a.jpg\"><figcaption>Photo AFP</figcaption></figure>"
       "<aside>Lire aussi</aside><footer>© Le Journal</footer><noscript>Activez JS</noscript>"
       "</body></html>",
       "Le texte.\n"},
      // What the page declares hidden, or furniture by its ARIA role, goes too.
      {"<div role=\"dialog\" aria-label=\"Cookies\">Nous utilisons des cookies.</div>"
       "<header role=\"banner\"><a>Le Journal</a></header>"
       "<div role=\"main\"><p>Le texte.</p><p hidden>Masqu\u00E9.</p>"
       "<section aria-hidden=\"TRUE\">Commentaires</section><p aria-hidden=\"false\">Vu.</p>"
       "<div role=\"Navigation menu\">Accueil</div><ul role=\"list\"><li>Un point.</li></ul></div>"
       "<footer role=\"contentinfo\">\u00A9 2024</footer>",
       "Le texte.\n\nVu.\n\nUn point.\n"},
      // A hidden <pre> leaves the next one preformatted.
      {"<pre hidden>x</pre><pre>a   b</pre><p>c   d</p>", "a   b\n\nc d\n"},
      // A skipped block still ends the paragraph before it.
      {"<body>avant<nav>menu</nav>après</body>", "avant\n\naprès\n"},
      // The head's title stands first only when the body has no h1.
      {"<html><head><title>Poutine à Pyongyang | Le Journal</title></head>"
       "<body><p>Le texte.</p></body></html>",
       "Poutine à Pyongyang | Le Journal\n\nLe texte.\n"},
      {"<html><head><title>Poutine à Pyongyang | Le Journal</title></head>"
       "<body><h1>Poutine à Pyongyang</h1><p>Le texte.</p></body></html>",
       "Poutine à Pyongyang\n\nLe texte.\n"},
      // Broken markup is recovered as a browser would.
      {"<p>Un <b>texte <i>mal fermé<p>Suite &eacute; &unknown; fin.",
       "Un texte mal fermé\n\nSuite é &unknown; fin.\n"},
      // The text is UTF-8 already: a <meta> charset must not re-decode it.
      {"<html><head><meta charset=\"windows-1252\"></head><body><p>Café à Noël</p></body></html>",
       "Café à Noël\n"},
      {"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">"
       "</head><body><p>Café</p></body></html>",
       "Café\n"},
      // Decomposed accents, emoji and zero-width joiners pass through as they are.
      {"<p>Cafe\u0301 \U0001F468\u200D\U0001F469 ok</p>",
       "Cafe\u0301 \U0001F468\u200D\U0001F469 ok\n"},
      {"<html><body><script>document.write('pub')</script></body></html>", ""},
      {"<!-- rien -->", ""},
  }));
  CAPTURE(html);
  CHECK(HtmlText(html) == text);
}

TEST_CASE("HtmlText keeps apart the words a left-out element stands between on screen", "[html]") {
  const auto [html, text] = GENERATE(table<std::string, std::string>({
      // aria-hidden hides from screen readers only: its no-break space shows.
      {"<p>l\u2019\u00E9vacuation<span aria-hidden=\"true\">&nbsp;</span>de 6.700 "
       "habitants</p>",
       "l\u2019\u00E9vacuation de 6.700 habitants\n"},
      {"<p>\u00AB<span aria-hidden=\"true\">&#x202F;</span>Non<span aria-hidden=\"true\">"
       "&#8239;</span>\u00BB</p>",
       "\u00AB Non \u00BB\n"},
      // A control or an image is a box in the line, shown or not.
      {"<p>Le maire<button class=\"share\">Partager</button>a salu\u00E9 les pompiers.</p>",
       "Le maire a salu\u00E9 les pompiers.\n"},
      {"<p>Le vent<img src=\"x.png\" alt=\"photo\">soufflait \u00E0 90\u00A0km/h.</p>",
       "Le vent soufflait \u00E0 90\u00A0km/h.\n"},
      {"<p>Remplis \u00E0<progress>70\u202F%</progress>hier.</p>",
       "Remplis \u00E0 70\u202F% hier.\n"},
      {"<pre>a<img src=\"x.png\">b</pre>", "a b\n"},
      // A share bar between words, furniture with its own white space.
      {"<p>Le pr\u00E9fet<div role=\"navigation\"> Partager </div>a parl\u00E9.</p>",
       "Le pr\u00E9fet\n\na parl\u00E9.\n"},
      {"<p>Le pr\u00E9fet<span role=\"search\">Chercher ici</span>a parl\u00E9.</p>",
       "Le pr\u00E9fet a parl\u00E9.\n"},
      // White space around the element is enough, as before.
      {"<p>Les habitants<span class=\"cookie-notice\">Cookies</span> ont \u00E9t\u00E9 "
       "relog\u00E9s.</p>",
       "Les habitants ont \u00E9t\u00E9 relog\u00E9s.\n"},
      // No white space anywhere, or only in what the screen never shows: joined, as a
      // browser shows them.
      {"<p>ville.<span hidden>Partager</span>Les pompiers</p>", "ville.Les pompiers\n"},
      {"<p>ville.<span hidden>Partager ici</span>Les pompiers</p>", "ville.Les pompiers\n"},
      {"<p>la pr\u00E9fecture<script>var a = 1;</script>a ouvert</p>",
       "la pr\u00E9fecturea ouvert\n"},
      {"<p>l\u2019\u00E9<span aria-hidden=\"true\">\u2713</span>vacuation</p>",
       "l\u2019\u00E9vacuation\n"},
      {"<p>La route<wbr>d\u00E9partementale 568</p>", "La routed\u00E9partementale 568\n"},
      {"<p>un record<sup><a href=\"#n1\">1</a></sup>.</p>", "un record.\n"},
      {"<p>un record<sup> <a href=\"#n1\">1</a> </sup>, puis<a role=\"doc-noteref\" "
       "href=\"#n2\"> 2 </a>.</p>",
       "un record, puis.\n"},
  }));
  CAPTURE(html);
  CHECK(HtmlText(html) == text);
}

TEST_CASE("HtmlText leaves out what an inline style hides from the screen", "[html]") {
  const auto [html, text] = GENERATE(table<std::string, std::string>({
      {"<p>Le s\u00E9isme a fait 2.900 morts.</p><p style=\"display:none\">Lire aussi "
       "\u00AB\u00A0Maroc\u00A0\u00BB.</p><p style=\"visibility: hidden\">Publicit\u00E9.</p>",
       "Le s\u00E9isme a fait 2.900 morts.\n"},
      // Any case and spacing, among other declarations, with !important.
      {"<p>L\u2019\u00C9lys\u00E9e a r\u00E9pondu.<span style=\"color:red; DISPLAY : None "
       "!important\">Partager</span></p>",
       "L\u2019\u00C9lys\u00E9e a r\u00E9pondu.\n"},
      {"<div style=\"margin:0;visibility:collapse;\"><p>Masqu\u00E9.</p></div><p>Vu.</p>", "Vu.\n"},
      {"<p>Oui.<span style=\"display:none ! important ;\">Non.</span></p>", "Oui.\n"},
      // The last declaration wins, unless an earlier one is !important.
      {"<p style=\"display:none; display:block\">Vu \u00E0 l\u2019\u00E9cran.</p>",
       "Vu \u00E0 l\u2019\u00E9cran.\n"},
      {"<p style=\"display:none!important; display:block\">Cach\u00E9.</p><p>Vu.</p>", "Vu.\n"},
      // Shown: other values, other properties that only mention "none" or "hidden".
      {"<p style=\"display: block; overflow: hidden; text-decoration: none\">\u00AB\u00A0Vu"
       "\u00A0\u00BB.</p><p style=\"visibility:visible\">Aussi.</p>",
       "\u00AB\u00A0Vu\u00A0\u00BB.\n\nAussi.\n"},
      {"<p style=\"\">Vu.</p><p style=\"display\">Aussi.</p>", "Vu.\n\nAussi.\n"},
      // display: none takes no room, as `hidden`; what visibility hides leaves a blank.
      {"<p>l\u2019\u00E9<span style=\"display:none\">x</span>vacuation</p>",
       "l\u2019\u00E9vacuation\n"},
      {"<p>ville.<span style=\"visibility:hidden\">Partager</span>Les pompiers</p>",
       "ville. Les pompiers\n"},
      // The `hidden` attribute, as before.
      {"<p hidden>Paragraphe cach\u00E9.</p><p>Vu.</p>", "Vu.\n"},
  }));
  CAPTURE(html);
  CHECK(HtmlText(html) == text);
}

TEST_CASE("HtmlText reads an edited text as it now stands", "[html]") {
  const auto [html, text] = GENERATE(table<std::string, std::string>({
      {"<p>Le texte a \u00E9t\u00E9 adopt\u00E9 par <del>310</del> <ins>320</ins> voix, a "
       "annonc\u00E9 la pr\u00E9sidente de l\u2019Assembl\u00E9e.</p>",
       "Le texte a \u00E9t\u00E9 adopt\u00E9 par 320 voix, a annonc\u00E9 la "
       "pr\u00E9sidente de l\u2019Assembl\u00E9e.\n"},
      {"<p>Le maire<del> sortant</del> a parl\u00E9.</p><del><p>Un paragraphe retir\u00E9."
       "</p></del>",
       "Le maire a parl\u00E9.\n"},
      // A word corrected inside stays one word; spaces in the deletion keep words apart.
      {"<p>le gouver<del>n</del>ement</p>", "le gouverement\n"},
      {"<p>\u00AB\u00A0ancien<del> titre </del>nouveau\u00A0\u00BB</p>",
       "\u00AB\u00A0ancien nouveau\u00A0\u00BB\n"},
      // Struck-out text is still read: it stays part of the sentence.
      {"<p>Le prix passe de <s>10\u00A0euros</s> \u00E0 12\u00A0euros, <strike>h\u00E9las"
       "</strike> oui.</p>",
       "Le prix passe de 10\u00A0euros \u00E0 12\u00A0euros, h\u00E9las oui.\n"},
  }));
  CAPTURE(html);
  CHECK(HtmlText(html) == text);
}

TEST_CASE("HtmlText puts in the quotation marks a browser draws around a <q>", "[html]") {
  const auto [html, text] = GENERATE(table<std::string, std::string>({
      // A French page: guillemets with their no-break spaces, then “ ” inside.
      {"<html lang=\"fr\"><body><p>Le ministre a d\u00E9clar\u00E9 <q>nous y arriverons</q> "
       "devant les d\u00E9put\u00E9s.</p></body></html>",
       "Le ministre a d\u00E9clar\u00E9 \u00AB\u00A0nous y arriverons\u00A0\u00BB devant les "
       "d\u00E9put\u00E9s.\n"},
      {"<html lang=\"fr-FR\"><body><p>Il a dit\u00A0: <q>l\u2019\u00E9lu a parl\u00E9 "
       "d\u2019<q>erreur</q> hier</q>.</p></body></html>",
       "Il a dit\u00A0: \u00AB\u00A0l\u2019\u00E9lu a parl\u00E9 d\u2019\u201Cerreur\u201D "
       "hier\u00A0\u00BB.\n"},
      // A page that says no language is read as French; the space inside a <q> goes.
      {"<p>Elle a r\u00E9pondu <q> non </q>, puis <q>peut-\u00EAtre</q>.</p>",
       "Elle a r\u00E9pondu \u00AB\u00A0non\u00A0\u00BB, puis "
       "\u00AB\u00A0peut-\u00EAtre\u00A0\u00BB.\n"},
      {"<html lang=\"\"><body><p>Il a dit <q>oui</q>.</p></body></html>",
       "Il a dit \u00AB\u00A0oui\u00A0\u00BB.\n"},
      // Another language: “ ”, then ‘ ’ inside, and deeper again.
      {"<html lang=\"en\"><body><p>She said <q>the word <q>caf\u00E9 <q>cr\u00E8me</q></q> "
       "is French</q>.</p></body></html>",
       "She said \u201Cthe word \u2018caf\u00E9 \u2018cr\u00E8me\u2019\u2019 is "
       "French\u201D.\n"},
      // The quotation's own language, and its parent's, decide; not the page's.
      {"<html lang=\"fr\"><body><p>Il a cit\u00E9 <q lang=\"en\">we will</q> et <span "
       "lang=\"en-GB\"><q>so be it</q></span>, puis <q>c\u2019est fait</q>.</p></body></html>",
       "Il a cit\u00E9 \u201Cwe will\u201D et \u201Cso be it\u201D, puis "
       "\u00AB\u00A0c\u2019est fait\u00A0\u00BB.\n"},
      {"<html lang=\"en\"><body><article><p lang=\"FR\">Il a dit <q>oui</q>.</p></article>"
       "</body></html>",
       "Il a dit \u00AB\u00A0oui\u00A0\u00BB.\n"},
      // The story's element read alone keeps the page's language.
      {"<html lang=\"en\"><body><article><h1>Title</h1><p>He said <q>no</q>, again.</p>"
       "</article><p>x</p></body></html>",
       "Title\n\nHe said \u201Cno\u201D, again.\n"},
      // A hidden quotation has no marks either.
      {"<p>Il a dit<q hidden>non</q>.</p>", "Il a dit.\n"},
  }));
  CAPTURE(html);
  CHECK(HtmlText(html) == text);
}

TEST_CASE("HtmlText reads the story's element when the page names one", "[html]") {
  // Long enough to outweigh the boxes around it.
  const std::string story =
      "<p>Vladimir Poutine et Kim Jong-un ont sign\u00E9, mercredi 19\u00A0juin, un accord de "
      "\u00AB\u00A0partenariat strat\u00E9gique global\u00A0\u00BB.</p>"
      "<p>La derni\u00E8re visite de M. Poutine en Cor\u00E9e du Nord remonte \u00E0 2000.</p>";
  const std::string story_text =
      "Vladimir Poutine et Kim Jong-un ont sign\u00E9, mercredi 19\u00A0juin, un accord de "
      "\u00AB\u00A0partenariat strat\u00E9gique global\u00A0\u00BB.\n\n"
      "La derni\u00E8re visite de M. Poutine en Cor\u00E9e du Nord remonte \u00E0 2000.\n";
  const std::string newsletter =
      "<section><h2>Notre newsletter</h2><p>Chaque matin, l\u2019essentiel.</p></section>";
  const auto [html, text] = GENERATE_REF(table<std::string, std::string>({
      // One <article>: the boxes beside it in <main> are the site's.
      {"<main><article><h1>Poutine \u00E0 Pyongyang</h1>" + story + "</article>" + newsletter +
           "</main>",
       "Poutine \u00E0 Pyongyang\n\n" + story_text},
      // Its headline may stand outside it; the page's <h1> comes first.
      {"<div class=\"top\"><h1>Poutine \u00E0 Pyongyang</h1></div><article>" + story +
           "</article><div><p>Les plus lus : un autre sujet.</p></div>",
       "Poutine \u00E0 Pyongyang\n\n" + story_text},
      // Without any <h1>, the <title>.
      {"<html><head><title>Poutine | Le Journal</title></head><body><article>" + story +
           "</article>" + newsletter + "</body></html>",
       "Poutine | Le Journal\n\n" + story_text},
      // An <article> nested in the story (a quoted post) is part of it.
      {"<article>" + story + "<article><p>Un message cit\u00E9.</p></article></article>" +
           newsletter,
       story_text + "\nUn message cit\u00E9.\n"},
      // The main landmark, by element or by role, when there is no single article.
      {"<div role=\"main\">" + story + "</div>" + newsletter, story_text},
      // Two articles at the top level (a live page): the page is read whole.
      {"<article><p>Mise \u00E0 jour un.</p></article><article><p>Mise \u00E0 jour deux.</p>"
       "</article><p>Fin du direct.</p>",
       "Mise \u00E0 jour un.\n\nMise \u00E0 jour deux.\n\nFin du direct.\n"},
      // A teaser marked <article> beside a story in plain <div>s must not hide the story.
      {"<div>" + story + "</div><article><p>\u00C0 lire.</p></article>",
       story_text + "\n\u00C0 lire.\n"},
      {"<main><p>Court.</p></main><div>" + story + "</div>", "Court.\n\n" + story_text},
      // Indentation is not text: it does not count against the story.
      {"<article><p>Le texte de l\u2019article.</p></article>\n" + std::string(400, ' ') +
           "<div>\n" + std::string(400, ' ') + "<p>Pub.</p></div>",
       "Le texte de l\u2019article.\n"},
      // A hidden article is not the story.
      {"<article hidden><p>Ancien.</p></article>" + story, story_text},
  }));
  CAPTURE(html);
  CHECK(HtmlText(html) == text);
}

TEST_CASE("HtmlText leaves out the boxes every site has, by their names", "[html]") {
  const std::string story =
      "<p>Le pr\u00E9sident russe a \u00E9t\u00E9 accueilli mercredi \u00E0 Pyongyang.</p>";
  const std::string story_text =
      "Le pr\u00E9sident russe a \u00E9t\u00E9 accueilli mercredi \u00E0 Pyongyang.\n";
  const auto [html, text] = GENERATE_REF(table<std::string, std::string>({
      // A cookie prompt without any role or hidden attribute to say so.
      {"<div class=\"cookie-banner\"><p>Nous utilisons des cookies.</p></div>" + story, story_text},
      {"<div id=\"gdpr-consent\"><p>Vos choix.</p></div>" + story, story_text},
      // Readers' comments, inside the <article> too.
      {"<article>" + story +
           "<section class=\"comments\"><h3>Commentaires (12)</h3><p>Un avis.</p></section>"
           "</article>",
       story_text},
      {"<article>" + story + "<div id=\"disqus_thread\"><p>Un avis.</p></div></article>",
       story_text},
      {story + "<ol class=\"comment-list\"><li class=\"comment\"><p>Un avis.</p></li></ol>",
       story_text},
      {"<div class=\"Newsletter-Box\"><p>Chaque semaine, l\u2019essentiel.</p></div>" + story,
       story_text},
      {"<ol class=\"breadcrumbs\"><li>International</li><li>Asie</li></ol>" + story, story_text},
      // The site's <header>, outside any section: its offers and menus.
      {"<header><p>Abonnez-vous \u00E0 partir de 1 \u20AC</p></header>" + story, story_text},
      // Kept: a header that holds the headline, or is the article's own.
      {"<header><h1>Titre</h1></header>" + story, "Titre\n\n" + story_text},
      {"<header><h2>Titre</h2><p>Le chapeau.</p></header>" + story,
       "Titre\n\nLe chapeau.\n\n" + story_text},
      {"<article><header><p>Par Jeanne Dupont</p></header>" + story + "</article>",
       "Par Jeanne Dupont\n\n" + story_text},
      // Kept: a class that says a state, and a box so named that holds the story.
      {"<div class=\"entry no-comments\">" + story + "</div>", story_text},
      {"<div class=\"post comments-open\">" + story + "</div>", story_text},
      {"<div class=\"comments-wrapper\"><h1>Titre</h1>" + story + "</div>",
       "Titre\n\n" + story_text},
      // A footnote's call, by its link into the page or by its role (pandoc's), and the
      // endnotes; an exponent stays.
      {"<p>Un record<sup><a href=\"#fn1\">1</a></sup> et le 1<sup>er</sup> juin.</p>",
       "Un record et le 1er juin.\n"},
      // The call's other nesting, a link around the raised number, with or without a role.
      {"<p>Le site publie les r\u00E9sultats<a href=\"#note1\"><sup>1</sup></a>. Le "
       "1<sup>er</sup> tour, M<sup>me</sup> Durand, le XIX<sup>e</sup>\u00A0si\u00E8cle.</p>",
       "Le site publie les r\u00E9sultats. Le 1er tour, Mme Durand, le XIXe\u00A0si\u00E8cle.\n"},
      {"<p>\u00AB\u00A0Un record\u00A0\u00BB<a href=\"#fn2\"> <sup>[2]</sup> </a>, "
       "d\u2019apr\u00E8s l\u2019Insee.</p>",
       "\u00AB\u00A0Un record\u00A0\u00BB, d\u2019apr\u00E8s l\u2019Insee.\n"},
      // Kept: a link elsewhere, or one whose text is more than the raised part.
      {"<p>Le 1<a href=\"/fr/premier\"><sup>er</sup></a> juin, <a href=\"#haut\">"
       "M<sup>me</sup> Durand</a>.</p>",
       "Le 1er juin, Mme Durand.\n"},
      {"<p>Un record<a href=\"#fn1\" role=\"doc-noteref\"><sup>1</sup></a>.</p>"
       "<section role=\"doc-endnotes\"><ol><li><p>Depuis 1990.</p></li></ol></section>",
       "Un record.\n"},
      // A call without a link, its number in brackets; a bare raised number is an exponent.
      {"<p>Selon les chiffres<sup>[2]</sup>, la surface atteint 120\u00A0m<sup>2</sup> au "
       "1<sup>er</sup> janvier<sup> (14) </sup>.</p>",
       "Selon les chiffres, la surface atteint 120\u00A0m2 au 1er janvier.\n"},
      {"<p>Le taux<sup>[a]</sup> et l\u2019indice<sup>(2024)</sup>.</p>",
       "Le taux[a] et l\u2019indice(2024).\n"},
      // Text kept off the screen for screen readers alone, as frameworks name it.
      {"<p><span class=\"sr-only\">Publicit\u00E9</span>Le pr\u00E9sident russe a \u00E9t\u00E9 "
       "accueilli mercredi \u00E0 Pyongyang.</p>",
       story_text},
      {"<a class=\"screen-reader-text skip-link\" href=\"#main\">Aller au contenu</a>" + story,
       story_text},
      {"<p>Le pr\u00E9sident russe a \u00E9t\u00E9 accueilli mercredi \u00E0 "
       "<a href=\"/pyongyang\">Pyongyang<span class=\"visually-hidden\"> (ouvre un nouvel "
       "onglet)</span></a>.</p>",
       story_text},
  }));
  CAPTURE(html);
  CHECK(HtmlText(html) == text);
}

TEST_CASE("HtmlText leaves out the social posts a page embeds", "[html]") {
  const std::string story =
      "<p>Un incendie s\u2019est d\u00E9clar\u00E9 mercredi dans un entrep\u00F4t du port de "
      "Marseille.</p>";
  const std::string story_text =
      "Un incendie s\u2019est d\u00E9clar\u00E9 mercredi dans un entrep\u00F4t du port de "
      "Marseille.\n";
  const auto [html, text] = GENERATE_REF(table<std::string, std::string>({
      // The class each platform's embed code gives its post, whatever the site.
      {"<article>" + story +
           "<blockquote class=\"twitter-tweet\"><p lang=\"fr\">Le port est paralys\u00E9 "
           "depuis cette nuit\u00A0! <a href=\"https://t.co/abc\">pic.twitter.com/abc</a></p>"
           "&mdash; Un internaute (@internaute13)</blockquote></article>",
       story_text},
      {"<article>" + story +
           "<blockquote class=\"instagram-media\" data-instgrm-version=\"14\"><p>On voit la "
           "fum\u00E9e depuis Notre-Dame-de-la-Garde\u00A0! #Marseille</p><p>Une publication "
           "partag\u00E9e par Marseille Actu</p></blockquote></article>",
       story_text},
      {story + "<blockquote class=\"tiktok-embed\" cite=\"https://www.tiktok.com/@x/video/1\">"
               "<section><p>\u00AB\u00A0Incroyable\u00A0\u00BB</p></section></blockquote>",
       story_text},
      {story + "<blockquote class=\"bluesky-embed\"><p lang=\"fr\">L\u2019entrep\u00F4t "
               "br\u00FBle encore.</p></blockquote>",
       story_text},
      {story + "<div class=\"fb-post\" data-href=\"https://www.facebook.com/x\"><blockquote "
               "class=\"fb-xfbml-parse-ignore\"><p>Pens\u00E9es aux pompiers.</p></blockquote>"
               "</div>",
       story_text},
      {story + "<blockquote class=\"text-post-media\" data-text-post-permalink=\"https://"
               "www.threads.net/@x/post/1\"><p>Quelle fum\u00E9e\u00A0!</p></blockquote>",
       story_text},
      // Kept: a quotation the article makes itself.
      {story +
           "<blockquote><p>\u00AB\u00A0Aucune victime n\u2019est \u00E0 "
           "d\u00E9plorer\u00A0\u00BB, a pr\u00E9cis\u00E9 la pr\u00E9fecture.</p></blockquote>",
       story_text + "\n\u00AB\u00A0Aucune victime n\u2019est \u00E0 d\u00E9plorer\u00A0\u00BB, "
                    "a pr\u00E9cis\u00E9 la pr\u00E9fecture.\n"},
  }));
  CAPTURE(html);
  CHECK(HtmlText(html) == text);
}

TEST_CASE("HtmlText leaves out the teasers of other stories", "[html]") {
  const std::string story =
      "<p>Le trafic sera tr\u00E8s perturb\u00E9 jeudi sur l\u2019ensemble du r\u00E9seau "
      "SNCF.</p>";
  const std::string story_text =
      "Le trafic sera tr\u00E8s perturb\u00E9 jeudi sur l\u2019ensemble du r\u00E9seau SNCF.\n";
  const std::string card =
      "<article class=\"card\"><h3>Gr\u00E8ve SNCF\u00A0: quels sont vos droits\u00A0?</h3>"
      "<p>Remboursement, \u00E9change\u00A0: ce que pr\u00E9voit la loi.</p></article>";
  const auto [html, text] = GENERATE_REF(table<std::string, std::string>({
      // A box of related stories, its teasers marked <article>.
      {"<h1>Gr\u00E8ve \u00E0 la SNCF</h1>" + story +
           "<section class=\"related\"><h2>Sur le m\u00EAme sujet</h2>" + card + card +
           "</section>",
       "Gr\u00E8ve \u00E0 la SNCF\n\n" + story_text},
      {story + "<div id=\"taboola-below-article\"><p>Ces stars ont bien chang\u00E9.</p></div>" +
           "<div class=\"OUTBRAIN\"><p>Vous aimerez aussi.</p></div>",
       story_text},
      {story + "<div class=\"lire-aussi\"><p>\u00C0 lire aussi\u00A0: l\u2019\u00E9t\u00E9 des "
               "gr\u00E8ves.</p></div>",
       story_text},
      // A sidebar, with its "most read" list and its video teaser.
      {"<div id=\"content\">" + story +
           "</div><div class=\"sidebar most-read\"><ul><li><a "
           "href=\"/1\">M\u00E9t\u00E9o\u00A0: des orages "
           "attendus</a></li></ul></div><div class=\"sidebar\"><p>"
           "Regardez\u00A0: la gr\u00E8ve vue par les voyageurs."
           "</p></div>",
       story_text},
      // A teaser card inside the story's own <article>.
      {"<article><h1>Gr\u00E8ve \u00E0 la SNCF</h1>" + story + "<h2>Sur le m\u00EAme sujet</h2>" +
           card + "</article>",
       "Gr\u00E8ve \u00E0 la SNCF\n\n" + story_text + "\nSur le m\u00EAme sujet\n"},
      // Kept: a box so named that holds the headline, a class that says a state, and an
      // <article> nested in the story that is no teaser (a quoted post).
      {"<div class=\"related-wrapper\"><h1>Gr\u00E8ve \u00E0 la SNCF</h1>" + story + "</div>",
       "Gr\u00E8ve \u00E0 la SNCF\n\n" + story_text},
      {"<div class=\"page has-sidebar\">" + story + "</div>", story_text},
      {"<div class=\"main-sidebar-layout\">" + story + "</div>", story_text},
      {"<div class=\"card\">" + story + "</div>", story_text},
      {"<article class=\"card\">" + story + "</article>", story_text},
      {"<article>" + story + "<article><p>Un message cit\u00E9.</p></article></article>",
       story_text + "\nUn message cit\u00E9.\n"},
  }));
  CAPTURE(html);
  CHECK(HtmlText(html) == text);
}

TEST_CASE("HtmlText leaves out a paywall's offer and the author's box", "[html]") {
  const std::string story =
      "<p>Vladimir Poutine et Kim Jong-un ont sign\u00E9 mercredi un accord de \u00AB\u00A0"
      "partenariat strat\u00E9gique\u00A0\u00BB.</p>";
  const std::string story_text =
      "Vladimir Poutine et Kim Jong-un ont sign\u00E9 mercredi un accord de \u00AB\u00A0"
      "partenariat strat\u00E9gique\u00A0\u00BB.\n";
  const auto [html, text] = GENERATE_REF(table<std::string, std::string>({
      {"<article>" + story +
           "<div class=\"paywall\"><p>Vous avez envie de lire la suite\u00A0?</p><p>Offre "
           "sp\u00E9ciale\u00A0: 1\u00A0\u20AC le premier mois. Sans engagement.</p></div>"
           "</article>",
       story_text},
      {story + "<section id=\"subscription-offer\"><p>D\u00E9j\u00E0 abonn\u00E9\u00A0?</p>"
               "</section>",
       story_text},
      {"<article>" + story +
           "<div class=\"author-bio\"><p>Philippe Mesmer est correspondant du Monde \u00E0 "
           "Tokyo depuis 2009.</p></div></article>",
       story_text},
      {story + "<div class=\"c-author-box\"><p>Journaliste au service \u00C9tranger.</p></div>",
       story_text},
      {"<p class=\"byline\">Par Philippe Mesmer (Tokyo, correspondance)</p>" + story, story_text},
      // Kept: the story's text behind the paywall, as a subscriber's page holds it.
      {"<div class=\"paywall-content\">" + story + "</div>", story_text},
      {"<div class=\"article-body is-paywalled\">" + story + "</div>", story_text},
  }));
  CAPTURE(html);
  CHECK(HtmlText(html) == text);
}

TEST_CASE("HtmlText leaves out AMP's ads, its players' stand-ins and ad blockers' notices",
          "[html]") {
  const std::string story =
      "<p>Au moins trois personnes sont mortes dans les inondations du Var.</p>";
  const std::string story_text =
      "Au moins trois personnes sont mortes dans les inondations du Var.\n";
  const auto [html, text] = GENERATE_REF(table<std::string, std::string>({
      // An AMP ad, with its placeholder and the fallback an ad blocker leaves showing.
      {story + "<amp-ad width=\"300\" height=\"250\" type=\"doubleclick\"><div placeholder>"
               "Publicit\u00E9</div><div fallback>La publicit\u00E9 n\u2019a pas pu \u00EAtre "
               "charg\u00E9e, d\u00E9sactivez votre bloqueur de publicit\u00E9.</div></amp-ad>",
       story_text},
      {"<amp-sticky-ad layout=\"nodisplay\"><amp-ad type=\"x\">Annonce</amp-ad></amp-sticky-ad>"
       "<amp-embed type=\"taboola\"><p>Vous aimerez aussi</p></amp-embed>" +
           story + "<amp-auto-ads type=\"adsense\"></amp-auto-ads>",
       story_text},
      // A player's placeholder while it loads, and the fallback where it cannot play.
      {story + "<amp-iframe width=\"600\" height=\"400\" src=\"https://x\"><div placeholder>"
               "Chargement de la vid\u00E9o en cours, veuillez patienter quelques "
               "instants.</div></amp-iframe>",
       story_text},
      {story + "<amp-video width=\"640\" height=\"360\" src=\"v.mp4\"><p fallback>Cette "
               "vid\u00E9o n\u2019est pas disponible dans votre pays.</p></amp-video>",
       story_text},
      // An ad blocker's notice, by its class or id.
      {"<div class=\"adblock-message\"><p>Vous utilisez un bloqueur de publicit\u00E9.</p></div>" +
           story,
       story_text},
      {story + "<section id=\"anti-adblock\"><p>Merci de nous soutenir.</p></section>", story_text},
      {story + "<div class=\"js-ad-block-notice\"><p>D\u00E9sactivez votre bloqueur.</p></div>",
       story_text},
      // Kept: an AMP element's own children, an attribute named so outside AMP, a name
      // that holds the words inside another, and a page's state.
      {"<amp-accordion><section><h4>Chronologie</h4>" + story + "</section></amp-accordion>",
       "Chronologie\n\n" + story_text},
      {"<amp-fit-text><div>" + story + "</div></amp-fit-text>", story_text},
      {"<div><div fallback>" + story + "</div></div>", story_text},
      {"<div class=\"article-head-block\">" + story + "</div>", story_text},
      {"<div class=\"lead-block\">" + story + "</div>", story_text},
      {"<div class=\"post has-adblock\">" + story + "</div>", story_text},
  }));
  CAPTURE(html);
  CHECK(HtmlText(html) == text);
}

TEST_CASE("HtmlText survives pages nested deeper than any recursion could go", "[html]") {
  std::string html;
  for (int i = 0; i < 200000; ++i) html += "<div><span>";
  html += "Le fond.";
  const std::string text = HtmlText(html);
  CHECK(text.find("Le fond.") != std::string::npos);
}

TEST_CASE("HtmlText keeps a long paragraph whole", "[html]") {
  std::string words;
  while (words.size() < 12 * 1024 * 1024) words += "mot ";
  const std::string text = HtmlText("<p>" + words + "</p>");
  CHECK(text.size() == words.size());  // the last space gives way to the final "\n"
  CHECK(text.back() == '\n');
}

}  // namespace
}  // namespace precis

TEST_CASE("HTML5's references are looked up by their exact name", "[html]") {
  const auto [name, code_point] = GENERATE(table<std::string, char32_t>({
      {"period", U'.'},
      {"Tab", U'\t'},
      {"AMP", U'&'},
      {"CloseCurlyDoubleQuote", U'\u201D'},
      {"lsquor", U'\u201A'},
      {"zwsp", 0},  // not in HTML5
      {"Period", 0},
      {"perio", 0},
      {"amp", 0},  // HTML 4's, which libxml2 decodes itself
      {"", 0},
  }));
  CAPTURE(name);
  CHECK(precis::Html5Entity(name) == code_point);
}

TEST_CASE("HTML5's references become numeric ones, the rest of the page as it is", "[html]") {
  CHECK(precis::NumberHtml5Entities("a&period;b&amp;period;&bogus;&") ==
        "a&#46;b&amp;period;&bogus;&");
  CHECK(precis::NumberHtml5Entities("&NewLine;&dash;") == "&#10;&#8208;");
  // A name longer than any is not looked for: "&" runs without ";" stay linear.
  const std::string ampersands(100000, '&');
  CHECK(precis::NumberHtml5Entities(ampersands) == ampersands);
}
