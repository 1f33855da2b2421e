// `rightsdesk export tickets --format csv` as an operator runs it, on both engines: one line per
// ticket with its law, dates, outcome and how it was verified; no requester unless --reveal, which
// is audited; filters by organisation and received date; a new file readable by its owner only.
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportCommand } from '../../src/cli/commands/export.js';
import type { App } from '../../src/composition-root.js';
import { engines } from '../support/engines.js';
import { runCli } from '../support/run-cli.js';
import { sampleWithFulfilledTicket } from '../support/sample-desk.js';

/** The CSV as records keyed by column (the export quotes nothing in these sample tickets). */
function records(csv: string): Record<string, string>[] {
  const [header, ...lines] = csv.trimEnd().split('\r\n');
  const columns = (header ?? '').split(',');
  return lines.map((line) => Object.fromEntries(line.split(',').map((cell, i) => [columns[i], cell])));
}

describe.each(engines('rd_export'))('exporting tickets as CSV on %s', (_engine, databaseUrl) => {
  let app: App & { stateDir: string };
  let env: Record<string, string>;
  const run = (argv: string[]) => runCli(exportCommand, argv, env);

  beforeAll(async () => {
    ({ app, env } = await sampleWithFulfilledTicket(databaseUrl));
  });
  afterAll(() => app.close());

  it('writes every ticket with its law, dates, outcome and verification, and no requester', async () => {
    const { code, out } = await run(['tickets', '--format', 'csv']);
    expect(code).toBe(0);
    const rows = records(out);
    expect(rows).toHaveLength(await app.database.db.ticket.count());
    expect(out).not.toMatch(/@/);
    const fulfilled = rows.find((r) => r.reference === 'RD-1001');
    expect(fulfilled).toMatchObject({
      organisation: 'importly',
      status: 'fulfilled',
      law: 'eu-gdpr',
      due: '2026-04-02',
      outcome: 'fulfilled',
      extended: 'no',
      verified_by: 'account_email_match',
    });
    expect(Number(fulfilled?.days_taken)).toBeGreaterThan(0);
    const open = rows.find((r) => r.reference === 'RD-1005');
    expect(open).toMatchObject({ law: 'us-ca-optout', outcome: '', days_taken: '', verified_by: '' });
    expect(await app.database.db.auditEvent.count({ where: { type: 'tickets.exported' } })).toBe(0);
  });

  it('filters by organisation and by received day, both ends included', async () => {
    const tickets = await app.database.db.ticket.findMany({ orderBy: { receivedAt: 'asc' } });
    const importly = records((await run(['tickets', '--format', 'csv', '--org', 'importly'])).out);
    expect(importly.map((r) => r.reference).sort()).toEqual(
      tickets
        .filter((t) => t.organisationId === 'importly')
        .map((t) => t.reference)
        .sort(),
    );
    const day = tickets[0]!.receivedAt.toISOString().slice(0, 10);
    const sameDay = records((await run(['tickets', '--format', 'csv', '--from', day, '--to', day])).out);
    expect(sameDay.map((r) => r.reference).sort()).toEqual(
      tickets
        .filter((t) => t.receivedAt.toISOString().startsWith(day))
        .map((t) => t.reference)
        .sort(),
    );
    expect(sameDay.length).toBeGreaterThan(0);
  });

  it('reveals names and addresses only when asked, into a private new file, and audits the reveal', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'rightsdesk-export-')), 'tickets.csv');
    const { code } = await run(['tickets', '--format', 'csv', '--reveal', '--as', 'dora', '--out', file]);
    expect(code).toBe(0);
    const revealed = records(readFileSync(file, 'utf8'));
    expect(revealed.find((r) => r.reference === 'RD-1001')?.requester_address).toBe('jane.roe@example.com');
    expect(statSync(file).mode & 0o077).toBe(0);
    const events = await app.database.db.auditEvent.findMany({ where: { type: 'tickets.exported' } });
    expect(events.map((e) => [e.actor, JSON.parse(e.payload)])).toEqual([
      ['cli:dora', { revealed: true, organisation: null, receivedFrom: null, receivedBefore: null }],
    ]);
    await expect(run(['tickets', '--format', 'csv', '--out', file])).rejects.toThrow(/exists/);
  });

  it('refuses a missing format, a bad day or an unknown organisation as usage errors', async () => {
    await expect(run(['tickets'])).rejects.toThrow('--format csv is required');
    await expect(run(['tickets', '--format', 'csv', '--from', '2026-02-30'])).rejects.toThrow('--from');
    await expect(run(['tickets', '--format', 'csv', '--org', 'nobody'])).rejects.toThrow(
      'no organisation nobody',
    );
  });
});
