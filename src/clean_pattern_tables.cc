// The per-language pattern tables of the clean stage (see clean_pattern_tables.h).
#include "clean_pattern_tables.h"

namespace precis::clean_rules {

const LanguageTable kFrench = {
    R"re(janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre|janv\.|févr\.|fév\.|avr\.|juil\.|sept\.|oct\.|nov\.|déc\.)re",
    R"re(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)re",
    R"re((?:publiée?|mise?\s+à\s+jour|mise?\s+en\s+ligne|modifiée?|actualisée?|postée?|dernière\s+mise\s+à\s+jour|date)(?:\s+le)?)re",
    R"re(à|le|du|au|hier|aujourd['’]hui|il\s+y\s+a\s+\d+\s+(?:min|minutes?|h|heures?|jours?)|\(heure\s+de\s+paris\))re",
    R"re([ÀA]\s+LIRE\s+(?:AUSSI|ÉGALEMENT|EGALEMENT)|LIRE\s+(?:AUSSI|ÉGALEMENT|EGALEMENT)|[ÀA]\s+LIRE|[ÀA]\s+VOIR\s+(?:AUSSI|ÉGALEMENT|EGALEMENT)|VOIR\s+(?:AUSSI|ÉGALEMENT|EGALEMENT)|[ÀA]\s+VOIR|[ÀA]\s+(?:DÉCOUVRIR|ÉCOUTER|REGARDER)|SUR\s+LE\s+MÊME\s+SUJET|ET\s+AUSSI|LIRE|VOIR)re",
    R"re((?:[àa]\s+)?(?:lire|lisez|voir|découvrir|regarder|écouter)\s+(?:aussi|également|encore)|[àa]\s+(?:lire|voir|découvrir|écouter|regarder)|sur\s+le\s+même\s+sujet|et\s+aussi|lire\s+(?:l['’](?:enquête|entretien|analyse|archive|éditorial|édito|interview)|le\s+(?:décryptage|reportage|récit|portrait|témoignage|compte\s+rendu|billet|factuel|podcast)|la\s+(?:tribune|chronique|critique|synthèse|lettre))(?:\s*\(\d{4}\))?(?=\s*\|))re",
    // Québec's and Belgium's "Lisez aussi", "Lisez l’article « ... »", "Consultez notre dossier":
    // "Lisez" alone only before what the paper links to, its own pages or a headline in quotes
    // ("Lisez les étiquettes" heads a story's advice).
    R"re((?:[àa]\s+)?(?:lire|lisez|voir)\s+(?:aussi|également)|(?:lisez|consultez|relisez)(?:\s+(?:l['’](?:article|entrevue|entretien|analyse|éditorial|enquête)|le\s+(?:texte|reportage|dossier|portrait|récit|billet|témoignage)|la\s+(?:chronique|lettre|critique)))?(?=\s+(?:notre\s|nos\s|«)))re",
    R"re((?:[àa]\s+)?(?:voir|lire|regarder|écouter|découvrir|retrouver|retrouvez)\s+(?:aussi|également|encore|en\s+vidéo|sur|notre|nos)\b[^:]*|(?:sur\s+le\s+même\s+sujet|dans\s+la\s+même\s+rubrique|les\s+plus\s+lus|pour\s+aller\s+plus\s+loin|en\s+vidéo|à\s+la\s+une|(?:nos\s+)?articles?\s+(?:liés|associés|similaires|recommandés))\b[^:]*)re",
    R"re(laiss(?:er|ez)\s+un\s+(?:commentaire|avis|message)|(?:ajouter|poster|publier|écrire|rédiger)\s+un\s+commentaire|réagi(?:r|ssez)\s+à\s+cet\s+article|votre\s+adresse\s+(?:e-?mail|électronique|de\s+messagerie|courriel|mail)\s+ne\s+sera\s+pas\s+publiée|champs\s+obligatoires\s+sont\s+(?:indiqués|marqués|signalés)|vous\s+devez\s+être\s+connectée?\s+pour|enregistrer\s+mon\s+nom|annuler\s+la\s+réponse|connectez-vous\s+pour\s+(?:commenter|réagir)|^\d+\s+(?:commentaires?|réactions?)$|^(?:vos\s+)?(?:commentaires?|réactions?)\s*\(\d+\)$|^(?:commentaires?|commenter|réagir|réagissez|répondre)$|^(?:donnez|laissez)\s+votre\s+avis\s*[.!:]?$|^(?:nom|prénom|pseudo|e-?mail|adresse\s+e-?mail|site\s+(?:web|internet)|commentaire|message)\s*\*\s*:?$|^(?:les\s+)?commentaires\s+(?:sont\s+)?(?:fermés|clos|désactivés)\s*[.!]?$|^(?:ce\s+contenu|cet\s+article)\s+n['’]est\s+pas\s+ouvert\s+aux\s+commentaires\s*[.!]?$|les\s+commentaires\s+sont\s+(?:fermés|clos|désactivés)\s+(?:pour|sur|sous)\s+(?:cet\s+article|ce\s+contenu|cette\s+page)|soyez\s+(?:le\s+)?premi(?:er|ère)\s+à\s+(?:commenter|réagir))re",
    // laiss(er|ez) un ...; (ajouter|...) un commentaire, ^N commentaires$, ^commenter$;
    // réagir|réagissez à cet article, ^réagir$, ^réagissez$; ^donnez|laissez votre avis$;
    // votre adresse ...; champs obligatoires ...; vous devez être connecté(e) ...;
    // enregistrer mon nom; annuler la réponse; ^N réactions$;
    // ^répondre$; ^nom|prénom|... *:$ (all those contain the asterisk); commentaires
    // fermés, ^ce contenu n'est pas ouvert aux commentaires$; soyez le premier à
    // commenter|réagir.
    {"laiss", "comment", "agir", "agiss", "avis", "adresse", "obligatoires", "connect",
     "enregistrer", "annuler", "action", "pondre", "*"},
    // UI labels; the last, "Je donne", is Le Devoir's button that asks for a donation.
    R"re(partager(?:\s+(?:sur|via)\s+\p{L}+|(?:\s+|\s*:\s*)(?:cet\s+article|l['’]article|ce\s+contenu)(?:\s+sur\s+les\s+réseaux\s+sociaux)?)?|partagez(?:\s+cet\s+article)?|imprimer(?:\s+(?:cet\s+article|l['’]article))?|envoyer(?:\s+par\s+(?:e-?mail|courriel)|\s+à\s+un\s+ami)?|copier\s+(?:le\s+)?lien|lien\s+copié|publicité|contenu\s+(?:sponsorisé|partenaire)|s['’]abonner|abonnez-vous|je\s+m['’]abonne|newsletters?|infolettres?|se\s+connecter|connexion|s['’]inscrire|inscrivez-vous|fermer|menu|accueil|retour\s+en\s+haut|lire\s+la\s+suite|lire\s+plus|en\s+savoir\s+plus|voir\s+plus|afficher\s+plus|charger\s+plus(?:\s+de\s+(?:publications|posts|messages|articles|contenus))?|suivez-nous(?:\s+sur\s+\p{L}+)?|tweeter|enregistrer|sauvegarder|ajouter\s+(?:à\s+(?:mes|vos)|aux)\s+favoris|favoris|(?:ces\s+articles|ces\s+contenus|ceci)\s+pourrai(?:en)?t\s+(?:aussi\s+|également\s+)?vous\s+intéresser|signaler(?:\s+(?:un|ce)\s+(?:abus|contenu)|\s+une\s+erreur)?|réemployer\s+ce\s+contenu|réutiliser\s+ce\s+contenu|participer|écouter(?:\s+(?:l['’]article|cet\s+article))?|offrir(?:\s+cet|\s+l['’])?\s*article|lire\s+plus\s+tard|google\s+actualités|les\s+plus\s+lus|à\s+la\s+une|(?:temps\s+de\s+)?lecture\s*:?\s*\d+\s*min(?:utes?)?|\d+\s*min(?:utes?)?\s+de\s+lecture|la\s+rédaction\s+vous\s+(?:conseille|recommande)|faites\s+défiler\s+(?:vers\s+le\s+bas\s+)?pour\s+(?:continuer|lire\s+la\s+suite)(?:\s+(?:la|votre)\s+lecture)?|voir\s+le\s+contexte|lire\s+les\s+(?:posts|publications|messages)\s+précédents|passer\s+la\s+publicité|continuez\s+(?:votre|la)\s+lecture(?:\s+ci-dessous)?|sans\s+engagement|suivre|regarder\s+la\s+vidéo|tous\s+les\s+articles\s+de\s+\p{Lu}[\p{L}'’\-]*(?:\s+\p{Lu}[\p{L}'’\-]*){0,3}|durée\s*:\s*\d{1,2}:\d{2}(?::\d{2})?|sommaire|(?:mots-clés|tags)\s*:\s*[^.!?\n]{1,200}|fil\s+d['’]info|aller\s+au\s+contenu(?:\s+principal)?|dans\s+la\s+même\s+rubrique|je\s+donne)re",
    {
        // (abonnez-vous|inscrivez-vous|recevez|retrouvez|abonnement) ... newsletter; nous
        // utilisons des cookies; en poursuivant votre navigation; recevez chaque
        // matin|gratuitement ..., recevez ... dans votre boîte; la suite ... publicité; l'article
        // continue; cookies (both); tous droits réservés; reproduction interdite; réservée aux
        // abonnés, déjà abonné(e).
        {R"re((?:abonnez-vous|inscrivez-vous|recevez|retrouvez|abonnement)\b[^.]{0,60}?\b(?:newsletters?|infolettres?|lettres?\s+d['’]information)\b|nous\s+utilisons\s+des\s+cookies|(?:en\s+poursuivant|si\s+vous\s+poursuivez)\s+votre\s+navigation|recevez\s+(?:gratuitement|chaque\s+(?:jour|matin|soir|semaine)|tous\s+les\s+(?:jours|matins|soirs))|recevez\b[^.]{0,80}?\b(?:dans\s+votre\s+boîte|par\s+(?:e-?mail|courriel))|la\s+suite\s+(?:de\s+l['’]article\s+)?après\s+(?:cette\s+|la\s+)?publicité|l['’]article\s+continue\s+(?:ci-dessous|après)|(?:ce|notre)\s+site\s+(?:web\s+|internet\s+)?utilise\s+des\s+cookies|(?:accepter|refuser|gérer|paramétrer)\s+(?:les\s+|mes\s+|tous\s+les\s+)?cookies|tous\s+droits\s+réservés|reproduction\s+interdite|réservée?\s+(?:aux|à\s+nos)\s+abonnés|déjà\s+abonnée?)re",
         {"abonn", "inscrivez", "recevez", "retrouvez", "cookies", "navigation", "publicit",
          "article", "droits", "interdite"}},
        // il vous reste N %.
        {R"re(il\s+vous\s+reste\s+\d+(?:[.,]\d+)?\s*%)re",
         {"reste"}},
        // suivez-nous sur; téléchargez (gratuitement) ... application; activez les
        // notifications; ajoutez <outlet> à vos sources préférées; réemployer ce contenu;
        // cliquez ici; javascript; votre navigateur ne ...; abonnez-vous; soutenez...
        {R"re(suivez-nous\s+sur|téléchargez\s+(?:gratuitement\s+|dès\s+maintenant\s+)?(?:notre|l['’])\s*appli(?:cation)?\b|activez\s+(?:les|vos)\s+notifications|ajoutez\s+[^.]{1,40}?\s+à\s+vos\s+sources\s+préférées|réemployer\s+ce\s+contenu|cliquez\s+ici|(?:activez|autorisez)\s+(?:le\s+)?javascript|votre\s+navigateur\s+ne\s+(?:supporte|prend)|abonnez-vous|soutenez-nous|soutenez\s+(?:un|le|notre)\s+journalisme)re",
         {"suivez", "chargez", "activez", "ajoutez", "employer", "cliquez", "javascript",
          "navigateur", "abonn", "soutenez"}},
        // cet article (contenu) ... offert or en accès libre; regardez ..., ... ci-dessus;
        // l'essentiel de l'actu (ending its sentence); votre boîte ...; (suivez|dans|sur) notre
        // direct.
        {R"re((?:cet\s+)?(?:article|contenu)\s+(?:vous\s+)?(?:est\s+)?(?:en\s+accès\s+libre|offert)|regardez\s+(?:la|notre|cette|nos|les)\s+(?:vidéos?|images|reportages?)|(?:vidéo|images|reportage)\s+ci-dess(?:us|ous)|l['’]essentiel\s+de\s+l['’]actu(?:alité)?(?:\s+\p{L}+)?(?=\s*(?:[.!:;|]|$))|(?:dans|sur)\s+votre\s+boîte\s+(?:mail|e-?mail|aux\s+lettres|de\s+réception)|(?:suivez|rejoignez|dans|sur)\s+notre\s+(?:direct|live|fil\s+info)\b)re",
         {"article", "contenu", "regardez", "ci-dess", "essentiel", "votre", "notre"}},
        // retrouvez ... dans notre édition, toute l'actualité ... sur l'application, le
        // reportage ... dans le 19/20 (le JT, en replay); un seul
        // appareil; partagez ... article; suivez ... notre page|chaîne|application|site;
        // rejoignez-nous sur; N mois d'abonnement pour N.
        {R"re(retrouvez\b[^.]{0,60}?\bdans\s+notre\s+(?:édition|magazine|journal|application)|retrouvez\s+(?:toute\s+l['’]actu(?:alité)?|toutes\s+les\s+(?:infos|informations|actualités))\b[^.]{0,80}?\bsur\s+(?:l['’]\s*|notre\s+)appli(?:cation)?\b|retrouvez\s+(?:le|ce|cet|cette|notre|l['’]\s*)\s*(?:reportage|sujet|émission|interview|entretien|débat|magazine)\b[^.]{0,120}?\b(?:dans|sur|en)\s+(?:le\s+|l['’]\s*|notre\s+)?(?:\d{1,2}/\d{1,2}\b|jt\b|journal\b|édition\b|émission\b|replay\b)|retrouvez\b[^.]{0,80}?\ben\s+replay\b|sur\s+un\s+seul\s+appareil|partagez\s+(?:cet\s+|l['’])article|suivez\b[^.]{0,80}?\b(?:sur|via)\s+(?:notre|nos)\s+(?:pages?|comptes?|chaînes?|réseaux|applications?|appli|site)|suivez\s+(?:notre|nos)\s+(?:pages?|comptes?|chaînes?)|rejoignez-nous\s+sur|\d+\s+(?:mois|semaines?|ans?)\s+d['’]abonnement\s+(?:pour|à)\s+(?:seulement\s+)?\d)re",
         {"retrouvez", "appareil", "partagez", "suivez", "rejoignez", "abonn"}},
        // accédez à tous nos ...; contenus|articles en illimité; n'avez pas accepté les
        // cookies; l'accès à la totalité de l'article.
        {R"re(accédez\s+(?:à\s+)?(?:tous\s+nos|toutes\s+nos|l['’]intégralité|en\s+illimité)|(?:contenus|articles)\s+en\s+illimité|n['’]avez\s+pas\s+accepté\s+(?:les\s+)?cookies|l['’]accès\s+à\s+(?:la\s+totalité|l['’]intégralité)\s+de\s+(?:l['’]article|cet\s+article|ce\s+contenu|nos\s+contenus))re",
         {"dez", "illimit", "cookies", "totalit", "gralit"}},
        // cet article a été publié|mis à jour|modifié|corrigé|rédigé ... (an article of law
        // is amended in a year, time and again or by a law; a correction after a colon is
        // the note's, verb or not), est paru (in a paper, a scientific journal's is the story's), est
        // issu de notre ...; ce contenu a été (est) rédigé (réalisé, par la rédaction) avec
        // l'aide d'une IA (d'outils d'IA).
        {R"re(cet\s+article\s+a\s+été\s+(?:modifié|corrigé)\b(?![^.:]{0,60}?\b(?:(?:en|depuis)\s+\d{4}\b|par\s+(?:la\s+loi|le\s+(?:législateur|parlement|décret)|une?\s+(?:loi|décret|ordonnance)|l['’]ordonnance)))[^.:]{0,60}:[^.]*|cet\s+article\s+a\s+(?:(?:d['’]abord|initialement|originellement|précédemment)\s+été\s+publié|été\s+(?:(?:d['’]abord|initialement|originellement|précédemment)\s+publié|publié\s+(?:d['’]abord|initialement|originellement|précédemment|dans\s+(?:notre|nos|l['’]édition\s+(?:du|de|papier|imprimée)))\b|(?:mis\s+à\s+jour|actualisé|modifié|corrigé)(?!\s+(?:en|depuis)\s+\d{4}\b|\s+à\s+(?:\d+|plusieurs|de\s+nombreuses)\s+reprises|[^.]{0,40}?\bpar\s+(?:le\s+(?:législateur|parlement|décret|gouvernement)|la\s+loi|l['’]ordonnance|une?\s+(?:loi|décret|ordonnance)))))|cet\s+article\s+est\s+(?:initialement\s+|d['’]abord\s+)?paru\s+(?:dans|sur)\b(?!\s+(?:la\s+|une\s+)?revues?\b|\s+(?:le\s+|un\s+)?journal\s+scientifique)|cet\s+article\s+est\s+(?:issu|extrait|tiré)\s+de\s+(?:notre|nos)\b|(?:cet\s+article|ce\s+contenu)\s+(?:a\s+été|est)\s+(?:rédigé|écrit|généré|produit|traduit|réalisé)\s+(?:par\s+[^.]{1,60}?\s+)?(?:avec\s+l['’](?:aide|assistance)\s+|à\s+l['’]aide\s+|par\s+)(?:d['’](?:outils?\s+d['’])?|de\s+l['’]\s*|l['’]\s*|des\s+outils\s+d['’])?(?:une?\s+)?(?:intelligence\s+artificielle|ia)\b)re",
         {"article", "contenu"}},
        // The paper's notes on the article itself: une version précédente de cet article
        // (disait, indiquait...), note de la rédaction :, rectificatif :, erratum :; a
        // correction in the paper's own voice: précision (correction) : ... nous avions écrit,
        // contrairement à ce que nous avions écrit, nous avons modifié cet article, article
        // modifié le 15 octobre (a law's article has its own name before it).
        {R"re(une\s+(?:précédente\s+|première\s+)?version\s+(?:précédente\s+)?de\s+cet\s+article|note\s+de\s+la\s+rédaction\s*:|(?:rectificatif|erratum)\s*:|(?:précision|correction|rectification)\s*:[^.]{0,200}?\bnous\s+(?:l['’]\s*)?(?:avions|avons)\s+(?:écrit|indiqué|annoncé|affirmé)[^.]*|contrairement\s+à\s+ce\s+que\s+nous\s+(?:avions|avons)\s+(?:écrit|indiqué|annoncé|affirmé)[^.]*|nous\s+avons\s+(?:modifié|corrigé|actualisé|mis\s+à\s+jour)\s+cet\s+article|(?<![\p{L}'’]\s?)article\s+(?:modifié|corrigé|mis\s+à\s+jour)\s+le\s+\d)re",
         {"version", "note", "rectificati", "erratum", "nous", "article"}},
        // A broadcaster's notes under the page: ce sujet a été diffusé dans le JT (le 19/20,
        // le journal de 13 heures...), intervenants :; a magazine's: cet article a été publié
        // dans Le Point n° 2680, découvrez l'intégralité de notre dossier.
        {R"re((?:ce|cet|cette)\s+(?:sujet|reportage|interview|émission)\s+a\s+été\s+diffusée?\s+(?:dans|lors\s+du|au)\s+(?:le\s+|l['’]\s*)?(?:jt|journal|\d{1,2}/\d{1,2}|édition|magazine)\b|intervenante?s?\s*:|cet\s+article\s+a\s+été\s+publié\s+dans\s+(?!(?:la\s+|une\s+)?revues?\b)[^.]{1,40}?\bn°\s*\d|découvrez\s+l['’]intégralité\s+de\s+(?:notre|ce|cet|cette)\s+(?:dossier|enquête|article|reportage))re",
         {"diffus", "intervenant", "article", "couvrez"}},
        // A call for witnesses under breaking news: vous avez été (êtes) témoin de ... ?,
        // envoyez-nous vos photos, contactez (écrivez à) la rédaction, écrivez-nous,
        // racontez-nous ... en nous écrivant, vous pouvez nous contacter (écrire).
        {R"re(vous\s+(?:avez\s+été|êtes|étiez)\s+témoins?\s+(?:de|d['’])[^?.!]{1,80}\?|envoyez-nous\s+(?:vos|votre)\s+(?:photos|vidéos|images|témoignages?)|(?:contactez|écrivez\s+à)\s+la\s+rédaction\b|écrivez-nous\b|racontez-nous\b[^.]{0,80}?\ben\s+nous\s+écrivant|vous\s+pouvez\s+nous\s+(?:contacter|écrire|joindre)\b)re",
         {"moin", "envoyez", "contactez", "crivez", "racontez", "pouvez"}},
        // l'actualité ... à portée de main; vous souhaitez (voulez, avez envie de) lire la
        // suite, débloquez tous les articles; a newsletter's sign-up box: votre adresse mail
        // est collectée, en vous inscrivant vous acceptez, vous pouvez vous désinscrire, notre
        // sélection de l'actualité; suivre ... sur Google Actualités; profitez de notre offre |
        // d'un accès illimité; cet article vous a été utile | plu; offre spéciale : N € par
        // mois (le premier mois, pendant N mois); a live blog's retrouvez toutes les
        // informations de la journée, retrouvez nos articles.
        {R"re(l['’]actualité\b[^.]{0,40}?\bà\s+portée\s+de\s+main|vous\s+(?:souhaitez|voulez|avez\s+envie\s+de)\s+lire\s+la\s+suite|envie\s+de\s+lire\s+la\s+suite\s*\?|débloquez\s+(?:tous\s+(?:les|nos)\s+(?:articles|contenus)|l['’]accès|l['’]article|cet\s+article|la\s+suite)|votre\s+adresse\s+(?:e-?mail|mail|électronique|courriel)\s+est\s+collectée\s+par\b|en\s+vous\s+inscrivant\s*,?\s+vous\s+acceptez|vous\s+pouvez\s+vous\s+désinscrire(?=\s*[.!]|\s+(?:à\s+tout\s+moment|gratuitement)(?:\s*[.!,]|\s+(?:via|en\s+cliquant|grâce|depuis|dans|par\s+(?:le|ce)\s+lien|à\s+l['’]aide)\b))|notre\s+sélection\s+(?:exclusive\s+)?de\s+l['’]actualité|suivre\s+[^.]{1,40}?\s+(?:dans\s+l['’]application\s+|sur\s+(?:son\s+site\s+)?)google\s+actualités|profitez\s+(?:de\s+(?:notre|nos)\s+offres?|d['’]un\s+accès\s+illimité)|cet\s+article\s+vous\s+a(?:-t-il)?\s+(?:été\s+utile|plu)|offre\s+(?:spéciale|découverte|d['’]essai)\s*:\s*[^.]{0,40}?\d+(?:[.,]\d+)?\s*(?:€|euros?)\s*(?:(?:par|/)\s*mois|les?\s+(?:\d+\s+)?premiers?\s+mois|pendant\s+\d+\s+mois)|retrouvez\s+(?:toutes\s+)?(?:les\s+)?informations\s+de\s+la\s+journée|retrouvez\s+(?:tous\s+|l['’]ensemble\s+de\s+)?nos\s+(?:articles|analyses|reportages|contenus|décryptages))re",
         {"actualit", "souhaitez", "voulez", "envie", "bloquez", "collect", "inscrivant",
          "sinscri", "google", "profitez", "article", "offre", "retrouvez"}},
        // The notice of the papers the Canadian government's Initiative de journalisme local
        // pays: ce contenu est produit dans le cadre de l'Initiative de journalisme local. A
        // story on the programme names it otherwise.
        {R"re((?:ce|cet)\s+(?:contenu|article|reportage|texte)\s+(?:est|a\s+été)\s+(?:produit|réalisé|publié|financé|rendu\s+possible)\s+(?:dans\s+le\s+cadre\s+de|grâce\s+à|par)\s+l['’]initiative\s+de\s+journalisme\s+local)re",
         {"journalisme"}},
        // Radio-Canada's link beside its byline: "Louis Gagné (Accéder à la page de l'auteur)".
        {R"re(accéder\s+à\s+la\s+page\s+de\s+l['’]auteure?)re",
         {"auteur"}},
        // a live blog's ce live est terminé, merci de l'avoir suivi.
        {R"re(ce\s+(?:live|direct)\s+est\s+(?:désormais\s+|maintenant\s+)?terminé|merci\s+de\s+(?:l['’]avoir|nous\s+avoir)\s+suivie?s?\b)re",
         {"termin", "merci"}},
        // A footer's rights notice in the forms Le Figaro and Ouest-France print ("L'usage de
        // la reproduction de cet article est strictement réservé...", "Toute reproduction,
        // même partielle, est interdite..."), and the charter it cites: the story's
        // reproduction has no "cet article" nor the concession, a company's charter is "sa".
        {R"re((?:l['’](?:usage|utilisation)\s+(?:de\s+la\s+)?)?reproduction\s+de\s+(?:cet\s+article|ce\s+contenu|nos\s+(?:articles|contenus))\b[^.]{0,40}?\b(?:réservée?|interdite?|soumise?)\b|toute\s+reproduction\s*,?\s+(?:même\s+partielle|totale\s+ou\s+partielle|intégrale\s+ou\s+partielle)\s*,?\s+(?:de\s+(?:cet\s+article|ce\s+contenu|nos\s+contenus)\s*,?\s+)?(?:est\s+)?(?:strictement\s+)?interdite|notre\s+charte\s+(?:déontologique|d['’]éthique|de\s+déontologie|éthique|éditoriale))re",
         {"reproduction", "charte"}},
        // An ad blocker's notice (vous utilisez un bloqueur de publicité, désactivez |
        // veuillez désactiver votre bloqueur, la publicité n'a pas pu être chargée) and a
        // player's stand-in (chargement de la vidéo en cours, cette vidéo n'est pas disponible
        // dans votre pays): the page speaks to its reader of the reader's browser. A story
        // says "les bloqueurs", "désactiver le bloqueur", a video unavailable "en replay".
        {R"re(vous\s+utilis(?:ez|iez)\s+(?:un\s+)?(?:bloqueur|logiciel\s+de\s+blocage|outil\s+de\s+blocage)\s+de\s+(?:publicités?|pubs?)|(?:désactivez|(?:veuillez|merci\s+de)\s+désactiver)\s+(?:votre\s+)?(?:bloqueur(?:\s+de\s+(?:publicités?|pubs?))?|adblock(?:er)?)\b|la\s+publicité\s+n['’]a\s+pas\s+pu\s+(?:être\s+)?chargée|chargement\s+(?:de\s+la\s+vidéo|du\s+lecteur|de\s+la\s+publicité)\s+en\s+cours|(?:cette\s+vidéo|ce\s+contenu)\s+n['’]est\s+pas\s+disponible\s+dans\s+votre\s+(?:pays|région|zone(?:\s+géographique)?))re",
         {"bloqu", "blocage", "adblock", "charg", "disponible"}},
    },
    R"re(photos?|images?|illustrations?|vidéos?|crédits?(?:\s+photos?)?|légende)re",
    R"re(par|texte\s*:|propos\s+recueillis\s+par|(?:live|direct)\s+(?:animé|suivi|tenu)\s+par|un\s+article\s+de|de\s+notre\s+(?:correspondante?|envoyée?\s+spéciale?)(?:\s+(?:à|en|au)\s+\S+)?\s*,?)re",
    R"re(rapports?\s+supplémentaires?(?:\s+de)?|reportages?\s+supplémentaires?(?:\s+de)?|avec\s+la\s+(?:contribution|collaboration)\s+de|propos\s+recueillis\s+par|éditée?\s+par|traduite?(?:\s+de\s+l['’]\p{L}+)?\s+par)re",
    R"re(ont\s+contribué\s+à\s+(?:cet\s+article|ce\s+reportage|cette\s+enquête)|article\s+rédigé\s+par|(?:écrit|rédigé)e?\s+par\s+la\s+rédaction)re",
    R"re(avec(?:\s+les\s+informations\s+(?:de\s+(?:l['’]\s?)?|d['’]\s?))?|source|sources|selon|d['’]après|par)re",
    // Passé composé, imparfait, futur, conditionnel, near future: a sentence in those
    // tenses reports an event; a caption shows it, in the present.
    R"re(\b(?i:a|ont|avait|avaient|aura|auront|eut|eurent|fut|furent|était|étaient|sera|seront|serait|seraient|devait|devrait|devraient|va|vont|allait|allaient|vient\s+de|viennent\s+de|doit|doivent|devra|devront|prévue?s?|programmée?s?|aura\s+lieu|entre\s+en\s+vigueur|se\s+tient|s['’]ouvre|débute|commence|expire|prend\s+fin)\b|\b(?i:est|sont|s['’]est|se\s+sont)\s+(?:\p{L}+\s+)?\p{L}+(?i:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|it|ite|its|ites|ert|erte|erts|ertes)\b|\p{L}{3,}(?:ait|aient|ra|ront|rait|raient|èrent|irent|urent)\b)re",
    R"re((?:\ble|,)\s+(?:(?i:{W})\s+)?(?:\d{1,2}|1er)\s+(?i:{M})\s+\d{4}\s*\.(?:{C})?$)re",
    {"participer", "réemployer", "partager", "imprimer", "envoyer", "commenter", "réagir",
     "signaler", "copier", "enregistrer", "favoris", "lien", "suivre", "abonner", "commentaires",
     "écouter", "télécharger"},
    true,
    {"il", "elle", "ils", "elles", "on"},
    {"le", "la", "les", "un", "une", "des", "ce", "cet", "cette", "ces", "son", "sa", "ses", "leur",
     "leurs"},
    R"re(ce\s+contenu\s+a\s+été\s+bloqué\s+car\s+vous\s+n['’]avez\s+pas\s+accepté|vous\s+(?:pouvez|ne\s+pouvez)\s+lire\s+[^.?!]{1,40}?\s+(?:que\s+)?sur\s+un\s+seul\s+appareil\s+à\s+la\s+fois|lecture\s+[^.?!]{1,40}?\s+en\s+cours\s+sur\s+un\s+autre\s+appareil|vous\s+avez\s+choisi\s+de\s+ne\s+pas\s+accepter\s+le\s+dépôt\s+de\s+cookies)re",
    R"re(ce\s+contenu\s+est\s+(?:fourni|hébergé)\s+par\s+[^.]{1,40}|pour\s+pouvoir\s+le\s+visualiser\s*,\s*vous\s+devez\s+accepter\b.*|accepter(?:\s+pour\s+\S+(?:\s+\S+)?|\s+et\s+(?:continuer|fermer)|\s+tout)?|gérer\s+mes\s+choix|paramétrer(?:\s+les\s+cookies)?|refuser(?:\s+tout)?|continuer\s+sans\s+accepter|ce\s+message\s+s['’]affichera\s+sur\s+l['’]autre\s+appareil\b.*|découvrir\s+les\s+offres\s+multicomptes|parce\s+qu['’]une\s+autre\s+personne\s+\(ou\s+vous\)\s+est\s+en\s+train\s+de\s+lire\b.*|comment\s+ne\s+plus\s+voir\s+ce\s+message\s*\?|en\s+cliquant\s+sur\s+«\s*continuer\s+à\s+lire\s+ici\s*».*|que\s+se\s+passera-t-il\s+si\s+vous\s+continuez\s+à\s+lire\s+ici\s*\?|ce\s+dernier\s+restera\s+connecté\s+avec\s+ce\s+compte|y\s+a-t-il\s+d['’]autres\s+limites\s*\?|non\.\s+vous\s+pouvez\s+vous\s+connecter\s+avec\s+votre\s+compte\b.*|vous\s+ignorez\s+qui\s+est\s+l['’]autre\s+personne\s*\?|nous\s+vous\s+conseillons\s+de\s+modifier\s+votre\s+mot\s+de\s+passe|continuer\s+à\s+lire\s+ici|lecture\s+restreinte|votre\s+abonnement\s+n['’]autorise\s+pas\s+la\s+lecture\s+de\s+cet\s+article\b.*|pour\s+plus\s+d['’]informations\s*,\s*merci\s+de\s+contacter\s+notre\s+service\s+commercial|nous\s+respectons\s+votre\s+choix\b.*)re",
    R"re((?:vos\s+)?(?:commentaires?|réactions?)\s*\(\s*\d+\s*\)|\d+\s+(?:commentaires?|réactions?)|(?:les\s+)?commentaires\s+(?:sont\s+)?(?:fermés|clos|désactivés)|(?:voir|lire|afficher)\s+(?:les\s+|tous\s+les\s+)?(?:\d+\s+)?commentaires)re",
    R"re(répondre|réagir|signaler(?:\s+(?:un\s+)?(?:abus|ce\s+commentaire))?)re",
    R"re(j['’]aime(?:\s*\(?\d+\)?)?|\d+\s+(?:j['’]aime|réponses?)|(?:voir|afficher)\s+(?:les\s+)?(?:\d+\s+)?réponses?|(?:(?:posté|publié)e?\s+)?il\s+y\s+a\s+(?:\d+|une?)\s+(?:s|sec|min|mn|minutes?|h|heures?|jours?|semaines?|mois|ans?))re",
    R"re((?:vos\s+|les\s+)?(?:commentaires|réactions)(?:\s+des\s+(?:lecteurs|internautes))?)re",
};

const LanguageTable kEnglish =
    {
        R"re(january|february|march|april|may|june|july|august|september|october|november|december|jan\.?|feb\.?|mar\.?|apr\.?|jun\.?|jul\.?|aug\.?|sept?\.?|oct\.?|nov\.?|dec\.?)re",
        R"re(monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon\.?|tues?\.?|wed\.?|thu(?:rs?)?\.?|fri\.?|sat\.?|sun\.?)re",
        R"re((?:published|updated|posted|last\s+(?:updated|modified)|modified|first\s+published|date)(?:\s+on)?)re",
        R"re(at|on|the|of|today|yesterday|\d+\s+(?:mins?|minutes?|hours?|hrs?|days?)\s+ago)re",
        R"re(READ\s+MORE|READ\s+ALSO|ALSO\s+READ|MUST\s+READ|READ|SEE\s+ALSO|SEE\s+MORE|WATCH\s+MORE|WATCH|RELATED\s+(?:STORIES|STORY|ARTICLES?|CONTENT|COVERAGE)|RELATED|MORE|RECOMMENDED|TRENDING|LISTEN|EDITOR['’]S\s+PICKS?|DON['’]T\s+MISS)re",
        R"re(read\s+(?:more|also)|also\s+read|must\s+read|see\s+also|related(?:\s+(?:stories|story|articles?|coverage|content|links?|videos?))?|watch\s+more|recommended(?:\s+for\s+you)?|don['’]t\s+miss)re",
        R"re(read\s+(?:more|also)|also\s+read|see\s+also)re",
        R"re((?:read|see|watch|listen)\s+(?:more|also)\b[^:]*|(?:related(?:\s+(?:stories|articles|coverage|content|links|videos?))?|more\s+(?:from|on|about)\b[^:]*|you\s+(?:may|might)\s+also\s+(?:like|be\s+interested\s+in)|recommended(?:\s+for\s+you)?|most\s+(?:read|popular|viewed)|trending(?:\s+now)?|further\s+reading|also\s+read|(?:top|latest)\s+stories))re",
        R"re(leave\s+a\s+(?:comment|reply)|(?:add|post|write)\s+a\s+comment|your\s+e-?mail\s+address\s+will\s+not\s+be\s+published|required\s+fields\s+are\s+marked|you\s+must\s+be\s+logged\s+in\s+to|save\s+my\s+name,?\s+e-?mail|join\s+the\s+conversation|cancel\s+reply|^\d+\s+(?:comments?|replies)$|^(?:comments?|reply)$|^(?:name|e-?mail|website|comment)\s*\*\s*:?$|^comments\s+(?:are\s+)?(?:closed|disabled)\s*[.!]?$|comments\s+are\s+(?:closed|disabled)\s+(?:for|on)\s+this\s+(?:article|story|post|page)|^be\s+the\s+first\s+to\s+comment\b)re",
        // leave a ...; (add|post|write) a comment, ^N comments$, ^comments?$; your e-mail
        // address ...; required fields ...; you must be logged in ...; save my name ...; join
        // the conversation; cancel reply; ^N replies$; ^reply$; ^name|... *:$ (asterisk);
        // comments are closed; be the first to comment.
        {"leave", "comment", "address", "required", "logged", "save", "conversation", "cancel",
         "replies", "reply", "*"},
        R"re(share(?:\s+(?:on|via)\s+\p{L}+|\s+this(?:\s+(?:article|story|page))?)?|tweet|print(?:\s+this(?:\s+(?:article|page))?)?|e-?mail(?:\s+this(?:\s+article)?)?|copy\s+link|link\s+copied|advertisement|advertising|sponsored(?:\s+content)?|subscribe(?:\s+now)?|newsletters?|log\s*in|sign\s+(?:in|up)(?:\s+here)?|close|menu|home|back\s+to\s+top|read\s+more|continue\s+reading|learn\s+more|see\s+more|show\s+more|load\s+more|follow\s+us(?:\s+on\s+\p{L}+)?|save(?:\s+article)?|bookmark|report\s+(?:an\s+)?abuse|listen(?:\s+to\s+(?:this\s+)?article)?|gift\s+(?:this\s+)?article|google\s+news|facebook|twitter|x|linkedin|whatsapp|instagram|youtube|pinterest|reddit|telegram|messenger|flipboard|threads|bluesky|tiktok|snapchat|rss|most\s+(?:read|popular|viewed)|top\s+stories|this\s+article\s+is\s+more\s+than\s+(?:\d+|an?|one|two|three)\s+(?:years?|months?|weeks?|days?)\s+old|our\s+standards\s*:\s*the\s+thomson\s+reuters\s+trust\s+principles|\d{1,2}:\d{2}(?::\d{2})?\s*/\s*\d{1,2}:\d{2}(?::\d{2})?|scroll\s+(?:down\s+)?to\s+continue(?:\s+(?:reading|with\s+content))?|skip\s+to\s+(?:main\s+)?content)re",
        {
            // ... newsletter; we use cookies; by continuing to browse this site; (story|article)
            // continues ...; continue reading below.
            {R"re((?:sign\s+up|subscribe)\s+(?:for|to)\b[^.]{0,60}?\bnewsletters?\b|we\s+use\s+cookies|by\s+continuing\s+to\s+(?:browse|use)\s+(?:this|our)\s+(?:site|website)|(?:story|article)\s+continues\s+(?:below|after)|continue\s+reading\s+below)re",
             {"newsletter", "cookies", "continuing", "continue"}},
            // ... cookies (both); all rights reserved; subscribers only, already a subscriber;
            // follow us on; download ... app; click here; enable javascript; your browser ...; sign
            // up to receive; delivered to your inbox; this article (story) was originally published,
            // has been updated; AP's note on its funding: ... receives support from, AP is solely
            // responsible, find AP's standards for working with philanthropies; the newsletter
            // provides all the news you need.
            {R"re(this\s+(?:site|website)\s+uses\s+cookies|(?:accept|reject|manage)\s+(?:all\s+)?cookies|all\s+rights\s+reserved|subscribers?\s+only|already\s+a\s+subscriber|follow\s+us\s+on|download\s+(?:our|the)\s+app|click\s+here|enable\s+javascript|your\s+browser\s+does\s+not\s+support|sign\s+up\s+to\s+receive|delivered\s+(?:straight\s+|directly\s+)?to\s+your\s+inbox|this\s+(?:article|story)\s+(?:was|has\s+been)\s+(?:originally|first|previously)\s+published|this\s+(?:article|story)\s+(?:has\s+been|was)\s+updated|(?:the\s+associated\s+press|ap)(?:['’]s?\s+(?:[\p{L}\-]+\s+){0,6}?(?:coverage|reporting))?\s+receives\s+(?:financial\s+)?support\s+from|(?:the\s+)?(?:associated\s+press|ap)\s+is\s+solely\s+responsible\s+for\s+all\s+content|find\s+ap['’]s\s+standards\s+for\s+working\s+with\s+philanthropies[^\n]*|newsletter\s+provides\s+all\s+the\s+news\s+you\s+need)re",
             {"cookies", "rights", "subscriber", "follow", "download", "click", "javascript",
              "browser", "receive", "inbox", "published", "updated", "solely", "philanthrop",
              "newsletter"}},
            // The paper's notes on the story itself and calls for readers' stories: an earlier
            // version of this story (article); editor's note:; a version of this article appears
            // in print; if you have been affected by ...; share your story (experience...) with us.
            {R"re(an\s+earlier\s+version\s+of\s+this\s+(?:story|article)|editor['’]s\s+note\s*:|a\s+version\s+of\s+this\s+article\s+appears\s+in\s+print|if\s+you\s+have\s+been\s+affected\s+by|share\s+your\s+(?:story|stories|experiences?|views|photos)\s+with\s+us)re",
             {"earlier", "editor", "version", "affected", "share"}},
        },
        R"re(photos?|images?|illustrations?|videos?|credits?|photo\s+credit|image\s+credit|caption|pictured)re",
        R"re(by|written\s+by|story\s+by|words\s+by)re",
        R"re(additional\s+reporting(?:\s+by)?|reporting\s+by|editing\s+by|writing\s+by|compiled\s+by|translated\s+by|research\s+by)re",
        R"re(contributed\s+(?:reporting|to\s+this\s+(?:report|story|article)))re",
        R"re(with|source|sources|via|by|from)re",
        // Auxiliaries and lower-case -ed words: past, perfect, future and reported speech.
        R"re(\b(?i:was|were|had|has|have|will|would|said|says|did|been|could|should|may|might|is\s+due|are\s+due|scheduled|expected|takes\s+effect|comes\s+into\s+force|expires)\b|\b\p{Ll}\p{L}*ed\b)re",
        R"re((?:\bon|,)\s+(?:(?i:{W})\s*,?\s+)?(?:(?i:{M})\s+\d{1,2}(?:st|nd|rd|th)?\s*,\s*\d{4}|\d{1,2}\s+(?i:{M})\s+\d{4})\s*\.(?:{C})?$)re",
        {"share",    "tweet",    "print",     "email",    "mail",      "save",
         "copy",     "link",     "comment",   "comments", "follow",    "subscribe",
         "facebook", "twitter",  "linkedin",  "whatsapp", "messenger", "pinterest",
         "reddit",   "telegram", "flipboard", "google",   "newsletter"},
        false,
        {"he", "she", "they"},
        {"the", "a", "an", "his", "her", "their", "its"},
        R"re(this\s+content\s+is\s+blocked\s+because\s+you\s+(?:have\s+not|haven['’]t)\s+accepted|you\s+can\s+(?:only\s+)?read\s+[^.?!]{1,40}?\s+on\s+(?:only\s+)?one\s+device\s+at\s+a\s+time)re",
        R"re(this\s+content\s+is\s+(?:provided|hosted)\s+by\s+[^.]{1,40}|to\s+view\s+it\s*,\s*you\s+must\s+accept\b.*|accept(?:\s+for\s+\S+(?:\s+\S+)?|\s+and\s+(?:continue|close)|\s+all)?|manage\s+(?:my\s+)?(?:choices|preferences|settings)|reject(?:\s+all)?|continue\s+reading\s+here)re",
        R"re(comments?\s*\(\s*\d+\s*\)|\d+\s+comments?|comments\s+(?:are\s+)?(?:closed|disabled)|(?:show|view|see|read)\s+(?:all\s+)?(?:\d+\s+)?comments)re",
        R"re(reply|report(?:\s+(?:abuse|comment))?)re",
        R"re(like|\d+\s+(?:likes?|replies)|(?:view|show)\s+(?:\d+\s+)?replies|(?:\d+|an?|one)\s+(?:s|secs?|mins?|minutes?|h|hrs?|hours?|days?|weeks?|months?|years?)\s+ago)re",
        R"re((?:reader\s+|your\s+)?comments)re",
};

// News and photo agencies, whatever the language. The trailing look-ahead keeps "AP"
// from matching the start of "APPEL". La Presse Canadienne with its capitals only: "la
// presse canadienne" is the country's papers.
const char* const kNewsAgencies =
    R"re(agence\s+france[-\s]presse|associated\s+press|(?-i:(?:La\s+|LA\s+)?(?:Presse\s+[Cc]anadienne|PRESSE\s+CANADIENNE)|(?:The\s+)?Canadian\s+Press)|keystone-ats|ria(?:\s+novosti)?|al\s+jazeera|afp|ap|reuters|ats|sda|ansa|efe|dpa|belga|anp|apa|xinhua|kcna|yonhap|kyodo|tass|interfax|sputnik|anadolu|upi|bloomberg|cnn|bbc|aap|pti|lusa|irna|wafa|mena)re";
// The national agencies of French-speaking Africa, whose copy fills its press as AFP's
// does France's: APS (Sénégal, Algérie), MAP (Maroc), AIP (Côte d'Ivoire), AMI
// (Mauritanie), TAP (Tunisie), AIB (Burkina Faso), ACP (RD Congo), AMAP (Mali), ATOP
// (Togo), AGP (Guinée, Gabon), ABP (Bénin). In capitals only: "map", "tap" or "ami" are
// words.
const char* const kFrancophoneAgencies = R"re(APS|MAP|AIP|AMI|TAP|AIB|ACP|AMAP|ATOP|AGP|ABP)re";
const char* const kFrancophoneAgencyWords = R"re(MAP|TAP|AMI)re";
const char* const kPhotoAgencies =
    R"re(afp\s+photo|ap\s+photo|epa(?:-efe)?|getty(?:\s+images)?|sipa(?:\s+press)?|maxppp|abaca(?:press)?|nurphoto|shutterstock|hans\s+lucas|pool|kremlin\.ru|zuma(?:\s+press)?|alamy|leemage|starface|bestimage|panoramic|icon\s+sport|imago|picture\s+alliance|stringer|str|rea)re";

const std::initializer_list<const char*> kFrenchDepartments = {
    "Ain", "Aisne", "Allier", "Alpes-de-Haute-Provence", "Hautes-Alpes", "Alpes-Maritimes",
    "Ardèche", "Ardennes", "Ariège", "Aube", "Aude", "Aveyron", "Bouches-du-Rhône", "Calvados",
    "Cantal", "Charente", "Charente-Maritime", "Cher", "Corrèze", "Corse-du-Sud", "Haute-Corse",
    "Côte-d'Or", "Côtes-d'Armor", "Creuse", "Dordogne", "Doubs", "Drôme", "Eure", "Eure-et-Loir",
    "Finistère", "Gard", "Haute-Garonne", "Gers", "Gironde", "Hérault", "Ille-et-Vilaine",
    "Indre", "Indre-et-Loire", "Isère", "Jura", "Landes", "Loir-et-Cher", "Loire", "Haute-Loire",
    "Loire-Atlantique", "Loiret", "Lot", "Lot-et-Garonne", "Lozère", "Maine-et-Loire", "Manche",
    "Marne", "Haute-Marne", "Mayenne", "Meurthe-et-Moselle", "Meuse", "Morbihan", "Moselle",
    "Nièvre", "Nord", "Oise", "Orne", "Pas-de-Calais", "Puy-de-Dôme", "Pyrénées-Atlantiques",
    "Hautes-Pyrénées", "Pyrénées-Orientales", "Bas-Rhin", "Haut-Rhin", "Rhône", "Haute-Saône",
    "Saône-et-Loire", "Sarthe", "Savoie", "Haute-Savoie", "Paris", "Seine-Maritime",
    "Seine-et-Marne", "Yvelines", "Deux-Sèvres", "Somme", "Tarn", "Tarn-et-Garonne", "Var",
    "Vaucluse", "Vendée", "Vienne", "Haute-Vienne", "Vosges", "Yonne", "Territoire de Belfort",
    "Essonne", "Hauts-de-Seine", "Seine-Saint-Denis", "Val-de-Marne", "Val-d'Oise", "Guadeloupe",
    "Martinique", "Guyane", "La Réunion", "Mayotte"};

const std::initializer_list<const char*> kNameParticles = {
    "de", "du", "des", "van", "von", "der", "den", "da", "di", "al", "bin", "ben", "el", "y"};

}  // namespace precis::clean_rules
