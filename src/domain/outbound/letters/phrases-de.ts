/** German letters (formal „Sie“). */
import type { Phrases } from './phrases.js';

const n1 = (n: number, one: string, many: string) => (n === 1 ? `einen ${one}` : `${n} ${many}`);

export const de: Phrases = {
  gdpr: 'DSGVO',
  articles: 'Art.',
  period: (n, unit) =>
    ({
      business_days: n === 1 ? 'einen Werktag' : `${n} Werktage`,
      days: n === 1 ? 'einen Tag' : `${n} Tage`,
      months: n1(n, 'Monat', 'Monate'),
      years: n === 1 ? 'ein Jahr' : `${n} Jahre`,
    })[unit],
  greeting: (name) => (name ? `Guten Tag ${name},` : 'Guten Tag,'),
  closing: 'Mit freundlichen Grüßen',
  signature: (organisation) => `Datenschutz-Team von ${organisation}`,
  policy: (url) => `Datenschutzerklärung: ${url}`,
  right: {
    access: 'Auskunft über Ihre Daten',
    rectification: 'Berichtigung unrichtiger Daten',
    erasure: 'Löschung Ihrer Daten',
    restriction: 'Einschränkung der Verarbeitung',
    objection: 'Widerspruch gegen die Verarbeitung',
    portability: 'Datenübertragbarkeit',
    withdraw_consent: 'Widerruf Ihrer Einwilligung',
    opt_out_sale: 'Widerspruch gegen den Verkauf oder die Weitergabe Ihrer Daten',
  },
  ground: {
    identity_not_verified:
      'Wir konnten Ihre Identität nicht bestätigen. Wir dürfen einer Anfrage erst nachkommen, wenn sicher ist, dass sie von der betroffenen Person stammt.',
    manifestly_unfounded: 'Die Anfrage ist offenkundig unbegründet.',
    excessive: 'Die Anfrage ist exzessiv, insbesondere weil sie frühere Anfragen wiederholt.',
    legal_exemption:
      'Für Ihre Anfrage gilt eine gesetzliche Ausnahme; wir sind daher nicht verpflichtet, ihr nachzukommen.',
    duplicate:
      'Diese Anfrage wiederholt eine Anfrage, die Sie uns bereits gesendet haben und die wir bearbeiten oder beantwortet haben.',
    not_a_request:
      'Ihre Nachricht enthält keine Anfrage zu Ihren Datenschutzrechten. Falls Sie eine stellen möchten, antworten Sie bitte und teilen Sie uns mit, was wir tun sollen.',
    outside_jurisdiction: 'Die Datenschutzgesetze, die dieses Recht gewähren, gelten für Ihre Anfrage nicht.',
  },
  subject: {
    acknowledgement: 'Wir haben Ihre Anfrage erhalten',
    verification_request: 'Bitte bestätigen Sie Ihre Identität',
    verification_success: 'Ihre Identität ist bestätigt',
    clarification_request: 'Wir benötigen weitere Angaben',
    extension_notice: 'Wir benötigen mehr Zeit für Ihre Anfrage',
    outcome_fulfilled: 'Ihre Anfrage ist erledigt',
    outcome_partial: 'Ihre Anfrage ist teilweise erledigt',
    outcome_rejected: 'Zu Ihrer Anfrage',
    appeal_received: 'Wir haben Ihren Einspruch erhalten',
    appeal_decision: 'Die Entscheidung über Ihren Einspruch',
    staff_message: 'Zu Ihrer Anfrage',
  },
  received: (reference, date) =>
    `Wir haben Ihre Datenschutzanfrage am ${date} erhalten. Ihr Aktenzeichen ist ${reference}; bitte lassen Sie es im Betreff stehen, wenn Sie uns dazu schreiben.`,
  answerBy: (date) => `Wir antworten spätestens bis zum ${date}.`,
  timeLimit: (period, extension, cite) =>
    extension
      ? `Das Gesetz gibt uns ab Eingang ${period} für die Antwort; wenn nötig, dürfen wir diese Frist um ${extension.by} (auf insgesamt ${extension.total}) verlängern und würden Ihnen das mit den Gründen mitteilen (${cite}).`
      : `Das Gesetz gibt uns ab Eingang ${period} für die Antwort (${cite}).`,
  timeLimitAppliesTo: (rights) => `Diese Frist gilt für ${rights}.`,
  noFixedTimeLimit: (rest, cite) =>
    `Für ${rest ? 'den übrigen Teil Ihrer Anfrage' : 'Ihre Anfrage'} legt das Gesetz keine feste Zahl von Tagen fest${cite ? ` (${cite})` : ''}; wir antworten so bald wie möglich.`,
  receiptConfirmed: (period, cite) =>
    `Das Gesetz gibt uns ${period}, um den Eingang Ihrer Anfrage zu bestätigen (${cite}); diese E-Mail ist die Bestätigung.`,
  optOutTimeLimit: (period, cite) =>
    `Das Gesetz verlangt, dass wir einen Widerspruch gegen Verkauf oder Weitergabe so bald wie praktisch möglich umsetzen, spätestens ${period} nach Eingang (${cite}).`,
  mayVerifyIdentity:
    'Möglicherweise bitten wir Sie zuerst, Ihre Identität zu bestätigen, damit Ihre Daten niemand anderem zugehen.',
  identityStartsClock: (cite) =>
    `In diesem Fall läuft die Frist erst ab dem Tag, an dem Ihre Bestätigung bei uns eingeht (${cite}).`,
  noVerificationForOptOut: (cite) =>
    `Für diese Anfrage müssen Sie Ihre Identität nicht nachweisen (${cite}).`,
  confirmIdentity: (reference) =>
    `Zum Schutz Ihrer Daten müssen wir bestätigen, dass die Anfrage ${reference} von Ihnen stammt. Bitte antworten Sie von der Adresse, von der Sie uns geschrieben haben, auf diese E-Mail und nennen Sie diesen Code:`,
  codeValidUntil: (date) => `Der Code gilt bis zum ${date}.`,
  notYou: 'Falls Sie diese Anfrage nicht gestellt haben, können Sie diese E-Mail ignorieren.',
  identityConfirmed: (reference) =>
    `Vielen Dank: Wir haben Ihre Identität für die Anfrage ${reference} bestätigt. Wir bearbeiten Ihre Anfrage nun und teilen Ihnen das Ergebnis mit.`,
  needInformation: (reference) =>
    `Um Ihre Anfrage ${reference} zu bearbeiten, benötigen wir weitere Angaben:`,
  pleaseReply: 'Bitte antworten Sie auf diese E-Mail.',
  clockStopped: (cite) =>
    `Bis Ihre Antwort eingeht, läuft unsere Frist für die Beantwortung nicht (${cite}).`,
  needMoreTime: (reference, cite) =>
    `Wir benötigen mehr Zeit, um Ihre Anfrage ${reference} zu beantworten, wie es das Gesetz erlaubt (${cite}).`,
  theReason: 'Der Grund:',
  newDeadline: (date) => `Wir antworten spätestens bis zum ${date}.`,
  noSaleByPolicy: (reference) =>
    `Wir haben Ihren Widerspruch gegen den Verkauf Ihrer personenbezogenen Daten (${reference}) erfasst. Wie unsere Datenschutzerklärung sagt, verkaufen wir keine personenbezogenen Daten.`,
  completed: (reference) => `Wir haben Ihre Anfrage ${reference} erledigt.`,
  completedInPart: (reference) => `Wir haben Ihre Anfrage ${reference} teilweise erledigt.`,
  questions: 'Wenn Sie Fragen haben, antworten Sie bitte auf diese E-Mail.',
  labelled: (label, text) => `${label}: ${text}`,
  actionSeparator: '; ',
  systemsIntro: 'Was wir in jedem unserer Systeme getan haben:',
  untranslatedFacts: (language) =>
    `Einige der folgenden Angaben geben wir so wieder, wie sie in unseren Unterlagen stehen: auf ${language}.`,
  taskAction: {
    search: 'nach Ihren Daten gesucht',
    export: 'eine Kopie Ihrer Daten erstellt',
    delete: 'Ihre Daten gelöscht',
    correct: 'Ihre Daten berichtigt',
    restrict: 'die Verarbeitung Ihrer Daten eingeschränkt',
  },
  nothingHeld: 'enthielt keine Daten über Sie',
  keptIntro: 'Wir haben Ihre Daten gelöscht, mit Ausnahme der folgenden, die wir aufbewahren müssen:',
  keptFor: (period) => `aufbewahrt für ${period}`,
  keptForUpTo: (period) => `aufbewahrt für bis zu ${period}`,
  whileAccountOpen: 'aufbewahrt, solange Ihr Konto besteht',
  whileAccountOpenAndAfter:
    'aufbewahrt, solange Ihr Konto besteht, und für einen angemessenen Zeitraum nach seiner Löschung',
  asLongAsNeeded: 'nur so lange aufbewahrt, wie dieser Zweck es erfordert',
  legalObligation: (cite) => `zur Erfüllung einer rechtlichen Verpflichtung (${cite})`,
  legalClaims: (cite) => `zur Geltendmachung, Ausübung oder Verteidigung von Rechtsansprüchen (${cite})`,
  recipientsTold: (cite) =>
    `Wir haben die Empfänger Ihrer Daten darüber unterrichtet; auf Wunsch nennen wir Ihnen diese Empfänger (${cite}).`,
  keptOnlyForThat: (cite) => `Die aufbewahrten Daten verwenden wir nur für diesen Zweck (${cite}).`,
  cannotAct: (reference) => `Wir können Ihrer Anfrage ${reference} nicht nachkommen. Der Grund:`,
  accessIntro: (cite) => `Mit Ihren Daten erhalten Sie die folgenden Informationen (${cite}).`,
  purposes: 'Zu welchen Zwecken wir Ihre Daten verarbeiten:',
  categories: 'Die Kategorien von Daten, die wir speichern:',
  recipients: 'Wer Ihre Daten erhält:',
  transfers: (cite) => `Übermittlungen Ihrer Daten in andere Länder und die Garantien dafür (${cite}):`,
  retention: 'Wie lange wir sie speichern:',
  source: 'Woher Ihre Daten stammen:',
  otherRights: 'Sie haben außerdem das Recht auf:',
  euComplaint: (authority, cite) =>
    `Sie haben das Recht, sich bei einer Aufsichtsbehörde zu beschweren${
      authority
        ? `, für uns ${authority.name} (${authority.url})`
        : ', insbesondere in dem Mitgliedstaat, in dem Sie wohnen oder arbeiten oder in dem der mutmaßliche Verstoß stattfand'
    }, und einen gerichtlichen Rechtsbehelf einzulegen (${cite}).`,
  ukComplaint: (ico, cite) =>
    `Sie haben das Recht, sich beim ${ico.name} (${ico.url}) zu beschweren und Ihre Rechte gerichtlich durchzusetzen (${cite}).`,
  ukControllerComplaint: (address, period, cite) =>
    `Wenn Sie mit unserem Umgang mit Ihren personenbezogenen Daten nicht zufrieden sind, können Sie sich zunächst bei uns beschweren, unter ${address}; das Gesetz gibt uns ${period}, um den Eingang einer Beschwerde zu bestätigen, und wir teilen Ihnen das Ergebnis unverzüglich mit (${cite}).`,
  ccpaKnowDenied: (cite) =>
    `Lehnen wir einen Auskunftsantrag teilweise ab, erhalten Sie die übrigen angefragten Informationen (${cite}).`,
  ccpaKnowUnverified: (cite, listed) =>
    `Da wir Ihre Identität nicht überprüfen konnten, geben wir keine Ihrer personenbezogenen Daten heraus (${cite}). Wie wir mit personenbezogenen Daten umgehen, beschreibt unsere Datenschutzerklärung${listed ? '; im Überblick:' : '.'}`,
  ccpaDeleteDenied: (cite) =>
    `Lehnen wir einen Löschantrag teilweise ab, löschen wir die personenbezogenen Informationen, für die die Ausnahme nicht gilt, und verwenden die aufbewahrten zu keinem anderen Zweck (${cite}).`,
  ccpaCorrectDenied: (cite) =>
    `Halten Sie die Informationen weiterhin für unrichtig, können Sie uns Unterlagen senden, die Ihre Anfrage stützen; wir prüfen und berücksichtigen sie (${cite}).`,
  ccpaDeletionRecord: (cite) =>
    `Wir bewahren einen Nachweis Ihres Löschantrags und unserer Antwort auf, wie es das Gesetz verlangt (${cite}).`,
  ccpaComplaint: (agency, attorneyGeneral) =>
    `Sie können eine Beschwerde bei der ${agency.name} (${agency.url}) oder beim ${attorneyGeneral.name} (${attorneyGeneral.url}) einreichen.`,
  appealHow: (period, extension, cite) =>
    `Sie können gegen diese Entscheidung Einspruch einlegen: Antworten Sie auf diese E-Mail und teilen Sie uns mit, dass Sie Einspruch einlegen, gern mit Begründung. Wir beantworten Ihren Einspruch schriftlich spätestens ${period} nach Eingang${extension ? `; wenn nötig, dürfen wir diese Frist um ${extension} verlängern und teilen Ihnen das mit den Gründen mit` : ''} (${cite}).`,
  lgpdComplaint: (anpd, cite) =>
    `Sie haben das Recht, sich wegen Ihrer Daten an die ${anpd.name} (${anpd.url}) zu wenden und Ihre Rechte gerichtlich geltend zu machen (${cite}).`,
  pipedaComplaint: (commissioner, cite) =>
    `Sie haben das Recht, sich beim ${commissioner.name} (${commissioner.url}) zu beschweren und nach dessen Bericht das kanadische Bundesgericht (Federal Court) anzurufen (${cite}).`,
  pipedaExtensionComplaint: (commissioner, cite) =>
    `Sie haben das Recht, sich wegen dieser Fristverlängerung beim ${commissioner.name} (${commissioner.url}) zu beschweren (${cite}).`,
  quebecComplaint: (commission, cite) =>
    `Sie können die ${commission.name} (${commission.url}) innerhalb von 30 Tagen nach diesem Schreiben bitten, diese Meinungsverschiedenheit zu prüfen. Auf Wunsch helfen wir Ihnen, diese Entscheidung zu verstehen (${cite}).`,
  quebecInquiry: (commission, cite) =>
    `Sie können bei der ${commission.name} (${commission.url}) Beschwerde einlegen (${cite}).`,
  appealReceived: (reference) => `Wir haben Ihren Einspruch zur Anfrage ${reference} erhalten.`,
  appealAnswerBy: (date, extension, cite) =>
    `Wir prüfen unsere Entscheidung und antworten Ihnen schriftlich spätestens bis zum ${date}${extension ? `, es sei denn, wir müssen die Frist um bis zu ${extension} verlängern; das würden wir Ihnen vorher mit den Gründen mitteilen` : ''} (${cite}).`,
  appealDenied: (reference) =>
    `Wir haben Ihren Einspruch zur Anfrage ${reference} geprüft. Unsere ursprüngliche Entscheidung bleibt bestehen. Der Grund:`,
  appealGranted: (reference) =>
    `Wir haben Ihren Einspruch zur Anfrage ${reference} geprüft und unsere ursprüngliche Entscheidung aufgehoben: Wir kommen Ihrer Anfrage nun nach. Der Grund:`,
  attorneyGeneral: (contact, cite) =>
    `Wenn Sie mit dieser Entscheidung nicht einverstanden sind, können Sie eine Beschwerde beim ${contact.name} einreichen: ${contact.url} (${cite}).`,
};
