/**
 * Opens the ticket(s) of a new request, as classified when it was prepared: opens one ticket per clock (usually one;
 * an opt-out of sale beside other rights under the CCPA gets its own, issue 5 item 7), links them both
 * ways, stores the raw message on the main ticket and the request on each, and acknowledges each.
 */
import type { Classification } from '../../domain/classify/classify-email.js';
import type { ParsedEmail } from '../../domain/email/parsed-email.js';
import { isRight } from '../../domain/request-types.js';
import type { BacklogHandling, IntakeDeps } from './intake-deps.js';
import { backlogMark, type IntakeOutcome } from './intake-outcome.js';
import { ingestedEvent, ticketMessage } from './message-records.js';
import type { IntakeTransaction, StoredTicket } from './ports.js';

/** The link kind between tickets opened from the same email. */
export const SAME_EMAIL = 'same_email';

export interface NewRequest {
  readonly email: ParsedEmail & { readonly from: NonNullable<ParsedEmail['from']> };
  readonly organisationId: string;
  readonly messageId: string;
  readonly receivedAt: Date;
  readonly flags: readonly string[];
  readonly classification: Classification;
  /** Stores the raw message on the main ticket and returns its id. */
  readonly storeRaw: (ticket: StoredTicket) => Promise<number>;
  /** Received before its mailbox was added (issue 17): acknowledged only if the mailbox says so. */
  readonly backlog?: BacklogHandling;
}

export async function openRequestTickets(
  tx: IntakeTransaction,
  deps: IntakeDeps,
  request: NewRequest,
): Promise<IntakeOutcome> {
  const { email, organisationId, messageId, receivedAt, flags, classification } = request;
  const needsTriage = classification.confidence < deps.triageThreshold;
  const openings = deps.openingsFor(organisationId, classification.types, receivedAt, {
    needsTriage,
    evidence: { subject: email.subject, text: email.text, senderAddress: email.from.address },
    flags,
    // The addresses the sender wrote to (not Delivered-To, which names the mailbox that got it).
    recipients: [...email.to, ...email.cc].map((a) => a.address),
  });
  const { backlog } = request;
  /** Backlog whose requesters the mailbox does not acknowledge (the default, issue 17). */
  const quiet = backlog !== undefined && !backlog.acknowledge;
  const now = deps.now();
  // Backlog read late may be past its deadline already: the clock ran from receipt all the same.
  const overdue = (opening: (typeof openings)[number]) =>
    backlog !== undefined && opening.terms.dueAt !== null && opening.terms.dueAt < now;
  const ticketFlags = openings.map((o) => [
    ...flags,
    ...o.flags,
    ...(overdue(o) ? ['overdue_on_arrival'] : []),
  ]);
  const tickets: StoredTicket[] = [];
  for (const [i, opening] of openings.entries()) {
    tickets.push(
      await tx.openTicket({
        organisationId,
        requesterAddress: email.from.address,
        requesterName: email.from.name,
        subject: email.subject,
        flags: ticketFlags[i] ?? flags,
        receivedAt,
        // Each ticket keeps the classifier's verdict for its own part of the request.
        classification: { ...classification, types: opening.types },
        needsTriage,
        terms: opening.terms,
      }),
    );
  }
  const [main, ...linked] = tickets as [StoredTicket, ...StoredTicket[]];
  const rawId = await request.storeRaw(main);
  for (const ticket of tickets) {
    const isMain = ticket === main;
    const message = ticketMessage(ticket.id, isMain ? rawId : null, 'request', messageId, email, receivedAt);
    // Attachments (possibly ID documents) stay on the main ticket only, which is the one verified.
    await tx.addTicketMessage(isMain ? message : { ...message, attachments: [] });
  }
  for (const other of linked) await tx.linkTickets(main.id, other.id, SAME_EMAIL);
  const { language, confidence } = classification;
  for (const [i, ticket] of tickets.entries()) {
    const ingested = ingestedEvent(ticket, 'request', rawId, deps.now());
    const others = tickets.filter((t) => t !== ticket).map((t) => t.reference);
    await tx.recordEvents([
      linked.length > 0
        ? { ...ingested, payload: { kind: 'request', rawMessageId: rawId, linkedTo: others } }
        : ingested,
      {
        ...ingestedEvent(ticket, 'request', rawId, deps.now()),
        type: 'ticket.classified',
        actor: 'classifier',
        payload: { types: [...(openings[i]?.types ?? [])], language, confidence, needsTriage },
      },
      {
        ...ingestedEvent(ticket, 'request', rawId, deps.now()),
        type: 'ticket.jurisdiction_chosen',
        payload: {
          jurisdiction: openings[i]?.terms.jurisdiction ?? null,
          basis: openings[i]?.law.basis ?? null,
          cue: openings[i]?.law.cue ?? null,
        },
      },
      // A request nothing was sent for, by the mailbox's choice (an acknowledgement goes only to one
      // asking for a right): the trail says so and why.
      ...(quiet && (openings[i]?.types ?? []).some(isRight)
        ? [
            {
              ...ingestedEvent(ticket, 'request', rawId, now),
              type: 'ticket.not_acknowledged' as const,
              payload: { reason: 'backlog_mail' },
            },
          ]
        : []),
    ]);
    const terms = openings[i]?.terms;
    if (quiet) continue;
    await deps.mail?.ticketOpened(
      tx.mail,
      {
        id: ticket.id,
        reference: ticket.reference,
        organisationId,
        requesterAddress: email.from.address,
        requesterName: email.from.name,
        subject: email.subject,
        language,
        jurisdiction: terms?.jurisdiction ?? 'eu-gdpr',
        status: 'received',
        version: 0,
        flags: [...flags, ...(openings[i]?.flags ?? [])],
        types: openings[i]?.types ?? [],
        requesterUnreachable: false,
        receivedAt,
        dueDate: terms?.dueDate ?? null,
        thread: [messageId],
        lastInboundMessageId: messageId,
      },
      {
        authenticationResults: email.headers
          .filter((h) => h.key === 'authentication-results')
          .map((h) => h.value),
      },
    );
  }
  return {
    kind: 'ticket',
    ticketReference: main.reference,
    flags,
    classification,
    needsTriage,
    ...(linked.length > 0 ? { linkedTicketReferences: linked.map((t) => t.reference) } : {}),
    ...(backlog ? { backlog: backlogMark(backlog, receivedAt, openings.filter(overdue).length) } : {}),
  };
}
