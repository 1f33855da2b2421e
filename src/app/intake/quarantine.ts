/**
 * The quarantine: messages that could not be parsed or routed, kept with their bytes and error so
 * that nothing is dropped. Staff list them and retry them (after a parser upgrade or a config fix).
 */
import type { ParsedEmail } from '../../domain/email/parsed-email.js';
import { ingestBatch } from './ingest-batch.js';
import type { IntakeDeps } from './intake-deps.js';
import type { IntakeOutcome } from './intake-outcome.js';
import type { MailboxRef } from './ports.js';

export interface QuarantinedEntry {
  readonly id: number;
  readonly source: string;
  readonly mailboxId: string | null;
  readonly organisationId: string | null;
  readonly sourceName: string | null;
  readonly uid: bigint | null;
  readonly error: string;
  readonly createdAt: Date;
  readonly size: number;
  /** Set when staff dismissed it rather than intake taking it (issue 15). */
  readonly dismissReason: string | null;
}

export interface QuarantineStore {
  list(options: { includeResolved: boolean }): Promise<QuarantinedEntry[]>;
  raw(id: number): Promise<Uint8Array | null>;
  markResolved(id: number): Promise<void>;
  updateError(id: number, error: string): Promise<void>;
}

export interface RetryResult {
  readonly id: number;
  readonly outcome: IntakeOutcome | { readonly kind: 'not_found' };
}

/** Runs each quarantined message through intake again; resolved ones leave the quarantine. */
export async function retryQuarantined(
  ids: readonly number[],
  store: QuarantineStore,
  route: (email: ParsedEmail) => MailboxRef | null,
  deps: IntakeDeps,
): Promise<RetryResult[]> {
  const entries = new Map((await store.list({ includeResolved: false })).map((e) => [e.id, e]));
  const results: RetryResult[] = [];
  for (const id of ids) {
    const entry = entries.get(id);
    const raw = entry ? await store.raw(id) : null;
    if (!entry || !raw) {
      results.push({ id, outcome: { kind: 'not_found' } });
      continue;
    }
    const mailbox =
      entry.mailboxId && entry.organisationId
        ? { mailboxId: entry.mailboxId, organisationId: entry.organisationId }
        : null;
    // Mail from IMAP was quarantined on arrival, so that is its receipt time; a file's is read from its headers.
    const receivedAt = entry.uid !== null ? entry.createdAt : null;
    const [outcome] = await ingestBatch(
      {
        target: mailbox ?? route,
        sourceLabel: entry.source,
        messages: [
          {
            uidValidity: null,
            uid: null,
            sourceName: entry.sourceName,
            raw,
            size: raw.byteLength,
            tooLarge: false,
            receivedAt,
          },
        ],
        checkpoint: null,
        rescan: false,
        // The quarantine row stays the record of a failure; a failed retry only updates its error.
        quarantineFailures: false,
      },
      deps,
    );
    if (!outcome) continue;
    if (outcome.kind === 'quarantined') await store.updateError(id, outcome.error);
    else await store.markResolved(id);
    results.push({ id, outcome });
  }
  return results;
}
