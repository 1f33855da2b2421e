/**
 * The requester-mail transaction (outbox and verification) over a Prisma transaction, for intake's
 * batch transaction, the desk executor's, or one of its own with the audit events appended at commit.
 */
import type { AuditDraft } from '../../app/audit/audit-draft.js';
import type { RequesterMailStore, RequesterMailTransaction } from '../../app/verify/ports.js';
import { appendAuditEvents, type Tx } from './audit-store.js';
import type { Db, DbProvider } from './database.js';
import { outboxTransaction } from './outbox-store.js';
import { verificationTransaction } from './verification-store.js';

/** `audit` collects the events; the owner of the transaction appends them to the chain before commit. */
export function requesterMailTransaction(tx: Tx, audit: AuditDraft[]): RequesterMailTransaction {
  return { ...outboxTransaction(tx, audit), ...verificationTransaction(tx, audit) };
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
