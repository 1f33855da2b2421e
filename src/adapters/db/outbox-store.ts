/**
 * The Prisma outbox: emails written inside the transaction of the change that causes them (with an
 * outbound TicketMessage, so a reply threads by its In-Reply-To), and the sender loop's claims and
 * status updates. A claim is a conditional update, so two sender processes never send the same row.
 */
import type { AuditDraft } from '../../app/audit/audit-draft.js';
import type {
  OutboundEmailRecord,
  OutboxSenderStore,
  OutboxTransaction,
  QueuedEmail,
} from '../../app/notify/ports.js';
import type { Prisma } from '../../../generated/sqlite/client.js';
import { JURISDICTION_IDS } from '../../domain/deadlines/jurisdiction-rule.js';
import { type LetterData, TEMPLATE_NAMES } from '../../domain/outbound/template-data.js';
import { REQUEST_TYPES } from '../../domain/request-types.js';
import { z } from 'zod';
import type { Tx } from './audit-store.js';
import type { Db } from './database.js';

const StringList = z.array(z.string());
const Types = z.array(z.enum(REQUEST_TYPES));
const Jurisdiction = z.enum(JURISDICTION_IDS);
/** The renderer checks the letter itself against its schema; its template must be one of ours. */
const StoredLetter = z.object({ template: z.enum(TEMPLATE_NAMES), data: z.custom<LetterData>() });

export function outboxTransaction(tx: Tx, audit: AuditDraft[]): OutboxTransaction {
  return {
    async ticketForMail(key) {
      const row = await tx.ticket.findFirst({
        where: typeof key === 'number' ? { id: key } : { reference: key.toUpperCase() },
        include: {
          messages: {
            orderBy: [{ receivedAt: 'asc' }, { id: 'asc' }],
            select: { messageId: true, direction: true },
          },
        },
      });
      if (!row) return null;
      const inbound = row.messages.filter((m) => m.direction === 'inbound');
      return {
        id: row.id,
        reference: row.reference,
        organisationId: row.organisationId,
        requesterAddress: row.requesterAddress,
        requesterName: row.requesterName,
        subject: row.subject,
        language: row.language,
        jurisdiction: Jurisdiction.parse(row.jurisdiction),
        status: row.status,
        version: row.version,
        flags: StringList.parse(row.flags),
        types: Types.parse(row.types),
        requesterUnreachable: row.requesterUnreachable,
        receivedAt: row.receivedAt,
        dueDate: row.dueDate,
        thread: row.messages.map((m) => m.messageId),
        lastInboundMessageId: inbound.at(-1)?.messageId ?? null,
      };
    },
    countAutomaticEmails: (toAddress, since) =>
      tx.outboundEmail.count({
        where: { toAddress, automatic: true, status: { in: ['queued', 'sent'] }, queuedAt: { gte: since } },
      }),
    countOrganisationAutomaticEmails: (organisationId, since) =>
      tx.outboundEmail.count({
        where: {
          organisationId,
          automatic: true,
          status: { in: ['queued', 'sent'] },
          queuedAt: { gte: since },
        },
      }),
    async enqueueEmail(email) {
      const rows = outboxRows(email);
      await tx.outboundEmail.create({ data: rows.outbound, select: { id: true } });
      if (rows.message) await tx.ticketMessage.create({ data: rows.message, select: { id: true } });
    },
    async recordAudit(events) {
      audit.push(...events);
    },
  };
}

/** The outbox row of a queued email, and the outbound conversation entry a reply threads by (not when capped). */
export function outboxRows(email: OutboundEmailRecord): {
  outbound: Prisma.OutboundEmailCreateManyInput;
  message: Prisma.TicketMessageCreateManyInput | null;
} {
  return {
    outbound: {
      ...email,
      references: [...email.references],
      // Text, not Json: PostgreSQL's jsonb would reorder the keys of what the templates lay out.
      letter: email.letter && JSON.stringify(email.letter),
      nextAttemptAt: email.queuedAt,
    },
    message:
      email.status === 'queued'
        ? {
            ticketId: email.ticketId,
            direction: 'outbound',
            kind: email.template,
            messageId: email.messageId,
            fromAddress: email.fromAddress,
            subject: email.subject,
            bodyText: email.bodyText,
            receivedAt: email.queuedAt,
          }
        : null,
  };
}

export function createOutboxSenderStore(db: Db): OutboxSenderStore {
  return {
    async dueEmails(now, limit) {
      const rows = await db.outboundEmail.findMany({
        where: { status: 'queued', nextAttemptAt: { lte: now } },
        orderBy: [{ nextAttemptAt: 'asc' }, { id: 'asc' }],
        take: limit,
      });
      return rows.map((r): QueuedEmail => ({
        id: r.id,
        organisationId: r.organisationId,
        ticketId: r.ticketId,
        template: r.template,
        language: r.language,
        requestedLanguage: r.requestedLanguage,
        messageId: r.messageId,
        fromAddress: r.fromAddress,
        toAddress: r.toAddress,
        subject: r.subject,
        inReplyTo: r.inReplyTo,
        references: StringList.parse(r.references),
        bodyText: r.bodyText,
        bodyHtml: r.bodyHtml,
        letter: r.letter === null ? null : StoredLetter.parse(JSON.parse(r.letter)),
        automatic: r.automatic,
        queuedAt: r.queuedAt,
        attempts: r.attempts,
      }));
    },
    async claim(ids, now, leaseUntil) {
      // One conditional update per row, committed together: a row another sender took matches none.
      const results = await db.$transaction(
        ids.map((id) =>
          db.outboundEmail.updateMany({
            where: { id, status: 'queued', nextAttemptAt: { lte: now } },
            data: { nextAttemptAt: leaseUntil },
          }),
        ),
      );
      return new Set(ids.filter((_, i) => results[i]?.count === 1));
    },
    async markSent(sent) {
      await db.$transaction(
        sent.flatMap(({ email, at }) => [
          db.outboundEmail.update({
            where: { id: email.id },
            data: {
              status: 'sent',
              sentAt: at,
              attempts: email.attempts + 1,
              lastError: null,
              // Laid out by the sender: what went out is kept as every other email's is.
              ...(email.letter ? { bodyText: email.bodyText, bodyHtml: email.bodyHtml, letter: null } : {}),
            },
            select: { id: true },
          }),
          ...(email.letter
            ? [
                db.ticketMessage.updateMany({
                  where: { messageId: email.messageId, direction: 'outbound' },
                  data: { bodyText: email.bodyText },
                }),
              ]
            : []),
        ]),
      );
    },
    async markRetry(id, attempts, nextAttemptAt, error) {
      await db.outboundEmail.update({
        where: { id },
        data: { attempts, nextAttemptAt, lastError: error.slice(0, 1000) },
        select: { id: true },
      });
    },
    async markFailed(email, attempts, error, _at) {
      await db.outboundEmail.update({
        where: { id: email.id },
        data: {
          status: 'failed',
          attempts,
          lastError: error.slice(0, 1000),
          statusReason: 'delivery failed',
        },
        select: { id: true },
      });
    },
  };
}
