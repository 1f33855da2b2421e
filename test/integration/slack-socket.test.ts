// Socket mode end to end: the composition root builds the Slack adapter on Bolt's SocketModeReceiver
// from the environment, and the real socket-mode client asks the local fake Web API for a WebSocket URL
// with the app-level token, connects to the local fake Socket Mode server, and gets /rights commands as
// envelopes that it must ack over the socket before the real desk's answer goes to the response URL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSlack } from '../../src/adapters/slack/slack-adapter.js';
import type { App } from '../../src/composition-root.js';
import { listEmlFiles, readEml } from '../../src/adapters/folder/read-folder.js';
import { ingestFiles } from '../../src/app/intake/ingest-files.js';
import {
  buttonClickForm,
  type FakeSlack,
  SLACK_USERS,
  slackTestEnv,
  slashCommandForm,
  startFakeSlack,
} from '../support/fake-slack.js';
import {
  APP_TOKEN,
  type FakeSocketMode,
  slackSocketTestEnv,
  startFakeSocketMode,
} from '../support/fake-slack-socket.js';
import { createTestApp, sampleInbox } from '../support/test-app.js';

let fake: FakeSlack;
let socket: FakeSocketMode;
let app: App;
let running: RunningSlack;

beforeAll(async () => {
  fake = await startFakeSlack();
  socket = await startFakeSocketMode(fake);
  app = await createTestApp({ env: slackSocketTestEnv(fake) });
  running = await app.slack!.start();
});

afterAll(async () => {
  // Stopped before the fakes go, so that the client never sees its socket dropped and tries to reconnect.
  await app?.slack?.stop();
  await app?.close();
  await socket?.close();
  await fake?.close();
});

/** `/rights <text>` as an envelope: acked over the socket with nothing, then answered ephemeral at its response URL. */
const command = async (userId: string, text: string): Promise<string> => {
  const responseUrl = fake.newResponseUrl();
  const ack = await socket.deliver('slash_commands', slashCommandForm({ userId, text, responseUrl }));
  expect(ack.payload ?? {}).toEqual({});
  const answer = await fake.answerAt(responseUrl);
  expect(answer.params['response_type']).toBe('ephemeral');
  return answer.text;
};

describe('Slack in socket mode', () => {
  it('starts by checking the bot token, then opens one connection with the app-level token at the configured API URL', () => {
    expect(running).toEqual({ mode: 'socket', port: null });
    expect(fake.callsTo('auth.test').map((call) => call.token)).toEqual([slackTestEnv(fake).SLACK_BOT_TOKEN]);
    const [open, ...more] = fake.callsTo('apps.connections.open');
    expect(open?.token).toBe(APP_TOKEN);
    expect(more).toEqual([]);
    expect(socket.connections).toBe(1);
  });

  it('acks a /rights help envelope over the socket, then answers at its response URL with every command', async () => {
    const reply = await command(SLACK_USERS.agent, 'help');
    expect(reply).toContain('Rightsdesk commands');
    for (const word of ['list', 'show', 'assign', 'approve', 'reject', 'extend'])
      expect(reply).toContain(`/rights ${word}`);
  });

  it('refuses a Slack user who holds no role, saying so, and records it in the audit trail', async () => {
    const reply = await command(SLACK_USERS.stranger, 'help');
    expect(reply).toContain('no Rightsdesk role');
    expect(reply).not.toContain('/rights list');
    const refused = await app.database.db.auditEvent.findMany({ where: { type: 'desk.refused' } });
    expect(refused.map((e) => [e.actor, JSON.parse(e.payload)])).toEqual([
      [`slack:${SLACK_USERS.stranger}`, { code: 'no_role', command: 'help', role: null }],
    ]);
  });

  it('acks a button click delivered as an interactive envelope, and the desk acts on the version it showed', async () => {
    await ingestFiles(
      { files: listEmlFiles([sampleInbox]), read: readEml, route: app.routeByRecipient, batchSize: 5 },
      app.intake,
    );
    const ticket = await app.database.db.ticket.findFirstOrThrow({ orderBy: { number: 'asc' } });
    const responseUrl = fake.newResponseUrl();
    const click = buttonClickForm({
      userId: SLACK_USERS.agent,
      actionId: 'rd_assign_me',
      value: JSON.stringify({ reference: ticket.reference, version: ticket.version }),
      responseUrl,
    });
    const ack = await socket.deliver('interactive', JSON.parse(click.payload!) as Record<string, unknown>);
    expect(ack.payload ?? {}).toEqual({});
    const answer = await fake.answerAt(responseUrl);
    expect(answer.text).toContain(`${ticket.reference} assigned to slack:${SLACK_USERS.agent}`);
    const after = await app.database.db.ticket.findUniqueOrThrow({ where: { id: ticket.id } });
    expect([after.assignee, after.version]).toEqual([`slack:${SLACK_USERS.agent}`, ticket.version + 1]);
  });

  it('reconnects when its connection drops, with a fresh URL, and answers on the new connection', async () => {
    socket.drop();
    await socket.connected(2, 20_000); // the client waits a few seconds before it reconnects
    expect(fake.callsTo('apps.connections.open')).toHaveLength(2);
    const reply = await command(SLACK_USERS.agent, 'help');
    expect(reply).toContain('Rightsdesk commands');
  });

  it('closes its connection with a normal closure when stopped, without opening another', async () => {
    await app.slack!.stop();
    expect(await socket.closed()).toBe(1000);
    expect(socket.connections).toBe(2);
    expect(fake.callsTo('apps.connections.open')).toHaveLength(2);
  });
});
