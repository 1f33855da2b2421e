// Process and port plumbing shared by the throwaway test servers (Dovecot, PostgreSQL): free ports,
// readiness polling, and a last-resort cleanup when the Node process exits without a teardown.
import { type ChildProcess, execFile } from 'node:child_process';
import { connect, createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Asks the kernel for a free port. Servers that cannot bind port 0 themselves (Dovecot) need this. */
export async function findFreePort(host: string): Promise<number> {
  return await new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, host, () => {
      const address = probe.address();
      probe.close(() => {
        if (address !== null && typeof address === 'object') resolve(address.port);
        else reject(new Error('the probe server reported no port'));
      });
    });
  });
}

/** True when a TCP connection to host:port is accepted right now. */
export async function isAcceptingConnections(host: string, port: number): Promise<boolean> {
  return await new Promise((resolve) => {
    const socket = connect({ host, port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => {
      socket.destroy();
      resolve(false);
    });
  });
}

/**
 * Polls `check` until it returns true. `giveUp` lets the caller stop early with its own error, e.g. when
 * the server process already died, so a broken config fails in milliseconds instead of at the timeout.
 */
export async function waitUntil(
  what: string,
  check: () => Promise<boolean>,
  options: { timeoutMs: number; giveUp?: () => Error | undefined },
): Promise<void> {
  const deadline = Date.now() + options.timeoutMs;
  for (;;) {
    if (await check()) return;
    const failure = options.giveUp?.();
    if (failure !== undefined) throw failure;
    if (Date.now() > deadline) throw new Error(`timed out after ${options.timeoutMs} ms waiting for ${what}`);
    await sleep(10);
  }
}

/** Resolves once the child has exited; false if it was still running at the timeout. */
export async function waitForExit(child: ChildProcess, timeoutMs: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return true;
  return await new Promise((resolve) => {
    const timer = setTimeout(() => {
      child.off('exit', onExit);
      resolve(false);
    }, timeoutMs);
    const onExit = (): void => {
      clearTimeout(timer);
      resolve(true);
    };
    child.once('exit', onExit);
  });
}

/** Sends a signal, treating "no such process" as success: the server is already gone. */
export function signal(pid: number, name: NodeJS.Signals): void {
  try {
    process.kill(pid, name);
  } catch (error) {
    if (!(error instanceof Error && 'code' in error && error.code === 'ESRCH')) throw error;
  }
}

// One process-wide list instead of listeners per server, so starting many servers in one test file does
// not trip Node's MaxListeners warning.
const exitCleanups = new Set<() => void>();
let exitHooksInstalled = false;

function runExitCleanups(): void {
  for (const each of exitCleanups) {
    try {
      each();
    } catch {
      // Best effort at exit: one failed cleanup must not stop the others.
    }
  }
  exitCleanups.clear();
}

/**
 * Registers a synchronous cleanup (kill by PID, delete the temp dir) that runs if the process ends while
 * the server is still up: a normal exit without teardown, or SIGTERM/SIGHUP (which skip 'exit' handlers).
 * Returns the function that unregisters it.
 */
export function cleanupOnExit(cleanup: () => void): () => void {
  if (!exitHooksInstalled) {
    exitHooksInstalled = true;
    process.once('exit', runExitCleanups);
    for (const name of ['SIGTERM', 'SIGHUP'] as const) {
      const onSignal = (): void => {
        runExitCleanups();
        process.off(name, onSignal);
        // Re-raise so the process still dies as it would have, unless someone else (vitest) handles it.
        if (process.listenerCount(name) === 0) process.kill(process.pid, name);
      };
      process.on(name, onSignal);
    }
  }
  exitCleanups.add(cleanup);
  return () => {
    exitCleanups.delete(cleanup);
  };
}

/** Numeric uid and primary gid of a system user, for chown and for spawning as that user. */
export async function idsOf(user: string): Promise<{ uid: number; gid: number }> {
  const [uid, gid] = await Promise.all([run('id', ['-u', user]), run('id', ['-g', user])]);
  return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
}
