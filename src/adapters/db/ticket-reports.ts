/**
 * The read-only queries over tickets that lists and reports need: the desk's lists, the weekly digest
 * and its chart, the CCPA metrics, and the tickets changed lately that the chats compare their channel
 * messages with. Counted in SQL where a count is all that is needed.
 */
import type { TicketListItem, TicketQuery, TicketStore } from '../../app/tickets/ports.js';
import type { StaffCorrectionFacts } from '../../domain/classify/staff-correction.js';
import type { CcpaTicketFact } from '../../domain/tickets/ccpa-metrics.js';
import type { DigestFacts } from '../../domain/tickets/digest.js';
import { BACKLOG_FLAG } from '../../domain/intake/backlog.js';
import { OPEN_STATUSES } from '../../domain/tickets/vocabulary.js';
import type { Db } from './database.js';
import { ClosedStatus, Flags, Rejection, Status, Types } from './ticket-columns.js';
import { complaintDigestRows } from './complaint-digest-rows.js';

export type TicketReports = Pick<
  TicketStore,
  'list' | 'digestFacts' | 'changedSince' | 'arrivalsAndClosings' | 'ccpaFacts' | 'staffCorrections'
>;

export function createTicketReports(db: Db): TicketReports {
  return {
    async list(query: TicketQuery): Promise<TicketListItem[]> {
      const dueAt =
        query.dueBefore || query.dueAfter
          ? {
              ...(query.dueBefore ? { lte: query.dueBefore } : {}),
              ...(query.dueAfter ? { gt: query.dueAfter } : {}),
            }
          : undefined;
      const rows = await db.ticket.findMany({
        where: {
          ...(query.statuses ? { status: { in: [...query.statuses] } } : {}),
          ...(query.organisationId ? { organisationId: query.organisationId } : {}),
          ...(query.assignee ? { assignee: query.assignee } : {}),
          ...(query.needsTriage !== undefined ? { needsTriage: query.needsTriage } : {}),
          ...(dueAt ? { dueAt } : {}),
          ...(query.receivedBefore ? { receivedAt: { lt: query.receivedBefore } } : {}),
        },
        orderBy: dueAt ? [{ dueAt: 'asc' }, { id: 'asc' }] : [{ id: 'asc' }],
        take: query.limit,
        select: {
          reference: true,
          organisationId: true,
          status: true,
          types: true,
          dueDate: true,
          needsTriage: true,
          assignee: true,
        },
      });
      return rows.map((r) => ({ ...r, status: Status.parse(r.status), types: Types.parse(r.types) }));
    },
    async digestFacts({ organisationId, from, to, atRiskUntil }): Promise<DigestFacts> {
      const org = organisationId ? { organisationId } : {};
      const open = { ...org, status: { in: [...OPEN_STATUSES] } };
      const [
        received,
        closed,
        openCount,
        needsTriage,
        oldestTriage,
        awaitingVerification,
        atRisk,
        overdue,
        openFlags,
        complaints,
      ] = await Promise.all([
        db.ticket.findMany({
          where: { ...org, receivedAt: { gte: from, lte: to } },
          select: { types: true },
        }),
        db.ticket.findMany({
          where: { ...org, closedAt: { gte: from, lte: to } },
          select: {
            status: true,
            receivedAt: true,
            closedAt: true,
            types: true,
            classifications: {
              where: { source: 'classifier' },
              orderBy: { id: 'asc' },
              take: 1,
              select: { types: true },
            },
          },
        }),
        db.ticket.count({ where: open }),
        db.ticket.count({ where: { ...open, needsTriage: true } }),
        db.ticket.findFirst({
          where: { ...open, needsTriage: true },
          orderBy: { receivedAt: 'asc' },
          select: { receivedAt: true },
        }),
        db.ticket.count({ where: { ...org, status: 'awaiting_verification' } }),
        db.ticket.count({ where: { ...open, dueAt: { gte: to, lte: atRiskUntil } } }),
        db.ticket.count({ where: { ...open, dueAt: { lt: to } } }),
        // Flags are JSON, which neither database filters alike: read them and count in the domain.
        db.ticket.findMany({ where: open, select: { flags: true } }),
        complaintDigestRows(db, organisationId),
      ]);
      return {
        from,
        to,
        received: received.map((r) => Types.parse(r.types)),
        closed: closed.flatMap((c) =>
          c.closedAt
            ? [
                {
                  status: ClosedStatus.parse(c.status),
                  receivedAt: c.receivedAt,
                  closedAt: c.closedAt,
                  classifiedAs: c.classifications[0] ? Types.parse(c.classifications[0].types) : null,
                  closedAs: Types.parse(c.types),
                },
              ]
            : [],
        ),
        open: openCount,
        needsTriage,
        oldestTriageReceivedAt: oldestTriage?.receivedAt ?? null,
        awaitingVerification,
        openFlags: openFlags.map((t) => Flags.parse(t.flags)),
        atRisk,
        overdue,
        complaints,
      };
    },
    async changedSince(since, limit) {
      const rows = await db.ticket.findMany({
        where: { updatedAt: { gte: since } },
        orderBy: { updatedAt: 'desc' },
        take: limit,
        select: { reference: true, organisationId: true, version: true, flags: true },
      });
      // A backlog ticket nobody has touched was left out of the chats on purpose (issue 17): its mailbox
      // posted one summary instead. The first change staff make posts it like any ticket.
      return rows
        .filter((t) => !(t.version === 0 && Flags.parse(t.flags).includes(BACKLOG_FLAG)))
        .map(({ reference, organisationId, version }) => ({ reference, organisationId, version }));
    },
    async arrivalsAndClosings({ organisationId, from, to }) {
      const [received, closed] = await Promise.all([
        db.ticket.count({ where: { organisationId, receivedAt: { gte: from, lt: to } } }),
        db.ticket.count({ where: { organisationId, closedAt: { gte: from, lt: to } } }),
      ]);
      return { received, closed };
    },
    async ccpaFacts(organisationId, from, to): Promise<CcpaTicketFact[]> {
      const rows = await db.ticket.findMany({
        where: {
          organisationId,
          jurisdiction: { in: ['us-ca', 'us-ca-optout'] },
          receivedAt: { gte: from, lt: to },
        },
        select: { types: true, status: true, rejectionReason: true, receivedAt: true, closedAt: true },
      });
      return rows.map((r) => ({
        types: Types.parse(r.types),
        status: Status.parse(r.status),
        rejectionReason: Rejection.parse(r.rejectionReason),
        receivedAt: r.receivedAt,
        closedAt: r.closedAt,
      }));
    },
    async staffCorrections({ organisationId, since }): Promise<StaffCorrectionFacts[]> {
      const staff = { source: 'staff', ...(since ? { createdAt: { gte: since } } : {}) };
      const rows = await db.ticket.findMany({
        where: { ...(organisationId ? { organisationId } : {}), classifications: { some: staff } },
        orderBy: { number: 'asc' },
        select: {
          organisationId: true,
          language: true,
          classifications: {
            orderBy: { id: 'asc' },
            select: { source: true, types: true, confidence: true, createdAt: true },
          },
          messages: {
            where: { direction: 'inbound' },
            orderBy: { id: 'asc' },
            take: 1,
            select: { subject: true, bodyText: true },
          },
        },
      });
      return rows.flatMap((row) => {
        const verdict = row.classifications.find((c) => c.source === 'classifier');
        const latest = row.classifications.filter((c) => c.source === 'staff').at(-1);
        if (!latest) return [];
        const email = row.messages[0];
        return [
          {
            organisationId: row.organisationId,
            language: row.language,
            classifier: verdict
              ? { types: Types.parse(verdict.types), confidence: verdict.confidence }
              : null,
            staffTypes: Types.parse(latest.types),
            correctedAt: latest.createdAt,
            email: email ? { subject: email.subject, text: email.bodyText } : null,
          },
        ];
      });
    },
  };
}
