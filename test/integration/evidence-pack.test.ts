// `rightsdesk evidence` as an operator runs it, on both engines: one ticket worked through the console
// desk, its pack written (masked unless revealed, a reveal audited) and verified against the audit
// chain, then an audit row edited in the database, which the verification names.
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evidenceCommand } from '../../src/cli/commands/evidence.js';
import type { App } from '../../src/composition-root.js';
import { engines } from '../support/engines.js';
import { runCli } from '../support/run-cli.js';
import { sampleWithFulfilledTicket } from '../support/sample-desk.js';

describe.each(engines('rd_evidence'))('the evidence pack of a ticket on %s', (_engine, databaseUrl) => {
  let app: App & { stateDir: string };
  let env: Record<string, string>;
  const dir = mkdtempSync(join(tmpdir(), 'rightsdesk-evidence-'));
  const pack = join(dir, 'RD-1001.md');
  const run = (argv: string[]) => runCli(evidenceCommand, argv, env);

  beforeAll(async () => {
    ({ app, env } = await sampleWithFulfilledTicket(databaseUrl));
  });
  afterAll(() => app.close());

  it('writes the timeline, deadline, verification, letters with their Message-IDs and hashes, masked', async () => {
    const { code } = await run(['RD-1001', '--out', pack]);
    expect(code).toBe(0);
    const text = readFileSync(pack, 'utf8');
    const ticket = await app.database.db.ticket.findUniqueOrThrow({ where: { reference: 'RD-1001' } });
    expect(text).not.toContain(ticket.requesterAddress);
    expect(text).not.toContain(ticket.requesterName);
    expect(text).toContain('j***@example.com');
    expect(text).toMatch(/How it was computed: due 2 Apr: GDPR one month from/);
    expect(text).toMatch(/\| verified \| account_email_match \|/);
    const letters = await app.database.db.outboundEmail.findMany({ where: { ticketId: ticket.id } });
    expect(letters.length).toBeGreaterThan(0);
    for (const letter of letters) expect(text).toContain(letter.messageId);
    const events = await app.database.db.auditEvent.findMany({ where: { ticketReference: 'RD-1001' } });
    expect(events.map((e) => e.type)).toEqual(
      expect.arrayContaining(['ticket.ingested', 'ticket.classified', 'ticket.transitioned']),
    );
    for (const event of events) expect(text).toContain(`"hash":"${event.hash}"`);
    // The work in each data system, and the task events among the hashed ones.
    expect(text).toMatch(
      /\| Account database \(accounts\) \| access \| export \| done \| {2}\| console:alice \|/,
    );
    expect(text).toContain('| Imported media store (up to 7 days) (media) | access | search | done |');
    expect(events.filter((e) => e.type === 'task.done')).toHaveLength(3);
    expect(statSync(pack).mode & 0o077).toBe(0);
    await expect(run(['RD-1001', '--out', pack])).rejects.toThrow(/exists/);
  });

  it('shows the requester only with --reveal, and audits the reveal', async () => {
    const { code, out } = await run(['RD-1001', '--reveal', '--as', 'dora']);
    expect(code).toBe(0);
    expect(out).toContain('jane.roe@example.com');
    const viewed = await app.database.db.auditEvent.findMany({
      where: { type: 'ticket.personal_data_viewed', ticketReference: 'RD-1001' },
    });
    expect(viewed.map((e) => [e.actor, JSON.parse(e.payload)])).toEqual([
      ['cli:dora', { command: 'evidence' }],
    ]);
  });

  it('verifies an untouched pack against the database', async () => {
    const { code, out } = await run(['verify', pack]);
    expect(out).toMatch(/evidence pack RD-1001 verified: \d+ events match/);
    expect(code).toBe(0);
  });

  it('fails verification naming the event whose audit row was edited', async () => {
    const target = await app.database.db.auditEvent.findFirstOrThrow({
      where: { ticketReference: 'RD-1001', type: 'ticket.transitioned' },
      orderBy: { seq: 'asc' },
    });
    await app.database.db.$executeRawUnsafe(
      `UPDATE "AuditEvent" SET "actor" = 'console:mallory' WHERE "seq" = ${target.seq}`,
    );
    const { code, out } = await run(['verify', pack]);
    expect(out).toContain(`event seq ${target.seq} (ticket.transitioned) was edited`);
    expect(code).toBe(1);
  });

  it('refuses a file that is not an evidence pack and an unknown ticket as usage errors', async () => {
    await expect(run(['verify', join(dir, 'missing.md')])).rejects.toThrow('cannot read');
    await expect(run(['RD-999999'])).rejects.toThrow('no ticket RD-999999');
    await expect(run(['verify', __filename])).rejects.toThrow('not a Rightsdesk evidence pack');
  });
});
