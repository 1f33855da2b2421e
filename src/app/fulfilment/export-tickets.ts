/**
 * `export tickets`: the record of requests as CSV, streamed page by page so that a million tickets
 * take no more memory than one page (issue 15, item 6). A revealed export (names and addresses) is
 * audited before its first line leaves, so a copy of personal data is never made unrecorded.
 */
import type { AuditDraft } from '../audit/audit-draft.js';
import { csvHeader, csvLine, type TicketExportRow } from '../../domain/fulfilment/ticket-csv.js';

export interface TicketExportFilter {
  readonly organisationId: string | null;
  /** Received at or after, and before: UTC instants. */
  readonly receivedFrom: Date | null;
  readonly receivedBefore: Date | null;
}

export interface TicketExportStore {
  /** The next `limit` tickets after the id `afterId`, by id; the id is the paging key. */
  page(
    filter: TicketExportFilter,
    afterId: number,
    limit: number,
  ): Promise<(TicketExportRow & { readonly id: number })[]>;
  audit(event: AuditDraft): Promise<void>;
}

export interface ExportOptions {
  readonly reveal: boolean;
  readonly actor: string;
  readonly now: Date;
  readonly pageSize?: number;
}

/** Yields the header, then one chunk of lines per page. */
export async function* exportTicketsCsv(
  store: TicketExportStore,
  filter: TicketExportFilter,
  { reveal, actor, now, pageSize = 5_000 }: ExportOptions,
): AsyncGenerator<string> {
  if (reveal) {
    await store.audit({
      type: 'tickets.exported',
      actor,
      at: now,
      ticketId: null,
      ticketReference: null,
      payload: {
        revealed: true,
        organisation: filter.organisationId,
        receivedFrom: filter.receivedFrom?.toISOString() ?? null,
        receivedBefore: filter.receivedBefore?.toISOString() ?? null,
      },
    });
  }
  yield csvHeader(reveal);
  for (let afterId = 0; ;) {
    const rows = await store.page(filter, afterId, pageSize);
    if (rows.length > 0) yield rows.map((row) => csvLine(row, reveal)).join('');
    if (rows.length < pageSize) return;
    afterId = rows.at(-1)?.id ?? afterId;
  }
}
