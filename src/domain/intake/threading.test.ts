import { describe, expect, it } from 'vitest';
import type { ParsedEmail } from '../email/parsed-email.js';
import { checkMessageId, signMessageId } from './message-ids.js';
import { decideThread, type KnownTicket, referencedMessageIds, ticketTokenOf } from './threading.js';

const secret = 'a-test-secret-that-is-long-enough-0123456789';

function email(overrides: Partial<ParsedEmail>): ParsedEmail {
  return {
    messageId: '<new@example.com>',
    inReplyTo: null,
    references: [],
    from: { address: 'jane@example.com', name: 'Jane' },
    replyTo: null,
    to: [{ address: 'privacy@importly.example', name: '' }],
    cc: [],
    subject: 'Hello',
    date: null,
    text: '',
    html: null,
    headers: [],
    attachments: [],
    returnedMessageIds: [],
    deliveryActions: [],
    ...overrides,
  };
}

const ticket: KnownTicket = { reference: 'RD-1042', requesterAddress: 'jane@example.com' };
const noFacts = {
  ticketsByMessageId: new Map<string, KnownTicket>(),
  tokenTicket: null,
  checkMessageId: (id: string) => checkMessageId(id, secret),
};

describe('threading', () => {
  it('a reply whose In-Reply-To is a stored Message-ID continues that ticket', () => {
    const facts = { ...noFacts, ticketsByMessageId: new Map([['<orig@example.com>', ticket]]) };
    expect(decideThread(email({ inReplyTo: '<orig@example.com>' }), facts)).toEqual({
      kind: 'reply',
      ticketReference: 'RD-1042',
      via: 'in-reply-to',
    });
  });

  it('References are checked newest first', () => {
    const other: KnownTicket = { reference: 'RD-1001', requesterAddress: 'jane@example.com' };
    const facts = {
      ...noFacts,
      ticketsByMessageId: new Map([
        ['<old@x>', other],
        ['<newest@x>', ticket],
      ]),
    };
    expect(referencedMessageIds({ inReplyTo: null, references: ['<old@x>', '<newest@x>'] })).toEqual([
      '<newest@x>',
      '<old@x>',
    ]);
    expect(decideThread(email({ references: ['<old@x>', '<newest@x>'] }), facts)).toMatchObject({
      ticketReference: 'RD-1042',
      via: 'references',
    });
  });

  it('our signed Message-ID threads the reply even when no stored row matches', () => {
    const ours = signMessageId(
      { ticketReference: 'RD-1042', nonce: 'ack1', domain: 'importly.example' },
      secret,
    );
    expect(decideThread(email({ inReplyTo: ours }), noFacts)).toEqual({
      kind: 'reply',
      ticketReference: 'RD-1042',
      via: 'signed-id',
    });
  });

  it('a forged signed Message-ID opens a new ticket flagged forged_reference', () => {
    const ours = signMessageId(
      { ticketReference: 'RD-1042', nonce: 'ack1', domain: 'importly.example' },
      secret,
    );
    const forged = ours.replace('RD-1042', 'RD-1043');
    expect(checkMessageId(forged, secret)).toEqual({ kind: 'forged' });
    expect(decideThread(email({ inReplyTo: forged }), noFacts)).toEqual({
      kind: 'new',
      flags: ['forged_reference'],
    });
  });

  it('a subject token threads only mail from the ticket requester', () => {
    const subject = 'Re: [RD-1042] Your request';
    expect(ticketTokenOf(subject)).toBe('RD-1042');
    expect(decideThread(email({ subject }), { ...noFacts, tokenTicket: ticket })).toMatchObject({
      kind: 'reply',
      via: 'subject-token',
    });
    const stranger = email({ subject, from: { address: 'mallory@example.com', name: 'M' } });
    expect(decideThread(stranger, { ...noFacts, tokenTicket: ticket })).toEqual({
      kind: 'new',
      flags: ['token_from_stranger'],
    });
  });

  it('a message with no references and no token is new', () => {
    expect(decideThread(email({}), noFacts)).toEqual({ kind: 'new', flags: [] });
  });
});
