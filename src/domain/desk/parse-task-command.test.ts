import { describe, expect, it } from 'vitest';
import { parseDeskCommand } from './parse-desk-command.js';

describe('the task command', () => {
  it('marks a data system done, not applicable or blocked, with an optional note', () => {
    expect(parseDeskCommand('task rd-1042 billing done')).toEqual({
      ok: true,
      command: {
        name: 'task',
        reference: 'RD-1042',
        system: 'billing',
        right: null,
        outcome: 'done',
        note: null,
      },
    });
    expect(parseDeskCommand('task RD-1042 Billing:Erasure BLOCKED waiting for  finance')).toMatchObject({
      ok: true,
      command: { system: 'billing', right: 'erasure', outcome: 'blocked', note: 'waiting for finance' },
    });
  });

  it('lists the tasks when no system is named, also as "tasks"', () => {
    expect(parseDeskCommand('task RD-7')).toEqual({
      ok: true,
      command: { name: 'tasks', reference: 'RD-7' },
    });
    expect(parseDeskCommand('tasks RD-7')).toEqual({
      ok: true,
      command: { name: 'tasks', reference: 'RD-7' },
    });
  });

  it('answers a missing outcome or an unknown right with the usage line', () => {
    expect(parseDeskCommand('task RD-1 billing')).toMatchObject({
      ok: false,
      error: {
        code: 'bad_argument',
        problem: 'say done, not_applicable, blocked',
        usage: expect.stringContaining('task RD-1042'),
      },
    });
    expect(parseDeskCommand('task RD-1 billing:refund done')).toMatchObject({
      ok: false,
      error: { code: 'bad_argument', problem: expect.stringContaining('rights are access') },
    });
  });
});
