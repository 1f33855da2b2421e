/**
 * German cues for rights asked in everyday words that never name them (eleventh round): consent taken back
 * ("ich nehme mein Ja zurück", "nicht mehr einverstanden", "aus Versehen zugestimmt"), data kept but left
 * alone ("frieren Sie meine Daten ein", "behaltet sie, aber benutzt sie nicht"), not being analysed ("ich
 * will nicht profiliert werden"), a field wrong ("mein Geburtsdatum stimmt nicht"). Joined to `de.ts`;
 * sentences and near misses in `implicit-asks-de.test.ts`. A negation the ask itself needs ("nicht mehr
 * verwenden") is inside the cue, so that the trailing negation after it is not read as a refusal.
 */
import type { Cues } from './join-cues.js';

const MY_DATA = '(?:meine|meinen) (?:\\w+ )?daten\\b';
const YES = '(?:ja|okay|ok|zustimmung|einverständnis|einwilligung|erlaubnis|häkchen)';
const FIELD =
  '(?:geburtsdatum|geburtstag|name|nachname|vorname|familienname|adresse|anschrift|telefonnummer|handynummer|e-mail-adresse|e-mail|mailadresse|firmenname|iban|postleitzahl)';
const PURPOSE = '(?:forschung|analyse|auswertung|profil|training|statistik|produktentwicklung|ki)\\w*';

export const deImplicit: Cues = {
  withdraw_consent: [
    [1, `\\b(?:nehme|nehmen|ziehe|ziehen)\\b~{0,6}\\bmein(?:e|en)? ${YES}\\b~{0,40}\\bzurück\\b`],
    [
      1,
      '\\bnicht (?:mehr|länger) (?:damit )?einverstanden(?:,? dass| mit (?:der|dem|den|meiner) (?:nutzung|verwendung|verarbeitung|weitergabe|speicherung|werbung|newsletter|tracking|analyse)\\w*)|\\bkein(?:e)? (?:okay|ok|ja|zustimmung|einwilligung|erlaubnis) mehr\\b',
    ],
    [
      1,
      '\\b(?:entfern|nehm|mach)\\w*\\b~{0,20}\\bhäkchen\\b~{0,60}\\b(?:gesetzt|gemacht|angeklickt|einwilligung|zustimmung|newsletter|werbung|cookies?|tracking)\\b',
    ],
    [
      1,
      '\\b(?:aus versehen|versehentlich|irrtümlich)\\b~{0,40}\\b(?:zugestimmt|akzeptiert|angeklickt|angehakt|ja gesagt|eingewilligt)\\b|\\b(?:zustimmung|einwilligung|ja|häkchen|zugestimmt|akzeptiert)\\b~{0,40}\\b(?:aus versehen|versehentlich|irrtümlich)\\b',
    ],
    [
      1,
      `\\bmeine (?:\\w+ )?${YES}\\b~{0,40}\\b(?:(?:gilt|zählt)\\b~{0,20}\\bnicht mehr|ist (?:hiermit )?(?:hinfällig|ungültig|aufgehoben|erloschen))\\b`,
    ],
    [
      1,
      '\\b(?:akzeptiert|zugestimmt|angeklickt|angehakt|erlaubt|bestätigt)\\b~{0,20}\\b(?:habe|hatte)\\b~{0,3}\\b(?:ziehe|nehme) ich\\b~{0,20}\\bzurück\\b',
    ],
  ],
  restriction: [
    [
      1,
      `\\b(?:frier|friert|frieren)\\w*\\b~{0,10}\\b${MY_DATA}~{0,10}\\bein\\b|\\b${MY_DATA}~{0,15}\\b(?:einfrieren|einzufrieren|eingefroren)\\b`,
    ],
    [1, `\\b(?:leg|legt|legen)\\w*\\b~{0,5}\\b${MY_DATA}~{0,10}\\bauf eis\\b`],
    [
      1,
      `\\b(?:behalt|speicher|bewahr|aufbewahr)\\w*\\b~{0,10}\\b${MY_DATA}~{0,25}\\baber\\b(?=~{0,40}\\b(?:benutz|verwend|nutz|verarbeit|anfass|anrühr)\\w*)~{0,40}\\bnicht\\b`,
    ],
    [
      1,
      '\\bnicht (?:löschen|gelöscht)\\w*\\b~{0,15}\\b(?:aber|sondern|nur)\\b~{0,25}\\bnicht (?:mehr |weiter )?(?:benutz|verwend|nutz|verarbeit|anfass)\\w*',
    ],
    [
      1,
      `\\b(?:bis|solange|während)\\b~{0,60}\\b(?:nichts|nicht(?:s)? mehr) mit ${MY_DATA}|\\b(?:macht|machen sie|tut|tun sie)\\b~{0,10}\\bnichts (?:mehr )?mit ${MY_DATA}~{0,40}\\b(?:bis|solange|während)\\b`,
    ],
  ],
  objection: [
    [
      1,
      '\\b(?:möchte|will|wünsche) (?:nicht|keinesfalls),? dass (?:sie|ihr|man)\\b~{0,40}\\b(?:mein\\w*|mich|mir)\\b~{0,40}(?:analysier|auswert|profil|überwach)\\w*',
    ],
    [
      1,
      '\\b(?:möchte|will|wünsche)\\b~{0,6}\\bnicht\\b~{0,15}\\b(?:profiliert|analysiert|ausgewertet|überwacht) werden\\b',
    ],
    [1, '\\bkein(?:e|en)? (?:\\w+ )?profil\\w*\\b~{0,20}\\b(?:von|über|zu) mir\\b'],
    [
      1,
      `\\b(?:hör|hört|hören sie)\\w* auf\\b~{0,30}\\b${MY_DATA}~{0,30}\\b(?:für|zu|zur|zum)\\b~{0,20}\\b${PURPOSE}`,
    ],
    [
      1,
      `\\b${MY_DATA}~{0,20}\\b(?:sollen|dürfen)\\b~{0,10}\\bnicht\\b~{0,40}\\b(?:für|zu|zur|zum)\\b~{0,30}\\b${PURPOSE}`,
    ],
  ],
  rectification: [
    [
      1,
      '\\b(?:schreibt|schreiben sie|führt|führen sie)\\b~{0,5}\\bmeinen (?:\\w+ )?(?:namen|nachnamen|vornamen)\\b~{0,30}\\b(?:falsch|seit|immer|als|mit|ohne)\\b',
    ],
    [
      1,
      `\\bmein(?:e|en)? (?:\\w+ )?${FIELD}\\b~{0,20}\\b(?:stimmt nicht|ist falsch|ist nicht (?:mehr )?(?:richtig|korrekt|aktuell)|ist veraltet)\\b`,
    ],
    [
      1,
      '\\bmein(?:e|en)? (?:\\w+ )?(?:name|nachname|vorname|familienname)\\b~{0,10}\\b(?:wird|ist)\\b~{0,25}\\bgeschrieben\\b|\\bmein (?:\\w+ )?name schreibt sich\\b',
    ],
    [
      1,
      `\\b(?:habt|haben sie)\\b~{0,5}\\bmein(?:e|en)? (?:\\w+ )?${FIELD}\\w*\\b~{0,15}\\b(?:falsch|fehlerhaft|verkehrt)\\b`,
    ],
  ],
  portability: [
    [
      1,
      `\\bexportier\\w*\\b~{0,40}\\bdamit ich\\b~{0,30}\\b(?:wechseln|umziehen|mitnehmen)\\b|\\b(?:gebt|geben sie) mir ${MY_DATA}~{0,10}\\bmit\\b`,
    ],
    [
      1,
      `\\b${MY_DATA}~{0,60}\\b(?:damit|um)\\b~{0,30}\\b(?:anderen|neuen) (?:anbieter|dienst|plattform|bank|tool)\\b`,
    ],
  ],
  erasure: [
    [
      1,
      `\\b(?:werft|schmeißt|schmeisst|entsorgt)\\b~{0,30}\\b(?:alles|meine)\\b~{0,40}(?:über mich|von mir|daten)\\b|\\b(?:nehmt|nehmen sie)\\b~{0,5}\\bmich\\b~{0,20}\\baus (?:euren|ihren|allen) (?:systemen|datenbanken|listen|verteilern|karteien)\\b|\\balle ${MY_DATA} weg\\b(?! (?:sind|ist|waren))`,
    ],
    [1, '\\b(?:vergesst|vergessen sie) mich\\b'],
    [
      1,
      `\\b(?:alles (?:über mich|von mir)|${MY_DATA})~{0,30}\\b(?:soll|sollen|muss|müssen)\\b~{0,15}\\bverschwinden\\b|\\blasst\\b~{0,20}\\b(?:${MY_DATA}|alles über mich)~{0,10}\\bverschwinden\\b`,
    ],
  ],
  opt_out_sale: [
    [
      1,
      `\\b(?:behaltet|behalten sie) ${MY_DATA}~{0,5}\\bfür (?:euch|sich)\\b|\\b(?:gebt|geben sie) (?:sie|die|${MY_DATA}) nicht an (?:dritte|andere|werbe\\w*|partner\\w*|datenhändler\\w*)\\b~{0,10}\\bweiter\\b|\\b(?:will|möchte) nicht,? dass ${MY_DATA}~{0,30}\\b(?:bei|an) (?:datenhändler|werbe|dritte|drittfirmen|adresshändler)\\w*`,
    ],
    [
      1,
      `\\b(?:verkauft|verkaufen sie)\\b~{0,5}\\b${MY_DATA}~{0,20}\\bnicht\\b|\\b(?:gebt|geben sie)\\b~{0,5}\\b${MY_DATA}~{0,10}\\bnicht\\b~{0,40}\\bweiter\\b`,
    ],
  ],
  access: [
    [
      1,
      `\\ban wen\\b~{0,30}\\b${MY_DATA}~{0,20}\\b(?:gegeben|geschickt|verkauft|weitergeleitet|gesendet)\\b|\\b(?:wofür|wozu|für was) (?:verwendet|nutzt|benutzt|braucht|verarbeitet|verwenden|nutzen|verarbeiten) (?:ihr|sie)\\b~{0,5}\\b${MY_DATA}`,
    ],
  ],
};
