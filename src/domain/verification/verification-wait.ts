/**
 * What a ticket waiting for the requester to prove their identity is owed today (issue 15, item 4):
 * one reminder to the requester some days after the request for identity, and, when nobody answered,
 * closing as unverified after the organisation's period or on the due date where the law's clock runs
 * meanwhile (see deadlines/unverified-closing.ts). Pure: days are counted in the organisation's
 * calendar, from the day the latest code was sent (a new code is a new request for identity).
 */
import { UNVERIFIED_CLOSING } from '../deadlines/unverified-closing.js';
import type { JurisdictionId } from '../deadlines/jurisdiction-rule.js';
import { addDays, type IsoDate } from '../deadlines/iso-date.js';

export interface WaitingTicket {
  readonly id: number;
  readonly reference: string;
  readonly jurisdiction: JurisdictionId;
  /** The day the latest code was sent, in the organisation's calendar. */
  readonly askedOn: IsoDate;
  /** The last day on time; null when the ticket has none. */
  readonly dueDate: IsoDate | null;
}

export interface WaitSettings {
  /** Days after the request for identity the requester is reminded (once). */
  readonly remindAfterDays: number;
  /** Days after the request for identity the ticket closes as unverified. */
  readonly closeAfterDays: number;
}

export type WaitStep =
  | {
      readonly kind: 'remind';
      readonly ticketId: number;
      readonly reference: string;
      /** What makes the reminder once-only: the day identity was asked for. */
      readonly key: IsoDate;
      /** The day the ticket will close if nobody answers, for the reminder letter. */
      readonly closesOn: IsoDate;
    }
  | {
      readonly kind: 'close';
      readonly ticketId: number;
      readonly reference: string;
      readonly askedOn: IsoDate;
      /** Why today: the organisation's period ran out, or the law's due date came. */
      readonly because: 'period_ended' | 'due_date';
    };

/** The day an unanswered request for identity closes, and why. */
export function closingDay(
  ticket: WaitingTicket,
  settings: WaitSettings,
): { readonly on: IsoDate; readonly because: 'period_ended' | 'due_date' } {
  const law = UNVERIFIED_CLOSING[ticket.jurisdiction];
  const period = addDays(ticket.askedOn, law.days ?? settings.closeAfterDays);
  // Never before the reminder had its chance: a code sent on an already late ticket still gets that long.
  const earliest = addDays(ticket.askedOn, settings.remindAfterDays + 1);
  if (law.byDueDate && ticket.dueDate !== null && ticket.dueDate < period) {
    return { on: ticket.dueDate < earliest ? earliest : ticket.dueDate, because: 'due_date' };
  }
  return { on: period, because: 'period_ended' };
}

/** What each waiting ticket is owed today; `reminded` holds `ticketId:askedOn` of reminders already given. */
export function verificationWaitSteps(
  tickets: readonly WaitingTicket[],
  today: IsoDate,
  settings: WaitSettings,
  reminded: ReadonlySet<string>,
): WaitStep[] {
  return tickets.flatMap((t): WaitStep[] => {
    const closing = closingDay(t, settings);
    if (closing.on <= today)
      return [
        {
          kind: 'close',
          ticketId: t.id,
          reference: t.reference,
          askedOn: t.askedOn,
          because: closing.because,
        },
      ];
    const remindOn = addDays(t.askedOn, settings.remindAfterDays);
    if (remindOn > today || reminded.has(waitReminderKey(t.id, t.askedOn))) return [];
    return [{ kind: 'remind', ticketId: t.id, reference: t.reference, key: t.askedOn, closesOn: closing.on }];
  });
}

export const waitReminderKey = (ticketId: number, askedOn: IsoDate): string => `${ticketId}:${askedOn}`;

/** The triage channel's line for a step: reference and what happened, never the requester. */
export function waitStepText(step: WaitStep): string {
  if (step.kind === 'remind')
    return `${step.reference}: the requester was reminded to confirm their identity (asked on ${step.key}); without an answer it closes on ${step.closesOn}`;
  const why = step.because === 'due_date' ? 'the due date came' : 'the waiting period ended';
  return `${step.reference} closed as unverified: identity asked for on ${step.askedOn} was never confirmed and ${why}; the requester was told how to ask again`;
}
