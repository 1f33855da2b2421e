/**
 * The letters about an identity check nobody answered (issue 15, item 4): a reminder some days after
 * the code was sent, and the notice that the request was closed unverified, with how to make it again
 * and the law's remedies for a request not acted on (GDPR Art. 12(4): reasons, complaint and judicial
 * remedy; the CCPA's and the US states' own). Each law's provision comes from its own text, never
 * another's: no GDPR article in a letter under another law.
 */
import type { JurisdictionId } from '../../deadlines/jurisdiction-rule.js';
import { citation } from './law-wording.js';
import { block, type LetterBlock } from './letter.js';
import type { LetterFacts, LetterRequest } from './letter-facts.js';
import type { LetterLanguage } from './languages.js';
import { IDENTITY_WAIT_PHRASES } from './identity-wait-phrases.js';
import type { Phrases } from './phrases.js';
import { refusalRemedies } from './remedies.js';

export type IdentityWaitKind = 'verification_reminder' | 'closed_unverified';

interface IdentityCites {
  /** The provision that lets the organisation ask for proof of identity before acting. */
  readonly ask: string | null;
  /** The provision that lets it decline a request whose requester it could not identify. */
  readonly close: string | null;
}

// GDPR Art. 12(6): additional information to confirm identity; Art. 12(2): no refusal unless the
// controller cannot identify the data subject. 11 CCR §7060: a business verifies before it discloses,
// corrects or deletes; §7021(b): a request it cannot verify may be denied (§7022(a) for deletion,
// §7024(a), (b) for a request to know, which is then answered by the privacy policy's practices). The US state laws let a controller
// decline a request it cannot authenticate with commercially reasonable efforts, in the rights section
// itself. Québec s. 30: a request is considered only from a person who proves their identity. LGPD and
// PIPEDA have no provision of their own on it, so their sentences carry none.
const CITES: { readonly [J in JurisdictionId]: IdentityCites } = {
  'eu-gdpr': { ask: '{gdpr} Art. 12(6)', close: '{gdpr} Art. 12(2), (6)' },
  'uk-gdpr': { ask: 'UK GDPR Art. 12(6)', close: 'UK GDPR Art. 12(2), (6)' },
  'us-ca': { ask: '11 CCR §7060', close: '11 CCR §7021(b)' },
  'us-ca-optout': { ask: null, close: null },
  'us-va': { ask: 'Va. Code §59.1-577', close: 'Va. Code §59.1-577' },
  'us-co': { ask: 'C.R.S. §6-1-1306(1)', close: 'C.R.S. §6-1-1306(1)' },
  // §42-518(c)(4): notice that a request cannot be authenticated; it need not be complied with.
  'us-ct': { ask: 'Conn. Gen. Stat. §42-518(c)(4)', close: 'Conn. Gen. Stat. §42-518(c)(4)' },
  // §541.052(e): a request that cannot be authenticated need not be complied with.
  'us-tx': { ask: null, close: 'Tex. Bus. & Com. Code §541.052(e)' },
  // ORS 646A.576(5)(d): a request that cannot be authenticated waits for the information asked for.
  'us-or': { ask: 'ORS 646A.576(5)(d)', close: 'ORS 646A.576(5)(d)' },
  'us-ut': { ask: null, close: null },
  'us-mt': { ask: null, close: null },
  'us-ia': { ask: null, close: null },
  'us-de': { ask: null, close: null },
  'us-ne': { ask: null, close: null },
  'br-lgpd': { ask: null, close: null },
  'ca-pipeda': { ask: null, close: null },
  'ca-qc': { ask: 'CQLR c. P-39.1, s. 30', close: 'CQLR c. P-39.1, s. 30' },
};

export function isIdentityWaitKind(kind: string): kind is IdentityWaitKind {
  return kind === 'verification_reminder' || kind === 'closed_unverified';
}

export function identityWaitSubject(kind: IdentityWaitKind, language: LetterLanguage): string {
  const w = IDENTITY_WAIT_PHRASES[language];
  return kind === 'verification_reminder' ? w.subjectReminder : w.subjectClosed;
}

export function identityWaitBlocks(
  request: Extract<LetterRequest, { kind: IdentityWaitKind }>,
  facts: LetterFacts,
  p: Phrases,
  language: LetterLanguage,
): LetterBlock[] {
  const w = IDENTITY_WAIT_PHRASES[language];
  const cites = CITES[facts.jurisdiction];
  const cite = (template: string | null) => (template ? citation(template, p) : null);
  const ref = facts.ticketReference;
  if (request.kind === 'verification_reminder')
    return [
      block(w.stillWaiting(ref, cite(cites.ask))),
      block(w.replyWithCode),
      block(w.closesOn(request.closesOn)),
      block(p.notYou),
    ];
  return [
    block(w.closedUnverified(ref, cite(cites.close))),
    block(w.askAgain(facts.privacyAddress)),
    ...refusalRemedies(facts, p, true),
  ];
}
