/**
 * How long a request may wait for the requester to prove their identity, per law (issue 15, item 4).
 * No law in the list sets a number of days for that wait, so the organisation's own period applies
 * (`verification.closeUnverifiedAfterDays`, 14 days by default). What a law does say is whether its
 * answering clock keeps running meanwhile: where it does (GDPR Art. 12(3) as the EDPB reads it, the
 * CCPA's 45 days "regardless of time required to verify" in 11 CCR §7021(b), the US state laws, LGPD,
 * PIPEDA, Québec), the request must still be answered by its due date, so an unverified request is
 * closed on the due date at the latest: a refusal for want of identity, with its reasons and remedies,
 * is then an answer on time. Where the clock stands still while the controller waits for the ID it
 * asked for (UK GDPR Art. 12A), the due date moves with the wait and only the organisation's period
 * applies. A law that one day sets its own period gets it in `days` here.
 */
import type { JurisdictionId } from './jurisdiction-rule.js';
import { JURISDICTIONS } from './jurisdictions.js';

export interface UnverifiedClosing {
  /** The law's own period, in days from the request for identity; null: the organisation's period. */
  readonly days: number | null;
  /** Whether the request is closed on its due date at the latest, because the clock runs while waiting. */
  readonly byDueDate: boolean;
  /** The rule behind it, for staff and the docs. */
  readonly rule: string;
}

const clockRuns = (id: JurisdictionId, rule: string): UnverifiedClosing => ({
  days: null,
  // Derived from the jurisdiction row, so a change to a law's pause rule changes this with it.
  byDueDate: !JURISDICTIONS[id].pause.allowed,
  rule,
});

export const UNVERIFIED_CLOSING: { readonly [J in JurisdictionId]: UnverifiedClosing } = {
  'eu-gdpr': clockRuns(
    'eu-gdpr',
    'GDPR Art. 12(3): the month runs from receipt; Art. 12(2), (6) allow a refusal',
  ),
  'uk-gdpr': clockRuns(
    'uk-gdpr',
    'UK GDPR Art. 12A: the clock stands still while the ID asked for is awaited',
  ),
  'us-ca': clockRuns('us-ca', '11 CCR §7021(b): 45 days regardless of verification; §§7060, 7062'),
  // 11 CCR §7026(d): an opt-out is never made to wait for a verification, so it never closes for want of one.
  'us-ca-optout': clockRuns('us-ca-optout', 'an opt-out needs no verification (11 CCR §7026(d))'),
  'us-va': clockRuns('us-va', 'Va. Code §59.1-577: 45 days from receipt, authentication within them'),
  'us-co': clockRuns('us-co', 'C.R.S. §6-1-1306: 45 days from receipt, authentication within them'),
  'us-ct': clockRuns('us-ct', 'Conn. Gen. Stat. §42-518: 45 days from receipt, authentication within them'),
  'us-tx': clockRuns('us-tx', 'Tex. Bus. & Com. Code §541.052: 45 days from receipt'),
  'us-or': clockRuns('us-or', 'ORS 646A.576(5)(a), (d): 45 days from receipt, authentication within them'),
  'us-ut': clockRuns('us-ut', 'Utah Code §13-61-203(2): 45 days after receipt'),
  'us-mt': clockRuns('us-mt', 'Mont. Code Ann. §30-14-2808(4)(a): 45 days after receipt'),
  'us-de': clockRuns('us-de', 'Del. Code tit. 6, §12D-104(c)(1): 45 days after receipt'),
  'us-ia': clockRuns('us-ia', 'Iowa Code §715D.3(2)(a): 90 days of receipt, authentication within them'),
  'us-ne': clockRuns('us-ne', 'Neb. Rev. Stat. §87-1108(2): 45 days after receipt'),
  'br-lgpd': clockRuns('br-lgpd', 'LGPD Art. 19(II): 15 days from the request'),
  'ca-pipeda': clockRuns('ca-pipeda', 'PIPEDA s. 8(3): 30 days from receipt'),
  'ca-qc': clockRuns('ca-qc', 'CQLR c. P-39.1, s. 32: 30 days from receipt'),
};
