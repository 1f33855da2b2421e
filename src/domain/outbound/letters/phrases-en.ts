/** English letters: the reference wording every other language translates. */
import type { Phrases } from './phrases.js';

const plural = (n: number, one: string, many: string) => (n === 1 ? `one ${one}` : `${n} ${many}`);

export const en: Phrases = {
  gdpr: 'GDPR',
  period: (n, unit) =>
    ({
      business_days: plural(n, 'business day', 'business days'),
      days: plural(n, 'day', 'days'),
      months: plural(n, 'month', 'months'),
      years: plural(n, 'year', 'years'),
    })[unit],
  greeting: (name) => (name ? `Dear ${name},` : 'Hello,'),
  closing: 'Kind regards,',
  signature: (organisation) => `${organisation} privacy team`,
  policy: (url) => `Privacy policy: ${url}`,
  right: {
    access: 'access to your data',
    rectification: 'rectification of inaccurate data',
    erasure: 'erasure of your data',
    restriction: 'restriction of processing',
    objection: 'objection to processing',
    portability: 'data portability',
    withdraw_consent: 'withdrawal of your consent',
    opt_out_sale: 'opting out of the sale or sharing of your data',
  },
  ground: {
    identity_not_verified:
      'We could not confirm your identity. We may act on a request only once we are sure it comes from the person the data is about.',
    manifestly_unfounded: 'The request is manifestly unfounded.',
    excessive: 'The request is excessive, in particular because it repeats earlier requests.',
    legal_exemption: 'A legal exemption applies to your request, so we are not required to act on it.',
    duplicate: 'This request repeats one you have already sent us, which we are handling or have answered.',
    not_a_request:
      'Your message does not ask to exercise a data-protection right. If you meant to, reply and tell us what you would like us to do.',
    outside_jurisdiction: 'The data-protection laws that give this right do not apply to your request.',
  },
  subject: {
    acknowledgement: 'We have received your request',
    verification_request: 'Please confirm your identity',
    verification_success: 'Your identity is confirmed',
    clarification_request: 'We need more information',
    extension_notice: 'We need more time for your request',
    outcome_fulfilled: 'Your request has been completed',
    outcome_partial: 'Your request has been partly completed',
    outcome_rejected: 'About your request',
    appeal_received: 'We have received your appeal',
    appeal_decision: 'The decision on your appeal',
    staff_message: 'About your request',
  },
  received: (reference, date) =>
    `We received your privacy request on ${date}. Its reference is ${reference}; please keep it in the subject line when you write to us about it.`,
  answerBy: (date) => `We will answer by ${date} at the latest.`,
  timeLimit: (period, extension, cite) =>
    extension
      ? `The law gives us ${period} from receipt to answer, which we may extend by ${extension.by} (${extension.total} in total) where necessary; we would tell you so, with the reasons (${cite}).`
      : `The law gives us ${period} from receipt to answer (${cite}).`,
  timeLimitAppliesTo: (rights) => `This time limit applies to ${rights}.`,
  noFixedTimeLimit: (rest, cite) =>
    `For ${rest ? 'the rest of your request' : 'your request'}, the law sets no fixed number of days${cite ? ` (${cite})` : ''}; we will answer as soon as we can.`,
  receiptConfirmed: (period, cite) =>
    `The law requires us to confirm receipt of your request within ${period} (${cite}); this email is that confirmation.`,
  optOutTimeLimit: (period, cite) =>
    `The law requires us to act on a request to opt out as soon as feasibly possible, and no later than ${period} after receipt (${cite}).`,
  mayVerifyIdentity:
    'We may first ask you to confirm your identity, so that we never give your data to someone else.',
  identityStartsClock: (cite) =>
    `If we do, the time limit runs from the day we receive your confirmation (${cite}).`,
  noVerificationForOptOut: (cite) => `You do not need to prove your identity for this request (${cite}).`,
  confirmIdentity: (reference) =>
    `To protect your data we need to confirm that request ${reference} comes from you. Please reply to this email from the address you wrote from and include this code:`,
  codeValidUntil: (date) => `The code is valid until ${date}.`,
  notYou: 'If you did not make this request, you can ignore this email.',
  identityConfirmed: (reference) =>
    `Thank you: we have confirmed your identity for request ${reference}. We are now working on your request and will write to you with the outcome.`,
  needInformation: (reference) => `To handle your request ${reference} we need more information:`,
  pleaseReply: 'Please reply to this email.',
  clockStopped: (cite) =>
    `Until we receive your answer, the time we have to answer your request does not run (${cite}).`,
  needMoreTime: (reference, cite) =>
    `We need more time to answer your request ${reference}, as the law allows (${cite}).`,
  theReason: 'The reason:',
  newDeadline: (date) => `We will answer by ${date} at the latest.`,
  noSaleByPolicy: (reference) =>
    `We have recorded your request ${reference} to opt out of the sale of your personal information. As our privacy policy says, we do not sell personal information.`,
  completed: (reference) => `We have completed your request ${reference}.`,
  completedInPart: (reference) => `We have completed your request ${reference} in part.`,
  questions: 'If you have any questions, reply to this email.',
  labelled: (label, text) => `${label}: ${text}`,
  actionSeparator: '; ',
  systemsIntro: 'What we did in each of our systems:',
  untranslatedFacts: (language) => `Some details below are quoted as our records hold them, in ${language}.`,
  taskAction: {
    search: 'searched for your data',
    export: 'made a copy of your data',
    delete: 'erased your data',
    correct: 'corrected your data',
    restrict: 'restricted the use of your data',
  },
  nothingHeld: 'held no data about you',
  keptIntro: 'We have erased your data, except the following, which we have to keep:',
  keptFor: (period) => `kept for ${period}`,
  keptForUpTo: (period) => `kept for up to ${period}`,
  whileAccountOpen: 'kept while your account is open',
  whileAccountOpenAndAfter: 'kept while your account is open and for a reasonable period after it is closed',
  asLongAsNeeded: 'kept only as long as that purpose requires',
  legalObligation: (cite) => `to comply with a legal obligation (${cite})`,
  legalClaims: (cite) => `for the establishment, exercise or defence of legal claims (${cite})`,
  recipientsTold: (cite) =>
    `We have told the recipients of your data about it; on request, we will tell you who they are (${cite}).`,
  keptOnlyForThat: (cite) => `We use the data we keep for that purpose only (${cite}).`,
  cannotAct: (reference) => `We cannot act on your request ${reference}. The reason:`,
  accessIntro: (cite) => `With your data we give you the following information (${cite}).`,
  purposes: 'Why we process your data:',
  categories: 'The categories of data we hold:',
  recipients: 'Who receives your data:',
  transfers: (cite) => `Transfers of your data to other countries and their safeguards (${cite}):`,
  retention: 'How long we keep it:',
  source: 'Where your data comes from:',
  otherRights: 'You also have the right to ask us for:',
  euComplaint: (authority, cite) =>
    `You have the right to lodge a complaint with a supervisory authority${
      authority
        ? `, for us ${authority.name} (${authority.url})`
        : ', in particular in the Member State where you live or work or where the alleged infringement took place'
    }, and to seek a judicial remedy (${cite}).`,
  ukComplaint: (ico, cite) =>
    `You have the right to complain to the ${ico.name} (${ico.url}) and to seek to enforce your rights through the courts (${cite}).`,
  ukControllerComplaint: (address, period, cite) =>
    `If you are unhappy with how we have handled your personal data, you can first complain to us at ${address}; the law gives us ${period} to acknowledge a complaint, and we tell you its outcome without undue delay (${cite}).`,
  ccpaKnowDenied: (cite) =>
    `Where we deny part of a request to know, we give you the rest of the information you asked for (${cite}).`,
  ccpaKnowUnverified: (cite, listed) =>
    `As we could not verify your identity, we disclose none of your personal information (${cite}). Our privacy policy sets out our information practices${listed ? '; in short:' : '.'}`,
  ccpaDeleteDenied: (cite) =>
    `Where we deny part of a request to delete, we delete the personal information that the exception does not cover, and we use what we keep for no other purpose (${cite}).`,
  ccpaCorrectDenied: (cite) =>
    `If you still consider the information inaccurate, you may send us any documents that support your request; we will review and consider them (${cite}).`,
  ccpaDeletionRecord: (cite) =>
    `We keep a record of your request to delete and of our response, as the law requires (${cite}).`,
  ccpaComplaint: (agency, attorneyGeneral) =>
    `You may file a complaint with the ${agency.name} (${agency.url}) or with the ${attorneyGeneral.name} (${attorneyGeneral.url}).`,
  appealHow: (period, extension, cite) =>
    `You may appeal this decision: reply to this email and tell us that you appeal, with any reasons you wish to give. We will answer your appeal in writing within ${period} of receiving it${extension ? `, a period we may extend by ${extension} where necessary, telling you so with the reasons` : ''} (${cite}).`,
  lgpdComplaint: (anpd, cite) =>
    `You have the right to petition the ${anpd.name} (${anpd.url}) about your data, and to defend your rights in court (${cite}).`,
  pipedaComplaint: (commissioner, cite) =>
    `You have the right to complain to the ${commissioner.name} (${commissioner.url}), and after its report to apply to the Federal Court (${cite}).`,
  pipedaExtensionComplaint: (commissioner, cite) =>
    `You have the right to complain to the ${commissioner.name} (${commissioner.url}) about this extension (${cite}).`,
  quebecComplaint: (commission, cite) =>
    `You may ask the ${commission.name} (${commission.url}) to examine this disagreement within 30 days of this letter. We can help you understand this decision if you wish (${cite}).`,
  quebecInquiry: (commission, cite) =>
    `You may file a complaint with the ${commission.name} (${commission.url}) (${cite}).`,
  appealReceived: (reference) => `We have received your appeal about request ${reference}.`,
  appealAnswerBy: (date, extension, cite) =>
    `We will review our decision and answer you in writing by ${date} at the latest${extension ? `, unless we need to extend this by up to ${extension}, which we would tell you before then, with the reasons` : ''} (${cite}).`,
  appealDenied: (reference) =>
    `We have reviewed your appeal about request ${reference}. Our original decision stands. The reason:`,
  appealGranted: (reference) =>
    `We have reviewed your appeal about request ${reference} and reversed our original decision: we will now act on your request. The reason:`,
  attorneyGeneral: (contact, cite) =>
    `If you disagree with this decision, you may submit a complaint to the ${contact.name}: ${contact.url} (${cite}).`,
};
