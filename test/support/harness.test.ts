// Proves the real-server harness itself: mail goes in and comes back byte for byte, users are isolated,
// a restart keeps the mail, UIDVALIDITY can be changed on purpose, and PostgreSQL databases work.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ImapFlow } from 'imapflow';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { rawFetchRate } from '../../bench/imap-raw-fetch.js';
import { type DovecotServer, dovecotAt, type MailAccount, startDovecot } from './dovecot.js';
import { postgresAt } from './postgres.js';

const corpus = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'shared', 'corpus', 'dev');
const emails = ['d001.eml', 'd002.eml', 'd003.eml'].map((file) => readFileSync(join(corpus, file)));

const dovecot = dovecotAt(inject('dovecot'));
const postgres = postgresAt(inject('postgres'));

/** Runs `use` on a fresh, logged-in connection and always logs out, so no session outlives a test. */
async function withImap<T>(
  options: ReturnType<typeof dovecot.imapOptions>,
  use: (client: ImapFlow) => Promise<T>,
): Promise<T> {
  const client = new ImapFlow(options);
  await client.connect();
  try {
    return await use(client);
  } finally {
    await client.logout();
  }
}

async function fetchSources(
  options: ReturnType<typeof dovecot.imapOptions>,
  mailbox = 'INBOX',
): Promise<{ uidValidity: bigint; messages: { uid: number; source: Buffer | undefined }[] }> {
  return await withImap(options, async (client) => {
    const opened = await client.mailboxOpen(mailbox, { readOnly: true });
    const messages: { uid: number; source: Buffer | undefined }[] = [];
    if (opened.exists > 0) {
      for await (const message of client.fetch('1:*', { uid: true, source: true }, { uid: true })) {
        messages.push({ uid: message.uid, source: message.source });
      }
    }
    return { uidValidity: opened.uidValidity, messages };
  });
}

describe('shared Dovecot from the global setup', () => {
  it('gives back appended corpus emails with ascending UIDs and byte-identical sources', async () => {
    const account = await dovecot.addUser('harness');
    const uids = await dovecot.appendMessages(account, emails);
    expect(uids).toEqual([1, 2, 3]);

    const { messages } = await fetchSources(dovecot.imapOptions(account));
    expect(messages.map((message) => message.uid)).toEqual(uids);
    messages.forEach((message, index) => {
      expect(message.source?.equals(emails[index] as Buffer)).toBe(true);
    });
  });

  it('appends into a named folder, creating it once and reusing it after', async () => {
    const account = await dovecot.addUser('folder');
    expect(await dovecot.appendMessages(account, [emails[0] as Buffer], 'Privacy')).toEqual([1]);
    expect(await dovecot.appendMessages(account, [emails[1] as Buffer], 'Privacy')).toEqual([2]);
    const { messages } = await fetchSources(dovecot.imapOptions(account), 'Privacy');
    expect(messages.map((message) => message.uid)).toEqual([1, 2]);
  });

  it('keeps each added user in a mailbox of their own', async () => {
    const [sender, bystander] = await Promise.all([dovecot.addUser('isolated'), dovecot.addUser('isolated')]);
    expect(sender.user).not.toBe(bystander.user);
    await dovecot.appendMessages(sender, [emails[0] as Buffer]);
    const status = await withImap(dovecot.imapOptions(bystander), (client) =>
      client.status('INBOX', { messages: true }),
    );
    expect(status).toMatchObject({ messages: 0 });
  });

  it('refuses a wrong password, and the next good login is not slowed by a penalty', async () => {
    const account = await dovecot.addUser('login');
    const wrong = new ImapFlow(dovecot.imapOptions({ user: account.user, password: 'wrong' }));
    await expect(wrong.connect()).rejects.toMatchObject({ authenticationFailed: true });

    const started = performance.now();
    await withImap(dovecot.imapOptions(account), async () => {});
    // Dovecot's default anvil penalty would delay this login by 2 s or more.
    expect(performance.now() - started).toBeLessThan(1_500);
  });

  it('changes UIDVALIDITY on purpose while keeping the messages and their UIDs', async () => {
    const account = await dovecot.addUser('uidvalidity');
    const uids = await dovecot.appendMessages(account, emails);
    const before = await fetchSources(dovecot.imapOptions(account));

    const changed = await dovecot.changeUidValidity(account);

    const after = await fetchSources(dovecot.imapOptions(account));
    expect(after.uidValidity).not.toBe(before.uidValidity);
    expect(after.uidValidity).toBe(BigInt(changed));
    expect(await dovecot.uidValidityOf(account)).toBe(changed);
    expect(after.messages.map((message) => message.uid)).toEqual(uids);
  });

  it('can set an exact UIDVALIDITY, and a session with the mailbox open is disconnected', async () => {
    const account = await dovecot.addUser('uidvalidity-open');
    await dovecot.appendMessages(account, [emails[0] as Buffer]);
    const client = new ImapFlow(dovecot.imapOptions(account));
    await client.connect();
    const closed = new Promise<void>((resolve) => client.once('close', () => resolve()));
    await client.mailboxOpen('INBOX');

    expect(await dovecot.changeUidValidity(account, 'INBOX', 4242)).toBe(4242);
    // Dovecot ends the session at its next command ("IMAP session state is inconsistent, please relogin").
    await client.noop().catch(() => {});
    await closed;
    expect(client.usable).toBe(false);

    const { uidValidity } = await fetchSources(dovecot.imapOptions(account));
    expect(uidValidity).toBe(4242n);
  });

  it('the raw-fetch baseline counts every message and byte in the mailbox', async () => {
    const account = await dovecot.addUser('bench');
    await dovecot.appendMessages(account, emails);
    const rate = await rawFetchRate({
      imapOptions: dovecot.imapOptions(account),
      mailbox: 'INBOX',
      batchSize: 2,
    });
    expect(rate.messages).toBe(emails.length);
    expect(rate.bytes).toBe(emails.reduce((sum, email) => sum + email.length, 0));
    expect(rate.seconds).toBeGreaterThan(0);
  });
});

describe('a Dovecot of its own', () => {
  let server: DovecotServer;
  let account: MailAccount;
  let uids: number[];

  beforeAll(async () => {
    server = await startDovecot();
    account = server.account;
    uids = await server.appendMessages(account, emails);
  });
  afterAll(async () => {
    await server?.dispose();
  });

  it('keeps the mail, the port and UIDVALIDITY across a graceful restart', async () => {
    const before = await fetchSources(server.imapOptions());
    const port = server.port;
    const oldPid = server.pid;

    await server.stop();
    expect(server.pid).toBeUndefined();
    await expect(fetchSources(server.imapOptions())).rejects.toMatchObject({ code: 'ECONNREFUSED' });
    await server.start();

    expect(server.port).toBe(port);
    expect(server.pid).not.toBe(oldPid);
    const after = await fetchSources(server.imapOptions());
    expect(after.uidValidity).toBe(before.uidValidity);
    expect(after.messages.map((message) => message.uid)).toEqual(uids);
    expect(after.messages.map((message) => message.source?.length)).toEqual(
      emails.map((email) => email.length),
    );
  });

  it('drops a connected client at once on kill(), and starts again with the mail intact', async () => {
    const client = new ImapFlow(server.imapOptions());
    await client.connect();
    await client.mailboxOpen('INBOX');
    const closed = new Promise<void>((resolve) => client.once('close', () => resolve()));

    await server.kill();
    await closed;
    expect(client.usable).toBe(false);

    await server.start();
    const { messages } = await fetchSources(server.imapOptions());
    expect(messages).toHaveLength(emails.length);
  });
});

describe('shared PostgreSQL from the global setup', () => {
  it('creates an empty database that stores and returns rows', async () => {
    const name = `harness_${process.pid}_${Date.now()}`;
    const url = await postgres.createDatabase(name);
    expect(url).toBe(postgres.url(name));

    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const { rows: tables } = await client.query(
        "SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = 'public'",
      );
      expect(tables).toEqual([{ n: 0 }]);
      await client.query('CREATE TABLE ticket (id serial PRIMARY KEY, subject text NOT NULL)');
      await client.query('INSERT INTO ticket (subject) VALUES ($1), ($2)', ['Auskunft', 'Löschung']);
      const { rows } = await client.query('SELECT id, subject FROM ticket ORDER BY id');
      expect(rows).toEqual([
        { id: 1, subject: 'Auskunft' },
        { id: 2, subject: 'Löschung' },
      ]);
    } finally {
      await client.end();
    }
  });

  it('refuses to create the same database twice', async () => {
    const name = `twice_${process.pid}_${Date.now()}`;
    await postgres.createDatabase(name);
    await expect(postgres.createDatabase(name)).rejects.toThrow(/already exists/);
  });
});
