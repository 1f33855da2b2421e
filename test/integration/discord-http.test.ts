// Discord's HTTP interactions endpoint, on both engines: the composition root builds the adapter in HTTP
// mode, the fake Discord POSTs each interaction signed with an Ed25519 key made here (as Discord signs
// them), and the real discord.js REST client sends the follow-ups to the fake's REST API. Forged, replayed
// and future-dated requests are refused; `/rights` is registered by `register`, as the CLI does.
import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { readEml } from '../../src/adapters/folder/read-folder.js';
import { ingestFiles } from '../../src/app/intake/ingest-files.js';
import type { App } from '../../src/composition-root.js';
import { engines } from '../support/engines.js';
import {
  DISCORD_IDS,
  DISCORD_USERS,
  discordTestEnv,
  type FakeDiscord,
  type InteractionUser,
  startFakeDiscord,
} from '../support/fake-discord.js';
import { createTestApp, sampleInbox } from '../support/test-app.js';

const agent: InteractionUser = { userId: DISCORD_USERS.agent };
const stranger: InteractionUser = { userId: DISCORD_USERS.stranger, roleIds: [DISCORD_IDS.otherRole] };

/** The public key as the Developer Portal shows it: the raw 32 bytes in hex. */
const publicHex = (key: KeyObject) =>
  Buffer.from(z.object({ x: z.string() }).parse(key.export({ format: 'jwk' })).x, 'base64url').toString(
    'hex',
  );

describe.each(engines('discord_http'))('Discord HTTP interactions on %s', (_engine, databaseUrl) => {
  const keys = generateKeyPairSync('ed25519');
  let fake: FakeDiscord;
  let app: App;
  let endpoint: string;
  let origin: string;
  let refs: string[];

  beforeAll(async () => {
    fake = await startFakeDiscord();
    const url = await databaseUrl();
    app = await createTestApp({
      ...(url ? { databaseUrl: url } : {}),
      env: {
        ...discordTestEnv(fake),
        DISCORD_MODE: 'http',
        DISCORD_PUBLIC_KEY: publicHex(keys.publicKey),
        DISCORD_HOST: '127.0.0.1',
        DISCORD_PORT: '0',
      },
    });
    const files = ['01-access-request.eml', '02-erasure-request-de.eml'].map((f) => join(sampleInbox, f));
    await ingestFiles({ files, read: readEml, route: app.routeByRecipient, batchSize: 5 }, app.intake);
    refs = (await app.database.db.ticket.findMany({ orderBy: { id: 'asc' } })).map((t) => t.reference);
    const running = await app.discord!.start();
    if (running.mode !== 'http') throw new Error('expected the HTTP endpoint');
    origin = `http://127.0.0.1:${running.port}`;
    endpoint = `${origin}${running.path}`;
    fake.deliverOverHttp(endpoint, keys.privateKey);
  });

  afterAll(async () => {
    await app?.discord?.stop();
    await app?.close();
    await fake?.close();
  });

  /** The deferral that is the HTTP answer, then the reply edited in through the REST API. */
  const answerOf = async (sent: { id: string; token: string }) => {
    expect(await fake.callback(sent)).toEqual({ type: 5, data: { flags: 64 } });
    return z
      .object({ content: z.string() })
      .passthrough()
      .parse(await fake.editedReply(sent));
  };

  it('checks the bot token and registers nothing at start; register overwrites /rights in the server', async () => {
    expect(fake.requests.filter((r) => r.method === 'GET' && r.path === '/users/@me')).toHaveLength(1);
    expect(fake.requests.filter((r) => r.method === 'PUT')).toEqual([]);
    expect(fake.connections).toBe(0);
    expect(await app.discord!.register()).toBe(DISCORD_IDS.guild);
    const [put] = fake.requests.filter((r) => r.method === 'PUT');
    expect(put?.path).toBe(`/applications/${DISCORD_IDS.application}/guilds/${DISCORD_IDS.guild}/commands`);
    expect(JSON.stringify(put?.body)).toContain('"default_member_permissions":"8192"');
  });

  it("answers Discord's PING with a PONG, and the health check with ok", async () => {
    expect(await fake.callback(await fake.ping())).toEqual({ type: 1 });
    expect(await (await fetch(`${origin}/healthz`)).text()).toBe('ok');
  });

  it('runs a signed subcommand once, answering through the REST API, and refuses the same request replayed', async () => {
    const before = await app.database.db.ticketNote.count();
    const sent = await fake.slashCommand(agent, `note ${refs[0]} called the requester back`);
    expect((await answerOf(sent)).content).toBe(`✅ Note added to ${refs[0]}`);
    expect(await fake.resendLast()).toBe(401);
    await app.tickets.announcementsIdle();
    expect(await app.database.db.ticketNote.count()).toBe(before + 1);
  });

  it('refuses a request signed with another key, and one whose timestamp is six minutes ahead', async () => {
    const before = await app.database.db.ticketNote.count();
    const forger = generateKeyPairSync('ed25519');
    try {
      fake.deliverOverHttp(endpoint, forger.privateKey);
      const forged = await fake.slashCommand(agent, `note ${refs[0]} forged`);
      fake.deliverOverHttp(endpoint, keys.privateKey, 6 * 60);
      const early = await fake.slashCommand(agent, `note ${refs[0]} from the future`);
      expect([fake.httpStatus.get(forged.id), fake.httpStatus.get(early.id)]).toEqual([401, 401]);
    } finally {
      fake.deliverOverHttp(endpoint, keys.privateKey);
    }
    expect(await app.database.db.ticketNote.count()).toBe(before);
  });

  it('takes typed options: a reason chosen from the list rejects the ticket', async () => {
    const sent = await fake.subcommand({ userId: DISCORD_USERS.approver }, 'reject', [
      { name: 'ticket', type: 3, value: refs[1]! },
      { name: 'reason', type: 3, value: 'duplicate' },
      { name: 'note', type: 3, value: 'same as before' },
    ]);
    expect((await answerOf(sent)).content).toContain(`${refs[1]} rejected (duplicate)`);
  });

  it('completes ticket references from the open tickets for staff, and offers nothing to a stranger', async () => {
    const choicesOf = async (sent: { id: string; token: string }) =>
      z
        .object({
          type: z.literal(8),
          data: z.object({ choices: z.array(z.object({ name: z.string(), value: z.string() })) }),
        })
        .parse(await fake.callback(sent)).data.choices;
    const open = await choicesOf(await fake.autocomplete(agent, 'show', 'ticket', 'rd-'));
    // The first ticket is open; the second was rejected above.
    expect(open.map((c) => c.value)).toEqual([refs[0]]);
    expect(open[0]?.name).toMatch(new RegExp(`^${refs[0]} · importly · `));
    expect(open[0]?.name).not.toMatch(/@/);
    expect(await choicesOf(await fake.autocomplete(stranger, 'show', 'ticket', ''))).toEqual([]);
    // Typing only digits narrows to the references that start with them.
    expect(await choicesOf(await fake.autocomplete(agent, 'show', 'ticket', '999999'))).toEqual([]);
  });
});
