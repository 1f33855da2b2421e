/**
 * The Task table's rows for the ticket store: the parsers of its string columns, and the writing of a
 * change's tasks in the change's transaction. Opening is idempotent: the unique (ticket, system, right)
 * key and the plan, which leaves out tasks the ticket has, mean an approval retried opens nothing twice.
 */
import { z } from 'zod';
import type { TicketChange, TicketRecord } from '../../app/tickets/ports.js';
import { TASK_HANDLINGS } from '../../domain/fulfilment/data-systems.js';
import { TASK_STATUSES } from '../../domain/fulfilment/tasks.js';
import { RIGHTS } from '../../domain/request-types.js';
import type { Tx } from './audit-store.js';

export const TaskRight = z.enum(RIGHTS);
export const TaskActionColumn = z.enum(TASK_HANDLINGS).exclude(['not_applicable']);
export const TaskStatusColumn = z.enum(TASK_STATUSES);

export async function writeTasks(tx: Tx, ticket: TicketRecord, change: TicketChange): Promise<void> {
  const opening = change.openTasks;
  if (opening && opening.tasks.length > 0) {
    const has = new Set(ticket.tasks.map((t) => `${t.system}/${t.right}`));
    const fresh = opening.tasks.filter((t) => !has.has(`${t.system}/${t.right}`));
    if (fresh.length > 0)
      await tx.task.createMany({
        data: fresh.map((t) => ({
          ticketId: ticket.id,
          system: t.system,
          right: t.right,
          action: t.action,
          openedAt: opening.at,
          // The change bumps the ticket's version by one: the version a chat message must show to have
          // mentioned these tasks' owners.
          openedInVersion: ticket.version + 1,
        })),
      });
  }
  const settling = change.settleTasks;
  if (settling) {
    for (const { system, right } of settling.tasks)
      await tx.task.update({
        where: { ticketId_system_right: { ticketId: ticket.id, system, right } },
        data: { status: settling.status, note: settling.note, actor: settling.actor, settledAt: settling.at },
        select: { id: true },
      });
  }
}
