// Complaints and regulator letters on the desk, through the real composition root on SQLite: intake flags
// them from the wording, the channel post and `show` name the flags, a UK complaint shows its s. 164A
// acknowledgement date beside the deadline, and the digest counts both.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listEmlFiles, readEml } from '../../src/adapters/folder/read-folder.js';
import { renderTicket } from '../../src/adapters/console/render-reply.js';
import { channelTicketMessage } from '../../src/adapters/slack/render-ticket.js';
import { digestLines } from '../../src/app/desk/digest-lines.js';
import type { DeskActor, TicketView } from '../../src/app/desk/desk-reply.js';
import { type DeskDeps, executeDeskCommand } from '../../src/app/desk/execute-desk-command.js';
import { ingestFiles } from '../../src/app/intake/ingest-files.js';
import type { App } from '../../src/composition-root.js';
import { parseDeskCommand } from '../../src/domain/desk/parse-desk-command.js';
import { viewOf } from '../support/engines.js';
import { createTestApp } from '../support/test-app.js';

const agent: DeskActor = { id: 'console:alice', role: 'agent' };

const eml = (from: string, date: string, subject: string, body: string) =>
  [
    `From: ${from}`,
    'To: privacy@importly.example',
    `Subject: ${subject}`,
    `Date: ${date}`,
    `Message-ID: <${subject.length}.${date.length}.${from}>`,
    'Content-Type: text/plain; charset=utf-8',
    '',
    body,
    '',
  ].join('\r\n');

const COMPLAINT = eml(
  'Owen Price <owen.price@example.net>',
  'Wed, 01 Jul 2026 09:00:00 +0000',
  'Subject access request under the UK GDPR',
  'Under Article 15 of the UK GDPR please send me a copy of my personal data. I asked in May and heard nothing; if I do not receive it within a month I will lodge a complaint with the Information Commissioner.',
);
const REGULATOR = eml(
  'Casework <casework@authority.example>',
  'Thu, 02 Jul 2026 09:00:00 +0000',
  'Our ref 2026-0412',
  'The Authority has received a complaint from a data subject who says Importly did not answer his access request under Article 15 of the UK GDPR. Please provide him with a copy of his personal data and inform the Authority within 21 days of the steps taken.\n\nCase Officer',
);

describe('complaints and regulator letters on the desk (SQLite)', () => {
  let app: App;
  let deps: DeskDeps;
  const opened: TicketView[] = [];
  const run = (text: string) => {
    const parsed = parseDeskCommand(text);
    if (!parsed.ok) throw new Error(`test command does not parse: ${text}`);
    return executeDeskCommand(deps, agent, parsed.command);
  };

  beforeAll(async () => {
    // The channel post is written on the desk's day: two days after the complaint arrived.
    app = await createTestApp({ deskNow: () => new Date('2026-07-03T12:00:00Z') });
    app.tickets.notifiers.push({
      ticketOpened: async (view) => {
        opened.push(view);
      },
      ticketChanged: async () => {},
    });
    const dir = mkdtempSync(join(tmpdir(), 'rightsdesk-complaints-'));
    writeFileSync(join(dir, 'a-complaint.eml'), COMPLAINT);
    writeFileSync(join(dir, 'b-regulator.eml'), REGULATOR);
    await ingestFiles(
      { files: listEmlFiles([dir]), read: readEml, route: app.routeByRecipient, batchSize: 40 },
      app.intake,
    );
    await app.tickets.announcementsIdle();
    deps = { ...app.tickets.desk, now: () => new Date('2026-07-03T12:00:00Z') };
  });
  afterAll(() => app.close());

  it('posts a UK complaint with its flag and acknowledgement date, and no personal data', () => {
    const complaint = opened.find((v) => v.flags.includes('complaint') && v.jurisdiction === 'uk-gdpr');
    expect(complaint?.complaintAcknowledgement).toBe(
      'acknowledge the complaint by 2026-07-30 (DPA 2018 s. 164A)',
    );
    const posted = JSON.stringify(channelTicketMessage(complaint!));
    expect(posted).toContain('complaint');
    expect(posted).toContain('acknowledge the complaint by 2026-07-30');
    expect(posted).not.toMatch(/owen|price/i);
  });

  it('names the regulator flag as a claim, and shows both on `show`', async () => {
    const regulator = opened.find((v) => v.flags.includes('regulator_claimed'));
    expect(regulator?.flags).toContain('complaint');
    // Under the UK GDPR too, the authority's letter sets its own date: no s. 164A line.
    expect(regulator?.jurisdiction).toBe('uk-gdpr');
    expect(regulator?.complaintAcknowledgement ?? null).toBeNull();
    const shown = viewOf(await run(`show ${regulator!.reference}`));
    expect(renderTicket(shown).join('\n')).toMatch(/flags .*regulator_claimed/);
    // The authority's letter is no s. 164A complaint of the data subject's: no letter for it.
    const refused = await run(`complaint ${regulator!.reference} acknowledge`);
    expect(refused).toMatchObject({ kind: 'error', code: 'complaint_refused' });
    expect(refused.kind === 'error' && refused.message).toContain("an authority's letter");
    const complaint = opened.find(
      (v) => v.flags.includes('complaint') && !v.flags.includes('regulator_claimed'),
    );
    const lines = renderTicket(viewOf(await run(`show ${complaint!.reference}`))).join('\n');
    expect(lines).toContain('complaint   acknowledge the complaint by 2026-07-30 (DPA 2018 s. 164A)');
  });

  it('counts open complaints and regulator tickets in the digest', async () => {
    const reply = await run('digest');
    if (reply.kind !== 'digest') throw new Error(`expected a digest, got ${reply.kind}`);
    expect(reply.digest).toMatchObject({ openComplaints: 2, openRegulator: 1 });
    expect(digestLines(reply.digest, null)).toContain(
      'Complaints: 2 open; 1 open ticket from a regulator (as the mail claims: check the sender)',
    );
  });
});
