/**
 * The desk commands about clocks and appeals: `clarify` (a question to the requester; with `scope`, UK GDPR
 * Art. 12A(5) stops the clock until the answer: clarification-clock.ts), `dismiss` (a message that asks for no right closes without a
 * letter), `appeal` (a denied request under a US state law opens a linked appeal ticket, announced to
 * the chats like a new one) and `uphold` / `overturn` (the appeal's decision, with its letter).
 */
import type { TicketChangeCommand } from '../../domain/desk/desk-command.js';
import { jurisdictionRule } from '../../domain/deadlines/jurisdictions.js';
import { planAppeal, APPEAL_LINK } from '../tickets/plan-appeal.js';
import { clarificationClock } from './clarification-clock.js';
import { planLifecycle } from '../tickets/plan-lifecycle.js';
import type { TicketRecord } from '../tickets/ports.js';
import { ticketView } from '../tickets/ticket-view.js';
import { change } from './desk-change.js';
import type { DeskActor, DeskReply } from './desk-reply.js';
import type { DeskDeps } from './desk-deps.js';

type ClockOrAppealCommand = Extract<
  TicketChangeCommand,
  { name: 'clarify' | 'dismiss' | 'appeal' | 'uphold' | 'overturn' }
>;

export async function clockOrAppealCommand(
  deps: DeskDeps,
  actor: DeskActor,
  command: ClockOrAppealCommand,
): Promise<DeskReply> {
  switch (command.name) {
    case 'clarify':
      return change(
        deps,
        actor,
        command,
        (t, c) => {
          const clock = clarificationClock(t, command.scope);
          if (!clock.ok) return clock;
          const action = { action: 'request_clarification', stopsClock: clock.stopsClock } as const;
          return planLifecycle(t, action, c, { note: command.question });
        },
        (t) => {
          const { pause } = jurisdictionRule(t.jurisdiction);
          const clock = command.scope
            ? 'the clock stands still until the requester answers (UK GDPR Art. 12A(5))'
            : pause.allowed
              ? 'the clock keeps running: it stops only for a question about what an access request covers (clarify … scope …)'
              : `the clock keeps running (${pause.rule})`;
          return `${t.reference}: the question was ${deps.mail ? 'sent to' : 'noted; send it to'} the requester; ${clock}`;
        },
      );
    case 'dismiss':
      return change(
        deps,
        actor,
        command,
        (t, c) =>
          isNotARequest(t)
            ? planLifecycle(t, { action: 'dismiss' }, c, { note: command.note })
            : { ok: false, refusal: { code: 'dismiss_needs_not_a_request', reference: t.reference } },
        (t) => `${t.reference} dismissed: it asks for no right; no letter is sent`,
      );
    case 'uphold':
    case 'overturn': {
      const action = command.name === 'uphold' ? 'uphold_appeal' : 'overturn_appeal';
      return change(
        deps,
        actor,
        command,
        (t, c) => planLifecycle(t, { action, reason: command.reason }, c),
        (t) =>
          command.name === 'uphold'
            ? `${t.reference}: the decision appealed stands; the requester is told how to reach the Attorney General`
            : `${t.reference}: the decision appealed is reversed; carry out the request, then fulfil`,
      );
    }
    case 'appeal': {
      const reply = await change(
        deps,
        actor,
        command,
        (t, c) => planAppeal(t, command.note, c, c.actor.id, command.backlog?.receivedAt),
        (t) => `${t.reference} appealed: ${appealReference(t) ?? 'the appeal'} opened on the appeal clock`,
      );
      // Backlog the mailbox keeps quiet is counted in its catch-up summary, not posted one by one.
      const quiet = command.backlog !== undefined && !command.backlog.announce;
      if (reply.kind === 'changed' && !quiet) await announceAppeal(deps, reply.ticket.linked ?? []);
      return reply;
    }
  }
}

function isNotARequest(ticket: TicketRecord): boolean {
  return ticket.types.length > 0 && ticket.types.every((t) => t === 'not_a_request');
}

function appealReference(ticket: TicketRecord): string | null {
  return ticket.links.find((l) => l.kind === APPEAL_LINK)?.reference ?? null;
}

/** The appeal is posted to the organisation's triage channel like a new ticket. */
async function announceAppeal(
  deps: DeskDeps,
  links: readonly { readonly reference: string; readonly kind: string }[],
): Promise<void> {
  const reference = links.find((l) => l.kind === APPEAL_LINK)?.reference;
  const appeal = reference ? await deps.tickets.findByReference(reference) : null;
  if (!appeal) return;
  try {
    await deps.notifier.ticketOpened(
      ticketView(appeal, null, deps.termsOf(appeal.organisationId), deps.now()),
    );
  } catch (error) {
    deps.onNotifyError(error, appeal.reference);
  }
}
