// Replay protection of Slack's HTTP requests, through the real Bolt receiver built by the composition
// root, on both engines: a captured, correctly signed `/rights note` sent again within five minutes is
// refused (by the process that ran it and by a second process on the same database), as is a request
// signed with a timestamp more than five minutes ahead; a fresh one runs once.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readEml } from '../../src/adapters/folder/read-folder.js';
import { SLACK_EVENTS_PATH } from '../../src/adapters/slack/slack-adapter.js';
import { ingestFiles } from '../../src/app/intake/ingest-files.js';
import type { App } from '../../src/composition-root.js';
import { engines } from '../support/engines.js';
import {
  type FakeSlack,
  SIGNING_SECRET,
  SLACK_USERS,
  signedForm,
  slackTestEnv,
  slashCommandForm,
  startFakeSlack,
} from '../support/fake-slack.js';
import { createTestApp, sampleInbox } from '../support/test-app.js';

describe.each(engines('slack_replay'))('Slack replay protection on %s', (_engine, databaseUrl) => {
  let fake: FakeSlack;
  /** Two processes on one database, each with its own receiver. */
  const apps: App[] = [];
  const urls: string[] = [];
  let reference: string;

  beforeAll(async () => {
    fake = await startFakeSlack();
    const url = await databaseUrl();
    const first = await createTestApp({ ...(url ? { databaseUrl: url } : {}), env: slackTestEnv(fake) });
    // On SQLite the second process opens the first one's file.
    const shared = url ?? `file:${join(first.stateDir, 'test.db')}`;
    apps.push(first, await createTestApp({ databaseUrl: shared, env: slackTestEnv(fake) }));
    await ingestFiles(
      {
        files: [join(sampleInbox, '01-access-request.eml')],
        read: readEml,
        route: first.routeByRecipient,
        batchSize: 1,
      },
      first.intake,
    );
    reference = (await first.database.db.ticket.findFirstOrThrow()).reference;
    for (const app of apps)
      urls.push(`http://127.0.0.1:${(await app.slack!.start()).port}${SLACK_EVENTS_PATH}`);
  });

  const notes = () => apps[0]!.database.db.ticketNote.count();
  const noteEvents = () => apps[0]!.database.db.auditEvent.count({ where: { type: { contains: 'note' } } });
  /** A `/rights note` as Slack would sign it at `timestamp` (unix seconds), with a response URL of its own. */
  const signedNote = (text: string, timestamp = Math.floor(Date.now() / 1000)) => {
    const responseUrl = fake.newResponseUrl();
    const form = slashCommandForm({
      userId: SLACK_USERS.agent,
      text: `note ${reference} ${text}`,
      responseUrl,
    });
    return { responseUrl, request: signedForm(form, { secret: SIGNING_SECRET, timestamp }) };
  };
  const post = async (url: string, request: ReturnType<typeof signedForm>) =>
    (await fetch(url, { method: 'POST', body: request.body, headers: request.headers })).status;

  it('runs a fresh signed command once, and refuses the same request sent again to either process', async () => {
    const [notesBefore, eventsBefore] = [await notes(), await noteEvents()];
    const { responseUrl, request } = signedNote('called the requester back');
    expect(await post(urls[0]!, request)).toBe(200);
    expect((await fake.answerAt(responseUrl)).text).toContain(`Note added to ${reference}`);
    expect(await post(urls[0]!, request)).toBe(401);
    expect(await post(urls[1]!, request)).toBe(401);
    // Both receivers are idle once the first answer is out; nothing else was queued.
    await Promise.all(apps.map((app) => app.tickets.announcementsIdle()));
    expect(await notes()).toBe(notesBefore + 1);
    expect(await noteEvents()).toBe(eventsBefore + 1);
    expect(fake.calls.filter((c) => c.url === responseUrl)).toHaveLength(1);
  });

  it('refuses a correctly signed request whose timestamp is six minutes ahead, and runs nothing', async () => {
    const before = await notes();
    const { request } = signedNote('from the future', Math.floor(Date.now() / 1000) + 6 * 60);
    expect(await post(urls[1]!, request)).toBe(401);
    expect(await notes()).toBe(before);
  });

  it('admits a request signed four minutes ahead (a clock a little fast), once', async () => {
    const before = await notes();
    const { responseUrl, request } = signedNote('clock skew', Math.floor(Date.now() / 1000) + 4 * 60);
    expect(await post(urls[1]!, request)).toBe(200);
    expect((await fake.answerAt(responseUrl)).text).toContain('Note added');
    expect(await post(urls[0]!, request)).toBe(401);
    expect(await notes()).toBe(before + 1);
  });

  afterAll(async () => {
    for (const app of apps) {
      await app.slack?.stop();
      await app.close();
    }
    await fake?.close();
  });
});
