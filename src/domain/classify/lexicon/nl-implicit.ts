/**
 * Dutch cues for rights asked in everyday words that never name them (eleventh round): consent taken back
 * ("ik neem mijn ja terug", "niet meer mee akkoord", "vink uit wat ik aanvinkte"), data kept but left alone
 * ("zet mijn gegevens on hold", "bewaar ze maar gebruik ze niet"), not being analysed ("ik wil niet
 * geprofileerd worden"), a field wrong or changed ("mijn achternaam is veranderd"). Joined to `nl.ts`;
 * sentences and near misses in `implicit-asks-nl.test.ts`. A negation the ask itself needs ("gebruik ze
 * niet") is inside the cue, so that the trailing negation is not read as a refusal.
 */
import type { Cues } from './join-cues.js';

const MY_DATA = '(?:al )?mijn (?:\\w+ )?gegevens\\b';
const PURPOSE = '(?:onderzoek|analyse|profiel|train|statistiek|productontwikkeling)\\w*';
const FIELD =
  '(?:e-?mailadres|adres|telefoonnummer|nummer|naam|achternaam|voornaam|geboortedatum|bedrijfsnaam)';

export const nlImplicit: Cues = {
  withdraw_consent: [
    [
      1,
      '\\b(?:neem|trek)\\b~{0,5}\\bmijn (?:ja|ok|oké|akkoord|toestemming|goedkeuring|vinkje)\\b~{0,40}\\b(?:terug|in)\\b',
    ],
    [
      1,
      '\\bniet (?:meer|langer) (?:mee )?(?:akkoord|eens)(?:,? dat| met (?:het|de) (?:gebruik|verwerking|delen|versturen|volgen|tracking|nieuwsbrief|cookies))\\b',
    ],
    [
      1,
      '\\b(?:jullie|u) (?:hebt|hebben|heeft) mijn (?:toestemming|akkoord|goedkeuring|ja|ok)\\b~{0,5}\\bniet (?:meer|langer)\\b',
    ],
    [
      1,
      '\\bvink\\w*\\b~{0,20}\\buit\\b~{0,40}\\b(?:aangevinkt|toestemming|nieuwsbrief|cookies?|marketing|akkoord)\\b',
    ],
    [
      1,
      '\\b(?:per ongeluk|per vergissing|per abuis)\\b~{0,40}\\b(?:ja gezegd|geaccepteerd|aangevinkt|toestemming|akkoord|ingestemd)\\b|\\b(?:ja gezegd|geaccepteerd|aangevinkt|ingestemd)\\b~{0,20}\\bper (?:ongeluk|vergissing|abuis)\\b',
    ],
    [
      1,
      '\\b(?:geaccepteerd|aangevinkt|ingestemd|toegestemd|goedgekeurd)\\b~{0,20}\\b(?:trek|neem) ik\\b~{0,10}\\b(?:in|terug)\\b',
    ],
  ],
  restriction: [
    [1, `\\b(?:zet|houd|hou)\\b~{0,5}\\b${MY_DATA}~{0,15}\\b(?:on hold|in de wacht|op pauze|op ijs|stil)\\b`],
    [
      1,
      `\\b(?:bewaar|houd|hou|behoud)\\w*\\b~{0,5}\\b${MY_DATA}~{0,20}\\bmaar\\b~{0,30}\\b(?:gebruik|verwerk|raak)\\w*\\b~{0,25}\\bniet\\b`,
    ],
    [
      1,
      `\\bnog niets (?:verwijderen|wissen)\\b~{0,30}\\bmaar\\b~{0,40}\\b(?:gebruik|verwerk)\\w*|\\bstop\\w* met (?:het )?(?:gebruik\\w*|verwerk\\w*) van ${MY_DATA}~{0,40}\\b(?:tot|totdat|zolang)\\b`,
    ],
    [
      1,
      `\\b(?:tot|totdat|zolang)\\b~{0,60}\\b(?:doe|doet|doen)\\b~{0,5}\\b(?:niets|niks) met ${MY_DATA}|\\b(?:doe|doet|doen) (?:niets|niks) met ${MY_DATA}~{0,50}\\b(?:tot|totdat|zolang)\\b`,
    ],
  ],
  objection: [
    [
      1,
      '\\bwil (?:niet|geen),? dat (?:jullie|u|men)\\b~{0,40}\\b(?:mij|mijn|me)\\b~{0,30}\\b(?:analyse\\w*|analyser\\w*|monitor\\w*)|\\bwil (?:niet|geen),? dat (?:jullie|u|men)\\b~{0,20}\\bprofiel\\w*\\b~{0,10}\\b(?:van|over) (?:mij|me)\\b',
    ],
    [1, '\\bwil\\b~{0,5}\\bniet\\b~{0,10}\\b(?:geprofileerd|geanalyseerd|gemonitord)\\b'],
    [
      1,
      '\\b(?:maak|maakt|bouw|bouwt|stel|stelt)\\b~{0,5}\\bgeen profiel\\b~{0,15}\\b(?:van|over) (?:mij|me)\\b|\\bgeen profilering\\b',
    ],
    [
      1,
      `\\bstop\\w* met (?:het )?(?:gebruik\\w*|verwerk\\w*|analyser\\w*) (?:van )?${MY_DATA}~{0,10}\\b(?:voor|om|ten behoeve van)\\b~{0,20}\\b${PURPOSE}`,
    ],
    [
      1,
      `\\b(?:wil|wens) (?:niet|geen),? dat ${MY_DATA}~{0,30}\\bgebruikt\\b~{0,20}\\b(?:voor|om|bij)\\b~{0,25}\\b${PURPOSE}`,
    ],
  ],
  rectification: [
    [
      1,
      `\\b(?:jullie|u) (?:hebt|hebben|heeft)\\b~{0,10}\\b(?:oud|verkeerd|fout|onjuist|verouderd)e? ${FIELD}\\b`,
    ],
    [1, `\\bmijn (?:\\w+ )?${FIELD}\\b~{0,10}\\b(?:is|zijn) (?:veranderd|gewijzigd)\\b`],
  ],
  portability: [
    [1, `\\bexporteer\\w*\\b~{0,40}\\bzodat ik\\b~{0,30}\\b(?:overstappen|verhuizen|wisselen|overzetten)\\b`],
    [
      1,
      '\\bbestand\\b~{0,30}\\b(?:mijn|de|onze) (?:nieuwe )?(?:aanbieder|leverancier|provider|dienst|bank|tool)\\b~{0,15}\\b(?:kan|kunnen) (?:lezen|openen|importeren|gebruiken|inlezen)\\b',
    ],
    [
      1,
      `\\b(?:zet|zetten|stuur|stuurt|breng|draag)\\w*\\b~{0,5}\\b${MY_DATA}~{0,15}\\b(?:over )?naar (?:mijn|de|onze) nieuwe\\b`,
    ],
  ],
  access: [
    [
      1,
      `\\b(?<!(?:alles|verwijder|wis) )wat (?:jullie|u)\\b~{0,20}\\bover (?:mij|me) (?:weten|hebben|bewaren|opslaan)\\b|\\bwaarvoor (?:gebruiken|verwerken) (?:jullie|u)\\b~{0,3}\\b${MY_DATA}`,
    ],
    [1, '\\b(?<!alles )wat (?:weten|hebben|bewaren) (?:jullie|u)\\b~{0,15}\\bover (?:mij|me)\\b'],
    [
      1,
      `\\bwaar (?:hebben|heeft|hebt) (?:jullie|u)\\b~{0,5}\\bmijn (?:\\w+ )?(?:${FIELD}|gegevens)\\b~{0,10}\\bvandaan\\b|\\bhoe komen (?:jullie|u) aan mijn\\b`,
    ],
  ],
  erasure: [
    [1, `\\bgooi\\w*\\b~{0,10}\\b${MY_DATA}~{0,10}\\bweg\\b`],
    [1, '\\bvergeet (?:mij|me)\\b(?! (?:niet|te)\\b)'],
    [1, `\\b(?:laat|laten)\\b~{0,5}\\b${MY_DATA}~{0,10}\\bverdwijnen\\b`],
  ],
  opt_out_sale: [
    [
      1,
      `\\b(?:hou|houd) ${MY_DATA}~{0,5}\\bvoor (?:jezelf|jullie zelf|uzelf)\\b|\\bgeef (?:ze|die|${MY_DATA}) niet (?:door )?aan (?:derden|andere bedrijven|adverteerders|partners|databrokers)\\b|\\bwil niet,? dat ${MY_DATA}~{0,30}\\bbij (?:databrokers|derden|adverteerders|andere bedrijven)\\b`,
    ],
    [
      1,
      `\\b(?:verkoop|verkoopt|deel|deelt)\\b~{0,5}\\b${MY_DATA}~{0,20}\\bniet\\b|\\bstop\\w* met (?:het )?(?:delen|verkopen|doorgeven|doorverkopen) (?:van )?${MY_DATA}`,
    ],
  ],
};
