/**
 * What an operator's Prometheus scrapes from `rightsdesk run` (prom-client): counters of the mail this
 * process ingested, and gauges read from the database at scrape time (tickets by status, overdue, the
 * quarantine, the outbox, each mailbox's failures and intake lag, chat messages behind their ticket),
 * so every process of several reports the same shared state. Counts only, never personal data.
 */
import { Counter, Gauge, Registry, collectDefaultMetrics } from 'prom-client';
import type { IntakeOutcome } from '../../app/intake/intake-outcome.js';
import { CLOSED_STATUSES } from '../../domain/tickets/vocabulary.js';
import type { Db } from '../db/database.js';

export interface OperationsMetrics {
  readonly registry: Registry;
  /** Counts what a committed intake batch did with each message. */
  recordIntake(outcomes: readonly IntakeOutcome[]): void;
}

export function createOperationsMetrics(db: Db, now: () => Date): OperationsMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'rightsdesk_' });
  const ingested = new Counter({
    name: 'rightsdesk_messages_ingested_total',
    help: 'Messages ingested by this process, by outcome (ticket, reply, automatic, duplicate, skipped, quarantined)',
    labelNames: ['outcome'],
    registers: [registry],
  });
  const gauge = (name: string, help: string, labelNames: string[], collect: (g: Gauge) => Promise<void>) =>
    new Gauge({
      name,
      help,
      labelNames,
      registers: [registry],
      async collect() {
        this.reset();
        await collect(this);
      },
    });
  gauge('rightsdesk_tickets', 'Tickets by organisation and status', ['organisation', 'status'], async (g) => {
    const rows = await db.ticket.groupBy({ by: ['organisationId', 'status'], _count: { _all: true } });
    for (const r of rows) g.set({ organisation: r.organisationId, status: r.status }, r._count._all);
  });
  gauge(
    'rightsdesk_tickets_overdue',
    'Open tickets past their legal deadline',
    ['organisation'],
    async (g) => {
      const rows = await db.ticket.groupBy({
        by: ['organisationId'],
        where: { status: { notIn: [...CLOSED_STATUSES] }, dueAt: { lt: now() } },
        _count: { _all: true },
      });
      for (const r of rows) g.set({ organisation: r.organisationId }, r._count._all);
    },
  );
  gauge('rightsdesk_messages_quarantined', 'Messages waiting in the quarantine', [], async (g) => {
    g.set(await db.quarantinedMessage.count({ where: { resolvedAt: null } }));
  });
  gauge(
    'rightsdesk_outbox_emails',
    'Requester emails by status (queued, sent, capped, failed)',
    ['status'],
    async (g) => {
      const rows = await db.outboundEmail.groupBy({ by: ['status'], _count: { _all: true } });
      for (const status of ['queued', 'sent', 'capped', 'failed']) g.set({ status }, 0);
      for (const r of rows) g.set({ status: r.status }, r._count._all);
    },
  );
  const mailboxes = () => db.mailbox.findMany({ where: { source: 'imap' } });
  gauge(
    'rightsdesk_mailbox_consecutive_failures',
    'Failed intake passes in a row, by mailbox',
    ['mailbox'],
    async (g) => {
      for (const m of await mailboxes()) g.set({ mailbox: m.id }, m.consecutiveFailures);
    },
  );
  gauge(
    'rightsdesk_intake_lag_seconds',
    'Seconds since the last successful pass, by mailbox (-1: never)',
    ['mailbox'],
    async (g) => {
      for (const m of await mailboxes())
        g.set({ mailbox: m.id }, m.lastSyncAt ? (now().getTime() - m.lastSyncAt.getTime()) / 1000 : -1);
    },
  );
  gauge(
    'rightsdesk_chat_messages_behind',
    'Channel messages showing an older version of their ticket (a failed chat edit)',
    ['transport'],
    async (g) => {
      const rows = await db.$queryRaw<{ transport: string; behind: bigint | number }[]>`
      SELECT c."transport" AS "transport", COUNT(*) AS "behind"
      FROM "ChatTicketMessage" c JOIN "Ticket" t ON t."reference" = c."reference"
      WHERE c."version" < t."version" GROUP BY c."transport"`;
      for (const r of rows) g.set({ transport: r.transport }, Number(r.behind));
    },
  );
  return {
    registry,
    recordIntake(outcomes) {
      for (const o of outcomes) ingested.inc({ outcome: o.kind });
    },
  };
}
