import { describe, expect, it } from 'vitest';
import { parseDeskCommand } from '../../domain/desk/parse-desk-command.js';
import type { DeskDeps } from './desk-deps.js';
import { BULK_CAP, runBulk } from './bulk-run.js';

const many = Array.from({ length: BULK_CAP + 1 }, (_, i) => ({ reference: `RD-${1001 + i}` }));
const deps = {
  now: () => new Date('2026-03-30T12:00:00Z'),
  termsOf: () => null,
  tickets: { list: async () => many, audit: async () => undefined },
} as unknown as DeskDeps;

describe('bulk over too many tickets', () => {
  it('refuses more than the cap with a message that says to narrow the filter, and runs nothing', async () => {
    const parsed = parseDeskCommand('bulk reject triage reason=duplicate confirm');
    if (!parsed.ok || parsed.command.name !== 'bulk') throw new Error('does not parse');
    let ran = 0;
    const reply = await runBulk(deps, { id: 'console:a', role: 'admin' }, parsed.command, async () => {
      ran++;
      return { kind: 'help', usage: [] };
    });
    expect(reply).toMatchObject({ kind: 'error', code: 'bulk_too_many' });
    expect(reply.kind === 'error' && reply.message).toContain('more than 200 tickets');
    expect(ran).toBe(0);
  });
});
