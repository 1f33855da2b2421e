/**
 * Staff attach the answer's data file to a ticket (the CLI, or a file uploaded in the ticket's Slack or
 * Discord thread): the name is made safe, the size checked against the organisation's limit, the bytes
 * stored with their SHA-256, and `export.attached` records the hash and size, never the content.
 */
import { createHash } from 'node:crypto';
import {
  checkExportSize,
  type DeliveryRules,
  sanitiseFileName,
  type SizeCheck,
} from '../../domain/delivery/export-file.js';
import { isClosed, STAFF_ROLES, type StaffRole } from '../../domain/tickets/vocabulary.js';
import type { DeskOwnError } from '../desk/desk-error.js';
import type { ExportSource, ExportStore, StoredExport } from './ports.js';

/** The desk's own errors that attaching can meet, so every chat and the CLI word them one way. */
export type ExportError = Extract<
  DeskOwnError,
  {
    readonly code:
      | 'ticket_not_found'
      | 'organisation_unknown'
      | 'export_empty'
      | 'export_too_large'
      | 'ticket_is_closed'
      | 'role_required';
  }
>;

export type AttachResult =
  | { readonly ok: true; readonly reference: string; readonly export: StoredExport }
  | { readonly ok: false; readonly error: ExportError };

export interface AttachDeps {
  readonly store: ExportStore;
  readonly rulesOf: (organisationId: string) => DeliveryRules | null;
  readonly now: () => Date;
}

export interface AttachRequest {
  readonly reference: string;
  readonly fileName: string;
  readonly contentType: string | null;
  /** The size the file declares (from the disk or the chat's metadata), checked before it is read. */
  readonly size: number;
  /** Reads the bytes; called only once the declared size is within the limit. */
  readonly read: () => Promise<Uint8Array>;
  readonly source: ExportSource;
  readonly actor: { readonly id: string; readonly role: StaffRole };
}

/** Handing a requester their data is the agents' work, as fulfil is. */
export function mayHandleExports(role: StaffRole): boolean {
  return STAFF_ROLES.indexOf(role) >= STAFF_ROLES.indexOf('agent');
}

export async function attachExport(deps: AttachDeps, request: AttachRequest): Promise<AttachResult> {
  const reference = request.reference.toUpperCase();
  if (!mayHandleExports(request.actor.role))
    return fail({ code: 'role_required', role: request.actor.role, needed: 'agent', what: 'attach exports' });
  const ticket = await deps.store.ticket(reference);
  if (!ticket) return fail({ code: 'ticket_not_found', reference });
  // A closed ticket sends no more letters: a file attached now would never reach anyone.
  if (isClosed(ticket.status)) return fail({ code: 'ticket_is_closed', reference, status: ticket.status });
  const rules = deps.rulesOf(ticket.organisationId);
  if (!rules) return fail({ code: 'organisation_unknown', organisationId: ticket.organisationId });
  const declared = checkExportSize(request.size, rules);
  if (!declared.ok) return fail(sizeError(declared, reference));
  const content = await request.read();
  // What arrived is what counts: a file that grew since, or a chat that under-declared, is checked again.
  const size = checkExportSize(content.byteLength, rules);
  if (!size.ok) return fail(sizeError(size, reference));
  const sha256 = createHash('sha256').update(content).digest('hex');
  const at = deps.now();
  const stored = await deps.store.attach(
    {
      ticketId: ticket.id,
      organisationId: ticket.organisationId,
      fileName: sanitiseFileName(request.fileName),
      contentType: contentTypeOf(request.contentType),
      content,
      sha256,
      source: request.source,
      attachedBy: request.actor.id,
      attachedAt: at,
    },
    (file) => ({
      type: 'export.attached',
      actor: request.actor.id,
      at,
      ticketId: ticket.id,
      ticketReference: ticket.reference,
      payload: { exportId: file.id, sha256, size: file.size, source: request.source },
    }),
  );
  return { ok: true, reference: ticket.reference, export: stored };
}

/** A MIME type as `type/subtype`; anything else (or none) is sent as bytes. */
function contentTypeOf(given: string | null): string {
  const type = given?.split(';')[0]?.trim().toLowerCase() ?? '';
  return /^[a-z0-9][a-z0-9!#$&^_.+-]*\/[a-z0-9][a-z0-9!#$&^_.+-]*$/.test(type)
    ? type
    : 'application/octet-stream';
}

function sizeError(check: Exclude<SizeCheck, { ok: true }>, reference: string): ExportError {
  return check.code === 'export_empty' ? { code: 'export_empty', reference } : { ...check, reference };
}

function fail(error: ExportError): AttachResult {
  return { ok: false, error };
}
