// Threading and deduplication under hostile headers, on both engines: a reply that points at another
// organisation's ticket (In-Reply-To, References, our signed Message-ID, the subject token) never joins
// it, and a Message-ID reused by another sender does not swallow that sender's request as a duplicate.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readEml } from '../../src/adapters/folder/read-folder.js';
import { ingestFiles } from '../../src/app/intake/ingest-files.js';
import type { App } from '../../src/composition-root.js';
import { signMessageId } from '../../src/domain/intake/message-ids.js';
import { engines } from '../support/engines.js';
import { createTestApp } from '../support/test-app.js';

const SECRET = 'test-secret-0123456789-0123456789-0123456789';
const CRLF = '\r\n';

function mail(input: {
  from: string;
  to: string;
  id: string;
  subject: string;
  extra?: string;
  body: string;
}) {
  return Buffer.from(
    `From: ${input.from}${CRLF}To: ${input.to}${CRLF}Subject: ${input.subject}${CRLF}` +
      `Date: Sat, 17 Jan 2026 10:00:00 +0000${CRLF}Message-ID: ${input.id}${CRLF}${input.extra ?? ''}${CRLF}${input.body}${CRLF}`,
  );
}

describe.each(engines('hostile_threads'))('hostile threading headers (%s)', (_engine, url) => {
  let app: App;
  let n = 0;
  const ingest = async (raw: Buffer) => {
    const file = join(mkdtempSync(join(tmpdir(), 'rightsdesk-threads-')), `${n++}.eml`);
    writeFileSync(file, raw);
    const [result] = await ingestFiles(
      { files: [file], read: readEml, route: app.routeByRecipient, batchSize: 1 },
      app.intake,
    );
    return result!.outcome;
  };
  beforeAll(async () => {
    const databaseUrl = await url();
    app = await createTestApp(databaseUrl ? { databaseUrl } : {});
  });
  afterAll(() => app.close());

  it('a reply to another organisation by In-Reply-To, References, signed id or token opens a ticket of its own', async () => {
    const first = await ingest(
      mail({
        from: 'jane@example.org',
        to: 'privacy@importly.example',
        id: '<importly-request@example.org>',
        subject: 'Access request',
        body: 'Under Article 15 GDPR I request a copy of my personal data.',
      }),
    );
    if (first.kind !== 'ticket') throw new Error(`expected a ticket, got ${first.kind}`);
    const reference = first.ticketReference;
    const signed = signMessageId(
      { ticketReference: reference, nonce: 'abc', domain: 'importly.example' },
      SECRET,
    );
    const pointers = [
      `In-Reply-To: <importly-request@example.org>${CRLF}`,
      `References: ${Array.from({ length: 10_000 }, (_, i) => `<r${i}@example.org>`).join(' ')} <importly-request@example.org>${CRLF}`,
      `In-Reply-To: ${signed}${CRLF}`,
      '',
    ];
    const outcomes = [];
    for (const [i, extra] of pointers.entries())
      outcomes.push(
        await ingest(
          mail({
            from: 'jane@example.org',
            to: 'privacy@zmapi.example',
            id: `<cross-${i}@example.org>`,
            subject: `Re: [${reference}] Access request`,
            extra,
            body: 'Please also erase my account under Article 17.',
          }),
        ),
      );
    expect(outcomes.map((o) => o.kind)).toEqual(['ticket', 'ticket', 'ticket', 'ticket']);
    const db = app.database.db;
    const importly = await db.ticket.findUniqueOrThrow({ where: { reference }, include: { messages: true } });
    // Its request, and the acknowledgement sent for it: nothing that came to another organisation.
    expect(importly.messages.map((m) => [m.direction, m.messageId])).toEqual([
      ['inbound', '<importly-request@example.org>'],
      ['outbound', expect.stringMatching(/^<rd\./) as unknown],
    ]);
    const others = await db.ticket.findMany({ where: { reference: { not: reference } } });
    expect(new Set(others.map((t) => t.organisationId))).toEqual(new Set(['zmapi']));
  });

  it("a Message-ID reused by another sender opens that sender's request, flagged; a true copy stays a duplicate", async () => {
    const reused = (from: string, body: string, extra = '') =>
      mail({
        from,
        to: 'privacy@importly.example',
        id: '<web-form@example.org>',
        subject: 'Request',
        extra,
        body,
      });
    const outcomes = [
      await ingest(reused('anna@example.org', 'Under Article 15 GDPR please send me a copy of my data.')),
      await ingest(reused('bruno@example.org', 'Under Article 17 GDPR please erase my account.')),
      // The same message again, delivered through another server: a duplicate as before.
      await ingest(
        reused(
          'anna@example.org',
          'Under Article 15 GDPR please send me a copy of my data.',
          `Received: from relay${CRLF}`,
        ),
      ),
      await ingest(
        reused(
          'bruno@example.org',
          'Under Article 17 GDPR please erase my account.',
          `Received: from relay${CRLF}`,
        ),
      ),
    ];
    expect(outcomes.map((o) => o.kind)).toEqual(['ticket', 'ticket', 'duplicate', 'duplicate']);
    const second = outcomes[1]!;
    expect(second.kind === 'ticket' && second.flags).toContain('message_id_reused');
    const tickets = await app.database.db.ticket.findMany({
      where: { requesterAddress: { in: ['anna@example.org', 'bruno@example.org'] } },
    });
    expect(tickets.map((t) => t.requesterAddress).sort()).toEqual(['anna@example.org', 'bruno@example.org']);
  });
  it("mail under a sender's From and a Message-ID their request will carry does not swallow that request as a copy", async () => {
    // A forgery sent first (or a web form that sends every request from one address under one id).
    const under = (body: string, extra = '') =>
      mail({
        from: 'carol@example.org',
        to: 'privacy@importly.example',
        id: '<carol-1@example.org>',
        subject: 'Request',
        extra,
        body,
      });
    const outcomes = [
      await ingest(under('What is the weather like today?')),
      await ingest(under('Under Article 17 GDPR please erase my account and all my data.')),
      await ingest(
        under(
          'Under Article 17 GDPR please erase my account and all my data.',
          `Received: from relay${CRLF}`,
        ),
      ),
      await ingest(under('Under Article 15 GDPR please also send me a copy of my data.')),
    ];
    expect(outcomes.map((o) => o.kind)).toEqual(['ticket', 'ticket', 'duplicate', 'ticket']);
    for (const o of [outcomes[1]!, outcomes[3]!])
      expect(o.kind === 'ticket' && o.flags).toContain('message_id_reused');
    const kept = await app.database.db.rawMessage.findMany({
      where: { status: 'ticket', ticket: { requesterAddress: 'carol@example.org' } },
      select: { raw: true },
    });
    expect(
      kept.map((r) => Buffer.from(r.raw!).toString('utf8')).filter((raw) => raw.includes('Article 17')),
    ).toHaveLength(1);
  });

  it("a stranger's reply naming the request's Message-ID is filed on the ticket, but only the requester's words appeal", async () => {
    const request = await ingest(
      mail({
        from: 'carla@example.org',
        to: 'privacy@importly.example',
        id: '<carla-request@example.org>',
        subject: 'Access request',
        body: 'Under Article 15 GDPR I request a copy of my personal data.',
      }),
    );
    if (request.kind !== 'ticket') throw new Error(`expected a ticket, got ${request.kind}`);
    const appeal = (from: string, i: number) =>
      ingest(
        mail({
          from,
          to: 'privacy@importly.example',
          id: `<appeal-${i}@example.org>`,
          subject: 'Re: Access request',
          extra: `In-Reply-To: <carla-request@example.org>${CRLF}`,
          body: 'I hereby appeal this decision.',
        }),
      );
    const [stranger, requester] = [
      await appeal('mallory@example.net', 0),
      await appeal('carla@example.org', 1),
    ];
    expect([stranger, requester]).toEqual([
      { kind: 'reply', ticketReference: request.ticketReference, via: 'in-reply-to' },
      { kind: 'reply', ticketReference: request.ticketReference, via: 'in-reply-to', appeals: true },
    ]);
  });

  it("a requester address stored in mixed case (by `new` before it lower-cased) still takes its requester's token reply and appeal", async () => {
    const request = await ingest(
      mail({
        from: 'dora@example.org',
        to: 'privacy@importly.example',
        id: '<dora-request@example.org>',
        subject: 'Access request',
        body: 'Under Article 15 GDPR I request a copy of my personal data.',
      }),
    );
    if (request.kind !== 'ticket') throw new Error(`expected a ticket, got ${request.kind}`);
    // As `new` stored an address typed in mixed case before the fix: the row is left as it was typed.
    await app.database.db.ticket.update({
      where: { reference: request.ticketReference },
      data: { requesterAddress: 'Dora@Example.ORG' },
    });
    const reply = await ingest(
      mail({
        from: 'dora@example.org',
        to: 'privacy@importly.example',
        id: '<dora-appeal@example.org>',
        subject: `Re: [${request.ticketReference}] Access request`,
        body: 'I hereby appeal this decision.',
      }),
    );
    expect(reply).toEqual({
      kind: 'reply',
      ticketReference: request.ticketReference,
      via: 'subject-token',
      appeals: true,
    });
    const stored = await app.database.db.ticket.findUniqueOrThrow({
      where: { reference: request.ticketReference },
    });
    expect(stored.requesterAddress).toBe('Dora@Example.ORG');
  });
});
