/**
 * Tells the chats of tickets that intake has just opened (after its transaction committed), each with
 * the channel view, so the triage channel hears of a request when it arrives, not at its first change;
 * also used to bring a channel message that fell behind up to date. A chat or read failure is reported
 * per ticket and never undoes intake.
 */
import type { TermsOf } from '../tickets/organisation-terms.js';
import type { TicketStore } from '../tickets/ports.js';
import { ticketView } from '../tickets/ticket-view.js';
import type { TicketNotifier } from './ticket-notifier.js';

export interface AnnounceDeps {
  readonly tickets: Pick<TicketStore, 'findByReference'>;
  readonly termsOf: TermsOf;
  readonly notifier: TicketNotifier;
  readonly now: () => Date;
  /** Carries the reference only; the error must not be logged with the ticket's personal data. */
  readonly onNotifyError: (error: unknown, reference: string) => void;
}

export async function announceNewTickets(deps: AnnounceDeps, references: readonly string[]): Promise<void> {
  for (const reference of references) {
    try {
      const ticket = await deps.tickets.findByReference(reference);
      if (!ticket) continue;
      // `role` null: the channel view, requester masked, no actions.
      const view = ticketView(ticket, null, deps.termsOf(ticket.organisationId), deps.now());
      await deps.notifier.ticketOpened(view);
    } catch (error) {
      deps.onNotifyError(error, reference);
    }
  }
}
