import { describe, expect, it } from 'vitest';
import { describeDeskError } from '../desk/replies.js';
import type { TicketRecord } from './ports.js';
import { canSeePersonalData, repeatOf, ticketView } from './ticket-view.js';

const ticket: TicketRecord = {
  id: 7,
  reference: 'RD-1007',
  organisationId: 'importly',
  requesterAddress: 'jane.roe@example.com',
  requesterName: 'Jane Roe',
  status: 'received',
  version: 0,
  jurisdiction: 'us-va',
  extended: false,
  rejectionReason: null,
  assignee: null,
  types: ['access'],
  language: 'en',
  confidence: 0.9,
  classifierReasons: ['access: "a copy of all personal data"'],
  needsTriage: false,
  flags: [],
  receivedAt: new Date('2026-03-09T13:00:00Z'),
  dueDate: null,
  events: [],
  recipients: [],
  tasks: [],
  links: [],
  emails: [],
};

describe('the ticket view', () => {
  it('shows personal data to agents and above, never to viewers', () => {
    expect(canSeePersonalData('viewer')).toBe(false);
    expect(canSeePersonalData('agent')).toBe(true);
    expect(canSeePersonalData('admin')).toBe(true);
  });

  it("shows the classifier's reasons, which quote the email, only to roles that may see personal data", () => {
    const now = new Date('2026-03-10T00:00:00Z');
    expect(ticketView(ticket, 'agent', null, now).reasons).toEqual(ticket.classifierReasons);
    expect(ticketView(ticket, 'viewer', null, now).reasons).toEqual([]);
    // The channel view (no role) never carries them.
    expect(ticketView(ticket, null, null, now).reasons).toEqual([]);
  });

  it('offers a channel message the actions the state allows, and no second extension', () => {
    const now = new Date('2026-03-10T00:00:00Z');
    const approved: TicketRecord = { ...ticket, status: 'approved' };
    expect(ticketView(approved, null, null, now).stateActions).toContain('extend');
    expect(ticketView({ ...approved, extended: true }, null, null, now).stateActions).not.toContain('extend');
    expect(ticketView(approved, null, null, now).allowedActions).toEqual([]);
  });

  it("shows a repeat requester's earlier tickets and the free-request rule of the ticket's law", () => {
    const earlier = [
      { reference: 'RD-1002', receivedAt: new Date('2026-01-10T09:00:00Z'), status: 'fulfilled' as const },
      { reference: 'RD-1001', receivedAt: new Date('2025-11-02T09:00:00Z'), status: 'fulfilled' as const },
    ];
    const repeat = repeatOf(ticket, earlier);
    // Virginia: two free requests in 12 months (Va. Code §59.1-577(B)(3)); this is the third.
    expect(repeat?.verdict).toBe('allowance_used');
    expect(repeat?.earlier.map((e) => e.receivedOn)).toEqual(['2026-01-10', '2025-11-02']);
    expect(repeatOf(ticket, [])).toBeUndefined();
  });

  it('words a pending recipient checklist so staff know what to do next', () => {
    const message = describeDeskError({
      code: 'recipients_pending',
      reference: 'RD-1007',
      pending: ['1. Stripe'],
    });
    expect(message).toMatch(/RD-1007 cannot close yet.*Art\. 19.*1\. Stripe/);
  });
});
