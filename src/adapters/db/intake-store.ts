/**
 * The Prisma implementation of the intake store: one interactive transaction per batch, so messages,
 * tickets and the mailbox checkpoint are committed together or not at all. A batch first reads what
 * it needs in four queries (prefetch), then only writes.
 */
import type { AuditDraft } from '../../app/audit/audit-draft.js';
import type { IntakeStore, IntakeTransaction } from '../../app/intake/ports.js';
import { appendAuditEvents, type Tx } from './audit-store.js';
import type { Db, DbProvider } from './database.js';
import { requesterMailTransaction } from './requester-mail-store.js';

/** Ticket numbers start at 1001 (RD-1001): short, and not mistaken for a count. */
const FIRST_TICKET_NUMBER = 1001;

export function createIntakeStore(db: Db, provider: DbProvider): IntakeStore {
  return {
    transaction: (work) =>
      db.$transaction(
        async (tx) => {
          const events: AuditDraft[] = [];
          const result = await work(intakeTransaction(tx, events));
          // Last, so the chain lock is held only for the few inserts before the commit.
          await appendAuditEvents(tx, provider, events);
          return result;
        },
        { timeout: 120_000, maxWait: 60_000 },
      ),
  };
}

function intakeTransaction(tx: Tx, events: AuditDraft[]): IntakeTransaction {
  const ticketSelect = { id: true, reference: true, requesterAddress: true } as const;
  // Read once per transaction: two writers that race for a number fail on the unique index and the batch is retried.
  let nextNumber: number | null = null;
  return {
    mail: requesterMailTransaction(tx, events),
    async prefetch(query) {
      const [canonical, ticketMessages, tickets, ingested] = await Promise.all([
        tx.rawMessage.findMany({
          where: {
            organisationId: { in: [...query.organisationIds] },
            canonicalMessageId: { in: [...query.messageIds] },
          },
          select: { organisationId: true, messageId: true, id: true, ticketId: true },
        }),
        tx.ticketMessage.findMany({
          where: {
            messageId: { in: [...query.messageIds] },
            ticket: { organisationId: { in: [...query.organisationIds] } },
          },
          // Oldest first: an email that opened several tickets threads its replies to the main one.
          orderBy: { id: 'asc' },
          select: { messageId: true, ticket: { select: { ...ticketSelect, organisationId: true } } },
        }),
        tx.ticket.findMany({
          where: {
            reference: { in: [...query.ticketReferences] },
            organisationId: { in: [...query.organisationIds] },
          },
          select: { ...ticketSelect, organisationId: true },
        }),
        tx.rawMessage.findMany({
          where: { mailboxId: { in: [...query.mailboxIds] }, contentHash: { in: [...query.contentHashes] } },
          select: { mailboxId: true, contentHash: true, sourceName: true },
        }),
      ]);
      return {
        canonical,
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
      const row = await tx.rawMessage.create({
        data: {
          ...rest,
          canonicalMessageId: canonical ? record.messageId : null,
          raw: raw ? Buffer.from(raw) : null,
        },
        select: { id: true },
      });
      return row.id;
    },
    async openTicket(ticket) {
      if (nextNumber === null) {
        const { _max } = await tx.ticket.aggregate({ _max: { number: true } });
        nextNumber = Math.max(FIRST_TICKET_NUMBER, (_max.number ?? 0) + 1);
      }
      const number = nextNumber++;
      const { classification, terms, ...fields } = ticket;
      // Flat inserts, not nested writes: a nested create costs Prisma an extra read-back per row.
      const created = await tx.ticket.create({
        data: {
          ...fields,
          ...terms,
          flags: [...ticket.flags],
          types: [...classification.types],
          language: classification.language,
          number,
          reference: `RD-${number}`,
        },
        select: ticketSelect,
      });
      await tx.classification.createMany({
        data: {
          ticketId: created.id,
          source: 'classifier',
          actor: 'classifier',
          types: [...classification.types],
          language: classification.language,
          confidence: classification.confidence,
          reasons: [...classification.reasons],
        },
      });
      return created;
    },
    async addTicketMessage({ attachments, ...message }) {
      const { id } = await tx.ticketMessage.create({
        data: { ...message, direction: 'inbound' },
        select: { id: true },
      });
      if (attachments.length === 0) return;
      await tx.attachment.createMany({
        data: attachments.map((a) => ({
          ...a,
          ticketMessageId: id,
          content: a.content ? Buffer.from(a.content) : null,
        })),
      });
    },
    async linkTickets(fromTicketId, toTicketId, kind) {
      await tx.ticketLink.create({ data: { fromTicketId, toTicketId, kind }, select: { id: true } });
    },
    async markRequesterUnreachable(ticketId) {
      await tx.ticket.update({
        where: { id: ticketId },
        data: { requesterUnreachable: true },
        select: { id: true },
      });
    },
    async quarantine(record) {
      const existing = await tx.quarantinedMessage.findUnique({
        where: { source_contentHash: { source: record.source, contentHash: record.contentHash } },
        select: { id: true },
      });
      if (existing) return false;
      await tx.quarantinedMessage.create({
        data: { ...record, raw: Buffer.from(record.raw) },
        select: { id: true },
      });
      return true;
    },
    async recordEvents(drafts) {
      events.push(...drafts);
    },
    async saveCheckpoint(checkpoint) {
      await tx.mailbox.update({
        where: { id: checkpoint.mailboxId },
        data: {
          uidValidity: checkpoint.uidValidity,
          lastUid: checkpoint.lastUid,
          lastSyncAt: new Date(),
          lastError: null,
          consecutiveFailures: 0,
        },
        select: { id: true },
      });
    },
  };
}
