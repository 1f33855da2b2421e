// Danish: GDPR (databeskyttelsesforordningen), Datatilsynet.
import { compactPack } from './compact.js';
import { gdprArticles } from './gdpr.js';

export const da = compactPack({
  id: 'da',
  locale: 'da-DK',
  country: 'Denmark',
  tz: '+0100',
  legacyCharset: 'iso-8859-1',
  names: [
    'Mette Sørensen',
    'Rasmus Jensen',
    'Line Pedersen',
    'Mads Christensen',
    'Ida Rasmussen',
    'Søren Madsen',
  ],
  law: 'databeskyttelsesforordningen (GDPR)',
  authority: 'Datatilsynet',
  articles: gdprArticles((n) => `artikel ${n} i GDPR`, 'artikel 7, stk. 3, i GDPR', 'afsnit 1798.120 i CCPA'),
  style: {
    hi: 'Hej,',
    dear: 'Til databeskyttelsesrådgiveren',
    thanks: 'På forhånd tak,',
    regards: 'Med venlig hilsen',
    mobile: 'Sendt fra min iPhone',
    formalIntro: 'Jeg gør hermed mine rettigheder gældende efter {law}.',
    deadline: 'Jeg beder om svar inden for en måned, jf. artikel 12, stk. 3.',
    withdrawAny: 'I det omfang en behandling bygger på mit samtykke, tilbagekalder jeg det hermed.',
    angry: 'Det er tredje gang, jeg skriver, og ingen har svaret. Det er helt uacceptabelt.',
    complaint: 'Hvis jeg ikke hører fra jer inden for en måned, klager jeg til {authority}.',
  },
  subjects: [
    'Anmodning om indsigt',
    'Berigtigelse af mine oplysninger',
    'Slet min konto',
    'Begrænsning af behandling',
    'Reklamemails',
    'Eksport af mine data',
    'Tilbagekaldelse af samtykke',
    'Sælg ikke mine oplysninger',
    'Min konto',
    'Spørgsmål om mine data',
  ],
  asks: [
    [
      'Hvilke personoplysninger har I om mig? Send mig gerne en kopi.',
      'I henhold til {art} anmoder jeg om indsigt: en kopi af mine personoplysninger samt formål, modtagere, opbevaringsperiode og kilde.',
      'Jeg har ikke brugt {product} i to år og er nysgerrig efter, hvad I stadig har liggende om mig. Kan I vise mig alt, der hænger sammen med {email}?',
      'Fortæl mig, hvilke slags oplysninger I har indsamlet om mig, hvor de kommer fra, hvad I bruger dem til, og hvem I har givet dem videre til.',
    ],
    [
      'Mit efternavn står som "{wrong}" på kontoen og fakturaerne. Det er "{last}". Ret det venligst.',
      'I henhold til {art} anmoder jeg om berigtigelse: mit efternavn er registreret som "{wrong}", men er "{last}".',
      'Jeg er flyttet og har fået ny mailadresse. Opdatér mine oplysninger, så alt fremover går til {newEmail}.',
      'Den profil, I har om mig, er forældet og mangelfuld: faktureringsadressen er ikke min længere, og mit fulde navn mangler. Opdatér den venligst.',
    ],
    [
      'Slet venligst min konto og alle de personoplysninger, I har om mig.',
      'I henhold til {art} anmoder jeg om sletning af alle personoplysninger om mig, herunder kontoen og sikkerhedskopier, medmindre I er forpligtet til at gemme dem.',
      'Jeg er færdig med {product}. Luk min konto og fjern alt, hvad I har om mig, jeg kommer ikke tilbage.',
      'Jeg vil helst have, at der slet ikke ligger noget om mig hos jer: ingen konto, ingen gamle transskriptioner, ingen logs med mit navn. Lad det hele bare forsvinde.',
    ],
    [
      'Begræns venligst behandlingen af mine oplysninger, mens I undersøger de omstridte træk på faktura {order}.',
      'I henhold til {art} anmoder jeg om begrænsning af behandlingen, da jeg bestrider rigtigheden af forbrugsdataene på min konto. Opbevar dem blot indtil sagen er afklaret.',
      'Slet ikke noget, men brug heller ikke mine oplysninger til noget, før min klage over faktura {order} er afgjort.',
      'Jeg er i en retssag med en tidligere partner om kontoen. Indtil den er afgjort, skal mine data blive præcis som de er: urørte, ubrugte og ikke slettede.',
    ],
    [
      'Stop venligst med at sende mig reklamemails. Kun servicebeskeder.',
      'I henhold til {art} gør jeg indsigelse mod behandlingen af mine oplysninger til analyse og profilering på grundlag af jeres legitime interesse.',
      'Jeg vil ikke have, at mine brugsdata indgår i jeres produktundersøgelser eller statistik. Hold op med det.',
      'Luk IKKE min konto. Jeg vil bare ikke have flere nyhedsbreve og tilbud, og sig det på forhånd, hvis indsigelsen ville betyde, at kontoen bliver slettet.',
    ],
    [
      'Kan I sende mig en eksport af mine data som JSON eller CSV?',
      'I henhold til {art} anmoder jeg om at modtage de oplysninger, jeg har givet jer, i et struktureret, almindeligt anvendt og maskinlæsbart format.',
      'Jeg skifter til et andet værktøj og skal bruge alle projekter, jobhistorik og indstillinger i en fil, jeg kan importere der.',
      'Overfør mine kontodata direkte til {provider}, som overtager arbejdet næste måned. De forventer en JSON-fil.',
    ],
    [
      'Jeg trækker mit samtykke til nyhedsbrevet og statistikcookies tilbage.',
      'Jeg tilbagekalder hermed det samtykke, jeg gav efter {art}, til behandling af mine data til produktanalyse.',
      'Ved tilmeldingen satte jeg flueben ved, at I må bruge mit uploadede indhold til at forbedre jeres modeller. Det tilvalg fortryder jeg.',
      'I fik lov til at bruge mit navn og billede i en kundehistorie. Den tilladelse tager jeg tilbage, fjern dem venligst.',
    ],
    [
      'Sælg og del ikke mine personoplysninger.',
      'I henhold til {art} beder jeg jer om ikke at sælge eller dele mine personoplysninger, heller ikke til adfærdsbaseret annoncering. Jeg bor i Californien.',
      'Fravælg mig venligst målrettede annoncer og al profilering til reklame.',
      'Sælger I mine data? Hvis ja, så stop. Jeg vil ikke have, at mine oplysninger eller min browsing havner hos annoncører eller datamæglere.',
    ],
  ],
  multi: [
    'Send mig først en kopi af alle de oplysninger, I har om mig. Når jeg har fået den, skal I slette min konto og alle mine data.',
    'Jeg anmoder om indsigt i mine personoplysninger, herunder formål og modtagere. Jeg gør desuden indsigelse mod al behandling af mine data til direkte markedsføring og profilering.',
    'Slet min konto og mine personoplysninger. Indtil da gør jeg indsigelse mod enhver brug af mine data til reklame.',
  ],
  negatives: {
    billing: [
      'Dobbelt træk {order}',
      'Hej,\n\nFaktura {order} ({amount}) er trukket to gange. Kan I refundere?\n\n{name}',
    ],
    bug: [
      'Eksport fejler med 500',
      'Hej,\n\nSiden i morges fejler alle eksporter med fejl 500. Job {order}. Er der en driftsforstyrrelse?\n\n{name}',
    ],
    phishing: [
      'Bekræft dit samtykke nu',
      'Kære bruger,\n\nDin postkasse lukkes, hvis du ikke bekræfter dine samtykkeindstillinger inden 24 timer. Frameld lukningen her: http://secure-verify.example.net/samtykke\n\nSikkerhedsteamet',
    ],
    vendor: [
      'Sikkerhedsspørgeskema til leverandører',
      'Hej,\n\nSom led i leverandørgodkendelsen beder vi jer udfylde det vedhæftede sikkerhedsspørgeskema inden månedens udgang.\n\n{name}\nIndkøb',
    ],
    policy_question: [
      'Opbevaring af logs',
      'Hej,\n\nHvor længe gemmer I forespørgselslogs, og indeholder de IP-adresser?\n\n{name}',
    ],
    sale_question: [
      'Sælger I data?',
      'Hej,\n\nJeg sammenligner værktøjer for en kunde. Sælger eller deler {product} kundedata med annoncører?\n\n{name}',
    ],
    out_of_office: [
      'Autosvar: {product}',
      'Tak for din mail. Jeg er på ferie til og med {date} og læser ikke mails. Hastesager: kontor@example.com.\n\n{name}',
    ],
  },
  weight: 2,
});
