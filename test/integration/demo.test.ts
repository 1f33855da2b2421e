// The first README command must keep working: the demo runs the whole flow on a fresh SQLite file.
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { demoCommand } from '../../src/cli/commands/demo.js';

describe('npm run demo', () => {
  it('ingests the sample inbox dated to this week, works a ticket, opens a CCPA opt-out and finds the audit chain intact', async () => {
    const stateDir = mkdtempSync(join(tmpdir(), 'rightsdesk-demo-'));
    const stdout = new PassThrough();
    let output = '';
    stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const code = await demoCommand.run([], {
      stdout,
      stderr: new PassThrough(),
      env: { RIGHTSDESK_STATE_DIR: stateDir, LOG_LEVEL: 'silent' },
    });
    expect(code).toBe(0);
    expect(output).toContain(
      '8 new tickets, 1 replies threaded, 3 automatic (never answered), 1 duplicates recorded, 1 quarantined.',
    );
    expect(output).toContain('RD-1001 approved');
    // Tasks by data system: opened on approval, fulfil refused until each is marked, then closed.
    expect(output).toContain('Account database (accounts) · access: export · open');
    expect(output).toContain('error (tasks_open): RD-1001 cannot be fulfilled yet');
    expect(output).toContain('RD-1001: logs done; every task is settled, the ticket can be fulfilled');
    expect(output).toContain('RD-1001 fulfilled');
    expect(output).toContain('RD-1001: your message was sent to the requester');
    expect(output).toContain(
      'The outcome letter of RD-1001 carries its export to the verified requester: importly-account.json (',
    );
    expect(output).toMatch(/Closed: 1 \(fulfilled 1\); time to close/);
    // The mail is moved to the last few weeks, so the team is on time. How many clocks end within 7 days
    // depends on the day the demo runs (the opt-out's 15 business days cross public holidays or not).
    expect(output).toMatch(/Deadlines: 0 overdue, \d+ due within 7 days/);
    expect(output).toMatch(/RD-1008 +importly +received[\s\S]*?law +us-ca-optout \(cites the CCPA/);
    expect(output).toContain('CCPA opt-out 15 business days from');
    expect(output).toContain('You do not need to prove your identity for this request (11 CCR §7026(d)).');
    expect(output).toMatch(/Audit chain: intact, \d+ events/);
    const written = readdirSync(join(stateDir, 'demo', 'outbox', 'importly'));
    expect(written.length).toBeGreaterThan(0);
    expect(written.every((name) => name.endsWith('.eml'))).toBe(true);
  });
});
