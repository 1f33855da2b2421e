/** German cues (DSGVO wording: Auskunft, Berichtigung, Löschung, Einschränkung, Widerspruch, Widerruf). */
import type { Lexicon } from './types.js';

export const de: Lexicon = {
  language: 'de',
  cues: {
    access: [
      [
        2,
        'auskunfts(?:ersuchen|recht|anspruch|antrag|anfrage|begehren)|auskunft (?:nach|gem|gemäß|über (?:meine|die (?:zu|über) mich))|recht auf auskunft',
      ],
      [1, 'kopie (?:meiner|der|dieser|aller|sämtlicher)\\b~{0,40}\\bdaten', 'absorbable'],
      [
        1,
        '(?:welche|ob sie)\\b~{0,60}\\bdaten\\b~{0,60}\\b(?:über mich|zu meiner person|von mir|über (?:ihn|sie|meinen sohn|meine tochter))',
      ],
      [0.5, 'auskunft|an wen\\b~{0,40}\\b(?:weitergegeben|übermittelt)|empfänger'],
      // Situational: what is still kept about me, everything linked to my address.
      [
        1,
        'was (?:bei )?(?:ihnen|euch|sie|ihr)\\b~{0,15}\\b(?:noch )?über mich (?:liegt|gespeichert|vorliegt|wissen|haben)|(?:zeigen|sehen|mitteilen)\\b~{0,30}\\bwas (?:alles )?\\b~{0,30}\\b(?:verknüpft|gespeichert|verbunden)',
      ],
    ],
    rectification: [
      [2, 'berichtig\\w*'],
      [
        1,
        '(?:korrigier|aktualisier|änder|richtigstell)\\w*\\b~{0,40}\\b(?:name|nachname|vorname|adresse|anschrift|e-mail|rechnungsadresse|daten|angaben|profil)',
      ],
      [
        1,
        '(?:name|nachname|vorname|adresse|anschrift|rechnungsadresse)\\b~{0,40}\\b(?:korrigier|aktualisier|ändern|berichtig)',
      ],
      [
        1,
        '(?:falsch|fehlerhaft|veraltet|unrichtig)\\w*\\b~{0,30}\\b(?:name|nachname|adresse|anschrift|geschrieben|daten)|tippfehler',
      ],
    ],
    erasure: [
      [
        2,
        'recht auf (?:vergessenwerden|löschung)|löschantrag|(?:antrag|anfrage|ersuchen) auf löschung|löschung (?:meines|meiner|des|der|aller|sämtlicher)',
      ],
      [
        1.5,
        'lösch\\w*\\b~{0,60}\\b(?:konto|account|daten|profil|benutzerkonto)|(?:konto|account|daten|profil)\\b~{0,60}\\b(?:zu )?lösch',
      ],
    ],
    restriction: [
      // Situational phrasing (the right described by the situation, not named).
      [1, '(?:für nichts|nicht mehr|nicht) (?:verwenden|nutzen|verarbeiten),? (?:bis|solange)\\b'],
      [
        2,
        'einschränkung der verarbeitung|verarbeitung\\b~{0,50}\\beinschränk|einschränk\\w*\\b~{0,40}\\bverarbeitung',
      ],
      [1, 'sperr\\w*\\b~{0,30}\\bdaten|daten\\b~{0,30}\\bsperr'],
    ],
    objection: [
      // Situational phrasing (the right described by the situation, not named).
      [
        1,
        '(?:möchte|will) nicht, dass (?:meine|unsere) \\w*(?:daten|inhalte)\\b~{0,40}\\w*(?:forschung|analyse|auswertung|analytics|statistik|marketing|werbung|profil|training|modell)',
      ],
      [2, 'widerspruch (?:gegen|nach|gemäß)|widerspreche\\b|widersprechen wir|lege\\b~{0,20}\\bwiderspruch'],
      [1, '(?:keine|nicht mehr)\\b~{0,30}\\b(?:werbung|newsletter|werbe-?e-?mails|marketing)', 'absorbable'],
      [
        1,
        '(?:newsletter|werbung|marketing)\\w*\\b~{0,40}\\b(?:abbestellen|abmelden|einstellen|austragen)|(?:aus|von)\\b~{0,20}\\b(?:verteiler|newsletter|mailingliste|liste)\\b~{0,20}\\b(?:entfernen|austragen|streichen)',
        'absorbable',
      ],
      [0.5, 'berechtigte[sn]? interesse|profiling(?! für werb)|direktwerbung'],
    ],
    portability: [
      // Situational phrasing (the right described by the situation, not named).
      [1, '(?:datei|format)\\b~{0,30}\\b(?:dort|anderswo|woanders) importieren|importieren kann'],
      [2, '(?:daten)?übertragbarkeit'],
      [1.5, 'maschinenlesbar'],
      [1, '(?:export|übertrag|übermittl)\\w*\\b~{0,40}\\b(?:meiner|meine|der) daten|datenexport'],
      [0.5, 'ander(?:en|er|es) (?:anbieter|dienst|plattform)'],
    ],
    withdraw_consent: [
      // Situational phrasing (the right described by the situation, not named).
      [
        1,
        '(?:dieses|diese|das|die|meine) (?:opt-in|erlaubnis|genehmigung|zustimmung) (?:nehme|ziehe) ich zurück',
      ],
      [
        2,
        '(?:einwilligung|zustimmung)\\b~{0,50}\\b(?:widerruf|zurück)|widerruf\\w*\\b~{0,50}\\b(?:einwilligung|zustimmung)',
      ],
    ],
    opt_out_sale: [
      [
        2,
        'nicht (?:zu )?verkaufen|verkauf\\w* (?:oder|und) weitergabe|gezielte[rn]? werbung|personalisierte[rn]? werbung|zielgerichtete[rn]? werbung',
      ],
    ],
  },
  trailingNegation: '\\bnicht\\b',
  negation: 'nicht|kein(?:e|en|er|es)?|nie|niemals',
  erasureVerbs: 'lösch\\w*',
  keepAccount: '(?:konto|account)\\b~{0,30}\\bbehalten',
  hypothetical: 'falls ich (?:irgendwann|eines tages|später)|wenn ich (?:irgendwann|eines tages)',
  earlier: '(?:bereits|schon) (?:beantragt|gebeten|angefordert)',
};
