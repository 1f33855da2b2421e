/** What the desk is given by the composition root: the ticket store, the organisations' terms, the chats, the clock, and requester mail. */
import type { ExportStore } from '../delivery/ports.js';
import type { TermsOf } from '../tickets/organisation-terms.js';
import type { HeldMailStore } from '../notify/held-mail.js';
import type { ManualIntakeDeps } from '../intake/open-manual-request.js';
import type { TicketStore } from '../tickets/ports.js';
import type { VerifyDeps } from '../verify/ports.js';
import type { TicketNotifier } from './ticket-notifier.js';

export interface DeskDeps {
  readonly tickets: TicketStore;
  readonly termsOf: TermsOf;
  readonly notifier: TicketNotifier;
  readonly now: () => Date;
  /** A chat that could not be told; the change itself is committed and stays. */
  readonly onNotifyError: (error: unknown, reference: string) => void;
  /** Requester letters and verification codes, queued in the change's transaction; absent: none. */
  readonly mail?: VerifyDeps;
  /** The outbox's held emails, for `release`; absent: the command is not available. */
  readonly heldMail?: HeldMailStore;
  /** Exports attached to tickets (issue 15), for `show` and `detach`; absent: neither shows them. */
  readonly exports?: ExportStore;
  /** Opens tickets for requests staff enter by hand (`new`); absent: the command is not available. */
  readonly manualIntake?: ManualIntakeDeps;
}
