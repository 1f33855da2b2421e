// Staff reminders in Slack on SQLite: `run`'s timers, holding the timers' lease, post each overdue
// ticket through the real Bolt Web API client to the fake Slack API, as a reply in the thread of the
// ticket's channel message or, for a ticket without one, in the triage channel; reference, due date and
// status only, never the requester; and a second pass the same day posts nothing.
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listEmlFiles, readEml } from '../../src/adapters/folder/read-folder.js';
import { ingestFiles } from '../../src/app/intake/ingest-files.js';
import { leadAppTimers } from '../../src/compose-timers.js';
import type { App } from '../../src/composition-root.js';
import { OPEN_STATUSES } from '../../src/domain/tickets/vocabulary.js';
import { type FakeSlack, slackTestEnv, startFakeSlack } from '../support/fake-slack.js';
import { createTestApp, repoRoot, sampleInbox } from '../support/test-app.js';

const TRIAGE = 'C0TRIAGE01';

function organisationsWithSlack(): string {
  const dir = mkdtempSync(join(tmpdir(), 'rightsdesk-remind-orgs-'));
  for (const file of readdirSync(join(repoRoot, 'organisations'))) {
    copyFileSync(join(repoRoot, 'organisations', file), join(dir, file));
    writeFileSync(
      join(dir, file),
      `${readFileSync(join(dir, file), 'utf8')}\nchat:\n  slack:\n    triageChannel: ${TRIAGE}\n`,
    );
  }
  return dir;
}

describe('staff reminders in Slack', () => {
  let fake: FakeSlack;
  let app: App;

  beforeAll(async () => {
    fake = await startFakeSlack();
    app = await createTestApp({
      // Every second, so the scheduled pass comes within the test.
      env: {
        ...slackTestEnv(fake),
        RIGHTSDESK_ORGANISATIONS_DIR: organisationsWithSlack(),
        REMIND_SCHEDULE: '* * * * * *',
      },
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

  it('threads each overdue ticket on its channel message, or posts it to the triage channel, without the requester', async () => {
    const db = app.database.db;
    // The sample requests fell due in April 2026, so every open one is overdue.
    const overdue = await db.ticket.findMany({
      where: { status: { in: [...OPEN_STATUSES] }, dueAt: { lt: new Date() } },
      select: { reference: true, dueDate: true, status: true, requesterAddress: true, requesterName: true },
    });
    expect(overdue.length).toBeGreaterThan(1);
    const isReminder = (text: unknown) => typeof text === 'string' && /^(Overdue|Due soon): RD-/.test(text);
    const reminders = () => fake.callsTo('chat.postMessage').filter((c) => isReminder(c.params['text']));
    const timers = leadAppTimers(app);
    try {
      for (let i = 0; i < 100 && reminders().length < overdue.length; i++)
        await new Promise((resolve) => setTimeout(resolve, 100));
    } finally {
      await timers.stop();
    }

    const messages = new Map(
      (await db.chatTicketMessage.findMany()).map((m) => [m.reference, m.messageId] as const),
    );
    expect(messages.size).toBe(overdue.length);
    const posted = reminders();
    expect(posted).toHaveLength(overdue.length);
    for (const t of overdue) {
      const call = posted.find((c) => String(c.params['text']).includes(`${t.reference} `));
      expect(call?.params['text']).toBe(`Overdue: ${t.reference} was due ${t.dueDate} (status ${t.status})`);
      expect(call?.params['channel']).toBe(TRIAGE);
      expect(call?.params['thread_ts']).toBe(messages.get(t.reference));
      expect(call?.text).not.toContain(t.requesterAddress);
      expect(call?.text).not.toContain(t.requesterName);
      expect(call?.text).not.toContain('@');
    }
    // Claimed before posting: the same day, a second pass has nothing to say.
    expect(await app.reminders.runNow()).toEqual([]);
    expect(reminders()).toHaveLength(overdue.length);

    // A ticket without a channel message (its post failed) is reminded in the triage channel itself.
    const unposted = overdue[0]!;
    const tomorrow = new Date(Date.now() + 86_400_000);
    const dueDate = tomorrow.toISOString().slice(0, 10);
    await db.ticket.update({ where: { reference: unposted.reference }, data: { dueAt: tomorrow, dueDate } });
    await db.chatTicketMessage.deleteMany({ where: { reference: unposted.reference } });
    expect(await app.reminders.runNow()).toHaveLength(1);
    const last = reminders().at(-1)!;
    expect(last.params['text']).toBe(
      `Due soon: ${unposted.reference} is due ${dueDate} (status ${unposted.status})`,
    );
    expect(last.params['channel']).toBe(TRIAGE);
    expect(last.params).not.toHaveProperty('thread_ts');
  });
});
