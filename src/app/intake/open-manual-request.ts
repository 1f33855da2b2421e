/**
 * Opens the ticket(s) of a request staff took by phone, post, in person or from a web form, as intake
 * opens an email's: the same law and deadline (from the day it was received, GDPR Art. 12(3)), one
 * ticket per clock, the same audit chain and acknowledgement, all in one transaction. What differs: the
 * types are staff's (no classifier, no triage), `ticket.opened_manually` names the channel and the staff
 * member, and a requester who gave no email address is marked unreachable by email, so no letter or code
 * is queued for an address that does not exist: staff answer by post.
 */
import { addDays, daysBetween, endOfLocalDay, localDateOf } from '../../domain/deadlines/iso-date.js';
import type { ManualRequest } from '../../domain/desk/manual-request.js';
import type { IntakeMailHooks } from '../notify/intake-mail-hooks.js';
import { openingTermsFor, type TicketOpening } from '../tickets/opening-terms.js';
import type { TermsOf } from '../tickets/organisation-terms.js';
import type { IntakeDeps } from './intake-deps.js';
import { type IntakeStore, StoreConflict, type StoredTicket } from './ports.js';

/** The link kind between tickets opened from one request entered by hand (one per clock). */
export const SAME_REQUEST = 'same_request';
/** Older than this, the answer warns that the deadline is near or gone: staff check the date. */
export const OLD_REQUEST_DAYS = 14;

export interface ManualIntakeDeps {
  readonly store: IntakeStore;
  readonly termsOf: TermsOf;
  readonly openingsFor: IntakeDeps['openingsFor'];
  readonly now: () => Date;
  /** Acknowledges the request by email when there is an address; absent: no email at all. */
  readonly mail?: IntakeMailHooks;
}

export type ManualIntakeError =
  | { readonly code: 'organisation_unknown'; readonly organisationId: string }
  | { readonly code: 'received_in_future'; readonly receivedOn: string; readonly today: string };

export interface ManualOpening {
  readonly references: readonly [string, ...string[]];
  readonly jurisdiction: string;
  readonly dueDate: string | null;
  /** Days between the day received and today, in the organisation's time zone. */
  readonly ageDays: number;
  /** True when an acknowledgement was queued to the requester's email address. */
  readonly acknowledgedByEmail: boolean;
}

export async function openManualRequest(
  deps: ManualIntakeDeps,
  actorId: string,
  request: ManualRequest,
): Promise<{ ok: true; opened: ManualOpening } | { ok: false; error: ManualIntakeError }> {
  const { organisationId } = request;
  const org = deps.termsOf(organisationId);
  if (!org) return { ok: false, error: { code: 'organisation_unknown', organisationId } };
  const now = deps.now();
  const today = localDateOf(now.toISOString(), org.zone) ?? now.toISOString().slice(0, 10);
  if (request.receivedOn > today)
    return { ok: false, error: { code: 'received_in_future', receivedOn: request.receivedOn, today } };
  // The start of that day where the organisation is: the clock counts the day of receipt as received.
  const receivedAt = new Date(Date.parse(endOfLocalDay(addDays(request.receivedOn, -1), org.zone)) + 1);
  const openings = openingsOf(deps, request, receivedAt);
  const email = request.requesterEmail;
  const opened = await withRetry(() =>
    deps.store.transaction(async (tx) => {
      const tickets: StoredTicket[] = [];
      for (const opening of openings) {
        tickets.push(
          await tx.openTicket({
            organisationId,
            requesterAddress: email ?? '',
            requesterName: request.requesterName,
            subject: `Request received by ${request.channel.replaceAll('_', ' ')}`,
            // Shown in `show` and the channel message: how it came, and that letters go by post.
            flags: [
              ...opening.flags,
              `received_by_${request.channel}`,
              ...(email === null ? ['no_email_address'] : []),
            ],
            receivedAt,
            classification: {
              types: opening.types,
              language: request.language ?? 'en',
              confidence: 1,
              reasons: [`entered by staff (${request.channel})`],
              auto: false,
            },
            needsTriage: false,
            terms: opening.terms,
            intakeChannel: request.channel,
            requesterPostalAddress: request.requesterPostalAddress,
            // No address to write to: every letter and code is refused, and the answer says to post it.
            requesterUnreachable: email === null,
          }),
        );
      }
      const [main, ...linked] = tickets as [StoredTicket, ...StoredTicket[]];
      for (const other of linked) await tx.linkTickets(main.id, other.id, SAME_REQUEST);
      for (const [i, ticket] of tickets.entries()) {
        const opening = openings[i]!;
        // The staff member's record of the request is its first message (the words are staff's, not the requester's).
        await tx.addTicketMessage({
          ticketId: ticket.id,
          rawMessageId: null,
          kind: 'request',
          messageId: `<manual.${ticket.reference}@rightsdesk.invalid>`,
          fromAddress: email ?? '',
          subject: `Request received by ${request.channel.replaceAll('_', ' ')}`,
          bodyText: request.notes ?? '',
          receivedAt,
          attachments: [],
        });
        const at = now;
        const base = { actor: actorId, at, ticketId: ticket.id, ticketReference: ticket.reference };
        await tx.recordEvents([
          {
            ...base,
            type: 'ticket.opened_manually',
            // Ids and choices only: the name and addresses stay on the ticket, which a purge can erase.
            payload: {
              channel: request.channel,
              receivedOn: request.receivedOn,
              types: [...opening.types],
              language: request.language,
              hasEmail: email !== null,
              hasPostalAddress: request.requesterPostalAddress !== null,
              ...(linked.length > 0
                ? { linkedTo: tickets.filter((t) => t !== ticket).map((t) => t.reference) }
                : {}),
            },
          },
          {
            ...base,
            type: 'ticket.jurisdiction_chosen',
            payload: {
              jurisdiction: opening.terms.jurisdiction,
              basis: request.jurisdiction !== null ? 'staff' : opening.law.basis,
              cue: opening.law.cue,
            },
          },
        ]);
        if (email !== null)
          await deps.mail?.ticketOpened(tx.mail, {
            id: ticket.id,
            reference: ticket.reference,
            organisationId,
            requesterAddress: email,
            requesterName: request.requesterName,
            subject: `Request received by ${request.channel.replaceAll('_', ' ')}`,
            language: request.language,
            jurisdiction: opening.terms.jurisdiction,
            status: 'received',
            version: 0,
            flags: opening.flags,
            types: opening.types,
            requesterUnreachable: false,
            receivedAt,
            dueDate: opening.terms.dueDate,
            thread: [],
            lastInboundMessageId: null,
          });
      }
      return tickets;
    }),
  );
  const main = openings[0];
  return {
    ok: true,
    opened: {
      references: opened.map((t) => t.reference) as [string, ...string[]],
      jurisdiction: main.terms.jurisdiction,
      dueDate: main.terms.dueDate,
      ageDays: daysBetween(request.receivedOn, today),
      acknowledgedByEmail: email !== null && deps.mail !== undefined,
    },
  };
}

/** Another writer took the same ticket number first (intake beside staff): the numbers are read again. */
async function withRetry<T>(work: () => Promise<T>, attempts = 3): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (!(error instanceof StoreConflict) || attempt >= attempts) throw error;
    }
  }
}

/** The tickets to open: as for an email (the requester's country, one per clock), or under the law staff named. */
function openingsOf(
  deps: ManualIntakeDeps,
  request: ManualRequest,
  receivedAt: Date,
): readonly [TicketOpening, ...TicketOpening[]] {
  const derived = deps.openingsFor(request.organisationId, request.types, receivedAt, {
    needsTriage: false,
    evidence: { subject: '', text: request.notes ?? '', senderAddress: request.requesterEmail ?? '' },
    flags: [],
    recipients: [],
  });
  const org = deps.termsOf(request.organisationId);
  if (request.jurisdiction === null || !org) return derived;
  // Staff named the law (they spoke to the requester): one ticket under it, with the policy flags as derived.
  return [
    {
      types: request.types,
      terms: openingTermsFor(org, request.types, receivedAt, [request.jurisdiction]),
      law: { basis: 'law_cited', cue: `named by staff when the request was entered (${request.channel})` },
      flags: [...new Set(derived.flatMap((o) => o.flags))],
    },
  ];
}
