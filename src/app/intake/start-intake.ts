/**
 * Starts watching every configured IMAP mailbox and returns a handle that stops them all. The
 * watcher factory is injected so this use-case does not depend on the IMAP adapter.
 */
import type { ImapMailbox } from '../../config/mailbox-credentials.js';

export interface Watch {
  syncNow(): Promise<void>;
  /** True while another process reads this mailbox and this one waits to take over. */
  standingBy(): boolean;
  stop(): Promise<void>;
}

export interface RunningIntake {
  readonly watches: ReadonlyMap<string, Watch>;
  syncAll(): Promise<void>;
  stop(): Promise<void>;
}

export function startIntake(
  mailboxes: readonly ImapMailbox[],
  watch: (mailbox: ImapMailbox) => Watch,
): RunningIntake {
  const watches = new Map(mailboxes.map((m) => [m.mailboxId, watch(m)] as const));
  return {
    watches,
    syncAll: async () => {
      await Promise.all([...watches.values()].map((w) => w.syncNow()));
    },
    stop: async () => {
      await Promise.all([...watches.values()].map((w) => w.stop()));
    },
  };
}
