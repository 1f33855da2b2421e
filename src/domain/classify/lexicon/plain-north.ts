/**
 * German, Dutch, Polish, Danish and Swedish cues for asks made plainly, as `en-plain.ts` for English: a
 * correction asked by a pronoun or a bare verb once the wrong field is named ("mijn achternaam is met een
 * d ... wilt u dat aanpassen?"), erasure by a separable verb ("haal mijn account weg"), access to "all the
 * data you store about me", data kept but not used, marketing asked to stop. Joined to each language's
 * lexicon.
 */
import type { Cues } from './join-cues.js';

export const dePlain: Cues = {
  access: [
    [
      1.5,
      'auskunft über (?:alle|sämtliche|die) (?:\\w+ )?daten\\b~{0,40}\\b(?:über mich|zu meiner person|von mir)',
    ],
    [1, '(?:teilen sie mir|sagen sie mir|mitteilen)\\b~{0,40}\\bwoher sie (?:diese|meine|die)\\b'],
  ],
  rectification: [
    [
      1,
      '(?<=(?:mein|meine|meinen) (?:\\w+ )?(?:name|nachname|vorname|adresse|anschrift|e-mail-adresse|telefonnummer|geburtsdatum|profil)\\b[^\\n]{0,160})(?:(?:können|könnten|würden) sie (?:das|dies|ihn|sie|es) (?:bitte )?(?:korrigieren|ändern|berichtigen|aktualisieren)|(?:bitte )?(?:korrigieren|ändern|berichtigen) sie (?:das|dies|ihn|sie|es))\\b',
    ],
  ],
  // A chaser: "meine Daten sind immer noch da" (the deletion asked before is not done).
  erasure: [
    [
      1,
      'meine daten (?:sind|liegen) (?:immer noch|noch immer|weiterhin) (?:da|vorhanden|gespeichert|im system)',
    ],
  ],
  restriction: [
    [
      1,
      'nicht (?:mehr )?(?:verwenden|nutzen|verarbeiten)\\b~{0,20}\\b(?:nur (?:noch )?(?:speichern|aufbewahren)|sondern nur)',
    ],
  ],
};

export const nlPlain: Cues = {
  rectification: [
    [
      1,
      '(?<=mijn (?:\\w+ )?(?:naam|achternaam|voornaam|adres|e-mailadres|telefoonnummer|geboortedatum|profiel)\\b[^\\n]{0,160})(?:(?:wilt u|willen jullie|kunt u|kunnen jullie) (?:dat|dit|het|die) (?:ook )?(?:aanpassen|corrigeren|wijzigen|verbeteren|rechtzetten)|(?:graag|alstublieft) (?:aanpassen|corrigeren|wijzigen))\\b',
    ],
    [
      1,
      '(?:account|profiel)\\b~{0,20}\\bop (?:dit|dat|mijn nieuwe|het nieuwe) (?:e-?mail)?adres (?:zetten|overzetten)',
    ],
  ],
  erasure: [
    // A chaser: "mijn gegevens staan er nog steeds".
    [
      1,
      'mijn gegevens (?:staan|zijn) (?:er )?(?:nog steeds|nog altijd)\\b~{0,25}\\b(?:er|opgeslagen|in (?:uw|jullie) systeem)\\b|mijn gegevens staan er nog steeds\\b',
    ],
    [
      1.5,
      "(?:haal|haalt|halen)\\b~{0,15}\\b(?:mijn|m'n) (?:account|gegevens|profiel|data)\\b~{0,40}\\bweg\\b|(?:mijn|m'n) (?:account|gegevens|profiel) (?:weghalen|weg te halen)",
    ],
  ],
  restriction: [
    [
      1,
      '(?:(?:zolang|totdat)\\b~{0,60}\\b)?(?:niet (?:meer )?(?:gebruikt|gebruiken|verwerkt|verwerken))\\b~{0,15}\\b(?:alleen|enkel|slechts) (?:nog )?(?:bewaart|bewaren|opslaan|opgeslagen)',
    ],
  ],
};

export const plPlain: Cues = {
  rectification: [
    [
      1,
      '(?<=(?:moje|mój|moja|mojego|mojej) (?:\\w+ )?(?:nazwisko|imię|adres|e-mail|numer|telefon|data urodzenia|profil)\\b[^\\n]{0,160})(?:proszę (?:to |je |go |ją )?(?:poprawić|zmienić|skorygować|zaktualizować)|(?:popraw|zmień|zaktualizuj)cie (?:to|je|go|ją))\\b',
    ],
  ],
  // "Nie używajcie moich danych do niczego innego, tylko je przechowujcie."
  restriction: [
    [
      1,
      'nie (?:używajcie|wykorzystujcie|przetwarzajcie|używać|wykorzystywać|przetwarzać) (?:moich |tych |naszych )?(?:danych|informacji|ich)\\b~{0,20}\\b(?:do niczego|w żadnym (?:innym )?celu)|(?:tylko|jedynie) (?:je |ich )?(?:przechowujcie|przechowywać)\\b',
    ],
  ],
  objection: [
    [
      1,
      '(?<=(?:reklam|marketing|newsletter|sms|promocj)\\w*\\b[^\\n]{0,120})proszę (?:natychmiast |też |to )?(?:przestać|zaprzestać|skończyć)\\b',
      'absorbable',
    ],
  ],
};

export const daPlain: Cues = {
  // "I må ikke bruge mine oplysninger til noget andet, kun opbevare dem."
  restriction: [
    [
      1,
      '(?:ikke (?:bruger|bruge|anvender|anvende|behandler|behandle) (?:mine |mit |de |disse )?(?:oplysninger|personoplysninger|data|dem)|(?:brug|anvend|behandl) (?:mine |mit )?(?:oplysninger|data|dem) ikke)\\b~{0,20}\\btil (?:noget|andet)\\b',
    ],
  ],
  rectification: [
    [
      1,
      '(?<=(?:mit|min|mine) (?:\\w+ )?(?:navn|efternavn|fornavn|adresse|e-mailadresse|telefonnummer|fødselsdato|profil)\\b[^\\n]{0,160})(?:kan (?:i|du) (?:godt )?(?:rette|ændre|opdatere) (?:det|den|dem)|ret (?:det|den) (?:venligst|gerne))\\b',
    ],
  ],
};

export const svPlain: Cues = {
  restriction: [
    [
      1,
      '(?:inte (?:använder|använda|behandlar|behandla) (?:mina |min |de |dessa )?(?:uppgifter|personuppgifter|data|dem)|(?:använd|behandla) (?:mina )?(?:uppgifter|data|dem) inte)\\b~{0,20}\\btill (?:något|annat|någonting)\\b',
    ],
  ],
  rectification: [
    [
      1,
      '(?<=(?:mitt|min|mina) (?:\\w+ )?(?:namn|efternamn|förnamn|adress|e-postadress|telefonnummer|födelsedatum|profil)\\b[^\\n]{0,160})(?:kan ni (?:rätta|ändra|uppdatera|korrigera) (?:det|den|dem)|rätta (?:det|den) (?:tack|gärna))\\b',
    ],
  ],
  // "Därefter vill jag att ni raderar allt", "radera allt".
  erasure: [[1, 'ni (?:raderar|tar bort) allt\\b|(?:radera|ta bort) allt (?:om mig|ni har|som ni)\\b']],
};
