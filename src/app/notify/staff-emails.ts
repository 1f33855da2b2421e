/**
 * The emails a staff decision sends (outcome letters, extension notice, clarification), built from the
 * organisation's configuration where the law asks for it: the supervisory authority for the right to
 * complain (GDPR Art. 12(4), 77) and the retention rules that say what is kept and why. The desk
 * executor calls these in the transaction of the decision.
 */
import type { OutboxTransaction, NotifyDeps } from './ports.js';
import { queueRequesterEmail, type QueueResult } from './queue-email.js';

/** Text the caller gives as is, or per language once the letter's language is chosen. */
export type LetterText = string | ((language: string) => string);

export type StaffEmail =
  | { readonly kind: 'outcome_fulfilled'; readonly details: string | null }
  | { readonly kind: 'outcome_rejected'; readonly reason: LetterText }
  | { readonly kind: 'outcome_partial'; readonly details: string | null }
  | { readonly kind: 'extension_notice'; readonly reason: string; readonly newDeadline: Date }
  | { readonly kind: 'clarification_request'; readonly question: string }
  | { readonly kind: 'appeal_received'; readonly appealDue: Date }
  | { readonly kind: 'appeal_decision'; readonly upheld: boolean; readonly reason: string };

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
    build: ({ common, organisation, formatDate, language }) => {
      switch (email.kind) {
        case 'outcome_fulfilled':
          return { template: email.kind, data: { ...common, details: email.details } };
        case 'outcome_rejected':
          return {
            template: email.kind,
            data: {
              ...common,
              reason: typeof email.reason === 'string' ? email.reason : email.reason(language),
              authority: organisation.authority,
            },
          };
        case 'outcome_partial':
          return {
            template: email.kind,
            data: {
              ...common,
              details: email.details,
              retained: organisation.retention.map((r) => ({ ...r })),
              authority: organisation.authority,
            },
          };
        case 'extension_notice':
          return {
            template: email.kind,
            data: { ...common, reason: email.reason, newDeadline: formatDate(email.newDeadline) },
          };
        case 'clarification_request':
          return { template: email.kind, data: { ...common, question: email.question } };
        case 'appeal_received':
          return { template: email.kind, data: { ...common, appealDueDate: formatDate(email.appealDue) } };
        case 'appeal_decision':
          return { template: email.kind, data: { ...common, upheld: email.upheld, reason: email.reason } };
      }
    },
  });
}
