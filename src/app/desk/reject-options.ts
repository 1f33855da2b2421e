/**
 * The lawful grounds a ticket's reject form offers: only those its law provides and its request allows
 * (no identity ground on an opt-out of sale or sharing, 11 CCR §7026(d)), each with the law's own words
 * and article where it has them. Every chat's form reads them from here; the lifecycle still checks the
 * ground on submit, so a form out of date is refused with the grounds that do apply.
 */
import { isJurisdictionId, type JurisdictionId } from '../../domain/deadlines/jurisdiction-rule.js';
import type { RequestType } from '../../domain/request-types.js';
import { needsIdentityCheck } from '../../domain/tickets/identity-check.js';
import { groundChoices } from '../../domain/tickets/reject-grounds.js';
import { REJECTION_REASONS, type RejectionReason } from '../../domain/tickets/vocabulary.js';
import { REJECTION_LABELS } from './ticket-buttons.js';

/** What decides a ticket's grounds: its law, and whether it asks only for opt-outs. */
export interface RejectScope {
  readonly law: JurisdictionId;
  readonly optOut: boolean;
}

export interface GroundOption {
  readonly value: RejectionReason;
  readonly label: string;
  /** The law's words for the ground, with the article; null where it has none. */
  readonly description: string | null;
}

/** The part of a ticket (record or view) its scope is read from. */
interface ScopedTicket {
  readonly jurisdiction: string;
  readonly types: readonly RequestType[];
}

/** The scope of a ticket as the desk shows it; null for a law this version does not know. */
export function rejectScopeOf(ticket: ScopedTicket): RejectScope | null {
  return isJurisdictionId(ticket.jurisdiction)
    ? { law: ticket.jurisdiction, optOut: !needsIdentityCheck(ticket.types) }
    : null;
}

/** The options of a reject form; every ground, undescribed, when the scope is unknown. */
export function groundOptions(scope: RejectScope | null): GroundOption[] {
  const choices = scope
    ? groundChoices(scope.law, scope.optOut)
    : REJECTION_REASONS.map((ground) => ({ ground, wording: null }));
  return choices.map(({ ground, wording }) => ({
    value: ground,
    label: REJECTION_LABELS[ground],
    description: wording,
  }));
}

/**
 * The scope of the ticket `reference` names, read without the desk's `show` (which audits a view of
 * personal data: a form being filled in shows none); null when no such ticket exists.
 */
export async function rejectScopeByReference(
  tickets: { findByReference(reference: string): Promise<ScopedTicket | null> },
  reference: string,
): Promise<RejectScope | null> {
  const ticket = await tickets.findByReference(reference.trim().toUpperCase());
  return ticket ? rejectScopeOf(ticket) : null;
}

/** The options whose ground or label holds what was typed so far ("exc", "identity", "not a"). */
export function groundsMatching(options: readonly GroundOption[], typed: string): GroundOption[] {
  const wanted = typed
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, ' ');
  return options.filter(
    (o) => o.label.toLowerCase().includes(wanted) || o.value.replaceAll('_', ' ').includes(wanted),
  );
}
