/**
 * The emails a staff decision sends (outcome letters, extension notice, clarification, the appeal
 * letters of the US state laws, a message staff wrote). The letter's wording comes from the ticket's law and the
 * organisation's facts (authority, retention, access information); the desk executor calls these in
 * the transaction of the decision.
 */
import type { SystemWork } from '../../domain/fulfilment/tasks.js';
import type { RejectionReason } from '../../domain/tickets/vocabulary.js';
import type { OutboxTransaction, NotifyDeps } from './ports.js';
import { queueRequesterEmail, type QueueResult } from './queue-email.js';

/** Text the caller gives as is, or per language once the letter's language is chosen. */
export type LetterText = string | ((language: string) => string);

export type StaffEmail =
  | {
      readonly kind: 'outcome_fulfilled' | 'outcome_partial';
      readonly details: LetterText | null;
      /** What was done in each data system (its tasks). */
      readonly systems: readonly SystemWork[];
      /** An opt-out of sale answered from the privacy policy (it says the organisation sells nothing). */
      readonly answeredByPolicy?: boolean;
    }
  | { readonly kind: 'outcome_rejected'; readonly reason: LetterText; readonly ground: RejectionReason }
  /** `newDeadline`: the extended due date, a calendar day (YYYY-MM-DD). */
  | { readonly kind: 'extension_notice'; readonly reason: string; readonly newDeadline: string }
  /** `stopsClock`: asked under UK GDPR Art. 12A(5), so the letter says the time limit waits for the answer. */
  | { readonly kind: 'clarification_request'; readonly question: string; readonly stopsClock: boolean }
  /** Va. Code §59.1-577(C) and its sisters: the appeal is answered by `appealDueDate`. */
  | { readonly kind: 'appeal_received'; readonly appealDueDate: string }
  /** `upheld`: the original decision stands (the appeal is denied), and the letter names the Attorney General. */
  | { readonly kind: 'appeal_decision'; readonly upheld: boolean; readonly reason: LetterText }
  /** Staff's own message (`reply`), sent as written. */
  | { readonly kind: 'staff_message'; readonly text: string }
  /** DPA 2018 s. 164A(3): a UK complaint acknowledged, naming when it was received. */
  | { readonly kind: 'complaint_acknowledgement'; readonly receivedAt: Date };

export function queueStaffEmail(
  tx: OutboxTransaction,
  deps: NotifyDeps,
  input: { readonly ticket: number | string; readonly actor: string; readonly email: StaffEmail },
): Promise<QueueResult> {
  const { email } = input;
  return queueRequesterEmail(tx, deps, {
    ticket: input.ticket,
    automatic: false,
    actor: input.actor,
    promisedDate:
      email.kind === 'extension_notice'
        ? email.newDeadline
        : email.kind === 'appeal_received'
          ? email.appealDueDate
          : null,
    build: ({ formatDate, formatDay, language }) => {
      const inLanguage = (text: LetterText) => (typeof text === 'string' ? text : text(language));
      switch (email.kind) {
        case 'outcome_fulfilled':
        case 'outcome_partial':
          return {
            kind: email.kind,
            details: email.details === null ? null : inLanguage(email.details),
            systems: email.systems,
            ...(email.kind === 'outcome_fulfilled' && email.answeredByPolicy
              ? { answeredByPolicy: true }
              : {}),
          };
        case 'outcome_rejected':
          return { kind: email.kind, reason: inLanguage(email.reason), ground: email.ground };
        case 'extension_notice':
          return { kind: email.kind, reason: email.reason, newDeadline: formatDay(email.newDeadline) };
        case 'clarification_request':
          return { kind: email.kind, question: email.question, stopsClock: email.stopsClock };
        case 'appeal_received':
          return { kind: email.kind, appealDueDate: formatDay(email.appealDueDate) };
        case 'appeal_decision':
          return { kind: email.kind, upheld: email.upheld, reason: inLanguage(email.reason) };
        case 'staff_message':
          return { kind: email.kind, text: email.text };
        case 'complaint_acknowledgement':
          return { kind: email.kind, receivedDate: formatDate(email.receivedAt) };
      }
    },
  });
}
