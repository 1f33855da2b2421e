/**
 * The requester-mail transaction (outbox and verification) over a Prisma transaction, for intake's
 * batch transaction, the desk executor's, or one of its own with the audit events appended at commit.
 */
import type { AuditDraft } from '../../app/audit/audit-draft.js';
import type { RequesterMailStore, RequesterMailTransaction } from '../../app/verify/ports.js';
import { appendAuditEvents, type Tx } from './audit-store.js';
import type { Db, DbProvider } from './database.js';
import { exportTransaction } from './export-store.js';
import { findInChunks } from './in-chunks.js';
import { outboxRows, outboxTransaction } from './outbox-store.js';
import { verificationTransaction } from './verification-store.js';
import type { IdAllocator, WriteBuffer } from './write-buffer.js';

/** How far back the batch's first cap check loads automatic emails, so that later checks need no query. */
const CAP_PRELOAD_MS = 7 * 24 * 3_600_000;

/** `audit` collects the events; the owner of the transaction appends them to the chain before commit. */
export function requesterMailTransaction(tx: Tx, audit: AuditDraft[]): RequesterMailTransaction {
  return { ...outboxTransaction(tx, audit), ...verificationTransaction(tx, audit), ...exportTransaction(tx) };
}

/**
 * The same over intake's write buffer: queued emails join the buffer, and every other call flushes it
 * first, so that it sees the batch's rows. Two need no flush: audit events wait for the commit anyway,
 * and codes are never buffered (a ticket opened in this batch has none). The per-requester cap is
 * counted, for all the batch's senders at once, from the emails stored before the batch plus those
 * the batch queued.
 */
export function bufferedRequesterMailTransaction(
  tx: Tx,
  audit: AuditDraft[],
  buffer: WriteBuffer,
  ids: IdAllocator,
  batchAddresses: () => readonly string[],
): RequesterMailTransaction {
  const direct = requesterMailTransaction(tx, audit);
  const flushed =
    <A extends unknown[], R>(call: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      await buffer.flush();
      return call(...args);
    };
  const queued: { organisationId: string; toAddress: string; queuedAt: Date; messageId: string }[] = [];
  /** Per organisation: its automatic emails stored before the batch, loaded on the first count. */
  const organisationRows = new Map<string, { since: Date; rows: { queuedAt: Date; messageId: string }[] }>();
  let stored: { since: Date; addresses: Set<string>; rows: { toAddress: string; queuedAt: Date }[] } | null =
    null;
  const countsAgainstCap = (e: { automatic: boolean; status: string }) =>
    e.automatic && (e.status === 'queued' || e.status === 'sent');
  // Listed one by one, so a method added to the port must be placed on one side or the other here.
  return {
    recordAudit: direct.recordAudit,
    liveCode: direct.liveCode,
    ticketForMail: flushed(direct.ticketForMail),
    replaceCode: flushed(direct.replaceCode),
    settleAttempt: flushed(direct.settleAttempt),
    closeCodes: flushed(direct.closeCodes),
    recordVerificationEvent: flushed(direct.recordVerificationEvent),
    storedAttachments: flushed(direct.storedAttachments),
    purgeAttachments: flushed(direct.purgeAttachments),
    markVerifiedByCode: flushed(direct.markVerifiedByCode),
    exportsToDeliver: flushed(direct.exportsToDeliver),
    recordExportDelivery: flushed(direct.recordExportDelivery),
    async countAutomaticEmails(toAddress, since) {
      if (!stored || since < stored.since || !stored.addresses.has(toAddress)) {
        // The batch's own emails are counted from `queued`, whether or not a flush already wrote them.
        const addresses = new Set([...batchAddresses(), toAddress]);
        const from = new Date(since.getTime() - CAP_PRELOAD_MS);
        // The batch's queued emails are left out here rather than by a NOT IN, and the addresses are
        // looked up in chunks: a large batch must not exceed the query parameter limit (in-chunks.ts).
        const own = new Set(queued.map((e) => e.messageId));
        const rows = await findInChunks([...addresses], (toAddresses) =>
          tx.outboundEmail.findMany({
            where: {
              toAddress: { in: toAddresses },
              automatic: true,
              status: { in: ['queued', 'sent'] },
              queuedAt: { gte: from },
            },
            select: { toAddress: true, queuedAt: true, messageId: true },
          }),
        );
        stored = { since: from, addresses, rows: rows.filter((r) => !own.has(r.messageId)) };
      }
      const inWindow = (e: { toAddress: string; queuedAt: Date }) =>
        e.toAddress === toAddress && e.queuedAt >= since;
      return stored.rows.filter(inWindow).length + queued.filter(inWindow).length;
    },
    async countOrganisationAutomaticEmails(organisationId, since) {
      let loaded = organisationRows.get(organisationId);
      if (!loaded || since < loaded.since) {
        // Read once per batch (the rows of the last hour are bounded by the cap itself); the batch's own
        // emails are counted from `queued`, whether or not a flush already wrote them.
        loaded = {
          since,
          rows: await tx.outboundEmail.findMany({
            where: {
              organisationId,
              automatic: true,
              status: { in: ['queued', 'sent'] },
              queuedAt: { gte: since },
            },
            select: { queuedAt: true, messageId: true },
          }),
        };
        organisationRows.set(organisationId, loaded);
      }
      const own = new Set(queued.map((e) => e.messageId));
      const before = loaded.rows.filter((r) => r.queuedAt >= since && !own.has(r.messageId)).length;
      return before + queued.filter((e) => e.organisationId === organisationId && e.queuedAt >= since).length;
    },
    async enqueueEmail(email) {
      const rows = outboxRows(email);
      buffer.insert('outboundEmail', rows.outbound);
      if (rows.message)
        buffer.insert('ticketMessage', { ...rows.message, id: await ids.next('TicketMessage') });
      if (countsAgainstCap(email))
        queued.push({
          organisationId: email.organisationId,
          toAddress: email.toAddress,
          queuedAt: email.queuedAt,
          messageId: email.messageId,
        });
    },
  };
}

export function createRequesterMailStore(db: Db, provider: DbProvider): RequesterMailStore {
  return {
    transaction: (work) =>
      db.$transaction(async (tx) => {
        const audit: AuditDraft[] = [];
        const result = await work(requesterMailTransaction(tx, audit));
        await appendAuditEvents(tx, provider, audit);
        return result;
      }),
  };
}
