// `rightsdesk doctor` against the real parts: Dovecot, PostgreSQL, an SMTP server and the fake Slack Web
// API. A correct setup passes every check and exits 0; a misconfigured one names each thing to fix and
// exits 1.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openDatabase } from '../../src/adapters/db/database.js';
import { doctorCommand } from '../../src/cli/commands/doctor.js';
import { dovecotAt, type MailAccount } from '../support/dovecot.js';
import { engines } from '../support/engines.js';
import { type FakeSlack, slackTestEnv, startFakeSlack } from '../support/fake-slack.js';
import { findFreePort } from '../support/processes.js';
import { runCli } from '../support/run-cli.js';
import { startSmtpServer, type TestSmtpServer } from '../support/smtp.js';

const postgres = engines('doctor').find(([name]) => name === 'PostgreSQL')![1];
const MEMBER = 'CTRIAGE001';
const NOT_MEMBER = 'CDIGEST001';

let fake: FakeSlack;
let smtp: TestSmtpServer;
let account: MailAccount;
let migratedUrl: string;
beforeAll(async () => {
  fake = await startFakeSlack();
  fake.methods.set('conversations.info', ({ params }) =>
    params['channel'] === MEMBER || params['channel'] === NOT_MEMBER
      ? { ok: true, channel: { id: params['channel'], is_member: params['channel'] === MEMBER } }
      : { ok: false, error: 'channel_not_found' },
  );
  smtp = await startSmtpServer();
  account = await dovecotAt(inject('dovecot')).addUser('doctor');
  migratedUrl = (await postgres())!;
  await (await openDatabase(migratedUrl)).close();
});
afterAll(async () => {
  await fake?.close();
  await smtp?.stop();
});

function organisation(options: { folder: string; smtpPort: number; authservId: boolean; digest?: string }) {
  const dovecot = inject('dovecot');
  const dir = mkdtempSync(join(tmpdir(), 'rightsdesk-doctor-orgs-'));
  writeFileSync(
    join(dir, 'test.yaml'),
    `id: testorg
name: Test Org
domain: zmapi.example
holidays: { country: DE }
addresses: [privacy@zmapi.example]
jurisdictions: [eu-gdpr]
rights: [access, erasure]
minimumAge: 16
sellsPersonalData: false
mailboxes:
  - id: test-inbox
    address: privacy@zmapi.example
    imap: { host: ${dovecot.host}, port: ${dovecot.port}, secure: false, folder: ${options.folder}, userEnv: TEST_IMAP_USER, passwordEnv: TEST_IMAP_PASSWORD }
outbound:
  smtp: { host: 127.0.0.1, port: ${options.smtpPort}, secure: false }
${options.authservId ? 'verification: { authservId: mx.zmapi.example }\n' : ''}chat:
  slack: { triageChannel: ${MEMBER}${options.digest ? `, digestChannel: ${options.digest}` : ''} }
`,
  );
  return dir;
}

const baseEnv = () => ({
  ...slackTestEnv(fake),
  RIGHTSDESK_SECRET: 'test-secret-0123456789-0123456789-0123456789',
  RIGHTSDESK_STATE_DIR: mkdtempSync(join(tmpdir(), 'rightsdesk-doctor-')),
  LOG_LEVEL: 'silent',
  TEST_IMAP_USER: account.user,
});
const rowOf = (out: string, check: string) => out.split('\n').find((l) => l.startsWith(`${check} `)) ?? '';

describe('rightsdesk doctor', () => {
  it('passes every check of a correct setup and exits 0', async () => {
    const { code, out } = await runCli(doctorCommand, [], {
      ...baseEnv(),
      DATABASE_URL: migratedUrl,
      RIGHTSDESK_ORGANISATIONS_DIR: organisation({ folder: 'INBOX', smtpPort: smtp.port, authservId: true }),
      TEST_IMAP_PASSWORD: account.password,
    });
    process.stderr.write(`doctor on a correct setup:\n${out}\n`);
    expect(code).toBe(0);
    const rows = out
      .split('\n')
      .slice(2)
      .filter((l) => /^\S.*\s(ok|warn|fail)\s/.test(l));
    expect(rows.length).toBeGreaterThanOrEqual(8);
    expect(rows.filter((r) => !/\sok\s/.test(r))).toEqual([]);
    expect(rowOf(out, 'database')).toMatch(/reachable, at the committed migrations/);
    expect(rowOf(out, 'imap testorg/test-inbox')).toMatch(/logged in; folder INBOX/);
    expect(rowOf(out, 'slack token')).toMatch(/auth\.test: bot UBOT/);
  });

  it('names each thing to fix in a misconfigured setup and exits 1', async () => {
    const closedPort = await findFreePort('127.0.0.1');
    const { code, out } = await runCli(doctorCommand, [], {
      ...baseEnv(),
      DATABASE_URL: `postgresql://nobody:wrong@127.0.0.1:${closedPort}/none`,
      RIGHTSDESK_ORGANISATIONS_DIR: organisation({
        folder: 'Privacy',
        smtpPort: closedPort,
        authservId: false,
        digest: NOT_MEMBER,
      }),
      TEST_IMAP_PASSWORD: 'not-the-password',
      RIGHTSDESK_SECRET: '',
    });
    process.stderr.write(`doctor on a misconfigured setup:\n${out}\n`);
    expect(code).toBe(1);
    expect(rowOf(out, 'database')).toMatch(/fail .*cannot connect.*check DATABASE_URL/);
    expect(rowOf(out, 'imap testorg/test-inbox')).toMatch(/fail .*login refused/);
    expect(rowOf(out, 'smtp testorg')).toMatch(/fail .*check outbound\.smtp/);
    expect(rowOf(out, 'codes testorg')).toMatch(/warn .*no verification\.authservId/);
    expect(rowOf(out, 'secret')).toMatch(/warn .*RIGHTSDESK_SECRET unset/);
    expect(out).toMatch(/slack channel +ok .*CTRIAGE001: exists, the bot is in it/);
    expect(out).toMatch(/slack channel +fail .*CDIGEST001: the bot is not in it/);
  });

  it('finds a mailbox that logs in but has no such folder', async () => {
    const { code, out } = await runCli(doctorCommand, [], {
      ...baseEnv(),
      DATABASE_URL: migratedUrl,
      RIGHTSDESK_ORGANISATIONS_DIR: organisation({
        folder: 'Privacy',
        smtpPort: smtp.port,
        authservId: true,
      }),
      TEST_IMAP_PASSWORD: account.password,
    });
    expect(code).toBe(1);
    expect(rowOf(out, 'imap testorg/test-inbox')).toMatch(/fail .*no folder "Privacy": fix imap\.folder/);
  });
});
