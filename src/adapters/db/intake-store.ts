/**
 * The Prisma implementation of the intake store: one interactive transaction per batch, so messages,
 * tickets and the mailbox checkpoint are committed together or not at all.
 */
import type { Checkpoint, IntakeStore, IntakeTransaction, StoredTicket } from '../../app/intake/ports.js';
import type { Db } from './database.js';

type Tx = Parameters<Parameters<Db['$transaction']>[0]>[0];

/** Ticket references start at RD-1001: short, and not mistaken for a count. */
const REFERENCE_OFFSET = 1000;

export function createIntakeStore(db: Db): IntakeStore {
  return {
    transaction: (work) =>
      db.$transaction((tx) => work(intakeTransaction(tx)), { timeout: 120_000, maxWait: 60_000 }),
  };
}

function intakeTransaction(tx: Tx): IntakeTransaction {
  const ticketSelect = { id: true, reference: true, requesterAddress: true } as const;
  return {
    async wasIngested({ mailboxId, contentHash, sourceName, rescan }) {
      if (!rescan && sourceName === null) return false;
      const found = await tx.rawMessage.findFirst({
        where: { mailboxId, contentHash, ...(rescan ? {} : { sourceName }) },
        select: { id: true },
      });
      return found !== null;
    },
    findCanonical(organisationId, messageId) {
      return tx.rawMessage.findUnique({
        where: { organisationId_canonicalMessageId: { organisationId, canonicalMessageId: messageId } },
        select: { id: true, ticketId: true },
      });
    },
    async ticketsByMessageIds(organisationId, messageIds) {
      const found = new Map<string, StoredTicket>();
      if (messageIds.length === 0) return found;
      const rows = await tx.ticketMessage.findMany({
        where: { messageId: { in: [...messageIds] }, ticket: { organisationId } },
        select: { messageId: true, ticket: { select: ticketSelect } },
      });
      for (const row of rows) found.set(row.messageId, row.ticket);
      return found;
    },
    ticketByReference(organisationId, reference) {
      return tx.ticket.findFirst({ where: { reference, organisationId }, select: ticketSelect });
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
      // The reference comes from the row id, known only after the insert: a placeholder keeps it unique meanwhile.
      const placeholder = `pending-${process.hrtime.bigint()}-${Math.random()}`;
      const created = await tx.ticket.create({
        data: { ...ticket, flags: [...ticket.flags], types: [], reference: placeholder },
        select: { id: true },
      });
      return tx.ticket.update({
        where: { id: created.id },
        data: { reference: `RD-${created.id + REFERENCE_OFFSET}` },
        select: ticketSelect,
      });
    },
    async addTicketMessage({ attachments, ...message }) {
      await tx.ticketMessage.create({
        data: {
          ...message,
          direction: 'inbound',
          attachments: {
            create: attachments.map((a) => ({ ...a, content: a.content ? Buffer.from(a.content) : null })),
          },
        },
      });
    },
    async markRequesterUnreachable(ticketId) {
      await tx.ticket.update({ where: { id: ticketId }, data: { requesterUnreachable: true } });
    },
    async quarantine(record) {
      const existing = await tx.quarantinedMessage.findUnique({
        where: { source_contentHash: { source: record.source, contentHash: record.contentHash } },
        select: { id: true },
      });
      if (existing) return false;
      await tx.quarantinedMessage.create({ data: { ...record, raw: Buffer.from(record.raw) } });
      return true;
    },
    async saveCheckpoint(checkpoint: Checkpoint) {
      await tx.mailbox.update({
        where: { id: checkpoint.mailboxId },
        data: {
          uidValidity: checkpoint.uidValidity,
          lastUid: checkpoint.lastUid,
          lastSyncAt: new Date(),
          lastError: null,
          consecutiveFailures: 0,
        },
      });
    },
  };
}
