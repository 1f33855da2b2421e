// The resync of requester replies to chat reads the week's replies page by page: a week with more replies
// already shown than one page holds must not hide the newer reply still to post (real SQLite and PostgreSQL).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createChatReplyLedger } from '../../src/adapters/db/chat-reply-store.js';
import { type Database, openDatabase } from '../../src/adapters/db/database.js';
import { engines } from '../support/engines.js';

const SHOWN = 1_200;
const NOW = new Date('2026-12-07T12:00:00Z');

describe.each(engines('rd_resync'))('the chat reply resync on %s', (_name, databaseUrl) => {
  let database: Database | undefined;
  afterEach(async () => {
    await database?.close();
    database = undefined;
  });

  it('finds the reply still to post after more replies already shown than one page holds', async () => {
    const url =
      (await databaseUrl()) ?? `file:${join(mkdtempSync(join(tmpdir(), 'rd-resync-')), 'db.sqlite')}`;
    database = await openDatabase(url);
    const { db } = database;
    await db.organisation.create({ data: { id: 'org', name: 'Org', configHash: 'h' } });
    const ticket = await db.ticket.create({
      data: {
        number: 1001,
        reference: 'RD-1001',
        organisationId: 'org',
        requesterAddress: 'jane@example.org',
        requesterName: 'Jane',
        subject: 'Access',
        flags: [],
        types: ['access'],
        receivedAt: NOW,
      },
    });
    await db.chatTicketMessage.create({
      data: { transport: 'slack', reference: 'RD-1001', channel: 'C1', messageId: '1.1', version: 1 },
    });
    const reply = (i: number) => ({
      ticketId: ticket.id,
      direction: 'inbound',
      kind: 'reply',
      messageId: `<r${i}@example.org>`,
      fromAddress: 'jane@example.org',
      subject: 'Re: Access',
      bodyText: `reply ${i}`,
      receivedAt: NOW,
    });
    await db.ticketMessage.createMany({ data: Array.from({ length: SHOWN }, (_, i) => reply(i)) });
    const shown = await db.ticketMessage.findMany({ select: { id: true } });
    await db.chatReplyPost.createMany({
      data: shown.map(({ id }) => ({
        transport: 'slack',
        ticketMessageId: id,
        status: 'posted',
        claimedAt: NOW,
      })),
    });
    const waiting = await db.ticketMessage.create({ data: reply(SHOWN) });

    const unposted = await createChatReplyLedger(db).unposted('slack', {
      since: new Date(NOW.getTime() - 7 * 86_400_000),
      references: null,
      claimedBefore: NOW,
    });

    expect(unposted.map((r) => r.ticketMessageId)).toEqual([waiting.id]);
  });
});
