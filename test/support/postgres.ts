// Throwaway PostgreSQL cluster on 127.0.0.1 for integration tests: initdb into a temp dir, trust auth,
// fsync off, and a helper that creates one database per test file so tests never share tables.
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { chownSync, closeSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { cleanupOnExit, findFreePort, idsOf, signal, waitForExit, waitUntil } from './processes.js';

const run = promisify(execFile);

/** Everything a test process needs to reach the cluster; plain data, so vitest can `provide` it. */
export interface PostgresCoordinates {
  host: string;
  port: number;
  /** Superuser; trust auth, so there is no password. */
  user: string;
}

export interface PostgresAccess {
  readonly coordinates: PostgresCoordinates;
  /** Connection URL of a database on this cluster, for pg or Prisma's adapter. */
  url(database: string): string;
  /** Creates an empty database and returns its URL. Fails if the name is taken, so pick a unique one. */
  createDatabase(name: string): Promise<string>;
}

export interface PostgresServer extends PostgresAccess {
  readonly pid: number | undefined;
  /** Fast shutdown (SIGINT: sessions are cut, no data kept), then the cluster's temp dir is deleted. */
  stop(): Promise<void>;
}

const host = '127.0.0.1';
const superuser = 'postgres';
const startTimeoutMs = 30_000;
const stopTimeoutMs = 10_000;

/** initdb + postgres as our own child process (so we own its PID), waiting until it accepts queries. */
export async function startPostgres(): Promise<PostgresServer> {
  const bin = postgresBinDir();
  // initdb and postgres refuse to run as root; as root we run them as the package's `postgres` user.
  const owner = process.getuid?.() === 0 ? await idsOf('postgres') : undefined;
  const dir = mkdtempSync(join(tmpdir(), 'rightsdesk-postgres-'));
  if (owner !== undefined) chownSync(dir, owner.uid, owner.gid);
  const dataDir = join(dir, 'data');

  let postmaster: ChildProcess | undefined;
  const unregister = cleanupOnExit(() => {
    // SIGQUIT is immediate shutdown: the postmaster kills its backends itself, even from a dying parent.
    if (postmaster?.pid !== undefined && postmaster.exitCode === null) signal(postmaster.pid, 'SIGQUIT');
    rmSync(dir, { recursive: true, force: true });
  });

  try {
    // --no-sync and fsync=off: the cluster lives for one test run, durability buys nothing.
    await run(
      join(bin, 'initdb'),
      ['-D', dataDir, '-U', superuser, '--auth=trust', '-E', 'UTF8', '--no-locale', '--no-sync'],
      { ...owner, cwd: dir },
    );
    const port = await findFreePort(host);
    const log = openSync(join(dir, 'postgres.log'), 'a');
    // -k puts the Unix socket in our temp dir instead of the system one, which may not be writable.
    const settings = ['-c', `listen_addresses=${host}`, '-p', String(port), '-k', dir];
    const speed = ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'];
    const child = spawn(join(bin, 'postgres'), ['-D', dataDir, ...settings, ...speed], {
      ...owner,
      cwd: dir,
      stdio: ['ignore', log, log],
    });
    closeSync(log);
    child.unref();
    postmaster = child;

    const coordinates: PostgresCoordinates = { host, port, user: superuser };
    const access = postgresAt(coordinates);
    await waitUntil(`PostgreSQL on ${host}:${port}`, () => acceptsQueries(access.url('postgres')), {
      timeoutMs: startTimeoutMs,
      giveUp: () =>
        child.exitCode !== null || child.signalCode !== null
          ? new Error(`PostgreSQL exited during start-up:\n${logTail(dir)}`)
          : undefined,
    });

    return {
      ...access,
      get pid() {
        return postmaster?.pid;
      },
      stop: async () => {
        await halt(postmaster);
        postmaster = undefined;
        unregister();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await halt(postmaster);
    unregister();
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}

/** The helpers for a cluster started elsewhere, e.g. by the vitest globalSetup (see `inject('postgres')`). */
export function postgresAt(coordinates: PostgresCoordinates): PostgresAccess {
  const url = (database: string): string =>
    `postgresql://${coordinates.user}@${coordinates.host}:${coordinates.port}/${encodeURIComponent(database)}`;
  return {
    coordinates,
    url,
    createDatabase: async (name) => {
      // CREATE DATABASE takes no bind parameters, so the name is restricted instead of quoted.
      if (!/^[a-z_][a-z0-9_]{0,62}$/.test(name)) throw new Error(`invalid database name: ${name}`);
      const client = new pg.Client({ connectionString: url('postgres') });
      await client.connect();
      try {
        await client.query(`CREATE DATABASE ${name}`);
      } finally {
        await client.end();
      }
      return url(name);
    },
  };
}

async function halt(postmaster: ChildProcess | undefined): Promise<void> {
  if (postmaster?.pid === undefined) return;
  // SIGINT is PostgreSQL's "fast" shutdown: open sessions are terminated instead of waited for.
  signal(postmaster.pid, 'SIGINT');
  if (!(await waitForExit(postmaster, stopTimeoutMs))) {
    signal(postmaster.pid, 'SIGQUIT');
    await waitForExit(postmaster, stopTimeoutMs);
  }
}

async function acceptsQueries(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1_000 });
  // A refused connection also emits 'error' on the client; without a listener that would crash the process.
  client.on('error', () => {});
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    // Refused, or "the database system is starting up": not ready yet.
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

/** Debian installs server binaries per major version, off PATH; take the newest installed. */
function postgresBinDir(): string {
  const root = '/usr/lib/postgresql';
  let versions: string[] = [];
  try {
    versions = readdirSync(root).filter((each) => /^\d+$/.test(each));
  } catch {
    // handled below
  }
  const newest = versions.sort((a, b) => Number(b) - Number(a))[0];
  if (newest === undefined)
    throw new Error(`no PostgreSQL server under ${root}; install the postgresql package`);
  return join(root, newest, 'bin');
}

function logTail(dir: string): string {
  try {
    return readFileSync(join(dir, 'postgres.log'), 'utf8').trim().split('\n').slice(-20).join('\n');
  } catch {
    return '(no log)';
  }
}
