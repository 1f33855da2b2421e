/**
 * The UK complaints the digest counts (DPA 2018 s. 164A): every `uk-gdpr` ticket received since the day
 * before the section came into force (the organisations' zones decide the day), with its flags and the
 * moment it was acknowledged, as `acknowledgedAt` reads it: its acknowledgement letter queued (one queued
 * or sent: held or failed ones acknowledge nothing; a released one from its release) or an acknowledgement
 * outside Rightsdesk recorded (`channel: offline`), whichever came first. Flags are JSON, which neither database filters alike: the domain reads them.
 */
import { z } from 'zod';
import { acknowledgedAt, OFFLINE } from '../../app/tickets/complaint-facts.js';
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
  const events = await findInChunks(
    complaints.map((t) => t.id),
    (ids) =>
      db.auditEvent.findMany({
        where: { ticketId: { in: ids }, type: 'ticket.complaint_acknowledged' },
        select: { ticketId: true, at: true, payload: true },
      }),
  );
  const firstLetter = new Map<number, Date>();
  for (const l of letters) {
    const first = firstLetter.get(l.ticketId);
    if (!first || l.queuedAt < first) firstLetter.set(l.ticketId, l.queuedAt);
  }
  const recorded = new Map<number, { at: Date; offline: boolean }[]>();
  for (const e of events)
    if (e.ticketId !== null)
      recorded.set(e.ticketId, [
        ...(recorded.get(e.ticketId) ?? []),
        { at: e.at, offline: isOffline(e.payload) },
      ]);
  const acknowledged = (id: number) => acknowledgedAt(firstLetter.get(id) ?? null, recorded.get(id) ?? []);
  return complaints.map((t) => ({
    organisationId: t.organisationId,
    flags: t.flags,
    receivedAt: t.receivedAt,
    acknowledgedAt: acknowledged(t.id),
  }));
}
