/**
 * The Prisma implementation of the ticket store. A change is one interactive transaction: read the
 * ticket (stop if it is not at the version the caller expects), let the use-case plan,
 * `UPDATE … WHERE version = <read>` (compare-and-set), write the notes, classifications and checklist
 * rows, run the plan's `afterWrite` (requester email, verification) in the same transaction, append the
 * audit events, commit. A lost race is retried from a fresh read, so the loser is answered from the
 * winner's state.
 */
import type { AuditDraft } from '../../app/audit/audit-draft.js';
import type {
  ChangeOutcome,
  ChangeTarget,
  EarlierRequest,
  Plan,
  TicketChange,
  TicketRecord,
  TicketStore,
  WrittenRows,
} from '../../app/tickets/ports.js';
import { openAppealTicket } from './appeal-ticket.js';
import { appendAuditEvents, type Tx } from './audit-store.js';
import type { Db, DbProvider } from './database.js';
import { requesterMailTransaction } from './requester-mail-store.js';
import { Status } from './ticket-columns.js';
import { writeTasks } from './task-rows.js';
import { readTicket } from './ticket-read.js';
import { createTicketReports } from './ticket-reports.js';

const MAX_ATTEMPTS = 5;

class VersionConflict extends Error {
  readonly code = 'version_conflict';
}

/** Thrown to roll the transaction back when the plan's `afterWrite` refuses; the refusal is kept aside. */
class RefusedAfterWrite extends Error {
  readonly code = 'refused_after_write';
}

/** Writes the change's rows; the caller appends `change.events` (with any afterWrite's and `audit`'s) to the chain. */
async function writeChange(
  tx: Tx,
  ticket: TicketRecord,
  change: TicketChange,
  audit: AuditDraft[],
): Promise<WrittenRows> {
  const { types, ...fields } = change.fields;
  const { count } = await tx.ticket.updateMany({
    where: { id: ticket.id, version: ticket.version },
    data: { ...fields, ...(types ? { types: [...types] } : {}), version: { increment: 1 } },
  });
  if (count === 0) throw new VersionConflict('the ticket changed meanwhile');
  if (change.classification) {
    await tx.classification.create({
      data: {
        ticketId: ticket.id,
        source: 'staff',
        actor: change.classification.actor,
        types: [...change.classification.types],
        language: ticket.language,
        confidence: 1,
        reasons: ['set by staff'],
      },
      select: { id: true },
    });
  }
  if (change.note) {
    await tx.ticketNote.create({
      data: {
        ticketId: ticket.id,
        actor: change.note.actor,
        text: change.note.text,
        createdAt: change.note.at,
      },
      select: { id: true },
    });
  }
  if (change.recipientLines && change.recipientLines.length > 0) {
    await tx.recipientCheck.createMany({
      data: change.recipientLines.map((line, i) => ({ ticketId: ticket.id, position: i + 1, ...line })),
    });
  }
  if (change.settleRecipient) {
    const { position, outcome, note, actor, at } = change.settleRecipient;
    await tx.recipientCheck.update({
      where: { ticketId_position: { ticketId: ticket.id, position } },
      data: { outcome, note, actor, settledAt: at },
      select: { id: true },
    });
  }
  await writeTasks(tx, ticket, change);
  const appeal = change.openAppeal ? await openAppealTicket(tx, ticket, change.openAppeal, audit) : null;
  return { appeal };
}

export function createTicketStore(db: Db, provider: DbProvider): TicketStore {
  return {
    ...createTicketReports(db),
    findByReference: (reference) => readTicket(db, reference),
    async audit(event) {
      await db.$transaction((tx) => appendAuditEvents(tx, provider, [event]));
    },
    async earlierRequests(ticket): Promise<EarlierRequest[]> {
      // A request entered by hand without an email address has no address to match others by.
      if (ticket.requesterAddress === '') return [];
      const rows = await db.ticket.findMany({
        where: {
          organisationId: ticket.organisationId,
          requesterAddress: ticket.requesterAddress,
          receivedAt: { lt: ticket.receivedAt },
          id: { not: ticket.id },
        },
        orderBy: { receivedAt: 'desc' },
        take: 20,
        select: { reference: true, receivedAt: true, status: true },
      });
      return rows.map((r) => ({ ...r, status: Status.parse(r.status) }));
    },
    async change<F>(
      target: ChangeTarget,
      plan: (ticket: TicketRecord) => Plan<F>,
    ): Promise<ChangeOutcome<F>> {
      const { reference, expectedVersion } = target;
      for (let attempt = 1; ; attempt++) {
        const refusedAfterWrite: { readonly refusal: F }[] = [];
        try {
          const outcome = await db.$transaction(async (tx): Promise<ChangeOutcome<F>> => {
            const ticket = await readTicket(tx, reference);
            if (!ticket) return { kind: 'not_found' };
            // The write below is conditional on the version read here, so checking that version against
            // the expected one makes the whole change conditional on it; a lost race retries into `stale`.
            if (expectedVersion !== undefined && ticket.version !== expectedVersion)
              return { kind: 'stale', ticket };
            const planned = plan(ticket);
            if (!planned.ok) return { kind: 'refused', refusal: planned.refusal };
            const audit: AuditDraft[] = [...planned.change.events];
            const written = await writeChange(tx, ticket, planned.change, audit);
            if (planned.afterWrite) {
              const after = await planned.afterWrite(requesterMailTransaction(tx, audit), written);
              if (!after.ok) {
                refusedAfterWrite.push({ refusal: after.refusal });
                throw new RefusedAfterWrite('the change was refused after it was written');
              }
            }
            await appendAuditEvents(tx, provider, audit);
            return { kind: 'changed', ticket };
          });
          if (outcome.kind !== 'changed') return outcome;
          const fresh = await readTicket(db, reference);
          return fresh ? { kind: 'changed', ticket: fresh } : { kind: 'not_found' };
        } catch (error) {
          const [refused] = refusedAfterWrite;
          if (error instanceof RefusedAfterWrite && refused)
            return { kind: 'refused', refusal: refused.refusal };
          if (!(error instanceof VersionConflict) || attempt >= MAX_ATTEMPTS) throw error;
        }
      }
    },
  };
}
