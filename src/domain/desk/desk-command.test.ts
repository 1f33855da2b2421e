import { describe, expect, it } from 'vitest';
import { atSeenVersion } from './desk-command.js';

describe('a click on a message that showed one version of a ticket', () => {
  it('asks for its change at that version only', () => {
    expect(atSeenVersion({ name: 'approve', reference: 'RD-1042' }, 7)).toEqual({
      name: 'approve',
      reference: 'RD-1042',
      expectedVersion: 7,
    });
  });

  it('leaves a command that changes nothing as it is', () => {
    const show = { name: 'show', reference: 'RD-1042' } as const;
    expect(atSeenVersion(show, 7)).toBe(show);
  });
});
