// Sentences written for this test, not taken from any set.
import { describeImplicitAsks } from './implicit-asks.test-support.js';

describeImplicitAsks(
  'de',
  {
    withdraw_consent: [
      'Ich nehme mein Ja zum Newsletter zurück.',
      'Ich bin nicht mehr damit einverstanden, dass ihr meine Daten für Werbung nutzt.',
      'Bitte entfernt alle Häkchen, die ich bei der Anmeldung gesetzt habe.',
      'Die Zustimmung zu den Analyse-Cookies habe ich aus Versehen gegeben, bitte rückgängig machen.',
      'Meine Zustimmung von damals gilt ab sofort nicht mehr.',
      'Was ich bei der Registrierung akzeptiert habe, ziehe ich zurück.',
      'Ich habe es mir anders überlegt: kein Okay mehr für das Tracking.',
    ],
    restriction: [
      'Bitte frieren Sie meine Daten ein, bis meine Beschwerde geprüft ist.',
      'Legt meine Daten auf Eis, solange das geklärt wird.',
      'Behaltet meine Daten, aber benutzt sie vorerst nicht.',
      'Noch nichts löschen, aber meine Daten bitte nicht mehr verwenden, bis das geklärt ist.',
      'Sperren Sie meine Daten, bis Sie die Adresse überprüft haben.',
      'Bis Sie meine Beschwerde geprüft haben, machen Sie bitte nichts mit meinen Daten.',
    ],
    objection: [
      'Ich möchte nicht, dass Sie mein Nutzungsverhalten analysieren.',
      'Hört auf, meine Daten für Forschung zu verwenden.',
      'Ich will nicht profiliert werden.',
      'Erstellt bitte kein Profil von mir.',
      'Meine Daten sollen nicht für das Training eurer KI genutzt werden.',
      'Ich möchte nicht, dass ihr mein Verhalten auswertet.',
      'Ich will nicht, dass ihr aus meinen Einkäufen Kundenprofile erstellt.',
    ],
    rectification: [
      'Mein Geburtsdatum stimmt nicht, richtig ist der 3. März 1985.',
      'Mein Name wird mit ü geschrieben, nicht mit u.',
      'Meine Adresse ist veraltet, ich wohne jetzt in der Lindenstraße 5.',
      'Bei mir steht noch die alte E-Mail-Adresse, bitte auf die neue ändern.',
      'Ich heiße seit der Hochzeit Schneider, bitte ändern Sie meinen Nachnamen.',
      'Ihr habt meine Telefonnummer falsch gespeichert.',
      'Ihr schreibt meinen Nachnamen immer ohne h, bitte korrigieren.',
    ],
    portability: [
      'Schickt mir meine Daten als Datei, damit ich zu einem anderen Anbieter wechseln kann.',
      'Bitte übertragen Sie meine Daten direkt an meinen neuen Anbieter.',
    ],
    access: ['Was wisst ihr alles über mich?', 'Woher habt ihr meine Adresse?'],
    erasure: ['Vergesst mich bitte komplett.', 'Alles über mich soll verschwinden.'],
    opt_out_sale: ['Verkauft meine Daten nicht weiter.', 'Gebt meine Daten nicht an Werbepartner weiter.'],
  },
  [
    'Kann ich meine Einwilligung später widerrufen?',
    'Wie kann ich meine Adresse ändern, falls sie falsch ist?',
    'Bitte friert das Projekt ein, bis der Kunde zustimmt.',
    'Die Rechnungsnummer stimmt nicht.',
    'Analysiert ihr das Nutzungsverhalten eurer Kunden?',
    'Bitte löscht meine Daten nicht, ich brauche das Konto noch.',
  ],
);
