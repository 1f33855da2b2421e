// The facts, requests and helpers the letter tests compose their letters from.
import type { JurisdictionId } from '../../deadlines/jurisdiction-rule.js';
import type { RequestType } from '../../request-types.js';
import { composeLetter } from './compose-letter.js';
import type { Letter } from './letter.js';
import type { LetterFacts, LetterKind, LetterRequest } from './letter-facts.js';
import type { LetterLanguage } from './languages.js';

export const facts = (
  jurisdiction: JurisdictionId,
  types: readonly RequestType[] = ['erasure'],
): LetterFacts => ({
  organisationName: 'MediaConvert.io',
  ticketReference: 'RD-1042',
  requesterName: 'Jane Doe',
  privacyAddress: 'support@mediaconvert.example',
  policyUrl: 'https://mediaconvert.example/privacy',
  jurisdiction,
  types,
  authority: null,
  rights: ['access', 'erasure', 'objection'],
  retention: [
    { data: 'account data', period: 'while_account_open', afterErasure: { kept: false } },
    {
      data: 'usage records',
      period: { unit: 'years', amount: 7 },
      afterErasure: { kept: true, ground: 'legal_obligation' },
    },
    { data: 'system logs', period: { unit: 'days', amount: 90 }, afterErasure: { kept: false } },
    { data: 'media files', period: 'not_stored', afterErasure: { kept: false } },
  ],
  access: {
    purposes: ['to provide the conversion service'],
    categories: ['account information'],
    recipients: ['Stripe (payment processor)'],
    sources: ['you, when you create an account'],
    transfers: [],
  },
  texts: { language: 'en', translations: null },
  composedOn: '2026-05-04',
});

export const REQUESTS: { readonly [K in LetterKind]: Extract<LetterRequest, { kind: K }> } = {
  acknowledgement: { kind: 'acknowledgement', receivedDate: '4 May 2026', dueDate: '4 June 2026' },
  verification_request: { kind: 'verification_request', code: '1234-5678', expiresAt: '7 May 2026, 10:00' },
  verification_success: { kind: 'verification_success' },
  clarification_request: {
    kind: 'clarification_request',
    question: 'Which account do you mean?',
    stopsClock: true,
  },
  extension_notice: {
    kind: 'extension_notice',
    reason: 'Ten years of records.',
    newDeadline: '4 August 2026',
  },
  outcome_fulfilled: { kind: 'outcome_fulfilled', details: null, systems: [] },
  outcome_partial: { kind: 'outcome_partial', details: null, systems: [] },
  outcome_rejected: {
    kind: 'outcome_rejected',
    reason: 'A legal exemption applies.',
    ground: 'legal_exemption',
  },
  appeal_received: { kind: 'appeal_received', appealDueDate: '3 July 2026' },
  appeal_decision: { kind: 'appeal_decision', upheld: true, reason: 'The exemption still applies.' },
  staff_message: { kind: 'staff_message', text: 'We found two accounts. Which one is yours?' },
  verification_reminder: { kind: 'verification_reminder', closesOn: '18 May 2026' },
  closed_unverified: { kind: 'closed_unverified' },
  complaint_acknowledgement: { kind: 'complaint_acknowledgement', receivedDate: '4 May 2026' },
};

const NO_EXTENSION: readonly JurisdictionId[] = ['us-ca-optout', 'br-lgpd', 'ca-qc'];
export const WITH_APPEAL: readonly JurisdictionId[] = [
  'us-va',
  'us-co',
  'us-ct',
  'us-tx',
  'us-or',
  'us-mt',
  'us-ia',
  'us-de',
  'us-ne',
];
export const US: readonly JurisdictionId[] = ['us-ca', 'us-ca-optout', ...WITH_APPEAL];

/** Whether a law has a place for this letter at all; every other combination must be written. */
export function lawHasLetter(
  kind: LetterKind,
  jurisdiction: JurisdictionId,
  types: readonly RequestType[] = ['erasure'],
): boolean {
  // PIPEDA s. 8(4) extends s. 8(3)'s limit, which binds access and correction (Sch. 1 cl. 4.9) only.
  if (kind === 'extension_notice')
    return (
      !NO_EXTENSION.includes(jurisdiction) &&
      (jurisdiction !== 'ca-pipeda' || types.some((t) => t === 'access' || t === 'rectification'))
    );
  if (kind === 'appeal_received' || kind === 'appeal_decision') return WITH_APPEAL.includes(jurisdiction);
  // DPA 2018 s. 164A: the UK's alone, from 19 June 2026; these facts are composed on 4 May 2026.
  if (kind === 'complaint_acknowledgement') return false;
  return true;
}

export function letterText(letter: Letter): string {
  return [letter.subject, letter.greeting, ...letter.blocks.flatMap((b) => [b.text, ...b.items])].join('\n');
}

export function compose(
  kind: LetterKind,
  jurisdiction: JurisdictionId,
  language: LetterLanguage,
  types?: readonly RequestType[],
): Letter {
  const result = composeLetter(REQUESTS[kind], facts(jurisdiction, types), language);
  if (!result.ok) throw new Error(`${kind} ${jurisdiction} ${language}: ${result.code}`);
  return result.letter;
}

// How each language names the EU's supervisory authorities (GDPR Art. 77).
export const SUPERVISORY: { readonly [L in LetterLanguage]: string } = {
  en: 'supervisory authority',
  de: 'Aufsichtsbehörde',
  fr: 'autorité de contrôle',
  es: 'autoridad de control',
  it: 'autorità di controllo',
  nl: 'toezichthoudende autoriteit',
  pt: 'autoridade de controlo',
  'pt-BR': 'autoridade de controle',
  pl: 'organu nadzorczego',
  sv: 'tillsynsmyndighet',
  da: 'tilsynsmyndighed',
};
