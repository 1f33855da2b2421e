/**
 * What a desk decision tells the requester, written in the transaction of the decision itself (the
 * ticket store's `afterWrite`), so the letter exists exactly when the decision does: `verify … send`
 * starts verification by code and `verify … confirm` records the manual result; reject, extend and the
 * closing fulfil queue their letter (none to an address that bounced: the decision stands regardless);
 * clarify sends its question, an appeal its acknowledgement on the appeal ticket, uphold and overturn the
 * appeal's decision, reply the message staff wrote (refused for an address that bounced). Approval is internal and tells the requester nothing; a withdrawal, a dismissal and a
 * rejection as not_a_request only end identity checking.
 */
import type { DeskCommand } from '../../domain/desk/desk-command.js';
import { keptAfterErasure, type RetentionFact } from '../../domain/outbound/letters/letter-facts.js';
import { rejectionGround } from '../../domain/outbound/rejection-grounds.js';
import type { RequestType } from '../../domain/request-types.js';
import { queueLetterWithExports } from '../delivery/deliver-with-letter.js';
import { systemsWork } from '../../domain/fulfilment/tasks.js';
import { queueStaffEmail, type StaffEmail } from '../notify/staff-emails.js';
import type { AfterWrite, TicketChange, TicketRecord } from '../tickets/ports.js';
import type { RequesterMailTransaction, VerifyDeps } from '../verify/ports.js';
import { purgeIdDocuments } from '../verify/purge-documents.js';
import { recordVerificationResult } from '../verify/record-result.js';
import { startVerification } from '../verify/start-verification.js';
import type { DeskError } from './desk-error.js';

const DONE = { ok: true } as const;

/** Requests whose fulfilment leaves data behind when the organisation keeps some by law (GDPR Art. 17(3)). */
const ERASING: readonly RequestType[] = ['erasure'];

/** Only data that survives an erasure on a legal ground makes the closing letter partial (Art. 17(3)). */
export function fulfilmentLetter(
  retention: readonly RetentionFact[],
  types: readonly RequestType[],
): 'outcome_partial' | 'outcome_fulfilled' {
  const keepsData = keptAfterErasure(retention).length > 0 && types.some((t) => ERASING.includes(t));
  return keepsData ? 'outcome_partial' : 'outcome_fulfilled';
}

/** The letter (or verification) a planned change brings with it; null when it tells the requester nothing. */
export function decisionLetters(
  command: DeskCommand,
  deps: VerifyDeps,
  actor: string,
  ticket: TicketRecord,
  change: TicketChange,
): AfterWrite<DeskError> | null {
  const { reference } = ticket;
  switch (command.name) {
    // A resend is a new start: the new code replaces the earlier one, which stops working.
    case 'verify_send':
    case 'verify_resend':
      return async (tx) => {
        const started = await startVerification(tx, deps, { ticket: ticket.id, actor });
        if (!started.ok) {
          switch (started.code) {
            case 'agent_authorisation_required':
              return { ok: false, refusal: { code: 'agent_authorisation_required', reference } };
            case 'unknown_organisation':
              return {
                ok: false,
                refusal: { code: 'organisation_unknown', organisationId: ticket.organisationId },
              };
            case 'unknown_ticket':
              return { ok: false, refusal: { code: 'ticket_not_found', reference } };
            case 'ticket_closed':
              return {
                ok: false,
                refusal: { code: 'ticket_is_closed', reference, status: ticket.status },
              };
          }
        }
        // A ticket waiting for a code that can never arrive helps nobody: staff verify by hand instead.
        if (started.email.kind === 'not_sent')
          return { ok: false, refusal: { code: 'requester_unreachable', reference } };
        return DONE;
      };
    case 'verify_confirm':
      return async (tx) => {
        // Closes live codes, purges ID documents, queues verification_success; the ticket is already verified.
        const recorded = await recordVerificationResult(tx, deps, {
          ticket: ticket.id,
          actor,
          verified: true,
          method: command.method,
          note: command.note,
        });
        if (recorded.ok) return DONE;
        return {
          ok: false,
          refusal:
            recorded.code === 'agent_authorisation_required'
              ? { code: 'agent_authorisation_required', reference }
              : { code: 'ticket_not_found', reference },
        };
      };
    case 'withdraw':
      return async (tx) => {
        await endIdentityChecks(tx, deps, ticket, actor, 'withdrawn');
        return DONE;
      };
    case 'reject':
      return async (tx) => {
        await endIdentityChecks(tx, deps, ticket, actor, 'rejected');
        const reason = command.reason;
        // A message that asks for no right was no request to refuse: an Art. 12(4) letter would mislead.
        if (reason === 'not_a_request') return DONE;
        await queueStaffEmail(tx, deps, {
          ticket: ticket.id,
          actor,
          email: {
            kind: 'outcome_rejected',
            reason: (language) => rejectionGround(reason, language),
            ground: reason,
          },
        });
        return DONE;
      };
    case 'extend': {
      const dueDate = change.fields.dueDate;
      if (!dueDate) return null;
      return async (tx) => {
        const queued = await queueStaffEmail(tx, deps, {
          ticket: ticket.id,
          actor,
          email: {
            kind: 'extension_notice',
            reason: command.reason,
            newDeadline: dueDate,
          },
        });
        // No letter may say the law extends a limit it does not set for this ticket (PIPEDA s. 8(4) on an
        // erasure alone): the extension is refused with it, not recorded without its notice.
        if (queued.kind === 'not_for_this_law')
          return {
            ok: false,
            refusal: {
              code: 'letter_not_for_this_law',
              reference,
              letter: 'extension_notice',
              jurisdiction: queued.jurisdiction,
            },
          };
        return DONE;
      };
    }
    case 'clarify':
      return async (tx) => {
        // The change was refused before this letter is queued if the scope does not stop the clock.
        const stopsClock = command.scope;
        const email: StaffEmail = { kind: 'clarification_request', question: command.question, stopsClock };
        await queueStaffEmail(tx, deps, { ticket: ticket.id, actor, email });
        return DONE;
      };
    case 'reply':
      return async (tx) => {
        const email: StaffEmail = { kind: 'staff_message', text: command.text };
        const queued = await queueStaffEmail(tx, deps, { ticket: ticket.id, actor, email });
        // The message is the whole command: one that cannot reach the requester is not recorded as sent.
        if (queued.kind === 'not_sent' && queued.reason === 'requester_unreachable')
          return { ok: false, refusal: { code: 'reply_unreachable', reference } };
        return DONE;
      };
    case 'dismiss':
      return async (tx) => {
        await endIdentityChecks(tx, deps, ticket, actor, 'rejected');
        return DONE;
      };
    case 'appeal':
      return async (tx, written) => {
        const dueDate = change.openAppeal?.dueDate;
        if (!written.appeal || !dueDate) return DONE;
        if (command.backlog && !command.backlog.acknowledge) {
          // The appeal's clock runs from the reply's receipt (Va. Code §59.1-577(C)), but last year's
          // appellant is not written to now by the mailbox's choice: the trail says so and why.
          await tx.recordAudit([
            {
              type: 'ticket.not_acknowledged',
              actor,
              at: deps.now(),
              ticketId: written.appeal.id,
              ticketReference: written.appeal.reference,
              payload: { reason: 'backlog_mail', letter: 'appeal_received' },
            },
          ]);
          return DONE;
        }
        await queueStaffEmail(tx, deps, {
          ticket: written.appeal.id,
          actor,
          email: { kind: 'appeal_received', appealDueDate: dueDate },
        });
        return DONE;
      };
    case 'uphold':
    case 'overturn':
      return async (tx) => {
        const upheld = command.name === 'uphold';
        await queueStaffEmail(tx, deps, {
          ticket: ticket.id,
          actor,
          email: { kind: 'appeal_decision', upheld, reason: command.reason },
        });
        return DONE;
      };
    case 'fulfil':
      // The first fulfil of a rectification or erasure only lists the Art. 19 recipients; the letter waits.
      if (change.fields.status !== 'fulfilled') return null;
      return async (tx) => {
        // Staff notes stay internal; the letter says what the templates say, and what each system did.
        const organisation = deps.organisation(ticket.organisationId);
        const kind = fulfilmentLetter(organisation?.retention ?? [], ticket.types);
        const systems = systemsWork(ticket.tasks, organisation?.dataSystems ?? []);
        // An opt-out answered from the privacy policy says so (planFulfil records it as the answer).
        const answeredByPolicy = change.events.some((e) => e.type === 'ticket.answered_by_policy');
        // Attached exports go with the letter, to a verified requester only (issue 15).
        return queueLetterWithExports(tx, deps, ticket, actor, (details) => {
          const email: StaffEmail = { kind, details, systems, answeredByPolicy };
          return queueStaffEmail(tx, deps, { ticket: ticket.id, actor, email });
        });
      };
    default:
      return null;
  }
}

/** Identity is decided (as not needed any more): codes stop working and ID documents go (Art. 5(1)(c), (e)). */
async function endIdentityChecks(
  tx: RequesterMailTransaction,
  deps: VerifyDeps,
  ticket: TicketRecord,
  actor: string,
  because: 'rejected' | 'withdrawn',
): Promise<void> {
  const at = deps.now();
  await tx.closeCodes(ticket.id, at);
  await purgeIdDocuments(tx, { ticketId: ticket.id, ticketReference: ticket.reference, actor, because, at });
}
