// Issue 15: a file staff upload in a ticket's chat thread becomes the ticket's export. Slack: a signed
// `message` event with files, sent to the real Bolt receiver, whose Web API client asks the fake Slack
// for `files.info` and downloads the bytes with the bot token. Discord: MESSAGE_CREATE over the fake
// gateway to the real discord.js client, the file served by the fake CDN. Then fulfil delivers it.
import { createHmac, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SLACK_EVENTS_PATH } from '../../src/adapters/slack/slack-adapter.js';
import type { App } from '../../src/composition-root.js';
import { parseDeskCommand } from '../../src/domain/desk/parse-desk-command.js';
import { accessRequest, deliveryOrganisations } from '../support/delivery-org.js';
import {
  DISCORD_IDS,
  DISCORD_USERS,
  discordTestEnv,
  type FakeDiscord,
  startFakeDiscord,
} from '../support/fake-discord.js';
import {
  type FakeSlack,
  SIGNING_SECRET,
  SLACK_USERS,
  slackTestEnv,
  startFakeSlack,
} from '../support/fake-slack.js';
import { ingestRaw, startSmtpServer, type TestSmtpServer } from '../support/smtp.js';
import { createTestApp } from '../support/test-app.js';

const SLACK_TRIAGE = 'C0TRIAGE01';

async function until<T>(found: () => Promise<T | undefined | null>, what: string): Promise<T> {
  for (let i = 0; i < 200; i++) {
    const value = await found();
    if (value !== undefined && value !== null) return value;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe('exports uploaded in a ticket thread', () => {
  let smtp: TestSmtpServer;
  let slack: FakeSlack;
  let discord: FakeDiscord;
  let app: App;
  let slackUrl: string;

  beforeAll(async () => {
    smtp = await startSmtpServer();
    slack = await startFakeSlack();
    discord = await startFakeDiscord();
    const chat = `chat:\n  slack:\n    triageChannel: ${SLACK_TRIAGE}\n  discord:\n    triageChannel: "${DISCORD_IDS.triage}"\n`;
    app = await createTestApp({
      env: { ...deliveryOrganisations(smtp.port, chat), ...slackTestEnv(slack), ...discordTestEnv(discord) },
    });
    slackUrl = `http://127.0.0.1:${(await app.slack!.start()).port}${SLACK_EVENTS_PATH}`;
    await app.discord!.start();
  });
  afterAll(async () => {
    await app.slack?.stop();
    await app.discord?.stop();
    await app.close();
    await Promise.all([smtp.stop(), slack.close(), discord.close()]);
  });

  /** A ticket posted to both chats' triage channels; its channel messages' ids. */
  const postedTicket = async (id: string) => {
    const outcome = await ingestRaw(app, accessRequest(id));
    if (outcome.kind !== 'ticket') throw new Error(`expected a ticket, got ${outcome.kind}`);
    app.tickets.announceOpened([outcome.ticketReference]);
    await app.tickets.announcementsIdle();
    const rows = await app.database.db.chatTicketMessage.findMany({
      where: { reference: outcome.ticketReference },
    });
    const of = (transport: string) => rows.find((r) => r.transport === transport)!;
    return { reference: outcome.ticketReference, slack: of('slack'), discord: of('discord') };
  };
  const exportsOf = async (reference: string) => {
    const ticket = await app.database.db.ticket.findUniqueOrThrow({ where: { reference } });
    return app.database.db.ticketExport.findMany({ where: { ticketId: ticket.id }, orderBy: { id: 'asc' } });
  };
  const slackEvent = async (event: Record<string, unknown>) => {
    const body = JSON.stringify({
      token: 'unused',
      team_id: 'T0TEST',
      api_app_id: 'A0TEST',
      type: 'event_callback',
      event_id: `Ev${randomBytes(6).toString('hex')}`,
      event_time: Math.floor(Date.now() / 1000),
      event,
    });
    const timestamp = Math.floor(Date.now() / 1000);
    const signature = `v0=${createHmac('sha256', SIGNING_SECRET).update(`v0:${timestamp}:${body}`).digest('hex')}`;
    const response = await fetch(slackUrl, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-slack-request-timestamp': String(timestamp),
        'x-slack-signature': signature,
      },
      body,
    });
    return response.status;
  };
  const shareInSlackThread = (thread: { channel: string; messageId: string }, user: string, fileId: string) =>
    slackEvent({
      type: 'message',
      subtype: 'file_share',
      channel: thread.channel,
      user,
      ts: `1700000500.${randomBytes(3).toString('hex')}`,
      thread_ts: thread.messageId,
      text: '',
      files: [{ id: fileId }],
    });

  it('takes a file shared in the ticket Slack thread, downloaded with the bot token, and fulfil sends it', async () => {
    const ticket = await postedTicket('slack-upload');
    const bytes = randomBytes(700);
    slack.sharedFiles.set('FEXPORT01', { name: 'export.json', mimetype: 'application/json', bytes });

    expect(await shareInSlackThread(ticket.slack, SLACK_USERS.agent, 'FEXPORT01')).toBe(200);
    const [answer] = await slack.waitFor('chat.postEphemeral');
    expect(answer!.params).toMatchObject({
      channel: SLACK_TRIAGE,
      user: SLACK_USERS.agent,
      thread_ts: ticket.slack.messageId,
    });
    expect(String(answer!.params['text'])).toMatch(
      new RegExp(`^${ticket.reference}: export #\\d+ attached \\(700 B, sha256 [0-9a-f]{12}\\)`),
    );
    expect(String(answer!.params['text'])).not.toContain('export.json');
    expect(slack.callsTo('files.info')[0]?.params['file']).toBe('FEXPORT01');
    expect(slack.callsTo('file_download')[0]?.token).toBe('xoxb-test-token');

    const [stored] = await exportsOf(ticket.reference);
    expect(stored).toMatchObject({
      source: 'slack',
      attachedBy: `slack:${SLACK_USERS.agent}`,
      fileName: 'export.json',
    });
    expect(Buffer.from(stored!.content!)).toEqual(bytes);

    const desk = async (role: 'agent' | 'approver', text: string) => {
      const parsed = parseDeskCommand(text);
      if (!parsed.ok) throw new Error(text);
      return app.tickets.execute({ id: `test:${role}`, role }, parsed.command);
    };
    await desk('agent', `verify ${ticket.reference} confirm account_email_match`);
    await desk('approver', `approve ${ticket.reference}`);
    expect(await desk('agent', `fulfil ${ticket.reference}`)).toMatchObject({ kind: 'changed' });
    await app.requesterMail.sendNow();
    const letter = await until(
      async () =>
        smtp.received.find(
          (m) => m.email.subject.includes(`[${ticket.reference}]`) && m.email.attachments.length > 0,
        ),
      'the outcome letter',
    );
    expect(Buffer.from(letter.email.attachments[0]!.content!)).toEqual(bytes);
  });

  it('refuses a file shared by a viewer, audits it, and stores nothing', async () => {
    const ticket = await postedTicket('slack-viewer-upload');
    slack.sharedFiles.set('FVIEWER01', {
      name: 'x.json',
      mimetype: 'application/json',
      bytes: randomBytes(10),
    });
    const before = slack.callsTo('chat.postEphemeral').length;
    expect(await shareInSlackThread(ticket.slack, SLACK_USERS.viewer, 'FVIEWER01')).toBe(200);
    const answers = await slack.waitFor('chat.postEphemeral', before + 1);
    expect(String(answers.at(-1)!.params['text'])).toContain('only an agent or above');
    expect(await exportsOf(ticket.reference)).toHaveLength(0);
    const refusals = await app.database.db.auditEvent.findMany({
      where: { type: 'desk.refused', actor: `slack:${SLACK_USERS.viewer}` },
    });
    expect(refusals.map((r) => JSON.parse(r.payload) as { command: string })).toContainEqual({
      command: 'attach',
      code: 'role_required',
      role: 'viewer',
    });
  });

  it('ignores a file shared in a thread that is no ticket', async () => {
    slack.sharedFiles.set('FOTHER001', {
      name: 'x.json',
      mimetype: 'application/json',
      bytes: randomBytes(10),
    });
    const before = slack.callsTo('files.info').length;
    expect(
      await shareInSlackThread(
        { channel: SLACK_TRIAGE, messageId: '1600000000.000001' },
        SLACK_USERS.agent,
        'FOTHER001',
      ),
    ).toBe(200);
    // The ephemeral answer of a later, real upload proves this one was handled (in order) and answered nothing.
    const ticket = await postedTicket('slack-after-other');
    slack.sharedFiles.set('FAFTER001', {
      name: 'y.json',
      mimetype: 'application/json',
      bytes: randomBytes(20),
    });
    const answered = slack.callsTo('chat.postEphemeral').length;
    await shareInSlackThread(ticket.slack, SLACK_USERS.agent, 'FAFTER001');
    await slack.waitFor('chat.postEphemeral', answered + 1);
    expect(slack.callsTo('chat.postEphemeral')).toHaveLength(answered + 1);
    expect(slack.callsTo('files.info').length - before).toBe(1);
    expect(
      await app.database.db.ticketExport.count({
        where: { fileName: 'x.json', source: 'slack', attachedBy: `slack:${SLACK_USERS.agent}` },
      }),
    ).toBe(0);
  });

  it('takes a file posted in the ticket Discord thread from the CDN, and answers without the file name', async () => {
    const ticket = await postedTicket('discord-upload');
    const bytes = randomBytes(900);
    discord.cdn.set('attachments/1/2/takeout.csv', bytes);
    // A thread started from the ticket's channel message has that message's id.
    discord.dispatch('MESSAGE_CREATE', {
      id: '1300000000000000001',
      channel_id: ticket.discord.messageId,
      guild_id: DISCORD_IDS.guild,
      type: 0,
      content: '',
      author: {
        id: DISCORD_USERS.roleAgent,
        username: 'agent',
        discriminator: '0',
        global_name: null,
        avatar: null,
      },
      member: { roles: [DISCORD_IDS.agentRole], joined_at: '2026-01-01T00:00:00.000Z' },
      attachments: [
        {
          id: '1300000000000000002',
          filename: 'takeout.csv',
          size: bytes.length,
          url: discord.cdnUrl('attachments/1/2/takeout.csv'),
          proxy_url: discord.cdnUrl('attachments/1/2/takeout.csv'),
          content_type: 'text/csv',
        },
      ],
      timestamp: new Date().toISOString(),
    });
    const reply = await discord.waitForRequest(
      (r) => r.method === 'POST' && r.path === `/channels/${ticket.discord.messageId}/messages`,
      'the answer in the thread',
    );
    const body = reply.body as { content: string; message_reference: { message_id: string } };
    expect(body.content).toMatch(new RegExp(`^${ticket.reference}: export #\\d+ attached \\(900 B, sha256`));
    expect(body.content).not.toContain('takeout');
    expect(body.message_reference.message_id).toBe('1300000000000000001');
    const [stored] = await exportsOf(ticket.reference);
    expect(stored).toMatchObject({
      source: 'discord',
      attachedBy: `discord:${DISCORD_USERS.roleAgent}`,
      fileName: 'takeout.csv',
      contentType: 'text/csv',
    });
    expect(Buffer.from(stored!.content!)).toEqual(bytes);
    // Discord sends attachments to a bot only with these intents.
    const intents = Number(discord.identifies.at(-1)?.['intents']);
    expect(intents & (1 << 9)).toBe(1 << 9);
    expect(intents & (1 << 15)).toBe(1 << 15);
  });
});
