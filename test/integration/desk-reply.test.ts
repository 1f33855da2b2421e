// Issue 15, two-way messages: `reply` sends staff's own words to the requester in the ticket's thread,
// through the real composition root on SQLite and PostgreSQL, read back from the outbox and the trail.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listEmlFiles, readEml } from '../../src/adapters/folder/read-folder.js';
import type { DeskActor } from '../../src/app/desk/desk-reply.js';
import { type DeskDeps, executeDeskCommand } from '../../src/app/desk/execute-desk-command.js';
import { ingestFiles } from '../../src/app/intake/ingest-files.js';
import type { App } from '../../src/composition-root.js';
import { parseDeskCommand } from '../../src/domain/desk/parse-desk-command.js';
import { engines as enginesFor } from '../support/engines.js';
import { createTestApp, sampleInbox } from '../support/test-app.js';

const engines = enginesFor('reply');

const agent: DeskActor = { id: 'console:alice', role: 'agent' };
const viewer: DeskActor = { id: 'console:vic', role: 'viewer' };

describe.each(engines)("staff's replies to the requester through the desk (%s)", (_engine, databaseUrl) => {
  let app: App;
  let deps: DeskDeps;
  const now = new Date('2026-03-30T12:00:00Z');
  const run = (actor: DeskActor, text: string) => {
    const parsed = parseDeskCommand(text);
    if (!parsed.ok) throw new Error(`test command does not parse: ${text}`);
    return executeDeskCommand(deps, actor, parsed.command);
  };
  const ticket = (reference: string) => app.database.db.ticket.findUniqueOrThrow({ where: { reference } });
  const replies = async (reference: string) =>
    app.database.db.outboundEmail.findMany({
      where: { ticketId: (await ticket(reference)).id, template: 'staff_message' },
    });
  const events = (reference: string) =>
    app.database.db.auditEvent.findMany({ where: { ticketReference: reference, type: 'ticket.reply_sent' } });

  beforeAll(async () => {
    const url = await databaseUrl();
    app = await createTestApp(url ? { databaseUrl: url } : {});
    await ingestFiles(
      { files: listEmlFiles([sampleInbox]), read: readEml, route: app.routeByRecipient, batchSize: 40 },
      app.intake,
    );
    await app.tickets.announcementsIdle();
    deps = { ...app.tickets.desk, now: () => now };
  });
  afterAll(() => app.close());

  it("sends the agent's text as written to the requester, threaded on their message, and audits its digest", async () => {
    const text = 'We found two accounts <b>under</b> this address; which one do you mean?';
    expect(await run(agent, `reply RD-1001 ${text}`)).toMatchObject({ kind: 'changed' });

    const stored = await ticket('RD-1001');
    // RD-1001 is a request and the requester's follow-up: the reply answers the latest, in that thread.
    const inbound = await app.database.db.ticketMessage.findMany({
      where: { ticketId: stored.id, direction: 'inbound' },
      orderBy: { receivedAt: 'asc' },
    });
    expect(inbound.length).toBeGreaterThan(1);
    const [first, last] = [inbound[0]!.messageId, inbound.at(-1)!.messageId];
    const [email, ...more] = await replies('RD-1001');
    expect(more).toHaveLength(0);
    expect(email).toMatchObject({
      toAddress: stored.requesterAddress,
      inReplyTo: last,
      automatic: false,
      status: 'queued',
    });
    expect(email!.references).toEqual(expect.arrayContaining([first, last]));
    expect(email!.subject).toContain('[RD-1001]');
    expect(email!.bodyText).toContain(text);
    // Staff's words are escaped in the HTML part, never markup.
    expect(email!.bodyHtml).toContain('&lt;b&gt;under&lt;/b&gt;');
    expect(email!.bodyHtml).not.toContain('<b>under</b>');

    const [event] = await events('RD-1001');
    expect(event).toMatchObject({ actor: agent.id });
    expect(JSON.stringify(event!.payload)).toContain(createHash('sha256').update(text).digest('hex'));
    expect(JSON.stringify(event!.payload)).not.toContain('two accounts');
  });

  it('refuses a viewer, sending nothing and recording the refusal', async () => {
    expect(await run(viewer, 'reply RD-1002 hello')).toMatchObject({ kind: 'error', code: 'role_required' });
    expect(await replies('RD-1002')).toHaveLength(0);
    const refused = await app.database.db.auditEvent.findMany({
      where: { ticketReference: 'RD-1002', type: 'desk.refused' },
    });
    expect(refused).toHaveLength(1);
  });

  it('refuses a reply to a requester whose address bounced, and records nothing as sent', async () => {
    await app.database.db.ticket.update({
      where: { reference: 'RD-1003' },
      data: { requesterUnreachable: true },
    });
    expect(await run(agent, 'reply RD-1003 Are you still there?')).toMatchObject({
      kind: 'error',
      code: 'reply_unreachable',
    });
    expect(await replies('RD-1003')).toHaveLength(0);
    expect(await events('RD-1003')).toHaveLength(0);
  });
});
