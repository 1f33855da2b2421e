/** German cues (DSGVO wording: Auskunft, Berichtigung, Löschung, Einschränkung, Widerspruch, Widerruf). */
import { joinCues } from './join-cues.js';
import { deImplicit } from './de-implicit.js';
import { saleWording } from './sale-wording.js';
import { restrictionPending } from './restriction-pending.js';
import { dePlain } from './plain-north.js';
import type { Lexicon } from './types.js';

export const de: Lexicon = {
  language: 'de',
  cues: joinCues(
    {
      access: [
        // Swiss DSG Art. 25: "ersuche ich Sie um Auskunft, ob Sie Personendaten über mich bearbeiten".
        [
          1,
          'auskunft,? ob\\b|(?:welche|ob sie)\\b~{0,60}\\w*daten\\b~{0,60}\\b(?:über mich|zu meiner person)',
        ],
        // "Haben Sie meine Daten an irgendwen weitergegeben? Ich will wissen, an wen" (Art. 15(1)(c)).
        [
          1,
          '(?:haben sie|habt ihr) meine (?:\\w+)?daten\\b~{0,30}\\b(?:weitergegeben|verkauft|übermittelt|geteilt)|(?:wissen|erfahren),? an wen\\b',
        ],
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
        // Situational: what is still kept about me, everything linked to my address ("entfernen Sie alles, was
        // Sie über mich haben" is erasure).
        [
          1,
          'was(?<!alles,? was) (?:bei )?(?:ihnen|euch|sie|ihr)\\b~{0,15}\\b(?:noch )?über mich (?:liegt|gespeichert|vorliegt|wissen|haben)|\\bwas\\b~{0,15}\\b(?:haben|wissen|speichern|habt|wisst) (?:sie|ihr)\\b~{0,25}\\b(?:über mich|zu meiner person)\\b|(?:zeigen|sehen|mitteilen)\\b~{0,30}\\bwas (?:alles )?\\b~{0,30}\\b(?:verknüpft|gespeichert|verbunden)',
        ],
        // A guardian or agent asks about someone else ("Auskunft über die zu ihm gespeicherten Daten").
        [
          2,
          'auskunft (?:über|zu) (?:die |den )?(?:zu|über) (?:ihm|ihr|ihn|uns|meine[mnr]? \\w+)|auskunft über (?:seine|ihre|meine) (?:gespeicherten |personenbezogenen )?daten',
        ],
        // To whom it went and where it came from (Art. 15(1)(c) and (g)).
        [
          1,
          '(?:an wen|welche[nm]? (?:dritten|firmen|unternehmen|partner\\w*))\\b~{0,50}\\b(?:meine|seine|ihre) (?:\\w+ )?daten\\b~{0,30}\\b(?:weitergegeben|übermittelt|verkauft|geteilt)',
        ],
        [
          1,
          'woher\\b~{0,20}\\bmeine (?:e-mail-adresse|e-mail|adresse|daten|nummer|telefonnummer|kontaktdaten)',
        ],
      ],
      rectification: [
        // "Meine Funktion ist noch als Werkstudentin gespeichert": the record is out of date.
        [
          1,
          '(?:noch|immer noch|weiterhin|fälschlich\\w*) als\\b~{0,30}\\b(?:gespeichert|hinterlegt|eingetragen|geführt)',
        ],
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
        // "Mein Geburtsdatum ist falsch", "die Adresse stimmt nicht mehr": the record is wrong (Art. 16).
        [
          1,
          '(?:name|nachname|vorname|adresse|anschrift|geburtsdatum|telefonnummer|e-mail-adresse|rechnungsadresse|firmenname)\\b~{0,40}\\b(?:ist|sind|steht|stehen|wurde|wird)\\b~{0,30}\\b(?:falsch|fehlerhaft|veraltet|nicht (?:mehr )?(?:korrekt|richtig|aktuell))',
        ],
      ],
      erasure: [
        // A reminder: "meine Daten sind immer noch nicht gelöscht".
        [1, '(?:immer noch|noch immer|weiterhin|bis heute) nicht (?:gelöscht|entfernt)'],
        [
          2,
          'recht auf (?:vergessenwerden|löschung)|löschantrag|(?:antrag|anfrage|ersuchen) auf löschung|löschung (?:meines|meiner|des|der|aller|sämtlicher)',
        ],
        [
          1.5,
          'lösch\\w*\\b~{0,60}\\b(?:konto|account|daten|profil|benutzerkonto)|(?:(?:benutzer|kunden|nutzer)?konto|account|(?:kunden|personen|nutzer|benutzer|kontakt|profil)?daten|profil)\\b~{0,60}\\b(?:zu )?lösch',
        ],
        // "Bitte alles von mir löschen", "entfernen Sie alles, was Sie über mich haben", "aus Ihren Systemen".
        [
          1,
          '(?:entfern|lösch|vernicht)\\w*(?: sie)?(?: bitte)? alles\\b|alles\\b~{0,25}\\b(?:von mir|über mich|zu mir)\\b~{0,25}\\blösch',
        ],
        [
          1,
          '(?:aus|von) (?:ihren|euren|allen|ihrem|eurem) (?:\\w+ )?(?:systemen|system|datenbanken|datenbank|unterlagen|dateien|verzeichnissen|servern)\\b~{0,30}\\b(?:entfern|lösch|streich|tilg)|(?:entfern|lösch|streich)\\w*\\b~{0,15}\\b(?:mich|alles)\\b~{0,10}\\b(?:aus|von) (?:ihren|euren|allen) (?!\\w*(?:verteiler|newsletter|liste|mailing))',
        ],
        [
          1.5,
          '(?:schließ|deaktivier)\\w*\\b~{0,25}\\b(?:mein|meinen|das) (?:\\w+)?(?:konto|account|zugang)\\b',
        ],
      ],
      restriction: [
        // "Sperren Sie sie für jede weitere Verwendung", "bis Sie das geprüft haben, nur noch für die
        // Abrechnung" (Art. 18(1)).
        [1.5, 'sperr\\w*\\b~{0,40}\\b(?:verwendung|nutzung|verarbeitung)'],
        [
          1.5,
          'bis (?:sie|ihr|das|die|der)\\b~{0,40}\\b(?:geprüft|entschieden|geklärt|abgeschlossen)\\w*\\b~{0,60}\\bnur (?:noch )?(?:für|zur|zum)\\b',
        ],
        [
          1,
          '(?:verarbeiten|verwenden|nutzen) sie (?:meine|die) (?:\\w+)?daten (?:bitte )?nur (?:noch )?(?:für|zur|zum)\\b',
        ],
        // Situational phrasing (the right described by the situation, not named).
        [1, '(?:für nichts|nicht mehr|nicht) (?:verwenden|nutzen|verarbeiten),? (?:bis|solange)\\b'],
        [
          2,
          'einschränkung der verarbeitung|verarbeitung\\b~{0,50}\\beinschränk|einschränk\\w*\\b~{0,40}\\bverarbeitung',
        ],
        [1, 'sperr\\w*\\b~{0,30}\\bdaten|daten\\b~{0,30}\\b(?:ge)?sperr'],
      ],
      objection: [
        [
          1,
          '(?:lassen sie|lasst) mich\\b~{0,30}\\b(?:werbung|newslettern?|mails|angeboten)\\b~{0,10}\\bin ruhe',
          'absorbable',
        ],
        // An agent's third person: "vorsorglich widerspricht unser Mandant jeder Profilbildung".
        [
          2,
          'widerspricht\\b~{0,40}\\b(?:verarbeitung|nutzung|verwendung|profil\\w*|werbung|analyse)|widerspricht (?:unser|mein|der) (?:mandant|klient)\\w*',
        ],
        [
          1,
          '(?:nutzen|verwenden|verarbeiten) sie meine (?:\\w+)?daten nicht (?:mehr )?(?:für|zur)\\b~{0,30}\\b(?:produktentwicklung|produktverbesserung|entwicklung|analyse|statistik)',
        ],
        [
          1,
          '(?:hören sie|hört) auf,? (?:mich )?anzurufen|(?:rufen sie|ruft) mich nicht mehr an',
          'absorbable',
        ],
        // Situational phrasing (the right described by the situation, not named).
        [
          1,
          '(?:möchte|will) nicht, dass (?:meine|unsere) \\w*(?:daten|inhalte)\\b~{0,40}\\w*(?:forschung|analyse|auswertung|analytics|statistik|marketing|werbung|profil|training|modell)',
        ],
        [
          2,
          'widerspruch (?:gegen|nach|gemäß)|widerspreche\\b|widersprechen wir|lege\\b~{0,20}\\bwiderspruch',
        ],
        [
          1,
          '(?:keine|nicht mehr)\\b~{0,30}\\b(?:werbung|newsletter|werbe-?(?:e-?)?mails?|marketing)',
          'absorbable',
        ],
        [
          1,
          '(?:newsletter|werbung|werbe|marketing)\\w*\\b~{0,40}\\b(?:abbestellen|abmelden|einstellen|austragen)|(?:aus|von)\\b~{0,20}\\b(?:verteiler|newsletter|mailingliste|liste)\\b~{0,20}\\b(?:entfernen|austragen|streichen)',
          'absorbable',
        ],
        [0.5, 'berechtigte[sn]? interesse|profiling(?! für werb)|direktwerbung'],
        // "Hört bitte auf mit der Werbung", "Schluss mit den Newslettern", "schicken Sie mir keine Angebote".
        [
          1,
          '(?:hör|hört|hören)\\w*\\b~{0,15}\\bauf mit\\b~{0,20}\\b(?:werbung|newslettern?|mails|e-mails|angeboten|spam)|(?:schluss|aufhören) mit (?:der |den |dem |eurer |ihrer )?(?:werbung|newslettern?|mails|e-mails|angeboten)|(?:schicken|senden) sie mir\\b~{0,20}\\bkeine',
          'absorbable',
        ],
        // "Verwenden Sie meine Uploads nicht für KI-Training" (Art. 21(1)).
        [
          1,
          '(?:verwenden|nutzen|benutzen) sie meine (?:\\w+ )?(?:daten|inhalte|uploads|dateien|texte|fotos|videos)\\b~{0,20}\\bnicht\\b~{0,30}\\b(?:ki|künstliche intelligenz|training|trainieren|ki-\\w+)',
        ],
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
        // "Ich habe auf 'Alle akzeptieren' geklickt … das nehme ich zurück".
        [
          1,
          '(?:cookie|alle akzeptieren|häkchen|opt-in)\\w*\\b[^\\n]{0,120}\\b(?:(?:nehme|ziehe) ich (?:das|sie|es|diese)|(?:das|dies|diese|sie|es) (?:nehme|ziehe) ich)\\b~{0,15}\\bzurück',
        ],
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
    dePlain,
    deImplicit,
    saleWording.de,
    restrictionPending.de,
  ),
  // "Löschen Sie mein Konto nicht", but not "löschen Sie mein Konto und schreiben Sie mir nicht mehr".
  trailingNegation: '(?<!\\s(?:und|oder|aber|sondern)\\s[^.?!;:,\\n]{0,12})nicht\\b',
  negation: 'nicht|kein(?:e|en|er|es)?|nie|niemals',
  erasureVerbs: 'lösch\\w*',
  keepAccount:
    '(?:konto|account)\\b~{0,30}\\b(?:behalten|(?:brauche|nutze|benötige) ich\\b~{0,15}\\b(?:noch|weiterhin|weiter))|(?:brauche|nutze|benötige) (?:mein|das) (?:konto|account) (?:noch|weiterhin)',
  // A policy question, not an ask: a hypothetical, a how-to question about doing it oneself, a question
  // about requests in general (how many, their handling; a press or research enquiry).
  hypothetical:
    '\\b(?:kann|könnte|darf) ich\\b~{0,40}\\b(?:später|irgendwann)\\b|wie viele~{0,50}(?:anfragen|ersuchen|anträge)|presseanfrage|medienanfrage|\\bfür (?:einen|meinen|unseren) (?:artikel|beitrag|bericht)\\b|\\bumgang mit\\b~{0,30}(?:anfragen|ersuchen|anträgen)\\b|\\b(?:bearbeitung|anzahl|zahl) (?:der|von)\\b~{0,30}(?:anfragen|ersuchen|anträgen)\\b|widersprechen~{0,40}unterauftragsverarbeiter|falls ich (?:irgendwann|eines tages|später)|wenn ich (?:irgendwann|eines tages)|hypothetisch|(?:falls|wenn) ich (?:sie )?(?:bitten|auffordern) würde|\\b(?:wie|wo) (?:kann|könnte) (?:ich|man)\\b~{0,45}\\b(?:ändern|löschen|exportieren|entfernen|kündigen)\\b|\\b(?:ich )?wollte (?:eigentlich|zuerst|erst)\\b[^.?!\\n]{0,80}\\baber\\b|\\beigentlich wollte ich\\b[^.?!\\n]{0,80}\\baber\\b',
  // An objection lodged before ("ich habe Widerspruch ... eingelegt") is not this letter's ask.
  earlier:
    '(?:bereits|schon) (?:beantragt|gebeten|angefordert)|\\bhabe\\b~{0,80}\\b(?:eingelegt|eingereicht)\\b',
};
