/**
 * The desk: runs one `/rights` command for one staff member and answers with a DeskReply, the same for
 * Slack, Discord and the console. Every change goes through the ticket store's atomic `change` (role and
 * status checked by `decide`, version-checked write, audit event and the requester's letter in the same
 * transaction; a click's expected version checked in it too); the chat channels are told after the commit.
 */
import { weekDigest } from './digest.js';
import { change, detailedView } from './desk-change.js';
import { changeOfLaw } from './change-of-law.js';
import { clockOrAppealCommand } from './clock-and-appeal-commands.js';
import { releaseHeldMail } from './release-command.js';
import { detachExport } from '../delivery/detach-command.js';
import { listTasks, markTask } from './task-commands.js';
import { planApprove, refuseWhileTasksOpen, withTasksOfNewRights } from '../tickets/plan-tasks.js';
import { type DeskCommand, USAGE } from '../../domain/desk/desk-command.js';
import {
  planAssign,
  planClassify,
  planFulfil,
  planNote,
  planReply,
  planSettleRecipient,
} from '../tickets/plan-edits.js';
import { planLifecycle } from '../tickets/plan-lifecycle.js';
import type { TicketRecord } from '../tickets/ports.js';
import type { VerifyDeps } from '../verify/ports.js';
import type { DeskDeps } from './desk-deps.js';
import type { DeskActor, DeskReply } from './desk-reply.js';
import { previewDecisionLetter } from './preview-decision-letter.js';
import { errorReply } from './replies.js';
import { newTicketCommand } from './new-ticket-command.js';
import { runBulk } from './bulk-run.js';
import { listTickets } from './list-command.js';
import { complaintCommand } from './complaint-command.js';

export type { DeskDeps } from './desk-deps.js';

export async function executeDeskCommand(
  deps: DeskDeps,
  actor: DeskActor,
  command: DeskCommand,
): Promise<DeskReply> {
  switch (command.name) {
    case 'help':
      return { kind: 'help', usage: Object.values(USAGE) };
    case 'list':
      return listTickets(deps, actor, command);
    case 'show':
      return show(deps, actor, command.reference);
    case 'preview':
      return previewDecisionLetter(deps, actor, command);
    case 'digest':
      return digest(deps, command.organisationId);
    case 'release':
      return releaseHeldMail(deps, actor, command);
    case 'detach':
      return detachExport(deps, actor, command);
    case 'new':
      return newTicketCommand(deps, actor, command);
    case 'bulk':
      return runBulk(deps, actor, command, (single) => executeDeskCommand(deps, actor, single));
    case 'verify_send':
    case 'verify_resend': {
      const resend = command.name === 'verify_resend';
      const { mail } = deps;
      if (!mail)
        return errorReply({ code: 'not_available_yet', command: resend ? 'verify resend' : 'verify send' });
      return change(
        deps,
        actor,
        command,
        (t, c) => planLifecycle(t, { action: resend ? 'resend_verification' : 'request_verification' }, c),
        (t) =>
          (resend
            ? `${t.reference}: a new one-time code was sent to the requester; the earlier one no longer works`
            : `${t.reference} is awaiting verification: a one-time code was sent to the requester`) +
          codesCannotVerify(mail, t),
      );
    }
    case 'assign':
      return change(
        deps,
        actor,
        command,
        (t, c) => planAssign(t, command.assignee, c),
        (t) => `${t.reference} assigned to ${command.assignee}`,
      );
    case 'classify':
      return change(
        deps,
        actor,
        command,
        (t, c) => withTasksOfNewRights(t, planClassify(t, command.types, c), c),
        (t) => `${t.reference} reclassified as ${command.types.join(', ')}`,
      );
    case 'note':
      return change(
        deps,
        actor,
        command,
        (t, c) => planNote(t, command.text, c),
        (t) => `Note added to ${t.reference}`,
      );
    case 'reply':
      // Without mail the message would be recorded as sent and never leave: refuse it instead.
      if (!deps.mail) return errorReply({ code: 'not_available_yet', command: 'reply' });
      return change(
        deps,
        actor,
        command,
        (t, c) => planReply(t, command.text, c),
        (t) => `${t.reference}: your message was sent to the requester in the ticket's thread`,
      );
    case 'verify_confirm': {
      // Identity decisions are the verification module's (live codes, ID documents, the letter).
      if (!deps.mail) return errorReply({ code: 'not_available_yet', command: 'verify confirm' });
      const method = command.method === 'agent_authorisation' ? 'authorised_agent' : 'manual';
      return change(
        deps,
        actor,
        command,
        (t, c) =>
          planLifecycle(t, { action: 'verify', method }, c, {
            payload: { manualMethod: command.method },
            note: command.note,
          }),
        (t) => `${t.reference} verified by hand (${command.method.replaceAll('_', ' ')})`,
      );
    }
    case 'approve':
      return change(
        deps,
        actor,
        command,
        (t, c) => planApprove(t, c),
        (t) => `${t.reference} approved`,
      );
    case 'reject': {
      const { reason, note } = command;
      const decision = { action: 'reject', reason, ...(note !== null ? { note } : {}) } as const;
      return change(
        deps,
        actor,
        command,
        (t, c) => planLifecycle(t, decision, c),
        (t) => `${t.reference} rejected (${reason.replaceAll('_', ' ')})`,
      );
    }
    case 'extend':
      return change(
        deps,
        actor,
        command,
        (t, c) => planLifecycle(t, { action: 'extend', reason: command.reason }, c),
        (t) =>
          `${t.reference} extended: now due ${t.dueDate ?? 'unknown'}; ${deps.mail ? 'the requester is told why' : 'tell the requester why'}`,
      );
    case 'jurisdiction':
      return changeOfLaw(deps, actor, command);
    case 'withdraw':
      return change(
        deps,
        actor,
        command,
        (t, c) => planLifecycle(t, { action: 'withdraw' }, c, { note: command.note }),
        (t) => `${t.reference} withdrawn by the requester`,
      );
    case 'fulfil':
      return change(
        deps,
        actor,
        command,
        (t, c) => refuseWhileTasksOpen(t, planFulfil(t, command.note, c)),
        (t) =>
          t.status === 'fulfilled'
            ? `${t.reference} fulfilled`
            : `${t.reference} carried out; tell ${t.recipients.length} recipient(s) (GDPR Art. 19), settle each line, then fulfil again`,
      );
    case 'recipient':
      return change(
        deps,
        actor,
        command,
        (t, c) => planSettleRecipient(t, command.line, command.outcome, command.note, c),
        (t) =>
          `${t.reference} line ${command.line} (${t.recipients.find((r) => r.position === command.line)?.recipient ?? '?'}): ${command.outcome}`,
      );
    case 'complaint':
      return complaintCommand(deps, actor, command);
    case 'tasks':
      return listTasks(deps, actor, command.reference);
    case 'task':
      return markTask(deps, actor, command);
    case 'clarify':
    case 'dismiss':
    case 'appeal':
    case 'uphold':
    case 'overturn':
      return clockOrAppealCommand(deps, actor, command);
  }
}

async function digest(deps: DeskDeps, organisationId: string | null): Promise<DeskReply> {
  if (organisationId !== null && !deps.termsOf(organisationId))
    return errorReply({ code: 'organisation_unknown', organisationId });
  return {
    kind: 'digest',
    organisationId,
    digest: await weekDigest(
      deps.tickets,
      organisationId,
      deps.now(),
      (id) => deps.termsOf(id)?.zone ?? 'UTC',
    ),
  };
}

/**
 * Without an authserv-id the sender of a reply is not authenticated, so a code reply is recorded but never
 * verifies anyone (a forged From would pass otherwise): the agent is told to confirm identity themselves.
 */
function codesCannotVerify(mail: VerifyDeps, ticket: TicketRecord): string {
  return mail.organisation(ticket.organisationId)?.verification.authservId
    ? ''
    : `. Warning: ${ticket.organisationId} has no verification.authservId, so a reply with the code cannot verify the requester; check their identity yourself, then "verify ${ticket.reference} confirm REASON"`;
}

async function show(deps: DeskDeps, actor: DeskActor, reference: string): Promise<DeskReply> {
  const ticket = await deps.tickets.findByReference(reference);
  if (!ticket) return errorReply({ code: 'ticket_not_found', reference });
  const view = await detailedView(deps, actor, ticket);
  // Who saw whose personal data, and when: a read leaves a trace as a change does (GDPR Art. 5(2)).
  if (view.requester.full !== null)
    await deps.tickets.audit({
      type: 'ticket.personal_data_viewed',
      actor: actor.id,
      at: deps.now(),
      ticketId: ticket.id,
      ticketReference: ticket.reference,
      payload: { role: actor.role, command: 'show' },
    });
  return { kind: 'ticket', ticket: view };
}
