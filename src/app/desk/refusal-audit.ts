/**
 * Issue 7: a denied action is answered and audited. One shape for every refusal, whether the core
 * refused a role or a chat refused a user with none: who tried which command, never what they typed.
 */
import type { StaffRole } from '../../domain/tickets/vocabulary.js';
import type { TicketStore } from '../tickets/ports.js';

export interface Refusal {
  readonly actorId: string;
  /** The command's name (`approve`), never its text. */
  readonly command: string;
  readonly code: 'forbidden_role' | 'role_required' | 'no_role';
  /** Null for a chat user who holds no role at all. */
  readonly role: StaffRole | null;
  readonly reference: string | null;
  readonly at: Date;
}

export function auditRefusal(tickets: Pick<TicketStore, 'audit'>, refusal: Refusal): Promise<void> {
  const { actorId, command, code, role, reference, at } = refusal;
  return tickets.audit({
    type: 'desk.refused',
    actor: actorId,
    at,
    ticketId: null,
    ticketReference: reference,
    payload: { command, code, role },
  });
}
