// The yearly CCPA metrics (11 CCR §7102) are counted from the database on both engines: only the
// organisation's CCPA tickets received in the calendar year of its time zone, with their outcomes.
import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { ccpaYearReport } from '../../src/app/tickets/ccpa-report.js';
import { reportCommand } from '../../src/cli/commands/report.js';
import type { App } from '../../src/composition-root.js';
import { engines } from '../support/engines.js';
import { cliEnv, runCli } from '../support/run-cli.js';
import { createTestApp } from '../support/test-app.js';

let number = 5000;
function ticket(over: {
  organisationId?: string;
  jurisdiction: string;
  types: string[];
  status: string;
  receivedAt: string;
  closedAt?: string;
  rejectionReason?: string;
}) {
  number += 1;
  return {
    number,
    reference: `RD-${number}`,
    organisationId: over.organisationId ?? 'importly',
    requesterAddress: `r${number}@example.com`,
    requesterName: 'R',
    subject: 's',
    flags: [],
    types: over.types,
    status: over.status,
    jurisdiction: over.jurisdiction,
    rejectionReason: over.rejectionReason ?? null,
    receivedAt: new Date(over.receivedAt),
    closedAt: over.closedAt ? new Date(over.closedAt) : null,
  };
}

describe.each(engines('rd_ccpa'))('CCPA report on %s', (_engine, databaseUrl) => {
  let app: (App & { stateDir: string }) | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('counts the CCPA tickets received in the year, by category and outcome, and prints them', async () => {
    const url = await databaseUrl();
    app = await createTestApp(url ? { databaseUrl: url } : {});
    await app.database.db.ticket.createMany({
      data: [
        // In 2025, CCPA: two deletions (one complied with after 10 days, one denied after 30), a
        // request to know (access + portability, open), an opt-out on its own clock (complied, 5 days).
        ticket({
          jurisdiction: 'us-ca',
          types: ['erasure'],
          status: 'fulfilled',
          receivedAt: '2025-03-01T10:00:00Z',
          closedAt: '2025-03-11T10:00:00Z',
        }),
        ticket({
          jurisdiction: 'us-ca',
          types: ['erasure'],
          status: 'rejected',
          rejectionReason: 'identity_not_verified',
          receivedAt: '2025-06-01T10:00:00Z',
          closedAt: '2025-07-01T10:00:00Z',
        }),
        ticket({
          jurisdiction: 'us-ca',
          types: ['access', 'portability'],
          status: 'verified',
          receivedAt: '2025-12-31T23:00:00Z',
        }),
        ticket({
          jurisdiction: 'us-ca-optout',
          types: ['opt_out_sale'],
          status: 'fulfilled',
          receivedAt: '2025-05-01T10:00:00Z',
          closedAt: '2025-05-06T10:00:00Z',
        }),
        // Not counted: another law, another year, another organisation.
        ticket({
          jurisdiction: 'eu-gdpr',
          types: ['erasure'],
          status: 'fulfilled',
          receivedAt: '2025-03-01T10:00:00Z',
          closedAt: '2025-03-02T10:00:00Z',
        }),
        ticket({
          jurisdiction: 'us-ca',
          types: ['erasure'],
          status: 'received',
          receivedAt: '2026-01-01T00:30:00Z',
        }),
        ticket({
          organisationId: 'zmapi',
          jurisdiction: 'us-ca',
          types: ['erasure'],
          status: 'received',
          receivedAt: '2025-03-01T10:00:00Z',
        }),
      ],
    });

    const report = await ccpaYearReport(app.tickets.store, { id: 'importly', timezone: 'UTC' }, 2025);
    expect(report.metrics.delete).toMatchObject({ received: 2, complied: 1, denied: 1, open: 0 });
    expect(report.metrics.delete.deniedBecause.not_verifiable).toBe(1);
    expect(report.metrics.delete.daysToRespond).toEqual({ median: 20, mean: 20 });
    expect(report.metrics.know).toMatchObject({ received: 1, complied: 0, denied: 0, open: 1 });
    expect(report.metrics.opt_out).toMatchObject({
      received: 1,
      complied: 1,
      daysToRespond: { median: 5, mean: 5 },
    });
    expect(report.metrics.correct.received).toBe(0);

    // The year is the organisation's: 00:30 UTC on 1 January 2026 is still 2025 in Los Angeles, and
    // 23:00 UTC on 31 December 2025 is counted there too.
    const pacific = await ccpaYearReport(
      app.tickets.store,
      { id: 'importly', timezone: 'America/Los_Angeles' },
      2025,
    );
    expect(pacific.metrics.delete.received).toBe(3);
    expect(pacific.metrics.know.received).toBe(1);

    const { code, out: output } = await runCli(reportCommand, ['ccpa', '2025'], cliEnv(app.stateDir, url));
    expect(code).toBe(0);
    // Only Importly declares the CCPA among the seed organisations.
    expect(output).toContain('## Importly: CCPA request metrics for 2025');
    expect(output).not.toContain('ZM API');
    expect(output).toContain('| Requests to delete | 2 | 1 | 1 | 20 | 20 |');
    expect(output).toContain('| Requests to delete | 1 | 0 | 0 | 0 |');
    expect(output).not.toContain('@example.com');
  });
});

describe('rightsdesk report', () => {
  it('refuses a second year and an unknown report', async () => {
    const io = { stdout: new PassThrough(), stderr: new PassThrough(), env: {} };
    await expect(reportCommand.run(['ccpa', '2024', '2025'], io)).rejects.toThrow(/unexpected argument/);
    await expect(reportCommand.run(['gdpr'], io)).rejects.toThrow(/expected "ccpa"/);
  });
});
