// The two database engines every persistence suite runs on: a fresh SQLite file (the default of
// createTestApp), or a fresh database on the PostgreSQL that the global setup started.
import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';
import type { DeskReply, TicketView } from '../../src/app/desk/desk-reply.js';
import { postgresAt } from './postgres.js';

/** For `describe.each`: `[name, () => databaseUrl | undefined]`; `prefix` names the PostgreSQL databases. */
export function engines(prefix: string): [string, () => Promise<string | undefined>][] {
  return [
    ['SQLite', async () => undefined],
    [
      'PostgreSQL',
      () => postgresAt(inject('postgres')).createDatabase(`${prefix}_${randomBytes(4).toString('hex')}`),
    ],
  ];
}

/** The ticket of a desk reply that shows one, or a failed test that says what came instead. */
export function viewOf(reply: DeskReply): TicketView {
  if (reply.kind !== 'ticket' && reply.kind !== 'changed')
    throw new Error(`expected a ticket, got ${JSON.stringify(reply)}`);
  return reply.ticket;
}
