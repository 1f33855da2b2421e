/**
 * Routes one parsed email: a new request, a reply on an existing ticket, or automatic mail that is
 * recorded (and attached to its ticket when it threads) but never opens a request or gets an answer.
 */
import type { AutomaticVerdict } from '../email/automatic.js';
import type { ParsedEmail } from '../email/parsed-email.js';
import { decideThread, type ThreadFlag, type ThreadingFacts } from './threading.js';

export type IntakeRoute =
  | { readonly kind: 'new_ticket'; readonly flags: readonly ThreadFlag[] }
  | { readonly kind: 'reply'; readonly ticketReference: string; readonly via: string }
  | {
      readonly kind: 'automatic';
      readonly verdict: AutomaticVerdict;
      readonly ticketReference: string | null;
      /** A permanent bounce of our mail: the requester cannot be reached at that address. */
      readonly requesterUnreachable: boolean;
    };

export function routeEmail(
  email: ParsedEmail,
  automatic: AutomaticVerdict | null,
  facts: ThreadingFacts,
): IntakeRoute {
  if (automatic) {
    // A bounce threads through the returned message (our Message-ID inside it); other automatic mail through its own headers.
    const threadOn =
      automatic.kind === 'bounce' && email.returnedMessageIds.length > 0
        ? { ...email, inReplyTo: email.returnedMessageIds[0] ?? null, references: email.returnedMessageIds }
        : email;
    const decision = decideThread(threadOn, { ...facts, tokenTicket: null });
    const ticketReference = decision.kind === 'reply' ? decision.ticketReference : null;
    // RFC 3464: Action "failed" means the MTA has abandoned delivery; "delayed" is not final.
    const permanent = automatic.kind === 'bounce' && email.deliveryActions.includes('failed');
    // Only a letter of ours can bounce, and each carries a Message-ID we signed for its ticket. The
    // requester's own Message-ID is no secret (a web form may send one fixed id): a forged DSN quoting
    // it still files on the ticket, but does not mark the requester unreachable and stop their letters.
    const ourLetter = email.returnedMessageIds.some((id) => {
      const check = facts.checkMessageId(id);
      return check.kind === 'ours' && check.ticketReference === ticketReference;
    });
    return {
      kind: 'automatic',
      verdict: automatic,
      ticketReference,
      requesterUnreachable: permanent && ticketReference !== null && ourLetter,
    };
  }
  const decision = decideThread(email, facts);
  return decision.kind === 'reply'
    ? { kind: 'reply', ticketReference: decision.ticketReference, via: decision.via }
    : { kind: 'new_ticket', flags: decision.flags };
}
