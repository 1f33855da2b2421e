/**
 * Builds one ticket's evidence pack (issue 15, item 7) from the ticket as stored, its deadline as `show`
 * explains it, and the records the pack adds: audit events with their hashes, letters, verification.
 * A pack with the requester in full is a view of personal data, so it is audited like `show` is
 * (GDPR Art. 5(2) accountability).
 */
import type { ChainedAuditEvent } from '../../domain/audit/hash-chain.js';
import {
  buildEvidencePack,
  type EvidenceInput,
  type EvidenceLetter,
  type EvidenceTask,
  type EvidenceVerification,
} from '../../domain/evidence/evidence-pack.js';
import type { TermsOf } from '../tickets/organisation-terms.js';
import type { TicketRecord, TicketStore } from '../tickets/ports.js';
import { deadlineOfTicket } from '../tickets/ticket-deadline-of.js';

export interface EvidenceRecords {
  readonly verifiedAt: string | null;
  readonly closedAt: string | null;
  /** The ticket's audit events in `seq` order, as chained. */
  readonly events: readonly ChainedAuditEvent[];
  readonly letters: readonly EvidenceLetter[];
  readonly verifications: readonly EvidenceVerification[];
  /** The ticket's fulfilment tasks in the order they were opened; system names come from the terms. */
  readonly tasks: readonly Omit<EvidenceTask, 'systemName'>[];
}

export interface EvidenceDeps {
  readonly tickets: Pick<TicketStore, 'findByReference' | 'audit'>;
  readonly termsOf: TermsOf;
  readRecords(ticket: TicketRecord): Promise<EvidenceRecords>;
}

export interface EvidenceOptions {
  readonly reveal: boolean;
  readonly actor: string;
  readonly now: Date;
}

export type EvidenceResult =
  { readonly ok: true; readonly text: string } | { readonly ok: false; readonly code: 'ticket_not_found' };

export async function evidencePackOf(
  deps: EvidenceDeps,
  reference: string,
  { reveal, actor, now }: EvidenceOptions,
): Promise<EvidenceResult> {
  const ticket = await deps.tickets.findByReference(reference);
  if (!ticket) return { ok: false, code: 'ticket_not_found' };
  if (reveal) {
    // Recorded before the pack is read, so the pack's own trail shows the reveal that produced it.
    await deps.tickets.audit({
      type: 'ticket.personal_data_viewed',
      actor,
      at: now,
      ticketId: ticket.id,
      ticketReference: ticket.reference,
      payload: { command: 'evidence' },
    });
  }
  const records = await deps.readRecords(ticket);
  const terms = deps.termsOf(ticket.organisationId);
  const deadline = terms ? deadlineOfTicket(ticket, terms, now) : null;
  const input: EvidenceInput = {
    reference: ticket.reference,
    organisationId: ticket.organisationId,
    status: ticket.status,
    jurisdiction: ticket.jurisdiction,
    types: ticket.types,
    requester: { address: ticket.requesterAddress, name: ticket.requesterName },
    receivedAt: ticket.receivedAt.toISOString(),
    verifiedAt: records.verifiedAt,
    closedAt: records.closedAt,
    deadline: deadline?.ok
      ? {
          explanation: deadline.deadline.explanation,
          due: deadline.deadline.due,
          extendedDue: deadline.deadline.extendedDue,
          pauses: deadline.deadline.countedPauses.map((p) => ({
            from: p.from,
            to: p.to,
            reason: p.reason ?? null,
            days: p.days,
          })),
        }
      : null,
    verifications: records.verifications,
    letters: records.letters,
    recipients: ticket.recipients,
    tasks: records.tasks.map((t) => ({
      ...t,
      systemName: terms?.dataSystems.find((s) => s.id === t.system)?.name ?? t.system,
    })),
    events: records.events,
    generatedAt: now.toISOString(),
    reveal,
  };
  return { ok: true, text: buildEvidencePack(input) };
}
