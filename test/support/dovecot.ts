// Throwaway Dovecot IMAP servers on 127.0.0.1 for integration tests and benchmarks: a temp dir with
// config, per-user password files and maildirs, plus helpers to add users, append mail and reset UIDVALIDITY.
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  accessSync,
  chmodSync,
  chownSync,
  closeSync,
  constants,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';
import { ImapFlow, type ImapFlowOptions } from 'imapflow';
import {
  cleanupOnExit,
  findFreePort,
  idsOf,
  isAcceptingConnections,
  signal,
  waitForExit,
  waitUntil,
} from './processes.js';

const run = promisify(execFile);

export interface MailAccount {
  user: string;
  password: string;
}

/** Everything a test process needs to reach a running Dovecot; plain data, so vitest can `provide` it. */
export interface DovecotCoordinates {
  host: string;
  port: number;
  /** The account created at start. */
  account: MailAccount;
  /** Parent of every user's maildir (`<mailRoot>/<user>`), owned by the unprivileged mail user. */
  mailRoot: string;
  configFile: string;
  /** One passwd-file per user (see `addUser`). */
  passwdDir: string;
}

/** What tests can do with a Dovecot they did not start: add users, append mail, change UIDVALIDITY. */
export interface DovecotAccess {
  readonly coordinates: DovecotCoordinates;
  readonly host: string;
  readonly port: number;
  readonly account: MailAccount;
  readonly user: string;
  readonly password: string;
  readonly mailRoot: string;
  /** Options for `new ImapFlow(...)`: plaintext on 127.0.0.1, no logging. */
  imapOptions(account?: MailAccount): ImapFlowOptions;
  /** Creates a user with an empty mailbox; the name is `<prefix>-<random>` so parallel tests never share one. */
  addUser(prefix?: string): Promise<MailAccount>;
  /** APPENDs raw RFC 5322 messages in order (creating `mailbox` if needed) and returns their UIDs. */
  appendMessages(
    account: MailAccount,
    messages: readonly (Buffer | string)[],
    mailbox?: string,
  ): Promise<number[]>;
  /** Current UIDVALIDITY of a mailbox, read without IMAP. */
  uidValidityOf(account: MailAccount, mailbox?: string): Promise<number>;
  /**
   * Gives the mailbox a new UIDVALIDITY (default: current + 1) while the server keeps running; UIDs and
   * messages stay. A session that has the mailbox selected is disconnected by Dovecot at its next command.
   */
  changeUidValidity(account: MailAccount, mailbox?: string, uidValidity?: number): Promise<number>;
}

export interface DovecotServer extends DovecotAccess {
  /** PID of the Dovecot master, or undefined while stopped. */
  readonly pid: number | undefined;
  /** Starts again on the same port with the same maildirs and users, after `stop()` or `kill()`. */
  start(): Promise<void>;
  /** Graceful: SIGTERM to the master and its children; clients see the connection close within ~1 s. */
  stop(): Promise<void>;
  /** Crash: SIGKILL to the master and its children; clients see the socket drop with no BYE. */
  kill(): Promise<void>;
  /** Stops the server and deletes its temp dir; the server cannot be started again. */
  dispose(): Promise<void>;
}

export interface StartDovecotOptions {
  /** Name of the account created at start; default `privacy`. */
  user?: string;
  /** A fixed port; by default a free one is probed. */
  port?: number;
}

const host = '127.0.0.1';
// Dovecot's master needs root to switch to the mail user; maildirs belong to this unprivileged pair.
const mailUser = 'nobody';
const mailGroup = 'nogroup';
const startTimeoutMs = 10_000;
const stopTimeoutMs = 10_000;

/** Starts a Dovecot master in the foreground (as our child, so we own its PID) and waits for its port. */
export async function startDovecot(options: StartDovecotOptions = {}): Promise<DovecotServer> {
  const dovecot = findExecutable('dovecot');
  // mkdtemp makes the dir 0700; Dovecot's auth (user dovecot) and imap (user nobody) processes must traverse it.
  const dir = mkdtempSync(join(tmpdir(), 'rightsdesk-dovecot-'));
  chmodSync(dir, 0o755);
  const mailRoot = join(dir, 'mail');
  const passwdDir = join(dir, 'passwd');
  mkdirSync(mailRoot);
  mkdirSync(passwdDir, { mode: 0o755 });
  const mailIds = await idsOf(mailUser);
  chownSync(mailRoot, mailIds.uid, mailIds.gid);

  const port = options.port ?? (await findFreePort(host));
  const configFile = join(dir, 'dovecot.conf');
  writeFileSync(configFile, dovecotConfig({ dir, mailRoot, passwdDir, port }));
  const account = writeAccount(passwdDir, options.user ?? 'privacy', randomBytes(8).toString('hex'));
  const coordinates: DovecotCoordinates = { host, port, account, mailRoot, configFile, passwdDir };

  let master: ChildProcess | undefined;
  const unregister = cleanupOnExit(() => {
    if (master?.pid !== undefined && master.exitCode === null) signal(-master.pid, 'SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  });

  const start = async (): Promise<void> => {
    if (master !== undefined) throw new Error('Dovecot is already running');
    // Output goes to a file, not a pipe: a pipe held by the daemon keeps Node waiting (and hangs execFileSync).
    const output = openSync(join(dir, 'dovecot.stderr'), 'a');
    // detached: its own process group, so one signal to -PID reaches the master and every child it forked.
    const child = spawn(dovecot, ['-F', '-c', configFile], {
      detached: true,
      stdio: ['ignore', output, output],
    });
    closeSync(output);
    child.unref();
    master = child;
    await waitUntil(`Dovecot on ${host}:${port}`, () => isAcceptingConnections(host, port), {
      timeoutMs: startTimeoutMs,
      giveUp: () =>
        child.exitCode !== null || child.signalCode !== null
          ? new Error(`Dovecot exited during start-up:\n${startupOutput(dir)}`)
          : undefined,
    }).catch(async (error: unknown) => {
      await halt('SIGKILL');
      throw error;
    });
  };

  const halt = async (how: 'SIGTERM' | 'SIGKILL'): Promise<void> => {
    const child = master;
    if (child?.pid === undefined) return;
    signal(-child.pid, how);
    if (!(await waitForExit(child, stopTimeoutMs))) {
      signal(-child.pid, 'SIGKILL');
      await waitForExit(child, stopTimeoutMs);
    }
    // The master's exit closes the listener; waiting for the refusal makes an immediate start() safe.
    await waitUntil(`port ${port} to close`, async () => !(await isAcceptingConnections(host, port)), {
      timeoutMs: stopTimeoutMs,
    });
    master = undefined;
  };

  await start();
  return {
    ...dovecotAt(coordinates),
    get pid() {
      return master?.pid;
    },
    start,
    stop: () => halt('SIGTERM'),
    kill: () => halt('SIGKILL'),
    dispose: async () => {
      await halt('SIGTERM');
      unregister();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The helpers for a Dovecot started elsewhere, e.g. by the vitest globalSetup (see `inject('dovecot')`). */
export function dovecotAt(coordinates: DovecotCoordinates): DovecotAccess {
  const imapOptions = (account: MailAccount = coordinates.account): ImapFlowOptions => ({
    host: coordinates.host,
    port: coordinates.port,
    secure: false,
    doSTARTTLS: false,
    auth: { user: account.user, pass: account.password },
    logger: false,
  });
  const doveadm = async (args: readonly string[]): Promise<string> => {
    const { stdout } = await run(findExecutable('doveadm'), ['-c', coordinates.configFile, ...args]);
    return stdout;
  };
  const uidValidityOf = async (account: MailAccount, mailbox = 'INBOX'): Promise<number> => {
    const out = await doveadm([
      '-f',
      'flow',
      'mailbox',
      'status',
      '-u',
      account.user,
      'uidvalidity',
      mailbox,
    ]);
    const match = /uidvalidity=(\d+)/.exec(out);
    if (match?.[1] === undefined) throw new Error(`doveadm printed no uidvalidity for ${mailbox}: ${out}`);
    return Number(match[1]);
  };

  return {
    coordinates,
    host: coordinates.host,
    port: coordinates.port,
    account: coordinates.account,
    user: coordinates.account.user,
    password: coordinates.account.password,
    mailRoot: coordinates.mailRoot,
    imapOptions,
    addUser: async (prefix = 'user') =>
      writeAccount(
        coordinates.passwdDir,
        `${prefix}-${randomBytes(4).toString('hex')}`,
        randomBytes(8).toString('hex'),
      ),
    appendMessages: async (account, messages, mailbox = 'INBOX') => {
      const client = new ImapFlow(imapOptions(account));
      await client.connect();
      try {
        if (mailbox.toUpperCase() !== 'INBOX') await client.mailboxCreate(mailbox);
        const uids: number[] = [];
        for (const message of messages) {
          const appended = await client.append(mailbox, message);
          // Dovecot announces UIDPLUS, so a missing UID means the APPEND did not do what the test assumes.
          if (appended === false || appended.uid === undefined)
            throw new Error(`APPEND to ${mailbox} returned no UID`);
          uids.push(appended.uid);
        }
        return uids;
      } finally {
        await client.logout();
      }
    },
    uidValidityOf,
    // doveadm rewrites the value in the mailbox index, which is exactly what a restored or re-created
    // mailbox looks like to a client: same messages, new UIDVALIDITY. Verified to take effect for the
    // next SELECT without a restart; deleting dovecot-uidlist would also work but renumbers UIDs silently.
    changeUidValidity: async (account, mailbox = 'INBOX', uidValidity) => {
      const current = await uidValidityOf(account, mailbox);
      // UIDVALIDITY is a non-zero 32-bit number (RFC 3501, section 2.3.1.1).
      const next = uidValidity ?? (current >= 0xffff_ffff ? 1 : current + 1);
      if (!Number.isInteger(next) || next < 1 || next > 0xffff_ffff || next === current) {
        throw new Error(`cannot change UIDVALIDITY of ${mailbox} from ${current} to ${next}`);
      }
      await doveadm(['mailbox', 'update', '-u', account.user, '--uid-validity', String(next), mailbox]);
      return next;
    },
  };
}

function dovecotConfig(paths: { dir: string; mailRoot: string; passwdDir: string; port: number }): string {
  const { dir, mailRoot, passwdDir, port } = paths;
  return `# Throwaway Dovecot for Rightsdesk tests: IMAP only, plaintext on ${host}:${port}, maildir.
base_dir = ${dir}/run
state_dir = ${dir}/state
instance_name = rightsdesk-${port}
protocols = imap
listen = ${host}
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
log_path = ${dir}/dovecot.log
mail_location = maildir:${mailRoot}/%u
mail_uid = ${mailUser}
mail_gid = ${mailGroup}
# Test mail is disposable; skipping fsync makes APPEND-heavy fixtures faster.
mail_fsync = never
# Tests log in many times in parallel from one IP; the default of 10 per user+IP would refuse some.
mail_max_userip_connections = 100
# A test that checks a wrong password must not slow every later login from 127.0.0.1: the anvil auth
# penalty (up to 15 s per login from that IP) is switched off, and so is the fixed 2 s failure delay.
auth_failure_delay = 0
service anvil {
  unix_listener anvil-auth-penalty {
    mode = 0
  }
}
passdb {
  driver = passwd-file
  # One file per user: Dovecot re-reads a changed passwd-file at most once per second, so a user appended
  # to a shared file could be refused right after addUser(); a new file is read on first lookup.
  args = scheme=PLAIN username_format=%u ${passwdDir}/%u
}
userdb {
  driver = static
  args = home=${mailRoot}/%u
}
service imap-login {
  inet_listener imap {
    address = ${host}
    port = ${port}
  }
  inet_listener imaps {
    port = 0
  }
}
`;
}

function writeAccount(passwdDir: string, user: string, password: string): MailAccount {
  // The name becomes a file name and a maildir name, so keep it to a safe alphabet.
  if (!/^[a-z0-9][a-z0-9._-]*$/i.test(user)) throw new Error(`invalid IMAP user name: ${user}`);
  const file = join(passwdDir, user);
  writeFileSync(file, `${user}:{PLAIN}${password}\n`, { flag: 'wx' });
  chmodSync(file, 0o644);
  return { user, password };
}

function startupOutput(dir: string): string {
  const read = (name: string): string => {
    try {
      return readFileSync(join(dir, name), 'utf8');
    } catch {
      return '';
    }
  };
  return [read('dovecot.stderr'), read('dovecot.log')].join('\n').trim().split('\n').slice(-20).join('\n');
}

/** Finds a binary on PATH or in the sbin dirs that a non-root PATH often lacks. */
function findExecutable(name: string): string {
  const dirs = [...(process.env['PATH'] ?? '').split(delimiter), '/usr/sbin', '/usr/local/sbin', '/sbin'];
  for (const dir of dirs.filter((each) => each !== '')) {
    const candidate = join(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here; keep looking
    }
  }
  throw new Error(`${name} not found; install the dovecot-imapd package (see .ci/run)`);
}
