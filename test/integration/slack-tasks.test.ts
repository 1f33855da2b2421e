// Fulfilment tasks through Slack on SQLite and PostgreSQL: signed `/rights` commands and clicks to the
// real Bolt receiver, a fake Slack API recording what reached the channel. The approval's tasks appear
// on the ticket's message with a "Done" button per system, their owners are mentioned by id in its
// thread, and fulfil waits for every system.
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listEmlFiles, readEml } from '../../src/adapters/folder/read-folder.js';
import { SLACK_EVENTS_PATH } from '../../src/adapters/slack/slack-adapter.js';
import { ingestFiles } from '../../src/app/intake/ingest-files.js';
import type { App } from '../../src/composition-root.js';
import { engines } from '../support/engines.js';
import {
  buttonClickForm,
  type FakeSlack,
  postSigned,
  SIGNING_SECRET,
  SLACK_USERS,
  slackTestEnv,
  slashCommandForm,
  startFakeSlack,
} from '../support/fake-slack.js';
import { createTestApp, repoRoot, sampleInbox } from '../support/test-app.js';

const TRIAGE = 'C0TASKS01';

function organisationsWithSlack(): string {
  const dir = mkdtempSync(join(tmpdir(), 'rightsdesk-slack-tasks-'));
  for (const file of readdirSync(join(repoRoot, 'organisations'))) {
    copyFileSync(join(repoRoot, 'organisations', file), join(dir, file));
    writeFileSync(
      join(dir, file),
      `${readFileSync(join(dir, file), 'utf8')}\nchat:\n  slack:\n    triageChannel: ${TRIAGE}\n`,
    );
  }
  return dir;
}

describe.each(engines('slack_tasks'))('fulfilment tasks through Slack (%s)', (_engine, databaseUrl) => {
  let fake: FakeSlack;
  let app: App;
  let url: string;

  beforeAll(async () => {
    fake = await startFakeSlack();
    const databaseUrlNow = await databaseUrl();
    app = await createTestApp({
      ...(databaseUrlNow ? { databaseUrl: databaseUrlNow } : {}),
      deskNow: () => new Date('2026-03-30T12:00:00Z'),
      env: { ...slackTestEnv(fake), RIGHTSDESK_ORGANISATIONS_DIR: organisationsWithSlack() },
    });
    await ingestFiles(
      { files: listEmlFiles([sampleInbox]), read: readEml, route: app.routeByRecipient, batchSize: 20 },
      app.intake,
    );
    await app.tickets.announcementsIdle();
    const running = await app.slack!.start();
    url = `http://127.0.0.1:${running.port}${SLACK_EVENTS_PATH}`;
  });

  afterAll(async () => {
    await app?.slack?.stop();
    await app?.close();
    await fake?.close();
  });

  const command = async (userId: string, text: string) => {
    const responseUrl = fake.newResponseUrl();
    const ack = await postSigned(url, slashCommandForm({ userId, text, responseUrl }), {
      secret: SIGNING_SECRET,
    });
    expect(ack.status).toBe(200);
    return (await fake.answerAt(responseUrl)).text;
  };

  it('mentions the owners of the approval’s tasks in the ticket’s thread, by id and without the requester', async () => {
    await command(SLACK_USERS.agent, 'verify RD-1002 confirm document_checked');
    expect(await command(SLACK_USERS.approver, 'approve RD-1002')).toContain('RD-1002 approved');
    await app.tickets.announcementsIdle();
    const posted = fake
      .callsTo('chat.postMessage')
      .find((c) => c.params['channel'] === TRIAGE && c.text.includes('RD-1002 ('));
    const thread = fake
      .callsTo('chat.postMessage')
      .filter((c) => c.params['thread_ts'] !== undefined && c.text.includes('RD-1002 is approved'));
    expect(thread).toHaveLength(1);
    expect(thread[0]?.params['thread_ts']).toBe(posted?.response['ts']);
    expect(thread[0]?.text).toContain('<!subteam^S03BILLING> Billing records (billing) — erasure: restrict');
    expect(thread[0]?.text).toContain('<!subteam^S03ACCOUNTS> Account and API key database (accounts)');
    const ticket = await app.database.db.ticket.findUniqueOrThrow({ where: { reference: 'RD-1002' } });
    expect(thread[0]?.text).not.toContain(ticket.requesterAddress);
    // The channel message now carries a "Done" button for each system with work left.
    const edited = fake.callsTo('chat.update').filter((c) => JSON.stringify(c.params).includes('RD-1002'));
    expect(JSON.stringify(edited.at(-1)?.params['blocks'])).toContain('"action_id":"rdtask_billing"');
  });

  it('refuses fulfil while tasks are open, and a Done button marks its system', async () => {
    expect(await command(SLACK_USERS.agent, 'fulfil RD-1002')).toContain('cannot be fulfilled yet');
    const responseUrl = fake.newResponseUrl();
    const form = buttonClickForm({
      userId: SLACK_USERS.agent,
      actionId: 'rdtask_billing',
      value: JSON.stringify({ reference: 'RD-1002', system: 'billing' }),
      channelId: TRIAGE,
      responseUrl,
    });
    expect((await postSigned(url, form, { secret: SIGNING_SECRET })).status).toBe(200);
    expect((await fake.answerAt(responseUrl)).text).toContain('RD-1002: billing done; 3 task(s) still open');
    expect(await command(SLACK_USERS.viewer, 'task RD-1002 accounts done')).toMatch(
      /viewer cannot mark tasks/,
    );
  });

  it('takes the rest through /rights task, then fulfils', async () => {
    await command(SLACK_USERS.agent, 'task RD-1002 accounts done');
    await command(SLACK_USERS.agent, 'task RD-1002 api-logs done');
    expect(await command(SLACK_USERS.agent, 'task RD-1002 payments not_applicable')).toContain(
      'every task is settled',
    );
    const listed = await command(SLACK_USERS.agent, 'task RD-1002');
    expect(listed).toContain('RD-1002');
    const tasks = await app.database.db.task.findMany({ where: { ticket: { reference: 'RD-1002' } } });
    expect(tasks.map((t) => t.status).sort()).toEqual(['done', 'done', 'done', 'not_applicable']);
    expect(await command(SLACK_USERS.agent, 'fulfil RD-1002')).not.toContain('cannot be fulfilled yet');
  });
});
