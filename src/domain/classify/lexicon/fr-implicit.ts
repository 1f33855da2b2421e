/**
 * French cues for rights asked in everyday words that never name them (eleventh round): consent taken back
 * ("je reprends mon accord", "je ne suis plus d'accord pour que", "décochez ce que j'ai coché"), data kept
 * but left alone ("mettez mes données en attente", "gardez-les mais ne les utilisez plus"), not being
 * analysed ("je refuse d'être profilé"), a field wrong ("mon nom s'écrit ...", "n'est plus à jour").
 * Joined to `fr.ts`; sentences and near misses in `implicit-asks-fr.test.ts`.
 */
import type { Cues } from './join-cues.js';

const MY_DATA = '(?:mes|toutes mes) (?:\\w+ )?(?:données|informations|infos|coordonnées)\\b';
const YES = '(?:oui|accord|ok|feu vert|consentement|autorisation)';
const ANALYSE = '(?:analys|profil|surveill|étudi)\\w*';

export const frImplicit: Cues = {
  withdraw_consent: [
    [
      1,
      `\\b(?:reprends|retire|annule)\\b~{0,5}\\b(?:mon|le|ce) ${YES}\\b|\\b(?:le|mon) ${YES}\\b~{0,60}\\bje (?:le|la) (?:reprends|retire|annule)\\b`,
    ],
    [
      1,
      "\\b(?:ne )?(?:suis|sommes) plus d'accord (?:pour|avec) (?:que|l'utilisation|le traitement|l'envoi|la collecte|le partage|le suivi|vos cookies|la newsletter)\\b",
    ],
    [
      1,
      "\\bne vous (?:autorise|permets|donne) plus\\b|\\bvous n'avez plus mon (?:accord|autorisation|consentement|feu vert)\\b",
    ],
    [1, '\\bdécoch\\w*\\b~{0,40}\\b(?:coché|consentement|accord|newsletter|cookies?|suivi|publicité)'],
    [
      1,
      '\\b(?:dit oui|accepté|consenti|coché|cliqué sur (?:accepter|oui|ok))\\b~{0,40}\\b(?:par erreur|par mégarde|sans faire exprès|par accident)\\b|\\b(?:par erreur|par mégarde)\\b~{0,20}\\b(?:dit oui|accepté|consenti|coché)\\b',
    ],
    [
      1,
      "\\b(?:changé d'avis|reviens sur)\\b~{0,60}\\b(?:accepté|consenti|coché|dit oui|accord|consentement)\\b",
    ],
  ],
  restriction: [
    [
      1,
      `\\b(?:mett|gard|laiss)\\w*\\b~{0,5}\\b${MY_DATA}~{0,10}\\ben (?:attente|pause|suspens|sommeil|veille)\\b`,
    ],
    [
      1,
      `\\b(?:gard|conserv)\\w*\\b~{0,5}\\b${MY_DATA}~{0,20}\\bmais\\b~{0,30}\\b(?:ne (?:les |vous en )?(?:utilis|serv|touch|trait)\\w*|n'y touchez|sans (?:les )?(?:utiliser|traiter|toucher))`,
    ],
    [
      1,
      '\\bne (?:supprimez|effacez) (?:rien|pas)\\b~{0,40}\\bmais\\b~{0,40}\\b(?:arrêtez|cessez|ne)\\b~{0,30}\\b(?:utilis|serv|trait)\\w*',
    ],
    [
      1,
      `\\b(?:arrêtez|cessez)\\b~{0,10}\\b(?:vous (?:en )?servir|utiliser|traiter)\\b~{0,15}\\b${MY_DATA}~{0,50}\\b(?:jusqu'à|en attendant|le temps|tant que)\\b`,
    ],
    [
      1,
      `\\b(?:tant que|jusqu'à ce que|en attendant)\\b~{0,70}\\bne (?:faites|touchez) (?:plus )?(?:rien|à rien) (?:avec |de |à )?${MY_DATA}|\\bne (?:faites|touchez) (?:plus )?(?:rien|à rien) (?:avec |de |à )?${MY_DATA}~{0,50}\\b(?:tant que|jusqu'à|en attendant|le temps)\\b`,
    ],
  ],
  objection: [
    [
      1,
      `\\bne (?:veux|souhaite|désire) (?:pas|plus) que (?:vous|l'on|on) (?:(?:me |m')${ANALYSE}|${ANALYSE}\\b~{0,20}\\b(?:mes|mon|ma)\\b)`,
    ],
    [
      1,
      "\\b(?:refuse|ne veux (?:pas|plus)|ne souhaite (?:pas|plus)|ne désire (?:pas|plus)) (?:d')?(?:être|etre) (?:profilé|analysé|surveillé)e?s?\\b",
    ],
    [
      1,
      '\\bne (?:faites|créez|établissez|dressez) (?:pas|plus|aucun)\\b~{0,5}\\b(?:de )?profil\\w*\\b~{0,15}\\b(?:de moi|sur moi|me concernant)\\b|\\b(?:pas|aucun) de profilage\\b',
    ],
  ],
  rectification: [
    [
      1,
      '\\b(?:vous vous êtes trompés?|erreur) (?:sur|dans) (?:ma|mon|mes)\\b~{0,5}\\b(?:date de naissance|nom|prénom|adresse|numéro|e-mail|email|courriel|téléphone|anniversaire|coordonnées)\\b',
    ],
    [1, "\\b(?:mon|ma) (?:\\w+ )?(?:nom|prénom|nom de famille)\\b~{0,10}\\bs'écrit\\b"],
    [
      1,
      "\\b(?:mon|ma|mes) (?:\\w+ )?(?:adresse|numéro|nom|e-mail|email|coordonnées|informations|téléphone)\\b~{0,20}\\bn'(?:est|sont) plus (?:à jour|valable|valide|correcte?s?|la bonne|le bon|actuelle?s?)\\b",
    ],
  ],
  portability: [
    [
      1,
      `\\bexport\\w*\\b~{0,40}\\bpour (?:que je puisse|pouvoir)\\b~{0,10}\\b(?:passer|changer|aller|migrer)\\b|\\bje (?:change|passe) (?:de|chez un autre|à un autre) (?:fournisseur|prestataire|opérateur|service|banque)\\b~{0,60}\\b(?:donnez|envoyez|transmettez)-moi ${MY_DATA}`,
    ],
    [
      1,
      '\\bfichier\\b~{0,30}\\b(?:mon|le|notre) (?:nouveau |nouvel )?(?:fournisseur|prestataire|opérateur|service|outil|banque|logiciel)\\b~{0,15}\\b(?:peut|pourra|puisse|sait) (?:lire|ouvrir|importer|utiliser)\\b',
    ],
    [
      1,
      `\\b(?:transfér|transmet|envoy|pass)\\w*\\b~{0,5}\\b${MY_DATA}~{0,30}\\b(?:à|chez|vers) (?:mon|ma|notre) (?:nouveau|nouvel|nouvelle)\\b`,
    ],
  ],
  erasure: [
    [
      1,
      `\\bdébarrass\\w*\\b~{0,20}\\b(?:tout ce que|toutes mes|mes)\\b~{0,30}(?:sur moi|me concernant|données)|\\b(?:retirez|sortez|enlevez)-moi\\b~{0,20}\\b(?:de vos|des) (?:systèmes|bases|fichiers|registres)\\b`,
    ],
    [1, '\\boubliez[- ]moi\\b'],
    [1, '\\bfaites disparaître\\b~{0,15}\\b(?:mes|toutes mes|mon|tout ce)\\b'],
  ],
  opt_out_sale: [
    [
      1,
      `\\bgardez ${MY_DATA}~{0,5}\\bpour vous\\b|\\bne (?:les|${MY_DATA}) (?:transmettez|donnez|vendez|cédez|partagez|communiquez) (?:pas|jamais|plus)\\b~{0,15}\\b(?:à des |aux )?(?:tiers|partenaires|annonceurs|courtiers|autres (?:entreprises|sociétés))|\\bne veux pas que ${MY_DATA}~{0,30}\\b(?:chez|entre les mains|aux mains) (?:des |de )?(?:courtiers|annonceurs|tiers|data brokers|publicitaires)`,
    ],
    [
      1,
      `\\b(?:arrêtez|cessez)\\b~{0,10}\\b(?:de )?(?:partag|vend|transmett|céd|communiqu)\\w*\\b~{0,10}\\b${MY_DATA}~{0,30}\\b(?:annonceurs|partenaires|tiers|publicitaires|courtiers)\\b`,
    ],
  ],
  access: [
    [
      1,
      `\\bà quoi (?:vous )?serv(?:ent|ent-elles) ${MY_DATA}|\\b(?:pourquoi|à quoi|pour quoi) (?:utilisez|traitez)-vous ${MY_DATA}`,
    ],
  ],
};
