// Every /rights command, button and modal through the real discord.js client and the real desk on
// SQLite: the composition root builds the Discord adapter from the environment, discord.js logs in to a
// local fake gateway and talks to a local fake REST API that records every call, the sample inbox makes
// the tickets, so what reached a channel, and what only the actor saw, can be checked.
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { escapeMarkdown } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { listEmlFiles, readEml } from '../../src/adapters/folder/read-folder.js';
import type { RunningDiscord } from '../../src/adapters/discord/discord-adapter.js';
import { ingestFiles } from '../../src/app/intake/ingest-files.js';
import type { App } from '../../src/composition-root.js';
import { maskAddress } from '../../src/domain/redaction.js';
import { OPEN_STATUSES } from '../../src/domain/tickets/vocabulary.js';
import {
  BOT_TOKEN,
  DISCORD_IDS,
  DISCORD_USERS,
  discordTestEnv,
  type FakeDiscord,
  type InteractionUser,
  startFakeDiscord,
} from '../support/fake-discord.js';
import { createTestApp, repoRoot, sampleInbox } from '../support/test-app.js';

let fake: FakeDiscord;
let app: App;
let running: RunningDiscord;
let refs: string[];

/** The seed organisations, each with a Discord triage and digest channel. */
function organisationsWithDiscord(): string {
  const dir = mkdtempSync(join(tmpdir(), 'rightsdesk-discord-orgs-'));
  for (const file of readdirSync(join(repoRoot, 'organisations'))) {
    copyFileSync(join(repoRoot, 'organisations', file), join(dir, file));
    writeFileSync(
      join(dir, file),
      `${readFileSync(join(dir, file), 'utf8')}\nchat:\n  discord:\n    triageChannel: "${DISCORD_IDS.triage}"\n    digestChannel: "${DISCORD_IDS.digest}"\n`,
    );
  }
  return dir;
}

beforeAll(async () => {
  fake = await startFakeDiscord();
  app = await createTestApp({
    // The sample inbox's March requests, seen before their first month ends (an extension is still lawful).
    deskNow: () => new Date('2026-03-30T12:00:00Z'),
    env: { ...discordTestEnv(fake), RIGHTSDESK_ORGANISATIONS_DIR: organisationsWithDiscord() },
  });
  await ingestFiles(
    { files: listEmlFiles([sampleInbox]), read: readEml, route: app.routeByRecipient, batchSize: 20 },
    app.intake,
  );
  await app.tickets.announcementsIdle(); // posted in the background, through REST alone
  running = await app.discord!.start();
  refs = (await app.tickets.store.list({ statuses: OPEN_STATUSES, limit: 50 })).map((t) => t.reference);
});

afterAll(async () => {
  // Stopped before the fake goes, so that the client never sees its gateway dropped and tries to reconnect.
  await app?.discord?.stop();
  await app?.close();
  await fake?.close();
});

const as = (userId: string, roleIds: readonly string[] = []): InteractionUser => ({ userId, roleIds });

const ReplySchema = z.object({
  content: z.string(),
  embeds: z.array(z.record(z.string(), z.unknown())),
  components: z.array(
    z.object({ components: z.array(z.object({ custom_id: z.string(), label: z.string() })) }),
  ),
});
type Reply = z.infer<typeof ReplySchema> & { readonly raw: string };

/** The deferral (ephemeral, type 5) that must come first, then the edit that carries the answer. */
const answerOf = async (interaction: { id: string; token: string }): Promise<Reply> => {
  expect(await fake.callback(interaction)).toEqual({ type: 5, data: { flags: 64 } });
  const edited = await fake.editedReply(interaction);
  return { ...ReplySchema.parse(edited), raw: JSON.stringify(edited) };
};

/** `/rights <text>` typed by `user`: deferred ephemerally, then answered by editing the deferred reply. */
const command = async (user: InteractionUser, text: string) => answerOf(await fake.slashCommand(user, text));

const click = async (user: InteractionUser, customId: string) =>
  answerOf(await fake.clickButton(user, customId));

const versionOf = async (reference: string) => {
  const reply = await app.tickets.execute({ id: 'test:admin', role: 'admin' }, { name: 'show', reference });
  if (reply.kind !== 'ticket') throw new Error(`no ticket ${reference}`);
  return { version: reply.ticket.version, status: reply.ticket.status };
};

const ref = (i: number) => {
  const r = refs[i];
  if (!r) throw new Error(`the sample inbox should open at least ${i + 1} tickets`);
  return r;
};

/** The triage channel message of a ticket, as it stands after every edit. */
const channelMessageOf = (reference: string) => {
  const found = [...fake.messages.values()].filter(
    (m) => m.channel === DISCORD_IDS.triage && JSON.stringify(m.body).includes(`${reference} ·`),
  );
  expect(found).toHaveLength(1);
  return found[0]!;
};

const buttonIdsOf = (body: unknown) =>
  ReplySchema.shape.components
    .parse((body as { components: unknown }).components)
    .flatMap((row) => row.components.map((b) => b.custom_id));

describe('/rights through Discord with the real desk', () => {
  it('logs in through the gateway with the bot token and registers /rights in the configured server', () => {
    expect(running).toEqual({ mode: 'gateway', botUserId: DISCORD_IDS.bot, commandScope: DISCORD_IDS.guild });
    expect(fake.identifies).toHaveLength(1);
    expect(fake.identifies[0]?.['token']).toBe(BOT_TOKEN);
    const puts = fake.requests.filter((r) => r.method === 'PUT');
    expect(puts.map((r) => r.path)).toEqual([
      `/applications/${DISCORD_IDS.application}/guilds/${DISCORD_IDS.guild}/commands`,
    ]);
    expect(puts[0]?.authorization).toBe(`Bot ${BOT_TOKEN}`);
    // Hidden from members without Manage Messages (1 << 13); one subcommand per desk command.
    expect(puts[0]?.body).toMatchObject([{ name: 'rights', type: 1, default_member_permissions: '8192' }]);
  });

  it('help is deferred ephemerally and then lists the usage of every command, the decisions under /rights decide', async () => {
    const reply = await command(as(DISCORD_USERS.viewer), 'help');
    expect(reply.content).toBe('Rightsdesk commands');
    for (const word of ['list', 'show', 'assign', 'digest']) expect(reply.raw).toContain(`/rights ${word} `);
    for (const word of ['approve', 'reject', 'extend', 'fulfil'])
      expect(reply.raw).toContain(`/rights decide ${word} `);
  });

  it('registers the decisions as a subcommand group and runs one chosen from it', async () => {
    const put = fake.requests.findLast((r) => r.method === 'PUT');
    const options = (
      put?.body as { options: { name: string; type: number; options?: { name: string }[] }[] }[]
    )[0]?.options;
    const decide = options?.find((o) => o.name === 'decide');
    expect(decide?.type).toBe(2);
    expect(decide?.options?.map((o) => o.name)).toContain('approve');
    // Sent as Discord sends it, inside the group: the desk reads `approve` and answers for it.
    const reply = await command(as(DISCORD_USERS.agent), `extend ${ref(0)}`);
    expect(reply.content).toContain('the reason is required. Usage: extend RD-1042 <reason>');
  });

  it('a subcommand the grammar does not know (an old registration) is answered with the core sentence and the hint to try help', async () => {
    const reply = await answerOf(await fake.subcommand(as(DISCORD_USERS.agent), 'frobnicate', []));
    expect(reply.content).toBe(`⚠️ ${escapeMarkdown('There is no command "frobnicate". Try: help.')}`);
    expect(reply.embeds).toEqual([]);
  });

  it('refuses a Discord user who holds no Rightsdesk role, saying so, and records it in the audit trail', async () => {
    const reply = await command(as(DISCORD_USERS.stranger, [DISCORD_IDS.otherRole]), `approve ${ref(0)}`);
    expect(reply.content).toContain('no Rightsdesk role');
    const refused = await app.database.db.auditEvent.findMany({ where: { type: 'desk.refused' } });
    expect(refused.map((e) => [e.actor, JSON.parse(e.payload) as unknown])).toEqual([
      [`discord:${DISCORD_USERS.stranger}`, { code: 'no_role', command: 'approve', role: null }],
    ]);
    expect((await versionOf(ref(0))).status).toBe('received');
  });

  it('each ticket intake opened was posted once to the triage channel, with buttons and no requester data', async () => {
    expect(refs.length).toBeGreaterThanOrEqual(3);
    const tickets = await app.database.db.ticket.findMany();
    for (const r of refs) {
      const message = channelMessageOf(r);
      expect(buttonIdsOf(message.body)).toContain(`rd:assign_me:${r}:${(await versionOf(r)).version}`);
    }
    const posts = fake.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/messages'));
    expect(posts.length).toBe(refs.length);
    for (const post of posts) {
      expect(post.body).toMatchObject({ allowed_mentions: { parse: [] } });
      expect(post.text).not.toMatch(/[\w.+-]+@[\w-]+\.[\w.-]+/);
      for (const t of tickets) {
        expect(post.text).not.toContain(t.requesterAddress);
        if (t.requesterName.length > 3) expect(post.text).not.toContain(t.requesterName);
      }
    }
  });

  it('show gives an agent the requester in full, and a viewer only the masked address', async () => {
    const ticket = await app.database.db.ticket.findUniqueOrThrow({ where: { reference: ref(0) } });
    expect((await command(as(DISCORD_USERS.agent), `show ${ref(0)}`)).raw).toContain(
      escapeMarkdown(ticket.requesterAddress),
    );
    const masked = await command(as(DISCORD_USERS.viewer), `show ${ref(0)}`);
    expect(masked.raw).not.toContain(ticket.requesterAddress);
    expect(z.string().parse(masked.embeds[0]?.['description'])).toContain(
      escapeMarkdown(maskAddress(ticket.requesterAddress)),
    );
  });

  it('a member whose Discord role is mapped to agent may act as an agent, and the answer is the core sentence', async () => {
    const reply = await command(
      as(DISCORD_USERS.roleAgent, [DISCORD_IDS.agentRole]),
      `note ${ref(0)} called back`,
    );
    expect(reply.content).toBe(`✅ Note added to ${ref(0)}`);
    // The same user without that role has none.
    const without = await command(as(DISCORD_USERS.roleAgent, [DISCORD_IDS.otherRole]), `show ${ref(0)}`);
    expect(without.content).toContain('no Rightsdesk role');
  });

  it('reads the roles from the interaction itself in a server discord.js has not cached', async () => {
    const uncached = { guildId: DISCORD_IDS.uncachedGuild };
    const agent = { userId: DISCORD_USERS.roleAgent, roleIds: [DISCORD_IDS.agentRole], ...uncached };
    expect((await command(agent, `note ${ref(0)} from the other server`)).content).toBe(
      `✅ Note added to ${ref(0)}`,
    );
    const other = { userId: DISCORD_USERS.roleAgent, roleIds: [DISCORD_IDS.otherRole], ...uncached };
    expect((await command(other, `show ${ref(0)}`)).content).toContain('no Rightsdesk role');
  });

  it('assign with a Discord mention assigns, and the channel message is edited in place to show it', async () => {
    const before = channelMessageOf(ref(0)).edits;
    const reply = await command(as(DISCORD_USERS.agent), `assign ${ref(0)} <@${DISCORD_USERS.agent}>`);
    expect(reply.content).toBe(
      `✅ ${escapeMarkdown(`${ref(0)} assigned to discord:${DISCORD_USERS.agent}`)}`,
    );
    await app.tickets.announcementsIdle(); // channel edits leave in the background
    const message = channelMessageOf(ref(0));
    expect(message.edits).toBeGreaterThan(before);
    expect(JSON.stringify(message.body)).toContain(`<@${DISCORD_USERS.agent}>`);
  });

  it('an agent may not approve: the core refuses and names the role needed', async () => {
    const reply = await command(as(DISCORD_USERS.agent), `approve ${ref(0)}`);
    expect(reply.content).toMatch(/approver/);
    expect((await versionOf(ref(0))).status).toBe('received');
  });

  it('a button click of an approver changes the ticket, and its channel message is edited with new buttons', async () => {
    await command(
      as(DISCORD_USERS.agent),
      `verify ${ref(0)} confirm account_email_match matched the account`,
    );
    const { version } = await versionOf(ref(0));
    await app.tickets.announcementsIdle();
    const before = channelMessageOf(ref(0)).edits;
    const reply = await click(as(DISCORD_USERS.approver), `rd:approve:${ref(0)}:${version}`);
    expect(reply.content).toBe(`✅ ${ref(0)} approved`);
    expect((await versionOf(ref(0))).status).toBe('approved');
    await app.tickets.announcementsIdle(); // channel edits leave in the background
    const message = channelMessageOf(ref(0));
    expect(message.edits).toBe(before + 1);
    expect(JSON.stringify(message.body)).toContain('Approved');
    expect(buttonIdsOf(message.body)).toContain(`rd:fulfil:${ref(0)}:${version + 1}`);
    expect(buttonIdsOf(message.body)).not.toContain(`rd:approve:${ref(0)}:${version + 1}`);
  });

  it('a click on a ticket that changed meanwhile is answered ticket_changed_since_seen, and changes nothing', async () => {
    const { version } = await versionOf(ref(1));
    await command(as(DISCORD_USERS.agent), `note ${ref(1)} someone else got here first`);
    const reply = await click(as(DISCORD_USERS.approver), `rd:assign_me:${ref(1)}:${version}`);
    expect(reply.content).toContain('changed since that message was shown');
    const now = await versionOf(ref(1));
    expect(now.version).toBe(version + 1);
    // The answer's buttons act on the version the ticket is at now.
    expect(reply.components.flatMap((r) => r.components.map((b) => b.custom_id))).toContain(
      `rd:assign_me:${ref(1)}:${now.version}`,
    );
    const ticket = await app.database.db.ticket.findUniqueOrThrow({ where: { reference: ref(1) } });
    expect(JSON.stringify(ticket)).not.toContain(DISCORD_USERS.approver);
  });

  it('Reject… opens a modal for the lawful ground, and its submission rejects the ticket', async () => {
    const { version } = await versionOf(ref(1));
    const opened = await fake.clickButton(as(DISCORD_USERS.approver), `rd:reject:${ref(1)}:${version}`);
    const modal = z
      .object({ type: z.literal(9), data: z.object({ custom_id: z.string(), title: z.string() }) })
      .parse(await fake.callback(opened));
    expect(modal.data.title).toBe(`Reject ${ref(1)}`);
    const submitted = await fake.submitModal(as(DISCORD_USERS.approver), modal.data.custom_id, [
      { type: 18, id: 1, component: { type: 3, id: 2, custom_id: 'reason', values: ['duplicate'] } },
      { type: 18, id: 3, component: { type: 4, id: 4, custom_id: 'note', value: 'same as RD-1' } },
    ]);
    const reply = await answerOf(submitted);
    expect(reply.content).toBe(`✅ ${escapeMarkdown(`${ref(1)} rejected (duplicate)`)}`);
    expect((await versionOf(ref(1))).status).toBe('rejected');
    // A closed ticket's channel message keeps no buttons.
    await app.tickets.announcementsIdle(); // channel edits leave in the background
    expect(buttonIdsOf(channelMessageOf(ref(1)).body)).toEqual([]);
  });

  it('Reply… opens a modal for a message to the requester, and its submission runs the reply command', async () => {
    const reference = ref(2);
    const { version } = await versionOf(reference);
    const opened = await fake.clickButton(as(DISCORD_USERS.agent), `rd:reply:${reference}:${version}`);
    const modal = z
      .object({ type: z.literal(9), data: z.object({ custom_id: z.string(), title: z.string() }) })
      .parse(await fake.callback(opened));
    expect(modal.data.title).toBe(`Reply on ${reference}`);
    const text = 'Could you tell us which of your two accounts you mean?';
    const submitted = await fake.submitModal(as(DISCORD_USERS.agent), modal.data.custom_id, [
      { type: 18, id: 1, component: { type: 4, id: 2, custom_id: 'reason', value: text } },
    ]);
    const reply = await answerOf(submitted);
    expect(reply.content).toContain('your message was sent to the requester');
    const ticket = await app.database.db.ticket.findUniqueOrThrow({ where: { reference } });
    const sent = await app.database.db.outboundEmail.findMany({
      where: { ticketId: ticket.id, template: 'staff_message' },
    });
    expect(sent.map((e) => e.bodyText).join('\n')).toContain(text);
  });

  it('Extend… opens a modal for the reason, and its submission extends the deadline', async () => {
    const { version } = await versionOf(ref(2));
    const opened = await fake.clickButton(as(DISCORD_USERS.admin), `rd:extend:${ref(2)}:${version}`);
    const modal = z
      .object({ type: z.literal(9), data: z.object({ custom_id: z.string() }) })
      .parse(await fake.callback(opened));
    const submitted = await fake.submitModal(as(DISCORD_USERS.admin), modal.data.custom_id, [
      {
        type: 18,
        id: 1,
        component: {
          type: 4,
          id: 2,
          custom_id: 'reason',
          value: 'the request covers twelve years of records',
        },
      },
    ]);
    const reply = await answerOf(submitted);
    expect(reply.content).toContain(`${ref(2)} extended`);
    expect((await versionOf(ref(2))).version).toBe(version + 1);
  });

  it('a modal button is refused to a user with no role, without opening the modal', async () => {
    const { version } = await versionOf(ref(2));
    const opened = await fake.clickButton(as(DISCORD_USERS.stranger), `rd:reject:${ref(2)}:${version}`);
    const answer = z
      .object({ type: z.literal(4), data: z.object({ content: z.string(), flags: z.literal(64) }) })
      .parse(await fake.callback(opened));
    expect(answer.data.content).toContain('no Rightsdesk role');
  });

  it('posts the weekly digest to the digest channel', async () => {
    const before = fake.requests.length;
    expect(await app.digests.publishNow('importly')).toBe(true);
    const posts = fake.requests
      .slice(before)
      .filter((r) => r.method === 'POST' && r.path === `/channels/${DISCORD_IDS.digest}/messages`);
    expect(posts).toHaveLength(1);
    expect(z.object({ content: z.string() }).parse(posts[0]?.body).content).toMatch(
      /^Privacy requests for importly from \d{4}-\d{2}-\d{2}/,
    );
    expect(posts[0]?.text).toMatch(/Open: \d+/);
    // The chart of the last weeks rides along as an attached PNG, described for screen readers.
    const [file] = posts[0]?.files ?? [];
    expect(file?.name).toBe('digest.png');
    expect(file?.type).toBe('image/png');
    expect(Buffer.from(file!.bytes).subarray(0, 8)).toEqual(
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    );
    const { attachments } = z
      .object({ attachments: z.array(z.object({ filename: z.string(), description: z.string() })) })
      .parse(posts[0]?.body);
    expect(attachments).toEqual([
      {
        filename: 'digest.png',
        description: expect.stringMatching(/^Privacy requests per week, importly\. /),
      },
    ]);
    const schedule = app.digests.start();
    try {
      expect(schedule?.nextRuns().size).toBe(app.organisations.length);
    } finally {
      schedule?.stop();
    }
  });

  it('opens a ticket for a postal request from /rights new, its fields as typed options, and posts it to the triage channel', async () => {
    const before = await app.database.db.ticket.count();
    const sent = await fake.subcommand(as(DISCORD_USERS.agent), 'new', [
      { name: 'org', type: 3, value: 'importly' },
      { name: 'types', type: 3, value: 'erasure' },
      { name: 'channel', type: 3, value: 'post' },
      { name: 'received', type: 3, value: '2024-01-15' },
      { name: 'name', type: 3, value: 'Erika "E" Mustermann' },
      { name: 'postal', type: 3, value: 'Hauptstr. 1, 10115 Berlin' },
      { name: 'law', type: 3, value: 'eu-gdpr' },
    ]);
    const reply = await answerOf(sent);
    expect(reply.content).toMatch(/RD-\d+ opened for importly \(received by post on 2024-01-15\)/);
    expect(reply.content).toContain('send the acknowledgement by post');
    expect(await app.database.db.ticket.count()).toBe(before + 1);
    const opened = await app.database.db.ticket.findFirstOrThrow({ orderBy: { id: 'desc' } });
    expect(opened).toMatchObject({ requesterName: 'Erika "E" Mustermann', intakeChannel: 'post' });
    await app.tickets.announcementsIdle();
    const posted = channelMessageOf(opened.reference);
    expect(JSON.stringify(posted.body)).not.toContain('Mustermann');
    expect(JSON.stringify(posted.body)).not.toContain('Hauptstr');
  });

  it('closes its gateway connection with a normal closure when stopped', async () => {
    await app.discord!.stop();
    expect(await fake.closed()).toBe(1000);
    expect(fake.connections).toBe(1);
  });
});
