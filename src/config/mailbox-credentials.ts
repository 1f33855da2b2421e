/**
 * Resolves the IMAP credentials of every configured mailbox from the environment variables its YAML
 * names. All missing variables are reported together, before any mailbox starts.
 */
import { ConfigError } from './errors.js';
import type { ImapConfig } from './organisation-schema.js';
import type { LoadedOrganisation } from './organisations.js';

export interface ImapMailbox {
  readonly organisationId: string;
  readonly mailboxId: string;
  readonly imap: ImapConfig;
  readonly user: string;
  readonly password: string;
}

export function imapMailboxes(
  loaded: readonly LoadedOrganisation[],
  env: Readonly<Record<string, string | undefined>>,
): ImapMailbox[] {
  const problems: string[] = [];
  const mailboxes: ImapMailbox[] = [];
  for (const { organisation, file } of loaded) {
    organisation.mailboxes.forEach((mailbox, i) => {
      if (!mailbox.imap) return;
      const user = env[mailbox.imap.userEnv];
      const password = env[mailbox.imap.passwordEnv];
      if (!user)
        problems.push(
          `${file}: mailboxes.${i}.imap.userEnv: environment variable ${mailbox.imap.userEnv} is not set`,
        );
      if (!password)
        problems.push(
          `${file}: mailboxes.${i}.imap.passwordEnv: environment variable ${mailbox.imap.passwordEnv} is not set`,
        );
      if (user && password)
        mailboxes.push({
          organisationId: organisation.id,
          mailboxId: mailbox.id,
          imap: mailbox.imap,
          user,
          password,
        });
    });
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return mailboxes;
}
