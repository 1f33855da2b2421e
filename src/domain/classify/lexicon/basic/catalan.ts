/**
 * Catalan rights vocabulary (GDPR Arts. 7, 15-21, as Spain's LOPDGDD and the Catalan Data Protection
 * Authority name them: "dret d'accés", "dret de supressió", "dret d'oposició"). eld knows Catalan; before
 * this list a Catalan letter was read with the basic lists of every other language and found little.
 */
import { basicLexicon } from './build.js';

export const ca = basicLexicon({
  language: 'ca',
  latin: true,
  data: 'dades|compte|informació|perfil',
  consent: 'consentiment|permís|autorització',
  names: {
    access: "dret d'accés|accés a les (?:meves )?dades",
    rectification: 'dret de rectificació|rectificació',
    erasure: "dret de supressió|dret a l'oblit|supressió de (?:les )?(?:meves )?dades",
    restriction: 'limitació del tractament',
    objection: "dret d'oposició|m'oposo",
    portability: 'portabilitat',
    withdraw_consent: '(?:retiro|revoco)~{0,20}consentiment|retirada del consentiment',
    opt_out_sale: 'no (?:veneu|vengueu)',
  },
  verbs: {
    access: 'còpia|accedir',
    rectification: 'rectifiqu\\w*|corregi\\w*|actualitz\\w*|modifiqu\\w*',
    erasure: 'suprimi\\w*|suprimeix\\w*|esborr\\w*|elimin\\w*',
    // Not "limit" alone: a rate limit or a plan limit is support mail in any language.
    restriction: 'limiteu|limitar|restringiu|restringir',
    objection: 'oposo|oposició',
    portability: 'transferiu|transferir|traspasseu|portar-les|portar-les a',
    withdraw_consent: 'retir\\w*|revoc\\w*',
    opt_out_sale: 'veneu|vendre|venda',
  },
  extra: {
    access: [
      [1, 'quines dades (?:personals )?(?:meves )?(?:tracteu|teniu|guardeu|conserveu)|què sabeu de mi'],
      [1, '(?:envieu-me|envieu-me una còpia|doneu-me)~{0,30}(?:tot|dades|còpia)'],
    ],
    rectification: [
      [0.5, '(?:el meu|la meva) (?:nom|cognom|adreça|telèfon|data de naixement)'],
      // Art. 16: my name, address or number is wrong, put it right.
      [1, '(?:nom|cognom|adreça|telèfon|data de naixement)~{0,50}(?:mal escrit|malament|incorrect|erroni)'],
      [1, '(?:actualitzeu|corregiu|canvieu|modifiqueu)~{0,30}(?:adreça|correu|nom|cognom|telèfon)'],
    ],
    erasure: [
      // Art. 17 without a deleting verb: nothing about me is to stay with you, take me out of your systems.
      [
        1,
        '(?:traieu-me|esborreu-me|elimineu-me)~{0,30}(?:base de dades|sistema)|(?:esborreu|elimineu) tot (?:el )?que (?:tingueu|teniu|guardeu) (?:sobre|de) mi',
      ],
      [1, '(?:esborreu|suprimiu|elimineu|tanqueu)(?: el meu)? compte'],
      [1, '(?:esborreu|suprimiu|elimineu)(?:-ho)? tot'],
    ],
    restriction: [[2, 'no (?:esborreu|suprimiu)~{0,60}no (?:les )?(?:feu servir|utilitzeu|tracteu)']],
    objection: [
      [
        1,
        "(?:no (?:m'|em )envieu|deixeu d'enviar-me|no vull rebre)~{0,40}(?:publicitat|promocion|màrqueting|butllet|ofertes)",
        'absorbable',
      ],
      // "No vull rebre res més de vosaltres": nothing more, from anyone there.
      [1, 'no (?:vull|volem) rebre (?:res|cap (?:correu|missatge)) més', 'absorbable'],
    ],
    portability: [[1, 'format estructurat|altre proveïdor']],
  },
  keepAccount: 'no (?:esborreu|suprimiu|tanqueu) (?:res|el meu compte|el compte)',
  hypothetical: 'veneu (?:les )?dades|quant de temps (?:guardeu|conserveu)',
});
