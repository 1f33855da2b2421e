/**
 * The intake use-case: stores a batch of raw messages from one source exactly once, each as a new
 * ticket, a reply on its ticket, automatic mail, a recorded duplicate or a quarantined message,
 * together with the source's checkpoint in ONE transaction. A crash before the commit stores nothing
 * (the source re-delivers from the old checkpoint); a crash after it re-delivers nothing.
 */
import { createHash } from 'node:crypto';
import { type AutomaticContext, detectAutomaticMail } from '../../domain/email/automatic.js';
import type { Classification } from '../../domain/classify/classify-email.js';
import type { ParsedEmail } from '../../domain/email/parsed-email.js';
import { type SignedIdCheck, syntheticMessageId } from '../../domain/intake/message-ids.js';
import { receiptTimeOf } from '../../domain/intake/receipt-time.js';
import { routeEmail } from '../../domain/intake/route-email.js';
import { referencedMessageIds, ticketTokenOf } from '../../domain/intake/threading.js';
import type { AuditDraft } from '../audit/audit-draft.js';
import type { OpeningTerms } from '../tickets/opening-terms.js';
import type { IntakeMailHooks } from '../notify/intake-mail-hooks.js';
import { BatchFacts } from './batch-facts.js';
import type {
  Checkpoint,
  IncomingMessage,
  IntakeStore,
  IntakeTransaction,
  MailboxRef,
  PrefetchQuery,
  RawMessageRecord,
  StoredTicket,
  TicketMessageRecord,
} from './ports.js';

export type IntakeOutcome =
  | {
      readonly kind: 'ticket';
      readonly ticketReference: string;
      readonly flags: readonly string[];
      readonly classification: Classification;
      readonly needsTriage: boolean;
    }
  | { readonly kind: 'reply'; readonly ticketReference: string; readonly via: string }
  | {
      readonly kind: 'automatic';
      readonly automaticKind: string;
      readonly reason: string;
      readonly ticketReference: string | null;
    }
  | { readonly kind: 'duplicate'; readonly duplicateOf: number }
  | { readonly kind: 'skipped'; readonly reason: string }
  | { readonly kind: 'quarantined'; readonly error: string };

export interface IntakeDeps {
  readonly store: IntakeStore;
  /** Parses raw bytes; throws on malformed mail (the message is then quarantined, never dropped). */
  readonly parse: (raw: Uint8Array) => Promise<ParsedEmail>;
  readonly automaticContext: AutomaticContext;
  readonly checkMessageId: (messageId: string) => SignedIdCheck;
  readonly classify: (email: ParsedEmail) => Classification;
  /** Tickets classified below this confidence are marked needs_triage. */
  readonly triageThreshold: number;
  /** The jurisdiction and deadline a new ticket opens under. */
  readonly openingTerms: (
    organisationId: string,
    types: Classification['types'],
    receivedAt: Date,
  ) => OpeningTerms;
  readonly now: () => Date;
  /** Acknowledges new requests and checks verification codes in replies; absent: no email. */
  readonly mail?: IntakeMailHooks;
  /**
   * Told of a batch's outcomes once they are committed (e.g. to announce new tickets in chat). It must
   * not reject: it reports its own failures, and nothing it does can undo the batch.
   */
  readonly onCommitted?: (outcomes: readonly IntakeOutcome[]) => Promise<void>;
}

export interface IntakeBatch {
  /** The mailbox of every message, or a resolver for sources that serve several organisations. */
  readonly target: MailboxRef | ((email: ParsedEmail) => MailboxRef | null);
  /** The source name recorded on quarantined mail that cannot be routed to a mailbox. */
  readonly sourceLabel: string;
  readonly messages: readonly IncomingMessage[];
  /** Saved in the same transaction; null for sources without one (folders). */
  readonly checkpoint: Checkpoint | null;
  /** After a UIDVALIDITY change: messages whose bytes are already stored are skipped. */
  readonly rescan: boolean;
  /** Store unparseable mail in the quarantine (false only when retrying a quarantined message). */
  readonly quarantineFailures: boolean;
}

type Prepared =
  | {
      readonly ok: true;
      readonly message: IncomingMessage;
      readonly hash: string;
      readonly email: ParsedEmail;
      readonly target: MailboxRef;
    }
  | {
      readonly ok: false;
      readonly message: IncomingMessage;
      readonly hash: string;
      readonly error: string;
      readonly mailboxId: string | null;
    };

const MAX_CONFLICT_RETRIES = 3;

export async function ingestBatch(batch: IntakeBatch, deps: IntakeDeps): Promise<IntakeOutcome[]> {
  // Parsing is CPU work: do it before the transaction so the write lock is held briefly.
  const prepared = await Promise.all(batch.messages.map((m) => prepare(m, batch, deps)));
  const outcomes = await storeBatch(prepared, batch, deps);
  await deps.onCommitted?.(outcomes);
  return outcomes;
}

async function storeBatch(
  prepared: readonly Prepared[],
  batch: IntakeBatch,
  deps: IntakeDeps,
): Promise<IntakeOutcome[]> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await deps.store.transaction(async (tx) => {
        const facts = new BatchFacts(await tx.prefetch(prefetchQuery(prepared, deps)));
        const outcomes: IntakeOutcome[] = [];
        for (const item of prepared) outcomes.push(await storeOne(tx, facts, item, batch, deps));
        if (batch.checkpoint) await tx.saveCheckpoint(batch.checkpoint);
        return outcomes;
      });
    } catch (error) {
      // Another process stored the same Message-ID meanwhile (unique constraint): run again, it is now a duplicate.
      if (!isUniqueViolation(error) || attempt >= MAX_CONFLICT_RETRIES) throw error;
    }
  }
}

async function prepare(message: IncomingMessage, batch: IntakeBatch, deps: IntakeDeps): Promise<Prepared> {
  const hash = createHash('sha256').update(message.raw).digest('hex');
  const fixedMailbox = typeof batch.target === 'function' ? null : batch.target.mailboxId;
  let email: ParsedEmail;
  try {
    email = await deps.parse(message.raw);
  } catch (error) {
    return {
      ok: false,
      message,
      hash,
      error: error instanceof Error ? error.message : String(error),
      mailboxId: fixedMailbox,
    };
  }
  if (!email.from)
    return { ok: false, message, hash, error: 'no sender address (From) to answer', mailboxId: fixedMailbox };
  const target = typeof batch.target === 'function' ? batch.target(email) : batch.target;
  if (!target)
    return {
      ok: false,
      message,
      hash,
      error: 'no recipient is an address of a configured organisation',
      mailboxId: null,
    };
  return { ok: true, message, hash, email, target };
}

/** Everything the batch's messages could look up: their own Message-IDs, what they refer to, their tokens. */
function prefetchQuery(prepared: readonly Prepared[], deps: IntakeDeps): PrefetchQuery {
  const parsed = prepared.filter((p) => p.ok);
  const messageIds = parsed.flatMap((p) => [
    p.email.messageId ?? syntheticMessageId(p.hash),
    ...referencedMessageIds(p.email),
    ...p.email.returnedMessageIds,
  ]);
  const signedReferences = messageIds.flatMap((id) => {
    const check = deps.checkMessageId(id);
    return check.kind === 'ours' ? [check.ticketReference] : [];
  });
  const tokens = parsed.map((p) => ticketTokenOf(p.email.subject)).filter((t): t is string => t !== null);
  return {
    organisationIds: [...new Set(parsed.map((p) => p.target.organisationId))],
    messageIds: [...new Set(messageIds)],
    ticketReferences: [...new Set([...tokens, ...signedReferences])],
    mailboxIds: [...new Set(parsed.map((p) => p.target.mailboxId))],
    contentHashes: parsed.map((p) => p.hash),
  };
}

async function storeOne(
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
  const messageId = email.messageId ?? syntheticMessageId(hash);
  const receivedAt = message.receivedAt ?? receiptTimeOf(email) ?? deps.now();
  const base = {
    organisationId: target.organisationId,
    mailboxId: target.mailboxId,
    uidValidity: message.uidValidity,
    uid: message.uid,
    sourceName: message.sourceName,
    messageId,
    messageIdSynthetic: email.messageId === null,
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
    });
    return rawMessageId;
  };

  const first = facts.firstCopy(target.organisationId, messageId);
  if (first) {
    await storeRaw(
      {
        ...base,
        canonical: false,
        raw: null,
        status: 'duplicate',
        automaticKind: null,
        automaticReason: null,
        duplicateOfId: first.id,
        ticketId: first.ticketId,
      },
      null,
    );
    return { kind: 'duplicate', duplicateOf: first.id };
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

  const raw = message.tooLarge ? null : message.raw;
  if (route.kind === 'automatic') {
    const rawId = await storeRaw(
      {
        ...base,
        canonical: true,
        raw,
        status: 'automatic',
        automaticKind: route.verdict.kind,
        automaticReason: route.verdict.reason,
        duplicateOfId: null,
        ticketId: ticket?.id ?? null,
      },
      ticket,
    );
    if (ticket) {
      await tx.addTicketMessage(ticketMessage(ticket.id, rawId, 'automatic', messageId, email, receivedAt));
      if (route.requesterUnreachable) await tx.markRequesterUnreachable(ticket.id);
      await tx.recordEvents([ingestedEvent(ticket, 'automatic', rawId, deps)]);
    }
    return {
      kind: 'automatic',
      automaticKind: route.verdict.kind,
      reason: route.verdict.reason,
      ticketReference: ticket?.reference ?? null,
    };
  }
  if (route.kind === 'reply' && ticket) {
    const rawId = await storeRaw(
      {
        ...base,
        canonical: true,
        raw,
        status: 'reply',
        automaticKind: null,
        automaticReason: null,
        duplicateOfId: null,
        ticketId: ticket.id,
      },
      ticket,
    );
    await tx.addTicketMessage(ticketMessage(ticket.id, rawId, 'reply', messageId, email, receivedAt));
    await tx.recordEvents([ingestedEvent(ticket, 'reply', rawId, deps)]);
    await deps.mail?.replyStored(tx.mail, { ticketId: ticket.id, messageId, email });
    return { kind: 'reply', ticketReference: ticket.reference, via: route.via };
  }
  // A new request, or a reply whose ticket no longer exists in this organisation.
  const unknownReference = route.kind === 'reply' || (token !== null && tokenTicket === null);
  const flags = [
    ...(route.kind === 'new_ticket' ? route.flags : []),
    ...(unknownReference ? ['unknown_ticket_reference'] : []),
    ...(message.tooLarge ? ['body_too_large'] : []),
  ];
  const classification = deps.classify(email);
  const needsTriage = classification.confidence < deps.triageThreshold;
  const opened = await tx.openTicket({
    organisationId: target.organisationId,
    requesterAddress: email.from!.address,
    requesterName: email.from!.name,
    subject: email.subject,
    flags,
    receivedAt,
    classification,
    needsTriage,
    terms: deps.openingTerms(target.organisationId, classification.types, receivedAt),
  });
  const rawId = await storeRaw(
    {
      ...base,
      canonical: true,
      raw,
      status: 'ticket',
      automaticKind: null,
      automaticReason: null,
      duplicateOfId: null,
      ticketId: opened.id,
    },
    opened,
  );
  await tx.addTicketMessage(ticketMessage(opened.id, rawId, 'request', messageId, email, receivedAt));
  const { types, language, confidence } = classification;
  await tx.recordEvents([
    ingestedEvent(opened, 'request', rawId, deps),
    {
      ...ingestedEvent(opened, 'request', rawId, deps),
      type: 'ticket.classified',
      actor: 'classifier',
      payload: { types: [...types], language, confidence, needsTriage },
    },
  ]);
  await deps.mail?.ticketOpened(tx.mail, opened.id);
  return { kind: 'ticket', ticketReference: opened.reference, flags, classification, needsTriage };
}

/** The audit record of a message joining a ticket: ids only, never the sender or the text. */
function ingestedEvent(
  ticket: StoredTicket,
  kind: TicketMessageRecord['kind'],
  rawMessageId: number,
  deps: IntakeDeps,
): AuditDraft {
  return {
    type: 'ticket.ingested',
    actor: 'intake',
    at: deps.now(),
    ticketId: ticket.id,
    ticketReference: ticket.reference,
    payload: { kind, rawMessageId },
  };
}

function ticketMessage(
  ticketId: number,
  rawMessageId: number,
  kind: TicketMessageRecord['kind'],
  messageId: string,
  email: ParsedEmail,
  receivedAt: Date,
): TicketMessageRecord {
  return {
    ticketId,
    rawMessageId,
    kind,
    messageId,
    fromAddress: email.from?.address ?? '',
    subject: email.subject,
    bodyText: email.text,
    receivedAt,
    attachments: email.attachments.map((a) => ({
      filename: a.filename,
      contentType: a.contentType,
      size: a.size,
      content: a.content ?? null,
      omittedReason: a.content ? null : 'over the attachment size limit',
    })),
  };
}

/** The raw header block (up to the first empty line), kept even when the body is not. */
function headerBlockOf(raw: Uint8Array): string {
  const text = Buffer.from(raw.buffer, raw.byteOffset, Math.min(raw.byteLength, 256 * 1024)).toString(
    'latin1',
  );
  const end = text.search(/\r?\n\r?\n/);
  return end === -1 ? text : text.slice(0, end);
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'P2002';
}
