// Issue 15, bulk actions: `bulk reject|remind|close <filters>` shows what it would touch, then with
// `confirm` changes each ticket by the single command, each audited on its own, on SQLite and PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listEmlFiles, readEml } from '../../src/adapters/folder/read-folder.js';
import type { DeskActor, DeskReply } from '../../src/app/desk/desk-reply.js';
import { executeDeskCommand } from '../../src/app/desk/execute-desk-command.js';
import { ingestFiles } from '../../src/app/intake/ingest-files.js';
import type { App } from '../../src/composition-root.js';
import { parseDeskCommand } from '../../src/domain/desk/parse-desk-command.js';
import { engines as enginesFor } from '../support/engines.js';
import { createTestApp, sampleInbox } from '../support/test-app.js';

const engines = enginesFor('bulk');
const agent: DeskActor = { id: 'console:alice', role: 'agent' };
const approver: DeskActor = { id: 'console:paula', role: 'approver' };

type Bulk = Extract<DeskReply, { kind: 'bulk' }>;

describe.each(engines)('bulk actions through the desk (%s)', (_engine, databaseUrl) => {
  let app: App;
  const run = async (actor: DeskActor, text: string): Promise<DeskReply> => {
    const parsed = parseDeskCommand(text);
    if (!parsed.ok) return { kind: 'error', code: parsed.error.code, message: JSON.stringify(parsed.error) };
    return executeDeskCommand(app.tickets.desk, actor, parsed.command);
  };
  const bulk = async (actor: DeskActor, text: string): Promise<Bulk> => {
    const reply = await run(actor, text);
    if (reply.kind !== 'bulk') throw new Error(`expected a bulk reply, got ${JSON.stringify(reply)}`);
    return reply;
  };
  const statusOf = async (reference: string) =>
    (await app.database.db.ticket.findUniqueOrThrow({ where: { reference } })).status;

  beforeAll(async () => {
    const url = await databaseUrl();
    app = await createTestApp(url ? { databaseUrl: url } : {});
    await ingestFiles(
      { files: listEmlFiles([sampleInbox]), read: readEml, route: app.routeByRecipient, batchSize: 40 },
      app.intake,
    );
    await app.tickets.announcementsIdle();
  });
  afterAll(() => app.close());

  it('refuses a bulk action without a filter, so it can never reach every open ticket', async () => {
    const reply = await run(approver, 'bulk reject reason=duplicate confirm');
    expect(reply).toMatchObject({ kind: 'error', code: 'bad_argument' });
    expect(JSON.stringify(reply)).toContain('give at least one filter');
  });

  it('shows the count and references first and changes nothing', async () => {
    const open = await app.database.db.ticket.findMany({
      where: { organisationId: 'mediaconvert', status: 'received' },
    });
    expect(open.length).toBeGreaterThan(0);
    const preview = await bulk(approver, 'bulk reject org=mediaconvert reason=duplicate note="sent twice"');
    expect(preview.confirmed).toBe(false);
    expect([...preview.references].sort()).toEqual(open.map((t) => t.reference).sort());
    for (const t of open) expect(await statusOf(t.reference)).toBe('received');
  });

  it('refuses an agent a bulk rejection and records the refusal', async () => {
    const reply = await run(agent, 'bulk reject org=mediaconvert reason=duplicate confirm');
    expect(reply).toMatchObject({ kind: 'error', code: 'role_required' });
    const refused = await app.database.db.auditEvent.findMany({
      where: { type: 'desk.refused', actor: agent.id },
    });
    expect(refused.map((e) => JSON.parse(e.payload) as unknown)).toContainEqual({
      command: 'bulk reject',
      code: 'role_required',
      role: 'agent',
    });
  });

  it('with confirm rejects each ticket on its own: its status, its own audit event and its own letter', async () => {
    const done = await bulk(
      approver,
      'bulk reject org=mediaconvert reason=duplicate note="sent twice" confirm',
    );
    expect(done.confirmed).toBe(true);
    expect(done.results.length).toBe(done.references.length);
    for (const result of done.results) {
      expect(result).toMatchObject({ done: true });
      expect(await statusOf(result.reference)).toBe('rejected');
      const events = await app.database.db.auditEvent.findMany({
        where: { ticketReference: result.reference, type: 'ticket.transitioned', actor: approver.id },
      });
      expect(events).toHaveLength(1);
    }
    // Nothing left to match: a second run finds nothing.
    const again = await bulk(approver, 'bulk reject org=mediaconvert reason=duplicate');
    expect(again.references).toEqual([]);
  });

  it('goes on past a ticket that refuses, and reports done or failed for each', async () => {
    const matched = await bulk(approver, 'bulk close org=importly note="cleaning up"');
    expect(matched.references.length).toBeGreaterThan(1);
    const closed = await bulk(approver, 'bulk close org=importly note="cleaning up" confirm');
    expect(closed.results.map((r) => r.reference)).toEqual(matched.references);
    // Requests are rejected with a letter, never dismissed: each one is refused, and the next one still runs.
    const failed = closed.results.filter((r) => !r.done);
    expect(failed.length).toBeGreaterThan(1);
    for (const result of failed) {
      expect(result.message).toContain('is classified as a request');
      expect(await statusOf(result.reference)).not.toBe('rejected');
    }
  });

  it('reminds only requesters who have not verified, with a new code each', async () => {
    // The first received ticket that takes a code (an opt-out of sale, for one, needs no identity check).
    const candidates = await app.database.db.ticket.findMany({
      where: { organisationId: 'importly', status: 'received' },
      orderBy: { id: 'asc' },
    });
    let ticket: (typeof candidates)[number] | undefined;
    for (const candidate of candidates) {
      if ((await run(agent, `verify ${candidate.reference} send`)).kind === 'changed') {
        ticket = candidate;
        break;
      }
    }
    expect(ticket).toBeDefined();
    const reminded = await bulk(agent, 'bulk remind org=importly confirm');
    expect(reminded.references).toEqual([ticket!.reference]);
    expect(reminded.results).toEqual([expect.objectContaining({ reference: ticket!.reference, done: true })]);
    const resent = await app.database.db.auditEvent.findMany({
      where: { ticketReference: ticket!.reference, type: 'ticket.verification_resent' },
    });
    expect(resent).toHaveLength(1);
  });
});
