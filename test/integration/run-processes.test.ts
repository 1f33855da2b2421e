// Three real `rightsdesk run` OS processes on one PostgreSQL database and one Dovecot mailbox, as a
// deployment with several replicas runs them. The one that runs the timers is killed with SIGKILL (no
// goodbye to the database); another takes over. Mail is ingested once, each scheduled digest is posted
// once, every requester email is sent once. The takeover time is printed (not asserted).
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { z } from 'zod';
import { dovecotAt, type MailAccount } from '../support/dovecot.js';
import { engines } from '../support/engines.js';
import { type FakeSlack, slackTestEnv, startFakeSlack } from '../support/fake-slack.js';
import { type ImapOrg, imapOrganisation } from '../support/imap-org.js';
import { signal, waitForExit, waitUntil } from '../support/processes.js';
import { startSmtpServer, type TestSmtpServer } from '../support/smtp.js';
import { corpusDir, repoRoot } from '../support/test-app.js';

const postgres = engines('replicas').find(([name]) => name === 'PostgreSQL')![1];
const TRIAGE = 'CTRIAGE001';
const DIGEST = 'CDIGEST001';
/** Every 15 seconds: often enough to see several scheduled digests in one test. */
const DIGEST_EVERY_S = 15;

const labels = z
  .array(z.object({ file: z.string(), types: z.array(z.string()), flags: z.array(z.string()) }))
  .parse(JSON.parse(readFileSync(join(corpusDir, 'labels.json'), 'utf8')));
/** Plain requests (no auto-reply, duplicate or reply among them): each opens a ticket. */
const requests = labels
  .filter((l) => l.types.length > 0 && l.flags.length === 0)
  .slice(0, 6)
  .map((l) => readFileSync(join(corpusDir, l.file)));

const LogLine = z.object({ time: z.number(), msg: z.string() }).passthrough();
interface Replica {
  readonly child: ChildProcess;
  readonly lines: z.infer<typeof LogLine>[];
}

const children: ChildProcess[] = [];
let fake: FakeSlack | undefined;
let smtp: TestSmtpServer | undefined;
afterAll(async () => {
  for (const child of children) {
    if (child.pid) signal(child.pid, 'SIGKILL');
    await waitForExit(child, 10_000);
  }
  await fake?.close();
  await smtp?.stop();
});

/** The test organisation, with the SMTP relay and the chat channels the three processes share. */
function organisation(imap: { host: string; port: number }, account: MailAccount, smtpPort: number): ImapOrg {
  return imapOrganisation(imap, account, {
    extraYaml: `outbound:
  smtp: { host: 127.0.0.1, port: ${smtpPort}, secure: false }
chat:
  slack: { triageChannel: ${TRIAGE}, digestChannel: ${DIGEST} }
`,
  });
}

describe('three rightsdesk run processes on one database', () => {
  it('after the timers leader is killed, mail is ingested once, each digest posted once, each email sent once', async () => {
    const url = (await postgres())!;
    const dovecot = dovecotAt(inject('dovecot'));
    const account = await dovecot.addUser('replicas');
    fake = await startFakeSlack();
    smtp = await startSmtpServer();
    const digestPosts: number[] = [];
    let seq = 0;
    fake.methods.set('chat.postMessage', ({ params }) => {
      if (params['channel'] === DIGEST) digestPosts.push(Date.now());
      return { ok: true, channel: params['channel'], ts: `1700000001.${String(++seq).padStart(6, '0')}` };
    });
    const state = mkdtempSync(join(tmpdir(), 'rightsdesk-replicas-'));
    const env = {
      ...process.env,
      ...slackTestEnv(fake),
      DATABASE_URL: url,
      ...organisation(dovecot, account, smtp.port).env,
      RIGHTSDESK_STATE_DIR: state,
      RIGHTSDESK_SECRET: 'test-secret-0123456789-0123456789-0123456789',
      LOG_LEVEL: 'info',
      INTAKE_POLL_SECONDS: '1',
      OUTBOX_POLL_SECONDS: '1',
      DIGEST_SCHEDULE: `*/${DIGEST_EVERY_S} * * * * *`,
      PURGE_SCHEDULE: 'off',
    };

    const db = new pg.Client({ connectionString: url });
    const count = async (sql: string) => Number((await db.query<{ n: string }>(sql)).rows[0]!.n);
    const startReplica = (): Replica => {
      const child = spawn(process.execPath, [join(repoRoot, 'bin/rightsdesk.mjs'), 'run'], {
        cwd: repoRoot,
        env,
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      children.push(child);
      const lines: Replica['lines'] = [];
      let rest = '';
      child.stderr!.on('data', (chunk: Buffer) => {
        const text = rest + chunk.toString();
        const parts = text.split('\n');
        rest = parts.pop()!;
        for (const part of parts) {
          const parsed = LogLine.safeParse(JSON.parse(part));
          if (parsed.success) lines.push(parsed.data);
        }
      });
      return { child, lines };
    };
    const replicas = [startReplica(), startReplica(), startReplica()];
    const says = (r: Replica, msg: string) => r.lines.find((l) => l.msg === msg);
    await waitUntil(
      'every process running',
      async () => replicas.every((r) => says(r, 'rightsdesk is running')),
      {
        timeoutMs: 120_000,
        giveUp: () =>
          replicas.some((r) => r.child.exitCode !== null) ? new Error('a process exited') : undefined,
      },
    );
    // Delivered once the mailbox is watched: mail it held before would be backlog, never acknowledged (issue 17).
    await dovecot.appendMessages(account, requests.slice(0, 3));
    await db.connect();
    // Every queued email sent (a ticket's acknowledgement is queued in the transaction that opens it).
    const allSent = async () =>
      (await count(`SELECT count(*) AS n FROM "OutboundEmail"`)) > 0 &&
      (await count(`SELECT count(*) AS n FROM "OutboundEmail" WHERE status <> 'sent'`)) === 0;
    await waitUntil(
      'the first three tickets, acknowledged',
      async () => (await count(`SELECT count(*) AS n FROM "Ticket"`)) === 3 && (await allSent()),
      { timeoutMs: 60_000 },
    );

    const leaders = replicas.filter((r) => says(r, 'running the timers'));
    expect(leaders).toHaveLength(1);
    const leader = leaders[0]!;
    // Killed just after a digest went out, so the next one is a whole slot away.
    const postsBefore = digestPosts.length;
    await waitUntil('a scheduled digest', async () => digestPosts.length > postsBefore, {
      timeoutMs: 60_000,
    });
    leader.child.kill('SIGKILL');
    const killedAt = Date.now();
    await waitForExit(leader.child, 10_000);
    const survivors = replicas.filter((r) => r !== leader);
    await waitUntil(
      'another process to take over the timers',
      async () => survivors.some((r) => says(r, 'took over the timers from another process')),
      { timeoutMs: 60_000 },
    );
    const takeover = survivors
      .map((r) => says(r, 'took over the timers from another process'))
      .find(Boolean)!;
    process.stderr.write(
      `timers takeover after SIGKILL: ${takeover.time - killedAt} ms (INTAKE_POLL_SECONDS=1)\n`,
    );

    await dovecot.appendMessages(account, requests.slice(3, 6));
    await waitUntil(
      'the next three tickets, acknowledged',
      async () => (await count(`SELECT count(*) AS n FROM "Ticket"`)) === 6 && (await allSent()),
      { timeoutMs: 60_000 },
    );
    const postsAtTakeover = digestPosts.length;
    await waitUntil('a digest from the new leader', async () => digestPosts.length > postsAtTakeover, {
      timeoutMs: 60_000,
    });

    expect(await count(`SELECT count(*) AS n FROM "RawMessage"`)).toBe(6);
    const queued = (await db.query<{ messageId: string }>('SELECT "messageId" FROM "OutboundEmail"')).rows;
    expect(queued.length).toBeGreaterThanOrEqual(4);
    const ids = smtp.received.map((m) => m.email.messageId);
    expect(ids.sort()).toEqual(queued.map((q) => q.messageId).sort());
    // One post per scheduled instant: no two in one slot of the schedule.
    const slots = digestPosts.map((at) => Math.floor(at / (DIGEST_EVERY_S * 1000)));
    expect(new Set(slots).size).toBe(slots.length);
    expect(survivors.filter((r) => says(r, 'took over the timers from another process'))).toHaveLength(1);
    await db.end();
  }, 400_000);
});
