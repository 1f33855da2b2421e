/**
 * The rows and audit records a stored message becomes: its place in a ticket's conversation, the audit
 * event of it joining the ticket (ids only), and the raw header block kept even when the body is not.
 */
import type { ParsedEmail } from '../../domain/email/parsed-email.js';
import { messageIdKey } from '../../domain/intake/message-ids.js';
import type { AuditDraft } from '../audit/audit-draft.js';
import type { StoredTicket, TicketMessageRecord } from './ports.js';

/** The audit record of a message joining a ticket: ids only, never the sender or the text. */
export function ingestedEvent(
  ticket: StoredTicket,
  kind: TicketMessageRecord['kind'],
  rawMessageId: number,
  at: Date,
): AuditDraft {
  return {
    type: 'ticket.ingested',
    actor: 'intake',
    at,
    ticketId: ticket.id,
    ticketReference: ticket.reference,
    payload: { kind, rawMessageId },
  };
}

export function ticketMessage(
  ticketId: number,
  /** Null on a ticket linked to the one that keeps the raw message (several tickets from one email). */
  rawMessageId: number | null,
  kind: TicketMessageRecord['kind'],
  messageId: string,
  email: ParsedEmail,
  receivedAt: Date,
): TicketMessageRecord {
  return {
    ticketId,
    rawMessageId,
    kind,
    // Indexed for threading, so bounded; the full value stays on the raw message.
    messageId: messageIdKey(messageId),
    fromAddress: email.from?.address ?? '',
    subject: email.subject,
    bodyText: email.text,
    receivedAt,
    attachments: email.attachments.map((a) => ({
      filename: a.filename,
      contentType: a.contentType,
      size: a.size,
      content: a.content ?? null,
      omittedReason: a.content ? null : 'over the attachment size limit',
    })),
  };
}

/** The raw header block (up to the first empty line), kept even when the body is not. */
export function headerBlockOf(raw: Uint8Array): string {
  const text = Buffer.from(raw.buffer, raw.byteOffset, Math.min(raw.byteLength, 256 * 1024)).toString(
    'latin1',
  );
  const end = text.search(/\r?\n\r?\n/);
  return (end === -1 ? text : text.slice(0, end)).replaceAll('\u0000', '');
}
