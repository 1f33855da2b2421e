// A requester's HTML reply whose address, phone number and name hold characters nobody sees (`&#8203;`,
// `&shy;`, `&#8288;`, a bidi override): in its chat post through the real Bolt Web API client and
// discord.js's REST client (against the fake Slack and Discord APIs) they are redacted all the same,
// and the hidden characters are gone. A reply with two links on a line and a long run of emoji is
// posted with neither link live and no emoji cut in half.
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listEmlFiles, readEml } from '../../src/adapters/folder/read-folder.js';
import { folderMailboxId } from '../../src/adapters/db/organisations-store.js';
import { ingestFiles } from '../../src/app/intake/ingest-files.js';
import type { App } from '../../src/composition-root.js';
import { DISCORD_IDS, discordTestEnv, type FakeDiscord, startFakeDiscord } from '../support/fake-discord.js';
import { type FakeSlack, slackTestEnv, startFakeSlack } from '../support/fake-slack.js';
import { ingestRaw } from '../support/smtp.js';
import { createTestApp, repoRoot, sampleInbox } from '../support/test-app.js';

const TRIAGE = 'C0TRIAGE01';
const HIDDEN = /[\u00ad\u200b\u2060\u202a-\u202e]/;
const OUR_INERT_MARKER = /\u2060([*_~`])\u2060/g;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

function organisationsWithChats(): string {
  const dir = mkdtempSync(join(tmpdir(), 'rightsdesk-hidden-orgs-'));
  for (const file of readdirSync(join(repoRoot, 'organisations'))) {
    copyFileSync(join(repoRoot, 'organisations', file), join(dir, file));
    writeFileSync(
      join(dir, file),
      `${readFileSync(join(dir, file), 'utf8')}\nchat:\n  slack:\n    triageChannel: ${TRIAGE}\n  discord:\n    triageChannel: "${DISCORD_IDS.triage}"\n`,
    );
  }
  return dir;
}

describe('a reply whose personal data hides invisible characters', () => {
  let slack: FakeSlack;
  let discord: FakeDiscord;
  let app: App;
  beforeAll(async () => {
    slack = await startFakeSlack();
    discord = await startFakeDiscord();
    app = await createTestApp({
      env: {
        ...slackTestEnv(slack),
        ...discordTestEnv(discord),
        RIGHTSDESK_ORGANISATIONS_DIR: organisationsWithChats(),
      },
    });
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

  /**
   * The reply posts on RD-1001 since the given counts. Slack text keeps each formatting marker it shows
   * between two word joiners of our own (slack-text.ts): those are taken out, so any other hidden
   * character, the requester's, still fails the tests.
   */
  const repliesPosted = (since: { slack: number; discord: number }) => {
    const isReply = (text: string) => text.startsWith('Reply from the requester on RD-1001');
    return {
      onSlack: slack
        .callsTo('chat.postMessage')
        .slice(since.slack)
        .map((c) => String(c.params['text']).replace(OUR_INERT_MARKER, '$1'))
        .filter(isReply),
      onDiscord: [...discord.messages.values()]
        .slice(since.discord)
        .map((m) => String(m.body['content']))
        .filter(isReply),
    };
  };

  it('is posted to Slack and Discord with the address, number and name masked and no hidden character', async () => {
    const raw = readFileSync(
      join(repoRoot, 'test/fixtures/hostile/reply-hidden-characters.eml'),
      'utf8',
    ).replace(/^Date: .*$/m, `Date: ${new Date().toUTCString()}`);
    const outcome = await ingestRaw(app, raw, {
      organisationId: 'importly',
      mailboxId: folderMailboxId('importly'),
    });
    expect(outcome).toMatchObject({ kind: 'reply', ticketReference: 'RD-1001' });
    await app.requesterReplies.idle();

    const { onSlack, onDiscord } = repliesPosted({ slack: 0, discord: 0 });
    expect([onSlack.length, onDiscord.length]).toEqual([1, 1]);
    expect(onSlack[0]).toContain('J. R. here. Please send the copy to j***@example.net');
    expect(onSlack[0]).toContain('not to j***@example.com, or call me on [number].');
    expect(onSlack[0]).toContain('m***@dlo.enaj');
    for (const text of [onSlack[0]!, onDiscord[0]!]) {
      expect(text).not.toMatch(/Jane|Roe|john|smith|jane|7946|elpmaxe@/);
      expect(text).not.toMatch(HIDDEN);
    }
  });

  it('a reply with two links on a line and a run of emoji: no live link, no half an emoji', async () => {
    const reply = (n: number) =>
      [
        'From: Jane Roe <jane.roe@example.com>',
        'To: privacy@importly.example',
        'Subject: Re: Subject access request',
        `Date: ${new Date().toUTCString()}`,
        `Message-ID: <emoji-${n}@mail.example.com>`,
        'In-Reply-To: <sar-2026-03-02@mail.example.com>',
        'Content-Type: text/plain; charset=utf-8',
        '',
        `See [a](https://a.example) and [Log in](https://evil.example) ${'x'.repeat(n)}${'😀'.repeat(1_400)}`,
      ].join('\r\n');
    const before = { slack: slack.callsTo('chat.postMessage').length, discord: discord.messages.size };
    for (const n of [1, 2]) {
      const outcome = await ingestRaw(app, reply(n), {
        organisationId: 'importly',
        mailboxId: folderMailboxId('importly'),
      });
      expect(outcome).toMatchObject({ kind: 'reply', ticketReference: 'RD-1001' });
    }
    await app.requesterReplies.idle();

    const { onSlack, onDiscord } = repliesPosted(before);
    expect([onSlack.length, onDiscord.length]).toEqual([2, 2]);
    for (const text of [...onSlack, ...onDiscord]) expect(LONE_SURROGATE.test(text)).toBe(false);
    for (const text of onDiscord) {
      expect(text).toContain('\\[Log in]');
      expect(text.replace(/\\[\s\S]/g, '')).not.toContain('[');
    }
  });
});
