/** Danish cues (databeskyttelsesforordningen wording: indsigt, berigtigelse, sletning, begrænsning, indsigelse). */
import type { Lexicon } from './types.js';

export const da: Lexicon = {
  language: 'da',
  cues: {
    access: [
      [2, 'indsigt(?:sanmodning|sret)?|ret til indsigt'],
      [1, 'kopi af (?:mine|de|alle)\\b~{0,30}\\boplysninger', 'absorbable'],
      [1, 'hvilke (?:person)?oplysninger\\b~{0,40}\\b(?:behandler|har|opbevarer)'],
    ],
    rectification: [
      [2, 'berigtig\\w*|rettelse'],
      [
        1,
        '(?:ret|rette|opdater|ændr|korriger)\\w*\\b~{0,40}\\b(?:navn|efternavn|adresse|e-mail|oplysninger)',
      ],
    ],
    erasure: [
      [2, 'ret til at blive glemt|sletning'],
      [1.5, 'slet\\w*\\b~{0,40}\\b(?:konto|oplysninger|data|profil)'],
    ],
    restriction: [[2, 'begrænsning af behandling|begræns\\w*\\b~{0,40}\\bbehandling']],
    objection: [
      [2, 'indsigelse'],
      [
        1,
        'afmeld\\w*|frameld\\w*|stop med at sende|ikke længere (?:at )?modtage|fjern mig\\b~{0,30}\\b(?:liste|mailingliste|nyhedsbrev)',
        'absorbable',
      ],
    ],
    portability: [
      [2, 'dataportabilitet'],
      [0.5, 'anden (?:tjeneste|udbyder|platform)'],
      [1.5, 'maskinlæsbar\\w*'],
    ],
    withdraw_consent: [[2, '(?:trækker|tilbagekald\\w*|trække)\\b~{0,30}\\bsamtykke']],
    opt_out_sale: [[2, 'ikke (?:sælge|dele)\\b|målrettet (?:reklame|annoncering)']],
  },
  negation: 'ikke|aldrig',
  erasureVerbs: 'slet\\w*',
  keepAccount: 'beholde (?:min )?konto',
  hypothetical: 'hvis jeg en dag|hvis jeg engang',
};
