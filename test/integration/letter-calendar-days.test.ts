// A due date is a calendar day of the organisation's own zone; the letter names that day, whatever the
// zone. Read as a moment there, noon UTC is already the next day from UTC+12 (New Zealand, Fiji, Samoa,
// Tonga), and the acknowledgement and the extension notice promised a day after the legal deadline
// (GDPR Art. 12(3): one month, +2 months with notice).
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listEmlFiles, readEml } from '../../src/adapters/folder/read-folder.js';
import type { DeskActor } from '../../src/app/desk/desk-reply.js';
import { executeDeskCommand } from '../../src/app/desk/execute-desk-command.js';
import { ingestFiles } from '../../src/app/intake/ingest-files.js';
import type { App } from '../../src/composition-root.js';
import { parseDeskCommand } from '../../src/domain/desk/parse-desk-command.js';
import { createTestApp, repoRoot, sampleInbox } from '../support/test-app.js';

const approver: DeskActor = { id: 'console:dora', role: 'approver' };

/** The seed organisations, Importly moved to Auckland (UTC+13 in March, +12 from April). */
function organisationsInAuckland(): string {
  const dir = mkdtempSync(join(tmpdir(), 'rightsdesk-orgs-'));
  for (const name of ['importly', 'mediaconvert', 'zmapi']) {
    const yaml = readFileSync(join(repoRoot, 'organisations', `${name}.yaml`), 'utf8');
    writeFileSync(
      join(dir, `${name}.yaml`),
      name === 'importly' ? yaml.replace('timezone: UTC', 'timezone: Pacific/Auckland') : yaml,
    );
  }
  return dir;
}

describe('letters in an organisation east of UTC+12', () => {
  let app: App;
  const deskNow = new Date('2026-03-10T01:00:00Z');

  beforeAll(async () => {
    app = await createTestApp({
      env: { RIGHTSDESK_ORGANISATIONS_DIR: organisationsInAuckland() },
      deskNow: () => deskNow,
    });
    const inbox = mkdtempSync(join(tmpdir(), 'rightsdesk-inbox-'));
    copyFileSync(join(sampleInbox, '01-access-request.eml'), join(inbox, '01-access-request.eml'));
    await ingestFiles(
      { files: listEmlFiles([inbox]), read: readEml, route: app.routeByRecipient, batchSize: 40 },
      app.intake,
    );
  });
  afterAll(() => app.close());

  const ticket = () => app.database.db.ticket.findUniqueOrThrow({ where: { reference: 'RD-1001' } });
  const letter = async (template: string) => {
    const { id } = await ticket();
    const email = await app.database.db.outboundEmail.findFirstOrThrow({ where: { ticketId: id, template } });
    return email.letter ?? email.bodyText;
  };

  it('acknowledges with the due date of the ticket, not the day after it', async () => {
    // Received on 2 March 2026 at 09:13 UTC, 22:13 in Auckland: due one month later, 2 April.
    expect((await ticket()).dueDate).toBe('2026-04-02');
    const acknowledgement = await letter('acknowledgement');
    expect(acknowledgement).toContain('We will answer by April 2, 2026 at the latest.');
    expect(acknowledgement).toContain('We received your privacy request on March 2, 2026.');
    expect(acknowledgement).not.toContain('April 3, 2026');
  });

  it('gives the extended due date of the ticket in the extension notice', async () => {
    const parsed = parseDeskCommand('extend RD-1001 several systems to search');
    if (!parsed.ok) throw new Error('the test command does not parse');
    await executeDeskCommand({ ...app.tickets.desk, now: () => deskNow }, approver, parsed.command);
    // Art. 12(3): +2 months, 2 June 2026 (a Tuesday).
    expect((await ticket()).dueDate).toBe('2026-06-02');
    const notice = await letter('extension_notice');
    expect(notice).toContain('We will answer by June 2, 2026 at the latest.');
    expect(notice).not.toContain('June 3, 2026');
  });
});
