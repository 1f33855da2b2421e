/** Dutch cues (AVG wording: inzage, rectificatie, verwijdering, beperking, bezwaar, intrekking). */
import type { Lexicon } from './types.js';

export const nl: Lexicon = {
  language: 'nl',
  cues: {
    access: [
      [2, 'recht(?:s)? op inzage|inzageverzoek|inzage in (?:mijn|de)'],
      [1, 'kopie van (?:mijn|alle|de)\\b~{0,30}\\bgegevens', 'absorbable'],
      [1, 'welke (?:persoons)?gegevens\\b~{0,40}\\b(?:verwerkt|hebben|bewaart|hebt|heeft)'],
    ],
    rectification: [
      [2, 'rectifica\\w*|correctie\\b'],
      [
        1,
        '(?:corrigeer|corrigeren|aanpass|wijzig|verbeter)\\w*\\b~{0,40}\\b(?:naam|achternaam|adres|e-mail|gegevens)',
      ],
      [1, '(?:naam|achternaam|adres|gegevens)\\b~{0,30}\\b(?:corrigeren|aanpassen|wijzigen|verbeteren)'],
      [1, '(?:verkeerd|onjuist|fout)\\w*\\b~{0,20}\\b(?:naam|achternaam|adres|factuuradres|gegevens)'],
    ],
    erasure: [
      [2, 'recht op (?:vergetelheid|verwijdering|gegevenswissing)'],
      [
        1.5,
        '(?:verwijder|wis)\\w*\\b~{0,40}\\b(?:account|gegevens|profiel)|(?:account|gegevens)\\b~{0,60}\\b(?:verwijder|wissen)',
      ],
    ],
    restriction: [
      [2, 'beperking van de verwerking|verwerking\\b~{0,50}\\bbeperk|beperk\\w*\\b~{0,40}\\bverwerking'],
    ],
    objection: [
      [2, 'bezwaar (?:tegen|maken|aan)|maak\\b~{0,10}\\bbezwaar'],
      [
        1,
        'haal me\\b~{0,20}\\b(?:lijst|mailinglijst)|geen\\b~{0,30}\\b(?:e-?mails|nieuwsbrieven|aanbiedingen) meer|afmelden|uitschrijven|geen (?:nieuwsbrieven|marketing|reclame)\\b~{0,20}\\bmeer',
        'absorbable',
      ],
    ],
    portability: [
      [2, 'dataportabiliteit|overdraagbaarheid'],
      [1.5, 'machineleesba\\w*'],
      [0.5, 'andere (?:dienst|aanbieder|provider|leverancier)'],
      [1, 'export\\w*\\b~{0,30}\\b(?:gegevens|account)'],
    ],
    withdraw_consent: [
      [
        2,
        'toestemming\\b~{0,60}\\bin(?:trek|getrokken)|(?:trek|intrekken|intrekking)\\b~{0,40}\\btoestemming',
      ],
    ],
    opt_out_sale: [[2, 'niet (?:verkopen|delen)|verkoop (?:of|en) (?:het )?delen|gerichte advertenties']],
  },
  trailingNegation: '\\bniet\\b',
  negation: 'niet|geen|nooit',
  erasureVerbs: 'verwijder\\w*|wissen',
  keepAccount: 'account\\b~{0,30}\\b(?:houden|behouden)',
  hypothetical: 'als ik ooit|mocht ik ooit',
  earlier: 'al (?:gevraagd|verzocht)',
};
