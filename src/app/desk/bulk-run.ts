/**
 * `bulk`: one decision over a filtered list. The first call shows how many tickets and which; with
 * `confirm`, each ticket is changed by the single command (`reject`, `dismiss`, `verify … resend`), so
 * each is role-checked, version-checked, lettered and audited on its own, and one that fails does not
 * stop the others. At most BULK_CAP tickets at once, so a careless filter cannot touch the whole queue.
 */
import type { BulkCommand } from '../../domain/desk/bulk-command.js';
import type { DeskCommand } from '../../domain/desk/desk-command.js';
import {
  OPEN_STATUSES,
  STAFF_ROLES,
  type StaffRole,
  type TicketStatus,
} from '../../domain/tickets/vocabulary.js';
import type { TicketQuery } from '../tickets/ports.js';
import type { DeskDeps } from './desk-deps.js';
import type { DeskActor, DeskReply } from './desk-reply.js';
import { AT_RISK_DAYS } from './digest.js';
import { auditRefusal } from './refusal-audit.js';
import { errorReply } from './replies.js';

export const BULK_CAP = 200;
const DAY_MS = 24 * 60 * 60 * 1000;

/** The role of the single command each action runs: decisions are approvers', a reminder an agent's. */
const ROLE_NEEDED: Readonly<Record<BulkCommand['action'], StaffRole>> = {
  reject: 'approver',
  close: 'approver',
  remind: 'agent',
};

/** Only a requester who has not proved their identity is waiting to be reminded. */
const REMINDABLE: readonly TicketStatus[] = ['awaiting_verification'];

function singleCommand(command: BulkCommand, reference: string): DeskCommand {
  switch (command.action) {
    case 'reject':
      return { name: 'reject', reference, reason: command.reason ?? 'duplicate', note: command.note };
    case 'close':
      return { name: 'dismiss', reference, note: command.note ?? '' };
    case 'remind':
      return { name: 'verify_resend', reference };
  }
}

function queryOf(command: BulkCommand, now: Date): TicketQuery {
  const { filter } = command;
  const open = command.action === 'remind' ? REMINDABLE : OPEN_STATUSES;
  const statuses = filter.status === null ? open : open.filter((s) => s === filter.status);
  return {
    statuses,
    // One more than the cap, to tell "exactly 200" from "more than 200".
    limit: BULK_CAP + 1,
    ...(filter.organisationId !== null ? { organisationId: filter.organisationId } : {}),
    ...(filter.triage ? { needsTriage: true } : {}),
    ...(filter.overdue ? { dueBefore: now } : {}),
    ...(filter.dueSoon ? { dueAfter: now, dueBefore: new Date(now.getTime() + AT_RISK_DAYS * DAY_MS) } : {}),
    ...(filter.olderThanDays !== null
      ? { receivedBefore: new Date(now.getTime() - filter.olderThanDays * DAY_MS) }
      : {}),
  };
}

export async function runBulk(
  deps: DeskDeps,
  actor: DeskActor,
  command: BulkCommand,
  /** Runs one ticket's command as if typed alone (the desk's executor). */
  single: (command: DeskCommand) => Promise<DeskReply>,
): Promise<DeskReply> {
  const now = deps.now();
  const needed = ROLE_NEEDED[command.action];
  if (STAFF_ROLES.indexOf(actor.role) < STAFF_ROLES.indexOf(needed)) {
    await auditRefusal(deps.tickets, {
      actorId: actor.id,
      command: `bulk ${command.action}`,
      code: 'role_required',
      role: actor.role,
      reference: null,
      at: now,
    });
    return errorReply({ code: 'role_required', role: actor.role, needed, what: `bulk ${command.action}` });
  }
  const { organisationId } = command.filter;
  if (organisationId !== null && !deps.termsOf(organisationId))
    return errorReply({ code: 'organisation_unknown', organisationId });
  const references = (await deps.tickets.list(queryOf(command, now))).map((t) => t.reference);
  if (references.length > BULK_CAP) return errorReply({ code: 'bulk_too_many', cap: BULK_CAP });
  if (!command.confirm)
    return { kind: 'bulk', action: command.action, confirmed: false, references, results: [] };
  const results: { reference: string; done: boolean; message: string }[] = [];
  for (const reference of references) {
    try {
      const reply = await single(singleCommand(command, reference));
      results.push(
        reply.kind === 'error'
          ? { reference, done: false, message: reply.message }
          : { reference, done: true, message: reply.kind === 'changed' ? reply.summary : 'done' },
      );
    } catch {
      // Carries the reference only; the error may quote personal data, and the next ticket still runs.
      results.push({
        reference,
        done: false,
        message: 'something went wrong on our side; nothing was changed',
      });
    }
  }
  return { kind: 'bulk', action: command.action, confirmed: true, references, results };
}
