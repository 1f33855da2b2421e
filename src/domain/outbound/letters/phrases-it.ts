/** Italian letters (Lei). */
import type { Phrases } from './phrases.js';

export const it: Phrases = {
  gdpr: 'GDPR',
  articles: 'Artt.',
  period: (n, unit) =>
    ({
      business_days: n === 1 ? 'un giorno lavorativo' : `${n} giorni lavorativi`,
      days: n === 1 ? 'un giorno' : `${n} giorni`,
      months: n === 1 ? 'un mese' : `${n} mesi`,
      years: n === 1 ? 'un anno' : `${n} anni`,
    })[unit],
  greeting: (name) => (name ? `Gentile ${name},` : 'Gentile utente,'),
  closing: 'Cordiali saluti,',
  signature: (organisation) => `Il team privacy di ${organisation}`,
  policy: (url) => `Informativa privacy: ${url}`,
  right: {
    access: 'l’accesso ai Suoi dati',
    rectification: 'la rettifica dei dati inesatti',
    erasure: 'la cancellazione dei Suoi dati',
    restriction: 'la limitazione del trattamento',
    objection: 'l’opposizione al trattamento',
    portability: 'la portabilità dei Suoi dati',
    withdraw_consent: 'la revoca del Suo consenso',
    opt_out_sale: 'l’opposizione alla vendita o alla condivisione dei Suoi dati',
  },
  ground: {
    identity_not_verified:
      'Non abbiamo potuto confermare la Sua identità. Possiamo dare seguito a una richiesta solo quando siamo certi che provenga dalla persona interessata.',
    manifestly_unfounded: 'La richiesta è manifestamente infondata.',
    excessive: 'La richiesta è eccessiva, in particolare perché ripete richieste precedenti.',
    legal_exemption:
      'Alla Sua richiesta si applica un’eccezione prevista dalla legge, pertanto non siamo tenuti a darvi seguito.',
    duplicate:
      'Questa richiesta ripete una richiesta che ci ha già inviato e che stiamo trattando o a cui abbiamo già risposto.',
    not_a_request:
      'Il Suo messaggio non chiede di esercitare un diritto in materia di protezione dei dati. Se era Sua intenzione, ci risponda indicando che cosa desidera che facciamo.',
    outside_jurisdiction:
      'Le leggi sulla protezione dei dati che riconoscono questo diritto non si applicano alla Sua richiesta.',
  },
  subject: {
    acknowledgement: 'Abbiamo ricevuto la Sua richiesta',
    verification_request: 'La preghiamo di confermare la Sua identità',
    verification_success: 'La Sua identità è confermata',
    clarification_request: 'Ci servono ulteriori informazioni',
    extension_notice: 'Ci serve più tempo per la Sua richiesta',
    outcome_fulfilled: 'La Sua richiesta è stata evasa',
    outcome_partial: 'La Sua richiesta è stata evasa in parte',
    outcome_rejected: 'In merito alla Sua richiesta',
    appeal_received: 'Abbiamo ricevuto il Suo ricorso',
    appeal_decision: 'La decisione sul Suo ricorso',
    staff_message: 'In merito alla Sua richiesta',
  },
  received: (reference, date) =>
    `Abbiamo ricevuto la Sua richiesta relativa ai dati personali il ${date}. Il riferimento è ${reference}; La preghiamo di mantenerlo nell’oggetto quando ci scrive in merito.`,
  answerBy: (date) => `Le risponderemo entro il ${date}.`,
  timeLimit: (period, extension, cite) =>
    extension
      ? `La legge ci concede ${period} dal ricevimento per rispondere, termine che possiamo prorogare di ${extension.by} (${extension.total} in totale) se necessario; in tal caso La informeremmo indicandone i motivi (${cite}).`
      : `La legge ci concede ${period} dal ricevimento per rispondere (${cite}).`,
  timeLimitAppliesTo: (rights) => `Questo termine vale per ${rights}.`,
  noFixedTimeLimit: (rest, cite) =>
    `Per ${rest ? 'il resto della Sua richiesta' : 'la Sua richiesta'} la legge non fissa un numero di giorni${cite ? ` (${cite})` : ''}; Le risponderemo il prima possibile.`,
  receiptConfirmed: (period, cite) =>
    `La legge ci impone di confermare il ricevimento della Sua richiesta entro ${period} (${cite}); questa e-mail ne è la conferma.`,
  optOutTimeLimit: (period, cite) =>
    `La legge ci impone di dare seguito a una richiesta di opposizione alla vendita o alla condivisione dei dati il prima possibile e al più tardi entro ${period} dal ricevimento (${cite}).`,
  mayVerifyIdentity:
    'Potremmo prima chiederLe di confermare la Sua identità, per non consegnare mai i Suoi dati a un’altra persona.',
  identityStartsClock: (cite) =>
    `In tal caso, il termine decorre dal giorno in cui riceviamo la Sua conferma (${cite}).`,
  noVerificationForOptOut: (cite) => `Per questa richiesta non deve dimostrare la Sua identità (${cite}).`,
  confirmIdentity: (reference) =>
    `Per proteggere i Suoi dati dobbiamo confermare che la richiesta ${reference} provenga da Lei. La preghiamo di rispondere a questa e-mail dall’indirizzo da cui ci ha scritto, indicando questo codice:`,
  codeValidUntil: (date) => `Il codice è valido fino al ${date}.`,
  notYou: 'Se non ha presentato Lei questa richiesta, può ignorare questa e-mail.',
  identityConfirmed: (reference) =>
    `Grazie: abbiamo confermato la Sua identità per la richiesta ${reference}. Stiamo ora trattando la Sua richiesta e Le comunicheremo l’esito.`,
  needInformation: (reference) =>
    `Per trattare la Sua richiesta ${reference} ci servono ulteriori informazioni:`,
  pleaseReply: 'La preghiamo di rispondere a questa e-mail.',
  clockStopped: (cite) =>
    `Fino al ricevimento della Sua risposta, il termine a nostra disposizione per rispondere non decorre (${cite}).`,
  needMoreTime: (reference, cite) =>
    `Ci serve più tempo per rispondere alla Sua richiesta ${reference}, come consentito dalla legge (${cite}).`,
  theReason: 'Il motivo:',
  newDeadline: (date) => `Le risponderemo entro il ${date}.`,
  noSaleByPolicy: (reference) =>
    `Abbiamo registrato la Sua richiesta ${reference} di opposizione alla vendita dei Suoi dati personali. Come indica la nostra informativa privacy, non vendiamo dati personali.`,
  completed: (reference) => `Abbiamo evaso la Sua richiesta ${reference}.`,
  completedInPart: (reference) => `Abbiamo evaso in parte la Sua richiesta ${reference}.`,
  questions: 'Per qualsiasi domanda, risponda a questa e-mail.',
  labelled: (label, text) => `${label}: ${text}`,
  actionSeparator: '; ',
  systemsIntro: 'Che cosa abbiamo fatto in ciascuno dei nostri sistemi:',
  untranslatedFacts: (language) =>
    `Alcune delle informazioni che seguono sono riportate come figurano nei nostri registri, in ${language}.`,
  taskAction: {
    search: 'ricerca dei Suoi dati',
    export: 'copia dei Suoi dati',
    delete: 'cancellazione dei Suoi dati',
    correct: 'rettifica dei Suoi dati',
    restrict: 'limitazione del trattamento dei Suoi dati',
  },
  nothingHeld: 'non conteneva dati che La riguardano',
  keptIntro: 'Abbiamo cancellato i Suoi dati, ad eccezione dei seguenti, che dobbiamo conservare:',
  keptFor: (period) => `conservazione per ${period}`,
  keptForUpTo: (period) => `conservazione per un massimo di ${period}`,
  whileAccountOpen: 'conservazione finché il Suo account è attivo',
  whileAccountOpenAndAfter:
    'conservazione finché il Suo account è attivo e per un periodo ragionevole dopo la sua chiusura',
  asLongAsNeeded: 'conservazione solo per il tempo necessario a tale finalità',
  legalObligation: (cite) => `per adempiere un obbligo di legge (${cite})`,
  legalClaims: (cite) =>
    `per l’accertamento, l’esercizio o la difesa di un diritto in sede giudiziaria (${cite})`,
  recipientsTold: (cite) =>
    `Lo abbiamo comunicato ai destinatari dei Suoi dati; su richiesta Le indicheremo chi sono (${cite}).`,
  keptOnlyForThat: (cite) => `Utilizziamo i dati conservati esclusivamente per tale finalità (${cite}).`,
  cannotAct: (reference) => `Non possiamo dare seguito alla Sua richiesta ${reference}. Il motivo:`,
  accessIntro: (cite) => `Insieme ai Suoi dati Le forniamo le seguenti informazioni (${cite}).`,
  purposes: 'Le finalità del trattamento:',
  categories: 'Le categorie di dati che conserviamo:',
  recipients: 'I destinatari dei Suoi dati:',
  transfers: (cite) => `Trasferimenti dei Suoi dati verso altri paesi e relative garanzie (${cite}):`,
  retention: 'Per quanto tempo li conserviamo:',
  source: 'L’origine dei Suoi dati:',
  otherRights: 'Ha inoltre il diritto di chiederci:',
  euComplaint: (authority, cite) =>
    `Ha il diritto di proporre reclamo a un’autorità di controllo${
      authority
        ? `, per noi ${authority.name} (${authority.url})`
        : ', in particolare nello Stato membro in cui risiede o lavora o in cui si è verificata la presunta violazione'
    }, e di proporre ricorso giurisdizionale (${cite}).`,
  ukComplaint: (ico, cite) =>
    `Ha il diritto di proporre reclamo all’${ico.name} (${ico.url}) e di far valere i Suoi diritti in giudizio (${cite}).`,
  ukControllerComplaint: (address, period, cite) =>
    `Se non è soddisfatto di come abbiamo trattato i Suoi dati personali, può innanzitutto presentare un reclamo a noi, all’indirizzo ${address}; la legge ci concede ${period} per confermarne il ricevimento, e Le comunicheremo l’esito senza ingiustificato ritardo (${cite}).`,
  ccpaKnowDenied: (cite) =>
    `Quando respingiamo in parte una richiesta di informazioni, Le forniamo le altre informazioni richieste (${cite}).`,
  ccpaKnowUnverified: (cite, listed) =>
    `Poiché non abbiamo potuto verificare la Sua identità, non comunichiamo alcuno dei Suoi dati personali (${cite}). La nostra informativa sulla privacy descrive come trattiamo i dati personali${listed ? '; in sintesi:' : '.'}`,
  ccpaDeleteDenied: (cite) =>
    `Quando respingiamo in parte una richiesta di cancellazione, cancelliamo le informazioni personali non coperte dall’eccezione e non utilizziamo quelle conservate per nessun altro scopo (${cite}).`,
  ccpaCorrectDenied: (cite) =>
    `Se ritiene ancora inesatte le informazioni, può inviarci qualsiasi documento a sostegno della Sua richiesta; lo esamineremo e ne terremo conto (${cite}).`,
  ccpaDeletionRecord: (cite) =>
    `Conserviamo traccia della Sua richiesta di cancellazione e della nostra risposta, come richiede la legge (${cite}).`,
  ccpaComplaint: (agency, attorneyGeneral) =>
    `Può presentare un reclamo alla ${agency.name} (${agency.url}) o all’${attorneyGeneral.name} (${attorneyGeneral.url}).`,
  appealHow: (period, extension, cite) =>
    `Può presentare ricorso contro questa decisione: risponda a questa e-mail dichiarando che presenta ricorso, con le motivazioni che desidera indicare. Risponderemo per iscritto al Suo ricorso entro ${period} dal ricevimento${extension ? `, termine che possiamo prorogare di ${extension} se necessario, indicandoLe i motivi` : ''} (${cite}).`,
  lgpdComplaint: (anpd, cite) =>
    `Ha il diritto di rivolgersi all’${anpd.name} (${anpd.url}) in merito ai Suoi dati e di difendere i Suoi diritti in giudizio (${cite}).`,
  pipedaComplaint: (commissioner, cite) =>
    `Ha il diritto di presentare un reclamo all’${commissioner.name} (${commissioner.url}) e, dopo la sua relazione, di rivolgersi alla Corte federale (${cite}).`,
  pipedaExtensionComplaint: (commissioner, cite) =>
    `Ha il diritto di presentare un reclamo per questa proroga all’${commissioner.name} (${commissioner.url}) (${cite}).`,
  quebecComplaint: (commission, cite) =>
    `Può chiedere alla ${commission.name} (${commission.url}) di esaminare questo disaccordo entro 30 giorni da questa lettera. Se lo desidera, possiamo aiutarLa a comprendere questa decisione (${cite}).`,
  quebecInquiry: (commission, cite) =>
    `Può presentare un reclamo alla ${commission.name} (${commission.url}) (${cite}).`,
  appealReceived: (reference) => `Abbiamo ricevuto il Suo ricorso relativo alla richiesta ${reference}.`,
  appealAnswerBy: (date, extension, cite) =>
    `Riesamineremo la nostra decisione e Le risponderemo per iscritto entro il ${date}${extension ? `, salvo che dobbiamo prorogare il termine fino a ${extension}, nel qual caso La informeremo prima indicandone i motivi` : ''} (${cite}).`,
  appealDenied: (reference) =>
    `Abbiamo esaminato il Suo ricorso relativo alla richiesta ${reference}. La nostra decisione iniziale resta valida. Il motivo:`,
  appealGranted: (reference) =>
    `Abbiamo esaminato il Suo ricorso relativo alla richiesta ${reference} e revocato la nostra decisione iniziale: daremo ora seguito alla Sua richiesta. Il motivo:`,
  attorneyGeneral: (contact, cite) =>
    `Se non è d’accordo con questa decisione, può presentare un reclamo all’autorità competente, ${contact.name}: ${contact.url} (${cite}).`,
};
