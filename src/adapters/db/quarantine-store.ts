/** The Prisma implementation of the quarantine store (list, read bytes, resolve). */
import type { QuarantineStore } from '../../app/intake/quarantine.js';
import type { Db } from './database.js';

export function createQuarantineStore(db: Db): QuarantineStore {
  return {
    async list({ includeResolved }) {
      const rows = await db.quarantinedMessage.findMany({
        where: includeResolved ? {} : { resolvedAt: null },
        orderBy: { id: 'asc' },
        select: {
          id: true,
          source: true,
          mailboxId: true,
          sourceName: true,
          uid: true,
          error: true,
          createdAt: true,
          raw: true,
          dismissReason: true,
        },
      });
      const mailboxIds = [...new Set(rows.map((r) => r.mailboxId).filter((m): m is string => m !== null))];
      const mailboxes = await db.mailbox.findMany({
        where: { id: { in: mailboxIds } },
        select: { id: true, organisationId: true },
      });
      const orgOf = new Map(mailboxes.map((m) => [m.id, m.organisationId]));
      return rows.map(({ raw, ...row }) => ({
        ...row,
        organisationId: row.mailboxId ? (orgOf.get(row.mailboxId) ?? null) : null,
        size: raw.byteLength,
      }));
    },
    async raw(id) {
      const row = await db.quarantinedMessage.findUnique({ where: { id }, select: { raw: true } });
      return row ? new Uint8Array(row.raw) : null;
    },
    async markResolved(id) {
      await db.quarantinedMessage.update({ where: { id }, data: { resolvedAt: new Date() } });
    },
    async updateError(id, error) {
      await db.quarantinedMessage.update({ where: { id }, data: { error } });
    },
  };
}
