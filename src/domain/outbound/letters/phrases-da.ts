/** Danish letters (De is archaic in Danish business mail; "du" is the modern formal-enough norm). */
import type { Phrases } from './phrases.js';

export const da: Phrases = {
  gdpr: 'GDPR',
  articles: 'Art.',
  period: (n, unit) =>
    ({
      business_days: n === 1 ? 'én arbejdsdag' : `${n} arbejdsdage`,
      days: n === 1 ? 'én dag' : `${n} dage`,
      months: n === 1 ? 'én måned' : `${n} måneder`,
      years: n === 1 ? 'ét år' : `${n} år`,
    })[unit],
  greeting: (name) => (name ? `Kære ${name}` : 'Kære modtager'),
  closing: 'Med venlig hilsen',
  signature: (organisation) => `Databeskyttelsesteamet hos ${organisation}`,
  policy: (url) => `Privatlivspolitik: ${url}`,
  right: {
    access: 'indsigt i dine oplysninger',
    rectification: 'berigtigelse af urigtige oplysninger',
    erasure: 'sletning af dine oplysninger',
    restriction: 'begrænsning af behandlingen',
    objection: 'indsigelse mod behandlingen',
    portability: 'dataportabilitet',
    withdraw_consent: 'tilbagetrækning af dit samtykke',
    opt_out_sale: 'fravalg af salg eller deling af dine oplysninger',
  },
  ground: {
    identity_not_verified:
      'Vi kunne ikke bekræfte din identitet. Vi må først imødekomme en anmodning, når vi er sikre på, at den kommer fra den person, oplysningerne vedrører.',
    manifestly_unfounded: 'Anmodningen er åbenbart grundløs.',
    excessive: 'Anmodningen er overdreven, navnlig fordi den gentager tidligere anmodninger.',
    legal_exemption:
      'Der gælder en lovbestemt undtagelse for din anmodning, og vi er derfor ikke forpligtet til at imødekomme den.',
    duplicate:
      'Denne anmodning gentager en anmodning, som du allerede har sendt os, og som vi behandler eller har besvaret.',
    not_a_request:
      'Din besked indeholder ingen anmodning om at udøve en databeskyttelsesrettighed. Hvis det var meningen, så svar og fortæl os, hvad du ønsker, at vi gør.',
    outside_jurisdiction:
      'De databeskyttelseslove, der giver denne rettighed, gælder ikke for din anmodning.',
  },
  subject: {
    acknowledgement: 'Vi har modtaget din anmodning',
    verification_request: 'Bekræft venligst din identitet',
    verification_success: 'Din identitet er bekræftet',
    clarification_request: 'Vi har brug for flere oplysninger',
    extension_notice: 'Vi har brug for mere tid til din anmodning',
    outcome_fulfilled: 'Din anmodning er gennemført',
    outcome_partial: 'Din anmodning er delvist gennemført',
    outcome_rejected: 'Vedrørende din anmodning',
    appeal_received: 'Vi har modtaget din klage over afgørelsen',
    appeal_decision: 'Afgørelsen om din klage',
    staff_message: 'Vedrørende din anmodning',
  },
  received: (reference, date) =>
    `Vi modtog din anmodning om personoplysninger den ${date}. Referencen er ${reference}; behold den venligst i emnelinjen, når du skriver til os om den.`,
  answerBy: (date) => `Vi svarer senest den ${date}.`,
  timeLimit: (period, extension, cite) =>
    extension
      ? `Loven giver os ${period} fra modtagelsen til at svare, og vi kan forlænge fristen med ${extension.by} (til i alt ${extension.total}), hvis det er nødvendigt; i så fald giver vi dig besked med begrundelsen (${cite}).`
      : `Loven giver os ${period} fra modtagelsen til at svare (${cite}).`,
  timeLimitAppliesTo: (rights) => `Fristen gælder for ${rights}.`,
  noFixedTimeLimit: (rest, cite) =>
    `For ${rest ? 'resten af din anmodning' : 'din anmodning'} fastsætter loven ikke et bestemt antal dage${cite ? ` (${cite})` : ''}; vi svarer så hurtigt, vi kan.`,
  receiptConfirmed: (period, cite) =>
    `Loven kræver, at vi bekræfter modtagelsen af din anmodning inden for ${period} (${cite}); denne e-mail er den bekræftelse.`,
  optOutTimeLimit: (period, cite) =>
    `Loven kræver, at vi efterkommer en anmodning om fravalg af salg eller deling af dine oplysninger hurtigst muligt og senest ${period} efter modtagelsen (${cite}).`,
  mayVerifyIdentity:
    'Vi kan først bede dig bekræfte din identitet, så dine oplysninger aldrig udleveres til en anden.',
  identityStartsClock: (cite) =>
    `I så fald løber fristen fra den dag, vi modtager din bekræftelse (${cite}).`,
  noVerificationForOptOut: (cite) =>
    `Du behøver ikke at dokumentere din identitet for denne anmodning (${cite}).`,
  confirmIdentity: (reference) =>
    `For at beskytte dine oplysninger skal vi bekræfte, at anmodning ${reference} kommer fra dig. Svar på denne e-mail fra den adresse, du skrev fra, og angiv denne kode:`,
  codeValidUntil: (date) => `Koden er gyldig indtil ${date}.`,
  notYou: 'Hvis du ikke har fremsat denne anmodning, kan du se bort fra denne e-mail.',
  identityConfirmed: (reference) =>
    `Tak: Vi har bekræftet din identitet for anmodning ${reference}. Vi behandler nu din anmodning og skriver til dig med resultatet.`,
  needInformation: (reference) =>
    `For at behandle din anmodning ${reference} har vi brug for flere oplysninger:`,
  pleaseReply: 'Svar venligst på denne e-mail.',
  clockStopped: (cite) => `Indtil vi modtager dit svar, løber vores frist for at svare ikke (${cite}).`,
  needMoreTime: (reference, cite) =>
    `Vi har brug for mere tid til at besvare din anmodning ${reference}, som loven tillader (${cite}).`,
  theReason: 'Begrundelsen:',
  newDeadline: (date) => `Vi svarer senest den ${date}.`,
  noSaleByPolicy: (reference) =>
    `Vi har registreret din anmodning ${reference} om fravalg af salg af dine personoplysninger. Som vores privatlivspolitik angiver, sælger vi ikke personoplysninger.`,
  completed: (reference) => `Vi har gennemført din anmodning ${reference}.`,
  completedInPart: (reference) => `Vi har delvist gennemført din anmodning ${reference}.`,
  questions: 'Har du spørgsmål, så svar på denne e-mail.',
  labelled: (label, text) => `${label}: ${text}`,
  actionSeparator: '; ',
  systemsIntro: 'Hvad vi har gjort i hvert af vores systemer:',
  untranslatedFacts: (language) =>
    `Nogle af oplysningerne nedenfor gengives, som de står i vores registre, på ${language}.`,
  taskAction: {
    search: 'søgning efter dine oplysninger',
    export: 'kopi af dine oplysninger',
    delete: 'sletning af dine oplysninger',
    correct: 'berigtigelse af dine oplysninger',
    restrict: 'begrænsning af behandlingen af dine oplysninger',
  },
  nothingHeld: 'indeholdt ingen oplysninger om dig',
  keptIntro: 'Vi har slettet dine oplysninger, bortset fra følgende, som vi skal opbevare:',
  keptFor: (period) => `opbevares i ${period}`,
  keptForUpTo: (period) => `opbevares i op til ${period}`,
  whileAccountOpen: 'opbevares, så længe din konto eksisterer',
  whileAccountOpenAndAfter:
    'opbevares, så længe din konto eksisterer, og i en rimelig periode efter, at den er lukket',
  asLongAsNeeded: 'opbevares kun, så længe formålet kræver det',
  legalObligation: (cite) => `for at overholde en retlig forpligtelse (${cite})`,
  legalClaims: (cite) => `for at retskrav kan fastlægges, gøres gældende eller forsvares (${cite})`,
  recipientsTold: (cite) =>
    `Vi har underrettet modtagerne af dine oplysninger om det; efter anmodning oplyser vi dig om, hvem de er (${cite}).`,
  keptOnlyForThat: (cite) => `De oplysninger, vi opbevarer, bruger vi kun til det formål (${cite}).`,
  cannotAct: (reference) => `Vi kan ikke imødekomme din anmodning ${reference}. Begrundelsen:`,
  accessIntro: (cite) => `Sammen med dine oplysninger giver vi dig følgende information (${cite}).`,
  purposes: 'Hvorfor vi behandler dine oplysninger:',
  categories: 'De kategorier af oplysninger, vi har:',
  recipients: 'Hvem der modtager dine oplysninger:',
  transfers: (cite) => `Overførsler af dine oplysninger til andre lande og garantierne herfor (${cite}):`,
  retention: 'Hvor længe vi opbevarer dem:',
  source: 'Hvor dine oplysninger stammer fra:',
  otherRights: 'Du har også ret til at bede os om:',
  euComplaint: (authority, cite) =>
    `Du har ret til at klage til en tilsynsmyndighed${
      authority
        ? `, for os ${authority.name} (${authority.url})`
        : ', navnlig i den medlemsstat, hvor du bor eller arbejder, eller hvor den påståede overtrædelse fandt sted'
    }, og til at indbringe sagen for domstolene (${cite}).`,
  ukComplaint: (ico, cite) =>
    `Du har ret til at klage til ${ico.name} (${ico.url}) og til at håndhæve dine rettigheder ved domstolene (${cite}).`,
  ukControllerComplaint: (address, period, cite) =>
    `Hvis du ikke er tilfreds med, hvordan vi har behandlet dine personoplysninger, kan du først klage til os på ${address}; loven giver os ${period} til at bekræfte modtagelsen af en klage, og vi giver dig besked om resultatet uden unødig forsinkelse (${cite}).`,
  ccpaKnowDenied: (cite) =>
    `Når vi delvist afslår en anmodning om oplysninger, giver vi dig resten af de oplysninger, du bad om (${cite}).`,
  ccpaKnowUnverified: (cite, listed) =>
    `Da vi ikke kunne bekræfte din identitet, udleverer vi ingen af dine personoplysninger (${cite}). Vores privatlivspolitik beskriver, hvordan vi behandler personoplysninger${listed ? '; kort fortalt:' : '.'}`,
  ccpaDeleteDenied: (cite) =>
    `Når vi delvist afslår en anmodning om sletning, sletter vi de personoplysninger, som undtagelsen ikke dækker, og bruger ikke det, vi opbevarer, til andre formål (${cite}).`,
  ccpaCorrectDenied: (cite) =>
    `Hvis du stadig mener, at oplysningerne er urigtige, kan du sende os dokumentation, der understøtter din anmodning; vi gennemgår den og tager hensyn til den (${cite}).`,
  ccpaDeletionRecord: (cite) =>
    `Vi opbevarer en registrering af din anmodning om sletning og af vores svar, som loven kræver (${cite}).`,
  ccpaComplaint: (agency, attorneyGeneral) =>
    `Du kan indgive en klage til ${agency.name} (${agency.url}) eller til ${attorneyGeneral.name} (${attorneyGeneral.url}).`,
  appealHow: (period, extension, cite) =>
    `Du kan klage over denne afgørelse: svar på denne e-mail og skriv, at du klager, gerne med en begrundelse. Vi besvarer din klage skriftligt inden for ${period} fra modtagelsen${extension ? `; om nødvendigt kan vi forlænge fristen med ${extension}, og så giver vi dig besked med begrundelsen` : ''} (${cite}).`,
  lgpdComplaint: (anpd, cite) =>
    `Du har ret til at henvende dig til ${anpd.name} (${anpd.url}) om dine oplysninger og til at forsvare dine rettigheder ved domstolene (${cite}).`,
  pipedaComplaint: (commissioner, cite) =>
    `Du har ret til at klage til ${commissioner.name} (${commissioner.url}) og efter dennes rapport at indbringe sagen for den føderale domstol (Federal Court) (${cite}).`,
  pipedaExtensionComplaint: (commissioner, cite) =>
    `Du har ret til at klage over denne forlængelse til ${commissioner.name} (${commissioner.url}) (${cite}).`,
  quebecComplaint: (commission, cite) =>
    `Du kan bede ${commission.name} (${commission.url}) om at behandle denne uenighed inden for 30 dage fra dette brev. Vi hjælper dig gerne med at forstå afgørelsen (${cite}).`,
  quebecInquiry: (commission, cite) =>
    `Du kan indgive en klage til ${commission.name} (${commission.url}) (${cite}).`,
  appealReceived: (reference) => `Vi har modtaget din klage over afgørelsen om anmodning ${reference}.`,
  appealAnswerBy: (date, extension, cite) =>
    `Vi genovervejer vores afgørelse og svarer dig skriftligt senest den ${date}${extension ? `, medmindre vi må forlænge fristen med op til ${extension}; så giver vi dig besked forinden med begrundelsen` : ''} (${cite}).`,
  appealDenied: (reference) =>
    `Vi har behandlet din klage over afgørelsen om anmodning ${reference}. Vores oprindelige afgørelse står ved magt. Begrundelsen:`,
  appealGranted: (reference) =>
    `Vi har behandlet din klage over afgørelsen om anmodning ${reference} og ændret vores oprindelige afgørelse: Vi imødekommer nu din anmodning. Begrundelsen:`,
  attorneyGeneral: (contact, cite) =>
    `Hvis du er uenig i afgørelsen, kan du indgive en klage til ${contact.name}: ${contact.url} (${cite}).`,
};
