/**
 * The requester's side of the reminders pass (issue 15, item 4) wired to the database, the outbox and
 * the chats that are configured: `rightsdesk remind` runs it once beside the staff reminders, `run` on
 * REMIND_SCHEDULE under the timers' lease.
 */
import type { Db } from './adapters/db/database.js';
import type { Logger } from './adapters/log/logger.js';
import { createVerificationWaitStore } from './adapters/db/verification-wait-store.js';
import type { TicketThreadPoster } from './app/desk/ticket-threads.js';
import { runVerificationWait, type WaitReport } from './app/verify/verification-wait-pass.js';
import type { RequesterMail } from './compose-requester-mail.js';
import type { TicketsModule } from './compose-tickets.js';
import type { LoadedOrganisation } from './config/organisations.js';

export interface VerificationWait {
  /** One pass at `now` (the clock by default): reminders given and tickets closed, by organisation. */
  runNow(now?: Date): Promise<WaitReport[]>;
}

export function composeVerificationWait(deps: {
  readonly db: Db;
  readonly organisations: readonly LoadedOrganisation[];
  readonly tickets: TicketsModule;
  readonly requesterMail: RequesterMail;
  readonly threads: readonly TicketThreadPoster[];
  readonly log: Logger;
}): VerificationWait {
  const store = createVerificationWaitStore(deps.db);
  const organisations = deps.organisations.map(({ organisation: o }) => ({
    id: o.id,
    zone: o.timezone,
    remindAfterDays: o.verification.remindAfterDays,
    closeAfterDays: o.verification.closeUnverifiedAfterDays,
  }));
  return {
    runNow: (now = new Date()) =>
      runVerificationWait(
        {
          store,
          tickets: deps.tickets.store,
          termsOf: deps.tickets.termsOf,
          mailStore: deps.requesterMail.store,
          mail: deps.requesterMail.deps,
          notifier: deps.tickets.desk.notifier,
          threads: deps.threads,
          onError: (error, reference) =>
            deps.log.warn({ err: error, reference }, 'verification reminder or closing failed'),
        },
        organisations,
        now,
      ),
  };
}
