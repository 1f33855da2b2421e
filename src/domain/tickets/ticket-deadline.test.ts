import { describe, expect, it } from 'vitest';
import { type Actor, decide, type TicketCommand, type TicketEvent, type TicketState } from './lifecycle.js';
import { appealOf, ticketDeadline } from './ticket-deadline.js';

const agent: Actor = { id: 'U-agent', role: 'agent' };
const dpo: Actor = { id: 'U-dpo', role: 'approver' };

/** Runs commands through the state machine and collects the events it records. */
function history(start: TicketState, steps: readonly [TicketCommand, Actor, string][]): TicketEvent[] {
  const events: TicketEvent[] = [];
  let state = start;
  for (const [command, actor, at] of steps) {
    const decision = decide(state, command, actor, at);
    if (!decision.ok) throw new Error(decision.error.code);
    events.push(decision.event);
    state = decision.state;
  }
  return events;
}

const opened: TicketState = {
  id: 'RD-7',
  status: 'received',
  version: 0,
  jurisdiction: 'uk-gdpr',
  extended: false,
  rejectionReason: null,
};
const receipt = {
  receivedAt: '2026-03-15T10:00:00Z',
  zone: 'Europe/London',
  jurisdiction: 'uk-gdpr',
} as const;

describe("a ticket's deadline from its events", () => {
  it('turns the wait for ID into a UK pause, then an extension after it', () => {
    const events = history(opened, [
      [{ action: 'request_verification' }, agent, '2026-03-20T09:00:00Z'],
      [{ action: 'verify', method: 'email_code' }, agent, '2026-03-22T16:00:00Z'],
      [{ action: 'extend', reason: 'large mailbox' }, dpo, '2026-04-01T09:00:00Z'],
    ]);
    const result = ticketDeadline({ ...receipt, events, now: '2026-04-02T09:00:00Z' });
    expect(
      result.ok && [result.deadline.due, result.deadline.extendedDue, result.deadline.pausedDays],
    ).toEqual(['2026-04-17', '2026-06-17', 2]);
    expect(result.ok && result.deadline.explanation).toContain('paused 2 days awaiting ID');
  });

  it('never gives more than a month from the day identity is confirmed: asked on receipt, confirmed 3 days later', () => {
    const events = history(opened, [
      [{ action: 'request_verification' }, agent, '2026-03-15T11:00:00Z'],
      [{ action: 'verify', method: 'email_code' }, agent, '2026-03-18T16:00:00Z'],
    ]);
    const result = ticketDeadline({ ...receipt, events, now: '2026-03-19T09:00:00Z' });
    // One month from 18 March is 18 April (a Saturday, so Monday 20 April); the day the code arrived is not
    // a paused day, or a same-day answer would add a day the requester never waited.
    expect(result.ok && [result.deadline.pausedDays, result.deadline.nominalDue]).toEqual([3, '2026-04-18']);
  });

  it('pauses nothing when the code comes back the day it was asked for', () => {
    const events = history(opened, [
      [{ action: 'request_verification' }, agent, '2026-03-20T09:00:00Z'],
      [{ action: 'verify', method: 'email_code' }, agent, '2026-03-20T16:00:00Z'],
    ]);
    const result = ticketDeadline({ ...receipt, events, now: '2026-03-21T09:00:00Z' });
    expect(result.ok && [result.deadline.pausedDays, result.deadline.due]).toEqual([0, '2026-04-15']);
  });

  it('keeps the clock stopped up to today while the requester has not answered', () => {
    const events = history(opened, [[{ action: 'request_verification' }, agent, '2026-03-20T09:00:00Z']]);
    const result = ticketDeadline({ ...receipt, events, now: '2026-03-24T12:00:00Z' });
    expect(result.ok && [result.deadline.pausedDays, result.deadline.due]).toEqual([5, '2026-04-20']);
  });

  it('follows a recorded change of jurisdiction, where the same wait does not count', () => {
    const events = history(opened, [
      [
        { action: 'change_jurisdiction', to: 'us-ca', reason: 'Californian resident' },
        dpo,
        '2026-03-16T09:00:00Z',
      ],
      [{ action: 'request_verification' }, agent, '2026-03-20T09:00:00Z'],
      [{ action: 'verify', method: 'manual' }, agent, '2026-03-22T16:00:00Z'],
    ]);
    const result = ticketDeadline({ ...receipt, events, now: '2026-04-02T09:00:00Z' });
    expect(
      result.ok && [result.deadline.jurisdiction, result.deadline.due, result.deadline.pausedDays],
    ).toEqual(['us-ca', '2026-04-29', 0]);
  });

  const reply = (at: string) => ({ type: 'ticket.ingested' as const, at, payload: { kind: 'reply' } });

  it('stops a UK clock from the clarification request to the day the reply arrives, both included', () => {
    const asked = history(opened, [
      [{ action: 'request_clarification', stopsClock: true }, agent, '2026-03-20T09:00:00Z'],
    ]);
    const events = [...asked, reply('2026-03-23T15:00:00Z')];
    const result = ticketDeadline({ ...receipt, events, now: '2026-04-02T09:00:00Z' });
    // One month from 15 Mar is 15 Apr; 20 to 23 Mar are 4 days: 19 Apr is a Sunday, so Monday 20 Apr.
    expect(result.ok && [result.deadline.pausedDays, result.deadline.due]).toEqual([4, '2026-04-20']);
    expect(result.ok && result.deadline.explanation).toContain('paused 4 days awaiting clarification');
  });

  it('ends the pause on the day a reply read late arrived, and takes one received before the question for none', () => {
    const asked = history(opened, [
      [{ action: 'request_clarification', stopsClock: true }, agent, '2026-03-20T09:00:00Z'],
    ]);
    const late = (receivedAt: string) => ({
      ...reply('2026-03-30T08:00:00Z'),
      payload: { kind: 'reply', receivedAt },
    });
    const answered = ticketDeadline({
      ...receipt,
      events: [...asked, late('2026-03-23T15:00:00Z')],
      now: '2026-04-02T09:00:00Z',
    });
    expect(answered.ok && answered.deadline.pausedDays).toBe(4);
    const before = ticketDeadline({
      ...receipt,
      events: [...asked, late('2026-03-19T15:00:00Z')],
      now: '2026-03-24T12:00:00Z',
    });
    // Still waiting for the answer: paused from 20 Mar up to today.
    expect(before.ok && before.deadline.pausedDays).toBe(5);
  });

  // UK GDPR Art. 12A(5): only where the controller reasonably requires the information to identify the
  // information or processing activities an access request relates to; any other question stops nothing.
  it('does not stop a UK clock for a question asked without Art. 12A’s ground', () => {
    const asked = history(opened, [
      [{ action: 'request_clarification', stopsClock: false }, agent, '2026-03-20T09:00:00Z'],
    ]);
    expect(asked[0]?.payload).toMatchObject({ stopsClock: false });
    const events = [...asked, reply('2026-03-23T15:00:00Z')];
    const result = ticketDeadline({ ...receipt, events, now: '2026-04-02T09:00:00Z' });
    expect(result.ok && [result.deadline.pausedDays, result.deadline.due]).toEqual([0, '2026-04-15']);
    // A question recorded before the ground was asked for (no stopsClock in it) stops nothing either.
    const unmarked = { ...asked[0]!, payload: {} };
    const old = ticketDeadline({
      ...receipt,
      events: [unmarked, reply('2026-03-23T15:00:00Z')],
      now: '2026-04-02T09:00:00Z',
    });
    expect(old.ok && old.deadline.pausedDays).toBe(0);
  });

  it('does not stop an EU GDPR clock for clarification, and says why', () => {
    const asked = history({ ...opened, jurisdiction: 'eu-gdpr' }, [
      [{ action: 'request_clarification', stopsClock: true }, agent, '2026-03-20T09:00:00Z'],
    ]);
    const events = [...asked, reply('2026-03-23T15:00:00Z')];
    const result = ticketDeadline({
      ...receipt,
      jurisdiction: 'eu-gdpr',
      events,
      now: '2026-04-02T09:00:00Z',
    });
    expect(result.ok && [result.deadline.pausedDays, result.deadline.due]).toEqual([0, '2026-04-15']);
    expect(result.ok && result.deadline.explanation).toContain('pause ignored');
  });

  it('runs an appeal on the appeal period of its law (Virginia: 60 days)', () => {
    const events = [
      {
        type: 'ticket.appeal_opened' as const,
        at: '2026-03-15T10:00:00Z',
        payload: { appealOf: 'RD-6', decidedBy: 'U-dpo' },
      },
    ];
    const result = ticketDeadline({
      ...receipt,
      zone: 'America/New_York',
      jurisdiction: 'us-va',
      events,
      now: '2026-03-16T09:00:00Z',
    });
    expect(result.ok && [result.deadline.stage, result.deadline.due]).toEqual(['appeal', '2026-05-14']);
    expect(appealOf(events)).toEqual({ of: 'RD-6', decidedBy: 'U-dpo' });
  });
});
