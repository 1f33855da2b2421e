/**
 * The UK complaints the digest counts (DPA 2018 s. 164A): every `uk-gdpr` ticket received since the day
 * before the section came into force (the organisations' zones decide the day), with its flags and the
 * first moment it was acknowledged: its acknowledgement letter queued (one queued or sent: held or failed
 * ones acknowledge nothing) or an acknowledgement outside Rightsdesk recorded (`channel: offline`). Flags are JSON, which neither database filters alike: the domain reads them.
 */
import { z } from 'zod';
import { OFFLINE } from '../../app/tickets/complaint-facts.js';
import type { ComplaintDigestFact } from '../../domain/tickets/digest.js';
import type { Db } from './database.js';
import { findInChunks } from './in-chunks.js';
import { Flags } from './ticket-columns.js';

const SINCE = new Date('2026-06-18T00:00:00Z');
const LETTER = 'complaint_acknowledgement';

const isOffline = (payload: string) =>
  z.object({ channel: z.string().optional() }).safeParse(JSON.parse(payload)).data?.channel === OFFLINE;

export async function complaintDigestRows(
  db: Db,
  organisationId: string | null,
): Promise<ComplaintDigestFact[]> {
  const tickets = await db.ticket.findMany({
    where: {
      ...(organisationId ? { organisationId } : {}),
      jurisdiction: 'uk-gdpr',
      receivedAt: { gte: SINCE },
    },
    select: { id: true, organisationId: true, flags: true, receivedAt: true },
  });
  const complaints = tickets
    .map((t) => ({ ...t, flags: Flags.parse(t.flags) }))
    .filter((t) => t.flags.includes('complaint'));
  if (complaints.length === 0) return [];
  const letters = await findInChunks(
    complaints.map((t) => t.id),
    (ids) =>
      db.outboundEmail.findMany({
        where: { ticketId: { in: ids }, template: LETTER, status: { in: ['queued', 'sent'] } },
        select: { ticketId: true, queuedAt: true },
      }),
  );
  const offline = await findInChunks(
    complaints.map((t) => t.id),
    (ids) =>
      db.auditEvent.findMany({
        where: { ticketId: { in: ids }, type: 'ticket.complaint_acknowledged' },
        select: { ticketId: true, at: true, payload: true },
      }),
  );
  const acknowledged = new Map<number, Date>();
  const moments = [
    ...letters.map((l) => ({ ticketId: l.ticketId, at: l.queuedAt })),
    ...offline
      .filter((e) => e.ticketId !== null && isOffline(e.payload))
      .map((e) => ({ ticketId: e.ticketId!, at: e.at })),
  ];
  for (const m of moments) {
    const first = acknowledged.get(m.ticketId);
    if (!first || m.at < first) acknowledged.set(m.ticketId, m.at);
  }
  return complaints.map((t) => ({
    organisationId: t.organisationId,
    flags: t.flags,
    receivedAt: t.receivedAt,
    acknowledgedAt: acknowledged.get(t.id) ?? null,
  }));
}
