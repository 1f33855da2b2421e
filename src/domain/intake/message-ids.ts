/**
 * Message-IDs in intake: a deterministic one for mail that has none (so a re-delivery is still
 * recognised, as Zammad and FreeScout do), and our own outgoing ones, signed with an HMAC in the
 * local part so that a reply is matched to its ticket even when the stored row is gone, and a forged
 * one is recognised (the osTicket practice).
 */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

const SIGNED = /^<rd\.(RD-\d+)\.([a-z0-9]+)\.([a-f0-9]{20})@([^>]+)>$/i;

/** Longest Message-ID kept as it is in an indexed column (a btree row holds at most 2,704 bytes on PostgreSQL). */
export const MAX_INDEXED_MESSAGE_ID = 250;

/**
 * The Message-ID as indexed columns hold it: itself, or for a longer one (RFC 5322 sets no length, a
 * hostile sender can send thousands of characters) a SHA-256 of it in Message-ID form. Idempotent, so
 * a stored key can be keyed again; the full value is kept unindexed with the raw message.
 */
export function messageIdKey(messageId: string): string {
  if (messageId.length <= MAX_INDEXED_MESSAGE_ID) return messageId;
  return `<${createHash('sha256').update(messageId).digest('hex')}@long-id.rightsdesk.invalid>`;
}

export function syntheticMessageId(contentHash: string): string {
  return `<${contentHash}@synthetic.rightsdesk.invalid>`;
}

/**
 * The Message-ID a message is stored under when another sender's mail already holds its own: one per
 * id and sender, so a second delivery of that sender's message is still recognised as a copy. When the
 * same sender's mail under that id says something else, one per id, sender and what it says.
 */
export function senderMessageId(messageId: string, fromAddress: string, fingerprint?: string): string {
  const key = `${messageId}\u0000${fromAddress}${fingerprint === undefined ? '' : `\u0000${fingerprint}`}`;
  return `<${createHash('sha256').update(key).digest('hex')}@reused-id.rightsdesk.invalid>`;
}

/**
 * What a message says, as intake stores it (subject and text): two deliveries of one message say the
 * same, whatever relays added to their headers; a forgery sent ahead under the id does not.
 */
export function messageFingerprint(subject: string, text: string): string {
  return createHash('sha256').update(`${subject}\u0000${text}`).digest('hex');
}

export function signMessageId(
  input: { ticketReference: string; nonce: string; domain: string },
  secret: string,
): string {
  const local = `rd.${input.ticketReference}.${input.nonce}`;
  return `<${local}.${mac(local, input.domain, secret)}@${input.domain}>`;
}

export type SignedIdCheck =
  | { readonly kind: 'ours'; readonly ticketReference: string }
  | { readonly kind: 'forged' }
  | { readonly kind: 'foreign' };

/** Tells our signed Message-IDs from forged look-alikes and from everybody else's. */
export function checkMessageId(messageId: string, secret: string): SignedIdCheck {
  const match = SIGNED.exec(messageId);
  if (!match) return { kind: 'foreign' };
  const [, reference, nonce, tag, domain] = match as unknown as [string, string, string, string, string];
  const expected = Buffer.from(mac(`rd.${reference}.${nonce}`, domain, secret));
  const given = Buffer.from(tag.toLowerCase());
  return expected.length === given.length && timingSafeEqual(expected, given)
    ? { kind: 'ours', ticketReference: reference.toUpperCase() }
    : { kind: 'forged' };
}

function mac(local: string, domain: string, secret: string): string {
  return createHmac('sha256', secret).update(`${local}@${domain.toLowerCase()}`).digest('hex').slice(0, 20);
}
