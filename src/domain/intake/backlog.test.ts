import { describe, expect, it } from 'vitest';
import { backlogSummaryText, isBacklog } from './backlog.js';

describe('backlog mail', () => {
  const added = new Date('2026-12-07T09:00:00.700Z');

  it('is mail received before the mailbox was added, compared to the whole second', () => {
    expect(isBacklog(new Date('2025-12-07T09:00:00Z'), added)).toBe(true);
    expect(isBacklog(new Date('2026-12-07T08:59:59Z'), added)).toBe(true);
    // INTERNALDATE has no fraction: mail of the very second the mailbox was added is new.
    expect(isBacklog(new Date('2026-12-07T09:00:00Z'), added)).toBe(false);
    expect(isBacklog(new Date('2026-12-07T09:00:01Z'), added)).toBe(false);
  });

  it('is never found in a mailbox read before its added moment was recorded', () => {
    expect(isBacklog(new Date('2000-01-01T00:00:00Z'), null)).toBe(false);
  });

  it('is summarised for a channel in counts only, saying whether the requesters were acknowledged', () => {
    const tally = { messages: 50_000, tickets: 41_210, needsTriage: 9_876, overdue: 40_001, replies: 0 };
    const quiet = backlogSummaryText('zmapi-privacy', tally, { acknowledged: false });
    expect(quiet).toContain(
      '50,000 messages, 41,210 tickets opened, 9,876 in triage, 40,001 already overdue',
    );
    expect(quiet).toContain('No acknowledgement was sent');
    expect(quiet).not.toMatch(/@/);
    expect(backlogSummaryText('zmapi-privacy', tally, { acknowledged: true })).toContain(
      'The requesters were acknowledged.',
    );
  });

  it('counts replies filed on tickets Rightsdesk already had, when there are any', () => {
    const tally = { messages: 3, tickets: 1, needsTriage: 0, overdue: 1, replies: 2 };
    expect(backlogSummaryText('zmapi-privacy', tally, { acknowledged: false })).toContain(
      '1 already overdue; 2 replies filed on their tickets without a letter or post of their own.',
    );
    expect(backlogSummaryText('zmapi-privacy', { ...tally, replies: 0 }, { acknowledged: false })).toContain(
      '1 already overdue.\n',
    );
  });
});
