/** French cues (RGPD wording: droit d'accès, rectification, effacement, limitation, opposition, retrait). */
import { joinCues } from './join-cues.js';
import { frImplicit } from './fr-implicit.js';
import { saleWording } from './sale-wording.js';
import { restrictionPending } from './restriction-pending.js';
import { frPlain } from './plain-romance.js';
import type { Lexicon } from './types.js';

export const fr: Lexicon = {
  language: 'fr',
  cues: joinCues(
    {
      access: [
        [2, "droit d'accès|demande d'accès|accès à (?:mes|ses) données|accès aux données"],
        [1, "copie (?:de|des|de l'ensemble de) (?:mes |ses )?(?:données|informations)", 'absorbable'],
        [
          1,
          '(?:communiquer|communication|transmettre)\\b~{0,50}\\b(?:données|informations)(?!\\b~{0,30}\\b(?:directement )?à (?:mon|un|notre|ce) (?:nouveau|nouvel|nouvelle|autre)\\b)|quelles (?:données|informations)|(?<!(?:supprim|effac|élimin|détrui)\\w*\\b~{0,40})(?:données|informations)\\b~{0,50}\\b(?:me concernant|sur moi|à mon sujet)(?!~{0,40}\\b(?:sont|est)\\b~{0,12}\\b(?:erron|faux|fausse|inexact|incorrect|incomplet|obsolète|périmé))',
        ],
        [0.5, 'destinataires|finalités'],
        // Situational: what you still keep about me, everything linked to my address.
        [
          1,
          'ce que vous(?<!tout ce que vous) (?:gardez|conservez|avez|détenez|savez)\\b~{0,15}\\b(?:encore |toujours )?sur moi|(?:montrer|voir|communiquer|envoyer)\\b~{0,30}\\btout ce qui\\b~{0,20}\\b(?:rattaché|lié|associé|concerne)',
        ],
        // Québec's Loi 25 and PIPEDA say "renseignements personnels"; "effacez tout ce que vous avez sur moi"
        // is erasure (the look-behind above).
        [
          2,
          "accès (?:à|aux) (?:mes |ses |l'ensemble des |tous les |la totalité des )?(?:renseignements|informations) (?:personnel\\w*|me concernant|que vous détenez)",
        ],
        [
          1,
          'quels renseignements|renseignements (?:personnels )?(?:que vous (?:détenez|avez|conservez)|me concernant)',
        ],
        // To whom it went and where it came from (Art. 15(1)(c) and (g)).
        [
          1,
          '(?:à qui|avec qui|quel(?:le)?s (?:entreprises|sociétés|tiers|partenaires))\\b~{0,40}\\b(?:transmis|partagé|vendu|communiqué|cédé)\\w*\\b~{0,20}\\b(?:mes|mon|ma)\\b',
        ],
        [
          1,
          "(?:d'où vous (?:tenez|avez eu|avez obtenu|vient)|d'où (?:tenez|avez)-vous) (?:mon|ma|mes) (?:adresse|e-mail|courriel|numéro|coordonnées|données)",
        ],
      ],
      rectification: [
        [1, '(?:toujours|encore) (?:enregistré|indiqué|inscrit|affiché|noté)e?s? comme\\b'],
        [2, 'rectifi\\w*'],
        [
          1,
          '(?:corrig|modifi|mettre à jour|mettez à jour|mise à jour)\\w*\\b~{0,40}\\b(?:nom|prénom|adresse|e-mail|email|coordonnées|données)',
        ],
        [
          1,
          "nouvelle adresse|mal (?:orthographié|écrit|saisi)|faute (?:de frappe|d'orthographe)|(?:nom|adresse)\\b~{0,30}\\b(?:erroné|incorrect|inexact)",
        ],
        [1, 'mettre à jour\\b~{0,20}\\b(?:mon|mes|ma) (?:dossier|profil|fiche|coordonnées|compte)'],
        // "Mon nom apparaît sans accents ... pouvez-vous le corriger ?": the record is wrong (Art. 16).
        [
          1,
          "(?:nom|prénom|adresse|date de naissance|numéro de téléphone)\\b~{0,40}\\b(?:est|sont|apparaît|apparaissent|figure|s'affiche)\\b~{0,30}\\b(?:erroné|incorrect|inexact|faux|fausse|mal (?:orthographié|écrit|saisi)|sans (?:accent|les accents))",
        ],
        [
          0.5,
          "(?:nom|prénom|adresse)\\b~{0,20}\\b(?:(?:apparaît|figure|s'affiche) comme|est (?:écrit|orthographié))\\b",
        ],
        [
          0.5,
          '(?:pouvez-vous|pourriez-vous|merci de) (?:le |la |les )?(?:corriger|rectifier)|(?:pouvez-vous|pourriez-vous|merci de) (?:le|la|les) (?:modifier|mettre à jour)|corrigez-(?:le|la|les)',
        ],
      ],
      erasure: [
        // The data named, then erased by a pronoun: "d'où tenez-vous mon adresse ? Supprimez-la."
        [
          1,
          '(?:mon|ma|mes) (?:adresse|données|coordonnées|e-?mail|numéro|informations)\\b[^\\n]{0,100}\\b(?:supprimez|effacez|retirez)-(?:la|le|les)\\b',
        ],
        [1, '(?:supprim|effac)\\w* tout ce que vous (?:avez|gardez|détenez|conservez)'],
        // Slang: "virez toutes mes données", "virez mon compte".
        [
          1,
          '\\bvir(?:ez|er)\\b~{0,8}\\b(?:toutes |tout )?(?:mes|mon|ma) (?:données|compte|infos?|informations|coordonnées)',
        ],
        // "Supprimer mon ancien numéro de téléphone", "effacez mon ancienne adresse".
        [
          1,
          "(?:supprim|effac)\\w* (?:mon|ma|mes|son|sa|ses|l'|les) ?(?:ancien|ancienne|anciens|anciennes|vieux|vieil|vieille) (?:numéro|adresse|courriel|e-?mail|téléphone)",
        ],
        // "Ensuite vous pourrez tout effacer" (not "supprimer tout le projet").
        [
          1,
          "tout (?:effacer|supprimer)\\b|(?:effacez|supprimez|effacer|supprimer)(?:-moi)? tout(?! (?:le|la|les|l'|ce|cet|cette|ces|un|une)\\b)",
        ],
        [2, "droit à l'oubli|droit à l'effacement|effacement|suppression de (?:mon|mes|son|ses|toutes)"],
        [
          1.5,
          'supprim\\w*\\b~{0,40}\\b(?:compte|données|informations|profil)|(?:compte|données)\\b~{0,40}\\bsupprim',
        ],
        [
          1.5,
          'effac\\w*\\b~{0,40}\\b(?:compte|données|informations|profil)|(?:ferme[rz]?|clôture[rz]?|désactive[rz]?) (?:mon|ce|le) compte',
        ],
        // "Je veux disparaître de vos fichiers", "effacez tout", "que tout soit supprimé".
        [
          1,
          '(?:disparaître|être (?:effacée?|supprimée?|retirée?)s?) de (?:vos|votre|tous vos) (?:fichiers|bases?|systèmes?|registres)|retirez-moi de (?:vos|votre|tous vos) (?:fichiers|bases?|systèmes?)|(?:effacez|supprimez) tout\\b|tout (?:soit|sera) (?:supprimé|effacé)',
        ],
      ],
      restriction: [
        // "Bloquez mes données", "n'utilisez mes données que pour la facturation" (Art. 18(1)).
        [
          1.5,
          '(?:bloquez|bloquer|gelez|suspendez|suspendre)\\b~{0,30}\\b(?:mes données|le traitement|toute utilisation|tout traitement)',
        ],
        [
          1,
          "(?:traitez|utilisez) (?:mes|les) données (?:uniquement|seulement) pour\\b|(?:ne |n')(?:traitez|utilisez) (?:mes|les) données (?:que |qu')(?:pour|à)\\b",
        ],
        // Situational phrasing (the right described by the situation, not named).
        [
          1,
          "(?:n'utilisez|ne pas utiliser|n'utilisez plus)\\b~{0,30}\\bmes (?:données|informations)\\b~{0,30}\\b(?:jusqu'à|tant que)",
        ],
        [2, 'limitation du traitement|limit\\w*\\b~{0,30}\\btraitement'],
        [1, 'geler\\b~{0,30}\\bdonnées|ne plus (?:les )?utiliser'],
      ],
      objection: [
        // "Je ne veux plus rien recevoir de votre part", "ne m'appelez plus".
        [
          1,
          "(?:je )?ne (?:veux|souhaite|désire) plus (?:rien )?recevoir|(?:arrêtez|cessez) de m'appeler|ne m'appelez plus",
          'absorbable',
        ],
        [
          1,
          "(?:n'utilisez (?:plus|pas)|arrêtez d'utiliser|cessez d'utiliser)\\b~{0,30}\\bmes (?:\\w+ )?(?:données|informations|journaux|contenus)\\b~{0,20}\\b(?:pour|à des fins)\\b~{0,20}\\b(?:développement|amélioration|analyse|statistiques|recherche|publicité|marketing)",
        ],
        // Situational phrasing (the right described by the situation, not named).
        [
          1,
          '(?:ne veux|ne souhaite) (?:pas|plus) que mes (?:données|contenus|informations)\\b~{0,30}\\b(?:servent|soient utilisé)',
        ],
        [2, "je m'oppose|opposition au traitement|droit d'opposition|m'oppose\\b~{0,30}\\btraitement"],
        // An agent for a client: "mon client s'oppose à tout profilage".
        [
          1.5,
          "s'opposen?t?\\b~{0,10}\\b(?:à|au|aux)\\b~{0,25}\\b(?:profilage|traitement|prospection|utilisation|démarchage)",
        ],
        [
          1,
          "ne plus recevoir|désinscri\\w*|désabonn\\w*|arrêt(?:er)? (?:des|les|d'envoyer)\\b~{0,30}\\b(?:e-?mails?|courriels?|newsletters?|messages?)",
          'absorbable',
        ],
        [1, 'retir\\w* de (?:votre|vos|la) (?:liste|listes)|(?:veux|souhaite) plus recevoir', 'absorbable'],
        // "De ne plus lui envoyer de courriels publicitaires" (a parent for a child; also "m'", "nous").
        [
          1,
          "ne plus (?:m'|me |lui |leur |nous )(?:envoyer|adresser)\\b~{0,20}\\b(?:courriels|e-?mails|mails|messages|publicités|offres|newsletters?|sms)",
          'absorbable',
        ],
        [0.5, 'prospection|intérêt légitime|profilage'],
        // "Arrêtez de m'envoyer vos offres", "plus de newsletters", "retirez-moi de la liste".
        [
          1,
          "arr[êe]tez (?:de m(?:'| )?envoyer|de m'écrire|de me (?:contacter|spammer|solliciter|relancer)|vos (?:e-?mails|courriels|newsletters|mails|pubs|publicités|offres|promos?))|plus de (?:mails|e-?mails|courriels|newsletters?|pubs?|publicités|promotions?|offres)\\b|(?:enlevez|retirez|supprimez)-moi de (?:vos|votre|la|toutes? (?:vos|les)) (?:liste|listes|fichier|mailing)",
          'absorbable',
        ],
        // "N'utilisez pas mes contenus pour entraîner votre IA" (Art. 21(1)).
        [
          1,
          "(?:n'utilisez pas|ne pas utiliser|arrêtez d'utiliser|n'utilisez plus)\\b~{0,40}\\b(?:ia|intelligence artificielle|entraîn\\w*|modèles?)\\b",
        ],
      ],
      portability: [
        // Situational phrasing (the right described by the situation, not named).
        [1, "fichier (?:que|où) (?:je|nous) (?:peux|pouvons|puisse) (?:y |l')?(?:importer|charger)"],
        [2, 'portabilité'],
        [1.5, 'format (?:structuré|lisible par machine|exploitable)|lisible par (?:une )?machine'],
        [0.5, 'autre (?:service|fournisseur|plateforme|prestataire)'],
        [1, 'export\\w*\\b~{0,30}\\b(?:données|compte)'],
      ],
      withdraw_consent: [
        // Situational phrasing (the right described by the situation, not named).
        [
          1,
          "je (?:reviens sur|retire|révoque) (?:cette|mon|ma|l')\\s?(?:autorisation|accord|opt-in|permission)",
        ],
        [2, '(?:retire|retirer|retrait|révoque|révoquer|révocation)\\b~{0,30}\\bconsentement'],
        // "Si j'ai donné mon consentement, je le retire": the pronoun stands for the consent named before.
        [2, 'consentement\\b~{0,60}\\b(?:je le (?:retire|révoque)|le retire|le révoque)\\b'],
      ],
      opt_out_sale: [
        [
          2,
          'ne (?:pas )?(?:vendre|vendez|partager|partagez)|vente (?:ou|et) (?:le )?partage|publicité ciblée',
        ],
      ],
    },
    frPlain,
    frImplicit,
    saleWording.fr,
    restrictionPending.fr,
  ),
  negation: "ne|n'|pas|jamais|aucun\\w*",
  // Not received is no refusal: "je n'ai toujours pas reçu la confirmation de la suppression"; nor is a
  // clarification, "je ne parle pas de supprimer les projets" (the "ne" before the verb, the "pas" after it).
  negationExceptions:
    '\\s*(?:\\S+ ){0,3}?(?:reçu|obtenu)|\\s*parl(?:e|ais|ons|ez) |(?<=parl(?:e|ais|ons|ez) pas)',
  erasureVerbs: 'supprim\\w*|effac\\w*',
  keepAccount:
    "(?:garder|conserver) mon compte|(?:j'utilise|j'ai besoin de) (?:encore |toujours )?(?:mon|ce) compte",
  // A policy question, not an ask: a hypothetical, a how-to question about doing it oneself, a question
  // about requests in general (how many, their handling; a press or research enquiry).
  hypothetical:
    "\\b(?:est-ce que je pourrai|pourrai-je|pourrais-je|puis-je|je pourrai)\\b~{0,40}\\bplus tard\\b|\\bcomment (?:modifier|changer|corriger|supprimer|effacer|exporter)\\b|combien de~{0,40}(?:demandes|requêtes)|\\b(?:enquête|questionnaire|thèse|étude) (?:universitaire|anonyme|sur)\\b|dans le cadre (?:de|d')~{0,20}(?:thèse|recherche|étude|enquête|article|reportage)|\\bpour un (?:article|reportage)\\b|\\b(?:gestion|nombre|volume) des demandes\\b|si un jour|si jamais|hypothétiquement|si je (?:vous )?demandais|\\bcomment (?:puis-je|peut-on|faire pour|je peux)\\b~{0,45}\\b(?:modifier|changer|supprimer|exporter|effacer)\\b|\\bje voulais (?:d'abord|au départ|initialement|juste)\\b[^.?!\\n]{0,80}\\bmais\\b|\\bau départ,? je voulais\\b[^.?!\\n]{0,80}\\bmais\\b",
  earlier: 'déjà demandé',
};
