/**
 * The Prisma implementation of the intake store: one interactive transaction per batch, so messages,
 * tickets and the mailbox checkpoint are committed together or not at all. A batch first reads what
 * it needs in four queries (prefetch), then only writes, through a write buffer: a batch of 100 new
 * requests costs about a dozen statements instead of several hundred.
 */
import type { AuditDraft } from '../../app/audit/audit-draft.js';
import {
  type IntakeStore,
  type IntakeTransaction,
  StoreConflict,
  StoreUnavailable,
} from '../../app/intake/ports.js';
import { appendAuditEvents, type Tx } from './audit-store.js';
import { messageFingerprint, messageIdKey } from '../../domain/intake/message-ids.js';
import { isConnectionLost } from './connection-lost.js';
import { type Db, type DbProvider, isUniqueViolation } from './database.js';
import { withDriverConnection } from './driver-access.js';
import { findInChunks } from './in-chunks.js';
import { backlogIncrements } from './mailbox-state.js';
import { bufferedRequesterMailTransaction } from './requester-mail-store.js';
import { createIdAllocator, WriteBuffer } from './write-buffer.js';

/** Ticket numbers start at 1001 (RD-1001): short, and not mistaken for a count. */
const FIRST_TICKET_NUMBER = 1001;

export function createIntakeStore(db: Db, provider: DbProvider): IntakeStore {
  return {
    transaction: (work) =>
      withDriverConnection((driver) =>
        db.$transaction(
          async (tx) => {
            const events: AuditDraft[] = [];
            // Rows go in on the driver's connection: Buffers bound as they are (driver-access.ts).
            const executor = driver() ?? tx;
            const buffer = new WriteBuffer(tx, provider, executor);
            const result = await work(intakeTransaction(tx, provider, buffer, events));
            await buffer.flush();
            // Last, so the chain lock is held only for the few inserts before the commit.
            await appendAuditEvents(tx, provider, events, executor);
            return result;
          },
          { timeout: 120_000, maxWait: 60_000 },
        ),
      ).catch((error: unknown) => {
        if (isUniqueViolation(error))
          throw new StoreConflict('a row with the same key was stored meanwhile', { cause: error });
        if (isConnectionLost(error))
          throw new StoreUnavailable('the database is unreachable or the connection was lost', {
            cause: error,
          });
        throw error;
      }),
  };
}

function intakeTransaction(
  tx: Tx,
  provider: DbProvider,
  buffer: WriteBuffer,
  events: AuditDraft[],
): IntakeTransaction {
  const ticketSelect = { id: true, reference: true, requesterAddress: true } as const;
  const ids = createIdAllocator(tx, provider);
  // Read once per transaction: two writers that race for a number fail on the unique index and the batch is retried.
  let nextNumber: number | null = null;
  let senders: readonly string[] = [];
  return {
    mail: bufferedRequesterMailTransaction(tx, events, buffer, ids, () => senders),
    async prefetch(query) {
      await buffer.flush();
      senders = query.senderAddresses;
      const organisationId = { in: [...query.organisationIds] };
      // One after the other, each IN-list in chunks: no statement may exceed the parameter limit.
      const canonical = await findInChunks(query.messageIds, (messageIds) =>
        tx.rawMessage.findMany({
          where: { organisationId, canonicalMessageId: { in: messageIds } },
          select: {
            organisationId: true,
            messageId: true,
            id: true,
            ticketId: true,
            ticketEntry: { select: { fromAddress: true, subject: true, bodyText: true } },
          },
        }),
      );
      const ticketMessages = await findInChunks(query.messageIds, (messageIds) =>
        tx.ticketMessage.findMany({
          where: { messageId: { in: messageIds }, ticket: { organisationId } },
          // Oldest first: an email that opened several tickets threads its replies to the main one.
          orderBy: { id: 'asc' },
          select: {
            id: true,
            messageId: true,
            ticket: { select: { ...ticketSelect, organisationId: true } },
          },
        }),
      );
      // Chunks are each in id order; the whole list must be too.
      ticketMessages.sort((a, b) => a.id - b.id);
      const tickets = await findInChunks(query.ticketReferences, (references) =>
        tx.ticket.findMany({
          where: { reference: { in: references }, organisationId },
          select: { ...ticketSelect, organisationId: true },
        }),
      );
      const ingested = await findInChunks(query.contentHashes, (contentHashes) =>
        tx.rawMessage.findMany({
          where: { mailboxId: { in: [...query.mailboxIds] }, contentHash: { in: contentHashes } },
          select: { mailboxId: true, contentHash: true, sourceName: true },
        }),
      );
      return {
        canonical: canonical.map(({ ticketEntry, ...c }) => ({
          ...c,
          fromAddress: ticketEntry?.fromAddress ?? null,
          fingerprint:
            ticketEntry && ticketEntry.bodyText !== null
              ? messageFingerprint(ticketEntry.subject, ticketEntry.bodyText)
              : null,
        })),
        ticketMessages: ticketMessages.map(({ messageId, ticket: { organisationId, ...ticket } }) => ({
          organisationId,
          messageId,
          ticket,
        })),
        tickets,
        ingested,
      };
    },
    async storeRawMessage(record) {
      const { canonical, raw, ...rest } = record;
      const id = await ids.next('RawMessage');
      buffer.insert('rawMessage', {
        ...rest,
        id,
        // The unique key is bounded (a hash for a long Message-ID); messageId keeps the full value, unindexed.
        canonicalMessageId: canonical ? messageIdKey(record.messageId) : null,
        raw: raw ? bufferView(raw) : null,
      });
      return id;
    },
    async openTicket(ticket) {
      if (nextNumber === null) {
        const { _max } = await tx.ticket.aggregate({ _max: { number: true } });
        nextNumber = Math.max(FIRST_TICKET_NUMBER, (_max.number ?? 0) + 1);
      }
      const number = nextNumber++;
      const { classification, terms, ...fields } = ticket;
      const created = {
        id: await ids.next('Ticket'),
        reference: `RD-${number}`,
        requesterAddress: fields.requesterAddress,
      };
      buffer.insert('ticket', {
        ...fields,
        ...terms,
        id: created.id,
        flags: [...ticket.flags],
        types: [...classification.types],
        language: classification.language,
        number,
        reference: created.reference,
      });
      buffer.insert('classification', {
        ticketId: created.id,
        source: 'classifier',
        actor: 'classifier',
        types: [...classification.types],
        language: classification.language,
        confidence: classification.confidence,
        reasons: [...classification.reasons],
      });
      return created;
    },
    async addTicketMessage({ attachments, ...message }) {
      const id = await ids.next('TicketMessage');
      buffer.insert('ticketMessage', { ...message, id, direction: 'inbound' });
      for (const a of attachments)
        buffer.insert('attachment', {
          ...a,
          ticketMessageId: id,
          content: a.content ? bufferView(a.content) : null,
        });
    },
    async linkTickets(fromTicketId, toTicketId, kind) {
      buffer.insert('ticketLink', { fromTicketId, toTicketId, kind });
    },
    async markRequesterUnreachable(ticketId) {
      buffer.update((tx) =>
        tx.ticket.update({
          where: { id: ticketId },
          data: { requesterUnreachable: true },
          select: { id: true },
        }),
      );
    },
    async quarantine(record) {
      // The quarantine table is never buffered, so this read needs no flush.
      const existing = await tx.quarantinedMessage.findUnique({
        where: { source_contentHash: { source: record.source, contentHash: record.contentHash } },
        select: { id: true },
      });
      if (existing) return false;
      await tx.quarantinedMessage.create({
        data: { ...record, raw: bufferView(record.raw) },
        select: { id: true },
      });
      return true;
    },
    async recordEvents(drafts) {
      events.push(...drafts);
    },
    async saveCheckpoint(checkpoint, backlog) {
      buffer.update((tx) =>
        tx.mailbox.update({
          where: { id: checkpoint.mailboxId },
          data: {
            uidValidity: checkpoint.uidValidity,
            lastUid: checkpoint.lastUid,
            lastSyncAt: new Date(),
            lastError: null,
            consecutiveFailures: 0,
            ...(backlog.messages > 0 ? backlogIncrements(backlog, 1) : {}),
          },
          select: { id: true },
        }),
      );
    },
  };
}

/** The same bytes as a Buffer, without copying them (Buffer.from(Uint8Array) copies a whole message). */
function bufferView(bytes: Uint8Array): Buffer<ArrayBuffer> {
  // Sources hand over bytes of their own (never a SharedArrayBuffer).
  return Buffer.from(bytes.buffer as ArrayBuffer, bytes.byteOffset, bytes.byteLength);
}
