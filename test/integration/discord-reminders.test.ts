// Staff reminders in Discord on SQLite: through discord.js's REST client to the fake Discord API, each
// overdue ticket is posted as a reply to the ticket's channel message, with reference, due date and
// status only, never the requester, and with no mention pinged.
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listEmlFiles, readEml } from '../../src/adapters/folder/read-folder.js';
import { ingestFiles } from '../../src/app/intake/ingest-files.js';
import type { App } from '../../src/composition-root.js';
import { OPEN_STATUSES } from '../../src/domain/tickets/vocabulary.js';
import { DISCORD_IDS, discordTestEnv, type FakeDiscord, startFakeDiscord } from '../support/fake-discord.js';
import { createTestApp, repoRoot, sampleInbox } from '../support/test-app.js';

function organisationsWithDiscord(): string {
  const dir = mkdtempSync(join(tmpdir(), 'rightsdesk-remind-discord-'));
  for (const file of readdirSync(join(repoRoot, 'organisations'))) {
    copyFileSync(join(repoRoot, 'organisations', file), join(dir, file));
    writeFileSync(
      join(dir, file),
      `${readFileSync(join(dir, file), 'utf8')}\nchat:\n  discord:\n    triageChannel: "${DISCORD_IDS.triage}"\n`,
    );
  }
  return dir;
}

describe('staff reminders in Discord', () => {
  let fake: FakeDiscord;
  let app: App;

  beforeAll(async () => {
    fake = await startFakeDiscord();
    app = await createTestApp({
      env: { ...discordTestEnv(fake), RIGHTSDESK_ORGANISATIONS_DIR: organisationsWithDiscord() },
    });
    await ingestFiles(
      { files: listEmlFiles([sampleInbox]), read: readEml, route: app.routeByRecipient, batchSize: 20 },
      app.intake,
    );
    await app.tickets.announcementsIdle();
  });

  afterAll(async () => {
    await app?.close();
    await fake?.close();
  });

  it('replies to each overdue ticket channel message with its reference, due date and status only', async () => {
    const db = app.database.db;
    const overdue = await db.ticket.findMany({
      where: { status: { in: [...OPEN_STATUSES] }, dueAt: { lt: new Date() } },
      select: { reference: true, dueDate: true, status: true, requesterAddress: true, requesterName: true },
    });
    expect(overdue.length).toBeGreaterThan(1);
    const channelMessages = new Map(
      (await db.chatTicketMessage.findMany()).map((m) => [m.reference, m.messageId] as const),
    );
    expect(channelMessages.size).toBe(overdue.length);
    expect(await app.reminders.runNow()).not.toEqual([]);

    const replies = [...fake.messages.values()].filter((m) =>
      /^Overdue: RD-/.test(String(m.body['content'])),
    );
    expect(replies).toHaveLength(overdue.length);
    for (const t of overdue) {
      const reply = replies.find((m) => String(m.body['content']).includes(`${t.reference} `));
      expect(reply?.body['content']).toBe(
        `Overdue: ${t.reference} was due ${t.dueDate} (status ${t.status})`,
      );
      expect(reply?.channel).toBe(DISCORD_IDS.triage);
      expect(reply?.body['message_reference']).toMatchObject({
        message_id: channelMessages.get(t.reference),
      });
      expect(reply?.body['allowed_mentions']).toEqual({ parse: [] });
      const sent = JSON.stringify(reply?.body);
      expect(sent).not.toContain(t.requesterAddress);
      expect(sent).not.toContain(t.requesterName);
      expect(sent).not.toContain('@');
    }
  });
});
