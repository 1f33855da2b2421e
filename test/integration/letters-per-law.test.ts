// Letters read back from the outbox after intake and desk decisions, on SQLite: the ticket's law reaches
// every letter. d019 asks Importly for an objection (GDPR) and an opt-out of sale (CCPA, 11 CCR §7026);
// staff move the objection to California's law and reject it.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listEmlFiles, readEml } from '../../src/adapters/folder/read-folder.js';
import type { DeskActor } from '../../src/app/desk/desk-reply.js';
import { executeDeskCommand } from '../../src/app/desk/execute-desk-command.js';
import { ingestFiles } from '../../src/app/intake/ingest-files.js';
import type { App } from '../../src/composition-root.js';
import { parseDeskCommand } from '../../src/domain/desk/parse-desk-command.js';
import { PHRASES } from '../../src/domain/outbound/letters/phrase-tables.js';
import { corpusDir, createTestApp, sampleInbox } from '../support/test-app.js';

const approver: DeskActor = { id: 'console:dora', role: 'approver' };

describe('letters in the ticket’s law, read from the outbox', () => {
  let app: App;
  const run = (text: string) => {
    const parsed = parseDeskCommand(text);
    if (!parsed.ok) throw new Error(`test command does not parse: ${text}`);
    return executeDeskCommand(
      { ...app.tickets.desk, now: () => new Date('2026-01-20T12:00:00Z') },
      approver,
      parsed.command,
    );
  };
  const letters = async (reference: string, template: string) => {
    const ticket = await app.database.db.ticket.findUniqueOrThrow({ where: { reference } });
    return app.database.db.outboundEmail.findMany({ where: { ticketId: ticket.id, template } });
  };

  beforeAll(async () => {
    app = await createTestApp({});
    for (const paths of [[sampleInbox], [join(corpusDir, 'd019.eml')]])
      await ingestFiles(
        { files: listEmlFiles(paths), read: readEml, route: app.routeByRecipient, batchSize: 40 },
        app.intake,
      );
    await app.tickets.announcementsIdle();
    // Acknowledgements are laid out when sent (to .eml files here): their text is in the outbox from then.
    await app.requesterMail.sendNow();
  });
  afterAll(() => app.close());

  it('acknowledges a CCPA opt-out without asking for identity, under its own 15 business days', async () => {
    const [ack] = await letters('RD-1009', 'acknowledgement');
    expect(ack?.language).toBe('en');
    expect(ack?.bodyText).toContain('15 business days');
    expect(ack?.bodyText).toContain('11 CCR §7026(d)');
    expect(ack?.bodyText).not.toContain(PHRASES.en.mayVerifyIdentity);
    expect(ack?.bodyText).not.toMatch(/GDPR|supervisory/);
    // The objection beside it runs on GDPR's month and may ask for identity.
    const [gdprAck] = await letters('RD-1008', 'acknowledgement');
    expect(gdprAck?.bodyText).toContain('GDPR Art. 12(3)');
    expect(gdprAck?.bodyText).toContain(PHRASES.en.mayVerifyIdentity);
  });

  it('rejects a ticket moved to California’s law with CCPA wording and no GDPR remedy', async () => {
    expect(await run('jurisdiction RD-1008 us-ca she lives in San Diego')).toMatchObject({ kind: 'changed' });
    expect(await run('reject RD-1008 legal_exemption')).toMatchObject({ kind: 'changed' });
    const [rejection] = await letters('RD-1008', 'outcome_rejected');
    expect(rejection?.bodyText).toContain('California Privacy Protection Agency');
    expect(rejection?.bodyText).not.toMatch(/GDPR|supervisory authority|Art\. 77/);
  });
});
