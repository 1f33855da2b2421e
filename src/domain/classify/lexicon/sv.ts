/** Swedish cues (dataskyddsförordningen wording: registerutdrag, rättelse, radering, begränsning, invändning). */
import type { Lexicon } from './types.js';

export const sv: Lexicon = {
  language: 'sv',
  cues: {
    access: [
      [2, 'registerutdrag|rätt till tillgång|tillgång till (?:mina )?(?:person)?uppgifter'],
      [1, 'kopia (?:av|på) (?:mina|de|alla)\\b~{0,30}\\buppgifter', 'absorbable'],
      [1, 'vilka (?:person)?uppgifter\\b~{0,40}\\b(?:behandlar|har|lagrar)'],
    ],
    rectification: [
      [2, 'rättelse|rätta (?:mina|mitt|min)'],
      [1, '(?:ändra|uppdatera|korrigera|rätta)\\b~{0,40}\\b(?:namn|efternamn|adress|e-post|uppgifter)'],
    ],
    erasure: [
      [2, 'rätt att bli bortglömd|radering'],
      [1.5, '(?:radera|raderar|ta bort|tar bort|avsluta)\\b~{0,40}\\b(?:konto|uppgifter|data|profil)'],
    ],
    restriction: [
      [
        2,
        'begränsning av behandling|behandling\\w*\\b~{0,50}\\bbegränsa|begränsa\\w*\\b~{0,40}\\bbehandling',
      ],
    ],
    objection: [
      [2, 'invänd\\w*'],
      [
        1,
        'avregistrera|avsluta prenumeration|sluta skicka|vill inte längre få|ta bort mig från\\b~{0,20}\\blista',
        'absorbable',
      ],
    ],
    portability: [
      [2, 'dataportabilitet|portabilitet'],
      [0.5, 'annan (?:tjänst|leverantör|plattform)'],
      [1.5, 'maskinläsbar\\w*'],
    ],
    withdraw_consent: [[2, '(?:återkalla|återkallar|drar tillbaka|tar tillbaka)\\w*\\b~{0,30}\\bsamtycke']],
    opt_out_sale: [[2, 'inte (?:sälja|säljer|dela)\\b|riktad reklam']],
  },
  negation: 'inte|ej|aldrig',
  erasureVerbs: 'radera\\w*|ta bort',
  keepAccount: '(?:kontot|konto)\\b~{0,30}\\bha kvar|behålla (?:mitt )?konto',
  hypothetical: 'om jag någon gång|om jag i framtiden',
  earlier: 'redan (?:begärt|bett)',
};
