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
import { createMailboxLeases } from './adapters/db/leases.js';
import { createMailboxStateStore } from './adapters/db/mailbox-state.js';
import { watchMailbox } from './adapters/imap/watch-mailbox.js';
import type { IntakeDeps } from './app/intake/intake-deps.js';
import { announcedTicketReferences, appealingReplies } from './app/intake/intake-outcome.js';
import { createBacklogSummary } from './app/intake/backlog-summary.js';
import { type RunningIntake, startIntake } from './app/intake/start-intake.js';
import { imapMailboxes } from './config/mailbox-credentials.js';
import type { MailboxRef } from './app/intake/ports.js';
import { type Env, loadEnv } from './config/env.js';
import { type LoadedOrganisation, loadOrganisations } from './config/organisations.js';
import { installationSecret } from './config/secret.js';
import { type ParsedEmail, recipientAddressesOf } from './domain/email/parsed-email.js';
import { classifyEmail, createClassifier } from './domain/classify/classify-email.js';
import { loadNgramModel } from './adapters/classifier-model/load-ngram-model.js';
import { loadLanguageDetector } from './adapters/classifier-model/load-language-detector.js';
import { checkMessageId } from './domain/intake/message-ids.js';
import { createRequesterMail, type RequesterMail } from './compose-requester-mail.js';
import { composeTickets, type TicketsModule } from './compose-tickets.js';
import { composeExports, type ExportsModule } from './compose-exports.js';
import { composeChats, type Digests } from './compose-chats.js';
import { composeStaffReminders, type StaffReminders } from './compose-reminders.js';
import { composeVerificationWait, type VerificationWait } from './compose-verification-wait.js';
import { composeRequesterReplies, type RequesterReplies } from './compose-requester-replies.js';
import { openingsFor } from './app/tickets/opening-terms.js';
import type { SlackAdapter } from './adapters/slack/slack-adapter.js';
import type { DiscordAdapter } from './adapters/discord/discord-adapter.js';
import { chatSettings } from './config/chat-settings.js';
import type { OperationsMetrics } from './adapters/metrics/operations-metrics.js';

export interface App {
  readonly env: Env;
  readonly organisations: readonly LoadedOrganisation[];
  readonly database: Database;
  readonly log: Logger;
  readonly intake: IntakeDeps;
  /** Requester email (outbox, sender loop) and identity verification (issue 6). */
  readonly requesterMail: RequesterMail;
  /** Tickets, the desk (`/rights` commands) and the audit trail (issue 5). */
  readonly tickets: TicketsModule;
  /** The Slack adapter when SLACK_BOT_TOKEN is set (issue 7); `run` starts it. Its notifier is wired in. */
  readonly slack: SlackAdapter | null;
  /** The Discord adapter when DISCORD_BOT_TOKEN is set; `run` starts it. Its notifier is wired in. */
  readonly discord: DiscordAdapter | null;
  /** The managers' weekly digest: posted now (tests, a manual run), or on DIGEST_SCHEDULE by `run`. */
  readonly digests: Digests;
  /** Staff reminders of tickets due soon and overdue, posted to the triage channels (issue 15). */
  readonly reminders: StaffReminders;
  /** Files attached to tickets for their requesters, and their retention purge (issue 15). */
  readonly exports: ExportsModule;
  /** Requesters reminded of an unanswered identity check, and such requests closed unverified (issue 15). */
  readonly verificationWait: VerificationWait;
  /** Requesters' emailed replies, redacted, in their tickets' chat threads (issue 15). */
  readonly requesterReplies: RequesterReplies;
  /**
   * Prometheus metrics (counters of this process, gauges read from the database at scrape time); null
   * unless METRICS_PORT is set, so a process nobody scrapes never loads prom-client (issue 17: idle memory).
   */
  readonly metrics: OperationsMetrics | null;
  /** The folder mailbox of the organisation whose address received the email. */
  routeByRecipient(email: ParsedEmail): MailboxRef | null;
  /** Watches every mailbox that has IMAP settings; fails before starting any when a credential is missing. */
  startImapIntake(): RunningIntake;
  close(): Promise<void>;
}

export async function compose(
  environment: Readonly<Record<string, string | undefined>>,
  /** The desk's clock (tests fix it; legal windows such as the extension notice's depend on it). */
  options: { readonly deskNow?: () => Date } = {},
): Promise<App> {
  const env = loadEnv(environment);
  // Checked before anything opens, so a refused start leaves no database handle behind.
  const chatConfig = chatSettings(env);
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
  const parseOptions = {
    maxAttachmentBytes: env.INTAKE_MAX_ATTACHMENT_BYTES,
    maxTextChars: env.INTAKE_MAX_TEXT_CHARS,
  };

  const automaticContext = {
    ownAddresses,
    isOwnMessageId: (id: string) => checkMessageId(id, secret).kind === 'ours',
  };
  const classifier = createClassifier(loadLanguageDetector(), automaticContext, loadNgramModel());

  const requesterMail = createRequesterMail({ env, environment, organisations, database, secret, log });
  const tickets = composeTickets({
    database,
    databaseUrl: env.DATABASE_URL,
    organisations,
    log,
    now: options.deskNow ?? (() => new Date()),
    mail: requesterMail.deps,
  });
  const exports = composeExports({ database, organisations, now: options.deskNow ?? (() => new Date()) });
  const { slack, discord, chats, digests } = await composeChats({
    env,
    settings: chatConfig,
    organisations,
    database,
    tickets,
    exports,
    log,
  });
  const metrics =
    env.METRICS_PORT === undefined
      ? null
      : (await import('./adapters/metrics/operations-metrics.js')).createOperationsMetrics(
          database.db,
          () => new Date(),
        );
  const requesterReplies = composeRequesterReplies({
    db: database.db,
    threads: chats.map((chat) => chat.threads),
    log,
    otherPostsPerHour: env.CHAT_OTHER_REPLY_POSTS_PER_HOUR,
    announcesBacklog: (mailboxId) =>
      organisations.some((o) =>
        o.organisation.mailboxes.some((m) => m.id === mailboxId && m.imap?.backlog.announce === true),
      ),
  });
  const intake: IntakeDeps = {
    store: createIntakeStore(database.db, database.provider),
    parse: (raw) => parseEmail(raw, parseOptions),
    automaticContext,
    checkMessageId: (id) => checkMessageId(id, secret),
    classify: (email) => classifyEmail(classifier, email),
    triageThreshold: env.TRIAGE_CONFIDENCE_THRESHOLD,
    openingsFor: (organisationId, types, receivedAt, request) => {
      const terms = tickets.termsOf(organisationId);
      if (!terms) throw new Error(`no terms for organisation ${organisationId}`);
      const otherAddresses = tickets.allTerms
        .filter((t) => t.id !== organisationId)
        .flatMap((t) => t.addresses);
      return openingsFor(terms, types, receivedAt, { ...request, otherAddresses });
    },
    now: () => new Date(),
    messageBudgetMs: env.INTAKE_MESSAGE_BUDGET_MS,
    mail: requesterMail.intakeHooks,
    // Intake knows no chat: it hands over what it committed, and the tickets module tells the chats.
    afterCommit: [
      { step: 'metrics', run: (outcomes) => metrics?.recordIntake(outcomes) },
      { step: 'announce', run: (outcomes) => tickets.announceOpened(announcedTicketReferences(outcomes)) },
      {
        step: 'post replies',
        run: (outcomes) =>
          requesterReplies.postFor(outcomes.flatMap((o) => (o.kind === 'reply' ? [o.ticketReference] : []))),
      },
      { step: 'appeals', run: (outcomes) => tickets.appealFromReplies(appealingReplies(outcomes)) },
    ],
    reportAfterCommitFailure: (step, error, references) =>
      log.error(
        { err: error, step, tickets: references },
        'a step after intake committed failed; intake goes on',
      ),
  };

  return {
    env,
    organisations,
    database,
    log,
    intake,
    requesterMail,
    tickets,
    slack,
    discord,
    digests,
    reminders: composeStaffReminders({
      db: database.db,
      organisations,
      chats: chats.map((chat) => chat.reminders),
      log,
    }),
    requesterReplies,
    verificationWait: composeVerificationWait({
      db: database.db,
      organisations,
      tickets,
      requesterMail,
      threads: chats.map((chat) => chat.threads),
      log,
    }),
    metrics,
    exports,
    routeByRecipient: (email) =>
      recipientAddressesOf(email)
        .map((a) => byAddress.get(a))
        .find((m) => m !== undefined) ?? null,
    startImapIntake: () => {
      const state = createMailboxStateStore(database.db);
      // Issue 17: one post for a catch-up's backlog instead of one per ticket.
      const backlogSummary = createBacklogSummary({
        chats: chats.map((chat) => chat.threads),
        onPostError: (error, mailbox) => log.warn({ err: error, mailbox }, 'backlog summary not posted'),
        onPosted: (mailbox, count) => log.info({ mailbox, chats: count }, 'backlog summary posted'),
      });
      const leases = createMailboxLeases(env.DATABASE_URL, database.provider);
      return startIntake(imapMailboxes(organisations, environment), (mailbox) =>
        watchMailbox({
          mailbox,
          imap: mailbox.imap,
          connection: {
            host: mailbox.imap.host,
            port: mailbox.imap.port,
            secure: mailbox.imap.secure,
            user: mailbox.user,
            password: mailbox.password,
          },
          state,
          intake,
          batchSize: env.INTAKE_BATCH_SIZE,
          maxBatchBytes: Math.max(env.INTAKE_MAX_MESSAGE_BYTES, 32 * 1024 * 1024),
          maxMessageBytes: env.INTAKE_MAX_MESSAGE_BYTES,
          stepTimeoutMs: env.INTAKE_STEP_TIMEOUT_SECONDS * 1000,
          pollMs: env.INTAKE_POLL_SECONDS * 1000,
          reconnectMaxMs: env.INTAKE_RECONNECT_MAX_SECONDS * 1000,
          random: Math.random,
          acquireLease: (mailboxId) => leases.acquire(mailboxId),
          log,
          backlogCaughtUp: backlogSummary,
        }),
      );
    },
    close: async () => {
      await tickets.announcementsIdle();
      await requesterReplies.idle();
      await requesterMail.close();
      await database.close();
    },
  };
}
