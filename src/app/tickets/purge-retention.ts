/**
 * The retention purge job (issue 5, item 5; GDPR Art. 5(1)(e) storage limitation): for each
 * organisation's purge rules, removes the mail data of the tickets the rule has reached, one ticket per
 * transaction, and records a `data.purged` event that outlives the data. Running it twice removes
 * nothing more and records nothing more.
 */
import type { AuditDraft } from '../audit/audit-draft.js';
import type { OrganisationTerms, PurgeRule } from './organisation-terms.js';

export interface PurgeCounts {
  readonly rawMessages: number;
  readonly bodies: number;
  readonly attachments: number;
}

export interface PurgeStore {
  /** Tickets of the organisation that the rule reached before `cutoff` and that still hold data it removes. */
  candidates(
    organisationId: string,
    rule: PurgeRule,
    cutoff: Date,
    afterId: number,
    limit: number,
  ): Promise<{ id: number; reference: string }[]>;
  /** Removes the data in one transaction with the event `eventFor` makes of the counts (none when 0). */
  purgeTicket(
    ticketId: number,
    rule: PurgeRule,
    eventFor: (counts: PurgeCounts) => AuditDraft | null,
  ): Promise<PurgeCounts>;
}

export interface PurgeReport {
  readonly organisationId: string;
  readonly rule: string;
  readonly tickets: number;
  readonly counts: PurgeCounts;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const PAGE = 200;

export async function purgeByRetention(
  store: PurgeStore,
  organisations: readonly OrganisationTerms[],
  now: Date,
): Promise<PurgeReport[]> {
  const reports: PurgeReport[] = [];
  for (const org of organisations) {
    for (const rule of org.purge) {
      const cutoff = new Date(now.getTime() - rule.days * DAY_MS);
      const total = { rawMessages: 0, bodies: 0, attachments: 0 };
      let tickets = 0;
      // Keyset pages by ticket id: a candidate whose data is already gone is passed over, never re-read.
      for (let afterId = 0; ;) {
        const page = await store.candidates(org.id, rule, cutoff, afterId, PAGE);
        afterId = page.at(-1)?.id ?? afterId;
        for (const ticket of page) {
          const counts = await store.purgeTicket(ticket.id, rule, (c) =>
            c.rawMessages + c.bodies + c.attachments === 0
              ? null
              : {
                  type: 'data.purged',
                  actor: 'system',
                  at: now,
                  ticketId: ticket.id,
                  ticketReference: ticket.reference,
                  payload: { rule: rule.name, after: rule.after, days: rule.days, ...c },
                },
          );
          if (counts.rawMessages + counts.bodies + counts.attachments > 0) tickets += 1;
          total.rawMessages += counts.rawMessages;
          total.bodies += counts.bodies;
          total.attachments += counts.attachments;
        }
        if (page.length < PAGE) break;
      }
      reports.push({ organisationId: org.id, rule: rule.name, tickets, counts: total });
    }
  }
  return reports;
}
