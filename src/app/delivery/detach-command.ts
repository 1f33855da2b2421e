/**
 * The desk's side of attached exports (issue 15): the lines `show` lists (name, size, hash prefix and
 * whether it left, never the content), and `detach RD-… <file>`, by which an agent removes one before
 * it is sent (a wrong file) or after (no need to wait for the retention purge); `export.detached` is
 * audited with the hash and size.
 */
import type { DeskCommand } from '../../domain/desk/desk-command.js';
import type { TicketView } from '../desk/desk-reply.js';
import type { DeskDeps } from '../desk/desk-deps.js';
import type { DeskActor, DeskReply } from '../desk/desk-reply.js';
import { auditRefusal } from '../desk/refusal-audit.js';
import { errorReply } from '../desk/replies.js';
import { ticketView } from '../tickets/ticket-view.js';
import { mayHandleExports } from './attach-export.js';
import type { StoredExport } from './ports.js';

export function exportLines(exports: readonly StoredExport[]): NonNullable<TicketView['exports']> {
  return exports.map((e) => ({
    id: e.id,
    fileName: e.fileName,
    size: e.size,
    sha256Prefix: e.sha256.slice(0, 12),
    state: e.sentAt ? 'sent' : e.letterMessageId ? 'queued' : 'attached',
  }));
}

/** `#12` names the export by id; anything else by its file name. */
function matches(file: string, e: StoredExport): boolean {
  const id = /^#(\d+)$/.exec(file);
  return id ? Number(id[1]) === e.id : e.fileName === file;
}

export async function detachExport(
  deps: DeskDeps,
  actor: DeskActor,
  command: Extract<DeskCommand, { name: 'detach' }>,
): Promise<DeskReply> {
  const { reference, file } = command;
  const { exports } = deps;
  if (!exports) return errorReply({ code: 'not_available_yet', command: 'detach' });
  const at = deps.now();
  if (!mayHandleExports(actor.role)) {
    await auditRefusal(deps.tickets, {
      actorId: actor.id,
      command: 'detach',
      code: 'role_required',
      role: actor.role,
      reference,
      at,
    });
    return errorReply({ code: 'role_required', role: actor.role, needed: 'agent', what: 'remove exports' });
  }
  const ticket = await deps.tickets.findByReference(reference);
  if (!ticket) return errorReply({ code: 'ticket_not_found', reference });
  const target = (await exports.list(ticket.id)).find((e) => matches(file, e));
  if (!target) return errorReply({ code: 'export_not_found', reference: ticket.reference, file });
  // Its letter would leave without the data it announces.
  if (target.letterMessageId && !target.sentAt)
    return errorReply({ code: 'export_in_delivery', reference: ticket.reference, file });
  await exports.remove(target.id, 'detached', {
    type: 'export.detached',
    actor: actor.id,
    at,
    ticketId: ticket.id,
    ticketReference: ticket.reference,
    payload: { exportId: target.id, sha256: target.sha256, size: target.size, sent: target.sentAt !== null },
  });
  const view = ticketView(ticket, actor.role, deps.termsOf(ticket.organisationId), at);
  const left = exportLines(await exports.list(ticket.id));
  return {
    kind: 'changed',
    summary: `${ticket.reference}: export #${target.id} removed (its bytes are deleted; the trail keeps its hash)`,
    ticket: left.length > 0 ? { ...view, exports: left } : view,
  };
}
