// Fulfilment tasks through Discord on SQLite and PostgreSQL: the real discord.js client against a local
// fake gateway and REST API. The approval's owners are pinged by role in a reply to the ticket's
// message (those roles only), a "Done" button marks its system, `/rights task` marks the others.
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listEmlFiles, readEml } from '../../src/adapters/folder/read-folder.js';
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
import { createTestApp, repoRoot, sampleInbox } from '../support/test-app.js';

function organisationsWithDiscord(): string {
  const dir = mkdtempSync(join(tmpdir(), 'rightsdesk-discord-tasks-'));
  for (const file of readdirSync(join(repoRoot, 'organisations'))) {
    copyFileSync(join(repoRoot, 'organisations', file), join(dir, file));
    writeFileSync(
      join(dir, file),
      `${readFileSync(join(dir, file), 'utf8')}\nchat:\n  discord:\n    triageChannel: "${DISCORD_IDS.triage}"\n`,
    );
  }
  return dir;
}

const as = (userId: string): InteractionUser => ({ userId, roleIds: [] });

describe.each(engines('discord_tasks'))('fulfilment tasks through Discord (%s)', (_engine, databaseUrl) => {
  let fake: FakeDiscord;
  let app: App;

  beforeAll(async () => {
    fake = await startFakeDiscord();
    const url = await databaseUrl();
    app = await createTestApp({
      ...(url ? { databaseUrl: url } : {}),
      deskNow: () => new Date('2026-03-30T12:00:00Z'),
      env: { ...discordTestEnv(fake), RIGHTSDESK_ORGANISATIONS_DIR: organisationsWithDiscord() },
    });
    await ingestFiles(
      { files: listEmlFiles([sampleInbox]), read: readEml, route: app.routeByRecipient, batchSize: 20 },
      app.intake,
    );
    await app.tickets.announcementsIdle();
    await app.discord!.start();
  });

  afterAll(async () => {
    await app?.discord?.stop();
    await app?.close();
    await fake?.close();
  });

  const answerOf = async (interaction: { id: string; token: string }) => {
    expect(await fake.callback(interaction)).toEqual({ type: 5, data: { flags: 64 } });
    return JSON.stringify(await fake.editedReply(interaction));
  };
  const command = async (userId: string, text: string) => answerOf(await fake.slashCommand(as(userId), text));

  it('pings the owners’ roles, and only those, in a reply to the ticket’s message', async () => {
    await command(DISCORD_USERS.agent, 'verify RD-1002 confirm document_checked');
    expect(await command(DISCORD_USERS.approver, 'approve RD-1002')).toContain('RD-1002 approved');
    await app.tickets.announcementsIdle();
    const pings = fake.requests.filter(
      (r) => r.method === 'POST' && JSON.stringify(r.body).includes('RD-1002 is approved'),
    );
    expect(pings).toHaveLength(1);
    const body = pings[0]!.body as {
      content: string;
      allowed_mentions: { parse: string[]; roles: string[] };
    };
    expect(body.content).toContain('<@&300000000000000032> Billing records (billing) — erasure: restrict');
    expect(body.allowed_mentions).toEqual({
      parse: [],
      roles: ['300000000000000031', '300000000000000032', '300000000000000033'],
    });
    const ticket = await app.database.db.ticket.findUniqueOrThrow({ where: { reference: 'RD-1002' } });
    expect(body.content).not.toContain(ticket.requesterAddress);
    const message = [...fake.messages.values()].find((m) => JSON.stringify(m.body).includes('RD-1002 ·'));
    expect(JSON.stringify(message?.body)).toContain('rdtask:RD-1002:billing');
  });

  it('a Done button marks its system; fulfil waits for the rest, then closes the ticket', async () => {
    const clicked = await answerOf(await fake.clickButton(as(DISCORD_USERS.agent), 'rdtask:RD-1002:billing'));
    expect(clicked).toContain('RD-1002: billing done; 3 task(s) still open');
    expect(await command(DISCORD_USERS.agent, 'fulfil RD-1002')).toContain('cannot be fulfilled yet');
    await command(DISCORD_USERS.agent, 'task RD-1002 accounts done');
    await command(DISCORD_USERS.agent, 'task RD-1002 api-logs done');
    expect(await command(DISCORD_USERS.agent, 'task RD-1002 payments not_applicable no tokens')).toContain(
      'every task is settled',
    );
    expect(await command(DISCORD_USERS.agent, 'fulfil RD-1002')).not.toContain('cannot be fulfilled yet');
  });
});
