// `preview RD-… reject|extend|fulfil|clarify` through the console desk (grammar, executor, console
// renderer) on SQLite and PostgreSQL: the letter a decision would send, in the ticket's law, sent nowhere,
// changing nothing. d019 asks Importly for an objection (RD-1008); staff move it to California's law.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderReply } from '../../src/adapters/console/render-reply.js';
import { listEmlFiles, readEml } from '../../src/adapters/folder/read-folder.js';
import type { DeskActor, DeskReply } from '../../src/app/desk/desk-reply.js';
import { executeDeskCommand } from '../../src/app/desk/execute-desk-command.js';
import { errorReply } from '../../src/app/desk/replies.js';
import { ingestFiles } from '../../src/app/intake/ingest-files.js';
import type { App } from '../../src/composition-root.js';
import { parseDeskCommand } from '../../src/domain/desk/parse-desk-command.js';
import { engines as enginesFor } from '../support/engines.js';
import { corpusDir, createTestApp, sampleInbox } from '../support/test-app.js';

const engines = enginesFor('preview');
const viewer: DeskActor = { id: 'console:vera', role: 'viewer' };
const agent: DeskActor = { id: 'console:alice', role: 'agent' };
const approver: DeskActor = { id: 'console:dora', role: 'approver' };

describe.each(engines)('letter previews at the desk (%s)', (_engine, databaseUrl) => {
  let app: App;
  const now = new Date('2026-01-20T12:00:00Z');
  // The console desk: one typed line, parsed, executed, rendered as the terminal shows it.
  const consoleDesk = async (
    actor: DeskActor,
    line: string,
  ): Promise<{ reply: DeskReply; shown: string }> => {
    const parsed = parseDeskCommand(line);
    const reply = parsed.ok
      ? await executeDeskCommand({ ...app.tickets.desk, now: () => now }, actor, parsed.command)
      : errorReply(parsed.error);
    return { reply, shown: renderReply(reply) };
  };
  const ticketOf = (reference: string) => app.database.db.ticket.findUniqueOrThrow({ where: { reference } });
  const outboxOf = async (reference: string) =>
    app.database.db.outboundEmail.count({ where: { ticketId: (await ticketOf(reference)).id } });
  const auditOf = (reference: string) =>
    app.database.db.auditEvent.findMany({ where: { ticketReference: reference }, orderBy: { seq: 'asc' } });

  beforeAll(async () => {
    const url = await databaseUrl();
    app = await createTestApp(url ? { databaseUrl: url } : {});
    for (const paths of [[sampleInbox], [join(corpusDir, 'd019.eml')]])
      await ingestFiles(
        { files: listEmlFiles(paths), read: readEml, route: app.routeByRecipient, batchSize: 40 },
        app.intake,
      );
    await app.tickets.announcementsIdle();
    const moved = await consoleDesk(approver, 'jurisdiction RD-1008 us-ca she lives in San Diego');
    expect(moved.reply).toMatchObject({ kind: 'changed' });
  });
  afterAll(() => app.close());

  it('shows a viewer the CCPA rejection letter with no GDPR text and the requester masked, sending and changing nothing', async () => {
    const before = { ticket: await ticketOf('RD-1008'), outbox: await outboxOf('RD-1008') };
    const audited = (await auditOf('RD-1008')).length;
    const { reply, shown } = await consoleDesk(viewer, 'preview RD-1008 reject legal_exemption');
    expect(reply).toMatchObject({
      kind: 'letter_preview',
      reference: 'RD-1008',
      letter: 'outcome_rejected',
      jurisdiction: 'us-ca',
      masked: true,
      subject: expect.stringContaining('[RD-1008]') as string,
    });
    if (reply.kind !== 'letter_preview') return;
    expect(reply.text).toContain('California Privacy Protection Agency');
    expect(reply.text).not.toMatch(/GDPR|supervisory authority|Art\. 77/);
    expect(reply.text).not.toContain(before.ticket.requesterAddress);
    expect(reply.text).not.toContain(before.ticket.requesterName);
    expect(shown).toContain('Preview, not sent: the outcome rejected letter');
    expect(shown).toContain('California Privacy Protection Agency');
    // Nothing sent, nothing changed, nothing audited: a viewer saw no personal data.
    expect(await outboxOf('RD-1008')).toBe(before.outbox);
    const after = await ticketOf('RD-1008');
    expect([after.status, after.version]).toEqual([before.ticket.status, before.ticket.version]);
    expect(await auditOf('RD-1008')).toHaveLength(audited);
  });

  it('shows an agent the letter addressed as it would be sent, recording only that personal data was read', async () => {
    const audited = (await auditOf('RD-1008')).length;
    const outbox = await outboxOf('RD-1008');
    const { reply } = await consoleDesk(agent, 'preview RD-1008 reject legal_exemption');
    expect(reply).toMatchObject({ kind: 'letter_preview', masked: false });
    const ticket = await ticketOf('RD-1008');
    expect(ticket.requesterName).not.toBe('');
    expect(reply.kind === 'letter_preview' && reply.text).toContain(ticket.requesterName);
    const events = (await auditOf('RD-1008')).slice(audited);
    expect(events.map((e) => e.type)).toEqual(['ticket.personal_data_viewed']);
    expect(await outboxOf('RD-1008')).toBe(outbox);
  });

  it('previews the extension notice with its reason and the new due date the extension would set', async () => {
    const { reply } = await consoleDesk(viewer, 'preview RD-1008 extend many systems to search');
    expect(reply).toMatchObject({ kind: 'letter_preview', letter: 'extension_notice' });
    if (reply.kind !== 'letter_preview') return;
    expect(reply.text).toContain('many systems to search');
    expect(reply.text).not.toMatch(/GDPR/);
    expect((await ticketOf('RD-1008')).extended).toBe(false);
  });

  it('answers a law without extensions, an unknown ground and a rejection that sends no letter with their own errors', async () => {
    expect(
      (await consoleDesk(approver, 'jurisdiction RD-1008 br-lgpd staff check LGPD wording')).reply,
    ).toMatchObject({ kind: 'changed' });
    const lgpd = await consoleDesk(viewer, 'preview RD-1008 extend many systems');
    expect(lgpd.reply).toMatchObject({ kind: 'error', code: 'letter_not_for_this_law' });
    expect(lgpd.shown).toContain('br-lgpd, which has no extension notice letter');
    const unknown = await consoleDesk(viewer, 'preview RD-1008 reject because_i_say_so');
    expect(unknown.reply).toMatchObject({ kind: 'error', code: 'bad_argument' });
    expect(unknown.shown).toMatch(
      /reasons are identity_not_verified.*Usage: preview RD-1042 reject <reason>/,
    );
    expect((await consoleDesk(viewer, 'preview RD-1008 reject not_a_request')).reply).toMatchObject({
      code: 'decision_sends_no_letter',
    });
  });
});
