import { describe, expect, it } from 'vitest';
import { mayReleaseHeldMail, settledStatus } from './release-held-mail.js';

describe('settling held mail', () => {
  it('lets approvers and admins release held mail, but not agents or viewers', () => {
    expect(mayReleaseHeldMail('approver')).toBe(true);
    expect(mayReleaseHeldMail('admin')).toBe(true);
    expect(mayReleaseHeldMail('agent')).toBe(false);
    expect(mayReleaseHeldMail('viewer')).toBe(false);
  });

  it('queues a released email with no reason and fails a discarded one with the reason', () => {
    expect(settledStatus({ kind: 'release' })).toEqual({ status: 'queued', statusReason: null });
    expect(settledStatus({ kind: 'discard', reason: 'spoofed sender' })).toEqual({
      status: 'failed',
      statusReason: 'discarded by staff: spoofed sender',
    });
  });
});
