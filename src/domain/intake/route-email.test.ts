import { describe, expect, it } from 'vitest';
import type { ParsedEmail } from '../email/parsed-email.js';
import { checkMessageId, signMessageId } from './message-ids.js';
import { routeEmail } from './route-email.js';
import type { KnownTicket } from './threading.js';

const secret = 'a-test-secret-that-is-long-enough-0123456789';
const ticket: KnownTicket = { reference: 'RD-1042', requesterAddress: 'jane@example.com' };
const ours = signMessageId({ ticketReference: 'RD-1042', nonce: 'n1', domain: 'importly.example' }, secret);

/** A DSN saying delivery of the message `returned` failed for good. */
function failedDsn(returned: string): ParsedEmail {
  return {
    messageId: '<dsn@mx.example.net>',
    inReplyTo: null,
    references: [],
    from: { address: 'mailer-daemon@mx.example.net', name: '' },
    replyTo: null,
    to: [{ address: 'privacy@importly.example', name: '' }],
    cc: [],
    subject: 'Undelivered Mail Returned to Sender',
    date: null,
    text: '',
    html: null,
    headers: [],
    attachments: [],
    returnedMessageIds: [returned],
    deliveryActions: ['failed'],
  };
}

const facts = {
  // Both the requester's request and our acknowledgement are stored on the ticket.
  ticketsByMessageId: new Map([
    ['<request@example.com>', ticket],
    [ours, ticket],
  ]),
  tokenTicket: null,
  checkMessageId: (id: string) => checkMessageId(id, secret),
};
const bounce = { kind: 'bounce', reason: 'multipart/report' } as const;

describe('routing a delivery failure', () => {
  it('marks the requester unreachable when the returned message is a letter we signed for the ticket', () => {
    expect(routeEmail(failedDsn(ours), bounce, facts)).toMatchObject({
      kind: 'automatic',
      ticketReference: 'RD-1042',
      requesterUnreachable: true,
    });
  });

  it("files a DSN quoting the requester's own Message-ID on the ticket without marking them unreachable", () => {
    expect(routeEmail(failedDsn('<request@example.com>'), bounce, facts)).toMatchObject({
      kind: 'automatic',
      ticketReference: 'RD-1042',
      requesterUnreachable: false,
    });
  });
});
