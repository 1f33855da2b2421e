// Issue 15, two-way messages: a requester's emailed reply, once intake has attached it to its ticket,
// appears in the ticket's thread in Slack (chat.postMessage with thread_ts, through the real Bolt Web API
// client against the fake Slack API) and in Discord (a reply to the channel message, through discord.js's
// REST client against the fake Discord API), redacted as channel messages are, once only: a resync and a
// restarted process post nothing more. On SQLite and PostgreSQL.
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listEmlFiles, readEml } from '../../src/adapters/folder/read-folder.js';
import { folderMailboxId } from '../../src/adapters/db/organisations-store.js';
import { ingestFiles } from '../../src/app/intake/ingest-files.js';
import type { App } from '../../src/composition-root.js';
import { engines } from '../support/engines.js';
import { DISCORD_IDS, discordTestEnv, type FakeDiscord, startFakeDiscord } from '../support/fake-discord.js';
import { type FakeSlack, slackTestEnv, startFakeSlack } from '../support/fake-slack.js';
import { ingestRaw } from '../support/smtp.js';
import { createTestApp, repoRoot, sampleInbox } from '../support/test-app.js';

const TRIAGE = 'C0TRIAGE01';
/** The authserv-id our receiving server stamps its Authentication-Results with, in these organisations. */
const OUR_SERVER = 'mx.rightsdesk.test';

function organisationsWithChats(): string {
  const dir = mkdtempSync(join(tmpdir(), 'rightsdesk-replies-orgs-'));
  for (const file of readdirSync(join(repoRoot, 'organisations'))) {
    copyFileSync(join(repoRoot, 'organisations', file), join(dir, file));
    writeFileSync(
      join(dir, file),
      `${readFileSync(join(dir, file), 'utf8')}\nchat:\n  slack:\n    triageChannel: ${TRIAGE}\n  discord:\n    triageChannel: "${DISCORD_IDS.triage}"\nverification:\n  authservId: ${OUR_SERVER}\n`,
    );
  }
  return dir;
}

/** A reply to the sample access request (RD-1001), sent now, naming the requester and other personal data. */
const reply = (id: string) => `From: Jane Roe <jane.roe@example.com>
To: privacy@importly.example
Subject: Re: Subject access request
Date: ${new Date().toUTCString()}
Message-ID: <${id}@mail.example.com>
In-Reply-To: <sar-2026-03-02@mail.example.com>
References: <sar-2026-03-02@mail.example.com>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

Jane Roe here <!channel>: please also send it to jane.backup@example.org or o'neill@bücher.de, or call me on +44 20 7946 0958.

Jane

> Under Article 15 GDPR I would like a copy of all personal data you hold about me
`;

describe.each(engines('rd_replies'))(
  "requesters' replies in the chat threads (%s)",
  (_engine, databaseUrl) => {
    let slack: FakeSlack;
    let discord: FakeDiscord;
    let app: App;
    let env: Record<string, string>;
    const isReply = (text: unknown) =>
      typeof text === 'string' && text.includes('Reply from the requester on RD-1001');
    const slackPosts = () => slack.callsTo('chat.postMessage').filter((c) => isReply(c.params['text']));
    const discordPosts = () => [...discord.messages.values()].filter((m) => isReply(m.body['content']));

    beforeAll(async () => {
      slack = await startFakeSlack();
      discord = await startFakeDiscord();
      const url = await databaseUrl();
      env = {
        ...slackTestEnv(slack),
        ...discordTestEnv(discord),
        RIGHTSDESK_ORGANISATIONS_DIR: organisationsWithChats(),
        CHAT_OTHER_REPLY_POSTS_PER_HOUR: '2',
      };
      app = await createTestApp({ env, ...(url ? { databaseUrl: url } : {}) });
      await ingestFiles(
        { files: listEmlFiles([sampleInbox]), read: readEml, route: app.routeByRecipient, batchSize: 40 },
        app.intake,
      );
      await app.tickets.announcementsIdle();
      await app.requesterReplies.idle();
    });
    afterAll(async () => {
      await app?.close();
      await slack?.close();
      await discord?.close();
    });

    it('posts the reply redacted in the ticket’s Slack thread and Discord reply chain, once', async () => {
      // The sample inbox's own follow-up is months old: history, not replayed into the chats.
      expect(slackPosts()).toHaveLength(0);
      const outcome = await ingestRaw(app, reply('followup-now'), {
        organisationId: 'importly',
        mailboxId: folderMailboxId('importly'),
      });
      expect(outcome).toMatchObject({ kind: 'reply', ticketReference: 'RD-1001' });
      await app.requesterReplies.idle();

      const messages = await app.database.db.chatTicketMessage.findMany({ where: { reference: 'RD-1001' } });
      const threadOf = (transport: string) => messages.find((m) => m.transport === transport)!;
      const [posted, ...again] = slackPosts();
      expect(again).toHaveLength(0);
      expect(posted!.params).toMatchObject({
        channel: threadOf('slack').channel,
        thread_ts: threadOf('slack').messageId,
      });
      // Without the word joiners that make the mask's stars inert in mrkdwn (slack-text.ts).
      const text = String(posted!.params['text']).replaceAll('\u2060', '');
      expect(text).toContain(
        'please also send it to j***@example.org or o***@bücher.de, or call me on [number]',
      );
      expect(text).toContain('J. R. here &lt;!channel&gt;');
      expect(text).not.toMatch(/Jane|Roe|jane\.backup|neill|7946|Article 15|<!channel>/);

      const [onDiscord, ...more] = discordPosts();
      expect(more).toHaveLength(0);
      expect(onDiscord!.body['message_reference']).toMatchObject({
        message_id: threadOf('discord').messageId,
      });
      expect(onDiscord!.body['allowed_mentions']).toEqual({ parse: [] });
      expect(String(onDiscord!.body['content'])).toContain('j\\*\\*\\*@example.org');
      expect(JSON.stringify(onDiscord!.body)).not.toMatch(/Jane|jane\.backup|neill|7946/);
    });

    it('posts nothing more on a resync, nor from a process started again on the same database', async () => {
      expect(await app.requesterReplies.resync()).toBe(0);
      // The same database (the SQLite file or the PostgreSQL database), a new process's modules.
      const again = await createTestApp({ env, databaseUrl: app.env.DATABASE_URL });
      try {
        expect(await again.requesterReplies.resync()).toBe(0);
      } finally {
        await again.close();
      }
      expect(slackPosts()).toHaveLength(1);
      expect(discordPosts()).toHaveLength(1);
      expect(await app.database.db.chatReplyPost.count({ where: { status: 'posted' } })).toBe(2);
    });

    it("says a reply threaded by the request's Message-ID from another address is not the requester's", async () => {
      const forged = reply('forged-now').replace(
        'Jane Roe <jane.roe@example.com>',
        'Jane Roe <mallory@example.net>',
      );
      const outcome = await ingestRaw(app, forged, {
        organisationId: 'importly',
        mailboxId: folderMailboxId('importly'),
      });
      expect(outcome).toMatchObject({ kind: 'reply', ticketReference: 'RD-1001' });
      await app.requesterReplies.idle();
      const notices = slack
        .callsTo('chat.postMessage')
        .map((c) => String(c.params['text']))
        .filter((t) => t.includes('RD-1001 from an address'));
      expect(notices).toEqual([
        expect.stringMatching(
          /^Reply on RD-1001 from an address that is NOT the requester's \(email, redacted\):/,
        ),
      ]);
    });

    it("says a reply under the requester's From that our server says failed DMARC is not authenticated, in Slack and Discord", async () => {
      const forged = reply('dmarc-failed-now').replace(
        'MIME-Version:',
        `Authentication-Results: ${OUR_SERVER}; dmarc=fail header.from=example.com; spf=fail; dkim=none\nMIME-Version:`,
      );
      const outcome = await ingestRaw(app, forged, {
        organisationId: 'importly',
        mailboxId: folderMailboxId('importly'),
      });
      expect(outcome).toMatchObject({ kind: 'reply', ticketReference: 'RD-1001' });
      await app.requesterReplies.idle();
      const unauthenticated = /^Reply on RD-1001 from the requester's address, not authenticated \(/;
      const onSlack = slack
        .callsTo('chat.postMessage')
        .map((c) => String(c.params['text']))
        .filter((t) => unauthenticated.test(t));
      const onDiscord = [...discord.messages.values()]
        .map((m) => String(m.body['content']))
        .filter((t) => unauthenticated.test(t));
      expect([onSlack.length, onDiscord.length]).toEqual([1, 1]);
      // The one genuine reply of the first test is still the only post calling itself the requester's.
      expect([slackPosts().length, discordPosts().length]).toEqual([1, 1]);
    });

    it('posts two stranger replies on a ticket an hour, then one summary line; every reply is still stored', async () => {
      const request = await app.database.db.ticketMessage.findFirstOrThrow({
        where: { messageId: '<loeschung-7781@example.org>' },
        select: { ticket: { select: { id: true, reference: true, organisationId: true } } },
      });
      const { reference } = request.ticket;
      for (let i = 0; i < 5; i++) {
        const flood = reply(`flood-${i}`)
          .replace('Jane Roe <jane.roe@example.com>', `Spam ${i} <spam${i}@example.net>`)
          .replaceAll('<sar-2026-03-02@mail.example.com>', '<loeschung-7781@example.org>');
        const outcome = await ingestRaw(app, flood, {
          organisationId: request.ticket.organisationId,
          mailboxId: folderMailboxId(request.ticket.organisationId),
        });
        expect(outcome).toMatchObject({ kind: 'reply', ticketReference: reference });
        await app.requesterReplies.idle();
      }
      expect(await app.requesterReplies.resync()).toBe(0);
      const aboutTicket = (texts: string[]) => {
        const one = texts.filter((t) => t.startsWith(`Reply on ${reference} from an address that is NOT`));
        const summaries = texts.filter((t) => t.includes(`from other addresses on ${reference}`));
        return { one: one.length, summaries };
      };
      const summary = `1 more reply from other addresses on ${reference}, see \`show ${reference}\``;
      const slackTexts = slack.callsTo('chat.postMessage').map((c) => String(c.params['text']));
      expect(aboutTicket(slackTexts.map((t) => t.replaceAll('\u2060', '')))).toEqual({
        one: 2,
        summaries: [summary],
      });
      const onDiscord = aboutTicket([...discord.messages.values()].map((m) => String(m.body['content'])));
      expect([onDiscord.one, onDiscord.summaries.length]).toEqual([2, 1]);
      // Nothing lost: all five are filed on the ticket, and `show` reads them from there.
      const filed = await app.database.db.ticketMessage.count({
        where: { ticketId: request.ticket.id, kind: 'reply', messageId: { startsWith: '<flood-' } },
      });
      expect(filed).toBe(5);
    });

    it("tells the ticket's thread, by reference only, that its requester was reminded of the identity check", async () => {
      const agent = { id: 'console:alice', role: 'agent' } as const;
      const reply = await app.tickets.execute(agent, { name: 'verify_send', reference: 'RD-1002' });
      expect(reply.kind).toBe('changed');
      const ticket = await app.database.db.ticket.findUniqueOrThrow({ where: { reference: 'RD-1002' } });
      const code = await app.database.db.verificationCode.findFirstOrThrow({
        where: { ticketId: ticket.id },
      });
      const [report] = await app.verificationWait.runNow(new Date(code.createdAt.getTime() + 3 * 86_400_000));
      expect(report?.reminded).toEqual(['RD-1002']);

      const thread = await app.database.db.chatTicketMessage.findFirstOrThrow({
        where: { reference: 'RD-1002', transport: 'slack' },
      });
      const told = slack
        .callsTo('chat.postMessage')
        .filter((c) => String(c.params['text']).startsWith('RD-1002: the requester was reminded'));
      expect(told).toHaveLength(1);
      expect(told[0]!.params['thread_ts']).toBe(thread.messageId);
      expect(JSON.stringify(told[0]!.params)).not.toContain(ticket.requesterAddress);
      const onDiscord = [...discord.messages.values()].filter((m) =>
        String(m.body['content']).startsWith('RD-1002: the requester was reminded'),
      );
      expect(onDiscord).toHaveLength(1);
    });
  },
);
