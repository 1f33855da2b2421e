/**
 * Danish cues for rights asked in everyday words that never name them (eleventh round): consent taken back
 * ("jeg tager mit ja tilbage", "ikke længere indforstået med", "fjern de flueben, jeg satte"), data kept but
 * left alone ("gem dem, men brug dem ikke"), not being analysed ("jeg vil ikke profileres"), a field wrong
 * ("mit navn staves ...", "er ikke mit længere"). Joined to `da.ts`; sentences and near misses in
 * `implicit-asks-da.test.ts`. A negation the ask itself needs is inside the cue.
 */
import type { Cues } from './join-cues.js';

const MY_DATA = '(?:alle )?mine (?:\\w+ )?(?:oplysninger|data|personoplysninger)\\b';
const FIELD = '(?:adresse|nummer|telefonnummer|navn|efternavn|fornavn|e-?mail\\w*|mail\\w*)';
const PURPOSE = '(?:træn|forskning|analyse|profilering|statistik|produktudvikling)\\w*';

export const daImplicit: Cues = {
  withdraw_consent: [
    [1, '\\b(?:tager|trækker)\\b~{0,5}\\bmit (?:ja|ok|okay|tilsagn|accept)\\b~{0,40}\\btilbage\\b'],
    [
      1,
      '\\bikke (?:længere|mere) (?:indforstået|enig|okay|ok) med(?:,? at| brugen| behandlingen| nyhedsbrev\\w*| cookies| sporing)\\b',
    ],
    [
      1,
      '\\b(?:fjern|tag)\\w*\\b~{0,15}\\bflueben\\w*\\b~{0,40}\\b(?:satte|sat|samtykke|nyhedsbrev\\w*|cookies|markedsføring|oprettede|tilmeld\\w*)',
    ],
    [
      1,
      '\\b(?:accepterede|sagde ja|gav samtykke|satte flueben)\\b~{0,40}\\b(?:ved en fejl|ved et uheld|fejlagtigt)\\b|\\bkom til at (?:acceptere|sige ja|sætte flueben|give samtykke)\\b',
    ],
    [1, '\\bi har ikke (?:længere|mere) (?:min|mit) (?:tilladelse|samtykke|accept|ja|ok)\\b'],
  ],
  restriction: [
    [1, `\\b(?:sæt|sætte)\\b~{0,30}\\b${MY_DATA}~{0,10}\\bpå (?:pause|hold|standby)\\b`],
    [
      1,
      `\\b(?:gem|behold|opbevar)\\w*\\b~{0,5}\\b${MY_DATA}~{0,20}\\bmen\\b~{0,25}\\b(?:brug|behandl|rør)\\w*\\b~{0,15}\\bikke\\b`,
    ],
    [
      1,
      '\\bslet (?:ikke|intet|ingenting)\\b~{0,20}\\bmen\\b~{0,30}\\b(?:stop|ikke)\\b~{0,10}\\b(?:bruge|behandle)\\b',
    ],
    [
      1,
      `\\b(?:indtil|mens|så længe)\\b~{0,60}\\b(?:ikke gøre noget|ikke gør noget|gør ingenting)\\b~{0,10}\\b(?:med )?${MY_DATA}|\\bgør ikke noget med ${MY_DATA}~{0,50}\\b(?:indtil|mens|så længe)\\b`,
    ],
  ],
  objection: [
    [1, '\\bvil ikke have,? at (?:i|nogen|man|du)\\b~{0,30}\\b(?:analyser|profiler|overvåg|kortlægg)\\w*'],
    [
      1,
      '\\bvil ikke (?:profileres|analyseres|overvåges|kortlægges)\\b|\\bvil ikke (?:blive|være) (?:profileret|analyseret|overvåget)\\b',
    ],
    [
      1,
      '\\b(?:lav|opret|byg)\\b~{0,5}\\b(?:ikke|ingen)\\b~{0,5}\\bprofil\\b~{0,10}\\b(?:af|om|på) mig\\b|\\bingen profilering\\b',
    ],
    [
      1,
      `\\bstop\\w* med at (?:bruge|behandle|analysere)\\b~{0,5}\\b${MY_DATA}~{0,10}\\b(?:til|i|for)\\b~{0,20}\\b${PURPOSE}`,
    ],
    [1, `\\bvil ikke have,? at ${MY_DATA}~{0,10}\\bbruges\\b~{0,20}\\b(?:til|i|for)\\b~{0,20}\\b${PURPOSE}`],
  ],
  rectification: [
    [
      1,
      '\\bmit (?:\\w+ )?(?:navn|efternavn|fornavn)\\b~{0,5}\\bstaves\\b|\\bstavet\\b~{0,5}\\bmit (?:\\w+ )?(?:navn|efternavn|fornavn)\\b~{0,5}\\bforkert\\b',
    ],
    [
      1,
      '\\b(?:telefonnummeret|nummeret|adressen|e-?mailadressen|mailadressen)\\b~{0,15}\\bi har\\b~{0,10}\\ber ikke (?:mit|min) (?:længere|mere)\\b|\\ber ikke (?:længere|mere) (?:mit|min)\\b',
    ],
    [1, `\\b(?:skift|ændr|opdater)\\w*\\b~{0,5}\\b(?:min|mit) (?:\\w+ )?${FIELD}\\b~{0,20}\\btil\\b`],
  ],
  portability: [
    [
      1,
      `\\beksport\\w*\\b~{0,40}\\bså (?:at )?jeg kan\\b~{0,10}\\b(?:skifte|flytte|gå over)\\b|\\bjeg skifter (?:udbyder|leverandør|tjeneste|bank)\\b~{0,60}\\b(?:giv|send)\\b~{0,3}\\bmig ${MY_DATA}`,
    ],
    [
      1,
      '\\bfil\\b~{0,30}\\b(?:min|den|vores) (?:nye )?(?:udbyder|leverandør|tjeneste|bank|platform)\\b~{0,10}\\bkan (?:læse|åbne|importere|bruge)\\b',
    ],
  ],
  access: [
    [1, `\\bhvad (?:bruger|behandler) i\\b~{0,3}\\b${MY_DATA}~{0,5}\\btil\\b`],
    [
      1,
      `\\bhvor (?:har|fik) i\\b~{0,5}\\b(?:min|mit|mine) (?:\\w+ )?(?:${FIELD}|oplysninger)\\b~{0,10}\\bfra\\b|\\bhvorfra (?:har|fik) i\\b`,
    ],
  ],
  erasure: [
    [
      1,
      `\\bskaf jer af med\\b~{0,20}\\b(?:alt|mine)\\b~{0,30}(?:om mig|oplysninger)|\\bsmid\\b~{0,5}\\b${MY_DATA}~{0,10}\\bud\\b`,
    ],
    [1, '\\bglem (?:mig|alt om mig)\\b(?! ikke\\b)'],
    [1, `\\b(?:sørg for,? at|lad|vil have,? at)\\b~{0,10}\\b${MY_DATA}~{0,10}\\bforsvind\\w*`],
  ],
  opt_out_sale: [
    [
      1,
      `\\bgiv (?:dem|${MY_DATA}) ikke videre\\b~{0,10}\\btil (?:tredjepart\\w*|andre virksomheder|annoncører|databrokere)|\\bvil ikke have,? at ${MY_DATA}~{0,20}\\bhavner hos (?:databrokere|annoncører|tredjepart\\w*|andre virksomheder)`,
    ],
    [
      1,
      `\\b(?:sælg|del|videregiv)\\b~{0,5}\\bikke\\b~{0,5}\\b${MY_DATA}|\\bstop\\w* med at (?:dele|sælge|videregive)\\b~{0,5}\\b${MY_DATA}`,
    ],
  ],
};
