/**
 * The sentences of the letter acknowledging a UK complaint to the organisation (DPA 2018 s. 164A): the day
 * it was received, what happens next as s. 164A(4), (5) words it, and the complaint to the Commissioner
 * (s. 165). One typed entry per letter language, so a missing sentence does not compile; citations and
 * the Commissioner arrive as arguments.
 */
import type { LetterLanguage } from './languages.js';
import type { Contact } from './phrases.js';

export interface ComplaintPhrases {
  readonly subject: string;
  readonly received: (reference: string, date: string, cite: string) => string;
  readonly nextSteps: (cite: string) => string;
  readonly alsoCommissioner: (commissioner: Contact, cite: string) => string;
}

export const COMPLAINT_PHRASES: { readonly [L in LetterLanguage]: ComplaintPhrases } = {
  en: {
    subject: 'We have received your complaint',
    received: (ref, date, cite) =>
      `We received your complaint on ${date} (reference ${ref}), and this letter acknowledges it (${cite}).`,
    nextSteps: (cite) =>
      `We will look into what you raise, making enquiries as far as appropriate, keep you informed of our progress, and tell you the outcome without undue delay (${cite}).`,
    alsoCommissioner: (ico, cite) => `You may also complain to the ${ico.name} (${ico.url}) (${cite}).`,
  },
  de: {
    subject: 'Wir haben Ihre Beschwerde erhalten',
    received: (ref, date, cite) =>
      `Wir haben Ihre Beschwerde am ${date} erhalten (Aktenzeichen ${ref}) und bestätigen hiermit ihren Eingang (${cite}).`,
    nextSteps: (cite) =>
      `Wir gehen Ihrem Anliegen nach, stellen dazu, soweit angemessen, Nachforschungen an, halten Sie über den Fortgang auf dem Laufenden und teilen Ihnen das Ergebnis unverzüglich mit (${cite}).`,
    alsoCommissioner: (ico, cite) =>
      `Sie können sich außerdem beim ${ico.name} (${ico.url}) beschweren (${cite}).`,
  },
  fr: {
    subject: 'Nous avons bien reçu votre réclamation',
    received: (ref, date, cite) =>
      `Nous avons reçu votre réclamation le ${date} (référence ${ref}) et en accusons réception par la présente (${cite}).`,
    nextSteps: (cite) =>
      `Nous examinerons les points que vous soulevez, en procédant aux vérifications appropriées, vous tiendrons informé de l’avancement de cet examen et vous communiquerons l’issue de votre réclamation sans retard injustifié (${cite}).`,
    alsoCommissioner: (ico, cite) =>
      `Vous pouvez également introduire une réclamation auprès de l’${ico.name} (${ico.url}) (${cite}).`,
  },
  es: {
    subject: 'Hemos recibido su reclamación',
    received: (ref, date, cite) =>
      `Recibimos su reclamación el ${date} (referencia ${ref}) y con esta carta acusamos recibo de ella (${cite}).`,
    nextSteps: (cite) =>
      `Examinaremos lo que nos plantea, realizando las averiguaciones que resulten apropiadas, le mantendremos informado de su avance y le comunicaremos el resultado sin dilación indebida (${cite}).`,
    alsoCommissioner: (ico, cite) =>
      `También puede presentar una reclamación ante la ${ico.name} (${ico.url}) (${cite}).`,
  },
  it: {
    subject: 'Abbiamo ricevuto il Suo reclamo',
    received: (ref, date, cite) =>
      `Abbiamo ricevuto il Suo reclamo il ${date} (riferimento ${ref}) e con la presente ne confermiamo il ricevimento (${cite}).`,
    nextSteps: (cite) =>
      `Esamineremo quanto ci segnala, svolgendo gli accertamenti opportuni, La terremo informata sui progressi e Le comunicheremo l’esito senza ingiustificato ritardo (${cite}).`,
    alsoCommissioner: (ico, cite) => `Può anche proporre reclamo all’${ico.name} (${ico.url}) (${cite}).`,
  },
  nl: {
    subject: 'Wij hebben uw klacht ontvangen',
    received: (ref, date, cite) =>
      `Wij hebben uw klacht op ${date} ontvangen (kenmerk ${ref}) en bevestigen hierbij de ontvangst ervan (${cite}).`,
    nextSteps: (cite) =>
      `Wij onderzoeken wat u aankaart, doen daarbij voor zover passend navraag, houden u op de hoogte van de voortgang en laten u de uitkomst zonder onredelijke vertraging weten (${cite}).`,
    alsoCommissioner: (ico, cite) =>
      `U kunt ook een klacht indienen bij het ${ico.name} (${ico.url}) (${cite}).`,
  },
  pt: {
    subject: 'Recebemos a sua reclamação',
    received: (ref, date, cite) =>
      `Recebemos a sua reclamação em ${date} (referência ${ref}) e acusamos a sua receção com esta carta (${cite}).`,
    nextSteps: (cite) =>
      `Vamos analisar as questões que coloca, fazendo as averiguações que se justifiquem, mantê-lo informado do andamento e comunicar-lhe o resultado sem demora injustificada (${cite}).`,
    alsoCommissioner: (ico, cite) =>
      `Pode também apresentar reclamação ao ${ico.name} (${ico.url}) (${cite}).`,
  },
  'pt-BR': {
    subject: 'Recebemos a sua reclamação',
    received: (ref, date, cite) =>
      `Recebemos a sua reclamação em ${date} (referência ${ref}) e confirmamos o recebimento com esta carta (${cite}).`,
    nextSteps: (cite) =>
      `Vamos analisar as questões que você apresentou, fazendo as averiguações cabíveis, manter você informado do andamento e comunicar o resultado sem demora indevida (${cite}).`,
    alsoCommissioner: (ico, cite) =>
      `Você também pode apresentar uma reclamação ao ${ico.name} (${ico.url}) (${cite}).`,
  },
  pl: {
    subject: 'Otrzymaliśmy Państwa skargę',
    received: (ref, date, cite) =>
      `Dnia ${date} otrzymaliśmy Państwa skargę (numer ${ref}); niniejszym potwierdzamy jej otrzymanie (${cite}).`,
    nextSteps: (cite) =>
      `Zbadamy podniesione przez Państwa kwestie, w odpowiednim zakresie wyjaśniając sprawę, będziemy informować Państwa o postępach i bez zbędnej zwłoki poinformujemy o wyniku (${cite}).`,
    alsoCommissioner: (ico, cite) =>
      `Mogą Państwo również wnieść skargę do ${ico.name} (${ico.url}) (${cite}).`,
  },
  sv: {
    subject: 'Vi har tagit emot ert klagomål',
    received: (ref, date, cite) =>
      `Vi tog emot ert klagomål den ${date} (referens ${ref}) och bekräftar härmed att vi har tagit emot det (${cite}).`,
    nextSteps: (cite) =>
      `Vi går igenom det ni tar upp, gör de efterforskningar som är lämpliga, håller er informerad om hur arbetet fortskrider och meddelar er utfallet utan onödigt dröjsmål (${cite}).`,
    alsoCommissioner: (ico, cite) => `Ni kan också klaga hos ${ico.name} (${ico.url}) (${cite}).`,
  },
  da: {
    subject: 'Vi har modtaget din klage',
    received: (ref, date, cite) =>
      `Vi modtog din klage den ${date} (reference ${ref}), og med dette brev bekræfter vi modtagelsen (${cite}).`,
    nextSteps: (cite) =>
      `Vi undersøger det, du rejser, foretager de undersøgelser, der er passende, holder dig orienteret om, hvordan sagen skrider frem, og giver dig besked om resultatet uden unødig forsinkelse (${cite}).`,
    alsoCommissioner: (ico, cite) => `Du kan også klage til ${ico.name} (${ico.url}) (${cite}).`,
  },
};
