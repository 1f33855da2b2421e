/** Dutch letters (u). */
import type { Phrases } from './phrases.js';

export const nl: Phrases = {
  gdpr: 'AVG',
  articles: 'Art.',
  period: (n, unit) =>
    ({
      business_days: n === 1 ? 'één werkdag' : `${n} werkdagen`,
      days: n === 1 ? 'één dag' : `${n} dagen`,
      months: n === 1 ? 'één maand' : `${n} maanden`,
      years: n === 1 ? 'één jaar' : `${n} jaar`,
    })[unit],
  greeting: (name) => (name ? `Geachte ${name},` : 'Geachte heer, mevrouw,'),
  closing: 'Met vriendelijke groet,',
  signature: (organisation) => `Privacyteam van ${organisation}`,
  policy: (url) => `Privacyverklaring: ${url}`,
  right: {
    access: 'inzage in uw gegevens',
    rectification: 'rectificatie van onjuiste gegevens',
    erasure: 'wissing van uw gegevens',
    restriction: 'beperking van de verwerking',
    objection: 'bezwaar tegen de verwerking',
    portability: 'overdraagbaarheid van uw gegevens',
    withdraw_consent: 'intrekking van uw toestemming',
    opt_out_sale: 'afmelding voor de verkoop of het delen van uw gegevens',
  },
  ground: {
    identity_not_verified:
      'Wij konden uw identiteit niet bevestigen. Wij mogen een verzoek pas uitvoeren als vaststaat dat het afkomstig is van de persoon op wie de gegevens betrekking hebben.',
    manifestly_unfounded: 'Het verzoek is kennelijk ongegrond.',
    excessive: 'Het verzoek is buitensporig, met name omdat het eerdere verzoeken herhaalt.',
    legal_exemption:
      'Op uw verzoek is een wettelijke uitzondering van toepassing; wij hoeven er daarom geen gevolg aan te geven.',
    duplicate:
      'Dit verzoek herhaalt een verzoek dat u ons al hebt gestuurd en dat wij behandelen of al hebben beantwoord.',
    not_a_request:
      'Uw bericht vraagt niet om de uitoefening van een recht op gegevensbescherming. Als u dat wel bedoelde, antwoord dan en laat ons weten wat wij voor u moeten doen.',
    outside_jurisdiction:
      'De wetten inzake gegevensbescherming die dit recht geven, zijn niet van toepassing op uw verzoek.',
  },
  subject: {
    acknowledgement: 'Wij hebben uw verzoek ontvangen',
    verification_request: 'Bevestig alstublieft uw identiteit',
    verification_success: 'Uw identiteit is bevestigd',
    clarification_request: 'Wij hebben meer informatie nodig',
    extension_notice: 'Wij hebben meer tijd nodig voor uw verzoek',
    outcome_fulfilled: 'Uw verzoek is afgehandeld',
    outcome_partial: 'Uw verzoek is gedeeltelijk afgehandeld',
    outcome_rejected: 'Over uw verzoek',
    appeal_received: 'Wij hebben uw beroep ontvangen',
    appeal_decision: 'De beslissing op uw beroep',
    staff_message: 'Over uw verzoek',
  },
  received: (reference, date) =>
    `Wij hebben uw privacyverzoek op ${date} ontvangen. Het kenmerk is ${reference}; vermeld dit alstublieft in de onderwerpregel als u ons hierover schrijft.`,
  answerBy: (date) => `Wij antwoorden uiterlijk op ${date}.`,
  timeLimit: (period, extension, cite) =>
    extension
      ? `De wet geeft ons vanaf de ontvangst ${period} om te antwoorden; zo nodig mogen wij die termijn met ${extension.by} verlengen (tot in totaal ${extension.total}), en dan laten wij u dat met de redenen weten (${cite}).`
      : `De wet geeft ons vanaf de ontvangst ${period} om te antwoorden (${cite}).`,
  timeLimitAppliesTo: (rights) => `Deze termijn geldt voor ${rights}.`,
  noFixedTimeLimit: (rest, cite) =>
    `Voor ${rest ? 'de rest van uw verzoek' : 'uw verzoek'} legt de wet geen vast aantal dagen vast${cite ? ` (${cite})` : ''}; wij antwoorden zo snel mogelijk.`,
  receiptConfirmed: (period, cite) =>
    `De wet verplicht ons de ontvangst van uw verzoek binnen ${period} te bevestigen (${cite}); deze e-mail is die bevestiging.`,
  optOutTimeLimit: (period, cite) =>
    `De wet verplicht ons een verzoek om de verkoop of het delen van uw gegevens te stoppen zo snel als redelijkerwijs mogelijk uit te voeren, uiterlijk ${period} na ontvangst (${cite}).`,
  mayVerifyIdentity:
    'Mogelijk vragen wij u eerst uw identiteit te bevestigen, zodat uw gegevens nooit bij een ander terechtkomen.',
  identityStartsClock: (cite) =>
    `In dat geval loopt de termijn vanaf de dag waarop wij uw bevestiging ontvangen (${cite}).`,
  noVerificationForOptOut: (cite) => `Voor dit verzoek hoeft u uw identiteit niet aan te tonen (${cite}).`,
  confirmIdentity: (reference) =>
    `Om uw gegevens te beschermen moeten wij bevestigen dat verzoek ${reference} van u afkomstig is. Beantwoord deze e-mail vanaf het adres waarmee u ons schreef en vermeld deze code:`,
  codeValidUntil: (date) => `De code is geldig tot ${date}.`,
  notYou: 'Hebt u dit verzoek niet gedaan, dan kunt u deze e-mail negeren.',
  identityConfirmed: (reference) =>
    `Dank u: wij hebben uw identiteit voor verzoek ${reference} bevestigd. Wij behandelen nu uw verzoek en laten u de uitkomst weten.`,
  needInformation: (reference) =>
    `Om uw verzoek ${reference} te behandelen hebben wij meer informatie nodig:`,
  pleaseReply: 'Wilt u deze e-mail beantwoorden?',
  clockStopped: (cite) =>
    `Totdat wij uw antwoord ontvangen, loopt onze termijn om te antwoorden niet (${cite}).`,
  needMoreTime: (reference, cite) =>
    `Wij hebben meer tijd nodig om uw verzoek ${reference} te beantwoorden, zoals de wet toestaat (${cite}).`,
  theReason: 'De reden:',
  newDeadline: (date) => `Wij antwoorden uiterlijk op ${date}.`,
  noSaleByPolicy: (reference) =>
    `Wij hebben uw afmelding ${reference} voor de verkoop van uw persoonsgegevens vastgelegd. Zoals onze privacyverklaring vermeldt, verkopen wij geen persoonsgegevens.`,
  completed: (reference) => `Wij hebben uw verzoek ${reference} afgehandeld.`,
  completedInPart: (reference) => `Wij hebben uw verzoek ${reference} gedeeltelijk afgehandeld.`,
  questions: 'Hebt u vragen, beantwoord dan deze e-mail.',
  labelled: (label, text) => `${label}: ${text}`,
  actionSeparator: '; ',
  systemsIntro: 'Wat wij in elk van onze systemen hebben gedaan:',
  untranslatedFacts: (language) =>
    `Sommige gegevens hieronder geven wij weer zoals ze in onze administratie staan, in het ${language}.`,
  taskAction: {
    search: 'uw gegevens opgezocht',
    export: 'een kopie van uw gegevens gemaakt',
    delete: 'uw gegevens gewist',
    correct: 'uw gegevens gerectificeerd',
    restrict: 'de verwerking van uw gegevens beperkt',
  },
  nothingHeld: 'bevatte geen gegevens over u',
  keptIntro: 'Wij hebben uw gegevens gewist, behalve de volgende, die wij moeten bewaren:',
  keptFor: (period) => `bewaard gedurende ${period}`,
  keptForUpTo: (period) => `bewaard gedurende maximaal ${period}`,
  whileAccountOpen: 'bewaard zolang uw account bestaat',
  whileAccountOpenAndAfter:
    'bewaard zolang uw account bestaat en gedurende een redelijke termijn nadat het is opgeheven',
  asLongAsNeeded: 'alleen bewaard zolang dat doel het vereist',
  legalObligation: (cite) => `om te voldoen aan een wettelijke verplichting (${cite})`,
  legalClaims: (cite) => `voor de instelling, uitoefening of onderbouwing van een rechtsvordering (${cite})`,
  recipientsTold: (cite) =>
    `Wij hebben de ontvangers van uw gegevens hiervan op de hoogte gebracht; op verzoek laten wij u weten wie dat zijn (${cite}).`,
  keptOnlyForThat: (cite) => `De bewaarde gegevens gebruiken wij uitsluitend voor dat doel (${cite}).`,
  cannotAct: (reference) => `Wij kunnen geen gevolg geven aan uw verzoek ${reference}. De reden:`,
  accessIntro: (cite) => `Bij uw gegevens geven wij u de volgende informatie (${cite}).`,
  purposes: 'Waarvoor wij uw gegevens verwerken:',
  categories: 'De categorieën gegevens die wij hebben:',
  recipients: 'Wie uw gegevens ontvangt:',
  transfers: (cite) => `Doorgiften van uw gegevens naar andere landen en de waarborgen daarvoor (${cite}):`,
  retention: 'Hoe lang wij ze bewaren:',
  source: 'Waar uw gegevens vandaan komen:',
  otherRights: 'U hebt ook het recht ons te vragen om:',
  euComplaint: (authority, cite) =>
    `U hebt het recht een klacht in te dienen bij een toezichthoudende autoriteit${
      authority
        ? `, voor ons ${authority.name} (${authority.url})`
        : ', met name in de lidstaat waar u woont of werkt of waar de vermeende inbreuk heeft plaatsgevonden'
    }, en om beroep in te stellen bij de rechter (${cite}).`,
  ukComplaint: (ico, cite) =>
    `U hebt het recht een klacht in te dienen bij het ${ico.name} (${ico.url}) en uw rechten via de rechter af te dwingen (${cite}).`,
  ukControllerComplaint: (address, period, cite) =>
    `Bent u niet tevreden over hoe wij met uw persoonsgegevens zijn omgegaan, dan kunt u eerst bij ons een klacht indienen via ${address}; de wet geeft ons ${period} om de ontvangst van een klacht te bevestigen, en wij laten u de uitkomst zonder onredelijke vertraging weten (${cite}).`,
  ccpaKnowDenied: (cite) =>
    `Wijzen wij een verzoek om informatie gedeeltelijk af, dan geven wij u de overige gevraagde informatie (${cite}).`,
  ccpaKnowUnverified: (cite, listed) =>
    `Omdat wij uw identiteit niet konden verifiëren, verstrekken wij geen van uw persoonsgegevens (${cite}). Ons privacybeleid beschrijft hoe wij met persoonsgegevens omgaan${listed ? '; in het kort:' : '.'}`,
  ccpaDeleteDenied: (cite) =>
    `Wijzen wij een verzoek om verwijdering gedeeltelijk af, dan verwijderen wij de persoonsgegevens waarvoor de uitzondering niet geldt en gebruiken wij wat wij bewaren voor geen enkel ander doel (${cite}).`,
  ccpaCorrectDenied: (cite) =>
    `Vindt u de informatie nog steeds onjuist, dan kunt u ons documenten sturen die uw verzoek ondersteunen; wij zullen die beoordelen en meewegen (${cite}).`,
  ccpaDeletionRecord: (cite) =>
    `Wij bewaren een registratie van uw verzoek om verwijdering en van ons antwoord, zoals de wet vereist (${cite}).`,
  ccpaComplaint: (agency, attorneyGeneral) =>
    `U kunt een klacht indienen bij de ${agency.name} (${agency.url}) of bij de ${attorneyGeneral.name} (${attorneyGeneral.url}).`,
  appealHow: (period, extension, cite) =>
    `U kunt tegen deze beslissing in beroep gaan: beantwoord deze e-mail en laat ons weten dat u in beroep gaat, met de redenen die u wilt geven. Wij beantwoorden uw beroep schriftelijk binnen ${period} na ontvangst${extension ? `; zo nodig mogen wij die termijn met ${extension} verlengen, en dan laten wij u dat met de redenen weten` : ''} (${cite}).`,
  lgpdComplaint: (anpd, cite) =>
    `U hebt het recht zich over uw gegevens te wenden tot de ${anpd.name} (${anpd.url}) en uw rechten bij de rechter te verdedigen (${cite}).`,
  pipedaComplaint: (commissioner, cite) =>
    `U hebt het recht een klacht in te dienen bij het ${commissioner.name} (${commissioner.url}) en na diens rapport naar het Federale Hof te stappen (${cite}).`,
  pipedaExtensionComplaint: (commissioner, cite) =>
    `U hebt het recht over deze verlenging een klacht in te dienen bij het ${commissioner.name} (${commissioner.url}) (${cite}).`,
  quebecComplaint: (commission, cite) =>
    `U kunt de ${commission.name} (${commission.url}) binnen 30 dagen na deze brief vragen dit meningsverschil te onderzoeken. Wij helpen u graag deze beslissing te begrijpen (${cite}).`,
  quebecInquiry: (commission, cite) =>
    `U kunt een klacht indienen bij de ${commission.name} (${commission.url}) (${cite}).`,
  appealReceived: (reference) => `Wij hebben uw beroep over verzoek ${reference} ontvangen.`,
  appealAnswerBy: (date, extension, cite) =>
    `Wij heroverwegen onze beslissing en antwoorden u uiterlijk op ${date} schriftelijk${extension ? `, tenzij wij die termijn met ten hoogste ${extension} moeten verlengen; dat laten wij u vooraf met de redenen weten` : ''} (${cite}).`,
  appealDenied: (reference) =>
    `Wij hebben uw beroep over verzoek ${reference} beoordeeld. Onze oorspronkelijke beslissing blijft staan. De reden:`,
  appealGranted: (reference) =>
    `Wij hebben uw beroep over verzoek ${reference} beoordeeld en onze oorspronkelijke beslissing herroepen: wij geven nu gevolg aan uw verzoek. De reden:`,
  attorneyGeneral: (contact, cite) =>
    `Bent u het niet eens met deze beslissing, dan kunt u een klacht indienen bij de bevoegde instantie, ${contact.name}: ${contact.url} (${cite}).`,
};
