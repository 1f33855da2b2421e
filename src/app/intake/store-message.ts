/**
 * Stores one prepared message inside the batch's transaction, after routing it: a quarantined or
 * already-ingested message, a recorded duplicate, automatic mail (on its ticket when it has one), a
 * reply on its ticket, or a new request (see open-tickets.ts).
 */
import { ticketFlagsFor } from '../../domain/classify/request-flags.js';
import { appealsDecision } from '../../domain/tickets/appeal-wording.js';
import { detectAutomaticMail } from '../../domain/email/automatic.js';
import { isRequesterAddress } from '../../domain/email/requester-address.js';
import { messageFingerprint, syntheticMessageId } from '../../domain/intake/message-ids.js';
import { BACKLOG_FLAG, isBacklog } from '../../domain/intake/backlog.js';
import { hasUnusableDate, receiptOf } from '../../domain/intake/receipt-time.js';
import { routeEmail } from '../../domain/intake/route-email.js';
import { referencedMessageIds, ticketTokenOf } from '../../domain/intake/threading.js';
import type { AuditDraft } from '../audit/audit-draft.js';
import type { BatchFacts } from './batch-facts.js';
import type { BacklogHandling, IntakeBatch, IntakeDeps } from './intake-deps.js';
import { backlogMark, type IntakeOutcome } from './intake-outcome.js';
import { headerBlockOf, ingestedEvent, ticketMessage } from './message-records.js';
import { openRequestTickets } from './open-tickets.js';
import type { Prepared } from './prepare-message.js';
import type { IntakeTransaction, RawMessageRecord, StoredTicket } from './ports.js';

export async function storeMessage(
  tx: IntakeTransaction,
  facts: BatchFacts,
  item: Prepared,
  batch: IntakeBatch,
  deps: IntakeDeps,
): Promise<IntakeOutcome> {
  const { message, hash } = item;
  if (!item.ok) {
    if (!batch.quarantineFailures) return { kind: 'quarantined', error: item.error };
    const fresh = await tx.quarantine({
      source: item.mailboxId ?? batch.sourceLabel,
      mailboxId: item.mailboxId,
      uidValidity: message.uidValidity,
      uid: message.uid,
      sourceName: message.sourceName,
      contentHash: hash,
      raw: message.raw,
      error: item.error,
    });
    return fresh
      ? { kind: 'quarantined', error: item.error }
      : { kind: 'skipped', reason: 'already in quarantine' };
  }
  const { email, target } = item;
  if (facts.wasIngested(target.mailboxId, hash, message.sourceName, batch.rescan)) {
    return { kind: 'skipped', reason: 'already ingested' };
  }
  const fingerprint = messageFingerprint(email.subject, email.text);
  const synthetic = syntheticMessageId(hash);
  // RFC 5322 §3.6.4: a Message-ID names one message; mail under an id that a message of another sender,
  // or of the same saying something else, already holds is no copy of it (batch-facts.ts, placeOf).
  const place = email.messageId
    ? facts.placeOf(target.organisationId, email.messageId, {
        fromAddress: email.from?.address ?? '',
        fingerprint,
      })
    : { messageId: synthetic, copyOf: facts.firstCopy(target.organisationId, synthetic), reused: false };
  const { messageId, reused, copyOf } = place;
  const receipt = message.receivedAt
    ? { at: message.receivedAt, dateUnusable: hasUnusableDate(email) }
    : receiptOf(email, message.fileTime ?? deps.now());
  const receivedAt = receipt.at;
  const backlog = batch.backlog && isBacklog(receivedAt, batch.backlog.addedAt) ? batch.backlog : undefined;
  /** Marks what backlog mail became, for the catch-up's summary and the chat announcer. */
  const marked = (outcome: IntakeOutcome): IntakeOutcome =>
    backlog ? { ...outcome, backlog: backlogMark(backlog, receivedAt, 0) } : outcome;
  const base = {
    organisationId: target.organisationId,
    mailboxId: target.mailboxId,
    uidValidity: message.uidValidity,
    uid: message.uid,
    sourceName: message.sourceName,
    messageId,
    messageIdSynthetic: messageId !== email.messageId,
    contentHash: hash,
    size: message.size,
    headerBlock: headerBlockOf(message.raw),
    receivedAt,
  };

  const storeRaw = async (record: RawMessageRecord, ticket: StoredTicket | null) => {
    const rawMessageId = await tx.storeRawMessage(record);
    facts.noteStored({
      ...target,
      contentHash: hash,
      sourceName: message.sourceName,
      messageId,
      rawMessageId,
      ticket,
      canonical: record.canonical,
      fromAddress: email.from?.address ?? '',
      fingerprint,
    });
    return rawMessageId;
  };
  if (copyOf) {
    await storeRaw(
      {
        ...base,
        canonical: false,
        raw: null,
        status: 'duplicate',
        automaticKind: null,
        automaticReason: null,
        duplicateOfId: copyOf.id,
        ticketId: copyOf.ticketId,
      },
      null,
    );
    return marked({ kind: 'duplicate', duplicateOf: copyOf.id });
  }

  const automatic = detectAutomaticMail(email, deps.automaticContext);
  const lookupIds = [...referencedMessageIds(email), ...email.returnedMessageIds];
  const known = facts.ticketsByMessageId(target.organisationId, lookupIds);
  const token = ticketTokenOf(email.subject);
  const tokenTicket = token ? facts.ticketByReference(target.organisationId, token) : null;
  const route = routeEmail(email, automatic, {
    ticketsByMessageId: known,
    tokenTicket,
    checkMessageId: deps.checkMessageId,
  });
  const threaded = route.kind === 'new_ticket' ? null : route.ticketReference;
  const ticket = threaded ? facts.ticketByReference(target.organisationId, threaded) : null;

  /** The canonical copy of the message, on `ticket` when it joins one. */
  const storeCanonical = (status: 'ticket' | 'reply' | 'automatic', ticket: StoredTicket | null) =>
    storeRaw(
      {
        ...base,
        canonical: true,
        raw: message.tooLarge ? null : message.raw,
        status,
        automaticKind: route.kind === 'automatic' ? route.verdict.kind : null,
        automaticReason: route.kind === 'automatic' ? route.verdict.reason : null,
        duplicateOfId: null,
        ticketId: ticket?.id ?? null,
      },
      ticket,
    );

  if (route.kind === 'automatic') {
    const rawId = await storeCanonical('automatic', ticket);
    if (ticket) {
      await tx.addTicketMessage(ticketMessage(ticket.id, rawId, 'automatic', messageId, email, receivedAt));
      if (route.requesterUnreachable) await tx.markRequesterUnreachable(ticket.id);
      await tx.recordEvents([ingestedEvent(ticket, 'automatic', rawId, deps.now())]);
    }
    return marked({
      kind: 'automatic',
      automaticKind: route.verdict.kind,
      reason: route.verdict.reason,
      ticketReference: ticket?.reference ?? null,
    });
  }
  if (route.kind === 'reply' && ticket) {
    const rawId = await storeCanonical('reply', ticket);
    // Kept with the reply, so its chat post does not call a forged From the requester's.
    const forged = Boolean(deps.mail?.senderFailure(target.organisationId, email));
    await tx.addTicketMessage({
      ...ticketMessage(ticket.id, rawId, 'reply', messageId, email, receivedAt),
      senderUnauthenticated: forged,
    });
    // The consumer who was denied appeals (Va. Code §59.1-577(C)): a stranger who knows the request's
    // Message-ID (no secret) threads onto the ticket, but their words open no appeal on it, nor do words
    // under the requester's forged From that our server says failed DMARC (staff may still `appeal`).
    const appeals =
      isRequesterAddress(email.from?.address, ticket.requesterAddress) &&
      appealsDecision(email.text) &&
      !forged;
    await tx.recordEvents([
      backlog
        ? lateReplyEvent(ticket, rawId, receivedAt, deps.now())
        : ingestedEvent(ticket, 'reply', rawId, deps.now()),
      ...(backlog ? [backlogReplyEvent(ticket, rawId, backlog, deps.now())] : []),
    ]);
    // A backlog reply never answers a verification code: it was received before the mailbox was read,
    // so it cannot prove control of the address now. The product rule (DESIGN: a code is checked
    // against its expiry) holds that only a fresh reply to a live code verifies; checking it would also
    // spend an attempt of the requester's live code on last year's words.
    if (!backlog) await deps.mail?.replyStored(tx.mail, { ticketId: ticket.id, messageId, email });
    return marked({
      kind: 'reply',
      ticketReference: ticket.reference,
      via: route.via,
      ...(appeals ? { appeals } : {}),
    });
  }
  // A new request, or a reply whose ticket no longer exists in this organisation.
  const unknownReference = route.kind === 'reply' || (token !== null && tokenTicket === null);
  const flags = [
    ...(route.kind === 'new_ticket' ? route.flags : []),
    ...(unknownReference ? ['unknown_ticket_reference'] : []),
    ...(reused ? ['message_id_reused'] : []),
    ...(message.tooLarge ? ['body_too_large'] : []),
    // The deadline then runs from the server's or the file's time, which staff should know to check.
    ...(receipt.dateUnusable ? ['unusable_date_header'] : []),
    ...ticketFlagsFor(email),
    // Read from a mailbox that already held it when it was added: staff see why no letter went (issue 17).
    ...(backlog ? [BACKLOG_FLAG] : []),
  ];
  const from = email.from;
  if (!from) throw new Error('a prepared message has a sender'); // prepareMessage quarantines those without
  return openRequestTickets(tx, deps, {
    email: { ...email, from },
    organisationId: target.organisationId,
    messageId,
    receivedAt,
    flags,
    classification: item.classification,
    storeRaw: (opened) => storeCanonical('ticket', opened),
    ...(backlog ? { backlog } : {}),
  });
}

/** A backlog reply's ingestion, with its receipt: a clock it may stop or restart goes by that (issue 17). */
function lateReplyEvent(ticket: StoredTicket, rawMessageId: number, receivedAt: Date, at: Date): AuditDraft {
  const ingested = ingestedEvent(ticket, 'reply', rawMessageId, at);
  return { ...ingested, payload: { kind: 'reply', rawMessageId, receivedAt: receivedAt.toISOString() } };
}

/**
 * The trail's note that a backlog reply was filed on its ticket, and what it did not set off. An appeal it
 * words is not listed here: whether one opens is decided afterwards, and the appeal that does open records
 * its own withheld letter (`ticket.not_acknowledged`), so a reply to a ticket that cannot be appealed never
 * claims a letter was held back.
 */
function backlogReplyEvent(
  ticket: StoredTicket,
  rawMessageId: number,
  backlog: BacklogHandling,
  at: Date,
): AuditDraft {
  const withheld = ['verification_code_check', ...(backlog.announce ? [] : ['chat_post'])];
  return {
    ...ingestedEvent(ticket, 'reply', rawMessageId, at),
    type: 'reply.filed_without_action',
    payload: { reason: 'backlog_mail', rawMessageId, withheld },
  };
}
