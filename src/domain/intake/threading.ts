/**
 * Decides whether an incoming email continues an existing ticket. Order (helpdesk practice, see
 * shared notes): In-Reply-To, then References newest first, against stored Message-IDs and our signed
 * ones; then the `[RD-1042]` subject token, trusted only when the sender is the ticket's requester,
 * because a token alone from a stranger would let anyone inject mail into a ticket (Zammad #5064).
 */
import type { ParsedEmail } from '../email/parsed-email.js';
import { isRequesterAddress } from '../email/requester-address.js';
import type { SignedIdCheck } from './message-ids.js';

export interface KnownTicket {
  readonly reference: string;
  readonly requesterAddress: string;
}

export interface ThreadingFacts {
  /** Tickets holding each Message-ID we have stored (inbound or outbound), by Message-ID. */
  readonly ticketsByMessageId: ReadonlyMap<string, KnownTicket>;
  /** The ticket named by the subject token, when it exists. */
  readonly tokenTicket: KnownTicket | null;
  readonly checkMessageId: (messageId: string) => SignedIdCheck;
}

export type ThreadDecision =
  | {
      readonly kind: 'reply';
      readonly ticketReference: string;
      readonly via: 'in-reply-to' | 'references' | 'signed-id' | 'subject-token';
    }
  | { readonly kind: 'new'; readonly flags: readonly ThreadFlag[] };

export type ThreadFlag = 'token_from_stranger' | 'forged_reference';

const TOKEN = /\[(RD-\d+)\]/i;

export function ticketTokenOf(subject: string): string | null {
  return TOKEN.exec(subject)?.[1]?.toUpperCase() ?? null;
}

/** The Message-IDs an email refers to, most specific first: In-Reply-To, then References newest first. */
export function referencedMessageIds(email: Pick<ParsedEmail, 'inReplyTo' | 'references'>): string[] {
  const ids = [...(email.inReplyTo ? [email.inReplyTo] : []), ...[...email.references].reverse()];
  return [...new Set(ids)];
}

export function decideThread(email: ParsedEmail, facts: ThreadingFacts): ThreadDecision {
  const flags: ThreadFlag[] = [];
  for (const id of referencedMessageIds(email)) {
    const known = facts.ticketsByMessageId.get(id);
    if (known)
      return {
        kind: 'reply',
        ticketReference: known.reference,
        via: id === email.inReplyTo ? 'in-reply-to' : 'references',
      };
    const signed = facts.checkMessageId(id);
    if (signed.kind === 'ours')
      return { kind: 'reply', ticketReference: signed.ticketReference, via: 'signed-id' };
    if (signed.kind === 'forged' && !flags.includes('forged_reference')) flags.push('forged_reference');
  }
  const token = facts.tokenTicket;
  if (token && isRequesterAddress(email.from?.address, token.requesterAddress)) {
    return { kind: 'reply', ticketReference: token.reference, via: 'subject-token' };
  }
  if (token) flags.push('token_from_stranger');
  return { kind: 'new', flags };
}
