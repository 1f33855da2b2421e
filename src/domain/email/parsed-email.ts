/**
 * A parsed email as the core sees it: plain data, decoded to Unicode, independent of the MIME parser.
 * Adapters (IMAP, folder, CLI) turn raw bytes into this shape; everything downstream reads only this.
 */

export interface EmailAddress {
  /** Lower-cased address, e.g. `jane@example.com`. */
  readonly address: string;
  /** Display name, or the empty string. */
  readonly name: string;
}

export interface EmailHeader {
  /** Lower-cased header name. */
  readonly key: string;
  /** Unfolded, undecoded value. */
  readonly value: string;
}

export interface EmailAttachment {
  readonly filename: string | null;
  readonly contentType: string;
  readonly size: number;
  /** Decoded bytes; absent when the parser was told not to keep them. */
  readonly content?: Uint8Array;
}

export interface ParsedEmail {
  /** Message-ID with angle brackets, or null when the message has none. */
  readonly messageId: string | null;
  readonly inReplyTo: string | null;
  /** References, oldest first, as RFC 5322 §3.6.4 writes them. */
  readonly references: readonly string[];
  readonly from: EmailAddress | null;
  readonly replyTo: EmailAddress | null;
  readonly to: readonly EmailAddress[];
  readonly cc: readonly EmailAddress[];
  readonly subject: string;
  /** Date header as ISO 8601, or null when absent or unparseable. */
  readonly date: string | null;
  /** Plain-text body (the text part, or the HTML part converted to text when there is none). */
  readonly text: string;
  /** HTML body, or null. */
  readonly html: string | null;
  readonly headers: readonly EmailHeader[];
  readonly attachments: readonly EmailAttachment[];
  /** Message-IDs found in returned `message/rfc822` or `text/rfc822-headers` parts (bounces). */
  readonly returnedMessageIds: readonly string[];
  /** `Action` values of a DSN's per-recipient fields (RFC 3464), lower-cased: failed, delayed, delivered… */
  readonly deliveryActions: readonly string[];
}

/** The first value of a header, or null. Header names are matched case-insensitively. */
export function headerValue(email: Pick<ParsedEmail, 'headers'>, name: string): string | null {
  const key = name.toLowerCase();
  return email.headers.find((h) => h.key === key)?.value ?? null;
}

/** Every address the message was delivered to: To, Cc, and the Delivered-To / X-Original-To that servers add. */
export function recipientAddressesOf(email: Pick<ParsedEmail, 'to' | 'cc' | 'headers'>): string[] {
  const delivered = email.headers
    .filter((h) => h.key === 'delivered-to' || h.key === 'x-original-to')
    .map((h) => h.value.trim().replace(/^<|>$/g, '').toLowerCase());
  return [...new Set([...delivered, ...email.to.map((a) => a.address), ...email.cc.map((a) => a.address)])];
}
