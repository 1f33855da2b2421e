// The hostile-input campaign through the folder source (what `rightsdesk ingest` runs), on both
// engines: each case of test/fixtures/hostile/campaign.ts is followed by an ordinary request in ONE
// batch. Every case ends as its fate says (stored, or quarantined with a reason staff can read), the
// ordinary mail after it all becomes tickets, a second pass stores nothing twice, and what the hostile
// mail left in the database is bounded and plain text.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listEmlFiles, readEml } from '../../src/adapters/folder/read-folder.js';
import { type FileOutcome, ingestFiles } from '../../src/app/intake/ingest-files.js';
import type { App } from '../../src/composition-root.js';
import { ingestCommand } from '../../src/cli/commands/ingest.js';
import { campaign } from '../fixtures/hostile/campaign.js';
import { request } from '../fixtures/hostile/poison.js';
import { engines } from '../support/engines.js';
import { cliEnv, runCli } from '../support/run-cli.js';
import { createTestApp } from '../support/test-app.js';

const privacy = 'privacy@importly.example';
const cases = campaign(privacy);
const ordinary = (i: number) => `<after-campaign-${i}@example.org>`;
// eslint-disable-next-line no-control-regex -- exactly what must not reach a column shown to people
const CONTROL_OR_BIDI = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/** Each case, then an ordinary request, as numbered .eml files of one new folder. */
function campaignFolder(): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'rightsdesk-campaign-'));
  cases.forEach((c, i) => {
    writeFileSync(join(dir, `${String(2 * i).padStart(3, '0')}.eml`), c.raw);
    writeFileSync(join(dir, `${String(2 * i + 1).padStart(3, '0')}.eml`), request(privacy, ordinary(i)));
  });
  return listEmlFiles([dir]);
}

describe.each(engines('campaign'))('the hostile-input campaign through the folder source (%s)', (_e, url) => {
  let app: App;
  let files: string[];
  let results: FileOutcome[];
  const ingest = () =>
    ingestFiles({ files, read: readEml, route: app.routeByRecipient, batchSize: files.length }, app.intake);
  beforeAll(async () => {
    const databaseUrl = await url();
    app = await createTestApp(databaseUrl ? { databaseUrl } : {});
    files = campaignFolder();
    results = await ingest();
  }, 180_000);
  afterAll(() => app.close());

  it('each case is stored or quarantined with its reason, and the ordinary mail after it is a ticket', () => {
    const fates = cases.map((c, i) => {
      const outcome = results[2 * i]!.outcome;
      if (outcome.kind === 'quarantined') return { name: c.name, fate: 'quarantined', reason: outcome.error };
      return { name: c.name, fate: c.fate.kind === 'automatic' ? outcome.kind : 'stored' };
    });
    expect(fates).toEqual(
      cases.map((c) =>
        c.fate.kind === 'quarantined'
          ? { name: c.name, fate: 'quarantined', reason: expect.stringMatching(c.fate.reason) as unknown }
          : { name: c.name, fate: c.fate.kind },
      ),
    );
    expect(results.filter((_, i) => i % 2 === 1).map((r) => r.outcome.kind)).toEqual(
      cases.map(() => 'ticket'),
    );
  });

  it('every file has exactly one row, and a second pass stores nothing twice', async () => {
    const db = app.database.db;
    const rows = async () => (await db.rawMessage.count()) + (await db.quarantinedMessage.count());
    expect(await rows()).toBe(files.length);
    const again = await ingest();
    expect(new Set(again.map((r) => r.outcome.kind))).toEqual(new Set(['skipped']));
    expect(await rows()).toBe(files.length);
  }, 180_000);

  it('a quarantined case keeps its bytes, so staff can export it', async () => {
    const entry = await app.database.db.quarantinedMessage.findFirstOrThrow({
      where: { error: { startsWith: 'parse: too many MIME parts' } },
    });
    expect(entry.raw.byteLength).toBeGreaterThan(1_000_000);
  });

  it('subjects, names and file names are one bounded line without control or bidi characters', async () => {
    const db = app.database.db;
    const tickets = await db.ticket.findMany({ select: { subject: true, requesterName: true } });
    const attachments = await db.attachment.findMany({ select: { filename: true } });
    const longest = Math.max(...tickets.map((t) => t.subject.length));
    expect(longest).toBe(998);
    expect(tickets.filter((t) => CONTROL_OR_BIDI.test(t.subject + t.requesterName))).toEqual([]);
    const names = attachments.map((a) => a.filename ?? '');
    expect(names.filter((n) => CONTROL_OR_BIDI.test(n) || /[/\\]/.test(n) || n.length > 255)).toEqual([]);
    expect(names).toContain('x.pdf');
  });

  it('a display name with chat markup keeps it as text, its bidi overrides gone', async () => {
    const ticket = await app.database.db.ticket.findFirstOrThrow({
      where: { requesterAddress: 'bidi@example.org' },
    });
    expect(ticket.requesterName).toBe('<!channel> @everyone <@U123> evil *bold*');
  });

  it('unencoded ISO-8859-1 in From and Subject is read as the sender wrote it, not as replacement characters', async () => {
    const ticket = await app.database.db.ticket.findFirstOrThrow({
      where: { requesterAddress: 'juergen@example.org' },
    });
    expect([ticket.requesterName, ticket.subject]).toEqual(['Jürgen Müller', 'Auskunft über meine Daten']);
  });

  it('an encoded-word subject of control characters is stored as one plain line', async () => {
    const message = await app.database.db.ticketMessage.findFirstOrThrow({
      where: { messageId: '<ctl-subject@example.org>' },
    });
    expect(message.subject).toBe('Acc [31m ess');
  });
});

describe('the hostile-input campaign through rightsdesk ingest', () => {
  it('exits 0 and counts every case and every ordinary mail in its summary', async () => {
    const state = mkdtempSync(join(tmpdir(), 'rightsdesk-campaign-cli-'));
    const files = campaignFolder();
    const { code, out } = await runCli(ingestCommand, ['--json', ...files], cliEnv(state));
    expect(code).toBe(0);
    const { summary } = JSON.parse(out) as {
      summary: Record<'tickets' | 'replies' | 'automatic' | 'duplicates' | 'quarantined', number>;
    };
    const quarantined = cases.filter((c) => c.fate.kind === 'quarantined').length;
    expect(summary.quarantined).toBe(quarantined);
    expect(summary.tickets + summary.automatic + summary.duplicates + summary.replies).toBe(
      files.length - quarantined,
    );
  }, 180_000);
});
