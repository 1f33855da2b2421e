// `rightsdesk run` with Discord configured, as an operator starts it: the real CLI in a child process
// logs in to the local fake gateway, registers /rights and answers it; on SIGTERM it closes the gateway
// connection normally and exits 0.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DISCORD_IDS,
  DISCORD_USERS,
  discordTestEnv,
  type FakeDiscord,
  startFakeDiscord,
} from '../support/fake-discord.js';
import { waitForExit } from '../support/processes.js';
import { repoRoot } from '../support/test-app.js';

let fake: FakeDiscord;

beforeAll(async () => {
  fake = await startFakeDiscord();
});

afterAll(async () => {
  await fake?.close();
});

/** One organisation with a Discord triage channel and no IMAP mailbox, so `run` needs no mail server. */
function organisationWithoutImap(): string {
  const dir = mkdtempSync(join(tmpdir(), 'rightsdesk-discord-run-'));
  const text = readFileSync(join(repoRoot, 'organisations', 'importly.yaml'), 'utf8').replace(
    /\n {4}imap:\n(?: {6}.*\n)+/,
    '\n',
  );
  expect(text).not.toContain('imap:');
  writeFileSync(
    join(dir, 'importly.yaml'),
    `${text}\nchat:\n  discord:\n    triageChannel: "${DISCORD_IDS.triage}"\n`,
  );
  return dir;
}

describe('rightsdesk run with Discord', () => {
  it('starts Discord, answers /rights, and on SIGTERM closes the gateway normally and exits 0', async () => {
    const state = mkdtempSync(join(tmpdir(), 'rightsdesk-discord-run-state-'));
    const child = spawn(process.execPath, [join(repoRoot, 'bin/rightsdesk.mjs'), 'run'], {
      cwd: repoRoot,
      env: {
        ...process.env,
        ...discordTestEnv(fake),
        DATABASE_URL: `file:${join(state, 'run.db')}`,
        RIGHTSDESK_ORGANISATIONS_DIR: organisationWithoutImap(),
        RIGHTSDESK_STATE_DIR: state,
        RIGHTSDESK_SECRET: 'test-secret-0123456789-0123456789-0123456789',
        LOG_LEVEL: 'silent',
      },
      stdio: 'ignore',
    });
    try {
      await fake.waitForRequest((r) => r.method === 'PUT', 'the registration of /rights', 30_000);
      const asked = await fake.slashCommand({ userId: DISCORD_USERS.viewer }, 'list');
      expect(await fake.callback(asked)).toEqual({ type: 5, data: { flags: 64 } });
      expect((await fake.editedReply(asked))['content']).toBe('0 tickets (open): nothing to show.');
      child.kill('SIGTERM');
      expect(await waitForExit(child, 20_000)).toBe(true);
      expect(child.exitCode).toBe(0);
      expect(await fake.closed()).toBe(1000);
    } finally {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGKILL');
        await waitForExit(child, 10_000);
      }
    }
  });
});
