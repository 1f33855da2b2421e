/**
 * What one intake batch needs to know from the database (first copies of Message-IDs, tickets that
 * referenced Message-IDs and ticket tokens belong to, bytes already ingested), read in a few queries
 * at the start of the batch and kept up to date as the batch stores messages, so each message costs
 * only its writes.
 */
import { messageIdKey, senderMessageId } from '../../domain/intake/message-ids.js';
import type { PrefetchResult, StoredTicket } from './ports.js';

const key = (...parts: readonly (string | null)[]) => parts.join('\u0000');
/** Message-IDs are compared as the database indexes them (long ones hashed: messageIdKey). */
const idKey = (organisationId: string, messageId: string) => key(organisationId, messageIdKey(messageId));

/** The message first stored under a Message-ID: its sender and what it says are known when it joined a ticket. */
export interface FirstCopy {
  readonly id: number;
  readonly ticketId: number | null;
  readonly fromAddress: string | null;
  readonly fingerprint: string | null;
}

export class BatchFacts {
  private readonly canonical = new Map<string, FirstCopy>();
  private readonly byMessageId = new Map<string, StoredTicket>();
  private readonly byReference = new Map<string, StoredTicket>();
  private readonly ingested = new Set<string>();
  private readonly ingestedBytes = new Set<string>();

  constructor(result: PrefetchResult) {
    for (const c of result.canonical)
      this.canonical.set(idKey(c.organisationId, c.messageId), {
        id: c.id,
        ticketId: c.ticketId,
        fromAddress: c.fromAddress,
        fingerprint: c.fingerprint,
      });
    for (const m of result.ticketMessages) {
      // The first ticket of a Message-ID is the main one of an email that opened several.
      const messageKey = idKey(m.organisationId, m.messageId);
      if (!this.byMessageId.has(messageKey)) this.byMessageId.set(messageKey, m.ticket);
      this.byReference.set(key(m.organisationId, m.ticket.reference), m.ticket);
    }
    for (const t of result.tickets) this.byReference.set(key(t.organisationId, t.reference), t);
    for (const i of result.ingested) this.noteIngested(i.mailboxId, i.contentHash, i.sourceName);
  }

  /** The same file again (folder source), or, during a UIDVALIDITY rescan, the same bytes in the mailbox. */
  wasIngested(mailboxId: string, contentHash: string, sourceName: string | null, rescan: boolean): boolean {
    if (rescan) return this.ingestedBytes.has(key(mailboxId, contentHash));
    return sourceName !== null && this.ingested.has(key(mailboxId, contentHash, sourceName));
  }

  firstCopy(organisationId: string, messageId: string): FirstCopy | null {
    return this.canonical.get(idKey(organisationId, messageId)) ?? null;
  }

  /**
   * Where a message with a Message-ID is stored, and the copy of it already stored, if any. RFC 5322
   * §3.6.4: a Message-ID names one message, so a copy comes from the same sender and says the same
   * (`messageFingerprint`). Mail under an id that another sender's mail, or the same sender's saying
   * something else (a forgery sent ahead, a web form with one fixed id), already holds is a message of
   * its own: stored under an id of that id and its sender, or of the id, the sender and what it says.
   */
  placeOf(
    organisationId: string,
    messageId: string,
    sender: { readonly fromAddress: string; readonly fingerprint: string },
  ): { readonly messageId: string; readonly copyOf: FirstCopy | null; readonly reused: boolean } {
    const isCopy = (copy: FirstCopy) =>
      copy.fromAddress === null ||
      (copy.fromAddress === sender.fromAddress &&
        (copy.fingerprint === null || copy.fingerprint === sender.fingerprint));
    const first = this.firstCopy(organisationId, messageId);
    if (!first || isCopy(first)) return { messageId, copyOf: first, reused: false };
    const bySender = senderMessageId(messageId, sender.fromAddress);
    const senderCopy = this.firstCopy(organisationId, bySender);
    if (!senderCopy || isCopy(senderCopy)) return { messageId: bySender, copyOf: senderCopy, reused: true };
    const bySaying = senderMessageId(messageId, sender.fromAddress, sender.fingerprint);
    return { messageId: bySaying, copyOf: this.firstCopy(organisationId, bySaying), reused: true };
  }

  ticketsByMessageId(organisationId: string, messageIds: readonly string[]): Map<string, StoredTicket> {
    const found = new Map<string, StoredTicket>();
    for (const id of messageIds) {
      const ticket = this.byMessageId.get(idKey(organisationId, id));
      if (ticket) found.set(id, ticket);
    }
    return found;
  }

  ticketByReference(organisationId: string, reference: string): StoredTicket | null {
    return this.byReference.get(key(organisationId, reference)) ?? null;
  }

  /** Records what the batch just stored, so later messages of the same batch see it. */
  noteStored(input: {
    organisationId: string;
    mailboxId: string;
    contentHash: string;
    sourceName: string | null;
    messageId: string;
    rawMessageId: number;
    ticket: StoredTicket | null;
    canonical: boolean;
    fromAddress: string;
    fingerprint: string;
  }): void {
    this.noteIngested(input.mailboxId, input.contentHash, input.sourceName);
    if (!input.canonical) return;
    this.canonical.set(idKey(input.organisationId, input.messageId), {
      id: input.rawMessageId,
      ticketId: input.ticket?.id ?? null,
      fromAddress: input.ticket ? input.fromAddress : null,
      fingerprint: input.ticket ? input.fingerprint : null,
    });
    if (input.ticket) {
      this.byMessageId.set(idKey(input.organisationId, input.messageId), input.ticket);
      this.byReference.set(key(input.organisationId, input.ticket.reference), input.ticket);
    }
  }

  private noteIngested(mailboxId: string, contentHash: string, sourceName: string | null): void {
    this.ingested.add(key(mailboxId, contentHash, sourceName));
    this.ingestedBytes.add(key(mailboxId, contentHash));
  }
}
