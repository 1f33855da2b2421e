/**
 * The Prisma side of identity verification: hashed codes and their attempts, the verification record,
 * ID-document purges, and the move to verified after a code reply through the lifecycle's `decide`
 * (so the transition carries the same audit event and version bump as a staff action).
 */
import type { AuditDraft } from '../../app/audit/audit-draft.js';
import type { CodeStatus, VerificationTransaction } from '../../app/verify/ports.js';
import { isJurisdictionId } from '../../domain/deadlines/jurisdiction-rule.js';
import { decide } from '../../domain/tickets/lifecycle.js';
import {
  REJECTION_REASONS,
  type RejectionReason,
  TICKET_STATUSES,
  type TicketStatus,
} from '../../domain/tickets/vocabulary.js';
import type { Tx } from './audit-store.js';

const isStatus = (s: string): s is TicketStatus => (TICKET_STATUSES as readonly string[]).includes(s);
const isReason = (s: string | null): s is RejectionReason =>
  s !== null && (REJECTION_REASONS as readonly string[]).includes(s);

export function verificationTransaction(tx: Tx, audit: AuditDraft[]): VerificationTransaction {
  return {
    async liveCode(ticketId) {
      const row = await tx.verificationCode.findFirst({
        where: { ticketId, status: { in: ['pending', 'exhausted'] } },
        orderBy: { id: 'desc' },
      });
      return row ? { ...row, status: row.status as CodeStatus } : null;
    },
    async replaceCode(ticketId, code) {
      await tx.verificationCode.updateMany({
        where: { ticketId, status: { in: ['pending', 'exhausted'] } },
        data: { status: 'superseded', resolvedAt: code.at },
      });
      await tx.verificationCode.create({
        data: {
          ticketId,
          codeHash: code.codeHash,
          expiresAt: code.expiresAt,
          maxAttempts: code.maxAttempts,
          status: 'pending',
          createdAt: code.at,
        },
        select: { id: true },
      });
    },
    async settleAttempt(codeId, status, at) {
      await tx.verificationCode.update({
        where: { id: codeId },
        data: { attempts: { increment: 1 }, status, resolvedAt: status === 'pending' ? null : at },
        select: { id: true },
      });
    },
    async closeCodes(ticketId, at) {
      await tx.verificationCode.updateMany({
        where: { ticketId, status: { in: ['pending', 'exhausted'] } },
        data: { status: 'superseded', resolvedAt: at },
      });
    },
    async recordVerificationEvent(event) {
      await tx.verificationEvent.create({
        data: { ...event, reasons: [...event.reasons] },
        select: { id: true },
      });
    },
    async storedAttachments(ticketId) {
      return tx.attachment.findMany({
        where: { content: { not: null }, ticketMessage: { ticketId, direction: 'inbound' } },
        select: { id: true, filename: true, contentType: true },
      });
    },
    async purgeAttachments(ids, reason) {
      await tx.attachment.updateMany({
        where: { id: { in: [...ids] } },
        data: { content: null, omittedReason: reason },
      });
    },
    async markVerifiedByCode(ticketId, at) {
      const row = await tx.ticket.findUnique({ where: { id: ticketId } });
      if (!row || !isStatus(row.status) || !isJurisdictionId(row.jurisdiction)) return false;
      const decision = decide(
        {
          id: row.reference,
          status: row.status,
          version: row.version,
          jurisdiction: row.jurisdiction,
          extended: row.extended,
          rejectionReason: isReason(row.rejectionReason) ? row.rejectionReason : null,
        },
        { action: 'verify', method: 'email_code' },
        { id: 'verification', role: 'agent' },
        at.toISOString(),
      );
      if (!decision.ok) return false;
      const { count } = await tx.ticket.updateMany({
        where: { id: ticketId, version: row.version },
        data: { status: decision.state.status, version: decision.state.version, verifiedAt: at },
      });
      if (count !== 1) return false;
      const { event } = decision;
      audit.push({
        type: event.type,
        actor: event.actor,
        at,
        ticketId,
        ticketReference: row.reference,
        payload: { ...event.payload },
      });
      return true;
    },
  };
}
