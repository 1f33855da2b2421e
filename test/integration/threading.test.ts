// Threading through the real pipeline: a bounce of our own (signed) email is attached to its ticket and
// marks the requester unreachable; a subject token threads the requester's mail, and only theirs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestBatch } from '../../src/app/intake/ingest-batch.js';
import type { IncomingMessage } from '../../src/app/intake/ports.js';
import type { App } from '../../src/composition-root.js';
import { signMessageId } from '../../src/domain/intake/message-ids.js';
import { createTestApp, sampleInbox } from '../support/test-app.js';

const secret = 'test-secret-0123456789-0123456789-0123456789';
const mailbox = { mailboxId: 'importly-folder', organisationId: 'importly' };

function incoming(raw: string | Buffer): IncomingMessage {
  const bytes = typeof raw === 'string' ? Buffer.from(raw.replace(/\n/g, '\r\n')) : raw;
  return {
    uidValidity: null,
    uid: null,
    sourceName: null,
    raw: bytes,
    size: bytes.byteLength,
    tooLarge: false,
    receivedAt: null,
  };
}

async function ingest(app: App, ...raws: (string | Buffer)[]) {
  return ingestBatch(
    {
      target: mailbox,
      sourceLabel: 'test',
      messages: raws.map(incoming),
      checkpoint: null,
      rescan: false,
      quarantineFailures: true,
    },
    app.intake,
  );
}

describe('threading through intake', () => {
  let app: App;
  let reference: string;
  beforeAll(async () => {
    app = await createTestApp();
    const [opened] = await ingest(app, readFileSync(join(sampleInbox, '01-access-request.eml')));
    if (opened?.kind !== 'ticket') throw new Error('expected a ticket');
    reference = opened.ticketReference;
  });
  afterAll(() => app.close());

  it('a permanent bounce of our signed email is attached to its ticket and marks the requester unreachable', async () => {
    const ours = signMessageId(
      { ticketReference: reference, nonce: 'ack1', domain: 'importly.example' },
      secret,
    );
    const bounce = `From: MAILER-DAEMON@mx.example.com
To: privacy@importly.example
Subject: Undelivered Mail Returned to Sender
Message-ID: <bounce-1@mx.example.com>
Date: Tue, 03 Mar 2026 10:00:00 +0000
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="b"

--b
Content-Type: text/plain

User unknown.
--b
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.example.com

Final-Recipient: rfc822; jane.roe@example.com
Action: failed
Status: 5.1.1
--b
Content-Type: text/rfc822-headers

From: privacy@importly.example
To: jane.roe@example.com
Subject: [${reference}] We received your request
Message-ID: ${ours}
--b--
`;
    const [outcome] = await ingest(app, bounce);
    expect(outcome).toMatchObject({ kind: 'automatic', automaticKind: 'bounce', ticketReference: reference });
    const ticket = await app.database.db.ticket.findUniqueOrThrow({
      where: { reference },
      // Inbound only: the acknowledgement we sent is in the conversation too.
      include: { messages: { where: { direction: 'inbound' } } },
    });
    expect(ticket.requesterUnreachable).toBe(true);
    expect(ticket.messages.map((m) => m.kind)).toEqual(['request', 'automatic']);
  });

  it('a subject token threads mail from the requester, and opens a flagged ticket for anybody else', async () => {
    const reply = (from: string, id: string) => `From: ${from}
To: privacy@importly.example
Subject: Re: [${reference}] Subject access request
Message-ID: <${id}@example.com>
Date: Wed, 04 Mar 2026 10:00:00 +0000
Content-Type: text/plain

Any news on my request?
`;
    const [fromRequester, fromStranger] = await ingest(
      app,
      reply('Jane Roe <jane.roe@example.com>', 'token-1'),
      reply('Mallory <mallory@example.com>', 'token-2'),
    );
    expect(fromRequester).toEqual({ kind: 'reply', ticketReference: reference, via: 'subject-token' });
    expect(fromStranger).toMatchObject({ kind: 'ticket', flags: ['token_from_stranger'] });
  });

  it('a reply quoting a forged signed Message-ID opens a new ticket flagged forged_reference', async () => {
    const forged = signMessageId(
      { ticketReference: reference, nonce: 'x', domain: 'importly.example' },
      'another-secret-of-enough-length-1234567890',
    );
    const [outcome] = await ingest(
      app,
      `From: Eve <eve@example.com>\nTo: privacy@importly.example\nSubject: Re: hello\nMessage-ID: <forged-1@example.com>\nIn-Reply-To: ${forged}\nDate: Wed, 04 Mar 2026 10:00:00 +0000\nContent-Type: text/plain\n\nPlease delete my account.\n`,
    );
    expect(outcome).toMatchObject({ kind: 'ticket', flags: ['forged_reference'] });
  });
});
