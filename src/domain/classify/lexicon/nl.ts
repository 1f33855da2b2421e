/** Dutch cues (AVG wording: inzage, rectificatie, verwijdering, beperking, bezwaar, intrekking). */
import { joinCues } from './join-cues.js';
import { nlImplicit } from './nl-implicit.js';
import { saleWording } from './sale-wording.js';
import { restrictionPending } from './restriction-pending.js';
import { nlPlain } from './plain-north.js';
import type { Lexicon } from './types.js';

export const nl: Lexicon = {
  language: 'nl',
  cues: joinCues(
    {
      access: [
        [
          1,
          'hebben (?:jullie|u) mijn (?:\\w+ )?gegevens\\b~{0,30}\\b(?:doorgegeven|verkocht|gedeeld|verstrekt)|wat hebben (?:jullie|u) (?:precies |allemaal )?(?:van|over) mij\\b(?! (?:nodig|terug|gehoord|ontvangen))',
        ],
        [
          1,
          'overzicht van (?:alle )?(?:mijn )?(?:persoons)?gegevens\\b~{0,30}\\b(?:van mij|over mij|verwerkt|bewaart|heeft)',
        ],
        [2, 'recht(?:s)? op inzage|inzageverzoek|inzage in (?:mijn|de)'],
        [1, 'kopie van (?:mijn|alle|de)\\b~{0,30}\\bgegevens', 'absorbable'],
        [1, 'welke (?:persoons)?gegevens\\b~{0,40}\\b(?:verwerkt|hebben|bewaart|hebt|heeft)'],
        // Situational phrasing (the right described by the situation, not named).
        [
          1,
          'wat(?<!alles,? wat) (?:jullie|u) nog (?:van|over) mij\\b~{0,20}\\b(?:bewaren|bewaart|hebben|heeft|weten|opslaan)|wat(?<!alles,? wat) (?:jullie|u) (?:van|over) mij (?:bewaren|bewaart|opslaan|weten|verwerken)',
        ],
        [1, '(?:laten zien|tonen|inzien)\\b~{0,40}\\bgekoppeld'],
        // To whom it went and where it came from (Art. 15(1)(c) and (g)).
        [
          1,
          "aan wie\\b~{0,40}\\b(?:gegevens|data|e-?mailadres|adres)\\b~{0,30}\\b(?:gegeven|gedeeld|verkocht|doorgegeven|verstrekt)|welke (?:bedrijven|partijen|derden)\\b~{0,40}\\b(?:gedeeld|verkocht|doorgegeven|verstrekt)|waar (?:jullie|u) (?:mijn|m'n) (?:e-?mailadres|adres|gegevens|nummer)\\b~{0,20}\\b(?:vandaan|gehaald)",
        ],
      ],
      rectification: [
        [1, '(?:staat|sta|ben) (?:nog|nog steeds|ten onrechte) (?:als|geregistreerd als|vermeld als)\\b'],
        [2, 'rectifica\\w*|correctie\\b'],
        [
          1,
          '(?:corrigeer|corrigeren|aanpass|wijzig|verbeter)\\w*\\b~{0,40}\\b(?:naam|achternaam|adres|e-mail|gegevens)',
        ],
        [1, '(?:naam|achternaam|adres|gegevens)\\b~{0,30}\\b(?:corrigeren|aanpassen|wijzigen|verbeteren)'],
        [1, '(?:verkeerd|onjuist|fout)\\w*\\b~{0,20}\\b(?:naam|achternaam|adres|factuuradres|gegevens)'],
        // Situational phrasing (the right described by the situation, not named).
        [
          1,
          '(?:gegevens|profiel|adres|dossier|account)\\b~{0,20}\\bbijwerken|bijwerk\\w*\\b~{0,30}\\b(?:gegevens|profiel|adres)',
        ],
        // "Bij mijn gegevens staat een foute geboortedatum", "mijn adres klopt niet meer" (Art. 16).
        [
          1,
          '(?:verkeerd|onjuist|fout)\\w*\\b~{0,20}\\b(?:geboortedatum|telefoonnummer|e-?mailadres|bedrijfsnaam|functie)|(?:naam|achternaam|adres|geboortedatum|telefoonnummer|e-?mailadres)\\b~{0,40}\\b(?:(?:is|staat)\\b~{0,20}\\b(?:verkeerd|onjuist|fout|niet (?:meer )?(?:goed|juist|correct)|verouderd)|klopt niet)',
        ],
        [0.5, '(?:dat|dit|het|die) (?:even )?(?:aanpassen|corrigeren|verbeteren|rechtzetten|wijzigen)'],
      ],
      erasure: [
        [2, 'recht op (?:vergetelheid|verwijdering|gegevenswissing)'],
        [
          1.5,
          '(?:verwijder|wis)\\w*\\b~{0,40}\\b(?:account|gegevens|profiel)|(?:account|(?:persoons|klant|contact|account|gebruikers)?gegevens)\\b~{0,60}\\b(?:verwijder|wissen)',
        ],
        // Situational phrasing (the right described by the situation, not named).
        [1, '(?:haal|haalt|gooi|wis|verwijder)\\b~{0,10}\\balles\\b~{0,40}\\b(?:van mij|over mij|weg)'],
        [
          1,
          'laat (?:alles|het allemaal|het gewoon allemaal|mijn gegevens)\\b~{0,15}\\bverdwijnen|niets (?:meer )?(?:van|over) mij (?:bewaren|overblijft|achterblijft)|niets meer van mij overblijft',
        ],
        // "Haal me uit al jullie systemen", "ik wil dat mijn gegevens weg zijn".
        [
          1,
          '(?:haal|verwijder|wis) (?:me|mij)\\b~{0,20}\\b(?:uit|van) (?:al )?(?:jullie|uw|je|de) (?:systemen|systeem|bestanden|database|databases|administratie|gegevensbestand)|(?:wil|willen)\\b~{0,25}\\b(?:mijn gegevens|alles|mijn account|mijn data)\\b~{0,5}\\bweg (?:zijn|is|hebben)\\b',
        ],
      ],
      restriction: [
        // "Blokkeer mijn gegevens", "gebruik mijn gegevens alleen nog voor de facturatie" (Art. 18(1)).
        [
          1.5,
          '(?:blokkeer|blokkeren|bevries|bevriezen|schort)\\w*\\b~{0,30}\\b(?:mijn gegevens|de verwerking|elk gebruik|ieder gebruik|alle verwerking)',
        ],
        [1, '(?:gebruik|verwerk)\\w* mijn gegevens (?:alleen|uitsluitend|enkel) (?:nog )?(?:voor|om)\\b'],
        [2, 'beperking van de verwerking|verwerking\\b~{0,50}\\bbeperk|beperk\\w*\\b~{0,40}\\bverwerking'],
        // Situational phrasing (the right described by the situation, not named).
        [
          1,
          '(?:gegevens|data)\\b~{0,30}\\b(?:nergens voor|niet meer|niet) (?:gebruiken|verwerken)\\b~{0,40}\\b(?:tot|zolang|totdat|in afwachting)|(?:gebruik|verwerk) (?:mijn|de) gegevens (?:niet|nergens)\\b~{0,40}\\b(?:tot|zolang|totdat)',
        ],
        [
          1,
          '(?:laat|houd|bewaar)\\b~{0,30}\\b(?:mijn gegevens|alles)\\b~{0,40}\\b(?:onaangeroerd|ongebruikt|zoals (?:ze|het) (?:zijn|is)|bevroren)',
        ],
      ],
      objection: [
        [
          1,
          '(?:stop|stopt|hou|houd) (?:op )?met (?:mij )?(?:bellen|benaderen)|bel (?:mij|me) niet meer',
          'absorbable',
        ],
        [
          1,
          "(?:gebruik|gebruiken|verwerk)\\w*\\b~{0,10}\\b(?:mijn|m'n) (?:\\w+ )?(?:gegevens|data|logs)\\b~{0,20}\\bniet (?:meer )?(?:voor|om)\\b~{0,20}\\b(?:productontwikkeling|ontwikkeling|verbetering|analyse|statistiek|onderzoek|marketing|reclame)",
        ],
        [2, 'bezwaar (?:tegen|maken|aan)|maak\\b~{0,10}\\bbezwaar'],
        [
          1,
          'haal me\\b~{0,20}\\b(?:lijst|mailinglijst)|geen\\b~{0,30}\\b(?:e-?mails|nieuwsbrieven|aanbiedingen) meer|afmelden|uitschrijven|geen (?:nieuwsbrieven|marketing|reclame)\\b~{0,20}\\bmeer',
          'absorbable',
        ],
        // Situational phrasing (the right described by the situation, not named).
        [
          1,
          '(?:wil|willen) niet dat (?:mijn|onze) \\w*(?:gegevens|data)\\b~{0,40}\\w*(?:onderzoek|statistiek|analyse|marketing|reclame|profiel|training|modellen)',
        ],
        [0.5, 'stop (?:daarmee|ermee|met het gebruik)', 'absorbable'],
        // "Ik krijg nog steeds reclame. Stop daar nu echt mee": the stop of the advertising just named.
        [
          1,
          '(?<=(?:reclame|marketing|nieuwsbrie|promoti|aanbieding)\\w*\\b[^\\n]{0,80})stop (?:daar|er) (?:\\w+ ){0,3}mee\\b',
          'absorbable',
        ],
        // "I no longer want my data used for …" without the word "bezwaar".
        [
          1,
          '(?:wil|willen) niet (?:langer|meer) dat\\b~{0,40}\\b(?:gegevens|data)\\b~{0,40}\\w*(?:marketing|reclame|profil|analyse|onderzoek|nieuwsbrie)',
        ],
        // "Mij niet meer mailen met aanbiedingen", "stop met mailen", "stuur me geen reclame".
        [
          1,
          '(?:mij|me|ons) niet (?:meer|langer) (?:te )?(?:mailen|e-?mailen|benaderen|bellen|lastigvallen)|stop met (?:het )?(?:sturen|mailen|e-?mailen)|stuur (?:me|mij) geen\\b',
          'absorbable',
        ],
        // "Gebruik mijn uploads niet voor AI-training" (Art. 21(1)).
        [
          1,
          "(?:gebruik|gebruiken)\\b~{0,30}\\b(?:mijn|m'n) (?:\\w+ )?(?:gegevens|data|bestanden|uploads|content)\\b~{0,20}\\bniet\\b~{0,30}\\b(?:ai|kunstmatige intelligentie|train\\w*|modellen)\\b",
        ],
      ],
      portability: [
        // "Kunnen jullie het als JSON rechtstreeks naar hen sturen?" (the verb after its target).
        [
          1,
          'rechtstreeks (?:door )?(?:naar|aan) (?!mij\\b|me\\b)\\w+\\b~{0,20}\\b(?:sturen|versturen|doorsturen|overdragen|zenden|doorgeven)',
        ],
        [2, 'dataportabiliteit|overdraagbaarheid'],
        [1.5, 'machineleesba\\w*'],
        [0.5, 'andere (?:dienst|aanbieder|provider|leverancier)'],
        [1, 'export\\w*\\b~{0,30}\\b(?:gegevens|account)'],
        // Situational phrasing (the right described by the situation, not named).
        [1, '(?:bestand|formaat|export)\\b~{0,30}\\b(?:kan|kunnen) importeren|importeren kan'],
        [
          1,
          '(?:stuur|zend|draag|geef)\\w*\\b~{0,40}\\brechtstreeks (?:door )?(?:naar|aan)\\b(?! mij\\b)|rechtstreeks\\b~{0,30}\\b(?:doorsturen|overdragen|doorgeven) (?:naar|aan)',
        ],
        [0.5, 'over naar (?:een )?andere? (?:tool|dienst|aanbieder|programma)'],
      ],
      withdraw_consent: [
        [
          2,
          'toestemming\\b~{0,60}\\bin(?:trek|getrokken)|(?:trek|intrekken|intrekking)\\b~{0,40}\\btoestemming',
        ],
        // Situational phrasing (the right described by the situation, not named).
        [
          1,
          '(?:opt-in|toestemming|akkoord|machtiging)\\b~{0,20}\\b(?:draai|trek|neem) ik\\b~{0,10}\\b(?:terug|in)\\b|(?:draai|trek|neem)\\w*\\b~{0,20}\\b(?:opt-in|machtiging|akkoord)\\b~{0,10}\\bterug',
        ],
        // "Herroepen" is the formal verb for taking consent back.
        [2, 'herroep\\w*\\b~{0,30}\\btoestemming|toestemming\\b~{0,40}\\bherroep'],
        // "Voor zover ik toestemming heb gegeven, trek ik die hierbij in" (the separable verb split).
        [2, 'toestemming\\b~{0,60}\\btrek ik (?:die|deze|ze|het|hem)\\b~{0,15}\\bin\\b'],
      ],
      opt_out_sale: [[2, 'niet (?:verkopen|delen)|verkoop (?:of|en) (?:het )?delen|gerichte advertenties']],
    },
    nlPlain,
    nlImplicit,
    saleWording.nl,
    restrictionPending.nl,
  ),
  // "Verwijder mijn account niet", but not "verwijder mijn account en mail mij niet meer".
  trailingNegation: '(?<!\\s(?:en|of|maar)\\s[^.?!;:,\\n]{0,12})(?:(?:alsjeblieft|alstublieft|aub) )?niet\\b',
  negation: 'niet|geen|nooit|niets|nergens',
  negationExceptions: '\\s*(?:\\S+ ){0,2}?(?:ontvangen|gekregen|gehoord)',
  erasureVerbs: 'verwijder\\w*|wissen',
  keepAccount: 'account\\b~{0,30}\\b(?:houden|behouden|gebruik ik nog|mag blijven)',
  // A policy question, not an ask: a hypothetical, a how-to question about doing it oneself, a question
  // about requests in general (how many, their handling; a press or research enquiry).
  hypothetical:
    '\\b(?:kan|mag) ik\\b~{0,40}\\b(?:later|op een later moment)\\b|\\bhoe (?:pas|verander|wijzig|verwijder|exporteer) ik\\b|hoeveel~{0,40}(?:verzoeken|aanvragen)|\\bvoor (?:een|mijn) (?:artikel|reportage|scriptie)\\b|\\b(?:afhandeling|aantal) (?:van )?(?:de )?~{0,20}verzoeken\\b|persvraag|als ik ooit|mocht ik ooit|hypothetisch|als ik (?:jullie |u )?zou vragen|\\b(?:hoe|waar) kan ik\\b~{0,45}\\b(?:wijzigen|aanpassen|verwijderen|exporteren)\\b|\\bik wilde (?:eerst|eigenlijk|aanvankelijk)\\b[^.?!\\n]{0,80}\\bmaar\\b',
  earlier: 'al (?:gevraagd|verzocht)',
};
