/** Swedish cues (dataskyddsförordningen wording: registerutdrag, rättelse, radering, begränsning, invändning). */
import { joinCues } from './join-cues.js';
import { svImplicit } from './sv-implicit.js';
import { saleWording } from './sale-wording.js';
import { restrictionPending } from './restriction-pending.js';
import { svPlain } from './plain-north.js';
import type { Lexicon } from './types.js';

export const sv: Lexicon = {
  language: 'sv',
  cues: joinCues(
    {
      access: [
        [2, 'registerutdrag|rätt till tillgång|tillgång till (?:mina )?(?:person)?uppgifter'],
        [1, 'kopia (?:av|på) (?:mina|de|alla)\\b~{0,30}\\buppgifter', 'absorbable'],
        [1, 'vilka (?:person)?uppgifter\\b~{0,40}\\b(?:behandlar|har|lagrar)'],
        // Situational phrasing (the right described by the situation, not named).
        [
          1,
          'vad(?<!allt,? vad) ni (?:fortfarande|ännu) har\\b~{0,15}\\bom mig|vad(?<!allt,? vad) ni har (?:sparat|lagrat|kvar) om mig|(?:visa|se) allt\\b~{0,30}\\b(?:hör till|kopplat|kopplad|knutet)',
        ],
        // What you know about me, to whom it went, where it came from (Art. 15(1)(c) and (g)).
        [
          1,
          'vad(?<!allt,? vad) (?:ni|du) (?:vet|har) om mig|vad(?<!allt,? vad) (?:vet|har) (?:ni|du)(?: \\w+)? om mig|(?:vilka (?:företag|bolag|tredje parter|parter)|till vem|vem)\\b~{0,40}\\b(?:delat|sålt|lämnat ut|skickat|gett)\\b~{0,20}\\b(?:mina|min|mitt)|var (?:ni|du) (?:fick|fått|hittade|har fått) (?:tag på )?(?:min|mina|mitt)',
        ],
      ],
      rectification: [
        [2, 'rättelse|rätta (?:mina|mitt|min)'],
        [1, '(?:ändra|uppdatera|korrigera|rätta)\\b~{0,40}\\b(?:namn|efternamn|adress|e-post|uppgifter)'],
        // "Mitt efternamn är felstavat", "min adress står fel" (Art. 16).
        [
          1,
          '(?:namn|efternamn|adress|födelsedatum|personnummer|telefonnummer|e-postadress)\\b~{0,40}\\b(?:är|står)\\b~{0,20}\\b(?:fel|felstavat|felaktig\\w*|inkorrekt)|(?:fel|felaktig\\w*|felstavat?) (?:namn|efternamn|adress|födelsedatum|telefonnummer)',
        ],
        [0.5, 'rätta (?:det|den|dem)\\b'],
      ],
      erasure: [
        // "När jag har fått svar ska ni radera allt" (not "radera allt i mappen").
        [1, '(?:radera|ta bort|rensa) (?:allt|alltihop|allting)\\b(?! (?:i|från|ur) (?:projekt|mapp))'],
        [2, 'rätt att bli bortglömd|radering'],
        [1.5, '(?:radera|raderar|ta bort|tar bort|avsluta)\\b~{0,40}\\b(?:konto|uppgifter|data|profil)'],
        // Situational phrasing (the right described by the situation, not named).
        [
          1,
          '(?:rensa|ta) bort allt\\b~{0,30}\\b(?:om mig|ni har)|(?:spara|behåll|ha kvar) (?:ingenting|inget) om mig|låt (?:allt|alltihop|mina uppgifter)\\b~{0,15}\\bförsvinna|\\ballt\\b~{0,40}\\bom mig (?:försvinner|blir (?:raderat|borttaget)|raderas|tas bort)',
        ],
        [1.5, 'stäng\\w*\\b~{0,20}\\bkonto'],
        [
          1,
          '(?:radera|ta bort|rensa ut) mig\\b~{0,15}\\b(?:från|ur) (?:era|ert|alla|er)\\b(?![^.?!\\n]{0,20}(?:lista|listor|nyhetsbrev|utskick))',
        ],
      ],
      restriction: [
        // "Spärra mina uppgifter", "använd mina uppgifter bara för faktureringen" (Art. 18(1)).
        [
          1.5,
          '(?:spärra|frys|blockera|pausa)\\w*\\b~{0,30}\\b(?:mina uppgifter|min data|behandling\\w*|all användning|användning\\w*)',
        ],
        [1, '(?:använd|behandla) (?:mina uppgifter|min data) (?:bara|endast|enbart) (?:för|till)\\b'],
        [
          2,
          'begränsning av behandling|behandling\\w*\\b~{0,50}\\bbegränsa|begränsa\\w*\\b~{0,40}\\bbehandling',
        ],
        // Situational phrasing (the right described by the situation, not named).
        [
          1,
          '(?:använd|behandla) inte\\b~{0,40}\\b(?:mina uppgifter|min data|mina data)\\b~{0,40}\\b(?:förrän|tills|medan|så länge)',
        ],
        [
          1,
          '(?:lämna|låt|behåll)\\b~{0,30}\\b(?:mina uppgifter|allt)\\b~{0,30}\\b(?:orörd|oanvänd|som (?:de|det) är|fryst)\\w*',
        ],
      ],
      objection: [
        [1, 'sluta (?:ringa|kontakta) mig|ring inte (?:mig )?(?:mer|fler gånger)', 'absorbable'],
        [
          1,
          '(?:sluta använda|använd inte)\\b~{0,20}\\b(?:mina|min) (?:\\w+ )?(?:uppgifter|data|loggar)\\b~{0,20}\\b(?:för|till)\\b~{0,20}\\b(?:produktutveckling|utveckling|förbättring|analys|statistik|forskning|marknadsföring|reklam)',
        ],
        [2, 'invänd\\w*'],
        [
          1,
          'avregistrera|avsluta prenumeration|sluta skicka|vill inte längre få|ta bort mig från\\b~{0,20}\\blista',
          'absorbable',
        ],
        // Situational phrasing (the right described by the situation, not named).
        [
          1,
          'vill inte att (?:min|mina) \\w*(?:data|uppgifter)\\b~{0,40}\\w*(?:forskning|statistik|analys|marknadsföring|reklam|profilering|träning|modeller)',
        ],
        [0.5, 'sluta (?:med det|använda (?:dem|den|det|dom))', 'absorbable'],
        // "Jag motsätter mig": the common way to object (Art. 21), besides "invänder".
        [
          2,
          'motsätter (?:jag )?mig\\b~{0,40}\\b(?:behandling|användning|profilering|marknadsföring|direktmarknadsföring|analys)',
        ],
        [1, 'motsätter (?:jag )?mig'],
        // "Jag vill inte ha fler nyhetsbrev", "sluta mejla mig", "inga fler utskick".
        [
          1,
          'vill inte ha (?:fler|mer|några fler|några)\\b~{0,10}\\b(?:nyhetsbrev|e-?post|mejl|mail|erbjudanden|reklam|utskick)|sluta (?:mejla|maila|skicka)\\w*|inga fler (?:nyhetsbrev|mejl|mail|erbjudanden|utskick)',
          'absorbable',
        ],
        // "Använd inte mina uppladdningar för AI-träning" (Art. 21(1)).
        [1, '(?:använd|använda) inte\\b~{0,40}\\b(?:ai|artificiell intelligens|träning|träna|modeller)\\b'],
      ],
      portability: [
        [2, 'dataportabilitet|portabilitet'],
        [0.5, 'annan (?:tjänst|leverantör|plattform)'],
        [1.5, 'maskinläsbar\\w*'],
        // Situational phrasing (the right described by the situation, not named).
        [1, '(?:fil|format|export)\\w*\\b~{0,30}\\b(?:kan|går att) importera|importera där'],
        [1, '(?:skicka|överför|flytta)\\w*\\b~{0,40}\\bdirekt till\\b(?! mig\\b)'],
        [0.5, 'annat verktyg'],
      ],
      withdraw_consent: [
        [2, '(?:återkalla|återkallar|drar tillbaka|tar tillbaka)\\w*\\b~{0,30}\\bsamtycke'],
        // Situational phrasing (the right described by the situation, not named).
        [
          1,
          '(?:godkännande|opt-in|tillstånd|medgivande)\\w*\\b~{0,20}\\b(?:drar|tar) jag tillbaka|(?:drar|tar) tillbaka (?:mitt|det|detta) (?:godkännande|tillstånd|medgivande|opt-in)',
        ],
        [2, 'samtycke\\w*\\b~{0,40}\\b(?:återkallar|drar tillbaka|tar tillbaka)'],
        [2, 'samtycke\\w*\\b~{0,60}\\b(?:återkallar|drar) jag (?:tillbaka )?(?:det|detta)\\b'],
      ],
      opt_out_sale: [[2, 'inte (?:sälja|säljer|dela)\\b|riktad reklam']],
    },
    svPlain,
    svImplicit,
    saleWording.sv,
    restrictionPending.sv,
  ),
  // "Radera inte", but not "radera mitt konto och skicka mig inte fler mejl".
  trailingNegation: '(?<!\\s(?:och|eller|men)\\s[^.?!;:,\\n]{0,12})\\b(?:inte|ingenting|inget)\\b',
  negation: 'inte|ej|aldrig|ingenting|inget',
  // Not received is no refusal: "jag har fortfarande inte fått något besked om raderingen".
  negationExceptions: '\\s*(?:\\S+ ){0,2}?(?:fått|hört|mottagit)',
  erasureVerbs: 'radera\\w*|ta bort',
  keepAccount: '(?:kontot|konto)\\b~{0,30}\\bha kvar|behålla (?:mitt )?konto|kontot får (?:vara|finnas) kvar',
  // A policy question, not an ask: a hypothetical, a how-to question about doing it oneself, a question
  // about requests in general (how many, their handling; a press or research enquiry).
  hypothetical:
    '\\bkan jag\\b~{0,40}\\bsenare\\b|hur många~{0,40}(?:förfrågningar|begäranden|begäran)|\\btill en (?:artikel|uppsats)\\b|om jag någon gång|om jag i framtiden|hypotetiskt|om jag skulle be|\\bhur (?:kan|gör) jag\\b~{0,45}\\b(?:ändra|radera|ta bort|exportera)\\b|\\bjag tänkte (?:först|egentligen)\\b[^.?!\\n]{0,80}\\bmen\\b|\\begentligen (?:ville|tänkte) jag\\b[^.?!\\n]{0,80}\\bmen\\b',
  earlier: 'redan (?:begärt|bett)',
};
