/**
 * What intake does about requester email inside its transaction: acknowledge a new request (never
 * not_a_request; automatic mail never opens a ticket, so it is never acknowledged), and check a
 * reply for a verification code.
 */
import { isRight } from '../../domain/request-types.js';
import type { ParsedEmail } from '../../domain/email/parsed-email.js';
import { senderAuthenticationFailure } from '../../domain/verification/sender-failed-authentication.js';
import { checkCodeReply } from '../verify/check-code-reply.js';
import type { RequesterMailTransaction, VerifyDeps } from '../verify/ports.js';
import type { MailTicket } from './ports.js';
import { queueRequesterEmail } from './queue-email.js';
import { acknowledgeComplaintWithRequest } from './complaint-with-acknowledgement.js';

export interface IntakeMailHooks {
  /**
   * Intake passes the ticket it just wrote (saves reading it back); an id is read from the store. The
   * request's `Authentication-Results` decide whether the acknowledgement may go or is held for staff.
   */
  ticketOpened(
    tx: RequesterMailTransaction,
    ticket: number | MailTicket,
    sender?: { readonly authenticationResults: readonly string[] },
  ): Promise<void>;
  replyStored(
    tx: RequesterMailTransaction,
    reply: { ticketId: number; messageId: string; email: ParsedEmail },
  ): Promise<void>;
  /** Why our receiving server says the mail's sender is forged (DMARC, or SPF and DKIM), or null. */
  senderFailure(organisationId: string, email: ParsedEmail): string | null;
}

const authenticationResultsOf = (email: ParsedEmail) =>
  email.headers.filter((h) => h.key === 'authentication-results').map((h) => h.value);

export function createIntakeMailHooks(deps: VerifyDeps): IntakeMailHooks {
  return {
    async ticketOpened(tx, opened, sender) {
      const ticket = typeof opened === 'number' ? await tx.ticketForMail(opened) : opened;
      // GDPR Art. 12(3) and CCPA §7021(a): a request is confirmed; an email that asks for nothing is not.
      if (!ticket || !ticket.types.some(isRight)) return;
      const failure = senderAuthenticationFailure(
        sender?.authenticationResults ?? [],
        deps.organisation(ticket.organisationId)?.verification.authservId ?? null,
      );
      // An automatic reply never quotes the mail (subject, name): that would relay a stranger's text.
      // A forged sender would receive mail from the organisation's domain: a person decides instead.
      const hold = failure && `held for staff: ${failure}`;
      await queueRequesterEmail(tx, deps, {
        ticket,
        automatic: true,
        actor: 'intake',
        hold,
        promisedDate: ticket.dueDate,
        build: ({ formatDate, formatDay }) => ({
          kind: 'acknowledgement',
          receivedDate: formatDate(ticket.receivedAt),
          dueDate: ticket.dueDate ? formatDay(ticket.dueDate) : null,
        }),
      });
      await acknowledgeComplaintWithRequest(tx, deps, ticket, hold);
    },
    async replyStored(tx, { ticketId, messageId, email }) {
      if (!email.from) return;
      await checkCodeReply(tx, deps, {
        ticketId,
        messageId,
        fromAddress: email.from.address,
        text: email.text,
        authenticationResults: authenticationResultsOf(email),
      });
    },
    senderFailure(organisationId, email) {
      return senderAuthenticationFailure(
        authenticationResultsOf(email),
        deps.organisation(organisationId)?.verification.authservId ?? null,
      );
    },
  };
}
