/** A plain-text email for classifier unit tests: only the subject and body vary. */
import type { ParsedEmail } from '../email/parsed-email.js';

export function textEmail(body: string, subject = ''): ParsedEmail {
  return {
    messageId: null,
    inReplyTo: null,
    references: [],
    from: { address: 'requester@example.com', name: '' },
    replyTo: null,
    to: [],
    cc: [],
    subject,
    date: null,
    text: body,
    html: null,
    headers: [],
    attachments: [],
    returnedMessageIds: [],
    deliveryActions: [],
  };
}
