// The real Bolt HTTPReceiver on 127.0.0.1, reached over HTTP with requests signed as Slack signs them,
// its Web API client pointed at a local fake Slack. Covers what needs no ticket in the database:
// signatures, replay, parse errors, roles from configuration, and the channel message of the notifier.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { DeskActor, DeskReply, TicketView } from '../../src/app/desk/desk-reply.js';
import {
  createSlackAdapter,
  SLACK_EVENTS_PATH,
  type SlackAdapter,
} from '../../src/adapters/slack/slack-adapter.js';
import { createLogger } from '../../src/adapters/log/logger.js';
import { createSeenRequestStore } from '../../src/adapters/db/seen-request-store.js';
import { createReplayGuard } from '../../src/app/desk/request-replay.js';
import { loadEnv } from '../../src/config/env.js';
import { slackSettings } from '../../src/config/slack-settings.js';
import type { DeskCommand } from '../../src/domain/desk/desk-command.js';
import {
  AGENTS_GROUP,
  type FakeSlack,
  isForOnePerson,
  postSigned,
  SIGNING_SECRET,
  SLACK_USERS,
  slackTestEnv,
  slashCommandForm,
  startFakeSlack,
} from '../support/fake-slack.js';
import { createTestApp } from '../support/test-app.js';

const TRIAGE = 'C0TRIAGE01';
let fake: FakeSlack;
let slack: SlackAdapter;
let url: string;
let closeApp: () => Promise<void>;
const executed: { actor: DeskActor; command: DeskCommand }[] = [];
const refusals: [actorId: string, command: string][] = [];
/** While set, the recording core holds every command it is given until this settles. */
let holdDesk: Promise<void> | null = null;

beforeAll(async () => {
  fake = await startFakeSlack();
  fake.userGroups.set(AGENTS_GROUP, [SLACK_USERS.groupAgent]);
  const app = await createTestApp();
  closeApp = () => app.close();
  const settings = slackSettings(loadEnv(slackTestEnv(fake)));
  if (!settings) throw new Error('Slack settings expected');
  slack = createSlackAdapter({
    settings,
    // This file checks the adapter alone, so the core is a recorder that answers with an empty list
    // (of the filter asked for, so that answers can be told apart).
    execute: async (actor, command): Promise<DeskReply> => {
      executed.push({ actor, command });
      await holdDesk;
      return { kind: 'tickets', filter: command.name === 'list' ? command.filter : 'open', items: [] };
    },
    db: app.database.db,
    triageChannelOf: (org) => (org === 'importly' ? TRIAGE : null),
    digestChannelOf: () => null,
    auditRefusal: async (actorId, command) => {
      refusals.push([actorId, command]);
    },
    replayGuard: createReplayGuard({ seen: createSeenRequestStore(app.database.db), now: Date.now }),
    log: createLogger('silent'),
  });
  const running = await slack.start();
  url = `http://127.0.0.1:${running.port}${SLACK_EVENTS_PATH}`;
});

afterAll(async () => {
  await slack?.stop();
  await fake?.close();
  await closeApp?.();
});

beforeEach(() => {
  executed.length = 0;
});

const send = (
  userId: string,
  text: string,
  signing: { secret?: string; timestamp?: number } = {},
  responseUrl = fake.newResponseUrl(),
) =>
  postSigned(url, slashCommandForm({ userId, text, responseUrl }), {
    secret: signing.secret ?? SIGNING_SECRET,
    ...(signing.timestamp === undefined ? {} : { timestamp: signing.timestamp }),
  });

/** A command as Slack sends it: acked with an empty body, then answered, ephemeral, at its response URL. */
const ask = async (userId: string, text: string): Promise<string> => {
  const responseUrl = fake.newResponseUrl();
  const ack = await send(userId, text, {}, responseUrl);
  expect([ack.status, ack.body]).toEqual([200, '']);
  const answer = await fake.answerAt(responseUrl);
  expect(answer.params['response_type']).toBe('ephemeral');
  return answer.text;
};

describe('the Slack receiver', () => {
  it('checks the bot token with auth.test when it starts', () => {
    expect(fake.callsTo('auth.test')).toHaveLength(1);
  });

  it('acks a signed command from an agent with nothing, then answers at its response URL after calling the core once', async () => {
    const reply = await ask(SLACK_USERS.agent, 'list open');
    expect(reply).toContain('0 tickets (open)');
    expect(executed).toEqual([
      {
        actor: { id: `slack:${SLACK_USERS.agent}`, role: 'agent' },
        command: { name: 'list', filter: 'open', organisationId: null },
      },
    ]);
  });

  it('rejects a request signed with the wrong secret with 401 and runs nothing', async () => {
    const before = fake.calls.length;
    const response = await send(SLACK_USERS.admin, 'list', { secret: 'not-the-signing-secret-at-all-0000' });
    expect(response.status).toBe(401);
    expect(executed).toHaveLength(0);
    expect(fake.calls.length).toBe(before);
  });

  it('rejects a correctly signed request older than five minutes with 401 (replay)', async () => {
    const response = await send(SLACK_USERS.admin, 'list', {
      timestamp: Math.floor(Date.now() / 1000) - 6 * 60,
    });
    expect(response.status).toBe(401);
    expect(executed).toHaveLength(0);
  });

  it('answers an unknown command with a short pointer to help, without calling the core', async () => {
    const reply = await ask(SLACK_USERS.agent, 'frobnicate RD-1');
    expect(reply).toContain('frobnicate');
    expect(reply).toContain('help');
    expect(reply).not.toMatch(/\bat .*\.ts:\d+/);
    expect(executed).toHaveLength(0);
  });

  it('answers a bad argument with the problem and the usage line', async () => {
    const reply = await ask(SLACK_USERS.agent, 'approve 1042');
    expect(reply).toContain('RD-1042');
    expect(reply).toContain('approve RD-1042');
    expect(executed).toHaveLength(0);
  });

  it('refuses a Slack user who holds no role, before the core sees the command, and audits it', async () => {
    expect(await ask(SLACK_USERS.stranger, 'list')).toContain('no Rightsdesk role');
    expect(await ask(SLACK_USERS.stranger, 'jane@example.com please')).toContain('no Rightsdesk role');
    expect(executed).toHaveLength(0);
    // The command's name only: what a stranger typed is never written to the audit trail.
    expect(refusals).toEqual([
      [`slack:${SLACK_USERS.stranger}`, 'list'],
      [`slack:${SLACK_USERS.stranger}`, 'unparsed'],
    ]);
  });

  it('gives the role of a configured user group to its members, asking Slack for the membership', async () => {
    await ask(SLACK_USERS.groupAgent, 'list mine');
    expect(executed[0]?.actor).toEqual({ id: `slack:${SLACK_USERS.groupAgent}`, role: 'agent' });
    expect(fake.callsTo('usergroups.users.list').at(-1)?.params['usergroup']).toBe(AGENTS_GROUP);
  });

  it('turns a Slack mention into the assignee id', async () => {
    await ask(SLACK_USERS.admin, `assign rd-7 <@${SLACK_USERS.agent}|agent>`);
    expect(executed[0]?.command).toEqual({
      name: 'assign',
      reference: 'RD-7',
      assignee: `slack:${SLACK_USERS.agent}`,
    });
  });

  it('acks a command while the core still works on an earlier one, and answers both in the order they came', async () => {
    let release = (): void => undefined;
    holdDesk = new Promise((resolve) => (release = resolve));
    const [first, second] = [fake.newResponseUrl(), fake.newResponseUrl()];
    try {
      const acks = [
        await send(SLACK_USERS.agent, 'list overdue', {}, first),
        await send(SLACK_USERS.agent, 'list mine', {}, second),
      ];
      expect(acks.map((ack) => [ack.status, ack.body])).toEqual([
        [200, ''],
        [200, ''],
      ]);
      // Both acked, though the core holds the first: the second waits behind it, not beside it.
      expect(executed.map((e) => e.command)).toEqual([
        { name: 'list', filter: 'overdue', organisationId: null },
      ]);
    } finally {
      holdDesk = null;
      release();
    }
    const answers = [await fake.answerAt(first), await fake.answerAt(second)];
    expect(answers.map((a) => a.params['response_type'])).toEqual(['ephemeral', 'ephemeral']);
    expect(answers.map((a) => a.text.match(/tickets \((\w+)\)/)?.[1])).toEqual(['overdue', 'mine']);
    expect(executed.map((e) => e.command)).toEqual([
      { name: 'list', filter: 'overdue', organisationId: null },
      { name: 'list', filter: 'mine', organisationId: null },
    ]);
  });
});

function ticket(overrides: Partial<TicketView> = {}): TicketView {
  return {
    reference: 'RD-1042',
    organisationId: 'importly',
    status: 'received',
    types: ['erasure'],
    language: 'de',
    confidence: 0.91,
    reasons: [],
    needsTriage: false,
    jurisdiction: 'eu-gdpr',
    due: '2026-12-23',
    deadlineExplanation: 'GDPR Art. 12(3): one month from receipt',
    assignee: null,
    requester: { masked: 'j***@example.com', full: { address: 'jane.roe@example.com', name: 'Jane Roe' } },
    flags: [],
    allowedActions: ['request_verification', 'reject', 'extend'],
    stateActions: ['request_verification', 'verify', 'reject', 'withdraw', 'extend', 'change_jurisdiction'],
    version: 1,
    ...overrides,
  };
}

describe('the Slack ticket notifier', () => {
  it('posts a new ticket to the triage channel, then edits that message in place as it changes', async () => {
    await slack.notifier.ticketOpened(ticket());
    const [posted] = fake.callsTo('chat.postMessage');
    expect(posted?.params['channel']).toBe(TRIAGE);
    expect(posted?.text).toContain('RD-1042');
    expect(posted?.text).toContain('erasure');
    expect(posted?.text).toContain('91%');

    await slack.notifier.ticketChanged(ticket({ status: 'awaiting_verification', version: 2 }));
    const [updated] = fake.callsTo('chat.update');
    expect(updated?.params['ts']).toBe(posted?.response['ts']);
    expect(updated?.params['channel']).toBe(TRIAGE);
    expect(fake.callsTo('chat.postMessage')).toHaveLength(1);
    expect(updated?.text).toContain('Awaiting verification');
  });

  it('drops a late update that is older than what the channel already shows', async () => {
    const updates = fake.callsTo('chat.update').length;
    await slack.notifier.ticketChanged(ticket({ status: 'received', version: 1 }));
    expect(fake.callsTo('chat.update')).toHaveLength(updates);
  });

  it('posts nothing for an organisation without a triage channel', async () => {
    const posts = fake.callsTo('chat.postMessage').length;
    await slack.notifier.ticketOpened(ticket({ reference: 'RD-7', organisationId: 'zmapi' }));
    expect(fake.callsTo('chat.postMessage')).toHaveLength(posts);
  });

  it('never puts the requester, masked or not, into a channel message', () => {
    const visible = fake.calls.filter((call) => !isForOnePerson(call));
    expect(visible.length).toBeGreaterThan(0);
    for (const call of visible) {
      expect(call.text).not.toMatch(/[\w.+-]+@[\w-]+/);
      expect(call.text).not.toContain('Jane');
      expect(call.text).not.toContain('example.com');
    }
  });
});
