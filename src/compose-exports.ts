/**
 * Part of the composition root: the exports staff attach to tickets for their requesters (issue 15),
 * with each organisation's delivery rules, for the CLI, the chats' uploads and the purge pass.
 */
import { createExportStore } from './adapters/db/export-store.js';
import type { Database } from './adapters/db/database.js';
import { type AttachRequest, type AttachResult, attachExport } from './app/delivery/attach-export.js';
import type { ExportStore } from './app/delivery/ports.js';
import { type ExportPurgeReport, purgeExpiredExports } from './app/delivery/purge-exports.js';
import type { LoadedOrganisation } from './config/organisations.js';

export interface ExportsModule {
  readonly store: ExportStore;
  attach(request: AttachRequest): Promise<AttachResult>;
  /** Drops the bytes of exports past their organisation's `delivery.keepDays`. */
  purge(now: Date): Promise<ExportPurgeReport[]>;
}

export function composeExports(input: {
  readonly database: Database;
  readonly organisations: readonly LoadedOrganisation[];
  readonly now: () => Date;
}): ExportsModule {
  const store = createExportStore(input.database.db, input.database.provider);
  const rules = new Map(input.organisations.map((o) => [o.organisation.id, o.organisation.delivery]));
  return {
    store,
    attach: (request) =>
      attachExport({ store, rulesOf: (id) => rules.get(id) ?? null, now: input.now }, request),
    purge: (now) =>
      purgeExpiredExports(
        store,
        input.organisations.map((o) => ({
          id: o.organisation.id,
          keepDays: o.organisation.delivery.keepDays,
        })),
        now,
      ),
  };
}
