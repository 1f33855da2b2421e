/** French cues (RGPD wording: droit d'accès, rectification, effacement, limitation, opposition, retrait). */
import type { Lexicon } from './types.js';

export const fr: Lexicon = {
  language: 'fr',
  cues: {
    access: [
      [2, "droit d'accès|demande d'accès|accès à (?:mes|ses) données|accès aux données"],
      [1, "copie (?:de|des|de l'ensemble de) (?:mes |ses )?(?:données|informations)", 'absorbable'],
      [
        1,
        '(?:communiquer|communication|transmettre)\\b~{0,50}\\b(?:données|informations)|quelles (?:données|informations)|(?:données|informations)\\b~{0,50}\\b(?:me concernant|sur moi|à mon sujet)',
      ],
      [0.5, 'destinataires|finalités'],
      // Situational: what you still keep about me, everything linked to my address.
      [
        1,
        'ce que vous (?:gardez|conservez|avez|détenez|savez)\\b~{0,15}\\b(?:encore |toujours )?sur moi|(?:montrer|voir|communiquer|envoyer)\\b~{0,30}\\btout ce qui\\b~{0,20}\\b(?:rattaché|lié|associé|concerne)',
      ],
    ],
    rectification: [
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
    ],
    erasure: [
      [2, "droit à l'oubli|droit à l'effacement|effacement|suppression de (?:mon|mes|son|ses|toutes)"],
      [
        1.5,
        'supprim\\w*\\b~{0,40}\\b(?:compte|données|informations|profil)|(?:compte|données)\\b~{0,40}\\bsupprim',
      ],
    ],
    restriction: [
      // Situational phrasing (the right described by the situation, not named).
      [
        1,
        "(?:n'utilisez|ne pas utiliser|n'utilisez plus)\\b~{0,30}\\bmes (?:données|informations)\\b~{0,30}\\b(?:jusqu'à|tant que)",
      ],
      [2, 'limitation du traitement|limit\\w*\\b~{0,30}\\btraitement'],
      [1, 'geler\\b~{0,30}\\bdonnées|ne plus (?:les )?utiliser'],
    ],
    objection: [
      // Situational phrasing (the right described by the situation, not named).
      [
        1,
        '(?:ne veux|ne souhaite) (?:pas|plus) que mes (?:données|contenus|informations)\\b~{0,30}\\b(?:servent|soient utilisé)',
      ],
      [2, "je m'oppose|opposition au traitement|droit d'opposition|m'oppose\\b~{0,30}\\btraitement"],
      [
        1,
        "ne plus recevoir|désinscri\\w*|désabonn\\w*|arrêt(?:er)? (?:des|les|d'envoyer)\\b~{0,30}\\b(?:e-?mails?|courriels?|newsletters?|messages?)",
        'absorbable',
      ],
      [1, 'retir\\w* de (?:votre|vos|la) (?:liste|listes)|(?:veux|souhaite) plus recevoir', 'absorbable'],
      [0.5, 'prospection|intérêt légitime|profilage'],
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
    ],
    opt_out_sale: [
      [2, 'ne (?:pas )?(?:vendre|vendez|partager|partagez)|vente (?:ou|et) (?:le )?partage|publicité ciblée'],
    ],
  },
  negation: "ne|n'|pas|jamais|aucun\\w*",
  erasureVerbs: 'supprim\\w*|effac\\w*',
  keepAccount: '(?:garder|conserver) mon compte',
  hypothetical: 'si un jour|si jamais',
  earlier: 'déjà demandé',
};
