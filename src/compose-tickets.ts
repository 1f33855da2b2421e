/**
 * The ticket part of the composition root: the ticket store, the audit trail reader, each
 * organisation's terms (time zone, holidays, laws, recipients, purge rules), the desk (with the
 * requester letters its decisions send) and the chats' announcement of new tickets, wired from
 * validated configuration. `composition-root.ts` calls it once.
 */
import { createIntakeStore } from './adapters/db/intake-store.js';
import type { AppealingReply } from './app/intake/intake-outcome.js';
import type { ManualIntakeDeps } from './app/intake/open-manual-request.js';
import { createIntakeMailHooks } from './app/notify/intake-mail-hooks.js';
import { openingsFor } from './app/tickets/opening-terms.js';
import { createAuditTrailReader } from './adapters/db/audit-store.js';
import type { Database } from './adapters/db/database.js';
import { createHeldMailStore } from './adapters/db/held-mail-store.js';
import { createPurgeStore } from './adapters/db/purge-store.js';
import { createExportStore } from './adapters/db/export-store.js';
import { createTicketStore } from './adapters/db/ticket-store.js';
import type { Logger } from './adapters/log/logger.js';
import type { AuditTrailReader } from './app/audit/audit-draft.js';
import { announceNewTickets } from './app/desk/announce-new-tickets.js';
import { auditRefusal } from './app/desk/refusal-audit.js';
import { createSerialQueue } from './app/serial-queue.js';
import { type DeskDeps, executeDeskCommand } from './app/desk/execute-desk-command.js';
import type { DeskActor, DeskReply } from './app/desk/desk-reply.js';
import { notifyAll, type TicketNotifier } from './app/desk/ticket-notifier.js';
import type { OrganisationTerms, TermsOf } from './app/tickets/organisation-terms.js';
import type { TicketStore } from './app/tickets/ports.js';
import type { PurgeStore } from './app/tickets/purge-retention.js';
import type { VerifyDeps } from './app/verify/ports.js';
import type { LoadedOrganisation } from './config/organisations.js';
import type { DeskCommand } from './domain/desk/desk-command.js';

/** The requester, when their own reply appeals: recorded as such; the agent's role lets the desk open it. */
const REQUESTER: DeskActor = { id: 'requester', role: 'agent' };

/** At most this many recently changed tickets are compared with the chats' messages in one pass. */
const RESYNC_LIMIT = 1000;

export interface TicketsModule {
  readonly store: TicketStore;
  readonly auditTrail: AuditTrailReader;
  readonly termsOf: TermsOf;
  readonly allTerms: readonly OrganisationTerms[];
  readonly purge: PurgeStore;
  /** Chat adapters add their notifier here at start; every change is fanned out to all of them. */
  readonly notifiers: TicketNotifier[];
  readonly desk: DeskDeps;
  /** The desk as the chat adapters call it. */
  execute(actor: DeskActor, command: DeskCommand): Promise<DeskReply>;
  /**
   * Queues tickets intake has just opened (after it committed) to be posted to every chat, in the
   * background: a slow or rate-limited chat must not hold the next batch back.
   */
  announceOpened(references: readonly string[]): void;
  /** Resolves once every queued chat post and edit is done (tests; before the chats stop or the database closes). */
  announcementsIdle(): Promise<void>;
  /**
   * Queues, for each chat, the tickets changed since `since` whose channel message is missing or shows an
   * older version (a post or an edit that failed, or was lost when the process stopped); returns how many.
   */
  resyncChats(since: Date): Promise<number>;
  /**
   * Opens the appeal a requester's committed reply asks for: the same desk command staff use, recorded as
   * the requester's; a reply to a ticket that cannot be appealed changes nothing.
   */
  appealFromReplies(replies: readonly AppealingReply[]): Promise<void>;
  /** Audits a chat user with no role refused `command` (issue 7: a denied action is answered and audited). */
  refuseUnknown(actorId: string, command: string): Promise<void>;
}

/** `new`: tickets opened by staff through intake's store, on the terms and acknowledgement an email gets. */
function manualIntakeDeps(
  input: { readonly database: Database; readonly now: () => Date; readonly mail?: VerifyDeps },
  terms: ReadonlyMap<string, OrganisationTerms>,
  termsOf: TermsOf,
): ManualIntakeDeps {
  return {
    store: createIntakeStore(input.database.db, input.database.provider),
    termsOf,
    openingsFor: (organisationId, types, receivedAt, request) => {
      const org = termsOf(organisationId);
      if (!org) throw new Error(`no terms for organisation ${organisationId}`);
      const otherAddresses = [...terms.values()]
        .filter((t) => t.id !== organisationId)
        .flatMap((t) => t.addresses);
      return openingsFor(org, types, receivedAt, { ...request, otherAddresses });
    },
    now: input.now,
    ...(input.mail ? { mail: createIntakeMailHooks(input.mail) } : {}),
  };
}

export function organisationTerms(loaded: LoadedOrganisation): OrganisationTerms {
  const org = loaded.organisation;
  return {
    id: org.id,
    zone: org.timezone,
    holidays: org.holidays ?? null,
    jurisdictions: org.jurisdictions,
    recipients: org.recipients,
    purge: org.purge,
    policy: {
      rights: org.rights,
      minimumAge: org.minimumAge,
      sellsPersonalData: org.sellsPersonalData,
    },
    addresses: org.addresses,
    dataSystems: org.dataSystems.map((system) => ({
      ...system,
      owner: { slack: system.owner.slack ?? null, discord: system.owner.discord ?? null },
    })),
  };
}

export function composeTickets(input: {
  readonly database: Database;
  /** The audit reader streams on a driver connection of its own. */
  readonly databaseUrl: string;
  readonly organisations: readonly LoadedOrganisation[];
  readonly log: Logger;
  readonly now: () => Date;
  /** Requester letters and verification codes for the desk's decisions (requester mail's deps). */
  readonly mail?: VerifyDeps;
}): TicketsModule {
  const { database, log } = input;
  const terms = new Map(input.organisations.map((o) => [o.organisation.id, organisationTerms(o)]));
  const termsOf: TermsOf = (id) => terms.get(id) ?? null;
  const store = createTicketStore(database.db, database.provider);
  const notifiers: TicketNotifier[] = [];
  /** Chat work that nobody waits for: announcements and channel edits, in order, one at a time. */
  const chatWork = createSerialQueue();
  const inBackground = (job: () => Promise<void>, failure: string) => {
    chatWork.run(job).catch((error: unknown) => log.error({ err: error }, failure));
  };
  /** Queues posting `references` through `notifier`; a failure is logged, never thrown. */
  const announce = (notifier: TicketNotifier, references: readonly string[]) =>
    inBackground(
      () => announceNewTickets({ ...desk, notifier }, references),
      'announcing new tickets failed',
    );
  const toChats = notifyAll(notifiers, (error) =>
    log.error({ err: error }, 'a chat could not be told of a change'),
  );
  const desk: DeskDeps = {
    tickets: store,
    termsOf,
    notifier: {
      ticketOpened: toChats.ticketOpened,
      // Staff are answered without waiting for the chats to edit their channel messages (Slack allows
      // about one post a second in a channel): the edits leave in order from the background queue.
      ticketChanged: async (ticket) => {
        if (notifiers.length > 0)
          inBackground(() => toChats.ticketChanged(ticket), 'editing a channel message failed');
      },
    },
    now: input.now,
    exports: createExportStore(database.db, database.provider),
    onNotifyError: (error, reference) => log.error({ err: error, reference }, 'notifying chat failed'),
    ...(input.mail
      ? { mail: input.mail, heldMail: createHeldMailStore(database.db, database.provider) }
      : {}),
    manualIntake: manualIntakeDeps(input, terms, termsOf),
  };
  return {
    store,
    auditTrail: createAuditTrailReader(input.databaseUrl),
    termsOf,
    allTerms: [...terms.values()],
    purge: createPurgeStore(database.db, database.provider),
    notifiers,
    desk,
    execute: (actor, command) => executeDeskCommand(desk, actor, command),
    announceOpened: (references) => {
      // Without a chat there is no one to tell, and no reason to read the tickets back.
      if (notifiers.length === 0 || references.length === 0) return;
      announce(toChats, references);
    },
    announcementsIdle: () => chatWork.idle(),
    async appealFromReplies(replies) {
      for (const { reference, backlog } of replies) {
        try {
          const command = { name: 'appeal', reference, note: null, ...(backlog ? { backlog } : {}) } as const;
          const reply = await executeDeskCommand(desk, REQUESTER, command);
          if (reply.kind === 'error')
            log.info({ reference, code: reply.code }, 'a reply appealed; no appeal opened');
        } catch (error) {
          log.error({ err: error, reference }, 'opening an appeal from a reply failed');
        }
      }
    },
    refuseUnknown: (actorId, command) =>
      auditRefusal(store, {
        actorId,
        command,
        code: 'no_role',
        role: null,
        reference: null,
        at: input.now(),
      }),
    async resyncChats(since) {
      const changed = await store.changedSince(since, RESYNC_LIMIT);
      let queued = 0;
      for (const notifier of notifiers) {
        const behind = (await notifier.outOfDate?.(changed)) ?? [];
        if (behind.length === 0) continue;
        queued += behind.length;
        announce(notifier, behind); // this chat alone: the others are up to date
      }
      return queued;
    },
  };
}
