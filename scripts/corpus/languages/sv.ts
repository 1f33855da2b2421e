// Swedish: GDPR (dataskyddsförordningen), IMY.
import { compactPack } from './compact.js';
import { gdprArticles } from './gdpr.js';

export const sv = compactPack({
  id: 'sv',
  locale: 'sv-SE',
  country: 'Sweden',
  tz: '+0100',
  legacyCharset: 'iso-8859-1',
  names: ['Karin Lindqvist', 'Erik Johansson', 'Maja Andersson', 'Oskar Nilsson', 'Elin Berg', 'Johan Holm'],
  law: 'dataskyddsförordningen (GDPR)',
  authority: 'Integritetsskyddsmyndigheten (IMY)',
  articles: gdprArticles((n) => `artikel ${n} i GDPR`, 'artikel 7.3 i GDPR', 'avsnitt 1798.120 i CCPA'),
  style: {
    hi: 'Hej,',
    dear: 'Till dataskyddsombudet,',
    thanks: 'Tack på förhand,',
    regards: 'Med vänliga hälsningar,',
    mobile: 'Skickat från min iPhone',
    formalIntro: 'Jag utövar härmed mina rättigheter enligt {law}.',
    deadline: 'Jag ber om svar inom en månad enligt artikel 12.3 i GDPR.',
    withdrawAny: 'I den mån någon behandling bygger på mitt samtycke återkallar jag det härmed.',
    angry: 'Det här är tredje gången jag skriver och ingen har svarat. Det är oacceptabelt.',
    complaint: 'Får jag inget svar inom en månad anmäler jag er till {authority}.',
    context: 'Jag har använt {product} sedan {year}, mest i jobbet.',
  },
  subjects: [
    'Begäran om registerutdrag',
    'Rättelse av mina uppgifter',
    'Radera mitt konto',
    'Begränsning av behandling',
    'Reklammejl',
    'Export av mina data',
    'Återkallat samtycke',
    'Sälj inte mina uppgifter',
    'Mitt konto',
    'Fråga om mina uppgifter',
  ],
  asks: [
    [
      'Vilka personuppgifter har ni om mig? Skicka gärna en kopia.',
      'Enligt {art} begär jag besked om ni behandlar personuppgifter om mig och i så fall en kopia, med ändamål, mottagare, lagringstid och källa.',
      'Jag har inte använt {product} på två år och undrar vad ni fortfarande har sparat om mig. Kan ni visa allt som hör till {email}?',
      'Berätta vilka typer av uppgifter ni har samlat in om mig, varifrån de kommer, vad ni använder dem till och vem ni har lämnat dem till.',
    ],
    [
      'Mitt efternamn står som "{wrong}" på kontot och fakturorna. Det ska vara "{last}". Rätta det, tack.',
      'Enligt {art} begär jag rättelse av felaktiga uppgifter: mitt efternamn är registrerat som "{wrong}" men är "{last}".',
      'Jag har flyttat och bytt mejladress. Uppdatera mina uppgifter så att allt går till {newEmail} framöver.',
      'Profilen ni har om mig är gammal och ofullständig: fakturaadressen är inte min sedan flera år och mitt fullständiga namn saknas. Uppdatera den, tack.',
    ],
    [
      'Radera mitt konto och alla personuppgifter ni har om mig.',
      'Enligt {art} begär jag radering av alla personuppgifter om mig, inklusive kontot och säkerhetskopior, utom det ni måste spara enligt lag.',
      'Jag är klar med {product}. Stäng kontot och rensa bort allt ni har om mig, jag kommer inte tillbaka.',
      'Helst vill jag att ingenting om mig finns kvar hos er: inget konto, inga gamla transkript, inga loggar med mitt namn. Låt bara allt försvinna.',
    ],
    [
      'Begränsa behandlingen av mina uppgifter medan ni utreder de omtvistade dragningarna på faktura {order}.',
      'Enligt {art} begär jag begränsning av behandlingen, eftersom jag bestrider att användningsuppgifterna på mitt konto är korrekta. Lagra dem bara tills det är utrett.',
      'Radera ingenting, men använd inte heller mina uppgifter till något förrän mitt klagomål om faktura {order} är löst.',
      'Jag är i en rättslig tvist med en tidigare kompanjon om kontot. Tills den är avgjord ska mina uppgifter lämnas precis som de är: orörda, oanvända och oraderade.',
    ],
    [
      'Sluta skicka reklammejl till mig, tack. Bara servicemeddelanden.',
      'Enligt {art} invänder jag mot behandlingen av mina uppgifter för analys och profilering som grundas på ert berättigade intresse.',
      'Jag vill inte att min användningsdata hamnar i er produktforskning eller statistik. Sluta med det.',
      'Stäng INTE mitt konto. Jag vill bara slippa nyhetsbrev och erbjudanden, och säg till i förväg om invändningen skulle leda till att kontot raderas.',
    ],
    [
      'Kan ni skicka en export av mina data som JSON eller CSV?',
      'Enligt {art} begär jag att få de uppgifter jag lämnat i ett strukturerat, allmänt använt och maskinläsbart format.',
      'Jag byter till ett annat verktyg och behöver alla projekt, jobbhistorik och inställningar i en fil som jag kan importera där.',
      'Överför mina kontouppgifter direkt till {provider}, som tar över arbetet nästa månad. De väntar på en JSON-fil.',
    ],
    [
      'Jag återkallar mitt samtycke till nyhetsbrevet och analyscookies.',
      'Jag återkallar härmed det samtycke jag lämnat enligt {art} till behandling av mina uppgifter för produktanalys.',
      'Vid registreringen kryssade jag i att ni får använda mitt uppladdade innehåll för att förbättra era modeller. Det godkännandet drar jag tillbaka.',
      'Ni fick lov att använda mitt namn och foto i en kundberättelse. Det tillståndet tar jag tillbaka, ta bort dem.',
    ],
    [
      'Sälj inte och dela inte mina personuppgifter.',
      'Enligt {art} begär jag att ni inte säljer eller delar mina personuppgifter, inte heller för beteendebaserad reklam. Jag bor i Kalifornien.',
      'Undanta mig från riktad reklam och all profilering för annonser.',
      'Säljer ni mina uppgifter? I så fall, sluta. Jag vill inte att mina uppgifter eller min surfning går till annonsörer eller datamäklare.',
    ],
  ],
  multi: [
    'Skicka först en kopia av alla uppgifter ni har om mig. När jag har fått den, radera kontot och alla mina uppgifter.',
    'Jag begär tillgång till mina personuppgifter, inklusive ändamål och mottagare. Jag invänder också mot all behandling av mina uppgifter för direktmarknadsföring och profilering.',
    'Radera mitt konto och mina personuppgifter. Till dess invänder jag mot all användning av mina uppgifter för reklam.',
  ],
  negatives: {
    billing: [
      'Dubbeldragning {order}',
      'Hej,\n\nFaktura {order} ({amount}) har dragits två gånger. Kan ni återbetala?\n\n{name}',
    ],
    bug: [
      'Export misslyckas med fel 500',
      'Hej,\n\nSedan i morse misslyckas varje export med fel 500. Jobb {order}. Är det en störning?\n\n{name}',
    ],
    phishing: [
      'Bekräfta ditt samtycke nu',
      'Hej användare,\n\nDin brevlåda stängs om du inte bekräftar dina samtyckesinställningar inom 24 timmar. Avregistrera dig från avstängningen här: http://secure-verify.example.net/samtycke\n\nSäkerhetsteamet',
    ],
    dpa: [
      'Biträdesavtal och underbiträden',
      'Hej,\n\nVår jurist behöver ert personuppgiftsbiträdesavtal och listan över underbiträden med serverplatser.\n\n{name}',
    ],
    policy_question: [
      'Hur länge sparas loggar?',
      'Hej,\n\nHur länge sparar ni förfrågningsloggar, och innehåller de IP-adresser?\n\n{name}',
    ],
    sale_question: [
      'Säljer ni data?',
      'Hej,\n\nJag jämför verktyg åt en kund. Säljer eller delar {product} kunddata med annonsörer?\n\n{name}',
    ],
    out_of_office: [
      'Autosvar: {product}',
      'Tack för ditt mejl. Jag är ledig till och med {date} och läser inte mejl. Brådskande ärenden: kontor@example.com.\n\n{name}',
    ],
  },
  weight: 2,
});
