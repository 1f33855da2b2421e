/**
 * The requester's side of the reminders pass (issue 15, item 4): for each organisation, the tickets
 * waiting for identity verification get one reminder email some days after their latest code, claimed
 * in the reminder ledger before it is sent (so two processes, or cron beside `run`, send it once), and
 * those whose wait ran out are closed as unverified with a letter. The triage channel hears of both by
 * reference only. Reads only tickets awaiting verification, through the (organisation, status) index.
 */
import { localDateOf } from '../../domain/deadlines/iso-date.js';
import type { JurisdictionId } from '../../domain/deadlines/jurisdiction-rule.js';
import {
  type WaitingTicket,
  type WaitStep,
  verificationWaitSteps,
  waitStepText,
} from '../../domain/verification/verification-wait.js';
import type { TicketNotifier } from '../desk/ticket-notifier.js';
import type { TicketThreadPoster } from '../desk/ticket-threads.js';
import { queueRequesterEmail } from '../notify/queue-email.js';
import type { TermsOf } from '../tickets/organisation-terms.js';
import type { TicketStore } from '../tickets/ports.js';
import { ticketView } from '../tickets/ticket-view.js';
import { closeUnverified, WAIT_ACTOR } from './close-unverified.js';
import type { RequesterMailStore, VerifyDeps } from './ports.js';

export interface AwaitingTicket {
  readonly id: number;
  readonly reference: string;
  readonly jurisdiction: JurisdictionId;
  readonly dueDate: string | null;
  /** The latest code sent, or null when none was (the ticket is then left to staff). */
  readonly latestCode: { readonly id: number; readonly sentAt: Date } | null;
}

export interface VerificationWaitStore {
  /** The organisation's tickets awaiting verification after the id `afterId`, by id. */
  awaiting(organisationId: string, afterId: number, limit: number): Promise<AwaitingTicket[]>;
  /** `ticketId:askedOn` of the reminders already given to these tickets. */
  reminded(ticketIds: readonly number[]): Promise<Set<string>>;
  /** Records the reminder before it is sent; false when another process recorded it first. */
  claimReminder(ticketId: number, askedOn: string, at: Date): Promise<boolean>;
  /** Takes back a claim whose email could not be written, so the next pass tries again. */
  releaseReminder(ticketId: number, askedOn: string): Promise<void>;
}

export interface WaitOrganisation {
  readonly id: string;
  readonly zone: string;
  readonly remindAfterDays: number;
  readonly closeAfterDays: number;
}

export interface VerificationWaitDeps {
  readonly store: VerificationWaitStore;
  readonly tickets: TicketStore;
  readonly termsOf: TermsOf;
  readonly mailStore: RequesterMailStore;
  readonly mail: VerifyDeps;
  /** Edits the ticket's channel messages after a close. */
  readonly notifier: TicketNotifier;
  /** Tells each chat's triage channel what was done, on the ticket's thread. */
  readonly threads: readonly TicketThreadPoster[];
  readonly pageSize?: number;
  /** A step or a chat post that failed; the reference only, never personal data. */
  readonly onError: (error: unknown, reference: string) => void;
}

export interface WaitReport {
  readonly organisationId: string;
  readonly reminded: readonly string[];
  readonly closed: readonly string[];
}

export async function runVerificationWait(
  deps: VerificationWaitDeps,
  organisations: readonly WaitOrganisation[],
  now: Date,
): Promise<WaitReport[]> {
  const reports: WaitReport[] = [];
  for (const org of organisations) {
    const today = localDateOf(now.toISOString(), org.zone);
    if (today === null) throw new Error(`organisation ${org.id}: time zone ${org.zone} unknown`);
    const settings = { remindAfterDays: org.remindAfterDays, closeAfterDays: org.closeAfterDays };
    const done: WaitStep[] = [];
    const pageSize = deps.pageSize ?? 500;
    for (let afterId = 0; ;) {
      const page = await deps.store.awaiting(org.id, afterId, pageSize);
      const waiting = page.flatMap((t): (WaitingTicket & { codeId: number })[] => {
        // A ticket waiting with no code sent (none is, today) has nothing to count from: staff decide.
        if (t.latestCode === null) return [];
        const askedOn = localDateOf(t.latestCode.sentAt.toISOString(), org.zone);
        return askedOn ? [{ ...t, askedOn, codeId: t.latestCode.id }] : [];
      });
      const reminded = await deps.store.reminded(waiting.map((t) => t.id));
      for (const step of verificationWaitSteps(waiting, today, settings, reminded)) {
        const ticket = waiting.find((t) => t.id === step.ticketId)!;
        try {
          const given =
            step.kind === 'remind'
              ? await remind(deps, step, now)
              : await close(deps, step, ticket.codeId, now);
          if (given) done.push(step);
        } catch (error) {
          deps.onError(error, step.reference);
        }
      }
      if (page.length < pageSize) break;
      afterId = page.at(-1)?.id ?? afterId;
    }
    if (done.length === 0) continue;
    for (const step of done) await tellChats(deps, org.id, step);
    reports.push({
      organisationId: org.id,
      reminded: done.filter((s) => s.kind === 'remind').map((s) => s.reference),
      closed: done.filter((s) => s.kind === 'close').map((s) => s.reference),
    });
  }
  return reports;
}

async function remind(
  deps: VerificationWaitDeps,
  step: Extract<WaitStep, { kind: 'remind' }>,
  now: Date,
): Promise<boolean> {
  if (!(await deps.store.claimReminder(step.ticketId, step.key, now))) return false;
  try {
    await deps.mailStore.transaction(async (tx) => {
      const email = await queueRequesterEmail(tx, deps.mail, {
        ticket: step.ticketId,
        automatic: true,
        actor: WAIT_ACTOR.id,
        build: ({ formatDay }) => ({
          kind: 'verification_reminder',
          closesOn: formatDay(step.closesOn),
        }),
      });
      await tx.recordAudit([
        {
          type: 'ticket.verification_reminded',
          actor: WAIT_ACTOR.id,
          at: now,
          ticketId: step.ticketId,
          ticketReference: step.reference,
          payload: { askedOn: step.key, closesOn: step.closesOn, email: email.kind },
        },
      ]);
    });
    return true;
  } catch (error) {
    await deps.store.releaseReminder(step.ticketId, step.key);
    throw error;
  }
}

async function close(
  deps: VerificationWaitDeps,
  step: Extract<WaitStep, { kind: 'close' }>,
  codeId: number,
  now: Date,
): Promise<boolean> {
  const outcome = await closeUnverified(deps, { ...step, codeId }, now);
  if (outcome.kind !== 'changed') return false;
  const { ticket } = outcome;
  try {
    await deps.notifier.ticketChanged(ticketView(ticket, null, deps.termsOf(ticket.organisationId), now));
  } catch (error) {
    deps.onError(error, ticket.reference);
  }
  return true;
}

async function tellChats(deps: VerificationWaitDeps, organisationId: string, step: WaitStep): Promise<void> {
  const posted = await Promise.allSettled(
    deps.threads.map((t) => t.postOnTicket(organisationId, step.reference, waitStepText(step))),
  );
  for (const p of posted) if (p.status === 'rejected') deps.onError(p.reason, step.reference);
}
