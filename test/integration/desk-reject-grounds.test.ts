// The reject path through the console desk (grammar, executor, console renderer) on SQLite and
// PostgreSQL: a ground the ticket's law does not provide is refused with one sentence naming the grounds
// it does, and an opt-out of sale is never refused as unverified (11 CCR §7026(d); the desk's practice elsewhere).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listEmlFiles, readEml } from '../../src/adapters/folder/read-folder.js';
import { renderReply } from '../../src/adapters/console/render-reply.js';
import type { DeskActor, DeskReply } from '../../src/app/desk/desk-reply.js';
import { executeDeskCommand } from '../../src/app/desk/execute-desk-command.js';
import { errorReply } from '../../src/app/desk/replies.js';
import { ingestFiles } from '../../src/app/intake/ingest-files.js';
import type { App } from '../../src/composition-root.js';
import { parseDeskCommand } from '../../src/domain/desk/parse-desk-command.js';
import { engines as enginesFor } from '../support/engines.js';
import { createTestApp, sampleInbox } from '../support/test-app.js';

const engines = enginesFor('grounds');
const dora: DeskActor = { id: 'console:dora', role: 'approver' };

describe.each(engines)('reject grounds per law at the console desk (%s)', (_engine, databaseUrl) => {
  let app: App;
  let optOut = '';
  let access = '';
  const consoleDesk = async (line: string): Promise<{ reply: DeskReply; shown: string }> => {
    const parsed = parseDeskCommand(line);
    const reply = parsed.ok
      ? await executeDeskCommand(app.tickets.desk, dora, parsed.command)
      : errorReply(parsed.error);
    return { reply, shown: renderReply(reply) };
  };
  const ticketOf = (reference: string) => app.database.db.ticket.findUniqueOrThrow({ where: { reference } });
  const lettersOf = async (reference: string) =>
    app.database.db.outboundEmail.count({
      where: { ticketId: (await ticketOf(reference)).id, template: 'outcome_rejected' },
    });

  beforeAll(async () => {
    const url = await databaseUrl();
    app = await createTestApp(url ? { databaseUrl: url } : {});
    await ingestFiles(
      { files: listEmlFiles([sampleInbox]), read: readEml, route: app.routeByRecipient, batchSize: 40 },
      app.intake,
    );
    await app.tickets.announcementsIdle();
    const tickets = await app.database.db.ticket.findMany({ orderBy: { reference: 'asc' } });
    optOut = tickets.find((t) => t.jurisdiction === 'us-ca-optout')?.reference ?? '';
    access = tickets.find((t) => JSON.stringify(t.types) === '["access"]')?.reference ?? '';
    expect([optOut, access]).not.toContain('');
  });
  afterAll(() => app.close());

  it('refuses to reject a CCPA opt-out as identity not verified, citing 11 CCR §7026(d), and sends nothing', async () => {
    const before = await ticketOf(optOut);
    const { reply, shown } = await consoleDesk(`reject ${optOut} identity_not_verified`);
    expect(reply).toMatchObject({ kind: 'error', code: 'opt_out_identity_ground' });
    expect(shown).toContain(
      'An opt-out of sale or sharing cannot be refused as identity not verified under us-ca-optout',
    );
    expect(shown).toContain('11 CCR §7026(d)');
    expect(shown).toContain(
      'refuse it on a ground it may be refused on: manifestly_unfounded, excessive, legal_exemption, duplicate, not_a_request, outside_jurisdiction.',
    );
    const after = await ticketOf(optOut);
    expect([after.status, after.version]).toEqual([before.status, before.version]);
    expect(await lettersOf(optOut)).toBe(0);
  });

  it('refuses the same under Virginia and approves the opt-out there unverified', async () => {
    await consoleDesk(`jurisdiction ${optOut} us-va the requester lives in Richmond`);
    const { shown } = await consoleDesk(`reject ${optOut} identity_not_verified`);
    expect(shown).toContain('Rightsdesk takes an opt-out of sale or sharing without an identity check');
    expect(await consoleDesk(`approve ${optOut}`)).toMatchObject({ reply: { kind: 'changed' } });
    expect((await ticketOf(optOut)).status).toBe('approved');
  });

  it('refuses "excessive" under Québec law, naming the grounds it provides, then rejects on one of them', async () => {
    await consoleDesk(`jurisdiction ${access} ca-qc the requester lives in Montréal`);
    const { reply, shown } = await consoleDesk(`reject ${access} excessive asks every week`);
    expect(reply).toMatchObject({ kind: 'error', code: 'ground_not_provided' });
    expect(shown).toContain('ca-qc provides no ground "excessive"');
    expect(shown).toContain('CQLR c. P-39.1 s. 46');
    expect(shown).toContain(
      'Grounds under this law: identity_not_verified, legal_exemption, duplicate, not_a_request, outside_jurisdiction.',
    );
    expect((await ticketOf(access)).status).not.toBe('rejected');
    // The letter such a refusal would send is not previewed either.
    const preview = await consoleDesk(`preview ${access} reject excessive`);
    expect(preview.reply).toMatchObject({ kind: 'error', code: 'ground_not_provided' });
    expect(await consoleDesk(`reject ${access} legal_exemption`)).toMatchObject({
      reply: { kind: 'changed' },
    });
    expect((await ticketOf(access)).rejectionReason).toBe('legal_exemption');
  });
});
