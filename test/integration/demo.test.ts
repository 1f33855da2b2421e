// The first README command must keep working: the demo runs the whole flow on a fresh SQLite file.
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { demoCommand } from '../../src/cli/commands/demo.js';

describe('npm run demo', () => {
  it('ingests the sample inbox, writes the acknowledgements, works a ticket and finds the audit chain intact', async () => {
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
      '7 new tickets, 1 replies threaded, 3 automatic (never answered), 1 duplicates recorded, 1 quarantined.',
    );
    expect(output).toContain('RD-1001 approved');
    expect(output).toContain('RD-1001 fulfilled');
    expect(output).toMatch(/Closed: 1 \(fulfilled 1\); time to close/);
    expect(output).toMatch(/Audit chain: intact, \d+ events/);
    const written = readdirSync(join(stateDir, 'demo', 'outbox', 'importly'));
    expect(written.length).toBeGreaterThan(0);
    expect(written.every((name) => name.endsWith('.eml'))).toBe(true);
  });
});
