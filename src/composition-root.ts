/**
 * The one place that builds every adapter from validated configuration and wires them into the
 * use-cases. Commands and the long-running process get an App from here; nothing else constructs
 * a database client, a logger or a parser.
 */
import { parseEmail } from './adapters/mime/parse-email.js';
import { type Database, openDatabase } from './adapters/db/database.js';
import { createIntakeStore } from './adapters/db/intake-store.js';
import { folderMailboxId, syncOrganisations } from './adapters/db/organisations-store.js';
import { createLogger, type Logger } from './adapters/log/logger.js';
import type { IntakeDeps } from './app/intake/ingest-batch.js';
import type { MailboxRef } from './app/intake/ports.js';
import { type Env, loadEnv } from './config/env.js';
import { type LoadedOrganisation, loadOrganisations } from './config/organisations.js';
import { installationSecret } from './config/secret.js';
import { type ParsedEmail, recipientAddressesOf } from './domain/email/parsed-email.js';
import { checkMessageId } from './domain/intake/message-ids.js';

export interface App {
  readonly env: Env;
  readonly organisations: readonly LoadedOrganisation[];
  readonly database: Database;
  readonly log: Logger;
  readonly intake: IntakeDeps;
  /** The folder mailbox of the organisation whose address received the email. */
  routeByRecipient(email: ParsedEmail): MailboxRef | null;
  close(): Promise<void>;
}

export async function compose(environment: Readonly<Record<string, string | undefined>>): Promise<App> {
  const env = loadEnv(environment);
  const organisations = loadOrganisations(env.RIGHTSDESK_ORGANISATIONS_DIR);
  const log = createLogger(env.LOG_LEVEL);
  const secret = installationSecret(env);
  const database = await openDatabase(env.DATABASE_URL);
  await syncOrganisations(database.db, organisations);

  const ownAddresses = organisations.flatMap((o) => o.organisation.addresses);
  const byAddress = new Map<string, MailboxRef>(
    organisations.flatMap(({ organisation: org }) =>
      org.addresses.map(
        (address) => [address, { organisationId: org.id, mailboxId: folderMailboxId(org.id) }] as const,
      ),
    ),
  );
  const parseOptions = { maxAttachmentBytes: env.INTAKE_MAX_ATTACHMENT_BYTES, maxHtmlBytes: 2 * 1024 * 1024 };

  const intake: IntakeDeps = {
    store: createIntakeStore(database.db),
    parse: (raw) => parseEmail(raw, parseOptions),
    automaticContext: { ownAddresses, isOwnMessageId: (id) => checkMessageId(id, secret).kind === 'ours' },
    checkMessageId: (id) => checkMessageId(id, secret),
    now: () => new Date(),
  };

  return {
    env,
    organisations,
    database,
    log,
    intake,
    routeByRecipient: (email) =>
      recipientAddressesOf(email)
        .map((a) => byAddress.get(a))
        .find((m) => m !== undefined) ?? null,
    close: () => database.close(),
  };
}
