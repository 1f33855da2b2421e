/** Swedish letters (ni, the neutral formal register of Swedish business mail). */
import type { Phrases } from './phrases.js';

export const sv: Phrases = {
  gdpr: 'GDPR',
  articles: 'Art.',
  period: (n, unit) =>
    ({
      business_days: n === 1 ? 'en arbetsdag' : `${n} arbetsdagar`,
      days: n === 1 ? 'en dag' : `${n} dagar`,
      months: n === 1 ? 'en månad' : `${n} månader`,
      years: n === 1 ? 'ett år' : `${n} år`,
    })[unit],
  greeting: (name) => (name ? `Hej ${name},` : 'Hej,'),
  closing: 'Med vänliga hälsningar',
  signature: (organisation) => `Dataskyddsteamet på ${organisation}`,
  policy: (url) => `Integritetspolicy: ${url}`,
  right: {
    access: 'tillgång till era uppgifter',
    rectification: 'rättelse av felaktiga uppgifter',
    erasure: 'radering av era uppgifter',
    restriction: 'begränsning av behandlingen',
    objection: 'invändning mot behandlingen',
    portability: 'dataportabilitet',
    withdraw_consent: 'återkallande av ert samtycke',
    opt_out_sale: 'att säga nej till försäljning eller delning av era uppgifter',
  },
  ground: {
    identity_not_verified:
      'Vi kunde inte bekräfta er identitet. Vi får tillmötesgå en begäran först när vi är säkra på att den kommer från den person som uppgifterna gäller.',
    manifestly_unfounded: 'Begäran är uppenbart ogrundad.',
    excessive: 'Begäran är orimlig, särskilt eftersom den upprepar tidigare begäranden.',
    legal_exemption:
      'Ett lagstadgat undantag gäller för er begäran, och vi är därför inte skyldiga att tillmötesgå den.',
    duplicate:
      'Denna begäran upprepar en begäran som ni redan har skickat till oss och som vi behandlar eller redan har besvarat.',
    not_a_request:
      'Ert meddelande innehåller ingen begäran om att utöva en rättighet enligt dataskyddsreglerna. Om det var er avsikt, svara och berätta vad ni vill att vi ska göra.',
    outside_jurisdiction: 'De dataskyddslagar som ger denna rättighet gäller inte för er begäran.',
  },
  subject: {
    acknowledgement: 'Vi har tagit emot er begäran',
    verification_request: 'Vänligen bekräfta er identitet',
    verification_success: 'Er identitet är bekräftad',
    clarification_request: 'Vi behöver mer information',
    extension_notice: 'Vi behöver mer tid för er begäran',
    outcome_fulfilled: 'Er begäran är genomförd',
    outcome_partial: 'Er begäran är delvis genomförd',
    outcome_rejected: 'Angående er begäran',
    appeal_received: 'Vi har tagit emot ert överklagande',
    appeal_decision: 'Beslutet om ert överklagande',
    staff_message: 'Angående er begäran',
  },
  received: (reference, date) =>
    `Vi tog emot er begäran om personuppgifter den ${date}. Dess referens är ${reference}; behåll den i ämnesraden när ni skriver till oss om den.`,
  answerBy: (date) => `Vi svarar senast den ${date}.`,
  timeLimit: (period, extension, cite) =>
    extension
      ? `Lagen ger oss ${period} från mottagandet att svara, och vi får förlänga tiden med ${extension.by} (till sammanlagt ${extension.total}) om det behövs; i så fall meddelar vi er det med skälen (${cite}).`
      : `Lagen ger oss ${period} från mottagandet att svara (${cite}).`,
  timeLimitAppliesTo: (rights) => `Denna tidsfrist gäller ${rights}.`,
  noFixedTimeLimit: (rest, cite) =>
    `För ${rest ? 'resten av er begäran' : 'er begäran'} anger lagen inget fast antal dagar${cite ? ` (${cite})` : ''}; vi svarar så snart vi kan.`,
  receiptConfirmed: (period, cite) =>
    `Lagen kräver att vi bekräftar att vi tagit emot er begäran inom ${period} (${cite}); detta mejl är den bekräftelsen.`,
  optOutTimeLimit: (period, cite) =>
    `Lagen kräver att vi verkställer en begäran om att avstå från försäljning eller delning av era uppgifter så snart det är praktiskt möjligt och senast ${period} efter mottagandet (${cite}).`,
  mayVerifyIdentity:
    'Vi kan först be er bekräfta er identitet, så att era uppgifter aldrig lämnas ut till någon annan.',
  identityStartsClock: (cite) =>
    `I så fall räknas tidsfristen från den dag vi tar emot er bekräftelse (${cite}).`,
  noVerificationForOptOut: (cite) => `Ni behöver inte styrka er identitet för denna begäran (${cite}).`,
  confirmIdentity: (reference) =>
    `För att skydda era uppgifter behöver vi bekräfta att begäran ${reference} kommer från er. Svara på detta mejl från den adress ni skrev från och ange denna kod:`,
  codeValidUntil: (date) => `Koden gäller till ${date}.`,
  notYou: 'Om ni inte har gjort denna begäran kan ni bortse från detta mejl.',
  identityConfirmed: (reference) =>
    `Tack: vi har bekräftat er identitet för begäran ${reference}. Vi behandlar nu er begäran och återkommer med resultatet.`,
  needInformation: (reference) => `För att behandla er begäran ${reference} behöver vi mer information:`,
  pleaseReply: 'Vänligen svara på detta mejl.',
  clockStopped: (cite) => `Tills vi har fått ert svar löper inte vår tid att svara (${cite}).`,
  needMoreTime: (reference, cite) =>
    `Vi behöver mer tid för att besvara er begäran ${reference}, vilket lagen tillåter (${cite}).`,
  theReason: 'Skälet:',
  newDeadline: (date) => `Vi svarar senast den ${date}.`,
  noSaleByPolicy: (reference) =>
    `Vi har registrerat er begäran ${reference} om att säga nej till försäljning av era personuppgifter. Som vår integritetspolicy anger säljer vi inga personuppgifter.`,
  completed: (reference) => `Vi har genomfört er begäran ${reference}.`,
  completedInPart: (reference) => `Vi har delvis genomfört er begäran ${reference}.`,
  questions: 'Om ni har frågor, svara på detta mejl.',
  labelled: (label, text) => `${label}: ${text}`,
  actionSeparator: '; ',
  systemsIntro: 'Vad vi har gjort i vart och ett av våra system:',
  untranslatedFacts: (language) =>
    `Vissa av uppgifterna nedan återges som de står i våra register, på ${language}.`,
  taskAction: {
    search: 'sökning efter era uppgifter',
    export: 'kopia av era uppgifter',
    delete: 'radering av era uppgifter',
    correct: 'rättelse av era uppgifter',
    restrict: 'begränsning av behandlingen av era uppgifter',
  },
  nothingHeld: 'innehöll inga uppgifter om er',
  keptIntro: 'Vi har raderat era uppgifter, utom följande som vi måste behålla:',
  keptFor: (period) => `sparas i ${period}`,
  keptForUpTo: (period) => `sparas i högst ${period}`,
  whileAccountOpen: 'sparas så länge ert konto finns',
  whileAccountOpenAndAfter:
    'sparas så länge ert konto finns och under en rimlig tid efter att det har avslutats',
  asLongAsNeeded: 'sparas endast så länge det ändamålet kräver',
  legalObligation: (cite) => `för att uppfylla en rättslig förpliktelse (${cite})`,
  legalClaims: (cite) => `för att fastställa, göra gällande eller försvara rättsliga anspråk (${cite})`,
  recipientsTold: (cite) =>
    `Vi har underrättat mottagarna av era uppgifter om detta; på begäran berättar vi vilka de är (${cite}).`,
  keptOnlyForThat: (cite) => `De uppgifter vi behåller använder vi endast för det ändamålet (${cite}).`,
  cannotAct: (reference) => `Vi kan inte tillmötesgå er begäran ${reference}. Skälet:`,
  accessIntro: (cite) => `Tillsammans med era uppgifter lämnar vi följande information (${cite}).`,
  purposes: 'Varför vi behandlar era uppgifter:',
  categories: 'De kategorier av uppgifter vi har:',
  recipients: 'Vem som tar emot era uppgifter:',
  transfers: (cite) =>
    `Överföringar av era uppgifter till andra länder och skyddsåtgärderna för dem (${cite}):`,
  retention: 'Hur länge vi sparar dem:',
  source: 'Varifrån era uppgifter kommer:',
  otherRights: 'Ni har också rätt att begära:',
  euComplaint: (authority, cite) =>
    `Ni har rätt att lämna klagomål till en tillsynsmyndighet${
      authority
        ? `, för oss ${authority.name} (${authority.url})`
        : ', särskilt i den medlemsstat där ni bor eller arbetar eller där den påstådda överträdelsen skedde'
    }, och att föra talan i domstol (${cite}).`,
  ukComplaint: (ico, cite) =>
    `Ni har rätt att klaga hos ${ico.name} (${ico.url}) och att hävda era rättigheter i domstol (${cite}).`,
  ukControllerComplaint: (address, period, cite) =>
    `Om ni inte är nöjd med hur vi har hanterat era personuppgifter kan ni först klaga hos oss på ${address}; lagen ger oss ${period} att bekräfta att vi tagit emot ett klagomål, och vi meddelar er utfallet utan onödigt dröjsmål (${cite}).`,
  ccpaKnowDenied: (cite) =>
    `När vi delvis avslår en begäran om information lämnar vi resten av den information ni bad om (${cite}).`,
  ccpaKnowUnverified: (cite, listed) =>
    `Eftersom vi inte kunde kontrollera er identitet lämnar vi inte ut några av era personuppgifter (${cite}). Vår integritetspolicy beskriver hur vi hanterar personuppgifter${listed ? '; i korthet:' : '.'}`,
  ccpaDeleteDenied: (cite) =>
    `När vi delvis avslår en begäran om radering raderar vi de personuppgifter som undantaget inte omfattar och använder det vi behåller för inget annat ändamål (${cite}).`,
  ccpaCorrectDenied: (cite) =>
    `Om ni fortfarande anser att uppgifterna är felaktiga kan ni skicka oss handlingar som stöder er begäran; vi granskar dem och tar hänsyn till dem (${cite}).`,
  ccpaDeletionRecord: (cite) =>
    `Vi bevarar en registrering av er begäran om radering och av vårt svar, som lagen kräver (${cite}).`,
  ccpaComplaint: (agency, attorneyGeneral) =>
    `Ni kan lämna in ett klagomål till ${agency.name} (${agency.url}) eller till ${attorneyGeneral.name} (${attorneyGeneral.url}).`,
  appealHow: (period, extension, cite) =>
    `Ni kan överklaga detta beslut: svara på detta mejl och meddela att ni överklagar, med de skäl ni vill ange. Vi besvarar ert överklagande skriftligen inom ${period} från mottagandet${extension ? `; om det behövs får vi förlänga tiden med ${extension}, och då meddelar vi er det med skälen` : ''} (${cite}).`,
  lgpdComplaint: (anpd, cite) =>
    `Ni har rätt att vända er till ${anpd.name} (${anpd.url}) angående era uppgifter och att hävda era rättigheter i domstol (${cite}).`,
  pipedaComplaint: (commissioner, cite) =>
    `Ni har rätt att klaga hos ${commissioner.name} (${commissioner.url}) och, efter dess rapport, att vända er till den federala domstolen (Federal Court) (${cite}).`,
  pipedaExtensionComplaint: (commissioner, cite) =>
    `Ni har rätt att klaga på denna förlängning hos ${commissioner.name} (${commissioner.url}) (${cite}).`,
  quebecComplaint: (commission, cite) =>
    `Ni kan be ${commission.name} (${commission.url}) att pröva denna oenighet inom 30 dagar från detta brev. Om ni vill hjälper vi er att förstå beslutet (${cite}).`,
  quebecInquiry: (commission, cite) =>
    `Ni kan lämna in ett klagomål till ${commission.name} (${commission.url}) (${cite}).`,
  appealReceived: (reference) => `Vi har tagit emot ert överklagande gällande begäran ${reference}.`,
  appealAnswerBy: (date, extension, cite) =>
    `Vi prövar vårt beslut på nytt och svarar er skriftligen senast den ${date}${extension ? `, om vi inte behöver förlänga tiden med högst ${extension}; i så fall meddelar vi er det i förväg med skälen` : ''} (${cite}).`,
  appealDenied: (reference) =>
    `Vi har prövat ert överklagande gällande begäran ${reference}. Vårt ursprungliga beslut står fast. Skälet:`,
  appealGranted: (reference) =>
    `Vi har prövat ert överklagande gällande begäran ${reference} och ändrat vårt ursprungliga beslut: vi tillmötesgår nu er begäran. Skälet:`,
  attorneyGeneral: (contact, cite) =>
    `Om ni inte håller med om beslutet kan ni lämna in ett klagomål till ${contact.name}: ${contact.url} (${cite}).`,
};
